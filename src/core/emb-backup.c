/* emb-backup.c: backups and restore of the programme database
 *
 * Every copy goes through SQLite's online backup API, so it is consistent
 * even while the app (or a kiosk beside it) writes to the database: when
 * another connection changes the source between two steps, SQLite starts the
 * copy again. A backup is written to a temporary file in the target's folder
 * and renamed into place only once it is complete and turned into a single
 * self-contained file (rollback journal mode, no -wal beside it). A gentle
 * copy (the automatic backup, emb-backup-rotate.c) goes in small steps with
 * pauses between them, from one snapshot of the database so that the user's
 * writes do not start it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "emb-backup-private.h"
#include "emb-database-private.h"

#define PAGES_PER_STEP   256
#define BUSY_TIMEOUT_MS  5000
#define BUSY_RETRY_MS    50
#define BUSY_RETRIES     3
/* The gentle copy: about 256 KiB at a time (4 KiB pages), then a pause. */
#define GENTLE_PAGES_PER_STEP  64
#define GENTLE_PAUSE_US        10000


/* Tables every Embassy database has since the first schema. */
static const char * const expected_tables[] = {
  "organisation",
  "department",
  "role",
  "employee",
  "value",
  "journey_stage",
  "touchpoint",
  "promise",
  "announcement",
  "feedback",
  "nomination",
  "pilot",
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)

/* Helpers ---------------------------------------------------------------- */

static void set_sqlite_error (GError     **error,
                              sqlite3     *handle,
                              int          rc,
                              const char  *format,
                              ...) G_GNUC_PRINTF (4, 5);

/* A file-system error; the message gets the file's name and the reason. */
void
_emb_backup_set_file_error (GError     **error,
                            int          saved_errno,
                            const char  *format,
                            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), message);
}

/* A SQLite error, translated by emb-database, after a prefix naming the
 * file. A full or failing disk is said in a few words of our own: the
 * prefix already names the file, which is not "the database". */
static void
set_sqlite_error (GError     **error,
                  sqlite3     *handle,
                  int          rc,
                  const char  *format,
                  ...)
{
  g_autofree char *prefix = NULL;
  va_list args;

  va_start (args, format);
  prefix = g_strdup_vprintf (format, args);
  va_end (args);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FULL, "%s%s", prefix,
                   _("the disk is full."));
      return;

    case SQLITE_IOERR:
      {
        g_autofree char *reason = g_strdup_printf (_("the disk reported an error (%s)."),
                                                   handle != NULL ? sqlite3_errmsg (handle)
                                                                  : sqlite3_errstr (rc));

        g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED, "%s%s", prefix, reason);
      }
      return;

    default:
      _emb_database_set_error (error, handle, rc);
      g_prefix_error_literal (error, prefix);
    }
}

void
_emb_backup_remove_with_companions (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf buf;

  return g_stat (wal, &buf) == 0 && buf.st_size > 0;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *ca = g_canonicalize_filename (a, NULL);
  g_autofree char *cb = g_canonicalize_filename (b, NULL);
  GStatBuf sa, sb;

  if (g_strcmp0 (ca, cb) == 0)
    return TRUE;
  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Opens a database file that nobody writes to (a backup) without changing
 * it: immutable, so SQLite creates no -wal or -shm beside it. A file that
 * still has its own -wal is opened read-only instead, so that what the WAL
 * holds is read too. */
static int
open_at_rest (const char  *path,
              sqlite3    **handle)
{
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *full = NULL;

  if (has_wal (path))
    return sqlite3_open_v2 (path, handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);

  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, NULL);
  if (uri == NULL)
    return sqlite3_open_v2 (path, handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  full = g_strconcat (uri, "?immutable=1", NULL);
  return sqlite3_open_v2 (full, handle,
                          SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                          NULL);
}

/* Runs a statement that returns one text value (a PRAGMA); the result is
 * NULL with rc set on failure. */
static char *
query_text (sqlite3    *handle,
            const char *sql,
            int        *rc)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  *rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (*rc == SQLITE_OK)
    *rc = sqlite3_step (stmt);
  if (*rc == SQLITE_ROW)
    {
      result = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      *rc = SQLITE_OK;
    }
  else if (*rc == SQLITE_DONE)
    *rc = SQLITE_OK;
  sqlite3_finalize (stmt);
  return result;
}

