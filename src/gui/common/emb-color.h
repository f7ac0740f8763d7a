/* emb-color.h: the named colors of the style, for widgets that draw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkRGBA emb_color_lookup (GtkWidget  *widget,
                          const char *name,
                          const char *fallback);

G_END_DECLS
