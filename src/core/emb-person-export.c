/* emb-person-export.c: everything the programme holds about one employee
 *
 * A person may ask what the programme holds about them (the GDPR's right of
 * access and portability). The export gathers it from every table that
 * refers to an employee, found by their employee number, in one read:
 *
 *   employee                the record and every personal field, the
 *                           department and role, whether a PIN is set
 *                           (never the PIN's hash)
 *   pin_throttle            the wrong PINs counted against them
 *   responsibilities        the touchpoints their role answers for
 *   nominations_received    with the value, status, story, evidence and
 *                           decision; an anonymous sender is not named
 *   nominations_given       whom they nominated, and what became of it
 *   nomination_decisions    the nominations they decided
 *   pilot_decisions         the decisions they logged under a pilot
 *   acknowledgements        which promise, announcement or values, when
 *   feedback_follow_up      the feedback they own the follow-up of (the
 *                           customer's reference and contact details in
 *                           its text are left out: they are not theirs)
 *   training_observations   observations of them against an objective
 *   drafts                  what they typed into an unfinished staff form
 *
 * as JSON (docs/person-export.md describes it; emb_person_export_to_json())
 * or a readable HTML page (emb-person-export-html.c). An erased person has
 * no number any more and is not found.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-person"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-kiosk-content.h"
#include "emb-people-store.h"
#include "emb-person-export-private.h"
#include "emb-person-export.h"

/* A nomination's nominee (an employee, or a department) and sender as shown
 * to the person: an erased person is not named, an anonymous sender neither. */
#define NOMINEE_NAME \
  "coalesce (CASE WHEN ne.erased THEN NULL ELSE ne.name END, nd.name) AS nominee"
#define NOMINATION_JOINS \
  " JOIN value v ON v.id = n.value_id" \
  " LEFT JOIN employee ne ON ne.id = n.nominee_employee_id" \
  " LEFT JOIN department nd ON nd.id = n.nominee_department_id" \
  " LEFT JOIN employee nr ON nr.id = n.nominator_id" \
  " LEFT JOIN employee de ON de.id = n.decider_id" \
  " LEFT JOIN touchpoint tp ON tp.id = n.touchpoint_id" \
  " LEFT JOIN feedback f ON f.id = n.feedback_id"
#define NOMINATION_COLUMNS \
  "n.uuid, v.name AS value, n.story, n.status, n.is_public, n.anonymous," \
  " n.submitted_at, tp.name AS touchpoint," \
  " CASE WHEN de.erased THEN NULL ELSE de.name END AS decided_by," \
  " n.decided_at, n.decision_note, n.celebrated_at," \
  " f.uuid AS evidence_feedback, f.received_at AS evidence_received_at," \
  " f.text AS evidence_text, f.customer_ref AS _customer_ref"

