/* emb-bundle.c: the programme bundle's format, shared by the exporter
 * (emb-bundle-export.c) and the importer (emb-bundle-import.c)
 *
 * The descriptions below are the format: docs/bundle-format.md explains it
 * for people and data/embassy-bundle.schema.json for programs, and a test
 * checks that the schema names exactly these members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-private.h"
#include "emb-enums.h"
#include "emb-promise-store.h"
#include "emb-validate-private.h"

/* Descriptions ----------------------------------------------------------- */

#define TEXT(n, l, max)      { n, n, EMB_BUNDLE_TEXT, 0, 0, max, NULL, 0, "", l }
#define NAME(n, l, max)      { n, n, EMB_BUNDLE_TEXT, EMB_BUNDLE_NOT_BLANK, 0, max, NULL, 0, NULL, l }
#define DATE(n, l)           { n, n, EMB_BUNDLE_DATE, 0, 0, 0, NULL, 0, NULL, l }
#define DATE_NULL(n, l)      { n, n, EMB_BUNDLE_DATE, EMB_BUNDLE_NULLABLE, 0, 0, NULL, 0, NULL, l }
#define TIME(n, l)           { n, n, EMB_BUNDLE_TIMESTAMP, 0, 0, 0, NULL, 0, NULL, l }
#define TIME_NULL(n, l)      { n, n, EMB_BUNDLE_TIMESTAMP, EMB_BUNDLE_NULLABLE, 0, 0, NULL, 0, NULL, l }
#define INT(n, l, lo, hi, fb) { n, n, EMB_BUNDLE_INT, 0, lo, hi, NULL, 0, fb, l }
#define BOOL(n, l, fb)       { n, n, EMB_BUNDLE_BOOL, 0, 0, 1, NULL, 0, fb, l }
#define REAL(n, l, lo, hi)   { n, n, EMB_BUNDLE_REAL, 0, lo, hi, NULL, 0, NULL, l }
#define ENUM(n, l, t, lo, fb) { n, n, EMB_BUNDLE_ENUM, 0, lo, G_MAXINT, t, 0, fb, l }
#define REF(n, c, k, l)      { n, c, EMB_BUNDLE_REF, 0, 0, 0, NULL, EMB_BUNDLE_KIND_##k, NULL, l }
#define REF_NULL(n, c, k, l) { n, c, EMB_BUNDLE_REF, EMB_BUNDLE_NULLABLE, 0, 0, NULL, \
                               EMB_BUNDLE_KIND_##k, NULL, l }

#define FIELDS(a) a, G_N_ELEMENTS (a)
#define NO_LINKS NULL, 0

static const EmbBundleField organisation_fields[] = {
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  TEXT ("vision", N_("Vision"), EMB_MAX_TEXT),
  TEXT ("cx_strategy", N_("CX strategy"), EMB_MAX_TEXT),
};

static const EmbBundleField department_fields[] = {
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  ENUM ("office", N_("Office"), emb_office_get_type, 0, NULL),
};

static const EmbBundleField role_fields[] = {
  REF ("department", "department_id", DEPARTMENT, N_("Department")),
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  ENUM ("office", N_("Office"), emb_office_get_type, 0, NULL),
  TEXT ("attitudes", N_("Attitudes"), EMB_MAX_TEXT),
};

static const EmbBundleField employee_fields[] = {
  NAME ("employee_number", N_("Employee number"), EMB_MAX_SHORT),
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  { "email", "email", EMB_BUNDLE_EMAIL, 0, 0, 254, NULL, 0, "", N_("E-mail") },
  REF_NULL ("role", "role_id", ROLE, N_("Role")),
  REF_NULL ("department", "department_id", DEPARTMENT, N_("Department")),
  TEXT ("site", N_("Site"), EMB_MAX_NAME),
  DATE_NULL ("hire_date", N_("Hire date")),
  BOOL ("active", N_("Active"), "true"),
};

static const EmbBundleField value_fields[] = {
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  TEXT ("description", N_("Description"), EMB_MAX_TEXT),
  TEXT ("desired_behaviours", N_("Desired behaviours"), EMB_MAX_TEXT),
  TEXT ("undesired_behaviours", N_("Undesired behaviours"), EMB_MAX_TEXT),
  INT ("position", N_("Position"), 0, G_MAXINT, "0"),
};

