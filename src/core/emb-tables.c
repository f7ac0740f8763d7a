/* emb-tables.c: how each record class maps onto its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-tables"

#include "config.h"

#include "emb-records.h"
#include "emb-tables.h"

static const EmbColumn organisation_columns[] = {
  { "name", "name", 0 },
  { "vision", "vision", 0 },
  { "cx_strategy", "cx-strategy", 0 },
};

const EmbTable emb_table_organisation = {
  "organisation", EMB_RECORD_KIND_ORGANISATION, emb_organisation_get_type,
  organisation_columns, G_N_ELEMENTS (organisation_columns),
};

static const EmbColumn department_columns[] = {
  { "name", "name", 0 },
  { "office", "office", 0 },
};

const EmbTable emb_table_department = {
  "department", EMB_RECORD_KIND_DEPARTMENT, emb_department_get_type,
  department_columns, G_N_ELEMENTS (department_columns),
};

static const EmbColumn role_columns[] = {
  { "department_id", "department-id", EMB_COLUMN_NULL_IF_ZERO },
  { "name", "name", 0 },
  { "office", "office", 0 },
  { "attitudes", "attitudes", 0 },
};

const EmbTable emb_table_role = {
  "role", EMB_RECORD_KIND_ROLE, emb_role_get_type,
  role_columns, G_N_ELEMENTS (role_columns),
};

static const EmbColumn employee_columns[] = {
  { "employee_number", "employee-number", 0 },
  { "name", "name", 0 },
  { "email", "email", 0 },
  { "role_id", "role-id", EMB_COLUMN_NULL_IF_ZERO },
  { "department_id", "department-id", EMB_COLUMN_NULL_IF_ZERO },
  { "site", "site", 0 },
  { "hire_date", "hire-date", EMB_COLUMN_NULLABLE },
  { "active", "active", 0 },
};

const EmbTable emb_table_employee = {
  "employee", EMB_RECORD_KIND_EMPLOYEE, emb_employee_get_type,
  employee_columns, G_N_ELEMENTS (employee_columns),
};

static const EmbColumn value_columns[] = {
  { "name", "name", 0 },
  { "description", "description", 0 },
  { "desired_behaviours", "desired-behaviours", 0 },
  { "undesired_behaviours", "undesired-behaviours", 0 },
  { "position", "position", 0 },
};

const EmbTable emb_table_value = {
  "value", EMB_RECORD_KIND_VALUE, emb_value_get_type,
  value_columns, G_N_ELEMENTS (value_columns),
};

static const EmbColumn value_set_columns[] = {
  { "published_at", "published-at", 0 },
  { "summary", "summary", 0 },
};

const EmbTable emb_table_value_set = {
  "value_set", EMB_RECORD_KIND_VALUE_SET, emb_value_set_get_type,
  value_set_columns, G_N_ELEMENTS (value_set_columns),
};

static const EmbColumn stage_columns[] = {
  { "name", "name", 0 },
  { "description", "description", 0 },
  { "position", "position", 0 },
};

const EmbTable emb_table_stage = {
  "journey_stage", EMB_RECORD_KIND_STAGE, emb_stage_get_type,
  stage_columns, G_N_ELEMENTS (stage_columns),
};

static const EmbColumn touchpoint_columns[] = {
  { "stage_id", "stage-id", EMB_COLUMN_NULL_IF_ZERO },
  { "name", "name", 0 },
  { "channel", "channel", 0 },
  { "description", "description", 0 },
  { "position", "position", 0 },
};

const EmbTable emb_table_touchpoint = {
  "touchpoint", EMB_RECORD_KIND_TOUCHPOINT, emb_touchpoint_get_type,
  touchpoint_columns, G_N_ELEMENTS (touchpoint_columns),
};

static const EmbColumn responsibility_columns[] = {
  { "role_id", "role-id", EMB_COLUMN_NULL_IF_ZERO },
  { "touchpoint_id", "touchpoint-id", EMB_COLUMN_NULL_IF_ZERO },
  { "level", "level", 0 },
  { "note", "note", 0 },
};

const EmbTable emb_table_responsibility = {
  "responsibility", EMB_RECORD_KIND_RESPONSIBILITY, emb_responsibility_get_type,
  responsibility_columns, G_N_ELEMENTS (responsibility_columns),
};

static const EmbColumn promise_columns[] = {
  { "status", "status", 0 },
  { "position", "position", 0 },
  { "retired_at", "retired-at", EMB_COLUMN_NULLABLE },
};

const EmbTable emb_table_promise = {
  "promise", EMB_RECORD_KIND_PROMISE, emb_promise_get_type,
  promise_columns, G_N_ELEMENTS (promise_columns),
};

static const EmbColumn promise_version_columns[] = {
  { "promise_id", "promise-id", EMB_COLUMN_NULL_IF_ZERO },
  { "number", "number", 0 },
  { "statement", "statement", 0 },
  { "customer_expectation", "customer-expectation", 0 },
  { "state", "state", 0 },
  { "published_at", "published-at", EMB_COLUMN_NULLABLE },
};

const EmbTable emb_table_promise_version = {
  "promise_version", EMB_RECORD_KIND_PROMISE, emb_promise_version_get_type,
  promise_version_columns, G_N_ELEMENTS (promise_version_columns),
};

static const EmbColumn announcement_columns[] = {
  { "title", "title", 0 },
  { "body", "body", 0 },
  { "audience", "audience", 0 },
  { "needs_ack", "needs-ack", 0 },
  { "published_at", "published-at", EMB_COLUMN_NULLABLE },
};

const EmbTable emb_table_announcement = {
  "announcement", EMB_RECORD_KIND_ANNOUNCEMENT, emb_announcement_get_type,
  announcement_columns, G_N_ELEMENTS (announcement_columns),
};

static const EmbColumn acknowledgement_columns[] = {
  { "employee_id", "employee-id", EMB_COLUMN_NULL_IF_ZERO },
  { "promise_version_id", "promise-version-id", EMB_COLUMN_NULL_IF_ZERO },
  { "announcement_id", "announcement-id", EMB_COLUMN_NULL_IF_ZERO },
  { "value_set_id", "value-set-id", EMB_COLUMN_NULL_IF_ZERO },
  { "acknowledged_at", "acknowledged-at", 0 },
};

const EmbTable emb_table_acknowledgement = {
  "acknowledgement", EMB_RECORD_KIND_ACKNOWLEDGEMENT, emb_acknowledgement_get_type,
  acknowledgement_columns, G_N_ELEMENTS (acknowledgement_columns),
};

static const EmbColumn nomination_columns[] = {
  { "nominee_employee_id", "nominee-employee-id", EMB_COLUMN_NULL_IF_ZERO },
  { "nominee_department_id", "nominee-department-id", EMB_COLUMN_NULL_IF_ZERO },
  { "nominator_id", "nominator-id", EMB_COLUMN_NULL_IF_ZERO },
  { "value_id", "value-id", EMB_COLUMN_NULL_IF_ZERO },
  { "touchpoint_id", "touchpoint-id", EMB_COLUMN_NULL_IF_ZERO },
  { "feedback_id", "feedback-id", EMB_COLUMN_NULL_IF_ZERO },
  { "story", "story", 0 },
  { "is_public", "is-public", 0 },
  { "status", "status", 0 },
  { "decider_id", "decider-id", EMB_COLUMN_NULL_IF_ZERO },
  { "decision_note", "decision-note", 0 },
  { "submitted_at", "submitted-at", 0 },
  { "decided_at", "decided-at", EMB_COLUMN_NULLABLE },
  { "celebrated_at", "celebrated-at", EMB_COLUMN_NULLABLE },
};

const EmbTable emb_table_nomination = {
  "nomination", EMB_RECORD_KIND_NOMINATION, emb_nomination_get_type,
  nomination_columns, G_N_ELEMENTS (nomination_columns),
};

static const EmbColumn pilot_columns[] = {
  { "name", "name", 0 },
  { "principle", "principle", 0 },
  { "spending_ceiling", "spending-ceiling", 0 },
  { "currency", "currency", 0 },
  { "allowed_decisions", "allowed-decisions", 0 },
  { "escalation_rule", "escalation-rule", 0 },
};

const EmbTable emb_table_pilot = {
  "pilot", EMB_RECORD_KIND_PILOT, emb_pilot_get_type,
  pilot_columns, G_N_ELEMENTS (pilot_columns),
};

static const EmbColumn wave_columns[] = {
  { "pilot_id", "pilot-id", EMB_COLUMN_NULL_IF_ZERO },
  { "department_id", "department-id", EMB_COLUMN_NULL_IF_ZERO },
  { "position", "position", 0 },
  { "starts_on", "starts-on", 0 },
  { "ends_on", "ends-on", 0 },
  { "status", "status", 0 },
  { "evaluation_note", "evaluation-note", 0 },
};

const EmbTable emb_table_wave = {
  "pilot_wave", EMB_RECORD_KIND_WAVE, emb_wave_get_type,
  wave_columns, G_N_ELEMENTS (wave_columns),
};

static const EmbColumn decision_columns[] = {
  { "pilot_id", "pilot-id", EMB_COLUMN_NULL_IF_ZERO },
  { "employee_id", "employee-id", EMB_COLUMN_NULL_IF_ZERO },
  { "decided_on", "decided-on", 0 },
  { "kind", "kind", 0 },
  { "situation", "situation", 0 },
  { "decision", "decision", 0 },
  { "cost", "cost", 0 },
  { "customer_outcome", "customer-outcome", 0 },
  { "review_status", "review-status", 0 },
  { "review_note", "review-note", 0 },
};

const EmbTable emb_table_decision = {
  "pilot_decision", EMB_RECORD_KIND_DECISION, emb_decision_get_type,
  decision_columns, G_N_ELEMENTS (decision_columns),
};

static const EmbColumn feedback_columns[] = {
  { "received_at", "received-at", 0 },
  { "channel", "channel", 0 },
  { "touchpoint_id", "touchpoint-id", EMB_COLUMN_NULL_IF_ZERO },
  { "kind", "kind", 0 },
  { "score_type", "score-type", 0 },
  { "score", "score", EMB_COLUMN_NULL_IF_NEGATIVE },
  { "text", "text", 0 },
  { "customer_ref", "customer-ref", 0 },
  { "follow_up", "follow-up", 0 },
  { "assignee_id", "assignee-id", EMB_COLUMN_NULL_IF_ZERO },
  { "source", "source", 0 },
};

const EmbTable emb_table_feedback = {
  "feedback", EMB_RECORD_KIND_FEEDBACK, emb_feedback_get_type,
  feedback_columns, G_N_ELEMENTS (feedback_columns),
};

static const EmbColumn training_objective_columns[] = {
  { "title", "title", 0 },
  { "knowledge", "knowledge", 0 },
  { "skills", "skills", 0 },
  { "attitudes", "attitudes", 0 },
  { "expected_change", "expected-change", 0 },
  { "review_on", "review-on", EMB_COLUMN_NULLABLE },
};

const EmbTable emb_table_training_objective = {
  "training_objective", EMB_RECORD_KIND_TRAINING_OBJECTIVE, emb_training_objective_get_type,
  training_objective_columns, G_N_ELEMENTS (training_objective_columns),
};

static const EmbColumn observation_columns[] = {
  { "objective_id", "objective-id", EMB_COLUMN_NULL_IF_ZERO },
  { "employee_id", "employee-id", EMB_COLUMN_NULL_IF_ZERO },
  { "observed_on", "observed-on", 0 },
  { "rating", "rating", 0 },
  { "note", "note", 0 },
};

const EmbTable emb_table_observation = {
  "training_observation", EMB_RECORD_KIND_OBSERVATION, emb_observation_get_type,
  observation_columns, G_N_ELEMENTS (observation_columns),
};

static const EmbColumn maturity_assessment_columns[] = {
  { "assessed_on", "assessed-on", 0 },
};

const EmbTable emb_table_maturity_assessment = {
  "maturity_assessment", EMB_RECORD_KIND_MATURITY_ASSESSMENT, emb_maturity_assessment_get_type,
  maturity_assessment_columns, G_N_ELEMENTS (maturity_assessment_columns),
};

static const EmbColumn consistency_audit_columns[] = {
  { "department_id", "department-id", EMB_COLUMN_NULL_IF_ZERO },
  { "audited_on", "audited-on", 0 },
  { "declarations", "declarations", 0 },
  { "behaviours", "behaviours", 0 },
  { "resources", "resources", 0 },
  { "note", "note", 0 },
};

const EmbTable emb_table_consistency_audit = {
  "consistency_audit", EMB_RECORD_KIND_CONSISTENCY_AUDIT, emb_consistency_audit_get_type,
  consistency_audit_columns, G_N_ELEMENTS (consistency_audit_columns),
};

static const EmbColumn pulse_columns[] = {
  { "department_id", "department-id", EMB_COLUMN_NULL_IF_ZERO },
  { "role_id", "role-id", EMB_COLUMN_NULL_IF_ZERO },
  { "taken_on", "taken-on", 0 },
  { "company", "company", 0 },
  { "value_proposition", "value-proposition", 0 },
  { "customer", "customer", 0 },
  { "respondents", "respondents", 0 },
};

const EmbTable emb_table_pulse = {
  "pulse", EMB_RECORD_KIND_PULSE, emb_pulse_get_type,
  pulse_columns, G_N_ELEMENTS (pulse_columns),
};
