/* emb-retention-runner.h: the daily run of the feedback retention rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_RETENTION_RUNNER (emb_retention_runner_get_type ())

G_DECLARE_FINAL_TYPE (EmbRetentionRunner, emb_retention_runner, EMB, RETENTION_RUNNER, GObject)

EmbRetentionRunner *emb_retention_runner_new       (EmbDatabase        *database,
                                                    GtkWidget          *window);
void                emb_retention_runner_start     (EmbRetentionRunner *self);
gboolean            emb_retention_runner_is_running (EmbRetentionRunner *self);

char               *emb_retention_describe_period  (guint               months);
char               *emb_retention_describe_cleared (guint64             cleared,
                                                    guint               months);
char               *emb_retention_describe_last_run (EmbDatabase       *database);

G_END_DECLS
