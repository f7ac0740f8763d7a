/* emb-feedback-labels.h: how the feedback area names kinds, scores and steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-feedback-store.h"

G_BEGIN_DECLS

const char *emb_feedback_kind_label       (EmbFeedbackKind  kind);
const char *emb_feedback_follow_up_label  (EmbFollowUp      follow_up);
const char *emb_feedback_score_band_label (EmbScoreBand     band);
char       *emb_feedback_score_text       (EmbFeedback     *feedback);
const char *emb_feedback_category_label   (const char      *category);

G_END_DECLS
