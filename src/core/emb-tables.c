/* emb-tables.c: how each record class maps onto its table
 *
 * One description per table, used both to build the SQL of the stores
 * (emb-table.c) and to write and check a programme bundle (emb-bundle*.c):
 * the columns with their properties, types, limits and the bundle's member
 * names, the tables the references point into, and the lists of links.
 * docs/bundle-format.md explains the bundle for people and
 * data/embassy-bundle.schema.json for programs; a test checks that the
 * schema names exactly these members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-tables"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-enums.h"
#include "emb-promise-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* A column whose member in a bundle is the column's name. */
#define COLUMN(c, p, type, flags, min, max, enum_type, fallback, l) \
  { c, p, type, flags, c, min, max, enum_type, NULL, fallback, l }

#define TEXT(c, p, l, max)       COLUMN (c, p, EMB_COLUMN_TEXT, 0, 0, max, NULL, "", l)
#define NAME(c, p, l, max)       COLUMN (c, p, EMB_COLUMN_TEXT, EMB_COLUMN_NOT_BLANK, 0, max, \
                                         NULL, NULL, l)
#define DATE(c, p, l)            COLUMN (c, p, EMB_COLUMN_DATE, 0, 0, 0, NULL, NULL, l)
#define DATE_NULL(c, p, l)       COLUMN (c, p, EMB_COLUMN_DATE, EMB_COLUMN_NULLABLE, 0, 0, \
                                         NULL, NULL, l)
#define TIME(c, p, l)            COLUMN (c, p, EMB_COLUMN_TIMESTAMP, 0, 0, 0, NULL, NULL, l)
#define TIME_NULL(c, p, l)       COLUMN (c, p, EMB_COLUMN_TIMESTAMP, EMB_COLUMN_NULLABLE, 0, 0, \
                                         NULL, NULL, l)
#define INT(c, p, l, lo, hi, fb) COLUMN (c, p, EMB_COLUMN_INT, 0, lo, hi, NULL, fb, l)
#define BOOL(c, p, l, fb)        COLUMN (c, p, EMB_COLUMN_BOOL, 0, 0, 1, NULL, fb, l)
#define REAL(c, p, l, lo, hi)    COLUMN (c, p, EMB_COLUMN_REAL, 0, lo, hi, NULL, NULL, l)
#define ENUM(c, p, l, t, lo, fb) COLUMN (c, p, EMB_COLUMN_ENUM, 0, lo, G_MAXINT, t, fb, l)
/* A reference: in a bundle, the member is named after the column without
 * "_id" and holds the UUID of the record. */
#define REF(m, c, p, t, l)       { c, p, EMB_COLUMN_REF, 0, m, 0, 0, NULL, &emb_table_##t, NULL, l }
#define REF_NULL(m, c, p, t, l)  { c, p, EMB_COLUMN_REF, EMB_COLUMN_NULLABLE, m, 0, 0, NULL, \
                                   &emb_table_##t, NULL, l }
/* The record this one belongs to, in which a bundle nests it. */
#define PARENT(c, p, t)          { c, p, EMB_COLUMN_REF, EMB_COLUMN_PARENT, NULL, 0, 0, NULL, \
                                   &emb_table_##t, NULL, NULL }

#define COLUMNS(a) a, G_N_ELEMENTS (a)
#define LINKS(a)   a, G_N_ELEMENTS (a)
#define NO_LINKS   NULL, 0

/* The order of the records of a bundle. */
#define BY_TIME(col) "t." col ", t.created_at, t.uuid"
#define BY_POSITION  "t.position, t.created_at, t.uuid"
#define BY_CREATION  "t.created_at, t.uuid"

static const EmbColumn organisation_columns[] = {
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  TEXT ("vision", "vision", N_("Vision"), EMB_MAX_TEXT),
  TEXT ("cx_strategy", "cx-strategy", N_("CX strategy"), EMB_MAX_TEXT),
};

const EmbTable emb_table_organisation = {
  "organisation", EMB_RECORD_KIND_ORGANISATION, emb_organisation_get_type,
  COLUMNS (organisation_columns),
  "organisation", "organisation", NO_LINKS, FALSE, BY_CREATION,
};