const EmbPersonSection emb_person_sections[] = {
  { "employee", N_("Employee"), TRUE,
    "SELECT e.uuid, e.employee_number, e.name, e.email, e.site, e.hire_date, e.active,"
    " e.on_leave, d.uuid AS department_uuid, d.name AS department,"
    " r.uuid AS role_uuid, r.name AS role,"
    " coalesce (e.pin_hash, '') <> '' AS pin_set, e.created_at, e.updated_at"
    " FROM employee e"
    " LEFT JOIN department d ON d.id = e.department_id"
    " LEFT JOIN role r ON r.id = e.role_id"
    " WHERE e.id = ?1" },
  { "pin_throttle", N_("Wrong PINs"), TRUE,
    "SELECT failures, locked_until, updated_at FROM pin_throttle WHERE subject = ?2" },
  { "responsibilities", N_("Touchpoints of their role"), FALSE,
    "SELECT t.uuid AS touchpoint_uuid, t.name AS touchpoint, s.name AS stage, r.level, r.note"
    " FROM employee e"
    " JOIN responsibility r ON r.role_id = e.role_id"
    " JOIN touchpoint t ON t.id = r.touchpoint_id"
    " JOIN journey_stage s ON s.id = t.stage_id"
    " WHERE e.id = ?1"
    " ORDER BY s.position, s.id, t.position, t.id" },
  { "nominations_received", N_("Nominations received"), FALSE,
    "SELECT " NOMINATION_COLUMNS ","
    " CASE WHEN n.anonymous OR nr.erased THEN NULL ELSE nr.name END AS nominated_by"
    " FROM nomination n" NOMINATION_JOINS
    " WHERE n.nominee_employee_id = ?1"
    " ORDER BY n.submitted_at, n.id" },
  { "nominations_given", N_("Nominations given"), FALSE,
    "SELECT " NOMINATION_COLUMNS ", " NOMINEE_NAME
    " FROM nomination n" NOMINATION_JOINS
    " WHERE n.nominator_id = ?1"
    " ORDER BY n.submitted_at, n.id" },
  { "nomination_decisions", N_("Decisions on nominations"), FALSE,
    "SELECT n.uuid, " NOMINEE_NAME ", v.name AS value, n.status, n.decided_at, n.decision_note"
    " FROM nomination n" NOMINATION_JOINS
    " WHERE n.decider_id = ?1"
    " ORDER BY n.decided_at, n.id" },
  { "pilot_decisions", N_("Pilot decisions"), FALSE,
    "SELECT d.uuid, p.name AS pilot, d.decided_on, d.kind, d.situation, d.decision,"
    " d.cost, p.currency, d.customer_outcome, d.over_ceiling_reason, d.review_status,"
    " d.review_note"
    " FROM pilot_decision d JOIN pilot p ON p.id = d.pilot_id"
    " WHERE d.employee_id = ?1"
    " ORDER BY d.decided_on, d.id" },
  { "acknowledgements", N_("Acknowledgements"), FALSE,
    "SELECT k.uuid,"
    " CASE WHEN k.promise_version_id IS NOT NULL THEN 'promise'"
    "      WHEN k.announcement_id IS NOT NULL THEN 'announcement' ELSE 'values' END AS kind,"
    " coalesce (pv.statement, a.title, vs.summary) AS title,"
    " coalesce (pv.uuid, a.uuid, vs.uuid) AS item_uuid, pv.number AS version,"
    " k.acknowledged_at"
    " FROM acknowledgement k"
    " LEFT JOIN promise_version pv ON pv.id = k.promise_version_id"
    " LEFT JOIN announcement a ON a.id = k.announcement_id"
    " LEFT JOIN value_set vs ON vs.id = k.value_set_id"
    " WHERE k.employee_id = ?1"
    " ORDER BY k.acknowledged_at, k.id" },
  { "feedback_follow_up", N_("Feedback they follow up"), FALSE,
    "SELECT f.uuid, f.received_at, f.channel, tp.name AS touchpoint, f.kind, f.score_type,"
    " f.score, f.text AS feedback_text, f.category, f.follow_up,"
    " f.customer_ref AS _customer_ref"
    " FROM feedback f LEFT JOIN touchpoint tp ON tp.id = f.touchpoint_id"
    " WHERE f.assignee_id = ?1"
    " ORDER BY f.received_at, f.id" },
  { "training_observations", N_("Training observations"), FALSE,
    "SELECT o.uuid, t.title AS objective, o.observed_on, o.rating, o.note"
    " FROM training_observation o JOIN training_objective t ON t.id = o.objective_id"
    " WHERE o.employee_id = ?1"
    " ORDER BY o.observed_on, o.id" },
  { "drafts", N_("Unfinished staff forms"), FALSE,
    "SELECT substr (key, length ('draft:' || ?2 || ':') + 1) AS form, value AS fields,"
    " updated_at"
    " FROM setting"
    " WHERE substr (key, 1, length ('draft:' || ?2 || ':')) = 'draft:' || ?2 || ':'"
    " ORDER BY key" },
};

const guint emb_person_n_sections = G_N_ELEMENTS (emb_person_sections);

/* Members whose 0 and 1 are false and true. */
static const char *const boolean_members[] = {
  "active", "on_leave", "pin_set", "is_public", "anonymous",
};

/* Texts a customer wrote: their contact details and reference are cleared. */
static const char *const customer_texts[] = {
  "evidence_text", "feedback_text",
};

