/* test-query-model.c: the lazy, keyset-paged list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-query-model.h"
#include "emb-recognition-store.h"
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

/* Counts the statements that count the employees, as SQLite runs them. */
static int
count_statements (unsigned  type,
                  void     *context,
                  void     *p,
                  void     *x)
{
  guint *n = context;

  if (type == SQLITE_TRACE_STMT &&
      g_str_has_prefix (sqlite3_sql ((sqlite3_stmt *)p), "SELECT count(*) FROM employee"))
    (*n)++;
  return 0;
}

static void
add_employee (EmbDatabase *db,
              const char  *number)
{
  emb_test_add_employee (db, number, number, 0, 0, TRUE);
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_paused (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  EmbQueryModel *qm;
  ItemsChanged ic = { 0 };
  guint counted = 0;
  guint n_counts;

  g_assert_true (emb_database_transaction (tdb->db, add_people, GUINT_TO_POINTER (10), &error));
  model = emb_people_store_query_employees (tdb->db, NULL);
  qm = EMB_QUERY_MODEL (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &ic);
  sqlite3_trace_v2 (_emb_database_get_handle (tdb->db), SQLITE_TRACE_STMT, count_statements, &counted);
  g_assert_false (emb_query_model_get_paused (qm));
  n_counts = emb_query_model_get_n_counts (qm);

  /* Paused: changes of every kind it follows, here and from another
   * process, only make it stale. */
  g_object_set (model, "paused", TRUE, NULL);
  g_assert_true (emb_query_model_get_paused (qm));
  g_assert_false (emb_query_model_is_stale (qm));
  add_employee (tdb->db, "P1");
  add_employee (tdb->db, "P2");
  iterate ();
  add_employee (tdb->db, "P3");
  emb_database_emit_changed (tdb->db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  emb_query_model_refresh (qm);
  iterate ();
  g_assert_cmpuint (ic.calls, ==, 0);
  g_assert_cmpuint (counted, ==, 0);
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, n_counts);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);
  g_assert_true (emb_query_model_is_stale (qm));

  /* Resumed: one count, one items-changed, for everything. */
  emb_query_model_set_paused (qm, FALSE);
  g_assert_cmpuint (counted, ==, 1);
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, n_counts + 1);
  g_assert_cmpuint (ic.calls, ==, 1);
  g_assert_cmpuint (ic.removed, ==, 10);
  g_assert_cmpuint (ic.added, ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 13);
  g_assert_false (emb_query_model_is_stale (qm));
  iterate ();
  g_assert_cmpuint (ic.calls, ==, 1);

  /* Paused and resumed with nothing changed: nothing read. */
  emb_query_model_set_paused (qm, TRUE);
  iterate ();
  emb_query_model_set_paused (qm, FALSE);
  iterate ();
  g_assert_cmpuint (counted, ==, 1);
  g_assert_cmpuint (ic.calls, ==, 1);

  /* A change whose refresh waited for its idle when the model was paused
   * waits for the resumption. */
  add_employee (tdb->db, "P4");
  emb_query_model_set_paused (qm, TRUE);
  iterate ();
  g_assert_cmpuint (ic.calls, ==, 1);
  g_assert_true (emb_query_model_is_stale (qm));
  emb_query_model_set_paused (qm, FALSE);
  g_assert_cmpuint (ic.calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 14);

  /* A change of a kind the model does not follow does not make it stale. */
  emb_query_model_set_paused (qm, TRUE);
  emb_test_add_value (tdb->db, "Candour");
  iterate ();
  g_assert_false (emb_query_model_is_stale (qm));
  emb_query_model_set_paused (qm, FALSE);
  g_assert_cmpuint (ic.calls, ==, 2);
  g_assert_cmpuint (counted, ==, 2);

  sqlite3_trace_v2 (_emb_database_get_handle (tdb->db), 0, NULL, NULL);
}

/* The ids of @ids but those in @hidden, in order. */
static GArray *
without (GArray       *ids,
         const gint64 *hidden,
         guint         n_hidden)
{
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean is_hidden = FALSE;

      for (guint j = 0; j < n_hidden; j++)
        is_hidden = is_hidden || hidden[j] == id;
      if (!is_hidden)
        g_array_append_val (kept, id);
    }
  return kept;
}

static void
assert_model_ids (GListModel *model,
                  GArray     *ids)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (id_at (model, i), ==, g_array_index (ids, gint64, i));
  g_assert_null (g_list_model_get_item (model, ids->len));
}

