/* test-programme-store.c: the organisation, its values and their publication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"

/* The names of the values, in their order, joined by spaces; also checks
 * that the positions are exactly 0…n-1. */
static char *
value_order (EmbDatabase *db)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  list = emb_programme_store_list_values (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (list, i);

      g_assert_cmpint (emb_value_get_position (value), ==, (int)i);
      g_string_append_printf (out, "%s%s", i ? " " : "", emb_value_get_name (value));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_value_order (EmbDatabase *db,
                    const char  *expected)
{
  g_autofree char *order = value_order (db);

  g_assert_cmpstr (order, ==, expected);
}

/* Organisation ----------------------------------------------------------- */

static void
test_organisation_singleton (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbOrganisation) org = NULL;
  g_autoptr(EmbOrganisation) loaded = NULL;
  g_autoptr(EmbOrganisation) again = NULL;
  g_autoptr(EmbOrganisation) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *created_at = NULL;

  /* Nothing saved yet: a new, unsaved organisation. */
  org = emb_programme_store_get_organisation (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (org);
  g_assert_false (emb_record_is_saved (EMB_RECORD (org)));
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (org)), ==, 0);
  g_assert_true (emb_database_is_empty (tdb->db));

  emb_organisation_set_name (org, "Bank Polski");
  emb_organisation_set_vision (org, "Every customer leaves calmer than they came.");
  g_assert_true (emb_programme_store_save_organisation (tdb->db, org, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (org)), ==, 1);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ORGANISATION, EMB_CHANGE_CREATED, 1));
  g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_ORGANISATION, EMB_CHANGE_UPDATED, 1));
  g_assert_false (emb_database_is_empty (tdb->db));
  uuid = g_strdup (emb_record_get_uuid (EMB_RECORD (org)));
  created_at = g_strdup (emb_record_get_created_at (EMB_RECORD (org)));

  loaded = emb_programme_store_get_organisation (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (loaded)), ==, 1);
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (loaded)), ==, uuid);
  g_assert_cmpstr (emb_organisation_get_name (loaded), ==, "Bank Polski");
  g_assert_cmpstr (emb_organisation_get_vision (loaded),
                   ==, "Every customer leaves calmer than they came.");
  g_assert_cmpstr (emb_organisation_get_cx_strategy (loaded), ==, "");

  /* Update in place. */
  emb_organisation_set_cx_strategy (loaded, "Listen, act, tell the team.");
  g_assert_true (emb_programme_store_save_organisation (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ORGANISATION, EMB_CHANGE_UPDATED, 1));

  again = emb_programme_store_get_organisation (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_organisation_get_cx_strategy (again), ==, "Listen, act, tell the team.");
  g_assert_cmpstr (emb_organisation_get_name (again), ==, "Bank Polski");

  /* An organisation made before another window saved one still updates the
   * single row, which keeps its UUID and creation time. */
  second = emb_organisation_new ();
  emb_organisation_set_name (second, "Bank Polski S.A.");
  g_assert_true (emb_programme_store_save_organisation (tdb->db, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM organisation"), ==, 1);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (second)), ==, 1);
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (second)), ==, uuid);
  g_assert_cmpstr (emb_record_get_created_at (EMB_RECORD (second)), ==, created_at);
  g_assert_cmpint (_emb_database_count (tdb->db,
                                        "SELECT count(*) FROM organisation"
                                        " WHERE id = 1 AND name = 'Bank Polski S.A.'"
                                        " AND vision = '' AND cx_strategy = ''"), ==, 1);
}