static const EmbColumn department_columns[] = {
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  ENUM ("office", "office", N_("Office"), emb_office_get_type, 0, NULL),
};

const EmbTable emb_table_department = {
  "department", EMB_RECORD_KIND_DEPARTMENT, emb_department_get_type,
  COLUMNS (department_columns),
  "departments", "department", NO_LINKS, FALSE, BY_CREATION,
};

static const EmbColumn role_columns[] = {
  REF ("department", "department_id", "department-id", department, N_("Department")),
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  ENUM ("office", "office", N_("Office"), emb_office_get_type, 0, NULL),
  TEXT ("attitudes", "attitudes", N_("Attitudes"), EMB_MAX_TEXT),
};

const EmbTable emb_table_role = {
  "role", EMB_RECORD_KIND_ROLE, emb_role_get_type,
  COLUMNS (role_columns),
  "roles", "role", NO_LINKS, FALSE, BY_CREATION,
};

static const EmbColumn employee_columns[] = {
  NAME ("employee_number", "employee-number", N_("Employee number"), EMB_MAX_SHORT),
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  COLUMN ("email", "email", EMB_COLUMN_EMAIL, 0, 0, 254, NULL, "", N_("E-mail")),
  REF_NULL ("role", "role_id", "role-id", role, N_("Role")),
  REF_NULL ("department", "department_id", "department-id", department, N_("Department")),
  TEXT ("site", "site", N_("Site"), EMB_MAX_NAME),
  DATE_NULL ("hire_date", "hire-date", N_("Hire date")),
  BOOL ("active", "active", N_("Active"), "true"),
  BOOL ("on_leave", "on-leave", N_("On leave"), "false"),
  BOOL ("erased", "erased", N_("Erased"), "false"),
};

const EmbTable emb_table_employee = {
  "employee", EMB_RECORD_KIND_EMPLOYEE, emb_employee_get_type,
  COLUMNS (employee_columns),
  "employees", "employee", NO_LINKS, FALSE, BY_CREATION,
};

static const EmbColumn value_columns[] = {
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  TEXT ("description", "description", N_("Description"), EMB_MAX_TEXT),
  TEXT ("desired_behaviours", "desired-behaviours", N_("Desired behaviours"), EMB_MAX_TEXT),
  TEXT ("undesired_behaviours", "undesired-behaviours", N_("Undesired behaviours"),
        EMB_MAX_TEXT),
  INT ("position", "position", N_("Position"), 0, G_MAXINT, "0"),
};

const EmbTable emb_table_value = {
  "value", EMB_RECORD_KIND_VALUE, emb_value_get_type,
  COLUMNS (value_columns),
  "values", "value", NO_LINKS, FALSE, BY_POSITION,
};

static const EmbColumn value_set_columns[] = {
  TIME ("published_at", "published-at", N_("Published at")),
  TEXT ("summary", "summary", N_("Summary"), EMB_MAX_TEXT),
};

const EmbTable emb_table_value_set = {
  "value_set", EMB_RECORD_KIND_VALUE_SET, emb_value_set_get_type,
  COLUMNS (value_set_columns),
  "value_sets", "value-set", NO_LINKS, FALSE, BY_TIME ("published_at"),
};

static const EmbColumn stage_columns[] = {
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  TEXT ("description", "description", N_("Description"), EMB_MAX_TEXT),
  INT ("position", "position", N_("Position"), 0, G_MAXINT, "0"),
};

const EmbTable emb_table_stage = {
  "journey_stage", EMB_RECORD_KIND_STAGE, emb_stage_get_type,
  COLUMNS (stage_columns),
  "stages", "stage", NO_LINKS, FALSE, BY_POSITION,
};

static const EmbColumn touchpoint_columns[] = {
  REF ("stage", "stage_id", "stage-id", stage, N_("Journey stage")),
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  TEXT ("channel", "channel", N_("Channel"), EMB_MAX_SHORT),
  TEXT ("description", "description", N_("Description"), EMB_MAX_TEXT),
  INT ("position", "position", N_("Position"), 0, G_MAXINT, "0"),
};

