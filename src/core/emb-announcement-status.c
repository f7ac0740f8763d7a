/* emb-announcement-status.c: whom an announcement reached, and who is still to acknowledge it
 *
 * The employees an announcement addresses are the *active* employees of its
 * audience (EMB_ANNOUNCEMENT_ADDRESSES(): everyone, or those in its
 * departments, or those in its roles), exactly those that
 * emb_metrics_announcement_coverage() counts. For each of them this file
 * gives their status (acknowledged, and when, or not yet):
 *
 * - as a lazy list of #EmbEmployee by name, all or filtered by status, that
 *   follows changes, for an organisation of any size;
 * - the coverage per department, which adds up to the coverage overall;
 * - the reminder list: addressed, not acknowledged, and the announcement,
 *   which asks for acknowledgement, was published more than N days before
 *   "now". Someone hired since is given the same N days from their hire
 *   date (a hire date is a day: hired on the day of the cut-off or later is
 *   not yet reminded);
 * - a CSV file of the statuses for a spreadsheet: RFC 4180 (a comma between
 *   fields, CRLF after each record, a field with a comma, quote or line
 *   break in double quotes, its quotes doubled), UTF-8 with a byte-order
 *   mark so that spreadsheets read the names right. A text that a
 *   spreadsheet would take for a formula (starting with = + - @, a tab or a
 *   carriage return) is written with a leading apostrophe. Times are UTC, as
 *   "YYYY-MM-DD HH:MM:SS", which spreadsheets read as a date and time. The
 *   file is written to a temporary file beside the target and renamed over
 *   it once complete and synced: a failed export leaves no file behind and
 *   an existing file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-status"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-announcement-private.h"
#include "emb-announcement-status.h"
#include "emb-metrics.h"
#include "emb-query-model-private.h"
#include "emb-tables.h"

/* Conditions over employee t, with the announcement as ?1: t is addressed
 * (and the announcement matches @extra, a condition over alias n), t has
 * acknowledged it. */
#define ADDRESSED_WHERE(extra) \
  "t.active = 1 AND EXISTS (SELECT 1 FROM announcement n WHERE n.id = ?1" extra \
  " AND " EMB_ANNOUNCEMENT_ADDRESSES ("n", "t.role_id", "t.department_id") ")"
#define HAS_ACKNOWLEDGED \
  "EXISTS (SELECT 1 FROM acknowledgement k WHERE k.announcement_id = ?1 AND k.employee_id = t.id)"

#define BY_NAME "t.name COLLATE NOCASE"

static const EmbRecordKind status_kinds[] = {
  EMB_RECORD_KIND_ACKNOWLEDGEMENT,
  EMB_RECORD_KIND_ANNOUNCEMENT,
  EMB_RECORD_KIND_DEPARTMENT,
  EMB_RECORD_KIND_ROLE,
  EMB_RECORD_KIND_ANY,
};

static const char *
filter_sql (EmbAnnouncementStatusFilter filter)
{
  switch (filter)
    {
    case EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED:
      return ADDRESSED_WHERE ("") " AND " HAS_ACKNOWLEDGED;
    case EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED:
      return ADDRESSED_WHERE ("") " AND NOT " HAS_ACKNOWLEDGED;
    case EMB_ANNOUNCEMENT_STATUS_ALL:
    default:
      return ADDRESSED_WHERE ("");
    }
}

static GPtrArray *
id_params (gint64 announcement_id)
{
  GPtrArray *params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);

  _emb_query_params_add (params, g_variant_new_int64 (announcement_id));
  return params;
}

/**
 * emb_announcement_status_query:
 * @announcement_id: an announcement
 * @filter: everyone it addresses, or only those who did or did not
 *   acknowledge it
 *
 * The employees the announcement addresses (see the top of this file);
 * emb_announcement_status_get_acknowledged_at() says when each
 * acknowledged it. A draft lists whom it would address; an announcement
 * that does not exist, nobody.
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbEmployee, by name,
 *   that follows changes to employees, the announcement and
 *   acknowledgements
 */
GListModel *
emb_announcement_status_query (EmbDatabase                 *db,
                               gint64                       announcement_id,
                               EmbAnnouncementStatusFilter  filter)
{
  g_autoptr(GPtrArray) params = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  params = id_params (announcement_id);
  return G_LIST_MODEL (_emb_query_model_new (db, &emb_table_employee, filter_sql (filter),
                                             params, BY_NAME, status_kinds));
}

