/* emb-toast.h: toasts from any widget, through the nearest overlay
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToastOverlay *emb_toast_find_overlay (GtkWidget    *widget);
gboolean         emb_toast_add          (GtkWidget    *widget,
                                         AdwToast     *toast);
void             emb_toast_show_error   (GtkWidget    *widget,
                                         const GError *error);
void             emb_toast_withdraw     (AdwToastOverlay *overlay,
                                         AdwToast        *toast);

G_END_DECLS
