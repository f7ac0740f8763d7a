/* test-staff-session.c: signing in and out, acknowledging, drafts
 *
 * The staff session (emb-staff-session.h) as a person meets it: the
 * directory, the PIN and its throttling, nothing after sign-out, no PIN
 * hash, my acknowledgements and nobody else's, drafts, the programme's
 * settings, what another process sees, and the demo's PINs. What a person
 * contributes is tested in test-staff-activity.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-people-store.h"
#include "emb-pin.h"
#include "emb-programme-store.h"
#include "emb-records.h"
#include "emb-staff-test-util.h"
#include "emb-tables.h"

/* Signing in ---------------------------------------------------------------- */

static void
test_directory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) nowak = emb_staff_directory_search (f->db, "nowak", 50, &error);
  g_autoptr(GListModel) folded = emb_staff_directory_search (f->db, "łUKASZ", 50, &error);
  g_autoptr(GListModel) number = emb_staff_directory_search (f->db, "e10", 50, &error);
  g_autoptr(GListModel) words = emb_staff_directory_search (f->db, "nowak carl", 50, &error);
  g_autoptr(GListModel) everyone = emb_staff_directory_search (f->db, NULL, 50, &error);
  g_autoptr(GListModel) limited = emb_staff_directory_search (f->db, "", 2, &error);
  g_autoptr(GListModel) left = emb_staff_directory_search (f->db, "dora", 50, &error);
  g_autoptr(GListModel) quoted = emb_staff_directory_search (f->db, "%'_\"", 50, &error);
  g_autoptr(EmbEmployee) first = NULL;
  g_autofree char *nowak_ids = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  nowak_ids = emb_test_model_ids (nowak);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, f->anna, f->carl);
  g_assert_cmpstr (nowak_ids, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (folded), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (number), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (words), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (everyone), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 2);
  /* Who left cannot sign in, so is not offered. */
  g_assert_cmpuint (g_list_model_get_n_items (left), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (quoted), ==, 0);

  /* Name, number, role and department only. */
  first = g_list_model_get_item (number, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (first)), ==, f->anna);
  g_assert_cmpstr (emb_employee_get_name (first), ==, "Anna Nowak");
  g_assert_cmpstr (emb_employee_get_employee_number (first), ==, "E100");
  g_assert_cmpint (emb_employee_get_role_id (first), ==, f->cashier);
  g_assert_cmpint (emb_employee_get_department_id (first), ==, f->sales);
}

static void
test_sign_in (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbStaffSession) session = NULL;
  g_autoptr(EmbEmployee) me = NULL;
  g_autoptr(EmbRole) role = NULL;
  g_autoptr(EmbDepartment) department = NULL;

  /* A wrong PIN, someone who left, a badly formed PIN. */
  g_assert_null (emb_staff_session_sign_in (f->db, f->anna, BERT_PIN, NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);
  g_assert_null (emb_staff_session_sign_in (f->db, f->dora, "4444", NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_INACTIVE);
  g_clear_error (&error);
  g_assert_null (emb_staff_session_sign_in (f->db, f->anna, "13", NULL, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_clear_error (&error);

  session = sign_in (f, f->anna, ANNA_PIN);
  g_assert_true (emb_staff_session_is_signed_in (session));
  me = emb_staff_session_get_employee (session);
  role = emb_staff_session_get_role (session);
  department = emb_staff_session_get_department (session);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (me)), ==, f->anna);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (role)), ==, f->cashier);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (department)), ==, f->sales);
}