const EmbTable emb_table_touchpoint = {
  "touchpoint", EMB_RECORD_KIND_TOUCHPOINT, emb_touchpoint_get_type,
  COLUMNS (touchpoint_columns),
  "touchpoints", "touchpoint", NO_LINKS, FALSE,
  /* Stage by stage, in the journey's order. */
  "(SELECT s.position FROM journey_stage s WHERE s.id = t.stage_id),"
  " (SELECT s.uuid FROM journey_stage s WHERE s.id = t.stage_id), " BY_POSITION,
};

static const EmbColumn responsibility_columns[] = {
  REF ("role", "role_id", "role-id", role, N_("Role")),
  REF ("touchpoint", "touchpoint_id", "touchpoint-id", touchpoint, N_("Touchpoint")),
  /* "none" is no responsibility: there is no row for it. */
  ENUM ("level", "level", N_("Level"), emb_responsibility_level_get_type,
        EMB_RESPONSIBILITY_LEVEL_OWNS, NULL),
  TEXT ("note", "note", N_("Note"), EMB_MAX_TEXT),
};

const EmbTable emb_table_responsibility = {
  "responsibility", EMB_RECORD_KIND_RESPONSIBILITY, emb_responsibility_get_type,
  COLUMNS (responsibility_columns),
  "responsibilities", "responsibility", NO_LINKS, FALSE, BY_CREATION,
};

static const EmbColumn promise_columns[] = {
  ENUM ("status", "status", N_("Status"), emb_promise_status_get_type, 0, "draft"),
  INT ("position", "position", N_("Position"), 0, G_MAXINT, "0"),
  TIME_NULL ("retired_at", "retired-at", N_("Retired at")),
  COLUMN ("link", "link", EMB_COLUMN_LINK, 0, 0, EMB_MAX_LINK, NULL, "", N_("Link")),
};

const EmbTable emb_table_promise = {
  "promise", EMB_RECORD_KIND_PROMISE, emb_promise_get_type,
  COLUMNS (promise_columns),
  "promises", "promise", NO_LINKS, FALSE, BY_POSITION,
};

static const EmbColumn promise_version_columns[] = {
  PARENT ("promise_id", "promise-id", promise),
  INT ("number", "number", N_("Version number"), 1, G_MAXINT, NULL),
  NAME ("statement", "statement", N_("Statement"), EMB_MAX_PROMISE_STATEMENT),
  TEXT ("customer_expectation", "customer-expectation", N_("Customer expectation"),
        EMB_MAX_TEXT),
  ENUM ("state", "state", N_("State"), emb_promise_version_state_get_type, 0, "draft"),
  TIME_NULL ("published_at", "published-at", N_("Published at")),
};

static const EmbLink promise_version_links[] = {
  { "touchpoints", "promise_version_touchpoint", "version_id", "touchpoint_id",
    &emb_table_touchpoint, N_("Touchpoints") },
};

const EmbTable emb_table_promise_version = {
  "promise_version", EMB_RECORD_KIND_PROMISE, emb_promise_version_get_type,
  COLUMNS (promise_version_columns),
  "versions", "promise-version", LINKS (promise_version_links), FALSE,
  "t.number, t.created_at, t.uuid",
};

static const EmbColumn announcement_columns[] = {
  NAME ("title", "title", N_("Title"), EMB_MAX_NAME),
  TEXT ("body", "body", N_("Text"), EMB_MAX_TEXT),
  ENUM ("audience", "audience", N_("Audience"), emb_audience_get_type, 0, "everyone"),
  BOOL ("needs_ack", "needs-ack", N_("Needs acknowledgement"), "false"),
  TIME_NULL ("published_at", "published-at", N_("Published at")),
  BOOL ("on_kiosk", "on-kiosk", N_("Shown on the kiosk"), "false"),
  COLUMN ("link", "link", EMB_COLUMN_LINK, 0, 0, EMB_MAX_LINK, NULL, "", N_("Link")),
};

static const EmbLink announcement_links[] = {
  { "departments", "announcement_department", "announcement_id", "department_id",
    &emb_table_department, N_("Departments") },
  { "roles", "announcement_role", "announcement_id", "role_id",
    &emb_table_role, N_("Roles") },
};

