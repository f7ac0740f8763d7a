/* emb-drop-down.c: drop-downs and combo rows that offer records
 *
 * A drop-down (or an AdwComboRow) of records shows their names; beside it a
 * GArray of gint64 says which record each position stands for, 0 for a
 * first entry such as “All departments” or “None”. The functions here fill
 * the two together and translate between positions and ids, so that a
 * choice survives a refill where its record still exists.
 *
 * Pages also keep the few records of a small table by id, to name what a
 * row refers to: emb_records_by_id_new() and emb_records_by_id_fill().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-drop-down"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-drop-down.h"
#include "emb-record.h"

/**
 * emb_drop_down_position_of_id:
 * @ids: (element-type gint64): what each position stands for
 *
 * Returns: the position of @id in @ids, or 0 (the first entry) where it is
 *   not there
 */
guint
emb_drop_down_position_of_id (GArray *ids,
                              gint64  id)
{
  g_return_val_if_fail (ids != NULL, 0);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

/**
 * emb_drop_down_id_at:
 * @ids: (element-type gint64): what each position stands for
 *
 * Returns: the id at @position of @ids, or 0 past its end (such as
 *   %GTK_INVALID_LIST_POSITION)
 */
gint64
emb_drop_down_id_at (GArray *ids,
                     guint   position)
{
  g_return_val_if_fail (ids != NULL, 0);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

/**
 * emb_drop_down_get_selected_id:
 *
 * Returns: the id of the record chosen in @drop_down, or 0
 */
gint64
emb_drop_down_get_selected_id (GtkDropDown *drop_down,
                               GArray      *ids)
{
  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), 0);

  return emb_drop_down_id_at (ids, gtk_drop_down_get_selected (drop_down));
}

/**
 * emb_drop_down_set_selected_id:
 *
 * Chooses the record @id in @drop_down, or the first entry where @ids does
 * not hold it.
 */
void
emb_drop_down_set_selected_id (GtkDropDown *drop_down,
                               GArray      *ids,
                               gint64       id)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_selected (drop_down, emb_drop_down_position_of_id (ids, id));
}

/**
 * emb_drop_down_strings_new:
 * @ids: (element-type gint64): emptied, then given the id of each entry
 * @first: (nullable): a first entry standing for id 0, such as “None”
 * @records: (nullable): the records to offer after it
 * @name: gives the name of a record
 *
 * Returns: (transfer full): the names to offer, @first first, for
 *   gtk_drop_down_set_model() or adw_combo_row_set_model()
 */
GtkStringList *
emb_drop_down_strings_new (GArray            *ids,
                           const char        *first,
                           GListModel        *records,
                           EmbRecordNameFunc  name)
{
  GtkStringList *strings;
  gint64 none = 0;

  g_return_val_if_fail (ids != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  strings = gtk_string_list_new (NULL);
  g_array_set_size (ids, 0);
  if (first != NULL)
    {
      gtk_string_list_append (strings, first);
      g_array_append_val (ids, none);
    }
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, i);
      gint64 id = emb_record_get_id (record);

      gtk_string_list_append (strings, name (record));
      g_array_append_val (ids, id);
    }
  return strings;
}

/**
 * emb_drop_down_fill:
 * @ids: (element-type gint64): what each position of @drop_down stands for
 * @first: (nullable): a first entry standing for id 0, such as “All values”
 * @records: (nullable): the records to offer after it
 * @name: gives the name of a record
 *
 * Offers @records in @drop_down again, keeping the record chosen where it
 * is still offered (else the first entry is chosen).
 */
void
emb_drop_down_fill (GtkDropDown       *drop_down,
                    GArray            *ids,
                    const char        *first,
                    GListModel        *records,
                    EmbRecordNameFunc  name)
{
  g_autoptr(GtkStringList) strings = NULL;
  gint64 current;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (ids != NULL);

  current = emb_drop_down_get_selected_id (drop_down, ids);
  strings = emb_drop_down_strings_new (ids, first, records, name);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (strings));
  emb_drop_down_set_selected_id (drop_down, ids, current);
}

/**
 * emb_records_by_id_new:
 *
 * Returns: (transfer full): an empty table from a record's id (a gint64
 *   key) to the record, for emb_records_by_id_fill()
 */
GHashTable *
emb_records_by_id_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/**
 * emb_records_by_id_fill:
 * @table: a table made by emb_records_by_id_new()
 * @records: (nullable): the records it is to hold
 *
 * Makes @table hold @records, each under its id, and nothing else.
 */
void
emb_records_by_id_fill (GHashTable *table,
                        GListModel *records)
{
  g_return_if_fail (table != NULL);

  g_hash_table_remove_all (table);
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, i);
      gint64 *key = g_new (gint64, 1);

      *key = emb_record_get_id (record);
      g_hash_table_insert (table, key, g_object_ref (record));
    }
}

/* A label for each string of a drop-down, ellipsized or in full. */
static GtkListItemFactory *
label_factory_new (gboolean ellipsize)
{
  g_autofree char *ui = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  ui = g_strdup_printf ("<interface><template class=\"GtkListItem\"><property name=\"child\">"
                        "<object class=\"GtkLabel\"><property name=\"xalign\">0</property>"
                        "<property name=\"ellipsize\">%s</property>"
                        "<binding name=\"label\"><lookup name=\"string\" type=\"GtkStringObject\">"
                        "<lookup name=\"item\">GtkListItem</lookup></lookup></binding>"
                        "</object></property></template></interface>",
                        ellipsize ? "end" : "none");
  length = strlen (ui);
  bytes = g_bytes_new_take (g_steal_pointer (&ui), length);
  return gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
}

/**
 * emb_drop_down_ellipsize:
 * @drop_down: a drop-down of strings
 *
 * Shows the choice of @drop_down ellipsized, so that two drop-downs fit side
 * by side on a phone, and its list each choice in full.
 */
void
emb_drop_down_ellipsize (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button = NULL;
  g_autoptr(GtkListItemFactory) list = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  button = label_factory_new (TRUE);
  list = label_factory_new (FALSE);
  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}
