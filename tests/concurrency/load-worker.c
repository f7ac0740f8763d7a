/* load-worker.c: one process of the load test (run-load.sh)
 *
 * Works on a programme database beside the other processes of the test,
 * through exactly the model-layer calls the windows make, and logs every
 * change it saw committed, one line each, for the check at the end:
 *
 *   load-worker manager DB SECONDS LOG   what the manager window saves: a
 *       value's description (emb_programme_store_save_value, the value
 *       editor), a promise's statement (emb_promise_store_save with its
 *       touchpoints, the promise editor), a new announcement saved and
 *       published (emb_announcement_store_save and _publish, the editor
 *       and the page), and decisions on the inbox's nominations
 *       (emb_recognition_store_query of the submitted ones, then
 *       emb_recognition_store_decide_many, the recognition page)
 *   load-worker staff DB SECONDS LOG     what the staff window does for
 *       employees signed in with their PIN (emb_staff_session_sign_in):
 *       acknowledge what is pending (emb_staff_session_list_pending and
 *       _acknowledge) or else nominate a colleague found in the directory
 *       (emb_staff_session_list_colleagues, _list_values, _nominate; the
 *       programme's monthly caps are left out, 0, so that the run never
 *       meets them)
 *   load-worker kiosk DB SECONDS LOG     what the kiosk reads on every change
 *       notice (emb-kiosk-window.c, reload()): the settings, the slides and
 *       the organisation, with its 250 ms busy timeout
 *   load-worker verify DB LOG...         every change logged is in the
 *       database (the last one of each edited field), integrity_check and
 *       foreign_key_check pass
 *
 * A worker prints one summary line, "MODE ops=N failed=N lock-waits=N
 * longest-wait-ms=N longest-op-ms=N", and every error it met on standard
 * error; it exits 1 when any operation failed: any error there is one a
 * person would have been shown. The log lines are
 * "value ID TEXT", "promise ID TEXT", "announcement ID TEXT",
 * "decision ID STATUS", "acknowledgement EMPLOYEE KIND ID" and
 * "nomination ID TEXT", fields separated by tabs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-announcement-store.h"
#include "emb-database-private.h"
#include "emb-kiosk-content.h"
#include "emb-kiosk-settings.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-promise-store.h"
#include "emb-recognition-store.h"
#include "emb-staff-session.h"

#define KIOSK_BUSY_TIMEOUT_MS 250   /* READ_BUSY_TIMEOUT_MS of emb-kiosk-window.c */
#define N_STAFF 3

typedef struct
{
  const char  *mode;
  EmbDatabase *db;
  FILE        *log;
  guint        ops;
  guint        failed;
  gint64       longest_op_us;
  guint        serial;
} Worker;

static void
log_change (Worker     *w,
            const char *format,
            ...) G_GNUC_PRINTF (2, 3);

static void
log_change (Worker     *w,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (w->log, format, args);
  va_end (args);
  fputc ('\n', w->log);
  fflush (w->log);
}

/* Counts an operation that took since @start; a failure is printed. */
static void
done (Worker       *w,
      gint64        start,
      const char   *what,
      const GError *error)
{
  w->ops++;
  w->longest_op_us = MAX (w->longest_op_us, g_get_monotonic_time () - start);
  if (error != NULL)
    {
      w->failed++;
      g_printerr ("%s: %s failed: %s\n", w->mode, what, error->message);
    }
}

static char *
next_text (Worker *w)
{
  return g_strdup_printf ("Load %s %u %" G_GINT64_FORMAT, w->mode, ++w->serial, g_get_real_time ());
}

/* The manager window ----------------------------------------------------- */

static void
edit_value (Worker *w)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) values = emb_programme_store_list_values (w->db, &error);
  g_autoptr(EmbValue) value = NULL;
  g_autofree char *text = next_text (w);
  gint64 start = g_get_monotonic_time ();

  if (values != NULL && g_list_model_get_n_items (values) > 0)
    {
      g_autoptr(EmbValue) listed = g_list_model_get_item (values, w->serial % g_list_model_get_n_items (values));

      value = emb_programme_store_get_value (w->db, emb_record_get_id (EMB_RECORD (listed)), &error);
    }
  if (value != NULL)
    {
      emb_value_set_description (value, text);
      if (emb_programme_store_save_value (w->db, value, &error))
        log_change (w, "value\t%" G_GINT64_FORMAT "\t%s", emb_record_get_id (EMB_RECORD (value)), text);
    }
  done (w, start, "saving a value", error);
}