static void
test_sign_in_throttled (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_add_seconds (start, 31);
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbStaffSession) session = NULL;

  for (guint i = 0; i <= EMB_PIN_FREE_FAILURES; i++)
    {
      g_assert_null (emb_staff_session_sign_in (f->db, f->anna, "0000", start, &error));
      g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
      g_clear_error (&error);
    }
  g_assert_null (emb_staff_session_sign_in (f->db, f->anna, ANNA_PIN, start, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT);
  g_assert_cmpstr (error->message, ==, "Too many wrong PINs. Try again in 30 seconds.");
  g_clear_error (&error);

  session = emb_staff_session_sign_in (f->db, f->anna, ANNA_PIN, later, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
}

static void
test_no_pin_hash (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EmbStaffSession) session = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbEmployee) me = emb_staff_session_get_employee (session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) colleagues = emb_staff_session_list_colleagues (session, NULL, 50, &error);
  guint n_props = 0;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (me),
                                                                  &n_props);

  g_assert_no_error (error);
  /* No record the session gives has a property that could hold a hash. */
  for (guint i = 0; i < n_props; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_assert_null (strstr (props[i]->name, "pin"));
      g_assert_null (strstr (props[i]->name, "hash"));
      if (props[i]->value_type != G_TYPE_STRING)
        continue;
      g_value_init (&value, G_TYPE_STRING);
      g_object_get_property (G_OBJECT (me), props[i]->name, &value);
      g_assert_true (g_value_get_string (&value) == NULL ||
                     strstr (g_value_get_string (&value), "$argon2") == NULL);
    }
  /* Colleagues come with the public fields only. */
  g_assert_cmpuint (g_list_model_get_n_items (colleagues), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (colleagues); i++)
    {
      g_autoptr(EmbEmployee) other = g_list_model_get_item (colleagues, i);

      g_assert_cmpint (emb_record_get_id (EMB_RECORD (other)), !=, f->anna);
      g_assert_cmpstr (emb_employee_get_email (other), ==, NULL);
      g_assert_cmpstr (emb_employee_get_site (other), ==, NULL);
      g_assert_null (emb_record_get_created_at (EMB_RECORD (other)));
    }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_sign_out (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(EmbStaffSession) session = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GListModel) colleagues = NULL;
  g_autoptr(GListModel) sent = NULL;
  g_autoptr(GListModel) feedback = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GListModel) pulses = NULL;
  g_autoptr(EmbNomination) nomination = emb_nomination_new ();
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(GVariant) draft = NULL;
  EmbNps nps;
  EmbCsat csat;
  guint notified = 0;

  g_assert_true (emb_staff_session_set_draft (session, EMB_STAFF_FORM_NOMINATION,
                                              g_variant_new_parsed ("{'story': <'half'>}"),
                                              &error));
  g_assert_no_error (error);
  g_signal_connect (session, "notify::signed-in", G_CALLBACK (count_notify), &notified);
  emb_staff_session_sign_out (session);
  emb_staff_session_sign_out (session);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (emb_staff_session_is_signed_in (session));

  /* Nothing is returned, nothing is written. */
  g_assert_null (emb_staff_session_get_employee (session));
  g_assert_null (emb_staff_session_get_role (session));
  g_assert_null (emb_staff_session_get_department (session));
  g_assert_null (emb_staff_session_get_draft (session, EMB_STAFF_FORM_NOMINATION));

  pending = emb_staff_session_list_pending (session, &error);
  g_assert_null (pending);
  assert_denied (error);
  g_clear_error (&error);
  stages = emb_staff_session_list_stages (session, &error);
  g_assert_null (stages);
  assert_denied (error);
  g_clear_error (&error);
  colleagues = emb_staff_session_list_colleagues (session, "", 10, &error);
  g_assert_null (colleagues);
  assert_denied (error);
  g_clear_error (&error);
  sent = emb_staff_session_list_sent_nominations (session, &error);
  g_assert_null (sent);
  assert_denied (error);
  g_clear_error (&error);
  feedback = emb_staff_session_list_feedback (session, 30, NULL, &error);
  g_assert_null (feedback);
  assert_denied (error);
  g_clear_error (&error);
  decisions = emb_staff_session_list_my_decisions (session, &error);
  g_assert_null (decisions);
  assert_denied (error);
  g_clear_error (&error);
  pulses = emb_staff_session_list_pulses (session, &error);
  g_assert_null (pulses);
  assert_denied (error);
  g_clear_error (&error);
  pilot = emb_staff_session_get_running_pilot (session, &wave, &error);
  g_assert_null (pilot);
  g_assert_null (wave);
  assert_denied (error);
  g_clear_error (&error);
  g_assert_false (emb_staff_session_get_feedback_figures (session, 30, NULL, &nps, &csat, &error));
  assert_denied (error);
  g_clear_error (&error);

  emb_nomination_set_nominee_employee_id (nomination, f->bert);
  emb_nomination_set_value_id (nomination, f->kindness);
  emb_nomination_set_story (nomination, "Helped a customer");
  g_assert_false (emb_staff_session_nominate (session, nomination, FALSE, 0, 0, &error));
  assert_denied (error);
  g_clear_error (&error);
  g_assert_false (emb_staff_session_acknowledge (session, EMB_ACKNOWLEDGEMENT_ITEM_VALUES, 1,
                                                 &error));
  assert_denied (error);
  g_clear_error (&error);
  g_assert_false (emb_staff_session_change_pin (session, ANNA_PIN, "1111", &error));
  assert_denied (error);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM nomination"), ==, 0);

  /* The draft is kept for the next sign-in. */
  g_clear_object (&session);
  session = sign_in (f, f->anna, ANNA_PIN);
  draft = emb_staff_session_get_draft (session, EMB_STAFF_FORM_NOMINATION);
  g_assert_nonnull (draft);
}