static const EmbBundleField value_set_fields[] = {
  TIME ("published_at", N_("Published at")),
  TEXT ("summary", N_("Summary"), EMB_MAX_TEXT),
};

static const EmbBundleField stage_fields[] = {
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  TEXT ("description", N_("Description"), EMB_MAX_TEXT),
  INT ("position", N_("Position"), 0, G_MAXINT, "0"),
};

static const EmbBundleField touchpoint_fields[] = {
  REF ("stage", "stage_id", STAGE, N_("Journey stage")),
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  TEXT ("channel", N_("Channel"), EMB_MAX_SHORT),
  TEXT ("description", N_("Description"), EMB_MAX_TEXT),
  INT ("position", N_("Position"), 0, G_MAXINT, "0"),
};

static const EmbBundleField responsibility_fields[] = {
  REF ("role", "role_id", ROLE, N_("Role")),
  REF ("touchpoint", "touchpoint_id", TOUCHPOINT, N_("Touchpoint")),
  /* "none" is no responsibility: there is no row for it. */
  ENUM ("level", N_("Level"), emb_responsibility_level_get_type,
        EMB_RESPONSIBILITY_LEVEL_OWNS, NULL),
  TEXT ("note", N_("Note"), EMB_MAX_TEXT),
};

static const EmbBundleField promise_fields[] = {
  ENUM ("status", N_("Status"), emb_promise_status_get_type, 0, "draft"),
  INT ("position", N_("Position"), 0, G_MAXINT, "0"),
  TIME_NULL ("retired_at", N_("Retired at")),
};

static const EmbBundleField promise_version_fields[] = {
  INT ("number", N_("Version number"), 1, G_MAXINT, NULL),
  NAME ("statement", N_("Statement"), EMB_MAX_PROMISE_STATEMENT),
  TEXT ("customer_expectation", N_("Customer expectation"), EMB_MAX_TEXT),
  ENUM ("state", N_("State"), emb_promise_version_state_get_type, 0, "draft"),
  TIME_NULL ("published_at", N_("Published at")),
};

static const EmbBundleLink promise_version_links[] = {
  { "touchpoints", "promise_version_touchpoint", "version_id", "touchpoint_id",
    EMB_BUNDLE_KIND_TOUCHPOINT, N_("Touchpoints") },
};

static const EmbBundleField announcement_fields[] = {
  NAME ("title", N_("Title"), EMB_MAX_NAME),
  TEXT ("body", N_("Text"), EMB_MAX_TEXT),
  ENUM ("audience", N_("Audience"), emb_audience_get_type, 0, "everyone"),
  BOOL ("needs_ack", N_("Needs acknowledgement"), "false"),
  TIME_NULL ("published_at", N_("Published at")),
};

static const EmbBundleLink announcement_links[] = {
  { "departments", "announcement_department", "announcement_id", "department_id",
    EMB_BUNDLE_KIND_DEPARTMENT, N_("Departments") },
  { "roles", "announcement_role", "announcement_id", "role_id",
    EMB_BUNDLE_KIND_ROLE, N_("Roles") },
};

static const EmbBundleField acknowledgement_fields[] = {
  REF ("employee", "employee_id", EMPLOYEE, N_("Employee")),
  REF_NULL ("promise_version", "promise_version_id", PROMISE_VERSION, N_("Promise version")),
  REF_NULL ("announcement", "announcement_id", ANNOUNCEMENT, N_("Announcement")),
  REF_NULL ("value_set", "value_set_id", VALUE_SET, N_("Published values")),
  TIME ("acknowledged_at", N_("Acknowledged at")),
};

static const EmbBundleField feedback_fields[] = {
  TIME ("received_at", N_("Received at")),
  TEXT ("channel", N_("Channel"), EMB_MAX_SHORT),
  REF_NULL ("touchpoint", "touchpoint_id", TOUCHPOINT, N_("Touchpoint")),
  ENUM ("kind", N_("Kind"), emb_feedback_kind_get_type, 0, NULL),
  ENUM ("score_type", N_("Score type"), emb_score_type_get_type, 0, "none"),
  /* The range depends on the score type; see the importer. */
  { "score", "score", EMB_BUNDLE_INT, EMB_BUNDLE_NULLABLE, 0, 10, NULL, 0, NULL, N_("Score") },
  TEXT ("text", N_("Text"), EMB_MAX_TEXT),
  TEXT ("customer_ref", N_("Customer reference"), EMB_MAX_SHORT),
  ENUM ("follow_up", N_("Follow-up"), emb_follow_up_get_type, 0, "new"),
  REF_NULL ("assignee", "assignee_id", EMPLOYEE, N_("Assignee")),
  TEXT ("source", N_("Source"), EMB_MAX_SHORT),
};

