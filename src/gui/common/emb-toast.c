/* emb-toast.c: toasts from any widget, through the nearest overlay
 *
 * A page shows its toasts in the AdwToastOverlay that holds it; a dialog
 * shows them in its own overlay if its template has one, otherwise in the
 * window it is transient for. So no page or dialog needs to know the window
 * class, and every toast obeys one rule of ownership: the overlay takes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-toast.h"

static AdwToastOverlay *
find_in_children (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_in_children (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * emb_toast_find_overlay:
 * @widget: any widget
 *
 * Finds where a toast of @widget shows: the nearest #AdwToastOverlay above
 * it, else the first one inside its window, else the one of the window its
 * window is transient for, and so on up.
 *
 * Returns: (transfer none) (nullable): the overlay
 */
AdwToastOverlay *
emb_toast_find_overlay (GtkWidget *widget)
{
  GtkWidget *ancestor;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  ancestor = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (ancestor != NULL)
    return ADW_TOAST_OVERLAY (ancestor);

  root = GTK_IS_ROOT (widget) ? GTK_ROOT (widget) : gtk_widget_get_root (widget);
  while (root != NULL && GTK_IS_WINDOW (root))
    {
      AdwToastOverlay *found = find_in_children (GTK_WIDGET (root));
      GtkWindow *parent;

      if (found != NULL)
        return found;
      parent = gtk_window_get_transient_for (GTK_WINDOW (root));
      root = parent != NULL ? GTK_ROOT (parent) : NULL;
    }
  return NULL;
}

/**
 * emb_toast_add:
 * @widget: the widget the toast is about
 * @toast: (transfer full): the toast
 *
 * Shows @toast where @widget's toasts show (see emb_toast_find_overlay()).
 * A widget not in a window has nowhere to show it: the toast is dropped.
 *
 * Returns: whether the toast is shown
 */
gboolean
emb_toast_add (GtkWidget *widget,
               AdwToast  *toast)
{
  g_autoptr(AdwToast) owned = toast;
  AdwToastOverlay *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  overlay = emb_toast_find_overlay (widget);
  if (overlay == NULL)
    {
      g_debug ("No overlay for the toast “%s”", adw_toast_get_title (toast));
      return FALSE;
    }

  adw_toast_overlay_add_toast (overlay, g_steal_pointer (&owned));
  return TRUE;
}

/**
 * emb_toast_show_error:
 * @widget: the widget the error is about
 * @error: what went wrong
 *
 * Shows the message of @error in a toast.
 */
void
emb_toast_show_error (GtkWidget    *widget,
                      const GError *error)
{
  g_autofree char *title = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  /* A toast's title is markup: a message may hold “&” or “<”. */
  title = g_markup_escape_text (error->message, -1);
  emb_toast_add (widget, adw_toast_new (title));
}
