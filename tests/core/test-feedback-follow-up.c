/* test-feedback-follow-up.c: new → acknowledged → in progress → closed, and the owner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-feedback-store.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-test-util.h"

typedef struct
{
  EmbTestDb      *tdb;
  EmbDatabase    *db;
  EmbTestChanges *changes;
  gint64          anna;
  gint64          bart;
  gint64          gone;      /* an employee who left */
  gint64          id;        /* a new complaint */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  f->anna = emb_test_add_employee (f->db, "E1", "Anna", 0, 0, TRUE);
  f->bart = emb_test_add_employee (f->db, "E2", "Bart", 0, 0, TRUE);
  f->gone = emb_test_add_employee (f->db, "E3", "Celina", 0, 0, FALSE);
  f->id = emb_test_add_feedback (f->db, "2026-02-01T12:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                 EMB_SCORE_TYPE_NONE, -1, 0, "Nobody called back.");
  f->changes = emb_test_changes_watch (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->changes, emb_test_changes_free);
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

/* The feedback's status and owner are these. */
static void
assert_follow_up (Fixture     *f,
                  gint64       id,
                  EmbFollowUp  follow_up,
                  gint64       owner_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbFeedback) loaded = emb_feedback_store_get (f->db, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (emb_feedback_get_follow_up (loaded), ==, follow_up);
  g_assert_cmpint (emb_feedback_get_assignee_id (loaded), ==, owner_id);
}

/* A refused step leaves the whole database as it was. */
#define ASSERT_REFUSED(f, call, code, field)                          \
  G_STMT_START {                                                      \
    g_autofree char *before_ = emb_test_dump ((f)->db);               \
    g_autofree char *after_ = NULL;                                   \
    g_autoptr(GError) error_ = NULL;                                  \
    GError **error = &error_;                                         \
    g_assert_false (call);                                            \
    emb_test_assert_field_error (error_, (code), (field));            \
    after_ = emb_test_dump ((f)->db);                                 \
    g_assert_cmpstr (before_, ==, after_);                            \
  } G_STMT_END

#define ASSERT_DONE(call)                                             \
  G_STMT_START {                                                      \
    g_autoptr(GError) error_ = NULL;                                  \
    GError **error = &error_;                                         \
    g_assert_true (call);                                             \
    g_assert_no_error (error_);                                       \
  } G_STMT_END

static void
test_the_steps (Fixture       *f,
                gconstpointer  data)
{
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_NEW, 0);

  /* new → acknowledged, with a change notice; only once */
  ASSERT_DONE (emb_feedback_store_acknowledge (f->db, f->id, error));
  g_assert_true (emb_test_changes_has (f->changes, EMB_RECORD_KIND_FEEDBACK,
                                       EMB_CHANGE_UPDATED, f->id));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_ACKNOWLEDGED, 0);
  ASSERT_REFUSED (f, emb_feedback_store_acknowledge (f->db, f->id, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");

  /* An owner is proposed without starting… */
  ASSERT_DONE (emb_feedback_store_set_owner (f->db, f->id, f->anna, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_ACKNOWLEDGED, f->anna);

  /* …and starting keeps the owner it has. */
  ASSERT_DONE (emb_feedback_store_start (f->db, f->id, 0, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_IN_PROGRESS, f->anna);
  ASSERT_REFUSED (f, emb_feedback_store_start (f->db, f->id, f->bart, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");
  ASSERT_REFUSED (f, emb_feedback_store_acknowledge (f->db, f->id, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");

  /* In progress, the owner changes but is never taken away. */
  ASSERT_DONE (emb_feedback_store_set_owner (f->db, f->id, f->bart, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_IN_PROGRESS, f->bart);
  ASSERT_REFUSED (f, emb_feedback_store_set_owner (f->db, f->id, 0, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");

  /* in progress → closed: the owner stays on record */
  ASSERT_DONE (emb_feedback_store_close (f->db, f->id, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_CLOSED, f->bart);
  ASSERT_REFUSED (f, emb_feedback_store_close (f->db, f->id, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");
  ASSERT_REFUSED (f, emb_feedback_store_start (f->db, f->id, f->anna, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");
  ASSERT_REFUSED (f, emb_feedback_store_acknowledge (f->db, f->id, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");
  ASSERT_REFUSED (f, emb_feedback_store_set_owner (f->db, f->id, f->anna, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");
  ASSERT_REFUSED (f, emb_feedback_store_set_owner (f->db, f->id, 0, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");

  /* closed → acknowledged, with the owner it had; started again */
  ASSERT_DONE (emb_feedback_store_reopen (f->db, f->id, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_ACKNOWLEDGED, f->bart);
  ASSERT_REFUSED (f, emb_feedback_store_reopen (f->db, f->id, error),
                  EMB_VALIDATION_ERROR_STATE, "follow-up");
  ASSERT_DONE (emb_feedback_store_start (f->db, f->id, 0, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_IN_PROGRESS, f->bart);
}

static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  gint64 praise = emb_test_add_feedback (f->db, "2026-02-02T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                         EMB_SCORE_TYPE_NONE, -1, 0, "Lovely staff.");

  /* new → closed at once: read, nothing to do */
  ASSERT_DONE (emb_feedback_store_close (f->db, praise, error));
  assert_follow_up (f, praise, EMB_FOLLOW_UP_CLOSED, 0);

  /* new → in progress at once, with an owner given */
  ASSERT_DONE (emb_feedback_store_start (f->db, f->id, f->anna, error));
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_IN_PROGRESS, f->anna);

  /* Reopened without an owner: acknowledged, nobody to start it yet. */
  ASSERT_DONE (emb_feedback_store_reopen (f->db, praise, error));
  assert_follow_up (f, praise, EMB_FOLLOW_UP_ACKNOWLEDGED, 0);
  ASSERT_REFUSED (f, emb_feedback_store_start (f->db, praise, 0, error),
                  EMB_VALIDATION_ERROR_REQUIRED, "assignee");

  /* An owner proposed on open feedback can be taken back. */
  ASSERT_DONE (emb_feedback_store_set_owner (f->db, praise, f->bart, error));
  assert_follow_up (f, praise, EMB_FOLLOW_UP_ACKNOWLEDGED, f->bart);
  ASSERT_DONE (emb_feedback_store_set_owner (f->db, praise, 0, error));
  assert_follow_up (f, praise, EMB_FOLLOW_UP_ACKNOWLEDGED, 0);
}

static void
test_owners (Fixture       *f,
             gconstpointer  data)
{
  /* Starting needs an owner who exists and works here. */
  ASSERT_REFUSED (f, emb_feedback_store_start (f->db, f->id, 0, error),
                  EMB_VALIDATION_ERROR_REQUIRED, "assignee");
  ASSERT_REFUSED (f, emb_feedback_store_start (f->db, f->id, 9999, error),
                  EMB_VALIDATION_ERROR_MISSING_REFERENCE, "assignee");
  ASSERT_REFUSED (f, emb_feedback_store_start (f->db, f->id, f->gone, error),
                  EMB_VALIDATION_ERROR_INVALID, "assignee");
  ASSERT_REFUSED (f, emb_feedback_store_set_owner (f->db, f->id, f->gone, error),
                  EMB_VALIDATION_ERROR_INVALID, "assignee");
  ASSERT_REFUSED (f, emb_feedback_store_set_owner (f->db, f->id, 9999, error),
                  EMB_VALIDATION_ERROR_MISSING_REFERENCE, "assignee");
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_NEW, 0);

  /* The owner of closed feedback stays after leaving. */
  ASSERT_DONE (emb_feedback_store_start (f->db, f->id, f->anna, error));
  ASSERT_DONE (emb_feedback_store_close (f->db, f->id, error));
  {
    g_autoptr(GError) error = NULL;
    const gint64 ids[] = { f->anna };

    g_assert_true (emb_people_store_set_employees_active (f->db, ids, 1, FALSE, &error));
    g_assert_no_error (error);
  }
  assert_follow_up (f, f->id, EMB_FOLLOW_UP_CLOSED, f->anna);
}

static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_feedback_store_acknowledge (f->db, 9999, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_feedback_store_start (f->db, 9999, f->anna, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_feedback_store_start (f->db, 9999, 0, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_feedback_store_close (f->db, 9999, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_feedback_store_reopen (f->db, 9999, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_feedback_store_set_owner (f->db, 9999, f->anna, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

/* The table of the steps, as the view asks which to offer. */
static void
test_table (void)
{
  /* from → to, by rows new, acknowledged, in progress, closed */
  static const gboolean allowed[4][4] = {
    { FALSE, TRUE, TRUE, TRUE },
    { FALSE, FALSE, TRUE, TRUE },
    { FALSE, FALSE, FALSE, TRUE },
    { FALSE, TRUE, FALSE, FALSE },
  };

  for (int from = EMB_FOLLOW_UP_NEW; from <= EMB_FOLLOW_UP_CLOSED; from++)
    for (int to = EMB_FOLLOW_UP_NEW; to <= EMB_FOLLOW_UP_CLOSED; to++)
      g_assert_cmpint (emb_feedback_store_can_follow_up (from, to), ==, allowed[from][to]);
}

/* The items of an owner are found through feedback_by_assignee, which
 * holds only the items that have one (schema 13): it must still serve
 * "assignee_id = ?", as an erasure and a personal data export ask. */
static void
test_owner_index (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (_emb_database_get_handle (tdb->db),
                                       "EXPLAIN QUERY PLAN SELECT id FROM feedback"
                                       " WHERE assignee_id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  g_assert_nonnull (strstr (plan->str, "USING COVERING INDEX feedback_by_assignee"));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM sqlite_schema"
                                                 " WHERE name = 'feedback_by_assignee'"
                                                 " AND sql LIKE '%WHERE assignee_id IS NOT NULL'"),
                   ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/feedback/follow-up/owner-index", test_owner_index);

  g_test_add ("/feedback/follow-up/steps", Fixture, NULL,
              fixture_set_up, test_the_steps, fixture_tear_down);
  g_test_add ("/feedback/follow-up/shortcuts", Fixture, NULL,
              fixture_set_up, test_shortcuts, fixture_tear_down);
  g_test_add ("/feedback/follow-up/owners", Fixture, NULL,
              fixture_set_up, test_owners, fixture_tear_down);
  g_test_add ("/feedback/follow-up/missing", Fixture, NULL,
              fixture_set_up, test_missing, fixture_tear_down);
  g_test_add_func ("/feedback/follow-up/table", test_table);

  return g_test_run ();
}
