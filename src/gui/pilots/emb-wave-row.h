/* emb-wave-row.h: a wave of a pilot, in the list of its waves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-wave.h"

G_BEGIN_DECLS

#define EMB_TYPE_WAVE_ROW (emb_wave_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbWaveRow, emb_wave_row, EMB, WAVE_ROW, AdwActionRow)

GtkWidget *emb_wave_row_new      (EmbWave    *wave,
                                  const char *department);
EmbWave   *emb_wave_row_get_wave (EmbWaveRow *self);

G_END_DECLS
