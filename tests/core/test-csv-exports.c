/* test-csv-exports.c: real exports as they come
 *
 * Rosters and feedback as HR systems, spreadsheets and monitoring tools
 * write them (tests/data/csv/README says which tool each fixture
 * imitates): statuses by meaning in three languages, sentiment labels and
 * star ratings, times with dots and a 12-hour clock, US dates, code pages
 * told from the bytes, ids in scientific notation, repeated rows, and the
 * rows refused alone with skip_invalid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "emb-csv-import.h"
#include "emb-csv-test-util.h"
#include "emb-feedback-store.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-test-util.h"

static void
assert_status (EmbDatabase *db,
               const char  *number,
               gboolean     active,
               gboolean     on_leave)
{
  g_autoptr(EmbEmployee) e = employee (db, number);

  g_test_message ("%s", number);
  g_assert_cmpint (emb_employee_get_active (e), ==, active);
  g_assert_cmpint (emb_employee_get_on_leave (e), ==, on_leave);
}

static const EmbImportProblem *
only_problem (EmbImportReport *report)
{
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 1);
  return emb_import_report_get_problem (report, 0);
}

/* Statuses by meaning ------------------------------------------------------ */

static void
test_us_hris_export (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(EmbEmployee) id = NULL;

  /* WINDOWS-1252, told from the bytes even on a Polish desktop; CRLF;
   * month-first dates proven by 10/23/2013; José's second row repeats the
   * first with the department blank, Hélène's with the status padded by a
   * no-break space. */
  g_setenv ("LANGUAGE", "pl_PL", TRUE);
  report = import_ok (tdb->db, "roster-hris-us.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_unsetenv ("LANGUAGE");
  assert_counts (report, "employee", 8, 0, 0);

  assert_employee (tdb->db, "10026", "García, José", NULL, "Production",
                   "Production Technician I", NULL, "2011-07-05", TRUE);
  assert_employee (tdb->db, "10069", "Lefèvre, Hélène", NULL, "Sales",
                   "Sales Manager – “Key Accounts”", NULL, "2014-11-10", TRUE);
  assert_employee (tdb->db, "10196", "O’Brien, Siobhán", NULL, "Production", NULL, NULL,
                   "2013-10-23", TRUE);
  assert_employee (tdb->db, "10088", "Muñoz, Zoë", NULL, "Sales", NULL, NULL, "2012-02-05",
                   FALSE);
  assert_employee (tdb->db, "10010", "Lindqvist, Åke", NULL, NULL, NULL, NULL, "1990-06-01",
                   FALSE);
  assert_employee (tdb->db, "10011", "Søndergaard, Nicolò", NULL, NULL, NULL, NULL, NULL, FALSE);

  assert_status (tdb->db, "10026", TRUE, FALSE);    /* Active */
  assert_status (tdb->db, "10084", FALSE, FALSE);   /* Voluntarily Terminated */
  assert_status (tdb->db, "10196", TRUE, TRUE);     /* Leave of Absence */
  assert_status (tdb->db, "10088", FALSE, FALSE);   /* Terminated for Cause */
  assert_status (tdb->db, "10010", FALSE, FALSE);   /* Retired */
  assert_status (tdb->db, "10011", FALSE, FALSE);   /* Deceased */

  /* A long number a spreadsheet wrote in scientific notation stays text */
  id = employee (tdb->db, "1.00235E+11");
  g_assert_cmpstr (emb_employee_get_employee_number (id), ==, "1.00235E+11");
  g_assert_cmpstr (emb_employee_get_name (id), ==, "Conceição, João");
}

static void
test_polish_export (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* WINDOWS-1250 and semicolons, on a desktop whose code page is 1252 */
  g_setenv ("LANGUAGE", "en_US", TRUE);
  report = import_ok (tdb->db, "roster-kadry-pl.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_unsetenv ("LANGUAGE");
  assert_counts (report, "employee", 7, 0, 0);

  assert_employee (tdb->db, "P003", "Łukasz Żółkiewski", NULL, "Obsługa klienta", "Konsultant",
                   NULL, "2020-01-02", TRUE);
  assert_status (tdb->db, "P001", TRUE, FALSE);    /* Zatrudniony */
  assert_status (tdb->db, "P002", FALSE, FALSE);   /* Zwolniona */
  assert_status (tdb->db, "P003", TRUE, TRUE);     /* Urlop bezpłatny */
  assert_status (tdb->db, "P004", FALSE, FALSE);   /* Rozwiązanie umowy */
  assert_status (tdb->db, "P005", FALSE, FALSE);   /* Emerytura */
  assert_status (tdb->db, "P006", TRUE, TRUE);     /* Urlop macierzyński */
  assert_status (tdb->db, "P007", FALSE, FALSE);   /* Odszedł */
}

static void
test_greek_export (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* WINDOWS-1253 without a Greek desktop; d/m/yyyy proven by 15/3/2018 */
  g_setenv ("LANGUAGE", "C", TRUE);
  report = import_ok (tdb->db, "roster-misthodosia-el.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_unsetenv ("LANGUAGE");
  assert_counts (report, "employee", 5, 0, 0);

  assert_employee (tdb->db, "1001", "Νίκος Παπαδόπουλος", NULL, "Πωλήσεις", "Σύμβουλος", NULL,
                   "2018-03-15", TRUE);
  assert_employee (tdb->db, "1002", NULL, NULL, NULL, NULL, NULL, "2009-11-02", FALSE);
  assert_status (tdb->db, "1001", TRUE, FALSE);    /* Ενεργός */
  assert_status (tdb->db, "1002", FALSE, FALSE);   /* Συνταξιοδότηση */
  assert_status (tdb->db, "1003", FALSE, FALSE);   /* Αποχώρηση */
  assert_status (tdb->db, "1004", FALSE, FALSE);   /* Απολύθηκε */
  assert_status (tdb->db, "1005", TRUE, TRUE);     /* Άδεια μητρότητας */
}

static void
test_on_leave_returns (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) second = NULL;
  g_autoptr(EmbImportReport) third = NULL;
  g_autofree char *path = g_build_filename (tdb->dir, "back.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  first = import_ok (tdb->db, "roster-padding.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_status (tdb->db, "E-78", TRUE, TRUE);

  /* Back from leave: the mark goes; the same file again changes nothing */
  g_assert_true (g_file_set_contents (path, "Employee ID,Status\nE-78,Active\n", -1, &error));
  g_assert_no_error (error);
  second = emb_import_report_new ();
  g_assert_true (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_ROSTER_CSV, NULL, NULL, second,
                                 &error));
  g_assert_no_error (error);
  assert_counts (second, "employee", 0, 1, 0);
  assert_status (tdb->db, "E-78", TRUE, FALSE);

  third = emb_import_report_new ();
  g_assert_true (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_ROSTER_CSV, NULL, NULL, third,
                                 &error));
  assert_counts (third, "employee", 0, 0, 1);
}

static void
test_padding (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* No-break spaces (U+00A0, U+2007, U+202F) and stray byte-order marks
   * around values are trimmed */
  report = import_ok (tdb->db, "roster-padding.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", 2, 0, 0);
  assert_employee (tdb->db, "E-77", "Pat Pad", NULL, NULL, NULL, NULL, "2020-02-01", TRUE);
  assert_employee (tdb->db, "E-78", "Pia Pad", NULL, NULL, NULL, NULL, "2020-02-02", TRUE);
}

static void
test_unknown_status (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  const EmbImportProblem *problem;

  /* A clear error naming line, column and value, and what is understood */
  report = import_refused (tdb->db, "roster-unknown-status.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                           NULL);
  problem = only_problem (report);
  assert_problem (report, 0, "roster-unknown-status.csv", 3, "Status");
  g_assert_nonnull (strstr (problem->message, "“Pending”"));
  g_assert_nonnull (strstr (problem->message, "Terminated"));
  g_assert_nonnull (strstr (problem->message, "Leave of absence"));
}

static void
test_code_pages (void)
{
  static const struct
  {
    const char *file;
    const char *language;
    const char *encoding;
  } cases[] = {
    { "roster-hris-us.csv", "pl_PL", "WINDOWS-1252" },
    { "roster-hris-us.csv", "el_GR", "WINDOWS-1252" },
    { "roster-kadry-pl.csv", "C", "WINDOWS-1250" },
    { "roster-kadry-pl.csv", "el_GR", "WINDOWS-1250" },
    { "roster-misthodosia-el.csv", "en_US", "WINDOWS-1253" },
    { "roster-misthodosia-el.csv", "pl_PL", "WINDOWS-1253" },
    { "roster-windows-1250.csv", "C", "WINDOWS-1250" },
    { "roster-windows-1253.csv", "C", "WINDOWS-1253" },
  };

  /* Told by the bytes, whatever the desktop's language */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = fixture (cases[i].file);
      g_autoptr(EmbCsvPreview) preview = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s in %s", cases[i].file, cases[i].language);
      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      g_assert_true (emb_csv_preview (NULL, file, EMB_IMPORT_FORMAT_AUTO, NULL, 2, NULL, &preview,
                                      &error));
      g_unsetenv ("LANGUAGE");
      g_assert_no_error (error);
      g_assert_cmpstr (preview->encoding, ==, cases[i].encoding);
      g_assert_true (preview->converted);
      g_assert_cmpint (preview->format, ==, EMB_IMPORT_FORMAT_ROSTER_CSV);
      g_assert_cmpuint (emb_import_report_get_n_problems (preview->report), ==, 0);
    }
}

/* Repeated rows -------------------------------------------------------------- */

static void
test_repeated_rows (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  const EmbImportProblem *problem;

  /* merge (blanks filled, "support" is "Support"); R-3's
   * department and name conflict: one problem each, naming both lines,
   * the column and both values */
  report = import_refused (tdb->db, "roster-repeated.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 2);
  assert_problem (report, 0, "roster-repeated.csv", 7, "Department");
  problem = emb_import_report_get_problem (report, 0);
  g_assert_nonnull (strstr (problem->message, "line 6"));
  g_assert_nonnull (strstr (problem->message, "“Sales”"));
  g_assert_nonnull (strstr (problem->message, "“Support”"));
  assert_problem (report, 1, "roster-repeated.csv", 8, "Name");
  problem = emb_import_report_get_problem (report, 1);
  g_assert_nonnull (strstr (problem->message, "line 6"));
  g_assert_nonnull (strstr (problem->message, "“Tom Two”"));
  g_assert_nonnull (strstr (problem->message, "“Thomas Two”"));
}

/* Feedback ------------------------------------------------------------------- */

static void
test_social_monitoring (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GHashTable) mapping = mapping_new ("tweet_id", "customer-ref", NULL);
  g_autoptr(GPtrArray) feedback = NULL;
  EmbImportOptions options = { 0 };
  EmbFeedback *f;

  /* 15 columns: the sentiment is the kind, tweet_created the time (with a
   * dot between hours and minutes), the text the text; the ids stay as
   * the spreadsheet wrote them */
  options.mapping = mapping;
  report = import_ok (tdb->db, "feedback-social-monitoring.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV,
                      &options);
  assert_counts (report, "feedback", 6, 0, 0);
  feedback = all_feedback (tdb->db);

  f = feedback_with_text (feedback, "@VirginAmerica What did you just say?");
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_NEUTRAL);
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2015-02-24T11:35:00.000Z");
  g_assert_cmpstr (emb_feedback_get_customer_ref (f), ==, "5.70306E+17");
  g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_NONE);

  f = feedback_with_text (feedback, "@united 3 hours on the tarmac, \"on time\" they said");
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_COMPLAINT);
  g_assert_cmpstr (emb_feedback_get_customer_ref (f), ==, "5.70301E+17");
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2015-02-24T11:14:00.000Z");
  /* The tool's own reason is the category: no touchpoint has that name,
   * so the item waits to be triaged */
  g_assert_cmpstr (emb_feedback_get_category (f), ==, "Late Flight");
  g_assert_true (emb_feedback_get_triage (f));
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, 0);

  f = feedback_with_text (feedback, "@JetBlue thank you!\nGreat crew tonight");
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_PRAISE);
  g_assert_cmpstr (emb_feedback_get_category (f), ==, "");
  g_assert_false (emb_feedback_get_triage (f));
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2015-02-24T09:05:00.000Z");

  f = feedback_with_text (feedback, "@USAirways is the lounge open?");
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2015-02-23T23:59:00.000Z");
}

