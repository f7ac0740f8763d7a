/* emb-figure-card.h: one figure of the programme, large, with its title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_FIGURE_CARD (emb_figure_card_get_type ())

G_DECLARE_FINAL_TYPE (EmbFigureCard, emb_figure_card, EMB, FIGURE_CARD, GtkBox)

GtkWidget  *emb_figure_card_new       (const char    *title);
const char *emb_figure_card_get_title (EmbFigureCard *self);
const char *emb_figure_card_get_value (EmbFigureCard *self);
void        emb_figure_card_set_value (EmbFigureCard *self,
                                       gint64         value);

G_END_DECLS
