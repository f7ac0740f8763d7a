/* emb-pilot-detail.h: what the pilots page shows of one pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-pilot-waves.h"
#include "emb-pilot.h"
#include "emb-wave-comparison.h"

G_BEGIN_DECLS

#define EMB_TYPE_PILOT_DETAIL (emb_pilot_detail_get_type ())

G_DECLARE_FINAL_TYPE (EmbPilotDetail, emb_pilot_detail, EMB, PILOT_DETAIL, AdwBin)

void               emb_pilot_detail_setup             (EmbPilotDetail *self,
                                                       EmbDatabase    *database,
                                                       EmbUndoQueue   *undo_queue);
void               emb_pilot_detail_show_pilot        (EmbPilotDetail *self,
                                                       EmbPilot       *pilot);
void               emb_pilot_detail_forget_employees  (EmbPilotDetail *self);
EmbPilotWaves     *emb_pilot_detail_get_waves         (EmbPilotDetail *self);
EmbWaveComparison *emb_pilot_detail_get_comparison    (EmbPilotDetail *self);
GListModel        *emb_pilot_detail_get_decisions     (EmbPilotDetail *self);

G_END_DECLS
