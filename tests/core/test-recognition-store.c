/* test-recognition-store.c: recognition nominations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-recognition-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"

/* A small organisation: two departments, four employees (one who left), two
 * values and two touchpoints. */
typedef struct
{
  EmbTestDb *tdb;
  EmbDatabase *db;
  gint64 sales;
  gint64 ops;
  gint64 anna;     /* sales */
  gint64 ben;      /* sales */
  gint64 carla;    /* ops */
  gint64 dora;     /* left the company */
  gint64 boss;     /* ops, decides */
  gint64 care;     /* value */
  gint64 speed;    /* value */
  gint64 counter;  /* touchpoint */
  gint64 phone;    /* touchpoint */
} World;

static void
world_init (World *w)
{
  gint64 stage;

  w->tdb = emb_test_db_new ();
  w->db = w->tdb->db;
  w->sales = emb_test_add_department (w->db, "Sales");
  w->ops = emb_test_add_department (w->db, "Operations");
  w->anna = emb_test_add_employee (w->db, "E1", "Anna", w->sales, 0, TRUE);
  w->ben = emb_test_add_employee (w->db, "E2", "Ben", w->sales, 0, TRUE);
  w->carla = emb_test_add_employee (w->db, "E3", "Carla", w->ops, 0, TRUE);
  w->dora = emb_test_add_employee (w->db, "E4", "Dora", w->ops, 0, FALSE);
  w->boss = emb_test_add_employee (w->db, "E5", "Boss", w->ops, 0, TRUE);
  w->care = emb_test_add_value (w->db, "Care");
  w->speed = emb_test_add_value (w->db, "Speed");

  stage = emb_test_add_stage (w->db, "Purchase");
  w->counter = emb_test_add_touchpoint (w->db, stage, "Counter");
  w->phone = emb_test_add_touchpoint (w->db, stage, "Phone");
}

static void
world_clear (World *w)
{
  g_clear_pointer (&w->tdb, emb_test_db_free);
}

static EmbNomination *
make_nomination (gint64      nominee_id,
                 gint64      nominator_id,
                 gint64      value_id,
                 const char *story)
{
  EmbNomination *nomination = emb_nomination_new ();

  emb_nomination_set_nominee_employee_id (nomination, nominee_id);
  emb_nomination_set_nominator_id (nomination, nominator_id);
  emb_nomination_set_value_id (nomination, value_id);
  emb_nomination_set_story (nomination, story);
  return nomination;
}

static gint64
submit (EmbDatabase   *db,
        EmbNomination *nomination)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_recognition_store_submit (db, nomination, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (nomination));
}

static gint64
nominate_at (World      *w,
             gint64      nominee_id,
             gint64      nominator_id,
             const char *submitted_at)
{
  g_autoptr(EmbNomination) nomination = make_nomination (nominee_id, nominator_id, w->care,
                                                         "Helped a customer");

  emb_nomination_set_submitted_at (nomination, submitted_at);
  return submit (w->db, nomination);
}

static EmbNominationStatus
stored_status (EmbDatabase *db,
               gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbNomination) nomination = emb_recognition_store_get (db, id, &error);

  g_assert_no_error (error);
  return emb_nomination_get_status (nomination);
}

/* Submitting a nomination that must be refused changes nothing. */
static void
assert_submit_refused (World         *w,
                       EmbNomination *nomination,
                       int            code,
                       const char    *field)
{
  g_autofree char *before = emb_test_dump (w->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_recognition_store_submit (w->db, nomination, &error));
  emb_test_assert_field_error (error, code, field);
  g_assert_false (emb_record_is_saved (EMB_RECORD (nomination)));
  after = emb_test_dump (w->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_submit (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(EmbNomination) nomination = NULL;
  g_autoptr(EmbNomination) loaded = NULL;
  g_autoptr(EmbNomination) imported = NULL;
  g_autoptr(EmbNomination) team = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  world_init (&w);
  changes = emb_test_changes_watch (w.db);

  nomination = make_nomination (w.anna, w.ben, w.care, "Anna drove a parcel to a customer.");
  emb_nomination_set_touchpoint_id (nomination, w.counter);
  emb_nomination_set_is_public (nomination, FALSE);
  /* Whatever the object says, a submission starts undecided. */
  emb_nomination_set_status (nomination, EMB_NOMINATION_STATUS_CELEBRATED);
  emb_nomination_set_decider_id (nomination, w.boss);
  emb_nomination_set_decision_note (nomination, "sneaky");
  before = emb_now_iso8601 ();
  id = submit (w.db, nomination);
  after = emb_now_iso8601 ();
  g_assert_cmpint (id, >, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_CREATED, id));

  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_nominee_employee_id (loaded), ==, w.anna);
  g_assert_cmpint (emb_nomination_get_nominee_department_id (loaded), ==, 0);
  g_assert_cmpint (emb_nomination_get_nominator_id (loaded), ==, w.ben);
  g_assert_cmpint (emb_nomination_get_value_id (loaded), ==, w.care);
  g_assert_cmpint (emb_nomination_get_touchpoint_id (loaded), ==, w.counter);
  g_assert_cmpstr (emb_nomination_get_story (loaded), ==, "Anna drove a parcel to a customer.");
  g_assert_false (emb_nomination_get_is_public (loaded));
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_SUBMITTED);
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, 0);
  g_assert_cmpstr (emb_nomination_get_decision_note (loaded), ==, "");
  g_assert_null (emb_nomination_get_decided_at (loaded));
  g_assert_null (emb_nomination_get_celebrated_at (loaded));
  g_assert_cmpstr (emb_nomination_get_submitted_at (loaded), >=, before);
  g_assert_cmpstr (emb_nomination_get_submitted_at (loaded), <=, after);

  /* An import keeps its time, stored in UTC. */
  imported = make_nomination (w.carla, 0, w.speed, "Answered at midnight.");
  emb_nomination_set_submitted_at (imported, "2025-03-01T10:30:00+02:00");
  id = submit (w.db, imported);
  g_clear_object (&loaded);
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_nomination_get_submitted_at (loaded), ==, "2025-03-01T08:30:00.000Z");
  g_assert_cmpint (emb_nomination_get_nominator_id (loaded), ==, 0);

  /* A department can be nominated too. */
  team = make_nomination (0, w.anna, w.care, "Operations answered every call.");
  emb_nomination_set_nominee_department_id (team, w.ops);
  id = submit (w.db, team);
  g_clear_object (&loaded);
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_nominee_department_id (loaded), ==, w.ops);
  g_assert_cmpint (emb_nomination_get_nominee_employee_id (loaded), ==, 0);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_SUBMITTED), ==, 3);

  world_clear (&w);
}

