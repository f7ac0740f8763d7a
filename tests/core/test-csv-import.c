/* test-csv-import.c: rosters and feedback from CSV exports
 *
 * Every fixture in tests/data/csv/ stands for one quirk of real exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-csv-import.h"
#include "emb-csv-private.h"
#include "emb-csv-test-util.h"
#include "emb-feedback-store.h"
#include "emb-import.h"
#include "emb-import-profile.h"
#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"
#include "emb-validate-private.h"

/* Helpers ---------------------------------------------------------------- */

static EmbFeedback *
feedback_with_source_id (GPtrArray  *feedback,
                         const char *id)
{
  for (guint i = 0; i < feedback->len; i++)
    if (g_strcmp0 (emb_feedback_get_source_id (g_ptr_array_index (feedback, i)), id) == 0)
      return g_ptr_array_index (feedback, i);
  g_error ("no feedback with the id “%s”", id);
  return NULL;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

static void
assert_scores (EmbDatabase  *db,
               EmbScoreType  type,
               const char   *expected)
{
  g_autoptr(GPtrArray) feedback = all_feedback (db);
  g_autoptr(GString) scores = g_string_new (NULL);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < feedback->len; i++)
    {
      EmbFeedback *f = g_ptr_array_index (feedback, i);
      int score = emb_feedback_get_score (f);

      g_assert_cmpint (emb_feedback_get_score_type (f), ==, type);
      g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_SURVEY);
      g_array_append_val (values, score);
    }
  g_array_sort (values, compare_ints);
  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (scores, "%s%d", i ? "," : "", g_array_index (values, int, i));
  g_assert_cmpstr (scores->str, ==, expected);
}

static gint64
add_touchpoint (EmbDatabase *db,
                const char  *name)
{
  g_autoptr(EmbStage) stage = emb_stage_new ();
  g_autoptr(EmbTouchpoint) touchpoint = emb_touchpoint_new ();
  g_autoptr(GError) error = NULL;

  emb_stage_set_name (stage, "Stage");
  g_assert_true (_emb_table_save (db, &emb_table_stage, EMB_RECORD (stage), &error));
  g_assert_no_error (error);
  emb_touchpoint_set_stage_id (touchpoint, emb_record_get_id (EMB_RECORD (stage)));
  emb_touchpoint_set_name (touchpoint, name);
  g_assert_true (_emb_table_save (db, &emb_table_touchpoint, EMB_RECORD (touchpoint), &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (touchpoint));
}

static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
}

/* Separators, encodings, quoting ------------------------------------------ */

