/* test-bundle.c: exporting and importing the programme bundle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "emb-bundle-private.h"
#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-import.h"
#include "emb-test-util.h"

/* Helpers ---------------------------------------------------------------- */

static EmbTestDb *
demo_db_new (void)
{
  return emb_test_db_new_demo ();
}

/* Exports @db to NAME in the test database's folder. */
static GFile *
export_to (EmbTestDb  *tdb,
           const char *name)
{
  g_autofree char *path = g_build_filename (tdb->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_bundle_export (tdb->db, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static char *
read_text (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* The bundle's text without the line of "exported_at". */
static char *
without_exported_at (const char *text)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (text));
  const char *line = text;

  /* One pass over the text: bundles in these tests are megabytes. */
  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize len = end != NULL ? (gsize) (end - line) : strlen (line);

      if (!g_str_has_prefix (line, "  \"exported_at\": "))
        {
          g_string_append_len (out, line, len);
          g_string_append_c (out, '\n');
        }
      line += len + (end != NULL ? 1 : 0);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
read_without_exported_at (GFile *file)
{
  g_autofree char *text = read_text (file);

  return without_exported_at (text);
}

static gboolean
import_file (EmbDatabase      *db,
             GFile            *file,
             gboolean          dry_run,
             EmbImportReport  *report,
             GError          **error)
{
  EmbImportOptions options = { 0 };

  options.format = EMB_IMPORT_FORMAT_BUNDLE;
  options.dry_run = dry_run;
  return emb_bundle_import (db, file, &options, NULL, report, error);
}

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "bundle", name, NULL);

  return g_file_new_for_path (path);
}

static void
assert_counts (EmbImportReport *report,
               const char      *kind,
               guint            added,
               guint            updated,
               guint            skipped)
{
  guint a, u, s;

  emb_import_report_get_counts (report, kind, &a, &u, &s);
  if (a != added || u != updated || s != skipped)
    g_error ("%s: expected %u added, %u updated, %u skipped; got %u, %u, %u",
             kind, added, updated, skipped, a, u, s);
}

static gint64
count_rows (EmbDatabase *db,
            const char  *sql)
{
  return _emb_database_count (db, sql);
}

static char *
query_text (EmbDatabase *db,
            const char  *sql)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return _emb_column_dup_text (stmt, 0);
}

static void
exec_sql (EmbDatabase *db,
          const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

/* Round trip ------------------------------------------------------------- */

static void
test_round_trip (void)
{
  g_autoptr(EmbTestDb) source = demo_db_new ();
  g_autoptr(EmbTestDb) target = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) first = export_to (source, "first.json");
  g_autoptr(GFile) second = NULL;
  g_autofree char *first_text = read_text (first);
  g_autofree char *second_text = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (import_file (target->db, first, FALSE, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 0);

  /* Everything was added, nothing updated or skipped. */
  assert_counts (report, "employee", 400, 0, 0);
  assert_counts (report, "feedback", 3000, 0, 0);
  assert_counts (report, "nomination", 300, 0, 0);
  assert_counts (report, "department", 8, 0, 0);
  assert_counts (report, "organisation", 1, 0, 0);
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM promise_version_touchpoint"), ==,
                   count_rows (source->db, "SELECT count(*) FROM promise_version_touchpoint"));
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM maturity_score"), ==,
                   count_rows (source->db, "SELECT count(*) FROM maturity_score"));
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM acknowledgement"), ==,
                   count_rows (source->db, "SELECT count(*) FROM acknowledgement"));

  /* The links of promises and announcements travel. */
  g_assert_cmpint (count_rows (source->db, "SELECT count(*) FROM promise WHERE link <> ''"), >, 0);
  g_assert_cmpint (count_rows (source->db, "SELECT count(*) FROM announcement WHERE link <> ''"), >, 0);
  {
    g_autofree char *source_links = query_text (source->db,
                                                "SELECT group_concat(uuid || link, ' ') FROM"
                                                " (SELECT uuid, link FROM promise UNION ALL"
                                                "  SELECT uuid, link FROM announcement ORDER BY 1)");
    g_autofree char *target_links = query_text (target->db,
                                                "SELECT group_concat(uuid || link, ' ') FROM"
                                                " (SELECT uuid, link FROM promise UNION ALL"
                                                "  SELECT uuid, link FROM announcement ORDER BY 1)");

    g_assert_cmpstr (source_links, ==, target_links);
  }

  /* The derived department of a nomination is kept by the triggers. */
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM nomination WHERE department_id IS NULL"), ==,
                   count_rows (source->db, "SELECT count(*) FROM nomination WHERE department_id IS NULL"));

  second = export_to (target, "second.json");
  second_text = read_text (second);
  a = without_exported_at (first_text);
  b = without_exported_at (second_text);
  g_assert_cmpuint (strlen (a), <, strlen (first_text));
  g_assert_cmpstr (a, ==, b);
}

