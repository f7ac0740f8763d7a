/* emb-staff-touchpoint-row.h: a touchpoint of the journey as the staff see it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-enums.h"
#include "emb-touchpoint.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_TOUCHPOINT_ROW (emb_staff_touchpoint_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffTouchpointRow, emb_staff_touchpoint_row, EMB, STAFF_TOUCHPOINT_ROW, GtkListBoxRow)

GtkWidget              *emb_staff_touchpoint_row_new        (EmbTouchpoint          *touchpoint,
                                                             EmbResponsibilityLevel  level,
                                                             GListModel             *promises);
gint64                  emb_staff_touchpoint_row_get_id     (EmbStaffTouchpointRow  *self);
EmbResponsibilityLevel  emb_staff_touchpoint_row_get_level  (EmbStaffTouchpointRow  *self);
const char             *emb_staff_level_text                (EmbResponsibilityLevel  level);

G_END_DECLS
