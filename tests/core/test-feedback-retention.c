/* test-feedback-retention.c: customer feedback texts kept only for a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-bundle.h"
#include "emb-csv-test-util.h"
#include "emb-database-private.h"
#include "emb-feedback-insights.h"
#include "emb-feedback-retention.h"
#include "emb-feedback-store.h"
#include "emb-test-util.h"

/* The time of every run below: 7 December 2026, noon. */
static GDateTime *
test_now (void)
{
  return g_date_time_new_utc (2026, 12, 7, 12, 0, 0);
}

static GDateTime *
hours_after (GDateTime *time,
             int        hours)
{
  return g_date_time_add_hours (time, hours);
}

static gint64
add_item (EmbDatabase     *db,
          const char      *received_at,
          EmbFeedbackKind  kind,
          EmbScoreType     score_type,
          int              score,
          gint64           touchpoint_id,
          const char      *text,
          const char      *customer_ref)
{
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();
  g_autoptr(GError) error = NULL;

  emb_feedback_set_received_at (feedback, received_at);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_score_type (feedback, score_type);
  emb_feedback_set_score (feedback, score);
  emb_feedback_set_touchpoint_id (feedback, touchpoint_id);
  emb_feedback_set_text (feedback, text);
  emb_feedback_set_customer_ref (feedback, customer_ref);
  emb_feedback_set_channel (feedback, "email");
  g_assert_true (emb_feedback_store_save (db, feedback, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (feedback));
}

static char *
text_of (EmbDatabase *db,
         const char  *column,
         gint64       id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM feedback WHERE id = ?1", column);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare_id (db, sql, id, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return _emb_column_dup_text (stmt, 0);
}

/* The text of @column of the feedback item @id is @expected. */
#define assert_text(db, column, id, expected) \
  G_STMT_START { \
    g_autofree char *text_ = text_of (db, column, id); \
    g_assert_cmpstr (text_, ==, expected); \
  } G_STMT_END

static gint64
count_matches (EmbDatabase *db,
               const char  *words)
{
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;

  filter.search = words;
  model = emb_feedback_store_query (db, &filter);
  g_assert_nonnull (model);
  return g_list_model_get_n_items (model);
}

/* Every row of a query as text. */
static void
append_rows (GString     *out,
             EmbDatabase *db,
             const char  *sql)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, NULL);
  int rc;

  g_assert_nonnull (stmt);
  g_string_append_printf (out, "== %s\n", sql);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", _emb_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
}

static void
append_figures (GString     *out,
                EmbDatabase *db,
                gint64       touchpoint_id,
                const char  *from,
                const char  *to)
{
  g_autoptr(GError) error = NULL;
  EmbTouchpointFigures f;

  g_assert_true (emb_feedback_insights_figures (db, touchpoint_id, from, to, &f, &error));
  g_assert_no_error (error);
  g_string_append_printf (out, "%" G_GINT64_FORMAT " %s–%s: NPS %d of %u (%u/%u), CSAT %.6f of %u,"
                          " CES %.6f/%.6f of %u, complaints %u\n",
                          touchpoint_id, from, to, f.nps.score, f.nps.total, f.nps.promoters,
                          f.nps.detractors, f.csat.percent, f.csat.total, f.ces.mean,
                          f.ces.easy_percent, f.ces.total, f.complaints);
}

/* What the metrics see: the figures of every touchpoint (and of all
 * feedback) over everything and over each year, the counts and the per-day
 * histogram, and every column of every item but the text, the customer
 * reference and updated_at. */
static char *
metrics_digest (EmbDatabase *db)
{
  static const char * const years[][2] = {
    { NULL, NULL }, { "2023-01-01", "2024-01-01" }, { "2024-01-01", "2025-01-01" },
    { "2025-01-01", "2026-01-01" }, { "2026-01-01", "2027-01-01" },
  };
  GString *out = g_string_new (NULL);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, "SELECT 0 UNION SELECT id FROM"
                                                        " touchpoint ORDER BY 1", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (guint i = 0; i < G_N_ELEMENTS (years); i++)
      append_figures (out, db, sqlite3_column_int64 (stmt, 0), years[i][0], years[i][1]);
  append_rows (out, db, "SELECT * FROM feedback_day ORDER BY 1, 2, 3");
  append_rows (out, db, "SELECT kind, score_type, count(*), total (score) FROM feedback"
                        " GROUP BY 1, 2 ORDER BY 1, 2");
  append_rows (out, db, "SELECT id, uuid, received_at, channel, touchpoint_id, kind, score_type,"
                        " score, category, triage, follow_up, assignee_id, source, source_id,"
                        " created_at FROM feedback ORDER BY id");
  return g_string_free (out, FALSE);
}