static void
test_separators (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) comma = NULL;
  g_autoptr(EmbImportReport) semicolon = NULL;
  g_autoptr(EmbImportReport) tab = NULL;

  comma = import_ok (tdb->db, "roster-comma.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (comma, "employee", 3, 0, 0);
  assert_employee (tdb->db, "E001", "Anna Kowalska", "anna.kowalska@example.com",
                   "Customer Service", "Agent", "Warsaw", "2019-04-01", TRUE);
  assert_employee (tdb->db, "E003", "Chloe Dubois", "chloe.dubois@example.com",
                   "Billing", "Clerk", "Kraków", "2021-01-04", TRUE);

  /* Polish headers, semicolons and a byte-order mark */
  semicolon = import_ok (tdb->db, "roster-semicolon.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (semicolon, "employee", 2, 0, 0);
  assert_employee (tdb->db, "P-10", "Łukasz Żółć", "lukasz.zolc@example.pl",
                   "Obsługa klienta", "Konsultant", "Gdańsk", "2024-03-01", TRUE);
  assert_employee (tdb->db, "P-11", "Zofia Wąsik", "zofia.wasik@example.pl",
                   "Reklamacje", "Specjalistka", "Gdańsk", "2018-06-15", FALSE);

  /* Greek headers, tabs */
  tab = import_ok (tdb->db, "roster-tab.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (tab, "employee", 2, 0, 0);
  assert_employee (tdb->db, "Γ-7", "Νίκος Παπαδόπουλος", "nikos@example.gr",
                   "Εξυπηρέτηση πελατών", "Υπάλληλος γκισέ", "Αθήνα", "2022-02-01", TRUE);
  assert_employee (tdb->db, "Γ-8", "Ελένη Γεωργίου", "eleni@example.gr",
                   "Λογιστήριο", "Λογίστρια", "Πειραιάς", "2017-05-20", FALSE);
}

static void
test_separator_line (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* Excel's "sep=;" line names the separator; the comma is then text. */
  report = import_ok (tdb->db, "roster-sep-line.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", 1, 0, 0);
  assert_employee (tdb->db, "X-1", "Xavier, Jr.", NULL, "Sales", NULL, NULL, NULL, TRUE);
}

static void
test_quoted (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  report = import_ok (tdb->db, "roster-quoted.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", 2, 0, 0);
  assert_counts (report, "department", 1, 0, 0);
  /* Padded headers and values are trimmed; quoted separators, quotes and
   * line breaks are kept. */
  assert_employee (tdb->db, "Q-1", "Smith, John", "", "Sales, North", NULL,
                   "Main Street 1\nBuilding B", NULL, TRUE);
  assert_employee (tdb->db, "Q-2", "O\"Brien, Pat", "", "Sales, North", NULL, "Dublin", NULL, TRUE);
}

static void
test_default_encoding (void)
{
  set_language ("pl_PL.UTF-8");
  g_assert_cmpstr (emb_csv_default_encoding (), ==, "WINDOWS-1250");
  set_language ("el_GR");
  g_assert_cmpstr (emb_csv_default_encoding (), ==, "WINDOWS-1253");
  set_language ("de_DE");
  g_assert_cmpstr (emb_csv_default_encoding (), ==, "WINDOWS-1252");
  set_language ("en");
  g_assert_cmpstr (emb_csv_default_encoding (), ==, "WINDOWS-1252");
  set_language ("C");
  g_assert_cmpstr (emb_csv_default_encoding (), ==, "WINDOWS-1252");
  g_unsetenv ("LANGUAGE");
}

static void
test_windows_1250 (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestDb) tdb2 = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(EmbImportReport) report2 = NULL;
  EmbImportOptions options = { 0 };

  /* By default from the code page of a Polish desktop */
  set_language ("pl_PL");
  report = import_ok (tdb->db, "roster-windows-1250.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_unsetenv ("LANGUAGE");
  assert_counts (report, "employee", 2, 0, 0);
  assert_employee (tdb->db, "P-20", "Łukasz Żółć", NULL, "Sprzedaż", "Doradca", NULL, NULL, TRUE);
  assert_employee (tdb->db, "P-21", "Małgorzata Świątek", NULL, "Sprzedaż", "Kierowniczka",
                   NULL, NULL, TRUE);

  /* Or as the options say, on any desktop */
  options.encoding = "WINDOWS-1250";
  report2 = import_ok (tdb2->db, "roster-windows-1250.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                       &options);
  assert_employee (tdb2->db, "P-20", "Łukasz Żółć", NULL, "Sprzedaż", "Doradca", NULL, NULL, TRUE);
}

static void
test_windows_1253 (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestDb) tdb2 = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(EmbImportReport) report2 = NULL;
  EmbImportOptions options = { 0 };

  set_language ("el_GR.UTF-8");
  report = import_ok (tdb->db, "roster-windows-1253.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_unsetenv ("LANGUAGE");
  assert_counts (report, "employee", 2, 0, 0);
  assert_employee (tdb->db, "Γ-30", "Νίκος Παπαδόπουλος", NULL, "Πωλήσεις", "Σύμβουλος",
                   NULL, NULL, TRUE);
  assert_employee (tdb->db, "Γ-31", "Ευαγγελία Σταματίου", NULL, "Πωλήσεις", "Προϊσταμένη",
                   NULL, NULL, TRUE);

  options.encoding = "WINDOWS-1253";
  report2 = import_ok (tdb2->db, "roster-windows-1253.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                       &options);
  assert_employee (tdb2->db, "Γ-30", "Νίκος Παπαδόπουλος", NULL, NULL, NULL, NULL, NULL, TRUE);
}

static void
test_wrong_encoding (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) utf8 = NULL;
  g_autoptr(EmbImportReport) greek = NULL;
  g_autoptr(EmbImportReport) unknown = NULL;
  EmbImportOptions options = { 0 };

  /* Told it is UTF-8, a WINDOWS-1250 file is refused at its first bad line */
  options.encoding = "UTF-8";
  utf8 = import_refused (tdb->db, "roster-windows-1250.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                         &options);
  g_assert_cmpuint (emb_import_report_get_n_problems (utf8), ==, 1);
  assert_problem (utf8, 0, "roster-windows-1250.csv", 1, NULL);

  /* A byte that is no character of the code page, on line 3 */
  options.encoding = "WINDOWS-1253";
  greek = import_refused (tdb->db, "roster-windows-1253-bad.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                          &options);
  g_assert_cmpuint (emb_import_report_get_n_problems (greek), ==, 1);
  assert_problem (greek, 0, "roster-windows-1253-bad.csv", 3, NULL);
  g_assert_nonnull (strstr (emb_import_report_get_problem (greek, 0)->message, "WINDOWS-1253"));

  options.encoding = "NO-SUCH-ENCODING";
  unknown = import_refused (tdb->db, "roster-windows-1253.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                            &options);
  assert_problem (unknown, 0, "roster-windows-1253.csv", 0, NULL);
}

static void
test_utf16 (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  report = import_ok (tdb->db, "roster-utf16.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", 2, 0, 0);
  assert_employee (tdb->db, "U-1", "Łukasz Żółć", NULL, NULL, NULL, NULL, NULL, TRUE);
  assert_employee (tdb->db, "U-2", "Νίκος", NULL, NULL, NULL, NULL, NULL, TRUE);
}

/* Dates ------------------------------------------------------------------- */

static void
test_roster_dates (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  static const struct
  {
    const char *number;
    const char *date;
  } expected[] = {
    { "D-1", "2024-03-01" }, { "D-2", "2024-03-02" }, { "D-3", "2024-03-03" },
    { "D-4", "2024-03-04" }, { "D-5", "2024-03-05" }, { "D-6", "2024-03-06" },
    { "D-7", "2024-03-07" }, { "D-8", "2024-03-08" }, { "D-9", "2024-03-09" },
  };

  report = import_ok (tdb->db, "roster-dates.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", G_N_ELEMENTS (expected), 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(EmbEmployee) e = employee (tdb->db, expected[i].number);

      g_assert_cmpstr (emb_employee_get_hire_date (e), ==, expected[i].date);
    }
}

static void
test_feedback_dates (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;

  /* Each row's comment is the time it must be stored as (UTC, the form of
   * emb_now_iso8601()). */
  report = import_ok (tdb->db, "feedback-dates.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_counts (report, "feedback", 11, 0, 0);
  feedback = all_feedback (tdb->db);
  g_assert_cmpuint (feedback->len, ==, 11);
  for (guint i = 0; i < feedback->len; i++)
    {
      EmbFeedback *f = g_ptr_array_index (feedback, i);

      g_assert_cmpstr (emb_feedback_get_received_at (f), ==, emb_feedback_get_text (f));
      /* the "Type" column holds kinds */
      g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_PRAISE);
      g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_NONE);
      g_assert_cmpstr (emb_feedback_get_source (f), ==, "feedback-dates.csv");
    }
}

/* Headers ----------------------------------------------------------------- */

static void
test_hr_export (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) roles = NULL;

  report = import_ok (tdb->db, "roster-bamboohr.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", 4, 0, 0);
  assert_counts (report, "department", 2, 0, 0);
  assert_counts (report, "role", 2, 0, 0);

  /* "Department" wins over "Division"; a past termination date and
   * "Inactive" make employees inactive. */
  assert_employee (tdb->db, "B-100", "Grace Hopper", "grace@example.com", "IT Support",
                   "Engineer", "Remote", "1990-01-02", TRUE);
  assert_employee (tdb->db, "B-101", "Alan Turing", "alan@example.com", "IT Support",
                   "Engineer", "Remote", "1991-03-04", FALSE);
  assert_employee (tdb->db, "B-102", "Ada Lovelace", "ada@example.com", "Front Desk",
                   "Receptionist", "London", "1992-05-06", FALSE);
  assert_employee (tdb->db, "B-103", "Edsger Dijkstra", NULL, "Front Desk", "Receptionist",
                   NULL, NULL, TRUE);

  /* The "Back office" flag decides the office of what the import creates */
  departments = emb_people_store_list_departments (tdb->db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (departments), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EmbDepartment) d = g_list_model_get_item (departments, i);
      gboolean back = g_str_equal (emb_department_get_name (d), "IT Support");

      g_assert_cmpint (emb_department_get_office (d), ==, back ? EMB_OFFICE_BACK : EMB_OFFICE_FRONT);
    }
  roles = emb_people_store_list_roles (tdb->db, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EmbRole) r = g_list_model_get_item (roles, i);
      gboolean back = g_str_equal (emb_role_get_name (r), "Engineer");
      g_autofree char *dept = department_name (tdb->db, emb_role_get_department_id (r));

      g_assert_cmpstr (dept, ==, back ? "IT Support" : "Front Desk");
      g_assert_cmpint (emb_role_get_office (r), ==, back ? EMB_OFFICE_BACK : EMB_OFFICE_FRONT);
    }
}

static void
test_statuses (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  static const struct
  {
    const char *number;
    gboolean    active;
  } expected[] = {
    { "S-1", TRUE }, { "S-2", FALSE }, { "S-3", FALSE }, { "S-4", FALSE }, { "S-5", FALSE },
    { "S-6", FALSE }, { "S-7", TRUE }, { "S-8", TRUE }, { "S-9", FALSE }, { "S-10", TRUE },
    { "S-11", FALSE }, { "S-12", TRUE }, { "S-13", FALSE }, { "S-14", TRUE }, { "S-15", FALSE },
  };

  report = import_ok (tdb->db, "roster-statuses.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (report, "employee", G_N_ELEMENTS (expected), 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(EmbEmployee) e = employee (tdb->db, expected[i].number);

      g_assert_cmpint (emb_employee_get_active (e), ==, expected[i].active);
    }
}

static void
test_survey_export (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  EmbFeedback *f;

  /* Typeform: "#", a "recommend" question, a comments question and two
   * dates, of which the submission counts. */
  report = import_ok (tdb->db, "feedback-typeform.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_counts (report, "feedback", 3, 0, 0);
  feedback = all_feedback (tdb->db);

  f = feedback_with_ref (feedback, "r1");
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_SURVEY);
  g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_NPS);
  g_assert_cmpint (emb_feedback_get_score (f), ==, 10);
  g_assert_cmpstr (emb_feedback_get_text (f), ==, "Great service");
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2024-03-01T09:05:00.000Z");
  g_assert_cmpstr (emb_feedback_get_source (f), ==, "feedback-typeform.csv");

  f = feedback_with_ref (feedback, "r2");
  g_assert_cmpint (emb_feedback_get_score (f), ==, 3);
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2024-03-02T10:02:30.000Z");

  f = feedback_with_ref (feedback, "r3");
  g_assert_cmpint (emb_feedback_get_score (f), ==, 8);
  g_assert_cmpstr (emb_feedback_get_text (f), ==, "");
}

static void
test_surveymonkey (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  EmbFeedback *f;

  /* The second header row ("Response", "Open-Ended Response") is passed
   * over; the e-mail column is not imported; the end date counts. */
  report = import_ok (tdb->db, "feedback-surveymonkey.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_counts (report, "feedback", 2, 0, 0);
  feedback = all_feedback (tdb->db);

  /* The respondent's id is the source's own id of the answer */
  f = feedback_with_source_id (feedback, "114001");
  g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_NPS);
  g_assert_cmpint (emb_feedback_get_score (f), ==, 9);
  g_assert_cmpstr (emb_feedback_get_text (f), ==, "Very helpful staff");
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2024-03-01T09:04:00.000Z");

  f = feedback_with_source_id (feedback, "114002");
  g_assert_cmpint (emb_feedback_get_score (f), ==, 6);
}

static void
test_guess_kind (void)
{
  static const struct
  {
    const char      *head;
    EmbImportFormat  format;
  } cases[] = {
    { "Employee ID,Name,Email\nE1,Ann,a@example.com\n", EMB_IMPORT_FORMAT_ROSTER_CSV },
    { "\xEF\xBB\xBFNr pracownika;Imię;Nazwisko\n", EMB_IMPORT_FORMAT_ROSTER_CSV },
    { "Αριθμός μητρώου\tΟνοματεπώνυμο\n", EMB_IMPORT_FORMAT_ROSTER_CSV },
    { "\"Employee #\",\"First Name\",\"Last Name\"\n", EMB_IMPORT_FORMAT_ROSTER_CSV },
    { "ID,First name,Last name,Department\n", EMB_IMPORT_FORMAT_ROSTER_CSV },
    { "ID,Score,Comment\n", EMB_IMPORT_FORMAT_FEEDBACK_CSV },
    { "Date,How likely are you to recommend us?\n", EMB_IMPORT_FORMAT_FEEDBACK_CSV },
    { "Data;Ocena;Komentarz\n", EMB_IMPORT_FORMAT_FEEDBACK_CSV },
    { "Ημερομηνία,Σχόλιο\n", EMB_IMPORT_FORMAT_FEEDBACK_CSV },
    /* Windows-1250 "Nr pracownika;Imię" */
    { "Nr pracownika;Imi\xEA\n", EMB_IMPORT_FORMAT_ROSTER_CSV },
    { "Colour,Size\nred,XL\n", EMB_IMPORT_FORMAT_AUTO },
    { "", EMB_IMPORT_FORMAT_AUTO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (emb_csv_import_guess_kind (cases[i].head, strlen (cases[i].head)), ==,
                     cases[i].format);
}

/* Mapping and scores ------------------------------------------------------- */

static void
test_mapping (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  EmbImportOptions options = { 0 };
  EmbFeedback *f;

  /* "Comment" would be the text; the mapping ignores it and reads the
   * text from Q2, a CSAT score from Q1 and the channel from Notes. */
  mapping = mapping_new ("When", "received-at", "Q1", "score:csat", "Q2", "text",
                         "Comment", "", "notes", "channel", NULL);
  options.mapping = mapping;
  report = import_ok (tdb->db, "feedback-mapping.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options);
  assert_counts (report, "feedback", 2, 0, 0);

  feedback = all_feedback (tdb->db);
  f = feedback_with_text (feedback, "Polite staff");
  g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_CSAT);
  g_assert_cmpint (emb_feedback_get_score (f), ==, 4);
  g_assert_cmpstr (emb_feedback_get_channel (f), ==, "kept");
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2024-03-01T00:00:00.000Z");
  f = feedback_with_text (feedback, "Too slow");
  g_assert_cmpint (emb_feedback_get_score (f), ==, 2);
}

static void
test_mapping_defaults (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  EmbImportOptions options = { 0 };

  /* A constant for a column the file lacks */
  mapping = mapping_new ("Q1", "", "Q2", "text", "When", "received-at",
                         "default:kind", "complaint", "default:channel", "email", NULL);
  options.mapping = mapping;
  report = import_ok (tdb->db, "feedback-mapping.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options);
  assert_counts (report, "feedback", 2, 0, 0);
  feedback = all_feedback (tdb->db);
  for (guint i = 0; i < feedback->len; i++)
    {
      EmbFeedback *f = g_ptr_array_index (feedback, i);

      g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_COMPLAINT);
      g_assert_cmpstr (emb_feedback_get_channel (f), ==, "email");
      g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_NONE);
    }
}

static void
test_mapping_unknown_field (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GHashTable) mapping = mapping_new ("Q1", "shoe-size", NULL);
  EmbImportOptions options = { 0 };

  options.mapping = mapping;
  report = import_refused (tdb->db, "feedback-mapping.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV,
                           &options);
  assert_problem (report, 0, "feedback-mapping.csv", 0, "Q1");
}

static void
test_scores_by_values (void)
{
  static const struct
  {
    const char   *file;
    EmbScoreType  type;
    const char   *scores;
  } cases[] = {
    { "feedback-range-csat.csv", EMB_SCORE_TYPE_CSAT, "1,4,5" },
    { "feedback-range-ces.csv", EMB_SCORE_TYPE_CES, "1,5,7" },
    { "feedback-range-nps.csv", EMB_SCORE_TYPE_NPS, "0,5,6" },
    { "feedback-range-nps-high.csv", EMB_SCORE_TYPE_NPS, "2,9" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
      g_autoptr(EmbImportReport) report = NULL;

      report = import_ok (tdb->db, cases[i].file, EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
      assert_scores (tdb->db, cases[i].type, cases[i].scores);
    }
}

static void
test_scores_by_header (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* "CSAT" says the scale although 2 would fit every scale; the "Effort"
   * column loses to it. */
  report = import_ok (tdb->db, "feedback-csat-header.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_scores (tdb->db, EMB_SCORE_TYPE_CSAT, "2");
}

static void
test_score_type_column (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  static const struct
  {
    const char   *text;
    EmbScoreType  type;
    int           score;
  } expected[] = {
    { "a", EMB_SCORE_TYPE_NPS, 9 },
    { "b", EMB_SCORE_TYPE_CSAT, 4 },
    { "c", EMB_SCORE_TYPE_CES, 6 },
    /* rows without a type: by the values of those rows alone */
    { "d", EMB_SCORE_TYPE_CSAT, 2 },
    { "e", EMB_SCORE_TYPE_CSAT, 3 },
  };

  report = import_ok (tdb->db, "feedback-score-type.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_counts (report, "feedback", 5, 0, 0);
  feedback = all_feedback (tdb->db);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      EmbFeedback *f = feedback_with_text (feedback, expected[i].text);

      g_assert_cmpint (emb_feedback_get_score_type (f), ==, expected[i].type);
      g_assert_cmpint (emb_feedback_get_score (f), ==, expected[i].score);
    }
}

static void
test_touchpoint_categories (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  EmbImportOptions options = { 0 };
  gint64 billing = add_touchpoint (tdb->db, "Statement & billing");
  gint64 delivery = add_touchpoint (tdb->db, "Delivery");
  EmbFeedback *f;

  /* "Billing" and "Rozliczenia" through the mapping, "delivery" by name */
  mapping = mapping_new ("touchpoint:billing", "Statement & billing",
                         "touchpoint:Rozliczenia", "statement & BILLING", NULL);
  options.mapping = mapping;
  report = import_ok (tdb->db, "feedback-complaints.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV,
                      &options);
  assert_counts (report, "feedback", 3, 0, 0);
  feedback = all_feedback (tdb->db);

  f = feedback_with_ref (feedback, "K-1");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, billing);
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_COMPLAINT);
  g_assert_cmpstr (emb_feedback_get_text (f), ==, "Podwójnie naliczona opłata");
  g_assert_cmpstr (emb_feedback_get_channel (f), ==, "telefon");
  g_assert_cmpstr (emb_feedback_get_received_at (f), ==, "2024-03-05T14:20:00.000Z");
  g_assert_cmpint (emb_feedback_get_score_type (f), ==, EMB_SCORE_TYPE_NONE);

  f = feedback_with_ref (feedback, "K-2");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, delivery);
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_PRAISE);

  f = feedback_with_ref (feedback, "K-3");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, billing);
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_SUGGESTION);
}