static void
report (EmbBackupProgressFunc  progress,
        gpointer               user_data,
        sqlite3_backup        *backup)
{
  int total;
  int remaining;

  if (progress == NULL)
    return;
  total = sqlite3_backup_pagecount (backup);
  remaining = sqlite3_backup_remaining (backup);
  progress (total > 0 ? 1.0 - (double)remaining / total : 0.0, user_data);
}

/* Writing ---------------------------------------------------------------- */

/* Copies the database at @source_path into a new file at @target_path (see
 * emb_backup_write()), through a temporary file renamed into place when
 * complete (see EmbBackupCopyOptions; @options may be NULL). A live source
 * is opened read-only; one at rest (a backup) also immutable. */
gboolean
_emb_backup_write (const char                 *source_path,
                   const char                 *target_path,
                   const EmbBackupCopyOptions *options,
                   EmbBackupProgressFunc       progress,
                   gpointer                    user_data,
                   GCancellable               *cancellable,
                   GError                    **error)
{
  gboolean at_rest = options != NULL && options->at_rest;
  gboolean gentle = options != NULL && options->gentle;
  g_autofree char *dir = g_path_get_dirname (target_path);
  g_autofree char *base = g_path_get_basename (target_path);
  g_autofree char *shown = g_filename_display_name (target_path);
  g_autofree char *shown_source = g_filename_display_name (source_path);
  g_autofree char *tmpl = NULL;
  g_autofree char *mode = NULL;
  g_autoptr(sqlite3) source = NULL;
  g_autoptr(sqlite3) target = NULL;
  sqlite3_backup *backup;
  guint busy = 0;
  int fd;
  int rc;

  if (same_file (source_path, target_path))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                   _("A backup cannot be written over the database itself (“%s”)."),
                   shown);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown_dir = g_filename_display_name (dir);

      _emb_backup_set_file_error (error, saved_errno, _("Cannot create the folder “%s”: %s."),
                                  shown_dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (options != NULL && options->partial_path != NULL)
    {
      /* What an interrupted copy left there goes first. */
      tmpl = g_strdup (options->partial_path);
      _emb_backup_remove_with_companions (tmpl);
    }
  else
    {
      /* A hidden name that no rotation or restore ever mistakes for a backup. */
      tmpl = g_strdup_printf ("%s%c.%s-XXXXXX.part", dir, G_DIR_SEPARATOR, base);
      fd = g_mkstemp (tmpl);
      if (fd < 0)
        {
          int saved_errno = errno;

          _emb_backup_set_file_error (error, saved_errno, _("Cannot write the backup “%s”: %s."),
                                      shown, g_strerror (saved_errno));
          return FALSE;
        }
      g_close (fd, NULL);
    }

  if (at_rest)
    rc = open_at_rest (source_path, &source);
  else
    rc = sqlite3_open_v2 (source_path, &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, source, rc, _("Cannot read “%s”: "), shown_source);
      goto fail;
    }
  sqlite3_extended_result_codes (source, 1);
  sqlite3_busy_timeout (source, BUSY_TIMEOUT_MS);

  /* A slow copy reads one snapshot from a read transaction of its own: the
   * writes of other connections (in WAL mode) then neither wait for it nor
   * make it start again. */
  if (gentle)
    {
      rc = sqlite3_exec (source, "BEGIN; SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          set_sqlite_error (error, source, rc, _("Cannot read “%s”: "), shown_source);
          goto fail;
        }
    }

  rc = sqlite3_open_v2 (tmpl, &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target, rc, _("Cannot write the backup “%s”: "), shown);
      goto fail;
    }
  sqlite3_extended_result_codes (target, 1);
  sqlite3_exec (target, "PRAGMA synchronous = FULL", NULL, NULL, NULL);

  backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, target, sqlite3_errcode (target),
                        _("Cannot write the backup “%s”: "), shown);
      goto fail;
    }

  do
    {
      rc = sqlite3_backup_step (backup, gentle ? GENTLE_PAGES_PER_STEP : PAGES_PER_STEP) & 0xff;
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        {
          if (++busy > BUSY_RETRIES)
            break;
          sqlite3_sleep (BUSY_RETRY_MS);
          continue;
        }
      busy = 0;
      if (rc == SQLITE_OK)
        {
          report (progress, user_data, backup);
          if (g_cancellable_is_cancelled (cancellable))
            break;
          if (gentle)
            g_usleep (GENTLE_PAUSE_US);
        }
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  /* SQLite keeps the message of a failed step on the target connection. */
  if (rc != SQLITE_DONE)
    {
      sqlite3_backup_finish (backup);
      if (rc == SQLITE_OK)
        g_cancellable_set_error_if_cancelled (cancellable, error);
      else
        set_sqlite_error (error, target, rc, _("Cannot write the backup “%s”: "), shown);
      goto fail;
    }
  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target, rc, _("Cannot write the backup “%s”: "), shown);
      goto fail;
    }

  /* The copy carries the source's WAL flag: make it one file again. */
  mode = query_text (target, "PRAGMA journal_mode = DELETE", &rc);
  if (rc != SQLITE_OK || g_strcmp0 (mode, "delete") != 0)
    {
      set_sqlite_error (error, target, rc != SQLITE_OK ? rc : SQLITE_ERROR,
                        _("Cannot write the backup “%s”: "), shown);
      goto fail;
    }

  rc = sqlite3_close (target);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target, rc, _("Cannot write the backup “%s”: "), shown);
      goto fail;
    }
  target = NULL;

  if (g_rename (tmpl, target_path) != 0)
    {
      int saved_errno = errno;

      _emb_backup_set_file_error (error, saved_errno, _("Cannot write the backup “%s”: %s."),
                                  shown, g_strerror (saved_errno));
      goto fail;
    }

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;

