/* emb-feedback-page.c: the customer feedback area of the manager window
 *
 * Three views:
 * - Feedback: every item in a lazy list, newest first, with the search and
 *   filters (EmbFeedbackFilters); it stays smooth at a million rows because
 *   the filters are SQL and the list reads a page at a time. The item chosen
 *   shows beside the list (EmbFeedbackDetail): who it reaches, its
 *   follow-up and its owner, and for praise a nomination in one step.
 * - Touchpoints: NPS, CSAT, CES, their trend and the themes of complaints
 *   per touchpoint (EmbFeedbackInsightsView).
 * - To Triage: the categories that came in without a touchpoint
 *   (EmbFeedbackTriageView), with their count on the view's badge.
 *
 * Nothing is read until the page is first shown. The list follows feedback
 * by itself (its query model watches it); the page refreshes the rest when
 * feedback, the journey or people change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-page.h"
#include "emb-feedback-routing.h"
#include "emb-feedback-row.h"
#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-list-step.h"
#include "emb-nomination-dialog.h"
#include "emb-query-model.h"
#include "emb-recognition-names.h"

struct _EmbFeedbackPage
{
  EmbPage                  parent_instance;

  EmbRecognitionNames     *names;
  GtkSingleSelection      *selection;
  gboolean                 loaded;
  gboolean                 names_changed;    /* the journey or people changed */
  gboolean                 insights_stale;   /* to read again when shown */
  gboolean                 reselecting;

  AdwViewStack            *view_stack;
  AdwViewStackPage        *triage_page;
  AdwFlap                 *flap;
  EmbFeedbackFilters      *filters;
  GtkLabel                *count_label;
  GtkStack                *list_stack;
  GtkListView             *list_view;
  EmbFeedbackDetail       *detail;
  EmbFeedbackInsightsView *insights;
  EmbFeedbackTriageView   *triage;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackPage, emb_feedback_page, EMB_TYPE_PAGE)

static EmbDatabase *
get_database (EmbFeedbackPage *self)
{
  return emb_page_get_database (EMB_PAGE (self));
}

/* The list --------------------------------------------------------------- */

static void
update_list_state (EmbFeedbackPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  g_autofree char *count = NULL;
  const char *state = "list";

  if (n == 0)
    state = emb_feedback_store_count_since (get_database (self), "0001-01-01") > 0 ? "no-results"
                                                                                   : "empty";
  gtk_stack_set_visible_child_name (self->list_stack, state);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", n), n);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", n > 0);
}

static void
reload_list (EmbFeedbackPage *self)
{
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autofree char *from = NULL;

  emb_feedback_filters_read (self->filters, &filter, &from);
  model = emb_feedback_store_query (get_database (self), &filter);
  emb_page_follow_model (EMB_PAGE (self), model);
  gtk_single_selection_set_model (self->selection, model);
}

static void
on_filters_changed (EmbFeedbackPage *self)
{
  if (self->loaded)
    reload_list (self);
}

/* The list changed (a change to feedback, or new filters): the item shown
 * beside it is chosen again where the list still has it. */
static void
on_items_changed (EmbFeedbackPage *self)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  gint64 id = emb_feedback_detail_get_id (self->detail);
  guint position;

  update_list_state (self);
  if (id == 0 || !EMB_IS_QUERY_MODEL (model) ||
      gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    return;
  if (emb_query_model_find_id (EMB_QUERY_MODEL (model), id, &position))
    {
      self->reselecting = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->reselecting = FALSE;
    }
}

/* A person chose an item. */
static void
on_selection_changed (EmbFeedbackPage *self)
{
  EmbFeedback *feedback = gtk_single_selection_get_selected_item (self->selection);

  if (feedback == NULL)
    return;
  emb_feedback_detail_show (self->detail, emb_record_get_id (EMB_RECORD (feedback)));
  if (!self->reselecting && adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* Refreshing ------------------------------------------------------------- */

static void
update_triage_badge (EmbFeedbackPage *self)
{
  guint n = emb_feedback_triage_view_reload (self->triage);

  adw_view_stack_page_set_badge_number (self->triage_page, n);
  adw_view_stack_page_set_needs_attention (self->triage_page, n > 0);
}

static gboolean
showing (EmbFeedbackPage *self,
         const char      *view)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), view) == 0;
}

