/* test-bulk-import.c: large imports written in bulk, small ones row by row
 *
 * An import of many rows into a table that holds fewer drops the table's
 * secondary indexes and the triggers of its derived data, and builds them
 * once at the end (emb-database-bulk.c); a smaller one keeps them. Both
 * must leave the derived tables (feedback_day, nomination_count,
 * nomination_day, the nominations' departments, the full-text indexes)
 * equal to the same counts made from the rows, and the schema as it was;
 * a failed or cancelled import changes nothing at all. The threshold is
 * lowered so that a few hundred rows take the bulk path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "emb-bundle.h"
#include "emb-csv-import.h"
#include "emb-database-private.h"
#include "emb-feedback-store-private.h"
#include "emb-import.h"
#include "emb-test-util.h"

#define BULK_THRESHOLD 10

static const char * const words[] = {
  "queue", "refund", "friendly", "invoice", "router", "outage", "helpful", "slow",
};

/* Helpers ---------------------------------------------------------------- */

static void
append_row (GString     *out,
            sqlite3_stmt *stmt)
{
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      const char *text = (const char *)sqlite3_column_text (stmt, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
    }
  g_string_append_c (out, '\n');
}

/* The rows of @sql as text. */
static char *
query_text (EmbDatabase *db,
            const char  *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (_emb_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    append_row (out, stmt);
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Every index, trigger, table and view, as sqlite_schema has them. */
static char *
schema_of (EmbDatabase *db)
{
  return query_text (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema"
                         " ORDER BY type, name");
}

static gint64
count (EmbDatabase *db,
       const char  *sql)
{
  return _emb_database_count (db, sql);
}

/* How many texts of @table's full-text index hold @word, by the index and
 * by the rows themselves (every text is lower-case words and spaces). */
static void
assert_word_counted (EmbDatabase *db,
                     const char  *table,
                     const char  *column,
                     const char  *word)
{
  g_autofree char *by_index = g_strdup_printf ("SELECT count(*) FROM %s_fts"
                                               " WHERE %s_fts MATCH '\"%s\"'",
                                               table, table, word);
  g_autofree char *by_rows = g_strdup_printf ("SELECT count(*) FROM %s"
                                              " WHERE ' ' || %s || ' ' LIKE '%% %s %%'",
                                              table, column, word);

  g_assert_cmpint (count (db, by_index), ==, count (db, by_rows));
}

/* The full-text index of @table holds exactly its rows' texts. */
static void
assert_fts_matches (EmbDatabase *db,
                    const char  *table,
                    const char  *column)
{
  g_autofree char *check = g_strdup_printf ("INSERT INTO %s_fts (%s_fts, rank)"
                                            " VALUES ('integrity-check', 1)", table, table);
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_database_exec (db, check, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    assert_word_counted (db, table, column, words[i]);
}

/* No row of @kept (without its rows whose counts are all zero) is missing
 * from @recomputed, nor the other way round. */
static void
assert_same_rows (EmbDatabase *db,
                  const char  *kept,
                  const char  *recomputed)
{
  g_autofree char *missing = g_strdup_printf ("SELECT count(*) FROM (%s EXCEPT %s)",
                                              recomputed, kept);
  g_autofree char *extra = g_strdup_printf ("SELECT count(*) FROM (%s EXCEPT %s)",
                                            kept, recomputed);

  g_assert_cmpint (count (db, missing), ==, 0);
  g_assert_cmpint (count (db, extra), ==, 0);
}

#define SUM_SCORES "s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10"

/* Every derived table equals the same counts made from the rows. */
static void
assert_derived_match (EmbDatabase *db)
{
  /* feedback_day: a row for each touchpoint, kind of score and day that
   * has feedback ('none' rows count complaints only, and may count none). */
  assert_same_rows (db,
                    "SELECT touchpoint_id, score_type, day, s0, s1, s2, s3, s4, s5, s6, s7, s8,"
                    " s9, s10, complaints FROM feedback_day"
                    " WHERE " SUM_SCORES " + complaints > 0 OR score_type = 'none'",
                    "SELECT coalesce (touchpoint_id, 0), score_type, substr (received_at, 1, 10),"
                    " sum (score IS 0), sum (score IS 1), sum (score IS 2), sum (score IS 3),"
                    " sum (score IS 4), sum (score IS 5), sum (score IS 6), sum (score IS 7),"
                    " sum (score IS 8), sum (score IS 9), sum (score IS 10),"
                    " sum (kind = 'complaint') FROM feedback GROUP BY 1, 2, 3");
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback_day"
                              " WHERE min (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10,"
                              " complaints) < 0"), ==, 0);
  assert_fts_matches (db, "feedback", "text");

  assert_same_rows (db,
                    "SELECT status, n FROM nomination_count WHERE n <> 0",
                    "SELECT status, count(*) FROM nomination GROUP BY status");
  assert_same_rows (db,
                    "SELECT value_id, department_id, day, n, with_touchpoint, with_feedback,"
                    " with_both FROM nomination_day WHERE n <> 0",
                    "SELECT value_id, coalesce (department_id, 0), substr (submitted_at, 1, 10),"
                    " count(*), sum (touchpoint_id IS NOT NULL), sum (feedback_id IS NOT NULL),"
                    " sum (touchpoint_id IS NOT NULL AND feedback_id IS NOT NULL)"
                    " FROM nomination WHERE status <> 'declined' GROUP BY 1, 2, 3");
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination_day"
                              " WHERE min (n, with_touchpoint, with_feedback, with_both) < 0"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE department_id IS NOT"
                              " coalesce (nominee_department_id, (SELECT department_id"
                              " FROM employee WHERE id = nominee_employee_id))"), ==, 0);
  assert_fts_matches (db, "nomination", "story");
}

