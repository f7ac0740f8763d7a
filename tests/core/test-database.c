/* test-database.c: opening, migrations, transactions and change notices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-test-util.h"

static void
test_fresh_database (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  sqlite3 *handle = _emb_database_get_handle (tdb->db);
  sqlite3_stmt *stmt;

  g_assert_cmpint (emb_database_get_schema_version (tdb->db), ==,
                   emb_database_get_latest_schema_version ());
  g_assert_cmpint (emb_database_get_latest_schema_version (), >=, 1);
  g_assert_true (emb_database_is_empty (tdb->db));

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  g_assert_cmpint (_emb_database_count (tdb->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "PRAGMA user_version"), ==,
                   emb_database_get_latest_schema_version ());
}

static void
test_creates_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "deeper", "still", "programme.db", NULL);
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&db);
  emb_test_remove_tree (dir);
}

static void
test_reopen_keeps_data (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDepartment) dept = emb_department_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDepartment) again = NULL;
  gint64 id;

  emb_department_set_name (dept, "Branches");
  g_assert_true (emb_people_store_save_department (tdb->db, dept, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (dept));

  g_clear_object (&tdb->db);
  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);

  again = emb_people_store_get_department (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_department_get_name (again), ==, "Branches");
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (again)), ==,
                   emb_record_get_uuid (EMB_RECORD (dept)));
  g_assert_false (emb_database_is_empty (tdb->db));
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, len);
}

static void
test_newer_database_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(EmbDatabase) db = NULL;
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE future (x); PRAGMA user_version = 999",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  before = file_checksum (path);

  db = emb_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, path));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  emb_test_remove_tree (dir);
}

static void
test_garbage_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "garbage.db", NULL);
  g_autofree char *garbage = g_strnfill (8192, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(EmbDatabase) db = NULL;

  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  before = file_checksum (path);

  db = emb_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_A_DATABASE);

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  emb_test_remove_tree (dir);
}

static void
test_unreadable_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autoptr(EmbDatabase) db = NULL;

  /* A folder where the file should be. */
  db = emb_database_open (dir, &error);
  g_assert_null (db);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN);
  emb_test_remove_tree (dir);
}

static void
test_partial_migration_upgrades (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(EmbDatabase) db = NULL;
  sqlite3 *handle;

  /* A database at version 0 (empty file created by an older build) is
   * brought up to the latest version, one migration at a time. */
  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA user_version = 0", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = emb_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_database_get_schema_version (db), ==,
                   emb_database_get_latest_schema_version ());
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'employee'"),
                   ==, 1);
  g_clear_object (&db);
  emb_test_remove_tree (dir);
}

/* A database at @path with the schema of the migrations @scripts (the
 * first of data/sql), as an older Embassy made it. */