static void
test_organisation_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbOrganisation) org = emb_organisation_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (201, 'n');
  g_autofree char *long_text = g_strnfill (20001, 't');
  g_autofree char *max_text = g_strnfill (20000, 't');
  g_autofree char *before = emb_test_dump (tdb->db);
  g_autofree char *after = NULL;

  g_assert_false (emb_programme_store_save_organisation (tdb->db, org, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "name");
  g_clear_error (&error);

  emb_organisation_set_name (org, long_name);
  g_assert_false (emb_programme_store_save_organisation (tdb->db, org, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "name");
  g_clear_error (&error);

  emb_organisation_set_name (org, "Acme");
  emb_organisation_set_vision (org, long_text);
  g_assert_false (emb_programme_store_save_organisation (tdb->db, org, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "vision");
  g_clear_error (&error);

  emb_organisation_set_vision (org, NULL);
  emb_organisation_set_cx_strategy (org, long_text);
  g_assert_false (emb_programme_store_save_organisation (tdb->db, org, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "cx-strategy");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (emb_record_is_saved (EMB_RECORD (org)));

  /* The limits themselves are accepted. */
  emb_organisation_set_cx_strategy (org, max_text);
  emb_organisation_set_vision (org, max_text);
  g_assert_true (emb_programme_store_save_organisation (tdb->db, org, &error));
  g_assert_no_error (error);
}

/* Values ----------------------------------------------------------------- */

static void
test_value_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(EmbValue) loaded = NULL;
  g_autoptr(EmbValue) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, second, third;

  emb_value_set_name (value, "Customer first");
  emb_value_set_description (value, "We own the customer's problem.");
  emb_value_set_desired_behaviours (value, "Call back the same day\nSay who you are");
  emb_value_set_undesired_behaviours (value, "“Not my department”");
  emb_value_set_position (value, 42);   /* ignored: a new value goes last */
  g_assert_true (emb_programme_store_save_value (tdb->db, value, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (value));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (emb_value_get_position (value), ==, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_CREATED, id));

  second = emb_test_add_value (tdb->db, "Ownership");
  third = emb_test_add_value (tdb->db, "Courage");
  assert_value_order (tdb->db, "Customer first Ownership Courage");
  g_assert_cmpint (emb_programme_store_count_values (tdb->db), ==, 3);

  loaded = emb_programme_store_get_value (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_value_get_name (loaded), ==, "Customer first");
  g_assert_cmpstr (emb_value_get_description (loaded), ==, "We own the customer's problem.");
  g_assert_cmpstr (emb_value_get_desired_behaviours (loaded),
                   ==, "Call back the same day\nSay who you are");
  g_assert_cmpstr (emb_value_get_undesired_behaviours (loaded), ==, "“Not my department”");
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (loaded)), ==,
                   emb_record_get_uuid (EMB_RECORD (value)));

  /* Saving keeps the stored position, whatever the record says. */
  emb_value_set_description (loaded, "We own it.");
  emb_value_set_position (loaded, 2);
  g_assert_true (emb_programme_store_save_value (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_value_get_position (loaded), ==, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, id));
  reloaded = emb_programme_store_get_value (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_value_get_description (reloaded), ==, "We own it.");
  assert_value_order (tdb->db, "Customer first Ownership Courage");

  /* Deleting closes the gap. */
  g_assert_true (emb_programme_store_delete_value (tdb->db, second, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_DELETED, second));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, third));
  assert_value_order (tdb->db, "Customer first Courage");

  g_assert_null (emb_programme_store_get_value (tdb->db, second, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (emb_programme_store_delete_value (tdb->db, second, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saving a value that was deleted meanwhile fails and adds nothing. */
  {
    g_autoptr(EmbValue) gone = emb_programme_store_get_value (tdb->db, third, &error);

    g_assert_no_error (error);
    g_assert_true (emb_programme_store_delete_value (tdb->db, third, &error));
    g_assert_no_error (error);
    g_assert_false (emb_programme_store_save_value (tdb->db, gone, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    assert_value_order (tdb->db, "Customer first");
  }
}

static void
test_value_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (201, 'n');
  g_autofree char *long_text = g_strnfill (20001, 't');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  emb_test_add_value (tdb->db, "Courage");
  before = emb_test_dump (tdb->db);

  emb_value_set_name (value, " \t\n");
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "name");
  g_clear_error (&error);

  emb_value_set_name (value, long_name);
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "name");
  g_clear_error (&error);

  emb_value_set_name (value, "Courage");
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "name");
  g_clear_error (&error);

  emb_value_set_name (value, "Care");
  emb_value_set_description (value, long_text);
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "description");
  g_clear_error (&error);

  emb_value_set_description (value, NULL);
  emb_value_set_desired_behaviours (value, long_text);
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "desired-behaviours");
  g_clear_error (&error);

  emb_value_set_desired_behaviours (value, NULL);
  emb_value_set_undesired_behaviours (value, long_text);
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "undesired-behaviours");
  g_clear_error (&error);

  emb_value_set_undesired_behaviours (value, "Bad \xff text");
  g_assert_false (emb_programme_store_save_value (tdb->db, value, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "undesired-behaviours");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (emb_record_is_saved (EMB_RECORD (value)));

  /* Renaming a value to its own name is no duplicate. */
  {
    g_autoptr(GListModel) list = emb_programme_store_list_values (tdb->db, &error);
    g_autoptr(EmbValue) courage = g_list_model_get_item (list, 0);

    g_assert_true (emb_programme_store_save_value (tdb->db, courage, &error));
    g_assert_no_error (error);
  }
}

