/* emb-list-step.h: Alt+Down and Alt+Up through a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void emb_list_view_step (GtkSelectionModel *selection,
                         GtkListView       *view,
                         gboolean           forward);
void emb_list_box_step  (GtkListBox        *list_box,
                         gboolean           forward);

G_END_DECLS
