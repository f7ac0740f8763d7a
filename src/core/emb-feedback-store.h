/* emb-feedback-store.h: customer feedback and its follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-feedback.h"

G_BEGIN_DECLS

/**
 * EmbFeedbackFilter:
 * @kind: an #EmbFeedbackKind, or -1 for every kind
 * @score_type: an #EmbScoreType, or -1 for every score type
 * @touchpoint_id: only feedback about this touchpoint, or 0
 * @touchpoint_ids: (nullable) (array length=n_touchpoint_ids): when not
 *   %NULL, only feedback about one of these touchpoints (none at all when
 *   @n_touchpoint_ids is 0), such as the touchpoints of an employee's role
 * @n_touchpoint_ids: the length of @touchpoint_ids
 * @follow_up: an #EmbFollowUp, or -1 for every follow-up status
 * @from: (nullable): only feedback received at or after this date
 *   (YYYY-MM-DD) or ISO-8601 time
 * @to: (nullable): only feedback received before this date or time; the
 *   period is half open, so from the first of a month to the first of the
 *   next is exactly that month
 * @search: (nullable): words that must all appear in the text (full-text
 *   search; the words are taken literally, never as search syntax)
 * @stage_id: only feedback about a touchpoint of this journey stage, or 0
 * @score_band: an #EmbScoreBand (which also chooses the score type), or -1
 * @triage: 1 for only the feedback that waits to be given a touchpoint
 *   (“to triage”), 0 for only the rest, -1 for both
 * @category: (nullable): only feedback of this category, as its source
 *   wrote it (indexed together with @triage 1)
 * @responsible_id: when not 0, only feedback that reaches this employee:
 *   about a touchpoint the employee's role is responsible for (at any
 *   level), or that the employee owns
 * @responsible_department: with @responsible_id, widens it to the
 *   touchpoints every role of the employee's department is responsible for
 * @newest_first: list the most recently received first
 */
typedef struct
{
  int           kind;
  int           score_type;
  gint64        touchpoint_id;
  const gint64 *touchpoint_ids;
  guint         n_touchpoint_ids;
  int           follow_up;
  const char   *from;
  const char   *to;
  const char   *search;
  gint64        stage_id;
  int           score_band;
  int           triage;
  const char   *category;
  gint64        responsible_id;
  gboolean      responsible_department;
  gboolean      newest_first;
} EmbFeedbackFilter;

#define EMB_FEEDBACK_FILTER_INIT \
  { -1, -1, 0, NULL, 0, -1, NULL, NULL, NULL, 0, -1, -1, NULL, 0, FALSE, FALSE }

/**
 * EmbScoreBand:
 * @EMB_SCORE_BAND_DETRACTOR: NPS 0–6
 * @EMB_SCORE_BAND_PASSIVE: NPS 7–8
 * @EMB_SCORE_BAND_PROMOTER: NPS 9–10
 * @EMB_SCORE_BAND_CSAT_LOW: CSAT 1–3
 * @EMB_SCORE_BAND_CSAT_HIGH: CSAT 4–5, the answers CSAT counts as satisfied
 * @EMB_SCORE_BAND_CES_LOW: CES 1–4
 * @EMB_SCORE_BAND_CES_HIGH: CES 5–7, the answers CES counts as easy
 *
 * A range of the answers of one kind of score. The low and high bands of
 * CSAT and CES split the answers where the metrics do (emb-metrics.h).
 */
typedef enum
{
  EMB_SCORE_BAND_DETRACTOR,
  EMB_SCORE_BAND_PASSIVE,
  EMB_SCORE_BAND_PROMOTER,
  EMB_SCORE_BAND_CSAT_LOW,
  EMB_SCORE_BAND_CSAT_HIGH,
  EMB_SCORE_BAND_CES_LOW,
  EMB_SCORE_BAND_CES_HIGH,
} EmbScoreBand;

#define EMB_N_SCORE_BANDS (EMB_SCORE_BAND_CES_HIGH + 1)

gboolean     emb_score_band_get_range        (EmbScoreBand              band,
                                              EmbScoreType             *score_type,
                                              int                      *min,
                                              int                      *max);

EmbFeedback *emb_feedback_store_get          (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);
gboolean     emb_feedback_store_save         (EmbDatabase              *db,
                                              EmbFeedback              *feedback,
                                              GError                  **error);
gboolean     emb_feedback_store_delete       (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);

/* Follow-up (emb-feedback-follow-up.c) */
gboolean     emb_feedback_store_acknowledge  (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);
gboolean     emb_feedback_store_start        (EmbDatabase              *db,
                                              gint64                    id,
                                              gint64                    owner_id,
                                              GError                  **error);
gboolean     emb_feedback_store_close        (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);
gboolean     emb_feedback_store_reopen       (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);
gboolean     emb_feedback_store_set_owner    (EmbDatabase              *db,
                                              gint64                    id,
                                              gint64                    owner_id,
                                              GError                  **error);
gboolean     emb_feedback_store_can_follow_up (EmbFollowUp              from,
                                              EmbFollowUp               to);

/* Lists */
GListModel  *emb_feedback_store_query        (EmbDatabase              *db,
                                              const EmbFeedbackFilter  *filter);
gint64       emb_feedback_store_count_since  (EmbDatabase              *db,
                                              const char               *since);
GListModel  *emb_feedback_store_list_praise  (EmbDatabase              *db,
                                              const char               *since,
                                              const char               *until,
                                              guint                     limit,
                                              GError                  **error);
char        *emb_feedback_store_match_expression (const char           *search);

G_END_DECLS