static void
test_left_while_signed_in (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(EmbDatabase) manager = NULL;
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[1];
  guint notified = 0;

  g_signal_connect (anna, "notify::signed-in", G_CALLBACK (count_notify), &notified);

  /* The manager window, another process, marks Anna as gone. */
  manager = emb_database_open (f->tdb->path, &error);
  g_assert_no_error (error);
  ids[0] = f->anna;
  g_assert_true (emb_people_store_set_employees_active (manager, ids, 1, FALSE, &error));
  g_assert_no_error (error);

  pending = emb_staff_session_list_pending (anna, &error);
  g_assert_null (pending);
  assert_denied (error);
  g_clear_error (&error);
  g_assert_false (emb_staff_session_is_signed_in (anna));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_null (emb_staff_session_get_employee (anna));

  /* Coming back does not reopen the old session. */
  g_assert_true (emb_people_store_set_employees_active (manager, ids, 1, TRUE, &error));
  g_assert_null (emb_staff_session_get_employee (anna));

  /* A colleague who was deleted is signed out too; others go on. */
  g_assert_true (emb_people_store_delete_employee (manager, f->carl, &error));
  g_assert_no_error (error);
  stages = emb_staff_session_list_stages (bert, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stages);
  g_assert_true (emb_staff_session_is_signed_in (bert));
  g_assert_true (emb_people_store_delete_employee (manager, f->bert, &error));
  g_assert_no_error (error);
  g_clear_object (&stages);
  stages = emb_staff_session_list_stages (bert, &error);
  g_assert_null (stages);
  assert_denied (error);
  g_assert_false (emb_staff_session_is_signed_in (bert));
}

static void
test_pin_reset_while_signed_in (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(EmbDatabase) manager = NULL;
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;

  /* Anna's PIN was seen: a manager, in another process, resets it. */
  manager = emb_database_open (f->tdb->path, &error);
  g_assert_no_error (error);
  g_assert_true (emb_pin_store_set_employee_pin (manager, f->anna, "5555", &error));
  g_assert_no_error (error);

  pending = emb_staff_session_list_pending (anna, &error);
  g_assert_null (pending);
  assert_denied (error);
  g_clear_error (&error);
  g_assert_false (emb_staff_session_is_signed_in (anna));

  /* Cleared altogether: the same. Bert's colleague's reset left him alone. */
  stages = emb_staff_session_list_stages (bert, &error);
  g_assert_no_error (error);
  g_clear_object (&stages);
  g_assert_true (emb_pin_store_clear_employee_pin (manager, f->bert, &error));
  g_assert_no_error (error);
  stages = emb_staff_session_list_stages (bert, &error);
  g_assert_null (stages);
  assert_denied (error);
}

