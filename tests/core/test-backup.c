/* test-backup.c: backups, checks, restore and rotation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "emb-backup.h"
#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-people-store.h"
#include "emb-test-util.h"

/* Helpers ---------------------------------------------------------------- */

static EmbTestDb *
demo_db_new (void)
{
  return emb_test_db_new_demo ();
}

static char *
file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, len);
}

static gboolean
companion_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *file = g_strconcat (path, suffix, NULL);

  return g_file_test (file, G_FILE_TEST_EXISTS);
}

static void
assert_single_file (const char *path)
{
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (companion_exists (path, "-wal"));
  g_assert_false (companion_exists (path, "-shm"));
  g_assert_false (companion_exists (path, "-journal"));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The names in a folder, sorted, joined with spaces. */
static char *
list_folder (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

/* Counts rows in a file opened read-only and immutable, so only what the
 * file itself holds is read. */
static gint64
count_in_file (const char *path,
               const char *sql)
{
  g_autofree char *uri = g_strconcat ("file:", path, "?immutable=1", NULL);
  sqlite3 *handle;
  sqlite3_stmt *stmt;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return count;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (from, &contents, &len, &error));
  g_assert_true (g_file_set_contents (to, contents, len, &error));
  g_assert_no_error (error);
}

static char *
dump_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);

  g_assert_no_error (error);
  return emb_test_dump (db);
}

/* Writing ---------------------------------------------------------------- */

typedef struct
{
  EmbDatabase *db;
  GArray      *fractions;
  guint        writes;
} WriteDuring;

/* Another connection writes while the backup is between steps: the backup
 * must start again and still end with a consistent copy. */
static void
write_during_backup (double   fraction,
                     gpointer user_data)
{
  WriteDuring *w = user_data;

  g_array_append_val (w->fractions, fraction);
  if (w->writes < 3 && fraction < 1.0)
    {
      g_autofree char *name = g_strdup_printf ("Written during the backup %u", w->writes + 1);

      emb_test_add_department (w->db, name);
      w->writes++;
    }
}

