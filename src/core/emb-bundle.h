/* emb-bundle.h: the programme bundle, one versioned JSON document
 *
 * The format is described in docs/bundle-format.md and, as a JSON Schema,
 * in data/embassy-bundle.schema.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-import-options.h"
#include "emb-import-report.h"

G_BEGIN_DECLS

#define EMB_BUNDLE_FORMAT  "embassy-bundle"
#define EMB_BUNDLE_VERSION 1

gboolean emb_bundle_import        (EmbDatabase             *db,
                                   GFile                   *file,
                                   const EmbImportOptions  *options,
                                   GCancellable            *cancellable,
                                   EmbImportReport         *report,
                                   GError                 **error);
gboolean emb_bundle_export        (EmbDatabase             *db,
                                   GFile                   *file,
                                   EmbImportProgressFunc    progress,
                                   gpointer                 progress_data,
                                   GCancellable            *cancellable,
                                   GError                 **error);

/* On a worker thread with a connection of its own; @progress is called on
 * that thread. */
void     emb_bundle_export_async  (EmbDatabase             *db,
                                   GFile                   *file,
                                   EmbImportProgressFunc    progress,
                                   gpointer                 progress_data,
                                   GCancellable            *cancellable,
                                   GAsyncReadyCallback      callback,
                                   gpointer                 user_data);
gboolean emb_bundle_export_finish (EmbDatabase             *db,
                                   GAsyncResult            *result,
                                   GError                 **error);

G_END_DECLS
