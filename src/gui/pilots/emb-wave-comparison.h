/* emb-wave-comparison.h: customer metrics before and during a pilot wave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-trend-chart.h"

G_BEGIN_DECLS

/* The rows of the table */
typedef enum
{
  EMB_WAVE_COMPARISON_NPS,
  EMB_WAVE_COMPARISON_CSAT,
  EMB_WAVE_COMPARISON_CES,
  EMB_WAVE_COMPARISON_COMPLAINTS,
  EMB_WAVE_COMPARISON_N_METRICS
} EmbWaveComparisonMetric;

/* The columns of the table */
typedef enum
{
  EMB_WAVE_COMPARISON_WAVE_BEFORE,
  EMB_WAVE_COMPARISON_WAVE_AFTER,
  EMB_WAVE_COMPARISON_OTHERS_BEFORE,
  EMB_WAVE_COMPARISON_OTHERS_AFTER,
  EMB_WAVE_COMPARISON_N_COLUMNS
} EmbWaveComparisonColumn;

#define EMB_TYPE_WAVE_COMPARISON (emb_wave_comparison_get_type ())

G_DECLARE_FINAL_TYPE (EmbWaveComparison, emb_wave_comparison, EMB, WAVE_COMPARISON, AdwBin)

void           emb_wave_comparison_set_database       (EmbWaveComparison       *self,
                                                       EmbDatabase             *database);
gint64         emb_wave_comparison_get_wave_id        (EmbWaveComparison       *self);
void           emb_wave_comparison_set_wave_id        (EmbWaveComparison       *self,
                                                       gint64                   wave_id);
void           emb_wave_comparison_set_today          (EmbWaveComparison       *self,
                                                       const char              *today);
const char    *emb_wave_comparison_get_state          (EmbWaveComparison       *self);
const char    *emb_wave_comparison_get_figure         (EmbWaveComparison       *self,
                                                       EmbWaveComparisonMetric  metric,
                                                       EmbWaveComparisonColumn  column);
const char    *emb_wave_comparison_get_detail         (EmbWaveComparison       *self,
                                                       EmbWaveComparisonMetric  metric,
                                                       EmbWaveComparisonColumn  column);
const char    *emb_wave_comparison_get_sample         (EmbWaveComparison       *self,
                                                       EmbWaveComparisonMetric  metric,
                                                       EmbWaveComparisonColumn  column);
gboolean       emb_wave_comparison_get_sample_warning (EmbWaveComparison       *self,
                                                       EmbWaveComparisonMetric  metric,
                                                       EmbWaveComparisonColumn  column);
const char    *emb_wave_comparison_get_summary        (EmbWaveComparison       *self);
EmbTrendChart *emb_wave_comparison_get_chart          (EmbWaveComparison       *self);

G_END_DECLS