static void
test_write_while_writing (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (tdb->dir, "out", "copy.db", NULL);
  g_autofree char *live_dump = NULL;
  g_autofree char *copy_dump = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  WriteDuring w = { tdb->db, fractions, 0 };
  gboolean below_one = FALSE;
  int version = 0;
  gsize len;

  g_assert_true (emb_backup_write (tdb->db, target, write_during_backup, &w, NULL, &error));
  g_assert_no_error (error);

  /* The demo takes several steps, and each write landed between two. */
  g_assert_cmpuint (w.writes, ==, 3);
  g_assert_cmpuint (fractions->len, >, 3);
  for (guint i = 0; i < fractions->len; i++)
    {
      double f = g_array_index (fractions, double, i);

      g_assert_cmpfloat (f, >=, 0.0);
      g_assert_cmpfloat (f, <=, 1.0);
      below_one |= f < 1.0;
    }
  g_assert_true (below_one);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  /* One self-contained file in rollback-journal mode: no WAL needed. */
  assert_single_file (target);
  g_assert_true (g_file_get_contents (target, &header, &len, NULL));
  g_assert_cmpuint (len, >, 100);
  g_assert_cmpint (header[18], ==, 1);
  g_assert_cmpint (header[19], ==, 1);

  g_assert_true (emb_backup_check (target, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, emb_database_get_latest_schema_version ());
  assert_single_file (target);

  /* The rows written during the backup are in the copy, and so is
   * everything else. */
  g_assert_cmpint (count_in_file (target, "SELECT count(*) FROM department"
                                          " WHERE name LIKE 'Written during the backup %'"), ==, 3);
  g_assert_cmpint (count_in_file (target, "SELECT count(*) FROM employee"), ==,
                   _emb_database_count (tdb->db, "SELECT count(*) FROM employee"));
  g_assert_cmpint (count_in_file (target, "SELECT count(*) FROM feedback"), ==,
                   _emb_database_count (tdb->db, "SELECT count(*) FROM feedback"));
  g_assert_cmpint (count_in_file (target, "SELECT count(*) FROM employee"), >=, 400);

  live_dump = emb_test_dump (tdb->db);
  copy_dump = dump_file (target);
  g_assert_cmpstr (copy_dump, ==, live_dump);
}

typedef struct
{
  EmbDatabase *db;
  const char  *target;
  gboolean     ok;
  GError      *error;
  gint         done;
} WorkerBackup;

static gpointer
backup_worker (gpointer data)
{
  WorkerBackup *job = data;

  job->ok = emb_backup_write (job->db, job->target, NULL, NULL, NULL, &job->error);
  g_atomic_int_set (&job->done, 1);
  return NULL;
}

static void
test_write_from_worker (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autofree char *target = g_build_filename (tdb->dir, "worker.db", NULL);
  g_autofree char *live_dump = NULL;
  g_autofree char *copy_dump = NULL;
  WorkerBackup job = { tdb->db, target, FALSE, NULL, 0 };
  GThread *thread;
  guint written = 0;

  thread = g_thread_new ("backup", backup_worker, &job);

  /* The main thread keeps using its own connection meanwhile. */
  while (!g_atomic_int_get (&job.done) && written < 20)
    {
      g_autofree char *name = g_strdup_printf ("Main thread %u", ++written);

      emb_test_add_department (tdb->db, name);
      g_usleep (2000);
    }
  g_thread_join (thread);
  g_test_message ("%u departments written during the backup", written);

  g_assert_no_error (job.error);
  g_assert_true (job.ok);
  assert_single_file (target);

  /* The copy is one consistent state: the departments written before it
   * settled, in order, with no gap. */
  {
    gint64 copied = count_in_file (target, "SELECT count(*) FROM department"
                                           " WHERE name LIKE 'Main thread %'");
    g_autofree char *last = g_strdup_printf ("SELECT count(*) FROM department"
                                             " WHERE name = 'Main thread %" G_GINT64_FORMAT "'",
                                             copied);

    g_assert_cmpint (copied, <=, written);
    if (copied > 0)
      g_assert_cmpint (count_in_file (target, last), ==, 1);
  }

  /* Once the writes stop, a backup equals the database exactly. */
  g_assert_true (emb_backup_write (tdb->db, target, NULL, NULL, NULL, &job.error));
  g_assert_no_error (job.error);
  live_dump = emb_test_dump (tdb->db);
  copy_dump = dump_file (target);
  g_assert_cmpstr (copy_dump, ==, live_dump);
}

/* As root, permissions do not stop a write: the read-only folder case runs
 * in a subprocess as nobody. */
static void
test_write_read_only_folder (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(EmbTestDb) tdb = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *locked = NULL;
      g_autofree char *target = NULL;
      g_autofree char *listing = NULL;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        {
          g_test_skip ("Cannot leave root to test a read-only folder");
          return;
        }

      tdb = demo_db_new ();
      locked = g_build_filename (tdb->dir, "locked", NULL);
      target = g_build_filename (locked, "backup.db", NULL);
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      g_assert_cmpint (access (locked, W_OK), !=, 0);

      g_assert_false (emb_backup_write (tdb->db, target, NULL, NULL, NULL, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
      g_assert_nonnull (strstr (error->message, target));
      listing = list_folder (locked);
      g_assert_cmpstr (listing, ==, "");
      g_chmod (locked, 0700);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_write_unwritable_folder (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = g_build_filename (tdb->dir, "plain-file", NULL);
  g_autofree char *below_file = g_build_filename (plain, "backup.db", NULL);
  g_autofree char *listing = NULL;

  /* A "folder" that is a file. */
  g_assert_true (g_file_set_contents (plain, "not a folder", -1, NULL));
  listing = list_folder (tdb->dir);
  g_assert_false (emb_backup_write (tdb->db, below_file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (strstr (error->message, "plain-file"));
  g_clear_error (&error);
  {
    g_autofree char *again = list_folder (tdb->dir);
    g_assert_cmpstr (again, ==, listing);
  }

  /* Nothing is written over the database itself. */
  g_assert_false (emb_backup_write (tdb->db, tdb->path, NULL, NULL, NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED);
}

/* A write that fails half-way (here a file-size limit, as a full disk
 * would) leaves nothing behind. */
static void
test_write_fails_midway (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(EmbTestDb) tdb = demo_db_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *folder = g_build_filename (tdb->dir, "out", NULL);
      g_autofree char *target = g_build_filename (folder, "copy.db", NULL);
      g_autofree char *listing = NULL;
      struct rlimit limit = { 256 * 1024, 256 * 1024 };

      g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (emb_backup_write (tdb->db, target, NULL, NULL, NULL, &error));
      g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, target));
      g_test_message ("%s", error->message);

      listing = list_folder (folder);
      g_assert_cmpstr (listing, ==, "");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
cancel_now (double   fraction,
            gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_write_cancelled (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *folder = g_build_filename (tdb->dir, "out", NULL);
  g_autofree char *target = g_build_filename (folder, "copy.db", NULL);
  g_autofree char *listing = NULL;

  g_assert_false (emb_backup_write (tdb->db, target, cancel_now, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "");
}

/* Checking --------------------------------------------------------------- */

/* Asserts that the check refuses @path with @code and leaves it as it was. */
static void
assert_refused (const char *path,
                int         code,
                const char *expected_in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  int version = -7;

  g_assert_false (emb_backup_check (path, &version, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, EMB_DATABASE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  if (expected_in_message != NULL)
    g_assert_nonnull (strstr (error->message, expected_in_message));
  g_assert_cmpint (version, ==, -7);

  after = file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  assert_single_file (path);
}

static void
test_check_refuses (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_build_filename (tdb->dir, "good.db", NULL);
  g_autofree char *garbage = g_build_filename (tdb->dir, "garbage.db", NULL);
  g_autofree char *empty = g_build_filename (tdb->dir, "empty.db", NULL);
  g_autofree char *truncated = g_build_filename (tdb->dir, "truncated.db", NULL);
  g_autofree char *damaged = g_build_filename (tdb->dir, "damaged.db", NULL);
  g_autofree char *newer = g_build_filename (tdb->dir, "newer.db", NULL);
  g_autofree char *plain = g_build_filename (tdb->dir, "plain.db", NULL);
  g_autofree char *plain_versioned = g_build_filename (tdb->dir, "plain-versioned.db", NULL);
  g_autofree char *dangling = g_build_filename (tdb->dir, "dangling.db", NULL);
  g_autofree char *missing = g_build_filename (tdb->dir, "missing.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guchar noise[16384];
  int version = 0;
  gsize len;

  g_assert_true (emb_backup_write (tdb->db, good, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* A good backup passes and stays exactly as it was. */
  before = file_checksum (good);
  g_assert_true (emb_backup_check (good, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, emb_database_get_latest_schema_version ());
  after = file_checksum (good);
  g_assert_cmpstr (after, ==, before);
  assert_single_file (good);

  /* The live database, with its WAL, passes too. */
  g_assert_true (emb_backup_check (tdb->path, NULL, &error));
  g_assert_no_error (error);

  /* Garbage, and an empty file. */
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (garbage, (const char *)noise, sizeof noise, NULL));
  assert_refused (garbage, EMB_DATABASE_ERROR_NOT_A_DATABASE, NULL);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, EMB_DATABASE_ERROR_NOT_A_DATABASE, NULL);

  /* A backup cut in half. */
  g_assert_true (g_file_get_contents (good, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, len / 2, NULL));
  assert_refused (truncated, EMB_DATABASE_ERROR_CORRUPT, NULL);

  /* Bytes overwritten at the start of a page in the middle of the file.
   * After VACUUM every page belongs to a table or index (no free pages),
   * so the damage is always reachable. */
  copy_file (good, damaged);
  exec_sql (damaged, "VACUUM");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (damaged, &contents, &len, NULL));
  g_assert_cmpuint (len % 4096, ==, 0);
  g_assert_cmpuint (len / 4096, >, 100);
  memset (contents + (len / 4096 / 2) * 4096, 0xff, 16);
  g_assert_true (g_file_set_contents (damaged, contents, len, NULL));
  assert_refused (damaged, EMB_DATABASE_ERROR_CORRUPT, NULL);

  /* From a newer Embassy. */
  copy_file (good, newer);
  sql = g_strdup_printf ("PRAGMA user_version = %d", emb_database_get_latest_schema_version () + 1);
  exec_sql (newer, sql);
  assert_refused (newer, EMB_DATABASE_ERROR_TOO_NEW, "newer version of Embassy");

  /* A SQLite database of some other program. */
  exec_sql (plain, "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT);"
                   "INSERT INTO recipe (name) VALUES ('soup');");
  assert_refused (plain, EMB_DATABASE_ERROR_NOT_A_DATABASE, "not an Embassy database");
  exec_sql (plain_versioned, "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT);"
                             "PRAGMA user_version = 1;");
  assert_refused (plain_versioned, EMB_DATABASE_ERROR_NOT_A_DATABASE, "organisation");

  /* An employee in a department that does not exist. */
  copy_file (good, dangling);
  exec_sql (dangling, "PRAGMA foreign_keys = OFF;"
                      "UPDATE employee SET department_id = 999999"
                      " WHERE id = (SELECT min(id) FROM employee);");
  assert_refused (dangling, EMB_DATABASE_ERROR_CORRUPT, "employee");

  /* Not there at all, or a folder. */
  g_assert_false (emb_backup_check (missing, NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_false (emb_backup_check (tdb->dir, NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN);
}

/* Restoring -------------------------------------------------------------- */

static void
test_restore_replaces_content (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) other = NULL;
  g_autofree char *backup = g_build_filename (tdb->dir, "backup.db", NULL);
  g_autofree char *backup_sum = NULL;
  g_autofree char *backed_up = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *aside_dump = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *previous_base = NULL;
  g_autofree char *second_previous = NULL;
  g_autofree char *round_trip = NULL;
  GStatBuf before, after;
  gint64 departments;

  g_assert_true (emb_backup_write (tdb->db, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  backed_up = emb_test_dump (tdb->db);
  departments = _emb_database_count (tdb->db, "SELECT count(*) FROM department");

  /* Life goes on after the backup. */
  emb_test_add_department (tdb->db, "Opened after the backup");
  changed = emb_test_dump (tdb->db);
  g_assert_cmpstr (changed, !=, backed_up);

  /* The caller closes its own connection; another one (a kiosk) stays. */
  g_clear_object (&tdb->db);
  other = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (other, "SELECT count(*) FROM department"), ==, departments + 1);

  backup_sum = file_checksum (backup);
  g_assert_cmpint (g_stat (tdb->path, &before), ==, 0);
  g_assert_true (emb_backup_restore (backup, tdb->path, &previous, &error));
  g_assert_no_error (error);
  g_assert_nonnull (previous);

  /* Overwritten in place, not replaced: the open connection keeps working
   * on the same file. */
  g_assert_cmpint (g_stat (tdb->path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);

  /* The backup itself is untouched. */
  {
    g_autofree char *again = file_checksum (backup);
    g_assert_cmpstr (again, ==, backup_sum);
  }
  assert_single_file (backup);

  /* The open connection sees the restored content. */
  g_assert_cmpint (_emb_database_count (other, "SELECT count(*) FROM department"), ==, departments);
  g_assert_cmpint (_emb_database_count (other, "SELECT count(*) FROM department"
                                               " WHERE name = 'Opened after the backup'"), ==, 0);
  g_clear_object (&other);

  /* The database opens with the backup's content. */
  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  restored = emb_test_dump (tdb->db);
  g_assert_cmpstr (restored, ==, backed_up);

  /* The previous database is kept aside, beside it, with its content. */
  previous_base = g_path_get_basename (previous);
  g_assert_true (g_str_has_prefix (previous_base, "test.before-restore-"));
  g_assert_true (g_str_has_suffix (previous_base, "Z.db"));
  assert_single_file (previous);
  g_assert_true (emb_backup_check (previous, NULL, &error));
  g_assert_no_error (error);
  aside_dump = dump_file (previous);
  g_assert_cmpstr (aside_dump, ==, changed);

  /* With no connection open at all, the way back works too. */
  g_clear_object (&tdb->db);
  g_assert_true (emb_backup_restore (previous, tdb->path, &second_previous, &error));
  g_assert_no_error (error);
  g_assert_nonnull (second_previous);
  g_assert_cmpstr (second_previous, !=, previous);
  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  round_trip = emb_test_dump (tdb->db);
  g_assert_cmpstr (round_trip, ==, changed);
  g_clear_pointer (&aside_dump, g_free);
  aside_dump = dump_file (second_previous);
  g_assert_cmpstr (aside_dump, ==, backed_up);
}

static void
test_restore_refuses_damaged (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (tdb->dir, "backup.db", NULL);
  g_autofree char *newer = g_build_filename (tdb->dir, "newer.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;
  g_autofree char *sql = NULL;
  char *previous = NULL;
  gsize len;

  g_assert_true (emb_backup_write (tdb->db, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  copy_file (backup, newer);
  sql = g_strdup_printf ("PRAGMA user_version = %d", emb_database_get_latest_schema_version () + 1);
  exec_sql (newer, sql);

  g_assert_true (g_file_get_contents (backup, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (backup, contents, len / 2, NULL));

  emb_test_add_department (tdb->db, "Only in the live database");
  before = emb_test_dump (tdb->db);
  g_clear_object (&tdb->db);
  listing_before = list_folder (tdb->dir);

  g_assert_false (emb_backup_restore (backup, tdb->path, &previous, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, backup));
  g_assert_null (previous);
  g_clear_error (&error);

  g_assert_false (emb_backup_restore (newer, tdb->path, &previous, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_TOO_NEW);
  g_assert_null (previous);
  g_clear_error (&error);

  /* A database is not its own backup. */
  g_assert_false (emb_backup_restore (tdb->path, tdb->path, &previous, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED);
  g_assert_null (previous);
  g_clear_error (&error);

  /* Nothing was set aside, and the database is as it was. */
  listing_after = list_folder (tdb->dir);
  g_assert_cmpstr (listing_after, ==, listing_before);
  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (after, ==, before);
}

/* A database too damaged to open is kept aside byte for byte and replaced. */
static void
test_restore_over_damaged_database (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (tdb->dir, "backup.db", NULL);
  g_autofree char *fresh = g_build_filename (tdb->dir, "new", "fresh.db", NULL);
  g_autofree char *backed_up = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *fresh_dump = NULL;
  g_autofree char *ruined_sum = NULL;
  g_autofree char *aside_sum = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *fresh_previous = NULL;

  g_assert_true (emb_backup_write (tdb->db, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  backed_up = emb_test_dump (tdb->db);
  g_clear_object (&tdb->db);

  g_assert_true (g_file_set_contents (tdb->path, "ruined by a power cut", -1, NULL));
  ruined_sum = file_checksum (tdb->path);

  g_assert_true (emb_backup_restore (backup, tdb->path, &previous, &error));
  g_assert_no_error (error);
  g_assert_nonnull (previous);
  aside_sum = file_checksum (previous);
  g_assert_cmpstr (aside_sum, ==, ruined_sum);

  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  restored = emb_test_dump (tdb->db);
  g_assert_cmpstr (restored, ==, backed_up);

  /* Restoring where there is no database yet sets nothing aside. */
  g_assert_true (emb_backup_restore (backup, fresh, &fresh_previous, &error));
  g_assert_no_error (error);
  g_assert_null (fresh_previous);
  fresh_dump = dump_file (fresh);
  g_assert_cmpstr (fresh_dump, ==, backed_up);
}

/* Rotation --------------------------------------------------------------- */

static char *
rotation_files (const char *folder)
{
  g_autofree char *all = list_folder (folder);
  g_auto(GStrv) names = g_strsplit (all, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], "embassy-2026-07-") && g_str_has_suffix (names[i], ".db") &&
        strlen (names[i]) == strlen ("embassy-2026-07-01.db"))
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", names[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_rotate (void)
{
  static const char * const others[] = {
    "notes.txt",
    "embassy-2026-06-30.db.bak",
    "my-embassy-2026-06-01.db",
    "embassy-2026-13-01.db",
    "embassy-latest.db",
    "embassy-2026-6-1.db",
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) athens = g_time_zone_new_identifier ("+03:00");
  g_autofree char *folder = emb_backup_default_folder (tdb->db);
  g_autofree char *expected_folder = g_build_filename (tdb->dir, "backups", NULL);
  g_autofree char *old = NULL;
  gboolean made = FALSE;

  g_assert_cmpstr (folder, ==, expected_folder);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (folder, others[i], NULL);
      g_assert_true (g_file_set_contents (path, others[i], -1, NULL));
    }
  /* An old automatic backup from before, the oldest of all. */
  old = g_build_filename (folder, "embassy-2026-06-01.db", NULL);
  g_assert_true (g_file_set_contents (old, "old", -1, NULL));

  for (int day = 1; day <= 6; day++)
    {
      g_autoptr(GDateTime) morning = g_date_time_new_utc (2026, 7, day, 9, 0, 0);
      g_autoptr(GDateTime) evening = g_date_time_new_utc (2026, 7, day, 23, 59, 0);
      g_autofree char *name = g_strdup_printf ("Day %d", day);
      g_autofree char *today = g_strdup_printf ("embassy-2026-07-%02d.db", day);
      g_autofree char *today_path = g_build_filename (folder, today, NULL);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autofree char *files = NULL;
      g_autofree char *files_again = NULL;
      g_autofree char *sum = NULL;
      g_autofree char *sum_again = NULL;

      emb_test_add_department (tdb->db, name);

      g_assert_true (emb_backup_rotate (tdb->db, folder, 3, morning, &made, &error));
      g_assert_no_error (error);
      g_assert_true (made);

      for (int d = MAX (1, day - 2); d <= day; d++)
        g_string_append_printf (expected, "%sembassy-2026-07-%02d.db", expected->len > 0 ? " " : "", d);
      files = rotation_files (folder);
      g_assert_cmpstr (files, ==, expected->str);
      g_assert_true (emb_backup_check (today_path, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (count_in_file (today_path, "SELECT count(*) FROM department"), ==, day);

      /* The older automatic backup goes once three newer ones exist. */
      g_assert_cmpint (g_file_test (old, G_FILE_TEST_EXISTS), ==, day < 3);

      /* Again the same day: nothing to do. */
      sum = file_checksum (today_path);
      emb_test_add_department (tdb->db, "Later the same day");
      g_assert_true (emb_backup_rotate (tdb->db, folder, 3, evening, &made, &error));
      g_assert_no_error (error);
      g_assert_false (made);
      files_again = rotation_files (folder);
      g_assert_cmpstr (files_again, ==, files);
      sum_again = file_checksum (today_path);
      g_assert_cmpstr (sum_again, ==, sum);
      g_assert_true (emb_people_store_delete_department (tdb->db,
                                                         _emb_database_count (tdb->db,
                                                                              "SELECT id FROM department"
                                                                              " WHERE name = 'Later the same day'"),
                                                         &error));
      g_assert_no_error (error);
    }

  /* Days are counted in UTC: 01:30 in Athens on the 7th is still the 6th. */
  {
    g_autoptr(GDateTime) late = g_date_time_new (athens, 2026, 7, 7, 1, 30, 0);
    g_autoptr(GDateTime) later = g_date_time_new (athens, 2026, 7, 7, 3, 30, 0);
    g_autofree char *files = NULL;

    g_assert_true (emb_backup_rotate (tdb->db, folder, 3, late, &made, &error));
    g_assert_no_error (error);
    g_assert_false (made);
    g_assert_true (emb_backup_rotate (tdb->db, folder, 3, later, &made, &error));
    g_assert_no_error (error);
    g_assert_true (made);
    files = rotation_files (folder);
    g_assert_cmpstr (files, ==, "embassy-2026-07-05.db embassy-2026-07-06.db embassy-2026-07-07.db");
  }

  /* Everything else in the folder is untouched. */
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (folder, others[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, others[i]);
    }
  {
    g_autofree char *listing = list_folder (folder);
    g_assert_cmpstr (listing, ==,
                     "embassy-2026-06-30.db.bak embassy-2026-07-05.db embassy-2026-07-06.db"
                     " embassy-2026-07-07.db embassy-2026-13-01.db embassy-2026-6-1.db"
                     " embassy-latest.db my-embassy-2026-06-01.db notes.txt");
  }
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/backup/write/while-writing", test_write_while_writing);
  g_test_add_func ("/backup/write/from-worker-thread", test_write_from_worker);
  g_test_add_func ("/backup/write/unwritable-folder", test_write_unwritable_folder);
  g_test_add_func ("/backup/write/read-only-folder", test_write_read_only_folder);
  g_test_add_func ("/backup/write/fails-midway", test_write_fails_midway);
  g_test_add_func ("/backup/write/cancelled", test_write_cancelled);
  g_test_add_func ("/backup/check/refuses-bad-files", test_check_refuses);
  g_test_add_func ("/backup/restore/replaces-content", test_restore_replaces_content);
  g_test_add_func ("/backup/restore/refuses-damaged", test_restore_refuses_damaged);
  g_test_add_func ("/backup/restore/over-damaged-database", test_restore_over_damaged_database);
  g_test_add_func ("/backup/rotate/keeps-newest", test_rotate);

  return g_test_run ();
}