/* A hand-written bundle -------------------------------------------------- */

/* good.json leaves optional members out, writes a time with an offset and
 * a reference in capitals: all are read into the stored forms. */
static void
test_import_hand_written (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(EmbImportReport) again = emb_import_report_new ();
  g_autoptr(GFile) file = fixture ("good.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *published = NULL;
  g_autofree char *role = NULL;
  g_autofree char *scores = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (import_file (tdb->db, file, FALSE, report, &error));
  g_assert_no_error (error);
  assert_counts (report, "organisation", 1, 0, 0);
  assert_counts (report, "employee", 2, 0, 0);
  assert_counts (report, "promise-version", 1, 0, 0);
  assert_counts (report, "wave", 1, 0, 0);
  assert_counts (report, "decision", 1, 0, 0);
  assert_counts (report, "observation", 1, 0, 0);
  assert_counts (report, "maturity-assessment", 1, 0, 0);
  assert_counts (report, "pulse", 1, 0, 0);

  /* Defaults for what was left out. */
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM employee WHERE employee_number = 'HB-002'"
                                        " AND active = 1 AND email = '' AND site = ''"
                                        " AND hire_date IS NULL AND department_id IS NULL"), ==, 1);
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM feedback WHERE kind = 'complaint'"
                                        " AND score_type = 'none' AND score IS NULL"
                                        " AND follow_up = 'new' AND channel = ''"), ==, 1);

  /* "+02:00" is stored in UTC; an upper-case UUID finds its record. */
  published = query_text (tdb->db, "SELECT published_at FROM promise_version");
  g_assert_cmpstr (published, ==, "2026-02-01T08:00:00.000Z");
  role = query_text (tdb->db, "SELECT r.name FROM employee e JOIN role r ON r.id = e.role_id"
                              " WHERE e.employee_number = 'HB-002'");
  g_assert_cmpstr (role, ==, "Picker");

  /* Lists and scores. */
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM promise_version_touchpoint"), ==, 2);
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM announcement_department"), ==, 1);
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM training_objective_role"), ==, 1);
  scores = query_text (tdb->db, "SELECT group_concat(area || '=' || score, ',') FROM"
                                " (SELECT area, score FROM maturity_score ORDER BY area)");
  g_assert_cmpstr (scores, ==, "acting=5,culture=1,employee-experience=2,journey-mapping=3,"
                               "leadership=4,listening=3,strategy=2,technology=1,understanding=4");
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM nomination n JOIN department d"
                                        " ON d.id = n.department_id WHERE d.name = 'Shop floor'"), ==, 1);

  /* The same file again changes nothing. */
  before = emb_test_dump (tdb->db);
  g_assert_true (import_file (tdb->db, file, FALSE, again, &error));
  g_assert_no_error (error);
  assert_counts (again, "employee", 0, 0, 2);
  assert_counts (again, "promise-version", 0, 0, 1);
  assert_counts (again, "maturity-assessment", 0, 0, 1);
  assert_counts (again, "training-objective", 0, 0, 1);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

/* Merge and dry run ------------------------------------------------------ */

/* A database made from @bundle, then changed: 1 department renamed, 3
 * e-mails changed, 5 feedback deleted, a touchpoint taken off a promise
 * version, the note of a maturity score changed, and a department added. */