static void
edit_promise (Worker *w)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) promises = emb_promise_store_list (w->db, &filter, &error);
  g_autoptr(EmbPromise) promise = NULL;
  g_autoptr(GArray) touchpoints = NULL;
  g_autofree char *text = next_text (w);
  gint64 start = g_get_monotonic_time ();
  gint64 version;

  if (promises != NULL && g_list_model_get_n_items (promises) > 0)
    {
      g_autoptr(EmbPromise) listed = g_list_model_get_item (promises, w->serial % g_list_model_get_n_items (promises));

      promise = emb_promise_store_get (w->db, emb_record_get_id (EMB_RECORD (listed)), &error);
    }
  if (promise != NULL)
    {
      version = emb_promise_get_draft_version_id (promise);
      if (version == 0)
        version = emb_promise_get_published_version_id (promise);
      touchpoints = emb_promise_store_get_touchpoints (w->db, version);
      emb_promise_set_statement (promise, text);
      if (emb_promise_store_save (w->db, promise, (const gint64 *)(gpointer)touchpoints->data,
                                  touchpoints->len, &error))
        log_change (w, "promise\t%" G_GINT64_FORMAT "\t%s", emb_record_get_id (EMB_RECORD (promise)), text);
    }
  done (w, start, "saving a promise", error);
}

static void
announce (Worker *w)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = next_text (w);
  gint64 start = g_get_monotonic_time ();

  emb_announcement_set_title (announcement, text);
  emb_announcement_set_body (announcement, "Written by the load test of tests/concurrency.");
  emb_announcement_set_needs_ack (announcement, TRUE);
  if (emb_announcement_store_save (w->db, announcement, NULL, 0, NULL, 0, &error) &&
      emb_announcement_store_publish (w->db, emb_record_get_id (EMB_RECORD (announcement)), &error))
    log_change (w, "announcement\t%" G_GINT64_FORMAT "\t%s", emb_record_get_id (EMB_RECORD (announcement)), text);
  done (w, start, "publishing an announcement", error);
}

static void
decide (Worker *w)
{
  EmbNominationFilter inbox = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gboolean approve = w->serial++ % 2 == 0;
  gint64 start = g_get_monotonic_time ();

  inbox.status = EMB_NOMINATION_STATUS_SUBMITTED;
  model = emb_recognition_store_query (w->db, &inbox);
  for (guint i = 0; i < MIN (g_list_model_get_n_items (model), 3); i++)
    {
      g_autoptr(EmbNomination) nomination = g_list_model_get_item (model, i);
      gint64 id = emb_record_get_id (EMB_RECORD (nomination));

      g_array_append_val (ids, id);
    }
  g_clear_object (&model);
  if (ids->len == 0)
    return;
  if (emb_recognition_store_decide_many (w->db, (const gint64 *)(gpointer)ids->data, ids->len,
                                         approve, 0, "Decided by the load test", &error))
    for (guint i = 0; i < ids->len; i++)
      log_change (w, "decision\t%" G_GINT64_FORMAT "\t%d", g_array_index (ids, gint64, i),
                  approve ? EMB_NOMINATION_STATUS_APPROVED : EMB_NOMINATION_STATUS_DECLINED);
  done (w, start, "deciding on nominations", error);
}

static void
manager_step (Worker *w,
              guint   step)
{
  switch (step % 4)
    {
    case 0: edit_value (w); break;
    case 1: edit_promise (w); break;
    case 2: announce (w); break;
    default: decide (w); break;
    }
}

/* The staff window ------------------------------------------------------- */

static GPtrArray *
sign_in_staff (Worker *w)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);

  /* The demo's PINs are the last four digits of the number (its README). */
  for (guint i = 1; i < 2000 && sessions->len < N_STAFF; i += 7)
    {
      g_autofree char *number = g_strdup_printf ("NB-%05u", i);
      g_autoptr(EmbEmployee) employee = emb_people_store_find_employee (w->db, number, NULL);
      g_autoptr(GError) error = NULL;
      EmbStaffSession *session;
      gint64 start = g_get_monotonic_time ();

      if (employee == NULL || !emb_employee_get_active (employee) ||
          emb_employee_get_role_id (employee) == 0)
        continue;
      session = emb_staff_session_sign_in (w->db, emb_record_get_id (EMB_RECORD (employee)),
                                           number + strlen (number) - 4, NULL, &error);
      done (w, start, "signing in", error);
      if (session != NULL)
        g_ptr_array_add (sessions, session);
    }
  return sessions;
}