/* Everything a failed import must leave as it was: the rows of every table,
 * the schema and what the full-text indexes find. */
static char *
snapshot (EmbDatabase *db)
{
  g_autofree char *rows = emb_test_dump (db);
  g_autofree char *schema = schema_of (db);
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n== schema\n%s\n== words\n", rows, schema);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *feedback = g_strdup_printf ("SELECT count(*) FROM feedback_fts"
                                                   " WHERE feedback_fts MATCH '%s'", words[i]);
      g_autofree char *nomination = g_strdup_printf ("SELECT count(*) FROM nomination_fts"
                                                     " WHERE nomination_fts MATCH '%s'",
                                                     words[i]);

      g_string_append_printf (out, "%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", words[i],
                              count (db, feedback), count (db, nomination));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A survey export of @n rows over three weeks: every kind, every scale,
 * three touchpoints and none, and texts of the words above. */
static GFile *
write_feedback_csv (EmbTestDb  *tdb,
                    const char *name,
                    guint       n,
                    guint32     seed)
{
  static const char * const touchpoints[] = { "", "Checkout", "Delivery", "Returns desk" };
  static const char * const kinds[] = { "Survey", "Complaint", "Praise", "Suggestion" };
  static const char * const scales[] = { "NPS", "CSAT", "CES" };
  static const int highest[] = { 10, 5, 7 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) csv = g_string_new ("Submitted at,Touchpoint,Feedback type,Survey type,"
                                         "Score,Comment\r\n");
  g_autofree char *path = g_build_filename (tdb->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint kind = g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds));
      guint scale = g_rand_int_range (rand, 0, G_N_ELEMENTS (scales));
      gboolean scored = kind == 0 || g_rand_int_range (rand, 0, 4) == 0;

      g_string_append_printf (csv, "2024-03-%02u %02u:%02u,%s,%s,%s,", 1 + i * 21 / n,
                              g_rand_int_range (rand, 0, 24), g_rand_int_range (rand, 0, 60),
                              touchpoints[g_rand_int_range (rand, 0, G_N_ELEMENTS (touchpoints))],
                              kinds[kind], scored ? scales[scale] : "");
      if (scored)
        g_string_append_printf (csv, "%d", g_rand_int_range (rand, scale == 0 ? 0 : 1,
                                                             highest[scale] + 1));
      g_string_append_c (csv, ',');
      for (guint w = 0, n_words = g_rand_int_range (rand, 1, 6); w < n_words; w++)
        g_string_append_printf (csv, "%s%s", w > 0 ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append (csv, "\r\n");
    }

  g_assert_true (g_file_set_contents (path, csv->str, csv->len, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static EmbTestDb *
journey_db_new (void)
{
  EmbTestDb *tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage (tdb->db, "Purchase");

  emb_test_add_touchpoint (tdb->db, stage, "Checkout");
  emb_test_add_touchpoint (tdb->db, stage, "Delivery");
  emb_test_add_touchpoint (tdb->db, stage, "Returns desk");
  return tdb;
}

static void
import_ok (EmbDatabase     *db,
           GFile           *file,
           EmbImportFormat  format,
           const char      *kind,
           guint            added)
{
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { .format = format };
  guint a = 0, u = 0, s = 0;

  g_assert_true (emb_import_file (db, file, &options, NULL, report, &error));
  g_assert_no_error (error);
  emb_import_report_get_counts (report, kind, &a, &u, &s);
  g_assert_cmpuint (a, ==, added);
}

static void
test_finish (void)
{
  _emb_database_set_bulk_threshold (0);
  _emb_database_set_bulk_journal_bytes (0);
  _emb_feedback_store_set_fail_at_row (0);
}

/* The feedback CSV ------------------------------------------------------- */

/* The same files imported row by row and in bulk give the same derived
 * tables, equal to the counts of the rows; the schema stays as it was. */
static void
test_feedback_both_paths (void)
{
  g_autoptr(EmbTestDb) by_rows = journey_db_new ();
  g_autoptr(EmbTestDb) in_bulk = journey_db_new ();
  g_autoptr(GFile) first = write_feedback_csv (by_rows, "first.csv", 300, 1);
  g_autoptr(GFile) second = write_feedback_csv (by_rows, "second.csv", 400, 2);
  g_autoptr(GFile) third = write_feedback_csv (by_rows, "third.csv", 200, 3);
  g_autofree char *schema = schema_of (by_rows->db);
  g_autofree char *rows_days = NULL;
  g_autofree char *bulk_days = NULL;
  EmbTestDb *dbs[] = { by_rows, in_bulk };

  /* Row by row: 300 rows are under the default threshold. */
  import_ok (by_rows->db, first, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 300);
  import_ok (by_rows->db, second, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 400);
  import_ok (by_rows->db, third, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 200);

  /* In bulk: 300 rows into none, then 400 into 300; 200 into 700 go row
   * by row again. */
  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  g_assert_true (_emb_database_bulk_wanted (in_bulk->db, "feedback", 300));
  import_ok (in_bulk->db, first, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 300);
  g_assert_true (_emb_database_bulk_wanted (in_bulk->db, "feedback", 400));
  import_ok (in_bulk->db, second, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 400);
  g_assert_false (_emb_database_bulk_wanted (in_bulk->db, "feedback", 200));
  import_ok (in_bulk->db, third, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 200);

  for (guint i = 0; i < G_N_ELEMENTS (dbs); i++)
    {
      EmbDatabase *db = dbs[i]->db;
      g_autofree char *after = schema_of (db);

      g_assert_cmpint (count (db, "SELECT count(*) FROM feedback"), ==, 900);
      assert_derived_match (db);
      /* Every index and trigger is back, as it was written. */
      g_assert_cmpstr (after, ==, schema);
      /* New items get time-ordered UUIDs, in the order they were added. */
      g_assert_cmpint (count (db, "SELECT count(*) FROM feedback"
                                  " WHERE substr (uuid, 15, 1) <> '7'"), ==, 0);
      g_assert_cmpint (count (db, "SELECT count(*) FROM feedback a JOIN feedback b"
                                  " ON b.id = a.id + 1 WHERE b.uuid <= a.uuid"), ==, 0);
      g_assert_cmpint (count (db, "PRAGMA cache_size"), ==, -2000);
      g_assert_cmpint (count (db, "PRAGMA threads"), ==, 0);
      /* The full-text index keeps the settings it was created with. */
      g_assert_cmpint (count (db, "SELECT count(*) FROM feedback_fts_config"
                                  " WHERE k <> 'version'"), ==, 0);
    }

  rows_days = query_text (by_rows->db, "SELECT * FROM feedback_day ORDER BY 1, 2, 3");
  bulk_days = query_text (in_bulk->db, "SELECT * FROM feedback_day ORDER BY 1, 2, 3");
  g_assert_cmpstr (rows_days, ==, bulk_days);
  test_finish ();
}

/* An error in the writing pass, here at row 1,500 of 2,000, rolls back
 * everything: the rows, the derived tables, the dropped indexes. */
static void
assert_failed_import (EmbTestDb *tdb,
                      GFile     *file,
                      guint      fail_at)
{
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (tdb->db);
  g_autofree char *after = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_FEEDBACK_CSV };

  _emb_feedback_store_set_fail_at_row (fail_at);
  g_assert_false (emb_import_file (tdb->db, file, &options, NULL, report, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED);
  _emb_feedback_store_set_fail_at_row (0);

  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);
  assert_derived_match (tdb->db);
}

static void
test_feedback_failed (void)
{
  g_autoptr(EmbTestDb) tdb = journey_db_new ();
  g_autoptr(GFile) some = write_feedback_csv (tdb, "some.csv", 300, 4);
  g_autoptr(GFile) more = write_feedback_csv (tdb, "more.csv", 300, 6);
  g_autoptr(GFile) many = write_feedback_csv (tdb, "many.csv", 2000, 5);

  import_ok (tdb->db, some, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 300);

  /* Row by row, then in bulk. (Another file: the rows of one imported
   * before are known again, and skipped before they are written.) */
  assert_failed_import (tdb, more, 150);
  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  g_assert_true (_emb_database_bulk_wanted (tdb->db, "feedback", 2000));
  assert_failed_import (tdb, many, 1500);
  /* And at the very last row, after which the indexes would be built. */
  assert_failed_import (tdb, many, 2000);

  /* Nothing of the failed imports is left to hold the next one back. */
  import_ok (tdb->db, many, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 2000);
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM feedback"), ==, 2300);
  assert_derived_match (tdb->db);
  test_finish ();
}

static void
cancel_late (double   fraction,
             gpointer user_data)
{
  /* The checking pass ends at 0.4; the writing pass is well under way. */
  if (fraction >= 0.7)
    g_cancellable_cancel (user_data);
}

/* The journal of a large import ----------------------------------------- */

typedef struct
{
  EmbDatabase  *db;
  guint         n_calls;
  guint         n_wal;         /* calls that found the log in use */
  GCancellable *cancellable;   /* cancels late in the writing, when set */
} JournalWatch;

static void
watch_journal (double   fraction,
               gpointer user_data)
{
  JournalWatch *watch = user_data;

  /* While writing: the checking pass ends at 0.4. */
  if (fraction < 0.45 || fraction >= 1.)
    return;
  watch->n_calls++;
  watch->n_wal += _emb_database_get_journal_is_wal (watch->db);
  if (watch->cancellable != NULL && fraction >= 0.7)
    g_cancellable_cancel (watch->cancellable);
}

/* A large import that has the database to itself writes with a rollback
 * journal, and the log is back afterwards; with another connection open it
 * stays in the log. Either way the result is the same. */
static void
test_journal (void)
{
  g_autoptr(EmbTestDb) tdb = journey_db_new ();
  g_autoptr(GFile) first = write_feedback_csv (tdb, "first.csv", 3000, 11);
  g_autoptr(GFile) second = write_feedback_csv (tdb, "second.csv", 3000, 12);
  g_autoptr(EmbDatabase) other = NULL;
  g_autofree char *journal = NULL;
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_FEEDBACK_CSV };
  JournalWatch watch = { .db = tdb->db };

  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  _emb_database_set_bulk_journal_bytes (1024);
  g_assert_true (_emb_database_get_journal_is_wal (tdb->db));
  options.progress = watch_journal;
  options.progress_data = &watch;
  g_assert_true (emb_import_file (tdb->db, first, &options, NULL, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watch.n_calls, >, 0);
  g_assert_cmpuint (watch.n_wal, ==, 0);
  g_assert_true (_emb_database_get_journal_is_wal (tdb->db));
  journal = g_strconcat (tdb->path, "-journal", NULL);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));

  /* Another connection on the file: the import does not wait for it. */
  other = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (other, "SELECT count(*) FROM feedback"), ==, 3000);
  watch.n_calls = watch.n_wal = 0;
  g_assert_true (emb_import_file (tdb->db, second, &options, NULL, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watch.n_calls, >, 0);
  g_assert_cmpuint (watch.n_wal, ==, watch.n_calls);
  g_assert_true (_emb_database_get_journal_is_wal (tdb->db));
  g_assert_cmpint (count (other, "SELECT count(*) FROM feedback"), ==, 6000);

  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM feedback"), ==, 6000);
  assert_derived_match (tdb->db);
  {
    g_autofree char *check = query_text (tdb->db, "PRAGMA integrity_check");

    g_assert_cmpstr (check, ==, "ok\n");
  }
  test_finish ();
}

