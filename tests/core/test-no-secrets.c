/* test-no-secrets.c: no PIN, PIN hash or customer reference is ever logged
 * or shown in an error
 *
 * Real flows run with every debug message on (G_MESSAGES_DEBUG=all): setting
 * and failing PINs (an employee's, the manager's, a staff sign-in), importing
 * a helpdesk's feedback export whose customer references stand next to a bad
 * rating (checked, then imported with the bad row skipped), exporting the
 * programme as a bundle and importing it, good and spoiled, elsewhere,
 * erasing and exporting a person. Everything logged, printed and every
 * error message and import report is kept, and none of it may hold the
 * PIN, its hash or a customer's reference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-bundle.h"
#include "emb-database-private.h"
#include "emb-import-report.h"
#include "emb-import.h"
#include "emb-person-erase.h"
#include "emb-person-export.h"
#include "emb-pin-private.h"
#include "emb-pin.h"
#include "emb-records.h"
#include "emb-staff-session.h"
#include "emb-test-util.h"

#define PIN         "735913"
#define MANAGER_PIN "864208"

static const char *const customer_refs[] = {
  "CUST-SECRET-4411", "CUST-SECRET-5522", "jan.kowalski@example.org",
};

/* Everything said while the flows run. */
static GString *said;

static GLogWriterOutput
keep_log (GLogLevelFlags   log_level,
          const GLogField *fields,
          gsize            n_fields,
          gpointer         user_data)
{
  g_autofree char *line = g_log_writer_format_fields (log_level, fields, n_fields, FALSE);

  if (said != NULL)
    g_string_append_printf (said, "%s\n", line);
  /* Warnings are shown (and stay fatal, as the test environment asks);
   * the rest would spoil the test's TAP output. */
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_default (log_level, fields, n_fields, user_data);
  return G_LOG_WRITER_HANDLED;
}

static void
keep_print (const char *text)
{
  if (said != NULL)
    g_string_append (said, text);
}

/* Keeps the message of @error (if any) and clears it. */
static void
keep_error (GError **error)
{
  if (*error == NULL)
    return;
  g_string_append_printf (said, "error: %s\n", (*error)->message);
  g_clear_error (error);
}

static void
keep_report (EmbImportReport *report)
{
  g_autofree char *text = emb_import_report_to_string (report);

  g_string_append_printf (said, "report: %s\n", text);
}

static char *
stored_text (EmbDatabase *db,
             const char  *sql)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return _emb_column_dup_text (stmt, 0);
}

static void
pin_flows (EmbTestDb *tdb,
           gint64     employee_id,
           GPtrArray *secrets)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 2);
  g_autoptr(EmbStaffSession) session = NULL;

  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, employee_id, PIN, &error));
  g_assert_no_error (error);
  g_assert_true (emb_pin_store_set_manager_pin (tdb->db, MANAGER_PIN, &error));
  g_assert_no_error (error);
  g_ptr_array_add (secrets, stored_text (tdb->db, "SELECT pin_hash FROM employee"
                                                  " WHERE pin_hash IS NOT NULL"));
  g_ptr_array_add (secrets, stored_text (tdb->db, "SELECT value FROM setting"
                                                  " WHERE key = 'manager-pin-hash'"));

  /* PINs refused for their form, wrong PINs, a lock-out, right PINs. */
  g_assert_false (emb_pin_validate (PIN "x", &error));
  keep_error (&error);
  g_assert_false (emb_pin_store_set_employee_pin (tdb->db, employee_id, "73a913", &error));
  keep_error (&error);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_false (emb_pin_store_check_employee_pin (tdb->db, employee_id, "735914", now,
                                                        &error));
      keep_error (&error);
      g_assert_false (emb_pin_store_check_manager_pin (tdb->db, "864209", now, &error));
      keep_error (&error);
    }
  /* Locked out now, whatever the PIN. */
  session = emb_staff_session_sign_in (tdb->db, employee_id, PIN, now, &error);
  keep_error (&error);
  g_assert_null (session);
  session = emb_staff_session_sign_in (tdb->db, employee_id, PIN, later, &error);
  keep_error (&error);
  g_assert_nonnull (session);
  g_assert_true (emb_pin_store_check_manager_pin (tdb->db, MANAGER_PIN, later, &error));
  keep_error (&error);
}

static void
feedback_flows (EmbTestDb *tdb)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "csv",
                                                 "feedback-helpdesk-customers.csv", NULL);
  g_autofree char *rejects = g_build_filename (tdb->dir, "rejects.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { 0 };

  /* The bad row refuses the file: the report and the error are kept. */
  {
    g_autoptr(EmbImportReport) report = emb_import_report_new ();

    g_assert_false (emb_import_file (tdb->db, file, &options, NULL, report, &error));
    keep_error (&error);
    keep_report (report);
    g_assert_cmpuint (emb_import_report_get_n_problems (report), >, 0);
  }

  /* A dry run, then the valid rows with the bad one set aside. */
  options.dry_run = TRUE;
  options.skip_invalid = TRUE;
  options.rejects = rejects;
  {
    g_autoptr(EmbImportReport) report = emb_import_report_new ();

    emb_import_file (tdb->db, file, &options, NULL, report, &error);
    keep_error (&error);
    keep_report (report);
  }
  options.dry_run = FALSE;
  {
    g_autoptr(EmbImportReport) report = emb_import_report_new ();

    g_assert_true (emb_import_file (tdb->db, file, &options, NULL, report, &error));
    keep_error (&error);
    keep_report (report);
  }
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback"
                                                 " WHERE customer_ref <> ''"), ==, 2);
}

