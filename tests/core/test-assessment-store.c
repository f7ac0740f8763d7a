/* test-assessment-store.c: CX maturity, consistency audits and pulse surveys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "emb-assessment-store.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"
#include "emb-validate-private.h"

/* Maturity --------------------------------------------------------------- */

/* Scores 1, 2, 3, 4, 5, 1, 2, … shifted by @shift. */
static EmbMaturityAssessment *
make_assessment (const char *assessed_on,
                 int         shift)
{
  EmbMaturityAssessment *assessment = emb_maturity_assessment_new ();

  emb_maturity_assessment_set_assessed_on (assessment, assessed_on);
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    emb_maturity_assessment_set_score (assessment, i, (i + shift) % 5 + 1);
  return assessment;
}

static void
assert_scores (EmbMaturityAssessment *assessment,
               int                    shift)
{
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    g_assert_cmpint (emb_maturity_assessment_get_score (assessment, i), ==, (i + shift) % 5 + 1);
}

static void
test_maturity_save_load (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbMaturityAssessment) assessment = make_assessment ("2026-06-01", 0);
  g_autoptr(EmbMaturityAssessment) loaded = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, earlier_id;

  emb_maturity_assessment_set_note (assessment, EMB_MATURITY_AREA_LEADERSHIP,
                                    "The board visits a branch every month");
  g_assert_true (emb_assessment_store_save_maturity (tdb->db, assessment, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (assessment));
  g_assert_cmpint (id, >, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_MATURITY_ASSESSMENT,
                                       EMB_CHANGE_CREATED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM maturity_score"), ==, 9);
  g_assert_cmpint (_emb_database_count (tdb->db,
                                        "SELECT count(*) FROM maturity_score"
                                        " WHERE area = 'employee-experience' AND score = 2"),
                   ==, 1);

  loaded = emb_assessment_store_get_maturity (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_maturity_assessment_get_assessed_on (loaded), ==, "2026-06-01");
  assert_scores (loaded, 0);
  g_assert_cmpstr (emb_maturity_assessment_get_note (loaded, EMB_MATURITY_AREA_LEADERSHIP), ==,
                   "The board visits a branch every month");
  g_assert_cmpstr (emb_maturity_assessment_get_note (loaded, EMB_MATURITY_AREA_CULTURE), ==, "");
  /* (1+2+3+4+5+1+2+3+4) / 9 */
  g_assert_cmpfloat_with_epsilon (emb_maturity_assessment_get_mean (loaded), 25.0 / 9, 1e-9);

  /* Update: the scores are replaced, still nine rows. */
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    emb_maturity_assessment_set_score (loaded, i, (i + 2) % 5 + 1);
  emb_maturity_assessment_set_note (loaded, EMB_MATURITY_AREA_LEADERSHIP, NULL);
  g_assert_true (emb_assessment_store_save_maturity (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_MATURITY_ASSESSMENT,
                                       EMB_CHANGE_UPDATED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM maturity_score"), ==, 9);
  g_clear_object (&loaded);
  loaded = emb_assessment_store_get_maturity (tdb->db, id, &error);
  g_assert_no_error (error);
  assert_scores (loaded, 2);
  g_assert_cmpstr (emb_maturity_assessment_get_note (loaded, EMB_MATURITY_AREA_LEADERSHIP), ==, "");

  /* The history is by date, each with its own scores. */
  {
    g_autoptr(EmbMaturityAssessment) earlier = make_assessment ("2025-12-01", 4);

    g_assert_true (emb_assessment_store_save_maturity (tdb->db, earlier, &error));
    g_assert_no_error (error);
    earlier_id = emb_record_get_id (EMB_RECORD (earlier));
  }
  history = emb_assessment_store_list_maturity (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  {
    g_autoptr(EmbMaturityAssessment) first = g_list_model_get_item (history, 0);
    g_autoptr(EmbMaturityAssessment) second = g_list_model_get_item (history, 1);

    g_assert_cmpint (emb_record_get_id (EMB_RECORD (first)), ==, earlier_id);
    g_assert_cmpstr (emb_maturity_assessment_get_assessed_on (first), ==, "2025-12-01");
    assert_scores (first, 4);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (second)), ==, id);
    assert_scores (second, 2);
  }

  /* Delete: the scores go with it. */
  g_assert_true (emb_assessment_store_delete_maturity (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_MATURITY_ASSESSMENT,
                                       EMB_CHANGE_DELETED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM maturity_score"), ==, 9);
  g_assert_null (emb_assessment_store_get_maturity (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_assessment_store_delete_maturity (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
refuse_maturity (EmbDatabase           *db,
                 EmbMaturityAssessment *assessment,
                 int                    code,
                 const char            *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_assessment_store_save_maturity (db, assessment, &error));
  emb_test_assert_field_error (error, code, field);
}

static void
test_maturity_validation (void)
{
  static const char *nicks[] = {
    "culture", "employee-experience", "listening", "understanding", "acting",
    "technology", "strategy", "journey-mapping", "leadership",
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbMaturityAssessment) existing = make_assessment ("2026-01-10", 0);
  g_autoptr(EmbMaturityAssessment) loaded = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text_over = g_strnfill (EMB_MAX_TEXT + 1, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 existing_id;

  G_STATIC_ASSERT (G_N_ELEMENTS (nicks) == EMB_N_MATURITY_AREAS);

  g_assert_true (emb_assessment_store_save_maturity (tdb->db, existing, &error));
  g_assert_no_error (error);
  existing_id = emb_record_get_id (EMB_RECORD (existing));
  before = emb_test_dump (tdb->db);
  changes = emb_test_changes_watch (tdb->db);

  /* Each area left out in turn: refused, naming that area, nothing written. */
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    {
      g_autoptr(EmbMaturityAssessment) assessment = make_assessment ("2026-02-01", 0);

      emb_maturity_assessment_set_score (assessment, i, 0);
      refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_REQUIRED, nicks[i]);
      g_assert_cmpint (emb_record_get_id (EMB_RECORD (assessment)), ==, 0);

      emb_maturity_assessment_set_score (assessment, i, 6);
      refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_OUT_OF_RANGE, nicks[i]);
      emb_maturity_assessment_set_score (assessment, i, -1);
      refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_OUT_OF_RANGE, nicks[i]);

      /* Notes are checked per area too. */
      {
        g_autofree char *note_field = g_strconcat (nicks[i], "-note", NULL);

        emb_maturity_assessment_set_score (assessment, i, 3);
        emb_maturity_assessment_set_note (assessment, i, text_over);
        refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_TOO_LONG, note_field);
      }
    }

  {
    g_autoptr(EmbMaturityAssessment) assessment = make_assessment (NULL, 0);

    refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_REQUIRED, "assessed-on");
    emb_maturity_assessment_set_assessed_on (assessment, "2026-13-01");
    refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_INVALID, "assessed-on");
    /* Nothing scored at all: the first area is named. */
    emb_maturity_assessment_set_assessed_on (assessment, "2026-02-01");
    for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
      emb_maturity_assessment_set_score (assessment, i, 0);
    refuse_maturity (tdb->db, assessment, EMB_VALIDATION_ERROR_REQUIRED, "culture");
  }

  /* An existing assessment with an area cleared keeps its stored scores. */
  emb_maturity_assessment_set_score (existing, EMB_MATURITY_AREA_STRATEGY, 0);
  emb_maturity_assessment_set_score (existing, EMB_MATURITY_AREA_CULTURE, 5);
  refuse_maturity (tdb->db, existing, EMB_VALIDATION_ERROR_REQUIRED, "strategy");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);
  loaded = emb_assessment_store_get_maturity (tdb->db, existing_id, &error);
  g_assert_no_error (error);
  assert_scores (loaded, 0);

  /* The bounds 1 and 5 are accepted. */
  {
    g_autoptr(EmbMaturityAssessment) assessment = make_assessment ("2026-02-01", 0);

    emb_maturity_assessment_set_score (assessment, EMB_MATURITY_AREA_CULTURE, 1);
    emb_maturity_assessment_set_score (assessment, EMB_MATURITY_AREA_LEADERSHIP, 5);
    g_assert_true (emb_assessment_store_save_maturity (tdb->db, assessment, &error));
    g_assert_no_error (error);
  }
}

static void
test_maturity_area_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_CULTURE), ==, "Culture");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_EMPLOYEE_EXPERIENCE), ==,
                   "Employee experience");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_LISTENING), ==,
                   "Listening to customers");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_UNDERSTANDING), ==,
                   "Understanding customers");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_ACTING), ==,
                   "Acting on customers");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_TECHNOLOGY), ==,
                   "Technology & tools");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_STRATEGY), ==, "CX strategy");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_JOURNEY_MAPPING), ==,
                   "Journey mapping");
  g_assert_cmpstr (emb_maturity_area_get_label (EMB_MATURITY_AREA_LEADERSHIP), ==,
                   "Leadership engagement");

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    g_assert_true (g_hash_table_add (seen, (gpointer)emb_maturity_area_get_label (i)));
}

