/* test-recognition-page.c: the Recognition page on the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-nomination-dialog.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-query-model.h"
#include "emb-recognition-page.h"
#include "emb-recognition-store.h"
#include "emb-records.h"
#include "emb-ui-test-util.h"

typedef struct
{
  EmbUiFixture        ui;
  EmbWindow          *window;
  EmbDatabase        *db;
  EmbRecognitionPage *page;
} Fixture;

static gboolean
page_loaded (gpointer data)
{
  return emb_recognition_page_get_inbox_model (data) != NULL &&
         emb_recognition_page_get_list_model (data) != NULL;
}

/* The page reads its nominations when it is first shown, in an idle. */
static void
wait_loaded (EmbRecognitionPage *page)
{
  g_assert_true (emb_ui_test_wait_for (page_loaded, page, 5000));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "recognition", .width = 1000, .height = 760 };

  emb_ui_fixture_set_up (&f->ui, &options);
  f->window = f->ui.window;
  f->db = f->ui.db;
  f->page = EMB_RECOGNITION_PAGE (f->ui.page);
  g_assert_true (EMB_IS_RECOGNITION_PAGE (f->page));
  wait_loaded (f->page);
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
  emb_ui_test_screenshot_painted (widget, "recognition", name);
}

static EmbUndoQueue *
undo_queue (Fixture *f)
{
  return emb_page_get_undo_queue (EMB_PAGE (f->page));
}

/* Whether the nomination is hidden, waiting for its deletion */
static gboolean
is_hidden (Fixture *f,
           gint64   id)
{
  return emb_undo_queue_contains (undo_queue (f), EMB_RECORD_KIND_NOMINATION, id);
}

/* Waiting ---------------------------------------------------------------- */

typedef struct
{
  GListModel *(*get) (EmbRecognitionPage *page);
  EmbRecognitionPage *page;
  guint               expected;
} Count;

static gboolean
count_reached (gpointer data)
{
  Count *count = data;

  return g_list_model_get_n_items (count->get (count->page)) == count->expected;
}

static void
wait_count (Fixture     *f,
            GListModel *(*get) (EmbRecognitionPage *page),
            guint        expected)
{
  Count count = { get, f->page, expected };

  if (!emb_ui_test_wait_for (count_reached, &count, 5000))
    g_assert_cmpuint (g_list_model_get_n_items (get (f->page)), ==, expected);
}

static gboolean
dialog_closed (gpointer data)
{
  return emb_page_get_dialog (EMB_PAGE (data)) == NULL;
}

static gboolean
model_not_empty (gpointer data)
{
  GtkListView *view = data;

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))) > 0;
}

/* The store, read directly ----------------------------------------------- */

static GPtrArray *
all_nominations (Fixture *f)
{
  g_autoptr(GListModel) all = emb_recognition_store_query (f->db, NULL);
  GPtrArray *nominations = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (nominations, g_list_model_get_item (all, i));
  return nominations;
}

static gint64
count_all (Fixture *f)
{
  gint64 n = 0;

  for (int s = EMB_NOMINATION_STATUS_SUBMITTED; s <= EMB_NOMINATION_STATUS_CELEBRATED; s++)
    n += emb_recognition_store_count_by_status (f->db, s);
  return n;
}

static EmbEmployee *
active_employee (Fixture *f,
                 guint    position)
{
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) people = NULL;

  filter.active = 1;
  people = emb_people_store_query_employees (f->db, &filter);

  g_assert_cmpuint (g_list_model_get_n_items (people), >, position);
  return g_list_model_get_item (people, position);
}

static gint64
nth_id (GListModel *model,
        guint       position)
{
  g_autoptr(EmbRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  return emb_record_get_id (record);
}

/* Filling the dialog as a person would ----------------------------------- */

/* Types @search into the picker's entry and selects the item with @id. */
static void
pick (EmbNominationDialog *dialog,
      const char          *search_field,
      const char          *list_field,
      const char          *search,
      gint64               id)
{
  GtkWidget *entry = emb_nomination_dialog_get_field (dialog, search_field);
  GtkListView *view = GTK_LIST_VIEW (emb_nomination_dialog_get_field (dialog, list_field));
  GtkSelectionModel *selection;
  guint n;

  gtk_editable_set_text (GTK_EDITABLE (entry), search);
  emb_ui_test_iterate (300);
  g_assert_true (emb_ui_test_wait_for (model_not_empty, view, 5000));
  selection = gtk_list_view_get_model (view);
  n = MIN (g_list_model_get_n_items (G_LIST_MODEL (selection)), 50);
  for (guint i = 0; i < n; i++)
    if (nth_id (G_LIST_MODEL (selection), i) == id)
      {
        gtk_selection_model_select_item (selection, i, TRUE);
        return;
      }
  g_assert_not_reached ();
}

static guint
position_in (GListModel *records,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    if (nth_id (records, i) == id)
      return i;
  g_assert_not_reached ();
  return 0;
}

static void
set_story (EmbNominationDialog *dialog,
           const char          *story)
{
  GtkTextView *view = GTK_TEXT_VIEW (emb_nomination_dialog_get_field (dialog, "story"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), story, -1);
}

static EmbNominationDialog *
open_dialog (Fixture *f)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  dialog = emb_page_get_dialog (EMB_PAGE (f->page));
  g_assert_true (EMB_IS_NOMINATION_DIALOG (dialog));
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  return EMB_NOMINATION_DIALOG (dialog);
}