/**
 * emb_announcement_status_reminder_cutoff:
 * @days: the days an employee has to acknowledge
 * @now: (nullable): the time to count back from; %NULL for the current time
 *
 * Returns: (transfer full): @now less @days days, as stored timestamps are
 *   written ("2026-03-01T09:00:00.000Z"); published before it is published
 *   more than @days days ago
 */
char *
emb_announcement_status_reminder_cutoff (guint      days,
                                         GDateTime *now)
{
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) cutoff = NULL;
  g_autofree char *base = NULL;

  if (now == NULL)
    now = current = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (now);
  cutoff = g_date_time_add_days (utc, -(int)MIN (days, 100000u));
  base = g_date_time_format (cutoff, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (cutoff) / 1000);
}

/**
 * emb_announcement_status_query_reminders:
 * @announcement_id: an announcement
 * @days: the days an employee has to acknowledge it
 * @now: (nullable): the time to count back from; %NULL for the current time
 *
 * Whom to remind: the employees the announcement addresses who have not
 * acknowledged it, when it asks for acknowledgement and was published more
 * than @days days before @now, and who were hired before that cut-off (or
 * have no hire date). The cut-off is taken when the list is made.
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbEmployee, by name
 */
GListModel *
emb_announcement_status_query_reminders (EmbDatabase *db,
                                         gint64       announcement_id,
                                         guint        days,
                                         GDateTime   *now)
{
  g_autoptr(GPtrArray) params = NULL;
  g_autofree char *cutoff = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  params = id_params (announcement_id);
  cutoff = emb_announcement_status_reminder_cutoff (days, now);
  _emb_query_params_add (params, g_variant_new_string (cutoff));
  return G_LIST_MODEL (_emb_query_model_new (db, &emb_table_employee,
                                             ADDRESSED_WHERE (" AND n.needs_ack = 1"
                                                              " AND n.published_at < ?2")
                                             " AND NOT " HAS_ACKNOWLEDGED
                                             " AND (t.hire_date IS NULL OR t.hire_date < ?2)"
                                             " AND t.erased = 0",
                                             params, BY_NAME, status_kinds));
}

/**
 * emb_announcement_status_get_acknowledged_at:
 * @announcement_id: an announcement
 * @employee_id: an employee
 *
 * Returns: (transfer full) (nullable): when the employee acknowledged the
 *   announcement (ISO 8601, UTC), or %NULL when they have not
 */
char *
emb_announcement_status_get_acknowledged_at (EmbDatabase *db,
                                             gint64       announcement_id,
                                             gint64       employee_id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare_id (db,
                                   "SELECT acknowledged_at FROM acknowledgement"
                                   " WHERE announcement_id = ?1 AND employee_id = ?2",
                                   announcement_id, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, employee_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return _emb_column_dup_text (stmt, 0);
}

/**
 * emb_announcement_status_coverage_by_department:
 * @announcement_id: an announcement
 *
 * The coverage of emb_metrics_announcement_coverage() per department of
 * the employees addressed (employee.department_id), by department name;
 * those without a department come last, with the id 0. Departments with
 * nobody addressed are not listed. The groups add up to the coverage
 * overall.
 *
 * Returns: (transfer full) (element-type EmbCoverageGroup): the groups, or
 *   %NULL with %EMB_DATABASE_ERROR_NOT_FOUND for a missing announcement or
 *   another database error
 */
GArray *
emb_announcement_status_coverage_by_department (EmbDatabase  *db,
                                                gint64        announcement_id,
                                                GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GArray) groups = NULL;
  int rc;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!_emb_table_exists (db, &emb_table_announcement, announcement_id))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The announcement no longer exists; it may have been deleted."));
      return NULL;
    }

  stmt = _emb_database_prepare_id (db,
                                   "SELECT coalesce (t.department_id, 0), count(*), count(k.id)"
                                   " FROM employee t"
                                   " LEFT JOIN acknowledgement k"
                                   "  ON k.announcement_id = ?1 AND k.employee_id = t.id"
                                   " LEFT JOIN department d ON d.id = t.department_id"
                                   " WHERE " ADDRESSED_WHERE ("")
                                   " GROUP BY t.department_id"
                                   " ORDER BY d.id IS NULL, d.name COLLATE NOCASE, d.id",
                                   announcement_id, error);
  if (stmt == NULL)
    return NULL;

  groups = g_array_new (FALSE, TRUE, sizeof (EmbCoverageGroup));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EmbCoverageGroup *group;

      g_array_set_size (groups, groups->len + 1);
      group = &g_array_index (groups, EmbCoverageGroup, groups->len - 1);
      group->id = sqlite3_column_int64 (stmt, 0);
      group->coverage = emb_metrics_coverage_from_counts ((guint)sqlite3_column_int64 (stmt, 2),
                                                          (guint)sqlite3_column_int64 (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    {
      _emb_database_set_error (error, _emb_database_get_handle (db), rc);
      return NULL;
    }
  return g_steal_pointer (&groups);
}

/* CSV --------------------------------------------------------------------- */

#define ROWS_BETWEEN_CHECKS 1000

/* Appends @text as one field of a record, after a comma unless @first. */
static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  const char *p;
  gboolean quoted = FALSE;

  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || *text == '\0')
    return;

  for (p = text; *p != '\0' && !quoted; p++)
    quoted = (*p == ',' || *p == '"' || *p == '\r' || *p == '\n');

  if (quoted)
    g_string_append_c (out, '"');
  /* Not a formula for a spreadsheet. */
  if (strchr ("=+-@\t\r", *text) != NULL)
    g_string_append_c (out, '\'');
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quoted)
    g_string_append_c (out, '"');
}