/* Consistency audits ----------------------------------------------------- */

static EmbConsistencyAudit *
make_audit (gint64      department_id,
            const char *audited_on,
            int         declarations,
            int         behaviours,
            int         resources)
{
  EmbConsistencyAudit *audit = emb_consistency_audit_new ();

  emb_consistency_audit_set_department_id (audit, department_id);
  emb_consistency_audit_set_audited_on (audit, audited_on);
  emb_consistency_audit_set_declarations (audit, declarations);
  emb_consistency_audit_set_behaviours (audit, behaviours);
  emb_consistency_audit_set_resources (audit, resources);
  return audit;
}

static gint64
add_audit (EmbDatabase *db,
           gint64       department_id,
           const char  *audited_on)
{
  g_autoptr(EmbConsistencyAudit) audit = make_audit (department_id, audited_on, 90, 60, 40);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_assessment_store_save_audit (db, audit, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (audit));
}

static char *
audit_ids (EmbDatabase *db,
           gint64       department_id)
{
  g_autoptr(GListModel) list = emb_assessment_store_list_audits (db, department_id, NULL);

  return emb_test_model_ids (list);
}

static void
test_audit_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbConsistencyAudit) audit = NULL;
  g_autoptr(EmbConsistencyAudit) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 branches = emb_test_add_department (tdb->db, "Branches");
  gint64 claims = emb_test_add_department (tdb->db, "Claims");
  gint64 id, a2, a3;

  audit = make_audit (branches, "2026-04-15", 85, 55, 70);
  emb_consistency_audit_set_note (audit, "Training budget was cut");
  g_assert_true (emb_assessment_store_save_audit (tdb->db, audit, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (audit));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_CONSISTENCY_AUDIT,
                                       EMB_CHANGE_CREATED, id));

  loaded = emb_assessment_store_get_audit (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_consistency_audit_get_department_id (loaded), ==, branches);
  g_assert_cmpstr (emb_consistency_audit_get_audited_on (loaded), ==, "2026-04-15");
  g_assert_cmpint (emb_consistency_audit_get_declarations (loaded), ==, 85);
  g_assert_cmpint (emb_consistency_audit_get_behaviours (loaded), ==, 55);
  g_assert_cmpint (emb_consistency_audit_get_resources (loaded), ==, 70);
  g_assert_cmpstr (emb_consistency_audit_get_note (loaded), ==, "Training budget was cut");
  g_assert_cmpint (emb_consistency_audit_get_gap (loaded), ==, 30);

  emb_consistency_audit_set_behaviours (loaded, 75);
  g_assert_true (emb_assessment_store_save_audit (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_CONSISTENCY_AUDIT,
                                       EMB_CHANGE_UPDATED, id));
  g_assert_cmpint (_emb_database_count (tdb->db,
                                        "SELECT count(*) FROM consistency_audit"
                                        " WHERE behaviours = 75"), ==, 1);

  /* Lists by date, for one department or for all. */
  a2 = add_audit (tdb->db, claims, "2026-01-10");
  a3 = add_audit (tdb->db, branches, "2025-10-01");
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                                             a3, id);
    g_autofree char *got = audit_ids (tdb->db, branches);
    g_assert_cmpstr (got, ==, want);
  }
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                                             ",%" G_GINT64_FORMAT, a3, a2, id);
    g_autofree char *got = audit_ids (tdb->db, 0);
    g_assert_cmpstr (got, ==, want);
  }

  g_assert_true (emb_assessment_store_delete_audit (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_CONSISTENCY_AUDIT,
                                       EMB_CHANGE_DELETED, id));
  g_assert_null (emb_assessment_store_get_audit (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_assessment_store_delete_audit (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
refuse_audit (EmbDatabase         *db,
              EmbConsistencyAudit *audit,
              int                  code,
              const char          *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_assessment_store_save_audit (db, audit, &error));
  emb_test_assert_field_error (error, code, field);
}

static void
test_audit_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbConsistencyAudit) audit = make_audit (0, NULL, 50, 50, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *text_over = g_strnfill (EMB_MAX_TEXT + 1, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 dept = emb_test_add_department (tdb->db, "Branches");

  before = emb_test_dump (tdb->db);

  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_REQUIRED, "department");
  emb_consistency_audit_set_department_id (audit, 9999);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "department");
  emb_consistency_audit_set_department_id (audit, dept);

  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_REQUIRED, "audited-on");
  emb_consistency_audit_set_audited_on (audit, "2026-4-1");
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_INVALID, "audited-on");
  emb_consistency_audit_set_audited_on (audit, "2026-04-01");

  emb_consistency_audit_set_declarations (audit, -1);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "declarations");
  emb_consistency_audit_set_declarations (audit, 101);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "declarations");
  emb_consistency_audit_set_declarations (audit, 100);

  emb_consistency_audit_set_behaviours (audit, -1);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "behaviours");
  emb_consistency_audit_set_behaviours (audit, 101);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "behaviours");
  emb_consistency_audit_set_behaviours (audit, 0);

  emb_consistency_audit_set_resources (audit, -1);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "resources");
  emb_consistency_audit_set_resources (audit, 101);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "resources");
  emb_consistency_audit_set_resources (audit, 100);

  emb_consistency_audit_set_note (audit, text_over);
  refuse_audit (tdb->db, audit, EMB_VALIDATION_ERROR_TOO_LONG, "note");
  emb_consistency_audit_set_note (audit, NULL);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);

  /* The bounds 0 and 100 are accepted. */
  g_assert_true (emb_assessment_store_save_audit (tdb->db, audit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db,
                                        "SELECT count(*) FROM consistency_audit"
                                        " WHERE declarations = 100 AND behaviours = 0"
                                        " AND resources = 100"), ==, 1);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           int        *count)
{
  (*count)++;
}

