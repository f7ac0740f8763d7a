/* emb-backup.h: backups and restore of the programme database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

/**
 * EmbBackupProgressFunc:
 * @fraction: how much of the copy is done, from 0.0 to 1.0; it goes back
 *   when another connection writes during the copy and the copy starts again
 * @user_data: the data given to emb_backup_write()
 *
 * Reports the progress of a backup. It is called on the thread that runs the
 * backup: a worker hands it to the main context itself (for example with
 * g_main_context_invoke()) before touching any widget.
 */
typedef void (*EmbBackupProgressFunc) (double   fraction,
                                       gpointer user_data);

/**
 * EMB_BACKUP_DEFAULT_KEEP:
 *
 * How many daily automatic backups to keep when the user has not chosen.
 */
#define EMB_BACKUP_DEFAULT_KEEP 7

/**
 * emb_backup_write:
 * @db: the open database to back up
 * @target_path: the backup file to write; its folder is created when missing
 *   and an existing file there is replaced once the new copy is complete
 * @progress: (nullable) (scope call): called after each step of the copy,
 *   and with 1.0 once the backup is in place
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable, checked between steps
 * @error: return location for a #GError
 *
 * Writes a consistent copy of the database while the app (and other
 * processes) may keep writing to it, with SQLite's online backup API: a copy
 * that another connection changes half-way starts again.
 *
 * The copy is written to a hidden temporary file in the target's folder and
 * renamed to @target_path only when it is complete; it is a single,
 * self-contained file (rollback-journal mode, no `-wal` beside it). On any
 * failure nothing is left behind and an existing @target_path is untouched.
 *
 * It opens its own read-only connection to emb_database_get_path(), so it may
 * run on a worker thread (in a #GTask) while the main thread keeps using @db;
 * @db itself is only asked for its path.
 *
 * Errors: %G_FILE_ERROR when the folder or the temporary file cannot be
 * created or renamed (for example %G_FILE_ERROR_ACCES, %G_FILE_ERROR_NOTDIR);
 * %EMB_DATABASE_ERROR when SQLite fails (%EMB_DATABASE_ERROR_FULL for a full
 * disk, %EMB_DATABASE_ERROR_BUSY, …; %EMB_DATABASE_ERROR_FAILED when
 * @target_path is the database itself); %G_IO_ERROR_CANCELLED. Each message
 * names the file.
 *
 * Returns: %TRUE when the backup is in place
 */
gboolean  emb_backup_write          (EmbDatabase            *db,
                                     const char             *target_path,
                                     EmbBackupProgressFunc   progress,
                                     gpointer                user_data,
                                     GCancellable           *cancellable,
                                     GError                **error);

/* emb_backup_write() without progress, on a worker thread with a connection
 * of its own to @db's file. */
