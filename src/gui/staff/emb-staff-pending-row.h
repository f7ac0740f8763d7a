/* emb-staff-pending-row.h: an item to acknowledge, or one acknowledged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-acknowledgement-store.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_PENDING_ROW (emb_staff_pending_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffPendingRow, emb_staff_pending_row, EMB, STAFF_PENDING_ROW, AdwActionRow)

GtkWidget      *emb_staff_pending_row_new        (EmbPendingItem     *item,
                                                  gboolean            acknowledged);
EmbPendingItem *emb_staff_pending_row_get_item   (EmbStaffPendingRow *self);
GtkWidget      *emb_staff_pending_row_get_button (EmbStaffPendingRow *self);

G_END_DECLS