static void
test_audit_gap (void)
{
  static const struct {
    int declarations, behaviours, resources, gap;
  } cases[] = {
    { 80, 50, 60, 30 },    /* behaviours lag */
    { 80, 70, 40, 40 },    /* resources lag */
    { 60, 60, 60, 0 },     /* consistent */
    { 30, 60, 90, -30 },   /* doing more than declared */
    { 100, 0, 100, 100 },
    { 0, 100, 100, -100 },
  };
  int notified = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EmbConsistencyAudit) audit = make_audit (1, "2026-01-01", cases[i].declarations,
                                                         cases[i].behaviours, cases[i].resources);
      int gap = -999;

      g_assert_cmpint (emb_consistency_audit_get_gap (audit), ==, cases[i].gap);
      g_object_get (audit, "gap", &gap, NULL);
      g_assert_cmpint (gap, ==, cases[i].gap);
    }

  /* The gap property follows its three inputs. */
  {
    g_autoptr(EmbConsistencyAudit) audit = make_audit (1, "2026-01-01", 80, 50, 60);

    g_signal_connect (audit, "notify::gap", G_CALLBACK (on_notify), &notified);
    emb_consistency_audit_set_behaviours (audit, 70);
    emb_consistency_audit_set_resources (audit, 65);
    emb_consistency_audit_set_declarations (audit, 90);
    emb_consistency_audit_set_note (audit, "unrelated");
    g_assert_cmpint (notified, ==, 3);
    g_assert_cmpint (emb_consistency_audit_get_gap (audit), ==, 25);
  }
}