static const struct {
  const char *member;
  const char *label;
} labels[] = {
  { "uuid", N_("Identifier") },
  { "employee_number", N_("Employee number") },
  { "name", N_("Name") },
  { "email", N_("E-mail") },
  { "site", N_("Site") },
  { "hire_date", N_("Hire date") },
  { "active", N_("Active") },
  { "on_leave", N_("On leave") },
  { "department_uuid", N_("Department’s identifier") },
  { "department", N_("Department") },
  { "role_uuid", N_("Role’s identifier") },
  { "role", N_("Role") },
  { "pin_set", N_("A PIN is set") },
  { "created_at", N_("Recorded at") },
  { "updated_at", N_("Last changed at") },
  { "failures", N_("Wrong PINs in a row") },
  { "locked_until", N_("Sign-in refused until") },
  { "touchpoint_uuid", N_("Touchpoint’s identifier") },
  { "touchpoint", N_("Touchpoint") },
  { "stage", N_("Journey stage") },
  { "level", N_("Responsibility") },
  { "note", N_("Note") },
  { "value", N_("Value") },
  { "story", N_("Story") },
  { "status", N_("Status") },
  { "is_public", N_("Public") },
  { "anonymous", N_("Sent anonymously") },
  { "submitted_at", N_("Submitted at") },
  { "decided_by", N_("Decided by") },
  { "decided_at", N_("Decided at") },
  { "decision_note", N_("Decision note") },
  { "celebrated_at", N_("Celebrated at") },
  { "evidence_feedback", N_("Evidence: customer feedback") },
  { "evidence_received_at", N_("Evidence received at") },
  { "evidence_text", N_("Evidence") },
  { "nominated_by", N_("Nominated by") },
  { "nominee", N_("Nominee") },
  { "pilot", N_("Pilot") },
  { "decided_on", N_("Decided on") },
  { "kind", N_("Kind") },
  { "situation", N_("Situation") },
  { "decision", N_("Decision") },
  { "cost", N_("Cost (minor units)") },
  { "currency", N_("Currency") },
  { "customer_outcome", N_("Customer outcome") },
  { "over_ceiling_reason", N_("Reason for going over the ceiling") },
  { "review_status", N_("Review") },
  { "review_note", N_("Review note") },
  { "title", N_("Title") },
  { "item_uuid", N_("Item’s identifier") },
  { "version", N_("Version") },
  { "acknowledged_at", N_("Acknowledged at") },
  { "received_at", N_("Received at") },
  { "channel", N_("Channel") },
  { "score_type", N_("Score type") },
  { "score", N_("Score") },
  { "feedback_text", N_("Text") },
  { "category", N_("Category") },
  { "follow_up", N_("Follow-up") },
  { "objective", N_("Training objective") },
  { "observed_on", N_("Observed on") },
  { "rating", N_("Rating") },
  { "form", N_("Form") },
  { "fields", N_("What was typed") },
};

const char *
_emb_person_export_label (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].member, member))
      return _(labels[i].label);
  return NULL;
}

static gboolean
member_is (const char        *member,
           const char *const *names,
           guint              n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], member))
      return TRUE;
  return FALSE;
}

/* One row of @stmt as an object: each column a member named by its alias;
 * a column whose name starts with "_" helps another and is left out. */
static JsonObject *
row_object (sqlite3_stmt *stmt)
{
  JsonObject *object = json_object_new ();
  const char *customer_ref = NULL;
  int n = sqlite3_column_count (stmt);

  for (int i = 0; i < n; i++)
    if (g_str_equal (sqlite3_column_name (stmt, i), "_customer_ref"))
      customer_ref = _emb_column_text (stmt, i);

  for (int i = 0; i < n; i++)
    {
      const char *member = sqlite3_column_name (stmt, i);

      if (member[0] == '_')
        continue;
      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_NULL:
          json_object_set_null_member (object, member);
          break;
        case SQLITE_INTEGER:
          if (member_is (member, boolean_members, G_N_ELEMENTS (boolean_members)))
            json_object_set_boolean_member (object, member, sqlite3_column_int (stmt, i) != 0);
          else
            json_object_set_int_member (object, member, sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_FLOAT:
          json_object_set_double_member (object, member, sqlite3_column_double (stmt, i));
          break;
        default:
          if (member_is (member, customer_texts, G_N_ELEMENTS (customer_texts)))
            {
              g_autofree char *redacted = emb_kiosk_redact (_emb_column_text (stmt, i),
                                                            customer_ref);

              json_object_set_string_member (object, member, redacted);
            }
          else
            json_object_set_string_member (object, member, _emb_column_text (stmt, i));
          break;
        }
    }
  return object;
}

typedef struct
{
  gint64      id;
  const char *uuid;
  JsonObject *export;
} Collect;