/* Tests ------------------------------------------------------------------ */

static void
test_nominate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(EmbEmployee) nominee = active_employee (f, 7);
  g_autoptr(EmbEmployee) nominator = active_employee (f, 12);
  g_autoptr(GListModel) values = emb_programme_store_list_values (f->db, NULL);
  g_autoptr(GListModel) touchpoints = emb_journey_store_list_touchpoints (f->db, NULL);
  g_autoptr(GListModel) feedback = NULL;
  g_autoptr(EmbFeedback) evidence = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(EmbNomination) nomination = NULL;
  EmbFeedbackFilter feedback_filter = EMB_FEEDBACK_FILTER_INIT;
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  EmbNominationDialog *dialog;
  gint64 value_id, touchpoint_id, before;
  const char *story = "Stayed after closing to help a customer recover a blocked card.";

  g_assert_cmpuint (g_list_model_get_n_items (values), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), >, 2);
  value_id = nth_id (values, 1);
  touchpoint_id = nth_id (touchpoints, 2);

  /* Evidence: a feedback found by a word of its text. */
  feedback = emb_feedback_store_query (f->db, &feedback_filter);
  for (guint i = 0; i < g_list_model_get_n_items (feedback) && evidence == NULL; i++)
    {
      g_autoptr(EmbFeedback) item = g_list_model_get_item (feedback, i);
      const char *text = emb_feedback_get_text (item);

      if (text != NULL && strlen (text) > 20)
        evidence = g_steal_pointer (&item);
    }
  g_assert_nonnull (evidence);

  screenshot (GTK_WIDGET (f->window), "inbox");

  before = count_all (f);
  dialog = open_dialog (f);

  pick (dialog, "nominee-search", "nominee-employee", emb_employee_get_name (nominee),
        emb_record_get_id (EMB_RECORD (nominee)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "value")),
                              1 + position_in (values, value_id));
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "touchpoint")),
                              1 + position_in (touchpoints, touchpoint_id));
  pick (dialog, "feedback-search", "feedback", emb_feedback_get_text (evidence),
        emb_record_get_id (EMB_RECORD (evidence)));
  gtk_switch_set_active (GTK_SWITCH (emb_nomination_dialog_get_field (dialog, "public")), FALSE);
  pick (dialog, "nominator-search", "nominator", emb_employee_get_name (nominator),
        emb_record_get_id (EMB_RECORD (nominator)));

  /* No story yet: refused next to the story, nothing stored, still open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "nomination.submit", NULL));
  emb_ui_test_iterate (100);
  g_assert_nonnull (emb_nomination_dialog_get_error (dialog, "story"));
  g_assert_null (emb_nomination_dialog_get_error (dialog, "value"));
  g_assert_cmpint (count_all (f), ==, before);
  g_assert_true (emb_page_get_dialog (EMB_PAGE (f->page)) == GTK_WINDOW (dialog));
  screenshot (GTK_WIDGET (dialog), "dialog-error");

  set_story (dialog, story);
  screenshot (GTK_WIDGET (dialog), "dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "nomination.submit", NULL));
  g_assert_true (emb_ui_test_wait_for (dialog_closed, f->page, 5000));
  g_assert_cmpint (count_all (f), ==, before + 1);

  filter.nominee_employee_id = emb_record_get_id (EMB_RECORD (nominee));
  filter.nominator_id = emb_record_get_id (EMB_RECORD (nominator));
  stored = emb_recognition_store_query (f->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (stored), >=, 1);
  nomination = g_list_model_get_item (stored, 0);
  g_assert_cmpstr (emb_nomination_get_story (nomination), ==, story);
  g_assert_cmpint (emb_nomination_get_value_id (nomination), ==, value_id);
  g_assert_cmpint (emb_nomination_get_touchpoint_id (nomination), ==, touchpoint_id);
  g_assert_cmpint (emb_nomination_get_feedback_id (nomination), ==,
                   emb_record_get_id (EMB_RECORD (evidence)));
  g_assert_cmpint (emb_nomination_get_nominee_department_id (nomination), ==, 0);
  g_assert_false (emb_nomination_get_is_public (nomination));
  g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_SUBMITTED);

  /* It arrives first in the inbox. */
  emb_ui_test_iterate (200);
  g_assert_cmpint (nth_id (emb_recognition_page_get_inbox_model (f->page), 0), ==,
                   emb_record_get_id (EMB_RECORD (nomination)));

  /* A department, anonymously. */
  before = count_all (f);
  dialog = open_dialog (f);
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "kind")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "nominee-department")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "value")), 1);
  gtk_switch_set_active (GTK_SWITCH (emb_nomination_dialog_get_field (dialog, "anonymous")), TRUE);
  set_story (dialog, "The whole team covered the branch during the storm.");
  g_assert_true (emb_nomination_dialog_submit (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_closed, f->page, 5000));
  g_assert_cmpint (count_all (f), ==, before + 1);
  {
    g_autoptr(EmbNomination) team = NULL;

    emb_ui_test_iterate (200);
    team = g_list_model_get_item (emb_recognition_page_get_inbox_model (f->page), 0);
    g_assert_cmpstr (emb_nomination_get_story (team), ==,
                     "The whole team covered the branch during the storm.");
    g_assert_cmpint (emb_nomination_get_nominee_employee_id (team), ==, 0);
    g_assert_cmpint (emb_nomination_get_nominee_department_id (team), >, 0);
    g_assert_cmpint (emb_nomination_get_nominator_id (team), ==, 0);
    g_assert_true (emb_nomination_get_is_public (team));
  }
}

