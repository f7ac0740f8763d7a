/* emb-chart-draw.c: what the charts drawn on a GtkSnapshot share
 *
 * Our charts draw themselves in the colours of the style (the text colour
 * and libadwaita's named colours, such as accent_color) and place text at
 * a point. GTK 4.8 has no replacement for the style context's colour
 * lookups yet (gtk_widget_get_color() is 4.10), so the deprecated calls are
 * made here, once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-chart-draw"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart-draw.h"

/**
 * emb_chart_get_foreground:
 *
 * Returns: the text colour of @widget
 */
GdkRGBA
emb_chart_get_foreground (GtkWidget *widget)
{
  GdkRGBA color;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), (GdkRGBA) { 0 });

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

/**
 * emb_chart_lookup_color:
 * @name: a named colour of the style, such as "accent_color"
 * @fallback: the colour to use when the style does not name it
 *
 * Returns: the colour @name in the style of @widget
 */
GdkRGBA
emb_chart_lookup_color (GtkWidget  *widget,
                        const char *name,
                        const char *fallback)
{
  GdkRGBA color;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), (GdkRGBA) { 0 });

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    gdk_rgba_parse (&color, fallback);
G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

/**
 * emb_chart_append_layout:
 * @x: the left of the text
 * @y: the top of the text
 *
 * Draws @layout with its top left corner at (@x, @y).
 */
void
emb_chart_append_layout (GtkSnapshot   *snapshot,
                         PangoLayout   *layout,
                         float          x,
                         float          y,
                         const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}
