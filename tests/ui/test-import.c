/* test-import.c: the import assistant, driven through its own widgets and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "emb-database-private.h"
#include "emb-import-profile.h"
#include "emb-import-dialog.h"
#include "emb-people-store.h"
#include "emb-ui-test-util.h"

typedef struct
{
  char        *dir;
  EmbDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("embassy-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "programme.db", NULL);
  f->db = emb_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_test_iterate (100);
  g_clear_object (&f->db);
  emb_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "ui", name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
check_finished (gpointer data)
{
  const char *state = emb_import_dialog_get_state (data);

  return !g_str_equal (state, "checking") && !g_str_equal (state, "importing");
}

static void
wait_checked (EmbImportDialog *dialog)
{
  g_assert_true (emb_ui_test_wait_for (check_finished, dialog, 30000));
}

static void
on_imported (EmbImportDialog *dialog,
             const char      *summary,
             char           **out)
{
  *out = g_strdup (summary);
}

static gboolean
string_set (gpointer data)
{
  return *(char **)data != NULL;
}

static gint64
count (EmbDatabase *db,
       const char  *sql)
{
  return _emb_database_count (db, sql);
}

/* A Polish HR export in Windows-1250 with semicolons: read, checked,
 * imported. */
static void
test_roster (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("roster-pl-1250.csv");
  g_autofree char *summary = NULL;
  EmbImportDialog *dialog;
  EmbImportReport *report;
  guint added;

  dialog = emb_import_dialog_new (NULL, f->db, file);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);

  g_assert_cmpint (emb_import_dialog_get_format (dialog), ==, EMB_IMPORT_FORMAT_ROSTER_CSV);

  /* The user names the encoding the spreadsheet program saved. */
  emb_import_dialog_set_encoding (dialog, "WINDOWS-1250");
  wait_checked (dialog);
  g_assert_cmpstr (emb_import_dialog_get_encoding (dialog), ==, "WINDOWS-1250");
  g_assert_cmpuint (emb_import_dialog_get_n_preview_rows (dialog), ==, 4);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (dialog), "Łukasz"));
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (dialog), _("Semicolon")));
  g_assert_cmpstr (emb_import_dialog_get_column_field (dialog, "Nr pracownika"), ==, "employee-number");
  g_assert_cmpstr (emb_import_dialog_get_column_field (dialog, "Nazwisko"), ==, "last-name");
  g_assert_cmpstr (emb_import_dialog_get_column_field (dialog, "Data zatrudnienia"), ==, "hire-date");

  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "ready");
  report = emb_import_dialog_get_check_report (dialog);
  emb_import_report_get_counts (report, "employee", &added, NULL, NULL);
  g_assert_cmpuint (added, ==, 4);
  /* The check wrote nothing. */
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM employee"), ==, 0);
  emb_ui_test_screenshot (GTK_WIDGET (dialog), "import-roster-en");

  /* Without the employee number column nothing can be imported. */
  emb_import_dialog_set_column_field (dialog, "Nr pracownika", NULL);
  wait_checked (dialog);
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "invalid");
  g_assert_cmpuint (emb_import_report_get_n_problems (emb_import_dialog_get_check_report (dialog)), >, 0);

  emb_import_dialog_set_column_field (dialog, "Nr pracownika", "employee-number");
  wait_checked (dialog);
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "ready");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  g_assert_true (emb_ui_test_wait_for (string_set, &summary, 30000));
  emb_ui_test_iterate (100);

  g_assert_cmpint (count (f->db, "SELECT count(*) FROM employee"), ==, 4);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM employee WHERE active = 0"), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM employee WHERE name = 'Łukasz Żółć'"), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM department"), ==, 2);
  {
    /* The summary counts everything added: employees, departments, roles. */
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT " added",
                                                 count (f->db, "SELECT (SELECT count(*) FROM employee)"
                                                               " + (SELECT count(*) FROM department)"
                                                               " + (SELECT count(*) FROM role)"));
    g_assert_nonnull (strstr (summary, expected));
  }
  g_object_unref (dialog);
}

