/* emb-trend-chart.h: a line chart of a score over time, with gaps and a marker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-chart.h"

G_BEGIN_DECLS

#define EMB_TYPE_TREND_CHART (emb_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (EmbTrendChart, emb_trend_chart, EMB, TREND_CHART, EmbChart)

GtkWidget  *emb_trend_chart_new              (void);
void        emb_trend_chart_set_range        (EmbTrendChart *self,
                                              const char    *from,
                                              const char    *to);
void        emb_trend_chart_set_value_range  (EmbTrendChart *self,
                                              double         min,
                                              double         max);
void        emb_trend_chart_clear            (EmbTrendChart *self);
void        emb_trend_chart_append           (EmbTrendChart *self,
                                              const char    *start,
                                              guint          days,
                                              gboolean       valid,
                                              double         value,
                                              guint          sample);
void        emb_trend_chart_set_marker       (EmbTrendChart *self,
                                              const char    *date,
                                              const char    *label);
guint       emb_trend_chart_get_n_points     (EmbTrendChart *self);
gboolean    emb_trend_chart_get_point        (EmbTrendChart *self,
                                              guint          index,
                                              const char   **start,
                                              double        *value,
                                              guint         *sample);
const char *emb_trend_chart_get_marker_date  (EmbTrendChart *self);
const char *emb_trend_chart_get_marker_label (EmbTrendChart *self);
void        emb_trend_chart_set_description  (EmbTrendChart *self,
                                              const char    *label,
                                              const char    *description);

G_END_DECLS