static void
reload_insights (EmbFeedbackPage *self)
{
  self->insights_stale = !showing (self, "insights");
  if (!self->insights_stale)
    emb_feedback_insights_view_reload (self->insights);
}

static void
emb_feedback_page_refresh (EmbPage *page)
{
  EmbFeedbackPage *self = EMB_FEEDBACK_PAGE (page);
  gboolean refill = !self->loaded || self->names_changed;

  if (refill)
    {
      g_autoptr(GListModel) stages = emb_journey_store_list_stages (get_database (self), NULL);

      emb_recognition_names_reload (self->names);
      emb_feedback_insights_view_refill (self->insights);
      if (stages != NULL && emb_feedback_filters_fill (self->filters, stages) && self->loaded)
        reload_list (self);
    }
  if (!self->loaded)
    {
      /* The first time the page is shown. */
      self->loaded = TRUE;
      reload_list (self);
    }
  self->names_changed = FALSE;

  emb_feedback_rows_update (self->list_view);
  emb_feedback_detail_reload (self->detail);
  update_triage_badge (self);
  reload_insights (self);
  update_list_state (self);
}

static void
emb_feedback_page_database_changed (EmbPage       *page,
                                    EmbRecordKind  kind,
                                    EmbChangeType  change,
                                    gint64         id)
{
  EmbFeedbackPage *self = EMB_FEEDBACK_PAGE (page);

  /* Feedback lists follow by themselves; names come from the journey and
   * people. */
  if (kind != EMB_RECORD_KIND_FEEDBACK)
    self->names_changed = TRUE;
}

static void
on_visible_view_changed (EmbFeedbackPage *self)
{
  if (self->loaded && self->insights_stale && showing (self, "insights"))
    reload_insights (self);
}

/* Praise to nomination --------------------------------------------------- */

static void
on_nomination_submitted (EmbFeedbackPage *self)
{
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (_("Nomination submitted")));
}

/* Opens the nomination dialog with the praise as its evidence, its
 * touchpoint, and the people responsible there proposed as nominees. */
static void
on_nominate (EmbFeedbackPage *self,
             EmbFeedback     *feedback)
{
  EmbNominationDialog *dialog = emb_nomination_dialog_new (get_database (self));
  gint64 touchpoint_id = emb_feedback_get_touchpoint_id (feedback);
  g_autoptr(GListModel) people = NULL;

  if (touchpoint_id > 0)
    people = emb_feedback_routing_query_people (get_database (self), touchpoint_id);
  emb_nomination_dialog_prefill (dialog, touchpoint_id, feedback, people);
  g_signal_connect_object (dialog, "submitted", G_CALLBACK (on_nomination_submitted), self,
                           G_CONNECT_SWAPPED);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
}

/* Triage ----------------------------------------------------------------- */

static void
on_show_category (EmbFeedbackPage *self,
                  const char      *category)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "list");
  emb_feedback_filters_set_triage (self->filters, TRUE, category);
}

/* Actions ---------------------------------------------------------------- */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbFeedbackPage *self = EMB_FEEDBACK_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "list");
  emb_feedback_filters_focus_search (self->filters);
}

/* Alt+Down / Alt+Up: the next or previous feedback is chosen. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbFeedbackPage *self = EMB_FEEDBACK_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "list");
  emb_list_view_step (GTK_SELECTION_MODEL (self->selection), self->list_view,
                      g_str_equal (action_name, "page.next"));
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_feedback_page_show_view:
 * @view: "list", "insights" or "triage"
 */
