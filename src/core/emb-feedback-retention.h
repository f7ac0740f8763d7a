/* emb-feedback-retention.h: how long customer feedback keeps its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

/* A period of 0 months keeps the texts for ever (the default). */
#define EMB_RETENTION_FOREVER    0
/* The longest period one may set, in months (100 years). */
#define EMB_RETENTION_MONTHS_MAX 1200
/* How many items one transaction clears at most. */
#define EMB_RETENTION_BATCH      10000

/**
 * EmbRetentionResult:
 * @cleared: how many items lost their text and customer reference
 * @months: the period applied (%EMB_RETENTION_FOREVER: nothing was due)
 *
 * What one run of emb_feedback_retention_apply() did.
 */
typedef struct
{
  guint64 cleared;
  guint   months;
} EmbRetentionResult;

guint      emb_feedback_retention_get_months    (EmbDatabase          *db);
gboolean   emb_feedback_retention_set_months    (EmbDatabase          *db,
                                                 guint                 months,
                                                 GError              **error);
char      *emb_feedback_retention_cutoff        (guint                 months,
                                                 GDateTime            *now);
gboolean   emb_feedback_retention_count_due     (EmbDatabase          *db,
                                                 guint                 months,
                                                 GDateTime            *now,
                                                 guint64              *count,
                                                 GError              **error);
gboolean   emb_feedback_retention_apply         (EmbDatabase          *db,
                                                 GDateTime            *now,
                                                 GCancellable         *cancellable,
                                                 EmbRetentionResult   *result,
                                                 GError              **error);
GDateTime *emb_feedback_retention_get_last_run  (EmbDatabase          *db,
                                                 guint64              *cleared,
                                                 guint                *months);
gboolean   emb_feedback_retention_is_due        (EmbDatabase          *db,
                                                 GDateTime            *now);

/* On a worker thread with a connection of its own to @db's file. */
void       emb_feedback_retention_apply_async   (EmbDatabase          *db,
                                                 GDateTime            *now,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean   emb_feedback_retention_apply_finish  (EmbDatabase          *db,
                                                 GAsyncResult         *result,
                                                 EmbRetentionResult   *out,
                                                 GError              **error);
void       emb_feedback_retention_count_async   (EmbDatabase          *db,
                                                 guint                 months,
                                                 GDateTime            *now,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean   emb_feedback_retention_count_finish  (EmbDatabase          *db,
                                                 GAsyncResult         *result,
                                                 guint64              *count,
                                                 GError              **error);

/* For tests: the size of a batch (0: EMB_RETENTION_BATCH). */
void       _emb_feedback_retention_set_batch    (guint                 rows);

G_END_DECLS
