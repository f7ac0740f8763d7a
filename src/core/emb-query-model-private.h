/* emb-query-model-private.h: how stores make lazy list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-query-model.h"
#include "emb-table-private.h"

G_BEGIN_DECLS

/*
 * @filter: a constant SQL condition over alias t, with parameters ?1…?N
 *   bound from @params (GVariants of type s, x, i or b), or NULL for all rows
 * @order: a constant SQL expression over alias t to sort by (the id breaks
 *   ties); it should be the leading column of an index
 * @kinds: the record kinds whose changes refresh the model, ending with
 *   EMB_RECORD_KIND_ANY
 */
EmbQueryModel *_emb_query_model_new (EmbDatabase          *db,
                                     const EmbTable       *table,
                                     const char           *filter,
                                     GPtrArray            *params,
                                     const char           *order,
                                     const EmbRecordKind  *kinds);

/*
 * As _emb_query_model_new(), with @count_sql: a constant statement that
 * returns the number of rows @filter selects, from the same @params, when
 * the store keeps a faster way to count them than scanning an index (a
 * count kept by triggers, or the full-text index alone).
 */
EmbQueryModel *_emb_query_model_new_counted (EmbDatabase          *db,
                                             const EmbTable       *table,
                                             const char           *filter,
                                             GPtrArray            *params,
                                             const char           *order,
                                             const EmbRecordKind  *kinds,
                                             const char           *count_sql);

/*
 * As _emb_query_model_new_counted(), in the order of @order from the
 * largest key when @descending (such as the newest first), which reads the
 * same indexes backwards.
 */
EmbQueryModel *_emb_query_model_new_full    (EmbDatabase          *db,
                                             const EmbTable       *table,
                                             const char           *filter,
                                             GPtrArray            *params,
                                             const char           *order,
                                             gboolean              descending,
                                             const EmbRecordKind  *kinds,
                                             const char           *count_sql);

/* Filters: a condition "1 AND …" over alias t and its parameters ?1…?N. */
GPtrArray     *_emb_query_params_new  (GString     *where);
guint          _emb_query_params_add  (GPtrArray   *params,
                                       GVariant    *value);
void           _emb_query_params_where      (GPtrArray   *params,
                                             GString     *where,
                                             const char  *column,
                                             GVariant    *value);
void           _emb_query_params_where_nick (GPtrArray   *params,
                                             GString     *where,
                                             const char  *column,
                                             GType        enum_type,
                                             int          value);
char          *_emb_like_pattern      (const char  *word);
char          *_emb_ids_json          (const gint64 *ids,
                                       guint         n_ids);

G_END_DECLS