void
emb_feedback_page_show_view (EmbFeedbackPage *self,
                             const char      *view)
{
  g_return_if_fail (EMB_IS_FEEDBACK_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

const char *
emb_feedback_page_get_view (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * emb_feedback_page_get_model:
 *
 * Returns: (transfer none) (nullable): the feedback listed, once the page
 *   was shown
 */
GListModel *
emb_feedback_page_get_model (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return gtk_single_selection_get_model (self->selection);
}

GtkSingleSelection *
emb_feedback_page_get_selection (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return self->selection;
}

GtkListView *
emb_feedback_page_get_list_view (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return self->list_view;
}

EmbFeedbackFilters *
emb_feedback_page_get_filters (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return self->filters;
}

EmbFeedbackDetail *
emb_feedback_page_get_detail (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return self->detail;
}

EmbFeedbackInsightsView *
emb_feedback_page_get_insights (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return self->insights;
}

EmbFeedbackTriageView *
emb_feedback_page_get_triage (EmbFeedbackPage *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), NULL);

  return self->triage;
}

/**
 * emb_feedback_page_select:
 * @feedback_id: a feedback
 *
 * Chooses the feedback in the list, as a person would by clicking it.
 *
 * Returns: whether the list has it
 */
gboolean
emb_feedback_page_select (EmbFeedbackPage *self,
                          gint64           feedback_id)
{
  GListModel *model;
  guint position;

  g_return_val_if_fail (EMB_IS_FEEDBACK_PAGE (self), FALSE);

  model = gtk_single_selection_get_model (self->selection);
  if (!EMB_IS_QUERY_MODEL (model) ||
      !emb_query_model_find_id (EMB_QUERY_MODEL (model), feedback_id, &position))
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

/* Object ----------------------------------------------------------------- */

static void
emb_feedback_page_constructed (GObject *object)
{
  EmbFeedbackPage *self = (EmbFeedbackPage *)object;
  EmbDatabase *database;
  g_autoptr(GtkListItemFactory) factory = NULL;

  G_OBJECT_CLASS (emb_feedback_page_parent_class)->constructed (object);

  /* Nothing is read here: the first refresh, when the page is shown, is. */
  database = get_database (self);
  self->names = emb_recognition_names_new (database);
  emb_feedback_filters_set_up (self->filters, database, self->names);
  emb_feedback_detail_set_up (self->detail, database, self->names);
  emb_feedback_insights_view_set_up (self->insights, database, self->names);
  emb_feedback_triage_view_set_up (self->triage, database, self->names);
  factory = emb_feedback_row_factory_new (self->names);
  gtk_list_view_set_factory (self->list_view, factory);
}

static void
emb_feedback_page_dispose (GObject *object)
{
  EmbFeedbackPage *self = (EmbFeedbackPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_FEEDBACK_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (emb_feedback_page_parent_class)->dispose (object);
}

static void
emb_feedback_page_class_init (EmbFeedbackPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_feedback_page_constructed;
  object_class->dispose = emb_feedback_page_dispose;
  page_class->refresh = emb_feedback_page_refresh;
  page_class->database_changed = emb_feedback_page_database_changed;
  emb_page_class_watch (page_class, EMB_RECORD_KIND_FEEDBACK, EMB_RECORD_KIND_STAGE,
                        EMB_RECORD_KIND_TOUCHPOINT, EMB_RECORD_KIND_RESPONSIBILITY,
                        EMB_RECORD_KIND_ROLE, EMB_RECORD_KIND_EMPLOYEE,
                        EMB_RECORD_KIND_DEPARTMENT, -1);

  g_type_ensure (EMB_TYPE_FEEDBACK_FILTERS);
  g_type_ensure (EMB_TYPE_FEEDBACK_DETAIL);
  g_type_ensure (EMB_TYPE_FEEDBACK_INSIGHTS_VIEW);
  g_type_ensure (EMB_TYPE_FEEDBACK_TRIAGE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, triage_page);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, flap);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, filters);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, detail);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, insights);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackPage, triage);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_nominate);
  gtk_widget_class_bind_template_callback (widget_class, on_show_category);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, step_action);
}

static void
emb_feedback_page_init (EmbFeedbackPage *self)
{
  g_type_ensure (EMB_TYPE_FEEDBACK);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_view_changed), self, G_CONNECT_SWAPPED);
}
