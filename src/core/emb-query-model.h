/* emb-query-model.h: a lazy list model over a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_QUERY_MODEL (emb_query_model_get_type ())

G_DECLARE_FINAL_TYPE (EmbQueryModel, emb_query_model, EMB, QUERY_MODEL, GObject)

void     emb_query_model_refresh        (EmbQueryModel *self);
guint    emb_query_model_get_page_size  (EmbQueryModel *self);
guint    emb_query_model_get_cached_pages (EmbQueryModel *self);
gboolean emb_query_model_find_id        (EmbQueryModel *self,
                                         gint64         id,
                                         guint         *position);

G_END_DECLS