static void
assert_index_consistent (EmbDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_database_exec (db, "INSERT INTO feedback_fts (feedback_fts, rank)"
                                         " VALUES ('integrity-check', 1)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM pragma_integrity_check"
                                            " WHERE integrity_check <> 'ok'"), ==, 0);
}

static void
set_months (EmbDatabase *db,
            guint        months)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_feedback_retention_set_months (db, months, &error));
  g_assert_no_error (error);
}

static guint64
apply_ok (EmbDatabase *db,
          GDateTime   *now)
{
  g_autoptr(GError) error = NULL;
  EmbRetentionResult result;

  g_assert_true (emb_feedback_retention_apply (db, now, NULL, &result, &error));
  g_assert_no_error (error);
  return result.cleared;
}

/* Nothing is cleared until a manager chooses a period. */
static void
test_forever_by_default (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GDateTime) now = test_now ();
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  EmbRetentionResult result = { 99, 99 };
  gint64 id;

  id = add_item (tdb->db, "2001-01-01T00:00:00.000Z", EMB_FEEDBACK_KIND_COMPLAINT,
                 EMB_SCORE_TYPE_NONE, -1, 0, "Ancient complaint", "C-1");
  before = emb_test_dump (tdb->db);

  g_assert_cmpuint (emb_feedback_retention_get_months (tdb->db), ==, EMB_RETENTION_FOREVER);
  g_assert_false (emb_feedback_retention_is_due (tdb->db, now));
  g_assert_true (emb_feedback_retention_apply (tdb->db, now, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.cleared, ==, 0);
  g_assert_cmpuint (result.months, ==, EMB_RETENTION_FOREVER);
  g_assert_null (emb_feedback_retention_cutoff (EMB_RETENTION_FOREVER, now));
  /* Not even a run is recorded */
  emb_test_assert_unchanged (tdb->db, before);
  g_assert_null (emb_feedback_retention_get_last_run (tdb->db, NULL, NULL));
  assert_text (tdb->db, "text", id, "Ancient complaint");

  /* A period out of range is refused and changes nothing */
  g_assert_false (emb_feedback_retention_set_months (tdb->db, EMB_RETENTION_MONTHS_MAX + 1,
                                                     &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE,
                               "feedback-retention-months");
  emb_test_assert_unchanged (tdb->db, before);
}

/* Only items received before now − period lose their text and reference;
 * the rest of them stays. */
static void
test_clears_only_older (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GDateTime) now = test_now ();
  g_autofree char *cutoff = NULL;
  gint64 stage, desk, old, edge, kept, old_score;
  guint64 due;
  g_autoptr(GError) error = NULL;

  stage = emb_test_add_stage (tdb->db, "Visit");
  desk = emb_test_add_touchpoint (tdb->db, stage, "Desk");
  old = add_item (tdb->db, "2024-12-07T11:59:59.999Z", EMB_FEEDBACK_KIND_COMPLAINT,
                  EMB_SCORE_TYPE_NONE, -1, desk, "Rude clerk, I am Jan Kowalski", "jan@example.com");
  old_score = add_item (tdb->db, "2023-03-01T08:00:00.000Z", EMB_FEEDBACK_KIND_SURVEY,
                        EMB_SCORE_TYPE_NPS, 2, desk, "", "CUST-17");
  edge = add_item (tdb->db, "2024-12-07T12:00:00.000Z", EMB_FEEDBACK_KIND_PRAISE,
                   EMB_SCORE_TYPE_CSAT, 5, desk, "Exactly two years ago", "C-2");
  kept = add_item (tdb->db, "2026-11-30T10:00:00.000Z", EMB_FEEDBACK_KIND_SURVEY,
                   EMB_SCORE_TYPE_NPS, 9, desk, "Lovely staff", "C-3");

  cutoff = emb_feedback_retention_cutoff (24, now);
  g_assert_cmpstr (cutoff, ==, "2024-12-07T12:00:00.000Z");
  g_assert_true (emb_feedback_retention_count_due (tdb->db, 24, now, &due, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (due, ==, 2);
  g_assert_true (emb_feedback_retention_count_due (tdb->db, 6, now, &due, &error));
  g_assert_cmpuint (due, ==, 3);

  set_months (tdb->db, 24);
  g_assert_true (emb_feedback_retention_is_due (tdb->db, now));
  g_assert_cmpuint (apply_ok (tdb->db, now), ==, 2);

  assert_text (tdb->db, "text", old, "");
  assert_text (tdb->db, "customer_ref", old, "");
  assert_text (tdb->db, "customer_ref", old_score, "");
  /* Scores, kinds, dates, touchpoints and channels stay */
  assert_text (tdb->db, "kind || score_type || coalesce (score, '-') || received_at"
                        " || touchpoint_id || channel", old,
               "complaintnone-2024-12-07T11:59:59.999Z1email");
  assert_text (tdb->db, "kind || score_type || score || received_at", old_score,
               "surveynps22023-03-01T08:00:00.000Z");
  /* The edge and the newer item keep everything */
  assert_text (tdb->db, "text", edge, "Exactly two years ago");
  assert_text (tdb->db, "customer_ref", edge, "C-2");
  assert_text (tdb->db, "text", kept, "Lovely staff");
  assert_text (tdb->db, "customer_ref", kept, "C-3");
  g_assert_true (emb_feedback_retention_count_due (tdb->db, 24, now, &due, &error));
  g_assert_cmpuint (due, ==, 0);
  assert_index_consistent (tdb->db);
}

/* On the demo organisation, cleared at its middle: every figure, count and
 * histogram is what it was; searches and complaint themes no longer see the
 * cleared texts; the bundle holds none of them. */
static void
test_metrics_search_bundle (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new_demo ();
  EmbDatabase *db = tdb->db;
  g_autofree char *middle = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *bundle_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDateTime) middle_time = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) old_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) old_refs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(EmbStatement) stmt = NULL;
  gint64 n_old, n_items;
  guint64 cleared;

  n_items = _emb_database_count (db, "SELECT count(*) FROM feedback");
  g_assert_cmpint (n_items, >, 100);
  {
    g_autoptr(EmbStatement) median = _emb_database_prepare (db, "SELECT received_at FROM feedback"
                                                            " ORDER BY received_at LIMIT 1"
                                                            " OFFSET (SELECT count(*) / 2"
                                                            " FROM feedback)", NULL);
    g_assert_cmpint (sqlite3_step (median), ==, SQLITE_ROW);
    middle = _emb_column_dup_text (median, 0);
  }
  /* A run a year after the middle, keeping a year */
  middle_time = g_date_time_new_from_iso8601 (middle, NULL);
  g_assert_nonnull (middle_time);
  now = g_date_time_add_years (middle_time, 1);

  stmt = _emb_database_prepare (db, "SELECT text, customer_ref FROM feedback"
                                    " WHERE received_at < ?1 AND (text <> '' OR customer_ref <> '')",
                                NULL);
  _emb_bind_text (stmt, 1, middle);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (old_texts, _emb_column_dup_text (stmt, 0));
      g_ptr_array_add (old_refs, _emb_column_dup_text (stmt, 1));
    }
  g_clear_pointer (&stmt, _emb_statement_release);
  n_old = old_texts->len;
  g_assert_cmpint (n_old, >, 10);

  before = metrics_digest (db);
  {
    g_autoptr(GArray) words = emb_feedback_insights_words (db, 0, NULL, middle, 50, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (words->len, >, 0);
  }
  set_months (db, 12);
  cleared = apply_ok (db, now);
  g_assert_cmpuint (cleared, ==, (guint64)n_old);
  after = metrics_digest (db);
  g_assert_cmpstr (after, ==, before);
  assert_index_consistent (db);

  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback WHERE text = ''"
                                            " AND customer_ref = ''"), >=, n_old);
  /* The complaint themes of the cleared period have no words left */
  {
    g_autoptr(GArray) words = emb_feedback_insights_words (db, 0, NULL, middle, 50, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (words->len, ==, 0);
  }
  /* Not one item received before the cutoff is found by a search for its
   * text */
  {
    EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
    g_autoptr(GListModel) model = NULL;

    filter.to = middle;
    for (guint i = 0; i < old_texts->len; i++)
      {
        const char *text = old_texts->pdata[i];

        if (*text == '\0')
          continue;
        filter.search = text;
        model = emb_feedback_store_query (db, &filter);
        g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
        g_clear_object (&model);
      }
  }

  /* The bundle holds no cleared text and no cleared reference (those also
   * in a kept item aside) */
  bundle_path = g_build_filename (tdb->dir, "after.embassy", NULL);
  bundle = g_file_new_for_path (bundle_path);
  g_assert_true (emb_bundle_export (db, bundle, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (bundle_path, &contents, NULL, &error));
  for (guint i = 0; i < old_texts->len; i++)
    {
      const char *strings[] = { old_texts->pdata[i], old_refs->pdata[i] };

      for (guint j = 0; j < G_N_ELEMENTS (strings); j++)
        {
          g_autoptr(EmbStatement) kept = NULL;
          g_autofree char *quoted = NULL;

          if (*strings[j] == '\0')
            continue;
          kept = _emb_database_prepare (db, "SELECT count(*) FROM feedback"
                                            " WHERE text = ?1 OR customer_ref = ?1", NULL);
          _emb_bind_text (kept, 1, strings[j]);
          g_assert_cmpint (sqlite3_step (kept), ==, SQLITE_ROW);
          if (sqlite3_column_int64 (kept, 0) > 0)
            continue;
          quoted = g_strdup_printf ("\"%s\"", strings[j]);
          if (strchr (strings[j], '"') == NULL && strchr (strings[j], '\\') == NULL)
            g_assert_null (strstr (contents, quoted));
        }
    }
}

/* A second run clears nothing and writes nothing but its record. */
static void
test_idempotent (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(GDateTime) later = hours_after (now, 1);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  for (int day = 1; day <= 28; day++)
    {
      g_autofree char *at = g_strdup_printf ("2020-02-%02dT10:00:00.000Z", day);
      g_autofree char *text = g_strdup_printf ("Item of day %d", day);

      add_item (tdb->db, at, EMB_FEEDBACK_KIND_SURVEY, EMB_SCORE_TYPE_CES, 1 + day % 7, 0, text,
                "C");
    }
  set_months (tdb->db, 60);
  g_assert_cmpuint (apply_ok (tdb->db, now), ==, 28);
  first = emb_test_dump (tdb->db);
  g_assert_cmpuint (apply_ok (tdb->db, later), ==, 0);
  second = emb_test_dump (tdb->db);
  /* Only the record of the run differs: the items are as they were */
  g_assert_cmpstr (strstr (second, "== feedback\n"), !=, NULL);
  {
    g_autofree char *items_first = g_strndup (strstr (first, "== feedback\n"),
                                              strstr (first, "== feedback_day") -
                                              strstr (first, "== feedback\n"));
    g_autofree char *items_second = g_strndup (strstr (second, "== feedback\n"),
                                               strstr (second, "== feedback_day") -
                                               strstr (second, "== feedback\n"));
    g_assert_cmpstr (items_second, ==, items_first);
  }
}

static void
cancel_on_change (EmbDatabase   *db,
                  EmbRecordKind  kind,
                  EmbChangeType  change,
                  gint64         id,
                  GCancellable  *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* Cancelled after its first batch: that batch stays whole, the rest as it
 * was, no run is recorded, and the next run does the rest. */
static void
test_cancelled (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  EmbRetentionResult result;
  gulong handler;

  for (int i = 0; i < 10; i++)
    {
      g_autofree char *at = g_strdup_printf ("2021-06-%02dT10:00:00.000Z", 10 - i);
      g_autofree char *text = g_strdup_printf ("Complaint number %d", i);

      add_item (tdb->db, at, EMB_FEEDBACK_KIND_COMPLAINT, EMB_SCORE_TYPE_NPS, i, 0, text, "REF");
    }
  before = metrics_digest (tdb->db);
  set_months (tdb->db, 12);
  _emb_feedback_retention_set_batch (3);
  handler = g_signal_connect (tdb->db, "changed", G_CALLBACK (cancel_on_change), cancellable);
  g_assert_false (emb_feedback_retention_apply (tdb->db, now, cancellable, &result, &error));
  g_signal_handler_disconnect (tdb->db, handler);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* The first batch: the three received first */
  g_assert_cmpuint (result.cleared, ==, 3);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback WHERE text = ''"
                                                 " AND customer_ref = ''"
                                                 " AND received_at < '2021-06-04'"), ==, 3);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback WHERE text <> ''"
                                                 " AND customer_ref = 'REF'"), ==, 7);
  g_assert_cmpint (count_matches (tdb->db, "Complaint"), ==, 7);
  assert_index_consistent (tdb->db);
  g_assert_null (emb_feedback_retention_get_last_run (tdb->db, NULL, NULL));
  g_assert_true (emb_feedback_retention_is_due (tdb->db, now));

  /* The next run, in batches of three, does the rest */
  g_assert_cmpuint (apply_ok (tdb->db, now), ==, 7);
  _emb_feedback_retention_set_batch (0);
  g_assert_cmpint (count_matches (tdb->db, "Complaint"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback WHERE text <> ''"
                                                 " OR customer_ref <> ''"), ==, 0);
  {
    g_autofree char *after = metrics_digest (tdb->db);
    g_assert_cmpstr (after, ==, before);
  }
  assert_index_consistent (tdb->db);
}

