/* emb-feedback-retention.c: how long customer feedback keeps its text
 *
 * A programme may keep what customers wrote only as long as it needs it.
 * The period is a programme setting ("feedback-retention-months" in the
 * setting table), so every window and machine on the file obeys the same
 * rule; none stored means for ever, and nothing is cleared until a manager
 * chooses a period.
 *
 * A run clears the text and the customer reference of every item received
 * before now − period, and nothing else: the kind, the scores, the day, the
 * touchpoint, the category and the follow-up stay, so NPS, CSAT, CES, the
 * counts and the per-day histogram (feedback_day, whose trigger does not
 * fire on the text) are the same afterwards. The full-text index follows
 * the text through its trigger (feedback_fts_update, schema 6), so a
 * cleared text is found by no search, and the complaint themes, which are
 * read from that index's vocabulary, lose its words with it.
 *
 * It walks the items by the index on their receive date (feedback_by_received,
 * (received_at, id)) in batches of EMB_RETENTION_BATCH, one transaction
 * each: the end of a batch is found in the index alone, and only the items
 * of that slice that still hold a text or a reference are written. So a
 * programme of a million items never holds the write lock for long, and a
 * run that is cancelled between two batches leaves whole batches behind;
 * the next run goes on where it stopped (it is idempotent: an item cleared
 * is not written again).
 *
 * What the last whole run did is kept beside the period
 * ("feedback-retention-last-run", "-last-cleared", "-last-months"), for the
 * Preferences and for the rule of emb_feedback_retention_is_due(): a run is
 * due once a day, whichever window or machine ran the last one.
 *
 * The CSV import obeys the same rule (emb-feedback-import.c): an item
 * received before the cutoff comes in without its text and reference. So a
 * re-import of an old export neither brings a cleared text back nor
 * duplicates the item: its content (source, date, score, empty text,
 * category) is the cleared item's, and an item with the source's own id is
 * found by that id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-retention"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-feedback-retention.h"
#include "emb-pin-private.h"
#include "emb-validate-private.h"

#define MONTHS_KEY       "feedback-retention-months"
#define LAST_RUN_KEY     "feedback-retention-last-run"
#define LAST_CLEARED_KEY "feedback-retention-last-cleared"
#define LAST_MONTHS_KEY  "feedback-retention-last-months"

/* A run is due again this long after the last one. */
#define RUN_INTERVAL (G_TIME_SPAN_DAY)

static guint batch_rows;

void
_emb_feedback_retention_set_batch (guint rows)
{
  batch_rows = rows;
}

/* The period ------------------------------------------------------------- */

static guint64
get_number (EmbDatabase *db,
            const char  *key,
            guint64      max,
            guint64      fallback)
{
  g_autofree char *text = _emb_setting_get (db, key);
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, max, &value, NULL))
    return fallback;
  return value;
}

static gboolean
set_number (EmbDatabase  *db,
            const char   *key,
            guint64       value,
            GError      **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT, value);

  return _emb_setting_set (db, key, text, error);
}

/**
 * emb_feedback_retention_get_months:
 *
 * Returns: how many months customer feedback keeps its text and customer
 *   reference; %EMB_RETENTION_FOREVER (0) when none is set
 */
guint
emb_feedback_retention_get_months (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), EMB_RETENTION_FOREVER);

  return (guint)get_number (db, MONTHS_KEY, EMB_RETENTION_MONTHS_MAX, EMB_RETENTION_FOREVER);
}

/**
 * emb_feedback_retention_set_months:
 * @months: from 0 (for ever) to %EMB_RETENTION_MONTHS_MAX
 *
 * Stores the period for every window on the database. It clears nothing:
 * the next run does (emb_feedback_retention_apply()).
 *
 * Returns: %TRUE when stored; otherwise %FALSE with
 *   %EMB_VALIDATION_ERROR_OUT_OF_RANGE on "feedback-retention-months"
 */
gboolean
emb_feedback_retention_set_months (EmbDatabase  *db,
                                   guint         months,
                                   GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (months > EMB_RETENTION_MONTHS_MAX)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, MONTHS_KEY,
                                _("Feedback texts can be kept for at most %d years."),
                                EMB_RETENTION_MONTHS_MAX / 12);
      return FALSE;
    }
  if (!set_number (db, MONTHS_KEY, months, error))
    return FALSE;
  _emb_database_defer_changed (db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_UPDATED, 0);
  return TRUE;
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autofree char *base = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (utc) / 1000);
}

