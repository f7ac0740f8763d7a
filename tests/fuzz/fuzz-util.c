/* fuzz-util.c: what the libFuzzer targets of the importers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "emb-database-private.h"
#include "emb-demo.h"
#include "fuzz-util.h"

/* Every write to the database is counted by temporary triggers, in a
 * temporary table that rolls back with the write: after a refused import or
 * a dry run the count must be what it was. Every this many checks the row
 * count and a checksum of every table are compared too. */
#define FULL_CHECK_EVERY 256

/* Set in the environment of the child that populates the database. */
#define POPULATE_ENV "EMB_FUZZ_POPULATE"

static char *tmp_dir;
static char *db_path;
static EmbDatabase *db;
static GPtrArray *tables;      /* quoted names of every table */
static char *baseline;         /* the fingerprint of the populated database */
static sqlite3_stmt *count_writes;
static guint n_checks;

void
fuzz_fail (const char *file,
           int         line,
           const char *cond,
           const char *format,
           ...)
{
  va_list args;

  fprintf (stderr, "%s:%d: check failed: %s: ", file, line, cond);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

static void
cleanup (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_pointer (&count_writes, sqlite3_finalize);
  g_clear_object (&db);
  g_clear_pointer (&tables, g_ptr_array_unref);
  g_clear_pointer (&baseline, g_free);
  g_clear_pointer (&db_path, g_free);
  if (tmp_dir == NULL)
    return;

  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

static void
exec_sql (const char *sql)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  char *message = NULL;

  FUZZ_CHECK (sqlite3_exec (handle, sql, NULL, NULL, &message) == SQLITE_OK,
              "%s: %s", sql, message);
}

/* Lists the tables and puts the write-counting triggers on them. */
static void
watch_tables (void)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  guint n_watched = 0;
  int rc;

  exec_sql ("CREATE TEMP TABLE fuzz_writes (n INTEGER NOT NULL);"
            "INSERT INTO fuzz_writes VALUES (0)");

  tables = g_ptr_array_new_with_free_func (g_free);
  rc = sqlite3_prepare_v2 (handle,
                           "SELECT name, type <> 'table' FROM pragma_table_list "
                           "WHERE schema = 'main' AND type IN ('table', 'virtual', 'shadow') "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                           -1, &stmt, NULL);
  FUZZ_CHECK (rc == SQLITE_OK, "%s", sqlite3_errmsg (handle));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      gboolean derived = sqlite3_column_int (stmt, 1);
      char *quoted = sqlite3_mprintf ("\"%w\"", name);
      static const char * const events[] = { "INSERT", "UPDATE", "DELETE" };

      g_ptr_array_add (tables, g_strdup (quoted));
      for (guint i = 0; i < G_N_ELEMENTS (events) && !derived; i++)
        {
          /* The text index and its shadow tables take no trigger (a write
           * there would recurse): they follow the tables they index. */
          char *sql = sqlite3_mprintf ("CREATE TEMP TRIGGER \"fuzz_%w_%s\" AFTER %s ON main.%s "
                                       "BEGIN UPDATE fuzz_writes SET n = n + 1; END",
                                       name, events[i], events[i], quoted);

          rc = sqlite3_exec (handle, sql, NULL, NULL, NULL);
          FUZZ_CHECK (rc == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (handle));
          n_watched++;
          sqlite3_free (sql);
        }
      sqlite3_free (quoted);
    }
  FUZZ_CHECK (rc == SQLITE_DONE, "%s", sqlite3_errmsg (handle));
  sqlite3_finalize (stmt);
  FUZZ_CHECK (n_watched > 30, "only %u triggers", n_watched);

  rc = sqlite3_prepare_v2 (handle, "SELECT n FROM temp.fuzz_writes", -1, &count_writes, NULL);
  FUZZ_CHECK (rc == SQLITE_OK, "%s", sqlite3_errmsg (handle));
}

/* How many rows were written (and not rolled back) since the triggers were
 * made. */
