/* test-demo.c: the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-people-store.h"
#include "emb-test-util.h"

#define REFERENCE_DATE "2026-11-23"

static gint64
count (EmbDatabase *db,
       const char  *sql)
{
  return _emb_database_count (db, sql);
}

static double
real (EmbDatabase *db,
      const char  *sql)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _emb_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_double (stmt, 0);
}

static EmbTestDb *
populated (guint32     seed,
           const char *reference_date)
{
  EmbTestDb *tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;

  emb_demo_populate (tdb->db, seed, reference_date, &error);
  g_assert_no_error (error);
  return tdb;
}

/* The default demo, written once and only read by the tests that share it. */
static EmbTestDb *shared;

static EmbDatabase *
shared_db (void)
{
  if (shared == NULL)
    shared = populated (EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE);
  return shared->db;
}

/* Every row of every table without created_at/updated_at (set to the time of
 * writing), and optionally without the UUIDs. */
static char *
content_dump (EmbDatabase *db,
              gboolean     with_uuids)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

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
      const char *table = tables->pdata[i];
      g_autofree char *info = g_strdup_printf ("PRAGMA table_info(\"%s\")", table);
      g_autoptr(GString) columns = g_string_new (NULL);
      g_autofree char *sql = NULL;
      int n;

      g_assert_cmpint (sqlite3_prepare_v2 (handle, info, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *)sqlite3_column_text (stmt, 1);

          if (g_str_equal (name, "created_at") || g_str_equal (name, "updated_at") ||
              (!with_uuids && g_str_equal (name, "uuid")))
            continue;
          g_string_append_printf (columns, "%s\"%s\"", columns->len ? ", " : "", name);
        }
      sqlite3_finalize (stmt);

      /* Every column orders the rows: the tables of kept counts have no rowid. */
      sql = g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY %s", columns->str, table,
                             columns->str);
      g_string_append_printf (out, "== %s\n", table);
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      n = sqlite3_column_count (stmt);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < n; c++)
            {
              const char *v = (const char *)sqlite3_column_text (stmt, c);
              g_string_append_printf (out, "%s%s", c ? "|" : "", v ? v : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* -------------------------------------------------------------------------- */

static void
test_refuses_non_empty (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDepartment) dept = emb_department_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  emb_department_set_name (dept, "Our own team");
  g_assert_true (emb_people_store_save_department (tdb->db, dept, &error));
  g_assert_no_error (error);
  before = emb_test_dump (tdb->db);

  g_assert_false (emb_demo_populate (tdb->db, EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_STATE);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "database");
  g_assert_cmpstr (error->message, !=, "");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM department"), ==, 1);
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM employee"), ==, 0);
}

static void
test_refuses_second_run (void)
{
  g_autoptr(EmbTestDb) tdb = populated (EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;

  g_assert_false (emb_demo_populate (tdb->db, 1, REFERENCE_DATE, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_STATE);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "database");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_invalid_reference_date (void)
{
  static const char *bad[] = { "2026-13-01", "23.11.2026", "2026-02-30", "", "0999-01-01" };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (emb_demo_populate (tdb->db, EMB_DEMO_DEFAULT_SEED, bad[i], &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == EMB_VALIDATION_ERROR);
      g_assert_cmpstr (emb_validation_error_get_field (error), ==, "reference-date");
      g_assert_true (emb_database_is_empty (tdb->db));
    }
}

static void
test_organisation_and_people (void)
{
  g_autoptr(EmbTestDb) tdb = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  EmbDatabase *db;
  double seconds;

  tdb = emb_test_db_new ();
  db = tdb->db;
  changes = emb_test_changes_watch (db);

  g_test_timer_start ();
  g_assert_true (emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE, &error));
  g_assert_no_error (error);
  seconds = g_test_timer_elapsed ();
  g_test_message ("The demo took %.3f s", seconds);

  g_assert_false (emb_database_is_empty (db));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0));

  /* The organisation. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM organisation WHERE name = 'Northbridge Bank'"
                              " AND length(vision) > 20 AND length(cx_strategy) > 200"), ==, 1);

  /* Departments and roles; a role's office is its department's. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM department"), ==, 8);
  g_assert_cmpint (count (db, "SELECT count(*) FROM department WHERE office = 'front'"), ==, 4);
  g_assert_cmpint (count (db, "SELECT count(*) FROM department WHERE office = 'back'"), ==, 4);
  g_assert_cmpint (count (db, "SELECT count(*) FROM role"), ==, 25);
  g_assert_cmpint (count (db, "SELECT count(*) FROM role r JOIN department d ON d.id ="
                              " r.department_id WHERE r.office <> d.office"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM role WHERE attitudes = ''"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM department d WHERE (SELECT count(*) FROM role r"
                              " WHERE r.department_id = d.id) < 2"), ==, 0);

  /* Employees. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee"), ==, 400);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE active = 0"), ==, 20);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT employee_number) FROM employee WHERE"
                              " employee_number GLOB 'NB-[0-9][0-9][0-9][0-9][0-9]'"), ==, 400);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE employee_number ="
                              " 'NB-00001'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT email) FROM employee WHERE email GLOB"
                              " '[a-z]*.[a-z]*@northbridgebank.example'"), ==, 400);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee e JOIN role r ON r.id = e.role_id"
                              " WHERE r.department_id = e.department_id AND e.site <> '' AND"
                              " e.hire_date < '" REFERENCE_DATE "'"), ==, 400);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT site) FROM employee"), >=, 6);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT hire_date) FROM employee"), >, 300);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE hire_date >="
                              " '2025-11-23'"), >, 10);
  /* Polish and Greek names among the others, in Latin script. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE name LIKE '%ski' OR name LIKE"
                              " '%ska' OR name LIKE '%Nowak'"), >, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE name LIKE '%poulos' OR name LIKE"
                              " '%poulou' OR name LIKE '%idis' OR name LIKE '%idou'"), >, 3);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT name) FROM employee"), >, 350);
  /* Every department has people, the contact centre many. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM department d WHERE (SELECT count(*) FROM"
                              " employee e WHERE e.department_id = d.id) < 10"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM role r WHERE (SELECT count(*) FROM employee e"
                              " WHERE e.role_id = r.id AND e.active) = 0"), ==, 0);

  /* Nothing dangles. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
test_journey_and_gaps (void)
{
  EmbDatabase *db = shared_db ();

  g_assert_cmpint (count (db, "SELECT count(*) FROM journey_stage"), ==, 5);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT position) FROM journey_stage"), ==, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM touchpoint"), ==, 25);
  g_assert_cmpint (count (db, "SELECT count(*) FROM journey_stage s WHERE (SELECT count(*) FROM"
                              " touchpoint t WHERE t.stage_id = s.id) <> 5"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM touchpoint WHERE channel = '' OR description ="
                              " ''"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT channel) FROM touchpoint"), >=, 6);

  /* Every role is linked to at least two touchpoints, except the one
   * documented gap: a back-office role without any. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM role r WHERE NOT EXISTS (SELECT 1 FROM"
                              " responsibility x WHERE x.role_id = r.id)"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM role r WHERE r.office = 'back' AND NOT EXISTS"
                              " (SELECT 1 FROM responsibility x WHERE x.role_id = r.id)"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM role r WHERE (SELECT count(*) FROM"
                              " responsibility x WHERE x.role_id = r.id) = 1"), ==, 0);

  /* Every touchpoint has exactly one owner, except the one documented gap,
   * which nobody owns but people still deliver. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM touchpoint t WHERE (SELECT count(*) FROM"
                              " responsibility x WHERE x.touchpoint_id = t.id AND x.level = 'owns')"
                              " = 1"), ==, 24);
  g_assert_cmpint (count (db, "SELECT count(*) FROM touchpoint t WHERE NOT EXISTS (SELECT 1 FROM"
                              " responsibility x WHERE x.touchpoint_id = t.id AND x.level = 'owns')"
                              " AND EXISTS (SELECT 1 FROM responsibility x WHERE x.touchpoint_id ="
                              " t.id AND x.level = 'delivers')"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM touchpoint t WHERE NOT EXISTS (SELECT 1 FROM"
                              " responsibility x WHERE x.touchpoint_id = t.id AND x.level <>"
                              " 'owns')"), ==, 0);

  /* The back office takes part: a credit-risk role supports the loan
   * decision, and most back-office roles have links. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM responsibility x JOIN role r ON r.id ="
                              " x.role_id JOIN department d ON d.id = r.department_id JOIN"
                              " touchpoint t ON t.id = x.touchpoint_id WHERE d.name = 'Credit risk'"
                              " AND t.name = 'Loan decision' AND x.level IN ('owns',"
                              " 'supports')"), >=, 1);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT x.role_id) FROM responsibility x JOIN role r"
                              " ON r.id = x.role_id WHERE r.office = 'back'"), >=, 10);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT level) FROM responsibility"), ==, 4);
}

static void
test_values_promises_acknowledgements (void)
{
  EmbDatabase *db = shared_db ();
  double lowest, highest;

  /* Values, one behaviour a line. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM value"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM value WHERE description <> '' AND"
                              " desired_behaviours LIKE '%' || char(10) || '%' AND"
                              " undesired_behaviours LIKE '%' || char(10) || '%'"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM value_set WHERE published_at <"
                              " '" REFERENCE_DATE "'"), ==, 1);

  /* Promises: 6 published (one edited after publishing), 1 draft, 1 retired. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise"), ==, 8);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise WHERE status = 'published'"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise WHERE status = 'draft'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise WHERE status = 'retired' AND retired_at"
                              " IS NOT NULL"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise p WHERE p.status = 'published' AND"
                              " (SELECT count(*) FROM promise_version v WHERE v.promise_id = p.id"
                              " AND v.state = 'published' AND v.published_at IS NOT NULL) <>"
                              " 1"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise_version v1 JOIN promise_version v2 ON"
                              " v2.promise_id = v1.promise_id AND v2.number = 2 WHERE v1.number = 1"
                              " AND v1.state = 'superseded' AND v2.state = 'published' AND"
                              " v1.published_at < v2.published_at AND v1.statement <>"
                              " v2.statement"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise_version"), ==, 9);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise_version v JOIN promise p ON p.id ="
                              " v.promise_id WHERE p.status = 'draft' AND v.state = 'draft' AND"
                              " v.published_at IS NULL"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise_version v JOIN promise p ON p.id ="
                              " v.promise_id WHERE p.status = 'retired' AND v.state ="
                              " 'retired'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise_version v WHERE v.customer_expectation"
                              " = '' OR NOT EXISTS (SELECT 1 FROM promise_version_touchpoint x"
                              " WHERE x.version_id = v.id)"), ==, 0);

  /* Acknowledgements: only by active employees, after publication, before
   * the reference date; never for a draft. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement"), >, 2500);
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN employee e ON e.id ="
                              " a.employee_id WHERE e.active = 0"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN promise_version v ON"
                              " v.id = a.promise_version_id WHERE v.published_at IS NULL OR"
                              " a.acknowledged_at < v.published_at"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement WHERE acknowledged_at >= '"
                              REFERENCE_DATE "'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN employee e ON e.id ="
                              " a.employee_id WHERE a.acknowledged_at < e.hire_date"), ==, 0);

  /* Coverage of each published version: between 60 and 95 per cent. */
  lowest = real (db, "SELECT min(c) FROM (SELECT 1.0 * (SELECT count(*) FROM acknowledgement a"
                     " WHERE a.promise_version_id = v.id) / (SELECT count(*) FROM employee WHERE"
                     " active) AS c FROM promise_version v WHERE v.state = 'published')");
  highest = real (db, "SELECT max(c) FROM (SELECT 1.0 * (SELECT count(*) FROM acknowledgement a"
                      " WHERE a.promise_version_id = v.id) / (SELECT count(*) FROM employee WHERE"
                      " active) AS c FROM promise_version v WHERE v.state = 'published')");
  g_assert_cmpfloat (lowest, >=, 0.6);
  g_assert_cmpfloat (highest, <=, 0.95);

  /* Coverage of the values varies by department, so gaps show. */
  lowest = real (db, "SELECT min(c) FROM (SELECT 1.0 * (SELECT count(*) FROM acknowledgement a JOIN"
                     " employee e ON e.id = a.employee_id WHERE a.value_set_id IS NOT NULL AND"
                     " e.department_id = d.id) / (SELECT count(*) FROM employee e WHERE e.active"
                     " AND e.department_id = d.id) AS c FROM department d)");
  highest = real (db, "SELECT max(c) FROM (SELECT 1.0 * (SELECT count(*) FROM acknowledgement a"
                      " JOIN employee e ON e.id = a.employee_id WHERE a.value_set_id IS NOT NULL"
                      " AND e.department_id = d.id) / (SELECT count(*) FROM employee e WHERE"
                      " e.active AND e.department_id = d.id) AS c FROM department d)");
  g_assert_cmpfloat (lowest, >=, 0.5);
  g_assert_cmpfloat (highest, <=, 1.0);
  g_assert_cmpfloat (highest - lowest, >=, 0.15);

  /* Announcements: everyone, a department, roles; partly acknowledged;
   * one still a draft, two for the kiosk. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement WHERE published_at <"
                              " '" REFERENCE_DATE "'"), ==, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement WHERE published_at IS NULL"),
                   ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement WHERE on_kiosk"), ==, 2);
  /* Links to read more: on both kiosk announcements, one other, and three
   * published promises; every one a web address. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement WHERE on_kiosk AND link <> ''"),
                   ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement WHERE link <> ''"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM promise WHERE status = 'published'"
                              " AND link <> ''"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM (SELECT link FROM promise UNION ALL"
                              " SELECT link FROM announcement) WHERE link <> ''"
                              " AND link NOT LIKE 'https://%'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT audience) FROM announcement"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement_department x JOIN department d ON"
                              " d.id = x.department_id WHERE d.name = 'Contact centre'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement_role"), ==, 7);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement n WHERE n.needs_ack = 0"
                              " AND EXISTS (SELECT 1 FROM acknowledgement a"
                              " WHERE a.announcement_id = n.id)"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM announcement n WHERE n.needs_ack"
                              " AND EXISTS (SELECT 1 FROM acknowledgement a"
                              " WHERE a.announcement_id = n.id)"), ==, 4);
  /* Nobody acknowledged the draft. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN announcement n"
                              " ON n.id = a.announcement_id WHERE n.published_at IS NULL"), ==, 0);
  /* The department announcement reached only its department, the role
   * announcements only their roles. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN employee e ON e.id ="
                              " a.employee_id JOIN announcement_department x ON x.announcement_id ="
                              " a.announcement_id"
                              " WHERE x.department_id <> e.department_id"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN employee e ON e.id ="
                              " a.employee_id JOIN announcement n ON n.id = a.announcement_id"
                              " WHERE n.audience = 'roles' AND NOT EXISTS (SELECT 1 FROM"
                              " announcement_role r WHERE r.announcement_id = n.id"
                              " AND r.role_id = e.role_id)"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a JOIN announcement n"
                              " ON n.id = a.announcement_id WHERE n.audience = 'roles'"), >, 20);
  /* The newest one is far from fully acknowledged. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM acknowledgement a WHERE a.announcement_id ="
                              " (SELECT id FROM announcement ORDER BY published_at DESC"
                              " LIMIT 1)"), <, 250);
}

static void
test_feedback (void)
{
  EmbDatabase *db = shared_db ();
  gint64 nps, csat, ces;
  double before, after;

  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback"), ==, 3000);
  /* Within the 12 months before the reference date. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE received_at >= '2025-11-23' AND"
                              " received_at < '" REFERENCE_DATE "'"), ==, 3000);
  /* Spread over the year: every month has feedback. */
  g_assert_cmpint (count (db, "SELECT count(DISTINCT substr(received_at, 1, 7)) FROM"
                              " feedback"), >=, 12);

  nps = count (db, "SELECT count(*) FROM feedback WHERE score_type = 'nps'");
  csat = count (db, "SELECT count(*) FROM feedback WHERE score_type = 'csat'");
  ces = count (db, "SELECT count(*) FROM feedback WHERE score_type = 'ces'");
  g_assert_cmpint (nps, >=, 1500);
  g_assert_cmpint (nps, <=, 1800);
  g_assert_cmpint (csat, >=, 600);
  g_assert_cmpint (csat, <=, 900);
  g_assert_cmpint (ces, >=, 200);
  g_assert_cmpint (ces, <=, 400);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE (kind = 'survey') <> (score_type"
                              " <> 'none')"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE kind = 'praise'"), >, 20);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE kind = 'complaint' AND text <>"
                              " ''"), >, 20);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE kind = 'suggestion'"), >, 20);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT text) FROM feedback WHERE text <> ''"), >, 40);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT source) FROM feedback"), ==, 4);
  /* Every follow-up status: new, acknowledged, in progress and closed. */
  g_assert_cmpint (count (db, "SELECT count(DISTINCT follow_up) FROM feedback"), ==, 4);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE follow_up = 'acknowledged'"),
                   >, 5);
  /* Remarks come with the survey tool's categories; a few of the general
   * ones, of several categories, wait for triage without a touchpoint. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE text <> '' AND category = ''"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT category) FROM feedback WHERE category <> ''"),
                   >=, 10);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE triage = 1"), >=, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE triage = 1"), <=, 30);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT category) FROM feedback WHERE triage = 1"),
                   >=, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE triage = 1 AND"
                              " (touchpoint_id IS NOT NULL OR category = '')"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback WHERE follow_up = 'in-progress' AND"
                              " assignee_id IS NULL"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT touchpoint_id) FROM feedback"), ==, 25);

  /* Scores are believable: NPS and CSAT of the whole year. */
  after = real (db, "SELECT 100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*) FROM feedback"
                    " WHERE score_type = 'nps'");
  g_assert_cmpfloat (after, >, -20);
  g_assert_cmpfloat (after, <, 60);
  after = real (db, "SELECT 100.0 * sum(score >= 4) / count(*) FROM feedback WHERE score_type ="
                    " 'csat'");
  g_assert_cmpfloat (after, >, 60);
  g_assert_cmpfloat (after, <, 98);

  /* The touchpoints of the running wave's department do better since the
   * wave started. */