static void
test_kind_categories (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;

  /* A category column whose values are all kinds holds the kind */
  report = import_ok (tdb->db, "feedback-kinds.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_counts (report, "feedback", 5, 0, 0);
  feedback = all_feedback (tdb->db);
  g_assert_cmpint (emb_feedback_get_kind (feedback_with_text (feedback, "Zepsuty towar")), ==,
                   EMB_FEEDBACK_KIND_COMPLAINT);
  g_assert_cmpint (emb_feedback_get_kind (feedback_with_text (feedback, "Ευγενικό προσωπικό")), ==,
                   EMB_FEEDBACK_KIND_PRAISE);
  g_assert_cmpint (emb_feedback_get_kind (feedback_with_text (feedback, "Μεγάλη αναμονή")), ==,
                   EMB_FEEDBACK_KIND_COMPLAINT);
  g_assert_cmpint (emb_feedback_get_kind (feedback_with_text (feedback, "Περισσότερα ταμεία")), ==,
                   EMB_FEEDBACK_KIND_SUGGESTION);
  g_assert_cmpint (emb_feedback_get_kind (feedback_with_text (feedback, "Quick")), ==,
                   EMB_FEEDBACK_KIND_PRAISE);
  g_assert_cmpint (emb_feedback_get_touchpoint_id (feedback_with_text (feedback, "Quick")), ==, 0);
}

/* Roster semantics ---------------------------------------------------------- */

static void
test_upsert (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) second = NULL;
  g_autoptr(EmbImportReport) third = NULL;
  g_autoptr(EmbEmployee) anna_before = NULL;
  g_autoptr(EmbEmployee) anna_after = NULL;

  first = import_ok (tdb->db, "roster-comma.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (first, "employee", 3, 0, 0);
  assert_counts (first, "department", 2, 0, 0);
  assert_counts (first, "role", 3, 0, 0);
  anna_before = employee (tdb->db, "E001");

  second = import_ok (tdb->db, "roster-update.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (second, "employee", 1, 2, 1);
  assert_counts (second, "department", 0, 0, 0);
  assert_counts (second, "role", 0, 0, 0);
  g_assert_cmpint (emb_people_store_count_employees (tdb->db, FALSE), ==, 4);

  /* The skipped employee was not touched */
  anna_after = employee (tdb->db, "E001");
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (anna_after)), ==,
                   emb_record_get_id (EMB_RECORD (anna_before)));
  g_assert_cmpstr (emb_record_get_updated_at (EMB_RECORD (anna_after)), ==,
                   emb_record_get_updated_at (EMB_RECORD (anna_before)));
  assert_employee (tdb->db, "E002", "Ben Carter", "ben@example.com", "Customer Service",
                   "Team leader", "Warsaw", "2020-09-15", TRUE);
  assert_employee (tdb->db, "E003", "Chloe Dubois", NULL, "Billing", "Clerk", NULL, NULL, FALSE);
  assert_employee (tdb->db, "E004", "Dev Patel", "dev.patel@example.com", "Billing", "Clerk",
                   "Kraków", "2024-02-01", TRUE);

  /* The same file again changes nothing */
  third = import_ok (tdb->db, "roster-update.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (third, "employee", 0, 0, 4);
}

static void
test_partial_columns (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) second = NULL;

  /* A file of numbers and statuses changes the status and keeps every
   * other value */
  first = import_ok (tdb->db, "roster-comma.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  second = import_ok (tdb->db, "roster-status-only.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_counts (second, "employee", 0, 1, 1);
  assert_employee (tdb->db, "E001", "Anna Kowalska", "anna.kowalska@example.com",
                   "Customer Service", "Agent", "Warsaw", "2019-04-01", FALSE);
  assert_employee (tdb->db, "E002", "Ben Carter", "ben.carter@example.com",
                   "Customer Service", "Team leader", "Warsaw", "2020-09-15", TRUE);
}

static void
test_dry_run (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) dry = NULL;
  g_autoptr(EmbImportReport) feedback = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EmbImportOptions options = { 0 };

  first = import_ok (tdb->db, "roster-comma.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  before = emb_test_dump (tdb->db);

  options.dry_run = TRUE;
  dry = import_ok (tdb->db, "roster-update.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, &options);
  assert_counts (dry, "employee", 1, 2, 1);
  feedback = import_ok (tdb->db, "feedback-typeform.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, &options);
  assert_counts (feedback, "feedback", 3, 0, 0);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_departments_and_roles (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(EmbDepartment) sales = emb_department_new ();
  g_autoptr(EmbRole) agent = emb_role_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) roles = NULL;
  gint64 sales_id;

  /* An existing back-office department with a role */
  emb_department_set_name (sales, "sales, north");
  g_object_set (sales, "office", EMB_OFFICE_BACK, NULL);
  g_assert_true (emb_people_store_save_department (tdb->db, sales, &error));
  g_assert_no_error (error);
  sales_id = emb_record_get_id (EMB_RECORD (sales));
  emb_role_set_name (agent, "Agent");
  g_object_set (agent, "department-id", sales_id, "office", EMB_OFFICE_BACK, NULL);
  g_assert_true (emb_people_store_save_role (tdb->db, agent, &error));
  g_assert_no_error (error);

  /* The department is matched whatever the case; the role the import
   * creates in it takes its office; a role named without a department is
   * the one role of that name. */
  report = import_ok (tdb->db, "roster-existing-department.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                      NULL);
  assert_counts (report, "employee", 3, 0, 0);
  assert_counts (report, "department", 0, 0, 0);
  assert_counts (report, "role", 1, 0, 0);
  assert_employee (tdb->db, "ED-1", "Ed One", NULL, "sales, north", "Closer", NULL, NULL, TRUE);
  assert_employee (tdb->db, "ED-2", "Ed Two", NULL, "sales, north", "Closer", NULL, NULL, TRUE);
  assert_employee (tdb->db, "ED-3", "Ed Three", NULL, "sales, north", "Agent", NULL, NULL, TRUE);

  roles = emb_people_store_list_roles (tdb->db, sales_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);

      g_assert_cmpint (emb_role_get_office (role), ==, EMB_OFFICE_BACK);
    }
}

/* Problems -------------------------------------------------------------- */

static void
test_bad_files (void)
{
  static const struct
  {
    const char *file;
    guint       line;
    const char *field;
  } cases[] = {
    { "empty.csv", 0, NULL },
    { "header-only.csv", 1, NULL },
    { "garbage.csv", 5, NULL },
    { "roster-bad-date.csv", 3, "Hire date" },
    { "roster-bad-email.csv", 4, "Email" },
    { "roster-too-long.csv", 2, "Name" },
    /* the same employee twice, with another name: the conflict */
    { "roster-duplicate.csv", 4, "Name" },
    { "unclosed-quote.csv", 3, NULL },
    { "roster-role-without-department.csv", 2, "Role" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
      g_autoptr(EmbImportReport) seed = NULL;
      g_autoptr(EmbImportReport) report = NULL;

      /* Something to leave alone */
      seed = import_ok (tdb->db, "roster-comma.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
      report = import_refused (tdb->db, cases[i].file, EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
      g_test_message ("%s", cases[i].file);
      g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 1);
      assert_problem (report, 0, cases[i].file, cases[i].line, cases[i].field);
    }
}

static void
test_multiline_lines (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* A record over lines 2 to 4 is named by line 2; the next starts on 5 */
  report = import_refused (tdb->db, "roster-multiline-bad.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                           NULL);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 2);
  assert_problem (report, 0, "roster-multiline-bad.csv", 2, "Email");
  assert_problem (report, 1, "roster-multiline-bad.csv", 5, "Email");
}

static void
test_ragged (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = NULL;

  /* An extra value (line 3) and a missing one (line 5) are refused; an
   * empty extra value (line 4) is not. */
  report = import_refused (tdb->db, "roster-ragged.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 2);
  assert_problem (report, 0, "roster-ragged.csv", 3, NULL);
  assert_problem (report, 1, "roster-ragged.csv", 5, "Email");
}

static void
test_bad_feedback (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) seed = NULL;
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(EmbImportReport) csat = NULL;
  g_autofree char *text = NULL;

  add_touchpoint (tdb->db, "Counter");
  seed = import_ok (tdb->db, "feedback-typeform.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);

  /* A category that names no touchpoint ("Moon base") is no problem: the
   * item would wait to be triaged */
  report = import_refused (tdb->db, "feedback-bad.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 3);
  assert_problem (report, 0, "feedback-bad.csv", 3, "NPS");
  assert_problem (report, 1, "feedback-bad.csv", 4, "Date");
  assert_problem (report, 2, "feedback-bad.csv", 5, "Kind");
  /* The messages name the values */
  g_assert_nonnull (strstr (emb_import_report_get_problem (report, 0)->message, "11"));
  g_assert_nonnull (strstr (emb_import_report_get_problem (report, 1)->message, "yesterday"));
  g_assert_nonnull (strstr (emb_import_report_get_problem (report, 2)->message, "grumble"));
  text = emb_import_report_to_string (report);
  g_assert_nonnull (strstr (text, "feedback-bad.csv:3: NPS: "));

  csat = import_refused (tdb->db, "feedback-csat-out-of-range.csv",
                         EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  g_assert_cmpuint (emb_import_report_get_n_problems (csat), ==, 2);
  assert_problem (csat, 0, "feedback-csat-out-of-range.csv", 3, "CSAT");
  assert_problem (csat, 1, "feedback-csat-out-of-range.csv", 4, "CSAT");
}

static void
test_missing_columns (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) roster = NULL;
  g_autoptr(EmbImportReport) feedback = NULL;

  /* A feedback file read as a roster has no employee numbers, and the
   * other way round no dates */
  roster = import_refused (tdb->db, "feedback-typeform.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, NULL);
  assert_problem (roster, 0, "feedback-typeform.csv", 1, NULL);
  feedback = import_refused (tdb->db, "roster-statuses.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL);
  assert_problem (feedback, 0, "roster-statuses.csv", 1, NULL);
}

/* Safety and plumbing ---------------------------------------------------- */

static void
test_cancel (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = fixture ("roster-comma.csv");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_ROSTER_CSV, NULL, cancellable,
                                  report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_cancel_while_writing (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = fixture ("roster-bamboohr.csv");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  EmbImportOptions options = { 0 };

  /* The departments and roles written first are rolled back too */
  options.progress = cancel_when_writing;
  options.progress_data = cancellable;
  g_assert_false (emb_csv_import (tdb->db, file, EMB_IMPORT_FORMAT_ROSTER_CSV, &options,
                                  cancellable, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *steps = user_data;

  g_array_append_val (steps, fraction);
}

static void
test_progress_and_changes (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(EmbImportReport) report = NULL;
  EmbImportOptions options = { 0 };

  options.progress = record_progress;
  options.progress_data = steps;
  report = import_ok (tdb->db, "roster-comma.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, &options);

  g_assert_cmpuint (steps->len, >, 0);
  g_assert_cmpfloat (g_array_index (steps, double, steps->len - 1), ==, 1.);
  for (guint i = 1; i < steps->len; i++)
    g_assert_cmpfloat (g_array_index (steps, double, i), >=, g_array_index (steps, double, i - 1));

  /* One notice for the whole import */
  g_assert_cmpuint (changes->events->len, ==, 1);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0));
}

static void
test_import_file (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) roster = fixture ("roster-semicolon.csv");
  g_autoptr(GFile) survey = fixture ("feedback-typeform.csv");
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;

  /* emb_import_file() tells the kinds apart by the header */
  g_assert_cmpint (emb_import_detect_format (roster, &error), ==, EMB_IMPORT_FORMAT_ROSTER_CSV);
  g_assert_no_error (error);
  g_assert_cmpint (emb_import_detect_format (survey, &error), ==, EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  g_assert_no_error (error);

  g_assert_true (emb_import_file (tdb->db, roster, NULL, NULL, report, &error));
  g_assert_no_error (error);
  g_assert_true (emb_import_file (tdb->db, survey, NULL, NULL, report, &error));
  g_assert_no_error (error);
  assert_counts (report, "employee", 2, 0, 0);
  assert_counts (report, "feedback", 3, 0, 0);
}

static void
test_preview (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = fixture ("roster-windows-1250.csv");
  g_autoptr(GFile) bad = fixture ("feedback-bad.csv");
  g_autoptr(GFile) csat = fixture ("feedback-range-csat.csv");
  g_autoptr(EmbCsvPreview) preview = NULL;
  g_autoptr(EmbCsvPreview) bad_preview = NULL;
  g_autoptr(EmbCsvPreview) csat_preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  EmbImportOptions options = { 0 };
  EmbCsvPreviewRow *row;

  options.encoding = "WINDOWS-1250";
  g_assert_true (emb_csv_preview (tdb->db, file, EMB_IMPORT_FORMAT_AUTO, &options, 1, NULL,
                                  &preview, &error));
  g_assert_no_error (error);
  g_assert_cmpint (preview->format, ==, EMB_IMPORT_FORMAT_ROSTER_CSV);
  g_assert_cmpstr (preview->encoding, ==, "WINDOWS-1250");
  g_assert_true (preview->converted);
  g_assert_cmpint (preview->separator, ==, ';');
  g_assert_cmpuint (preview->n_columns, ==, 5);
  g_assert_cmpstr (preview->headers[1], ==, "Imię");
  g_assert_cmpstr (preview->fields[0], ==, "employee-number");
  g_assert_cmpstr (preview->fields[1], ==, "first-name");
  g_assert_cmpstr (preview->fields[2], ==, "last-name");
  g_assert_cmpstr (preview->fields[3], ==, "department");
  g_assert_cmpstr (preview->fields[4], ==, "role");
  g_assert_null (preview->score_type);
  g_assert_cmpuint (preview->rows->len, ==, 1);
  row = g_ptr_array_index (preview->rows, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpuint (row->n_values, ==, 5);
  g_assert_cmpstr (row->values[2], ==, "Żółć");
  g_assert_cmpuint (emb_import_report_get_n_problems (preview->report), ==, 0);

  /* Without a database, with the problems of the rows shown */
  g_assert_true (emb_csv_preview (NULL, bad, EMB_IMPORT_FORMAT_FEEDBACK_CSV, NULL, 10, NULL,
                                  &bad_preview, &error));
  g_assert_no_error (error);
  g_assert_false (bad_preview->converted);
  g_assert_cmpstr (bad_preview->encoding, ==, "UTF-8");
  g_assert_cmpint (bad_preview->separator, ==, ',');
  g_assert_cmpstr (bad_preview->fields[1], ==, "score");
  g_assert_cmpstr (bad_preview->score_type, ==, "nps");
  g_assert_cmpuint (bad_preview->rows->len, ==, 5);
  g_assert_cmpuint (emb_import_report_get_n_problems (bad_preview->report), ==, 3);
  assert_problem (bad_preview->report, 0, "feedback-bad.csv", 3, "NPS");

  g_assert_true (emb_csv_preview (NULL, csat, EMB_IMPORT_FORMAT_AUTO, NULL, 10, NULL,
                                  &csat_preview, &error));
  g_assert_no_error (error);
  g_assert_cmpint (csat_preview->format, ==, EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  g_assert_cmpstr (csat_preview->score_type, ==, "csat");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_fields (void)
{
  const char * const *roster = emb_csv_import_list_fields (EMB_IMPORT_FORMAT_ROSTER_CSV);
  const char * const *feedback = emb_csv_import_list_fields (EMB_IMPORT_FORMAT_FEEDBACK_CSV);

  g_assert_true (g_strv_contains (roster, "employee-number"));
  g_assert_false (g_strv_contains (roster, "score"));
  g_assert_true (g_strv_contains (feedback, "touchpoint"));
  g_assert_false (g_strv_contains (feedback, "email"));
  for (guint i = 0; roster[i] != NULL; i++)
    g_assert_cmpstr (emb_csv_import_field_label (roster[i]), !=, roster[i]);
  for (guint i = 0; feedback[i] != NULL; i++)
    g_assert_cmpstr (emb_csv_import_field_label (feedback[i]), !=, feedback[i]);
}

/* Value maps, categories to triage, re-imports (issue 10) ------------------ */

static EmbImportReport *
import_file_ok (EmbDatabase            *db,
                const char             *name,
                const EmbImportOptions *options)
{
  return import_ok (db, name, EMB_IMPORT_FORMAT_FEEDBACK_CSV, options);
}

static const EmbImportValue *
find_value (EmbImportReport *report,
            const char      *column,
            const char      *value)
{
  for (guint i = 0; i < emb_import_report_get_n_values (report); i++)
    {
      const EmbImportValue *v = emb_import_report_get_value (report, i);

      if (g_str_equal (v->column, column) && g_str_equal (v->value, value))
        return v;
    }
  return NULL;
}

/* The mapping of a social-media monitoring export: its sentiment column as
 * the kind, and its reasons mapped to our touchpoints where we have one. */
static GHashTable *
mentions_mapping (void)
{
  return mapping_new ("Sentiment", "kind",
                      "value:Reason:Late Flight", "Boarding",
                      "value:Reason:lost luggage", "Baggage claim",
                      NULL);
}

static void
test_value_maps_categories (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GHashTable) mapping = mentions_mapping ();
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autofree char *summary = NULL;
  EmbImportOptions options = { 0 };
  gint64 boarding = add_touchpoint (tdb->db, "Boarding");
  gint64 baggage = add_touchpoint (tdb->db, "Baggage claim");
  const EmbImportValue *value;
  EmbFeedback *f;
  guint n_triage = 0;

  options.mapping = mapping;
  report = import_file_ok (tdb->db, "feedback-mentions.csv", &options);
  assert_counts (report, "feedback", 9, 0, 0);
  feedback = all_feedback (tdb->db);

  /* A mapped reason gets its touchpoint and keeps its category */
  f = feedback_with_source_id (feedback, "570306133677760513");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, boarding);
  g_assert_cmpstr (emb_feedback_get_category (f), ==, "Late Flight");
  g_assert_false (emb_feedback_get_triage (f));
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_COMPLAINT);
  g_assert_cmpstr (emb_feedback_get_channel (f), ==, "Twitter");
  f = feedback_with_source_id (feedback, "570301031407624196");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, baggage);
  g_assert_cmpstr (emb_feedback_get_category (f), ==, "Lost Luggage");

  /* An unknown reason: no touchpoint, kept, to triage */
  f = feedback_with_source_id (feedback, "570301083672813571");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (f), ==, 0);
  g_assert_cmpstr (emb_feedback_get_category (f), ==, "Customer Service Issue");
  g_assert_true (emb_feedback_get_triage (f));

  /* No reason at all: nothing to triage */
  f = feedback_with_source_id (feedback, "570301130888122368");
  g_assert_cmpint (emb_feedback_get_kind (f), ==, EMB_FEEDBACK_KIND_PRAISE);
  g_assert_cmpstr (emb_feedback_get_category (f), ==, "");
  g_assert_false (emb_feedback_get_triage (f));

  for (guint i = 0; i < feedback->len; i++)
    n_triage += emb_feedback_get_triage (g_ptr_array_index (feedback, i));
  g_assert_cmpuint (n_triage, ==, 4);

  /* The report counts every value of the categorical columns and marks
   * the unknown categories */
  value = find_value (report, "Reason", "Customer Service Issue");
  g_assert_nonnull (value);
  g_assert_cmpuint (value->count, ==, 2);
  g_assert_true (value->unknown);
  g_assert_cmpstr (value->field, ==, "touchpoint");
  value = find_value (report, "Reason", "Late Flight");
  g_assert_cmpuint (value->count, ==, 2);
  g_assert_false (value->unknown);
  g_assert_cmpstr (value->mapped, ==, "Boarding");
  value = find_value (report, "Sentiment", "negative");
  g_assert_cmpuint (value->count, ==, 7);
  g_assert_cmpuint (emb_import_report_get_n_unknown (report), ==, 3);
  summary = emb_import_report_to_string (report);
  g_assert_nonnull (strstr (summary, "“Customer Service Issue” (column “Reason”): 2 items"));
  g_assert_nonnull (strstr (summary, "“Bad Flight” (column “Reason”): 1 item\n"));
}

static void
test_value_maps_refused (void)
{
  static const struct
  {
    const char *key;
    const char *ours;
    const char *words;    /* in the message */
  } cases[] = {
    { "value:Reason:Late Flight", "Runway", "Runway" },        /* no such touchpoint */
    { "value:Sentiment:negative", "grumpy", "grumpy" },        /* no kind */
    { "value:Reasons:Late Flight", "Boarding", "COLUMN:VALUE" }, /* no such column */
    { "value:Author:pilot", "Boarding", "Author" },            /* a column not imported */
    { "kind:negative", "moaning", "moaning" },
    { "value:Reason:", "Boarding", NULL },
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();

  add_touchpoint (tdb->db, "Boarding");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GHashTable) mapping = mapping_new ("Sentiment", "kind",
                                                   cases[i].key, cases[i].ours, NULL);
      g_autoptr(EmbImportReport) report = NULL;
      EmbImportOptions options = { .mapping = mapping };
      const EmbImportProblem *problem;

      report = import_refused (tdb->db, "feedback-mentions.csv", EMB_IMPORT_FORMAT_FEEDBACK_CSV,
                               &options);
      g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 1);
      problem = emb_import_report_get_problem (report, 0);
      if (cases[i].words != NULL)
        g_assert_nonnull (strstr (problem->message, cases[i].words));
    }
}

static void
test_value_maps_roster (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(EmbImportReport) refused = NULL;
  g_autoptr(EmbImportReport) report = NULL;
  g_autoptr(EmbEmployee) bob = NULL;
  g_autoptr(EmbEmployee) cy = NULL;
  g_autofree char *department = NULL;
  EmbImportOptions options = { 0 };

  /* A status the programme cannot read is refused until it is mapped */
  refused = import_refused (tdb->db, "roster-odd-statuses.csv", EMB_IMPORT_FORMAT_ROSTER_CSV,
                            NULL);
  g_assert_nonnull (find_value (refused, "Employment Status", "Gone fishing"));

  mapping = mapping_new ("value:Employment Status:garden LEAVE", "active",
                         "status:Gone fishing", "inactive",
                         "value:Department:CS", "Customer service",
                         NULL);
  options.mapping = mapping;
  report = import_ok (tdb->db, "roster-odd-statuses.csv", EMB_IMPORT_FORMAT_ROSTER_CSV, &options);
  assert_counts (report, "employee", 3, 0, 0);
  bob = employee (tdb->db, "E-101");
  cy = employee (tdb->db, "E-102");
  g_assert_true (emb_employee_get_active (bob));
  g_assert_false (emb_employee_get_active (cy));
  department = department_name (tdb->db, emb_employee_get_department_id (bob));
  g_assert_cmpstr (department, ==, "Customer service");
}

static void
test_reimport_by_id (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) dry = NULL;
  g_autoptr(EmbImportReport) again = NULL;
  g_autofree char *before = NULL;
  EmbImportOptions options = { 0 };

  first = import_file_ok (tdb->db, "feedback-surveymonkey.csv", NULL);
  assert_counts (first, "feedback", 2, 0, 0);
  before = emb_test_dump (tdb->db);

  /* The same export again adds nothing: a dry run says so, the import
   * does so */
  options.dry_run = TRUE;
  dry = import_file_ok (tdb->db, "feedback-surveymonkey.csv", &options);
  assert_counts (dry, "feedback", 0, 0, 2);
  again = import_file_ok (tdb->db, "feedback-surveymonkey.csv", NULL);
  assert_counts (again, "feedback", 0, 0, 2);
  emb_test_assert_unchanged (tdb->db, before);
  g_assert_cmpuint (emb_import_report_get_n_warnings (again), ==, 0);
}

static void
test_reimport_spreadsheet_ids (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GHashTable) mapping = mentions_mapping ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) copy = NULL;
  g_autoptr(EmbImportReport) alone = NULL;
  g_autoptr(EmbTestDb) other = emb_test_db_new ();
  g_autoptr(GPtrArray) feedback = NULL;
  g_autofree char *before = NULL;
  const EmbImportWarning *warning;
  EmbImportOptions options = { 0 };

  add_touchpoint (tdb->db, "Boarding");
  add_touchpoint (tdb->db, "Baggage claim");
  add_touchpoint (other->db, "Boarding");
  add_touchpoint (other->db, "Baggage claim");
  g_hash_table_insert (mapping, g_strdup ("default:source"), g_strdup ("Mentions"));
  options.mapping = mapping;

  first = import_file_ok (tdb->db, "feedback-mentions.csv", &options);
  assert_counts (first, "feedback", 9, 0, 0);
  before = emb_test_dump (tdb->db);

  /* The copy whose ids a spreadsheet rounded: its id column is no key (a
   * warning names it and an id), the content and date find every item */
  copy = import_file_ok (tdb->db, "feedback-mentions-spreadsheet.csv", &options);
  assert_counts (copy, "feedback", 0, 0, 9);
  emb_test_assert_unchanged (tdb->db, before);
  g_assert_cmpuint (emb_import_report_get_n_warnings (copy), ==, 1);
  warning = emb_import_report_get_warning (copy, 0);
  g_assert_nonnull (strstr (warning->message, "Tweet ID"));
  g_assert_nonnull (strstr (warning->message, "5.70301E+17"));
  g_assert_cmpuint (warning->line, ==, 4);

  /* Alone, the copy merges none of its different items, and keeps no id */
  alone = import_file_ok (other->db, "feedback-mentions-spreadsheet.csv", &options);
  assert_counts (alone, "feedback", 9, 0, 0);
  feedback = all_feedback (other->db);
  for (guint i = 0; i < feedback->len; i++)
    g_assert_cmpstr (emb_feedback_get_source_id (g_ptr_array_index (feedback, i)), ==, "");
}

static void
test_reimport_by_content (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) again = NULL;
  g_autoptr(EmbImportReport) dry = NULL;
  g_autoptr(EmbImportReport) later = NULL;
  g_autoptr(GHashTable) mapping = mapping_new ("default:source", "Daily NPS", NULL);
  EmbImportOptions options = { .mapping = mapping };
  EmbImportOptions dry_options = { .mapping = mapping, .dry_run = TRUE };

  /* Two answers alike on one day are two items */
  first = import_file_ok (tdb->db, "feedback-nps-daily.csv", &options);
  assert_counts (first, "feedback", 4, 0, 0);
  again = import_file_ok (tdb->db, "feedback-nps-daily.csv", &options);
  assert_counts (again, "feedback", 0, 0, 4);

  /* A later export of the same survey: a third 9 on the first day and an
   * answer of a new day are new */
  dry = import_file_ok (tdb->db, "feedback-nps-daily-later.csv", &dry_options);
  assert_counts (dry, "feedback", 2, 0, 4);
  later = import_file_ok (tdb->db, "feedback-nps-daily-later.csv", &options);
  assert_counts (later, "feedback", 2, 0, 4);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback"), ==, 6);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback WHERE score = 9"),
                   ==, 3);
}

/* The look-ups of a re-import use the indexes, never a scan of feedback. */
static void
test_reimport_uses_indexes (void)
{
  static const char * const queries[] = {
    "SELECT 1 FROM feedback WHERE source = ?1 AND source_id = ?2 AND source_id <> '' LIMIT 1",
    "SELECT count(*) FROM feedback WHERE source = ?1 AND received_at = ?2 AND score IS ?3"
    " AND length (text) = ?4 AND text = ?5 AND category = ?6 AND id <= ?7"
    " AND (?8 = 0 OR source_id = '')",
    "SELECT 1 FROM feedback WHERE source = ?1 LIMIT 1",
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  sqlite3 *handle = _emb_database_get_handle (tdb->db);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt;

      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);
      g_assert_null (strstr (plan->str, "SCAN feedback"));
      g_assert_nonnull (strstr (plan->str, "SEARCH feedback USING"));
    }
}

static void
test_import_with_profile (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GHashTable) mapping = mentions_mapping ();
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) nightly = NULL;
  g_autoptr(EmbImportProfile) profile = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  EmbImportOptions options = { .mapping = mapping, .profile = "Airline mentions" };
  EmbImportOptions unattended = { .profile = "airline MENTIONS" };

  add_touchpoint (tdb->db, "Boarding");
  add_touchpoint (tdb->db, "Baggage claim");

  /* The first import creates the profile with what it used */
  first = import_file_ok (tdb->db, "feedback-mentions.csv", &options);
  assert_counts (first, "feedback", 9, 0, 0);
  profile = emb_import_profile_load (tdb->db, "Airline mentions", &error);
  g_assert_no_error (error);
  g_assert_cmpint (profile->format, ==, EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  g_assert_cmpstr (g_hash_table_lookup (profile->mapping, "value:Reason:Late Flight"), ==,
                   "Boarding");
  g_assert_cmpstr (g_hash_table_lookup (profile->mapping, "Sentiment"), ==, "kind");
  g_assert_cmpstr (g_hash_table_lookup (profile->mapping, "Tweet ID"), ==, "source-id");
  g_assert_cmpstr (g_hash_table_lookup (profile->mapping, "Author"), ==, "");
  feedback = all_feedback (tdb->db);
  g_assert_cmpstr (emb_feedback_get_source (g_ptr_array_index (feedback, 0)), ==,
                   "Airline mentions");
  name = emb_import_profile_find_for_source (tdb->db, "Airline mentions", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Airline mentions");

  /* The nightly import names the profile alone, whatever the case */
  nightly = import_file_ok (tdb->db, "feedback-mentions-spreadsheet.csv", &unattended);
  assert_counts (nightly, "feedback", 0, 0, 9);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);
  /* The suite runs it again with every file read on a thread of its own. */
  if (g_getenv ("EMB_TEST_READING_THREAD") != NULL)
    _emb_csv_set_reading_thread_bytes (1);

  g_test_add_func ("/import/csv/separators", test_separators);
  g_test_add_func ("/import/csv/separator-line", test_separator_line);
  g_test_add_func ("/import/csv/quoted-and-padded", test_quoted);
  g_test_add_func ("/import/csv/encoding/default", test_default_encoding);
  g_test_add_func ("/import/csv/encoding/windows-1250", test_windows_1250);
  g_test_add_func ("/import/csv/encoding/windows-1253", test_windows_1253);
  g_test_add_func ("/import/csv/encoding/wrong", test_wrong_encoding);
  g_test_add_func ("/import/csv/encoding/utf-16", test_utf16);
  g_test_add_func ("/import/csv/dates/roster", test_roster_dates);
  g_test_add_func ("/import/csv/dates/feedback", test_feedback_dates);
  g_test_add_func ("/import/csv/headers/hr-export", test_hr_export);
  g_test_add_func ("/import/csv/headers/survey-export", test_survey_export);
  g_test_add_func ("/import/csv/headers/surveymonkey", test_surveymonkey);
  g_test_add_func ("/import/csv/headers/guess-kind", test_guess_kind);
  g_test_add_func ("/import/csv/mapping/override", test_mapping);
  g_test_add_func ("/import/csv/mapping/defaults", test_mapping_defaults);
  g_test_add_func ("/import/csv/mapping/unknown-field", test_mapping_unknown_field);
  g_test_add_func ("/import/csv/scores/by-values", test_scores_by_values);
  g_test_add_func ("/import/csv/scores/by-header", test_scores_by_header);
  g_test_add_func ("/import/csv/scores/score-type-column", test_score_type_column);
  g_test_add_func ("/import/csv/feedback/touchpoint-categories", test_touchpoint_categories);
  g_test_add_func ("/import/csv/feedback/kind-categories", test_kind_categories);
  g_test_add_func ("/import/csv/roster/statuses", test_statuses);
  g_test_add_func ("/import/csv/roster/upsert", test_upsert);
  g_test_add_func ("/import/csv/roster/partial-columns", test_partial_columns);
  g_test_add_func ("/import/csv/roster/departments-and-roles", test_departments_and_roles);
  g_test_add_func ("/import/csv/dry-run", test_dry_run);
  g_test_add_func ("/import/csv/problems/bad-files", test_bad_files);
  g_test_add_func ("/import/csv/problems/ragged", test_ragged);
  g_test_add_func ("/import/csv/problems/multi-line-records", test_multiline_lines);
  g_test_add_func ("/import/csv/problems/feedback", test_bad_feedback);
  g_test_add_func ("/import/csv/problems/missing-columns", test_missing_columns);
  g_test_add_func ("/import/csv/cancel", test_cancel);
  g_test_add_func ("/import/csv/cancel-while-writing", test_cancel_while_writing);
  g_test_add_func ("/import/csv/progress-and-changes", test_progress_and_changes);
  g_test_add_func ("/import/csv/import-file", test_import_file);
  g_test_add_func ("/import/csv/preview", test_preview);
  g_test_add_func ("/import/csv/fields", test_fields);

  g_test_add_func ("/import/csv/values/categories", test_value_maps_categories);
  g_test_add_func ("/import/csv/values/refused", test_value_maps_refused);
  g_test_add_func ("/import/csv/values/roster", test_value_maps_roster);
  g_test_add_func ("/import/csv/reimport/by-id", test_reimport_by_id);
  g_test_add_func ("/import/csv/reimport/spreadsheet-ids", test_reimport_spreadsheet_ids);
  g_test_add_func ("/import/csv/reimport/by-content", test_reimport_by_content);
  g_test_add_func ("/import/csv/reimport/uses-indexes", test_reimport_uses_indexes);
  g_test_add_func ("/import/csv/profile", test_import_with_profile);

  return g_test_run ();
}
