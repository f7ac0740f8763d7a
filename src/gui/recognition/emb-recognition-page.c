/* emb-recognition-page.c: the recognition area of the manager window
 *
 * Three views: the inbox of submitted nominations, where a manager approves
 * or declines one or a selection by keyboard (EmbRecognitionInbox); every
 * nomination in a lazy list with filters (EmbRecognitionList), which stays
 * smooth at a million rows because it only reads what it shows; and the
 * insights (EmbRecognitionInsights). The page holds what acts on the
 * nominations selected in either list: the decisions, celebrating and
 * deleting with Undo, through its actions and their keys.
 *
 * Nothing is read until the page is first shown. The nominations' query
 * models follow their changes by themselves, while the page is shown
 * (emb_page_follow_model()), and leave out the nominations whose deletion
 * waits behind an Undo toast, so that neither the lists nor the inbox's
 * badge count them; renamed values, departments, touchpoints or people
 * change what the rows and filters show, and refresh the page (EmbPage).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-list-step.h"
#include "emb-nomination-dialog.h"
#include "emb-nomination-row.h"
#include "emb-nomination-selection.h"
#include "emb-people-store.h"
#include "emb-recognition-inbox.h"
#include "emb-recognition-insights.h"
#include "emb-recognition-list.h"
#include "emb-recognition-names.h"
#include "emb-recognition-page.h"
#include "emb-recognition-store.h"
#include "emb-records.h"

/* A decision reads each selected nomination; a larger selection is refused
 * rather than read row by row from a huge list. */
#define MAX_SELECTED 5000

struct _EmbRecognitionPage
{
  EmbPage              parent_instance;

  /* Names for the rows and the filters. */
  EmbRecognitionNames *names;
  gboolean             loaded;
  /* What the next refresh reads again. */
  gboolean             names_changed;
  gboolean             filters_changed;

  /* The preferences, for the decider's employee number; NULL when the
   * compiled schema lacks the key. */
  GSettings           *settings;

  AdwViewStack        *view_stack;
  AdwViewStackPage    *inbox_page;
  EmbRecognitionInbox *inbox;
  EmbRecognitionList  *list;
  AdwBin              *insights_bin;
};

G_DEFINE_FINAL_TYPE (EmbRecognitionPage, emb_recognition_page, EMB_TYPE_PAGE)

static void update_actions (EmbRecognitionPage *self);

static EmbDatabase *
get_database (EmbRecognitionPage *self)
{
  return emb_page_get_database (EMB_PAGE (self));
}

/* Views ------------------------------------------------------------------ */

static gint64
count_all (EmbRecognitionPage *self)
{
  gint64 n = 0;

  for (int s = EMB_NOMINATION_STATUS_SUBMITTED; s <= EMB_NOMINATION_STATUS_CELEBRATED; s++)
    n += emb_recognition_store_count_by_status (get_database (self), s);
  return n;
}

static void
update_views (EmbRecognitionPage *self)
{
  guint n_inbox = g_list_model_get_n_items (G_LIST_MODEL (emb_recognition_inbox_get_selection (self->inbox)));
  guint n_list = g_list_model_get_n_items (G_LIST_MODEL (emb_recognition_list_get_selection (self->list)));
  gboolean any;

  if (!self->loaded)
    return;

  any = n_inbox > 0 || n_list > 0 || count_all (self) > 0;
  adw_view_stack_page_set_badge_number (self->inbox_page, n_inbox);
  adw_view_stack_page_set_needs_attention (self->inbox_page, n_inbox > 0);
  emb_recognition_inbox_show_state (self->inbox, any);
  emb_recognition_list_show_state (self->list, any);
  update_actions (self);
}

/* Shows again the names that the rows made show. */
static void
update_rows (EmbRecognitionPage *self)
{
  emb_nomination_rows_update (emb_recognition_inbox_get_view (self->inbox));
  emb_nomination_rows_update (emb_recognition_list_get_view (self->list));
}

