/* emb-journey-map.h: the journey map, the stages in order with their touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-undo-queue.h"

G_BEGIN_DECLS

#define EMB_TYPE_JOURNEY_MAP (emb_journey_map_get_type ())

G_DECLARE_FINAL_TYPE (EmbJourneyMap, emb_journey_map, EMB, JOURNEY_MAP, AdwBin)

void        emb_journey_map_set_database        (EmbJourneyMap *self,
                                                 EmbDatabase   *database,
                                                 EmbUndoQueue  *undo_queue);
void        emb_journey_map_refresh             (EmbJourneyMap *self,
                                                 GHashTable    *unowned);
GListModel *emb_journey_map_get_stages          (EmbJourneyMap *self);
GtkWidget  *emb_journey_map_get_stage_card      (EmbJourneyMap *self,
                                                 gint64         stage_id);
GtkWidget  *emb_journey_map_get_touchpoint_row  (EmbJourneyMap *self,
                                                 gint64         touchpoint_id);
GtkWidget  *emb_journey_map_get_add_stage_button (EmbJourneyMap *self);
void        emb_journey_map_count_shown         (EmbJourneyMap *self,
                                                 guint         *n_stages,
                                                 guint         *n_touchpoints);
void        emb_journey_map_focus_stage         (EmbJourneyMap *self,
                                                 gint64         stage_id);
void        emb_journey_map_focus_touchpoint    (EmbJourneyMap *self,
                                                 gint64         touchpoint_id);

G_END_DECLS
