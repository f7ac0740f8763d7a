/* emb-test-util.c: helpers shared by the model-layer tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-promise-store.h"
#include "emb-programme-store.h"
#include "emb-records.h"
#include "emb-table-private.h"
#include "emb-tables.h"
#include "emb-test-util.h"

static char *home_dir;

static void
remove_home (void)
{
  emb_test_remove_tree (home_dir);
  g_clear_pointer (&home_dir, g_free);
}

/* The home and XDG folders of the program, in a temporary folder that is
 * removed at exit, so that no test reads or writes the real ones. This is
 * what G_TEST_OPTION_ISOLATE_DIRS does, once for the program rather than
 * anew for every test: GLib leaks the old folder names each time it sets
 * new ones, and the leak checker of the sanitizer run could only tell
 * those leaks apart with a slow stack unwinder. */
static void
isolate_dirs (void)
{
  static const char * const variables[] = {
    "HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR", "XDG_CONFIG_DIRS", "XDG_DATA_DIRS",
  };
  g_autoptr(GError) error = NULL;

  home_dir = g_dir_make_tmp ("embassy-test-home-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_home);
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *name = g_ascii_strdown (variables[i], -1);
      g_autofree char *path = g_build_filename (home_dir, name, NULL);

      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      g_setenv (variables[i], path, TRUE);
    }
}

void
emb_test_init (int    *argc,
               char ***argv)
{
  setlocale (LC_ALL, "");
  isolate_dirs ();
  g_test_init (argc, argv, NULL);
}

EmbTestDb *
emb_test_db_new (void)
{
  g_autoptr(GError) error = NULL;
  EmbTestDb *tdb = g_new0 (EmbTestDb, 1);

  tdb->dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_assert_no_error (error);
  tdb->path = g_build_filename (tdb->dir, "test.db", NULL);
  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tdb->db);
  return tdb;
}

static char *demo_fallback_dir;

static void
remove_demo_fallback (void)
{
  emb_test_remove_tree (demo_fallback_dir);
  g_clear_pointer (&demo_fallback_dir, g_free);
}

/* Writes the demo organisation the slow way, once per test program: for a
 * build that has no demo database (a sanitizer build run without
 * EMBASSY_TEST_DEMO_DB). */
static char *
write_demo_fallback (void)
{
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  char *path;

  g_test_message ("No demo database at %s: writing one for this program", EMB_TEST_DEMO_DB);
  demo_fallback_dir = g_dir_make_tmp ("embassy-demo-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_demo_fallback);

  path = g_build_filename (demo_fallback_dir, "demo.db", NULL);
  db = emb_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, EMB_TEST_DEMO_DATE, &error));
  g_assert_no_error (error);
  /* Closing the only connection folds the write-ahead log into the file. */
  return path;
}