static void
emb_recognition_page_refresh (EmbPage *page)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (page);

  if (!self->loaded)
    {
      /* The first time the page is shown. */
      self->loaded = TRUE;
      emb_recognition_names_reload (self->names);
      emb_recognition_list_refill_filters (self->list);
      emb_recognition_inbox_load (self->inbox);
      emb_recognition_list_reload (self->list);
    }
  else if (self->filters_changed)
    {
      emb_recognition_names_reload (self->names);
      /* The list is queried again only when a filter chose an item that is
       * gone (its drop-down fell back to everything). */
      emb_recognition_list_refill_filters (self->list);
    }
  else if (self->names_changed)
    emb_recognition_names_forget_employees (self->names);

  /* Names shown in the rows come from the caches: update the rows made. */
  self->filters_changed = self->names_changed = FALSE;
  update_rows (self);
  update_views (self);
}

static void
emb_recognition_page_database_changed (EmbPage       *page,
                                       EmbRecordKind  kind,
                                       EmbChangeType  change,
                                       gint64         id)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (page);

  /* Nominations follow by themselves (their query models watch them);
   * renamed values, departments, touchpoints or people change what rows
   * show. */
  if (kind == EMB_RECORD_KIND_EMPLOYEE)
    self->names_changed = TRUE;
  else
    self->filters_changed = TRUE;
}

/* Selections ------------------------------------------------------------- */

static gboolean
showing_inbox (EmbRecognitionPage *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "inbox") == 0;
}

static GtkSelectionModel *
current_selection (EmbRecognitionPage *self)
{
  return showing_inbox (self) ? emb_recognition_inbox_get_selection (self->inbox)
                               : emb_recognition_list_get_selection (self->list);
}

/* The selected nominations, or %NULL when more are selected than a
 * decision reads. Only for acting on them, never on a selection change. */
static GPtrArray *
selected_nominations (EmbRecognitionPage *self,
                      GtkSelectionModel  *selection)
{
  return emb_nomination_selection_get (selection, MAX_SELECTED);
}

static gboolean
all_have_status (GPtrArray           *nominations,
                 EmbNominationStatus  a,
                 EmbNominationStatus  b)
{
  if (nominations == NULL || nominations->len == 0)
    return FALSE;
  for (guint i = 0; i < nominations->len; i++)
    {
      EmbNominationStatus status = emb_nomination_get_status (g_ptr_array_index (nominations, i));

      if (status != a && status != b)
        return FALSE;
    }
  return TRUE;
}

static GArray *
nomination_ids (GPtrArray *nominations)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; nominations != NULL && i < nominations->len; i++)
    {
      gint64 id = emb_record_get_id (g_ptr_array_index (nominations, i));

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
update_actions (EmbRecognitionPage *self)
{
  GtkSelectionModel *selection = current_selection (self);
  guint64 n_inbox = emb_nomination_selection_count (emb_recognition_inbox_get_selection (self->inbox));
  guint64 n_list = emb_nomination_selection_count (emb_recognition_list_get_selection (self->list));
  guint64 n = showing_inbox (self) ? n_inbox : n_list;
  gboolean insights = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                                 "insights") == 0;
  gboolean can_decide, can_celebrate, can_delete;
  g_autofree char *inbox_text = emb_nomination_selection_describe (n_inbox);
  g_autofree char *list_text = emb_nomination_selection_describe (n_list);

  /* Enabled from the size of the selection alone: a selection of many rows
   * is not read here (the store checks each status when acted on, all or
   * nothing, and its refusal is shown). One selected row is read, to offer
   * only what its status allows. */
  if (insights || n == 0)
    can_decide = can_celebrate = can_delete = FALSE;
  else if (n == 1)
    {
      int status = emb_nomination_selection_first_status (selection);

      can_decide = status == EMB_NOMINATION_STATUS_SUBMITTED;
      can_celebrate = status == EMB_NOMINATION_STATUS_APPROVED;
      can_delete = status == EMB_NOMINATION_STATUS_SUBMITTED ||
                   status == EMB_NOMINATION_STATUS_DECLINED;
    }
  else
    can_decide = can_celebrate = can_delete = TRUE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.approve", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.decline", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.celebrate", can_celebrate);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", can_delete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next",
                                 !insights && g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous",
                                 !insights && g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0);

  emb_recognition_inbox_show_selection (self->inbox, n_inbox, inbox_text);
  emb_recognition_list_show_selection (self->list, n_list, list_text);
}

/* Decisions -------------------------------------------------------------- */

/* Who decides: the employee whose number is set in the preferences
 * ("decider-employee-number"); 0, recorded as no decider, when none is set
 * or no employee has that number. */
