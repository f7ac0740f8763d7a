/* emb-promise-store.h: brand promises and their versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-promise.h"
#include "emb-promise-version.h"

G_BEGIN_DECLS

/* The longest promise statement, in characters: a promise is a sentence or
 * two that every employee can remember, not a document. */
#define EMB_MAX_PROMISE_STATEMENT 1000

/**
 * EmbPromiseFilter:
 * @status: an #EmbPromiseStatus, or -1 for every status
 * @touchpoint_id: only promises made at this touchpoint, or 0
 * @stage_id: only promises made at a touchpoint of this journey stage, or 0
 * @search: (nullable): words that must all appear in the statement or the
 *   customer expectation
 *
 * Touchpoints, stages and words are matched against the current versions of
 * a promise: its draft, and the version in force (published or retired);
 * superseded versions are history and are not matched.
 */
typedef struct
{
  int         status;
  gint64      touchpoint_id;
  gint64      stage_id;
  const char *search;
} EmbPromiseFilter;

#define EMB_PROMISE_FILTER_INIT { -1, 0, 0, NULL }

GListModel        *emb_promise_store_list              (EmbDatabase             *db,
                                                        const EmbPromiseFilter  *filter,
                                                        GError                 **error);
EmbPromise        *emb_promise_store_get               (EmbDatabase             *db,
                                                        gint64                   id,
                                                        GError                 **error);
gboolean           emb_promise_store_save              (EmbDatabase             *db,
                                                        EmbPromise              *promise,
                                                        const gint64            *touchpoint_ids,
                                                        guint                    n_touchpoints,
                                                        GError                 **error);
gboolean           emb_promise_store_publish           (EmbDatabase             *db,
                                                        gint64                   promise_id,
                                                        GError                 **error);
gboolean           emb_promise_store_retire            (EmbDatabase             *db,
                                                        gint64                   promise_id,
                                                        GError                 **error);
gboolean           emb_promise_store_discard_draft     (EmbDatabase             *db,
                                                        gint64                   promise_id,
                                                        GError                 **error);
gboolean           emb_promise_store_delete            (EmbDatabase             *db,
                                                        gint64                   promise_id,
                                                        GError                 **error);
GListModel        *emb_promise_store_list_versions     (EmbDatabase             *db,
                                                        gint64                   promise_id);
EmbPromiseVersion *emb_promise_store_get_version       (EmbDatabase             *db,
                                                        gint64                   version_id,
                                                        GError                 **error);
GArray            *emb_promise_store_get_touchpoints   (EmbDatabase             *db,
                                                        gint64                   version_id);
gint64             emb_promise_store_count_published   (EmbDatabase             *db);

G_END_DECLS