#define PILOT_TOUCHPOINTS \
  " AND touchpoint_id IN (SELECT x.touchpoint_id FROM responsibility x" \
  " JOIN role r ON r.id = x.role_id JOIN pilot_wave w ON w.department_id = r.department_id" \
  " WHERE w.status = 'running' AND x.level IN ('owns', 'delivers'))"
  before = real (db, "SELECT 100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*) FROM feedback"
                     " WHERE score_type = 'nps'" PILOT_TOUCHPOINTS
                     " AND received_at <"
                     " (SELECT starts_on FROM pilot_wave WHERE status = 'running')");
  after = real (db, "SELECT 100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*) FROM feedback"
                    " WHERE score_type = 'nps'" PILOT_TOUCHPOINTS
                    " AND received_at >="
                    " (SELECT starts_on FROM pilot_wave WHERE status = 'running')");
  g_test_message ("NPS of the pilot's touchpoints: %.1f before, %.1f after", before, after);
  g_assert_cmpfloat (after, >, before + 10);
#undef PILOT_TOUCHPOINTS
}

static void
test_recognition_and_pilot (void)
{
  EmbDatabase *db = shared_db ();

  /* Nominations over the last 12 months, in every state. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination"), ==, 300);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE submitted_at >= '2025-11-23'"
                              " AND submitted_at < '" REFERENCE_DATE "'"), ==, 300);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status = 'submitted' AND"
                              " decided_at IS NULL AND decider_id IS NULL"), ==, 15);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status = 'approved'"), >, 150);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status = 'celebrated' AND"
                              " celebrated_at > decided_at"), >=, 20);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status = 'declined'"), >=, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status = 'declined' AND"
                              " decision_note = ''"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status <> 'submitted' AND"
                              " (decided_at IS NULL OR decided_at < submitted_at OR decided_at >="
                              " '" REFERENCE_DATE "')"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE status <> 'celebrated' AND"
                              " celebrated_at IS NOT NULL"), ==, 0);
  /* Nominators: managers, peers, a few anonymous; nominees: mostly people. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE nominator_id IS NULL"), >=, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination n JOIN employee e ON e.id ="
                              " n.nominator_id JOIN role r ON r.id = e.role_id WHERE r.name LIKE"
                              " '%manager' OR r.name LIKE '%team leader'"), >=, 20);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE nominee_department_id IS NOT"
                              " NULL"), >=, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE nominee_employee_id IS NOT"
                              " NULL"), >=, 250);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE nominator_id ="
                              " nominee_employee_id"), ==, 0);
  /* Values, touchpoints, stories and customer praise as evidence. */
  g_assert_cmpint (count (db, "SELECT count(DISTINCT value_id) FROM nomination"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE touchpoint_id IS NOT"
                              " NULL"), >, 200);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT story) FROM nomination"), >=, 10);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination n JOIN feedback f ON f.id ="
                              " n.feedback_id WHERE f.touchpoint_id = n.touchpoint_id AND"
                              " f.received_at <= n.submitted_at AND f.text <> ''"), >=, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination WHERE feedback_id IS NOT NULL"),
                   ==, count (db, "SELECT count(*) FROM nomination n JOIN feedback f ON f.id ="
                                  " n.feedback_id WHERE f.touchpoint_id = n.touchpoint_id"));

  /* One pilot, with guardrails, a running wave and two planned ones. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot WHERE spending_ceiling = 20000 AND"
                              " currency = 'EUR' AND allowed_decisions <> ''"
                              " AND escalation_rule <> '' AND principle ="
                              " 'Decide yourself, but always to the customer''s benefit.'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_wave"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_wave WHERE status = 'planned' AND"
                              " starts_on > '" REFERENCE_DATE "'"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_wave w JOIN department d ON d.id ="
                              " w.department_id WHERE w.status = 'running'"
                              " AND d.name = 'Contact centre'"
                              " AND w.starts_on = date('" REFERENCE_DATE "', '-91 days')"
                              " AND w.ends_on > '" REFERENCE_DATE "'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_wave w JOIN department d ON d.id ="
                              " w.department_id WHERE w.position = 1 AND d.name = 'Branches' AND"
                              " w.status = 'planned'"), ==, 1);

  /* Decisions by the running wave's people, since it started. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision"), ==, 40);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision x JOIN employee e ON e.id ="
                              " x.employee_id JOIN pilot_wave w ON w.department_id ="
                              " e.department_id WHERE w.status = 'running' AND x.decided_on >="
                              " w.starts_on AND x.decided_on < '" REFERENCE_DATE "'"), ==, 40);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision WHERE cost > 20000"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision WHERE cost > 20000 AND"
                              " review_status = 'escalated'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision WHERE cost > 20000 AND"
                              " review_status = 'reviewed' AND review_note <> ''"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision WHERE cost > 20000 AND"
                              " review_status = 'pending'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pilot_decision WHERE review_status ="
                              " 'reviewed'"), >, 20);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT kind) FROM pilot_decision"), >=, 3);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT employee_id) FROM pilot_decision"), >=, 15);
}

static void
test_training_and_assessments (void)
{
  EmbDatabase *db = shared_db ();
  double first, last;

  g_assert_cmpint (count (db, "SELECT count(*) FROM training_objective WHERE expected_change <> ''"
                              " AND knowledge <> '' AND skills <> '' AND attitudes <> '' AND"
                              " review_on > '" REFERENCE_DATE "'"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM training_objective_role"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM training_objective_touchpoint"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM training_observation o JOIN"
                              " training_objective_role x ON x.objective_id = o.objective_id JOIN"
                              " employee e ON e.id = o.employee_id AND e.role_id = x.role_id WHERE"
                              " o.observed_on < '" REFERENCE_DATE "'"), ==, 12);

  /* Quarterly maturity assessments, improving a little. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM maturity_assessment"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM maturity_score"), ==, 27);
  first = real (db, "SELECT avg(score) FROM maturity_score WHERE assessment_id = (SELECT id FROM"
                    " maturity_assessment ORDER BY assessed_on LIMIT 1)");
  last = real (db, "SELECT avg(score) FROM maturity_score WHERE assessment_id = (SELECT id FROM"
                   " maturity_assessment ORDER BY assessed_on DESC LIMIT 1)");
  g_assert_cmpfloat (last, >, first);
  g_assert_cmpfloat (last - first, <, 1.0);

  /* Consistency audits and pulses for every department. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM department d WHERE NOT EXISTS (SELECT 1 FROM"
                              " consistency_audit a WHERE a.department_id = d.id)"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM consistency_audit WHERE declarations <="
                              " behaviours"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM department d WHERE NOT EXISTS (SELECT 1 FROM"
                              " pulse p WHERE p.department_id = d.id)"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pulse p WHERE p.respondents > (SELECT count(*)"
                              " FROM employee e WHERE e.department_id = p.department_id)"), ==, 0);
}

static void
test_deterministic (void)
{
  EmbDatabase *db = shared_db ();
  g_autoptr(EmbTestDb) b = populated (EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE);
  g_autoptr(EmbTestDb) c = populated (EMB_DEMO_DEFAULT_SEED + 1, REFERENCE_DATE);
  g_autoptr(EmbTestDb) d = populated (EMB_DEMO_DEFAULT_SEED, "2027-03-01");
  g_autofree char *dump_a = content_dump (db, TRUE);
  g_autofree char *dump_b = content_dump (b->db, TRUE);
  g_autofree char *content_a = content_dump (db, FALSE);
  g_autofree char *content_c = content_dump (c->db, FALSE);
  g_autofree char *content_d = content_dump (d->db, FALSE);

  /* Same seed and date: the same rows, UUIDs included. */
  g_assert_cmpuint (strlen (dump_a), >, 100000);
  g_assert_cmpstr (dump_a, ==, dump_b);

  /* Another seed: other content, not only other UUIDs. */
  g_assert_cmpstr (content_a, !=, content_c);
  g_assert_cmpint (count (c->db, "SELECT count(*) FROM employee"), ==, 400);
  g_assert_cmpint (count (c->db, "SELECT count(*) FROM feedback"), ==, 3000);

  /* Another date: every date moves with it. */
  g_assert_cmpstr (content_a, !=, content_d);
  g_assert_cmpint (count (d->db, "SELECT count(*) FROM feedback WHERE received_at >= '2026-03-01'"
                                 " AND received_at < '2027-03-01'"), ==, 3000);

  /* UUIDs are version 4 in shape, and unique. */