static sqlite3 *
open_old_database (const char  *path,
                   const char **scripts,
                   guint        n_scripts)
{
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  for (guint i = 0; i < n_scripts; i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "..", "data", "sql",
                                                     scripts[i], NULL);
      g_autofree char *sql = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (file, &sql, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  return handle;
}

/* Version 6 rebuilds the feedback table to widen its choices: a database of
 * version 5 keeps every item, its owner, its place in the full-text index
 * and in the per-day counts, and the nomination that cites it. */
static void
test_migration_6_keeps_feedback (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v5.db", NULL);
  g_autoptr(EmbDatabase) db = NULL;
  const char *scripts[] = { "0001-initial.sql", "0002-feedback-score-index.sql",
                            "0003-kept-counts.sql", "0004-nomination-days.sql",
                            "0005-decisions-newest-first.sql" };
  sqlite3 *handle;

  handle = open_old_database (path, scripts, G_N_ELEMENTS (scripts));
  g_assert_cmpint (sqlite3_exec (handle,
    "PRAGMA user_version = 5;"
    "INSERT INTO employee (id, uuid, employee_number, name, created_at, updated_at)"
    "  VALUES (7, 'e7', 'E-7', 'Ola Nowak', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO feedback (id, uuid, received_at, kind, score_type, score, text, follow_up,"
    "                      assignee_id, created_at, updated_at) VALUES"
    "  (1, 'f1', '2026-03-01T10:00:00Z', 'complaint', 'nps', 3, 'late delivery again',"
    "   'assigned', 7, '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z'),"
    "  (2, 'f2', '2026-03-01T11:00:00Z', 'praise', 'nps', 10, 'friendly driver',"
    "   'resolved', 7, '2026-03-01T11:00:00Z', '2026-03-01T11:00:00Z'),"
    "  (3, 'f3', '2026-03-02T09:00:00Z', 'suggestion', 'none', NULL, 'open earlier',"
    "   'new', NULL, '2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z');"
    "INSERT INTO value (id, uuid, name, created_at, updated_at)"
    "  VALUES (1, 'v1', 'Care', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO nomination (uuid, nominee_employee_id, nominator_id, value_id, story,"
    "                        feedback_id, submitted_at, created_at, updated_at)"
    "  VALUES ('n1', 7, 7, 1, 'Kind words', 2, '2026-03-02T10:00:00Z',"
    "          '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = emb_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_database_get_schema_version (db), ==,
                   emb_database_get_latest_schema_version ());
  g_assert_cmpint (_emb_database_count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback"), ==, 3);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback WHERE id = 1 AND"
                                            " follow_up = 'in-progress' AND assignee_id = 7"),
                   ==, 1);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback WHERE id = 2 AND"
                                            " follow_up = 'closed' AND assignee_id = 7"), ==, 1);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback WHERE id = 3 AND"
                                            " follow_up = 'new' AND triage = 0 AND"
                                            " category = '' AND source_id = ''"), ==, 1);
  g_assert_cmpint (_emb_database_count (db, "SELECT rowid FROM feedback_fts"
                                            " WHERE feedback_fts MATCH 'driver'"), ==, 2);
  g_assert_cmpint (_emb_database_count (db, "SELECT feedback_id FROM nomination"), ==, 2);

  /* The triggers are back: a new item is indexed and counted, and the
   * per-day counts still equal plain counts. */
  g_assert_true (_emb_database_exec (db,
    "INSERT INTO feedback (uuid, received_at, kind, score_type, score, text, category, triage,"
    "                      created_at, updated_at)"
    "  VALUES ('f4', '2026-03-01T12:00:00Z', 'neutral', 'nps', 8, 'parcel was dented',"
    "          'Damaged parcel', 1, '2026-03-01T12:00:00Z', '2026-03-01T12:00:00Z')",
    &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (db, "SELECT rowid FROM feedback_fts"
                                            " WHERE feedback_fts MATCH 'dented'"), ==, 4);
  g_assert_cmpint (_emb_database_count (db, "SELECT s0+s1+s2+s3+s4+s5+s6+s7+s8+s9+s10"
                                            " FROM feedback_day WHERE score_type = 'nps'"
                                            " AND day = '2026-03-01'"), ==, 3);
  g_assert_cmpint (_emb_database_count (db, "SELECT complaints FROM feedback_day"
                                            " WHERE score_type = 'nps' AND day = '2026-03-01'"),
                   ==, 1);
  g_clear_object (&db);
  emb_test_remove_tree (dir);
}

/* Version 8 writes the CHECK constraints of feedback and nomination as
 * comparisons instead of IN lists, in place: a database of version 6 keeps
 * its rows, is whole, and still refuses exactly what it refused. */