static void
assert_times (const char             *name,
              const EmbImportOptions *options)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;

  /* Each row's comment is the time it must be stored as */
  report = import_ok (tdb->db, name, EMB_IMPORT_FORMAT_FEEDBACK_CSV, options);
  feedback = all_feedback (tdb->db);
  g_assert_cmpuint (feedback->len, >, 3);
  for (guint i = 0; i < feedback->len; i++)
    {
      EmbFeedback *f = g_ptr_array_index (feedback, i);

      g_assert_cmpstr (emb_feedback_get_received_at (f), ==, emb_feedback_get_text (f));
    }
}

static void
test_times (void)
{
  EmbImportOptions options = { 0 };

  /* ':' or '.', with or without seconds, AM/PM, a.m./p.m., μ.μ., a zone */
  assert_times ("feedback-times.csv", NULL);
  /* Month first as a US spreadsheet writes it: proven by 2/24/2015, or
   * chosen */
  assert_times ("feedback-times-us.csv", NULL);
  options.date_order = EMB_DATE_ORDER_MDY;
  assert_times ("feedback-times-us.csv", &options);
}

static void
assert_sentiments (const char   *name,
                   const char  **texts,
                   const int    *kinds,
                   const int    *scores)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;

  report = import_ok (tdb->db, name, EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  feedback = all_feedback (tdb->db);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      EmbFeedback *f = feedback_with_text (feedback, texts[i]);

      g_test_message ("%s: %s", name, texts[i]);
      g_assert_cmpint (emb_feedback_get_kind (f), ==, kinds[i]);
      g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_CSAT);
      g_assert_cmpint (emb_feedback_get_score (f), ==, scores[i]);
    }
}

