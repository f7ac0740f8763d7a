/* test-staff-session.c: what a signed-in employee may read and write
 *
 * Each privacy rule of the staff session (emb-staff-session.h) has its
 * test here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-announcement-store.h"
#include "emb-bundle.h"
#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-import-report.h"
#include "emb-pilot-store.h"
#include "emb-pin-private.h"
#include "emb-programme-store.h"
#include "emb-recognition-store.h"
#include "emb-records.h"
#include "emb-staff-session.h"
#include "emb-tables.h"
#include "emb-test-util.h"

#define ANNA_PIN "1357"
#define BERT_PIN "2468"
#define CARL_PIN "97531"

/* Sales (Anna, cashier, at the till) and Support (Bert, agent, at the
 * hotline; Carl, no role); Dora has left. Everyone active has a PIN. */
typedef struct
{
  EmbTestDb *tdb;
  EmbDatabase *db;
  gint64 sales;
  gint64 support;
  gint64 cashier;
  gint64 agent;
  gint64 stage;
  gint64 till;
  gint64 hotline;
  gint64 anna;
  gint64 bert;
  gint64 carl;
  gint64 dora;
  gint64 kindness;   /* a value */
} Fixture;

static void
set_fast_pin (EmbDatabase *db,
              gint64       employee_id,
              const char  *pin)
{
  g_autofree char *hash = _emb_pin_hash_fast (pin, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_pin_store_set_employee_hash (db, employee_id, hash, &error));
  g_assert_no_error (error);
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
  f->stage = emb_test_add_stage_at (f->db, "Buying", 0);
  f->till = emb_test_add_touchpoint_at (f->db, f->stage, "Till", 0);
  f->hotline = emb_test_add_touchpoint_at (f->db, f->stage, "Hotline", 1);
  emb_test_add_responsibility (f->db, f->cashier, f->till, EMB_RESPONSIBILITY_LEVEL_OWNS);
  emb_test_add_responsibility (f->db, f->agent, f->hotline, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  f->anna = emb_test_add_employee (f->db, "E100", "Anna Nowak", f->sales, f->cashier, TRUE);
  f->bert = emb_test_add_employee (f->db, "E200", "Bert Łukasz", f->support, f->agent, TRUE);
  f->carl = emb_test_add_employee (f->db, "E300", "Carl Nowak", f->support, 0, TRUE);
  f->dora = emb_test_add_employee (f->db, "E400", "Dora Left", f->sales, f->cashier, FALSE);
  f->kindness = emb_test_add_value (f->db, "Kindness");
  set_fast_pin (f->db, f->anna, ANNA_PIN);
  set_fast_pin (f->db, f->bert, BERT_PIN);
  set_fast_pin (f->db, f->carl, CARL_PIN);
  set_fast_pin (f->db, f->dora, "4444");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

static EmbStaffSession *
sign_in (Fixture    *f,
         gint64      employee_id,
         const char *pin)
{
  g_autoptr(GError) error = NULL;
  EmbStaffSession *session = emb_staff_session_sign_in (f->db, employee_id, pin, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  return session;
}

static void
assert_denied (GError *error)
{
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
}

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
test_change_pin (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(EmbStaffSession) session = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_staff_session_change_pin (session, ANNA_PIN, "12", &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "new-pin");
  g_clear_error (&error);
  g_assert_false (emb_staff_session_change_pin (session, "0000", "8642", &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);

  g_assert_true (emb_staff_session_change_pin (session, ANNA_PIN, "8642", &error));
  g_assert_no_error (error);
  g_assert_null (emb_staff_session_sign_in (f->db, f->anna, ANNA_PIN, NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);
  again = sign_in (f, f->anna, "8642");
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
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
  g_assert_cmpint (_emb_database_count (f->db, "SELECT failures FROM pin_throttle"), ==, 1);

  emb_staff_session_sign_in_async (f->db, f->anna, ANNA_PIN, NULL, NULL, emb_test_store_result,
                                   &result);
  session = emb_staff_session_sign_in_finish (f->db, emb_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_clear_object (&result);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM pin_throttle"), ==, 0);

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

/* Recognition -------------------------------------------------------------------- */

static EmbNomination *
new_nomination (gint64      nominee,
                gint64      value,
                const char *story)
{
  EmbNomination *nomination = emb_nomination_new ();

  emb_nomination_set_nominee_employee_id (nomination, nominee);
  emb_nomination_set_value_id (nomination, value);
  emb_nomination_set_story (nomination, story);
  return nomination;
}

static gint64
nominate (EmbStaffSession *session,
          EmbNomination   *nomination,
          gboolean         anonymous)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_staff_session_nominate (session, nomination, anonymous, 0, 0, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (nomination));
}

static void
approve (EmbDatabase *db,
         gint64       id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_recognition_store_approve (db, id, 0, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
model_has_id (GListModel *model,
              gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (model, i);

      if (emb_record_get_id (record) == id)
        return TRUE;
    }
  return FALSE;
}

static void
test_nominate_as_me (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Stayed late");
  g_autoptr(EmbNomination) stored = NULL;
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  gint64 id;

  /* Whatever the record says: sent by Anna, now, undecided. */
  emb_nomination_set_nominator_id (nomination, f->carl);
  emb_nomination_set_submitted_at (nomination, "2020-01-01T00:00:00Z");
  emb_nomination_set_status (nomination, EMB_NOMINATION_STATUS_CELEBRATED);
  g_assert_true (emb_staff_session_set_draft (anna, EMB_STAFF_FORM_NOMINATION,
                                              g_variant_new_parsed ("{'story': <'Stayed'>}"),
                                              NULL));
  id = nominate (anna, nomination, FALSE);

  stored = emb_recognition_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_nomination_get_nominator_id (stored), ==, f->anna);
  g_assert_cmpint (emb_nomination_get_status (stored), ==, EMB_NOMINATION_STATUS_SUBMITTED);
  g_assert_false (g_str_has_prefix (emb_nomination_get_submitted_at (stored), "2020"));
  g_assert_false (emb_nomination_get_anonymous (stored));
  /* The manager window hears of it; the draft is gone. */
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_CREATED,
                                       id));
  g_assert_null (emb_staff_session_get_draft (anna, EMB_STAFF_FORM_NOMINATION));
}

static void
test_nominate_refusals (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) myself = new_nomination (f->anna, f->kindness, "Me");
  g_autoptr(EmbNomination) no_value = new_nomination (f->bert, 0, "No value");
  g_autoptr(EmbNomination) gone = new_nomination (f->dora, f->kindness, "Left");
  g_autoptr(EmbNomination) first = new_nomination (f->bert, f->kindness, "One");
  g_autoptr(EmbNomination) second = new_nomination (f->bert, f->kindness, "Two");
  g_autoptr(EmbNomination) third = new_nomination (f->carl, f->kindness, "Three");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (f->db);

  /* The store's own refusals, under the fields of the form. */
  g_assert_false (emb_staff_session_nominate (anna, myself, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "nominator");
  g_clear_error (&error);
  g_assert_false (emb_staff_session_nominate (anna, no_value, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "value");
  g_clear_error (&error);
  g_assert_false (emb_staff_session_nominate (anna, gone, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "nominee-employee");
  g_clear_error (&error);
  emb_test_assert_unchanged (f->db, before);

  /* The caps: once per colleague, twice in all, anonymous or not. */
  g_assert_true (emb_staff_session_nominate (anna, first, TRUE, 2, 1, &error));
  g_assert_no_error (error);
  g_assert_false (emb_staff_session_nominate (anna, second, FALSE, 2, 1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominee-employee");
  g_clear_error (&error);
  g_assert_true (emb_staff_session_nominate (anna, third, FALSE, 2, 1, &error));
  g_assert_no_error (error);
  g_clear_object (&second);
  second = new_nomination (f->bert, f->kindness, "Two");
  emb_nomination_set_nominee_employee_id (second, 0);
  emb_nomination_set_nominee_department_id (second, f->support);
  g_assert_false (emb_staff_session_nominate (anna, second, FALSE, 2, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominator");
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM nomination"), ==, 2);
}

static void
test_anonymous_sender_hidden (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = NULL;
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Quietly kind");
  g_autoptr(EmbNomination) got = NULL;
  g_autoptr(EmbNomination) seen = NULL;
  g_autoptr(EmbNomination) mine = NULL;
  g_autoptr(GListModel) manager_list = NULL;
  g_autoptr(GListModel) by_anna = NULL;
  g_autoptr(GListModel) sent = NULL;
  g_autoptr(GListModel) received = NULL;
  g_autoptr(GError) error = NULL;
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  gint64 id;

  id = nominate (anna, nomination, TRUE);
  approve (f->db, id);

  /* The sender is kept, for the caps and her own list. */
  g_assert_cmpint (_emb_database_count (f->db, "SELECT nominator_id FROM nomination"), ==,
                   f->anna);
  sent = emb_staff_session_list_sent_nominations (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sent), ==, 1);
  mine = g_list_model_get_item (sent, 0);
  g_assert_cmpint (emb_nomination_get_nominator_id (mine), ==, f->anna);
  g_assert_true (emb_nomination_get_anonymous (mine));

  /* Bert, who received it, does not learn who sent it. */
  bert = sign_in (f, f->bert, BERT_PIN);
  received = emb_staff_session_list_received_recognitions (bert, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (received), ==, 1);
  seen = g_list_model_get_item (received, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (seen)), ==, id);
  g_assert_cmpint (emb_nomination_get_nominator_id (seen), ==, 0);

  /* Nor does the manager window. */
  got = emb_recognition_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_nominator_id (got), ==, 0);
  g_assert_true (emb_nomination_get_anonymous (got));
  manager_list = emb_recognition_store_query (f->db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (manager_list), ==, 1);
  g_clear_object (&got);
  got = g_list_model_get_item (manager_list, 0);
  g_assert_cmpint (emb_nomination_get_nominator_id (got), ==, 0);
  filter.nominator_id = f->anna;
  by_anna = emb_recognition_store_query (f->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (by_anna), ==, 0);
}

static void
test_anonymous_kept_on_edit (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Quietly kind");
  g_autoptr(EmbNomination) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = nominate (anna, nomination, TRUE);

  /* A manager edits the story of what they read without a sender. */
  edited = emb_recognition_store_get (f->db, id, &error);
  emb_nomination_set_story (edited, "Quietly kind, twice");
  emb_nomination_set_anonymous (edited, FALSE);
  g_assert_true (emb_recognition_store_save (f->db, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT nominator_id FROM nomination"), ==,
                   f->anna);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT anonymous FROM nomination"), ==, 1);
}

static void
test_private_nominations (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = NULL;
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(EmbStaffSession) carl = sign_in (f, f->carl, CARL_PIN);
  g_autoptr(EmbNomination) to_carl = new_nomination (f->carl, f->kindness, "Private to Carl");
  g_autoptr(EmbNomination) to_anna = new_nomination (f->anna, f->kindness, "Private to Anna");
  g_autoptr(EmbNomination) to_support = new_nomination (0, f->kindness, "Support team");
  g_autoptr(EmbNomination) waiting = new_nomination (f->anna, f->kindness, "Not yet approved");
  g_autoptr(GListModel) anna_received = NULL;
  g_autoptr(GListModel) anna_sent = NULL;
  g_autoptr(GListModel) carl_received = NULL;
  g_autoptr(GListModel) bert_sent = NULL;
  g_autoptr(GError) error = NULL;
  gint64 carl_id, anna_id, team_id;

  emb_nomination_set_is_public (to_carl, FALSE);
  emb_nomination_set_is_public (to_anna, FALSE);
  emb_nomination_set_nominee_department_id (to_support, f->support);
  carl_id = nominate (bert, to_carl, FALSE);
  anna_id = nominate (bert, to_anna, FALSE);
  team_id = nominate (carl, to_support, FALSE);
  nominate (bert, waiting, FALSE);
  approve (f->db, carl_id);
  approve (f->db, anna_id);
  approve (f->db, team_id);

  /* Anna sees what she received, not Carl's private one, nor another team's. */
  anna = sign_in (f, f->anna, ANNA_PIN);
  anna_received = emb_staff_session_list_received_recognitions (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (anna_received), ==, 1);
  g_assert_true (model_has_id (anna_received, anna_id));
  anna_sent = emb_staff_session_list_sent_nominations (anna, &error);
  g_assert_cmpuint (g_list_model_get_n_items (anna_sent), ==, 0);

  /* Carl: his own, and his department's. */
  carl_received = emb_staff_session_list_received_recognitions (carl, &error);
  g_assert_cmpuint (g_list_model_get_n_items (carl_received), ==, 2);
  g_assert_true (model_has_id (carl_received, carl_id));
  g_assert_true (model_has_id (carl_received, team_id));

  /* Bert sent three, decided or not. */
  bert_sent = emb_staff_session_list_sent_nominations (bert, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bert_sent), ==, 3);
  g_assert_false (model_has_id (bert_sent, team_id));
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

/* Autonomy ---------------------------------------------------------------------------- */

/* A pilot with a ceiling of 50.00 and a wave of @department in @status. */
static gint64
add_pilot (Fixture       *f,
           const char    *name,
           gint64         department,
           EmbWaveStatus  status)
{
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(EmbWave) wave = emb_wave_new ();
  g_autoptr(GError) error = NULL;

  emb_pilot_set_name (pilot, name);
  emb_pilot_set_principle (pilot, "Decide for the customer");
  emb_pilot_set_spending_ceiling (pilot, 5000);
  g_assert_true (emb_pilot_store_save_pilot (f->db, pilot, &error));
  g_assert_no_error (error);
  emb_wave_set_pilot_id (wave, emb_record_get_id (EMB_RECORD (pilot)));
  emb_wave_set_department_id (wave, department);
  emb_wave_set_starts_on (wave, "2026-01-01");
  emb_wave_set_ends_on (wave, "2026-12-31");
  emb_wave_set_status (wave, status);
  emb_test_save_as_it_is (f->db, &emb_table_wave, wave);
  return emb_record_get_id (EMB_RECORD (pilot));
}

static EmbDecision *
new_decision (gint64 cost)
{
  EmbDecision *decision = emb_decision_new ();

  emb_decision_set_situation (decision, "A parcel came late");
  emb_decision_set_decision (decision, "Refunded the postage");
  emb_decision_set_cost (decision, cost);
  return decision;
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(EmbDecision) nowhere = new_decision (100);
  g_autoptr(EmbDecision) within = new_decision (4000);
  g_autoptr(EmbDecision) over = new_decision (9000);
  g_autoptr(EmbDecision) other_pilot = new_decision (100);
  g_autoptr(EmbDecision) stored = NULL;
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) bert_decisions = NULL;
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(GError) error = NULL;
  gint64 sales_pilot, planned_pilot;

  /* No running wave of Sales yet: nothing to log under. */
  planned_pilot = add_pilot (f, "Planned for Sales", f->sales, EMB_WAVE_STATUS_PLANNED);
  add_pilot (f, "Support's", f->support, EMB_WAVE_STATUS_RUNNING);
  pilot = emb_staff_session_get_running_pilot (anna, &wave, &error);
  g_assert_no_error (error);
  g_assert_null (pilot);
  g_assert_null (wave);
  g_assert_false (emb_staff_session_log_decision (anna, nowhere, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "pilot");
  g_clear_error (&error);

  sales_pilot = add_pilot (f, "Sales decides", f->sales, EMB_WAVE_STATUS_RUNNING);
  pilot = emb_staff_session_get_running_pilot (anna, &wave, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (pilot)), ==, sales_pilot);
  g_assert_cmpint (emb_wave_get_department_id (wave), ==, f->sales);

  /* Only under my department's pilot. */
  emb_decision_set_pilot_id (other_pilot, planned_pilot);
  g_assert_false (emb_staff_session_log_decision (anna, other_pilot, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "pilot");
  g_clear_error (&error);

  /* Within the ceiling: as Anna, whoever the record named; no reason kept. */
  emb_decision_set_employee_id (within, f->bert);
  emb_decision_set_over_ceiling_reason (within, "Not needed");
  g_assert_true (emb_staff_session_log_decision (anna, within, &error));
  g_assert_no_error (error);
  stored = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (within)), NULL);
  g_assert_cmpint (emb_decision_get_employee_id (stored), ==, f->anna);
  g_assert_cmpint (emb_decision_get_pilot_id (stored), ==, sales_pilot);
  g_assert_cmpstr (emb_decision_get_over_ceiling_reason (stored), ==, "");
  g_assert_nonnull (emb_decision_get_decided_on (stored));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DECISION, EMB_CHANGE_CREATED,
                                       emb_record_get_id (EMB_RECORD (within))));

  /* Over it: the reason is asked for, under its field, then kept; pending. */
  emb_decision_set_over_ceiling_reason (over, "   ");
  g_assert_false (emb_staff_session_log_decision (anna, over, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "over-ceiling-reason");
  g_clear_error (&error);
  emb_decision_set_over_ceiling_reason (over, "A wedding was at stake");
  g_assert_true (emb_staff_session_log_decision (anna, over, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (over)), NULL);
  g_assert_cmpstr (emb_decision_get_over_ceiling_reason (stored), ==, "A wedding was at stake");
  g_assert_cmpint (emb_decision_get_review_status (stored), ==, EMB_REVIEW_STATUS_PENDING);

  /* My decisions only. */
  mine = emb_staff_session_list_my_decisions (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 2);
  bert_decisions = emb_staff_session_list_my_decisions (bert, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bert_decisions), ==, 0);
}

/* Feedback and pulses ------------------------------------------------------------------ */

static void
add_scores (Fixture      *f,
            EmbScoreType  type,
            int           score,
            guint         n,
            gint64        touchpoint)
{
  for (guint i = 0; i < n; i++)
    emb_test_add_feedback (f->db, "2026-02-20T10:00:00Z", EMB_FEEDBACK_KIND_SURVEY, type, score,
                           touchpoint, "");
}

static void
set_assignee (EmbDatabase *db,
                                gint64       feedback_id,
                                gint64       employee_id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (db, "UPDATE feedback SET assignee_id = ?2 WHERE id = ?1",
                                   feedback_id, NULL);
  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 2, employee_id);
  g_assert_true (_emb_database_step_done (db, stmt, NULL));
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(GListModel) feedback = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old_praise, new_praise, complaint, other, too_old;

  old_praise = emb_test_add_feedback (f->db, "2026-02-10T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                      EMB_SCORE_TYPE_NPS, 10, f->till, "Lovely");
  complaint = emb_test_add_feedback (f->db, "2026-02-28T09:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     EMB_SCORE_TYPE_NONE, -1, f->till, "Queue");
  new_praise = emb_test_add_feedback (f->db, "2026-02-25T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                      EMB_SCORE_TYPE_NONE, -1, f->till, "Quick");
  other = emb_test_add_feedback (f->db, "2026-02-25T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                 EMB_SCORE_TYPE_NONE, -1, f->hotline, "Not Anna's");
  too_old = emb_test_add_feedback (f->db, "2026-01-10T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                   EMB_SCORE_TYPE_NONE, -1, f->till, "Long ago");
  emb_test_add_feedback (f->db, "2026-02-25T09:00:00Z", EMB_FEEDBACK_KIND_SUGGESTION,
                         EMB_SCORE_TYPE_NONE, -1, f->till, "A suggestion");
  g_assert_true (_emb_database_exec (f->db, "UPDATE feedback SET customer_ref = 'Mrs Kowalska',"
                                     " source_id = 'R-1'", NULL));
  set_assignee (f->db, new_praise, f->bert);
  set_assignee (f->db, complaint, f->anna);

  feedback = emb_staff_session_list_feedback (anna, 30, now, &error);
  g_assert_no_error (error);
  /* Praise first (newest first), then complaints; mine, in the 30 days. */
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EmbFeedback) item = g_list_model_get_item (feedback, i);
      gint64 expected[] = { new_praise, old_praise, complaint };

      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), ==, expected[i]);
      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), !=, other);
      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), !=, too_old);
      /* Nothing that points at a customer or a respondent. */
      g_assert_cmpstr (emb_feedback_get_customer_ref (item), ==, "");
      g_assert_cmpstr (emb_feedback_get_source_id (item), ==, "");
      g_assert_cmpint (emb_feedback_get_score_type (item), ==, EMB_SCORE_TYPE_NONE);
      g_assert_cmpint (emb_feedback_get_score (item), ==, -1);
      /* My follow-up is; someone else's is not named. */
      g_assert_cmpint (emb_feedback_get_assignee_id (item), ==, i == 2 ? f->anna : 0);
    }
}

