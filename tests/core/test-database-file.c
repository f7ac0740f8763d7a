/* test-database-file.c: the file of an open database removed, replaced or
 * made read-only under it
 *
 * Each test keeps a second name (a hard link) for the file it opened, so
 * that it can read the old file afterwards and show that the refused write
 * reached neither it nor the file now at the path.
 *
 * Read-only: the database counts a file with no write permission bit as
 * read-only even for root, who may write to any file, so the chmod test
 * means the same when the tests run as root.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "emb-database-private.h"
#include "emb-programme-store.h"
#include "emb-test-util.h"

typedef struct
{
  EmbTestDb *tdb;
  char      *kept;       /* a second name of the file opened */
  guint      notified;
} Fixture;

static void
on_file_problem (EmbDatabase *db,
                 GParamSpec  *pspec,
                 Fixture     *fixture)
{
  fixture->notified++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tdb = emb_test_db_new ();
  emb_test_add_value (fixture->tdb->db, "Before");
  fixture->kept = g_build_filename (fixture->tdb->dir, "kept.db", NULL);
  g_assert_cmpint (link (fixture->tdb->path, fixture->kept), ==, 0);
  g_signal_connect (fixture->tdb->db, "notify::file-problem", G_CALLBACK (on_file_problem), fixture);
  g_assert_cmpint (emb_database_check_file (fixture->tdb->db), ==, EMB_DATABASE_FILE_OK);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->tdb->path, 0600);
  emb_test_db_free (fixture->tdb);
  g_free (fixture->kept);
}

/* The values' names in the database at @path, opened anew. */
static char *
value_names (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  values = emb_programme_store_list_values (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);
      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", emb_value_get_name (value));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* A store's save and a statement that writes without looking first (the
 * commit hook looks) are both refused, saying @what about the file. */
static void
assert_writes_refused (Fixture                *fixture,
                       EmbDatabaseFileProblem  problem,
                       const char             *what)
{
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) raw_error = NULL;
  g_autofree char *name = g_filename_display_name (fixture->tdb->path);

  g_assert_cmpint (emb_database_check_file (fixture->tdb->db), ==, problem);
  g_assert_cmpint (emb_database_get_file_problem (fixture->tdb->db), ==, problem);
  g_assert_cmpuint (fixture->notified, ==, 1);

  emb_value_set_name (value, "After");
  g_assert_false (emb_programme_store_save_value (fixture->tdb->db, value, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, what));
  g_assert_nonnull (strstr (error->message, "Your change was not saved."));
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (value)), ==, 0);

  /* Written straight, as no store does: the commit hook refuses it. */
  g_assert_false (_emb_database_exec (fixture->tdb->db,
                                      "INSERT INTO value (uuid, created_at, updated_at, name, position)"
                                      " VALUES ('x', 'x', 'x', 'Straight', 9)",
                                      &raw_error));
  g_assert_error (raw_error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (raw_error->message, what));
  g_assert_cmpuint (fixture->notified, ==, 1);
}

/* Closes the database, as the window does when it goes: the old file is as
 * it was before the refused writes. */
static void
assert_old_file_unchanged (Fixture *fixture)
{
  g_autofree char *names = NULL;

  g_clear_object (&fixture->tdb->db);
  names = value_names (fixture->kept);
  g_assert_cmpstr (names, ==, "Before");
}

static void
test_removed (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpint (g_unlink (fixture->tdb->path), ==, 0);
  assert_writes_refused (fixture, EMB_DATABASE_FILE_REMOVED, "was deleted");
  assert_old_file_unchanged (fixture);
  /* Nothing made a new file at the path. */
  g_assert_false (g_file_test (fixture->tdb->path, G_FILE_TEST_EXISTS));
}

static void
test_replaced_by_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->tdb->dir, "other.db", NULL);
  g_autofree char *names = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(EmbDatabase) other = emb_database_open (other_path, &error);

    g_assert_no_error (error);
    emb_test_add_value (other, "Other");
  }
  g_assert_cmpint (g_rename (other_path, fixture->tdb->path), ==, 0);

  assert_writes_refused (fixture, EMB_DATABASE_FILE_REPLACED, "was replaced by another file");
  assert_old_file_unchanged (fixture);
  /* The new file holds its own records only: neither the refused writes
   * nor the old file's log reached it. */
  names = value_names (fixture->tdb->path);
  g_assert_cmpstr (names, ==, "Other");
}

static void
test_replaced_by_other_file (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *text = "Name,Email\nAda,ada@example.org\n";
  g_autofree char *other_path = g_build_filename (fixture->tdb->dir, "roster.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (other_path, text, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (other_path, fixture->tdb->path), ==, 0);

  assert_writes_refused (fixture, EMB_DATABASE_FILE_REPLACED, "was replaced by another file");
  assert_old_file_unchanged (fixture);
  g_assert_true (g_file_get_contents (fixture->tdb->path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, text);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_cmpint (g_chmod (fixture->tdb->path, 0444), ==, 0);
  assert_writes_refused (fixture, EMB_DATABASE_FILE_READ_ONLY, "was made read-only");

  /* Writable again: the next write looks again and goes through. */
  g_assert_cmpint (g_chmod (fixture->tdb->path, 0600), ==, 0);
  emb_value_set_name (value, "Later");
  g_assert_true (emb_programme_store_save_value (fixture->tdb->db, value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_database_get_file_problem (fixture->tdb->db), ==, EMB_DATABASE_FILE_OK);
  g_assert_cmpuint (fixture->notified, ==, 2);

  g_clear_object (&fixture->tdb->db);
  names = value_names (fixture->tdb->path);
  g_assert_cmpstr (names, ==, "Before,Later");
}

/* A transaction that began before the file went is refused when it
 * commits, and rolls back whole. */
static gboolean
remove_then_write (EmbDatabase  *db,
                   gpointer      user_data,
                   GError      **error)
{
  Fixture *fixture = user_data;
  g_autoptr(EmbValue) value = emb_value_new ();

  emb_value_set_name (value, "Inside");
  if (!emb_programme_store_save_value (db, value, error))
    return FALSE;
  g_assert_cmpint (g_unlink (fixture->tdb->path), ==, 0);
  return TRUE;
}

static void
test_removed_during_transaction (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_database_transaction (fixture->tdb->db, remove_then_write, fixture, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "was deleted"));
  g_assert_cmpint (emb_database_get_file_problem (fixture->tdb->db), ==, EMB_DATABASE_FILE_REMOVED);
  assert_old_file_unchanged (fixture);
}

int
main (int    argc,
      char **argv)
{
  emb_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/file/removed", test_removed);
  ADD ("/database/file/replaced-by-database", test_replaced_by_database);
  ADD ("/database/file/replaced-by-other-file", test_replaced_by_other_file);
  ADD ("/database/file/read-only", test_read_only);
  ADD ("/database/file/removed-during-transaction", test_removed_during_transaction);
#undef ADD

  return g_test_run ();
}