fail:
  if (target != NULL)
    sqlite3_close_v2 (g_steal_pointer (&target));
  _emb_backup_remove_with_companions (tmpl);
  return FALSE;
}

gboolean
emb_backup_write (EmbDatabase            *db,
                  const char             *target_path,
                  EmbBackupProgressFunc   progress,
                  gpointer                user_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (target_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _emb_backup_write (emb_database_get_path (db), target_path, NULL, progress, user_data,
                       cancellable, error);
}

static void
backup_job_free (gpointer data)
{
  EmbBackupJob *job = data;

  g_free (job->database_path);
  g_free (job->path);
  g_free (job->previous_path);
  g_free (job);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  EmbBackupJob *job = task_data;
  GError *error = NULL;

  if (job->func (job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Runs @func on a worker, for the _async function @source_tag; the job is
 * the task's data. */
void
_emb_backup_run_job (EmbDatabase         *db,
                     const char          *path,
                     guint                keep,
                     EmbBackupJobFunc     func,
                     gpointer             source_tag,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  EmbBackupJob *job = g_new0 (EmbBackupJob, 1);

  job->database_path = g_strdup (emb_database_get_path (db));
  job->path = g_strdup (path);
  job->keep = keep;
  job->func = func;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, backup_job_free);
  g_task_run_in_thread (task, backup_thread);
}

static gboolean
write_job (EmbBackupJob  *job,
           GCancellable  *cancellable,
           GError       **error)
{
  return _emb_backup_write (job->database_path, job->path, NULL, NULL, NULL, cancellable, error);
}

void
emb_backup_write_async (EmbDatabase         *db,
                        const char          *target_path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (target_path != NULL);

  _emb_backup_run_job (db, target_path, 0, write_job, emb_backup_write_async,
                       cancellable, callback, user_data);
}

gboolean
emb_backup_write_finish (EmbDatabase   *db,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, emb_backup_write_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Checking --------------------------------------------------------------- */

static gboolean
set_check_error (GError     **error,
                 sqlite3     *handle,
                 int          rc,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a database."), display);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)."), display,
                   handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      break;

    default:
      set_sqlite_error (error, handle, rc, _("Cannot check “%s”: "), display);
      break;
    }
  return FALSE;
}

static gboolean
check_integrity (sqlite3     *handle,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *result = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  result = query_text (handle, "PRAGMA integrity_check", &rc);
  if (rc != SQLITE_OK)
    return set_check_error (error, handle, rc, path);
  if (g_strcmp0 (result, "ok") != 0)
    {
      const char *detail = result != NULL ? result : "?";

      /* SQLite starts with "*** in database main ***" on a line of its own. */
      if (g_str_has_prefix (detail, "***") && strchr (detail, '\n') != NULL)
        detail = strchr (detail, '\n') + 1;
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)."), display, detail);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (handle, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *table = g_strdup ((const char *)sqlite3_column_text (stmt, 0));

      sqlite3_finalize (stmt);
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: a record in the table “%s” refers to a "
                     "record that does not exist."),
                   display, table != NULL ? table : "?");
      return FALSE;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_check_error (error, handle, rc, path);

  return TRUE;
}