static void
test_feedback_threshold (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) carl = sign_in (f, f->carl, CARL_PIN);
  g_autoptr(GError) error = NULL;
  EmbNps nps;
  EmbCsat csat;

  /* Four NPS answers at the till (below the default 5), five CSAT. */
  add_scores (f, EMB_SCORE_TYPE_NPS, 10, 3, f->till);
  add_scores (f, EMB_SCORE_TYPE_NPS, 0, 1, f->till);
  add_scores (f, EMB_SCORE_TYPE_CSAT, 5, 4, f->till);
  add_scores (f, EMB_SCORE_TYPE_CSAT, 1, 1, f->till);
  /* Plenty elsewhere, which is not Anna's. */
  add_scores (f, EMB_SCORE_TYPE_NPS, 9, 20, f->hotline);

  g_assert_cmpuint (emb_programme_get_anonymity_threshold (f->db), ==,
                    EMB_ANONYMITY_THRESHOLD_DEFAULT);
  g_assert_true (emb_staff_session_get_feedback_figures (anna, 30, now, &nps, &csat, &error));
  g_assert_no_error (error);
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 4);
  g_assert_cmpuint (nps.promoters, ==, 0);
  g_assert_cmpuint (nps.detractors, ==, 0);
  g_assert_cmpint (nps.score, ==, 0);
  g_assert_true (csat.valid);
  g_assert_cmpuint (csat.total, ==, 5);
  g_assert_cmpfloat_with_epsilon (csat.percent, 80.0, 0.001);

  /* A lower threshold shows the NPS: (3 − 1) / 4 = 50. */
  g_assert_true (emb_programme_set_anonymity_threshold (f->db, 4, &error));
  g_assert_no_error (error);
  g_assert_true (emb_staff_session_get_feedback_figures (anna, 30, now, &nps, &csat, &error));
  g_assert_true (nps.valid);
  g_assert_cmpint (nps.score, ==, 50);

  /* Never below 3. */
  g_assert_false (emb_programme_set_anonymity_threshold (f->db, 2, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "anonymity-threshold");
  g_clear_error (&error);
  g_assert_true (_emb_database_exec (f->db, "UPDATE setting SET value = '1'"
                                     " WHERE key = 'anonymity-threshold'", NULL));
  g_assert_cmpuint (emb_programme_get_anonymity_threshold (f->db), ==,
                    EMB_ANONYMITY_THRESHOLD_DEFAULT);

  /* Without a role, no touchpoints: nothing, not everything. */
  g_assert_true (emb_staff_session_get_feedback_figures (carl, 30, now, &nps, &csat, &error));
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 0);
  g_assert_cmpuint (csat.total, ==, 0);
}