static gint64
writes (void)
{
  gint64 n;

  FUZZ_CHECK (sqlite3_step (count_writes) == SQLITE_ROW, "%s",
              sqlite3_errmsg (_emb_database_get_handle (db)));
  n = sqlite3_column_int64 (count_writes, 0);
  sqlite3_reset (count_writes);
  return n;
}

/* The row count and a checksum of every value of every table. */
static char *
fingerprint (void)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM main.%s", table);
      sqlite3_stmt *stmt = NULL;
      guint n_rows = 0;
      int rc;

      rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
      FUZZ_CHECK (rc == SQLITE_OK, "%s", sqlite3_errmsg (handle));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          n_rows++;
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              guchar type = (guchar) sqlite3_column_type (stmt, i);
              const void *blob = sqlite3_column_blob (stmt, i);
              gssize length = sqlite3_column_bytes (stmt, i);

              g_checksum_update (sum, &type, 1);
              if (blob != NULL)
                g_checksum_update (sum, blob, length);
            }
        }
      FUZZ_CHECK (rc == SQLITE_DONE, "%s", sqlite3_errmsg (handle));
      sqlite3_finalize (stmt);
      g_string_append_printf (text, "%s: %u rows, %s\n", table, n_rows,
                              g_checksum_get_string (sum));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The database must still be the demo organisation as populated: no write
 * was kept since the triggers were made (the transaction of the real import
 * starts from there too). */
static void
check_unchanged (const char *what)
{
  gint64 n = writes ();

  FUZZ_CHECK (n == 0, "%s wrote %" G_GINT64_FORMAT " rows and kept them", what, n);
  if (++n_checks % FULL_CHECK_EVERY == 0)
    {
      g_autofree char *now = fingerprint ();

      FUZZ_CHECK (g_str_equal (now, baseline),
                  "%s changed the database:\nbefore:\n%s\nafter:\n%s", what, baseline, now);
    }
}

/* In a child process, with cheap stack traces: writing the demo
 * organisation is slow under fast_unwind_on_malloc=0. */
static void
populate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *errors = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *asan = g_environ_getenv (env, "ASAN_OPTIONS");
  g_autofree char *options = g_strconcat (asan != NULL ? asan : "", asan != NULL ? ":" : "",
                                          "fast_unwind_on_malloc=1:detect_leaks=0", NULL);
  char *argv[] = { (char *) "/proc/self/exe", NULL };
  int status = 0;

  env = g_environ_setenv (env, "ASAN_OPTIONS", options, TRUE);
  env = g_environ_setenv (env, POPULATE_ENV, db_path, TRUE);
  FUZZ_CHECK (g_spawn_sync (NULL, argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                            NULL, &errors, &status, &error),
              "%s", error->message);
  FUZZ_CHECK (g_spawn_check_wait_status (status, &error),
              "writing the demo organisation failed: %s\n%s", error->message, errors);
}

