/* test-people-page.c: the People page on the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "emb-departments-dialog.h"
#include "emb-employee-detail.h"
#include "emb-employee-editor.h"
#include "emb-journey-store.h"
#include "emb-people-filters.h"
#include "emb-people-page.h"
#include "emb-people-store.h"
#include "emb-promise-store.h"
#include "emb-responsibility.h"
#include "emb-touchpoint.h"
#include "emb-ui-test-util.h"

typedef EmbUiFixture Fixture;

#define PAGE(f) (EMB_PEOPLE_PAGE ((f)->page))

static gboolean
page_loaded (gpointer data)
{
  Fixture *f = data;

  return emb_people_page_get_model (PAGE (f)) != NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "people", .width = 1000, .height = 720 };

  emb_ui_fixture_set_up (f, &options);
  g_assert_true (EMB_IS_PEOPLE_PAGE (f->page));
  /* The page loads in an idle once it is shown. */
  g_assert_true (emb_ui_test_wait_for (page_loaded, f, 10000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_fixture_tear_down (f);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *)data;
}

/* Waits until the main loop has nothing more urgent to do: the refreshes
 * that a change queued (this page's and the other pages') have run. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, set_flag, &done, NULL);
  g_assert_true (emb_ui_test_wait_for (flag_set, &done, 30000));
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  settle ();
  emb_ui_test_screenshot_in_language (widget, "people", name);
}

/* The list of employees (drop-downs hold list views too). */
static GtkWidget *
find_list_view (GtkWidget *root)
{
  if (GTK_IS_LIST_VIEW (root) && gtk_widget_has_css_class (root, "navigation-sidebar"))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (emb_people_page_get_model (PAGE (f)));
}

typedef struct
{
  Fixture *f;
  guint    expected;
} Count;

static gboolean
count_reached (gpointer data)
{
  Count *count = data;

  return n_shown (count->f) == count->expected;
}

/* Types into the page's search entry, as a person would. */
static void
search (Fixture    *f,
        const char *text,
        guint       expected)
{
  GtkWidget *entry;
  Count count = { f, expected };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.search", NULL));
  entry = emb_ui_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (emb_ui_test_wait_for (count_reached, &count, 5000));
}

typedef gboolean (*EmployeeMatch) (EmbEmployee *employee,
                                   gconstpointer data);

/* Counts the employees matching @match, reading the store directly. */
static guint
count_matching (Fixture       *f,
                EmployeeMatch  match,
                gconstpointer  data)
{
  g_autoptr(GListModel) all = emb_people_store_query_employees (f->db, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (all, i);

      if (match (employee, data))
        n++;
    }
  return n;
}

static gboolean
folded_contains (const char *text,
                 const char *word)
{
  g_autofree char *folded = emb_fold_for_search (text != NULL ? text : "");

  return strstr (folded, word) != NULL;
}

static gboolean
matches_word (EmbEmployee   *employee,
              gconstpointer  data)
{
  return folded_contains (emb_employee_get_name (employee), data) ||
         folded_contains (emb_employee_get_employee_number (employee), data) ||
         folded_contains (emb_employee_get_email (employee), data);
}

static gboolean
in_department (EmbEmployee   *employee,
               gconstpointer  data)
{
  return emb_employee_get_department_id (employee) == *(const gint64 *)data;
}

static gboolean
is_inactive (EmbEmployee   *employee,
             gconstpointer  data)
{
  return !emb_employee_get_active (employee);
}

static void
assert_all_shown (Fixture       *f,
                  EmployeeMatch  match,
                  gconstpointer  data)
{
  GListModel *model = emb_people_page_get_model (PAGE (f));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (model, i);

      g_assert_true (match (employee, data));
    }
}