static EmbNomination *
reread (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  EmbNomination *nomination = emb_recognition_store_get (f->db, id, &error);

  g_assert_no_error (error);
  return nomination;
}

/* The action a key triggers on @widget, from its own shortcuts: driving
 * the page through them checks the keys a person presses. */
static const char *
shortcut_action (GtkWidget       *widget,
                 guint            keyval,
                 GdkModifierType  modifiers)
{
  g_autoptr(GPtrArray) shortcuts = emb_ui_test_shortcuts (widget);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcuts->pdata[i]);
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcuts->pdata[i]);

      if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (action) &&
          gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
        return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
    }
  return NULL;
}

/* Presses @keyval on the page: activates what its shortcut names. */
static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  modifiers,
       const char      *expected)
{
  const char *action = shortcut_action (GTK_WIDGET (f->page), keyval, modifiers);

  g_assert_cmpstr (action, ==, expected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
}

static void
test_decide (Fixture       *f,
             gconstpointer  data)
{
  GListModel *inbox = emb_recognition_page_get_inbox_model (f->page);
  GtkSelectionModel *selection = emb_recognition_page_get_inbox_selection (f->page);
  guint n = g_list_model_get_n_items (inbox);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(EmbEmployee) decider = active_employee (f, 3);
  gint64 id, ids[3];

  g_assert_cmpuint (n, >=, 6);
  g_assert_cmpint (n, ==, emb_recognition_store_count_by_status (f->db, EMB_NOMINATION_STATUS_SUBMITTED));
  g_assert_cmpstr (emb_recognition_page_get_view (f->page), ==, "inbox");

  /* Approve the first, without a note, as the employee whose number is
   * set in the preferences. */
  g_settings_set_string (settings, "decider-employee-number",
                         emb_employee_get_employee_number (decider));
  id = nth_id (inbox, 0);
  gtk_selection_model_select_item (selection, 0, TRUE);
  emb_ui_test_iterate (100);
  screenshot (GTK_WIDGET (f->window), "inbox-selected");
  press (f, GDK_KEY_a, 0, "page.approve");
  {
    g_autoptr(EmbNomination) nomination = reread (f, id);

    g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_APPROVED);
    g_assert_cmpint (emb_nomination_get_decider_id (nomination), ==,
                     emb_record_get_id (EMB_RECORD (decider)));
    g_assert_nonnull (emb_nomination_get_decided_at (nomination));
  }
  wait_count (f, emb_recognition_page_get_inbox_model, n - 1);

  /* An unknown number, like none, records no decider. */
  g_settings_set_string (settings, "decider-employee-number", "no-such-number");
  id = nth_id (inbox, 0);
  gtk_selection_model_select_item (selection, 0, TRUE);
  emb_ui_test_iterate (50);
  press (f, GDK_KEY_a, 0, "page.approve");
  {
    g_autoptr(EmbNomination) nomination = reread (f, id);

    g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_APPROVED);
    g_assert_cmpint (emb_nomination_get_decider_id (nomination), ==, 0);
  }
  g_settings_reset (settings, "decider-employee-number");
  n--;
  wait_count (f, emb_recognition_page_get_inbox_model, n - 1);

  /* Declining needs a note: refused without, the note entry is marked. */
  id = nth_id (inbox, 0);
  gtk_selection_model_select_item (selection, 0, TRUE);
  emb_recognition_page_set_note (f->page, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.decline", NULL));
  {
    g_autoptr(EmbNomination) nomination = reread (f, id);
    GtkWidget *entry = emb_ui_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_ENTRY);

    g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_SUBMITTED);
    /* The first plain entry of the page is the note of the inbox. */
    g_assert_nonnull (entry);
    g_assert_true (gtk_widget_has_css_class (entry, "error"));
  }

  /* With a note. */
  emb_recognition_page_set_note (f->page, "Please tell us which value it showed.");
  press (f, GDK_KEY_d, 0, "page.decline");
  {
    g_autoptr(EmbNomination) nomination = reread (f, id);

    g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_DECLINED);
    g_assert_cmpstr (emb_nomination_get_decision_note (nomination), ==,
                     "Please tell us which value it showed.");
  }
  wait_count (f, emb_recognition_page_get_inbox_model, n - 2);

  /* A selection of three, approved at once. */
  for (guint i = 0; i < 3; i++)
    ids[i] = nth_id (inbox, i);
  gtk_selection_model_select_range (selection, 0, 3, TRUE);
  press (f, GDK_KEY_Return, GDK_CONTROL_MASK, "page.approve");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EmbNomination) nomination = reread (f, ids[i]);

      g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_APPROVED);
    }
  wait_count (f, emb_recognition_page_get_inbox_model, n - 5);

  /* Celebrate an approved one from the list of all nominations. */
  emb_recognition_page_show_view (f->page, "all");
  emb_recognition_page_set_filter (f->page, EMB_NOMINATION_STATUS_APPROVED, 0, 0, 0);
  wait_count (f, emb_recognition_page_get_list_model,
              emb_recognition_store_count_by_status (f->db, EMB_NOMINATION_STATUS_APPROVED));
  id = nth_id (emb_recognition_page_get_list_model (f->page), 0);
  gtk_selection_model_select_item (emb_recognition_page_get_list_selection (f->page), 0, TRUE);
  emb_ui_test_iterate (100);
  press (f, GDK_KEY_c, 0, "page.celebrate");
  {
    g_autoptr(EmbNomination) nomination = reread (f, id);

    g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_CELEBRATED);
    g_assert_nonnull (emb_nomination_get_celebrated_at (nomination));
  }

  /* The whole inbox at once (Ctrl+A in the list): all caught up. */
  emb_recognition_page_show_view (f->page, "inbox");
  gtk_selection_model_select_all (selection);
  press (f, GDK_KEY_a, 0, "page.approve");
  wait_count (f, emb_recognition_page_get_inbox_model, 0);
  g_assert_cmpint (emb_recognition_store_count_by_status (f->db, EMB_NOMINATION_STATUS_SUBMITTED), ==, 0);
  emb_ui_test_iterate (100);
  {
    GtkWidget *label = emb_ui_test_find_label (GTK_WIDGET (f->page), _("All Caught Up"));

    g_assert_nonnull (label);
    g_assert_true (gtk_widget_get_mapped (label));
  }
  screenshot (GTK_WIDGET (f->window), "caught-up");
}