static const EmbBundleField nomination_fields[] = {
  REF_NULL ("nominee_employee", "nominee_employee_id", EMPLOYEE, N_("Nominee")),
  REF_NULL ("nominee_department", "nominee_department_id", DEPARTMENT,
            N_("Nominated department")),
  REF_NULL ("nominator", "nominator_id", EMPLOYEE, N_("Nominated by")),
  REF ("value", "value_id", VALUE, N_("Value")),
  REF_NULL ("touchpoint", "touchpoint_id", TOUCHPOINT, N_("Touchpoint")),
  REF_NULL ("feedback", "feedback_id", FEEDBACK, N_("Customer feedback")),
  NAME ("story", N_("Story"), EMB_MAX_TEXT),
  BOOL ("is_public", N_("Public"), "true"),
  ENUM ("status", N_("Status"), emb_nomination_status_get_type, 0, "submitted"),
  REF_NULL ("decider", "decider_id", EMPLOYEE, N_("Decided by")),
  TEXT ("decision_note", N_("Decision note"), EMB_MAX_TEXT),
  TIME ("submitted_at", N_("Submitted at")),
  TIME_NULL ("decided_at", N_("Decided at")),
  TIME_NULL ("celebrated_at", N_("Celebrated at")),
};

static const EmbBundleField pilot_fields[] = {
  NAME ("name", N_("Name"), EMB_MAX_NAME),
  NAME ("principle", N_("Principle"), EMB_MAX_TEXT),
  INT ("spending_ceiling", N_("Spending ceiling"), 0, G_MAXINT64, "0"),
  { "currency", "currency", EMB_BUNDLE_CURRENCY, 0, 0, 3, NULL, 0, "EUR", N_("Currency") },
  TEXT ("allowed_decisions", N_("Allowed decisions"), EMB_MAX_TEXT),
  TEXT ("escalation_rule", N_("Escalation rule"), EMB_MAX_TEXT),
};

static const EmbBundleField wave_fields[] = {
  REF ("department", "department_id", DEPARTMENT, N_("Department")),
  INT ("position", N_("Position"), 0, G_MAXINT, "0"),
  DATE ("starts_on", N_("Starts on")),
  DATE ("ends_on", N_("Ends on")),
  ENUM ("status", N_("Status"), emb_wave_status_get_type, 0, "planned"),
  TEXT ("evaluation_note", N_("Evaluation"), EMB_MAX_TEXT),
};

static const EmbBundleField decision_fields[] = {
  REF_NULL ("employee", "employee_id", EMPLOYEE, N_("Employee")),
  DATE ("decided_on", N_("Decided on")),
  TEXT ("kind", N_("Kind"), EMB_MAX_SHORT),
  NAME ("situation", N_("Situation"), EMB_MAX_TEXT),
  NAME ("decision", N_("Decision"), EMB_MAX_TEXT),
  INT ("cost", N_("Cost"), 0, G_MAXINT64, "0"),
  TEXT ("customer_outcome", N_("Customer outcome"), EMB_MAX_TEXT),
  ENUM ("review_status", N_("Review"), emb_review_status_get_type, 0, "pending"),
  TEXT ("review_note", N_("Review note"), EMB_MAX_TEXT),
};

static const EmbBundleField training_objective_fields[] = {
  NAME ("title", N_("Title"), EMB_MAX_NAME),
  TEXT ("knowledge", N_("Knowledge"), EMB_MAX_TEXT),
  TEXT ("skills", N_("Skills"), EMB_MAX_TEXT),
  TEXT ("attitudes", N_("Attitudes"), EMB_MAX_TEXT),
  NAME ("expected_change", N_("Expected change"), EMB_MAX_TEXT),
  DATE_NULL ("review_on", N_("Review on")),
};