static void
assert_refused (EmbDatabase *db,
                const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (_emb_database_exec (db, sql, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CONSTRAINT);
}

static void
test_migration_8_checks (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v6.db", NULL);
  g_autoptr(EmbDatabase) db = NULL;
  const char *scripts[] = { "0001-initial.sql", "0002-feedback-score-index.sql",
                            "0003-kept-counts.sql", "0004-nomination-days.sql",
                            "0005-decisions-newest-first.sql", "0006-feedback-triage.sql" };
  const char *kinds[] = { "praise", "complaint", "suggestion", "survey", "neutral" };
  sqlite3 *handle;

  handle = open_old_database (path, scripts, G_N_ELEMENTS (scripts));
  g_assert_cmpint (sqlite3_exec (handle,
    "PRAGMA user_version = 6;"
    "INSERT INTO employee (id, uuid, employee_number, name, created_at, updated_at)"
    "  VALUES (7, 'e7', 'E-7', 'Ola Nowak', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO feedback (id, uuid, received_at, kind, score_type, score, text, follow_up,"
    "                      created_at, updated_at) VALUES"
    "  (1, 'f1', '2026-03-01T10:00:00Z', 'complaint', 'nps', 3, 'late delivery again',"
    "   'acknowledged', '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z');"
    "INSERT INTO value (id, uuid, name, created_at, updated_at)"
    "  VALUES (1, 'v1', 'Care', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO nomination (uuid, nominee_employee_id, value_id, story, status,"
    "                        submitted_at, created_at, updated_at)"
    "  VALUES ('n1', 7, 1, 'Kind words', 'approved', '2026-03-02T10:00:00Z',"
    "          '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = emb_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_database_get_schema_version (db), >=, 8);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM pragma_integrity_check"
                                            " WHERE integrity_check <> 'ok'"), ==, 0);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback WHERE id = 1"
                                            " AND follow_up = 'acknowledged'"), ==, 1);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM nomination"
                                            " WHERE status = 'approved'"), ==, 1);
  /* No IN list of three or more values is left in the two tables, and the
   * index nothing reads is gone. */
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM sqlite_schema"
                                            " WHERE name IN ('feedback', 'nomination')"
                                            " AND (sql LIKE '%kind IN (%'"
                                            " OR sql LIKE '%score_type IN (%'"
                                            " OR sql LIKE '%follow_up IN (%'"
                                            " OR sql LIKE '%status IN (%')"), ==, 0);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM sqlite_schema"
                                            " WHERE name = 'feedback_by_touchpoint_score'"),
                   ==, 0);

  /* Every value allowed before is allowed, and nothing else. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO feedback (uuid, received_at, kind,"
                                              " created_at, updated_at) VALUES ('k%u',"
                                              " '2026-03-03', '%s', 'x', 'x')", i, kinds[i]);

      g_assert_true (_emb_database_exec (db, sql, &error));
      g_assert_no_error (error);
    }
  g_assert_true (_emb_database_exec (db,
    "UPDATE feedback SET score_type = 'csat', score = 4, follow_up = 'in-progress' WHERE id = 1;"
    "UPDATE feedback SET score_type = 'ces', score = 7, follow_up = 'closed' WHERE id = 1;"
    "UPDATE feedback SET score_type = 'none', score = NULL, follow_up = 'new' WHERE id = 1;"
    "UPDATE nomination SET status = 'celebrated'; UPDATE nomination SET status = 'declined';"
    "UPDATE nomination SET status = 'submitted';", &error));
  g_assert_no_error (error);
  assert_refused (db, "UPDATE feedback SET kind = 'Praise' WHERE id = 1");
  assert_refused (db, "UPDATE feedback SET kind = '' WHERE id = 1");
  assert_refused (db, "UPDATE feedback SET score_type = 'stars', score = NULL WHERE id = 1");
  assert_refused (db, "UPDATE feedback SET follow_up = 'assigned' WHERE id = 1");
  assert_refused (db, "UPDATE nomination SET status = 'pending'");
  g_clear_object (&db);
  emb_test_remove_tree (dir);
}

static gboolean
insert_two_then_fail (EmbDatabase  *db,
                      gpointer      user_data,
                      GError      **error)
{
  g_autoptr(EmbDepartment) a = emb_department_new ();
  g_autoptr(EmbDepartment) b = emb_department_new ();

  emb_department_set_name (a, "Operations");
  emb_department_set_name (b, "Operations");
  if (!emb_people_store_save_department (db, a, error))
    return FALSE;
  /* The same name again: refused, so the whole transaction rolls back. */
  return emb_people_store_save_department (db, b, error);
}