static void
bundle_flows (EmbTestDb *tdb)
{
  g_autofree char *path = g_build_filename (tdb->dir, "bundle.json", NULL);
  g_autofree char *spoiled_path = g_build_filename (tdb->dir, "spoiled.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) spoiled = g_file_new_for_path (spoiled_path);
  g_autoptr(EmbTestDb) other = emb_test_db_new ();
  g_autoptr(EmbTestDb) third = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) bad = NULL;
  char *score;

  g_assert_true (emb_bundle_export (tdb->db, file, NULL, NULL, NULL, &error));
  keep_error (&error);
  {
    g_autoptr(EmbImportReport) report = emb_import_report_new ();

    g_assert_true (emb_bundle_import (other->db, file, NULL, NULL, report, &error));
    keep_error (&error);
    keep_report (report);
  }

  /* The same bundle with a score out of range beside a customer's reference. */
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  bad = g_string_new (text);
  score = strstr (bad->str, "\"score\"");
  g_assert_nonnull (score);
  score += strcspn (score, "0123456789");
  g_assert_true (*score == '5' || *score == '2');
  /* 5 becomes 55, 2 becomes 25: no CSAT score. */
  g_string_insert_c (bad, score - bad->str + 1, '5');
  g_assert_true (g_file_set_contents (spoiled_path, bad->str, -1, &error));
  {
    g_autoptr(EmbImportReport) report = emb_import_report_new ();

    g_assert_false (emb_bundle_import (third->db, spoiled, NULL, NULL, report, &error));
    keep_error (&error);
    keep_report (report);
  }
}

static void
person_flows (EmbTestDb  *tdb)
{
  g_autofree char *path = g_build_filename (tdb->dir, "person.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *html = NULL;

  g_assert_true (emb_person_export (tdb->db, "E-7", file, EMB_PERSON_EXPORT_HTML, &error));
  keep_error (&error);
  g_assert_true (g_file_get_contents (path, &html, NULL, &error));
  g_string_append (said, html);
  description = emb_person_erase_describe (tdb->db, "E-7", NULL, &error);
  keep_error (&error);
  g_string_append (said, description);
  g_assert_true (emb_person_erase (tdb->db, "E-7", &error));
  keep_error (&error);
  g_assert_false (emb_person_erase (tdb->db, "E-7", &error));
  keep_error (&error);
}

static void
test_nothing_secret_said (void)
{
  g_autoptr(EmbTestDb) tdb = NULL;
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GPrintFunc old_print, old_printerr;
  gint64 department, employee_id;

  said = g_string_new (NULL);
  tdb = emb_test_db_new ();
  department = emb_test_add_department (tdb->db, "Helpdesk");
  employee_id = emb_test_add_employee (tdb->db, "E-7", "Ola Nowak", department, 0, TRUE);

  old_print = g_set_print_handler (keep_print);
  old_printerr = g_set_printerr_handler (keep_print);

  pin_flows (tdb, employee_id, secrets);
  feedback_flows (tdb);
  /* Ola follows up the feedback, so her export holds it. */
  g_assert_true (_emb_database_exec (tdb->db, "UPDATE feedback SET assignee_id ="
                                              " (SELECT id FROM employee)", &error));
  bundle_flows (tdb);
  person_flows (tdb);

  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);

  /* Something was said (the debug messages are on), and nothing secret. */
  g_assert_nonnull (strstr (said->str, "Applied migration"));
  g_assert_nonnull (strstr (said->str, "Excellent!"));
  g_assert_nonnull (strstr (said->str, "error: "));
  g_assert_cmpuint (secrets->len, ==, 2);
  for (guint i = 0; i < secrets->len; i++)
    {
      g_assert_true (g_str_has_prefix (secrets->pdata[i], "$argon2id$"));
      g_assert_null (strstr (said->str, secrets->pdata[i]));
    }
  /* The hash is salted: no part of it either. */
  g_assert_null (strstr (said->str, "$argon2"));
  g_assert_null (strstr (said->str, PIN));
  g_assert_null (strstr (said->str, MANAGER_PIN));
  g_assert_null (strstr (said->str, "735914"));
  g_assert_null (strstr (said->str, "864209"));
  for (guint i = 0; i < G_N_ELEMENTS (customer_refs); i++)
    g_assert_null (strstr (said->str, customer_refs[i]));

  g_string_free (said, TRUE);
  said = NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  emb_test_init (&argc, &argv);
  g_log_set_writer_func (keep_log, NULL, NULL);
  _emb_pin_use_least_limits (TRUE);

  g_test_add_func ("/no-secrets/flows", test_nothing_secret_said);

  return g_test_run ();
}
