/* emb-record-list.h: finding and selecting a record in a list of records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

int      emb_record_list_find   (GListModel *records,
                                 gint64      id);
gboolean emb_record_list_select (GtkListBox *list_box,
                                 GListModel *records,
                                 gint64      id);

G_END_DECLS
