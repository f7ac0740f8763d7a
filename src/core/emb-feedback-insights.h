/* emb-feedback-insights.h: what customers say about each touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-enums.h"
#include "emb-metrics.h"

G_BEGIN_DECLS

/**
 * EmbTouchpointFigures:
 * @touchpoint_id: the touchpoint, or 0 for all feedback
 * @nps: its NPS, with the number of answers
 * @csat: its CSAT, with the number of answers
 * @ces: its CES, with the number of answers
 * @complaints: how many complaints it received
 *
 * The figures of a touchpoint over a period. A figure over fewer answers
 * than %EMB_METRICS_MIN_SAMPLE is shown with a warning
 * (emb_metrics_sample_is_small()).
 */
typedef struct
{
  gint64  touchpoint_id;
  EmbNps  nps;
  EmbCsat csat;
  EmbCes  ces;
  guint   complaints;
} EmbTouchpointFigures;

/**
 * EmbFeedbackTrendPoint:
 * @start: the first day of the point's period (YYYY-MM-DD)
 * @valid: %FALSE when the period has no answer
 * @value: NPS (−100…100), CSAT (percent satisfied) or CES (mean answer)
 * @sample: the number of answers
 */
typedef struct
{
  char     start[11];
  gboolean valid;
  double   value;
  guint    sample;
} EmbFeedbackTrendPoint;

/**
 * EmbFeedbackTheme:
 * @text: a word, as customers wrote it (in lower case), or a category
 * @n: in how many complaints it appears
 */
typedef struct
{
  char  *text;
  guint  n;
} EmbFeedbackTheme;

/**
 * EmbFeedbackInsights:
 * @figures: the touchpoint's figures
 * @trends: (element-type EmbFeedbackTrendPoint): the trend of NPS, CSAT and
 *   CES, indexed by #EmbScoreType (the entry of %EMB_SCORE_TYPE_NONE is
 *   %NULL)
 * @words: (element-type EmbFeedbackTheme): the commonest words of its
 *   complaints
 * @categories: (element-type EmbFeedbackTheme): the commonest categories of
 *   its complaints
 *
 * Everything emb_feedback_insights_load_async() reads for one touchpoint.
 */
typedef struct
{
  EmbTouchpointFigures  figures;
  GArray               *trends[EMB_SCORE_TYPE_CES + 1];
  GArray               *words;
  GArray               *categories;
} EmbFeedbackInsights;

gboolean  emb_feedback_insights_figures      (EmbDatabase           *db,
                                              gint64                 touchpoint_id,
                                              const char            *from,
                                              const char            *to,
                                              EmbTouchpointFigures  *out,
                                              GError               **error);
GArray   *emb_feedback_insights_trend        (EmbDatabase           *db,
                                              gint64                 touchpoint_id,
                                              EmbScoreType           score_type,
                                              const char            *from,
                                              const char            *to,
                                              guint                  days_per_point,
                                              GError               **error);
GArray   *emb_feedback_insights_words        (EmbDatabase           *db,
                                              gint64                 touchpoint_id,
                                              const char            *from,
                                              const char            *to,
                                              guint                  limit,
                                              GError               **error);
GArray   *emb_feedback_insights_categories   (EmbDatabase           *db,
                                              gint64                 touchpoint_id,
                                              const char            *from,
                                              const char            *to,
                                              guint                  limit,
                                              GError               **error);

EmbFeedbackInsights *emb_feedback_insights_load        (EmbDatabase           *db,
                                                        gint64                 touchpoint_id,
                                                        const char            *from,
                                                        const char            *to,
                                                        guint                  days_per_point,
                                                        GError               **error);
void                 emb_feedback_insights_load_async  (EmbDatabase           *db,
                                                        gint64                 touchpoint_id,
                                                        const char            *from,
                                                        const char            *to,
                                                        guint                  days_per_point,
                                                        GCancellable          *cancellable,
                                                        GAsyncReadyCallback    callback,
                                                        gpointer               user_data);
EmbFeedbackInsights *emb_feedback_insights_load_finish (EmbDatabase           *db,
                                                        GAsyncResult          *result,
                                                        GError               **error);
void                 emb_feedback_insights_free        (EmbFeedbackInsights   *insights);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbFeedbackInsights, emb_feedback_insights_free)

G_END_DECLS
