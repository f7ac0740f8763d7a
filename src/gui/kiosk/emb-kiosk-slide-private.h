/* emb-kiosk-slide-private.h: the parts of a slide view that the content of
 * each kind fills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *main;     /* the column of all but the QR code, centred
                        * vertically */
  GtkLabel  *kicker;   /* the line above the heading, hidden when empty */
  GtkLabel  *title;    /* the heading, holding the slide's title */
  GtkBox    *content;  /* vertical, empty, filling the rest */
} EmbKioskSlideParts;

void  _emb_kiosk_slide_build (EmbKioskSlide            *slide,
                              const EmbKioskSlideParts *parts);
char *_emb_kiosk_flatten     (const char               *text);

G_END_DECLS