/* The run is recorded in the database: when, how many, which period; the
 * next is due a day later, or at once for another period. */
static void
test_last_run (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(GDateTime) soon = hours_after (now, 23);
  g_autoptr(GDateTime) tomorrow = hours_after (now, 24);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GError) error = NULL;
  guint64 cleared = 0;
  guint months = 0;

  add_item (tdb->db, "2025-01-01T00:00:00.000Z", EMB_FEEDBACK_KIND_PRAISE, EMB_SCORE_TYPE_NONE,
            -1, 0, "Nice", "");
  add_item (tdb->db, "2026-01-01T00:00:00.000Z", EMB_FEEDBACK_KIND_PRAISE, EMB_SCORE_TYPE_NONE,
            -1, 0, "Nicer", "");
  set_months (tdb->db, 6);
  g_assert_cmpuint (apply_ok (tdb->db, now), ==, 2);

  /* Another connection (another window, another machine) reads it */
  other = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  last = emb_feedback_retention_get_last_run (other, &cleared, &months);
  g_assert_nonnull (last);
  g_assert_cmpint (g_date_time_compare (last, now), ==, 0);
  g_assert_cmpuint (cleared, ==, 2);
  g_assert_cmpuint (months, ==, 6);
  g_assert_cmpuint (emb_feedback_retention_get_months (other), ==, 6);

  g_assert_false (emb_feedback_retention_is_due (other, now));
  g_assert_false (emb_feedback_retention_is_due (other, soon));
  g_assert_true (emb_feedback_retention_is_due (other, tomorrow));
  /* A run with nothing to clear is recorded too */
  g_assert_cmpuint (apply_ok (other, tomorrow), ==, 0);
  g_clear_pointer (&last, g_date_time_unref);
  last = emb_feedback_retention_get_last_run (tdb->db, &cleared, &months);
  g_assert_cmpint (g_date_time_compare (last, tomorrow), ==, 0);
  g_assert_cmpuint (cleared, ==, 0);
  g_assert_false (emb_feedback_retention_is_due (tdb->db, tomorrow));

  /* Another period is due at once; for ever never is */
  set_months (tdb->db, 3);
  g_assert_true (emb_feedback_retention_is_due (tdb->db, tomorrow));
  set_months (tdb->db, EMB_RETENTION_FOREVER);
  g_assert_false (emb_feedback_retention_is_due (tdb->db, tomorrow));
}

