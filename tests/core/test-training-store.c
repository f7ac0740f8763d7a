/* test-training-store.c: training objectives and observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"
#include "emb-training-store.h"
#include "emb-validate-private.h"

typedef struct
{
  EmbTestDb *tdb;
  EmbDatabase *db;
  gint64     dept;
  gint64     teller;
  gint64     advisor;
  gint64     clerk;
  gint64     counter;
  gint64     phone;
  gint64     anna;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gint64 stage;

  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;

  f->dept = emb_test_add_department (f->db, "Branches");
  f->teller = emb_test_add_role (f->db, f->dept, "Teller");
  f->advisor = emb_test_add_role (f->db, f->dept, "Advisor");
  f->clerk = emb_test_add_role (f->db, f->dept, "Clerk");

  stage = emb_test_add_stage (f->db, "Visit");
  f->counter = emb_test_add_touchpoint (f->db, stage, "Counter");
  f->phone = emb_test_add_touchpoint (f->db, stage, "Phone");

  f->anna = emb_test_add_employee (f->db, "E1", "Anna", 0, 0, TRUE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

static EmbTrainingObjective *
make_objective (const char *title,
                const char *expected_change,
                const char *review_on)
{
  EmbTrainingObjective *objective = emb_training_objective_new ();

  emb_training_objective_set_title (objective, title);
  emb_training_objective_set_expected_change (objective, expected_change);
  emb_training_objective_set_review_on (objective, review_on);
  return objective;
}

static gint64
add_objective (Fixture    *f,
               const char *title,
               const char *review_on)
{
  g_autoptr(EmbTrainingObjective) objective = make_objective (title, "Fewer complaints",
                                                              review_on);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_training_store_save_objective (f->db, objective, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (objective));
}

/* The ids of @array as "1,2,3". */
static char *
ids_text (GArray *array)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_nonnull (array);
  for (guint i = 0; i < array->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            g_array_index (array, gint64, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
role_ids (Fixture *f,
          gint64   objective_id)
{
  g_autoptr(GArray) ids = emb_training_store_get_role_ids (f->db, objective_id, NULL);

  return ids_text (ids);
}

static char *
touchpoint_ids (Fixture *f,
                gint64   objective_id)
{
  g_autoptr(GArray) ids = emb_training_store_get_touchpoint_ids (f->db, objective_id, NULL);

  return ids_text (ids);
}

static void
assert_text (char       *actual,
             const char *expected)
{
  g_assert_cmpstr (actual, ==, expected);
  g_free (actual);
}

static char *
pair (gint64 a,
      gint64 b)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, a, b);
}

static char *
one (gint64 a)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, a);
}