static GDateTime *
now_or_real (GDateTime *now)
{
  return now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
}

/**
 * emb_feedback_retention_cutoff:
 * @months: the period, or %EMB_RETENTION_FOREVER
 * @now: (nullable): the time of the run, or %NULL for the clock's
 *
 * Returns: (nullable): the first receive time that keeps its text, in the
 *   form of emb_now_iso8601() (items received before it are cleared), or
 *   %NULL when texts are kept for ever
 */
char *
emb_feedback_retention_cutoff (guint      months,
                               GDateTime *now)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) cutoff = NULL;

  if (months == EMB_RETENTION_FOREVER)
    return NULL;
  time = now_or_real (now);
  cutoff = g_date_time_add_months (time, -(int)MIN (months, EMB_RETENTION_MONTHS_MAX));
  return format_time (cutoff);
}

/**
 * emb_feedback_retention_count_due:
 * @months: a period (not necessarily the stored one)
 * @count: (out): how many items a run with @months would clear now
 *
 * Returns: %FALSE with @error when the database cannot be read
 */
gboolean
emb_feedback_retention_count_due (EmbDatabase  *db,
                                  guint         months,
                                  GDateTime    *now,
                                  guint64      *count,
                                  GError      **error)
{
  g_autofree char *cutoff = emb_feedback_retention_cutoff (months, now);
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  *count = 0;
  if (cutoff == NULL)
    return TRUE;
  stmt = _emb_database_prepare (db,
                                "SELECT count(*) FROM feedback WHERE received_at < ?1"
                                " AND (text <> '' OR customer_ref <> '')",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, cutoff);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  *count = has_row ? (guint64)sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* A run ------------------------------------------------------------------ */

typedef struct
{
  const char *cutoff;
  const char *stamp;        /* the updated_at of the items cleared */
  char       *from_at;      /* the first key of the next batch */
  gint64      from_id;
  guint64     cleared;
  gboolean    done;
} Run;

/* One batch, in one transaction: the items from (from_at, from_id) up to
 * the first of the next batch, which the index on the receive date finds
 * by itself. */
static gboolean
clear_batch (EmbDatabase  *db,
             gpointer      data,
             GError      **error)
{
  Run *run = data;
  g_autoptr(EmbStatement) next = NULL;
  g_autoptr(EmbStatement) clear = NULL;
  g_autofree char *to_at = NULL;
  gint64 to_id = -1;
  gboolean has_row;

  next = _emb_database_prepare (db,
                                "SELECT received_at, id FROM feedback"
                                " WHERE received_at < ?1 AND (received_at, id) >= (?2, ?3)"
                                " ORDER BY received_at, id LIMIT 1 OFFSET ?4",
                                error);
  if (next == NULL)
    return FALSE;
  _emb_bind_text (next, 1, run->cutoff);
  _emb_bind_text (next, 2, run->from_at);
  sqlite3_bind_int64 (next, 3, run->from_id);
  sqlite3_bind_int (next, 4, batch_rows > 0 ? batch_rows : EMB_RETENTION_BATCH);
  if (!_emb_database_step_row (db, next, &has_row, error))
    return FALSE;
  if (has_row)
    {
      to_at = _emb_column_dup_text (next, 0);
      to_id = sqlite3_column_int64 (next, 1);
    }
  else
    to_at = g_strdup (run->cutoff);   /* with -1: every item before the cutoff */

  clear = _emb_database_prepare (db,
                                 "UPDATE feedback SET text = '', customer_ref = '', updated_at = ?6"
                                 " WHERE received_at < ?1 AND (received_at, id) >= (?2, ?3)"
                                 " AND (received_at, id) < (?4, ?5)"
                                 " AND (text <> '' OR customer_ref <> '')",
                                 error);
  if (clear == NULL)
    return FALSE;
  _emb_bind_text (clear, 1, run->cutoff);
  _emb_bind_text (clear, 2, run->from_at);
  sqlite3_bind_int64 (clear, 3, run->from_id);
  _emb_bind_text (clear, 4, to_at);
  sqlite3_bind_int64 (clear, 5, to_id);
  _emb_bind_text (clear, 6, run->stamp);
  if (!_emb_database_step_done (db, clear, error))
    return FALSE;

  if (sqlite3_changes (_emb_database_get_handle (db)) > 0)
    {
      run->cleared += (guint64)sqlite3_changes (_emb_database_get_handle (db));
      _emb_database_defer_changed (db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_MANY, 0);
    }
  g_free (run->from_at);
  run->from_at = g_steal_pointer (&to_at);
  run->from_id = to_id;
  run->done = !has_row;
  return TRUE;
}

typedef struct
{
  const char *stamp;
  guint64     cleared;
  guint       months;
} Record;

static gboolean
record_run (EmbDatabase  *db,
            gpointer      data,
            GError      **error)
{
  const Record *record = data;

  return _emb_setting_set (db, LAST_RUN_KEY, record->stamp, error) &&
         set_number (db, LAST_CLEARED_KEY, record->cleared, error) &&
         set_number (db, LAST_MONTHS_KEY, record->months, error);
}

/**
 * emb_feedback_retention_apply:
 * @now: (nullable): the time of the run, or %NULL for the clock's
 * @cancellable: (nullable): stops the run between two batches
 * @result: (out caller-allocates) (optional): what the run did (also when
 *   it fails: the items of the batches committed before)
 *
 * Clears the text and customer reference of every item received before
 * @now minus the stored period, in batches of one transaction each, and
 * records the run (its time, how many it cleared, the period). With texts
 * kept for ever it does nothing and records nothing.
 *
 * Returns: %TRUE when the run was whole; %FALSE with @error on a database
 *   error or %G_IO_ERROR_CANCELLED (the batches before it stay cleared)
 */
gboolean
emb_feedback_retention_apply (EmbDatabase         *db,
                              GDateTime           *now,
                              GCancellable        *cancellable,
                              EmbRetentionResult  *result,
                              GError             **error)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *cutoff = NULL;
  g_autofree char *stamp = NULL;
  Run run = { NULL, };
  Record record;
  guint months;
  gboolean ok = TRUE;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  months = emb_feedback_retention_get_months (db);
  if (result != NULL)
    *result = (EmbRetentionResult) { 0, months };
  if (months == EMB_RETENTION_FOREVER)
    return TRUE;

  time = now_or_real (now);
  stamp = format_time (time);
  cutoff = emb_feedback_retention_cutoff (months, time);
  run.cutoff = cutoff;
  run.stamp = stamp;
  run.from_at = g_strdup ("");

  while (ok && !run.done)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        ok = emb_database_transaction (db, clear_batch, &run, error);
    }
  g_free (run.from_at);
  if (result != NULL)
    result->cleared = run.cleared;
  if (!ok)
    return FALSE;

  record = (Record) { stamp, run.cleared, months };
  if (run.cleared > 0)
    g_debug ("Cleared the text of %" G_GUINT64_FORMAT " feedback items received before %s",
             run.cleared, cutoff);
  return emb_database_transaction (db, record_run, &record, error);
}