static void
test_sentiment_and_stars (void)
{
  static const char *pl_texts[] = {
    "Miła obsługa", "Zimne jedzenie", "Bez uwag", "Dobre, ale drogie", "Wszystko świetnie", NULL,
  };
  static const int pl_kinds[] = {
    EMB_FEEDBACK_KIND_PRAISE, EMB_FEEDBACK_KIND_COMPLAINT, EMB_FEEDBACK_KIND_NEUTRAL,
    EMB_FEEDBACK_KIND_NEUTRAL, EMB_FEEDBACK_KIND_PRAISE,
  };
  static const int pl_scores[] = { 4, 1, 3, 4, 5 };
  static const char *el_texts[] = { "Υπέροχο", "Αργή εξυπηρέτηση", "Τίποτα ιδιαίτερο", NULL };
  static const int el_kinds[] = {
    EMB_FEEDBACK_KIND_PRAISE, EMB_FEEDBACK_KIND_COMPLAINT, EMB_FEEDBACK_KIND_NEUTRAL,
  };
  static const int el_scores[] = { 5, 2, 3 };
  static const char *en_texts[] = { "Friendly", "Rude", "So-so", NULL };
  static const int en_kinds[] = {
    EMB_FEEDBACK_KIND_PRAISE, EMB_FEEDBACK_KIND_COMPLAINT, EMB_FEEDBACK_KIND_NEUTRAL,
  };
  static const int en_scores[] = { 4, 1, 3 };

  /* "Sentyment", "Συναίσθημα", "Sentiment" hold kinds; "★★★★☆",
   * "1 gwiazdka", "3/5", "2 αστέρια", "3 out of 5" are CSAT scores */
  assert_sentiments ("feedback-sentiment-pl.csv", pl_texts, pl_kinds, pl_scores);
  assert_sentiments ("feedback-sentiment-el.csv", el_texts, el_kinds, el_scores);
  assert_sentiments ("feedback-stars.csv", en_texts, en_kinds, en_scores);
}

