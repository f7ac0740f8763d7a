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
#include "emb-database-private.h"
#include "emb-pin-private.h"
#include "emb-programme-store.h"
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

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/staff-session/directory", test_directory);
  ADD ("/staff-session/sign-in", test_sign_in);
  ADD ("/staff-session/sign-in-throttled", test_sign_in_throttled);
  ADD ("/staff-session/no-pin-hash", test_no_pin_hash);
  ADD ("/staff-session/sign-out", test_sign_out);
  ADD ("/staff-session/change-pin", test_change_pin);
  ADD ("/staff-session/acknowledge-as-me", test_acknowledge_as_me);
  ADD ("/staff-session/no-other-acknowledgements", test_no_other_acknowledgements);

#undef ADD

  return g_test_run ();
}
