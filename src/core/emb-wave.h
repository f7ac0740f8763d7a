/* emb-wave.h: one department's wave of an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_WAVE (emb_wave_get_type ())

G_DECLARE_FINAL_TYPE (EmbWave, emb_wave, EMB, WAVE, EmbRecord)

EmbWave       *emb_wave_new                 (void);
gint64         emb_wave_get_pilot_id        (EmbWave *self);
void           emb_wave_set_pilot_id        (EmbWave *self,
                                              gint64   pilot_id);
gint64         emb_wave_get_department_id   (EmbWave *self);
void           emb_wave_set_department_id   (EmbWave *self,
                                              gint64   department_id);
int            emb_wave_get_position        (EmbWave *self);
void           emb_wave_set_position        (EmbWave *self,
                                              int      position);
const char    *emb_wave_get_starts_on       (EmbWave *self);
void           emb_wave_set_starts_on       (EmbWave     *self,
                                              const char  *starts_on);
const char    *emb_wave_get_ends_on         (EmbWave *self);
void           emb_wave_set_ends_on         (EmbWave     *self,
                                              const char  *ends_on);
EmbWaveStatus  emb_wave_get_status          (EmbWave *self);
void           emb_wave_set_status          (EmbWave      *self,
                                              EmbWaveStatus status);
const char    *emb_wave_get_evaluation_note (EmbWave *self);
void           emb_wave_set_evaluation_note (EmbWave     *self,
                                              const char  *evaluation_note);

G_END_DECLS
