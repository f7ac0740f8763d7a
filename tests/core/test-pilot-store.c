/* test-pilot-store.c: autonomy pilots, waves and decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "emb-database-private.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"
#include "emb-test-util.h"

static gint64
add_pilot (EmbDatabase *db,
           const char  *name,
           gint64       ceiling)
{
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(GError) error = NULL;

  emb_pilot_set_name (pilot, name);
  emb_pilot_set_spending_ceiling (pilot, ceiling);
  g_assert_true (emb_pilot_store_save_pilot (db, pilot, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (pilot));
}

static EmbWave *
make_wave (gint64      pilot_id,
           gint64      department_id,
           const char *starts_on,
           const char *ends_on)
{
  EmbWave *wave = emb_wave_new ();

  emb_wave_set_pilot_id (wave, pilot_id);
  emb_wave_set_department_id (wave, department_id);
  emb_wave_set_starts_on (wave, starts_on);
  emb_wave_set_ends_on (wave, ends_on);
  return wave;
}

static gint64
add_wave (EmbDatabase *db,
          gint64       pilot_id,
          gint64       department_id)
{
  g_autoptr(EmbWave) wave = make_wave (pilot_id, department_id, "2026-01-01", "2026-03-31");
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_pilot_store_add_wave (db, wave, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (wave));
}

static EmbWaveStatus
wave_status (EmbDatabase *db,
             gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbWave) wave = emb_pilot_store_get_wave (db, id, &error);

  g_assert_no_error (error);
  return emb_wave_get_status (wave);
}

/* The ids of the pilot's waves, in their order, as "id,id,…". */
static char *
wave_order (EmbDatabase *db,
            gint64       pilot_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) waves = emb_pilot_store_list_waves (db, pilot_id, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (waves); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (waves, i);

      g_assert_cmpint (emb_wave_get_position (wave), ==, (int)i);
      g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? "," : "",
                              emb_record_get_id (EMB_RECORD (wave)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_pilot_refused (EmbDatabase *db,
                      EmbPilot    *pilot,
                      int          code,
                      const char  *field)
{
  g_autofree char *before = emb_test_dump (db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_pilot_store_save_pilot (db, pilot, &error));
  emb_test_assert_field_error (error, code, field);
  after = emb_test_dump (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_pilot_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(EmbPilot) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, dept;

  /* A new pilot starts from the principle of the articles. */
  g_assert_cmpstr (emb_pilot_get_principle (pilot), ==,
                   "Decide yourself, but always to the customer’s benefit.");
  g_assert_cmpstr (emb_pilot_get_currency (pilot), ==, "EUR");

  emb_pilot_set_name (pilot, "Branch autonomy");
  emb_pilot_set_spending_ceiling (pilot, 5000);
  emb_pilot_set_currency (pilot, "PLN");
  emb_pilot_set_allowed_decisions (pilot, "Refunds, goodwill gifts");
  emb_pilot_set_escalation_rule (pilot, "Above the ceiling, call the branch manager");
  g_assert_true (emb_pilot_store_save_pilot (tdb->db, pilot, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (pilot));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PILOT, EMB_CHANGE_CREATED, id));

  loaded = emb_pilot_store_get_pilot (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_pilot_get_name (loaded), ==, "Branch autonomy");
  g_assert_cmpstr (emb_pilot_get_principle (loaded), ==,
                   "Decide yourself, but always to the customer’s benefit.");
  g_assert_cmpint (emb_pilot_get_spending_ceiling (loaded), ==, 5000);
  g_assert_cmpstr (emb_pilot_get_currency (loaded), ==, "PLN");
  g_assert_cmpstr (emb_pilot_get_allowed_decisions (loaded), ==, "Refunds, goodwill gifts");
  g_assert_cmpstr (emb_pilot_get_escalation_rule (loaded), ==,
                   "Above the ceiling, call the branch manager");

  emb_pilot_set_principle (loaded, "Own the customer's problem.");
  g_assert_true (emb_pilot_store_save_pilot (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PILOT, EMB_CHANGE_UPDATED, id));

  add_pilot (tdb->db, "Another pilot", 0);
  list = emb_pilot_store_list_pilots (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(EmbPilot) first = g_list_model_get_item (list, 0);
    g_assert_cmpstr (emb_pilot_get_name (first), ==, "Another pilot");
  }

  /* Deleting a pilot takes its waves and decisions along. */
  dept = emb_test_add_department (tdb->db, "Branches");
  add_wave (tdb->db, id, dept);
  {
    g_autoptr(EmbDecision) decision = emb_decision_new ();

    emb_decision_set_pilot_id (decision, id);
    emb_decision_set_employee_id (decision, emb_test_add_employee (tdb->db, "E1", "E1", dept, 0, TRUE));
    emb_decision_set_decided_on (decision, "2026-01-05");
    emb_decision_set_situation (decision, "Late delivery");
    emb_decision_set_decision (decision, "Free shipping");
    g_assert_true (emb_pilot_store_log_decision (tdb->db, decision, &error));
    g_assert_no_error (error);
  }
  g_assert_true (emb_pilot_store_delete_pilot (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PILOT, EMB_CHANGE_DELETED, id));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_WAVE, EMB_CHANGE_MANY, 0));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pilot"), ==, 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pilot_wave"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pilot_decision"), ==, 0);
  g_assert_null (emb_pilot_store_get_pilot (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_pilot_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autofree char *long_name = g_strnfill (201, 'n');
  g_autofree char *long_text = g_strnfill (20001, 't');
  static const char *bad_currencies[] = { "eur", "EURO", "EU", "E1R", "€UR" };

  add_pilot (tdb->db, "Existing", 0);

  emb_pilot_set_name (pilot, " ");
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_REQUIRED, "name");
  emb_pilot_set_name (pilot, long_name);
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_TOO_LONG, "name");
  emb_pilot_set_name (pilot, "Pilot");

  emb_pilot_set_principle (pilot, "");
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_REQUIRED, "principle");
  emb_pilot_set_principle (pilot, long_text);
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_TOO_LONG, "principle");
  emb_pilot_set_principle (pilot, "Decide.");

  emb_pilot_set_spending_ceiling (pilot, -1);
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "spending-ceiling");
  emb_pilot_set_spending_ceiling (pilot, 0);

  emb_pilot_set_currency (pilot, NULL);
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_REQUIRED, "currency");
  for (guint i = 0; i < G_N_ELEMENTS (bad_currencies); i++)
    {
      emb_pilot_set_currency (pilot, bad_currencies[i]);
      assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_INVALID, "currency");
    }
  emb_pilot_set_currency (pilot, "USD");

  emb_pilot_set_allowed_decisions (pilot, long_text);
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_TOO_LONG, "allowed-decisions");
  emb_pilot_set_allowed_decisions (pilot, NULL);
  emb_pilot_set_escalation_rule (pilot, long_text);
  assert_pilot_refused (tdb->db, pilot, EMB_VALIDATION_ERROR_TOO_LONG, "escalation-rule");
  emb_pilot_set_escalation_rule (pilot, "");

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (emb_pilot_store_save_pilot (tdb->db, pilot, &error));
    g_assert_no_error (error);
  }
}

