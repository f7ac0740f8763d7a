/* emb-recognition-heatmap.h: nominations per value × department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-chart.h"
#include "emb-recognition-store.h"

G_BEGIN_DECLS

#define EMB_TYPE_RECOGNITION_HEATMAP (emb_recognition_heatmap_get_type ())

G_DECLARE_FINAL_TYPE (EmbRecognitionHeatmap, emb_recognition_heatmap, EMB, RECOGNITION_HEATMAP, EmbChart)

GtkWidget *emb_recognition_heatmap_new          (void);
void       emb_recognition_heatmap_set_data     (EmbRecognitionHeatmap   *self,
                                                 GListModel              *departments,
                                                 GListModel              *values,
                                                 const EmbNominationCell *cells,
                                                 guint                    n_cells);
guint      emb_recognition_heatmap_get_n_rows   (EmbRecognitionHeatmap *self);
guint      emb_recognition_heatmap_get_n_columns (EmbRecognitionHeatmap *self);
guint      emb_recognition_heatmap_get_count    (EmbRecognitionHeatmap *self,
                                                 gint64                 value_id,
                                                 gint64                 department_id);
guint      emb_recognition_heatmap_get_total    (EmbRecognitionHeatmap *self);
char      *emb_recognition_heatmap_describe_row (EmbRecognitionHeatmap *self,
                                                 guint                  row);
char      *emb_recognition_heatmap_describe     (EmbRecognitionHeatmap *self);

G_END_DECLS
