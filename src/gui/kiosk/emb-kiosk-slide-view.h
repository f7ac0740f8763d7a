/* emb-kiosk-slide-view.h: one kiosk slide, drawn to be read from three
 * metres
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_SLIDE_VIEW (emb_kiosk_slide_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskSlideView, emb_kiosk_slide_view, EMB, KIOSK_SLIDE_VIEW, GtkWidget)

/* A view of @slide (it takes a reference), laid out for its kind. */
GtkWidget     *emb_kiosk_slide_view_new       (EmbKioskSlide     *slide);
EmbKioskSlide *emb_kiosk_slide_view_get_slide (EmbKioskSlideView *self);

G_END_DECLS
