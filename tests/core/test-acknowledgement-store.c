/* test-acknowledgement-store.c: acknowledging promises, announcements and values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-acknowledgement-store.h"
#include "emb-announcement-store.h"
#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-promise-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"

/* A small organisation: Sales (cashier) and Support (agent), one
 * touchpoint per role, and a value set. */
typedef struct
{
  EmbTestDb *tdb;
  EmbDatabase *db;
  gint64 sales;
  gint64 support;
  gint64 cashier;
  gint64 agent;
  gint64 till;       /* the cashier's touchpoint */
  gint64 hotline;    /* the agent's touchpoint */
  gint64 anna;       /* cashier */
  gint64 bert;       /* agent */
  gint64 carl;       /* no role, in Support */
} Fixture;

/* Journey records are saved directly: the journey store is not needed here. */
static gint64
add_touchpoint (EmbDatabase *db,
                const char  *name,
                gint64       role_id)
{
  gint64 stage_id = emb_test_add_stage_at (db, name, 0);
  gint64 touchpoint_id = emb_test_add_touchpoint_at (db, stage_id, name, 0);

  emb_test_add_responsibility (db, role_id, touchpoint_id, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  return touchpoint_id;
}

static gint64
add_value_set (EmbDatabase *db,
               const char  *published_at,
               const char  *summary)
{
  g_autoptr(EmbValueSet) set = emb_value_set_new ();

  emb_value_set_set_published_at (set, published_at);
  emb_value_set_set_summary (set, summary);
  return emb_test_save_as_it_is (db, &emb_table_value_set, set);
}

static gint64
add_announcement (EmbDatabase  *db,
                  const char   *title,
                  EmbAudience   audience,
                  const gint64 *ids,
                  gboolean      needs_ack,
                  gboolean      published)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  emb_announcement_set_title (announcement, title);
  emb_announcement_set_audience (announcement, audience);
  emb_announcement_set_needs_ack (announcement, needs_ack);
  g_assert_true (emb_announcement_store_save (db, announcement,
                                              ids, audience == EMB_AUDIENCE_DEPARTMENTS ? 1 : 0,
                                              ids, audience == EMB_AUDIENCE_ROLES ? 1 : 0,
                                              &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (announcement));
  if (published)
    {
      g_assert_true (emb_announcement_store_publish (db, id, &error));
      g_assert_no_error (error);
    }
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  f->sales = emb_test_add_department (f->db, "Sales");
  f->support = emb_test_add_department (f->db, "Support");
  f->cashier = emb_test_add_role (f->db, f->sales, "Cashier");
  f->agent = emb_test_add_role (f->db, f->support, "Agent");
  f->till = add_touchpoint (f->db, "Till", f->cashier);
  f->hotline = add_touchpoint (f->db, "Hotline", f->agent);
  f->anna = emb_test_add_employee (f->db, "E1", "Anna", 0, f->cashier, TRUE);
  f->bert = emb_test_add_employee (f->db, "E2", "Bert", 0, f->agent, TRUE);
  f->carl = emb_test_add_employee (f->db, "E3", "Carl", f->support, 0, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

static gint64
count_acks (EmbDatabase *db)
{
  return _emb_database_count (db, "SELECT count(*) FROM acknowledgement");
}

static void
test_promise_audience (Fixture       *f,
                       gconstpointer  data)
{
  gint64 till_version = emb_test_add_published_promise (f->db, "A receipt with every sale", &f->till, 1);
  gint64 open_version = emb_test_add_published_promise (f->db, "We say hello", NULL, 0);
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Anna works at the till. */
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, till_version, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_has_acknowledged (f->db, f->anna,
                                                             EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                             till_version));
  g_assert_cmpint (_emb_database_count (f->db,
                                        "SELECT count(*) FROM acknowledgement"
                                        " WHERE promise_version_id IS NOT NULL"
                                        " AND announcement_id IS NULL AND value_set_id IS NULL"
                                        " AND acknowledged_at <> ''"),
                   ==, 1);
  g_assert_cmpuint (changes->events->len, ==, 1);
  g_assert_cmpint (g_array_index (changes->events, EmbTestChange, 0).kind, ==,
                   EMB_RECORD_KIND_ACKNOWLEDGEMENT);
  g_assert_cmpint (g_array_index (changes->events, EmbTestChange, 0).change, ==, EMB_CHANGE_CREATED);

  /* Bert (agent) and Carl (no role) are not responsible for the till. */
  before = emb_test_dump (f->db);
  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->bert, till_version, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);
  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->carl, till_version, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);
  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (emb_acknowledgement_store_has_acknowledged (f->db, f->bert,
                                                              EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                              till_version));

  /* A promise made nowhere in particular addresses everyone. */
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->bert, open_version, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->carl, open_version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_acks (f->db), ==, 3);
}

