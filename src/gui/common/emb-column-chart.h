/* emb-column-chart.h: vertical bars of a score over a range with zero in it
 * (NPS from −100 to 100), a label and a note under each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-chart.h"

G_BEGIN_DECLS

#define EMB_TYPE_COLUMN_CHART (emb_column_chart_get_type ())

G_DECLARE_FINAL_TYPE (EmbColumnChart, emb_column_chart, EMB, COLUMN_CHART, EmbChart)

GtkWidget  *emb_column_chart_new              (void);
void        emb_column_chart_set_range        (EmbColumnChart *self,
                                               double          min,
                                               double          max);
void        emb_column_chart_clear            (EmbColumnChart *self);
void        emb_column_chart_append           (EmbColumnChart *self,
                                               const char     *label,
                                               double          value,
                                               const char     *note);
guint       emb_column_chart_get_n_columns    (EmbColumnChart *self);
const char *emb_column_chart_get_column_label (EmbColumnChart *self,
                                               guint           index);
double      emb_column_chart_get_column_value (EmbColumnChart *self,
                                               guint           index);
const char *emb_column_chart_get_column_note  (EmbColumnChart *self,
                                               guint           index);
void        emb_column_chart_set_title        (EmbColumnChart *self,
                                               const char     *title);

G_END_DECLS