/* On a worker thread with its own connection; the caller's connection
 * learns of the change. */
static void
test_async (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) counted = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  EmbRetentionResult out = { 0, 0 };
  guint64 due = 0;
  gint64 id;

  id = add_item (tdb->db, "2020-01-01T00:00:00.000Z", EMB_FEEDBACK_KIND_COMPLAINT,
                 EMB_SCORE_TYPE_NONE, -1, 0, "Old", "R");
  set_months (tdb->db, 12);
  emb_feedback_retention_count_async (tdb->db, 12, now, NULL, emb_test_store_result, &counted);
  g_assert_true (emb_feedback_retention_count_finish (tdb->db, emb_test_wait_for (&counted), &due,
                                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (due, ==, 1);

  changes = emb_test_changes_watch (tdb->db);
  emb_feedback_retention_apply_async (tdb->db, now, NULL, emb_test_store_result, &result);
  g_assert_true (emb_feedback_retention_apply_finish (tdb->db, emb_test_wait_for (&result), &out,
                                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (out.cleared, ==, 1);
  g_assert_cmpuint (out.months, ==, 12);
  g_assert_cmpuint (changes->events->len, >, 0);
  assert_text (tdb->db, "text", id, "");
}

/* A re-import of an export after the run brings no cleared text back and
 * adds no item twice (the items have no id of their source: they are
 * found by their content, as the run left it); imported into a programme
 * that keeps a year, the old items come in without their texts. */
static void
test_reimport (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestDb) fresh = emb_test_db_new ();
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) again = NULL;
  g_autoptr(EmbImportReport) into_fresh = NULL;
  g_autoptr(GDateTime) now = test_now ();
  g_autofree char *before = NULL;
  EmbImportOptions options = { 0 };
  gint64 stage;

  stage = emb_test_add_stage (tdb->db, "Service");
  emb_test_add_touchpoint (tdb->db, stage, "Statement & billing");
  emb_test_add_touchpoint (tdb->db, stage, "Delivery");
  stage = emb_test_add_stage (fresh->db, "Service");
  emb_test_add_touchpoint (fresh->db, stage, "Statement & billing");
  emb_test_add_touchpoint (fresh->db, stage, "Delivery");
  mapping = mapping_new ("touchpoint:billing", "Statement & billing",
                         "touchpoint:Rozliczenia", "statement & BILLING", NULL);
  options.mapping = mapping;

  /* March 2024, kept for ever at first */
  first = import_ok (tdb->db, "feedback-complaints.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options);
  assert_counts (first, "feedback", 3, 0, 0);
  g_assert_cmpint (count_matches (tdb->db, "kurier"), ==, 1);

  set_months (tdb->db, 12);
  g_assert_cmpuint (apply_ok (tdb->db, now), ==, 3);
  before = emb_test_dump (tdb->db);

  again = import_ok (tdb->db, "feedback-complaints.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options);
  assert_counts (again, "feedback", 0, 0, 3);
  emb_test_assert_unchanged (tdb->db, before);
  g_assert_cmpint (count_matches (tdb->db, "kurier"), ==, 0);

  set_months (fresh->db, 12);
  into_fresh = import_ok (fresh->db, "feedback-complaints.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV,
                          &options);
  assert_counts (into_fresh, "feedback", 3, 0, 0);
  g_assert_cmpint (_emb_database_count (fresh->db, "SELECT count(*) FROM feedback WHERE text = ''"
                                                   " AND customer_ref = ''"), ==, 3);
  g_assert_cmpint (_emb_database_count (fresh->db, "SELECT count(*) FROM feedback"
                                                   " WHERE kind = 'complaint'"), ==, 1);
  g_assert_cmpint (count_matches (fresh->db, "kurier"), ==, 0);
}

/* A bundle written before the run, imported again after it (or into a
 * programme with the same rule), brings no cleared text back; the newer
 * item keeps its text. */
static void
test_bundle_reimport (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestDb) fresh = emb_test_db_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tdb->dir, "before.embassy", NULL);
  g_autofree char *year_ago = NULL;
  g_autofree char *week_ago = NULL;
  gint64 old, recent;

  {
    g_autoptr(GDateTime) a = g_date_time_add_months (now, -13);
    g_autoptr(GDateTime) b = g_date_time_add_days (now, -7);

    year_ago = g_date_time_format (a, "%Y-%m-%dT%H:%M:%S.000Z");
    week_ago = g_date_time_format (b, "%Y-%m-%dT%H:%M:%S.000Z");
  }
  old = add_item (tdb->db, year_ago, EMB_FEEDBACK_KIND_COMPLAINT, EMB_SCORE_TYPE_NPS, 1, 0,
                  "Overcharged twice", "ACC-991");
  recent = add_item (tdb->db, week_ago, EMB_FEEDBACK_KIND_PRAISE, EMB_SCORE_TYPE_NPS, 10, 0,
                     "Sorted at once", "ACC-992");
  bundle = g_file_new_for_path (path);
  g_assert_true (emb_bundle_export (tdb->db, bundle, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  set_months (tdb->db, 12);
  g_assert_cmpuint (apply_ok (tdb->db, NULL), ==, 1);
  for (guint i = 0; i < 2; i++)
    {
      EmbDatabase *db = i == 0 ? tdb->db : fresh->db;
      g_autoptr(EmbImportReport) report = emb_import_report_new ();

      if (i == 1)
        set_months (fresh->db, 12);
      g_assert_true (emb_bundle_import (db, bundle, NULL, NULL, report, &error));
      g_assert_no_error (error);
      g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback"), ==, 2);
      g_assert_cmpint (count_matches (db, "overcharged"), ==, 0);
      g_assert_cmpint (count_matches (db, "sorted"), ==, 1);
      g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback"
                                                " WHERE customer_ref = 'ACC-991'"), ==, 0);
      g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback"
                                                " WHERE customer_ref = 'ACC-992'"), ==, 1);
      g_assert_cmpint (_emb_database_count (db, "SELECT score FROM feedback"
                                                " WHERE kind = 'complaint'"), ==, 1);
    }
  assert_text (tdb->db, "text", old, "");
  assert_text (tdb->db, "text", recent, "Sorted at once");
}