static EmbTestDb *
changed_copy_new (GFile *bundle)
{
  EmbTestDb *tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (import_file (tdb->db, bundle, FALSE, report, &error));
  g_assert_no_error (error);

  exec_sql (tdb->db, "UPDATE department SET name = 'Renamed'"
                     " WHERE id = (SELECT min(id) FROM department)");
  exec_sql (tdb->db, "UPDATE employee SET email = 'changed@example.org'"
                     " WHERE id IN (SELECT id FROM employee ORDER BY id LIMIT 3)");
  exec_sql (tdb->db, "DELETE FROM feedback WHERE id IN (SELECT id FROM feedback"
                     " WHERE id NOT IN (SELECT feedback_id FROM nomination"
                     "                  WHERE feedback_id IS NOT NULL)"
                     " ORDER BY id LIMIT 5)");
  exec_sql (tdb->db, "DELETE FROM promise_version_touchpoint WHERE rowid ="
                     " (SELECT min(rowid) FROM promise_version_touchpoint)");
  exec_sql (tdb->db, "UPDATE maturity_score SET note = 'changed'"
                     " WHERE assessment_id = (SELECT min(id) FROM maturity_assessment)"
                     " AND area = 'culture'");
  exec_sql (tdb->db, "INSERT INTO department (uuid, name, office, created_at, updated_at)"
                     " VALUES ('0d5e7a52-8c1b-4f3e-9a2d-6b4c1e8f0a37', 'Extra', 'back',"
                     " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
  return tdb;
}

static void
assert_merge_counts (EmbImportReport *report,
                     EmbTestDb       *source)
{
  gint64 versions = count_rows (source->db, "SELECT count(*) FROM promise_version");

  assert_counts (report, "department", 0, 1, 7);
  assert_counts (report, "employee", 0, 3, 397);
  assert_counts (report, "feedback", 5, 0, 2995);
  assert_counts (report, "promise-version", 0, 1, (guint)versions - 1);
  assert_counts (report, "maturity-assessment", 0, 1, 2);
  assert_counts (report, "nomination", 0, 0, 300);
  assert_counts (report, "organisation", 0, 0, 1);
}

static void
test_merge (void)
{
  g_autoptr(EmbTestDb) source = demo_db_new ();
  g_autoptr(GFile) bundle = export_to (source, "programme.json");
  g_autoptr(EmbTestDb) target = changed_copy_new (bundle);
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (target->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) merged = NULL;
  g_autofree char *source_text = NULL;
  g_autofree char *merged_text = NULL;

  g_assert_true (import_file (target->db, bundle, FALSE, report, &error));
  g_assert_no_error (error);
  assert_merge_counts (report, source);

  /* The bundle's values are back, and nothing was deleted. */
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM department WHERE name = 'Renamed'"), ==, 0);
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM employee"
                                           " WHERE email = 'changed@example.org'"), ==, 0);
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM feedback"), ==, 3000);
  name = query_text (target->db, "SELECT name FROM department"
                                 " WHERE uuid = '0d5e7a52-8c1b-4f3e-9a2d-6b4c1e8f0a37'");
  g_assert_cmpstr (name, ==, "Extra");
  g_assert_cmpint (count_rows (target->db, "SELECT count(*) FROM department"), ==, 9);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0));

  /* Apart from the added department, both databases now hold the same. */
  exec_sql (target->db, "DELETE FROM department WHERE name = 'Extra'");
  merged = export_to (target, "merged.json");
  source_text = read_without_exported_at (bundle);
  merged_text = read_without_exported_at (merged);
  g_assert_cmpstr (source_text, ==, merged_text);
}