/**
 * emb_feedback_retention_get_last_run:
 * @cleared: (out) (optional): how many items it cleared
 * @months: (out) (optional): the period it applied
 *
 * Returns: (transfer full) (nullable): when the last whole run was, in
 *   UTC, or %NULL when none was recorded
 */
GDateTime *
emb_feedback_retention_get_last_run (EmbDatabase *db,
                                     guint64     *cleared,
                                     guint       *months)
{
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) when = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  text = _emb_setting_get (db, LAST_RUN_KEY);
  if (text != NULL)
    when = g_date_time_new_from_iso8601 (text, NULL);
  if (cleared != NULL)
    *cleared = when != NULL ? get_number (db, LAST_CLEARED_KEY, G_MAXINT64, 0) : 0;
  if (months != NULL)
    *months = when != NULL ? (guint)get_number (db, LAST_MONTHS_KEY, EMB_RETENTION_MONTHS_MAX,
                                                EMB_RETENTION_FOREVER)
                           : EMB_RETENTION_FOREVER;
  return g_steal_pointer (&when);
}

/**
 * emb_feedback_retention_is_due:
 * @now: (nullable): the time, or %NULL for the clock's
 *
 * A run is due when texts are not kept for ever and no run was recorded,
 * or the last one is a day old (or from a clock a day ahead), or applied
 * another period. The rule reads the database, not this process's memory:
 * a window that starts every hour does not run each time, and a machine
 * does not run again what another one ran today.
 *
 * Returns: whether emb_feedback_retention_apply() should run now
 */
