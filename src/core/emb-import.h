/* emb-import.h: getting data in: programme bundles and CSV files
 *
 * Every import validates everything first and then writes in one
 * transaction: it succeeds whole or changes nothing. Problems are collected
 * (up to EMB_IMPORT_MAX_PROBLEMS) and each names the file, the line or JSON
 * path, the field and what is wrong, in the user's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-import-options.h"
#include "emb-import-report.h"

G_BEGIN_DECLS

/* Synchronous: for the command line and the worker threads. */
gboolean          emb_import_file                 (EmbDatabase            *db,
                                                   GFile                  *file,
                                                   const EmbImportOptions *options,
                                                   GCancellable           *cancellable,
                                                   EmbImportReport        *report,
                                                   GError                **error);
EmbImportFormat   emb_import_detect_format        (GFile                  *file,
                                                   GError                **error);

/* On a worker thread with a connection of its own; @db is told of the
 * change afterwards. */
void              emb_import_file_async           (EmbDatabase            *db,
                                                   GFile                  *file,
                                                   const EmbImportOptions *options,
                                                   GCancellable           *cancellable,
                                                   GAsyncReadyCallback     callback,
                                                   gpointer                user_data);
EmbImportReport  *emb_import_file_finish          (EmbDatabase            *db,
                                                   GAsyncResult           *result,
                                                   GError                **error);

EmbImportReport  *emb_import_file_get_report      (GAsyncResult           *result);

G_END_DECLS