static void
test_decide_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *inbox = emb_recognition_page_get_inbox_model (f->page);
  GtkSelectionModel *selection = emb_recognition_page_get_inbox_selection (f->page);
  g_autoptr(EmbEmployee) manager = active_employee (f, 0);
  g_autoptr(GError) error = NULL;
  gint64 first = nth_id (inbox, 0);
  gint64 second = nth_id (inbox, 1);

  /* Someone else declines the second while the manager has both selected:
   * approving the two is refused as a whole. */
  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  emb_ui_test_iterate (50);
  g_assert_true (emb_recognition_store_decline (f->db, second, emb_record_get_id (EMB_RECORD (manager)),
                                                "Duplicate.", &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.approve", NULL));
  {
    g_autoptr(EmbNomination) a = reread (f, first);
    g_autoptr(EmbNomination) b = reread (f, second);

    g_assert_cmpint (emb_nomination_get_status (a), ==, EMB_NOMINATION_STATUS_SUBMITTED);
    g_assert_cmpint (emb_nomination_get_status (b), ==, EMB_NOMINATION_STATUS_DECLINED);
  }
}

static void
test_cap (Fixture       *f,
          gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(EmbEmployee) nominee = active_employee (f, 20);
  g_autoptr(EmbEmployee) other = active_employee (f, 21);
  g_autoptr(EmbEmployee) nominator = active_employee (f, 22);
  g_autoptr(EmbNomination) first = emb_nomination_new ();
  g_autoptr(GListModel) values = emb_programme_store_list_values (f->db, NULL);
  g_autoptr(GError) error = NULL;
  EmbNominationDialog *dialog;
  const char *message;
  gint64 before;

  if (schema == NULL || !g_settings_schema_has_key (schema, "max-nominations-per-nominator"))
    {
      g_test_skip ("the schema has no max-nominations-per-nominator key yet");
      return;
    }
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_uint (settings, "max-nominations-per-nominator", 1);

  /* The nominator's one nomination of this month. */
  emb_nomination_set_nominee_employee_id (first, emb_record_get_id (EMB_RECORD (other)));
  emb_nomination_set_nominator_id (first, emb_record_get_id (EMB_RECORD (nominator)));
  emb_nomination_set_value_id (first, nth_id (values, 0));
  emb_nomination_set_story (first, "Helped a colleague through the quarter's close.");
  g_assert_true (emb_recognition_store_submit (f->db, first, &error));
  g_assert_no_error (error);

  before = count_all (f);
  dialog = open_dialog (f);
  pick (dialog, "nominee-search", "nominee-employee", emb_employee_get_name (nominee),
        emb_record_get_id (EMB_RECORD (nominee)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "value")), 1);
  set_story (dialog, "A second nomination in the same month.");
  pick (dialog, "nominator-search", "nominator", emb_employee_get_name (nominator),
        emb_record_get_id (EMB_RECORD (nominator)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "nomination.submit", NULL));
  emb_ui_test_iterate (100);

  /* Refused next to the nominator, saying why; the input stays. */
  message = emb_nomination_dialog_get_error (dialog, "nominator");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, emb_employee_get_name (nominator)));
  g_assert_cmpint (count_all (f), ==, before);
  g_assert_true (emb_page_get_dialog (EMB_PAGE (f->page)) == GTK_WINDOW (dialog));
  {
    GtkTextView *view = GTK_TEXT_VIEW (emb_nomination_dialog_get_field (dialog, "story"));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "A second nomination in the same month.");
  }
  screenshot (GTK_WIDGET (dialog), "dialog-cap");

  /* Without the cap it goes through. */
  g_settings_set_uint (settings, "max-nominations-per-nominator", 0);
  g_assert_true (emb_nomination_dialog_submit (dialog));
  g_assert_cmpint (count_all (f), ==, before + 1);
  g_settings_reset (settings, "max-nominations-per-nominator");
}