/* "2026-03-01T09:15:07.123Z" → "2026-03-01 09:15:07" (UTC). */
static char *
format_time (const char *stored)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (stored == NULL)
    return NULL;
  parsed = g_date_time_new_from_iso8601 (stored, NULL);
  if (parsed == NULL)
    return g_strdup (stored);
  utc = g_date_time_to_utc (parsed);
  return g_date_time_format (utc, "%Y-%m-%d %H:%M:%S");
}

/* The whole file: a byte-order mark, the header and a record per employee. */
static GString *
write_csv (EmbDatabase                  *db,
           gint64                        announcement_id,
           EmbAnnouncementStatusFilter   filter,
           GCancellable                 *cancellable,
           guint                        *n_rows,
           GError                      **error)
{
  static const char *const select_sql[] = {
#define SELECT_STATUSES(where) \
    "SELECT t.employee_number, t.name, d.name, r.name, k.acknowledged_at" \
    " FROM employee t" \
    " LEFT JOIN department d ON d.id = t.department_id" \
    " LEFT JOIN role r ON r.id = t.role_id" \
    " LEFT JOIN acknowledgement k ON k.announcement_id = ?1 AND k.employee_id = t.id" \
    " WHERE " where " ORDER BY " BY_NAME ", t.id"
    [EMB_ANNOUNCEMENT_STATUS_ALL] = SELECT_STATUSES (ADDRESSED_WHERE ("")),
    [EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED] =
      SELECT_STATUSES (ADDRESSED_WHERE ("") " AND " HAS_ACKNOWLEDGED),
    [EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED] =
      SELECT_STATUSES (ADDRESSED_WHERE ("") " AND NOT " HAS_ACKNOWLEDGED),
#undef SELECT_STATUSES
  };
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  guint n = 0;

  if (!_emb_table_exists (db, &emb_table_announcement, announcement_id))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The announcement no longer exists; it may have been deleted."));
      return NULL;
    }
  if ((guint)filter >= G_N_ELEMENTS (select_sql))
    filter = EMB_ANNOUNCEMENT_STATUS_ALL;
  stmt = _emb_database_prepare_id (db, select_sql[filter], announcement_id, error);
  if (stmt == NULL)
    return NULL;

  /* Translators: the columns of the exported acknowledgement statuses */
  append_field (out, _("Employee number"), TRUE);
  append_field (out, _("Name"), FALSE);
  append_field (out, _("Department"), FALSE);
  append_field (out, _("Role"), FALSE);
  append_field (out, C_("exported statuses", "Acknowledged"), FALSE);
  append_field (out, _("Acknowledged at (UTC)"), FALSE);
  g_string_append (out, "\r\n");

  for (;;)
    {
      g_autofree char *when = NULL;
      gboolean has_row;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      if (++n % ROWS_BETWEEN_CHECKS == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      when = format_time (_emb_column_text (stmt, 4));
      append_field (out, _emb_column_text (stmt, 0), TRUE);
      append_field (out, _emb_column_text (stmt, 1), FALSE);
      append_field (out, _emb_column_text (stmt, 2), FALSE);
      append_field (out, _emb_column_text (stmt, 3), FALSE);
      /* Translators: whether an employee acknowledged, in the exported statuses */
      append_field (out, when != NULL ? C_("exported statuses", "yes") : C_("exported statuses", "no"),
                    FALSE);
      append_field (out, when, FALSE);
      g_string_append (out, "\r\n");
    }

  if (n_rows != NULL)
    *n_rows = n;
  return g_steal_pointer (&out);
}

