/* test-promise-store.c: brand promises, their versions and workflow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-database-private.h"
#include "emb-promise-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"

/* Journey records are saved directly: the journey store is not needed here. */
static EmbPromise *
make_promise (const char *statement,
              const char *expectation)
{
  EmbPromise *promise = emb_promise_new ();

  emb_promise_set_statement (promise, statement);
  emb_promise_set_customer_expectation (promise, expectation);
  return promise;
}

static EmbPromise *
add_promise (EmbDatabase  *db,
             const char   *statement,
             const gint64 *touchpoints,
             guint         n_touchpoints)
{
  EmbPromise *promise = make_promise (statement, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_promise_store_save (db, promise, touchpoints, n_touchpoints, &error));
  g_assert_no_error (error);
  return promise;
}

static void
publish (EmbDatabase *db,
         gint64       id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_promise_store_publish (db, id, &error));
  g_assert_no_error (error);
}

static EmbPromiseVersion *
version_at (GListModel *versions,
            guint       position)
{
  return g_list_model_get_item (versions, position);
}

static void
test_create_draft (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  gint64 stage = emb_test_add_stage_at (tdb->db, "Buying", 1);
  gint64 late = emb_test_add_touchpoint_at (tdb->db, stage, "Checkout", 2);
  gint64 early = emb_test_add_touchpoint_at (tdb->db, stage, "Shop floor", 1);
  gint64 touchpoints[] = { late, early, late };
  gint64 expected[] = { early, late };
  g_autoptr(EmbPromise) promise = make_promise ("We answer every question the same day.",
                                                "An answer before closing time");
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(EmbPromiseVersion) v1 = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* Whatever status the caller sets, a new promise starts as a draft. */
  emb_promise_set_status (promise, EMB_PROMISE_STATUS_PUBLISHED);
  g_assert_true (emb_promise_store_save (tdb->db, promise, touchpoints, 3, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (promise));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (emb_promise_get_status (promise), ==, EMB_PROMISE_STATUS_DRAFT);
  g_assert_cmpint (emb_promise_get_version_number (promise), ==, 1);
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), >, 0);
  g_assert_cmpint (emb_promise_get_published_version_id (promise), ==, 0);
  g_assert_null (emb_promise_get_published_at (promise));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_CREATED, id));

  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_promise_get_statement (loaded), ==, "We answer every question the same day.");
  g_assert_cmpstr (emb_promise_get_customer_expectation (loaded), ==, "An answer before closing time");
  g_assert_cmpint (emb_promise_get_status (loaded), ==, EMB_PROMISE_STATUS_DRAFT);
  g_assert_cmpint (emb_promise_get_draft_version_id (loaded), ==,
                   emb_promise_get_draft_version_id (promise));

  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  v1 = version_at (versions, 0);
  g_assert_cmpint (emb_promise_version_get_number (v1), ==, 1);
  g_assert_cmpint (emb_promise_version_get_promise_id (v1), ==, id);
  g_assert_cmpint (emb_promise_version_get_state (v1), ==, EMB_PROMISE_VERSION_STATE_DRAFT);
  g_assert_null (emb_promise_version_get_published_at (v1));

  /* Touchpoints each once, in journey order. */
  ids = emb_promise_store_get_touchpoints (tdb->db, emb_record_get_id (EMB_RECORD (v1)));
  emb_test_assert_ids (ids, expected, 2);

  g_assert_cmpint (emb_promise_store_count_published (tdb->db), ==, 0);

  /* A promise that does not exist. */
  g_clear_object (&loaded);
  loaded = emb_promise_store_get (tdb->db, id + 100, &error);
  g_assert_null (loaded);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_edit_draft (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage_at (tdb->db, "Service", 1);
  gint64 tp1 = emb_test_add_touchpoint_at (tdb->db, stage, "Phone", 1);
  gint64 tp2 = emb_test_add_touchpoint_at (tdb->db, stage, "Chat", 2);
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "First wording", &tp1, 1);
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 draft = emb_promise_get_draft_version_id (promise);

  emb_promise_set_statement (promise, "Second wording");
  emb_promise_set_position (promise, 7);
  g_assert_true (emb_promise_store_save (tdb->db, promise, &tp2, 1, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_UPDATED, id));

  /* The same draft, rewritten. */
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), ==, draft);
  g_assert_cmpint (emb_promise_get_version_number (promise), ==, 1);
  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);

  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_promise_get_statement (loaded), ==, "Second wording");
  g_assert_cmpstr (emb_promise_get_customer_expectation (loaded), ==, "");
  g_assert_cmpint (emb_promise_get_position (loaded), ==, 7);
  ids = emb_promise_store_get_touchpoints (tdb->db, draft);
  emb_test_assert_ids (ids, &tp2, 1);
}