static void
test_idle_minutes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (emb_programme_get_staff_idle_minutes (f->db), ==,
                    EMB_STAFF_IDLE_MINUTES_DEFAULT);
  g_assert_true (emb_programme_set_staff_idle_minutes (f->db, 15, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (emb_programme_get_staff_idle_minutes (f->db), ==, 15);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANY, EMB_CHANGE_UPDATED, 0));

  g_assert_false (emb_programme_set_staff_idle_minutes (f->db, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "staff-idle-minutes");
  g_clear_error (&error);
  g_assert_false (emb_programme_set_staff_idle_minutes (f->db, EMB_STAFF_IDLE_MINUTES_MAX + 1,
                                                        &error));
  g_clear_error (&error);
  g_assert_cmpuint (emb_programme_get_staff_idle_minutes (f->db), ==, 15);
}

static gint64
add_pulse (Fixture *f,
           gint64   department,
           gint64   role,
           int      respondents)
{
  g_autoptr(EmbPulse) pulse = emb_pulse_new ();

  emb_pulse_set_department_id (pulse, department);
  emb_pulse_set_role_id (pulse, role);
  emb_pulse_set_taken_on (pulse, "2026-02-01");
  emb_pulse_set_company (pulse, 4.2);
  emb_pulse_set_value_proposition (pulse, 3.9);
  emb_pulse_set_customer (pulse, 4.5);
  emb_pulse_set_respondents (pulse, respondents);
  return emb_test_save_as_it_is (f->db, &emb_table_pulse, pulse);
}

