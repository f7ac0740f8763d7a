/* test-employee-pin.c: managers set, reset and remove an employee's PIN, and
 * export and erase a person's personal data, on the People page's employee
 * detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-employee-detail.h"
#include "emb-employee-pin-dialog.h"
#include "emb-people-page.h"
#include "emb-people-store.h"
#include "emb-pin.h"
#include "emb-ui-test-util.h"

typedef EmbUiFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "people", .width = 1000, .height = 720 };

  emb_ui_fixture_set_up (f, &options);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_fixture_tear_down (f);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  emb_ui_test_screenshot_painted (widget, "people-pin", name);
}

static EmbEmployee *
some_employee (Fixture *f)
{
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) people = NULL;

  filter.active = 1;
  people = emb_people_store_query_employees (f->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (people), >, 0);
  return g_list_model_get_item (people, 0);
}

static EmbEmployeeDetail *
open_detail (Fixture *f,
             gint64   employee_id)
{
  GtkWindow *detail;

  emb_people_page_show_employee (EMB_PEOPLE_PAGE (f->page), employee_id);
  detail = emb_people_page_get_dialog (EMB_PEOPLE_PAGE (f->page));
  g_assert_true (EMB_IS_EMPLOYEE_DETAIL (detail));
  emb_ui_test_wait_mapped (GTK_WIDGET (detail));
  emb_ui_test_iterate (200);
  return EMB_EMPLOYEE_DETAIL (detail);
}

static EmbEmployeePinDialog *
open_pin_dialog (EmbEmployeeDetail *detail)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.set-pin", NULL));
  dialog = emb_employee_detail_get_pin_dialog (detail);
  g_assert_true (EMB_IS_EMPLOYEE_PIN_DIALOG (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  return EMB_EMPLOYEE_PIN_DIALOG (dialog);
}

static gboolean
pin_dialog_gone (gpointer data)
{
  return emb_employee_detail_get_pin_dialog (data) == NULL;
}

/* Saves, and waits for the PIN to be stored in the background. */
static void
save_pin (EmbEmployeeDetail    *detail,
          EmbEmployeePinDialog *dialog)
{
  g_assert_true (emb_employee_pin_dialog_save (dialog));
  g_assert_true (emb_employee_pin_dialog_is_saving (dialog));
  g_assert_true (emb_ui_test_wait_for (pin_dialog_gone, detail, 20000));
  emb_ui_test_iterate (100);
}

static gboolean
says_no_pin (EmbEmployeeDetail *detail)
{
  return g_str_equal (emb_employee_detail_get_pin_state (detail),
                      _("No PIN: cannot sign in to the staff window"));
}

static gboolean
says_pin_set (EmbEmployeeDetail *detail)
{
  return g_str_equal (emb_employee_detail_get_pin_state (detail),
                      _("PIN set: can sign in to the staff window"));
}

static gboolean
pin_works (Fixture    *f,
           gint64      id,
           const char *pin)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = emb_pin_store_check_employee_pin (f->db, id, pin, NULL, &error);

  return ok && error == NULL;
}