void      emb_backup_write_async    (EmbDatabase            *db,
                                     const char             *target_path,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
gboolean  emb_backup_write_finish   (EmbDatabase            *db,
                                     GAsyncResult           *result,
                                     GError                **error);

/**
 * emb_backup_check:
 * @path: a file that should be an Embassy database, usually a backup
 * @schema_version: (out) (optional): its schema version, when usable
 * @error: return location for a #GError
 *
 * Checks that @path is a usable Embassy database without changing it: it is
 * opened read-only and immutable (no `-wal` or `-shm` is created beside it;
 * only a file that already has a non-empty `-wal` of its own is opened as a
 * plain read-only database, so that what its WAL holds is checked too). The
 * whole file is read (`PRAGMA integrity_check`), so it may take a while on a
 * large database: run it on a worker.
 *
 * Errors, all in %EMB_DATABASE_ERROR, each naming the file:
 * %EMB_DATABASE_ERROR_CANNOT_OPEN (missing, a folder, unreadable),
 * %EMB_DATABASE_ERROR_NOT_A_DATABASE (not SQLite, or SQLite without the
 * Embassy tables), %EMB_DATABASE_ERROR_CORRUPT (integrity or foreign-key
 * check failed), %EMB_DATABASE_ERROR_TOO_NEW (written by a newer Embassy).
 *
 * Returns: %TRUE when the file can be restored and opened
 */
gboolean  emb_backup_check          (const char             *path,
                                     int                    *schema_version,
                                     GError                **error);

/**
 * emb_backup_restore:
 * @backup_path: the backup to restore
 * @database_path: the database to replace (emb_database_get_path())
 * @previous_path: (out) (optional) (transfer full) (nullable): where the
 *   database as it was before is kept, or %NULL when there was none
 * @error: return location for a #GError
 *
 * Replaces the content of the database with the backup's.
 *
 * The backup is checked first with emb_backup_check(): a damaged, foreign or
 * too-new file is refused and nothing changes. Then a consistent copy of the
 * current database is kept aside as
 * `<database without .db>.before-restore-<UTC time>.db` in the same folder,
 * and the backup is copied over the database in place, in one transaction,
 * with SQLite's backup API; both copies are safe while another process (a
 * kiosk) has the database open, and that process sees the restored content
 * as an ordinary change. If restoring fails, the database is unchanged and
 * nothing is kept aside.
 *
 * A current database too damaged to be read is kept aside byte for byte
 * (with its `-wal`) and the file is replaced by a copy of the backup.
 *
 * The caller closes its own #EmbDatabase on @database_path first (drop every
 * reference) and opens it again afterwards with emb_database_open(), which
 * brings an older backup's schema up to date. Blocking: run it on a worker.
 *
 * Returns: %TRUE when the database holds the backup's content
 */
gboolean  emb_backup_restore        (const char             *backup_path,
                                     const char             *database_path,
                                     char                  **previous_path,
                                     GError                **error);

/* emb_backup_restore() over the file of @db (the open database), on a
 * worker thread. The content changes under @db as under another process's
 * write: once it is done, the caller calls
 * emb_database_check_external_changes() on @db. The finish function gives
 * @previous_path as emb_backup_restore() does (transfer full, nullable). */
void      emb_backup_restore_async  (EmbDatabase            *db,
                                     const char             *backup_path,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
gboolean  emb_backup_restore_finish (EmbDatabase            *db,
                                     GAsyncResult           *result,
                                     char                  **previous_path,
                                     GError                **error);

/**
 * emb_backup_rotate:
 * @db: the database to back up
 * @folder: where the automatic backups live (see
 *   emb_backup_default_folder()); created when missing
 * @keep: how many automatic backups to keep, at least 1
 * @now: (nullable): the current time (any time zone; days count in UTC),
 *   or %NULL for the clock's
 * @made: (out) (optional): set to %TRUE when a backup was written
 * @error: return location for a #GError
 *
 * Keeps daily automatic backups named `embassy-YYYY-MM-DD.db` (the UTC
 * date): when the folder has no backup of today yet, writes one as
 * emb_backup_write() does; then deletes the oldest such files beyond @keep.
 * Only files whose name matches that pattern exactly are ever deleted, and
 * the partial files of interrupted automatic backups (see below); anything
 * else in the folder is left alone. When the backup fails, nothing is
 * deleted.
 *
 * The copy is written to one partial file of a fixed name per database
 * (emb_backup_partial_path()) and renamed when complete, so a copy cut short
 * (the program killed) leaves at most that file; each rotation first removes
 * it, with its `-journal`, and the partial files earlier versions left. The
 * folder is locked while a rotation runs: when another process is rotating
 * there, this one does nothing (and returns %TRUE with @made %FALSE).
 *
 * Returns: %TRUE on success, also when there was nothing to do
 */
gboolean  emb_backup_rotate         (EmbDatabase            *db,
                                     const char             *folder,
                                     guint                   keep,
                                     GDateTime              *now,
                                     gboolean               *made,
                                     GError                **error);

/**
 * emb_backup_rotate_async:
 * @db: the database to back up
 * @folder: as for emb_backup_rotate()
 * @keep: as for emb_backup_rotate()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context when done
 * @user_data: data for @callback
 *
 * The daily automatic backup, for the clock's day, on a worker thread with a
 * connection of its own, made to run beside someone's work: the copy goes in
 * small steps with pauses between them, from one snapshot of the database
 * (the user's writes neither wait for it nor start it again). The finish
 * function sets @made (optional) to %TRUE when a backup was written.
 */
void      emb_backup_rotate_async   (EmbDatabase            *db,
                                     const char             *folder,
                                     guint                   keep,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
gboolean  emb_backup_rotate_finish  (EmbDatabase            *db,
                                     GAsyncResult           *result,
                                     gboolean               *made,
                                     GError                **error);
char     *emb_backup_partial_path   (EmbDatabase            *db,
                                     const char             *folder);

/**
 * emb_backup_default_folder:
 * @db: the database
 *
 * Returns: (transfer full): `backups` beside the database file
 */
char     *emb_backup_default_folder (EmbDatabase            *db);

G_END_DECLS
