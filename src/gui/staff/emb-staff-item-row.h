/* emb-staff-item-row.h: one thing of mine in a list of the staff window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_ITEM_ROW (emb_staff_item_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffItemRow, emb_staff_item_row, EMB, STAFF_ITEM_ROW, GtkListBoxRow)

GtkWidget  *emb_staff_item_row_new       (void);
void        emb_staff_item_row_set       (EmbStaffItemRow *self,
                                          const char      *title,
                                          const char      *meta,
                                          const char      *body,
                                          const char      *note);
void        emb_staff_item_row_set_badge (EmbStaffItemRow *self,
                                          const char      *text,
                                          const char      *style_class);
const char *emb_staff_item_row_get_text  (EmbStaffItemRow *self);
void        emb_staff_item_rows_clear    (GtkListBox      *list);

G_END_DECLS
