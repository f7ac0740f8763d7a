/* test-person-data.c: a manager exports and erases a person's personal data
 * from the People page's employee detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-employee-detail.h"
#include "emb-people-page.h"
#include "emb-people-store.h"
#include "emb-ui-test-util.h"

typedef EmbUiFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "people", .width = 1000, .height = 760 };

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
  emb_ui_test_screenshot_painted (widget, "people-personal-data", name);
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
  screenshot (GTK_WIDGET (detail), "detail");

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
  screenshot (GTK_WIDGET (dialog), "erase-question");
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
  screenshot (GTK_WIDGET (f->window), "erased-toast");

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

  g_test_add ("/ui/people/personal-data/export-and-erase", Fixture, NULL, fixture_set_up,
              test_export_and_erase, fixture_tear_down);

  return g_test_run ();
}