void
fuzz_init (void)
{
  g_autoptr(GError) error = NULL;
  const char *populate_path = g_getenv (POPULATE_ENV);

  if (db != NULL)
    return;

  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  /* A critical or a warning from the importers is a bug. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  if (populate_path != NULL)
    {
      db = emb_database_open (populate_path, &error);
      FUZZ_CHECK (db != NULL, "%s", error->message);
      FUZZ_CHECK (emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, "2026-06-30", &error),
                  "%s", error->message);
      g_clear_object (&db);
      exit (0);
    }

  tmp_dir = g_dir_make_tmp ("embassy-fuzz-XXXXXX", &error);
  FUZZ_CHECK (tmp_dir != NULL, "%s", error->message);
  atexit (cleanup);

  db_path = g_build_filename (tmp_dir, "fuzz.db", NULL);
  populate ();
  db = emb_database_open (db_path, &error);
  FUZZ_CHECK (db != NULL, "%s", error->message);

  watch_tables ();
  baseline = fingerprint ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

EmbDatabase *
fuzz_get_db (void)
{
  return db;
}

GFile *
fuzz_write_input (const uint8_t *data,
                  size_t         size,
                  const char    *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat ("input", suffix, NULL);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  FUZZ_CHECK (g_file_set_contents_full (path, (const char *) data, (gssize) size,
                                        G_FILE_SET_CONTENTS_NONE, 0600, &error),
              "%s", error->message);
  return g_file_new_for_path (path);
}

/* Checks what an import returned. */
static void
check_result (const char      *what,
              gboolean         ok,
              GError          *error,
              EmbImportReport *report)
{
  guint n_problems = emb_import_report_get_n_problems (report);
  g_autofree char *text = NULL;
  g_auto(GStrv) kinds = NULL;

  if (ok)
    {
      FUZZ_CHECK (error == NULL, "%s succeeded with an error: %s", what, error->message);
      FUZZ_CHECK (n_problems == 0, "%s succeeded with %u problems", what, n_problems);
    }
  else
    {
      FUZZ_CHECK (error != NULL, "%s failed without an error", what);
      FUZZ_CHECK (error->message != NULL && error->message[0] != '\0',
                  "%s failed with an empty message", what);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL),
                  "%s failed with a message that is not UTF-8", what);
      if (g_error_matches (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID))
        FUZZ_CHECK (n_problems > 0, "%s is invalid but names no problem: %s",
                    what, error->message);
    }

  FUZZ_CHECK (n_problems <= EMB_IMPORT_MAX_PROBLEMS, "%s listed %u problems", what, n_problems);
  for (guint i = 0; i < n_problems; i++)
    {
      const EmbImportProblem *problem = emb_import_report_get_problem (report, i);
      g_autofree char *line = emb_import_problem_to_string (problem);

      FUZZ_CHECK (problem->message != NULL && problem->message[0] != '\0',
                  "%s: problem %u has no message", what, i);
      FUZZ_CHECK (g_utf8_validate (line, -1, NULL), "%s: problem %u is not UTF-8", what, i);
    }

  kinds = emb_import_report_get_kinds (report);
  text = emb_import_report_to_string (report);
  FUZZ_CHECK (text != NULL && g_utf8_validate (text, -1, NULL),
              "%s: the report is not UTF-8", what);
}

typedef struct
{
  FuzzImportFunc  func;
  GFile          *file;
  gboolean        ok;
} RealImport;

static gboolean
real_import (EmbDatabase  *database,
             gpointer      user_data,
             GError      **unused)
{
  RealImport *run = user_data;
  EmbImportOptions options = { 0 };
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;

  run->ok = run->func (database, run->file, &options, report, &error);
  check_result ("the import", run->ok, error, report);
  if (!run->ok)
    check_unchanged ("a refused import");
  else
    {
      g_auto(GStrv) kinds = emb_import_report_get_kinds (report);
      guint n_written = 0;

      for (guint i = 0; kinds[i] != NULL; i++)
        {
          guint added, updated, skipped;

          emb_import_report_get_counts (report, kinds[i], &added, &updated, &skipped);
          n_written += added + updated;
        }
      /* Also proves that the triggers see the writes. */
      FUZZ_CHECK ((n_written > 0) == (writes () > 0),
                  "the import counted %u records written, the database %" G_GINT64_FORMAT,
                  n_written, writes ());
    }

  /* Roll back whatever was imported. */
  return FALSE;
}

void
fuzz_run_import (FuzzImportFunc  func,
                 GFile          *file)
{
  EmbImportOptions options = { .dry_run = TRUE };
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  RealImport run = { func, file, FALSE };
  gboolean dry_ok;

  dry_ok = func (db, file, &options, report, &error);
  check_result ("the dry run", dry_ok, error, report);
  check_unchanged ("a dry run");

  FUZZ_CHECK (!emb_database_transaction (db, real_import, &run, NULL),
              "the rolled-back transaction was committed");
  FUZZ_CHECK (run.ok == dry_ok, "the dry run %s but the import %s",
              dry_ok ? "passed" : "failed", run.ok ? "passed" : "failed");
  check_unchanged ("a rolled-back import");
}