gboolean
emb_feedback_retention_is_due (EmbDatabase *db,
                               GDateTime   *now)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) last = NULL;
  guint months, last_months;
  GTimeSpan since;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  months = emb_feedback_retention_get_months (db);
  if (months == EMB_RETENTION_FOREVER)
    return FALSE;
  last = emb_feedback_retention_get_last_run (db, NULL, &last_months);
  if (last == NULL || last_months != months)
    return TRUE;
  time = now_or_real (now);
  since = g_date_time_difference (time, last);
  return since >= RUN_INTERVAL || since <= -RUN_INTERVAL;
}

/* On a worker thread ----------------------------------------------------- */

typedef struct
{
  char      *path;
  GDateTime *now;
  guint      months;
  gboolean   count;    /* count what is due instead of running */
} TaskData;

static void
task_data_free (gpointer data)
{
  TaskData *d = data;

  g_free (d->path);
  g_clear_pointer (&d->now, g_date_time_unref);
  g_free (d);
}

/* A count or a run with a connection of its own: a sqlite3* never crosses
 * threads. */
static void
worker (GTask        *task,
        gpointer      source_object,
        gpointer      task_data,
        GCancellable *cancellable)
{
  TaskData *d = task_data;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  EmbRetentionResult result = { 0, d->months };
  gboolean ok;

  db = emb_database_open (d->path, &error);
  if (db == NULL)
    ok = FALSE;
  else if (d->count)
    ok = emb_feedback_retention_count_due (db, d->months, d->now, &result.cleared, &error);
  else
    ok = emb_feedback_retention_apply (db, d->now, cancellable, &result, &error);
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_memdup2 (&result, sizeof result), g_free);
}

static void
task_run (EmbDatabase         *db,
          GDateTime           *now,
          guint                months,
          gboolean             count,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  TaskData *d = g_new0 (TaskData, 1);

  d->path = g_strdup (emb_database_get_path (db));
  d->now = now != NULL ? g_date_time_ref (now) : NULL;
  d->months = months;
  d->count = count;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, d, task_data_free);
  g_task_run_in_thread (task, worker);
}

static EmbRetentionResult *
task_finish (EmbDatabase   *db,
             GAsyncResult  *result,
             gpointer       source_tag,
             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, source_tag), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * emb_feedback_retention_apply_async:
 *
 * Runs emb_feedback_retention_apply() on a worker thread with a connection
 * of its own to @db's file. @db learns of the change when it is finished.
 */
void
emb_feedback_retention_apply_async (EmbDatabase         *db,
                                    GDateTime           *now,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));

  task_run (db, now, 0, FALSE, cancellable, callback, user_data,
            emb_feedback_retention_apply_async);
}

/**
 * emb_feedback_retention_apply_finish:
 * @out: (out caller-allocates) (optional): what the run did
 *
 * Returns: %TRUE when the run was whole
 */
gboolean
emb_feedback_retention_apply_finish (EmbDatabase         *db,
                                     GAsyncResult        *result,
                                     EmbRetentionResult  *out,
                                     GError             **error)
{
  g_autofree EmbRetentionResult *done = task_finish (db, result,
                                                     emb_feedback_retention_apply_async, error);

  if (done == NULL)
    return FALSE;
  emb_database_check_external_changes (db);
  if (out != NULL)
    *out = *done;
  return TRUE;
}

/**
 * emb_feedback_retention_count_async:
 *
 * Runs emb_feedback_retention_count_due() on a worker thread with a
 * connection of its own (over a million items it takes a while).
 */
void
emb_feedback_retention_count_async (EmbDatabase         *db,
                                    guint                months,
                                    GDateTime           *now,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));

  task_run (db, now, months, TRUE, cancellable, callback, user_data,
            emb_feedback_retention_count_async);
}

gboolean
emb_feedback_retention_count_finish (EmbDatabase   *db,
                                     GAsyncResult  *result,
                                     guint64       *count,
                                     GError       **error)
{
  g_autofree EmbRetentionResult *done = task_finish (db, result,
                                                     emb_feedback_retention_count_async, error);

  if (done == NULL)
    return FALSE;
  if (count != NULL)
    *count = done->cleared;
  return TRUE;
}
