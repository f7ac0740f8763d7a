/* test-person.c: exporting and erasing one employee's personal data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-bundle.h"
#include "emb-database-private.h"
#include "emb-feedback-routing.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-person-erase.h"
#include "emb-person-export.h"
#include "emb-import-report.h"
#include "emb-pin-private.h"
#include "emb-pin.h"
#include "emb-records.h"
#include "emb-staff-session.h"
#include "emb-test-util.h"

#define NUMBER "HR-48213"
#define NAME   "Anna Kowalska-Żurek"
#define EMAIL  "anna.kowalska@example.com"
#define PIN    "735913"
#define CUSTOMER_REF "CUST-77321"

typedef struct
{
  EmbTestDb *tdb;
  gint64     anna, jan, maria;
  gint64     version_id;
  char      *uuid;
} Fixture;

static void
exec (EmbDatabase *db,
      const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbDatabase *db;
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbEmployee) anna = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *sql = NULL;
  g_autofree char *draft_key = NULL;
  gint64 department, role, stage, touchpoint;

  f->tdb = emb_test_db_new ();
  db = f->tdb->db;
  department = emb_test_add_department (db, "Check-in");
  role = emb_test_add_role (db, department, "Agent");
  f->anna = emb_test_add_employee (db, NUMBER, NAME, department, role, TRUE);
  f->jan = emb_test_add_employee (db, "HR-10001", "Jan Nowak", department, role, TRUE);
  f->maria = emb_test_add_employee (db, "HR-10002", "Maria Wiśniewska", department, 0, TRUE);
  stage = emb_test_add_stage (db, "Airport");
  touchpoint = emb_test_add_touchpoint (db, stage, "Check-in desk");
  emb_test_add_responsibility (db, role, touchpoint, EMB_RESPONSIBILITY_LEVEL_OWNS);
  emb_test_add_value (db, "Care");
  f->version_id = emb_test_add_published_promise (db, "We greet every passenger", &touchpoint, 1);

  anna = emb_people_store_get_employee (db, f->anna, &error);
  g_assert_no_error (error);
  emb_employee_set_email (anna, EMAIL);
  emb_employee_set_site (anna, "Warsaw");
  emb_employee_set_hire_date (anna, "2019-04-01");
  g_assert_true (emb_people_store_save_employee (db, anna, &error));
  g_assert_no_error (error);
  f->uuid = g_strdup (emb_record_get_uuid (EMB_RECORD (anna)));

  /* What the programme holds about her, written as it is. */
  sql = g_strdup_printf (
    "INSERT INTO feedback (id, uuid, received_at, kind, score_type, score, text, customer_ref,"
    "  assignee_id, touchpoint_id, created_at, updated_at)"
    " VALUES (501, 'f0000000-0000-4000-8000-000000000501', '2026-02-01T10:00:00Z', 'praise',"
    "  'nps', 10, '" NAME " helped me, call me on +48 601 234 567', '" CUSTOMER_REF "',"
    "  %1$" G_GINT64_FORMAT ", %4$" G_GINT64_FORMAT ", '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z');"
    "INSERT INTO nomination (uuid, nominee_employee_id, nominator_id, value_id, feedback_id,"
    "  story, status, decider_id, decision_note, submitted_at, decided_at, created_at,"
    "  updated_at) VALUES"
    " ('a0000000-0000-4000-8000-000000000001', %1$" G_GINT64_FORMAT ", %2$" G_GINT64_FORMAT ","
    "  1, 501, '" NAME " stayed late <b>twice</b>', 'approved', %3$" G_GINT64_FORMAT ","
    "  'Well done', '2026-02-02T10:00:00Z', '2026-02-03T10:00:00Z', '2026-02-02T10:00:00Z',"
    "  '2026-02-03T10:00:00Z'),"
    " ('a0000000-0000-4000-8000-000000000002', %1$" G_GINT64_FORMAT ", %2$" G_GINT64_FORMAT ","
    "  1, NULL, 'Kind to a lost child', 'submitted', NULL, '', '2026-02-04T10:00:00Z', NULL,"
    "  '2026-02-04T10:00:00Z', '2026-02-04T10:00:00Z'),"
    " ('a0000000-0000-4000-8000-000000000003', %2$" G_GINT64_FORMAT ", %1$" G_GINT64_FORMAT ","
    "  1, NULL, 'Jan covered my shift; write to " EMAIL "', 'declined', %3$" G_GINT64_FORMAT ","
    "  '', '2026-02-05T10:00:00Z', '2026-02-06T10:00:00Z', '2026-02-05T10:00:00Z',"
    "  '2026-02-06T10:00:00Z'),"
    " ('a0000000-0000-4000-8000-000000000004', %2$" G_GINT64_FORMAT ", %3$" G_GINT64_FORMAT ","
    "  1, NULL, 'Jan calmed a queue', 'celebrated', %1$" G_GINT64_FORMAT ", 'Decided by "
    NAME "', '2026-02-07T10:00:00Z', '2026-02-08T10:00:00Z', '2026-02-07T10:00:00Z',"
    "  '2026-02-08T10:00:00Z');"
    "UPDATE nomination SET anonymous = 1 WHERE uuid = 'a0000000-0000-4000-8000-000000000002';"
    "INSERT INTO pilot (id, uuid, name, principle, created_at, updated_at) VALUES"
    " (1, 'b0000000-0000-4000-8000-000000000001', 'Desk autonomy', 'Fix it there', "
    "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO pilot_decision (uuid, pilot_id, employee_id, decided_on, situation, decision,"
    "  cost, created_at, updated_at) VALUES ('b0000000-0000-4000-8000-000000000002', 1,"
    "  %1$" G_GINT64_FORMAT ", '2026-02-10', 'Missed connection', 'Meal voucher', 1500,"
    "  '2026-02-10T00:00:00Z', '2026-02-10T00:00:00Z');"
    "INSERT INTO acknowledgement (uuid, employee_id, promise_version_id, acknowledged_at,"
    "  created_at, updated_at) VALUES"
    " ('c0000000-0000-4000-8000-000000000001', %1$" G_GINT64_FORMAT ", %5$" G_GINT64_FORMAT ","
    "  '2026-02-11T09:00:00Z', '2026-02-11T09:00:00Z', '2026-02-11T09:00:00Z');"
    "INSERT INTO training_objective (id, uuid, title, expected_change, created_at, updated_at)"
    " VALUES (1, 'd0000000-0000-4000-8000-000000000001', 'Greeting', 'Every passenger greeted',"
    "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO training_observation (uuid, objective_id, employee_id, observed_on, rating,"
    "  note, created_at, updated_at) VALUES ('d0000000-0000-4000-8000-000000000002', 1,"
    "  %1$" G_GINT64_FORMAT ", '2026-02-12', 4, 'Warm', '2026-02-12T00:00:00Z',"
    "  '2026-02-12T00:00:00Z');",
    f->anna, f->jan, f->maria, touchpoint, f->version_id);
  exec (db, sql);

  /* A PIN, one wrong try, and a staff form left unfinished. */
  _emb_pin_use_least_limits (TRUE);
  g_assert_true (emb_pin_store_set_employee_pin (db, f->anna, PIN, &error));
  g_assert_no_error (error);
  g_assert_false (emb_pin_store_check_employee_pin (db, f->anna, "000000", now, NULL));
  draft_key = g_strdup_printf ("draft:%s:nomination", f->uuid);
  g_assert_true (_emb_setting_set (db, draft_key, "{'story': <'half a story'>}", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  _emb_pin_use_least_limits (FALSE);
  g_free (f->uuid);
  emb_test_db_free (f->tdb);
}

static JsonArray *
section (JsonObject *export,
         const char *member,
         guint       expected_length)
{
  JsonArray *rows;

  g_assert_true (json_object_has_member (export, member));
  rows = json_object_get_array_member (export, member);
  g_assert_nonnull (rows);
  g_assert_cmpuint (json_array_get_length (rows), ==, expected_length);
  return rows;
}

static void
test_export_sections (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = emb_person_export_collect (f->tdb->db, NUMBER, &error);
  g_autofree char *json = NULL;
  JsonObject *export, *employee, *throttle, *row;
  JsonArray *rows;

  g_assert_no_error (error);
  g_assert_nonnull (node);
  export = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (export, "format"), ==, "embassy-person-export");
  g_assert_cmpint (json_object_get_int_member (export, "version"), ==, 1);

  employee = json_object_get_object_member (export, "employee");
  g_assert_cmpstr (json_object_get_string_member (employee, "uuid"), ==, f->uuid);
  g_assert_cmpstr (json_object_get_string_member (employee, "employee_number"), ==, NUMBER);
  g_assert_cmpstr (json_object_get_string_member (employee, "name"), ==, NAME);
  g_assert_cmpstr (json_object_get_string_member (employee, "email"), ==, EMAIL);
  g_assert_cmpstr (json_object_get_string_member (employee, "site"), ==, "Warsaw");
  g_assert_cmpstr (json_object_get_string_member (employee, "hire_date"), ==, "2019-04-01");
  g_assert_cmpstr (json_object_get_string_member (employee, "department"), ==, "Check-in");
  g_assert_cmpstr (json_object_get_string_member (employee, "role"), ==, "Agent");
  g_assert_true (json_object_get_boolean_member (employee, "active"));
  g_assert_true (json_object_get_boolean_member (employee, "pin_set"));

  throttle = json_object_get_object_member (export, "pin_throttle");
  g_assert_nonnull (throttle);
  g_assert_cmpint (json_object_get_int_member (throttle, "failures"), ==, 1);

  rows = section (export, "responsibilities", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "touchpoint"), ==, "Check-in desk");
  g_assert_cmpstr (json_object_get_string_member (row, "level"), ==, "owns");

  rows = section (export, "nominations_received", 2);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "value"), ==, "Care");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "approved");
  g_assert_cmpstr (json_object_get_string_member (row, "nominated_by"), ==, "Jan Nowak");
  g_assert_cmpstr (json_object_get_string_member (row, "decided_by"), ==, "Maria Wiśniewska");
  g_assert_cmpstr (json_object_get_string_member (row, "decision_note"), ==, "Well done");
  g_assert_cmpstr (json_object_get_string_member (row, "evidence_feedback"), ==,
                   "f0000000-0000-4000-8000-000000000501");
  /* The customer's phone number is theirs, not hers. */
  g_assert_null (strstr (json_object_get_string_member (row, "evidence_text"), "601 234"));
  g_assert_nonnull (strstr (json_object_get_string_member (row, "evidence_text"), "helped me"));
  /* An anonymous sender stays anonymous, even to the nominee. */
  row = json_array_get_object_element (rows, 1);
  g_assert_true (json_object_get_boolean_member (row, "anonymous"));
  g_assert_true (json_object_get_null_member (row, "nominated_by"));

  rows = section (export, "nominations_given", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "nominee"), ==, "Jan Nowak");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "declined");

  rows = section (export, "nomination_decisions", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "celebrated");

  rows = section (export, "pilot_decisions", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "pilot"), ==, "Desk autonomy");
  g_assert_cmpint (json_object_get_int_member (row, "cost"), ==, 1500);

  rows = section (export, "acknowledgements", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==, "promise");
  g_assert_cmpstr (json_object_get_string_member (row, "title"), ==, "We greet every passenger");
  g_assert_cmpstr (json_object_get_string_member (row, "acknowledged_at"), ==,
                   "2026-02-11T09:00:00Z");

  rows = section (export, "feedback_follow_up", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpint (json_object_get_int_member (row, "score"), ==, 10);

  rows = section (export, "training_observations", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpint (json_object_get_int_member (row, "rating"), ==, 4);

  rows = section (export, "drafts", 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "form"), ==, "nomination");

  /* Never the PIN's hash, nor a customer's reference. */
  json = emb_person_export_to_json (node);
  g_assert_null (strstr (json, "$argon2"));
  g_assert_null (strstr (json, "pin_hash"));
  g_assert_null (strstr (json, CUSTOMER_REF));
}