static void
test_set_reset_remove (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EmbEmployee) employee = some_employee (f);
  gint64 id = emb_record_get_id (EMB_RECORD (employee));
  g_autoptr(GError) error = NULL;
  EmbEmployeeDetail *detail;
  EmbEmployeePinDialog *dialog;
  AdwToast *toast;

  /* Start from no PIN, whatever the demo gives. */
  g_assert_true (emb_pin_store_clear_employee_pin (f->db, id, &error));
  g_assert_no_error (error);
  detail = open_detail (f, id);
  g_assert_true (says_no_pin (detail));
  screenshot (GTK_WIDGET (detail), "no-pin");

  /* Set: a bad PIN and two that differ are refused under their field. */
  dialog = open_pin_dialog (detail);
  screenshot (GTK_WIDGET (dialog), "set-dialog");
  emb_employee_pin_dialog_set_pins (dialog, "12a", "12a");
  g_assert_false (emb_employee_pin_dialog_save (dialog));
  g_assert_nonnull (emb_employee_pin_dialog_get_error (dialog, "pin"));
  g_assert_false (emb_pin_store_employee_has_pin (f->db, id));
  screenshot (GTK_WIDGET (dialog), "set-dialog-bad");

  emb_employee_pin_dialog_set_pins (dialog, "2468", "2469");
  g_assert_false (emb_employee_pin_dialog_save (dialog));
  g_assert_null (emb_employee_pin_dialog_get_error (dialog, "pin"));
  g_assert_nonnull (emb_employee_pin_dialog_get_error (dialog, "repeat"));
  g_assert_false (emb_pin_store_employee_has_pin (f->db, id));

  emb_employee_pin_dialog_set_pins (dialog, "2468", "2468");
  save_pin (detail, dialog);
  g_assert_true (emb_pin_store_employee_has_pin (f->db, id));
  g_assert_true (pin_works (f, id, "2468"));
  g_assert_true (says_pin_set (detail));
  screenshot (GTK_WIDGET (detail), "pin-set");

  /* Reset: the new PIN replaces the old one. */
  dialog = open_pin_dialog (detail);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("Reset PIN"));
  emb_employee_pin_dialog_set_pins (dialog, "97531", "97531");
  save_pin (detail, dialog);
  g_assert_true (pin_works (f, id, "97531"));
  g_assert_false (pin_works (f, id, "2468"));

  /* Remove, then Undo: the PIN is still there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.remove-pin", NULL));
  g_assert_true (says_no_pin (detail));
  g_assert_true (emb_pin_store_employee_has_pin (f->db, id));
  toast = emb_undo_queue_get_last_toast (emb_employee_detail_get_undo_queue (detail));
  g_assert_nonnull (toast);
  screenshot (GTK_WIDGET (detail), "remove-undo-toast");
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_iterate (100);
  g_assert_true (says_pin_set (detail));
  g_assert_true (emb_pin_store_employee_has_pin (f->db, id));

  /* Remove, and let the toast go: gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.remove-pin", NULL));
  toast = emb_undo_queue_get_last_toast (emb_employee_detail_get_undo_queue (detail));
  g_assert_nonnull (toast);
  emb_ui_test_dismiss_toast (toast);
  emb_ui_test_iterate (100);
  g_assert_false (emb_pin_store_employee_has_pin (f->db, id));
  g_assert_true (says_no_pin (detail));
}

/* A removal still offering Undo is carried out when the window closes. */
static void
test_remove_on_close (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EmbEmployee) employee = some_employee (f);
  gint64 id = emb_record_get_id (EMB_RECORD (employee));
  g_autoptr(GError) error = NULL;
  EmbEmployeeDetail *detail;

  g_assert_true (emb_pin_store_set_employee_pin (f->db, id, "1357", &error));
  g_assert_no_error (error);
  detail = open_detail (f, id);
  g_assert_true (says_pin_set (detail));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.remove-pin", NULL));
  g_assert_true (emb_pin_store_employee_has_pin (f->db, id));
  gtk_window_destroy (GTK_WINDOW (detail));
  emb_ui_test_iterate (100);
  g_assert_false (emb_pin_store_employee_has_pin (f->db, id));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EmbEmployee) employee = some_employee (f);
  EmbEmployeeDetail *detail = emb_employee_detail_new (f->db, emb_record_get_id (EMB_RECORD (employee)));
  EmbEmployeePinDialog *dialog;

  /* Narrow from the start: libadwaita 1.2 dislikes a shown window resized. */
  gtk_window_set_default_size (GTK_WINDOW (detail), 360, 720);
  gtk_window_set_transient_for (GTK_WINDOW (detail), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (detail));
  emb_ui_test_wait_mapped (GTK_WIDGET (detail));
  emb_ui_test_iterate (200);
  screenshot (GTK_WIDGET (detail), "detail-narrow");
  dialog = open_pin_dialog (detail);
  screenshot (GTK_WIDGET (dialog), "dialog-narrow");
  gtk_window_destroy (GTK_WINDOW (detail));
}

/* The demo's active employee who acknowledged most, and was nominated. */
static EmbEmployee *
busy_employee (Fixture *f)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  EmbEmployee *employee;

  stmt = _emb_database_prepare (f->db,
                                "SELECT e.employee_number FROM employee e"
                                " JOIN acknowledgement k ON k.employee_id = e.id"
                                " WHERE e.active = 1 AND EXISTS (SELECT 1 FROM nomination n"
                                "  WHERE n.nominee_employee_id = e.id)"
                                " GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1",
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  employee = emb_people_store_find_employee (f->db, _emb_column_text (stmt, 0), &error);
  g_assert_no_error (error);
  return employee;
}