static void
acknowledge_or_nominate (Worker          *w,
                         EmbStaffSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pending = NULL;
  gint64 me = emb_record_get_id (EMB_RECORD (emb_staff_session_get_employee (session)));
  gint64 start = g_get_monotonic_time ();

  pending = emb_staff_session_list_pending (session, &error);
  if (pending != NULL && g_list_model_get_n_items (pending) > 0)
    {
      g_autoptr(EmbPendingItem) item = g_list_model_get_item (pending, 0);
      EmbAcknowledgementItem kind = emb_pending_item_get_kind (item);
      gint64 id = emb_pending_item_get_item_id (item);

      if (emb_staff_session_acknowledge (session, kind, id, &error))
        log_change (w, "acknowledgement\t%" G_GINT64_FORMAT "\t%d\t%" G_GINT64_FORMAT, me, kind, id);
      done (w, start, "acknowledging", error);
      return;
    }

  if (error == NULL)
    {
      g_autoptr(GListModel) colleagues = emb_staff_session_list_colleagues (session, NULL, 20, &error);
      g_autoptr(GListModel) values = colleagues != NULL ? emb_staff_session_list_values (session, &error) : NULL;
      g_autoptr(EmbNomination) nomination = emb_nomination_new ();
      g_autofree char *text = next_text (w);

      if (values != NULL && g_list_model_get_n_items (colleagues) > 0 && g_list_model_get_n_items (values) > 0)
        {
          g_autoptr(EmbEmployee) colleague = g_list_model_get_item (colleagues, w->serial % g_list_model_get_n_items (colleagues));
          g_autoptr(EmbValue) value = g_list_model_get_item (values, w->serial % g_list_model_get_n_items (values));

          emb_nomination_set_nominee_employee_id (nomination, emb_record_get_id (EMB_RECORD (colleague)));
          emb_nomination_set_value_id (nomination, emb_record_get_id (EMB_RECORD (value)));
          emb_nomination_set_story (nomination, text);
          emb_nomination_set_is_public (nomination, TRUE);
          if (emb_staff_session_nominate (session, nomination, FALSE, 0, 0, &error))
            log_change (w, "nomination\t%" G_GINT64_FORMAT "\t%s", emb_record_get_id (EMB_RECORD (nomination)), text);
        }
    }
  done (w, start, "nominating", error);
}

/* The kiosk ---------------------------------------------------------------- */

static void
kiosk_reload (Worker *w)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbKioskSettings) settings = NULL;
  g_autoptr(GPtrArray) deck = NULL;
  g_autoptr(EmbOrganisation) organisation = NULL;
  EmbKioskContentOptions options = { 0 };
  gint64 start = g_get_monotonic_time ();
  guint timeout;

  emb_database_check_external_changes (w->db);
  timeout = emb_database_set_busy_timeout (w->db, KIOSK_BUSY_TIMEOUT_MS);
  settings = emb_kiosk_settings_load (w->db, &error);
  if (settings != NULL)
    {
      options.wall_names = emb_kiosk_settings_get_wall_names (settings);
      deck = emb_kiosk_content_load (w->db, &options, NULL, &error);
    }
  if (deck != NULL)
    organisation = emb_programme_store_get_organisation (w->db, &error);
  emb_database_set_busy_timeout (w->db, timeout);
  done (w, start, "reading the slides", error);
}

/* The check at the end ------------------------------------------------------ */

static gboolean
check_pragma (sqlite3    *handle,
              const char *pragma,
              const char *expected)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
  rc = sqlite3_step (stmt);
  ok = expected == NULL ? rc == SQLITE_DONE
                        : rc == SQLITE_ROW && g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), expected) == 0;
  if (!ok)
    g_printerr ("%s: %s\n", pragma, rc == SQLITE_ROW ? (const char *)sqlite3_column_text (stmt, 0) : "failed");
  sqlite3_finalize (stmt);
  return ok;
}

/* Whether what @fields (one log line) says is in @db. */
static gboolean
check_line (EmbDatabase  *db,
            char        **fields)
{
  const char *kind = fields[0];
  gint64 id = g_ascii_strtoll (fields[1], NULL, 10);

  if (g_str_equal (kind, "value"))
    {
      g_autoptr(EmbValue) value = emb_programme_store_get_value (db, id, NULL);
      return value != NULL && g_strcmp0 (emb_value_get_description (value), fields[2]) == 0;
    }
  if (g_str_equal (kind, "promise"))
    {
      g_autoptr(EmbPromise) promise = emb_promise_store_get (db, id, NULL);
      return promise != NULL && g_strcmp0 (emb_promise_get_statement (promise), fields[2]) == 0;
    }
  if (g_str_equal (kind, "announcement"))
    {
      g_autoptr(EmbAnnouncement) announcement = emb_announcement_store_get (db, id, NULL);
      return announcement != NULL && g_strcmp0 (emb_announcement_get_title (announcement), fields[2]) == 0 &&
             emb_announcement_get_published_at (announcement) != NULL;
    }
  if (g_str_equal (kind, "decision"))
    {
      g_autoptr(EmbNomination) nomination = emb_recognition_store_get (db, id, NULL);
      return nomination != NULL && (int)emb_nomination_get_status (nomination) == atoi (fields[2]);
    }
  if (g_str_equal (kind, "nomination"))
    {
      g_autoptr(EmbNomination) nomination = emb_recognition_store_get (db, id, NULL);
      return nomination != NULL && g_strcmp0 (emb_nomination_get_story (nomination), fields[2]) == 0;
    }
  if (g_str_equal (kind, "acknowledgement"))
    return emb_acknowledgement_store_has_acknowledged (db, id, atoi (fields[2]),
                                                       g_ascii_strtoll (fields[3], NULL, 10));
  g_printerr ("unknown log line: %s\n", kind);
  return FALSE;
}