/* The list, search and filters. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(EmbEmployee) someone = NULL;
  g_autofree char *number = NULL;
  g_autofree char *word = NULL;
  g_autofree char *folded_word = NULL;
  gint64 department_id = 0;
  guint expected;
  GListModel *model;

  g_assert_cmpuint (n_shown (f), ==, emb_people_store_count_employees (f->db, FALSE));
  g_assert_cmpuint (n_shown (f), >, 300);
  screenshot (GTK_WIDGET (f->window), "list");

  /* Alt+Down and Alt+Up (forwarded by the window) step through the list. */
  {
    GtkSelectionModel *selection = emb_people_page_get_selection (PAGE (f));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page-next", NULL));
    g_assert_true (gtk_selection_model_is_selected (selection, 0));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page-next", NULL));
    g_assert_true (gtk_selection_model_is_selected (selection, 1));
    g_assert_false (gtk_selection_model_is_selected (selection, 0));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page-previous", NULL));
    g_assert_true (gtk_selection_model_is_selected (selection, 0));
    gtk_selection_model_unselect_all (selection);
  }

  /* By number: exactly that employee among those matching. */
  someone = g_list_model_get_item (emb_people_page_get_model (PAGE (f)), 17);
  number = g_strdup (emb_employee_get_employee_number (someone));
  folded_word = emb_fold_for_search (number);
  expected = count_matching (f, matches_word, folded_word);
  g_assert_cmpuint (expected, >=, 1);
  search (f, number, expected);
  assert_all_shown (f, matches_word, folded_word);
  g_clear_pointer (&folded_word, g_free);

  /* By a name with Polish letters, typed in lower case. */
  search (f, "", emb_people_store_count_employees (f->db, FALSE));
  model = emb_people_page_get_model (PAGE (f));
  for (guint i = 0; word == NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (model, i);
      g_auto(GStrv) words = g_strsplit (emb_employee_get_name (employee), " ", -1);

      for (guint j = 0; words[j] != NULL && word == NULL; j++)
        for (const char *p = words[j]; *p; p = g_utf8_next_char (p))
          if (g_utf8_get_char (p) > 0x7f && g_utf8_strlen (words[j], -1) > 3)
            {
              word = g_utf8_strdown (words[j], -1);
              break;
            }
    }
  g_assert_nonnull (word);
  g_test_message ("Searching for “%s”", word);
  folded_word = emb_fold_for_search (word);
  expected = count_matching (f, matches_word, folded_word);
  g_assert_cmpuint (expected, >=, 1);
  g_assert_cmpuint (expected, <, emb_people_store_count_employees (f->db, FALSE));
  search (f, word, expected);
  assert_all_shown (f, matches_word, folded_word);
  screenshot (GTK_WIDGET (f->window), "search");
  search (f, "", emb_people_store_count_employees (f->db, FALSE));

  /* By department, then the inactive ones. */
  departments = emb_people_store_list_departments (f->db, NULL);
  for (guint i = 0; department_id == 0 && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbRecord) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (department);

      if (count_matching (f, in_department, &id) > 0)
        department_id = id;
    }
  g_assert_cmpint (department_id, >, 0);
  emb_people_page_set_filter (PAGE (f), department_id, 0, NULL, -1);
  g_assert_cmpuint (n_shown (f), ==, count_matching (f, in_department, &department_id));
  assert_all_shown (f, in_department, &department_id);

  emb_people_page_set_filter (PAGE (f), 0, 0, NULL, 0);
  g_assert_cmpuint (n_shown (f), ==, count_matching (f, is_inactive, NULL));
  g_assert_cmpuint (n_shown (f), ==, emb_people_store_count_employees (f->db, FALSE) -
                                     emb_people_store_count_employees (f->db, TRUE));
  assert_all_shown (f, is_inactive, NULL);

  emb_people_page_set_filter (PAGE (f), 0, 0, NULL, -1);
  g_assert_cmpuint (n_shown (f), ==, emb_people_store_count_employees (f->db, FALSE));

  /* Narrow: the filters wrap. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  emb_ui_test_settle (GTK_WIDGET (f->window), 300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "people"));
  emb_ui_test_settle (GTK_WIDGET (f->window), 1000);
  screenshot (GTK_WIDGET (f->window), "narrow");
}

static gboolean
window_gone (gpointer data)
{
  return *(GtkWindow **)data == NULL;
}

static void
select_combo (AdwComboRow *row,
              const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static EmbEmployeeEditor *
open_editor (Fixture *f)
{
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  editor = emb_people_page_get_dialog (PAGE (f));
  g_assert_true (EMB_IS_EMPLOYEE_EDITOR (editor));
  emb_ui_test_wait_mapped (GTK_WIDGET (editor));
  return EMB_EMPLOYEE_EDITOR (editor);
}

static void
set_field (EmbEmployeeEditor *editor,
           const char        *field,
           const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (emb_employee_editor_get_field (editor, field)), text);
}

/* A new employee through the editor, and a refused duplicate number. */
static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (f->db, NULL);
  g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, 0);
  g_autoptr(GListModel) roles = emb_people_store_list_roles (f->db, emb_record_get_id (EMB_RECORD (department)), NULL);
  g_autoptr(EmbRole) role = g_list_model_get_item (roles, 0);
  g_autoptr(EmbEmployee) saved = NULL;
  g_autoptr(EmbEmployee) someone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump_before = NULL;
  EmbEmployeeEditor *editor;
  GtkWindow *watch = NULL;
  gint64 count = emb_people_store_count_employees (f->db, FALSE);

  g_assert_nonnull (role);

  editor = open_editor (f);
  set_field (editor, "employee-number", "T-0001");
  set_field (editor, "name", "Żaneta Łukasiewicz");
  set_field (editor, "email", "zaneta@example.com");
  select_combo (ADW_COMBO_ROW (emb_employee_editor_get_field (editor, "department")),
                emb_department_get_name (department));
  select_combo (ADW_COMBO_ROW (emb_employee_editor_get_field (editor, "role")), emb_role_get_name (role));
  set_field (editor, "site", "Gdańsk");
  set_field (editor, "hire-date", "2025-02-03");
  screenshot (GTK_WIDGET (editor), "editor");

  g_set_weak_pointer (&watch, GTK_WINDOW (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (emb_ui_test_wait_for (window_gone, &watch, 5000));

  saved = emb_people_store_find_employee (f->db, "T-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_employee_get_name (saved), ==, "Żaneta Łukasiewicz");
  g_assert_cmpstr (emb_employee_get_email (saved), ==, "zaneta@example.com");
  g_assert_cmpint (emb_employee_get_department_id (saved), ==, emb_record_get_id (EMB_RECORD (department)));
  g_assert_cmpint (emb_employee_get_role_id (saved), ==, emb_record_get_id (EMB_RECORD (role)));
  g_assert_cmpstr (emb_employee_get_site (saved), ==, "Gdańsk");
  g_assert_cmpstr (emb_employee_get_hire_date (saved), ==, "2025-02-03");
  g_assert_true (emb_employee_get_active (saved));
  g_assert_cmpint (emb_people_store_count_employees (f->db, FALSE), ==, count + 1);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (n_shown (f), ==, count + 1);

  /* A number someone else has: the error is shown by the number field. */
  someone = g_list_model_get_item (emb_people_page_get_model (PAGE (f)), 3);
  editor = open_editor (f);
  set_field (editor, "employee-number", emb_employee_get_employee_number (someone));
  set_field (editor, "name", "Duplicate Person");
  set_field (editor, "hire-date", "2025-13-45");
  count = emb_people_store_count_employees (f->db, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  emb_ui_test_iterate (100);
  /* The hire date is checked first: a bad date is named. */
  g_assert_nonnull (emb_employee_editor_get_error (editor, "hire-date"));
  g_assert_true (gtk_widget_has_css_class (emb_employee_editor_get_field (editor, "hire-date"), "error"));
  set_field (editor, "hire-date", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  emb_ui_test_iterate (100);
  g_assert_null (emb_employee_editor_get_error (editor, "hire-date"));
  g_assert_nonnull (emb_employee_editor_get_error (editor, "employee-number"));
  g_assert_nonnull (strstr (emb_employee_editor_get_error (editor, "employee-number"),
                            emb_employee_get_employee_number (someone)));
  g_assert_true (gtk_widget_has_css_class (emb_employee_editor_get_field (editor, "employee-number"), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (emb_people_store_count_employees (f->db, FALSE), ==, count);
  screenshot (GTK_WIDGET (editor), "editor-error");
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
collect_checks (GtkWidget *root,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (root) && gtk_widget_get_visible (root))
    g_ptr_array_add (checks, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

/* Three employees deactivated at once, then Undo. */
static void
test_bulk_deactivate (Fixture       *f,
                      gconstpointer  data)
{
  GtkSelectionModel *selection = emb_people_page_get_selection (PAGE (f));
  GtkWidget *list_view = find_list_view (GTK_WIDGET (f->page));
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 active = emb_people_store_count_employees (f->db, TRUE);
  AdwToast *toast;
  GtkBitsetIter iter;
  guint position;

  emb_people_page_set_filter (PAGE (f), 0, 0, NULL, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.select", NULL));
  emb_ui_test_iterate (200);

  collect_checks (list_view, checks);
  g_assert_cmpuint (checks->len, >=, 3);
  for (guint i = 0; i < 3; i++)
    gtk_check_button_set_active (g_ptr_array_index (checks, i), TRUE);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 3);
  emb_ui_test_iterate (100);
  screenshot (GTK_WIDGET (f->window), "select");

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (G_LIST_MODEL (selection), position);
      gint64 id = emb_record_get_id (EMB_RECORD (employee));

      g_assert_true (emb_employee_get_active (employee));
      g_array_append_val (ids, id);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.deactivate", NULL));
  emb_ui_test_iterate (100);
  g_assert_cmpint (emb_people_store_count_employees (f->db, TRUE), ==, active - 3);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (f->db, g_array_index (ids, gint64, i), NULL);

      g_assert_false (emb_employee_get_active (employee));
    }

  toast = emb_people_page_get_undo_toast (PAGE (f));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_iterate (100);
  g_assert_cmpint (emb_people_store_count_employees (f->db, TRUE), ==, active);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (f->db, g_array_index (ids, gint64, i), NULL);

      g_assert_true (emb_employee_get_active (employee));
    }
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title,
          GType       type)
{
  GtkWidget *label = emb_ui_test_find_label (root, title);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, type);
}

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *label;
  const char *tooltip;
} Shown;

static gboolean
label_shown (gpointer data)
{
  Shown *shown = data;

  return emb_ui_test_find_label (shown->root, shown->label) != NULL;
}

static gboolean
tooltip_shown (gpointer data)
{
  Shown *shown = data;

  return find_by_tooltip (shown->root, shown->tooltip) != NULL;
}

typedef struct
{
  Fixture *f;
  gint64   department_id;
} Known;

static gboolean
filters_know (gpointer data)
{
  Known *known = data;
  GtkWidget *filters = emb_ui_fixture_child (known->f, EMB_TYPE_PEOPLE_PAGE, "filters");

  return emb_people_filters_department_name (EMB_PEOPLE_FILTERS (filters), known->department_id) != NULL;
}

static EmbDepartment *
find_department (Fixture    *f,
                 const char *name)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (f->db, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);

      if (g_strcmp0 (emb_department_get_name (department), name) == 0)
        return g_steal_pointer (&department);
    }
  return NULL;
}

static guint
count_roles (Fixture    *f,
             gint64      department_id,
             const char *name)
{
  g_autoptr(GListModel) roles = emb_people_store_list_roles (f->db, department_id, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);

      if (g_strcmp0 (emb_role_get_name (role), name) == 0)
        n++;
    }
  return n;
}

/* A department and a role added, the office set, a role deleted with Undo. */
static void
test_departments (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EmbDepartment) department = NULL;
  g_autoptr(EmbDepartment) changed = NULL;
  EmbDepartmentsDialog *dialog;
  GtkWidget *row;
  GtkWidget *expander;
  GtkWidget *button;
  g_autofree char *tooltip = NULL;
  g_autofree char *subtitle = NULL;
  AdwToast *toast;
  Shown shown = { NULL, NULL, NULL };
  Known known = { f, 0 };
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.departments", NULL));
  dialog = EMB_DEPARTMENTS_DIALOG (emb_people_page_get_dialog (PAGE (f)));
  g_assert_true (EMB_IS_DEPARTMENTS_DIALOG (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));

  row = find_row (GTK_WIDGET (dialog), _("New department"), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (row), "Obsługa klienta");
  g_signal_emit_by_name (row, "apply");
  emb_ui_test_iterate (100);
  department = find_department (f, "Obsługa klienta");
  g_assert_nonnull (department);
  g_assert_cmpint (emb_department_get_office (department), ==, EMB_OFFICE_FRONT);
  id = emb_record_get_id (EMB_RECORD (department));

  /* A duplicate name is refused next to the field. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Obsługa klienta");
  g_signal_emit_by_name (row, "apply");
  emb_ui_test_iterate (50);
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* The dialog shows the new department once it has refreshed. */
  shown.root = GTK_WIDGET (dialog);
  shown.label = "Obsługa klienta";
  g_assert_true (emb_ui_test_wait_for (label_shown, &shown, 20000));
  expander = find_row (GTK_WIDGET (dialog), "Obsługa klienta", ADW_TYPE_EXPANDER_ROW);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  row = find_row (expander, _("New role"), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (row), "Doradca");
  g_signal_emit_by_name (row, "apply");
  emb_ui_test_iterate (100);
  g_assert_cmpuint (count_roles (f, id, "Doradca"), ==, 1);
  tooltip = g_strdup_printf (_("Delete role “%s”"), "Doradca");
  shown.tooltip = tooltip;
  g_assert_true (emb_ui_test_wait_for (tooltip_shown, &shown, 20000));

  expander = find_row (GTK_WIDGET (dialog), "Obsługa klienta", ADW_TYPE_EXPANDER_ROW);
  row = find_row (expander, _("Office"), ADW_TYPE_COMBO_ROW);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  emb_ui_test_iterate (100);
  changed = emb_people_store_get_department (f->db, id, NULL);
  g_assert_cmpint (emb_department_get_office (changed), ==, EMB_OFFICE_BACK);
  /* Shown once the dialog has refreshed. */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u role", "%s · %u roles", 1),
                              _("Back office"), 1);
  shown.label = subtitle;
  g_assert_true (emb_ui_test_wait_for (label_shown, &shown, 20000));
  screenshot (GTK_WIDGET (dialog), "departments");

  /* Delete the role: hidden at once, back with Undo. */
  expander = find_row (GTK_WIDGET (dialog), "Obsługa klienta", ADW_TYPE_EXPANDER_ROW);
  button = find_by_tooltip (expander, tooltip);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  emb_ui_test_iterate (50);
  g_assert_null (find_by_tooltip (GTK_WIDGET (dialog), tooltip));
  g_assert_cmpuint (count_roles (f, id, "Doradca"), ==, 1);
  g_assert_nonnull (emb_departments_dialog_get_toast (dialog));
  /* A click on Undo, which also takes the toast away. */
  toast = emb_departments_dialog_get_toast (dialog);
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_dismiss_toast (toast);
  emb_ui_test_iterate (50);
  g_assert_nonnull (find_by_tooltip (GTK_WIDGET (dialog), tooltip));
  emb_departments_dialog_flush_pending (dialog);
  g_assert_cmpuint (count_roles (f, id, "Doradca"), ==, 1);

  /* Delete it for good. */
  button = find_by_tooltip (GTK_WIDGET (dialog), tooltip);
  g_signal_emit_by_name (button, "clicked");
  emb_ui_test_iterate (50);
  emb_departments_dialog_flush_pending (dialog);
  g_assert_cmpuint (count_roles (f, id, "Doradca"), ==, 0);
  emb_ui_test_iterate (100);

  /* The page's filters know the new department (once it has refreshed). */
  known.department_id = id;
  g_assert_true (emb_ui_test_wait_for (filters_know, &known, 20000));
  emb_people_page_set_filter (PAGE (f), id, 0, NULL, -1);
  g_assert_cmpuint (n_shown (f), ==, 0);
  /* Not while a toast still comes in (see emb_ui_test_dismiss_toast()). */
  emb_ui_test_iterate (700);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Whether the published version of @promise names @touchpoint_id. */