static void
test_publish (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "Fair prices, no surprises", NULL, 0);
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(EmbPromiseVersion) v1 = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 v1_id = emb_promise_get_draft_version_id (promise);

  publish (tdb->db, id);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_UPDATED, id));

  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_status (loaded), ==, EMB_PROMISE_STATUS_PUBLISHED);
  g_assert_cmpint (emb_promise_get_published_version_id (loaded), ==, v1_id);
  g_assert_cmpint (emb_promise_get_draft_version_id (loaded), ==, 0);
  g_assert_cmpint (emb_promise_get_version_number (loaded), ==, 1);
  g_assert_nonnull (emb_promise_get_published_at (loaded));

  v1 = emb_promise_store_get_version (tdb->db, v1_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_version_get_state (v1), ==, EMB_PROMISE_VERSION_STATE_PUBLISHED);
  g_assert_cmpstr (emb_promise_version_get_published_at (v1), ==,
                   emb_promise_get_published_at (loaded));
  g_assert_cmpint (emb_promise_store_count_published (tdb->db), ==, 1);
}

static void
test_edit_published_creates_version (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage_at (tdb->db, "Service", 1);
  gint64 tp1 = emb_test_add_touchpoint_at (tdb->db, stage, "Phone", 1);
  gint64 tp2 = emb_test_add_touchpoint_at (tdb->db, stage, "Chat", 2);
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "We call back within an hour.", &tp1, 1);
  g_autoptr(EmbPromiseVersion) v1_before = NULL;
  g_autoptr(EmbPromiseVersion) v1_after = NULL;
  g_autoptr(EmbPromiseVersion) v2 = NULL;
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GArray) v1_touchpoints = NULL;
  g_autoptr(GArray) v2_touchpoints = NULL;
  g_autoptr(GError) error = NULL;
  gint64 both[2];
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 v1_id = emb_promise_get_draft_version_id (promise);
  gint64 v2_id;

  both[0] = tp1;
  both[1] = tp2;
  publish (tdb->db, id);
  v1_before = emb_promise_store_get_version (tdb->db, v1_id, &error);
  g_assert_no_error (error);

  g_clear_object (&promise);
  promise = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  emb_promise_set_statement (promise, "We call back within 30 minutes.");
  g_assert_true (emb_promise_store_save (tdb->db, promise, both, 2, &error));
  g_assert_no_error (error);

  /* Version 2 is a draft; version 1 stays in force, untouched. */
  v2_id = emb_promise_get_draft_version_id (promise);
  g_assert_cmpint (v2_id, >, 0);
  g_assert_cmpint (v2_id, !=, v1_id);
  g_assert_cmpint (emb_promise_get_version_number (promise), ==, 2);
  g_assert_cmpint (emb_promise_get_published_version_id (promise), ==, v1_id);
  g_assert_cmpint (emb_promise_get_status (promise), ==, EMB_PROMISE_STATUS_PUBLISHED);
  g_assert_cmpstr (emb_promise_get_statement (promise), ==, "We call back within 30 minutes.");

  v1_after = emb_promise_store_get_version (tdb->db, v1_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_version_get_state (v1_after), ==, EMB_PROMISE_VERSION_STATE_PUBLISHED);
  g_assert_cmpstr (emb_promise_version_get_statement (v1_after), ==, "We call back within an hour.");
  g_assert_cmpstr (emb_promise_version_get_published_at (v1_after), ==,
                   emb_promise_version_get_published_at (v1_before));
  g_assert_cmpstr (emb_record_get_updated_at (EMB_RECORD (v1_after)), ==,
                   emb_record_get_updated_at (EMB_RECORD (v1_before)));
  v1_touchpoints = emb_promise_store_get_touchpoints (tdb->db, v1_id);
  emb_test_assert_ids (v1_touchpoints, &tp1, 1);
  v2_touchpoints = emb_promise_store_get_touchpoints (tdb->db, v2_id);
  emb_test_assert_ids (v2_touchpoints, both, 2);

  /* Saving again edits version 2, not a third one. */
  emb_promise_set_statement (promise, "We call back within 20 minutes.");
  g_assert_true (emb_promise_store_save (tdb->db, promise, both, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), ==, v2_id);

  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  v2 = version_at (versions, 0);
  g_assert_cmpint (emb_promise_version_get_number (v2), ==, 2);
  g_assert_cmpstr (emb_promise_version_get_statement (v2), ==, "We call back within 20 minutes.");
  g_assert_cmpint (emb_promise_version_get_state (v2), ==, EMB_PROMISE_VERSION_STATE_DRAFT);
  g_assert_cmpint (emb_promise_store_count_published (tdb->db), ==, 1);

  /* The published version is what the promise publishes (its date). */
  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_promise_get_published_at (loaded), ==,
                   emb_promise_version_get_published_at (v1_before));
}

