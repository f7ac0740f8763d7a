/* test-csv-one-pass.c: a feedback export checked and written in one pass
 *
 * The checking pass of a feedback export writes each row as it checks it
 * (emb-csv-import.c, "One pass") until a row's writing depends on what later
 * rows tell; then it only checks, and the writing pass follows. Each file
 * here is imported both ways (one pass allowed, and not) into databases
 * alike: the items, their derived per-day counts and the report must be the
 * same, and the way taken the one expected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-csv-test-util.h"
#include "emb-database-private.h"
#include "emb-import.h"
#include "emb-test-util.h"

typedef struct
{
  gboolean  ok;
  gboolean  one_pass;
  guint     added;
  guint     skipped;
  guint     rejected;
  char     *rows;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->rows, g_free);
}

/* Every row of @sql, one line each. */
static char *
rows_of (EmbDatabase *db,
         const char  *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_emb_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, i) == SQLITE_NULL
                                            ? "NULL" : (const char *)sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static EmbTestDb *
journey_db_new (void)
{
  EmbTestDb *tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage (tdb->db, "Purchase");

  emb_test_add_touchpoint (tdb->db, stage, "Checkout");
  emb_test_add_touchpoint (tdb->db, stage, "Delivery");
  return tdb;
}

/* Imports @csv (written as survey.csv) into @tdb, one pass allowed or not. */
static void
import_csv (EmbTestDb  *tdb,
            const char *csv,
            gboolean    one_pass,
            gboolean    skip_invalid,
            Outcome    *outcome)
{
  g_autofree char *path = g_build_filename (tdb->dir, "survey.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_FEEDBACK_CSV };
  g_autofree char *items = NULL;
  g_autofree char *days = NULL;
  g_autofree char *check = NULL;
  guint updated = 0;

  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  g_assert_no_error (error);
  options.skip_invalid = skip_invalid;
  _emb_csv_import_set_one_pass (one_pass);
  outcome->ok = emb_import_file (tdb->db, file, &options, NULL, report, &error);
  _emb_csv_import_set_one_pass (TRUE);
  if (!outcome->ok)
    g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
  outcome->one_pass = outcome->ok && _emb_csv_import_was_one_pass ();
  emb_import_report_get_counts (report, "feedback", &outcome->added, &updated,
                                &outcome->skipped);
  outcome->rejected = emb_import_report_get_n_rejected (report);
  items = rows_of (tdb->db,
                   "SELECT received_at, channel, touchpoint_id, kind, score_type, score, text,"
                   " customer_ref, source, source_id, category, triage FROM feedback ORDER BY id");
  days = rows_of (tdb->db, "SELECT * FROM feedback_day ORDER BY 1, 2, 3");
  /* Every index holds the rows of its table */
  check = rows_of (tdb->db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok|\n");
  g_free (outcome->rows);
  outcome->rows = g_strconcat (items, "== days\n", days, NULL);
}

/* Imports @csv both ways into new databases (after @before, if any):
 * the same outcome; returns the one-pass one. */
static void
import_both_ways (const char *before,
                  const char *csv,
                  gboolean    skip_invalid,
                  Outcome    *outcome)
{
  g_autoptr(EmbTestDb) one = journey_db_new ();
  g_autoptr(EmbTestDb) two = journey_db_new ();
  Outcome first = { 0 }, other = { 0 };

  if (before != NULL)
    {
      import_csv (one, before, TRUE, FALSE, &first);
      import_csv (two, before, FALSE, FALSE, &other);
      g_assert_true (first.ok && other.ok);
    }
  import_csv (one, csv, TRUE, skip_invalid, outcome);
  import_csv (two, csv, FALSE, skip_invalid, &other);

  g_assert_false (other.one_pass);
  g_assert_cmpint (outcome->ok, ==, other.ok);
  g_assert_cmpuint (outcome->added, ==, other.added);
  g_assert_cmpuint (outcome->skipped, ==, other.skipped);
  g_assert_cmpuint (outcome->rejected, ==, other.rejected);
  g_assert_cmpstr (outcome->rows, ==, other.rows);
  outcome_clear (&first);
  outcome_clear (&other);
}

#define HEADER "Submitted at,Touchpoint,Feedback type,Survey type,Score,Comment\r\n"

/* A clean export: written as it is checked. */
static void
test_written_in_one_pass (void)
{
  Outcome outcome = { 0 };

  import_both_ways (NULL,
                    HEADER
                    "2024-03-01 09:10,Checkout,Survey,NPS,9,Quick and friendly\r\n"
                    "2024-03-01 11:00,Delivery,Complaint,,,Parcel came late\r\n"
                    "2024-03-01 12:00,Checkout,,,,\r\n"
                    "2024-03-02 08:30,Returns,Survey,CSAT,2,Nobody at the desk\r\n"
                    "2024-03-02 17:45,,Praise,,,Lovely staff\r\n",
                    FALSE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_true (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 4);
  g_assert_cmpuint (outcome.skipped, ==, 1);
  /* The category that names no touchpoint waits for triage */
  g_assert_nonnull (strstr (outcome.rows, "|Returns|1|"));
  outcome_clear (&outcome);
}

/* Scores whose scale only the whole column tells: checked first. */
static void
test_scale_by_values (void)
{
  Outcome outcome = { 0 };

  import_both_ways (NULL,
                    "Submitted at,Touchpoint,Score,Comment\r\n"
                    "2024-03-01 09:10,Checkout,4,Fine\r\n"
                    "2024-03-01 10:10,Checkout,5,Great\r\n"
                    "2024-03-01 11:10,Delivery,1,Poor\r\n",
                    FALSE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_false (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 3);
  g_assert_nonnull (strstr (outcome.rows, "|csat|5|Great|"));
  outcome_clear (&outcome);
}

/* Dates that read both ways until a later row proves them month first. */
static void
test_dates_told_late (void)
{
  g_autoptr(GString) csv = g_string_new (HEADER);
  Outcome outcome = { 0 };

  /* Past the first rows, which would tell the order before the pass. */
  for (guint i = 0; i < 250; i++)
    g_string_append_printf (csv, "03/04/2024 %02u:%02u,Checkout,Survey,NPS,%u,Row %u\r\n",
                            i / 60 % 24, i % 60, i % 11, i);
  g_string_append (csv, "03/25/2024 10:00,Delivery,Survey,NPS,7,Month first\r\n");
  import_both_ways (NULL, csv->str, FALSE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_false (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 251);
  /* 4 March, not 3 April */
  g_assert_nonnull (strstr (outcome.rows, "2024-03-04T00:00"));
  g_assert_null (strstr (outcome.rows, "2024-04-03"));
  outcome_clear (&outcome);
}

/* An id column that turns out to be no key: every row is written, without
 * its id. */
static void
test_ids_no_key (void)
{
  Outcome outcome = { 0 };

  import_both_ways (NULL,
                    "Response ID," HEADER
                    "5.70306E+17,2024-03-01 09:10,Checkout,Survey,NPS,9,First\r\n"
                    "R2,2024-03-01 10:10,Checkout,Survey,NPS,8,Second\r\n"
                    "5.70306E+17,2024-03-01 11:10,Delivery,Survey,NPS,3,Third\r\n",
                    FALSE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_false (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 3);
  g_assert_null (strstr (outcome.rows, "5.70306E+17"));
  outcome_clear (&outcome);
}

/* An id repeated with the same content (a repeated row of the export):
 * written once, in one pass. */
static void
test_ids_repeated (void)
{
  Outcome outcome = { 0 };

  import_both_ways (NULL,
                    "Response ID," HEADER
                    "R1,2024-03-01 09:10,Checkout,Survey,NPS,9,First\r\n"
                    "R2,2024-03-01 10:10,Checkout,Survey,NPS,8,Second\r\n"
                    "R1,2024-03-01 09:10,Checkout,Survey,NPS,9,First\r\n",
                    FALSE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_true (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 2);
  g_assert_cmpuint (outcome.skipped, ==, 1);
  outcome_clear (&outcome);
}

/* The same export again: what it adds depends on the items imported
 * before, so it is checked first; nothing is added twice. */
static void
test_reimport (void)
{
  const char *csv = HEADER
                    "2024-03-01 09:10,Checkout,Survey,NPS,9,Quick\r\n"
                    "2024-03-01 11:00,Delivery,Complaint,,,Late\r\n";
  const char *more = HEADER
                     "2024-03-01 09:10,Checkout,Survey,NPS,9,Quick\r\n"
                     "2024-03-01 11:00,Delivery,Complaint,,,Late\r\n"
                     "2024-03-03 12:00,Delivery,Praise,,,On time\r\n";
  Outcome outcome = { 0 };

  import_both_ways (csv, more, FALSE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_false (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 1);
  g_assert_cmpuint (outcome.skipped, ==, 2);
  outcome_clear (&outcome);
}

/* A bad row after many written: the whole file is refused, nothing is
 * written; with skip_invalid the others are, in one pass. */
static void
test_bad_row_late (void)
{
  g_autoptr(GString) csv = g_string_new (HEADER);
  Outcome outcome = { 0 };

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (csv, "2024-03-%02u 10:00,Checkout,Survey,NPS,%u,Row %u\r\n",
                            1 + i / 20, i % 11, i);
  g_string_append (csv, "2024-03-20 10:00,Checkout,Survey,NPS,12,Out of range\r\n");
  g_string_append (csv, "2024-03-21 10:00,Checkout,Survey,NPS,10,After it\r\n");

  import_both_ways (NULL, csv->str, FALSE, &outcome);
  g_assert_false (outcome.ok);
  g_assert_cmpstr (outcome.rows, ==, "== days\n");
  outcome_clear (&outcome);

  import_both_ways (NULL, csv->str, TRUE, &outcome);
  g_assert_true (outcome.ok);
  g_assert_true (outcome.one_pass);
  g_assert_cmpuint (outcome.added, ==, 301);
  g_assert_cmpuint (outcome.rejected, ==, 1);
  g_assert_null (strstr (outcome.rows, "Out of range"));
  outcome_clear (&outcome);
}

/* Many rows, written in bulk in one pass: the same as row by row, in time
 * order (the indexes ordered by time kept as the rows come) or not (built
 * at the end). */
static void
test_bulk (void)
{
  static const char * const kinds[] = { "Survey", "Complaint", "Praise" };

  for (guint order = 0; order < 2; order++)
    {
      g_autoptr(GString) csv = g_string_new (HEADER);
      Outcome outcome = { 0 };

      for (guint i = 0; i < 600; i++)
        g_string_append_printf (csv, "2024-03-%02u %02u:%02u,%s,%s,%s,%s,Row %u\r\n",
                                1 + (order == 0 ? i : i * 7 % 600) / 30, i % 30 / 2, i % 60,
                                i % 3 == 0 ? "" : i % 3 == 1 ? "Checkout" : "Delivery",
                                kinds[i % 3], i % 3 == 0 ? "CES" : "", i % 3 == 0 ? "4" : "", i);
      _emb_database_set_bulk_threshold (100);
      import_both_ways (NULL, csv->str, FALSE, &outcome);
      _emb_database_set_bulk_threshold (0);
      g_assert_true (outcome.ok);
      g_assert_true (outcome.one_pass);
      g_assert_cmpuint (outcome.added, ==, 600);
      outcome_clear (&outcome);
    }
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);
  /* The suite runs it again with every file read on a thread of its own. */
  if (g_getenv ("EMB_TEST_READING_THREAD") != NULL)
    _emb_csv_set_reading_thread_bytes (1);

  g_test_add_func ("/import/csv/one-pass/written", test_written_in_one_pass);
  g_test_add_func ("/import/csv/one-pass/scale-by-values", test_scale_by_values);
  g_test_add_func ("/import/csv/one-pass/dates-told-late", test_dates_told_late);
  g_test_add_func ("/import/csv/one-pass/ids-no-key", test_ids_no_key);
  g_test_add_func ("/import/csv/one-pass/ids-repeated", test_ids_repeated);
  g_test_add_func ("/import/csv/one-pass/reimport", test_reimport);
  g_test_add_func ("/import/csv/one-pass/bad-row-late", test_bad_row_late);
  g_test_add_func ("/import/csv/one-pass/bulk", test_bulk);

  return g_test_run ();
}
