/* emb-feedback.h: a piece of customer feedback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK (emb_feedback_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedback, emb_feedback, EMB, FEEDBACK, EmbRecord)

EmbFeedback     *emb_feedback_new               (void);
const char      *emb_feedback_get_received_at   (EmbFeedback *self);
void             emb_feedback_set_received_at   (EmbFeedback *self,
                                                  const char  *received_at);
const char      *emb_feedback_get_channel       (EmbFeedback *self);
void             emb_feedback_set_channel       (EmbFeedback *self,
                                                  const char  *channel);
gint64           emb_feedback_get_touchpoint_id (EmbFeedback *self);
void             emb_feedback_set_touchpoint_id (EmbFeedback *self,
                                                  gint64       touchpoint_id);
EmbFeedbackKind  emb_feedback_get_kind          (EmbFeedback *self);
void             emb_feedback_set_kind          (EmbFeedback    *self,
                                                  EmbFeedbackKind kind);
EmbScoreType     emb_feedback_get_score_type    (EmbFeedback *self);
void             emb_feedback_set_score_type    (EmbFeedback *self,
                                                  EmbScoreType score_type);
int              emb_feedback_get_score         (EmbFeedback *self);
void             emb_feedback_set_score         (EmbFeedback *self,
                                                  int          score);
const char      *emb_feedback_get_text          (EmbFeedback *self);
void             emb_feedback_set_text          (EmbFeedback *self,
                                                  const char  *text);
const char      *emb_feedback_get_customer_ref  (EmbFeedback *self);
void             emb_feedback_set_customer_ref  (EmbFeedback *self,
                                                  const char  *customer_ref);
EmbFollowUp      emb_feedback_get_follow_up     (EmbFeedback *self);
void             emb_feedback_set_follow_up     (EmbFeedback *self,
                                                  EmbFollowUp  follow_up);
gint64           emb_feedback_get_assignee_id   (EmbFeedback *self);
void             emb_feedback_set_assignee_id   (EmbFeedback *self,
                                                  gint64       assignee_id);
const char      *emb_feedback_get_source        (EmbFeedback *self);
void             emb_feedback_set_source        (EmbFeedback *self,
                                                  const char  *source);
const char      *emb_feedback_get_category      (EmbFeedback *self);
void             emb_feedback_set_category      (EmbFeedback *self,
                                                  const char  *category);
gboolean         emb_feedback_get_triage        (EmbFeedback *self);
void             emb_feedback_set_triage        (EmbFeedback *self,
                                                  gboolean     triage);
const char      *emb_feedback_get_source_id     (EmbFeedback *self);
void             emb_feedback_set_source_id     (EmbFeedback *self,
                                                  const char  *source_id);

G_END_DECLS
