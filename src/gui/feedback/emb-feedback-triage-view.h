/* emb-feedback-triage-view.h: the categories of feedback waiting for a touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_TRIAGE_VIEW (emb_feedback_triage_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackTriageView, emb_feedback_triage_view, EMB, FEEDBACK_TRIAGE_VIEW, GtkBox)

void       emb_feedback_triage_view_set_up   (EmbFeedbackTriageView *self,
                                              EmbDatabase           *database,
                                              EmbRecognitionNames   *names);
guint      emb_feedback_triage_view_reload   (EmbFeedbackTriageView *self);
GtkWidget *emb_feedback_triage_view_get_row  (EmbFeedbackTriageView *self,
                                              const char            *category);
gboolean   emb_feedback_triage_view_assign   (EmbFeedbackTriageView *self,
                                              const char            *category,
                                              gint64                 touchpoint_id,
                                              gboolean               remember);
gboolean   emb_feedback_triage_view_undo     (EmbFeedbackTriageView *self);

G_END_DECLS