#define HEX4 "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]"
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE length(uuid) = 36"
                                 " AND uuid GLOB '" HEX4 HEX4 "-" HEX4 "-4"
                                 "[0-9a-f][0-9a-f][0-9a-f]-[89ab]*'"), ==, 400);
#undef HEX4
  g_assert_cmpint (count (db, "SELECT count(DISTINCT uuid) FROM (SELECT uuid FROM employee"
                                 " UNION ALL SELECT uuid FROM feedback"
                                 " UNION ALL SELECT uuid FROM nomination)"), ==, 3700);
}

static void
test_rolls_back_on_failure (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A failure late in the run: the first nomination cannot be written. */
  g_assert_true (_emb_database_exec (tdb->db,
                                     "CREATE TEMP TRIGGER refuse_nominations"
                                     " BEFORE INSERT ON nomination"
                                     " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
                                     &error));
  g_assert_no_error (error);
  before = emb_test_dump (tdb->db);
  changes = emb_test_changes_watch (tdb->db);

  g_assert_false (emb_demo_populate (tdb->db, EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CONSTRAINT);

  g_assert_true (emb_database_is_empty (tdb->db));
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);

  /* Once the obstacle is gone, the demo can be written. */
  g_assert_true (_emb_database_exec (tdb->db, "DROP TRIGGER temp.refuse_nominations", NULL));
  g_clear_error (&error);
  g_assert_true (emb_demo_populate (tdb->db, EMB_DEMO_DEFAULT_SEED, REFERENCE_DATE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (tdb->db, "SELECT count(*) FROM nomination"), ==, 300);
}

static void
test_default_date_is_today (void)
{
  g_autoptr(EmbTestDb) tdb = populated (EMB_DEMO_DEFAULT_SEED, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _emb_database_prepare (tdb->db,
                                "SELECT count(*) FROM feedback WHERE received_at < ?1"
                                " AND received_at >= date(?1, '-365 days')", &error);
  g_assert_no_error (error);
  _emb_bind_text (stmt, 1, today);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 3000);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  emb_test_init (&argc, &argv);

  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/refuses-second-run", test_refuses_second_run);
  g_test_add_func ("/demo/invalid-reference-date", test_invalid_reference_date);
  g_test_add_func ("/demo/organisation-and-people", test_organisation_and_people);
  g_test_add_func ("/demo/journey-and-gaps", test_journey_and_gaps);
  g_test_add_func ("/demo/values-promises-acknowledgements", test_values_promises_acknowledgements);
  g_test_add_func ("/demo/feedback", test_feedback);
  g_test_add_func ("/demo/recognition-and-pilot", test_recognition_and_pilot);
  g_test_add_func ("/demo/training-and-assessments", test_training_and_assessments);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/rolls-back-on-failure", test_rolls_back_on_failure);
  g_test_add_func ("/demo/default-date-is-today", test_default_date_is_today);

  ret = g_test_run ();
  g_clear_pointer (&shared, emb_test_db_free);
  return ret;
}