const EmbTable emb_table_announcement = {
  "announcement", EMB_RECORD_KIND_ANNOUNCEMENT, emb_announcement_get_type,
  COLUMNS (announcement_columns),
  "announcements", "announcement", LINKS (announcement_links), FALSE, BY_CREATION,
};

static const EmbColumn acknowledgement_columns[] = {
  REF ("employee", "employee_id", "employee-id", employee, N_("Employee")),
  REF_NULL ("promise_version", "promise_version_id", "promise-version-id", promise_version,
            N_("Promise version")),
  REF_NULL ("announcement", "announcement_id", "announcement-id", announcement,
            N_("Announcement")),
  REF_NULL ("value_set", "value_set_id", "value-set-id", value_set, N_("Published values")),
  TIME ("acknowledged_at", "acknowledged-at", N_("Acknowledged at")),
};

const EmbTable emb_table_acknowledgement = {
  "acknowledgement", EMB_RECORD_KIND_ACKNOWLEDGEMENT, emb_acknowledgement_get_type,
  COLUMNS (acknowledgement_columns),
  "acknowledgements", "acknowledgement", NO_LINKS, FALSE, BY_TIME ("acknowledged_at"),
};

static const EmbColumn nomination_columns[] = {
  REF_NULL ("nominee_employee", "nominee_employee_id", "nominee-employee-id", employee,
            N_("Nominee")),
  REF_NULL ("nominee_department", "nominee_department_id", "nominee-department-id", department,
            N_("Nominated department")),
  REF_NULL ("nominator", "nominator_id", "nominator-id", employee, N_("Nominated by")),
  REF ("value", "value_id", "value-id", value, N_("Value")),
  REF_NULL ("touchpoint", "touchpoint_id", "touchpoint-id", touchpoint, N_("Touchpoint")),
  REF_NULL ("feedback", "feedback_id", "feedback-id", feedback, N_("Customer feedback")),
  NAME ("story", "story", N_("Story"), EMB_MAX_TEXT),
  BOOL ("is_public", "is-public", N_("Public"), "true"),
  ENUM ("status", "status", N_("Status"), emb_nomination_status_get_type, 0, "submitted"),
  REF_NULL ("decider", "decider_id", "decider-id", employee, N_("Decided by")),
  TEXT ("decision_note", "decision-note", N_("Decision note"), EMB_MAX_TEXT),
  TIME ("submitted_at", "submitted-at", N_("Submitted at")),
  TIME_NULL ("decided_at", "decided-at", N_("Decided at")),
  TIME_NULL ("celebrated_at", "celebrated-at", N_("Celebrated at")),
  BOOL ("anonymous", "anonymous", N_("Anonymous"), "false"),
};

const EmbTable emb_table_nomination = {
  "nomination", EMB_RECORD_KIND_NOMINATION, emb_nomination_get_type,
  COLUMNS (nomination_columns),
  "nominations", "nomination", NO_LINKS, FALSE, BY_TIME ("submitted_at"),
};

static const EmbColumn pilot_columns[] = {
  NAME ("name", "name", N_("Name"), EMB_MAX_NAME),
  NAME ("principle", "principle", N_("Principle"), EMB_MAX_TEXT),
  INT ("spending_ceiling", "spending-ceiling", N_("Spending ceiling"), 0, G_MAXINT64, "0"),
  COLUMN ("currency", "currency", EMB_COLUMN_CURRENCY, 0, 0, 3, NULL, "EUR", N_("Currency")),
  TEXT ("allowed_decisions", "allowed-decisions", N_("Allowed decisions"), EMB_MAX_TEXT),
  TEXT ("escalation_rule", "escalation-rule", N_("Escalation rule"), EMB_MAX_TEXT),
};

const EmbTable emb_table_pilot = {
  "pilot", EMB_RECORD_KIND_PILOT, emb_pilot_get_type,
  COLUMNS (pilot_columns),
  "pilots", "pilot", NO_LINKS, FALSE, BY_CREATION,
};

