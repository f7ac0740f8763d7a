/* emb-recognition-insights.h: where recognition goes and where it does not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-recognition-heatmap.h"
#include "emb-recognition-store.h"

G_BEGIN_DECLS

/**
 * EmbInsightsPeriod:
 * @EMB_INSIGHTS_PERIOD_30_DAYS: the last 30 days, today included
 * @EMB_INSIGHTS_PERIOD_90_DAYS: the last 90 days, today included
 * @EMB_INSIGHTS_PERIOD_12_MONTHS: the last 365 days, today included
 * @EMB_INSIGHTS_PERIOD_ALL_TIME: every nomination
 *
 * The periods of the drop-down, in its order.
 */
typedef enum
{
  EMB_INSIGHTS_PERIOD_30_DAYS,
  EMB_INSIGHTS_PERIOD_90_DAYS,
  EMB_INSIGHTS_PERIOD_12_MONTHS,
  EMB_INSIGHTS_PERIOD_ALL_TIME,
} EmbInsightsPeriod;

#define EMB_TYPE_RECOGNITION_INSIGHTS (emb_recognition_insights_get_type ())

G_DECLARE_FINAL_TYPE (EmbRecognitionInsights, emb_recognition_insights, EMB, RECOGNITION_INSIGHTS, AdwBin)

EmbInsightsPeriod      emb_recognition_insights_get_period         (EmbRecognitionInsights *self);
void                   emb_recognition_insights_set_period         (EmbRecognitionInsights *self,
                                                                    EmbInsightsPeriod       period);
void                   emb_recognition_insights_set_today          (EmbRecognitionInsights *self,
                                                                    const char             *today);
char                  *emb_recognition_insights_get_since          (EmbRecognitionInsights *self);
guint                  emb_recognition_insights_get_cell_count     (EmbRecognitionInsights *self,
                                                                    gint64                  value_id,
                                                                    gint64                  department_id);
EmbRecognitionHeatmap *emb_recognition_insights_get_heatmap        (EmbRecognitionInsights *self);
void                   emb_recognition_insights_get_evidence       (EmbRecognitionInsights *self,
                                                                    EmbNominationEvidence  *out);
const char            *emb_recognition_insights_get_evidence_text  (EmbRecognitionInsights *self,
                                                                    const char             *which);
GListModel            *emb_recognition_insights_get_not_recognised (EmbRecognitionInsights *self,
                                                                    gboolean                teams);

G_END_DECLS
