/* emb-journey-touchpoint-row.h: one touchpoint on a stage card of the journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-touchpoint.h"

G_BEGIN_DECLS

#define EMB_TYPE_JOURNEY_TOUCHPOINT_ROW (emb_journey_touchpoint_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbJourneyTouchpointRow, emb_journey_touchpoint_row, EMB, JOURNEY_TOUCHPOINT_ROW, GtkListBoxRow)

GtkWidget     *emb_journey_touchpoint_row_new            (EmbTouchpoint           *touchpoint,
                                                          GListModel              *stages,
                                                          gboolean                 unowned,
                                                          guint                    n_unowned_promises);
EmbTouchpoint *emb_journey_touchpoint_row_get_touchpoint (EmbJourneyTouchpointRow *self);
gint64         emb_journey_touchpoint_row_get_id         (EmbJourneyTouchpointRow *self);

G_END_DECLS
