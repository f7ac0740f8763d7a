/* test-pilots-page.c: the Autonomy Pilots page on the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "emb-application.h"
#include "emb-decision-dialog.h"
#include "emb-people-store.h"
#include "emb-pilot-editor.h"
#include "emb-pilot-store.h"
#include "emb-pilots-page.h"
#include "emb-ui-test-util.h"
#include "emb-window.h"

typedef struct
{
  EmbUiFixture    ui;
  EmbWindow      *window;
  EmbDatabase    *db;
  EmbPilotsPage  *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const EmbUiFixtureOptions options = { .page = "pilots", .width = 1200, .height = 900 };

  emb_ui_fixture_set_up (&f->ui, &options);
  f->window = f->ui.window;
  f->db = f->ui.db;
  f->page = EMB_PILOTS_PAGE (f->ui.page);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_fixture_tear_down (&f->ui);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  emb_ui_test_screenshot_in_language (widget, "pilots", name);
}

static gboolean
window_gone (gpointer data)
{
  return *(GtkWindow **)data == NULL;
}

/* Activates @action on @widget and waits for @dialog to close. */
static void
close_with (GtkWidget  *dialog,
            const char *action)
{
  GtkWindow *watch = NULL;

  g_set_weak_pointer (&watch, GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (dialog, action, NULL));
  g_assert_true (emb_ui_test_wait_for (window_gone, &watch, 5000));
}

static GtkWidget *
open_dialog (Fixture    *f,
             const char *action,
             GVariant   *target,
             GType       type)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->page), action, target));
  dialog = emb_pilots_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (dialog, type));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  return GTK_WIDGET (dialog);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The "Review…" button of the row of decision @id. */