typedef gboolean (*NominationMatch) (Fixture       *f,
                                     EmbNomination *nomination,
                                     gconstpointer  data);

static guint
count_matching (Fixture         *f,
                NominationMatch  match,
                gconstpointer    data)
{
  g_autoptr(GPtrArray) all = all_nominations (f);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    if (match (f, g_ptr_array_index (all, i), data))
      n++;
  return n;
}

static gint64
nominee_department (Fixture       *f,
                    EmbNomination *nomination)
{
  g_autoptr(EmbEmployee) employee = NULL;

  if (emb_nomination_get_nominee_department_id (nomination) > 0)
    return emb_nomination_get_nominee_department_id (nomination);
  employee = emb_people_store_get_employee (f->db, emb_nomination_get_nominee_employee_id (nomination), NULL);
  return employee != NULL ? emb_employee_get_department_id (employee) : 0;
}

typedef struct
{
  int         status;
  gint64      value_id;
  gint64      department_id;
  const char *from;
  const char *to;
} Expect;

static gboolean
matches (Fixture       *f,
         EmbNomination *nomination,
         gconstpointer  data)
{
  const Expect *e = data;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (emb_nomination_get_submitted_at (nomination), utc);
  g_autoptr(GDateTime) local = g_date_time_to_local (at);
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");

  return (e->status < 0 || (int)emb_nomination_get_status (nomination) == e->status) &&
         (e->value_id == 0 || emb_nomination_get_value_id (nomination) == e->value_id) &&
         (e->department_id == 0 || nominee_department (f, nomination) == e->department_id) &&
         (e->from == NULL || g_strcmp0 (day, e->from) >= 0) &&
         (e->to == NULL || g_strcmp0 (day, e->to) <= 0);
}

/* The entry whose placeholder is @placeholder, under @root */
static GtkWidget *
find_entry (GtkWidget  *root,
            const char *placeholder)
{
  if (GTK_IS_ENTRY (root) &&
      g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (root)), placeholder) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child, placeholder);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static EmbRecognitionPage *current_page;

static gboolean
list_model_replaced (gpointer before)
{
  return emb_recognition_page_get_list_model (current_page) != before;
}