static void
test_promise_state (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(EmbPromise) promise = emb_promise_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id, v1, v2;

  emb_promise_set_statement (promise, "First wording");
  g_assert_true (emb_promise_store_save (f->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (promise));
  v1 = emb_promise_get_draft_version_id (promise);

  before = emb_test_dump (f->db);

  /* A draft is not acknowledged. */
  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, v1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "promise-version");
  g_clear_error (&error);

  /* Nor a version that does not exist. */
  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, v1 + 100, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "promise-version");
  g_clear_error (&error);

  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);

  /* Published: fine. Superseded by version 2: no longer. */
  g_assert_true (emb_promise_store_publish (f->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, v1, &error));
  g_assert_no_error (error);

  emb_promise_set_statement (promise, "Second wording");
  g_assert_true (emb_promise_store_save (f->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  v2 = emb_promise_get_draft_version_id (promise);
  g_assert_true (emb_promise_store_publish (f->db, id, &error));
  g_assert_no_error (error);

  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->bert, v1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "promise-version");
  g_clear_error (&error);

  /* Anna's acknowledgement of version 1 is kept; version 2 is new to her. */
  g_assert_true (emb_acknowledgement_store_has_acknowledged (f->db, f->anna,
                                                             EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, v1));
  g_assert_false (emb_acknowledgement_store_has_acknowledged (f->db, f->anna,
                                                              EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, v2));
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, v2, &error));
  g_assert_no_error (error);

  /* Retired: no longer acknowledged either. */
  g_assert_true (emb_promise_store_retire (f->db, id, &error));
  g_assert_no_error (error);
  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->bert, v2, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "promise-version");
  g_assert_cmpint (count_acks (f->db), ==, 2);
}

static void
test_idempotent (Fixture       *f,
                 gconstpointer  data)
{
  gint64 version = emb_test_add_published_promise (f->db, "Always", NULL, 0);
  gint64 announcement = add_announcement (f->db, "News", EMB_AUDIENCE_EVERYONE, NULL, TRUE, TRUE);
  gint64 values = add_value_set (f->db, "2020-01-01T00:00:00.000Z", "Our values, 2026");
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, version, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, announcement, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_values (f->db, f->anna, values, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_acks (f->db), ==, 3);

  before = emb_test_dump (f->db);
  changes = emb_test_changes_watch (f->db);

  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, version, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, announcement, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_values (f->db, f->anna, values, &error));
  g_assert_no_error (error);

  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);

  /* Someone else's acknowledgement is their own. */
  g_assert_false (emb_acknowledgement_store_has_acknowledged (f->db, f->bert,
                                                              EMB_ACKNOWLEDGEMENT_ITEM_VALUES, values));
  g_assert_true (emb_acknowledgement_store_acknowledge_values (f->db, f->bert, values, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_acks (f->db), ==, 4);
}