static void
test_change_pin (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(EmbStaffSession) session = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) again = NULL;
  g_autoptr(EmbEmployee) me = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_staff_session_change_pin (session, ANNA_PIN, "12", &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "new-pin");
  g_clear_error (&error);
  g_assert_false (emb_staff_session_change_pin (session, "0000", "8642", &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);

  g_assert_true (emb_staff_session_change_pin (session, ANNA_PIN, "8642", &error));
  g_assert_no_error (error);
  /* My own change keeps me signed in. */
  me = emb_staff_session_get_employee (session);
  g_assert_nonnull (me);
  g_assert_true (emb_staff_session_is_signed_in (session));
  g_assert_null (emb_staff_session_sign_in (f->db, f->anna, ANNA_PIN, NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);
  again = sign_in (f, f->anna, "8642");
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(EmbStaffSession) session = NULL;
  g_autoptr(EmbStaffSession) again = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;

  emb_staff_session_sign_in_async (f->db, f->anna, BERT_PIN, NULL, NULL, emb_test_store_result,
                                   &result);
  g_assert_null (emb_staff_session_sign_in_finish (f->db, emb_test_wait_for (&result), &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);
  g_clear_object (&result);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT failures FROM pin_throttle"
                                              " WHERE subject <> 'staff'"), ==, 1);

  emb_staff_session_sign_in_async (f->db, f->anna, ANNA_PIN, NULL, NULL, emb_test_store_result,
                                   &result);
  session = emb_staff_session_sign_in_finish (f->db, emb_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_clear_object (&result);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM pin_throttle"
                                              " WHERE subject <> 'staff'"), ==, 0);

  /* Changing my PIN: errors under the form's fields. */
  emb_staff_session_change_pin_async (session, ANNA_PIN, "1", NULL, emb_test_store_result, &result);
  g_assert_false (emb_staff_session_change_pin_finish (session, emb_test_wait_for (&result),
                                                       &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "new-pin");
  g_clear_error (&error);
  g_clear_object (&result);
  emb_staff_session_change_pin_async (session, "12", "8642", NULL, emb_test_store_result, &result);
  g_assert_false (emb_staff_session_change_pin_finish (session, emb_test_wait_for (&result),
                                                       &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "current-pin");
  g_clear_error (&error);
  g_clear_object (&result);
  emb_staff_session_change_pin_async (session, ANNA_PIN, "8642", NULL, emb_test_store_result,
                                      &result);
  g_assert_true (emb_staff_session_change_pin_finish (session, emb_test_wait_for (&result),
                                                      &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  again = sign_in (f, f->anna, "8642");
  /* My own change keeps me signed in. */
  stages = emb_staff_session_list_stages (session, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stages);

  /* Signed out: refused. */
  emb_staff_session_sign_out (session);
  emb_staff_session_change_pin_async (session, "8642", "1111", NULL, emb_test_store_result,
                                      &result);
  g_assert_false (emb_staff_session_change_pin_finish (session, emb_test_wait_for (&result),
                                                       &error));
  assert_denied (error);
  g_clear_object (&result);
}

/* Acknowledging ---------------------------------------------------------------- */

static void
test_acknowledge_as_me (Fixture       *f,
                        gconstpointer  data)
{
  gint64 till_version = emb_test_add_published_promise (f->db, "A receipt with every sale",
                                                        &f->till, 1);
  gint64 hotline_version = emb_test_add_published_promise (f->db, "Answered in three rings",
                                                           &f->hotline, 1);
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GListModel) done = NULL;
  g_autoptr(GListModel) pending_after = NULL;
  g_autoptr(EmbPendingItem) item = NULL;
  g_autofree char *before = NULL;

  /* Bert's promise is not mine. */
  pending = emb_staff_session_list_pending (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 1);
  item = g_list_model_get_item (pending, 0);
  g_assert_cmpint (emb_pending_item_get_item_id (item), ==, till_version);

  before = emb_test_dump (f->db);
  g_assert_false (emb_staff_session_acknowledge (anna, EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                 hotline_version, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "employee");
  g_clear_error (&error);
  emb_test_assert_unchanged (f->db, before);

  g_assert_true (emb_staff_session_acknowledge (anna, EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                till_version, &error));
  g_assert_no_error (error);
  /* As Anna, and announced for the manager window. */
  g_assert_true (emb_acknowledgement_store_has_acknowledged (f->db, f->anna,
                                                             EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                             till_version));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ACKNOWLEDGEMENT,
                                       EMB_CHANGE_CREATED,
                                       _emb_database_count (f->db,
                                                            "SELECT id FROM acknowledgement")));
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM acknowledgement"), ==, 1);

  pending_after = emb_staff_session_list_pending (anna, &error);
  g_assert_cmpuint (g_list_model_get_n_items (pending_after), ==, 0);
  done = emb_staff_session_list_acknowledged (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (done), ==, 1);
  g_clear_object (&item);
  item = g_list_model_get_item (done, 0);
  g_assert_cmpint (emb_pending_item_get_item_id (item), ==, till_version);
  g_assert_cmpstr (emb_pending_item_get_title (item), ==, "A receipt with every sale");
  g_assert_nonnull (emb_pending_item_get_acknowledged_at (item));
}

static void
test_no_other_acknowledgements (Fixture       *f,
                                gconstpointer  data)
{
  gint64 open_version = emb_test_add_published_promise (f->db, "We say hello", NULL, 0);
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) done = NULL;
  g_autoptr(GListModel) pending = NULL;

  /* Bert acknowledged; Anna sees nothing of it, only her own pending item. */
  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, f->bert, open_version,
                                                                &error));
  g_assert_no_error (error);
  done = emb_staff_session_list_acknowledged (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (done), ==, 0);
  pending = emb_staff_session_list_pending (anna, &error);
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 1);
}

