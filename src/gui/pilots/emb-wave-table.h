/* emb-wave-table.h: the figures of a wave's comparison, in a wide or narrow table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-wave-comparison.h"

G_BEGIN_DECLS

#define EMB_TYPE_WAVE_TABLE (emb_wave_table_get_type ())

G_DECLARE_FINAL_TYPE (EmbWaveTable, emb_wave_table, EMB, WAVE_TABLE, AdwBin)

void        emb_wave_table_set_figure         (EmbWaveTable            *self,
                                               EmbWaveComparisonMetric  metric,
                                               EmbWaveComparisonColumn  column,
                                               const char              *value,
                                               const char              *detail,
                                               gboolean                 has_sample,
                                               guint                    sample);
void        emb_wave_table_set_periods        (EmbWaveTable            *self,
                                               const char              *before,
                                               const char              *after);
const char *emb_wave_table_get_figure         (EmbWaveTable            *self,
                                               EmbWaveComparisonMetric  metric,
                                               EmbWaveComparisonColumn  column);
const char *emb_wave_table_get_detail         (EmbWaveTable            *self,
                                               EmbWaveComparisonMetric  metric,
                                               EmbWaveComparisonColumn  column);
const char *emb_wave_table_get_sample         (EmbWaveTable            *self,
                                               EmbWaveComparisonMetric  metric,
                                               EmbWaveComparisonColumn  column);
gboolean    emb_wave_table_get_sample_warning (EmbWaveTable            *self,
                                               EmbWaveComparisonMetric  metric,
                                               EmbWaveComparisonColumn  column);

G_END_DECLS