static const EmbBundleLink training_objective_links[] = {
  { "roles", "training_objective_role", "objective_id", "role_id",
    EMB_BUNDLE_KIND_ROLE, N_("Roles") },
  { "touchpoints", "training_objective_touchpoint", "objective_id", "touchpoint_id",
    EMB_BUNDLE_KIND_TOUCHPOINT, N_("Touchpoints") },
};

static const EmbBundleField observation_fields[] = {
  REF_NULL ("employee", "employee_id", EMPLOYEE, N_("Employee")),
  DATE ("observed_on", N_("Observed on")),
  INT ("rating", N_("Rating"), 1, 5, NULL),
  TEXT ("note", N_("Note"), EMB_MAX_TEXT),
};

static const EmbBundleField maturity_assessment_fields[] = {
  DATE ("assessed_on", N_("Assessed on")),
};

static const EmbBundleField consistency_audit_fields[] = {
  REF ("department", "department_id", DEPARTMENT, N_("Department")),
  DATE ("audited_on", N_("Audited on")),
  INT ("declarations", N_("Declarations"), 0, 100, NULL),
  INT ("behaviours", N_("Behaviours"), 0, 100, NULL),
  INT ("resources", N_("Resources"), 0, 100, NULL),
  TEXT ("note", N_("Note"), EMB_MAX_TEXT),
};

static const EmbBundleField pulse_fields[] = {
  REF_NULL ("department", "department_id", DEPARTMENT, N_("Department")),
  REF_NULL ("role", "role_id", ROLE, N_("Role")),
  DATE ("taken_on", N_("Taken on")),
  REAL ("company", N_("Commitment to the company"), 1, 5),
  REAL ("value_proposition", N_("Commitment to the value proposition"), 1, 5),
  REAL ("customer", N_("Commitment to the customer"), 1, 5),
  INT ("respondents", N_("Respondents"), 1, G_MAXINT, NULL),
};

#define BY_TIME(col) "t." col ", t.created_at, t.uuid"
#define BY_POSITION  "t.position, t.created_at, t.uuid"
#define BY_CREATION  "t.created_at, t.uuid"

