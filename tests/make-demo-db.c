/* make-demo-db.c: writes the demo organisation the tests start from
 *
 * Usage: make-demo-db OUTPUT REFERENCE-DATE
 *
 * Writing the demo organisation takes seconds, and minutes under the
 * sanitizers; every test program that needs it copies the one file this tool
 * writes at build time (see emb_test_db_new_demo()). The file is complete or
 * absent: it is written beside OUTPUT and renamed into place, as one file
 * in rollback-journal mode, which reading leaves alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "make-demo-db"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "emb-database-private.h"
#include "emb-demo.h"

static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *wal = NULL;

  setlocale (LC_ALL, "");

  if (argc != 3)
    {
      g_printerr ("Usage: %s OUTPUT REFERENCE-DATE\n", argv[0]);
      return 2;
    }

  partial = g_strconcat (argv[1], ".part", NULL);
  wal = g_strconcat (partial, "-wal", NULL);
  remove_database (partial);

  db = emb_database_open (partial, &error);
  if (db == NULL || !emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, argv[2], &error))
    {
      g_printerr ("%s: %s\n", partial, error->message);
      remove_database (partial);
      return 1;
    }

  /* Out of write-ahead-log mode, so that reading the file (to copy it)
   * creates no log beside it; closing the only connection folds the log
   * into the file and removes it. A copy opened by EmbDatabase is in WAL
   * mode again. */
  if (!_emb_database_exec (db, "PRAGMA journal_mode = DELETE", &error))
    {
      g_printerr ("%s: %s\n", partial, error->message);
      remove_database (partial);
      return 1;
    }
  g_clear_object (&db);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s: the write-ahead log was not folded into the file\n", partial);
      remove_database (partial);
      return 1;
    }

  remove_database (argv[1]);
  if (g_rename (partial, argv[1]) != 0)
    {
      g_printerr ("%s: %s\n", argv[1], g_strerror (errno));
      remove_database (partial);
      return 1;
    }

  return 0;
}