/* The order of dates ---------------------------------------------------------- */

static void
test_ambiguous_dates (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestDb) mdy_db = emb_test_db_new ();
  g_autoptr(EmbTestDb) dmy_db = emb_test_db_new ();
  g_autoptr(EmbImportReport) refused = NULL;
  g_autoptr(EmbImportReport) mdy = NULL;
  g_autoptr(EmbImportReport) dmy = NULL;
  g_autoptr(EmbImportReport) conflict = NULL;
  g_autoptr(EmbCsvPreview) preview = NULL;
  g_autoptr(EmbCsvPreview) chosen = NULL;
  g_autoptr(GFile) file = fixture ("roster-ambiguous-dates.csv");
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { 0 };
  const EmbImportProblem *problem;

  /* Never guessed: refused, naming the column and how to choose */
  refused = import_refused (tdb->db, "roster-ambiguous-dates.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                            NULL);
  problem = only_problem (refused);
  g_assert_cmpstr (problem->field, ==, "Hire Date");
  g_assert_nonnull (strstr (problem->message, "2/5/2022"));
  g_assert_nonnull (strstr (problem->message, "--date-order MDY"));

  /* The assistant is told which column */
  g_assert_true (emb_csv_preview (NULL, file, EMB_IMPORT_FORMAT_AUTO, NULL, 10, NULL, &preview,
                                  &error));
  g_assert_no_error (error);
  g_assert_cmpstr (preview->ambiguous_dates, ==, "Hire Date");

  options.date_order = EMB_DATE_ORDER_MDY;
  g_assert_true (emb_csv_preview (NULL, file, EMB_IMPORT_FORMAT_AUTO, &options, 10, NULL,
                                  &chosen, &error));
  g_assert_null (chosen->ambiguous_dates);
  g_assert_cmpuint (emb_import_report_get_n_problems (chosen->report), ==, 0);

  mdy = import_ok (mdy_db->db, "roster-ambiguous-dates.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                   &options);
  assert_employee (mdy_db->db, "A-1", NULL, NULL, NULL, NULL, NULL, "2022-02-05", TRUE);
  assert_employee (mdy_db->db, "A-3", NULL, NULL, NULL, NULL, NULL, "2019-10-11", TRUE);

  options.date_order = EMB_DATE_ORDER_DMY;
  dmy = import_ok (dmy_db->db, "roster-ambiguous-dates.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                   &options);
  assert_employee (dmy_db->db, "A-1", NULL, NULL, NULL, NULL, NULL, "2022-05-02", TRUE);
  assert_employee (dmy_db->db, "A-3", NULL, NULL, NULL, NULL, NULL, "2019-11-10", TRUE);

  /* 1/13/2020 and 13/1/2020 in one column: it reads neither way */
  conflict = import_refused (tdb->db, "roster-date-conflict.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                             NULL);
  problem = only_problem (conflict);
  g_assert_cmpstr (problem->field, ==, "Hire Date");
  g_assert_nonnull (strstr (problem->message, "1/13/2020"));
  g_assert_nonnull (strstr (problem->message, "13/1/2020"));
}

static void
test_chosen_order_refuses (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  EmbImportOptions options = { 0 };

  /* Told month first, a column with 21/9/2016 has a date that is none */
  options.date_order = EMB_DATE_ORDER_MDY;
  report = import_refused (tdb->db, "roster-misthodosia-el.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                           &options);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 3);
  assert_problem (report, 0, "roster-misthodosia-el.csv", 2, "Ημερομηνία πρόσληψης");
  g_assert_nonnull (strstr (emb_import_report_get_problem (report, 0)->message, "15/3/2018"));
}

/* Skipping invalid rows -------------------------------------------------------- */

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* Copies a fixture into @dir, for a rejects file beside it. */
static GFile *
copy_fixture (const char *dir,
              const char *name)
{
  g_autoptr(GFile) source = fixture (name);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GFile *copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return copy;
}

static void
test_skip_invalid (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = copy_fixture (tdb->dir, "feedback-some-bad.csv");
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rejects = g_build_filename (tdb->dir, "feedback-some-bad.rejects.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  EmbImportOptions options = { 0 };

  options.skip_invalid = TRUE;
  g_assert_true (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options, NULL,
                                 report, &error));
  g_assert_no_error (error);

  /* The valid rows are in; the problems of the others are listed */
  assert_counts (report, "feedback", 3, 0, 0);
  feedback = all_feedback (tdb->db);
  g_assert_cmpuint (feedback->len, ==, 3);
  feedback_with_text (feedback, "Good; \"really\"");
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 2);
  assert_problem (report, 0, "feedback-some-bad.csv", 3, "NPS");
  assert_problem (report, 1, "feedback-some-bad.csv", 4, "Date");

  /* The refused rows, as the source had them, with the reason (quoted
   * where it holds the separator) */
  g_assert_cmpuint (emb_import_report_get_n_rejected (report), ==, 2);
  g_assert_cmpstr (emb_import_report_get_rejects_path (report), ==, rejects);
  text = read_text (rejects);
  g_assert_cmpstr (text, ==,
                   "\xEF\xBB\xBF" "Date;NPS;Comment;Channel;Import problem\r\n"
                   "2024-03-02;11;Too high;\"phone; desk\";NPS: The score 11 is out of range: "
                   "NPS scores run from 0 to 10.\r\n"
                   "yesterday;5;Bad date;email;\"Date: “yesterday” is not a date; write it as "
                   "2024-03-01, 01.03.2024, 01-03-2024, 03/01/2024 or 2024/03/01, optionally "
                   "followed by a time such as 10:15, 10.15 or 10:15 PM.\"\r\n");

  summary = emb_import_report_to_string (report);
  g_assert_nonnull (strstr (summary, "2 rows were refused"));
  g_assert_nonnull (strstr (summary, rejects));
}

static void
test_skip_invalid_roster (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = copy_fixture (tdb->dir, "roster-repeated.csv");
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *rejects = g_build_filename (tdb->dir, "elsewhere.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  EmbImportOptions options = { 0 };

  /* All three rows of R-3 are refused, two for their conflicts, one for
   * being of the same employee; are merged and imported */
  options.skip_invalid = TRUE;
  options.rejects = rejects;
  g_assert_true (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_ROSTER_CSV, &options, NULL,
                                 report, &error));
  g_assert_no_error (error);
  assert_counts (report, "employee", 2, 0, 0);
  assert_employee (tdb->db, "R-1", "Rita Row", "rita@example.com", "Sales", "Agent", NULL, NULL,
                   TRUE);
  assert_employee (tdb->db, "R-2", "Sam Same", "sam@example.com", "Support", "Agent", NULL, NULL,
                   TRUE);
  g_assert_null (emb_people_store_find_employee (tdb->db, "R-3", NULL));

  g_assert_cmpuint (emb_import_report_get_n_rejected (report), ==, 3);
  g_assert_cmpstr (emb_import_report_get_rejects_path (report), ==, rejects);
  text = read_text (rejects);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==, "\xEF\xBB\xBF" "Employee ID,Name,Department,Job Title,Email,"
                                 "Import problem");
  g_assert_true (g_str_has_prefix (lines[1], "R-3,Tom Two,Sales,Agent,tom@example.com,"
                                             "Another row"));
  g_assert_true (g_str_has_prefix (lines[2], "R-3,Tom Two,Support,Agent,tom@example.com,"
                                             "\"Department: "));
  g_assert_true (g_str_has_prefix (lines[3], "R-3,Thomas Two,Sales,Agent,tom@example.com,"
                                             "\"Name: "));
  g_assert_cmpstr (lines[4], ==, "");
}

/* No rejects file, nor a temporary one, in @path. */
static void
assert_no_rejects (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_null (strstr (name, "rejects"));
}

static void
test_skip_invalid_dry_run_and_failure (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = copy_fixture (tdb->dir, "feedback-some-bad.csv");
  g_autoptr(GFile) unclosed = copy_fixture (tdb->dir, "unclosed-quote.csv");
  g_autoptr(GFile) ambiguous = copy_fixture (tdb->dir, "roster-ambiguous-dates.csv");
  g_autoptr(EmbImportReport) dry = emb_import_report_new ();
  g_autoptr(EmbImportReport) bad = emb_import_report_new ();
  g_autoptr(EmbImportReport) dates = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  g_autofree char *rejects = g_build_filename (tdb->dir, "feedback-some-bad.rejects.csv", NULL);
  g_autofree char *summary = NULL;
  EmbImportOptions options = { 0 };

  /* A dry run counts the refused rows and writes nothing */
  options.skip_invalid = TRUE;
  options.dry_run = TRUE;
  g_assert_true (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options, NULL,
                                 dry, &error));
  g_assert_no_error (error);
  assert_counts (dry, "feedback", 3, 0, 0);
  g_assert_cmpuint (emb_import_report_get_n_rejected (dry), ==, 2);
  g_assert_null (emb_import_report_get_rejects_path (dry));
  g_assert_false (g_file_test (rejects, G_FILE_TEST_EXISTS));
  summary = emb_import_report_to_string (dry);
  g_assert_nonnull (strstr (summary, "2 rows are refused"));

  /* A problem of the file itself still refuses it whole, and leaves no
   * rejects file */
  options.dry_run = FALSE;
  g_assert_false (emb_csv_import (tdb->db, unclosed, EMB_IMPORT_FORMAT_ROSTER_CSV, &options, NULL,
                                  bad, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (emb_csv_import (tdb->db, ambiguous, EMB_IMPORT_FORMAT_ROSTER_CSV, &options,
                                  NULL, dates, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (rejects, G_FILE_TEST_EXISTS));
  assert_no_rejects (tdb->dir);
}

static void
test_skip_invalid_cancelled (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autoptr(GFile) file = copy_fixture (tdb->dir, "roster-repeated.csv");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = {
    .skip_invalid = TRUE,
    .progress = cancel_when_writing,
    .progress_data = cancellable,
  };

  /* Cancelled once the rows are checked: nothing written, and neither the
   * rejects file nor its temporary file left */
  g_assert_false (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_ROSTER_CSV, &options,
                                  cancellable, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  emb_test_assert_unchanged (tdb->db, before);
  assert_no_rejects (tdb->dir);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/import/csv/exports/us-hris", test_us_hris_export);
  g_test_add_func ("/import/csv/exports/polish-hr", test_polish_export);
  g_test_add_func ("/import/csv/exports/greek-payroll", test_greek_export);
  g_test_add_func ("/import/csv/exports/social-monitoring", test_social_monitoring);
  g_test_add_func ("/import/csv/exports/code-pages", test_code_pages);
  g_test_add_func ("/import/csv/values/on-leave", test_on_leave_returns);
  g_test_add_func ("/import/csv/values/padding", test_padding);
  g_test_add_func ("/import/csv/values/unknown-status", test_unknown_status);
  g_test_add_func ("/import/csv/values/times", test_times);
  g_test_add_func ("/import/csv/values/sentiment-and-stars", test_sentiment_and_stars);
  g_test_add_func ("/import/csv/dates/ambiguous", test_ambiguous_dates);
  g_test_add_func ("/import/csv/dates/chosen-order", test_chosen_order_refuses);
  g_test_add_func ("/import/csv/roster/repeated-rows", test_repeated_rows);
  g_test_add_func ("/import/csv/skip-invalid/feedback", test_skip_invalid);
  g_test_add_func ("/import/csv/skip-invalid/roster", test_skip_invalid_roster);
  g_test_add_func ("/import/csv/skip-invalid/dry-run-and-failure",
                   test_skip_invalid_dry_run_and_failure);
  g_test_add_func ("/import/csv/skip-invalid/cancelled", test_skip_invalid_cancelled);

  return g_test_run ();
}
