/* emb-toast.c: toasts from any widget, through the nearest overlay
 *
 * A page shows its toasts in the AdwToastOverlay that holds it; a dialog
 * shows them in its own overlay if its template has one, otherwise in the
 * window it is transient for. So no page or dialog needs to know the window
 * class, and every toast obeys one rule of ownership: the overlay takes it.
 *
 * A toast the program takes back (emb_toast_withdraw()) goes only once it
 * has finished coming in: libadwaita 1.2 frees a toast whose hiding (300 ms)
 * ends before its showing (500 ms when it replaces one still hiding), and
 * the showing then ends on freed memory, a crash.
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

/* How long a toast takes to come in, at most: libadwaita's showing of a toast
 * that replaces one still hiding (500 ms), with a margin. */
#define SHOWING_US (600 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  AdwToast *toast;
  gint64    due;      /* frame time, µs */
} Withdrawal;

static void
withdrawal_free (gpointer data)
{
  Withdrawal *withdrawal = data;

  g_object_unref (withdrawal->toast);
  g_free (withdrawal);
}

static gboolean
withdraw_tick (GtkWidget     *overlay,
               GdkFrameClock *clock,
               gpointer       data)
{
  Withdrawal *withdrawal = data;

  if (gdk_frame_clock_get_frame_time (clock) < withdrawal->due)
    return G_SOURCE_CONTINUE;
  adw_toast_dismiss (withdrawal->toast);
  return G_SOURCE_REMOVE;
}

/* Whether @toast is the one @overlay shows (one waiting in its queue has no
 * widget yet, nor animations). libadwaita does not say: its toast widget
 * does. Where that cannot be told, it may be. */
static gboolean
is_shown (AdwToastOverlay *overlay,
          AdwToast        *toast)
{
  GType widget_type = g_type_from_name ("AdwToastWidget");

  if (widget_type == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(AdwToast) shown = NULL;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (child, widget_type))
        continue;
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "toast") == NULL)
        return TRUE;
      g_object_get (child, "toast", &shown, NULL);
      if (shown == toast)
        return TRUE;
    }
  return FALSE;
}

/**
 * emb_toast_withdraw:
 * @overlay: (nullable): where @toast was added, if it still exists
 * @toast: a toast the program no longer offers
 *
 * Dismisses @toast, as adw_toast_dismiss(), but not while it may still be
 * coming in: then it loses its button at once and goes when it is fully
 * shown (libadwaita 1.2 crashes otherwise; see above). A toast waiting in
 * the queue, or on an overlay not shown, goes at once.
 */
void
emb_toast_withdraw (AdwToastOverlay *overlay,
                    AdwToast        *toast)
{
  GdkFrameClock *clock;
  Withdrawal *withdrawal;

  g_return_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  clock = overlay != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (overlay)) : NULL;
  /* Not shown, no animation plays (libadwaita skips them). */
  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (overlay)) || !is_shown (overlay, toast))
    {
      adw_toast_dismiss (toast);
      return;
    }

  /* It came in at the latest now: it is in once this much frame time has
   * passed, and its hiding then outlasts nothing. */
  adw_toast_set_button_label (toast, NULL);
  withdrawal = g_new0 (Withdrawal, 1);
  withdrawal->toast = g_object_ref (toast);
  withdrawal->due = gdk_frame_clock_get_frame_time (clock) + SHOWING_US;
  gtk_widget_add_tick_callback (GTK_WIDGET (overlay), withdraw_tick, withdrawal, withdrawal_free);
}
