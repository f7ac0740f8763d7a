/* emb-decision-row.c: a decision in a pilot's decision log
 *
 * Who decided and when, with a button to review the decision without blame;
 * whether its cost is over the pilot's spending ceiling (an icon and a word,
 * in the error colour), its review status and kind; then the situation, the
 * decision, its cost, what it meant for the customer and the review note.
 * The list view makes a row once and binds it to each decision it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-decision-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-decision-row.h"
#include "emb-pilot-store.h"
#include "emb-pilots-dates.h"

struct _EmbDecisionRow
{
  GtkBox     parent_instance;

  GtkLabel  *name_label;
  GtkLabel  *date_label;
  GtkButton *review_button;
  GtkWidget *over_badge;
  GtkLabel  *review_badge;
  GtkLabel  *kind_label;
  GtkLabel  *situation_label;
  GtkLabel  *decision_label;
  GtkLabel  *cost_label;
  GtkLabel  *outcome_label;
  GtkLabel  *note_label;
};

G_DEFINE_FINAL_TYPE (EmbDecisionRow, emb_decision_row, GTK_TYPE_BOX)

static const char *
review_status_label (EmbReviewStatus status)
{
  switch (status)
    {
    case EMB_REVIEW_STATUS_REVIEWED:
      return C_("review status", "Reviewed");
    case EMB_REVIEW_STATUS_ESCALATED:
      return C_("review status", "Escalated");
    case EMB_REVIEW_STATUS_PENDING:
    default:
      return C_("review status", "Awaiting review");
    }
}

/* Shows @text in @label, or hides the label when there is none. */
static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
emb_decision_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_DECISION_ROW);

  G_OBJECT_CLASS (emb_decision_row_parent_class)->dispose (object);
}

static void
emb_decision_row_class_init (EmbDecisionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_decision_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-decision-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, review_button);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, over_badge);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, review_badge);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, situation_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, decision_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, cost_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionRow, note_label);
}

static void
emb_decision_row_init (EmbDecisionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The target first: the action takes the decision's id. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->review_button), g_variant_new_int64 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->review_button), "page.review-decision");
}

/**
 * emb_decision_row_new:
 *
 * Returns: (transfer floating): an empty row, for emb_decision_row_bind()
 */
GtkWidget *
emb_decision_row_new (void)
{
  return g_object_new (EMB_TYPE_DECISION_ROW, NULL);
}

/**
 * emb_decision_row_bind:
 * @decision: the decision to show
 * @pilot: the pilot it was taken under (its currency and ceiling)
 * @employee_name: who decided
 */
void
emb_decision_row_bind (EmbDecisionRow *self,
                       EmbDecision    *decision,
                       EmbPilot       *pilot,
                       const char     *employee_name)
{
  const char *currency;
  const char *note;
  const char *outcome;
  EmbReviewStatus review;
  gboolean is_over;
  g_autofree char *cost = NULL;
  g_autofree char *cost_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *situation = NULL;
  g_autofree char *what = NULL;
  g_autofree char *outcome_text = NULL;
  g_autofree char *note_text = NULL;
  g_autofree char *review_label = NULL;

  g_return_if_fail (EMB_IS_DECISION_ROW (self));
  g_return_if_fail (EMB_IS_DECISION (decision));
  g_return_if_fail (EMB_IS_PILOT (pilot));
  g_return_if_fail (employee_name != NULL);

  currency = emb_pilot_get_currency (pilot);
  review = emb_decision_get_review_status (decision);
  note = emb_decision_get_review_note (decision);
  outcome = emb_decision_get_customer_outcome (decision);
  is_over = emb_pilot_decision_is_over_ceiling (decision, pilot);
  date = emb_pilots_format_day (emb_decision_get_decided_on (decision), 0);
  cost = emb_pilot_format_amount (emb_decision_get_cost (decision), currency);

  gtk_label_set_text (self->name_label, employee_name);
  gtk_label_set_text (self->date_label, date);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->review_button),
                                          g_variant_new_int64 (emb_record_get_id (EMB_RECORD (decision))));
  /* Translators: the accessible name of a decision's Review button: who
   * decided, and when */
  review_label = g_strdup_printf (_("Review the decision of %s on %s"), employee_name, date);
  emb_a11y_set_label (GTK_WIDGET (self->review_button), review_label);

  gtk_widget_set_visible (self->over_badge, is_over);
  if (is_over)
    {
      g_autofree char *ceiling = emb_pilot_format_amount (emb_pilot_get_spending_ceiling (pilot),
                                                          currency);
      g_autofree char *description = NULL;

      description = g_strdup_printf (_("The cost of %s is above the spending ceiling of %s."),
                                     cost, ceiling);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->over_badge),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_widget_set_tooltip_text (self->over_badge, description);
    }

  gtk_label_set_text (self->review_badge, review_status_label (review));
  gtk_widget_remove_css_class (GTK_WIDGET (self->review_badge), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->review_badge), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->review_badge), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->review_badge),
                            review == EMB_REVIEW_STATUS_REVIEWED ? "success"
                            : review == EMB_REVIEW_STATUS_ESCALATED ? "warning"
                            : "dim-label");

  situation = g_strdup_printf (_("Situation: %s"), emb_decision_get_situation (decision));
  what = g_strdup_printf (_("Decision: %s"), emb_decision_get_decision (decision));
  cost_text = g_strdup_printf (_("Cost: %s"), cost);
  if (outcome != NULL && *outcome != '\0')
    outcome_text = g_strdup_printf (_("For the customer: %s"), outcome);
  if (note != NULL && *note != '\0')
    note_text = g_strdup_printf (_("Review note: %s"), note);

  set_text (self->kind_label, emb_decision_get_kind (decision));
  set_text (self->situation_label, situation);
  set_text (self->decision_label, what);
  set_text (self->cost_label, cost_text);
  set_text (self->outcome_label, outcome_text);
  set_text (self->note_label, note_text);
}