static const EmbBundleKind kinds[EMB_BUNDLE_N_KINDS] = {
  [EMB_BUNDLE_KIND_ORGANISATION] = {
    "organisation", "organisation", "organisation", EMB_BUNDLE_TOP, NULL,
    FIELDS (organisation_fields), NO_LINKS, FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_DEPARTMENT] = {
    "departments", "department", "department", EMB_BUNDLE_TOP, NULL,
    FIELDS (department_fields), NO_LINKS, FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_ROLE] = {
    "roles", "role", "role", EMB_BUNDLE_TOP, NULL,
    FIELDS (role_fields), NO_LINKS, FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_EMPLOYEE] = {
    "employees", "employee", "employee", EMB_BUNDLE_TOP, NULL,
    FIELDS (employee_fields), NO_LINKS, FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_VALUE] = {
    "values", "value", "value", EMB_BUNDLE_TOP, NULL,
    FIELDS (value_fields), NO_LINKS, FALSE, BY_POSITION,
  },
  [EMB_BUNDLE_KIND_VALUE_SET] = {
    "value_sets", "value-set", "value_set", EMB_BUNDLE_TOP, NULL,
    FIELDS (value_set_fields), NO_LINKS, FALSE, BY_TIME ("published_at"),
  },
  [EMB_BUNDLE_KIND_STAGE] = {
    "stages", "stage", "journey_stage", EMB_BUNDLE_TOP, NULL,
    FIELDS (stage_fields), NO_LINKS, FALSE, BY_POSITION,
  },
  [EMB_BUNDLE_KIND_TOUCHPOINT] = {
    "touchpoints", "touchpoint", "touchpoint", EMB_BUNDLE_TOP, NULL,
    FIELDS (touchpoint_fields), NO_LINKS, FALSE,
    /* Stage by stage, in the journey's order. */
    "(SELECT s.position FROM journey_stage s WHERE s.id = t.stage_id),"
    " (SELECT s.uuid FROM journey_stage s WHERE s.id = t.stage_id), " BY_POSITION,
  },
  [EMB_BUNDLE_KIND_RESPONSIBILITY] = {
    "responsibilities", "responsibility", "responsibility", EMB_BUNDLE_TOP, NULL,
    FIELDS (responsibility_fields), NO_LINKS, FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_PROMISE] = {
    "promises", "promise", "promise", EMB_BUNDLE_TOP, NULL,
    FIELDS (promise_fields), NO_LINKS, FALSE, BY_POSITION,
  },
  [EMB_BUNDLE_KIND_PROMISE_VERSION] = {
    "versions", "promise-version", "promise_version", EMB_BUNDLE_KIND_PROMISE, "promise_id",
    FIELDS (promise_version_fields), FIELDS (promise_version_links), FALSE,
    "t.number, t.created_at, t.uuid",
  },
  [EMB_BUNDLE_KIND_ANNOUNCEMENT] = {
    "announcements", "announcement", "announcement", EMB_BUNDLE_TOP, NULL,
    FIELDS (announcement_fields), FIELDS (announcement_links), FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_ACKNOWLEDGEMENT] = {
    "acknowledgements", "acknowledgement", "acknowledgement", EMB_BUNDLE_TOP, NULL,
    FIELDS (acknowledgement_fields), NO_LINKS, FALSE, BY_TIME ("acknowledged_at"),
  },
  [EMB_BUNDLE_KIND_FEEDBACK] = {
    "feedback", "feedback", "feedback", EMB_BUNDLE_TOP, NULL,
    FIELDS (feedback_fields), NO_LINKS, FALSE, BY_TIME ("received_at"),
  },
  [EMB_BUNDLE_KIND_NOMINATION] = {
    "nominations", "nomination", "nomination", EMB_BUNDLE_TOP, NULL,
    FIELDS (nomination_fields), NO_LINKS, FALSE, BY_TIME ("submitted_at"),
  },
  [EMB_BUNDLE_KIND_PILOT] = {
    "pilots", "pilot", "pilot", EMB_BUNDLE_TOP, NULL,
    FIELDS (pilot_fields), NO_LINKS, FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_WAVE] = {
    "waves", "wave", "pilot_wave", EMB_BUNDLE_KIND_PILOT, "pilot_id",
    FIELDS (wave_fields), NO_LINKS, FALSE, BY_POSITION,
  },
  [EMB_BUNDLE_KIND_DECISION] = {
    "decisions", "decision", "pilot_decision", EMB_BUNDLE_KIND_PILOT, "pilot_id",
    FIELDS (decision_fields), NO_LINKS, FALSE, BY_TIME ("decided_on"),
  },
  [EMB_BUNDLE_KIND_TRAINING_OBJECTIVE] = {
    "training_objectives", "training-objective", "training_objective", EMB_BUNDLE_TOP, NULL,
    FIELDS (training_objective_fields), FIELDS (training_objective_links), FALSE, BY_CREATION,
  },
  [EMB_BUNDLE_KIND_OBSERVATION] = {
    "observations", "observation", "training_observation", EMB_BUNDLE_KIND_TRAINING_OBJECTIVE,
    "objective_id",
    FIELDS (observation_fields), NO_LINKS, FALSE, BY_TIME ("observed_on"),
  },
  [EMB_BUNDLE_KIND_MATURITY_ASSESSMENT] = {
    "maturity_assessments", "maturity-assessment", "maturity_assessment", EMB_BUNDLE_TOP, NULL,
    FIELDS (maturity_assessment_fields), NO_LINKS, TRUE, BY_TIME ("assessed_on"),
  },
  [EMB_BUNDLE_KIND_CONSISTENCY_AUDIT] = {
    "consistency_audits", "consistency-audit", "consistency_audit", EMB_BUNDLE_TOP, NULL,
    FIELDS (consistency_audit_fields), NO_LINKS, FALSE, BY_TIME ("audited_on"),
  },
  [EMB_BUNDLE_KIND_PULSE] = {
    "pulses", "pulse", "pulse", EMB_BUNDLE_TOP, NULL,
    FIELDS (pulse_fields), NO_LINKS, FALSE, BY_TIME ("taken_on"),
  },
};

const EmbBundleKind *
_emb_bundle_kind (EmbBundleKindId id)
{
  g_assert (id < EMB_BUNDLE_N_KINDS);

  return &kinds[id];
}

/* SQL -------------------------------------------------------------------- */