static void
test_wave_add (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 pilot, other, a, b, c;
  gint64 w1, w2;

  pilot = add_pilot (tdb->db, "Pilot", 0);
  other = add_pilot (tdb->db, "Other", 0);
  a = emb_test_add_department (tdb->db, "A");
  b = emb_test_add_department (tdb->db, "B");
  c = emb_test_add_department (tdb->db, "C");

  {
    g_autoptr(EmbWave) wave = make_wave (pilot, a, "2026-01-01", "2026-01-01");
    g_autoptr(EmbWave) loaded = NULL;

    /* Whatever the object says, a new wave is planned, last. */
    emb_wave_set_status (wave, EMB_WAVE_STATUS_ROLLED_OUT);
    emb_wave_set_position (wave, 7);
    emb_wave_set_evaluation_note (wave, "early");
    g_assert_true (emb_pilot_store_add_wave (tdb->db, wave, &error));
    g_assert_no_error (error);
    w1 = emb_record_get_id (EMB_RECORD (wave));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_WAVE, EMB_CHANGE_CREATED, w1));
    loaded = emb_pilot_store_get_wave (tdb->db, w1, &error);
    g_assert_no_error (error);
    g_assert_cmpint (emb_wave_get_pilot_id (loaded), ==, pilot);
    g_assert_cmpint (emb_wave_get_department_id (loaded), ==, a);
    g_assert_cmpint (emb_wave_get_position (loaded), ==, 0);
    g_assert_cmpint (emb_wave_get_status (loaded), ==, EMB_WAVE_STATUS_PLANNED);
    g_assert_cmpstr (emb_wave_get_starts_on (loaded), ==, "2026-01-01");
    g_assert_cmpstr (emb_wave_get_ends_on (loaded), ==, "2026-01-01");
    g_assert_cmpstr (emb_wave_get_evaluation_note (loaded), ==, "");
  }
  w2 = add_wave (tdb->db, pilot, b);
  /* Positions count per pilot; the same department may join another pilot. */
  {
    g_autoptr(EmbWave) elsewhere = emb_pilot_store_get_wave (tdb->db, add_wave (tdb->db, other, a),
                                                             &error);
    g_assert_no_error (error);
    g_assert_cmpint (emb_wave_get_position (elsewhere), ==, 0);
  }
  {
    g_autofree char *order = wave_order (tdb->db, pilot);
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, w1, w2);
    g_assert_cmpstr (order, ==, expected);
  }

  before = emb_test_dump (tdb->db);
  {
    static const struct
    {
      gboolean    no_pilot;
      gboolean    missing_pilot;
      gboolean    no_department;
      gboolean    taken_department;
      const char *starts_on;
      const char *ends_on;
      int         code;
      const char *field;
    } cases[] = {
      { TRUE, FALSE, FALSE, FALSE, "2026-01-01", "2026-02-01", EMB_VALIDATION_ERROR_REQUIRED, "pilot" },
      { FALSE, TRUE, FALSE, FALSE, "2026-01-01", "2026-02-01", EMB_VALIDATION_ERROR_MISSING_REFERENCE, "pilot" },
      { FALSE, FALSE, TRUE, FALSE, "2026-01-01", "2026-02-01", EMB_VALIDATION_ERROR_REQUIRED, "department" },
      { FALSE, FALSE, FALSE, TRUE, "2026-01-01", "2026-02-01", EMB_VALIDATION_ERROR_DUPLICATE, "department" },
      { FALSE, FALSE, FALSE, FALSE, NULL, "2026-02-01", EMB_VALIDATION_ERROR_REQUIRED, "starts-on" },
      { FALSE, FALSE, FALSE, FALSE, "2026-02-30", "2026-03-01", EMB_VALIDATION_ERROR_INVALID, "starts-on" },
      { FALSE, FALSE, FALSE, FALSE, "2026-01-01", "", EMB_VALIDATION_ERROR_REQUIRED, "ends-on" },
      { FALSE, FALSE, FALSE, FALSE, "2026-01-01", "1 Feb", EMB_VALIDATION_ERROR_INVALID, "ends-on" },
      { FALSE, FALSE, FALSE, FALSE, "2026-01-02", "2026-01-01", EMB_VALIDATION_ERROR_OUT_OF_RANGE, "ends-on" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(EmbWave) wave = NULL;
        g_autofree char *after = NULL;
        gint64 pilot_id = cases[i].no_pilot ? 0 : cases[i].missing_pilot ? 9999 : pilot;
        gint64 dept_id = cases[i].no_department ? 0 : cases[i].taken_department ? b : c;

        wave = make_wave (pilot_id, dept_id, cases[i].starts_on, cases[i].ends_on);
        g_assert_false (emb_pilot_store_add_wave (tdb->db, wave, &error));
        emb_test_assert_field_error (error, cases[i].code, cases[i].field);
        g_clear_error (&error);
        after = emb_test_dump (tdb->db);
        g_assert_cmpstr (before, ==, after);
      }
  }

  /* Editing: dates, and the department while planned. */
  {
    g_autoptr(EmbWave) wave = emb_pilot_store_get_wave (tdb->db, w2, &error);
    g_autoptr(EmbWave) loaded = NULL;

    g_assert_no_error (error);
    emb_wave_set_ends_on (wave, "2026-06-30");
    emb_wave_set_department_id (wave, c);
    emb_wave_set_status (wave, EMB_WAVE_STATUS_EVALUATED);
    emb_wave_set_pilot_id (wave, other);
    g_assert_true (emb_pilot_store_save_wave (tdb->db, wave, &error));
    g_assert_no_error (error);
    loaded = emb_pilot_store_get_wave (tdb->db, w2, &error);
    g_assert_cmpstr (emb_wave_get_ends_on (loaded), ==, "2026-06-30");
    g_assert_cmpint (emb_wave_get_department_id (loaded), ==, c);
    g_assert_cmpint (emb_wave_get_status (loaded), ==, EMB_WAVE_STATUS_PLANNED);
    g_assert_cmpint (emb_wave_get_pilot_id (loaded), ==, pilot);

    emb_wave_set_department_id (loaded, a);
    g_assert_false (emb_pilot_store_save_wave (tdb->db, loaded, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "department");
    g_clear_error (&error);

    g_assert_true (emb_pilot_store_start_wave (tdb->db, w2, &error));
    g_assert_no_error (error);
    g_clear_object (&loaded);
    loaded = emb_pilot_store_get_wave (tdb->db, w2, &error);
    emb_wave_set_department_id (loaded, b);
    g_free (before);
    before = emb_test_dump (tdb->db);
    g_assert_false (emb_pilot_store_save_wave (tdb->db, loaded, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "department");
    g_clear_error (&error);
    {
      g_autofree char *after = emb_test_dump (tdb->db);
      g_assert_cmpstr (before, ==, after);
    }
  }
}

typedef enum
{
  STEP_START,
  STEP_EVALUATE,
  STEP_ROLL_OUT,
  STEP_REMOVE,
} Step;

static gboolean
step (EmbDatabase  *db,
      Step          what,
      gint64        id,
      GError      **error)
{
  switch (what)
    {
    case STEP_START:
      return emb_pilot_store_start_wave (db, id, error);
    case STEP_EVALUATE:
      return emb_pilot_store_evaluate_wave (db, id, "Fewer escalations, happier customers", error);
    case STEP_ROLL_OUT:
      return emb_pilot_store_roll_out_wave (db, id, error);
    case STEP_REMOVE:
      return emb_pilot_store_remove_wave (db, id, error);
    default:
      g_assert_not_reached ();
    }
}

/* A wave of its own pilot in @status, reached through the store. */
static gint64
wave_in (EmbDatabase   *db,
         gint64         dept,
         EmbWaveStatus  status)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_wave (db, add_pilot (db, "Pilot", 0), dept);

  if (status >= EMB_WAVE_STATUS_RUNNING)
    g_assert_true (step (db, STEP_START, id, &error));
  if (status >= EMB_WAVE_STATUS_EVALUATED)
    g_assert_true (step (db, STEP_EVALUATE, id, &error));
  if (status >= EMB_WAVE_STATUS_ROLLED_OUT)
    g_assert_true (step (db, STEP_ROLL_OUT, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wave_status (db, id), ==, status);
  return id;
}

static void
test_wave_status_transitions (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  gint64 dept = emb_test_add_department (tdb->db, "Branches");

  for (int from = EMB_WAVE_STATUS_PLANNED; from <= EMB_WAVE_STATUS_ROLLED_OUT; from++)
    for (int what = STEP_START; what <= STEP_REMOVE; what++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;
        gint64 id = wave_in (tdb->db, dept, from);
        gboolean allowed = (from == EMB_WAVE_STATUS_PLANNED && what == STEP_START) ||
                           (from == EMB_WAVE_STATUS_RUNNING && what == STEP_EVALUATE) ||
                           (from == EMB_WAVE_STATUS_EVALUATED && what == STEP_ROLL_OUT) ||
                           (from == EMB_WAVE_STATUS_PLANNED && what == STEP_REMOVE);

        before = emb_test_dump (tdb->db);
        g_array_set_size (changes->events, 0);
        if (!allowed)
          {
            g_assert_false (step (tdb->db, what, id, &error));
            emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
            after = emb_test_dump (tdb->db);
            g_assert_cmpstr (before, ==, after);
            g_assert_cmpuint (changes->events->len, ==, 0);
            continue;
          }

        g_assert_true (step (tdb->db, what, id, &error));
        g_assert_no_error (error);
        if (what == STEP_REMOVE)
          {
            g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_WAVE, EMB_CHANGE_DELETED, id));
            g_assert_null (emb_pilot_store_get_wave (tdb->db, id, &error));
            g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
          }
        else
          {
            g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_WAVE, EMB_CHANGE_UPDATED, id));
            g_assert_cmpint (wave_status (tdb->db, id), ==, from + 1);
          }
      }

  /* The evaluation is kept, and needed. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(EmbWave) wave = NULL;
    gint64 id = wave_in (tdb->db, dept, EMB_WAVE_STATUS_RUNNING);
    g_autofree char *before = emb_test_dump (tdb->db);
    g_autofree char *after = NULL;

    g_assert_false (emb_pilot_store_evaluate_wave (tdb->db, id, "  ", &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "evaluation-note");
    g_clear_error (&error);
    g_assert_false (emb_pilot_store_start_wave (tdb->db, 9999, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    after = emb_test_dump (tdb->db);
    g_assert_cmpstr (before, ==, after);

    g_assert_true (emb_pilot_store_evaluate_wave (tdb->db, id, "NPS up by 12", &error));
    g_assert_true (emb_pilot_store_roll_out_wave (tdb->db, id, &error));
    g_assert_no_error (error);
    wave = emb_pilot_store_get_wave (tdb->db, id, &error);
    g_assert_cmpint (emb_wave_get_status (wave), ==, EMB_WAVE_STATUS_ROLLED_OUT);
    g_assert_cmpstr (emb_wave_get_evaluation_note (wave), ==, "NPS up by 12");
  }
}

static void
test_wave_order (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  gint64 pilot, other, w[4], foreign;

  pilot = add_pilot (tdb->db, "Pilot", 0);
  other = add_pilot (tdb->db, "Other", 0);
  for (guint i = 0; i < G_N_ELEMENTS (w); i++)
    {
      g_autofree char *name = g_strdup_printf ("D%u", i);
      w[i] = add_wave (tdb->db, pilot, emb_test_add_department (tdb->db, name));
    }
  foreign = add_wave (tdb->db, other, emb_test_add_department (tdb->db, "Elsewhere"));

  {
    gint64 new_order[] = { w[2], w[0], w[3], w[1] };

    g_array_set_size (changes->events, 0);
    g_assert_true (emb_pilot_store_reorder_waves (tdb->db, pilot, new_order, 4, &error));
    g_assert_no_error (error);
    order = wave_order (tdb->db, pilot);
    expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                                ",%" G_GINT64_FORMAT, w[2], w[0], w[3], w[1]);
    g_assert_cmpstr (order, ==, expected);
    for (guint i = 0; i < 4; i++)
      g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_WAVE, EMB_CHANGE_UPDATED, w[i]));
  }

  /* Every wave, each once, nothing else; or nothing changes. */
  {
    gint64 missing[] = { w[2], w[0], w[3] };
    gint64 twice[] = { w[2], w[0], w[3], w[3] };
    gint64 stranger[] = { w[2], w[0], w[3], foreign };
    g_autofree char *before = emb_test_dump (tdb->db);
    g_autofree char *after = NULL;

    g_assert_false (emb_pilot_store_reorder_waves (tdb->db, pilot, missing, 3, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "waves");
    g_clear_error (&error);
    g_assert_false (emb_pilot_store_reorder_waves (tdb->db, pilot, twice, 4, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "waves");
    g_clear_error (&error);
    g_assert_false (emb_pilot_store_reorder_waves (tdb->db, pilot, stranger, 4, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "waves");
    g_clear_error (&error);
    g_assert_false (emb_pilot_store_reorder_waves (tdb->db, 9999, NULL, 0, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "pilot");
    g_clear_error (&error);
    after = emb_test_dump (tdb->db);
    g_assert_cmpstr (before, ==, after);
  }

  /* Removing a wave closes the gap. */
  g_assert_true (emb_pilot_store_remove_wave (tdb->db, w[0], &error));
  g_assert_no_error (error);
  g_free (order);
  g_free (expected);
  order = wave_order (tdb->db, pilot);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                              w[2], w[3], w[1]);
  g_assert_cmpstr (order, ==, expected);

  /* And a new one comes last. */
  {
    gint64 last = add_wave (tdb->db, pilot, emb_test_add_department (tdb->db, "Late"));
    g_autoptr(EmbWave) wave = emb_pilot_store_get_wave (tdb->db, last, &error);
    g_assert_cmpint (emb_wave_get_position (wave), ==, 3);
  }
}

static void
test_start_next (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbWave) started = NULL;
  gint64 pilot, other, first, second, third;

  pilot = add_pilot (tdb->db, "Pilot", 0);
  other = add_pilot (tdb->db, "Other", 0);
  first = add_wave (tdb->db, pilot, emb_test_add_department (tdb->db, "A"));
  second = add_wave (tdb->db, pilot, emb_test_add_department (tdb->db, "B"));
  third = add_wave (tdb->db, pilot, emb_test_add_department (tdb->db, "C"));
  g_assert_cmpint (emb_pilot_store_count_running (tdb->db), ==, 0);

  /* The order decides which wave is next. */
  {
    gint64 order[] = { second, first, third };
    g_assert_true (emb_pilot_store_reorder_waves (tdb->db, pilot, order, 3, &error));
    g_assert_no_error (error);
  }
  started = emb_pilot_store_start_next_wave (tdb->db, pilot, &error);
  g_assert_no_error (error);
  g_assert_nonnull (started);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (started)), ==, second);
  g_assert_cmpint (emb_wave_get_status (started), ==, EMB_WAVE_STATUS_RUNNING);
  g_assert_cmpint (emb_pilot_store_count_running (tdb->db), ==, 1);

  /* Not while one runs. */
  {
    g_autofree char *before = emb_test_dump (tdb->db);
    g_autofree char *after = NULL;

    g_assert_null (emb_pilot_store_start_next_wave (tdb->db, pilot, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
    g_clear_error (&error);
    g_assert_null (emb_pilot_store_start_next_wave (tdb->db, 9999, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "pilot");
    g_clear_error (&error);
    after = emb_test_dump (tdb->db);
    g_assert_cmpstr (before, ==, after);
  }

  g_assert_true (emb_pilot_store_evaluate_wave (tdb->db, second, "Good", &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_pilot_store_count_running (tdb->db), ==, 0);
  g_clear_object (&started);
  started = emb_pilot_store_start_next_wave (tdb->db, pilot, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (started)), ==, first);

  /* Pilots are counted, not waves. */
  g_assert_true (emb_pilot_store_start_wave (tdb->db, third, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_pilot_store_count_running (tdb->db), ==, 1);
  add_wave (tdb->db, other, emb_test_add_department (tdb->db, "D"));
  g_clear_object (&started);
  started = emb_pilot_store_start_next_wave (tdb->db, other, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_pilot_store_count_running (tdb->db), ==, 2);

  /* None left. */
  g_assert_true (emb_pilot_store_evaluate_wave (tdb->db, first, "Good", &error));
  g_assert_true (emb_pilot_store_evaluate_wave (tdb->db, third, "Good", &error));
  g_assert_no_error (error);
  g_assert_null (emb_pilot_store_start_next_wave (tdb->db, pilot, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
}

static EmbDecision *
make_decision (gint64      pilot_id,
               gint64      employee_id,
               const char *decided_on,
               gint64      cost)
{
  EmbDecision *decision = emb_decision_new ();

  emb_decision_set_pilot_id (decision, pilot_id);
  emb_decision_set_employee_id (decision, employee_id);
  emb_decision_set_decided_on (decision, decided_on);
  emb_decision_set_kind (decision, "Refund");
  emb_decision_set_situation (decision, "Parcel arrived broken");
  emb_decision_set_decision (decision, "Refunded and sent a new one");
  emb_decision_set_cost (decision, cost);
  emb_decision_set_customer_outcome (decision, "Customer stayed");
  return decision;
}

static gint64
log_decision (EmbDatabase *db,
              gint64       pilot_id,
              gint64       employee_id,
              const char  *decided_on)
{
  g_autoptr(EmbDecision) decision = make_decision (pilot_id, employee_id, decided_on, 100);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_pilot_store_log_decision (db, decision, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (decision));
}

static void
test_decisions (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDecision) decision = NULL;
  g_autoptr(EmbDecision) loaded = NULL;
  g_autofree char *long_kind = g_strnfill (101, 'k');
  g_autofree char *long_text = g_strnfill (20001, 't');
  gint64 pilot, other, dept, emp, id, d2, d3;

  pilot = add_pilot (tdb->db, "Pilot", 5000);
  other = add_pilot (tdb->db, "Other", 0);
  dept = emb_test_add_department (tdb->db, "Branches");
  emp = emb_test_add_employee (tdb->db, "E1", "E1", dept, 0, TRUE);

  decision = make_decision (pilot, emp, "2026-02-10", 2500);
  emb_decision_set_review_status (decision, EMB_REVIEW_STATUS_REVIEWED);
  emb_decision_set_review_note (decision, "self-approved");
  g_assert_true (emb_pilot_store_log_decision (tdb->db, decision, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (decision));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DECISION, EMB_CHANGE_CREATED, id));
  loaded = emb_pilot_store_get_decision (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_decision_get_pilot_id (loaded), ==, pilot);
  g_assert_cmpint (emb_decision_get_employee_id (loaded), ==, emp);
  g_assert_cmpstr (emb_decision_get_decided_on (loaded), ==, "2026-02-10");
  g_assert_cmpstr (emb_decision_get_kind (loaded), ==, "Refund");
  g_assert_cmpstr (emb_decision_get_situation (loaded), ==, "Parcel arrived broken");
  g_assert_cmpstr (emb_decision_get_decision (loaded), ==, "Refunded and sent a new one");
  g_assert_cmpint (emb_decision_get_cost (loaded), ==, 2500);
  g_assert_cmpstr (emb_decision_get_customer_outcome (loaded), ==, "Customer stayed");
  g_assert_cmpint (emb_decision_get_review_status (loaded), ==, EMB_REVIEW_STATUS_PENDING);
  g_assert_cmpstr (emb_decision_get_review_note (loaded), ==, "");

  /* Validation, field by field; nothing is written. */
  {
    g_autofree char *before = emb_test_dump (tdb->db);
    g_autofree char *after = NULL;
    static const struct
    {
      int         what;
      int         code;
      const char *field;
    } cases[] = {
      { 0, EMB_VALIDATION_ERROR_REQUIRED, "pilot" },
      { 1, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "pilot" },
      { 2, EMB_VALIDATION_ERROR_REQUIRED, "employee" },
      { 3, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "employee" },
      { 4, EMB_VALIDATION_ERROR_REQUIRED, "decided-on" },
      { 5, EMB_VALIDATION_ERROR_INVALID, "decided-on" },
      { 6, EMB_VALIDATION_ERROR_REQUIRED, "situation" },
      { 7, EMB_VALIDATION_ERROR_REQUIRED, "decision" },
      { 8, EMB_VALIDATION_ERROR_TOO_LONG, "decision" },
      { 9, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "cost" },
      { 10, EMB_VALIDATION_ERROR_TOO_LONG, "kind" },
      { 11, EMB_VALIDATION_ERROR_TOO_LONG, "customer-outcome" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(EmbDecision) bad = make_decision (pilot, emp, "2026-02-11", 0);

        switch (cases[i].what)
          {
          case 0: emb_decision_set_pilot_id (bad, 0); break;
          case 1: emb_decision_set_pilot_id (bad, 9999); break;
          case 2: emb_decision_set_employee_id (bad, 0); break;
          case 3: emb_decision_set_employee_id (bad, 9999); break;
          case 4: emb_decision_set_decided_on (bad, NULL); break;
          case 5: emb_decision_set_decided_on (bad, "2026-2-11"); break;
          case 6: emb_decision_set_situation (bad, " "); break;
          case 7: emb_decision_set_decision (bad, ""); break;
          case 8: emb_decision_set_decision (bad, long_text); break;
          case 9: emb_decision_set_cost (bad, -1); break;
          case 10: emb_decision_set_kind (bad, long_kind); break;
          case 11: emb_decision_set_customer_outcome (bad, long_text); break;
          default: g_assert_not_reached ();
          }
        g_assert_false (emb_pilot_store_log_decision (tdb->db, bad, &error));
        emb_test_assert_field_error (error, cases[i].code, cases[i].field);
        g_clear_error (&error);
      }
    after = emb_test_dump (tdb->db);
    g_assert_cmpstr (before, ==, after);
  }

  /* Review: reviewed, or escalated with a reason. */
  {
    g_autofree char *before = emb_test_dump (tdb->db);
    g_autofree char *after = NULL;

    g_assert_false (emb_pilot_store_review_decision (tdb->db, id, EMB_REVIEW_STATUS_PENDING, NULL, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "review-status");
    g_clear_error (&error);
    g_assert_false (emb_pilot_store_review_decision (tdb->db, id, EMB_REVIEW_STATUS_ESCALATED, "", &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "review-note");
    g_clear_error (&error);
    g_assert_false (emb_pilot_store_review_decision (tdb->db, 9999, EMB_REVIEW_STATUS_REVIEWED, NULL, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    after = emb_test_dump (tdb->db);
    g_assert_cmpstr (before, ==, after);
  }
  g_array_set_size (changes->events, 0);
  g_assert_true (emb_pilot_store_review_decision (tdb->db, id, EMB_REVIEW_STATUS_ESCALATED,
                                                  "Above the usual goodwill", &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DECISION, EMB_CHANGE_UPDATED, id));
  g_clear_object (&loaded);
  loaded = emb_pilot_store_get_decision (tdb->db, id, &error);
  g_assert_cmpint (emb_decision_get_review_status (loaded), ==, EMB_REVIEW_STATUS_ESCALATED);
  g_assert_cmpstr (emb_decision_get_review_note (loaded), ==, "Above the usual goodwill");

  /* An edit of the log keeps the review. */
  emb_decision_set_situation (loaded, "Parcel arrived broken, twice");
  emb_decision_set_review_status (loaded, EMB_REVIEW_STATUS_PENDING);
  g_assert_true (emb_pilot_store_log_decision (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_clear_object (&decision);
  decision = emb_pilot_store_get_decision (tdb->db, id, &error);
  g_assert_cmpstr (emb_decision_get_situation (decision), ==, "Parcel arrived broken, twice");
  g_assert_cmpint (emb_decision_get_review_status (decision), ==, EMB_REVIEW_STATUS_ESCALATED);
  g_assert_cmpstr (emb_decision_get_review_note (decision), ==, "Above the usual goodwill");

  /* The log, by day, per pilot or for all. */
  d2 = log_decision (tdb->db, pilot, emp, "2026-01-20");
  d3 = log_decision (tdb->db, other, emp, "2026-01-01");
  {
    g_autoptr(GListModel) log = emb_pilot_store_query_decisions (tdb->db, pilot);
    g_autoptr(GListModel) all = emb_pilot_store_query_decisions (tdb->db, 0);
    g_autoptr(EmbDecision) first = NULL;
    g_autoptr(EmbDecision) second = NULL;
    g_autoptr(EmbDecision) earliest = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (log), ==, 2);
    first = g_list_model_get_item (log, 0);
    second = g_list_model_get_item (log, 1);
    /* Newest first. */
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (first)), ==, id);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (second)), ==, d2);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
    earliest = g_list_model_get_item (all, 2);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (earliest)), ==, d3);

    g_assert_true (emb_pilot_store_delete_decision (tdb->db, d2, &error));
    g_assert_no_error (error);
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DECISION, EMB_CHANGE_DELETED, d2));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  }
}

static void
test_over_ceiling (void)
{
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(EmbDecision) decision = emb_decision_new ();

  /* No ceiling: nothing is over it. */
  emb_pilot_set_spending_ceiling (pilot, 0);
  emb_decision_set_cost (decision, 1000000);
  g_assert_false (emb_pilot_decision_is_over_ceiling (decision, pilot));

  emb_pilot_set_spending_ceiling (pilot, 5000);
  emb_decision_set_cost (decision, 5000);
  g_assert_false (emb_pilot_decision_is_over_ceiling (decision, pilot));
  emb_decision_set_cost (decision, 5001);
  g_assert_true (emb_pilot_decision_is_over_ceiling (decision, pilot));
  emb_decision_set_cost (decision, 0);
  g_assert_false (emb_pilot_decision_is_over_ceiling (decision, pilot));
}

static void
assert_parses (const char *text,
               gint64      expected)
{
  gint64 minor = -7;

  if (!emb_pilot_parse_amount (text, &minor))
    g_error ("“%s” was refused", text);
  g_assert_cmpint (minor, ==, expected);
}

static void
assert_refused (const char *text)
{
  gint64 minor = -7;

  if (emb_pilot_parse_amount (text, &minor))
    g_error ("“%s” was read as %" G_GINT64_FORMAT, text, minor);
}

/* Amounts typed and shown (GTK-free helpers of the EmbPilot record) */
static void
test_amounts (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *text = NULL;

  /* A decimal point and no thousands separator */
  setlocale (LC_NUMERIC, "C");

  text = emb_pilot_format_decimal (25000);
  g_assert_cmpstr (text, ==, "250.00");
  g_clear_pointer (&text, g_free);
  text = emb_pilot_format_decimal (5);
  g_assert_cmpstr (text, ==, "0.05");
  g_clear_pointer (&text, g_free);
  text = emb_pilot_format_decimal (-125050);
  g_assert_cmpstr (text, ==, "−1250.50");
  g_clear_pointer (&text, g_free);
  text = emb_pilot_format_decimal (G_MININT64);
  g_assert_cmpstr (text, ==, "−92233720368547758.08");
  g_clear_pointer (&text, g_free);
  text = emb_pilot_format_amount (31000, "EUR");
  g_assert_true (g_str_has_prefix (text, "310.00"));
  g_assert_true (g_str_has_suffix (text, "EUR"));

  assert_parses ("250.00", 25000);
  assert_parses ("250,5", 25050);
  assert_parses ("1 000,50", 100050);
  assert_parses ("1\u00a0000,50", 100050);
  assert_parses ("1\u202f000", 100000);
  assert_parses ("1,250.00", 125000);
  assert_parses ("1.250,00", 125000);
  assert_parses ("1,250", 125000);
  assert_parses ("1,250,000.5", 125000050);
  assert_parses ("250", 25000);
  assert_parses ("250.", 25000);
  assert_parses (".5", 50);
  assert_parses (" 12 ", 1200);
  assert_parses ("", 0);
  assert_parses (NULL, 0);
  assert_parses ("92233720368547", 9223372036854700);

  assert_refused ("-1");
  assert_refused ("−1");
  assert_refused ("abc");
  assert_refused ("12abc");
  assert_parses ("1.234", 123400);
  assert_refused ("1.2345");
  assert_refused ("1,2,3");
  assert_refused ("12,34,567.00");
  assert_refused ("1,250.00,5");
  assert_refused (",");
  assert_refused ("1.250.00");
  assert_refused ("9999999999999999999999");
  assert_refused ("92233720368547758.08");
  assert_refused ("\xff");

  setlocale (LC_NUMERIC, saved);
}

static void
set_level (EmbDatabase            *db,
           gint64                  role_id,
           gint64                  touchpoint_id,
           EmbResponsibilityLevel  level)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_journey_store_set_responsibility (db, role_id, touchpoint_id, level, NULL, &error));
  g_assert_no_error (error);
}