static void
test_publish_supersedes (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "Version one", NULL, 0);
  g_autoptr(EmbPromiseVersion) v1 = NULL;
  g_autoptr(EmbPromiseVersion) v2 = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 v1_id = emb_promise_get_draft_version_id (promise);
  gint64 v2_id;

  publish (tdb->db, id);
  emb_promise_set_statement (promise, "Version two");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  v2_id = emb_promise_get_draft_version_id (promise);

  changes = emb_test_changes_watch (tdb->db);
  publish (tdb->db, id);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_UPDATED, id));

  v1 = emb_promise_store_get_version (tdb->db, v1_id, &error);
  g_assert_no_error (error);
  v2 = emb_promise_store_get_version (tdb->db, v2_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_version_get_state (v1), ==, EMB_PROMISE_VERSION_STATE_SUPERSEDED);
  g_assert_cmpstr (emb_promise_version_get_statement (v1), ==, "Version one");
  g_assert_cmpint (emb_promise_version_get_state (v2), ==, EMB_PROMISE_VERSION_STATE_PUBLISHED);
  g_assert_nonnull (emb_promise_version_get_published_at (v2));

  g_clear_object (&promise);
  promise = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_published_version_id (promise), ==, v2_id);
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), ==, 0);
  g_assert_cmpint (emb_promise_get_version_number (promise), ==, 2);
  g_assert_cmpstr (emb_promise_get_statement (promise), ==, "Version two");
  g_assert_cmpint (emb_promise_store_count_published (tdb->db), ==, 1);

  /* A third version gets number 3. */
  emb_promise_set_statement (promise, "Version three");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_version_number (promise), ==, 3);
}

static void
test_reorder_published_keeps_version (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage_at (tdb->db, "Service", 1);
  gint64 tp = emb_test_add_touchpoint_at (tdb->db, stage, "Desk", 1);
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "Same text", &tp, 1);
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));

  publish (tdb->db, id);
  g_clear_object (&promise);
  promise = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);

  /* Only the position changes: no new version. */
  emb_promise_set_position (promise, 3);
  g_assert_true (emb_promise_store_save (tdb->db, promise, &tp, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), ==, 0);
  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  g_clear_object (&promise);
  promise = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_position (promise), ==, 3);

  /* Other touchpoints are a change. */
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), >, 0);
  g_assert_cmpint (emb_promise_get_version_number (promise), ==, 2);
}