static void
test_employee_checks (Fixture       *f,
                      gconstpointer  data)
{
  gint64 version = emb_test_add_published_promise (f->db, "Always", NULL, 0);
  gint64 values = add_value_set (f->db, "2020-01-01T00:00:00.000Z", "");
  gint64 ids[1];
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  ids[0] = f->anna;
  g_assert_true (emb_people_store_set_employees_active (f->db, ids, 1, FALSE, &error));
  g_assert_no_error (error);
  before = emb_test_dump (f->db);

  g_assert_false (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, version, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "employee");
  g_clear_error (&error);
  g_assert_false (emb_acknowledgement_store_acknowledge_values (f->db, f->anna, values, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "employee");
  g_clear_error (&error);

  g_assert_false (emb_acknowledgement_store_acknowledge_values (f->db, f->anna + 100, values, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "employee");
  g_clear_error (&error);
  g_assert_false (emb_acknowledgement_store_acknowledge_values (f->db, 0, values, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "employee");
  g_clear_error (&error);

  g_assert_false (emb_acknowledgement_store_acknowledge_values (f->db, f->bert, values + 100, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "value-set");
  g_clear_error (&error);

  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_announcement_rules (Fixture       *f,
                         gconstpointer  data)
{
  gint64 draft = add_announcement (f->db, "Not yet", EMB_AUDIENCE_EVERYONE, NULL, TRUE, FALSE);
  gint64 fyi = add_announcement (f->db, "Just so you know", EMB_AUDIENCE_EVERYONE, NULL, FALSE, TRUE);
  gint64 to_support = add_announcement (f->db, "Support rota", EMB_AUDIENCE_DEPARTMENTS,
                                        &f->support, TRUE, TRUE);
  gint64 to_cashiers = add_announcement (f->db, "New tills", EMB_AUDIENCE_ROLES,
                                         &f->cashier, TRUE, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (f->db);
  g_autofree char *after = NULL;

  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, draft, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "announcement");
  g_clear_error (&error);

  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, fyi, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "announcement");
  g_clear_error (&error);

  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, to_cashiers + 100,
                                                                      &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "announcement");
  g_clear_error (&error);

  /* Anna is in Sales, not Support; Bert and Carl are not cashiers. */
  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, to_support, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);
  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->bert, to_cashiers, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);
  g_assert_false (emb_acknowledgement_store_acknowledge_announcement (f->db, f->carl, to_cashiers, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);

  after = emb_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);

  /* Bert (agent, so in Support) and Carl (Support, no role) are addressed. */
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->bert, to_support, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->carl, to_support, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, to_cashiers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_acks (f->db), ==, 3);
  g_assert_true (emb_acknowledgement_store_has_acknowledged (f->db, f->carl,
                                                             EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT,
                                                             to_support));
}

typedef struct
{
  EmbAcknowledgementItem kind;
  gint64                 item_id;
} Pending;

static void
assert_pending (EmbDatabase   *db,
                gint64         employee_id,
                const Pending *expected,
                guint          n_expected)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  list = emb_acknowledgement_store_list_pending (db, employee_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(EmbPendingItem) item = g_list_model_get_item (list, i);

      g_assert_cmpint (emb_pending_item_get_kind (item), ==, expected[i].kind);
      g_assert_cmpint (emb_pending_item_get_item_id (item), ==, expected[i].item_id);
      g_assert_nonnull (emb_pending_item_get_published_at (item));
    }
}

