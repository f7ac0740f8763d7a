/* emb-backup-rotate.c: the daily automatic backups
 *
 * A backup a day, `embassy-YYYY-MM-DD.db` in the `backups` folder beside
 * the database, the oldest removed beyond a number kept. It runs while
 * someone works: gently (see emb-backup.c), into one partial file of a fixed
 * name per database, so a copy cut short (the app killed, the machine off)
 * leaves at most that one file, which the next rotation removes first. A
 * lock on the folder keeps two processes (a manager's window and a kiosk
 * starting together) from writing it at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/file.h>
#include <unistd.h>
#endif

#include "emb-backup-private.h"

#define ROTATION_PREFIX  "embassy-"
#define ROTATION_SUFFIX  ".db"
#define PARTIAL_SUFFIX   "-backup.part"

/* Only `embassy-YYYY-MM-DD.db` with a real date (the first @len bytes of
 * @name). */
static gboolean
is_rotation_prefix (const char *name,
                    gsize       len)
{
  static const char pattern[] = ROTATION_PREFIX "0000-00-00" ROTATION_SUFFIX;
  guint year, month, day;

  if (len != strlen (pattern) || strlen (name) < len)
    return FALSE;
  for (gsize i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == '0' ? !g_ascii_isdigit (name[i]) : name[i] != pattern[i])
        return FALSE;
    }

  year = atoi (name + strlen (ROTATION_PREFIX));
  month = atoi (name + strlen (ROTATION_PREFIX) + 5);
  day = atoi (name + strlen (ROTATION_PREFIX) + 8);
  return g_date_valid_dmy (day, month, year);
}

static gboolean
is_rotation_name (const char *name)
{
  return is_rotation_prefix (name, strlen (name));
}

/* The partial files of rotations by earlier versions, which wrote each
 * automatic backup through a temporary `.embassy-YYYY-MM-DD.db-XXXXXX.part`
 * (and its -journal). */
static gboolean
is_old_partial_name (const char *name)
{
  static const char * const suffixes[] = { ".part", ".part-journal", ".part-wal", ".part-shm" };
  gsize len = strlen (ROTATION_PREFIX "0000-00-00" ROTATION_SUFFIX);
  const char *rest;

  if (name[0] != '.' || !is_rotation_prefix (name + 1, len))
    return FALSE;
  rest = name + 1 + len;
  if (rest[0] != '-' || strlen (rest) < 7)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_equal (rest + 7, suffixes[i]))
      return TRUE;
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* One rotation at a time in a folder, across processes (a manager's window
 * and a kiosk starting together): the folder is locked while one runs.
 * Returns the descriptor to close, -1 when no lock could be had (it is then
 * best effort), or -2 when another process holds it. */
static int
lock_folder (const char *folder)
{
#ifdef G_OS_UNIX
  int fd = open (folder, O_RDONLY | O_CLOEXEC | O_DIRECTORY);

  if (fd < 0)
    return -1;
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return fd;
  if (errno == EWOULDBLOCK)
    {
      close (fd);
      return -2;
    }
  close (fd);
#endif
  return -1;
}

static void
unlock_folder (int fd)
{
#ifdef G_OS_UNIX
  if (fd >= 0)
    close (fd);
#endif
}

/* The one partial file of the automatic backups of @database_path. */
static char *
partial_path (const char *database_path,
              const char *folder)
{
  g_autofree char *base = g_path_get_basename (database_path);
  g_autofree char *name = g_strconcat (".", base, PARTIAL_SUFFIX, NULL);

  return g_build_filename (folder, name, NULL);
}