static void
test_dry_run (void)
{
  g_autoptr(EmbTestDb) source = demo_db_new ();
  g_autoptr(GFile) bundle = export_to (source, "programme.json");
  g_autoptr(EmbTestDb) target = changed_copy_new (bundle);
  g_autoptr(EmbTestDb) empty = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(EmbImportReport) into_empty = emb_import_report_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (target->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (target->db);
  g_autofree char *after = NULL;
  g_autofree char *empty_before = emb_test_dump (empty->db);
  g_autofree char *empty_after = NULL;

  g_assert_true (import_file (target->db, bundle, TRUE, report, &error));
  g_assert_no_error (error);
  assert_merge_counts (report, source);
  after = emb_test_dump (target->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);

  g_assert_true (import_file (empty->db, bundle, TRUE, into_empty, &error));
  g_assert_no_error (error);
  assert_counts (into_empty, "employee", 400, 0, 0);
  assert_counts (into_empty, "acknowledgement",
                 (guint)count_rows (source->db, "SELECT count(*) FROM acknowledgement"), 0, 0);
  empty_after = emb_test_dump (empty->db);
  g_assert_cmpstr (empty_before, ==, empty_after);
  g_assert_true (emb_database_is_empty (empty->db));
}

/* Bad input -------------------------------------------------------------- */

typedef struct
{
  const char *file;
  int         code;
  const char *path;
  const char *field;
  const char *message;   /* a part of the problem's message */
  guint       line;      /* checked when not 0 */
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty.json", EMB_IMPORT_ERROR_INVALID, "$", NULL, "The file is empty.", 0 },
  { "not-json.json", EMB_IMPORT_ERROR_INVALID, "$", NULL,
    "not valid JSON (line 1, column 1): Unexpected character “e”.", 1 },
  { "garbage.bin", EMB_IMPORT_ERROR_INVALID, "$", NULL,
    "not valid JSON (line 1, column 1): Unexpected byte 0x89", 1 },
  { "wrong-format.json", EMB_IMPORT_ERROR_UNSUPPORTED, "$.format", "format",
    "its “format” is not “embassy-bundle”", 0 },
  { "version-99.json", EMB_IMPORT_ERROR_UNSUPPORTED, "$.version", "version",
    "The bundle has version 99", 0 },
  { "string-for-number.json", EMB_IMPORT_ERROR_INVALID, "$.values[0].position", "position",
    "“Position” must be a whole number.", 0 },
  { "long-name.json", EMB_IMPORT_ERROR_INVALID, "$.departments[0].name", "name",
    "“Name” is too long: 300 characters, at most 200 are allowed.", 0 },
  { "bad-enum.json", EMB_IMPORT_ERROR_INVALID, "$.departments[1].office", "office",
    "“Office” must be one of “front”, “back”, not “middle”.", 0 },
  { "bad-date.json", EMB_IMPORT_ERROR_INVALID, "$.employees[0].hire_date", "hire_date",
    "not “2021-02-30”", 0 },
  { "duplicate-uuid.json", EMB_IMPORT_ERROR_INVALID, "$.departments[2].uuid", "uuid",
    "The UUID de000000-0000-4000-8000-000000000001 is already used by $.departments[0].", 0 },
  { "missing-reference.json", EMB_IMPORT_ERROR_INVALID, "$.roles[1].department", "department",
    "“Department” refers to de000000-0000-4000-8000-000000000099, which is neither in the "
    "file nor in the database.", 0 },
  { "invalid-utf8.json", EMB_IMPORT_ERROR_INVALID, "$.departments[1].name", "name",
    "The text is not valid UTF-8.", 0 },
  { "bad-link.json", EMB_IMPORT_ERROR_INVALID, "$.announcements[0].link", "link",
    "“Link” must be a web address that starts with https:// or http://, such as "
    "https://example.com/more, not “www.harbour.example/opening-hours”.", 0 },
};

/* A database that holds good.json. */
static EmbTestDb *
good_db_new (void)
{
  EmbTestDb *tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GFile) good = fixture ("good.json");
  g_autoptr(GError) error = NULL;

  g_assert_true (import_file (tdb->db, good, FALSE, report, &error));
  g_assert_no_error (error);
  return tdb;
}

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autoptr(EmbTestDb) tdb = good_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GFile) file = fixture (bad->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  const EmbImportProblem *problem;

  /* Through the dispatcher, as the app and the command line do. */
  g_assert_false (emb_import_file (tdb->db, file, &(EmbImportOptions) { EMB_IMPORT_FORMAT_BUNDLE },
                                   NULL, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, bad->code);
  if (bad->code == EMB_IMPORT_ERROR_INVALID)
    g_assert_cmpstr (error->message, ==, "1 problem found; nothing was imported.");

  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 1);
  problem = emb_import_report_get_problem (report, 0);
  g_assert_cmpstr (problem->file, ==, bad->file);
  g_assert_cmpstr (problem->path, ==, bad->path);
  g_assert_cmpstr (problem->field, ==, bad->field);
  if (strstr (problem->message, bad->message) == NULL)
    g_error ("“%s” does not contain “%s”", problem->message, bad->message);
  if (bad->line != 0)
    g_assert_cmpuint (problem->line, ==, bad->line);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static GFile *
write_bundle (EmbTestDb  *tdb,
              const char *name,
              const char *text)
{
  g_autofree char *path = g_build_filename (tdb->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static const EmbImportProblem *
find_problem (EmbImportReport *report,
              const char      *path,
              const char      *field)
{
  for (guint i = 0; i < emb_import_report_get_n_problems (report); i++)
    {
      const EmbImportProblem *problem = emb_import_report_get_problem (report, i);

      if (g_strcmp0 (problem->path, path) == 0 && g_strcmp0 (problem->field, field) == 0)
        return problem;
    }
  g_error ("no problem at %s (%s)", path, field);
  return NULL;
}

#define T "\"created_at\": \"2026-01-01T00:00:00.000Z\", \"updated_at\": \"2026-01-01T00:00:00.000Z\""
#define UUID(n) "\"uuid\": \"0b7d5a4e-3c0f-4d1b-9a6e-0000000000" #n "\""

/* Every record is checked: one import lists all that is wrong. */
static void
test_every_problem_listed (void)
{
  static const char text[] =
    "{ \"format\": \"embassy-bundle\", \"version\": 1, \"unknown_member\": [],\n"
    "  \"departments\": [ { " UUID (01) ", " T ", \"name\": \"Shop\", \"office\": \"front\","
    "                       \"nmae\": \"typo\" } ],\n"
    "  \"employees\": [ { " UUID (11) ", " T ", \"employee_number\": \"E1\", \"name\": \"A\" },\n"
    "                   { " UUID (12) ", " T ", \"employee_number\": \"E1\", \"name\": \"B\" } ],\n"
    "  \"feedback\": [ { " UUID (21) ", " T ", \"received_at\": \"2026-01-02T00:00:00Z\","
    "                    \"kind\": \"survey\", \"score_type\": \"csat\", \"score\": 9 },\n"
    "                  { " UUID (22) ", " T ", \"received_at\": \"2026-01-02T00:00:00Z\","
    "                    \"kind\": \"praise\", \"score\": 3 } ],\n"
    "  \"nominations\": [ { " UUID (31) ", " T ", \"value\": \"0b7d5a4e-3c0f-4d1b-9a6e-000000000099\","
    "                       \"story\": \"Kind.\", \"submitted_at\": \"2026-01-03T00:00:00Z\" } ],\n"
    "  \"pilots\": [ { " UUID (41) ", " T ", \"name\": \"P\", \"principle\": \"Decide.\","
    "                  \"currency\": \"eur\", \"waves\": [ { " UUID (42) ", " T ","
    "                  \"department\": \"0b7d5a4e-3c0f-4d1b-9a6e-000000000001\","
    "                  \"starts_on\": \"2026-05-01\", \"ends_on\": \"2026-04-01\" } ] } ],\n"
    "  \"maturity_assessments\": [ { " UUID (51) ", " T ", \"assessed_on\": \"2026-01-01\","
    "                                \"scores\": { \"culture\": { \"score\": 6 } } } ]\n"
    "}\n";
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GFile) file = write_bundle (tdb, "problems.json", text);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  const EmbImportProblem *problem;

  g_assert_false (import_file (tdb->db, file, FALSE, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "18 problems found; nothing was imported.");
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 18);

  find_problem (report, "$.unknown_member", "unknown_member");
  find_problem (report, "$.departments[0].nmae", "nmae");
  problem = find_problem (report, "$.employees[1].employee_number", "employee_number");
  g_assert_cmpstr (problem->message, ==, "Another employee already has the number “E1”.");
  problem = find_problem (report, "$.feedback[0].score", "score");
  g_assert_cmpstr (problem->message, ==, "“Score” must be between 1 and 5; it is 9.");
  problem = find_problem (report, "$.feedback[1].score", "score");
  g_assert_cmpstr (problem->message, ==, "“Score” must be null when the score type is “none”.");
  find_problem (report, "$.nominations[0].value", "value");
  find_problem (report, "$.nominations[0].nominee_employee", "nominee_employee");
  find_problem (report, "$.pilots[0].currency", "currency");
  find_problem (report, "$.pilots[0].waves[0].ends_on", "ends_on");
  find_problem (report, "$.maturity_assessments[0].scores.culture.score", "score");
  find_problem (report, "$.maturity_assessments[0].scores", "leadership");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

/* Past EMB_IMPORT_MAX_PROBLEMS the report is full and checking stops. */
static void
test_problems_capped (void)
{
  g_autoptr(EmbTestDb) tdb = good_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GString) text = g_string_new ("{ \"format\": \"embassy-bundle\", \"version\": 1,"
                                          " \"employees\": [");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < 3 * EMB_IMPORT_MAX_PROBLEMS; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_string_append_printf (text, "%s{ \"uuid\": \"%s\", " T ", \"employee_number\": \"X-%u\","
                              " \"name\": \"X\", \"email\": \"not an address\" }",
                              i > 0 ? ", " : "", uuid, i);
    }
  g_string_append (text, "] }");
  file = write_bundle (tdb, "many.json", text->str);

  g_assert_false (import_file (tdb->db, file, FALSE, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
  expected = g_strdup_printf ("%d problems found; nothing was imported.", EMB_IMPORT_MAX_PROBLEMS);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, EMB_IMPORT_MAX_PROBLEMS);
  g_assert_true (emb_import_report_is_full (report));
  g_assert_cmpstr (emb_import_report_get_problem (report, 99)->path, ==, "$.employees[99].email");

  summary = emb_import_report_to_string (report);
  g_assert_nonnull (strstr (summary, "many.json: $.employees[0].email: email: "));
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
cancel_midway (double   fraction,
               gpointer user_data)
{
  if (fraction > 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_import_cancelled (void)
{
  g_autoptr(EmbTestDb) source = demo_db_new ();
  g_autoptr(GFile) bundle = export_to (source, "programme.json");
  g_autoptr(EmbTestDb) tdb = good_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  EmbImportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;

  options.progress = cancel_midway;
  options.progress_data = cancellable;
  g_assert_false (emb_bundle_import (tdb->db, bundle, &options, cancellable, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import_unreadable (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autofree char *path = g_build_filename (tdb->dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (import_file (tdb->db, file, FALSE, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "missing.json"));
}

/* Export ----------------------------------------------------------------- */

/* The document's members, in the order of the format. */
static void
test_export_layout (void)
{
  static const char * const members[] = {
    "format", "version", "exported_at", "organisation", "departments", "roles", "employees",
    "values", "value_sets", "stages", "touchpoints", "responsibilities", "promises",
    "announcements", "acknowledgements", "feedback", "nominations", "pilots",
    "training_objectives", "maturity_assessments", "consistency_audits", "pulses", NULL
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) file = export_to (tdb, "empty.json");
  g_autofree char *text = read_text (file);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) names = NULL;
  g_autoptr(EmbTestDb) other = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  JsonObject *root;
  guint i = 0;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  names = json_object_get_members (root);
  for (GList *l = names; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, members[i]);
  g_assert_null (members[i]);

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "embassy-bundle");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_true (json_object_get_null_member (root, "organisation"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "feedback")), ==, 0);
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"embassy-bundle\",\n  \"version\": 1,\n"));
  g_assert_nonnull (strstr (text, "\n  \"departments\": [],\n"));
  g_assert_true (g_str_has_suffix (text, "\n  \"pulses\": []\n}\n"));

  /* An empty bundle imports as nothing. */
  g_assert_true (import_file (other->db, file, FALSE, report, &error));
  g_assert_no_error (error);
  assert_counts (report, "department", 0, 0, 0);
  g_assert_true (emb_database_is_empty (other->db));
}

/* Text is escaped so that any name survives export and import. */
static void
test_export_escapes_text (void)
{
  static const char name[] = "Quote \" back\\slash\nnew line\ttab \001 Zażółć Ελένη /";
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestDb) copy = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *department;

  stmt = _emb_database_prepare (tdb->db,
                                "INSERT INTO department (uuid, name, office, created_at, updated_at)"
                                " VALUES ('0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90', ?1, 'front',"
                                " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                                &error);
  g_assert_no_error (error);
  _emb_bind_text (stmt, 1, name);
  g_assert_true (_emb_database_step_done (tdb->db, stmt, &error));
  g_assert_no_error (error);

  file = export_to (tdb, "escaped.json");
  text = read_text (file);
  g_assert_nonnull (strstr (text, "\"name\": \"Quote \\\" back\\\\slash\\nnew line\\ttab \\u0001 "
                                  "Zażółć Ελένη /\""));
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  department = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                  "departments"), 0);
  g_assert_cmpstr (json_object_get_string_member (department, "name"), ==, name);

  g_assert_true (import_file (copy->db, file, FALSE, report, &error));
  g_assert_no_error (error);
  stored = query_text (copy->db, "SELECT name FROM department");
  g_assert_cmpstr (stored, ==, name);
}

typedef struct
{
  GArray       *fractions;
  GCancellable *cancel;   /* cancelled at the first call, when set */
} Progress;

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->fractions, fraction);
  if (progress->cancel != NULL)
    g_cancellable_cancel (progress->cancel);
}