/**
 * _emb_bundle_select_sql:
 *
 * Returns: (transfer full): "SELECT t.id, t.uuid, t.created_at,
 *   t.updated_at, <fields> FROM <table> t [WHERE t.<parent> = ?1] ORDER BY …",
 *   with each reference read as the UUID of the record it points to
 */
char *
_emb_bundle_select_sql (EmbBundleKindId id)
{
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  g_autoptr(GString) sql = g_string_new ("SELECT t.id, t.uuid, t.created_at, t.updated_at");

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const EmbBundleField *field = &kind->fields[i];

      if (field->type == EMB_BUNDLE_REF)
        g_string_append_printf (sql, ", (SELECT r.uuid FROM %s r WHERE r.id = t.%s)",
                                _emb_bundle_kind (field->target)->table, field->column);
      else
        g_string_append_printf (sql, ", t.%s", field->column);
    }
  g_string_append_printf (sql, " FROM %s t", kind->table);
  if (kind->parent != EMB_BUNDLE_TOP)
    g_string_append_printf (sql, " WHERE t.%s = ?1", kind->parent_column);
  g_string_append_printf (sql, " ORDER BY %s", kind->order_sql);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * _emb_bundle_upsert_sql:
 *
 * Returns: (transfer full): an INSERT that keeps the record's UUID and
 *   timestamps, with ?1 the UUID, ?2 created_at, ?3 updated_at, then one
 *   parameter per field and last the parent's id for a nested kind. A record
 *   whose UUID exists is updated only when something differs, so
 *   sqlite3_changes() tells an update from a record left as it was.
 */
char *
_emb_bundle_upsert_sql (EmbBundleKindId id)
{
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  gboolean singleton = (id == EMB_BUNDLE_KIND_ORGANISATION);

  g_ptr_array_add (columns, (char *)"created_at");
  g_ptr_array_add (columns, (char *)"updated_at");
  for (guint i = 0; i < kind->n_fields; i++)
    g_ptr_array_add (columns, (char *)kind->fields[i].column);
  if (kind->parent != EMB_BUNDLE_TOP)
    g_ptr_array_add (columns, (char *)kind->parent_column);

  g_string_append_printf (sql, "%s (%suuid", kind->table, singleton ? "id, " : "");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", %s", (char *)columns->pdata[i]);
  /* The organisation is the one row with id 1. */
  g_string_append_printf (sql, ") VALUES (%s?1", singleton ? "1, " : "");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  g_string_append (sql, ") ON CONFLICT (uuid) DO UPDATE SET ");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%s%s = excluded.%s", i > 0 ? ", " : "",
                            (char *)columns->pdata[i], (char *)columns->pdata[i]);
  g_string_append (sql, " WHERE ");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%s%s.%s IS NOT excluded.%s", i > 0 ? " OR " : "",
                            kind->table, (char *)columns->pdata[i], (char *)columns->pdata[i]);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * _emb_bundle_link_select_sql:
 *
 * Returns: (transfer full): the UUIDs linked to the record ?1, sorted
 */
char *
_emb_bundle_link_select_sql (const EmbBundleLink *link)
{
  return g_strdup_printf ("SELECT o.uuid FROM %s x JOIN %s o ON o.id = x.%s"
                          " WHERE x.%s = ?1 ORDER BY o.uuid",
                          link->table, _emb_bundle_kind (link->target)->table,
                          link->other_column, link->own_column);
}

/* JSON text -------------------------------------------------------------- */

/* Appends @text as a JSON string: quotes, backslashes and control
 * characters escaped, everything else (UTF-8) as it is. */
void
_emb_bundle_append_string (GString    *out,
                           const char *text)
{
  g_autofree char *valid = NULL;
  const char *run;
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (run = p = text; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* The shortest form that reads back as the same double, always with a
 * fraction or an exponent so that it stays a real number. */
void
_emb_bundle_append_real (GString *out,
                         double   value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

static gboolean
is_identifier (const char *name)
{
  if (!g_ascii_isalpha (*name) && *name != '_')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* Appends ".name", or ["name"] when the name is not a plain word. */
void
_emb_bundle_append_member_path (GString    *path,
                                const char *name)
{
  if (is_identifier (name))
    {
      g_string_append_c (path, '.');
      g_string_append (path, name);
      return;
    }
  g_string_append_c (path, '[');
  _emb_bundle_append_string (path, name);
  g_string_append_c (path, ']');
}