/* The figures an erasure keeps, as text. */
static char *
figures (Fixture *f)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT,
                          _emb_database_count (f->db, "SELECT count(*) FROM nomination"),
                          _emb_database_count (f->db, "SELECT sum (n) FROM nomination_count"),
                          _emb_database_count (f->db, "SELECT count(*) FROM acknowledgement"),
                          _emb_database_count (f->db, "SELECT count(*) FROM pilot_decision"));
}

static AdwMessageDialog *
open_erase_dialog (EmbEmployeeDetail *detail)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.erase-personal-data",
                                             NULL));
  dialog = emb_employee_detail_get_erase_dialog (detail);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  emb_ui_test_iterate (200);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* As a click on one of its buttons: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  emb_ui_test_iterate (200);
}

static gboolean
detail_gone (gpointer data)
{
  Fixture *f = data;

  return emb_people_page_get_dialog (EMB_PEOPLE_PAGE (f->page)) == NULL;
}

static gboolean
model_lacks (GListModel *model,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (model, i);

      if (emb_record_get_id (record) == id)
        return FALSE;
    }
  return TRUE;
}
/* Personal data: export, and erasure after a question. */

static void
test_export_and_erase (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EmbEmployee) employee = busy_employee (f);
  gint64 id = emb_record_get_id (EMB_RECORD (employee));
  g_autofree char *number = g_strdup (emb_employee_get_employee_number (employee));
  g_autofree char *name = g_strdup (emb_employee_get_name (employee));
  g_autofree char *before = figures (f);
  g_autofree char *after = NULL;
  g_autofree char *path = g_build_filename (f->dir, "personal-data.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *html = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *toast_title = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  EmbEmployeeDetail *detail;
  AdwMessageDialog *dialog;
  AdwToast *toast;
  GtkWidget *label, *row;

  /* The rows are at the end of the window, reached by keyboard. */
  detail = open_detail (f, id);
  label = emb_ui_test_find_label (GTK_WIDGET (detail), _("Erase Personal Data…"));
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_widget_get_focusable (row));
  g_assert_true (gtk_widget_grab_focus (row));
  emb_ui_test_iterate (300);
  emb_ui_test_screenshot_painted (GTK_WIDGET (detail), "people-personal-data", "detail");

  /* Export: a page that names the person. */
  g_assert_true (emb_employee_detail_export (detail, file));
  g_assert_true (g_file_get_contents (path, &html, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, name));

  /* The question names the person and says what is kept; Cancel keeps them. */
  dialog = open_erase_dialog (detail);
  heading = g_strdup_printf (_("Erase the Personal Data of %s?"), name);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), _("This cannot be undone.")));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "erase"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  emb_ui_test_screenshot_painted (GTK_WIDGET (dialog), "people-personal-data", "erase-question");
  respond (dialog, "cancel");
  g_assert_null (emb_employee_detail_get_erase_dialog (detail));
  g_assert_nonnull (emb_people_store_find_employee (f->db, number, NULL));

  /* Erase: the window closes, a toast says so, the person is gone. */
  dialog = open_erase_dialog (detail);
  respond (dialog, "erase");
  g_assert_true (emb_ui_test_wait_for (detail_gone, f, 5000));
  emb_ui_test_iterate (300);

  toast = emb_people_page_get_erased_toast (EMB_PEOPLE_PAGE (f->page));
  g_assert_nonnull (toast);
  toast_title = g_markup_printf_escaped (_("The personal data of %s was erased"), name);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, toast_title);
  emb_ui_test_screenshot_painted (GTK_WIDGET (f->window), "people-personal-data", "erased-toast");

  g_assert_null (emb_people_store_find_employee (f->db, number, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM employee WHERE erased = 1"),
                   ==, 1);
  after = figures (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (model_lacks (emb_people_page_get_model (EMB_PEOPLE_PAGE (f->page)), id));
  people = emb_people_store_query_employees (f->db, NULL);
  g_assert_true (model_lacks (people, id));
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/people/pin/set-reset-remove", test_set_reset_remove);
  ADD ("/ui/people/pin/remove-on-close", test_remove_on_close);
  ADD ("/ui/people/pin/narrow", test_narrow);
  ADD ("/ui/people/personal-data/export-and-erase", test_export_and_erase);

#undef ADD

  return g_test_run ();
}