static void
expect (Fixture      *f,
        const Expect *e)
{
  guint n = count_matching (f, matches, e);

  emb_recognition_page_set_filter (f->page, e->status, e->value_id, e->department_id, 0);
  emb_recognition_page_set_period (f->page, e->from, e->to);
  wait_count (f, emb_recognition_page_get_list_model, n);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GListModel) values = emb_programme_store_list_values (f->db, NULL);
  g_autoptr(GPtrArray) all = all_nominations (f);
  gint64 value_id = nth_id (values, 0);
  gint64 department_id = 0;
  GtkWidget *dates_error;

  g_assert_cmpuint (all->len, >, 20);
  current_page = f->page;
  emb_recognition_page_show_view (f->page, "all");
  emb_ui_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (emb_recognition_page_get_list_model (f->page)), ==, all->len);
  screenshot (GTK_WIDGET (f->window), "list");

  /* The department of some nomination, so that the filter finds some. */
  department_id = nominee_department (f, g_ptr_array_index (all, 0));
  g_assert_cmpint (department_id, >, 0);

  expect (f, &(Expect) { EMB_NOMINATION_STATUS_APPROVED, 0, 0, NULL, NULL });
  expect (f, &(Expect) { EMB_NOMINATION_STATUS_DECLINED, 0, 0, NULL, NULL });
  expect (f, &(Expect) { -1, value_id, 0, NULL, NULL });
  expect (f, &(Expect) { -1, 0, department_id, NULL, NULL });
  expect (f, &(Expect) { EMB_NOMINATION_STATUS_APPROVED, value_id, department_id, NULL, NULL });
  expect (f, &(Expect) { -1, 0, 0, "2026-04-01", "2026-05-31" });
  expect (f, &(Expect) { -1, value_id, 0, "2026-06-01", NULL });
  g_assert_cmpuint (g_list_model_get_n_items (emb_recognition_page_get_list_model (f->page)), >, 0);
  screenshot (GTK_WIDGET (f->window), "list-filtered");

  /* A renamed person is shown by the rows made; the list is not queried
   * again for it. */
  {
    GListModel *before = emb_recognition_page_get_list_model (f->page);
    g_autoptr(EmbEmployee) someone = active_employee (f, 1);
    g_autoptr(GError) error = NULL;

    emb_employee_set_name (someone, "Renamed Person");
    g_assert_true (emb_people_store_save_employee (f->db, someone, &error));
    g_assert_no_error (error);
    emb_ui_test_iterate (100);
    g_assert_true (emb_recognition_page_get_list_model (f->page) == before);
  }

  /* Typed days apply once the typing pauses, not on every keystroke. */
  {
    GtkWidget *from_entry;
    GListModel *before;

    emb_recognition_page_set_filter (f->page, -1, 0, 0, 0);
    emb_recognition_page_set_period (f->page, "2026-04-01", NULL);
    before = emb_recognition_page_get_list_model (f->page);
    from_entry = find_entry (GTK_WIDGET (f->page), _("From (YYYY-MM-DD)"));
    g_assert_nonnull (from_entry);
    gtk_editable_set_text (GTK_EDITABLE (from_entry), "2026-05-0");
    gtk_editable_set_text (GTK_EDITABLE (from_entry), "2026-05-01");
    g_assert_true (emb_recognition_page_get_list_model (f->page) == before);
    g_assert_true (emb_ui_test_wait_for (list_model_replaced, before, 3000));
    /* Enter applies at once. */
    before = emb_recognition_page_get_list_model (f->page);
    gtk_editable_set_text (GTK_EDITABLE (from_entry), "2026-04-01");
    g_signal_emit_by_name (from_entry, "activate");
    g_assert_true (emb_recognition_page_get_list_model (f->page) != before);
  }

  /* An invalid day is shown as an error and leaves that end open. */
  emb_recognition_page_set_filter (f->page, -1, 0, 0, 0);
  emb_recognition_page_set_period (f->page, "2026-02-30", NULL);
  dates_error = emb_ui_test_find_label (GTK_WIDGET (f->page),
                                        _("Enter the first day as YYYY-MM-DD, such as 2026-06-01."));
  g_assert_nonnull (dates_error);
  g_assert_true (gtk_widget_get_visible (dates_error));
  wait_count (f, emb_recognition_page_get_list_model, all->len);

  /* Search: every match's story holds the word. */
  emb_recognition_page_set_period (f->page, NULL, NULL);
  {
    g_auto(GStrv) words = g_strsplit (emb_nomination_get_story (g_ptr_array_index (all, 0)), " ", -1);
    const char *word = NULL;
    GListModel *model;

    for (guint i = 0; words[i] != NULL && word == NULL; i++)
      if (g_utf8_strlen (words[i], -1) >= 6 && g_str_is_ascii (words[i]) &&
          g_regex_match_simple ("^[A-Za-z]+$", words[i], 0, 0))
        word = words[i];
    g_assert_nonnull (word);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.search", NULL));
    emb_recognition_page_set_search (f->page, word);
    model = emb_recognition_page_get_list_model (f->page);
    g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
    g_assert_cmpuint (g_list_model_get_n_items (model), <=, all->len);
    for (guint i = 0; i < MIN (g_list_model_get_n_items (model), 20); i++)
      {
        g_autoptr(EmbNomination) nomination = g_list_model_get_item (model, i);
        g_autofree char *story = g_utf8_casefold (emb_nomination_get_story (nomination), -1);
        g_autofree char *folded = g_utf8_casefold (word, -1);

        g_assert_nonnull (strstr (story, folded));
      }
  }
}

/* Lets the toasts finish appearing or going away: libadwaita 1.2 fails when
 * a toast is replaced or dismissed while another one's animation plays,
 * faster than a person clicks. */
static void
settle_toasts (Fixture *f)
{
  emb_ui_test_settle (GTK_WIDGET (f->window), 700);
}

/* The number on the inbox's tab */
static guint
inbox_badge (Fixture *f)
{
  AdwViewStack *stack = ADW_VIEW_STACK (emb_ui_test_find_by_type (GTK_WIDGET (f->page),
                                                                  ADW_TYPE_VIEW_STACK));
  GtkWidget *inbox = adw_view_stack_get_child_by_name (stack, "inbox");

  return adw_view_stack_page_get_badge_number (adw_view_stack_get_page (stack, inbox));
}