static gint64
decider_id (EmbRecognitionPage *self)
{
  g_autofree char *number = NULL;
  g_autoptr(EmbEmployee) employee = NULL;

  if (self->settings == NULL)
    return 0;
  number = g_strstrip (g_settings_get_string (self->settings, "decider-employee-number"));
  if (*number == '\0')
    return 0;
  employee = emb_people_store_find_employee (get_database (self), number, NULL);
  return employee != NULL ? emb_record_get_id (EMB_RECORD (employee)) : 0;
}

static GPtrArray *
nominations_to_act_on (EmbRecognitionPage *self)
{
  GPtrArray *nominations = selected_nominations (self, current_selection (self));

  if (nominations == NULL)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "Select at most %u nomination at once.",
                                                               "Select at most %u nominations at once.",
                                                               MAX_SELECTED),
                                                  MAX_SELECTED);

      emb_page_add_toast (EMB_PAGE (self), adw_toast_new (message));
    }
  return nominations;
}

static void
decide (EmbRecognitionPage *self,
        gboolean            approve)
{
  g_autoptr(GPtrArray) nominations = nominations_to_act_on (self);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;

  if (nominations == NULL || nominations->len == 0)
    return;

  ids = nomination_ids (nominations);
  note = emb_recognition_inbox_get_note (self->inbox);
  emb_recognition_inbox_show_note_error (self->inbox, NULL);

  if (!emb_recognition_store_decide_many (get_database (self), (const gint64 *)ids->data, ids->len,
                                          approve, decider_id (self), note, &error))
    {
      if (error->domain == EMB_VALIDATION_ERROR &&
          g_strcmp0 (emb_validation_error_get_field (error), "decision-note") == 0)
        emb_recognition_inbox_show_note_error (self->inbox, error->message);
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  emb_recognition_inbox_clear_note (self->inbox);
  gtk_selection_model_unselect_all (current_selection (self));
  if (approve)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u nomination approved",
                                          "%u nominations approved", ids->len),
                             ids->len);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u nomination declined",
                                          "%u nominations declined", ids->len),
                             ids->len);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (title));
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  decide (EMB_RECOGNITION_PAGE (widget), TRUE);
}

static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  decide (EMB_RECOGNITION_PAGE (widget), FALSE);
}

static void
celebrate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  g_autoptr(GPtrArray) nominations = nominations_to_act_on (self);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (nominations == NULL || nominations->len == 0)
    return;

  ids = nomination_ids (nominations);
  if (!emb_recognition_store_celebrate_many (get_database (self), (const gint64 *)(gpointer)ids->data,
                                             ids->len, decider_id (self), NULL, &error))
    emb_page_show_error (EMB_PAGE (self), error);
  else
    {
      gtk_selection_model_unselect_all (current_selection (self));
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u nomination celebrated",
                                            "%u nominations celebrated", ids->len),
                               ids->len);
      emb_page_add_toast (EMB_PAGE (self), adw_toast_new (title));
    }
}

/* Deleting with Undo ----------------------------------------------------- */

/* Deletes for real what waited for its deletion, when its Undo toast goes
 * away (an EmbUndoCommitFunc). One may have been decided or deleted
 * meanwhile: then none is deleted, and the person is told why. */