static GtkWidget *
find_review_button (GtkWidget *root,
                    gint64     id)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "page.review-decision") == 0)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (root));

      if (target != NULL && g_variant_get_int64 (target) == id)
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_review_button (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Answers a note dialog (evaluate, review) with @note, clicking the button
 * of @response, labelled @label. */
static void
answer_note_dialog (GtkWidget  *dialog,
                    const char *note,
                    const char *response,
                    const char *label)
{
  GtkWidget *button = find_button (dialog, label);

  GtkWidget *view = emb_ui_test_find_by_type (dialog, GTK_TYPE_TEXT_VIEW);
  GtkWindow *watch = NULL;

  g_assert_nonnull (view);
  /* The note is what there is to type: it has the focus. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), note, -1);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  g_set_weak_pointer (&watch, GTK_WINDOW (dialog));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (emb_ui_test_wait_for (window_gone, &watch, 5000));
  emb_ui_test_iterate (100);
}

static GtkWidget *
find_entry_row (Fixture    *f,
                const char *title)
{
  GtkWidget *label = emb_ui_test_find_label (GTK_WIDGET (f->page), title);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, ADW_TYPE_ENTRY_ROW);
}

static void
choose_department (Fixture    *f,
                   const char *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (emb_ui_test_find_by_type (GTK_WIDGET (f->page), ADW_TYPE_COMBO_ROW));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static void
add_wave (Fixture    *f,
          const char *department,
          const char *starts,
          const char *ends)
{
  choose_department (f, department);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (f, _("Starts on (YYYY-MM-DD)"))), starts);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (f, _("Ends on (YYYY-MM-DD)"))), ends);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-wave", NULL));
  emb_ui_test_iterate (50);
}

static EmbWave *
wave_at (Fixture *f,
         gint64   pilot_id,
         guint    position)
{
  g_autoptr(GListModel) waves = emb_pilot_store_list_waves (f->db, pilot_id, NULL);

  g_assert_nonnull (waves);
  return g_list_model_get_item (waves, position);
}

static EmbWave *
get_wave (Fixture *f,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  EmbWave *wave = emb_pilot_store_get_wave (f->db, id, &error);

  g_assert_no_error (error);
  return wave;
}

typedef struct
{
  GtkSingleSelection *selection;
  gint64              id;
  guint               position;
} Employees;

/* The search narrowed the list down to a few, among them the one sought. */
static gboolean
employees_found (gpointer data)
{
  Employees *employees = data;
  GListModel *model = G_LIST_MODEL (employees->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; n <= 10 && i < n; i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (model, i);

      if (emb_record_get_id (record) == employees->id)
        {
          employees->position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
log_decision (Fixture    *f,
              EmbEmployee *employee,
              const char *situation,
              const char *decision,
              const char *cost,
              gboolean    over,
              const char *shot)
{
  EmbDecisionDialog *dialog;
  Employees employees;

  dialog = EMB_DECISION_DIALOG (open_dialog (f, "page.log-decision", NULL, EMB_TYPE_DECISION_DIALOG));

  /* Nobody chosen: the store's refusal is shown by the employee list. */
  emb_decision_dialog_set_text (dialog, "situation", situation);
  emb_decision_dialog_set_text (dialog, "decision", decision);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "decision.save", NULL));
  emb_ui_test_iterate (50);
  g_assert_nonnull (emb_decision_dialog_get_error (dialog, "employee"));
  g_assert_true (gtk_widget_has_css_class (emb_decision_dialog_get_field (dialog, "employee"), "error"));

  /* Found by a search in the lazy list of employees. */
  emb_decision_dialog_set_text (dialog, "employee", emb_employee_get_employee_number (employee));
  employees.selection = emb_decision_dialog_get_employees (dialog);
  employees.id = emb_record_get_id (EMB_RECORD (employee));
  g_assert_true (emb_ui_test_wait_for (employees_found, &employees, 5000));
  gtk_single_selection_set_selected (employees.selection, employees.position);
  g_assert_cmpint (emb_decision_dialog_get_employee_id (dialog), ==,
                   emb_record_get_id (EMB_RECORD (employee)));

  emb_decision_dialog_set_text (dialog, "decided-on", "2026-07-15");
  emb_decision_dialog_set_text (dialog, "cost", cost);
  emb_decision_dialog_set_text (dialog, "customer-outcome", "Kunde zufrieden, Ärger vermieden");
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_decision_dialog_get_field (dialog, "kind")), 1);
  g_assert_cmpint (emb_decision_dialog_is_over_ceiling (dialog), ==, over);
  g_assert_null (emb_decision_dialog_get_error (dialog, "employee"));
  if (shot != NULL)
    {
      /* Show the cost and its warning. */
      gtk_widget_grab_focus (emb_decision_dialog_get_field (dialog, "cost"));
      emb_ui_test_iterate (300);
      screenshot (GTK_WIDGET (dialog), shot);
    }

  close_with (GTK_WIDGET (dialog), "decision.save");
  emb_ui_test_iterate (100);
}

static EmbDecision *
decision_at (GListModel *decisions,
             const char *situation)
{
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(EmbDecision) decision = g_list_model_get_item (decisions, i);

      if (g_strcmp0 (emb_decision_get_situation (decision), situation) == 0)
        return g_steal_pointer (&decision);
    }
  return NULL;
}

/* A pilot created, given two waves, its decisions logged and reviewed, a
 * wave evaluated, rolled out and the next one started, all through the page. */