/* Whether the nomination is in a list the page shows */
static gboolean
is_listed (GListModel *model,
           gint64      id)
{
  return emb_query_model_find_id (EMB_QUERY_MODEL (model), id, NULL);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *inbox = emb_recognition_page_get_inbox_model (f->page);
  GListModel *list = emb_recognition_page_get_list_model (f->page);
  GtkSelectionModel *selection = emb_recognition_page_get_inbox_selection (f->page);
  AdwToast *toast;
  gint64 id = nth_id (inbox, 0);
  gint64 next = nth_id (inbox, 1);
  gint64 before = count_all (f);
  guint n_inbox = g_list_model_get_n_items (inbox);
  guint n_list = g_list_model_get_n_items (list);
  gint64 joined[3];

  g_assert_cmpuint (inbox_badge (f), ==, n_inbox);
  g_assert_true (is_listed (list, id));

  /* Deleted: at once out of both lists and out of the inbox's count, though
   * still in the database behind its Undo toast. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
  g_assert_true (is_hidden (f, id));
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n_inbox - 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_list - 1);
  g_assert_cmpint (nth_id (inbox, 0), ==, next);
  g_assert_false (is_listed (inbox, id));
  g_assert_false (is_listed (list, id));
  g_assert_cmpuint (inbox_badge (f), ==, n_inbox - 1);
  g_assert_cmpint (count_all (f), ==, before);
  toast = emb_undo_queue_get_last_toast (undo_queue (f));
  g_assert_nonnull (toast);
  settle_toasts (f);
  screenshot (GTK_WIDGET (f->window), "deleted");

  /* Undo: back in its place and in the count, nothing deleted. The toast
   * goes away, as a click on its button does. */
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_dismiss_toast (toast);
  g_assert_false (is_hidden (f, id));
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n_inbox);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_list);
  g_assert_cmpint (nth_id (inbox, 0), ==, id);
  g_assert_cmpuint (inbox_badge (f), ==, n_inbox);
  settle_toasts (f);
  emb_undo_queue_flush (undo_queue (f));
  g_assert_cmpint (count_all (f), ==, before);
  {
    g_autoptr(EmbNomination) nomination = reread (f, id);

    g_assert_nonnull (nomination);
  }

  /* Again, and this time the deletion happens: the lists stay as they
   * were while it was pending. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
  g_assert_true (is_hidden (f, id));
  g_assert_cmpuint (inbox_badge (f), ==, n_inbox - 1);
  settle_toasts (f);
  emb_undo_queue_flush (undo_queue (f));
  g_assert_cmpint (count_all (f), ==, before - 1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(EmbNomination) nomination = emb_recognition_store_get (f->db, id, &error);

    g_assert_null (nomination);
    g_assert_nonnull (error);
  }
  wait_count (f, emb_recognition_page_get_inbox_model, n_inbox - 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_list - 1);
  g_assert_false (is_listed (inbox, id));
  g_assert_cmpuint (inbox_badge (f), ==, n_inbox - 1);

  /* Deleting one after another, quickly: each leaves the list, the next
   * takes its place; they join one toast, whose Undo would bring them all
   * back; they are deleted together. */
  settle_toasts (f);
  for (guint i = 0; i < 3; i++)
    {
      joined[i] = nth_id (inbox, 0);
      gtk_selection_model_select_item (selection, 0, TRUE);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
      g_assert_true (is_hidden (f, joined[i]));
      g_assert_false (is_listed (inbox, joined[i]));
      g_assert_cmpuint (inbox_badge (f), ==, n_inbox - 2 - i);
      emb_ui_test_iterate (20);
    }
  toast = emb_undo_queue_get_last_toast (undo_queue (f));
  g_assert_nonnull (toast);
  g_assert_cmpuint (emb_undo_queue_get_n_ids (undo_queue (f), toast), ==, 3);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "3"));
  g_assert_cmpint (count_all (f), ==, before - 1);
  settle_toasts (f);
  emb_undo_queue_flush (undo_queue (f));
  g_assert_cmpint (count_all (f), ==, before - 4);
  wait_count (f, emb_recognition_page_get_inbox_model, n_inbox - 4);
  g_assert_cmpuint (inbox_badge (f), ==, n_inbox - 4);
  settle_toasts (f);
}

/* A deletion the store refuses (the nomination was approved meanwhile, in
 * another window) brings the nomination back into the list. */