/* Cancelled while writing (several chunks of the reader in, so between
 * rows), with a rollback journal or in the log: nothing changed, and the
 * log is back. */
static void
test_feedback_cancelled (gconstpointer data)
{
  gboolean journal = GPOINTER_TO_INT (data);
  g_autoptr(EmbTestDb) tdb = journey_db_new ();
  g_autoptr(GFile) some = write_feedback_csv (tdb, "some.csv", 100, 6);
  g_autoptr(GFile) many = write_feedback_csv (tdb, "many.csv", 5000, 7);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_FEEDBACK_CSV };
  JournalWatch watch = { .db = tdb->db, .cancellable = cancellable };
  GStatBuf st;

  import_ok (tdb->db, some, EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback", 100);
  g_assert_cmpint (g_stat (g_file_peek_path (many), &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 3 * 64 * 1024);

  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  if (journal)
    _emb_database_set_bulk_journal_bytes (1024);
  before = snapshot (tdb->db);
  options.progress = watch_journal;
  options.progress_data = &watch;
  g_assert_false (emb_import_file (tdb->db, many, &options, cancellable, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  g_assert_cmpuint (watch.n_calls, >, 0);
  g_assert_cmpuint (watch.n_wal, ==, journal ? 0 : watch.n_calls);
  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (_emb_database_get_journal_is_wal (tdb->db));
  test_finish ();
}

/* The roster ------------------------------------------------------------- */

static GFile *
write_roster_csv (EmbTestDb  *tdb,
                  guint       first,
                  guint       n)
{
  g_autoptr(GString) csv = g_string_new ("Employee ID,Name,Email,Department,Job Title,Status\r\n");
  g_autofree char *name = g_strdup_printf ("roster-%u.csv", first);
  g_autofree char *path = g_build_filename (tdb->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = first; i < first + n; i++)
    g_string_append_printf (csv, "E%05u,Person %u,person%u@example.com,Department %u,Role %u,%s\r\n",
                            i, i, i, i % 4, i % 3, i % 10 == 0 ? "Inactive" : "Active");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_roster (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) first = write_roster_csv (tdb, 0, 200);
  g_autoptr(GFile) second = write_roster_csv (tdb, 100, 300);
  g_autofree char *schema = schema_of (tdb->db);
  g_autofree char *after = NULL;

  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  g_assert_true (_emb_database_bulk_wanted (tdb->db, "employee", 200));
  import_ok (tdb->db, first, EMB_IMPORT_FORMAT_ROSTER_CSV, "employee", 200);
  /* 200 more (and 100 updated) into 200: in bulk again. */
  g_assert_true (_emb_database_bulk_wanted (tdb->db, "employee", 200));
  import_ok (tdb->db, second, EMB_IMPORT_FORMAT_ROSTER_CSV, "employee", 200);

  after = schema_of (tdb->db);
  g_assert_cmpstr (after, ==, schema);
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM employee"), ==, 400);
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM employee WHERE active = 0"), ==, 40);
  {
    g_autofree char *check = query_text (tdb->db, "PRAGMA integrity_check");

    g_assert_cmpstr (check, ==, "ok\n");
  }
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM employee"
                                   " WHERE substr (uuid, 15, 1) <> '7'"), ==, 0);
  test_finish ();
}

/* A roster cancelled while its employees are written in bulk: nothing. */
static void
test_roster_cancelled (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) first = write_roster_csv (tdb, 0, 100);
  g_autoptr(GFile) many = write_roster_csv (tdb, 1000, 5000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_ROSTER_CSV };
  GStatBuf st;

  import_ok (tdb->db, first, EMB_IMPORT_FORMAT_ROSTER_CSV, "employee", 100);
  g_assert_cmpint (g_stat (g_file_peek_path (many), &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 3 * 64 * 1024);

  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  g_assert_true (_emb_database_bulk_wanted (tdb->db, "employee", 5000));
  before = snapshot (tdb->db);
  options.progress = cancel_late;
  options.progress_data = cancellable;
  g_assert_false (emb_import_file (tdb->db, many, &options, cancellable, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);
  test_finish ();
}

/* The bundle -------------------------------------------------------------- */

static GFile *
export_demo (EmbTestDb *demo)
{
  g_autofree char *path = g_build_filename (demo->dir, "demo.embassy.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_bundle_export (demo->db, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

/* The demo's bundle imported row by row and in bulk: the same derived
 * tables, equal to the counts of the rows, and the schema of a fresh
 * database. */
static void
test_bundle_both_paths (void)
{
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) by_rows = emb_test_db_new ();
  g_autoptr(EmbTestDb) in_bulk = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  g_autofree char *schema = schema_of (by_rows->db);
  gint64 n_feedback = count (demo->db, "SELECT count(*) FROM feedback");
  gint64 n_nominations = count (demo->db, "SELECT count(*) FROM nomination");
  const char *derived[] = {
    "SELECT * FROM feedback_day WHERE " SUM_SCORES " + complaints > 0 ORDER BY 1, 2, 3",
    "SELECT * FROM nomination_count WHERE n <> 0 ORDER BY 1",
    "SELECT * FROM nomination_day WHERE n <> 0 ORDER BY 1, 2, 3",
    "SELECT id, department_id FROM nomination ORDER BY 1",
  };

  g_assert_cmpint (n_nominations, >, BULK_THRESHOLD);
  g_assert_cmpint (n_feedback, >, BULK_THRESHOLD);
  import_ok (by_rows->db, bundle, EMB_IMPORT_FORMAT_BUNDLE, "nomination", n_nominations);
  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  import_ok (in_bulk->db, bundle, EMB_IMPORT_FORMAT_BUNDLE, "nomination", n_nominations);

  for (guint i = 0; i < G_N_ELEMENTS (derived); i++)
    {
      g_autofree char *rows = query_text (by_rows->db, derived[i]);
      g_autofree char *bulk = query_text (in_bulk->db, derived[i]);

      g_assert_cmpstr (rows, ==, bulk);
    }
  assert_derived_match (by_rows->db);
  assert_derived_match (in_bulk->db);
  {
    g_autofree char *after = schema_of (in_bulk->db);

    g_assert_cmpstr (after, ==, schema);
  }
  g_assert_cmpint (count (in_bulk->db, "SELECT count(*) FROM feedback"), ==, n_feedback);
  g_assert_cmpint (count (in_bulk->db, "PRAGMA cache_size"), ==, -2000);
  g_assert_cmpint (count (in_bulk->db, "SELECT count(*) FROM nomination_fts_config"
                                       " WHERE k <> 'version'"), ==, 0);
  test_finish ();
}

/* A copy of the demo's bundle @bundle named @name, with its array
 * @member changed by @edit. */
typedef void (*EditFunc) (JsonArray *array,
                          gpointer   data);

static GFile *
edit_bundle (EmbTestDb  *demo,
             GFile      *bundle,
             const char *name,
             const char *member,
             EditFunc    edit,
             gpointer    data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *path = g_build_filename (demo->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_file (parser, g_file_peek_path (bundle), &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  edit (json_object_get_array_member (root, member), data);

  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* The nominees of the nominations that name an employee passed on to the
 * next such nomination: most move department. */
static void
pass_nominees_on (JsonArray *nominations,
                  gpointer   data)
{
  g_autoptr(GPtrArray) named = g_ptr_array_new ();
  g_autofree char *first = NULL;

  for (guint i = 0; i < json_array_get_length (nominations); i++)
    {
      JsonObject *nomination = json_array_get_object_element (nominations, i);

      if (json_object_get_string_member_with_default (nomination, "nominee_employee",
                                                      NULL) != NULL)
        g_ptr_array_add (named, nomination);
    }
  g_assert_cmpuint (named->len, >, 2);
  first = g_strdup (json_object_get_string_member (named->pdata[0], "nominee_employee"));
  for (guint i = 0; i + 1 < named->len; i++)
    json_object_set_string_member (named->pdata[i], "nominee_employee",
                                   json_object_get_string_member (named->pdata[i + 1],
                                                                  "nominee_employee"));
  json_object_set_string_member (named->pdata[named->len - 1], "nominee_employee", first);
}

/* Every NPS answer scored one lower (0 stays 0), and every item of the
 * first touchpoint made a complaint. */
static void
rescore_feedback (JsonArray *feedback,
                  gpointer   data)
{
  const char *touchpoint = NULL;
  guint changed = 0;

  for (guint i = 0; i < json_array_get_length (feedback); i++)
    {
      JsonObject *item = json_array_get_object_element (feedback, i);
      const char *at = json_object_get_string_member_with_default (item, "touchpoint", NULL);

      if (g_strcmp0 (json_object_get_string_member (item, "score_type"), "nps") == 0 &&
          json_object_get_int_member (item, "score") > 0)
        {
          json_object_set_int_member (item, "score", json_object_get_int_member (item, "score") - 1);
          changed++;
        }
      if (touchpoint == NULL)
        touchpoint = at;
      if (at != NULL && g_strcmp0 (at, touchpoint) == 0)
        json_object_set_string_member (item, "kind", "complaint");
    }
  g_assert_cmpuint (changed, >, 0);
}

/* A bulk re-import that updates items: the bulk write keeps what the
 * triggers it suspends would have kept, for the items it adds (into an
 * empty table) and for those it changes: the nominations' departments
 * (which the import writes itself), feedback_day (which it counts while
 * it only adds items, and has rebuilt once it has changed one). */
typedef struct
{
  const char *kind;
  const char *member;      /* of the bundle */
  EditFunc    edit;
  const char *derived;     /* a query of what the triggers keep */
} BulkUpdate;

static const BulkUpdate nominees_moved = {
  "nomination", "nominations", pass_nominees_on,
  "SELECT id, department_id FROM nomination ORDER BY 1",
};

static const BulkUpdate feedback_rescored = {
  "feedback", "feedback", rescore_feedback,
  "SELECT * FROM feedback_day WHERE " SUM_SCORES " + complaints > 0 ORDER BY 1, 2, 3",
};

static void
test_bundle_bulk_update (gconstpointer data)
{
  const BulkUpdate *update = data;
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  g_autoptr(GFile) edited = edit_bundle (demo, bundle, "edited.embassy.json", update->member,
                                         update->edit, NULL);
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_BUNDLE };
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", update->kind);
  gint64 n_items = count (demo->db, count_sql);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint added = 1, updated = 0, skipped = 0;

  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  import_ok (tdb->db, bundle, EMB_IMPORT_FORMAT_BUNDLE, update->kind, n_items);
  assert_derived_match (tdb->db);
  before = query_text (tdb->db, update->derived);

  g_assert_true (_emb_database_bulk_wanted (tdb->db, update->kind, n_items));
  g_assert_true (emb_import_file (tdb->db, edited, &options, NULL, report, &error));
  g_assert_no_error (error);
  emb_import_report_get_counts (report, update->kind, &added, &updated, &skipped);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, >, 2);
  assert_derived_match (tdb->db);
  after = query_text (tdb->db, update->derived);
  g_assert_cmpstr (before, !=, after);
  test_finish ();
}

/* The last nomination made wrong (its value is no value): refused after
 * every nomination before it was written in bulk. */
static void
spoil_last_nomination (JsonArray *nominations,
                       gpointer   data)
{
  JsonObject *last = json_array_get_object_element (nominations,
                                                    json_array_get_length (nominations) - 1);

  json_object_set_string_member (last, "value", "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90");
}

/* The UUID of nomination @from given to nomination @to as well. */
typedef struct
{
  guint  from;
  guint  to;
  char  *uuid;
} CopyUuid;

static void
copy_nomination_uuid (JsonArray *nominations,
                      gpointer   data)
{
  CopyUuid *copy = data;

  copy->uuid = g_strdup (json_object_get_string_member (
    json_array_get_object_element (nominations, copy->from), "uuid"));
  json_object_set_string_member (json_array_get_object_element (nominations, copy->to), "uuid",
                                 copy->uuid);
}

/* Nothing refers to a nomination, so the import keeps none of them in
 * memory and asks the database: a UUID used twice in the file is still
 * found, whether the first use added a nomination or updated one that was
 * there, and named by the element that used it first. */
static void
test_bundle_duplicate_uuids (void)
{
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  CopyUuid copy = { 2, 7, NULL };
  g_autoptr(GFile) twice = edit_bundle (demo, bundle, "twice.embassy.json", "nominations",
                                        copy_nomination_uuid, &copy);
  g_autofree char *uuid = copy.uuid;
  g_autofree char *message = g_strdup_printf ("The UUID %s is already used by $.nominations[2].",
                                              uuid);
  gint64 n_nominations = count (demo->db, "SELECT count(*) FROM nomination");

  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(EmbImportReport) report = emb_import_report_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *before = snapshot (tdb->db);
      g_autofree char *after = NULL;
      EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_BUNDLE };
      const EmbImportProblem *problem;

      /* Into an empty database in bulk, row by row, then into one that has
       * every nomination already. */
      _emb_database_set_bulk_threshold (round == 0 ? BULK_THRESHOLD : 0);
      if (round == 2)
        {
          import_ok (tdb->db, bundle, EMB_IMPORT_FORMAT_BUNDLE, "nomination", n_nominations);
          g_clear_pointer (&before, g_free);
          before = snapshot (tdb->db);
        }

      g_assert_false (emb_import_file (tdb->db, twice, &options, NULL, report, &error));
      g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
      g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 1);
      problem = emb_import_report_get_problem (report, 0);
      g_assert_cmpstr (problem->path, ==, "$.nominations[7].uuid");
      g_assert_cmpstr (problem->field, ==, "uuid");
      g_assert_cmpstr (problem->message, ==, message);
      after = snapshot (tdb->db);
      g_assert_cmpstr (before, ==, after);
    }

  /* The same file twice: every nomination is there, none is added. */
  {
    g_autoptr(EmbImportReport) report = emb_import_report_new ();
    g_autoptr(GError) error = NULL;
    EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_BUNDLE };
    guint added = 1, updated = 1, skipped = 0;

    g_assert_true (emb_import_file (tdb->db, bundle, &options, NULL, report, &error));
    g_assert_no_error (error);
    emb_import_report_get_counts (report, "nomination", &added, &updated, &skipped);
    g_assert_cmpuint (added, ==, 0);
    g_assert_cmpuint (updated, ==, 0);
    g_assert_cmpuint (skipped, ==, n_nominations);
    g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM nomination"), ==, n_nominations);
  }
  test_finish ();
}