static void
test_retire (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "Old promise", NULL, 0);
  g_autoptr(EmbPromiseVersion) v1 = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 v1_id = emb_promise_get_draft_version_id (promise);

  publish (tdb->db, id);
  emb_promise_set_statement (promise, "A draft that will go");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);

  changes = emb_test_changes_watch (tdb->db);
  g_assert_true (emb_promise_store_retire (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_UPDATED, id));

  g_clear_object (&promise);
  promise = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_status (promise), ==, EMB_PROMISE_STATUS_RETIRED);
  g_assert_nonnull (emb_promise_get_retired_at (promise));
  g_assert_cmpint (emb_promise_get_draft_version_id (promise), ==, 0);
  g_assert_cmpint (emb_promise_get_published_version_id (promise), ==, 0);
  g_assert_cmpstr (emb_promise_get_statement (promise), ==, "Old promise");
  g_assert_cmpint (emb_promise_store_count_published (tdb->db), ==, 0);

  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  v1 = version_at (versions, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (v1)), ==, v1_id);
  g_assert_cmpint (emb_promise_version_get_state (v1), ==, EMB_PROMISE_VERSION_STATE_RETIRED);
  g_assert_nonnull (emb_promise_version_get_published_at (v1));

  /* Nothing more can happen to a retired promise. */
  before = emb_test_dump (tdb->db);

  emb_promise_set_statement (promise, "Revived");
  g_assert_false (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (promise)), ==, id);

  g_assert_false (emb_promise_store_publish (tdb->db, id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  g_assert_false (emb_promise_store_retire (tdb->db, id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  g_assert_false (emb_promise_store_discard_draft (tdb->db, id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  g_assert_false (emb_promise_store_delete (tdb->db, id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refused_transitions (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) draft = add_promise (tdb->db, "Never published", NULL, 0);
  g_autoptr(EmbPromise) published = add_promise (tdb->db, "In force", NULL, 0);
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 draft_id = emb_record_get_id (EMB_RECORD (draft));
  gint64 published_id = emb_record_get_id (EMB_RECORD (published));

  publish (tdb->db, published_id);
  before = emb_test_dump (tdb->db);
  changes = emb_test_changes_watch (tdb->db);

  /* Publishing needs a draft. */
  g_assert_false (emb_promise_store_publish (tdb->db, published_id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  /* Only a published promise is retired. */
  g_assert_false (emb_promise_store_retire (tdb->db, draft_id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  /* A never-published promise is deleted, not discarded. */
  g_assert_false (emb_promise_store_discard_draft (tdb->db, draft_id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  /* No draft to discard. */
  g_assert_false (emb_promise_store_discard_draft (tdb->db, published_id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  /* A published promise is retired, not deleted. */
  g_assert_false (emb_promise_store_delete (tdb->db, published_id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "status");
  g_clear_error (&error);

  /* Promises that do not exist. */
  g_assert_false (emb_promise_store_publish (tdb->db, published_id + 100, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_promise_store_delete (tdb->db, published_id + 100, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->events->len, ==, 0);
}

static void
test_discard_draft (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "Kept", NULL, 0);
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 v1_id = emb_promise_get_draft_version_id (promise);

  publish (tdb->db, id);
  emb_promise_set_statement (promise, "Second thoughts");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);

  changes = emb_test_changes_watch (tdb->db);
  g_assert_true (emb_promise_store_discard_draft (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_UPDATED, id));

  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_promise_get_statement (loaded), ==, "Kept");
  g_assert_cmpint (emb_promise_get_draft_version_id (loaded), ==, 0);
  g_assert_cmpint (emb_promise_get_published_version_id (loaded), ==, v1_id);
  g_assert_cmpint (emb_promise_get_version_number (loaded), ==, 1);
  g_assert_cmpint (emb_promise_get_status (loaded), ==, EMB_PROMISE_STATUS_PUBLISHED);
  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
}

static void
test_delete (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage_at (tdb->db, "Service", 1);
  gint64 tp = emb_test_add_touchpoint_at (tdb->db, stage, "Desk", 1);
  g_autoptr(EmbPromise) promise = add_promise (tdb->db, "Short-lived", &tp, 1);
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GArray) touchpoints = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 v1_id = emb_promise_get_draft_version_id (promise);

  g_assert_true (emb_promise_store_delete (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_DELETED, id));

  versions = emb_promise_store_list_versions (tdb->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);
  touchpoints = emb_promise_store_get_touchpoints (tdb->db, v1_id);
  g_assert_cmpuint (touchpoints->len, ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM promise_version_touchpoint"),
                   ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM touchpoint"), ==, 1);
}

static void
test_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 stage = emb_test_add_stage_at (tdb->db, "Service", 1);
  gint64 tp = emb_test_add_touchpoint_at (tdb->db, stage, "Desk", 1);
  gint64 bad[2];
  g_autoptr(EmbPromise) existing = add_promise (tdb->db, "Existing", NULL, 0);
  g_autoptr(EmbPromise) promise = emb_promise_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  g_autofree char *long_statement = g_strnfill (EMB_MAX_PROMISE_STATEMENT + 1, 'a');
  g_autofree char *long_expectation = g_strnfill (20001, 'b');
  g_autofree char *max_statement = NULL;

  bad[0] = tp;
  bad[1] = tp + 100;

  g_assert_false (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "statement");
  g_clear_error (&error);

  emb_promise_set_statement (promise, "   ");
  g_assert_false (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "statement");
  g_clear_error (&error);

  emb_promise_set_statement (promise, long_statement);
  g_assert_false (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "statement");
  g_clear_error (&error);

  emb_promise_set_statement (promise, "Fine");
  emb_promise_set_customer_expectation (promise, long_expectation);
  g_assert_false (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "customer-expectation");
  g_clear_error (&error);

  emb_promise_set_customer_expectation (promise, NULL);
  g_assert_false (emb_promise_store_save (tdb->db, promise, bad, 2, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoints");
  g_clear_error (&error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (promise)), ==, 0);

  /* Editing an existing promise is checked the same way. */
  emb_promise_set_statement (existing, "");
  g_assert_false (emb_promise_store_save (tdb->db, existing, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "statement");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);

  /* Exactly the longest statement, in characters, not bytes. */
  max_statement = g_strnfill (EMB_MAX_PROMISE_STATEMENT, 'x');
  emb_promise_set_statement (promise, max_statement);
  g_assert_true (emb_promise_store_save (tdb->db, promise, &tp, 1, &error));
  g_assert_no_error (error);

  g_clear_object (&promise);
  promise = make_promise ("Zażółć gęślą jaźń — obietnica", NULL);
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
}

/* The link: where to read more, kept with the promise, not a version. */
static void
test_link (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) promise = make_promise ("We answer every letter within a week.", NULL);
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *longest = NULL;
  gint64 id;

  emb_promise_set_link (promise, "https://harbour.example/promises/letters?lang=en#why");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (promise));
  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_promise_get_link (loaded), ==,
                   "https://harbour.example/promises/letters?lang=en#why");
  g_clear_object (&loaded);

  /* A new link for the promise in force starts no draft: staff acknowledge
   * the statement, not where to read more. */
  publish (tdb->db, id);
  g_clear_object (&promise);
  promise = emb_promise_store_get (tdb->db, id, &error);
  emb_promise_set_link (promise, "http://intranet.harbour.example/letters");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_cmpstr (emb_promise_get_link (loaded), ==, "http://intranet.harbour.example/letters");
  g_assert_cmpint (emb_promise_get_draft_version_id (loaded), ==, 0);
  g_assert_cmpint (emb_promise_get_version_number (loaded), ==, 1);
  g_clear_object (&loaded);

  /* Exactly the longest link, then none. */
  longest = g_strconcat ("https://harbour.example/", NULL);
  while (strlen (longest) < 2000)
    {
      g_autofree char *shorter = g_steal_pointer (&longest);

      longest = g_strconcat (shorter, "a", NULL);
    }
  emb_promise_set_link (promise, longest);
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  emb_promise_set_link (promise, "");
  g_assert_true (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  g_assert_no_error (error);
  loaded = emb_promise_store_get (tdb->db, id, &error);
  g_assert_cmpstr (emb_promise_get_link (loaded), ==, "");
}

/* A link that is no web address, or is too long, is refused with a message
 * that names the field and says what is allowed; nothing is written. */
static void
test_link_validation (void)
{
  static const struct
  {
    const char *link;
    int         code;
    const char *message;
  } bad[] = {
    { "harbour.example/promises", EMB_VALIDATION_ERROR_INVALID,
      "“Link” must be a web address that starts with https:// or http://, such as "
      "https://example.com/more, not “harbour.example/promises”." },
    { "ftp://harbour.example/promises.pdf", EMB_VALIDATION_ERROR_INVALID, "not “ftp://" },
    { "javascript:alert(1)", EMB_VALIDATION_ERROR_INVALID, "not “javascript:alert(1)”" },
    { "https://", EMB_VALIDATION_ERROR_INVALID, "not “https://”" },
    { "https://harbour.example/our promises", EMB_VALIDATION_ERROR_INVALID, "https://" },
    { " https://harbour.example/", EMB_VALIDATION_ERROR_INVALID, "https://" },
    { "https://harbour.example/%zz", EMB_VALIDATION_ERROR_INVALID, "https://" },
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbPromise) existing = add_promise (tdb->db, "Existing", NULL, 0);
  g_autoptr(EmbPromise) promise = make_promise ("New", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;
  g_autofree char *too_long = g_strconcat ("https://harbour.example/", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      EmbPromise *each[] = { promise, existing };

      for (guint p = 0; p < G_N_ELEMENTS (each); p++)
        {
          emb_promise_set_link (each[p], bad[i].link);
          g_assert_false (emb_promise_store_save (tdb->db, each[p], NULL, 0, &error));
          emb_test_assert_field_error (error, bad[i].code, "link");
          if (strstr (error->message, bad[i].message) == NULL)
            g_error ("“%s” does not contain “%s”", error->message, bad[i].message);
          g_clear_error (&error);
        }
    }

  while (g_utf8_strlen (too_long, -1) <= 2000)
    {
      g_autofree char *shorter = g_steal_pointer (&too_long);

      too_long = g_strconcat (shorter, "ż", NULL);
    }
  emb_promise_set_link (promise, too_long);
  g_assert_false (emb_promise_store_save (tdb->db, promise, NULL, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "link");
  g_assert_nonnull (strstr (error->message, "“Link” is too long: 2001 characters, at most 2000"));
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (promise)), ==, 0);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static guint
count_matches (EmbDatabase            *db,
               const EmbPromiseFilter *filter)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  list = emb_promise_store_list (db, filter, &error);
  g_assert_no_error (error);
  g_assert_nonnull (list);
  return g_list_model_get_n_items (list);
}

static void
assert_list (EmbDatabase            *db,
             const EmbPromiseFilter *filter,
             EmbPromise            **expected,
             guint                   n_expected)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  list = emb_promise_store_list (db, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(EmbPromise) item = g_list_model_get_item (list, i);

      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), ==,
                       emb_record_get_id (EMB_RECORD (expected[i])));
      g_assert_cmpstr (emb_promise_get_statement (item), ==,
                       emb_promise_get_statement (expected[i]));
    }
}

static void
test_filters (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 buying = emb_test_add_stage_at (tdb->db, "Buying", 1);
  gint64 after_sale = emb_test_add_stage_at (tdb->db, "After sale", 2);
  gint64 shop = emb_test_add_touchpoint_at (tdb->db, buying, "Shop", 1);
  gint64 web = emb_test_add_touchpoint_at (tdb->db, buying, "Web shop", 2);
  gint64 returns = emb_test_add_touchpoint_at (tdb->db, after_sale, "Returns desk", 1);
  g_autoptr(EmbPromise) a = NULL;
  g_autoptr(EmbPromise) b = NULL;
  g_autoptr(EmbPromise) c = NULL;
  g_autoptr(GError) error = NULL;
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;

  a = make_promise ("Refunds without questions", "Money back in 3 days");
  emb_promise_set_position (a, 2);
  g_assert_true (emb_promise_store_save (tdb->db, a, &returns, 1, &error));
  g_assert_no_error (error);
  b = make_promise ("Friendly advice in the shop", "Someone helps within 2 minutes");
  emb_promise_set_position (b, 1);
  g_assert_true (emb_promise_store_save (tdb->db, b, &shop, 1, &error));
  g_assert_no_error (error);
  c = make_promise ("Prices 100% clear", "No_hidden fees");
  emb_promise_set_position (c, 2);
  g_assert_true (emb_promise_store_save (tdb->db, c, NULL, 0, &error));
  g_assert_no_error (error);
  publish (tdb->db, emb_record_get_id (EMB_RECORD (a)));
  publish (tdb->db, emb_record_get_id (EMB_RECORD (c)));

  /* Everything, by position then id. */
  {
    EmbPromise *expected[] = { b, a, c };
    assert_list (tdb->db, NULL, expected, 3);
    assert_list (tdb->db, &filter, expected, 3);
  }

  filter.status = EMB_PROMISE_STATUS_PUBLISHED;
  {
    EmbPromise *expected[] = { a, c };
    assert_list (tdb->db, &filter, expected, 2);
  }
  filter.status = EMB_PROMISE_STATUS_DRAFT;
  {
    EmbPromise *expected[] = { b };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.status = EMB_PROMISE_STATUS_RETIRED;
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  filter.status = -1;

  filter.touchpoint_id = shop;
  {
    EmbPromise *expected[] = { b };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.touchpoint_id = web;
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  filter.touchpoint_id = 0;

  filter.stage_id = after_sale;
  {
    EmbPromise *expected[] = { a };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.stage_id = buying;
  filter.status = EMB_PROMISE_STATUS_PUBLISHED;
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  filter.status = -1;
  filter.stage_id = 0;

  /* Search: statement or expectation, every word, any case. */
  filter.search = "refunds";
  {
    EmbPromise *expected[] = { a };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.search = "MINUTES";
  {
    EmbPromise *expected[] = { b };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.search = "friendly minutes";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 1);
  filter.search = "friendly refunds";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  /* Punctuation separates words; a search without words matches all. */
  filter.search = "%";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 3);
  filter.search = "100%";
  {
    EmbPromise *expected[] = { c };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.search = "no_hidden";
  {
    EmbPromise *expected[] = { c };
    assert_list (tdb->db, &filter, expected, 1);
  }
  filter.search = "'; DROP TABLE promise; --";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  g_assert_cmpuint (count_matches (tdb->db, NULL), ==, 3);

  /* A new draft of a: its draft and the version in force both match;
   * superseded wording does not. */
  emb_promise_set_statement (a, "Refunds on the spot");
  g_assert_true (emb_promise_store_save (tdb->db, a, &shop, 1, &error));
  g_assert_no_error (error);
  filter.search = "questions";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 1);
  filter.search = "spot";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 1);
  filter.search = NULL;
  filter.touchpoint_id = shop;
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 2);
  filter.touchpoint_id = 0;

  publish (tdb->db, emb_record_get_id (EMB_RECORD (a)));
  filter.search = "questions";
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  filter.search = NULL;
  filter.touchpoint_id = returns;
  g_assert_cmpuint (count_matches (tdb->db, &filter), ==, 0);
  filter.touchpoint_id = 0;

  /* Retired promises keep their wording and touchpoints. */
  g_assert_true (emb_promise_store_retire (tdb->db, emb_record_get_id (EMB_RECORD (c)), &error));
  g_assert_no_error (error);
  filter.status = EMB_PROMISE_STATUS_RETIRED;
  filter.search = "clear";
  {
    EmbPromise *expected[] = { c };
    assert_list (tdb->db, &filter, expected, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/promises/create-draft", test_create_draft);
  g_test_add_func ("/store/promises/edit-draft", test_edit_draft);
  g_test_add_func ("/store/promises/publish", test_publish);
  g_test_add_func ("/store/promises/edit-published-creates-version",
                   test_edit_published_creates_version);
  g_test_add_func ("/store/promises/publish-supersedes", test_publish_supersedes);
  g_test_add_func ("/store/promises/reorder-published-keeps-version",
                   test_reorder_published_keeps_version);
  g_test_add_func ("/store/promises/retire", test_retire);
  g_test_add_func ("/store/promises/refused-transitions", test_refused_transitions);
  g_test_add_func ("/store/promises/discard-draft", test_discard_draft);
  g_test_add_func ("/store/promises/delete", test_delete);
  g_test_add_func ("/store/promises/validation", test_validation);
  g_test_add_func ("/store/promises/link", test_link);
  g_test_add_func ("/store/promises/link-validation", test_link_validation);
  g_test_add_func ("/store/promises/filters", test_filters);

  return g_test_run ();
}