/* Drafts ---------------------------------------------------------------------------- */

static void
test_drafts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(GVariant) draft = NULL;
  g_autoptr(GError) error = NULL;
  const char *story = NULL;
  gint64 value = 0;

  g_assert_null (emb_staff_session_get_draft (anna, EMB_STAFF_FORM_DECISION));
  g_assert_true (emb_staff_session_set_draft (anna, EMB_STAFF_FORM_DECISION,
                                              g_variant_new_parsed ("{'situation': <'A “late” "
                                                                    "parcel'>, 'cost': <@x 1250>}"),
                                              &error));
  g_assert_no_error (error);

  draft = emb_staff_session_get_draft (anna, EMB_STAFF_FORM_DECISION);
  g_assert_nonnull (draft);
  g_assert_true (g_variant_lookup (draft, "situation", "&s", &story));
  g_assert_cmpstr (story, ==, "A “late” parcel");
  g_assert_true (g_variant_lookup (draft, "cost", "x", &value));
  g_assert_cmpint (value, ==, 1250);

  /* Mine alone. */
  g_assert_null (emb_staff_session_get_draft (bert, EMB_STAFF_FORM_DECISION));
  g_assert_null (emb_staff_session_get_draft (anna, EMB_STAFF_FORM_NOMINATION));

  g_assert_true (emb_staff_session_clear_draft (anna, EMB_STAFF_FORM_DECISION, &error));
  g_assert_no_error (error);
  g_assert_null (emb_staff_session_get_draft (anna, EMB_STAFF_FORM_DECISION));
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM setting"), ==, 0);
}

/* Another process ---------------------------------------------------------------------- */

