/* emb-journey-page.h: the journey area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_JOURNEY_PAGE (emb_journey_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbJourneyPage, emb_journey_page, EMB, JOURNEY_PAGE, EmbPage)

void         emb_journey_page_show_view            (EmbJourneyPage *self,
                                                    const char     *name);
GtkWidget   *emb_journey_page_get_matrix           (EmbJourneyPage *self);
GtkPopover  *emb_journey_page_get_editor           (EmbJourneyPage *self);
GtkDropDown *emb_journey_page_get_office_filter    (EmbJourneyPage *self);
GtkDropDown *emb_journey_page_get_department_filter (EmbJourneyPage *self);
GtkWidget   *emb_journey_page_get_stage_card       (EmbJourneyPage *self,
                                                    gint64          stage_id);
GtkWidget   *emb_journey_page_get_touchpoint_row   (EmbJourneyPage *self,
                                                    gint64          touchpoint_id);
void         emb_journey_page_count_shown          (EmbJourneyPage *self,
                                                    guint          *n_stages,
                                                    guint          *n_touchpoints);

G_END_DECLS
