/* emb-pilot-waves.h: the waves of a pilot, their steps and the form to add one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-database.h"
#include "emb-undo-queue.h"
#include "emb-wave.h"

G_BEGIN_DECLS

#define EMB_TYPE_PILOT_WAVES (emb_pilot_waves_get_type ())

G_DECLARE_FINAL_TYPE (EmbPilotWaves, emb_pilot_waves, EMB, PILOT_WAVES, GtkBox)

void        emb_pilot_waves_setup               (EmbPilotWaves *self,
                                                 EmbDatabase   *database,
                                                 EmbUndoQueue  *undo_queue);
void        emb_pilot_waves_load                (EmbPilotWaves *self,
                                                 gint64         pilot_id);
gboolean    emb_pilot_waves_select              (EmbPilotWaves *self,
                                                 gint64         wave_id);
gint64      emb_pilot_waves_get_wave_id         (EmbPilotWaves *self);
EmbWave    *emb_pilot_waves_get_wave            (EmbPilotWaves *self,
                                                 guint         *position);
guint       emb_pilot_waves_get_n_waves         (EmbPilotWaves *self);
gboolean    emb_pilot_waves_has_status          (EmbPilotWaves *self,
                                                 EmbWaveStatus  status);
gboolean    emb_pilot_waves_can_add             (EmbPilotWaves *self);
const char *emb_pilot_waves_get_department_name (EmbPilotWaves *self,
                                                 gint64         department_id);

void        emb_pilot_waves_add                 (EmbPilotWaves *self);
void        emb_pilot_waves_move                (EmbPilotWaves *self,
                                                 int            delta);
void        emb_pilot_waves_remove              (EmbPilotWaves *self);
void        emb_pilot_waves_start_next          (EmbPilotWaves *self);
void        emb_pilot_waves_evaluate            (EmbPilotWaves *self,
                                                 gint64         wave_id,
                                                 const char    *note);
void        emb_pilot_waves_roll_out            (EmbPilotWaves *self);

G_END_DECLS
