/* test-backup-start.c: the automatic backup of each start
 *
 * The daily backup is made by emb_backup_rotate_async() once the window is
 * shown. Here it runs in a child process (this program again, with
 * --rotate-child) on a database large enough for the gentle copy to take a
 * while, and is killed with SIGKILL half-way, as a user closing a frozen
 * session would: at most one partial file is left, and the next start
 * removes it and makes the day's backup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "emb-backup.h"
#include "emb-database-private.h"
#include "emb-test-util.h"

/* About 40 MB: several seconds of gentle copying. */
#define FILLER_ROWS     10000
#define FILLER_BYTES    4000
#define KILL_AT_BYTES   (2 * 1024 * 1024)
#define WAIT_LIMIT_US   (15 * G_USEC_PER_SEC)

static char *self_exe;

/* The child: what the window does after its first frame. */
static void
on_child_rotated (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!emb_backup_rotate_finish (EMB_DATABASE (source), result, NULL, &error))
    g_printerr ("%s\n", error->message);
  g_main_loop_quit (user_data);
}

static int
rotate_child (const char *db_path,
              const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (db_path, &error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  emb_backup_rotate_async (db, folder, 3, NULL, on_child_rotated, loop);
  g_main_loop_run (loop);
  return 0;
}

/* The test ------------------------------------------------------------------ */

static void
fill (EmbDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE filler (data BLOB);"
                                          " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                                          " SELECT i + 1 FROM n WHERE i < %d)"
                                          " INSERT INTO filler SELECT randomblob(%d) FROM n",
                                          FILLER_ROWS, FILLER_BYTES);

  g_assert_true (_emb_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

/* A write of the user's, on the main connection. */
static void
write_row (EmbDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_database_exec (db, "INSERT INTO filler VALUES (randomblob(100))", &error));
  g_assert_no_error (error);
}

static gint64
query_count (const char *path,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);

  g_assert_no_error (error);
  return _emb_database_count (db, sql);
}

static gint64
count_rows (const char *path)
{
  return query_count (path, "SELECT count(*) FROM filler");
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : -1;
}

static char *
today_backup (const char *folder)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *name = g_date_time_format (now, "embassy-%Y-%m-%d.db");

  return g_build_filename (folder, name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The hidden files in @folder, sorted, space-separated. */
static char *
hidden_files (const char *folder)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

/* Starts a child that makes the automatic backup, and kills it once the
 * partial file holds KILL_AT_BYTES. */
static void
start_and_kill (const char *db_path,
                const char *folder,
                const char *partial,
                EmbDatabase *db)
{
  const char *argv[] = { self_exe, "--rotate-child", db_path, folder, NULL };
  g_autoptr(GError) error = NULL;
  gint64 limit = g_get_monotonic_time () + WAIT_LIMIT_US;
  GPid pid;
  int status;

  g_assert_true (g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);

  /* The partial file of a killed start goes first, then the copy grows. */
  while (file_size (partial) >= KILL_AT_BYTES && g_get_monotonic_time () < limit)
    g_usleep (1000);
  g_assert_cmpint (file_size (partial), <, KILL_AT_BYTES);
  while (file_size (partial) < KILL_AT_BYTES && g_get_monotonic_time () < limit)
    g_usleep (5000);
  g_assert_cmpint (file_size (partial), >=, KILL_AT_BYTES);

  /* Meanwhile another start (a kiosk beside the window) leaves it alone. */
  if (db != NULL)
    {
      gboolean made = TRUE;

      g_assert_true (emb_backup_rotate (db, folder, 3, NULL, &made, &error));
      g_assert_no_error (error);
      g_assert_false (made);
      g_assert_cmpint (file_size (partial), >=, KILL_AT_BYTES);
    }

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);
}

