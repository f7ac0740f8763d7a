/* emb-feedback-detail.h: one piece of feedback, who it reaches, its follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-feedback.h"
#include "emb-nomination-picker.h"
#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_DETAIL (emb_feedback_detail_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackDetail, emb_feedback_detail, EMB, FEEDBACK_DETAIL, GtkBox)

void                 emb_feedback_detail_set_up           (EmbFeedbackDetail   *self,
                                                           EmbDatabase         *database,
                                                           EmbRecognitionNames *names);
void                 emb_feedback_detail_show             (EmbFeedbackDetail   *self,
                                                           gint64               id);
void                 emb_feedback_detail_reload           (EmbFeedbackDetail   *self);
gint64               emb_feedback_detail_get_id           (EmbFeedbackDetail   *self);
EmbFeedback         *emb_feedback_detail_get_feedback     (EmbFeedbackDetail   *self);
EmbNominationPicker *emb_feedback_detail_get_owner_picker (EmbFeedbackDetail   *self);
const char          *emb_feedback_detail_get_error        (EmbFeedbackDetail   *self,
                                                           const char          *field);

G_END_DECLS
