/* emb-feedback-insights-view.h: NPS, CSAT, CES, trend and themes per touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_INSIGHTS_VIEW (emb_feedback_insights_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackInsightsView, emb_feedback_insights_view, EMB, FEEDBACK_INSIGHTS_VIEW, GtkBox)

void       emb_feedback_insights_view_set_up         (EmbFeedbackInsightsView *self,
                                                      EmbDatabase             *database,
                                                      EmbRecognitionNames     *names);
void       emb_feedback_insights_view_refill         (EmbFeedbackInsightsView *self);
void       emb_feedback_insights_view_reload         (EmbFeedbackInsightsView *self);
void       emb_feedback_insights_view_set_today      (EmbFeedbackInsightsView *self,
                                                      const char              *today);
void       emb_feedback_insights_view_set_touchpoint (EmbFeedbackInsightsView *self,
                                                      gint64                   touchpoint_id);
gboolean   emb_feedback_insights_view_is_loading     (EmbFeedbackInsightsView *self);
GtkWidget *emb_feedback_insights_view_get_part       (EmbFeedbackInsightsView *self,
                                                      const char              *name);

G_END_DECLS