static void
test_export_files (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json_path = g_build_filename (f->tdb->dir, "anna.json", NULL);
  g_autofree char *html_path = g_build_filename (f->tdb->dir, "anna.HTML", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) html_file = g_file_new_for_path (html_path);
  g_autoptr(GFile) other = g_file_new_for_path ("anna.pdf");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *html = NULL;
  EmbPersonExportFormat format;

  g_assert_true (emb_person_export_format_for_file (json_file, &format));
  g_assert_cmpint (format, ==, EMB_PERSON_EXPORT_JSON);
  g_assert_true (emb_person_export_format_for_file (html_file, &format));
  g_assert_cmpint (format, ==, EMB_PERSON_EXPORT_HTML);
  g_assert_false (emb_person_export_format_for_file (other, &format));

  g_assert_true (emb_person_export (f->tdb->db, NUMBER, json_file, EMB_PERSON_EXPORT_JSON,
                                    &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  g_assert_no_error (error);
  g_assert_true (json_object_has_member (json_node_get_object (json_parser_get_root (parser)),
                                         "acknowledgements"));

  g_assert_true (emb_person_export (f->tdb->db, NUMBER, html_file, EMB_PERSON_EXPORT_HTML,
                                    &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, &error));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "<h2>Nominations received</h2>"));
  g_assert_nonnull (strstr (html, "<h2>Acknowledgements</h2>"));
  g_assert_nonnull (strstr (html, NAME));
  /* States read as words: the nomination decided "approved". */
  g_assert_nonnull (strstr (html, "<td>Approved</td>"));
  g_assert_null (strstr (html, "<td>approved</td>"));
  /* The story's markup is shown, not obeyed. */
  g_assert_null (strstr (html, "<b>twice"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;twice"));
  g_assert_null (strstr (html, "$argon2"));
  g_assert_null (strstr (html, CUSTOMER_REF));
}

static void
test_export_unknown (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->tdb->dir, "nobody.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (emb_person_export (f->tdb->db, "HR-00000", file, EMB_PERSON_EXPORT_JSON,
                                     &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "HR-00000"));
  g_assert_false (g_file_query_exists (file, NULL));
}