static void
test_submit_validation (void)
{
  World w = { 0 };
  g_autofree char *long_story = g_strnfill (20001, 'x');
  g_autofree char *max_story = g_strnfill (20000, 'x');

  world_init (&w);
  nominate_at (&w, w.anna, w.ben, "2025-01-01T00:00:00Z");

  {
    g_autoptr(EmbNomination) n = make_nomination (0, w.ben, w.care, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_REQUIRED, "nominee");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, "story");
    emb_nomination_set_nominee_department_id (n, w.sales);
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_INVALID, "nominee");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (9999, w.ben, w.care, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "nominee-employee");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.dora, w.ben, w.care, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_INVALID, "nominee-employee");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (0, w.ben, w.care, "story");
    emb_nomination_set_nominee_department_id (n, 9999);
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "nominee-department");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, 9999, w.care, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "nominator");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.anna, w.care, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_INVALID, "nominator");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, 0, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_REQUIRED, "value");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, 9999, "story");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "value");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, "story");
    emb_nomination_set_touchpoint_id (n, 9999);
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoint");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, "story");
    emb_nomination_set_feedback_id (n, 9999);
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "feedback");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, "  \n ");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_REQUIRED, "story");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, long_story);
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_TOO_LONG, "story");
  }
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, "story");
    emb_nomination_set_submitted_at (n, "yesterday");
    assert_submit_refused (&w, n, EMB_VALIDATION_ERROR_INVALID, "submitted-at");
  }
  {
    /* The longest story allowed, anonymously. */
    g_autoptr(EmbNomination) n = make_nomination (w.anna, 0, w.care, max_story);
    g_assert_cmpint (submit (w.db, n), >, 0);
  }

  world_clear (&w);
}