static void
test_lifecycle (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EmbPilot) defaults = emb_pilot_new ();
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(GListModel) departments = emb_people_store_list_departments (f->db, NULL);
  g_autoptr(EmbDepartment) first = NULL;
  g_autoptr(EmbDepartment) second = NULL;
  g_autoptr(EmbWave) wave_a = NULL;
  g_autoptr(EmbWave) wave_b = NULL;
  g_autoptr(EmbWave) stored = NULL;
  g_autoptr(GListModel) employees = NULL;
  g_autoptr(EmbEmployee) someone = NULL;
  g_autoptr(EmbEmployee) another = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(EmbDecision) cheap = NULL;
  g_autoptr(EmbDecision) costly = NULL;
  g_autoptr(EmbDecision) reviewed = NULL;
  g_autoptr(GError) error = NULL;
  EmbPilotEditor *editor;
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  GtkWidget *dialog;
  GtkWidget *ends_row;
  gint64 pilot_id;
  gint64 wave_a_id, wave_b_id;
  guint n_pilots = g_list_model_get_n_items (emb_pilots_page_get_pilots (f->page));

  /* Cancelled, the editor saves nothing. */
  editor = EMB_PILOT_EDITOR (open_dialog (f, "page.new", NULL, EMB_TYPE_PILOT_EDITOR));
  emb_pilot_editor_set_text (editor, "name", "Nie zapisany");
  close_with (GTK_WIDGET (editor), "window.close");
  emb_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (emb_pilots_page_get_pilots (f->page)), ==, n_pilots);

  /* Ctrl+N: the editor, with the principle of the articles already filled. */
  editor = EMB_PILOT_EDITOR (open_dialog (f, "page.new", NULL, EMB_TYPE_PILOT_EDITOR));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (emb_pilot_editor_get_field (editor, "principle"))),
                   ==, emb_pilot_get_principle (defaults));
  emb_pilot_editor_set_text (editor, "name", "Decyzje przy okienku");
  emb_pilot_editor_set_text (editor, "spending-ceiling", "dwieście");
  emb_pilot_editor_set_text (editor, "currency", "EUR");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  emb_ui_test_iterate (50);
  g_assert_nonnull (emb_pilot_editor_get_error (editor, "spending-ceiling"));
  g_assert_true (gtk_widget_has_css_class (emb_pilot_editor_get_field (editor, "spending-ceiling"), "error"));

  /* The store's refusal, by the field it names. */
  emb_pilot_editor_set_text (editor, "spending-ceiling", "250.00");
  emb_pilot_editor_set_text (editor, "currency", "EURO");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  emb_ui_test_iterate (50);
  g_assert_null (emb_pilot_editor_get_error (editor, "spending-ceiling"));
  g_assert_nonnull (emb_pilot_editor_get_error (editor, "currency"));
  g_assert_true (gtk_widget_has_css_class (emb_pilot_editor_get_field (editor, "currency"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (emb_pilots_page_get_pilots (f->page)), ==, n_pilots);

  emb_pilot_editor_set_text (editor, "currency", "EUR");
  emb_pilot_editor_set_text (editor, "allowed-decisions",
                             "Zwrot opłaty pobranej omyłkowo\nGest dobrej woli po naszym błędzie");
  emb_pilot_editor_set_text (editor, "escalation-rule", "Powyżej 250 EUR: zapytaj lidera zespołu.");
  screenshot (GTK_WIDGET (editor), "editor");
  close_with (GTK_WIDGET (editor), "editor.save");
  emb_ui_test_iterate (100);

  g_assert_cmpuint (g_list_model_get_n_items (emb_pilots_page_get_pilots (f->page)), ==, n_pilots + 1);
  pilot_id = emb_pilots_page_get_pilot_id (f->page);
  g_assert_cmpint (pilot_id, >, 0);
  pilot = emb_pilot_store_get_pilot (f->db, pilot_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_pilot_get_name (pilot), ==, "Decyzje przy okienku");
  g_assert_cmpstr (emb_pilot_get_principle (pilot), ==, emb_pilot_get_principle (defaults));
  g_assert_cmpint (emb_pilot_get_spending_ceiling (pilot), ==, 25000);
  g_assert_cmpstr (emb_pilot_get_currency (pilot), ==, "EUR");
  g_assert_cmpstr (emb_pilot_get_allowed_decisions (pilot), ==,
                   "Zwrot opłaty pobranej omyłkowo\nGest dobrej woli po naszym błędzie");
  g_assert_cmpuint (g_list_model_get_n_items (emb_pilots_page_get_decisions (f->page)), ==, 0);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page), _("No Decisions Yet")));

  /* Two waves, two departments; a wave ending before it starts is refused
   * by its end date. */
  g_assert_cmpuint (g_list_model_get_n_items (departments), >=, 2);
  first = g_list_model_get_item (departments, 0);
  second = g_list_model_get_item (departments, 1);
  add_wave (f, emb_department_get_name (first), "2026-07-01", "2026-09-30");
  ends_row = find_entry_row (f, _("Ends on (YYYY-MM-DD)"));
  add_wave (f, emb_department_get_name (second), "2026-10-01", "2026-09-01");
  g_assert_true (gtk_widget_has_css_class (ends_row, "error"));
  {
    g_autoptr(GListModel) waves = emb_pilot_store_list_waves (f->db, pilot_id, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (waves), ==, 1);
  }
  add_wave (f, emb_department_get_name (second), "2026-10-01", "2026-12-31");
  g_assert_false (gtk_widget_has_css_class (ends_row, "error"));

  wave_a = wave_at (f, pilot_id, 0);
  wave_b = wave_at (f, pilot_id, 1);
  g_assert_nonnull (wave_b);
  wave_a_id = emb_record_get_id (EMB_RECORD (wave_a));
  wave_b_id = emb_record_get_id (EMB_RECORD (wave_b));
  g_assert_cmpint (emb_wave_get_department_id (wave_a), ==, emb_record_get_id (EMB_RECORD (first)));
  g_assert_cmpint (emb_wave_get_department_id (wave_b), ==, emb_record_get_id (EMB_RECORD (second)));
  g_assert_cmpstr (emb_wave_get_starts_on (wave_b), ==, "2026-10-01");
  g_assert_cmpstr (emb_wave_get_ends_on (wave_b), ==, "2026-12-31");
  g_assert_cmpint (emb_wave_get_status (wave_a), ==, EMB_WAVE_STATUS_PLANNED);
  g_assert_cmpint (emb_wave_get_status (wave_b), ==, EMB_WAVE_STATUS_PLANNED);

  /* Reordered by keyboard (Alt+Shift+Up/Down), then back. */
  g_assert_true (emb_pilots_page_select_wave (f->page, wave_b_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-wave-up", NULL));
  emb_ui_test_iterate (50);
  g_clear_object (&stored);
  stored = wave_at (f, pilot_id, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (stored)), ==, wave_b_id);
  g_assert_cmpint (emb_pilots_page_get_wave_id (f->page), ==, wave_b_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-wave-down", NULL));
  emb_ui_test_iterate (50);
  g_clear_object (&stored);
  stored = wave_at (f, pilot_id, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (stored)), ==, wave_a_id);

  /* A third wave removed: hidden at once, back with Undo, then gone. */
  {
    g_autoptr(EmbDepartment) third = g_list_model_get_item (departments, 2);
    g_autoptr(EmbWave) wave_c = NULL;
    g_autoptr(GListModel) waves = NULL;
    gint64 wave_c_id;
    AdwToast *toast;

    g_assert_nonnull (third);
    add_wave (f, emb_department_get_name (third), "2027-01-01", "2027-03-31");
    wave_c = wave_at (f, pilot_id, 2);
    g_assert_nonnull (wave_c);
    wave_c_id = emb_record_get_id (EMB_RECORD (wave_c));
    g_assert_cmpint (emb_pilots_page_get_wave_id (f->page), ==, wave_c_id);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.remove-wave", NULL));
    emb_ui_test_iterate (50);
    g_assert_false (emb_pilots_page_select_wave (f->page, wave_c_id));
    g_clear_object (&wave_c);
    wave_c = get_wave (f, wave_c_id);
    g_assert_nonnull (wave_c);
    toast = emb_pilots_page_get_undo_toast (f->page);
    g_assert_nonnull (toast);
    g_signal_emit_by_name (toast, "button-clicked");
    emb_ui_test_iterate (50);
    g_assert_true (emb_pilots_page_select_wave (f->page, wave_c_id));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.remove-wave", NULL));
    emb_ui_test_iterate (50);
    g_assert_false (emb_pilots_page_select_wave (f->page, wave_c_id));
    emb_pilots_page_flush_pending (f->page);
    emb_ui_test_iterate (50);
    waves = emb_pilot_store_list_waves (f->db, pilot_id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (waves), ==, 2);
    /* The next wave is proposed after the last one left. */
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (f, _("Starts on (YYYY-MM-DD)")))),
                     ==, "2027-01-01");
  }

  /* The first wave starts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.start-next-wave", NULL));
  emb_ui_test_iterate (50);
  g_clear_object (&stored);
  stored = get_wave (f, wave_a_id);
  g_assert_cmpint (emb_wave_get_status (stored), ==, EMB_WAVE_STATUS_RUNNING);
  g_assert_cmpint (emb_pilots_page_get_wave_id (f->page), ==, wave_a_id);
  g_clear_object (&stored);
  stored = get_wave (f, wave_b_id);
  g_assert_cmpint (emb_wave_get_status (stored), ==, EMB_WAVE_STATUS_PLANNED);

  /* Two decisions through the dialog, one over the 250.00 EUR ceiling. */
  filter.active = 1;
  employees = emb_people_store_query_employees (f->db, &filter);
  someone = g_list_model_get_item (employees, 7);
  another = g_list_model_get_item (employees, 42);
  log_decision (f, someone, "Opłata pobrana dwa razy", "Zwróciłam opłatę od razu", "120.50",
                FALSE, NULL);
  log_decision (f, another, "Awaria bankomatu, klient bez gotówki za granicą",
                "Pokryłem koszt przekazu ekspresowego", "310,00", TRUE, "decision-dialog");

  /* Cancelled, the dialog logs nothing. */
  dialog = open_dialog (f, "page.log-decision", NULL, EMB_TYPE_DECISION_DIALOG);
  emb_decision_dialog_set_text (EMB_DECISION_DIALOG (dialog), "situation", "Nie zapisana");
  close_with (dialog, "window.close");
  emb_ui_test_iterate (50);

  decisions = emb_pilot_store_query_decisions (f->db, pilot_id);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (emb_pilots_page_get_decisions (f->page)), ==, 2);
  cheap = decision_at (decisions, "Opłata pobrana dwa razy");
  costly = decision_at (decisions, "Awaria bankomatu, klient bez gotówki za granicą");
  g_assert_nonnull (cheap);
  g_assert_nonnull (costly);
  g_assert_cmpint (emb_decision_get_cost (cheap), ==, 12050);
  g_assert_cmpint (emb_decision_get_cost (costly), ==, 31000);
  g_assert_cmpint (emb_decision_get_employee_id (cheap), ==, emb_record_get_id (EMB_RECORD (someone)));
  g_assert_cmpint (emb_decision_get_employee_id (costly), ==, emb_record_get_id (EMB_RECORD (another)));
  g_assert_cmpstr (emb_decision_get_decided_on (costly), ==, "2026-07-15");
  g_assert_cmpstr (emb_decision_get_kind (costly), ==, "Zwrot opłaty pobranej omyłkowo");
  g_assert_cmpstr (emb_decision_get_decision (costly), ==, "Pokryłem koszt przekazu ekspresowego");
  g_assert_cmpstr (emb_decision_get_customer_outcome (costly), ==, "Kunde zufrieden, Ärger vermieden");
  g_assert_false (emb_pilot_decision_is_over_ceiling (cheap, pilot));
  g_assert_true (emb_pilot_decision_is_over_ceiling (costly, pilot));
  g_assert_cmpint (emb_decision_get_review_status (costly), ==, EMB_REVIEW_STATUS_PENDING);

  /* The row of the costly one carries the badge. */
  emb_ui_test_iterate (200);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page), _("Over ceiling")));

  /* A no-blame review of the costly one. */
  dialog = open_dialog (f, "page.review-decision",
                        g_variant_new_int64 (emb_record_get_id (EMB_RECORD (costly))),
                        ADW_TYPE_MESSAGE_DIALOG);
  answer_note_dialog (dialog, "Dobra decyzja; następnym razem zadzwoń do lidera.", "reviewed",
                      _("_Mark Reviewed"));
  reviewed = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (costly)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_decision_get_review_status (reviewed), ==, EMB_REVIEW_STATUS_REVIEWED);
  g_assert_cmpstr (emb_decision_get_review_note (reviewed), ==,
                   "Dobra decyzja; następnym razem zadzwoń do lidera.");
  g_clear_object (&reviewed);
  reviewed = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (cheap)), &error);
  g_assert_cmpint (emb_decision_get_review_status (reviewed), ==, EMB_REVIEW_STATUS_PENDING);
  g_clear_object (&reviewed);

  /* Review of a pending decision (no note yet) from its row's button:
   * the note starts empty; escalated. */
  {
    GtkWidget *button = find_review_button (GTK_WIDGET (f->page),
                                            emb_record_get_id (EMB_RECORD (cheap)));
    GtkWidget *view;
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_is_sensitive (button));
    g_signal_emit_by_name (button, "clicked");
    dialog = GTK_WIDGET (emb_pilots_page_get_dialog (f->page));
    g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
    emb_ui_test_wait_mapped (dialog);
    view = emb_ui_test_find_by_type (dialog, GTK_TYPE_TEXT_VIEW);
    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "");
    answer_note_dialog (dialog, "Zapytać zespół, czy to się powtarza.", "escalate", _("E_scalate"));
  }
  reviewed = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (cheap)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_decision_get_review_status (reviewed), ==, EMB_REVIEW_STATUS_ESCALATED);
  g_assert_cmpstr (emb_decision_get_review_note (reviewed), ==, "Zapytać zespół, czy to się powtarza.");

  /* Evaluated with a note, rolled out, then the next wave starts. */
  g_assert_true (emb_pilots_page_select_wave (f->page, wave_a_id));
  dialog = open_dialog (f, "page.evaluate-wave", NULL, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "evaluate"));
  answer_note_dialog (dialog, "Szybsze decyzje, mniej skarg.", "evaluate",
                      _("_Evaluate"));
  g_clear_object (&stored);
  stored = get_wave (f, wave_a_id);
  g_assert_cmpint (emb_wave_get_status (stored), ==, EMB_WAVE_STATUS_EVALUATED);
  g_assert_cmpstr (emb_wave_get_evaluation_note (stored), ==, "Szybsze decyzje, mniej skarg.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.roll-out-wave", NULL));
  emb_ui_test_iterate (50);
  g_clear_object (&stored);
  stored = get_wave (f, wave_a_id);
  g_assert_cmpint (emb_wave_get_status (stored), ==, EMB_WAVE_STATUS_ROLLED_OUT);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.start-next-wave", NULL));
  emb_ui_test_iterate (50);
  g_clear_object (&stored);
  stored = get_wave (f, wave_b_id);
  g_assert_cmpint (emb_wave_get_status (stored), ==, EMB_WAVE_STATUS_RUNNING);
  g_assert_cmpint (emb_pilots_page_get_wave_id (f->page), ==, wave_b_id);
  g_clear_object (&stored);
  stored = get_wave (f, wave_a_id);
  g_assert_cmpint (emb_wave_get_status (stored), ==, EMB_WAVE_STATUS_ROLLED_OUT);

  /* Edited: a higher ceiling, typed with a decimal comma; the costly
   * decision is within it now. */
  editor = EMB_PILOT_EDITOR (open_dialog (f, "page.edit", NULL, EMB_TYPE_PILOT_EDITOR));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (emb_pilot_editor_get_field (editor, "name"))),
                   ==, "Decyzje przy okienku");
  emb_pilot_editor_set_text (editor, "spending-ceiling", "1 000,5");
  close_with (GTK_WIDGET (editor), "editor.save");
  emb_ui_test_iterate (100);
  g_clear_object (&pilot);
  pilot = emb_pilot_store_get_pilot (f->db, pilot_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_pilot_get_spending_ceiling (pilot), ==, 100050);
  g_assert_cmpstr (emb_pilot_get_name (pilot), ==, "Decyzje przy okienku");
  g_assert_false (emb_pilot_decision_is_over_ceiling (costly, pilot));
  g_assert_cmpint (emb_pilots_page_get_pilot_id (f->page), ==, pilot_id);

  emb_ui_test_iterate (300);
  screenshot (GTK_WIDGET (f->window), "new-pilot");
}

