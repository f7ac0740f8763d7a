/* emb-database-file.c: the programme file under an open database
 *
 * An open SQLite connection keeps its file descriptors: when the file is
 * deleted it goes on writing to the deleted file, when another file is put
 * at its path (a restored backup, a copy from another computer) it goes on
 * writing to the old one and to the log beside the new one, and a file made
 * read-only after it was opened is written all the same. Nobody would see
 * those changes again. So the database remembers which file it opened
 * (device and inode) and looks at the path before it writes: when the path
 * no longer holds that file, or holds it read-only, the write is refused
 * with a message that says which file and what happened.
 *
 * Read-only means without write permission for this process, or with no
 * write permission bit at all: a process running as root may write to any
 * file, but a file someone made read-only is meant to stay as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "emb-database-private.h"

GType
emb_database_file_problem_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { EMB_DATABASE_FILE_OK, "EMB_DATABASE_FILE_OK", "ok" },
        { EMB_DATABASE_FILE_REMOVED, "EMB_DATABASE_FILE_REMOVED", "removed" },
        { EMB_DATABASE_FILE_REPLACED, "EMB_DATABASE_FILE_REPLACED", "replaced" },
        { EMB_DATABASE_FILE_READ_ONLY, "EMB_DATABASE_FILE_READ_ONLY", "read-only" },
        { 0, NULL, NULL },
      };

      g_once_init_leave (&type, g_enum_register_static ("EmbDatabaseFileProblem", values));
    }
  return type;
}

/* The device and inode of the file at @path, FALSE when there is none. */
gboolean
_emb_database_file_identify (const char *path,
                             guint64    *dev,
                             guint64    *ino)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  *dev = (guint64)st.st_dev;
  *ino = (guint64)st.st_ino;
  return TRUE;
}

/* What the path @path holds now, compared with the file @dev, @ino. */
EmbDatabaseFileProblem
_emb_database_file_look (const char *path,
                         guint64     dev,
                         guint64     ino)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return errno == ENOENT || errno == ENOTDIR ? EMB_DATABASE_FILE_REMOVED
                                               : EMB_DATABASE_FILE_READ_ONLY;
  if ((guint64)st.st_dev != dev || (guint64)st.st_ino != ino)
    return EMB_DATABASE_FILE_REPLACED;
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || g_access (path, W_OK) != 0)
    return EMB_DATABASE_FILE_READ_ONLY;
  return EMB_DATABASE_FILE_OK;
}

/**
 * emb_database_file_problem_describe:
 * @problem: what happened to the file
 * @path: the file
 *
 * Returns: (transfer full) (nullable): a sentence that says it, or %NULL
 *   for %EMB_DATABASE_FILE_OK
 */
char *
emb_database_file_problem_describe (EmbDatabaseFileProblem  problem,
                                    const char             *path)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (problem)
    {
    case EMB_DATABASE_FILE_REMOVED:
      return g_strdup_printf (_("The programme file “%s” was deleted while Embassy had it open."),
                              name);

    case EMB_DATABASE_FILE_REPLACED:
      return g_strdup_printf (_("The programme file “%s” was replaced by another file "
                                "while Embassy had it open."), name);

    case EMB_DATABASE_FILE_READ_ONLY:
      return g_strdup_printf (_("The programme file “%s” was made read-only "
                                "while Embassy had it open."), name);

    case EMB_DATABASE_FILE_OK:
    default:
      return NULL;
    }
}

/* The error of a write refused because of @problem. */
void
_emb_database_file_set_error (GError                 **error,
                              EmbDatabaseFileProblem   problem,
                              const char              *path)
{
  g_autofree char *what = emb_database_file_problem_describe (problem, path);

  g_return_if_fail (what != NULL);
  /* The code of any database that cannot be written to.
   * Translators: %s is one of the sentences above. */
  g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_READ_ONLY,
               _("%s Your change was not saved."), what);
}