static gboolean
published_at (Fixture    *f,
              EmbPromise *promise,
              gint64      touchpoint_id)
{
  g_autoptr(GArray) touchpoints = NULL;

  if (emb_promise_get_published_version_id (promise) == 0)
    return FALSE;
  touchpoints = emb_promise_store_get_touchpoints (f->db, emb_promise_get_published_version_id (promise));
  for (guint i = 0; i < touchpoints->len; i++)
    if (g_array_index (touchpoints, gint64, i) == touchpoint_id)
      return TRUE;
  return FALSE;
}

/* An employee's page: their touchpoints and what is promised there. */
static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) roles = emb_people_store_list_roles (f->db, 0, NULL);
  g_autoptr(EmbEmployee) employee = NULL;
  g_autoptr(GListModel) responsibilities = NULL;
  GtkWidget *list_view;
  GtkWindow *detail;
  Shown shown = { NULL, NULL, NULL };
  guint n_promises = 0;
  gint64 role_id = 0;

  /* A role with touchpoints where something is promised, and someone in it. */
  for (guint i = 0; role_id == 0 && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);
      g_autoptr(GListModel) list = emb_journey_store_list_role_responsibilities (f->db, emb_record_get_id (EMB_RECORD (role)), NULL);
      EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
      g_autoptr(GListModel) people = NULL;

      filter.role_id = emb_record_get_id (EMB_RECORD (role));
      filter.active = 1;
      people = emb_people_store_query_employees (f->db, &filter);
      if (g_list_model_get_n_items (people) == 0 || g_list_model_get_n_items (list) < 2)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(EmbResponsibility) r = g_list_model_get_item (list, j);
          EmbPromiseFilter pf = EMB_PROMISE_FILTER_INIT;
          g_autoptr(GListModel) promises = NULL;

          pf.status = EMB_PROMISE_STATUS_PUBLISHED;
          pf.touchpoint_id = emb_responsibility_get_touchpoint_id (r);
          promises = emb_promise_store_list (f->db, &pf, NULL);
          if (g_list_model_get_n_items (promises) > 0)
            {
              role_id = filter.role_id;
              employee = g_list_model_get_item (people, 0);
              break;
            }
        }
    }
  g_assert_cmpint (role_id, >, 0);

  /* Open it from the list, as a click on the row does. */
  search (f, emb_employee_get_employee_number (employee), 1);
  list_view = find_list_view (GTK_WIDGET (f->page));
  g_signal_emit_by_name (list_view, "activate", 0);
  detail = emb_people_page_get_dialog (PAGE (f));
  g_assert_true (EMB_IS_EMPLOYEE_DETAIL (detail));
  emb_ui_test_wait_mapped (GTK_WIDGET (detail));
  shown.root = GTK_WIDGET (detail);
  shown.label = emb_employee_get_name (employee);
  g_assert_true (emb_ui_test_wait_for (label_shown, &shown, 20000));

  responsibilities = emb_journey_store_list_role_responsibilities (f->db, role_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (responsibilities); i++)
    {
      g_autoptr(EmbResponsibility) r = g_list_model_get_item (responsibilities, i);
      gint64 touchpoint_id = emb_responsibility_get_touchpoint_id (r);
      g_autoptr(EmbTouchpoint) touchpoint = emb_journey_store_get_touchpoint (f->db, touchpoint_id, NULL);
      EmbPromiseFilter pf = EMB_PROMISE_FILTER_INIT;
      g_autoptr(GListModel) promises = NULL;
      GtkWidget *expander;

      expander = find_row (GTK_WIDGET (detail), emb_touchpoint_get_name (touchpoint), ADW_TYPE_EXPANDER_ROW);
      g_assert_nonnull (expander);

      pf.status = EMB_PROMISE_STATUS_PUBLISHED;
      pf.touchpoint_id = touchpoint_id;
      promises = emb_promise_store_list (f->db, &pf, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (promises); j++)
        {
          g_autoptr(EmbPromise) promise = g_list_model_get_item (promises, j);
          g_autoptr(EmbPromiseVersion) version = NULL;

          if (!published_at (f, promise, touchpoint_id))
            continue;
          version = emb_promise_store_get_version (f->db, emb_promise_get_published_version_id (promise), NULL);
          g_assert_nonnull (emb_ui_test_find_label (expander, emb_promise_version_get_statement (version)));
          n_promises++;
        }
    }
  g_assert_cmpuint (n_promises, >, 0);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (detail), emb_employee_get_name (employee)));
  screenshot (GTK_WIDGET (detail), "detail");

  /* Edit from the detail: the editor opens on this employee. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.edit", NULL));
  g_assert_true (EMB_IS_EMPLOYEE_EDITOR (emb_employee_detail_get_editor (EMB_EMPLOYEE_DETAIL (detail))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (emb_employee_editor_get_field (
                     EMB_EMPLOYEE_EDITOR (emb_employee_detail_get_editor (EMB_EMPLOYEE_DETAIL (detail))),
                     "employee-number"))), ==, emb_employee_get_employee_number (employee));
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/people/list", test_list);
  ADD ("/ui/people/editor", test_editor);
  ADD ("/ui/people/bulk-deactivate", test_bulk_deactivate);
  ADD ("/ui/people/departments", test_departments);
  ADD ("/ui/people/detail", test_detail);

#undef ADD

  return g_test_run ();
}
