/* emb-bar-chart.h: horizontal bars of percentages, gaps highlighted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-chart.h"

G_BEGIN_DECLS

#define EMB_TYPE_BAR_CHART (emb_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (EmbBarChart, emb_bar_chart, EMB, BAR_CHART, EmbChart)

GtkWidget  *emb_bar_chart_new            (void);
void        emb_bar_chart_clear          (EmbBarChart *self);
void        emb_bar_chart_append         (EmbBarChart *self,
                                          const char  *label,
                                          double       percent);
guint       emb_bar_chart_get_n_bars     (EmbBarChart *self);
const char *emb_bar_chart_get_bar_label  (EmbBarChart *self,
                                          guint        index);
double      emb_bar_chart_get_bar_value  (EmbBarChart *self,
                                          guint        index);
void        emb_bar_chart_set_bar_note   (EmbBarChart *self,
                                          guint        index,
                                          const char  *note);
const char *emb_bar_chart_get_bar_note   (EmbBarChart *self,
                                          guint        index);
double      emb_bar_chart_get_threshold  (EmbBarChart *self);
void        emb_bar_chart_set_threshold  (EmbBarChart *self,
                                          double       threshold);
const char *emb_bar_chart_get_title      (EmbBarChart *self);
void        emb_bar_chart_set_title      (EmbBarChart *self,
                                          const char  *title);

G_END_DECLS