static gint64
add_nomination (EmbDatabase *db,
                gint64       value_id)
{
  g_autoptr(EmbEmployee) employee = emb_employee_new ();
  g_autoptr(EmbNomination) nomination = emb_nomination_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *now = emb_now_iso8601 ();

  emb_employee_set_employee_number (employee, "E-1");
  emb_employee_set_name (employee, "Anna Nowak");
  g_assert_true (emb_people_store_save_employee (db, employee, &error));
  g_assert_no_error (error);

  emb_nomination_set_nominee_employee_id (nomination, emb_record_get_id (EMB_RECORD (employee)));
  emb_nomination_set_value_id (nomination, value_id);
  emb_nomination_set_story (nomination, "Stayed late to fix a customer's card.");
  emb_nomination_set_submitted_at (nomination, now);
  g_assert_true (_emb_table_save (db, &emb_table_nomination, EMB_RECORD (nomination), &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (nomination));
}

static void
test_value_delete_refused_with_nominations (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 value_id, nomination_id;

  emb_test_add_value (tdb->db, "Ownership");
  value_id = emb_test_add_value (tdb->db, "Customer first");
  nomination_id = add_nomination (tdb->db, value_id);
  before = emb_test_dump (tdb->db);

  g_assert_false (emb_programme_store_delete_value (tdb->db, value_id, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "nominations");
  g_assert_nonnull (strstr (error->message, "1 nomination"));
  g_clear_error (&error);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (_emb_table_delete (tdb->db, &emb_table_nomination, nomination_id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_programme_store_delete_value (tdb->db, value_id, &error));
  g_assert_no_error (error);
  assert_value_order (tdb->db, "Ownership");
}

static void
test_value_move (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 a, b, c, d;

  a = emb_test_add_value (tdb->db, "A");
  b = emb_test_add_value (tdb->db, "B");
  c = emb_test_add_value (tdb->db, "C");
  d = emb_test_add_value (tdb->db, "D");

  {
    g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);

    g_assert_true (emb_programme_store_move_value (tdb->db, d, 0, &error));
    g_assert_no_error (error);
    assert_value_order (tdb->db, "D A B C");
    /* Every value moved, each announced once. */
    g_assert_cmpuint (changes->events->len, ==, 4);
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, a));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, d));
  }

  /* Beyond the end means last. */
  g_assert_true (emb_programme_store_move_value (tdb->db, d, 99, &error));
  g_assert_no_error (error);
  assert_value_order (tdb->db, "A B C D");

  {
    g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);

    g_assert_true (emb_programme_store_move_value (tdb->db, a, 2, &error));
    g_assert_no_error (error);
    assert_value_order (tdb->db, "B C A D");
    /* D stayed where it was: not touched. */
    g_assert_cmpuint (changes->events->len, ==, 3);
    g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, d));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, b));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE, EMB_CHANGE_UPDATED, c));
  }

  g_assert_true (emb_programme_store_move_value (tdb->db, c, -5, &error));
  g_assert_no_error (error);
  assert_value_order (tdb->db, "C B A D");

  before = emb_test_dump (tdb->db);
  g_assert_false (emb_programme_store_move_value (tdb->db, 9999, 0, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_publish_values (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbValueSet) first = NULL;
  g_autoptr(EmbValueSet) second = NULL;
  g_autoptr(EmbValueSet) current = NULL;
  g_autoptr(GDateTime) published = NULL;
  g_autoptr(GError) error = NULL;
  gint64 courage;

  /* Nothing published, nothing to publish. */
  current = emb_programme_store_get_current_value_set (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_null (current);

  g_assert_null (emb_programme_store_publish_values (tdb->db, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "values");
  g_clear_error (&error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM value_set"), ==, 0);

  emb_test_add_value (tdb->db, "Customer first");
  emb_test_add_value (tdb->db, "Ownership");
  courage = emb_test_add_value (tdb->db, "Courage");

  first = emb_programme_store_publish_values (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (first)), >, 0);
  g_assert_cmpstr (emb_value_set_get_summary (first), ==, "Customer first, Ownership, Courage");
  published = g_date_time_new_from_iso8601 (emb_value_set_get_published_at (first), NULL);
  g_assert_nonnull (published);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_VALUE_SET, EMB_CHANGE_CREATED,
                                       emb_record_get_id (EMB_RECORD (first))));

  current = emb_programme_store_get_current_value_set (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (current)), ==, emb_record_get_id (EMB_RECORD (first)));
  g_assert_cmpstr (emb_value_set_get_summary (current), ==, "Customer first, Ownership, Courage");
  g_assert_cmpstr (emb_value_set_get_published_at (current), ==,
                   emb_value_set_get_published_at (first));
  g_clear_object (&current);

  /* A later publication, after a reorder, becomes the current one. */
  g_assert_true (emb_programme_store_move_value (tdb->db, courage, 0, &error));
  g_assert_no_error (error);
  second = emb_programme_store_publish_values (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_value_set_get_summary (second), ==, "Courage, Customer first, Ownership");

  current = emb_programme_store_get_current_value_set (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (current)), ==, emb_record_get_id (EMB_RECORD (second)));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM value_set"), ==, 2);
}

static void
test_split_behaviours (void)
{
  g_auto(GStrv) none = emb_programme_store_split_behaviours (NULL);
  g_auto(GStrv) lines = emb_programme_store_split_behaviours ("  Greet by name \n\n\tCall back\r\n   \nOwn it");

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, "Greet by name");
  g_assert_cmpstr (lines[1], ==, "Call back");
  g_assert_cmpstr (lines[2], ==, "Own it");
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/programme/organisation-singleton", test_organisation_singleton);
  g_test_add_func ("/store/programme/organisation-validation", test_organisation_validation);
  g_test_add_func ("/store/programme/value-crud", test_value_crud);
  g_test_add_func ("/store/programme/value-validation", test_value_validation);
  g_test_add_func ("/store/programme/value-delete-refused-with-nominations",
                   test_value_delete_refused_with_nominations);
  g_test_add_func ("/store/programme/value-move", test_value_move);
  g_test_add_func ("/store/programme/publish-values", test_publish_values);
  g_test_add_func ("/store/programme/split-behaviours", test_split_behaviours);

  return g_test_run ();
}
