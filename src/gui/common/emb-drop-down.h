/* emb-drop-down.h: drop-downs and combo rows that offer records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * EmbRecordNameFunc:
 * @record: an #EmbRecord, such as a department, value or touchpoint
 *
 * Returns: its name, such as emb_value_get_name() gives
 */
typedef const char *(*EmbRecordNameFunc) (gpointer record);

guint          emb_drop_down_position_of_id   (GArray            *ids,
                                               gint64             id);
gint64         emb_drop_down_id_at            (GArray            *ids,
                                               guint              position);
gint64         emb_drop_down_get_selected_id  (GtkDropDown       *drop_down,
                                               GArray            *ids);
void           emb_drop_down_set_selected_id  (GtkDropDown       *drop_down,
                                               GArray            *ids,
                                               gint64             id);
GtkStringList *emb_drop_down_strings_new      (GArray            *ids,
                                               const char        *first,
                                               GListModel        *records,
                                               EmbRecordNameFunc  name);
void           emb_drop_down_fill             (GtkDropDown       *drop_down,
                                               GArray            *ids,
                                               const char        *first,
                                               GListModel        *records,
                                               EmbRecordNameFunc  name);

void           emb_drop_down_ellipsize        (GtkDropDown       *drop_down);

GHashTable    *emb_records_by_id_new          (void);
void           emb_records_by_id_fill         (GHashTable        *table,
                                               GListModel        *records);

G_END_DECLS
