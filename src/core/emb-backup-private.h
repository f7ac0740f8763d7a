/* emb-backup-private.h: what the backup files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-backup.h"

G_BEGIN_DECLS

/* How a backup is copied. */
typedef struct
{
  const char *partial_path;  /* NULL: a new temporary file beside the target */
  gboolean    gentle;        /* small steps with pauses, on one snapshot */
  gboolean    at_rest;       /* the source is a backup: opened immutable */
} EmbBackupCopyOptions;

/* The work of an asynchronous call, done on a worker: paths only, and a
 * connection of its own. */
typedef struct _EmbBackupJob EmbBackupJob;

typedef gboolean (*EmbBackupJobFunc) (EmbBackupJob  *job,
                                      GCancellable  *cancellable,
                                      GError       **error);

struct _EmbBackupJob
{
  EmbBackupJobFunc  func;
  char             *database_path;
  char             *path;            /* the target, backup or folder */
  guint             keep;
  gboolean          made;
  char             *previous_path;
};

gboolean _emb_backup_write                  (const char                 *source_path,
                                             const char                 *target_path,
                                             const EmbBackupCopyOptions *options,
                                             EmbBackupProgressFunc       progress,
                                             gpointer                    user_data,
                                             GCancellable               *cancellable,
                                             GError                    **error);
void     _emb_backup_run_job                (EmbDatabase                *db,
                                             const char                 *path,
                                             guint                       keep,
                                             EmbBackupJobFunc            func,
                                             gpointer                    source_tag,
                                             GCancellable               *cancellable,
                                             GAsyncReadyCallback         callback,
                                             gpointer                    user_data);
void     _emb_backup_remove_with_companions (const char                 *path);
void     _emb_backup_set_file_error         (GError                    **error,
                                             int                         saved_errno,
                                             const char                 *format,
                                             ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