static void
test_hidden_ids (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) kept = NULL;
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  EmbQueryModel *qm;
  ItemsChanged ic = { 0 };
  gint64 hidden[4];
  guint pos;

  g_assert_true (emb_database_transaction (tdb->db, add_people, GUINT_TO_POINTER (N_PEOPLE), &error));
  ids = expected_ids (tdb->db);
  model = emb_people_store_query_employees (tdb->db, NULL);
  qm = EMB_QUERY_MODEL (model);
  g_assert_cmpint (emb_query_model_get_kind (qm), ==, EMB_RECORD_KIND_EMPLOYEE);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &ic);

  /* Rows on the first page, on a far page and the last row leave the list,
   * its positions and its count at once, in one items-changed; an id that
   * is not there changes nothing. */
  hidden[0] = g_array_index (ids, gint64, 3);
  hidden[1] = g_array_index (ids, gint64, 777);
  hidden[2] = g_array_index (ids, gint64, N_PEOPLE - 1);
  hidden[3] = 999999;
  g_assert_cmpint (id_at (model, 5), ==, g_array_index (ids, gint64, 5));
  emb_query_model_set_hidden_ids (qm, hidden, G_N_ELEMENTS (hidden));
  g_assert_cmpuint (ic.calls, ==, 1);
  g_assert_cmpuint (ic.added, ==, N_PEOPLE - 3);
  kept = without (ids, hidden, 3);
  assert_model_ids (model, kept);
  g_assert_false (emb_query_model_find_id (qm, hidden[1], NULL));
  g_assert_true (emb_query_model_find_id (qm, g_array_index (ids, gint64, 778), &pos));
  g_assert_cmpuint (pos, ==, 776);

  /* Jumps far and backwards skip them too (through the skeleton). */
  g_clear_object (&model);
  model = emb_people_store_query_employees (tdb->db, NULL);
  qm = EMB_QUERY_MODEL (model);
  emb_query_model_set_hidden_ids (qm, hidden, 3);
  for (guint i = kept->len; i > 97; i -= 97)
    g_assert_cmpint (id_at (model, i - 1), ==, g_array_index (kept, gint64, i - 1));
  for (guint i = kept->len; i > 0; i--)
    g_assert_cmpint (id_at (model, i - 1), ==, g_array_index (kept, gint64, i - 1));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &ic);
  ic.calls = 0;

  /* The same set again, in another order: nothing to do. */
  {
    gint64 again[] = { hidden[2], hidden[0], hidden[1], hidden[0] };

    emb_query_model_set_hidden_ids (qm, again, G_N_ELEMENTS (again));
    g_assert_cmpuint (ic.calls, ==, 0);
  }

  /* Shown again (an Undo): back in their places. */
  emb_query_model_set_hidden_ids (qm, hidden, 1);
  g_assert_cmpuint (ic.calls, ==, 1);
  g_clear_pointer (&kept, g_array_unref);
  kept = without (ids, hidden, 1);
  assert_model_ids (model, kept);

  /* A hidden row deleted for real (the deletion carried out) and then no
   * longer hidden changes nothing but by its own change notice. */
  g_assert_true (emb_people_store_delete_employee (tdb->db, hidden[0], &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (ic.calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_PEOPLE - 1);
  emb_query_model_set_hidden_ids (qm, NULL, 0);
  g_assert_cmpuint (ic.calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_PEOPLE - 1);

  /* A row the filter leaves out changes nothing when hidden. */
  g_clear_object (&model);
  filter.search = "N00002";
  model = emb_people_store_query_employees (tdb->db, &filter);
  qm = EMB_QUERY_MODEL (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &ic);
  ic.calls = 0;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  emb_query_model_set_hidden_ids (qm, &hidden[1], 1);
  g_assert_cmpuint (ic.calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Paused: hidden when resumed, with one count. */
  g_clear_object (&model);
  model = emb_people_store_query_employees (tdb->db, NULL);
  qm = EMB_QUERY_MODEL (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &ic);
  ic.calls = 0;
  emb_query_model_set_paused (qm, TRUE);
  emb_query_model_set_hidden_ids (qm, &hidden[1], 2);
  g_assert_cmpuint (ic.calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_PEOPLE - 1);
  emb_query_model_set_paused (qm, FALSE);
  g_assert_cmpuint (ic.calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_PEOPLE - 3);
}

/* A list whose count the store keeps in a table (the nominations by
 * status) takes the hidden rows away from that count. */
static void
test_hidden_ids_kept_count (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new_demo ();
  g_autoptr(GListModel) inbox = NULL;
  g_autoptr(GListModel) approved = NULL;
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  gint64 hidden[2];
  guint n;

  filter.status = EMB_NOMINATION_STATUS_SUBMITTED;
  inbox = emb_recognition_store_query (tdb->db, &filter);
  filter.status = EMB_NOMINATION_STATUS_APPROVED;
  approved = emb_recognition_store_query (tdb->db, &filter);
  n = g_list_model_get_n_items (inbox);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (n, ==, emb_recognition_store_count_by_status (tdb->db, EMB_NOMINATION_STATUS_SUBMITTED));
  g_assert_cmpuint (g_list_model_get_n_items (approved), >, 0);

  hidden[0] = id_at (inbox, 0);
  hidden[1] = id_at (inbox, 2);
  emb_query_model_set_hidden_ids (EMB_QUERY_MODEL (inbox), hidden, 2);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n - 2);
  g_assert_cmpint (id_at (inbox, 1), !=, hidden[1]);

  /* Ids of another status are not in the list: its count stays. */
  n = g_list_model_get_n_items (approved);
  emb_query_model_set_hidden_ids (EMB_QUERY_MODEL (approved), hidden, 2);
  g_assert_cmpuint (g_list_model_get_n_items (approved), ==, n);
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
  g_test_add_func ("/query-model/paused", test_paused);
  g_test_add_func ("/query-model/hidden-ids", test_hidden_ids);
  g_test_add_func ("/query-model/hidden-ids-kept-count", test_hidden_ids_kept_count);

  return g_test_run ();
}
