/* emb-promise-row.h: a promise in the list of the Brand Promises page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-promise.h"

G_BEGIN_DECLS

#define EMB_TYPE_PROMISE_ROW (emb_promise_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbPromiseRow, emb_promise_row, EMB, PROMISE_ROW, GtkListBoxRow)

GtkWidget  *emb_promise_row_new         (EmbPromise    *promise,
                                         const char    *status,
                                         guint          n_touchpoints);
EmbPromise *emb_promise_row_get_promise (EmbPromiseRow *self);

G_END_DECLS
