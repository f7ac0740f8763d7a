/* emb-chart-draw.h: what the charts drawn on a GtkSnapshot share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkRGBA emb_chart_get_foreground (GtkWidget     *widget);
GdkRGBA emb_chart_lookup_color   (GtkWidget     *widget,
                                  const char    *name,
                                  const char    *fallback);
void    emb_chart_append_layout  (GtkSnapshot   *snapshot,
                                  PangoLayout   *layout,
                                  float          x,
                                  float          y,
                                  const GdkRGBA *color);

G_END_DECLS
