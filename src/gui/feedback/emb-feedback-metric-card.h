/* emb-feedback-metric-card.h: one score of a touchpoint, with its answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_METRIC_CARD (emb_feedback_metric_card_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackMetricCard, emb_feedback_metric_card, EMB, FEEDBACK_METRIC_CARD, GtkBox)

void        emb_feedback_metric_card_set_title     (EmbFeedbackMetricCard *self,
                                                    const char            *title);
void        emb_feedback_metric_card_set           (EmbFeedbackMetricCard *self,
                                                    const char            *value,
                                                    const char            *detail,
                                                    gboolean               small_sample);
const char *emb_feedback_metric_card_get_value     (EmbFeedbackMetricCard *self);
gboolean    emb_feedback_metric_card_get_is_small  (EmbFeedbackMetricCard *self);

G_END_DECLS