static void
scroll_detail (Fixture  *f,
               gboolean  bottom)
{
  GtkWidget *label = emb_ui_test_find_label (GTK_WIDGET (f->page), _("Guardrails"));
  GtkWidget *scroller = gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_adjustment_set_value (adjustment, bottom ? gtk_adjustment_get_upper (adjustment) -
                                                 gtk_adjustment_get_page_size (adjustment)
                                               : 0.0);
  emb_ui_test_settle (GTK_WIDGET (f->page), 500);
}

static gint64
count_pilots (Fixture *f)
{
  g_autoptr(GListModel) pilots = emb_pilot_store_list_pilots (f->db, NULL);

  return g_list_model_get_n_items (pilots);
}

/* The demo pilot shown, deleted with Undo, then for good: the empty state. */
static void
test_detail_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *shown = emb_pilots_page_get_pilots (f->page);
  gint64 n = count_pilots (f);
  gint64 id;
  AdwToast *toast;

  g_assert_cmpint (n, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  id = emb_pilots_page_get_pilot_id (f->page);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (emb_pilots_page_get_decisions (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (emb_pilots_page_get_decisions (f->page)), >, 0);
  g_assert_cmpint (emb_pilots_page_get_wave_id (f->page), >, 0);
  emb_ui_test_settle (GTK_WIDGET (f->window), 500);
  screenshot (GTK_WIDGET (f->window), "detail");

  /* Further down: the before and after, and the decision log. */
  scroll_detail (f, TRUE);
  screenshot (GTK_WIDGET (f->window), "decisions");

  /* Narrow: the sidebar folds away. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  emb_ui_test_iterate (300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "pilots"));
  emb_ui_test_iterate (300);
  g_assert_true (emb_pilots_page_select_pilot (f->page, id));
  scroll_detail (f, FALSE);
  screenshot (GTK_WIDGET (f->window), "narrow");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 900);
  emb_ui_test_iterate (300);

  /* Ctrl+Delete hides it at once; Undo brings it back, nothing deleted. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page-delete", NULL));
  emb_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n - 1);
  g_assert_cmpint (count_pilots (f), ==, n);
  toast = emb_pilots_page_get_undo_toast (f->page);
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  g_assert_cmpint (count_pilots (f), ==, n);
  g_assert_cmpint (emb_pilots_page_get_pilot_id (f->page), ==, id);

  /* Deleted for good, every one: the empty state offers a new pilot. */
  while (g_list_model_get_n_items (shown) > 0)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
      emb_ui_test_iterate (20);
    }
  emb_pilots_page_flush_pending (f->page);
  emb_ui_test_settle (GTK_WIDGET (f->page), 800);
  g_assert_cmpint (count_pilots (f), ==, 0);
  {
    g_autoptr(EmbPilot) gone = emb_pilot_store_get_pilot (f->db, id, NULL);

    g_assert_null (gone);
  }
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page), _("No Autonomy Pilots")));
  screenshot (GTK_WIDGET (f->window), "empty");
}