static void
test_edit (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(EmbNomination) nomination = NULL;
  g_autoptr(EmbNomination) loaded = NULL;
  g_autoptr(EmbNomination) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  world_init (&w);
  changes = emb_test_changes_watch (w.db);

  nomination = make_nomination (w.dora, w.ben, w.care, "First words.");
  /* Dora could be nominated while she worked here. */
  {
    g_autoptr(EmbEmployee) dora = emb_people_store_get_employee (w.db, w.dora, &error);
    g_assert_no_error (error);
    emb_employee_set_active (dora, TRUE);
    g_assert_true (emb_people_store_save_employee (w.db, dora, &error));
    g_assert_no_error (error);
    id = submit (w.db, nomination);
    emb_employee_set_active (dora, FALSE);
    g_assert_true (emb_people_store_save_employee (w.db, dora, &error));
    g_assert_no_error (error);
  }

  /* The story can still be corrected; status and decision stay the store's. */
  emb_nomination_set_story (nomination, "Better words.");
  emb_nomination_set_value_id (nomination, w.speed);
  emb_nomination_set_status (nomination, EMB_NOMINATION_STATUS_APPROVED);
  emb_nomination_set_decider_id (nomination, w.boss);
  emb_nomination_set_submitted_at (nomination, "2000-01-01T00:00:00Z");
  g_assert_true (emb_recognition_store_save (w.db, nomination, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, id));
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_nomination_get_story (loaded), ==, "Better words.");
  g_assert_cmpint (emb_nomination_get_value_id (loaded), ==, w.speed);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_SUBMITTED);
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, 0);
  g_assert_cmpstr (emb_nomination_get_submitted_at (loaded), !=, "2000-01-01T00:00:00Z");
  g_assert_cmpint (emb_nomination_get_status (nomination), ==, EMB_NOMINATION_STATUS_SUBMITTED);

  /* Validation applies to edits too. */
  emb_nomination_set_story (loaded, "");
  g_assert_false (emb_recognition_store_save (w.db, loaded, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "story");
  g_clear_error (&error);
  emb_nomination_set_story (loaded, "Fine.");
  emb_nomination_set_nominee_employee_id (loaded, w.anna);
  emb_nomination_set_nominator_id (loaded, w.anna);
  g_assert_false (emb_recognition_store_save (w.db, loaded, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "nominator");
  g_clear_error (&error);

  /* Once decided, a nomination is no longer edited. */
  g_assert_true (emb_recognition_store_approve (w.db, id, w.boss, NULL, &error));
  g_assert_no_error (error);
  before = emb_test_dump (w.db);
  emb_nomination_set_story (nomination, "Rewritten after approval.");
  g_assert_false (emb_recognition_store_save (w.db, nomination, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);
  after = emb_test_dump (w.db);
  g_assert_cmpstr (before, ==, after);

  /* Saving a new nomination submits it. */
  fresh = make_nomination (w.carla, w.anna, w.care, "New.");
  g_assert_true (emb_recognition_store_save (w.db, fresh, &error));
  g_assert_no_error (error);
  g_assert_true (emb_record_is_saved (EMB_RECORD (fresh)));
  g_assert_nonnull (emb_nomination_get_submitted_at (fresh));

  world_clear (&w);
}

typedef enum
{
  ACT_APPROVE,
  ACT_DECLINE,
  ACT_CELEBRATE,
} Action;

static gboolean
act (World   *w,
     Action   action,
     gint64   id,
     GError **error)
{
  switch (action)
    {
    case ACT_APPROVE:
      return emb_recognition_store_approve (w->db, id, w->boss, "Well done", error);
    case ACT_DECLINE:
      return emb_recognition_store_decline (w->db, id, w->boss, "Not this time", error);
    case ACT_CELEBRATE:
      return emb_recognition_store_celebrate (w->db, id, w->boss, NULL, error);
    default:
      g_assert_not_reached ();
    }
}

/* A nomination in @status, reached through the store. */
static gint64
nomination_in (World               *w,
               EmbNominationStatus  status)
{
  g_autoptr(GError) error = NULL;
  gint64 id = nominate_at (w, w->anna, w->ben, NULL);

  if (status == EMB_NOMINATION_STATUS_APPROVED || status == EMB_NOMINATION_STATUS_CELEBRATED)
    g_assert_true (emb_recognition_store_approve (w->db, id, w->boss, NULL, &error));
  if (status == EMB_NOMINATION_STATUS_CELEBRATED)
    g_assert_true (emb_recognition_store_celebrate (w->db, id, w->boss, NULL, &error));
  if (status == EMB_NOMINATION_STATUS_DECLINED)
    g_assert_true (emb_recognition_store_decline (w->db, id, w->boss, "No", &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_status (w->db, id), ==, status);
  return id;
}

static void
test_transitions (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(EmbNomination) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *decided_at = NULL;
  gint64 id;

  world_init (&w);
  changes = emb_test_changes_watch (w.db);

  /* submitted → approved → celebrated */
  id = nominate_at (&w, w.anna, w.ben, NULL);
  g_assert_true (emb_recognition_store_approve (w.db, id, w.boss, "Lovely story", &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, id));
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_APPROVED);
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, w.boss);
  g_assert_cmpstr (emb_nomination_get_decision_note (loaded), ==, "Lovely story");
  g_assert_nonnull (emb_nomination_get_decided_at (loaded));
  g_assert_cmpstr (emb_nomination_get_decided_at (loaded), >=, emb_nomination_get_submitted_at (loaded));
  g_assert_null (emb_nomination_get_celebrated_at (loaded));
  decided_at = g_strdup (emb_nomination_get_decided_at (loaded));

  g_assert_true (emb_recognition_store_celebrate (w.db, id, w.carla, "", &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_CELEBRATED);
  g_assert_nonnull (emb_nomination_get_celebrated_at (loaded));
  g_assert_cmpstr (emb_nomination_get_decided_at (loaded), ==, decided_at);
  g_assert_cmpstr (emb_nomination_get_decision_note (loaded), ==, "Lovely story");
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, w.carla);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_CELEBRATED), ==, 1);

  /* submitted → declined needs a reason */
  id = nominate_at (&w, w.carla, w.anna, NULL);
  {
    g_autofree char *before = emb_test_dump (w.db);
    g_autofree char *after = NULL;

    g_assert_false (emb_recognition_store_decline (w.db, id, w.boss, " ", &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "decision-note");
    g_clear_error (&error);
    g_assert_false (emb_recognition_store_approve (w.db, id, 9999, NULL, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "decider");
    g_clear_error (&error);
    {
      g_autofree char *long_note = g_strnfill (20001, 'n');
      g_assert_false (emb_recognition_store_approve (w.db, id, w.boss, long_note, &error));
      emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "decision-note");
      g_clear_error (&error);
    }
    g_assert_false (emb_recognition_store_approve (w.db, 9999, w.boss, NULL, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    after = emb_test_dump (w.db);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_true (emb_recognition_store_decline (w.db, id, w.boss, "Duplicate of another", &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_DECLINED);
  g_assert_cmpstr (emb_nomination_get_decision_note (loaded), ==, "Duplicate of another");
  g_assert_nonnull (emb_nomination_get_decided_at (loaded));

  world_clear (&w);
}

/* Without a configured employee number a decision records no decider: the
 * column holds NULL, and a decider recorded before is not kept. */
static void
test_decision_without_decider (void)
{
  World w = { 0 };
  g_autoptr(EmbNomination) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, other, ids[1];

  world_init (&w);

  id = nominate_at (&w, w.anna, w.ben, NULL);
  g_assert_true (emb_recognition_store_approve (w.db, id, 0, "No sign-in", &error));
  g_assert_no_error (error);
  loaded = emb_recognition_store_get (w.db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_APPROVED);
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, 0);
  g_assert_nonnull (emb_nomination_get_decided_at (loaded));

  /* Approved by someone, celebrated by nobody in particular. */
  other = nominate_at (&w, w.carla, w.anna, NULL);
  g_assert_true (emb_recognition_store_approve (w.db, other, w.boss, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (emb_recognition_store_celebrate (w.db, other, 0, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = emb_recognition_store_get (w.db, other, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_CELEBRATED);
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, 0);

  ids[0] = nominate_at (&w, w.ben, w.carla, NULL);
  g_assert_true (emb_recognition_store_decide_many (w.db, ids, 1, FALSE, 0, "Not this time", &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = emb_recognition_store_get (w.db, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_DECLINED);
  g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, 0);

  /* Stored as NULL, not as 0 (which would break the foreign key). */
  g_assert_cmpint (_emb_database_count (w.db,
                                        "SELECT count(*) FROM nomination"
                                        " WHERE decider_id IS NULL AND status <> 'submitted'"),
                   ==, 3);

  world_clear (&w);
}

/* Every action from every status: the three allowed ones succeed, all others
 * are refused with a state error on "status" and change nothing. */
static void
test_transition_matrix (void)
{
  static const struct
  {
    EmbNominationStatus from;
    Action              action;
    EmbNominationStatus to;   /* or -1: refused */
  } cases[] = {
    { EMB_NOMINATION_STATUS_SUBMITTED, ACT_APPROVE, EMB_NOMINATION_STATUS_APPROVED },
    { EMB_NOMINATION_STATUS_SUBMITTED, ACT_DECLINE, EMB_NOMINATION_STATUS_DECLINED },
    { EMB_NOMINATION_STATUS_SUBMITTED, ACT_CELEBRATE, -1 },
    { EMB_NOMINATION_STATUS_APPROVED, ACT_APPROVE, -1 },
    { EMB_NOMINATION_STATUS_APPROVED, ACT_DECLINE, -1 },
    { EMB_NOMINATION_STATUS_APPROVED, ACT_CELEBRATE, EMB_NOMINATION_STATUS_CELEBRATED },
    { EMB_NOMINATION_STATUS_DECLINED, ACT_APPROVE, -1 },
    { EMB_NOMINATION_STATUS_DECLINED, ACT_DECLINE, -1 },
    { EMB_NOMINATION_STATUS_DECLINED, ACT_CELEBRATE, -1 },
    { EMB_NOMINATION_STATUS_CELEBRATED, ACT_APPROVE, -1 },
    { EMB_NOMINATION_STATUS_CELEBRATED, ACT_DECLINE, -1 },
    { EMB_NOMINATION_STATUS_CELEBRATED, ACT_CELEBRATE, -1 },
  };
  World w = { 0 };

  world_init (&w);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gint64 id = nomination_in (&w, cases[i].from);

      before = emb_test_dump (w.db);
      if ((int)cases[i].to >= 0)
        {
          g_assert_true (act (&w, cases[i].action, id, &error));
          g_assert_no_error (error);
          g_assert_cmpint (stored_status (w.db, id), ==, cases[i].to);
        }
      else
        {
          g_assert_false (act (&w, cases[i].action, id, &error));
          emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
          after = emb_test_dump (w.db);
          g_assert_cmpstr (before, ==, after);
        }
    }

  world_clear (&w);
}

static void
test_decide_many (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 ids[4];

  world_init (&w);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ids[i] = nominate_at (&w, w.anna, w.ben, NULL);
  changes = emb_test_changes_watch (w.db);

  /* One missing nomination: nothing changes, no notice. */
  before = emb_test_dump (w.db);
  {
    gint64 with_missing[] = { ids[0], ids[1], 9999 };

    g_assert_false (emb_recognition_store_decide_many (w.db, with_missing, 3, TRUE,
                                                       w.boss, NULL, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  emb_test_assert_unchanged (w.db, before);
  g_assert_cmpuint (changes->events->len, ==, 0);

  /* One already decided: nothing changes. */
  g_assert_true (emb_recognition_store_decline (w.db, ids[3], w.boss, "No", &error));
  g_assert_no_error (error);
  g_free (before);
  before = emb_test_dump (w.db);
  g_assert_false (emb_recognition_store_decide_many (w.db, ids, 4, TRUE, w.boss, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);
  emb_test_assert_unchanged (w.db, before);

  /* Declining several needs a reason. */
  g_assert_false (emb_recognition_store_decide_many (w.db, ids, 3, FALSE, w.boss, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "decision-note");
  g_clear_error (&error);

  /* The three submitted ones (one chosen twice) are approved together. */
  {
    gint64 chosen[] = { ids[0], ids[1], ids[2], ids[0] };

    g_array_set_size (changes->events, 0);
    g_assert_true (emb_recognition_store_decide_many (w.db, chosen, 4, TRUE, w.boss,
                                                      "Team meeting", &error));
    g_assert_no_error (error);
  }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EmbNomination) loaded = emb_recognition_store_get (w.db, ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpint (emb_nomination_get_status (loaded), ==, EMB_NOMINATION_STATUS_APPROVED);
      g_assert_cmpstr (emb_nomination_get_decision_note (loaded), ==, "Team meeting");
      g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION,
                                           EMB_CHANGE_UPDATED, ids[i]));
    }
  g_assert_cmpint (stored_status (w.db, ids[3]), ==, EMB_NOMINATION_STATUS_DECLINED);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_APPROVED), ==, 3);

  /* Nothing to decide is no error. */
  g_assert_true (emb_recognition_store_decide_many (w.db, NULL, 0, FALSE, w.boss, "x", &error));
  g_assert_no_error (error);

  world_clear (&w);
}

static void
test_celebrate_many (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 first, second, submitted;

  world_init (&w);
  first = nomination_in (&w, EMB_NOMINATION_STATUS_APPROVED);
  second = nomination_in (&w, EMB_NOMINATION_STATUS_APPROVED);
  submitted = nomination_in (&w, EMB_NOMINATION_STATUS_SUBMITTED);
  changes = emb_test_changes_watch (w.db);
  before = emb_test_dump (w.db);

  /* One missing nomination: none is celebrated, no notice. */
  {
    gint64 with_missing[] = { first, second, 9999 };

    g_assert_false (emb_recognition_store_celebrate_many (w.db, with_missing, 3, w.boss, NULL,
                                                          &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* One not approved yet: none is celebrated. */
  {
    gint64 with_submitted[] = { first, second, submitted };

    g_assert_false (emb_recognition_store_celebrate_many (w.db, with_submitted, 3, w.boss, NULL,
                                                          &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
    g_clear_error (&error);
  }

  /* A decider who does not exist. */
  {
    gint64 approved[] = { first, second };

    g_assert_false (emb_recognition_store_celebrate_many (w.db, approved, 2, 4242, NULL, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "decider");
    g_clear_error (&error);
  }

  emb_test_assert_unchanged (w.db, before);
  g_assert_cmpuint (changes->events->len, ==, 0);

  /* The two approved ones (one chosen twice) are celebrated together. */
  {
    gint64 chosen[] = { first, second, first };

    g_assert_true (emb_recognition_store_celebrate_many (w.db, chosen, 3, w.carla, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (stored_status (w.db, first), ==, EMB_NOMINATION_STATUS_CELEBRATED);
  g_assert_cmpint (stored_status (w.db, second), ==, EMB_NOMINATION_STATUS_CELEBRATED);
  g_assert_cmpint (stored_status (w.db, submitted), ==, EMB_NOMINATION_STATUS_SUBMITTED);
  {
    g_autoptr(EmbNomination) loaded = emb_recognition_store_get (w.db, second, &error);

    g_assert_no_error (error);
    g_assert_cmpint (emb_nomination_get_decider_id (loaded), ==, w.carla);
    g_assert_nonnull (emb_nomination_get_celebrated_at (loaded));
  }
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, first));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, second));
  g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, submitted));

  /* Nothing to celebrate is no error. */
  g_assert_true (emb_recognition_store_celebrate_many (w.db, NULL, 0, w.boss, NULL, &error));
  g_assert_no_error (error);

  world_clear (&w);
}

static void
test_delete_many (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 submitted, declined, approved;

  world_init (&w);
  submitted = nomination_in (&w, EMB_NOMINATION_STATUS_SUBMITTED);
  declined = nomination_in (&w, EMB_NOMINATION_STATUS_DECLINED);
  approved = nomination_in (&w, EMB_NOMINATION_STATUS_APPROVED);
  changes = emb_test_changes_watch (w.db);
  before = emb_test_dump (w.db);

  /* One approved meanwhile: none is deleted, no notice. */
  {
    gint64 with_approved[] = { submitted, declined, approved };

    g_assert_false (emb_recognition_store_delete_many (w.db, with_approved, 3, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
    g_clear_error (&error);
  }

  /* One deleted meanwhile: none is deleted. */
  {
    gint64 with_missing[] = { submitted, declined, 9999 };

    g_assert_false (emb_recognition_store_delete_many (w.db, with_missing, 3, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  emb_test_assert_unchanged (w.db, before);
  g_assert_cmpuint (changes->events->len, ==, 0);

  /* The submitted and the declined one (one chosen twice) go together. */
  {
    gint64 chosen[] = { submitted, declined, submitted };

    g_assert_true (emb_recognition_store_delete_many (w.db, chosen, 3, &error));
    g_assert_no_error (error);
  }
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_DELETED, submitted));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_DELETED, declined));
  g_assert_cmpuint (changes->events->len, ==, 2);
  g_assert_cmpint (_emb_database_count (w.db, "SELECT count(*) FROM nomination"), ==, 1);
  g_assert_cmpint (stored_status (w.db, approved), ==, EMB_NOMINATION_STATUS_APPROVED);

  /* Nothing to delete is no error. */
  g_assert_true (emb_recognition_store_delete_many (w.db, NULL, 0, &error));
  g_assert_no_error (error);

  world_clear (&w);
}

static void
test_delete (void)
{
  World w = { 0 };
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 submitted, declined, approved, celebrated;

  world_init (&w);
  submitted = nomination_in (&w, EMB_NOMINATION_STATUS_SUBMITTED);
  declined = nomination_in (&w, EMB_NOMINATION_STATUS_DECLINED);
  approved = nomination_in (&w, EMB_NOMINATION_STATUS_APPROVED);
  celebrated = nomination_in (&w, EMB_NOMINATION_STATUS_CELEBRATED);
  changes = emb_test_changes_watch (w.db);

  {
    g_autofree char *before = emb_test_dump (w.db);
    g_autofree char *after = NULL;

    g_assert_false (emb_recognition_store_delete (w.db, approved, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
    g_clear_error (&error);
    g_assert_false (emb_recognition_store_delete (w.db, celebrated, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
    g_clear_error (&error);
    g_assert_false (emb_recognition_store_delete (w.db, 9999, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    after = emb_test_dump (w.db);
    g_assert_cmpstr (before, ==, after);
  }

  g_assert_true (emb_recognition_store_delete (w.db, submitted, &error));
  g_assert_no_error (error);
  g_assert_true (emb_recognition_store_delete (w.db, declined, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_DELETED, submitted));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_DELETED, declined));
  g_assert_cmpint (_emb_database_count (w.db, "SELECT count(*) FROM nomination"), ==, 2);
  g_assert_null (emb_recognition_store_get (w.db, submitted, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);

  world_clear (&w);
}

static void
test_caps (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;

  world_init (&w);
  /* Ben made two nominations in March 2025 (both of Anna) and one in April. */
  nominate_at (&w, w.anna, w.ben, "2025-03-01T00:00:00Z");
  nominate_at (&w, w.anna, w.ben, "2025-03-31T23:59:59Z");
  nominate_at (&w, w.carla, w.ben, "2025-04-01T00:00:00Z");
  nominate_at (&w, w.anna, w.carla, "2025-03-15T00:00:00Z");

  /* No caps, caps not reached. */
  g_assert_true (emb_recognition_store_check_caps (w.db, w.ben, w.anna, "2025-03-20T10:00:00Z",
                                                   0, 0, &error));
  g_assert_no_error (error);
  g_assert_true (emb_recognition_store_check_caps (w.db, w.ben, w.anna, "2025-03-20T10:00:00Z",
                                                   3, 3, &error));
  g_assert_no_error (error);

  /* Per nominator: two in March. */
  g_assert_false (emb_recognition_store_check_caps (w.db, w.ben, w.carla, "2025-03-20T10:00:00Z",
                                                    2, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominator");
  g_assert_nonnull (strstr (error->message, "“Ben” has already made 2 nominations in March 2025"));
  g_assert_nonnull (strstr (error->message, "the limit is 2 a month"));
  g_clear_error (&error);

  /* April counts only April. */
  g_assert_true (emb_recognition_store_check_caps (w.db, w.ben, w.carla, "2025-04-10T10:00:00Z",
                                                   2, 0, &error));
  g_assert_no_error (error);
  g_assert_false (emb_recognition_store_check_caps (w.db, w.ben, w.anna, "2025-04-10T10:00:00Z",
                                                    1, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominator");
  g_assert_nonnull (strstr (error->message, "1 nomination in April 2025"));
  g_clear_error (&error);

  /* Per pair: Ben nominated Anna twice in March, Carla never. */
  g_assert_false (emb_recognition_store_check_caps (w.db, w.ben, w.anna, "2025-03-20T10:00:00Z",
                                                    0, 2, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominee-employee");
  g_assert_nonnull (strstr (error->message, "“Ben” has already nominated “Anna” 2 times in March 2025"));
  g_assert_nonnull (strstr (error->message, "the limit is 2 a month"));
  g_clear_error (&error);
  g_assert_true (emb_recognition_store_check_caps (w.db, w.ben, w.carla, "2025-03-20T10:00:00Z",
                                                   0, 1, &error));
  g_assert_no_error (error);

  /* Anonymous nominations and department nominees escape the caps that name them. */
  g_assert_true (emb_recognition_store_check_caps (w.db, 0, w.anna, "2025-03-20T10:00:00Z",
                                                   1, 1, &error));
  g_assert_no_error (error);
  g_assert_true (emb_recognition_store_check_caps (w.db, w.ben, 0, "2025-03-20T10:00:00Z",
                                                   0, 1, &error));
  g_assert_no_error (error);

  g_assert_false (emb_recognition_store_check_caps (w.db, w.ben, w.anna, "soon", 1, 1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "submitted-at");
  g_clear_error (&error);

  /* Now, with nothing this month. */
  g_assert_true (emb_recognition_store_check_caps (w.db, w.ben, w.anna, NULL, 1, 1, &error));
  g_assert_no_error (error);

  /* Submitting with caps: refused whole, or saved. */
  {
    g_autoptr(EmbNomination) n = make_nomination (w.anna, w.ben, w.care, "Third time");
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    emb_nomination_set_submitted_at (n, "2025-03-25T09:00:00Z");
    before = emb_test_dump (w.db);
    g_assert_false (emb_recognition_store_submit_with_caps (w.db, n, 5, 2, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominee-employee");
    g_clear_error (&error);
    after = emb_test_dump (w.db);
    g_assert_cmpstr (before, ==, after);
    g_assert_false (emb_record_is_saved (EMB_RECORD (n)));

    g_assert_true (emb_recognition_store_submit_with_caps (w.db, n, 5, 3, &error));
    g_assert_no_error (error);
    g_assert_true (emb_record_is_saved (EMB_RECORD (n)));
    g_assert_cmpstr (emb_nomination_get_submitted_at (n), ==, "2025-03-25T09:00:00.000Z");
  }

  world_clear (&w);
}

/* Five nominations with known days, for the list filters. */
typedef struct
{
  gint64 n1, n2, n3, n4, n5;
} Five;

static gint64
add_for_query (World      *w,
               gint64      nominee_id,
               gint64      department_id,
               gint64      value_id,
               gint64      touchpoint_id,
               const char *submitted_at,
               const char *story)
{
  g_autoptr(EmbNomination) n = make_nomination (nominee_id, nominee_id == w->boss ? 0 : w->boss,
                                                value_id, story);

  emb_nomination_set_nominee_department_id (n, department_id);
  emb_nomination_set_touchpoint_id (n, touchpoint_id);
  emb_nomination_set_submitted_at (n, submitted_at);
  return submit (w->db, n);
}

static void
five_init (World *w,
           Five  *f)
{
  g_autoptr(GError) error = NULL;

  f->n1 = add_for_query (w, w->anna, 0, w->care, w->counter, "2025-01-10T09:00:00Z",
                         "Stayed late to fix a customer's broken order");
  f->n2 = add_for_query (w, w->ben, 0, w->speed, 0, "2025-02-15T12:00:00Z",
                         "Explained the invoice patiently");
  f->n3 = add_for_query (w, w->carla, 0, w->care, w->counter, "2025-03-01T00:00:00Z",
                         "Found the lost parcel");
  f->n4 = add_for_query (w, 0, w->ops, w->speed, w->phone, "2025-03-31T23:59:59Z",
                         "The whole team answered every call");
  f->n5 = add_for_query (w, w->anna, 0, w->care, 0, "2025-04-01T00:00:00Z",
                         "Customer said thank you twice");

  g_assert_true (emb_recognition_store_approve (w->db, f->n2, w->boss, NULL, &error));
  g_assert_true (emb_recognition_store_decline (w->db, f->n4, w->boss, "Too vague", &error));
  g_assert_true (emb_recognition_store_approve (w->db, f->n5, w->boss, NULL, &error));
  g_assert_true (emb_recognition_store_celebrate (w->db, f->n5, w->boss, NULL, &error));
  g_assert_no_error (error);
}

/* The query's items, as their ids in order, and as many as it counts. */
static void
assert_query (EmbDatabase               *db,
              const EmbNominationFilter *filter,
              const gint64              *expected,
              guint                      n_expected)
{
  g_autoptr(GListModel) model = emb_recognition_store_query (db, filter);

  g_assert_true (g_list_model_get_item_type (model) == EMB_TYPE_NOMINATION);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(EmbNomination) item = g_list_model_get_item (model, i);

      g_assert_nonnull (item);
      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), ==, expected[i]);
    }
  g_assert_null (g_list_model_get_item (model, n_expected));
}

#define ASSERT_QUERY(db, filter, ...) \
  G_STMT_START { \
    const gint64 expected_[] = { __VA_ARGS__ }; \
    assert_query ((db), (filter), expected_, G_N_ELEMENTS (expected_)); \
  } G_STMT_END

static void
test_query_filters (void)
{
  World w = { 0 };
  Five f;
  g_autoptr(GError) error = NULL;

  world_init (&w);
  five_init (&w, &f);

  {
    /* Everything, newest first. */
    ASSERT_QUERY (w.db, NULL, f.n5, f.n4, f.n3, f.n2, f.n1);
  }
  {
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n4, f.n3, f.n2, f.n1);
    filter.status = EMB_NOMINATION_STATUS_SUBMITTED;
    ASSERT_QUERY (w.db, &filter, f.n3, f.n1);
    filter.status = EMB_NOMINATION_STATUS_CELEBRATED;
    ASSERT_QUERY (w.db, &filter, f.n5);
  }
  {
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.value_id = w.care;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n3, f.n1);
  }
  {
    /* An employee's department, or the department itself. */
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.department_id = w.sales;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n2, f.n1);
    filter.department_id = w.ops;
    ASSERT_QUERY (w.db, &filter, f.n4, f.n3);
  }
  {
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.touchpoint_id = w.counter;
    ASSERT_QUERY (w.db, &filter, f.n3, f.n1);
  }
  {
    /* Whole days, both ends included. */
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.from = "2025-03-01";
    filter.to = "2025-03-31";
    ASSERT_QUERY (w.db, &filter, f.n4, f.n3);
    filter.to = NULL;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n4, f.n3);
    filter.from = NULL;
    filter.to = "2025-02-15";
    ASSERT_QUERY (w.db, &filter, f.n2, f.n1);
    filter.to = "2025-01-09";
    assert_query (w.db, &filter, NULL, 0);
    /* A date that is no date is ignored. */
    filter.to = "2025-13-01";
    ASSERT_QUERY (w.db, &filter, f.n5, f.n4, f.n3, f.n2, f.n1);
  }
  {
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.search = "custom";
    ASSERT_QUERY (w.db, &filter, f.n5, f.n1);
    filter.search = "CUSTOMER twice";
    ASSERT_QUERY (w.db, &filter, f.n5);
    filter.search = "parcel zebra";
    assert_query (w.db, &filter, NULL, 0);
    /* Query syntax in the words is only text. */
    filter.search = "order\" OR *";
    ASSERT_QUERY (w.db, &filter, f.n1);
    filter.search = "  ";
    ASSERT_QUERY (w.db, &filter, f.n5, f.n4, f.n3, f.n2, f.n1);
  }
  {
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.nominee_employee_id = w.anna;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n1);
    filter.nominee_employee_id = 0;
    filter.nominator_id = w.boss;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n4, f.n3, f.n2, f.n1);
    filter.nominator_id = w.anna;
    assert_query (w.db, &filter, NULL, 0);
  }
  {
    /* Together. */
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    filter.status = EMB_NOMINATION_STATUS_SUBMITTED;
    filter.value_id = w.care;
    filter.department_id = w.ops;
    filter.search = "parcel";
    filter.from = "2025-02-01";
    ASSERT_QUERY (w.db, &filter, f.n3);
    filter.department_id = w.sales;
    assert_query (w.db, &filter, NULL, 0);
  }

  /* Ben moves to operations, and his nominations with him. */
  {
    g_autoptr(EmbEmployee) ben = emb_people_store_get_employee (w.db, w.ben, &error);
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;

    g_assert_no_error (error);
    emb_employee_set_department_id (ben, w.ops);
    g_assert_true (emb_people_store_save_employee (w.db, ben, &error));
    g_assert_no_error (error);
    filter.department_id = w.ops;
    ASSERT_QUERY (w.db, &filter, f.n4, f.n3, f.n2);
    filter.department_id = w.sales;
    ASSERT_QUERY (w.db, &filter, f.n5, f.n1);
  }

  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_SUBMITTED), ==, 2);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_APPROVED), ==, 1);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_DECLINED), ==, 1);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_CELEBRATED), ==, 1);

  world_clear (&w);
}

/* The plan SQLite chooses for the first page of the model the store made. */
static char *
first_page_plan (EmbDatabase *db,
                 const char  *clause)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  while ((stmt = sqlite3_next_stmt (handle, stmt)) != NULL)
    {
      const char *sql = sqlite3_sql (stmt);

      if (strstr (sql, "FROM nomination t") != NULL && strstr (sql, " LIMIT ") != NULL &&
          strstr (sql, ":key") == NULL && strstr (sql, clause) != NULL)
        {
          g_autofree char *explain = g_strdup_printf ("EXPLAIN QUERY PLAN %s", sql);
          g_autoptr(GString) plan = g_string_new (NULL);
          sqlite3_stmt *query = NULL;

          g_assert_cmpint (sqlite3_prepare_v2 (handle, explain, -1, &query, NULL), ==, SQLITE_OK);
          while (sqlite3_step (query) == SQLITE_ROW)
            g_string_append_printf (plan, "%s\n", (const char *)sqlite3_column_text (query, 3));
          sqlite3_finalize (query);
          return g_string_free (g_steal_pointer (&plan), FALSE);
        }
    }

  g_assert_not_reached ();
}

/* Each filter reads its first page through an index, in order, without
 * sorting: what keeps the list fast at a million nominations. */
static void
test_query_plans (void)
{
  static const struct
  {
    const char *clause;
    const char *index;
  } expected[] = {
    { "WHERE 1 ORDER", "nomination_by_newest" },
    { "t.status = ?1", "nomination_by_status" },
    { "t.value_id = ?1", "nomination_by_value" },
    { "t.department_id = ?1", "nomination_by_department" },
    { "t.touchpoint_id = ?1", "nomination_by_touchpoint" },
    { "<= -julianday (?1)", "nomination_by_newest" },
  };
  World w = { 0 };
  Five f;

  world_init (&w);
  five_init (&w, &f);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
      g_autoptr(GListModel) model = NULL;
      g_autoptr(GObject) first = NULL;
      g_autofree char *plan = NULL;
      g_autofree char *scans = g_strdup_printf ("INDEX %s\n", expected[i].index);
      g_autofree char *searches = g_strdup_printf ("INDEX %s (", expected[i].index);

      switch (i)
        {
        case 1: filter.status = EMB_NOMINATION_STATUS_SUBMITTED; break;
        case 2: filter.value_id = w.care; break;
        case 3: filter.department_id = w.ops; break;
        case 4: filter.touchpoint_id = w.counter; break;
        case 5: filter.from = "2025-01-01"; filter.to = "2025-12-31"; break;
        default: break;
        }
      model = emb_recognition_store_query (w.db, &filter);
      first = g_list_model_get_item (model, 0);
      g_assert_nonnull (first);

      plan = first_page_plan (w.db, expected[i].clause);
      g_test_message ("%s:\n%s", expected[i].clause, plan);
      g_assert_true (strstr (plan, scans) != NULL || strstr (plan, searches) != NULL);
      g_assert_null (strstr (plan, "TEMP B-TREE"));
    }

  /* The story search goes through the full-text index. */
  {
    EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
    g_autoptr(GListModel) model = NULL;
    g_autoptr(GObject) first = NULL;
    g_autofree char *plan = NULL;

    filter.search = "parcel";
    model = emb_recognition_store_query (w.db, &filter);
    first = g_list_model_get_item (model, 0);
    plan = first_page_plan (w.db, "nomination_fts MATCH");
    g_assert_nonnull (strstr (plan, "VIRTUAL TABLE"));
  }

  world_clear (&w);
}

typedef struct
{
  World *w;
  guint  n;
} Many;

static gboolean
add_many (EmbDatabase  *db,
          gpointer      user_data,
          GError      **error)
{
  Many *many = user_data;

  for (guint i = 0; i < many->n; i++)
    {
      g_autoptr(EmbNomination) n = make_nomination (many->w->anna, many->w->ben, many->w->care,
                                                    i % 2 ? "Carried the parcel upstairs"
                                                          : "Called back the same day");
      g_autofree char *at = g_strdup_printf ("2024-01-01T00:00:%02u.%03uZ", (i / 1000) % 60, i % 1000);

      emb_nomination_set_submitted_at (n, at);
      if (!emb_recognition_store_submit (db, n, error))
        return FALSE;
    }
  return TRUE;
}

/* A search that matches many stories reads the list's index in order rather
 * than sorting every match; the result is the same. */
static void
test_search_many_matches (void)
{
  World w = { 0 };
  Many many = { &w, 4200 };
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  gint64 previous = G_MAXINT64;

  world_init (&w);
  g_assert_true (emb_database_transaction (w.db, add_many, &many, &error));
  g_assert_no_error (error);

  filter.search = "parcel";
  model = emb_recognition_store_query (w.db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2100);
  for (guint i = 0; i < 2100; i += 7)
    {
      g_autoptr(EmbNomination) item = g_list_model_get_item (model, i);
      gint64 id = emb_record_get_id (EMB_RECORD (item));

      /* Newest first: here, the highest id first. */
      g_assert_cmpint (id, <, previous);
      g_assert_nonnull (strstr (emb_nomination_get_story (item), "parcel"));
      previous = id;
    }
  plan = first_page_plan (w.db, "+t.id IN");
  g_assert_nonnull (strstr (plan, "INDEX nomination_by_newest"));
  g_assert_null (strstr (plan, "TEMP B-TREE"));

  world_clear (&w);
}

/* The list's length for all nominations and for one status comes from the
 * counts the triggers keep; it must follow every insert, status change and
 * deletion, and agree with counting the rows. */
static void
assert_kept_counts (World *w)
{
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) all = emb_recognition_store_query (w->db, NULL);
  g_autoptr(GListModel) unfiltered = emb_recognition_store_query (w->db, &filter);

  g_assert_cmpuint (g_list_model_get_n_items (all), ==,
                    _emb_database_count (w->db, "SELECT count(*) FROM nomination"));
  g_assert_cmpuint (g_list_model_get_n_items (unfiltered), ==,
                    g_list_model_get_n_items (all));

  for (int status = EMB_NOMINATION_STATUS_SUBMITTED;
       status <= EMB_NOMINATION_STATUS_CELEBRATED; status++)
    {
      g_autoptr(GListModel) model = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM nomination WHERE status = '%s'",
                                              emb_enum_to_nick (EMB_TYPE_NOMINATION_STATUS,
                                                                status));
      gint64 counted = _emb_database_count (w->db, sql);

      filter.status = status;
      model = emb_recognition_store_query (w->db, &filter);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, counted);
      g_assert_cmpint (emb_recognition_store_count_by_status (w->db, status), ==, counted);
    }
}

static void
test_kept_counts (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 submitted, declined, approved;

  world_init (&w);
  assert_kept_counts (&w);

  submitted = nomination_in (&w, EMB_NOMINATION_STATUS_SUBMITTED);
  declined = nomination_in (&w, EMB_NOMINATION_STATUS_DECLINED);
  approved = nomination_in (&w, EMB_NOMINATION_STATUS_APPROVED);
  nomination_in (&w, EMB_NOMINATION_STATUS_CELEBRATED);
  nomination_in (&w, EMB_NOMINATION_STATUS_SUBMITTED);
  assert_kept_counts (&w);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_SUBMITTED),
                   ==, 2);

  g_assert_true (emb_recognition_store_celebrate (w.db, approved, w.boss, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (emb_recognition_store_delete (w.db, submitted, &error));
  g_assert_no_error (error);
  g_assert_true (emb_recognition_store_delete (w.db, declined, &error));
  g_assert_no_error (error);
  assert_kept_counts (&w);
  g_assert_cmpint (emb_recognition_store_count_by_status (w.db, EMB_NOMINATION_STATUS_CELEBRATED),
                   ==, 2);

  /* A deleted nominee takes their nominations along (ON DELETE CASCADE),
   * and the counts with them. */
  g_assert_true (_emb_table_delete (w.db, &emb_table_employee, w.anna, &error));
  g_assert_no_error (error);
  assert_kept_counts (&w);
  g_assert_cmpint (_emb_database_count (w.db, "SELECT count(*) FROM nomination"), ==, 0);

  world_clear (&w);
}

/* The heatmap cells as "value:department=count" in id order. */
static char *
cells_text (World      *w,
            const char *from,
            const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) cells = emb_recognition_store_count_by_value_and_department (w->db, from, to,
                                                                                 &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < cells->len; i++)
    {
      const EmbNominationCell *cell = &g_array_index (cells, EmbNominationCell, i);

      g_string_append_printf (out, "%s%s:%s=%u", i > 0 ? " " : "",
                              cell->value_id == w->care ? "care" : "speed",
                              cell->department_id == w->sales ? "sales" : "ops", cell->count);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The names of the items of @model (transfer full: freed here). */
static char *
names_text (GListModel *owned)
{
  g_autoptr(GListModel) model = owned;
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *name = NULL;

      g_object_get (item, "name", &name, NULL);
      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_text(expr, expected) \
  G_STMT_START { \
    g_autofree char *text__ = (expr); \
    g_assert_cmpstr (text__, ==, (expected)); \
  } G_STMT_END

static void
assert_evidence (World *w,
                 guint  total,
                 guint  with_touchpoint,
                 guint  with_feedback,
                 guint  with_both)
{
  g_autoptr(GError) error = NULL;
  EmbNominationEvidence evidence;

  g_assert_true (emb_recognition_store_count_evidence (w->db, NULL, NULL, &evidence, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (evidence.total, ==, total);
  g_assert_cmpuint (evidence.with_touchpoint, ==, with_touchpoint);
  g_assert_cmpuint (evidence.with_feedback, ==, with_feedback);
  g_assert_cmpuint (evidence.with_both, ==, with_both);
}

/* The heatmap, the evidence shares and who was not recognised, from the
 * five nominations: n1 Anna (Sales) care at the counter, submitted; n2 Ben
 * (Sales) speed, approved; n3 Carla (Operations) care at the counter,
 * submitted; n4 the Operations team, speed, by phone, declined; n5 Anna care,
 * celebrated. Declined nominations never count. */
static void
test_insights (void)
{
  World w = { 0 };
  Five f;
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();
  g_autoptr(EmbNomination) n3 = NULL;
  g_autoptr(EmbEmployee) carla = NULL;
  EmbNominationEvidence evidence;

  world_init (&w);
  five_init (&w, &f);

  assert_text (cells_text (&w, NULL, NULL), "care:sales=2 care:ops=1 speed:sales=1");
  /* [02-01, 04-01): n2 and n3; n5 on 04-01 is out. */
  assert_text (cells_text (&w, "2025-02-01", "2025-04-01"), "care:ops=1 speed:sales=1");
  assert_text (cells_text (&w, "2026-01-01", NULL), "");
  assert_evidence (&w, 4, 2, 0, 0);

  /* Customer feedback as evidence for n3 (still submitted, so editable). */
  emb_feedback_set_received_at (feedback, "2025-02-28T10:00:00Z");
  emb_feedback_set_text (feedback, "Carla found my parcel");
  g_assert_true (_emb_table_save (w.db, &emb_table_feedback, EMB_RECORD (feedback), &error));
  g_assert_no_error (error);
  n3 = emb_recognition_store_get (w.db, f.n3, &error);
  emb_nomination_set_feedback_id (n3, emb_record_get_id (EMB_RECORD (feedback)));
  g_assert_true (emb_recognition_store_save (w.db, n3, &error));
  g_assert_no_error (error);
  assert_evidence (&w, 4, 2, 1, 1);

  /* Declining n1 takes it out; Carla moving to Sales takes n3 along. */
  g_assert_true (emb_recognition_store_decline (w.db, f.n1, w.boss, "Not specific", &error));
  g_assert_no_error (error);
  carla = _emb_table_get (w.db, &emb_table_employee, w.carla, &error);
  emb_employee_set_department_id (carla, w.sales);
  g_assert_true (_emb_table_save (w.db, &emb_table_employee, EMB_RECORD (carla), &error));
  g_assert_no_error (error);
  assert_text (cells_text (&w, NULL, NULL), "care:sales=2 speed:sales=1");
  assert_evidence (&w, 3, 1, 1, 1);

  /* A bad bound is refused by its name. */
  g_assert_null (emb_recognition_store_count_by_value_and_department (w.db, "2025-13-01", NULL,
                                                                      &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "from");
  g_clear_error (&error);
  g_assert_false (emb_recognition_store_count_evidence (w.db, NULL, "soon", &evidence, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "to");
  g_clear_error (&error);

  /* Recognised means approved or celebrated: Ben (n2, 02-15) and Anna (n5,
   * 04-01). Dora is inactive and never listed. */
  assert_text (names_text (emb_recognition_store_list_not_recognised_employees (w.db, "2025-01-01",
                                                                                &error)),
               "Boss,Carla");
  assert_text (names_text (emb_recognition_store_list_not_recognised_employees (w.db, "2025-03-01",
                                                                                &error)),
               "Ben,Boss,Carla");
  assert_text (names_text (emb_recognition_store_list_not_recognised_employees (w.db, "2025-04-02",
                                                                                &error)),
               "Anna,Ben,Boss,Carla");
  g_assert_no_error (error);

  /* The Operations team's only nomination was declined. */
  assert_text (names_text (emb_recognition_store_list_not_recognised_departments (w.db, "2025-01-01",
                                                                                  &error)),
               "Operations");
  assert_text (names_text (emb_recognition_store_list_not_recognised_departments (w.db, "2025-04-02",
                                                                                  &error)),
               "Operations,Sales");
  g_assert_no_error (error);
  g_assert_null (emb_recognition_store_list_not_recognised_employees (w.db, "yesterday", &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "since");

  /* The kept days equal a count of the nominations themselves. */
  g_assert_cmpint (_emb_database_count (w.db,
                                        "SELECT count(*) FROM ("
                                        " SELECT value_id, coalesce (department_id, 0),"
                                        "  substr (submitted_at, 1, 10), count(*),"
                                        "  sum (touchpoint_id IS NOT NULL), sum (feedback_id IS NOT NULL),"
                                        "  sum (touchpoint_id IS NOT NULL AND feedback_id IS NOT NULL)"
                                        " FROM nomination WHERE status <> 'declined' GROUP BY 1, 2, 3"
                                        " EXCEPT SELECT value_id, department_id, day, n, with_touchpoint,"
                                        "  with_feedback, with_both FROM nomination_day WHERE n > 0)"),
                   ==, 0);

  world_clear (&w);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  (*calls)++;
}

static void
test_query_follows_changes (void)
{
  World w = { 0 };
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  guint calls = 0;
  gint64 first, second;

  world_init (&w);
  first = nominate_at (&w, w.anna, w.ben, "2025-01-01T00:00:00Z");
  second = nominate_at (&w, w.carla, w.ben, "2025-01-02T00:00:00Z");

  filter.status = EMB_NOMINATION_STATUS_SUBMITTED;
  model = emb_recognition_store_query (w.db, &filter);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &calls);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  g_assert_true (emb_recognition_store_approve (w.db, second, w.boss, NULL, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  {
    g_autoptr(EmbNomination) item = g_list_model_get_item (model, 0);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), ==, first);
  }

  world_clear (&w);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/recognition/submit", test_submit);
  g_test_add_func ("/store/recognition/submit-validation", test_submit_validation);
  g_test_add_func ("/store/recognition/edit-only-while-submitted", test_edit);
  g_test_add_func ("/store/recognition/transitions", test_transitions);
  g_test_add_func ("/store/recognition/transition-matrix", test_transition_matrix);
  g_test_add_func ("/store/recognition/decision-without-decider", test_decision_without_decider);
  g_test_add_func ("/store/recognition/decide-many-all-or-nothing", test_decide_many);
  g_test_add_func ("/store/recognition/delete", test_delete);
  g_test_add_func ("/store/recognition/celebrate-many-all-or-nothing", test_celebrate_many);
  g_test_add_func ("/store/recognition/delete-many-all-or-nothing", test_delete_many);
  g_test_add_func ("/store/recognition/kept-counts", test_kept_counts);
  g_test_add_func ("/store/recognition/caps", test_caps);
  g_test_add_func ("/store/recognition/query-filters", test_query_filters);
  g_test_add_func ("/store/recognition/query-plans", test_query_plans);
  g_test_add_func ("/store/recognition/search-many-matches", test_search_many_matches);
  g_test_add_func ("/store/recognition/query-follows-changes", test_query_follows_changes);
  g_test_add_func ("/store/recognition/insights", test_insights);

  return g_test_run ();
}