static void
test_pending (Fixture       *f,
              gconstpointer  data)
{
  gint64 old_values = add_value_set (f->db, "2019-01-01T00:00:00.000Z", "Old values");
  gint64 values = add_value_set (f->db, "2020-01-01T00:00:00.000Z", "");
  gint64 till_version, hotline_version, open_version;
  gint64 to_all, to_support, to_cashiers;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(EmbPendingItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[1];

  /* Published in this order, a little apart: the newest comes first. */
  till_version = emb_test_add_published_promise (f->db, "A receipt with every sale", &f->till, 1);
  g_usleep (3000);
  hotline_version = emb_test_add_published_promise (f->db, "No hold music", &f->hotline, 1);
  g_usleep (3000);
  open_version = emb_test_add_published_promise (f->db, "We say hello", NULL, 0);
  g_usleep (3000);
  to_all = add_announcement (f->db, "Summer party", EMB_AUDIENCE_EVERYONE, NULL, TRUE, TRUE);
  g_usleep (3000);
  add_announcement (f->db, "FYI only", EMB_AUDIENCE_EVERYONE, NULL, FALSE, TRUE);
  add_announcement (f->db, "Draft", EMB_AUDIENCE_EVERYONE, NULL, TRUE, FALSE);
  to_support = add_announcement (f->db, "Support rota", EMB_AUDIENCE_DEPARTMENTS,
                                 &f->support, TRUE, TRUE);
  g_usleep (3000);
  to_cashiers = add_announcement (f->db, "New tills", EMB_AUDIENCE_ROLES, &f->cashier, TRUE, TRUE);

  {
    /* Only the newest values, the till but not the hotline. */
    Pending expected[] = {
      { EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, to_cashiers },
      { EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, to_all },
      { EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, open_version },
      { EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, till_version },
      { EMB_ACKNOWLEDGEMENT_ITEM_VALUES, values },
    };
    assert_pending (f->db, f->anna, expected, G_N_ELEMENTS (expected));
  }
  {
    Pending expected[] = {
      { EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, to_support },
      { EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, to_all },
      { EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, open_version },
      { EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, hotline_version },
      { EMB_ACKNOWLEDGEMENT_ITEM_VALUES, values },
    };
    assert_pending (f->db, f->bert, expected, G_N_ELEMENTS (expected));
  }

  /* What each item says. */
  list = emb_acknowledgement_store_list_pending (f->db, f->anna, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (list, 3);
  g_assert_cmpstr (emb_pending_item_get_title (item), ==, "A receipt with every sale");
  g_assert_cmpint (emb_pending_item_get_promise_id (item), >, 0);
  g_clear_object (&item);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpstr (emb_pending_item_get_title (item), ==, "New tills");
  g_assert_cmpint (emb_pending_item_get_promise_id (item), ==, 0);
  g_clear_object (&item);
  item = g_list_model_get_item (list, 4);
  g_assert_cmpstr (emb_pending_item_get_title (item), !=, "");

  /* Acknowledged items leave the list. */
  g_assert_true (emb_acknowledgement_store_acknowledge_announcement (f->db, f->anna, to_cashiers, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->anna, till_version, &error));
  g_assert_no_error (error);
  g_assert_true (emb_acknowledgement_store_acknowledge_values (f->db, f->anna, values, &error));
  g_assert_no_error (error);
  {
    Pending expected[] = {
      { EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, to_all },
      { EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, open_version },
    };
    assert_pending (f->db, f->anna, expected, G_N_ELEMENTS (expected));
  }

  /* Acknowledging old values does not ask for the new ones. */
  g_assert_true (emb_acknowledgement_store_acknowledge_values (f->db, f->bert, old_values, &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = emb_acknowledgement_store_list_pending (f->db, f->bert, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);

  /* Nothing for someone who left; an error for someone unknown. */
  ids[0] = f->bert;
  g_assert_true (emb_people_store_set_employees_active (f->db, ids, 1, FALSE, &error));
  g_assert_no_error (error);
  assert_pending (f->db, f->bert, NULL, 0);

  g_clear_object (&list);
  list = emb_acknowledgement_store_list_pending (f->db, f->bert + 100, &error);
  g_assert_null (list);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add ("/store/acknowledgements/promise-audience", Fixture, NULL,
              fixture_set_up, test_promise_audience, fixture_tear_down);
  g_test_add ("/store/acknowledgements/promise-state", Fixture, NULL,
              fixture_set_up, test_promise_state, fixture_tear_down);
  g_test_add ("/store/acknowledgements/idempotent", Fixture, NULL,
              fixture_set_up, test_idempotent, fixture_tear_down);
  g_test_add ("/store/acknowledgements/employee-checks", Fixture, NULL,
              fixture_set_up, test_employee_checks, fixture_tear_down);
  g_test_add ("/store/acknowledgements/announcement-rules", Fixture, NULL,
              fixture_set_up, test_announcement_rules, fixture_tear_down);
  g_test_add ("/store/acknowledgements/pending", Fixture, NULL,
              fixture_set_up, test_pending, fixture_tear_down);

  return g_test_run ();
}
