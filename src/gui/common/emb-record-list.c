/* emb-record-list.c: finding and selecting a record in a list of records
 *
 * A page that shows a small list of records in a list box bound to a
 * GListModel (gtk_list_box_bind_model()) keeps the record it shows by id;
 * after the list is made again, these find its row and select it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-record-list"

#include "config.h"

#include "emb-record-list.h"
#include "emb-record.h"

/**
 * emb_record_list_find:
 * @records: a list of #EmbRecord
 * @id: a record id
 *
 * Returns: the position of the record @id in @records, or -1
 */
int
emb_record_list_find (GListModel *records,
                      gint64      id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), -1);

  n = g_list_model_get_n_items (records);
  for (guint position = 0; position < n && position <= G_MAXINT; position++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, position);

      if (emb_record_get_id (record) == id)
        return (int)position;
    }
  return -1;
}

/**
 * emb_record_list_select:
 * @list_box: a list box bound to @records
 * @records: a list of #EmbRecord
 * @id: a record id, or 0
 *
 * Selects the row of the record @id, or none when it is not listed.
 *
 * Returns: whether the record is listed
 */
gboolean
emb_record_list_select (GtkListBox *list_box,
                        GListModel *records,
                        gint64      id)
{
  int position;
  GtkListBoxRow *row;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list_box), FALSE);

  position = id != 0 ? emb_record_list_find (records, id) : -1;
  row = position >= 0 ? gtk_list_box_get_row_at_index (list_box, position) : NULL;
  if (row == NULL)
    {
      gtk_list_box_unselect_all (list_box);
      return FALSE;
    }
  gtk_list_box_select_row (list_box, row);
  return TRUE;
}