static void
test_objective_crud (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(EmbTrainingObjective) objective = NULL;
  g_autoptr(EmbTrainingObjective) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *want = NULL;
  const gint64 roles[] = { f->advisor, f->teller, f->advisor };
  const gint64 touchpoints[] = { f->counter };
  gint64 id;

  objective = make_objective ("Own the customer's problem",
                              "Complaints at the counter are solved on the spot in 8 of 10 cases",
                              "2026-06-30");
  emb_training_objective_set_knowledge (objective, "The escalation rules");
  emb_training_objective_set_skills (objective, "Listening without interrupting");
  emb_training_objective_set_attitudes (objective, "The problem is mine until it is solved");
  g_assert_true (emb_training_store_save_objective (f->db, objective,
                                                    roles, G_N_ELEMENTS (roles),
                                                    touchpoints, G_N_ELEMENTS (touchpoints),
                                                    &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (objective));
  g_assert_cmpint (id, >, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TRAINING_OBJECTIVE,
                                       EMB_CHANGE_CREATED, id));

  loaded = emb_training_store_get_objective (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_training_objective_get_title (loaded), ==, "Own the customer's problem");
  g_assert_cmpstr (emb_training_objective_get_expected_change (loaded), ==,
                   "Complaints at the counter are solved on the spot in 8 of 10 cases");
  g_assert_cmpstr (emb_training_objective_get_knowledge (loaded), ==, "The escalation rules");
  g_assert_cmpstr (emb_training_objective_get_skills (loaded), ==, "Listening without interrupting");
  g_assert_cmpstr (emb_training_objective_get_attitudes (loaded), ==,
                   "The problem is mine until it is solved");
  g_assert_cmpstr (emb_training_objective_get_review_on (loaded), ==, "2026-06-30");

  /* A role given twice is stored once; ids come back in increasing order. */
  want = pair (MIN (f->teller, f->advisor), MAX (f->teller, f->advisor));
  assert_text (role_ids (f, id), want);
  g_clear_pointer (&want, g_free);
  want = one (f->counter);
  assert_text (touchpoint_ids (f, id), want);
  g_clear_pointer (&want, g_free);

  /* Update: the sets are replaced, not added to. */
  {
    const gint64 new_roles[] = { f->clerk };
    const gint64 new_touchpoints[] = { f->phone, f->counter };

    emb_training_objective_set_title (loaded, "Own the problem");
    g_assert_true (emb_training_store_save_objective (f->db, loaded,
                                                      new_roles, G_N_ELEMENTS (new_roles),
                                                      new_touchpoints,
                                                      G_N_ELEMENTS (new_touchpoints),
                                                      &error));
    g_assert_no_error (error);
  }
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TRAINING_OBJECTIVE,
                                       EMB_CHANGE_UPDATED, id));
  want = one (f->clerk);
  assert_text (role_ids (f, id), want);
  g_clear_pointer (&want, g_free);
  want = pair (f->counter, f->phone);
  assert_text (touchpoint_ids (f, id), want);
  g_clear_pointer (&want, g_free);
  g_assert_cmpint (_emb_database_count (f->db,
                                        "SELECT count(*) FROM training_objective"
                                        " WHERE title = 'Own the problem'"), ==, 1);

  /* Empty sets clear them. */
  g_assert_true (emb_training_store_save_objective (f->db, loaded, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  assert_text (role_ids (f, id), "");
  assert_text (touchpoint_ids (f, id), "");

  /* The list is by review date, objectives without one last. */
  add_objective (f, "Undated", NULL);
  add_objective (f, "Later", "2026-09-01");
  add_objective (f, "Earlier", "2026-03-01");
  list = emb_training_store_list_objectives (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  {
    const char *titles[] = { "Earlier", "Own the problem", "Later", "Undated" };

    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      {
        g_autoptr(EmbTrainingObjective) item = g_list_model_get_item (list, i);
        g_assert_cmpstr (emb_training_objective_get_title (item), ==, titles[i]);
      }
  }

  /* Ids of a missing objective: empty sets. */
  assert_text (role_ids (f, 9999), "");
}

static void
refuse_objective (Fixture               *f,
                  EmbTrainingObjective  *objective,
                  const gint64          *roles,
                  guint                  n_roles,
                  const gint64          *touchpoints,
                  guint                  n_touchpoints,
                  int                    code,
                  const char            *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_training_store_save_objective (f->db, objective, roles, n_roles,
                                                     touchpoints, n_touchpoints, &error));
  emb_test_assert_field_error (error, code, field);
}

static void
test_objective_validation (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(EmbTrainingObjective) objective = make_objective (NULL, NULL, NULL);
  g_autofree char *name_over = g_strnfill (EMB_MAX_NAME + 1, 't');
  g_autofree char *text_over = g_strnfill (EMB_MAX_TEXT + 1, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const gint64 bad_roles[] = { f->teller, 9999 };
  const gint64 zero_roles[] = { 0 };
  const gint64 bad_touchpoints[] = { 9999 };
  const gint64 roles[] = { f->teller };

  add_objective (f, "Existing", NULL);
  before = emb_test_dump (f->db);

  refuse_objective (f, objective, NULL, 0, NULL, 0, EMB_VALIDATION_ERROR_REQUIRED, "title");
  emb_training_objective_set_title (objective, name_over);
  refuse_objective (f, objective, NULL, 0, NULL, 0, EMB_VALIDATION_ERROR_TOO_LONG, "title");
  emb_training_objective_set_title (objective, "Greet every customer");

  /* Training without a defined, measurable goal is refused. */
  refuse_objective (f, objective, NULL, 0, NULL, 0,
                    EMB_VALIDATION_ERROR_REQUIRED, "expected-change");
  emb_training_objective_set_expected_change (objective, "  \n ");
  refuse_objective (f, objective, NULL, 0, NULL, 0,
                    EMB_VALIDATION_ERROR_REQUIRED, "expected-change");
  emb_training_objective_set_expected_change (objective, text_over);
  refuse_objective (f, objective, NULL, 0, NULL, 0,
                    EMB_VALIDATION_ERROR_TOO_LONG, "expected-change");
  emb_training_objective_set_expected_change (objective, "Mystery shoppers are greeted within 30 s");

  emb_training_objective_set_knowledge (objective, text_over);
  refuse_objective (f, objective, NULL, 0, NULL, 0, EMB_VALIDATION_ERROR_TOO_LONG, "knowledge");
  emb_training_objective_set_knowledge (objective, NULL);
  emb_training_objective_set_skills (objective, text_over);
  refuse_objective (f, objective, NULL, 0, NULL, 0, EMB_VALIDATION_ERROR_TOO_LONG, "skills");
  emb_training_objective_set_skills (objective, NULL);
  emb_training_objective_set_attitudes (objective, text_over);
  refuse_objective (f, objective, NULL, 0, NULL, 0, EMB_VALIDATION_ERROR_TOO_LONG, "attitudes");
  emb_training_objective_set_attitudes (objective, NULL);

  emb_training_objective_set_review_on (objective, "2026-02-30");
  refuse_objective (f, objective, NULL, 0, NULL, 0, EMB_VALIDATION_ERROR_INVALID, "review-on");
  emb_training_objective_set_review_on (objective, "2026-02-28");

  refuse_objective (f, objective, bad_roles, G_N_ELEMENTS (bad_roles), NULL, 0,
                    EMB_VALIDATION_ERROR_MISSING_REFERENCE, "roles");
  refuse_objective (f, objective, zero_roles, G_N_ELEMENTS (zero_roles), NULL, 0,
                    EMB_VALIDATION_ERROR_REQUIRED, "roles");
  refuse_objective (f, objective, roles, G_N_ELEMENTS (roles),
                    bad_touchpoints, G_N_ELEMENTS (bad_touchpoints),
                    EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoints");

  /* Nothing was written, and the record is still new. */
  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (objective)), ==, 0);
  g_assert_null (emb_record_get_created_at (EMB_RECORD (objective)));
}

static void
test_sets_replaced_atomically (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(EmbTrainingObjective) objective = make_objective ("Listen", "Fewer repeat calls", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *want_roles = pair (MIN (f->teller, f->advisor), MAX (f->teller, f->advisor));
  g_autofree char *want_touchpoints = one (f->counter);
  const gint64 roles[] = { f->teller, f->advisor };
  const gint64 touchpoints[] = { f->counter };
  const gint64 bad_roles[] = { f->clerk, 9999 };
  const gint64 bad_touchpoints[] = { f->phone, 9999 };
  const gint64 new_roles[] = { f->clerk };
  gint64 id;

  g_assert_true (emb_training_store_save_objective (f->db, objective, roles, 2,
                                                    touchpoints, 1, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (objective));
  before = emb_test_dump (f->db);
  changes = emb_test_changes_watch (f->db);

  /* A missing role or touchpoint refuses the whole save: the title, the
   * roles and the touchpoints all stay as they were. */
  emb_training_objective_set_title (objective, "Listen better");
  refuse_objective (f, objective, bad_roles, 2, touchpoints, 1,
                    EMB_VALIDATION_ERROR_MISSING_REFERENCE, "roles");
  refuse_objective (f, objective, new_roles, 1, bad_touchpoints, 2,
                    EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoints");
  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
  assert_text (role_ids (f, id), want_roles);
  assert_text (touchpoint_ids (f, id), want_touchpoints);
  g_assert_cmpuint (changes->events->len, ==, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (objective)), ==, id);

  /* An objective deleted meanwhile: not found, nothing written. */
  {
    g_autoptr(EmbTrainingObjective) ghost = make_objective ("Ghost", "None", NULL);

    _emb_record_set_identity (EMB_RECORD (ghost), 9999, NULL, "2026-01-01T00:00:00.000Z",
                              "2026-01-01T00:00:00.000Z");
    g_assert_false (emb_training_store_save_objective (f->db, ghost, new_roles, 1,
                                                       NULL, 0, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (ghost)), ==, 9999);
    g_assert_cmpstr (emb_record_get_updated_at (EMB_RECORD (ghost)), ==,
                     "2026-01-01T00:00:00.000Z");
  }
  g_free (after);
  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_delete_cascades (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(EmbTrainingObjective) objective = make_objective ("Listen", "Fewer repeat calls", NULL);
  g_autoptr(GListModel) observations = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 roles[] = { f->teller };
  const gint64 touchpoints[] = { f->counter };
  gint64 id, other, obs[2];

  g_assert_true (emb_training_store_save_objective (f->db, objective, roles, 1,
                                                    touchpoints, 1, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (objective));
  other = add_objective (f, "Other", NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EmbObservation) observation = emb_observation_new ();

      emb_observation_set_objective_id (observation, i == 0 ? id : other);
      emb_observation_set_observed_on (observation, "2026-04-01");
      emb_observation_set_rating (observation, 4);
      g_assert_true (emb_training_store_add_observation (f->db, observation, &error));
      g_assert_no_error (error);
      obs[i] = emb_record_get_id (EMB_RECORD (observation));
    }

  g_assert_true (emb_training_store_delete_objective (f->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TRAINING_OBJECTIVE,
                                       EMB_CHANGE_DELETED, id));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_OBSERVATION,
                                       EMB_CHANGE_DELETED, obs[0]));
  g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_OBSERVATION,
                                        EMB_CHANGE_DELETED, obs[1]));

  g_assert_null (emb_training_store_get_objective (f->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  observations = emb_training_store_list_observations (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (observations), ==, 0);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM training_observation"), ==, 1);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM training_objective_role"), ==, 0);
  g_assert_cmpint (_emb_database_count (f->db,
                                        "SELECT count(*) FROM training_objective_touchpoint"),
                   ==, 0);

  /* Deleting it again: not found. */
  g_assert_false (emb_training_store_delete_objective (f->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
refuse_observation (Fixture        *f,
                    EmbObservation *observation,
                    int             code,
                    const char     *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_training_store_add_observation (f->db, observation, &error));
  emb_test_assert_field_error (error, code, field);
}

static void
test_observations (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(EmbObservation) observation = emb_observation_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text_over = g_strnfill (EMB_MAX_TEXT + 1, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 objective = add_objective (f, "Greet", NULL);
  gint64 first_id;

  before = emb_test_dump (f->db);

  refuse_observation (f, observation, EMB_VALIDATION_ERROR_REQUIRED, "objective");
  emb_observation_set_objective_id (observation, 9999);
  refuse_observation (f, observation, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "objective");
  emb_observation_set_objective_id (observation, objective);

  emb_observation_set_employee_id (observation, 9999);
  refuse_observation (f, observation, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "employee");
  emb_observation_set_employee_id (observation, f->anna);

  refuse_observation (f, observation, EMB_VALIDATION_ERROR_REQUIRED, "observed-on");
  emb_observation_set_observed_on (observation, "01/05/2026");
  refuse_observation (f, observation, EMB_VALIDATION_ERROR_INVALID, "observed-on");
  emb_observation_set_observed_on (observation, "2026-05-01");

  emb_observation_set_rating (observation, 0);
  refuse_observation (f, observation, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "rating");
  emb_observation_set_rating (observation, 6);
  refuse_observation (f, observation, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "rating");
  emb_observation_set_rating (observation, 5);

  emb_observation_set_note (observation, text_over);
  refuse_observation (f, observation, EMB_VALIDATION_ERROR_TOO_LONG, "note");
  emb_observation_set_note (observation, "Greeted everyone by name");

  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);

  /* Rating 5 (the upper bound) with an employee. */
  g_assert_true (emb_training_store_add_observation (f->db, observation, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_OBSERVATION, EMB_CHANGE_CREATED,
                                       emb_record_get_id (EMB_RECORD (observation))));

  /* Rating 1 (the lower bound), no employee, an earlier date. */
  {
    g_autoptr(EmbObservation) first = emb_observation_new ();

    emb_observation_set_objective_id (first, objective);
    emb_observation_set_observed_on (first, "2026-03-01");
    emb_observation_set_rating (first, 1);
    g_assert_true (emb_training_store_add_observation (f->db, first, &error));
    g_assert_no_error (error);
    first_id = emb_record_get_id (EMB_RECORD (first));
  }

  list = emb_training_store_list_observations (f->db, objective, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(EmbObservation) a = g_list_model_get_item (list, 0);
    g_autoptr(EmbObservation) b = g_list_model_get_item (list, 1);

    g_assert_cmpint (emb_record_get_id (EMB_RECORD (a)), ==, first_id);
    g_assert_cmpstr (emb_observation_get_observed_on (a), ==, "2026-03-01");
    g_assert_cmpint (emb_observation_get_rating (a), ==, 1);
    g_assert_cmpint (emb_observation_get_employee_id (a), ==, 0);
    g_assert_cmpstr (emb_observation_get_observed_on (b), ==, "2026-05-01");
    g_assert_cmpint (emb_observation_get_rating (b), ==, 5);
    g_assert_cmpint (emb_observation_get_employee_id (b), ==, f->anna);
    g_assert_cmpstr (emb_observation_get_note (b), ==, "Greeted everyone by name");
  }

  g_assert_true (emb_training_store_delete_observation (f->db, first_id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_OBSERVATION, EMB_CHANGE_DELETED,
                                       first_id));
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM training_observation"), ==, 1);
  g_assert_false (emb_training_store_delete_observation (f->db, first_id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/store/training/objective-crud", test_objective_crud);
  ADD ("/store/training/objective-validation", test_objective_validation);
  ADD ("/store/training/sets-replaced-atomically", test_sets_replaced_atomically);
  ADD ("/store/training/delete-cascades", test_delete_cascades);
  ADD ("/store/training/observations", test_observations);

#undef ADD

  return g_test_run ();
}