static const EmbColumn wave_columns[] = {
  PARENT ("pilot_id", "pilot-id", pilot),
  REF ("department", "department_id", "department-id", department, N_("Department")),
  INT ("position", "position", N_("Position"), 0, G_MAXINT, "0"),
  DATE ("starts_on", "starts-on", N_("Starts on")),
  DATE ("ends_on", "ends-on", N_("Ends on")),
  ENUM ("status", "status", N_("Status"), emb_wave_status_get_type, 0, "planned"),
  TEXT ("evaluation_note", "evaluation-note", N_("Evaluation"), EMB_MAX_TEXT),
};

const EmbTable emb_table_wave = {
  "pilot_wave", EMB_RECORD_KIND_WAVE, emb_wave_get_type,
  COLUMNS (wave_columns),
  "waves", "wave", NO_LINKS, FALSE, BY_POSITION,
};

static const EmbColumn decision_columns[] = {
  PARENT ("pilot_id", "pilot-id", pilot),
  REF_NULL ("employee", "employee_id", "employee-id", employee, N_("Employee")),
  DATE ("decided_on", "decided-on", N_("Decided on")),
  TEXT ("kind", "kind", N_("Kind"), EMB_MAX_SHORT),
  NAME ("situation", "situation", N_("Situation"), EMB_MAX_TEXT),
  NAME ("decision", "decision", N_("Decision"), EMB_MAX_TEXT),
  INT ("cost", "cost", N_("Cost"), 0, G_MAXINT64, "0"),
  TEXT ("customer_outcome", "customer-outcome", N_("Customer outcome"), EMB_MAX_TEXT),
  ENUM ("review_status", "review-status", N_("Review"), emb_review_status_get_type, 0,
        "pending"),
  TEXT ("review_note", "review-note", N_("Review note"), EMB_MAX_TEXT),
  TEXT ("over_ceiling_reason", "over-ceiling-reason", N_("Reason for going over the ceiling"),
        EMB_MAX_TEXT),
};

const EmbTable emb_table_decision = {
  "pilot_decision", EMB_RECORD_KIND_DECISION, emb_decision_get_type,
  COLUMNS (decision_columns),
  "decisions", "decision", NO_LINKS, FALSE, BY_TIME ("decided_on"),
};

static const EmbColumn feedback_columns[] = {
  TIME ("received_at", "received-at", N_("Received at")),
  TEXT ("channel", "channel", N_("Channel"), EMB_MAX_SHORT),
  REF_NULL ("touchpoint", "touchpoint_id", "touchpoint-id", touchpoint, N_("Touchpoint")),
  ENUM ("kind", "kind", N_("Kind"), emb_feedback_kind_get_type, 0, NULL),
  ENUM ("score_type", "score-type", N_("Score type"), emb_score_type_get_type, 0, "none"),
  /* The range depends on the score type; see the bundle's checks. */
  COLUMN ("score", "score", EMB_COLUMN_INT, EMB_COLUMN_NULLABLE, 0, 10, NULL, NULL,
          N_("Score")),
  TEXT ("text", "text", N_("Text"), EMB_MAX_TEXT),
  TEXT ("customer_ref", "customer-ref", N_("Customer reference"), EMB_MAX_SHORT),
  TEXT ("category", "category", N_("Category"), EMB_MAX_SHORT),
  BOOL ("triage", "triage", N_("To triage"), "false"),
  ENUM ("follow_up", "follow-up", N_("Follow-up"), emb_follow_up_get_type, 0, "new"),
  REF_NULL ("assignee", "assignee_id", "assignee-id", employee, N_("Owner")),
  TEXT ("source", "source", N_("Source"), EMB_MAX_SHORT),
  TEXT ("source_id", "source-id", N_("Source's id"), EMB_MAX_SHORT),
};

const EmbTable emb_table_feedback = {
  "feedback", EMB_RECORD_KIND_FEEDBACK, emb_feedback_get_type,
  COLUMNS (feedback_columns),
  "feedback", "feedback", NO_LINKS, FALSE, BY_TIME ("received_at"),
};