static gboolean
check_embassy (sqlite3     *handle,
               const char  *path,
               int         *schema_version,
               GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt = NULL;
  int latest = emb_database_get_latest_schema_version ();
  int version;
  int rc;

  text = query_text (handle, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    return set_check_error (error, handle, rc, path);
  version = text != NULL ? atoi (text) : 0;

  if (version > latest)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Embassy "
                     "(schema %d; this version understands up to %d)."),
                   display, version, latest);
      return FALSE;
    }
  if (version < 1)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not an Embassy database."), display);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (handle,
                           "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_check_error (error, handle, rc, path);
  for (guint i = 0; i < G_N_ELEMENTS (expected_tables); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, expected_tables[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_A_DATABASE,
                       _("“%s” is not an Embassy database (it has no table “%s”)."),
                       display, expected_tables[i]);
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        {
          sqlite3_finalize (stmt);
          return set_check_error (error, handle, rc, path);
        }
    }
  sqlite3_finalize (stmt);

  if (schema_version != NULL)
    *schema_version = version;
  return TRUE;
}

gboolean
emb_backup_check (const char  *path,
                  int         *schema_version,
                  GError     **error)
{
  g_autoptr(sqlite3) handle = NULL;
  g_autofree char *display = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN,
                   _("“%s” does not exist."), display);
      return FALSE;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN,
                   _("“%s” is not a file."), display);
      return FALSE;
    }

  rc = open_at_rest (path, &handle);
  if (rc != SQLITE_OK)
    return set_check_error (error, handle, rc, path);
  sqlite3_extended_result_codes (handle, 1);

  /* A file that is not a database only shows itself on the first read. */
  rc = sqlite3_exec (handle, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_check_error (error, handle, rc, path);

  return check_integrity (handle, path, error) &&
         check_embassy (handle, path, schema_version, error);
}

/* Restoring -------------------------------------------------------------- */

static char *
make_aside_path (const char *database_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *stem = NULL;
  char *path;

  if (g_str_has_suffix (database_path, ".db"))
    stem = g_strndup (database_path, strlen (database_path) - strlen (".db"));
  else
    stem = g_strdup (database_path);

  path = g_strdup_printf ("%s.before-restore-%s.db", stem, stamp);
  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s.before-restore-%s-%u.db", stem, stamp, n);
    }
  return path;
}

static gboolean
is_damage (const GError *error)
{
  return g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT) ||
         g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_A_DATABASE);
}

/* Keeps a damaged database aside as it is, byte for byte, with its -wal. */
static gboolean
copy_raw (const char  *source_path,
          const char  *target_path,
          GError     **error)
{
  g_autofree char *source_wal = g_strconcat (source_path, "-wal", NULL);
  g_autofree char *target_wal = g_strconcat (target_path, "-wal", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(GFile) target = g_file_new_for_path (target_path);
  g_autofree char *shown = g_filename_display_name (source_path);

  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      g_prefix_error (error, _("Cannot keep a copy of “%s”: "), shown);
      return FALSE;
    }
  if (g_file_test (source_wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) from = g_file_new_for_path (source_wal);
      g_autoptr(GFile) to = g_file_new_for_path (target_wal);

      if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        {
          g_prefix_error (error, _("Cannot keep a copy of “%s”: "), shown);
          _emb_backup_remove_with_companions (target_path);
          return FALSE;
        }
    }
  return TRUE;
}

/* Overwrites the live database in place with the backup API: one write
 * transaction on the database, which other connections (a kiosk, another
 * window) see as an ordinary change. */