static void
test_other_process_sees (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(EmbDatabase) manager = NULL;
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Seen elsewhere");
  g_autoptr(GError) error = NULL;
  gint64 open_version = emb_test_add_published_promise (f->db, "We say hello", NULL, 0);

  /* The manager window on the same file: its own connection. */
  manager = emb_database_open (f->tdb->path, &error);
  g_assert_no_error (error);
  g_assert_false (emb_database_check_external_changes (manager));

  g_assert_true (emb_staff_session_acknowledge (anna, EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                open_version, &error));
  g_assert_no_error (error);
  g_assert_true (emb_database_check_external_changes (manager));
  g_assert_true (emb_acknowledgement_store_has_acknowledged (manager, f->anna,
                                                             EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                                                             open_version));

  nominate (anna, nomination, FALSE);
  g_assert_true (emb_database_check_external_changes (manager));
  g_assert_cmpint (_emb_database_count (manager, "SELECT count(*) FROM nomination"), ==, 1);
}

/* The demo organisation ---------------------------------------------------------------- */

static void
test_demo_sign_in (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new_demo ();
  g_autoptr(GListModel) found = emb_staff_directory_search (tdb->db, "NB-00042", 5, NULL);
  g_autoptr(EmbEmployee) someone = NULL;
  g_autoptr(EmbStaffSession) session = NULL;
  g_autofree char *pin = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  someone = g_list_model_get_item (found, 0);
  pin = emb_demo_employee_pin (emb_employee_get_employee_number (someone));
  g_assert_cmpstr (pin, ==, "0042");
  session = emb_staff_session_sign_in (tdb->db, emb_record_get_id (EMB_RECORD (someone)), pin,
                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_assert_true (emb_pin_store_check_manager_pin (tdb->db, EMB_DEMO_MANAGER_PIN, NULL, &error));
  g_assert_no_error (error);

  /* Every active employee has a PIN, nobody who left. */
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM employee"
                                        " WHERE (pin_hash IS NOT NULL) <> active"), ==, 0);
  /* Anonymous nominations with a sender, decisions over the ceiling with a reason. */
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM nomination"
                                        " WHERE anonymous = 1 AND nominator_id IS NOT NULL"),
                   >=, 5);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pilot_decision d"
                                        " JOIN pilot p ON p.id = d.pilot_id"
                                        " WHERE d.cost > p.spending_ceiling"
                                        " AND d.over_ceiling_reason = ''"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pilot_decision"
                                        " WHERE over_ceiling_reason <> ''"), >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  staff_test_init (&argc, &argv);

  STAFF_TEST_ADD ("/staff-session/directory", test_directory);
  STAFF_TEST_ADD ("/staff-session/sign-in", test_sign_in);
  STAFF_TEST_ADD ("/staff-session/sign-in-throttled", test_sign_in_throttled);
  STAFF_TEST_ADD ("/staff-session/no-pin-hash", test_no_pin_hash);
  STAFF_TEST_ADD ("/staff-session/sign-out", test_sign_out);
  STAFF_TEST_ADD ("/staff-session/left-while-signed-in", test_left_while_signed_in);
  STAFF_TEST_ADD ("/staff-session/pin-reset-while-signed-in", test_pin_reset_while_signed_in);
  STAFF_TEST_ADD ("/staff-session/change-pin", test_change_pin);
  STAFF_TEST_ADD ("/staff-session/async", test_async);
  STAFF_TEST_ADD ("/staff-session/acknowledge-as-me", test_acknowledge_as_me);
  STAFF_TEST_ADD ("/staff-session/no-other-acknowledgements", test_no_other_acknowledgements);
  STAFF_TEST_ADD ("/staff-session/drafts", test_drafts);
  STAFF_TEST_ADD ("/staff-session/other-process-sees", test_other_process_sees);

  g_test_add_func ("/staff-session/demo-sign-in", test_demo_sign_in);

  return g_test_run ();
}
