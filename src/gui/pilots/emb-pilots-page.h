/* emb-pilots-page.h: the autonomy pilots area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_PILOTS_PAGE (emb_pilots_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbPilotsPage, emb_pilots_page, EMB, PILOTS_PAGE, EmbPage)

gboolean    emb_pilots_page_select_pilot    (EmbPilotsPage *self,
                                             gint64         pilot_id);
gint64      emb_pilots_page_get_pilot_id    (EmbPilotsPage *self);
gboolean    emb_pilots_page_select_wave     (EmbPilotsPage *self,
                                             gint64         wave_id);
gint64      emb_pilots_page_get_wave_id     (EmbPilotsPage *self);
GListModel *emb_pilots_page_get_pilots      (EmbPilotsPage *self);
GListModel *emb_pilots_page_get_decisions   (EmbPilotsPage *self);
GtkWidget  *emb_pilots_page_get_comparison  (EmbPilotsPage *self);
GtkWindow  *emb_pilots_page_get_dialog      (EmbPilotsPage *self);
AdwToast   *emb_pilots_page_get_undo_toast  (EmbPilotsPage *self);
void        emb_pilots_page_flush_pending   (EmbPilotsPage *self);

G_END_DECLS