static void
on_rotated (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_killed_mid_copy (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *folder = emb_backup_default_folder (tdb->db);
  g_autofree char *partial = emb_backup_partial_path (tdb->db, folder);
  g_autofree char *partial_name = g_path_get_basename (partial);
  g_autofree char *today = today_backup (folder);
  g_autofree char *old_partial = g_build_filename (folder, ".embassy-2026-01-02.db-Ab3xYz.part", NULL);
  g_autofree char *old_journal = g_strconcat (old_partial, "-journal", NULL);
  g_autofree char *other = g_build_filename (folder, ".notes.part", NULL);
  g_autofree char *hidden = NULL;
  gboolean made = FALSE;

  g_assert_true (g_str_has_prefix (partial, folder));
  g_assert_true (partial_name[0] == '.');
  fill (tdb->db);
  write_row (tdb->db);

  /* Three starts killed while copying: one partial file (and its journal). */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *expected = NULL;
      g_autofree char *journal = g_strconcat (partial, "-journal", NULL);

      start_and_kill (tdb->path, folder, partial, i == 1 ? tdb->db : NULL);
      g_assert_false (g_file_test (today, G_FILE_TEST_EXISTS));
      hidden = hidden_files (folder);
      if (g_file_test (journal, G_FILE_TEST_EXISTS))
        expected = g_strdup_printf ("%s %s-journal", partial_name, partial_name);
      else
        expected = g_strdup (partial_name);
      g_assert_cmpstr (hidden, ==, expected);
      g_clear_pointer (&hidden, g_free);
    }

  /* What an earlier version left, and a file that is none of ours. */
  g_assert_true (g_file_set_contents (old_partial, "old", -1, NULL));
  g_assert_true (g_file_set_contents (old_journal, "old", -1, NULL));
  g_assert_true (g_file_set_contents (other, "mine", -1, NULL));

  /* The next start: the partial files go, and the day's backup is made. */
  emb_backup_rotate_async (tdb->db, folder, 3, NULL, on_rotated, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (emb_backup_rotate_finish (tdb->db, result, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);

  hidden = hidden_files (folder);
  g_assert_cmpstr (hidden, ==, ".notes.part");
  g_assert_true (emb_backup_check (today, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (today), ==, FILLER_ROWS + 1);
}

/* The gentle copy reads one snapshot: the user's writes during it neither
 * wait for it nor start it again, and it holds the state of one moment. */
static void
test_gentle_beside_writes (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *folder = emb_backup_default_folder (tdb->db);
  g_autofree char *today = today_backup (folder);
  gdouble slowest = 0;
  guint written = 0;
  gboolean made = FALSE;

  fill (tdb->db);

  emb_backup_rotate_async (tdb->db, folder, 3, NULL, on_rotated, &result);
  while (result == NULL)
    {
      gint64 t0 = g_get_monotonic_time ();

      write_row (tdb->db);
      written++;
      slowest = MAX (slowest, (g_get_monotonic_time () - t0) / 1000.0);
      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_true (emb_backup_rotate_finish (tdb->db, result, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  g_test_message ("%u rows written during the backup, the slowest in %.1f ms",
                  written, slowest);
  g_assert_cmpuint (written, >, 10);
  /* Far below the busy timeout: no write waited for the copy. */
  g_assert_cmpfloat (slowest, <, 1000.0);

  /* One snapshot: the rows up to some moment, with no gap (the worker takes
   * it when it starts, so a write or two may land before that), and not
   * the writes made while it copied. */
  g_assert_cmpint (count_rows (today), >=, FILLER_ROWS);
  g_assert_cmpint (count_rows (today), <, FILLER_ROWS + written);
  g_assert_cmpint (query_count (today, "SELECT max(rowid) FROM filler"), ==, count_rows (today));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM filler"), ==,
                   FILLER_ROWS + written);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--rotate-child"))
    return rotate_child (argv[2], argv[3]);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (self_exe == NULL)
    self_exe = g_canonicalize_filename (argv[0], NULL);

  emb_test_init (&argc, &argv);

  g_test_add_func ("/backup/start/killed-mid-copy", test_killed_mid_copy);
  g_test_add_func ("/backup/start/gentle-beside-writes", test_gentle_beside_writes);

  return g_test_run ();
}