static void
test_delete_refused (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *inbox = emb_recognition_page_get_inbox_model (f->page);
  GListModel *list = emb_recognition_page_get_list_model (f->page);
  g_autoptr(GError) error = NULL;
  gint64 id = nth_id (inbox, 0);
  gint64 before = count_all (f);
  guint n_list = g_list_model_get_n_items (list);

  gtk_selection_model_select_item (emb_recognition_page_get_inbox_selection (f->page), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
  g_assert_false (is_listed (list, id));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_list - 1);
  settle_toasts (f);

  g_assert_true (emb_recognition_store_decide_many (f->db, &id, 1, TRUE, 0, NULL, &error));
  g_assert_no_error (error);
  emb_undo_queue_flush (undo_queue (f));
  g_assert_false (is_hidden (f, id));
  g_assert_cmpint (count_all (f), ==, before);
  wait_count (f, emb_recognition_page_get_list_model, n_list);
  g_assert_true (is_listed (list, id));
  g_assert_false (is_listed (inbox, id));
  settle_toasts (f);
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

/* While another page is shown, the page's lists read nothing; shown again,
 * each counts once. */
static void
test_hidden_page_rests (Fixture       *f,
                        gconstpointer  data)
{
  EmbQueryModel *inbox = EMB_QUERY_MODEL (emb_recognition_page_get_inbox_model (f->page));
  EmbQueryModel *list = EMB_QUERY_MODEL (emb_recognition_page_get_list_model (f->page));
  g_autoptr(GError) error = NULL;
  guint n_inbox = g_list_model_get_n_items (G_LIST_MODEL (inbox));
  guint inbox_counts = emb_query_model_get_n_counts (inbox);
  guint list_counts = emb_query_model_get_n_counts (list);
  gint64 ids[2];

  g_assert_false (emb_query_model_get_paused (inbox));
  g_assert_false (emb_query_model_get_paused (list));

  emb_window_show_page (f->window, "people");
  g_assert_true (emb_ui_test_wait_for (is_unmapped, f->page, 5000));
  g_assert_true (emb_query_model_get_paused (inbox));
  g_assert_true (emb_query_model_get_paused (list));

  /* Two decisions made elsewhere, in two turns of the main loop. */
  ids[0] = nth_id (G_LIST_MODEL (inbox), 0);
  ids[1] = nth_id (G_LIST_MODEL (inbox), 1);
  g_assert_true (emb_recognition_store_decide_many (f->db, &ids[0], 1, TRUE, 0, NULL, &error));
  emb_ui_test_iterate (50);
  g_assert_true (emb_recognition_store_decide_many (f->db, &ids[1], 1, TRUE, 0, NULL, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (emb_query_model_get_n_counts (inbox), ==, inbox_counts);
  g_assert_cmpuint (emb_query_model_get_n_counts (list), ==, list_counts);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (inbox)), ==, n_inbox);
  g_assert_true (emb_query_model_is_stale (inbox));

  emb_window_show_page (f->window, "recognition");
  emb_ui_test_wait_mapped (GTK_WIDGET (f->page));
  g_assert_false (emb_query_model_get_paused (inbox));
  g_assert_cmpuint (emb_query_model_get_n_counts (inbox), ==, inbox_counts + 1);
  g_assert_cmpuint (emb_query_model_get_n_counts (list), ==, list_counts + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (inbox)), ==, n_inbox - 2);
  g_assert_cmpuint (inbox_badge (f), ==, n_inbox - 2);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (emb_query_model_get_n_counts (inbox), ==, inbox_counts + 1);
}

/* The page alone in a window as narrow as a phone. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  EmbRecognitionPage *page = g_object_new (EMB_TYPE_RECOGNITION_PAGE, "database", f->db, NULL);
  int minimum;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  emb_ui_test_wait_mapped (window);
  emb_ui_test_iterate (200);
  wait_loaded (page);

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);

  gtk_selection_model_select_item (emb_recognition_page_get_inbox_selection (page), 0, TRUE);
  screenshot (window, "inbox-narrow");
  emb_recognition_page_show_view (page, "all");
  screenshot (window, "list-narrow");

  gtk_window_destroy (GTK_WINDOW (window));
  emb_ui_test_iterate (50);
}

/* A programme without nominations: the empty states say what to do. */
static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-recognition-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  GtkWidget *window = gtk_window_new ();
  EmbRecognitionPage *page;
  GtkWidget *label;

  g_assert_no_error (error);
  page = g_object_new (EMB_TYPE_RECOGNITION_PAGE, "database", db, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  emb_ui_test_wait_mapped (window);
  emb_ui_test_iterate (100);
  wait_loaded (page);

  g_assert_cmpuint (g_list_model_get_n_items (emb_recognition_page_get_inbox_model (page)), ==, 0);
  label = emb_ui_test_find_label (GTK_WIDGET (page), _("No Nominations Yet"));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  /* Not “all caught up”: there was never anything to catch up with. */
  label = emb_ui_test_find_label (GTK_WIDGET (page), _("All Caught Up"));
  g_assert_true (label == NULL || !gtk_widget_get_mapped (label));
  screenshot (window, "empty");

  /* The empty state's button nominates. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL));
  g_assert_true (EMB_IS_NOMINATION_DIALOG (emb_page_get_dialog (EMB_PAGE (page))));
  gtk_window_destroy (emb_page_get_dialog (EMB_PAGE (page)));
  gtk_window_destroy (GTK_WINDOW (window));
  emb_ui_test_iterate (50);
  g_clear_object (&db);
  emb_ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/recognition/nominate", test_nominate);
  ADD ("/ui/recognition/decide", test_decide);
  ADD ("/ui/recognition/decide-all-or-nothing", test_decide_all_or_nothing);
  ADD ("/ui/recognition/cap", test_cap);
  ADD ("/ui/recognition/filters", test_filters);
  ADD ("/ui/recognition/delete-undo", test_delete_undo);
  ADD ("/ui/recognition/delete-refused", test_delete_refused);
  ADD ("/ui/recognition/hidden-page-rests", test_hidden_page_rests);
  ADD ("/ui/recognition/narrow", test_narrow);
  g_test_add_func ("/ui/recognition/empty", test_empty);

#undef ADD

  return g_test_run ();
}