/* The batches walk the index on the receive date, never the table. */
static void
test_uses_index (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  static const char * const queries[] = {
    "SELECT received_at, id FROM feedback WHERE received_at < ?1"
    " AND (received_at, id) >= (?2, ?3) ORDER BY received_at, id LIMIT 1 OFFSET ?4",
    "UPDATE feedback SET text = '', customer_ref = '', updated_at = ?6"
    " WHERE received_at < ?1 AND (received_at, id) >= (?2, ?3)"
    " AND (received_at, id) < (?4, ?5) AND (text <> '' OR customer_ref <> '')",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *sql = g_strdup_printf ("EXPLAIN QUERY PLAN %s", queries[i]);
      g_autoptr(EmbStatement) stmt = _emb_database_prepare (tdb->db, sql, NULL);
      g_autoptr(GString) plan = g_string_new (NULL);

      g_assert_nonnull (stmt);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", _emb_column_text (stmt, 3));
      g_assert_nonnull (strstr (plan->str, "USING COVERING INDEX feedback_by_received")
                        ? plan->str : strstr (plan->str, "USING INDEX feedback_by_received"));
      g_assert_null (strstr (plan->str, "SCAN feedback\n"));
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
    }
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/retention/forever-by-default", test_forever_by_default);
  g_test_add_func ("/retention/clears-only-older", test_clears_only_older);
  g_test_add_func ("/retention/metrics-search-bundle", test_metrics_search_bundle);
  g_test_add_func ("/retention/idempotent", test_idempotent);
  g_test_add_func ("/retention/cancelled", test_cancelled);
  g_test_add_func ("/retention/last-run", test_last_run);
  g_test_add_func ("/retention/async", test_async);
  g_test_add_func ("/retention/reimport", test_reimport);
  g_test_add_func ("/retention/bundle-reimport", test_bundle_reimport);
  g_test_add_func ("/retention/uses-index", test_uses_index);

  return g_test_run ();
}