/* A file with problems: each listed with its line; importing is not offered. */
static void
test_problems (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("roster-bad.csv");
  EmbImportDialog *dialog;
  EmbImportReport *report;
  gboolean line3 = FALSE, line4 = FALSE;

  dialog = emb_import_dialog_new (NULL, f->db, file);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  wait_checked (dialog);

  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "invalid");
  report = emb_import_dialog_get_check_report (dialog);
  for (guint i = 0; i < emb_import_report_get_n_problems (report); i++)
    {
      const EmbImportProblem *problem = emb_import_report_get_problem (report, i);

      line3 |= problem->line == 3;
      line4 |= problem->line == 4;
      /* Every problem is listed in the assistant. */
      g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (dialog), problem->message));
    }
  g_assert_true (line3);
  g_assert_true (line4);

  /* Import is disabled: activating it does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL);
  emb_ui_test_iterate (200);
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "invalid");
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM employee"), ==, 0);
  emb_ui_test_screenshot (GTK_WIDGET (dialog), "import-problems-en");
  g_object_unref (dialog);
}

/* Stopping a long import changes nothing. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "feedback.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("Date,Score,Comment\n");
  g_autoptr(GFile) file = NULL;
  EmbImportDialog *dialog;

  for (guint i = 0; i < 60000; i++)
    g_string_append_printf (csv, "2026-%02u-%02u 10:00,%u,Answer number %u\n",
                            1 + i % 12, 1 + i % 28, i % 11, i);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  file = g_file_new_for_path (path);

  dialog = emb_import_dialog_new (NULL, f->db, file);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  g_assert_cmpint (emb_import_dialog_get_format (dialog), ==, EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  wait_checked (dialog);
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "ready");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "importing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  wait_checked (dialog);

  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "cancelled");
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM feedback"), ==, 0);
  g_object_unref (dialog);
}

static void
wait_value_row_state (EmbImportDialog *dialog)
{
  emb_ui_test_iterate (50);
  wait_checked (dialog);
}

static EmbImportProfileDialog *
find_confirmation (EmbImportProfileDialog *asking)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (EMB_IS_IMPORT_PROFILE_DIALOG (window) && window != (GObject *)asking &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return EMB_IMPORT_PROFILE_DIALOG (window);
    }
  return NULL;
}

/* A monitoring tool's export: its sentiment read as the kind, a reason
 * mapped to a touchpoint, an unknown category mapped, skip-invalid on, the
 * choices saved as a profile, the import; then the profile applied to the
 * same export, which adds nothing. */
