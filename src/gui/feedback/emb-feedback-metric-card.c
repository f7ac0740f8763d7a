/* emb-feedback-metric-card.c: one score of a touchpoint, with its answers
 *
 * The score large, what it rests on below it, and a warning when it rests
 * on fewer answers than a score can be trusted on
 * (emb_metrics_sample_is_small()). For a screen reader the card reads as
 * one sentence: its title, score, answers and warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-metric-card"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-metric-card.h"

struct _EmbFeedbackMetricCard
{
  GtkBox    parent_instance;

  gboolean  small_sample;

  GtkLabel *title_label;
  GtkLabel *value_label;
  GtkLabel *detail_label;
  GtkLabel *warning_label;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackMetricCard, emb_feedback_metric_card, GTK_TYPE_BOX)

static void
update_label (EmbFeedbackMetricCard *self)
{
  g_autofree char *label = NULL;

  /* Translators: a figure read out to a screen reader: "NPS: +17, 6 answers" */
  label = g_strdup_printf (_("%s: %s, %s"), gtk_label_get_text (self->title_label),
                           gtk_label_get_text (self->value_label),
                           gtk_label_get_text (self->detail_label));
  if (self->small_sample)
    {
      g_autofree char *with = g_strdup_printf ("%s. %s", label,
                                               gtk_label_get_text (self->warning_label));

      g_free (label);
      label = g_steal_pointer (&with);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * emb_feedback_metric_card_set:
 * @value: the score as shown, such as "+17" or "66.7 %"
 * @detail: what it rests on, such as "6 answers"
 * @small_sample: whether to warn that it rests on too few answers
 */
void
emb_feedback_metric_card_set (EmbFeedbackMetricCard *self,
                              const char            *value,
                              const char            *detail,
                              gboolean               small_sample)
{
  g_return_if_fail (EMB_IS_FEEDBACK_METRIC_CARD (self));

  self->small_sample = small_sample;
  gtk_label_set_text (self->value_label, value);
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), small_sample);
  update_label (self);
}

/**
 * emb_feedback_metric_card_set_title:
 * @title: what the card shows, such as "NPS"
 */
void
emb_feedback_metric_card_set_title (EmbFeedbackMetricCard *self,
                                    const char            *title)
{
  g_return_if_fail (EMB_IS_FEEDBACK_METRIC_CARD (self));

  gtk_label_set_text (self->title_label, title);
  update_label (self);
}

const char *
emb_feedback_metric_card_get_value (EmbFeedbackMetricCard *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_METRIC_CARD (self), NULL);

  return gtk_label_get_text (self->value_label);
}

/**
 * emb_feedback_metric_card_get_is_small:
 *
 * Returns: whether the card warns of too few answers
 */
gboolean
emb_feedback_metric_card_get_is_small (EmbFeedbackMetricCard *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_METRIC_CARD (self), FALSE);

  return self->small_sample;
}

static void
emb_feedback_metric_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_FEEDBACK_METRIC_CARD);

  G_OBJECT_CLASS (emb_feedback_metric_card_parent_class)->dispose (object);
}

static void
emb_feedback_metric_card_class_init (EmbFeedbackMetricCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_feedback_metric_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-metric-card.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackMetricCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackMetricCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackMetricCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackMetricCard, warning_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
emb_feedback_metric_card_init (EmbFeedbackMetricCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