static const EmbColumn training_objective_columns[] = {
  NAME ("title", "title", N_("Title"), EMB_MAX_NAME),
  TEXT ("knowledge", "knowledge", N_("Knowledge"), EMB_MAX_TEXT),
  TEXT ("skills", "skills", N_("Skills"), EMB_MAX_TEXT),
  TEXT ("attitudes", "attitudes", N_("Attitudes"), EMB_MAX_TEXT),
  NAME ("expected_change", "expected-change", N_("Expected change"), EMB_MAX_TEXT),
  DATE_NULL ("review_on", "review-on", N_("Review on")),
};

static const EmbLink training_objective_links[] = {
  { "roles", "training_objective_role", "objective_id", "role_id",
    &emb_table_role, N_("Roles") },
  { "touchpoints", "training_objective_touchpoint", "objective_id", "touchpoint_id",
    &emb_table_touchpoint, N_("Touchpoints") },
};

const EmbTable emb_table_training_objective = {
  "training_objective", EMB_RECORD_KIND_TRAINING_OBJECTIVE, emb_training_objective_get_type,
  COLUMNS (training_objective_columns),
  "training_objectives", "training-objective", LINKS (training_objective_links), FALSE,
  BY_CREATION,
};

static const EmbColumn observation_columns[] = {
  PARENT ("objective_id", "objective-id", training_objective),
  REF_NULL ("employee", "employee_id", "employee-id", employee, N_("Employee")),
  DATE ("observed_on", "observed-on", N_("Observed on")),
  INT ("rating", "rating", N_("Rating"), 1, 5, NULL),
  TEXT ("note", "note", N_("Note"), EMB_MAX_TEXT),
};

const EmbTable emb_table_observation = {
  "training_observation", EMB_RECORD_KIND_OBSERVATION, emb_observation_get_type,
  COLUMNS (observation_columns),
  "observations", "observation", NO_LINKS, FALSE, BY_TIME ("observed_on"),
};

static const EmbColumn maturity_assessment_columns[] = {
  DATE ("assessed_on", "assessed-on", N_("Assessed on")),
};

const EmbTable emb_table_maturity_assessment = {
  "maturity_assessment", EMB_RECORD_KIND_MATURITY_ASSESSMENT, emb_maturity_assessment_get_type,
  COLUMNS (maturity_assessment_columns),
  "maturity_assessments", "maturity-assessment", NO_LINKS, TRUE, BY_TIME ("assessed_on"),
};

static const EmbColumn consistency_audit_columns[] = {
  REF ("department", "department_id", "department-id", department, N_("Department")),
  DATE ("audited_on", "audited-on", N_("Audited on")),
  INT ("declarations", "declarations", N_("Declarations"), 0, 100, NULL),
  INT ("behaviours", "behaviours", N_("Behaviours"), 0, 100, NULL),
  INT ("resources", "resources", N_("Resources"), 0, 100, NULL),
  TEXT ("note", "note", N_("Note"), EMB_MAX_TEXT),
};

const EmbTable emb_table_consistency_audit = {
  "consistency_audit", EMB_RECORD_KIND_CONSISTENCY_AUDIT, emb_consistency_audit_get_type,
  COLUMNS (consistency_audit_columns),
  "consistency_audits", "consistency-audit", NO_LINKS, FALSE, BY_TIME ("audited_on"),
};

static const EmbColumn pulse_columns[] = {
  REF_NULL ("department", "department_id", "department-id", department, N_("Department")),
  REF_NULL ("role", "role_id", "role-id", role, N_("Role")),
  DATE ("taken_on", "taken-on", N_("Taken on")),
  REAL ("company", "company", N_("Commitment to the company"), 1, 5),
  REAL ("value_proposition", "value-proposition", N_("Commitment to the value proposition"),
        1, 5),
  REAL ("customer", "customer", N_("Commitment to the customer"), 1, 5),
  INT ("respondents", "respondents", N_("Respondents"), 1, G_MAXINT, NULL),
};

const EmbTable emb_table_pulse = {
  "pulse", EMB_RECORD_KIND_PULSE, emb_pulse_get_type,
  COLUMNS (pulse_columns),
  "pulses", "pulse", NO_LINKS, FALSE, BY_TIME ("taken_on"),
};
