/* test-feedback-routing.c: who feedback reaches, and triage by category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-feedback-routing.h"
#include "emb-feedback-store.h"
#include "emb-feedback-triage.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-import-profile.h"
#include "emb-test-util.h"

static void
set_level (EmbDatabase            *db,
           gint64                  role_id,
           gint64                  touchpoint_id,
           EmbResponsibilityLevel  level)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_journey_store_set_responsibility (db, role_id, touchpoint_id, level, "",
                                                       &error));
  g_assert_no_error (error);
}

/* The names of the records of @model, as "a, b, c". */
static char *
names (GListModel *model,
       const char *(*name) (gpointer))
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", name (item));
    }
  return g_string_free (text, FALSE);
}

static const char *
level_name (gpointer responsibility)
{
  return emb_enum_to_nick (EMB_TYPE_RESPONSIBILITY_LEVEL,
                           emb_responsibility_get_level (responsibility));
}

static const char *
employee_name (gpointer employee)
{
  return emb_employee_get_name (employee);
}

static void
count_call (guint *calls)
{
  (*calls)++;
}

static void
test_routing (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbDatabase *db = tdb->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autofree char *text = NULL;
  gint64 stage = emb_test_add_stage (db, "Service");
  gint64 helpline = emb_test_add_touchpoint (db, stage, "Helpline");
  gint64 branch = emb_test_add_touchpoint (db, stage, "Branch");
  gint64 dept = emb_test_add_department (db, "Customer service");
  gint64 informed = emb_test_add_role (db, dept, "Analyst");
  gint64 supports = emb_test_add_role (db, dept, "IT support");
  gint64 owns = emb_test_add_role (db, dept, "Team leader");
  gint64 delivers = emb_test_add_role (db, dept, "Agent");
  gint64 elsewhere = emb_test_add_role (db, dept, "Teller");
  gint64 complaint, general;
  guint changes = 0;

  /* Added in no particular order; names sort within a level. */
  emb_test_add_employee (db, "E1", "Zofia", dept, delivers, TRUE);
  emb_test_add_employee (db, "E2", "Adam", dept, informed, TRUE);
  emb_test_add_employee (db, "E3", "Marta", dept, owns, TRUE);
  emb_test_add_employee (db, "E4", "Bogdan", dept, delivers, TRUE);
  emb_test_add_employee (db, "E5", "Celina", dept, supports, TRUE);
  emb_test_add_employee (db, "E6", "Damian", dept, delivers, FALSE);
  emb_test_add_employee (db, "E7", "Ewa", dept, elsewhere, TRUE);
  set_level (db, informed, helpline, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  set_level (db, supports, helpline, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (db, delivers, helpline, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  set_level (db, owns, helpline, EMB_RESPONSIBILITY_LEVEL_OWNS);
  set_level (db, elsewhere, branch, EMB_RESPONSIBILITY_LEVEL_OWNS);

  complaint = emb_test_add_feedback (db, "2026-04-01T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     EMB_SCORE_TYPE_NONE, -1, helpline, "Cut off twice");
  general = emb_test_add_feedback (db, "2026-04-01T11:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                   EMB_SCORE_TYPE_NONE, -1, 0, "Too many fees");

  /* The roles: owns first, then delivers, supports, informed. */
  roles = emb_feedback_routing_list_roles (db, complaint, &error);
  g_assert_no_error (error);
  text = names (roles, level_name);
  g_assert_cmpstr (text, ==, "owns, delivers, supports, informed");
  g_clear_pointer (&text, g_free);
  g_clear_object (&roles);

  /* Feedback about no touchpoint reaches no role; a missing one is an error. */
  roles = emb_feedback_routing_list_roles (db, general, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 0);
  g_clear_object (&roles);
  g_assert_null (emb_feedback_routing_list_roles (db, 9999, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The people: active employees of those roles, by level, then name. */
  people = emb_feedback_routing_query_people (db, helpline);
  text = names (people, employee_name);
  g_assert_cmpstr (text, ==, "Marta, Bogdan, Zofia, Celina, Adam");
  g_clear_pointer (&text, g_free);

  /* It follows the responsibilities: the analyst now owns it too. */
  g_signal_connect_swapped (people, "items-changed", G_CALLBACK (count_call), &changes);
  set_level (db, informed, helpline, EMB_RESPONSIBILITY_LEVEL_OWNS);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (changes, ==, 1);
  text = names (people, employee_name);
  g_assert_cmpstr (text, ==, "Adam, Marta, Bogdan, Zofia, Celina");
  g_clear_pointer (&text, g_free);
  g_clear_object (&people);

  people = emb_feedback_routing_query_people (db, branch);
  text = names (people, employee_name);
  g_assert_cmpstr (text, ==, "Ewa");
}

/* Triage ------------------------------------------------------------------ */

static char *
categories_text (EmbDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = emb_feedback_triage_list_categories (db, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    {
      const EmbFeedbackCategoryCount *c = &g_array_index (counts, EmbFeedbackCategoryCount, i);

      g_string_append_printf (text, "%s%s=%u", i > 0 ? "; " : "", c->category, c->n);
    }
  return g_string_free (text, FALSE);
}

static void
test_triage (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbDatabase *db = tdb->db;
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 stage = emb_test_add_stage (db, "Flight");
  gint64 boarding = emb_test_add_touchpoint (db, stage, "Boarding");
  gint64 lounge = emb_test_add_touchpoint (db, stage, "Lounge");
  gint64 late[3], bags, placed, moved;

  late[0] = emb_test_add_categorised_feedback (db, "2015-02-24T11:35:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                               0, "Late Flight", TRUE, "Two hours late");
  bags = emb_test_add_categorised_feedback (db, "2015-02-24T11:40:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                            0, "Lost Luggage", TRUE, "Where is my bag");
  late[1] = emb_test_add_categorised_feedback (db, "2015-02-24T12:00:00Z", EMB_FEEDBACK_KIND_NEUTRAL,
                                               0, "Late Flight", TRUE, "Delayed");
  late[2] = emb_test_add_categorised_feedback (db, "2015-02-25T08:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                               0, "Late Flight", TRUE, "Late again");
  /* Of the same category, but already placed: not triage any more. */
  placed = emb_test_add_categorised_feedback (db, "2015-02-23T08:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                              lounge, "Late Flight", FALSE, "Lounge closed");

  text = categories_text (db);
  g_assert_cmpstr (text, ==, "Late Flight=3; Lost Luggage=1");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (emb_feedback_triage_count (db), ==, 4);

  /* Refused: a touchpoint that does not exist; nothing changes. */
  before = emb_test_dump (db);
  g_assert_null (emb_feedback_triage_assign (db, "Late Flight", 9999, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoint");
  g_clear_error (&error);
  g_assert_null (emb_feedback_triage_assign (db, "Cancelled Flight", boarding, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "category");
  g_clear_error (&error);
  after = emb_test_dump (db);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* The whole category at once, with one change notice. */
  changes = emb_test_changes_watch (db);
  ids = emb_feedback_triage_assign (db, "Late Flight", boarding, &error);
  g_assert_no_error (error);
  emb_test_assert_ids (ids, late, G_N_ELEMENTS (late));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_MANY, 0));
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback"
                                            " WHERE category = 'Late Flight' AND triage = 0"), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (late); i++)
    {
      g_autoptr(EmbFeedback) loaded = emb_feedback_store_get (db, late[i], &error);

      g_assert_cmpint (emb_feedback_get_touchpoint_id (loaded), ==, boarding);
      g_assert_false (emb_feedback_get_triage (loaded));
    }
  {
    g_autoptr(EmbFeedback) loaded = emb_feedback_store_get (db, placed, &error);

    g_assert_cmpint (emb_feedback_get_touchpoint_id (loaded), ==, lounge);
  }
  text = categories_text (db);
  g_assert_cmpstr (text, ==, "Lost Luggage=1");
  g_clear_pointer (&text, g_free);
  /* The day counts follow: two complaints moved to boarding on the 24th
   * and the 25th, none left about no touchpoint but the bag. */
  g_assert_cmpint (_emb_database_count (db, "SELECT sum(complaints) FROM feedback_day"
                                            " WHERE touchpoint_id = 0"), ==, 1);
  g_assert_cmpint (_emb_database_count (db, "SELECT sum(complaints) FROM feedback_day"
                                            " WHERE touchpoint_id = (SELECT id FROM touchpoint"
                                            " WHERE name = 'Boarding')"), ==, 2);

  /* Remembered for the next import, in the profile that imported the
   * category's source; without one there is nowhere to remember it. */
  g_assert_false (emb_feedback_triage_remember (db, NULL, "Late Flight", boarding, &error));
  g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(EmbImportProfile) profile = emb_import_profile_new ("Mentions",
                                                                 EMB_IMPORT_FORMAT_FEEDBACK_CSV);
    g_autoptr(EmbImportProfile) loaded = NULL;

    g_hash_table_insert (profile->mapping, g_strdup ("Reason"), g_strdup ("touchpoint"));
    g_assert_true (emb_import_profile_save (db, profile, FALSE, &error));
    g_assert_no_error (error);
    g_assert_true (_emb_database_exec (db, "INSERT INTO import_profile_source (profile_id, source)"
                                           " SELECT id, (SELECT source FROM feedback"
                                           " WHERE category = 'Late Flight' LIMIT 1)"
                                           " FROM import_profile WHERE name = 'Mentions'", &error));
    g_assert_true (emb_feedback_triage_remember (db, NULL, "Late Flight", boarding, &error));
    g_assert_no_error (error);
    loaded = emb_import_profile_load (db, "Mentions", &error);
    g_assert_cmpstr (g_hash_table_lookup (loaded->mapping, "value:Reason:Late Flight"), ==,
                     "Boarding");
  }

  /* Undo puts them back, except one placed elsewhere since. */
  moved = late[2];
  {
    g_autoptr(EmbFeedback) loaded = emb_feedback_store_get (db, moved, &error);

    emb_feedback_set_touchpoint_id (loaded, lounge);
    g_assert_true (emb_feedback_store_save (db, loaded, &error));
    g_assert_no_error (error);
  }
  g_assert_true (emb_feedback_triage_undo (db, (const gint64 *)(gpointer)ids->data, ids->len,
                                           boarding, &error));
  g_assert_no_error (error);
  text = categories_text (db);
  g_assert_cmpstr (text, ==, "Late Flight=2; Lost Luggage=1");
  {
    g_autoptr(EmbFeedback) loaded = emb_feedback_store_get (db, late[0], &error);

    g_assert_cmpint (emb_feedback_get_touchpoint_id (loaded), ==, 0);
    g_assert_true (emb_feedback_get_triage (loaded));
  }
  g_assert_cmpint (_emb_database_count (db, "SELECT sum(complaints) FROM feedback_day"
                                            " WHERE touchpoint_id = 0"), ==, 2);
  (void)bags;
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/feedback/routing/roles-and-people", test_routing);
  g_test_add_func ("/feedback/triage/by-category", test_triage);

  return g_test_run ();
}