/* The touchpoints of a wave: those where a role of its department has a
 * responsibility, each once, ascending. */
static void
test_wave_touchpoints (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 a = emb_test_add_department (tdb->db, "Branch Services");
  gint64 b = emb_test_add_department (tdb->db, "Contact Centre");
  gint64 c = emb_test_add_department (tdb->db, "Back Office");
  gint64 teller = emb_test_add_role (tdb->db, a, "Teller");
  gint64 advisor = emb_test_add_role (tdb->db, a, "Advisor");
  gint64 agent = emb_test_add_role (tdb->db, b, "Agent");
  gint64 stage = emb_test_add_stage (tdb->db, "Service");
  gint64 t1 = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  gint64 t2 = emb_test_add_touchpoint (tdb->db, stage, "Appointment");
  gint64 t3 = emb_test_add_touchpoint (tdb->db, stage, "Branch queue");
  gint64 t4 = emb_test_add_touchpoint (tdb->db, stage, "Phone line");
  gint64 pilot = add_pilot (tdb->db, "Refunds up to 50", 5000);
  gint64 wave_a = add_wave (tdb->db, pilot, a);
  gint64 wave_b = add_wave (tdb->db, pilot, b);
  gint64 wave_c = add_wave (tdb->db, pilot, c);

  /* Two roles of A share t1; every level counts. */
  set_level (tdb->db, teller, t3, EMB_RESPONSIBILITY_LEVEL_OWNS);
  set_level (tdb->db, teller, t1, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (tdb->db, advisor, t1, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  set_level (tdb->db, advisor, t2, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  set_level (tdb->db, agent, t4, EMB_RESPONSIBILITY_LEVEL_OWNS);

  ids = emb_pilot_store_list_wave_touchpoints (tdb->db, wave_a, &error);
  g_assert_no_error (error);
  emb_test_assert_ids (ids, (gint64[]) { t1, t2, t3 }, 3);
  g_clear_pointer (&ids, g_array_unref);

  ids = emb_pilot_store_list_wave_touchpoints (tdb->db, wave_b, &error);
  g_assert_no_error (error);
  emb_test_assert_ids (ids, (gint64[]) { t4 }, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* A department without responsibilities: none, which is no error. */
  ids = emb_pilot_store_list_wave_touchpoints (tdb->db, wave_c, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* A responsibility taken away takes its touchpoint away, unless another
   * role of the department keeps it. */
  set_level (tdb->db, teller, t1, EMB_RESPONSIBILITY_LEVEL_NONE);
  set_level (tdb->db, advisor, t2, EMB_RESPONSIBILITY_LEVEL_NONE);
  ids = emb_pilot_store_list_wave_touchpoints (tdb->db, wave_a, &error);
  g_assert_no_error (error);
  emb_test_assert_ids (ids, (gint64[]) { t1, t3 }, 2);
  g_clear_pointer (&ids, g_array_unref);

  /* No such wave. */
  ids = emb_pilot_store_list_wave_touchpoints (tdb->db, wave_c + 100, &error);
  g_assert_null (ids);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/pilots/pilot-crud", test_pilot_crud);
  g_test_add_func ("/store/pilots/pilot-validation", test_pilot_validation);
  g_test_add_func ("/store/pilots/wave-add-and-edit", test_wave_add);
  g_test_add_func ("/store/pilots/wave-status-transitions", test_wave_status_transitions);
  g_test_add_func ("/store/pilots/wave-order", test_wave_order);
  g_test_add_func ("/store/pilots/wave-touchpoints", test_wave_touchpoints);
  g_test_add_func ("/store/pilots/start-next-wave", test_start_next);
  g_test_add_func ("/store/pilots/decisions", test_decisions);
  g_test_add_func ("/store/pilots/over-ceiling", test_over_ceiling);
  g_test_add_func ("/store/pilots/amounts", test_amounts);

  return g_test_run ();
}
