/* emb-promises-page.h: the promises area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-page.h"
#include "emb-promise.h"

G_BEGIN_DECLS

#define EMB_TYPE_PROMISES_PAGE (emb_promises_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbPromisesPage, emb_promises_page, EMB, PROMISES_PAGE, EmbPage)

GListModel *emb_promises_page_get_model         (EmbPromisesPage *self);
EmbPromise *emb_promises_page_get_promise       (EmbPromisesPage *self);
gboolean    emb_promises_page_select_promise    (EmbPromisesPage *self,
                                                 gint64           id);
GtkWidget  *emb_promises_page_get_touchpoint_check (EmbPromisesPage *self,
                                                    gint64           touchpoint_id);

G_END_DECLS