static gboolean
collect_section (EmbDatabase             *db,
                 const EmbPersonSection  *section,
                 Collect                 *collect,
                 GError                 **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, section->sql, error);
  g_autoptr(JsonArray) rows = json_array_new ();
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, collect->id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    _emb_bind_text (stmt, 2, collect->uuid);

  for (;;)
    {
      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      json_array_add_object_element (rows, row_object (stmt));
    }

  if (!section->single)
    json_object_set_array_member (collect->export, section->member, g_steal_pointer (&rows));
  else if (json_array_get_length (rows) == 0)
    json_object_set_null_member (collect->export, section->member);
  else
    json_object_set_object_member (collect->export, section->member,
                                   json_object_ref (json_array_get_object_element (rows, 0)));
  return TRUE;
}

static gboolean
collect_in_transaction (EmbDatabase  *db,
                        gpointer      user_data,
                        GError      **error)
{
  Collect *collect = user_data;

  for (guint i = 0; i < emb_person_n_sections; i++)
    if (!collect_section (db, &emb_person_sections[i], collect, error))
      return FALSE;
  return TRUE;
}

/**
 * emb_person_export_collect:
 * @employee_number: the person's employee number
 *
 * Reads everything the programme holds about one employee, in one read
 * (see the top of this file and docs/person-export.md).
 *
 * Returns: (transfer full) (nullable): the export as a JSON object, or
 *   %NULL with %EMB_DATABASE_ERROR_NOT_FOUND when no employee has the
 *   number, or another error of the database
 */
JsonNode *
emb_person_export_collect (EmbDatabase  *db,
                           const char   *employee_number,
                           GError      **error)
{
  g_autoptr(EmbEmployee) employee = NULL;
  g_autoptr(JsonObject) export = NULL;
  g_autofree char *now = NULL;
  JsonNode *node;
  Collect collect;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (employee_number != NULL, NULL);

  employee = emb_people_store_find_employee (db, employee_number, error);
  if (employee == NULL)
    return NULL;

  now = emb_now_iso8601 ();
  export = json_object_new ();
  json_object_set_string_member (export, "format", EMB_PERSON_EXPORT_FORMAT_NAME);
  json_object_set_int_member (export, "version", EMB_PERSON_EXPORT_VERSION);
  json_object_set_string_member (export, "exported_at", now);

  collect.id = emb_record_get_id (EMB_RECORD (employee));
  collect.uuid = emb_record_get_uuid (EMB_RECORD (employee));
  collect.export = export;
  if (!emb_database_transaction (db, collect_in_transaction, &collect, error))
    return NULL;

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, export);
  return node;
}

/**
 * emb_person_export_to_json:
 * @export: what emb_person_export_collect() returned
 *
 * Returns: (transfer full): the export as indented JSON text
 */
char *
emb_person_export_to_json (JsonNode *export)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_return_val_if_fail (export != NULL, NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, export);
  return json_generator_to_data (generator, NULL);
}

/**
 * emb_person_export_format_for_file:
 * @format: (out): the format the file's name asks for
 *
 * Returns: whether the name of @file ends in .json or .html (or .htm)
 */
gboolean
emb_person_export_format_for_file (GFile                 *file,
                                   EmbPersonExportFormat *format)
{
  g_autofree char *basename = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  basename = g_file_get_basename (file);
  if (basename == NULL)
    return FALSE;
  folded = g_ascii_strdown (basename, -1);
  if (g_str_has_suffix (folded, ".json"))
    *format = EMB_PERSON_EXPORT_JSON;
  else if (g_str_has_suffix (folded, ".html") || g_str_has_suffix (folded, ".htm"))
    *format = EMB_PERSON_EXPORT_HTML;
  else
    return FALSE;
  return TRUE;
}

/**
 * emb_person_export:
 * @employee_number: the person's employee number
 * @file: where to write (replaced whole, or left as it was on an error)
 * @format: JSON or HTML
 *
 * Writes everything the programme holds about one employee to @file.
 *
 * Returns: whether it was written; %EMB_DATABASE_ERROR_NOT_FOUND when no
 *   employee has the number
 */
gboolean
emb_person_export (EmbDatabase            *db,
                   const char             *employee_number,
                   GFile                  *file,
                   EmbPersonExportFormat   format,
                   GError                **error)
{
  g_autoptr(JsonNode) export = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  export = emb_person_export_collect (db, employee_number, error);
  if (export == NULL)
    return FALSE;
  text = format == EMB_PERSON_EXPORT_HTML ? emb_person_export_to_html (export)
                                          : emb_person_export_to_json (export);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}
