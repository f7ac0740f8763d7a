/* emb-list-step.c: Alt+Down and Alt+Up through a list
 *
 * A page's `page.next` and `page.previous` actions (the window's Alt+Down
 * and Alt+Up) make the next or previous item of its list the one selected.
 * The rule is the same for every list: with nothing selected, Down goes to
 * the first item and Up to the last; otherwise one step from the selection,
 * stopping at either end. A GtkListView scrolls the item into view; a
 * GtkListBox also moves the focus to the row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-list-step"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-list-step.h"

/**
 * emb_list_view_step:
 * @selection: the selection model of @view
 * @view: the list view showing @selection
 * @forward: the next item, or else the previous one
 *
 * Makes the next or previous item the one selected (after the last item
 * selected, or before the first), and scrolls it into view.
 */
void
emb_list_view_step (GtkSelectionModel *selection,
                    GtkListView       *view,
                    gboolean           forward)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint n;
  guint position;

  g_return_if_fail (GTK_IS_SELECTION_MODEL (selection));
  g_return_if_fail (GTK_IS_LIST_VIEW (view));

  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  if (n == 0)
    return;

  selected = gtk_selection_model_get_selection (selection);
  if (gtk_bitset_is_empty (selected))
    position = forward ? 0 : n - 1;
  else if (forward)
    position = MIN (gtk_bitset_get_maximum (selected) + 1, n - 1);
  else
    position = gtk_bitset_get_minimum (selected) > 0 ? gtk_bitset_get_minimum (selected) - 1 : 0;

  gtk_selection_model_select_item (selection, position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);
}

/**
 * emb_list_box_step:
 * @list_box: a list box of one selection at most
 * @forward: the next row, or else the previous one
 *
 * Selects the next or previous row of @list_box and focuses it.
 */
void
emb_list_box_step (GtkListBox *list_box,
                   gboolean    forward)
{
  GtkListBoxRow *row;
  int n = 0;
  int position;

  g_return_if_fail (GTK_IS_LIST_BOX (list_box));

  while (gtk_list_box_get_row_at_index (list_box, n) != NULL)
    n++;
  if (n == 0)
    return;

  row = gtk_list_box_get_selected_row (list_box);
  position = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  if (position < 0)
    position = forward ? 0 : n - 1;
  else
    position = CLAMP (position + (forward ? 1 : -1), 0, n - 1);

  row = gtk_list_box_get_row_at_index (list_box, position);
  gtk_list_box_select_row (list_box, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}