static gboolean
commit_deletion (EmbDatabase   *database,
                 const gint64  *nomination_ids,
                 guint          n_ids,
                 gpointer       user_data,
                 GError       **error)
{
  return emb_recognition_store_delete_many (database, nomination_ids, n_ids, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (self));
  AdwToast *toast = emb_undo_queue_get_last_toast (queue);
  g_autoptr(GPtrArray) nominations = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  guint n_joined, n_pending;

  /* While the toast of the last deletion shows, a further deletion joins
   * it, and its Undo brings them all back. */
  n_joined = emb_undo_queue_get_n_ids (queue, toast);

  nominations = nominations_to_act_on (self);
  if (nominations == NULL || nominations->len == 0)
    return;
  if (!all_have_status (nominations, EMB_NOMINATION_STATUS_SUBMITTED,
                        EMB_NOMINATION_STATUS_DECLINED))
    {
      emb_page_add_toast (EMB_PAGE (self),
                          adw_toast_new (_("Only submitted or declined nominations can be deleted; "
                                           "approved ones stay in the record.")));
      return;
    }

  ids = nomination_ids (nominations);
  n_pending = n_joined + ids->len;

  if (n_pending == 1)
    {
      EmbNomination *nomination = g_ptr_array_index (nominations, 0);
      const char *name = emb_recognition_names_get_employee (self->names,
                                                             emb_nomination_get_nominee_employee_id (nomination));

      if (name != NULL && *name != '\0')
        title = g_strdup_printf (_("Nomination of “%s” deleted"), name);
      else
        title = g_strdup (_("Nomination deleted"));
    }
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u nomination deleted",
                                          "%u nominations deleted", n_pending),
                             n_pending);

  if (n_joined == 0 ||
      !emb_undo_queue_extend (queue, toast, (const gint64 *)(gpointer)ids->data, ids->len, title))
    emb_undo_queue_push (queue, GTK_WIDGET (self), EMB_RECORD_KIND_NOMINATION,
                         (const gint64 *)(gpointer)ids->data, ids->len, title,
                         commit_deletion, NULL, NULL);
  gtk_selection_model_unselect_all (current_selection (self));
  update_actions (self);
}

/* Other actions ---------------------------------------------------------- */

static void
on_dialog_submitted (EmbRecognitionPage *self,
                     gint64              id)
{
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (_("Nomination submitted")));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  EmbNominationDialog *dialog = emb_nomination_dialog_new (get_database (self));

  g_signal_connect_object (dialog, "submitted", G_CALLBACK (on_dialog_submitted), self,
                           G_CONNECT_SWAPPED);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "all");
  emb_nomination_filters_focus_search (emb_recognition_list_get_filters (self->list));
}

/* Alt+Down / Alt+Up: the next or previous nomination becomes the one
 * selected and is scrolled into view. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  GtkListView *view = showing_inbox (self) ? emb_recognition_inbox_get_view (self->inbox)
                                           : emb_recognition_list_get_view (self->list);

  emb_list_view_step (current_selection (self), view, g_str_equal (action_name, "page.next"));
}

static void
on_visible_view_changed (EmbRecognitionPage *self)
{
  update_actions (self);
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_recognition_page_show_view:
 * @view: "inbox", "all" or "insights"
 */
void
emb_recognition_page_show_view (EmbRecognitionPage *self,
                                const char         *view)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

const char *
emb_recognition_page_get_view (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * emb_recognition_page_get_inbox_model:
 *
 * Returns: (transfer none) (nullable): the submitted nominations of the
 *   inbox, once the page was shown
 */
GListModel *
emb_recognition_page_get_inbox_model (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return emb_recognition_inbox_get_model (self->inbox);
}

/**
 * emb_recognition_page_get_inbox_selection:
 *
 * Returns: (transfer none): the selection over the inbox
 */
GtkSelectionModel *
emb_recognition_page_get_inbox_selection (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return emb_recognition_inbox_get_selection (self->inbox);
}

/**
 * emb_recognition_page_get_list_model:
 *
 * Returns: (transfer none) (nullable): the nominations of the “All
 *   Nominations” view, as filtered, once the page was shown
 */
GListModel *
emb_recognition_page_get_list_model (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return emb_recognition_list_get_model (self->list);
}

/**
 * emb_recognition_page_get_list_selection:
 *
 * Returns: (transfer none): the selection over the “All Nominations” view
 */
GtkSelectionModel *
emb_recognition_page_get_list_selection (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return emb_recognition_list_get_selection (self->list);
}

/**
 * emb_recognition_page_set_filter:
 * @status: an #EmbNominationStatus, or -1 for all
 * @value_id: a value, or 0 for all
 * @department_id: a department, or 0 for all
 * @touchpoint_id: a touchpoint, or 0 for all
 *
 * Sets the filter drop-downs as a person would.
 */
void
emb_recognition_page_set_filter (EmbRecognitionPage *self,
                                 int                 status,
                                 gint64              value_id,
                                 gint64              department_id,
                                 gint64              touchpoint_id)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  emb_nomination_filters_set (emb_recognition_list_get_filters (self->list),
                              status, value_id, department_id, touchpoint_id);
}

