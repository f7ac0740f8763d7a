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
void     emb_query_model_set_paused     (EmbQueryModel *self,
                                         gboolean       paused);
gboolean emb_query_model_get_paused     (EmbQueryModel *self);
gboolean emb_query_model_is_stale       (EmbQueryModel *self);
void     emb_query_model_set_hidden_ids (EmbQueryModel *self,
                                         const gint64  *ids,
                                         guint          n_ids);
EmbRecordKind emb_query_model_get_kind  (EmbQueryModel *self);
guint    emb_query_model_get_n_counts   (EmbQueryModel *self);

G_END_DECLS
