/* emb-journey-stage-card.h: one stage of the journey map, with its touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-stage.h"

G_BEGIN_DECLS

#define EMB_TYPE_JOURNEY_STAGE_CARD (emb_journey_stage_card_get_type ())

G_DECLARE_FINAL_TYPE (EmbJourneyStageCard, emb_journey_stage_card, EMB, JOURNEY_STAGE_CARD, GtkBox)

GtkWidget *emb_journey_stage_card_new             (EmbStage            *stage,
                                                   guint                number);
gint64     emb_journey_stage_card_get_id          (EmbJourneyStageCard *self);
void       emb_journey_stage_card_append          (EmbJourneyStageCard *self,
                                                   GtkWidget           *row);
GtkWidget *emb_journey_stage_card_get_add_button  (EmbJourneyStageCard *self);
GtkWidget *emb_journey_stage_card_get_menu_button (EmbJourneyStageCard *self);

G_END_DECLS