static gboolean
restore_in_place (const char  *backup_path,
                  const char  *database_path,
                  GError     **error)
{
  g_autofree char *shown = g_filename_display_name (database_path);
  g_autofree char *shown_backup = g_filename_display_name (backup_path);
  g_autoptr(sqlite3) source = NULL;
  g_autoptr(sqlite3) target = NULL;
  sqlite3_backup *backup;
  guint busy = 0;
  int rc;

  rc = open_at_rest (backup_path, &source);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, source, rc, _("Cannot read “%s”: "), shown_backup);
      return FALSE;
    }
  sqlite3_extended_result_codes (source, 1);

  rc = sqlite3_open_v2 (database_path, &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target, rc, _("Cannot restore into “%s”: "), shown);
      return FALSE;
    }
  sqlite3_extended_result_codes (target, 1);
  sqlite3_busy_timeout (target, BUSY_TIMEOUT_MS);

  backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, target, sqlite3_errcode (target),
                        _("Cannot restore into “%s”: "), shown);
      return FALSE;
    }

  /* All pages in one step: the database changes in a single transaction. */
  do
    {
      rc = sqlite3_backup_step (backup, -1) & 0xff;
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (BUSY_RETRY_MS);
    }
  while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busy <= BUSY_RETRIES);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, target, rc, _("Cannot restore into “%s”: "), shown);
      return FALSE;
    }

  /* Best effort: move the restored pages from the WAL into the file. */
  sqlite3_exec (target, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  return TRUE;
}

/* For a database too damaged to be opened: its stale -wal and -shm go (they
 * must not be applied to the new file), and a complete copy of the backup
 * replaces the file. */
static gboolean
replace_file (const char  *backup_path,
              const char  *database_path,
              GError     **error)
{
  g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (database_path, "-shm", NULL);
  const EmbBackupCopyOptions from_backup = { .at_rest = TRUE };

  g_unlink (wal);
  g_unlink (shm);
  if (!_emb_backup_write (backup_path, database_path, &from_backup, NULL, NULL, NULL, error))
    return FALSE;
  return TRUE;
}

gboolean
emb_backup_restore (const char  *backup_path,
                    const char  *database_path,
                    char       **previous_path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *aside = NULL;
  gboolean damaged = FALSE;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (previous_path == NULL || *previous_path == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!emb_backup_check (backup_path, NULL, error))
    return FALSE;

  if (same_file (backup_path, database_path))
    {
      g_autofree char *display = g_filename_display_name (backup_path);

      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                   _("“%s” is the database itself, not a backup of it."), display);
      return FALSE;
    }

  if (!g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (database_path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_autofree char *shown = g_filename_display_name (dir);

          _emb_backup_set_file_error (error, saved_errno, _("Cannot create the folder “%s”: %s."),
                                      shown, g_strerror (saved_errno));
          return FALSE;
        }
    }
  else
    {
      aside = make_aside_path (database_path);
      if (!_emb_backup_write (database_path, aside, NULL, NULL, NULL, NULL, &local_error))
        {
          if (!is_damage (local_error))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_debug ("Keeping the damaged database aside as it is: %s", local_error->message);
          g_clear_error (&local_error);
          damaged = TRUE;
          if (!copy_raw (database_path, aside, error))
            return FALSE;
        }
    }

  if (!damaged && !restore_in_place (backup_path, database_path, &local_error))
    {
      if (aside == NULL || !is_damage (local_error))
        {
          if (aside != NULL)
            _emb_backup_remove_with_companions (aside);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_clear_error (&local_error);
      damaged = TRUE;
    }

  if (damaged && !replace_file (backup_path, database_path, error))
    {
      _emb_backup_remove_with_companions (aside);
      return FALSE;
    }

  if (previous_path != NULL)
    *previous_path = g_steal_pointer (&aside);
  return TRUE;
}

static gboolean
restore_job (EmbBackupJob  *job,
             GCancellable  *cancellable,
             GError       **error)
{
  return emb_backup_restore (job->path, job->database_path, &job->previous_path, error);
}

void
emb_backup_restore_async (EmbDatabase         *db,
                          const char          *backup_path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (backup_path != NULL);

  _emb_backup_run_job (db, backup_path, 0, restore_job, emb_backup_restore_async,
                       cancellable, callback, user_data);
}

gboolean
emb_backup_restore_finish (EmbDatabase   *db,
                           GAsyncResult  *result,
                           char         **previous_path,
                           GError       **error)
{
  EmbBackupJob *job;

  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, emb_backup_restore_async), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  if (previous_path != NULL)
    *previous_path = g_steal_pointer (&job->previous_path);
  return TRUE;
}