/* The figures erasure must not change, as text. */
static char *
figures (Fixture *f)
{
  EmbDatabase *db = f->tdb->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  EmbCoverage coverage;

  g_assert_true (emb_metrics_promise_coverage (db, f->version_id, &coverage, &error));
  g_assert_no_error (error);
  g_string_append_printf (out, "coverage %u/%u\n", coverage.acknowledged, coverage.addressed);
  stmt = _emb_database_prepare (db,
                                "SELECT (SELECT group_concat (status || n) FROM nomination_count),"
                                " (SELECT sum (n) FROM nomination_day),"
                                " (SELECT count(*) FROM nomination),"
                                " (SELECT count(*) FROM acknowledgement),"
                                " (SELECT count(*) FROM pilot_decision WHERE employee_id IS NOT NULL),"
                                " (SELECT count(*) FROM feedback WHERE assignee_id IS NOT NULL),"
                                " (SELECT count(*) FROM nomination WHERE nominator_id IS NOT NULL),"
                                " (SELECT count(*) FROM nomination WHERE decider_id IS NOT NULL),"
                                " (SELECT count(*) FROM training_observation WHERE employee_id IS NOT NULL),"
                                " (SELECT sum (s10) FROM feedback_day)",
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    g_string_append_printf (out, "%s\n", _emb_column_text (stmt, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
count (EmbDatabase *db,
       const char  *sql)
{
  return _emb_database_count (db, sql);
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  EmbDatabase *db = f->tdb->db;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = figures (f);
  g_autofree char *after = NULL;
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;
  g_autoptr(EmbEmployee) tombstone = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autofree char *people_ids = NULL;
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, f->anna);
  g_autofree char *bundle_path = g_build_filename (f->tdb->dir, "after.json", NULL);
  g_autoptr(GFile) bundle = g_file_new_for_path (bundle_path);
  g_autofree char *bundle_text = NULL;
  g_autofree char *story = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(EmbStaffSession) session = NULL;

  description = emb_person_erase_describe (db, NUMBER, &name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, NAME);
  g_assert_nonnull (strstr (description, NAME));
  g_assert_nonnull (strstr (description, "Nominations received: 2"));
  g_assert_nonnull (strstr (description, "Acknowledgements: 1"));

  /* Signed in to the staff window when she is erased: signed out. */
  session = emb_staff_session_sign_in (db, f->anna, PIN, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);

  g_assert_true (emb_person_erase (db, NUMBER, &error));
  g_assert_no_error (error);

  g_assert_null (emb_staff_session_list_departments (session, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The figures read as before. */
  after = figures (f);
  g_assert_cmpstr (after, ==, before);

  /* She is found nowhere. */
  g_assert_null (emb_people_store_find_employee (db, NUMBER, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  people = emb_people_store_query_employees (db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  people_ids = emb_test_model_ids (people);
  g_assert_null (strstr (people_ids, id_text));
  g_assert_cmpint (emb_people_store_count_employees (db, FALSE), ==, 2);
  {
    /* Feedback about her touchpoint reaches Jan, who has her role, not her. */
    gint64 touchpoint = count (db, "SELECT id FROM touchpoint WHERE name = 'Check-in desk'");
    g_autoptr(GListModel) routed = emb_feedback_routing_query_people (db, touchpoint);
    g_autoptr(EmbEmployee) reached = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (routed), ==, 1);
    reached = g_list_model_get_item (routed, 0);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (reached)), ==, f->jan);
  }

  /* The tombstone: nothing of hers, the same department and role. */
  tombstone = emb_people_store_get_employee (db, f->anna, &error);
  g_assert_no_error (error);
  g_assert_true (emb_employee_get_erased (tombstone));
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (tombstone)), !=, f->uuid);
  g_assert_true (g_uuid_string_is_valid (emb_record_get_uuid (EMB_RECORD (tombstone))));
  g_assert_true (g_str_has_prefix (emb_employee_get_employee_number (tombstone), "erased-"));
  g_assert_cmpstr (emb_employee_get_name (tombstone), ==,
                   emb_employee_get_employee_number (tombstone));
  g_assert_cmpstr (emb_employee_get_email (tombstone), ==, "");
  g_assert_cmpstr (emb_employee_get_site (tombstone), ==, "");
  g_assert_null (emb_employee_get_hire_date (tombstone));
  g_assert_true (emb_employee_get_active (tombstone));
  g_assert_cmpint (emb_employee_get_role_id (tombstone), !=, 0);
  g_assert_false (emb_pin_store_employee_has_pin (db, f->anna));
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE pin_hash IS NOT NULL"), ==, 0);
  /* Her wrong PINs go; the count of every staff sign-in is nobody's. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM pin_throttle WHERE subject <> 'staff'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pin_throttle WHERE subject = 'staff'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM setting WHERE key LIKE 'draft:%'"), ==, 0);

  /* Free texts no longer name her; the rest of them stays. */
  stmt = _emb_database_prepare (db, "SELECT story FROM nomination WHERE uuid ="
                                    " 'a0000000-0000-4000-8000-000000000001'", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  story = _emb_column_dup_text (stmt, 0);
  g_assert_cmpstr (story, ==, "[…] stayed late <b>twice</b>");
  g_assert_cmpint (count (db, "SELECT count(*) FROM nomination_fts WHERE nomination_fts MATCH"
                              " 'Kowalska'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH"
                              " 'Kowalska'"), ==, 0);

  /* A bundle exported now holds no trace of her. */
  g_assert_true (emb_bundle_export (db, bundle, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (bundle_path, &bundle_text, NULL, &error));
  g_assert_nonnull (strstr (bundle_text, "Jan Nowak"));
  g_assert_null (strstr (bundle_text, "Kowalska"));
  g_assert_null (strstr (bundle_text, NUMBER));
  g_assert_null (strstr (bundle_text, EMAIL));
  g_assert_null (strstr (bundle_text, f->uuid));
  g_assert_null (strstr (bundle_text, "$argon2"));
  g_assert_null (strstr (bundle_text, "Warsaw"));
  g_assert_null (strstr (bundle_text, "2019-04-01"));

  /* Once erased, always: the number is nobody's. */
  g_assert_false (emb_person_erase (db, NUMBER, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

/* The bundle of an erased person reads back as erased. */
static void
test_erase_bundle_round_trip (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->tdb->dir, "round.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EmbTestDb) copy = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();

  g_assert_true (emb_person_erase (f->tdb->db, NUMBER, &error));
  g_assert_true (emb_bundle_export (f->tdb->db, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (emb_bundle_import (copy->db, file, NULL, NULL, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (copy->db, "SELECT count(*) FROM employee WHERE erased = 1"), ==, 1);
  g_assert_cmpint (emb_people_store_count_employees (copy->db, FALSE), ==, 2);
  g_assert_cmpint (count (copy->db, "SELECT count(*) FROM acknowledgement"), ==, 1);
}

static void
test_erase_fails_whole (Fixture       *f,
                        gconstpointer  data)
{
  EmbDatabase *db = f->tdb->db;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (db);

  /* The last step fails, after the drafts, the throttle and the texts. */
  exec (db, "CREATE TEMP TRIGGER refuse_erasure BEFORE UPDATE OF erased ON main.employee"
            " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END");
  g_assert_false (emb_person_erase (db, NUMBER, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (error->domain, ==, EMB_DATABASE_ERROR);
  emb_test_assert_unchanged (db, before);
  exec (db, "DROP TRIGGER temp.refuse_erasure");

  /* And then it works. */
  g_clear_error (&error);
  g_assert_true (emb_person_erase (db, NUMBER, &error));
  g_assert_no_error (error);
}

static void
test_erase_unknown (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (f->tdb->db);

  g_assert_false (emb_person_erase (f->tdb->db, "HR-00000", &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "HR-00000"));
  g_clear_error (&error);
  g_assert_null (emb_person_erase_describe (f->tdb->db, "HR-00000", NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  emb_test_assert_unchanged (f->tdb->db, before);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/person/export/sections", test_export_sections);
  ADD ("/person/export/files", test_export_files);
  ADD ("/person/export/unknown", test_export_unknown);
  ADD ("/person/erase/figures-kept", test_erase);
  ADD ("/person/erase/bundle-round-trip", test_erase_bundle_round_trip);
  ADD ("/person/erase/all-or-nothing", test_erase_fails_whole);
  ADD ("/person/erase/unknown", test_erase_unknown);
#undef ADD

  return g_test_run ();
}
