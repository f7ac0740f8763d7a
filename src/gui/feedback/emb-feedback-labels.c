/* emb-feedback-labels.c: how the feedback area names kinds, scores and steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-labels.h"

const char *
emb_feedback_kind_label (EmbFeedbackKind kind)
{
  switch (kind)
    {
    case EMB_FEEDBACK_KIND_PRAISE:
      return C_("feedback kind", "Praise");
    case EMB_FEEDBACK_KIND_COMPLAINT:
      return C_("feedback kind", "Complaint");
    case EMB_FEEDBACK_KIND_SUGGESTION:
      return C_("feedback kind", "Suggestion");
    case EMB_FEEDBACK_KIND_SURVEY:
      return C_("feedback kind", "Survey answer");
    case EMB_FEEDBACK_KIND_NEUTRAL:
      return C_("feedback kind", "Neutral");
    default:
      return "";
    }
}

const char *
emb_feedback_follow_up_label (EmbFollowUp follow_up)
{
  switch (follow_up)
    {
    case EMB_FOLLOW_UP_NEW:
      return C_("follow-up", "New");
    case EMB_FOLLOW_UP_ACKNOWLEDGED:
      return C_("follow-up", "Acknowledged");
    case EMB_FOLLOW_UP_IN_PROGRESS:
      return C_("follow-up", "In progress");
    case EMB_FOLLOW_UP_CLOSED:
      return C_("follow-up", "Closed");
    default:
      return "";
    }
}

const char *
emb_feedback_score_band_label (EmbScoreBand band)
{
  switch (band)
    {
    case EMB_SCORE_BAND_DETRACTOR:
      return _("NPS detractors (0–6)");
    case EMB_SCORE_BAND_PASSIVE:
      return _("NPS passives (7–8)");
    case EMB_SCORE_BAND_PROMOTER:
      return _("NPS promoters (9–10)");
    case EMB_SCORE_BAND_CSAT_LOW:
      return _("CSAT low (1–3)");
    case EMB_SCORE_BAND_CSAT_HIGH:
      return _("CSAT high (4–5)");
    case EMB_SCORE_BAND_CES_LOW:
      return _("CES low (1–4)");
    case EMB_SCORE_BAND_CES_HIGH:
      return _("CES high (5–7)");
    default:
      return "";
    }
}

/**
 * emb_feedback_score_text:
 *
 * Returns: (transfer full) (nullable): the score as "NPS 9", or %NULL for
 *   feedback without one
 */
char *
emb_feedback_score_text (EmbFeedback *feedback)
{
  int score = emb_feedback_get_score (feedback);

  switch (emb_feedback_get_score_type (feedback))
    {
    case EMB_SCORE_TYPE_NPS:
      /* Translators: a score of the Net Promoter Score survey, 0–10 */
      return g_strdup_printf (_("NPS %d"), score);
    case EMB_SCORE_TYPE_CSAT:
      /* Translators: a customer satisfaction score, 1–5 */
      return g_strdup_printf (_("CSAT %d"), score);
    case EMB_SCORE_TYPE_CES:
      /* Translators: a customer effort score, 1–7 */
      return g_strdup_printf (_("CES %d"), score);
    case EMB_SCORE_TYPE_NONE:
    default:
      return NULL;
    }
}

/* A category as written, or what says there is none. */
const char *
emb_feedback_category_label (const char *category)
{
  return category != NULL && *category != '\0' ? category : _("No category");
}