/* The template must be of this program's schema, untouched by migrations. */
static void
assert_demo_template (const char *path)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = NULL;
  g_autofree char *file_uri = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  int version;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_error ("No demo database at %s", path);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    g_error ("The demo database at %s is not one closed file (%s exists)", path, wal);

  /* Immutable: several test programs read it at once, and none may leave a
   * log or shared-memory file beside it. */
  absolute = g_canonicalize_filename (path, NULL);
  file_uri = g_filename_to_uri (absolute, NULL, &error);
  g_assert_no_error (error);
  uri = g_strconcat (file_uri, "?immutable=1", NULL);
  g_assert_cmpint (sqlite3_open_v2 (uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  if (version != emb_database_get_latest_schema_version ())
    g_error ("The demo database at %s has schema version %d, not %d: rebuild it",
             path, version, emb_database_get_latest_schema_version ());
}

/* The demo database written at build time by tests/make-demo-db, the one
 * EMBASSY_TEST_DEMO_DB names (the sanitizer run borrows the normal build's),
 * or else one written for this program. */
static const char *
demo_template_path (void)
{
  static char *path;
  const char *from_env;

  if (path != NULL)
    return path;

  from_env = g_getenv ("EMBASSY_TEST_DEMO_DB");
  if (from_env != NULL && *from_env != '\0')
    path = g_strdup (from_env);
  else if (g_file_test (EMB_TEST_DEMO_DB, G_FILE_TEST_IS_REGULAR))
    path = g_strdup (EMB_TEST_DEMO_DB);
  else
    path = write_demo_fallback ();
  assert_demo_template (path);
  return path;
}

/**
 * emb_test_db_new_demo:
 *
 * A fresh database holding the default demo organisation (seed
 * %EMB_DEMO_DEFAULT_SEED, reference date %EMB_TEST_DEMO_DATE, 2026-06-30
 * unless tests/meson.build says otherwise): a copy of the one
 * written once per build, since writing it is slow, under the sanitizers
 * most of all.
 */
EmbTestDb *
emb_test_db_new_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *template_path = demo_template_path ();
  EmbTestDb *tdb;
  gsize length;

  g_assert_true (g_file_get_contents (template_path, &contents, &length, &error));
  g_assert_no_error (error);

  tdb = g_new0 (EmbTestDb, 1);
  tdb->dir = g_dir_make_tmp ("embassy-test-XXXXXX", &error);
  g_assert_no_error (error);
  tdb->path = g_build_filename (tdb->dir, "test.db", NULL);
  g_assert_true (g_file_set_contents (tdb->path, contents, length, &error));
  g_assert_no_error (error);
  tdb->db = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  return tdb;
}

void
emb_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          emb_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

void
emb_test_db_free (EmbTestDb *tdb)
{
  if (tdb == NULL)
    return;
  /* No store may leave a read open: the connection would keep seeing an old
   * snapshot of the file. */
  if (tdb->db != NULL)
    g_assert_cmpstr (_emb_database_get_busy_statement (tdb->db), ==, NULL);
  g_clear_object (&tdb->db);
  emb_test_remove_tree (tdb->dir);
  g_free (tdb->path);
  g_free (tdb->dir);
  g_free (tdb);
}

static int
append_row (void  *data,
            int    n,
            char **values,
            char **names)
{
  GString *out = data;

  for (int i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "", values[i] ? values[i] : "NULL");
  g_string_append_c (out, '\n');
  return 0;
}

/**
 * emb_test_dump:
 *
 * Returns: every row of every table, as text, for comparing a database
 *   before and after an operation that must change nothing
 */
char *
emb_test_dump (EmbDatabase *db)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open_v2 (emb_database_get_path (db), &handle,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
                                       " ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2",
                                              (char *)tables->pdata[i]);
      g_string_append_printf (out, "== %s\n", (char *)tables->pdata[i]);
      g_assert_cmpint (sqlite3_exec (handle, sql, append_row, out, NULL), ==, SQLITE_OK);
    }
  sqlite3_close (handle);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The database holds what emb_test_dump() gave in @before. */
void
emb_test_assert_unchanged (EmbDatabase *db,
                           const char  *before)
{
  g_autofree char *after = emb_test_dump (db);

  g_assert_cmpstr (before, ==, after);
}

static void
on_changed (EmbDatabase    *db,
            int             kind,
            int             change,
            gint64          id,
            EmbTestChanges *changes)
{
  EmbTestChange c = { kind, change, id };

  g_array_append_val (changes->events, c);
}

EmbTestChanges *
emb_test_changes_watch (EmbDatabase *db)
{
  EmbTestChanges *changes = g_new0 (EmbTestChanges, 1);

  changes->events = g_array_new (FALSE, FALSE, sizeof (EmbTestChange));
  changes->db = g_object_ref (db);
  changes->handler = g_signal_connect (db, "changed", G_CALLBACK (on_changed), changes);
  return changes;
}

gboolean
emb_test_changes_has (EmbTestChanges *changes,
                      int             kind,
                      int             change,
                      gint64          id)
{
  for (guint i = 0; i < changes->events->len; i++)
    {
      const EmbTestChange *c = &g_array_index (changes->events, EmbTestChange, i);

      if (c->kind == kind && c->change == change && c->id == id)
        return TRUE;
    }
  return FALSE;
}