static gboolean
page_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Out of sight the page catches up when shown again; once disposed, a
 * change no longer reaches it. */
static void
test_out_of_sight (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *shown = emb_pilots_page_get_pilots (f->page);
  guint n = g_list_model_get_n_items (shown);
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *kept;

  g_assert_cmpuint (n, >, 0);
  emb_window_show_page (f->window, "overview");
  /* After the stack's transition */
  g_assert_true (emb_ui_test_wait_for (page_unmapped, f->page, 5000));

  emb_pilot_set_name (pilot, "Pilot spoza widoku");
  emb_pilot_set_principle (pilot, "Decyduj przy kliencie.");
  emb_pilot_set_currency (pilot, "EUR");
  g_assert_true (emb_pilot_store_save_pilot (f->db, pilot, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);

  emb_window_show_page (f->window, "pilots");
  emb_ui_test_wait_mapped (GTK_WIDGET (f->page));
  emb_ui_test_wait_loaded (GTK_WIDGET (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n + 1);

  /* Disposed while something still holds it */
  kept = g_object_ref (GTK_WIDGET (f->page));
  gtk_stack_remove (GTK_STACK (gtk_widget_get_parent (kept)), kept);
  f->page = NULL;
  g_object_run_dispose (G_OBJECT (kept));
  emb_database_emit_changed (f->db, EMB_RECORD_KIND_PILOT, EMB_CHANGE_UPDATED,
                             emb_record_get_id (EMB_RECORD (pilot)));
  emb_database_emit_changed (f->db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  emb_ui_test_iterate (100);
  g_object_unref (kept);
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

  g_test_add ("/ui/pilots/lifecycle", Fixture, NULL,
              fixture_set_up, test_lifecycle, fixture_tear_down);
  g_test_add ("/ui/pilots/out-of-sight", Fixture, NULL,
              fixture_set_up, test_out_of_sight, fixture_tear_down);
  g_test_add ("/ui/pilots/detail-and-delete", Fixture, NULL,
              fixture_set_up, test_detail_and_delete, fixture_tear_down);

  return g_test_run ();
}