static void
test_pulses (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(GListModel) pulses = NULL;
  g_autoptr(GListModel) fewer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sales_ok = add_pulse (f, f->sales, 0, 5);
  gint64 cashier_ok = add_pulse (f, 0, f->cashier, 12);
  gint64 sales_few = add_pulse (f, f->sales, 0, 4);
  gint64 support = add_pulse (f, f->support, 0, 30);

  pulses = emb_staff_session_list_pulses (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pulses), ==, 2);
  g_assert_true (model_has_id (pulses, sales_ok));
  g_assert_true (model_has_id (pulses, cashier_ok));
  g_assert_false (model_has_id (pulses, sales_few));
  g_assert_false (model_has_id (pulses, support));

  g_assert_true (emb_programme_set_anonymity_threshold (f->db, 6, &error));
  fewer = emb_staff_session_list_pulses (anna, &error);
  g_assert_cmpuint (g_list_model_get_n_items (fewer), ==, 1);
  g_assert_true (model_has_id (fewer, cashier_ok));
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

/* The bundle ------------------------------------------------------------------------- */

static void
test_bundle_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Quietly kind");
  g_autoptr(EmbDecision) over = new_decision (9000);
  g_autoptr(EmbTestDb) target = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autofree char *path = g_build_filename (f->tdb->dir, "bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { 0 };

  add_pilot (f, "Sales decides", f->sales, EMB_WAVE_STATUS_RUNNING);
  nominate (anna, nomination, TRUE);
  emb_decision_set_over_ceiling_reason (over, "A wedding was at stake");
  g_assert_true (emb_staff_session_log_decision (anna, over, &error));
  g_assert_no_error (error);

  g_assert_true (emb_bundle_export (f->db, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, &error));
  /* The sender travels (the caps need it), PINs never do. */
  g_assert_nonnull (strstr (text, "\"anonymous\": true"));
  g_assert_nonnull (strstr (text, "A wedding was at stake"));
  g_assert_null (strstr (text, "argon2"));
  g_assert_null (strstr (text, "pin_hash"));

  options.format = EMB_IMPORT_FORMAT_BUNDLE;
  g_assert_true (emb_bundle_import (target->db, file, &options, NULL, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (target->db, "SELECT count(*) FROM nomination n"
                                        " JOIN employee e ON e.id = n.nominator_id"
                                        " WHERE n.anonymous = 1 AND e.name = 'Anna Nowak'"), ==, 1);
  g_assert_cmpint (_emb_database_count (target->db, "SELECT count(*) FROM pilot_decision"
                                        " WHERE over_ceiling_reason = 'A wedding was at stake'"),
                   ==, 1);
  g_assert_cmpint (_emb_database_count (target->db, "SELECT count(*) FROM employee"
                                        " WHERE pin_hash IS NOT NULL"), ==, 0);
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
  emb_test_init (&argc, &argv);
  /* The interactive limits are tested in test-pin.c; here they would only
   * slow every sign-in down. */
  _emb_pin_use_least_limits (TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/staff-session/directory", test_directory);
  ADD ("/staff-session/sign-in", test_sign_in);
  ADD ("/staff-session/sign-in-throttled", test_sign_in_throttled);
  ADD ("/staff-session/no-pin-hash", test_no_pin_hash);
  ADD ("/staff-session/sign-out", test_sign_out);
  ADD ("/staff-session/change-pin", test_change_pin);
  ADD ("/staff-session/async", test_async);
  ADD ("/staff-session/acknowledge-as-me", test_acknowledge_as_me);
  ADD ("/staff-session/no-other-acknowledgements", test_no_other_acknowledgements);
  ADD ("/staff-session/nominate-as-me", test_nominate_as_me);
  ADD ("/staff-session/nominate-refusals", test_nominate_refusals);
  ADD ("/staff-session/anonymous-sender-hidden", test_anonymous_sender_hidden);
  ADD ("/staff-session/anonymous-kept-on-edit", test_anonymous_kept_on_edit);
  ADD ("/staff-session/private-nominations", test_private_nominations);
  ADD ("/staff-session/drafts", test_drafts);
  ADD ("/staff-session/decisions", test_decisions);
  ADD ("/staff-session/feedback", test_feedback);
  ADD ("/staff-session/feedback-threshold", test_feedback_threshold);
  ADD ("/staff-session/pulses", test_pulses);
  ADD ("/staff-session/idle-minutes", test_idle_minutes);
  ADD ("/staff-session/other-process-sees", test_other_process_sees);
  ADD ("/staff-session/bundle-round-trip", test_bundle_round_trip);

#undef ADD

  g_test_add_func ("/staff-session/demo-sign-in", test_demo_sign_in);

  return g_test_run ();
}
