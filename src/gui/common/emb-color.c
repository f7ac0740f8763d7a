/* emb-color.c: the named colors of the style, for widgets that draw
 *
 * A chart draws in the colors the style names (libadwaita's
 * `accent_color`, `error_color`, …), so that it follows the accent, the
 * dark style and high contrast. GTK 4.8 reads them only through the
 * deprecated GtkStyleContext: the deprecation is silenced here, once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-color"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-color.h"

/**
 * emb_color_lookup:
 * @name: a color the style names, such as "accent_color"
 * @fallback: the color to use where the style does not name it, such as
 *   "#1c71d8"
 *
 * Returns: the color @name of @widget's style, or @fallback
 */
GdkRGBA
emb_color_lookup (GtkWidget  *widget,
                  const char *name,
                  const char *fallback)
{
  GdkRGBA color = { 0, 0, 0, 1 };

  g_return_val_if_fail (GTK_IS_WIDGET (widget), color);
  g_return_val_if_fail (name != NULL && fallback != NULL, color);

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    gdk_rgba_parse (&color, fallback);
G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}
