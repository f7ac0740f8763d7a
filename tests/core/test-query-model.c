/* test-query-model.c: the lazy, keyset-paged list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-query-model.h"
#include "emb-test-util.h"

#define N_PEOPLE 1234

static gboolean
add_people (EmbDatabase  *db,
            gpointer      user_data,
            GError      **error)
{
  guint n = GPOINTER_TO_UINT (user_data);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbEmployee) e = emb_employee_new ();
      g_autofree char *number = g_strdup_printf ("N%05u", i);
      /* Names repeat, so the id must break ties in the order. */
      g_autofree char *name = g_strdup_printf ("Person %03u", i % 500);

      emb_employee_set_employee_number (e, number);
      emb_employee_set_name (e, name);
      if (!emb_people_store_save_employee (db, e, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  guint calls;
  guint position, removed, added;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *ic)
{
  ic->calls++;
  ic->position = position;
  ic->removed = removed;
  ic->added = added;
}

/* The expected order: by name, then id. */
static GArray *
expected_ids (EmbDatabase *db)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db,
                                                        "SELECT id FROM employee"
                                                        " ORDER BY name COLLATE NOCASE, id",
                                                        NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return ids;
}

static gint64
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(EmbRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  return emb_record_get_id (record);
}

static void
test_pages_in_order (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_true (emb_database_transaction (tdb->db, add_people, GUINT_TO_POINTER (N_PEOPLE), &error));
  ids = expected_ids (tdb->db);
  model = emb_people_store_query_employees (tdb->db, NULL);

  g_assert_true (g_list_model_get_item_type (model) == EMB_TYPE_EMPLOYEE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_PEOPLE);

  /* Forwards, through every page boundary. */
  for (guint i = 0; i < N_PEOPLE; i++)
    g_assert_cmpint (id_at (model, i), ==, g_array_index (ids, gint64, i));
  g_assert_null (g_list_model_get_item (model, N_PEOPLE));

  /* Only a bounded number of pages stays in memory. */
  g_assert_cmpuint (emb_query_model_get_cached_pages (EMB_QUERY_MODEL (model)), <=, 64);
}

static void
test_random_and_backwards (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  g_assert_true (emb_database_transaction (tdb->db, add_people, GUINT_TO_POINTER (N_PEOPLE), &error));
  ids = expected_ids (tdb->db);
  model = emb_people_store_query_employees (tdb->db, NULL);

  /* Jumps far into the list (through the page skeleton)… */
  for (guint i = 0; i < 200; i++)
    {
      guint pos = g_rand_int_range (rand, 0, N_PEOPLE);
      g_assert_cmpint (id_at (model, pos), ==, g_array_index (ids, gint64, pos));
    }

  /* …and backwards from the end (through the page before a cached one). */
  g_clear_object (&model);
  model = emb_people_store_query_employees (tdb->db, NULL);
  for (guint i = N_PEOPLE; i > 0; i--)
    g_assert_cmpint (id_at (model, i - 1), ==, g_array_index (ids, gint64, i - 1));
}

static void
test_items_changed (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(EmbEmployee) first = NULL;
  ItemsChanged ic = { 0 };

  g_assert_true (emb_database_transaction (tdb->db, add_people, GUINT_TO_POINTER (10), &error));
  model = emb_people_store_query_employees (tdb->db, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &ic);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);

  /* Twenty more in one transaction: one coalesced items-changed. */
  {
    g_autoptr(EmbEmployee) e = NULL;
    for (guint i = 0; i < 20; i++)
      {
        g_autofree char *number = g_strdup_printf ("X%u", i);
        g_clear_object (&e);
        e = emb_employee_new ();
        emb_employee_set_employee_number (e, number);
        emb_employee_set_name (e, "Aaron");
        g_assert_true (emb_people_store_save_employee (tdb->db, e, &error));
      }
  }
  g_assert_cmpuint (ic.calls, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (ic.calls, ==, 1);
  g_assert_cmpuint (ic.removed, ==, 10);
  g_assert_cmpuint (ic.added, ==, 30);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 30);

  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (emb_employee_get_name (first), ==, "Aaron");

  /* A deletion shows too. */
  g_assert_true (emb_people_store_delete_employee (tdb->db, emb_record_get_id (EMB_RECORD (first)),
                                                   &error));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (ic.calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 29);
}

static void
test_find_id (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) ids = NULL;
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  guint pos = 0;

  g_assert_true (emb_database_transaction (tdb->db, add_people, GUINT_TO_POINTER (300), &error));
  ids = expected_ids (tdb->db);
  model = emb_people_store_query_employees (tdb->db, NULL);

  g_assert_true (emb_query_model_find_id (EMB_QUERY_MODEL (model), g_array_index (ids, gint64, 217), &pos));
  g_assert_cmpuint (pos, ==, 217);
  g_assert_false (emb_query_model_find_id (EMB_QUERY_MODEL (model), 999999, &pos));

  /* Not found when the filter excludes it. */
  g_clear_object (&model);
  filter.search = "N00001";
  model = emb_people_store_query_employees (tdb->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_false (emb_query_model_find_id (EMB_QUERY_MODEL (model), g_array_index (ids, gint64, 217), &pos));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/query-model/pages-in-order", test_pages_in_order);
  g_test_add_func ("/query-model/random-and-backwards", test_random_and_backwards);
  g_test_add_func ("/query-model/items-changed", test_items_changed);
  g_test_add_func ("/query-model/find-id", test_find_id);

  return g_test_run ();
}