static void
cancel_halfway (double   fraction,
                gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_bundle_failed_and_cancelled (void)
{
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  g_autoptr(GFile) spoilt = edit_bundle (demo, bundle, "spoilt.embassy.json", "nominations",
                                         spoil_last_nomination, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EmbImportReport) refused = emb_import_report_new ();
  g_autoptr(EmbImportReport) cancelled = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_BUNDLE };

  _emb_database_set_bulk_threshold (BULK_THRESHOLD);
  before = snapshot (tdb->db);

  g_assert_false (emb_import_file (tdb->db, spoilt, &options, NULL, refused, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
  g_assert_cmpuint (emb_import_report_get_n_problems (refused), ==, 1);
  g_assert_true (g_str_has_prefix (emb_import_report_get_problem (refused, 0)->path,
                                   "$.nominations["));
  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);

  options.progress = cancel_halfway;
  options.progress_data = cancellable;
  g_assert_false (emb_import_file (tdb->db, bundle, &options, cancellable, cancelled, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);

  /* And a dry run in bulk writes nothing either. */
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  {
    g_autoptr(EmbImportReport) dry = emb_import_report_new ();
    EmbImportOptions dry_run = { .format = EMB_IMPORT_FORMAT_BUNDLE, .dry_run = TRUE };

    g_assert_true (emb_import_file (tdb->db, bundle, &dry_run, NULL, dry, &error));
    g_assert_no_error (error);
  }
  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);
  test_finish ();
}

/* The safety net ----------------------------------------------------------- */

static gboolean
begin_without_finishing (EmbDatabase  *db,
                         gpointer      data,
                         GError      **error)
{
  g_autoptr(EmbBulk) bulk = _emb_database_bulk_begin (db, "feedback", FALSE, error);

  g_assert_nonnull (bulk);
  return TRUE;
}

/* A transaction whose bulk write was not finished does not commit: its
 * table would lack its indexes and triggers. */
static void
test_unfinished_refused (void)
{
  g_autoptr(EmbTestDb) tdb = journey_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (tdb->db);
  g_autofree char *after = NULL;

  g_assert_false (emb_database_transaction (tdb->db, begin_without_finishing, NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED);

  after = snapshot (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
check_during_bulk (EmbDatabase  *db,
                   gpointer      data,
                   GError      **error)
{
  gboolean looks_up = GPOINTER_TO_INT (data);
  g_autoptr(EmbBulk) bulk = _emb_database_bulk_begin (db, "feedback", looks_up, error);

  g_assert_nonnull (bulk);
  /* Dropped: the triggers of derived data and the secondary indexes, even
   * those the rows come in the order of. Kept: the unique index (a
   * constraint), a trigger bulk mode does not know, and for an import that
   * looks items up, the indexes it looks them up by. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                              " ('feedback_fts_insert', 'feedback_day_update',"
                              " 'feedback_by_received', 'feedback_by_kind', 'feedback_by_score',"
                              " 'feedback_by_touchpoint', 'feedback_by_follow_up',"
                              " 'feedback_by_assignee')"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                              " ('feedback_test_unique', 'feedback_test_trigger')"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                              " ('feedback_by_source_id', 'feedback_by_content')"),
                   ==, looks_up ? 2 : 0);
  return _emb_database_bulk_finish (bulk, error);
}

/* What a bulk write drops while it writes, and that it puts it back. */
static void
test_dropped_and_kept (void)
{
  g_autoptr(EmbTestDb) tdb = journey_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_true (_emb_database_exec (tdb->db,
    "CREATE UNIQUE INDEX feedback_test_unique ON feedback (customer_ref, uuid);"
    "CREATE TABLE test_log (n INTEGER);"
    "CREATE TRIGGER feedback_test_trigger AFTER INSERT ON feedback BEGIN"
    "  INSERT INTO test_log VALUES (1);"
    "END;", &error));
  g_assert_no_error (error);
  before = schema_of (tdb->db);
  for (int looks_up = FALSE; looks_up <= TRUE; looks_up++)
    {
      g_autofree char *after = NULL;

      g_assert_true (emb_database_transaction (tdb->db, check_during_bulk,
                                               GINT_TO_POINTER (looks_up), &error));
      g_assert_no_error (error);
      after = schema_of (tdb->db);
      g_assert_cmpstr (before, ==, after);
    }
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/bulk/feedback-csv/both-paths", test_feedback_both_paths);
  g_test_add_func ("/bulk/feedback-csv/failed", test_feedback_failed);
  g_test_add_data_func ("/bulk/feedback-csv/cancelled", GINT_TO_POINTER (FALSE),
                        test_feedback_cancelled);
  g_test_add_func ("/bulk/journal", test_journal);
  g_test_add_data_func ("/bulk/journal-cancelled", GINT_TO_POINTER (TRUE),
                        test_feedback_cancelled);
  g_test_add_func ("/bulk/roster", test_roster);
  g_test_add_func ("/bulk/roster-cancelled", test_roster_cancelled);
  g_test_add_func ("/bulk/bundle/both-paths", test_bundle_both_paths);
  g_test_add_func ("/bulk/bundle/failed-and-cancelled", test_bundle_failed_and_cancelled);
  g_test_add_func ("/bulk/bundle/duplicate-uuids", test_bundle_duplicate_uuids);
  g_test_add_data_func ("/bulk/bundle/nominees-moved", &nominees_moved,
                        test_bundle_bulk_update);
  g_test_add_data_func ("/bulk/bundle/feedback-rescored", &feedback_rescored,
                        test_bundle_bulk_update);
  g_test_add_func ("/bulk/unfinished-refused", test_unfinished_refused);
  g_test_add_func ("/bulk/dropped-and-kept", test_dropped_and_kept);

  return g_test_run ();
}