static int
verify (const char  *path,
        char       **logs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  /* An edited field is checked for its last value: "kind id" → fields. */
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify)g_strfreev);
  GHashTableIter iter;
  gpointer value;
  guint n_lines = 0, n_missing = 0;
  gboolean ok;

  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; logs[i] != NULL; i++)
    {
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_file_get_contents (logs[i], &contents, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      lines = g_strsplit (contents, "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          char **fields;

          if (*lines[j] == '\0')
            continue;
          fields = g_strsplit (lines[j], "\t", -1);
          n_lines++;
          if (g_strv_length (fields) < 3)
            {
              g_printerr ("%s: a broken line: %s\n", logs[i], lines[j]);
              g_strfreev (fields);
              return 1;
            }
          g_hash_table_replace (last, g_strdup_printf ("%s %s", fields[0], fields[1]), fields);
        }
    }

  g_hash_table_iter_init (&iter, last);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!check_line (db, value))
      {
        g_autofree char *line = g_strjoinv ("\t", value);
        g_printerr ("not in the database: %s\n", line);
        n_missing++;
      }

  ok = check_pragma (_emb_database_get_handle (db), "PRAGMA integrity_check", "ok") &&
       check_pragma (_emb_database_get_handle (db), "PRAGMA foreign_key_check", NULL);
  g_print ("verify lines=%u changes=%u missing=%u integrity=%s\n", n_lines,
           g_hash_table_size (last), n_missing, ok ? "ok" : "FAILED");
  return n_missing == 0 && ok && n_lines > 0 ? 0 : 1;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  Worker w = { 0 };
  gint64 end;
  guint n_waits;
  gint64 longest_wait;

  if (argc >= 4 && g_str_equal (argv[1], "verify"))
    return verify (argv[2], argv + 3);
  if (argc != 5)
    {
      g_printerr ("usage: %s manager|staff|kiosk DB SECONDS LOG\n"
                  "       %s verify DB LOG...\n", argv[0], argv[0]);
      return 2;
    }

  w.mode = argv[1];
  w.db = emb_database_open (argv[2], &error);
  if (w.db == NULL)
    {
      g_printerr ("%s: %s\n", w.mode, error->message);
      return 1;
    }
  w.log = fopen (argv[4], "a");
  g_assert_nonnull (w.log);
  /* Signing in is slow on purpose (the PIN's hash): the run counts from
   * when the staff are in. */
  if (g_str_equal (w.mode, "staff"))
    sessions = sign_in_staff (&w);
  end = g_get_monotonic_time () + g_ascii_strtoll (argv[3], NULL, 10) * G_USEC_PER_SEC;

  for (guint step = 0; g_get_monotonic_time () < end; step++)
    {
      if (g_str_equal (w.mode, "manager"))
        manager_step (&w, step);
      else if (g_str_equal (w.mode, "staff") && sessions->len > 0)
        acknowledge_or_nominate (&w, g_ptr_array_index (sessions, step % sessions->len));
      else if (g_str_equal (w.mode, "kiosk"))
        {
          kiosk_reload (&w);
          g_usleep (50 * 1000);
        }
      else
        {
          g_printerr ("%s: nothing to do\n", w.mode);
          return 2;
        }
    }

  _emb_database_get_lock_waits (w.db, &n_waits, &longest_wait);
  g_print ("%s ops=%u failed=%u lock-waits=%u longest-wait-ms=%" G_GINT64_FORMAT
           " longest-op-ms=%" G_GINT64_FORMAT "\n",
           w.mode, w.ops, w.failed, n_waits, longest_wait / 1000, w.longest_op_us / 1000);
  fclose (w.log);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_clear_object (&w.db);
  return w.failed == 0 && w.ops > 0 ? 0 : 1;
}
