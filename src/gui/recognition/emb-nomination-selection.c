/* emb-nomination-selection.c: reading a selection of nominations
 *
 * The lists of the recognition page are lazy: a selection of many rows is
 * never read on a selection change (its size is enough to enable the
 * actions), only when it is acted on, and then at most a bounded number of
 * rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-selection"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-nomination-selection.h"

/**
 * emb_nomination_selection_count:
 *
 * Returns: how many items are selected, without reading them
 */
guint64
emb_nomination_selection_count (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (selection), 0);

  selected = gtk_selection_model_get_selection (selection);
  return gtk_bitset_get_size (selected);
}

/**
 * emb_nomination_selection_first_status:
 *
 * Returns: the status of the first selected nomination, or -1
 */
int
emb_nomination_selection_first_status (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(EmbNomination) nomination = NULL;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (selection), -1);

  selected = gtk_selection_model_get_selection (selection);
  if (gtk_bitset_is_empty (selected))
    return -1;
  nomination = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_minimum (selected));
  return nomination != NULL ? (int)emb_nomination_get_status (nomination) : -1;
}

/**
 * emb_nomination_selection_get:
 * @max: the most nominations read
 *
 * The selected nominations (those waiting for their deletion are not in the
 * list). Only for acting on them, never on a selection change.
 *
 * Returns: (transfer full) (nullable) (element-type EmbNomination): the
 *   nominations, or %NULL when more than @max are selected
 */
GPtrArray *
emb_nomination_selection_get (GtkSelectionModel *selection,
                              guint              max)
{
  g_autoptr(GtkBitset) selected = NULL;
  GPtrArray *nominations;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (selection), NULL);

  selected = gtk_selection_model_get_selection (selection);
  if (gtk_bitset_get_size (selected) > max)
    return NULL;

  nominations = g_ptr_array_new_with_free_func (g_object_unref);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      EmbNomination *nomination = g_list_model_get_item (G_LIST_MODEL (selection), position);

      if (nomination != NULL)
        g_ptr_array_add (nominations, nomination);
    }
  return nominations;
}

/**
 * emb_nomination_selection_describe:
 *
 * Returns: (transfer full): "N selected", for the bars that act on a
 *   selection
 */
char *
emb_nomination_selection_describe (guint64 n_selected)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected",
                                       (gulong)n_selected),
                          (guint)n_selected);
}