/**
 * emb_recognition_page_set_period:
 * @from: (nullable): the first day, YYYY-MM-DD
 * @to: (nullable): the last day, YYYY-MM-DD
 *
 * Chooses a custom period and types its days, as a person would; both
 * %NULL choose “any time”.
 */
void
emb_recognition_page_set_period (EmbRecognitionPage *self,
                                 const char         *from,
                                 const char         *to)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  emb_nomination_filters_set_period (emb_recognition_list_get_filters (self->list), from, to);
}

void
emb_recognition_page_set_search (EmbRecognitionPage *self,
                                 const char         *text)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  emb_nomination_filters_set_search (emb_recognition_list_get_filters (self->list), text);
}

/**
 * emb_recognition_page_set_note:
 *
 * Types the note that the next approval or declining records.
 */
void
emb_recognition_page_set_note (EmbRecognitionPage *self,
                               const char         *note)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  emb_recognition_inbox_set_note (self->inbox, note);
}

/* Object ----------------------------------------------------------------- */

static void
on_items_changed (EmbRecognitionPage *self)
{
  update_views (self);
}

/* A list queried again (the first time, or with other filters) follows the
 * page's rules: paused while hidden, without the deletions behind Undo. */
static void
on_model_changed (EmbRecognitionPage *self,
                  GParamSpec         *pspec,
                  GtkMultiSelection  *selection)
{
  GListModel *model = gtk_multi_selection_get_model (selection);

  if (model != NULL)
    emb_page_follow_model (EMB_PAGE (self), model);
}

static void
emb_recognition_page_constructed (GObject *object)
{
  EmbRecognitionPage *self = (EmbRecognitionPage *)object;
  EmbDatabase *database;

  G_OBJECT_CLASS (emb_recognition_page_parent_class)->constructed (object);

  /* Nothing is read here: the first refresh, when the page is shown, is. */
  database = get_database (self);
  self->names = emb_recognition_names_new (database);
  emb_recognition_inbox_set_up (self->inbox, database, self->names);
  emb_recognition_list_set_up (self->list, database, self->names);
  adw_bin_set_child (self->insights_bin,
                     g_object_new (EMB_TYPE_RECOGNITION_INSIGHTS, "database", database, NULL));
}

static void
emb_recognition_page_dispose (GObject *object)
{
  EmbRecognitionPage *self = (EmbRecognitionPage *)object;

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_RECOGNITION_PAGE);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (emb_recognition_page_parent_class)->dispose (object);
}

static void
emb_recognition_page_class_init (EmbRecognitionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_recognition_page_constructed;
  object_class->dispose = emb_recognition_page_dispose;
  page_class->refresh = emb_recognition_page_refresh;
  page_class->database_changed = emb_recognition_page_database_changed;
  emb_page_class_watch (page_class, EMB_RECORD_KIND_DEPARTMENT, EMB_RECORD_KIND_VALUE,
                        EMB_RECORD_KIND_TOUCHPOINT, EMB_RECORD_KIND_EMPLOYEE, -1);

  g_type_ensure (EMB_TYPE_RECOGNITION_INBOX);
  g_type_ensure (EMB_TYPE_RECOGNITION_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-recognition-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox_page);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, list);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, insights_bin);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "page.decline", NULL, decline_action);
  gtk_widget_class_install_action (widget_class, "page.celebrate", NULL, celebrate_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);

  /* Quick decisions by keyboard: select with the arrows (Shift extends the
   * selection), then A approves, D declines, C marks celebrated. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, 0, "page.approve", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "page.decline", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, 0, "page.celebrate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "page.approve", NULL);
}

static void
emb_recognition_page_init (EmbRecognitionPage *self)
{
  GtkSelectionModel *selections[2];

  g_type_ensure (EMB_TYPE_NOMINATION);

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = NULL;

    if (source != NULL)
      schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
    if (schema != NULL && g_settings_schema_has_key (schema, "decider-employee-number"))
      self->settings = g_settings_new (APPLICATION_ID);
  }

  selections[0] = emb_recognition_inbox_get_selection (self->inbox);
  selections[1] = emb_recognition_list_get_selection (self->list);
  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      g_signal_connect_object (selections[i], "selection-changed",
                               G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selections[i], "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selections[i], "notify::model",
                               G_CALLBACK (on_model_changed), self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_view_changed), self, G_CONNECT_SWAPPED);
}