static void
test_value_maps (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("feedback-mentions.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbImportProfile) profile = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *again_summary = NULL;
  EmbImportProfileDialog *asking;
  EmbImportProfileDialog *confirmation;
  EmbImportDialog *dialog;
  EmbImportDialog *again;
  EmbImportValueRow *row;
  guint added, skipped;

  g_assert_true (_emb_database_exec (f->db,
                                     "INSERT INTO journey_stage (uuid, name, created_at, updated_at)"
                                     " VALUES ('s', 'Travel', '2024-01-01', '2024-01-01');"
                                     "INSERT INTO touchpoint (uuid, stage_id, name, created_at,"
                                     " updated_at) VALUES ('t1', 1, 'Boarding', '2024-01-01',"
                                     " '2024-01-01'), ('t2', 1, 'Baggage claim', '2024-01-01',"
                                     " '2024-01-01')", &error));
  g_assert_no_error (error);

  dialog = emb_import_dialog_new (NULL, f->db, file);
  g_object_ref_sink (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 720, 1000);
  gtk_window_present (GTK_WINDOW (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  g_assert_cmpint (emb_import_dialog_get_format (dialog), ==, EMB_IMPORT_FORMAT_FEEDBACK_CSV);

  emb_import_dialog_set_column_field (dialog, "Sentiment", "kind");
  wait_checked (dialog);
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "ready");
  g_assert_cmpuint (emb_import_report_get_n_unknown (emb_import_dialog_get_check_report (dialog)),
                    ==, 5);

  /* Map a value of the category column, then an unknown category */
  row = emb_import_dialog_find_value_row (dialog, "Reason", "Late Flight");
  g_assert_nonnull (row);
  g_assert_true (emb_import_value_row_set_ours (row, "Boarding"));
  wait_value_row_state (dialog);
  row = emb_import_dialog_find_value_row (dialog, "Reason", "Lost Luggage");
  g_assert_nonnull (row);
  g_assert_true (emb_import_value_row_set_ours (row, "Baggage claim"));
  wait_value_row_state (dialog);
  g_assert_cmpuint (emb_import_report_get_n_unknown (emb_import_dialog_get_check_report (dialog)),
                    ==, 3);
  /* The kinds can be mapped too */
  g_assert_nonnull (emb_import_dialog_find_value_row (dialog, "Sentiment", "negative"));

  emb_import_dialog_set_skip_invalid (dialog, TRUE);
  wait_checked (dialog);
  g_assert_cmpstr (emb_import_dialog_get_state (dialog), ==, "ready");
  emb_ui_test_screenshot (GTK_WIDGET (dialog), data);

  /* Save the choices as a profile */
  asking = emb_import_dialog_ask_profile (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (asking));
  emb_import_profile_dialog_set_name (asking, "Airline mentions");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (asking), "save");
  emb_ui_test_iterate (50);
  profile = emb_import_profile_load (f->db, "Airline mentions", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (profile->mapping, "value:Reason:Lost Luggage"), ==,
                   "Baggage claim");
  g_assert_cmpstr (g_hash_table_lookup (profile->mapping, "Sentiment"), ==, "kind");
  g_assert_true (profile->skip_invalid);
  g_assert_cmpstr (emb_import_dialog_get_profile (dialog), ==, "Airline mentions");

  /* The same name again, whatever its case: replacing is confirmed */
  asking = emb_import_dialog_ask_profile (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (asking));
  emb_import_profile_dialog_set_name (asking, "AIRLINE mentions");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (asking), "save");
  emb_ui_test_iterate (50);
  confirmation = find_confirmation (asking);
  g_assert_nonnull (confirmation);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirmation), "save");
  emb_ui_test_iterate (50);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM import_profile"), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM import_profile"
                                 " WHERE name = 'AIRLINE mentions'"), ==, 1);

  wait_checked (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  g_assert_true (emb_ui_test_wait_for (string_set, &summary, 30000));
  emb_ui_test_iterate (100);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM feedback"), ==, 9);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM feedback WHERE triage = 1"), ==, 4);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM feedback f JOIN touchpoint t"
                                 " ON t.id = f.touchpoint_id WHERE t.name = 'Baggage claim'"
                                 " AND f.category = 'Lost Luggage'"), ==, 1);
  g_object_unref (dialog);

  /* The profile applied to the same export: nothing twice */
  again = emb_import_dialog_new (NULL, f->db, file);
  g_object_ref_sink (again);
  gtk_window_present (GTK_WINDOW (again));
  emb_ui_test_wait_mapped (GTK_WIDGET (again));
  g_signal_connect (again, "imported", G_CALLBACK (on_imported), &again_summary);
  emb_import_dialog_set_profile (again, "airline MENTIONS");
  wait_checked (again);
  g_assert_cmpstr (emb_import_dialog_get_column_field (again, "Sentiment"), ==, "kind");
  g_assert_cmpstr (emb_import_dialog_get_state (again), ==, "ready");
  emb_import_report_get_counts (emb_import_dialog_get_check_report (again), "feedback", &added,
                                NULL, &skipped);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (skipped, ==, 9);
  g_object_unref (again);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("EMBASSY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/import/roster", Fixture, NULL, fixture_set_up, test_roster, fixture_tear_down);
  g_test_add ("/ui/import/problems", Fixture, NULL, fixture_set_up, test_problems, fixture_tear_down);
  g_test_add ("/ui/import/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/ui/import/value-maps", Fixture,
              g_strcmp0 (g_getenv ("LANGUAGE"), "pl") == 0 ? "import-values-pl" : "import-values-en",
              fixture_set_up, test_value_maps, fixture_tear_down);

  return g_test_run ();
}