/* Replaces @file with @data only once all of it is written and synced. */
static gboolean
replace_file (GFile         *file,
              const GString *data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  gboolean done;

  if (path != NULL)
    /* A temporary file beside it, renamed over it; removed on failure. */
    done = g_file_set_contents_full (path, data->str, (gssize)data->len,
                                     G_FILE_SET_CONTENTS_CONSISTENT
                                     | G_FILE_SET_CONTENTS_DURABLE,
                                     0666, &local_error);
  else
    done = g_file_replace_contents (file, data->str, data->len, NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                    cancellable, &local_error);
  if (!done)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                _("Cannot write “%s”: "), name);
  return done;
}

/**
 * emb_announcement_status_export:
 * @announcement_id: an announcement
 * @filter: everyone it addresses, or only those who did or did not
 *   acknowledge it
 * @file: the CSV file to write; replaced only once it is complete
 * @cancellable: (nullable): stops the export, leaving @file as it was
 * @n_rows: (out) (optional): how many employees were written
 *
 * Writes the statuses of the employees the announcement addresses, by
 * name, as CSV (see the top of this file): employee number, name,
 * department, role, whether they acknowledged it and when.
 *
 * Returns: %TRUE when @file was written
 */
gboolean
emb_announcement_status_export (EmbDatabase                  *db,
                                gint64                        announcement_id,
                                EmbAnnouncementStatusFilter   filter,
                                GFile                        *file,
                                GCancellable                 *cancellable,
                                guint                        *n_rows,
                                GError                      **error)
{
  g_autoptr(GString) data = NULL;
  guint n = 0;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = write_csv (db, announcement_id, filter, cancellable, &n, error);
  if (data == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !replace_file (file, data, cancellable, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = n;
  return TRUE;
}

/* Asynchronous ------------------------------------------------------------ */

/* What a worker exports; the database's path is the task's source's. */
typedef struct
{
  gint64                       announcement_id;
  EmbAnnouncementStatusFilter  filter;
  GFile                       *file;
} StatusExport;

static void
status_export_free (StatusExport *export)
{
  g_clear_object (&export->file);
  g_free (export);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  StatusExport *export = task_data;
  GError *error = NULL;
  guint n_rows = 0;
  /* A connection of its own: a sqlite3* never crosses threads. */
  g_autoptr(EmbDatabase) db = emb_database_open (emb_database_get_path (source_object), &error);

  if (db != NULL &&
      emb_announcement_status_export (db, export->announcement_id, export->filter, export->file,
                                      cancellable, &n_rows, &error))
    g_task_return_int (task, n_rows);
  else
    g_task_return_error (task, error);
}

/**
 * emb_announcement_status_export_async:
 *
 * Runs emb_announcement_status_export() on a worker thread with a
 * connection of its own to @db's file.
 */
void
emb_announcement_status_export_async (EmbDatabase                  *db,
                                      gint64                        announcement_id,
                                      EmbAnnouncementStatusFilter   filter,
                                      GFile                        *file,
                                      GCancellable                 *cancellable,
                                      GAsyncReadyCallback           callback,
                                      gpointer                      user_data)
{
  g_autoptr(GTask) task = NULL;
  StatusExport *export;

  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (G_IS_FILE (file));

  export = g_new0 (StatusExport, 1);
  export->announcement_id = announcement_id;
  export->filter = filter;
  export->file = g_object_ref (file);

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_announcement_status_export_async);
  g_task_set_task_data (task, export, (GDestroyNotify)status_export_free);
  g_task_run_in_thread (task, export_in_thread);
}

/**
 * emb_announcement_status_export_finish:
 * @n_rows: (out) (optional): how many employees were written
 *
 * Returns: %TRUE when the file was written
 */
gboolean
emb_announcement_status_export_finish (EmbDatabase   *db,
                                       GAsyncResult  *result,
                                       guint         *n_rows,
                                       GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, emb_announcement_status_export_async),
                        FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_rows != NULL)
    *n_rows = (guint)n;
  return TRUE;
}