void
emb_test_changes_free (EmbTestChanges *changes)
{
  if (changes == NULL)
    return;
  g_signal_handler_disconnect (changes->db, changes->handler);
  g_object_unref (changes->db);
  g_array_unref (changes->events);
  g_free (changes);
}

void
emb_test_assert_field_error (const GError *error,
                             int           code,
                             const char   *field)
{
  g_assert_error (error, EMB_VALIDATION_ERROR, code);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, field);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
}

void
emb_test_assert_ids (GArray       *ids,
                     const gint64 *expected,
                     guint         n_expected)
{
  g_assert_cmpuint (ids->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
}

char *
emb_test_model_ids (GListModel *model)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? "," : "",
                              emb_record_get_id (record));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gint64
emb_test_add_department_with_office (EmbDatabase *db,
                                     const char  *name,
                                     EmbOffice    office)
{
  g_autoptr(EmbDepartment) department = emb_department_new ();
  g_autoptr(GError) error = NULL;

  emb_department_set_name (department, name);
  emb_department_set_office (department, office);
  g_assert_true (emb_people_store_save_department (db, department, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (department));
}

gint64
emb_test_add_department (EmbDatabase *db,
                         const char  *name)
{
  g_autoptr(EmbDepartment) department = emb_department_new ();

  return emb_test_add_department_with_office (db, name, emb_department_get_office (department));
}

gint64
emb_test_add_role_with_office (EmbDatabase *db,
                               gint64       department_id,
                               const char  *name,
                               EmbOffice    office)
{
  g_autoptr(EmbRole) role = emb_role_new ();
  g_autoptr(GError) error = NULL;

  emb_role_set_name (role, name);
  emb_role_set_department_id (role, department_id);
  emb_role_set_office (role, office);
  g_assert_true (emb_people_store_save_role (db, role, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (role));
}

gint64
emb_test_add_role (EmbDatabase *db,
                   gint64       department_id,
                   const char  *name)
{
  g_autoptr(EmbRole) role = emb_role_new ();

  return emb_test_add_role_with_office (db, department_id, name, emb_role_get_office (role));
}

gint64
emb_test_add_employee (EmbDatabase *db,
                       const char  *number,
                       const char  *name,
                       gint64       department_id,
                       gint64       role_id,
                       gboolean     active)
{
  g_autoptr(EmbEmployee) employee = emb_employee_new ();
  g_autoptr(GError) error = NULL;

  emb_employee_set_employee_number (employee, number);
  emb_employee_set_name (employee, name);
  emb_employee_set_department_id (employee, department_id);
  emb_employee_set_role_id (employee, role_id);
  emb_employee_set_active (employee, active);
  g_assert_true (emb_people_store_save_employee (db, employee, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (employee));
}

gint64
emb_test_add_stage (EmbDatabase *db,
                    const char  *name)
{
  g_autoptr(EmbStage) stage = emb_stage_new ();
  g_autoptr(GError) error = NULL;

  emb_stage_set_name (stage, name);
  g_assert_true (emb_journey_store_save_stage (db, stage, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (stage));
}

gint64
emb_test_add_touchpoint (EmbDatabase *db,
                         gint64       stage_id,
                         const char  *name)
{
  g_autoptr(EmbTouchpoint) touchpoint = emb_touchpoint_new ();
  g_autoptr(GError) error = NULL;

  emb_touchpoint_set_stage_id (touchpoint, stage_id);
  emb_touchpoint_set_name (touchpoint, name);
  g_assert_true (emb_journey_store_save_touchpoint (db, touchpoint, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (touchpoint));
}

gint64
emb_test_add_value (EmbDatabase *db,
                    const char  *name)
{
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;

  emb_value_set_name (value, name);
  g_assert_true (emb_programme_store_save_value (db, value, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (value));
}

static gint64
save_feedback (EmbDatabase *db,
               EmbFeedback *feedback)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_feedback_store_save (db, feedback, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (feedback));
}

gint64
emb_test_add_feedback (EmbDatabase     *db,
                       const char      *received_at,
                       EmbFeedbackKind  kind,
                       EmbScoreType     score_type,
                       int              score,
                       gint64           touchpoint_id,
                       const char      *text)
{
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();

  emb_feedback_set_received_at (feedback, received_at);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_score_type (feedback, score_type);
  emb_feedback_set_score (feedback, score);
  emb_feedback_set_touchpoint_id (feedback, touchpoint_id);
  emb_feedback_set_text (feedback, text);
  return save_feedback (db, feedback);
}

gint64
emb_test_add_categorised_feedback (EmbDatabase     *db,
                                   const char      *received_at,
                                   EmbFeedbackKind  kind,
                                   gint64           touchpoint_id,
                                   const char      *category,
                                   gboolean         triage,
                                   const char      *text)
{
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();

  emb_feedback_set_received_at (feedback, received_at);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_touchpoint_id (feedback, touchpoint_id);
  emb_feedback_set_category (feedback, category != NULL ? category : "");
  emb_feedback_set_triage (feedback, triage);
  emb_feedback_set_text (feedback, text);
  return save_feedback (db, feedback);
}

/* Saves @record by its table mapping, without the store's checks; its id. */
gint64
emb_test_save_as_it_is (EmbDatabase    *db,
                        const EmbTable *table,
                        gpointer        record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_table_save (db, table, EMB_RECORD (record), &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (record)), >, 0);
  return emb_record_get_id (EMB_RECORD (record));
}

gint64
emb_test_add_stage_at (EmbDatabase *db,
                       const char  *name,
                       int          position)
{
  g_autoptr(EmbStage) stage = emb_stage_new ();

  emb_stage_set_name (stage, name);
  emb_stage_set_position (stage, position);
  return emb_test_save_as_it_is (db, &emb_table_stage, stage);
}

gint64
emb_test_add_touchpoint_at (EmbDatabase *db,
                            gint64       stage_id,
                            const char  *name,
                            int          position)
{
  g_autoptr(EmbTouchpoint) touchpoint = emb_touchpoint_new ();

  emb_touchpoint_set_stage_id (touchpoint, stage_id);
  emb_touchpoint_set_name (touchpoint, name);
  emb_touchpoint_set_position (touchpoint, position);
  return emb_test_save_as_it_is (db, &emb_table_touchpoint, touchpoint);
}

gint64
emb_test_add_responsibility (EmbDatabase            *db,
                             gint64                  role_id,
                             gint64                  touchpoint_id,
                             EmbResponsibilityLevel  level)
{
  g_autoptr(EmbResponsibility) responsibility = emb_responsibility_new ();

  emb_responsibility_set_role_id (responsibility, role_id);
  emb_responsibility_set_touchpoint_id (responsibility, touchpoint_id);
  emb_responsibility_set_level (responsibility, level);
  return emb_test_save_as_it_is (db, &emb_table_responsibility, responsibility);
}

gint64
emb_test_add_published_promise (EmbDatabase  *db,
                                const char   *statement,
                                const gint64 *touchpoints,
                                guint         n_touchpoints)
{
  g_autoptr(EmbPromise) promise = emb_promise_new ();
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GError) error = NULL;

  emb_promise_set_statement (promise, statement);
  g_assert_true (emb_promise_store_save (db, promise, touchpoints, n_touchpoints, &error));
  g_assert_no_error (error);
  g_assert_true (emb_promise_store_publish (db, emb_record_get_id (EMB_RECORD (promise)), &error));
  g_assert_no_error (error);
  loaded = emb_promise_store_get (db, emb_record_get_id (EMB_RECORD (promise)), &error);
  g_assert_no_error (error);
  return emb_promise_get_published_version_id (loaded);
}

void
emb_test_store_result (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

GAsyncResult *
emb_test_wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}