static gboolean
rotate (const char    *database_path,
        const char    *folder,
        guint          keep,
        GDateTime     *now,
        gboolean       gentle,
        GCancellable  *cancellable,
        gboolean      *made,
        GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) old_partials = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *today = NULL;
  g_autofree char *partial = NULL;
  EmbBackupCopyOptions options = { NULL, gentle, FALSE };
  const char *name;
  gboolean ok = FALSE;
  int lock;

  *made = FALSE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (folder);

      _emb_backup_set_file_error (error, saved_errno, _("Cannot create the folder “%s”: %s."),
                                  shown, g_strerror (saved_errno));
      return FALSE;
    }

  lock = lock_folder (folder);
  if (lock == -2)
    {
      g_debug ("Another process is making the automatic backup in %s", folder);
      return TRUE;
    }

  dir = g_dir_open (folder, 0, error);
  if (dir == NULL)
    goto out;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (is_rotation_name (name))
        g_ptr_array_add (names, g_strdup (name));
      else if (is_old_partial_name (name))
        g_ptr_array_add (old_partials, g_build_filename (folder, name, NULL));
    }
  g_ptr_array_sort (names, compare_names);

  /* What interrupted copies left behind goes first. */
  partial = partial_path (database_path, folder);
  _emb_backup_remove_with_companions (partial);
  for (guint i = 0; i < old_partials->len; i++)
    g_unlink (g_ptr_array_index (old_partials, i));

  utc = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  today = g_date_time_format (utc, ROTATION_PREFIX "%Y-%m-%d" ROTATION_SUFFIX);

  if (!g_ptr_array_find_with_equal_func (names, today, g_str_equal, NULL))
    {
      g_autofree char *target = g_build_filename (folder, today, NULL);

      options.partial_path = partial;
      if (!_emb_backup_write (database_path, target, &options, NULL, NULL, cancellable, error))
        goto out;
      *made = TRUE;
      g_ptr_array_add (names, g_strdup (today));
      g_ptr_array_sort (names, compare_names);
    }

  /* The names sort by date: the oldest come first. */
  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *old = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      if (g_unlink (old) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;
          g_autofree char *shown = g_filename_display_name (old);

          _emb_backup_set_file_error (error, saved_errno, _("Cannot remove the old backup “%s”: %s."),
                                      shown, g_strerror (saved_errno));
          goto out;
        }
    }
  ok = TRUE;

out:
  unlock_folder (lock);
  return ok;
}

gboolean
emb_backup_rotate (EmbDatabase  *db,
                   const char   *folder,
                   guint         keep,
                   GDateTime    *now,
                   gboolean     *made,
                   GError      **error)
{
  gboolean made_here = FALSE;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (keep >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rotate (emb_database_get_path (db), folder, keep, now, FALSE, NULL, &made_here, error))
    return FALSE;
  if (made != NULL)
    *made = made_here;
  return TRUE;
}

static gboolean
rotate_job (EmbBackupJob  *job,
            GCancellable  *cancellable,
            GError       **error)
{
  return rotate (job->database_path, job->path, job->keep, NULL, TRUE, cancellable,
                 &job->made, error);
}

void
emb_backup_rotate_async (EmbDatabase         *db,
                         const char          *folder,
                         guint                keep,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (folder != NULL);
  g_return_if_fail (keep >= 1);

  _emb_backup_run_job (db, folder, keep, rotate_job, emb_backup_rotate_async,
                       cancellable, callback, user_data);
}

gboolean
emb_backup_rotate_finish (EmbDatabase   *db,
                          GAsyncResult  *result,
                          gboolean      *made,
                          GError       **error)
{
  EmbBackupJob *job;

  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, emb_backup_rotate_async), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (made != NULL)
    *made = job->made;
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * emb_backup_partial_path:
 * @db: the database
 * @folder: where its automatic backups live
 *
 * Returns: (transfer full): the one partial file an automatic backup of
 *   @db writes to in @folder until it is complete
 */
char *
emb_backup_partial_path (EmbDatabase *db,
                         const char  *folder)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  return partial_path (emb_database_get_path (db), folder);
}

char *
emb_backup_default_folder (EmbDatabase *db)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  dir = g_path_get_dirname (emb_database_get_path (db));
  return g_build_filename (dir, "backups", NULL);
}
