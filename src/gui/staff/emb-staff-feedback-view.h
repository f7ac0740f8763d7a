/* emb-staff-feedback-view.h: what customers said about my touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-view.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_FEEDBACK_VIEW (emb_staff_feedback_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffFeedbackView, emb_staff_feedback_view, EMB, STAFF_FEEDBACK_VIEW, EmbStaffView)

/* The period shown, in days before today. */
#define EMB_STAFF_FEEDBACK_DAYS 30

GtkWidget       *emb_staff_feedback_view_new         (EmbStaffSession      *session);
void             emb_staff_feedback_view_set_now     (EmbStaffFeedbackView *self,
                                                      GDateTime            *now);
GtkListBox      *emb_staff_feedback_view_get_list    (EmbStaffFeedbackView *self,
                                                      EmbFeedbackKind       kind);
char            *emb_staff_feedback_view_get_figure  (EmbStaffFeedbackView *self,
                                                      EmbScoreType          type);

G_END_DECLS