static void
test_export_progress (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autofree char *path = g_build_filename (tdb->dir, "progress.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Progress progress = { fractions, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_bundle_export (tdb->db, file, record_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >, 5);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_assert_null (_emb_database_get_busy_statement (tdb->db));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A cancelled export leaves the old file as it was, and no temporary file. */
static void
test_export_cancelled (void)
{
  g_autoptr(EmbTestDb) tdb = demo_db_new ();
  g_autofree char *dir = g_build_filename (tdb->dir, "out", NULL);
  g_autofree char *path = g_build_filename (dir, "programme.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Progress progress = { fractions, cancellable };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "the old bundle", -1, NULL));

  g_assert_false (emb_bundle_export (tdb->db, file, record_progress, &progress, cancellable,
                                     &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  text = read_text (file);
  g_assert_cmpstr (text, ==, "the old bundle");
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* And the database is not left inside a read transaction. */
  g_assert_null (_emb_database_get_busy_statement (tdb->db));
  g_assert_true (sqlite3_get_autocommit (_emb_database_get_handle (tdb->db)));
}

static void
test_export_unwritable (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autofree char *path = g_build_filename (tdb->dir, "no-such-folder", "programme.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_bundle_export (tdb->db, file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "programme.json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

typedef struct
{
  gboolean  done;
  GError   *error;
} AsyncResult;

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncResult *async = user_data;

  g_assert_true (emb_bundle_export_finish (EMB_DATABASE (source), result, &async->error));
  async->done = TRUE;
}

static void
count_calls (double   fraction,
             gpointer user_data)
{
  g_atomic_int_inc ((int *)user_data);
}

static void
test_export_async (void)
{
  g_autoptr(EmbTestDb) tdb = good_db_new ();
  g_autofree char *path = g_build_filename (tdb->dir, "async.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) expected = export_to (tdb, "sync.json");
  AsyncResult async = { FALSE, NULL };
  g_autofree char *text = NULL;
  g_autofree char *expected_text = NULL;
  int calls = 0;

  emb_bundle_export_async (tdb->db, file, count_calls, &calls, NULL, export_done, &async);
  while (!async.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (async.error);
  g_assert_cmpint (g_atomic_int_get (&calls), >=, 1);

  text = read_without_exported_at (file);
  expected_text = read_without_exported_at (expected);
  g_assert_cmpstr (text, ==, expected_text);
}

/* The schema ------------------------------------------------------------- */

static void
assert_members (JsonObject *object,
                GPtrArray  *expected,
                const char *where)
{
  g_autoptr(GList) names = json_object_get_members (object);
  guint i = 0;

  for (GList *l = names; l != NULL; l = l->next, i++)
    if (i >= expected->len || !g_str_equal (l->data, expected->pdata[i]))
      g_error ("%s: the schema has “%s” where the format has “%s”", where, (char *)l->data,
               i < expected->len ? (char *)expected->pdata[i] : "nothing");
  if (i != expected->len)
    g_error ("%s: the schema lacks “%s”", where, (char *)expected->pdata[i]);
}

static gboolean
array_has (JsonArray  *array,
           const char *text)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_str_equal (json_array_get_string_element (array, i), text))
      return TRUE;
  return FALSE;
}

/* data/embassy-bundle.schema.json describes exactly the format of the code:
 * the same members, required ones, types, lengths, ranges and choices. */
static void
test_schema_matches_format (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "data",
                                                 "embassy-bundle.schema.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *schema;
  JsonObject *defs;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  schema = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (schema, "$schema"), ==,
                   "https://json-schema.org/draft/2020-12/schema");
  defs = json_object_get_object_member (schema, "$defs");

  g_ptr_array_add (top, (char *)"format");
  g_ptr_array_add (top, (char *)"version");
  g_ptr_array_add (top, (char *)"exported_at");
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    if (_emb_bundle_kind (id)->parent == EMB_BUNDLE_TOP)
      g_ptr_array_add (top, (char *)_emb_bundle_kind (id)->table->member);
  assert_members (json_object_get_object_member (schema, "properties"), top, "$");

  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    {
      const EmbTable *table = _emb_bundle_kind (id)->table;
      JsonObject *def = json_object_get_object_member (defs, table->name);
      JsonObject *properties;
      JsonArray *required;
      g_autoptr(GPtrArray) members = _emb_bundle_members (id);

      g_assert_nonnull (def);
      properties = json_object_get_object_member (def, "properties");
      required = json_object_get_array_member (def, "required");
      g_assert_false (json_object_get_boolean_member (def, "additionalProperties"));

      g_ptr_array_set_size (members, members->len - 1);   /* without the NULL */
      assert_members (properties, members, table->name);

      g_assert_true (array_has (required, "uuid"));
      for (guint i = 0; i < table->n_columns; i++)
        {
          const EmbColumn *field = &table->columns[i];
          JsonObject *property;
          gboolean must = field->fallback == NULL && !(field->flags & EMB_COLUMN_NULLABLE);

          if (field->member == NULL)
            {
              /* Only the parent is no member: the record is nested in it. */
              g_assert_true (field->flags & EMB_COLUMN_PARENT);
              continue;
            }
          property = json_object_get_object_member (properties, field->member);
          if (array_has (required, field->member) != must)
            g_error ("%s.%s: required in the schema: %d", table->name, field->member, !must);

          switch (field->type)
            {
            case EMB_COLUMN_TEXT:
              g_assert_cmpint (json_object_get_int_member (property, "maxLength"), ==, field->max);
              break;
            case EMB_COLUMN_LINK:
              g_assert_cmpint (json_object_get_int_member (property, "maxLength"), ==, field->max);
              g_assert_true (g_str_has_prefix (json_object_get_string_member (property, "pattern"),
                                               "^$|"));
              break;
            case EMB_COLUMN_INT:
            case EMB_COLUMN_REAL:
              g_assert_cmpint (json_object_get_int_member (property, "minimum"), ==, field->min);
              g_assert_cmpint (json_object_get_int_member (property, "maximum"), ==, field->max);
              break;
            case EMB_COLUMN_ENUM:
              {
                g_autoptr(GEnumClass) klass = g_type_class_ref (field->enum_type ());
                JsonArray *choices = json_object_get_array_member (property, "enum");
                guint n = 0;

                for (guint v = 0; v < klass->n_values; v++)
                  if (klass->values[v].value >= field->min)
                    g_assert_cmpstr (json_array_get_string_element (choices, n++), ==,
                                     klass->values[v].value_nick);
                g_assert_cmpuint (json_array_get_length (choices), ==, n);
              }
              break;
            case EMB_COLUMN_EMAIL:
            case EMB_COLUMN_CURRENCY:
            case EMB_COLUMN_DATE:
            case EMB_COLUMN_TIMESTAMP:
            case EMB_COLUMN_BOOL:
            case EMB_COLUMN_REF:
            default:
              break;
            }
        }
    }
}

/* The example of docs/bundle-format.md imports as it is. */
static void
test_docs_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "docs",
                                                 "bundle-format.md", NULL);
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *page = NULL;
  g_autofree char *example = NULL;
  const char *start;
  const char *end;

  g_assert_true (g_file_get_contents (path, &page, NULL, &error));
  g_assert_no_error (error);
  start = strstr (page, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "\n```");
  g_assert_nonnull (end);
  example = g_strndup (start, end - start);

  file = write_bundle (tdb, "example.json", example);
  g_assert_true (import_file (tdb->db, file, FALSE, report, &error));
  g_assert_no_error (error);
  assert_counts (report, "organisation", 1, 0, 0);
  assert_counts (report, "promise-version", 1, 0, 0);
  assert_counts (report, "decision", 1, 0, 0);
  assert_counts (report, "maturity-assessment", 1, 0, 0);
  assert_counts (report, "training-objective", 0, 0, 0);
  g_assert_cmpint (count_rows (tdb->db, "SELECT count(*) FROM maturity_score"), ==, 9);
  {
    g_autofree char *link = query_text (tdb->db, "SELECT link FROM promise");

    g_assert_cmpstr (link, ==, "https://harbour-books.example/promise");
  }
}

/* Main ------------------------------------------------------------------- */

int
main (int    argc,
      char **argv)
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/bundle/round-trip", test_round_trip);
  g_test_add_func ("/bundle/schema-matches-format", test_schema_matches_format);
  g_test_add_func ("/bundle/docs-example", test_docs_example);
  g_test_add_func ("/bundle/export/layout", test_export_layout);
  g_test_add_func ("/bundle/export/escapes-text", test_export_escapes_text);
  g_test_add_func ("/bundle/export/progress", test_export_progress);
  g_test_add_func ("/bundle/export/cancelled", test_export_cancelled);
  g_test_add_func ("/bundle/export/unwritable", test_export_unwritable);
  g_test_add_func ("/bundle/export/async", test_export_async);
  g_test_add_func ("/bundle/import/hand-written", test_import_hand_written);
  g_test_add_func ("/bundle/import/merge", test_merge);
  g_test_add_func ("/bundle/import/dry-run", test_dry_run);
  g_test_add_func ("/bundle/import/every-problem-listed", test_every_problem_listed);
  g_test_add_func ("/bundle/import/problems-capped", test_problems_capped);
  g_test_add_func ("/bundle/import/cancelled", test_import_cancelled);
  g_test_add_func ("/bundle/import/unreadable", test_import_unreadable);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/bundle/import/bad/%s", bad_inputs[i].file);

      g_test_add_data_func (name, &bad_inputs[i], test_bad_input);
    }

  return g_test_run ();
}
