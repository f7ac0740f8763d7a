/* emb-staff-test-util.c: the small organisation of the staff session tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-pin-private.h"
#include "emb-recognition-store.h"
#include "emb-records.h"
#include "emb-staff-test-util.h"
#include "emb-tables.h"
#include "emb-test-util.h"

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

void
staff_test_init (int    *argc,
                 char ***argv)
{
  emb_test_init (argc, argv);
  _emb_pin_use_least_limits (TRUE);
}

void
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

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

EmbStaffSession *
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

void
assert_denied (GError *error)
{
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
}

EmbNomination *
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

gint64
nominate (EmbStaffSession *session,
          EmbNomination   *nomination,
          gboolean         anonymous)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_staff_session_nominate (session, nomination, anonymous, 0, 0, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (nomination));
}

void
approve (EmbDatabase *db,
         gint64       id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_recognition_store_approve (db, id, 0, NULL, &error));
  g_assert_no_error (error);
}

gboolean
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