static void
test_transaction_rolls_back (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_database_transaction (tdb->db, insert_two_then_fail, NULL, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_DUPLICATE);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM department"), ==, 0);
  /* Nothing was committed, so nothing was announced. */
  g_assert_cmpuint (changes->events->len, ==, 0);
}

static gboolean
nested_ok (EmbDatabase  *db,
           gpointer      user_data,
           GError      **error)
{
  g_autoptr(EmbDepartment) a = emb_department_new ();
  g_autoptr(GError) inner_error = NULL;

  emb_department_set_name (a, "Branches");
  if (!emb_people_store_save_department (db, a, error))
    return FALSE;

  /* An inner failure rolls back only the inner savepoint. */
  g_assert_false (emb_database_transaction (db, insert_two_then_fail, NULL, &inner_error));
  g_assert_nonnull (inner_error);
  return TRUE;
}

static void
test_transaction_nests (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_database_transaction (tdb->db, nested_ok, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM department"), ==, 1);
  g_assert_cmpuint (changes->events->len, ==, 1);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DEPARTMENT, EMB_CHANGE_CREATED,
                                       _emb_database_count (tdb->db, "SELECT id FROM department")));
}

static void
test_external_change_noticed (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbDepartment) dept = emb_department_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_database_check_external_changes (tdb->db));

  /* A second connection stands for another process (a kiosk beside the
   * manager's window): SQLite's data_version sees its commits the same way. */
  other = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  emb_department_set_name (dept, "Contact centre");
  g_assert_true (emb_people_store_save_department (other, dept, &error));

  g_assert_true (emb_database_check_external_changes (tdb->db));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0));
  /* Noticed once. */
  g_assert_false (emb_database_check_external_changes (tdb->db));

  /* Our own writes are reported directly, not as external changes. */
  g_assert_true (emb_people_store_delete_department (tdb->db, emb_record_get_id (EMB_RECORD (dept)),
                                                     &error));
  g_assert_no_error (error);
  g_assert_false (emb_database_check_external_changes (tdb->db));
}

static void
test_locked_database (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDepartment) dept = emb_department_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *handle;

  before = emb_test_dump (tdb->db);

  /* Another process holds the write lock: a save waits for busy_timeout and
   * then fails with a clear error, writing nothing. */
  g_assert_cmpint (sqlite3_open (tdb->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  /* The default, and back. */
  g_assert_cmpuint (emb_database_set_busy_timeout (tdb->db, 50), ==, 30000);
  g_assert_cmpuint (emb_database_set_busy_timeout (tdb->db, 50), ==, 50);

  emb_department_set_name (dept, "Back office");
  g_assert_false (emb_people_store_save_department (tdb->db, dept, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_BUSY);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (dept)), ==, 0);

  sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (handle);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/database/open/fresh", test_fresh_database);
  g_test_add_func ("/database/open/creates-missing-folder", test_creates_missing_folder);
  g_test_add_func ("/database/open/reopen-keeps-data", test_reopen_keeps_data);
  g_test_add_func ("/database/open/newer-refused-untouched", test_newer_database_refused);
  g_test_add_func ("/database/open/garbage-refused-untouched", test_garbage_refused);
  g_test_add_func ("/database/open/folder-refused", test_unreadable_refused);
  g_test_add_func ("/database/migrations/from-version-0", test_partial_migration_upgrades);
  g_test_add_func ("/database/migrations/6-keeps-feedback", test_migration_6_keeps_feedback);
  g_test_add_func ("/database/migrations/8-checks", test_migration_8_checks);
  g_test_add_func ("/database/transaction/rolls-back", test_transaction_rolls_back);
  g_test_add_func ("/database/transaction/nests", test_transaction_nests);
  g_test_add_func ("/database/changes/external", test_external_change_noticed);
  g_test_add_func ("/database/locked", test_locked_database);

  return g_test_run ();
}