/* Pulse ------------------------------------------------------------------ */

static EmbPulse *
make_pulse (gint64      department_id,
            gint64      role_id,
            const char *taken_on)
{
  EmbPulse *pulse = emb_pulse_new ();

  emb_pulse_set_department_id (pulse, department_id);
  emb_pulse_set_role_id (pulse, role_id);
  emb_pulse_set_taken_on (pulse, taken_on);
  emb_pulse_set_company (pulse, 4.25);
  emb_pulse_set_value_proposition (pulse, 3.5);
  emb_pulse_set_customer (pulse, 4.75);
  emb_pulse_set_respondents (pulse, 12);
  return pulse;
}

static void
test_pulse_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbPulse) by_dept = NULL;
  g_autoptr(EmbPulse) by_role = NULL;
  g_autoptr(EmbPulse) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dept = emb_test_add_department (tdb->db, "Branches");
  gint64 role = emb_test_add_role (tdb->db, dept, "Teller");
  gint64 dept_id, role_id;

  by_dept = make_pulse (dept, 0, "2026-05-01");
  g_assert_true (emb_assessment_store_save_pulse (tdb->db, by_dept, &error));
  g_assert_no_error (error);
  dept_id = emb_record_get_id (EMB_RECORD (by_dept));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PULSE, EMB_CHANGE_CREATED, dept_id));

  by_role = make_pulse (0, role, "2026-02-01");
  emb_pulse_set_company (by_role, 1.0);
  emb_pulse_set_customer (by_role, 5.0);
  emb_pulse_set_respondents (by_role, 1);
  g_assert_true (emb_assessment_store_save_pulse (tdb->db, by_role, &error));
  g_assert_no_error (error);
  role_id = emb_record_get_id (EMB_RECORD (by_role));

  loaded = emb_assessment_store_get_pulse (tdb->db, dept_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_pulse_get_department_id (loaded), ==, dept);
  g_assert_cmpint (emb_pulse_get_role_id (loaded), ==, 0);
  g_assert_cmpstr (emb_pulse_get_taken_on (loaded), ==, "2026-05-01");
  g_assert_cmpfloat (emb_pulse_get_company (loaded), ==, 4.25);
  g_assert_cmpfloat (emb_pulse_get_value_proposition (loaded), ==, 3.5);
  g_assert_cmpfloat (emb_pulse_get_customer (loaded), ==, 4.75);
  g_assert_cmpint (emb_pulse_get_respondents (loaded), ==, 12);

  emb_pulse_set_respondents (loaded, 15);
  g_assert_true (emb_assessment_store_save_pulse (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PULSE, EMB_CHANGE_UPDATED, dept_id));

  /* By date. */
  list = emb_assessment_store_list_pulses (tdb->db, &error);
  g_assert_no_error (error);
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                                             role_id, dept_id);
    g_autofree char *got = emb_test_model_ids (list);
    g_assert_cmpstr (got, ==, want);
  }
  {
    g_autoptr(EmbPulse) first = g_list_model_get_item (list, 0);

    g_assert_cmpint (emb_pulse_get_role_id (first), ==, role);
    g_assert_cmpint (emb_pulse_get_department_id (first), ==, 0);
    g_assert_cmpfloat (emb_pulse_get_company (first), ==, 1.0);
    g_assert_cmpint (emb_pulse_get_respondents (first), ==, 1);
  }

  g_assert_true (emb_assessment_store_delete_pulse (tdb->db, dept_id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PULSE, EMB_CHANGE_DELETED, dept_id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pulse"), ==, 1);
  g_assert_false (emb_assessment_store_delete_pulse (tdb->db, dept_id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
refuse_pulse (EmbDatabase *db,
              EmbPulse    *pulse,
              int          code,
              const char  *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_assessment_store_save_pulse (db, pulse, &error));
  emb_test_assert_field_error (error, code, field);
}

typedef void (*SetAgreement) (EmbPulse *pulse,
                              double    value);

static void
test_pulse_validation (void)
{
  static const struct {
    SetAgreement  set;
    const char   *field;
  } agreements[] = {
    { emb_pulse_set_company, "company" },
    { emb_pulse_set_value_proposition, "value-proposition" },
    { emb_pulse_set_customer, "customer" },
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPulse) pulse = make_pulse (0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 dept = emb_test_add_department (tdb->db, "Branches");
  gint64 role = emb_test_add_role (tdb->db, dept, "Teller");

  before = emb_test_dump (tdb->db);

  /* Exactly one of department and role. */
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_REQUIRED, "department");
  emb_pulse_set_department_id (pulse, dept);
  emb_pulse_set_role_id (pulse, role);
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_INVALID, "role");
  emb_pulse_set_role_id (pulse, 0);
  emb_pulse_set_department_id (pulse, 9999);
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "department");
  emb_pulse_set_department_id (pulse, 0);
  emb_pulse_set_role_id (pulse, 9999);
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "role");
  emb_pulse_set_role_id (pulse, role);

  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_REQUIRED, "taken-on");
  emb_pulse_set_taken_on (pulse, "May 2026");
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_INVALID, "taken-on");
  emb_pulse_set_taken_on (pulse, "2026-05-01");

  for (guint i = 0; i < G_N_ELEMENTS (agreements); i++)
    {
      const double refused[] = { 0.999, 5.001, 0.0, -3.0, NAN, INFINITY };

      for (guint j = 0; j < G_N_ELEMENTS (refused); j++)
        {
          agreements[i].set (pulse, refused[j]);
          refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_OUT_OF_RANGE, agreements[i].field);
        }
      agreements[i].set (pulse, 3.0);
    }

  emb_pulse_set_respondents (pulse, 0);
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "respondents");
  emb_pulse_set_respondents (pulse, -5);
  refuse_pulse (tdb->db, pulse, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "respondents");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (pulse)), ==, 0);

  /* The bounds 1.0 and 5.0, and one respondent, are accepted. */
  emb_pulse_set_respondents (pulse, 1);
  emb_pulse_set_company (pulse, 1.0);
  emb_pulse_set_value_proposition (pulse, 5.0);
  emb_pulse_set_customer (pulse, 1.0);
  g_assert_true (emb_assessment_store_save_pulse (tdb->db, pulse, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/assessments/maturity-save-load", test_maturity_save_load);
  g_test_add_func ("/store/assessments/maturity-validation", test_maturity_validation);
  g_test_add_func ("/store/assessments/maturity-area-labels", test_maturity_area_labels);
  g_test_add_func ("/store/assessments/audit-crud", test_audit_crud);
  g_test_add_func ("/store/assessments/audit-validation", test_audit_validation);
  g_test_add_func ("/store/assessments/audit-gap", test_audit_gap);
  g_test_add_func ("/store/assessments/pulse-crud", test_pulse_crud);
  g_test_add_func ("/store/assessments/pulse-validation", test_pulse_validation);

  return g_test_run ();
}
