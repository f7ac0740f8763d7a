/* test-common.c: the shared plumbing of the pages (src/gui/common)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart-draw.h"
#include "emb-drop-down.h"
#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-list-step.h"
#include "emb-page.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-query-model.h"
#include "emb-test-util.h"
#include "emb-toast.h"
#include "emb-ui-test-util.h"
#include "emb-undo-queue.h"

/* A page that counts its refreshes and lists the departments it shows. */

#define TEST_TYPE_PAGE (test_page_get_type ())
G_DECLARE_FINAL_TYPE (TestPage, test_page, TEST, PAGE, EmbPage)

struct _TestPage
{
  EmbPage  parent_instance;

  guint    refreshes;
  guint    changes;
  GArray  *shown;      /* gint64 ids of departments shown */
};

G_DEFINE_FINAL_TYPE (TestPage, test_page, EMB_TYPE_PAGE)

static void
test_page_refresh (EmbPage *page)
{
  TestPage *self = TEST_PAGE (page);
  EmbUndoQueue *queue = emb_page_get_undo_queue (page);
  g_autoptr(GListModel) departments = NULL;

  self->refreshes++;
  g_array_set_size (self->shown, 0);
  departments = emb_people_store_list_departments (emb_page_get_database (page), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (record);

      if (!emb_undo_queue_contains (queue, EMB_RECORD_KIND_DEPARTMENT, id))
        g_array_append_val (self->shown, id);
    }
}

static void
test_page_database_changed (EmbPage       *page,
                            EmbRecordKind  kind,
                            EmbChangeType  change,
                            gint64         id)
{
  TEST_PAGE (page)->changes++;
}

static void
test_page_finalize (GObject *object)
{
  g_array_unref (TEST_PAGE (object)->shown);

  G_OBJECT_CLASS (test_page_parent_class)->finalize (object);
}

static void
test_page_class_init (TestPageClass *klass)
{
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = test_page_finalize;
  page_class->refresh = test_page_refresh;
  page_class->database_changed = test_page_database_changed;
  emb_page_class_watch (page_class, EMB_RECORD_KIND_DEPARTMENT, EMB_RECORD_KIND_ROLE, -1);
}

static void
test_page_init (TestPage *self)
{
  self->shown = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Fixture: a window with a toast overlay holding a stack of the test page and
 * an empty page, on an empty database. */

typedef struct
{
  char            *dir;
  EmbDatabase     *db;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  GtkStack        *stack;
  TestPage        *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("embassy-common-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "programme.db", NULL);
  f->db = emb_database_open (path, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 600, 400);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  f->stack = GTK_STACK (gtk_stack_new ());
  f->page = g_object_new (TEST_TYPE_PAGE, "database", f->db, NULL);
  gtk_stack_add_named (f->stack, gtk_label_new ("other"), "other");
  gtk_stack_add_named (f->stack, GTK_WIDGET (f->page), "test");
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->stack));
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  gtk_stack_set_visible_child_name (f->stack, "other");
  gtk_window_present (f->window);
  emb_ui_test_wait_mapped (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  emb_ui_test_iterate (20);
  g_clear_object (&f->db);
  emb_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
show_page (Fixture *f)
{
  gtk_stack_set_visible_child_name (f->stack, "test");
  emb_ui_test_wait_mapped (GTK_WIDGET (f->page));
  emb_ui_test_iterate (50);
}

static void
test_refresh_waits_for_map (Fixture       *f,
                            gconstpointer  data)
{
  /* Not shown: nothing is read, however much changes. */
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, 0);
  emb_test_add_department (f->db, "Sales");
  emb_test_add_department (f->db, "Support");
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, 0);
  g_assert_cmpuint (f->page->changes, ==, 2);

  /* Shown: one load, with both. */
  show_page (f);
  g_assert_cmpuint (f->page->refreshes, ==, 1);
  g_assert_cmpuint (f->page->shown->len, ==, 2);
  g_assert_cmpuint (emb_page_get_n_refreshes (EMB_PAGE (f->page)), ==, 1);

  /* Hidden again: changes wait, then count once. */
  gtk_stack_set_visible_child_name (f->stack, "other");
  emb_ui_test_iterate (50);
  emb_test_add_department (f->db, "Billing");
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, 1);
  show_page (f);
  g_assert_cmpuint (f->page->refreshes, ==, 2);
  g_assert_cmpuint (f->page->shown->len, ==, 3);
}

static gboolean
add_many (EmbDatabase  *db,
          gpointer      user_data,
          GError      **error)
{
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Department %u", i);
      emb_test_add_department (db, name);
    }
  return TRUE;
}

static void
test_refresh_coalesces_and_filters (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbValue) value = emb_value_new ();
  guint before;

  show_page (f);
  before = f->page->refreshes;

  /* Twenty changes in one turn of the main loop: one refresh. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Team %u", i);
      emb_test_add_department (f->db, name);
    }
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, before + 1);
  g_assert_cmpuint (f->page->shown->len, ==, 20);

  /* The same inside one transaction. */
  g_assert_true (emb_database_transaction (f->db, add_many, NULL, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, before + 2);
  g_assert_cmpuint (f->page->shown->len, ==, 40);

  /* A kind the page does not show changes nothing. */
  emb_value_set_name (value, "Warmth");
  g_assert_true (emb_programme_store_save_value (f->db, value, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, before + 2);

  /* A change from another process carries no kind: it counts. */
  emb_database_emit_changed (f->db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  emb_ui_test_iterate (50);
  g_assert_cmpuint (f->page->refreshes, ==, before + 3);
}

static gboolean
refresh_done (gpointer data)
{
  return !emb_page_is_refresh_pending (data);
}

static void
test_refresh_pending (Fixture       *f,
                      gconstpointer  data)
{
  /* Nothing loaded before the page is first shown. */
  g_assert_true (emb_page_is_refresh_pending (EMB_PAGE (f->page)));
  show_page (f);
  g_assert_false (emb_page_is_refresh_pending (EMB_PAGE (f->page)));

  /* A change is pending until its refresh ran. */
  emb_test_add_department (f->db, "Sales");
  g_assert_true (emb_page_is_refresh_pending (EMB_PAGE (f->page)));
  g_assert_true (emb_ui_test_wait_for (refresh_done, f->page, 5000));
  g_assert_cmpuint (f->page->shown->len, ==, 1);

  /* Hidden, it stays pending. */
  gtk_stack_set_visible_child_name (f->stack, "other");
  emb_ui_test_iterate (50);
  emb_test_add_department (f->db, "Support");
  emb_ui_test_iterate (50);
  g_assert_true (emb_page_is_refresh_pending (EMB_PAGE (f->page)));
  show_page (f);
  g_assert_false (emb_page_is_refresh_pending (EMB_PAGE (f->page)));
  g_assert_cmpuint (f->page->shown->len, ==, 2);
}

static gboolean
delete_departments (EmbDatabase   *db,
                    const gint64  *ids,
                    guint          n_ids,
                    gpointer       user_data,
                    GError       **error)
{
  guint *calls = user_data;

  (*calls)++;
  for (guint i = 0; i < n_ids; i++)
    if (!emb_people_store_delete_department (db, ids[i], error))
      return FALSE;
  return TRUE;
}

static guint
count_departments (EmbDatabase *db)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (db, NULL);

  return g_list_model_get_n_items (departments);
}

static void
on_undone (gint64        *undone,
           EmbRecordKind  kind,
           gint64         id)
{
  g_assert_cmpint (kind, ==, EMB_RECORD_KIND_DEPARTMENT);
  *undone = id;
}

static void
test_undo_queue (Fixture       *f,
                 gconstpointer  data)
{
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (f->page));
  gint64 ids[2];
  gint64 undone = 0;
  guint calls = 0;
  AdwToast *toast;

  ids[0] = emb_test_add_department (f->db, "Sales");
  ids[1] = emb_test_add_department (f->db, "Support & Care");
  emb_test_add_department (f->db, "Billing");
  show_page (f);
  g_assert_cmpuint (f->page->shown->len, ==, 3);

  /* Deleting hides them at once, and deletes nothing yet. */
  toast = emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                               ids, 2, "2 departments deleted", delete_departments, &calls, NULL);
  g_assert_nonnull (toast);
  g_assert_true (emb_undo_queue_get_last_toast (queue) == toast);
  g_assert_true (emb_undo_queue_contains (queue, EMB_RECORD_KIND_DEPARTMENT, ids[1]));
  g_assert_false (emb_undo_queue_contains (queue, EMB_RECORD_KIND_ROLE, ids[1]));
  emb_page_queue_refresh (EMB_PAGE (f->page));
  emb_ui_test_iterate (50);
  g_assert_true (emb_ui_test_wait_for (refresh_done, f->page, 5000));
  g_assert_cmpuint (f->page->shown->len, ==, 1);
  g_assert_cmpuint (count_departments (f->db), ==, 3);

  /* Undo: they come back, nothing was deleted. */
  g_signal_connect_swapped (queue, "undone", G_CALLBACK (on_undone), &undone);
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_dismiss_toast (toast);
  emb_ui_test_iterate (50);
  g_assert_cmpuint (calls, ==, 0);
  g_assert_cmpint (undone, ==, ids[0]);
  g_assert_cmpuint (emb_undo_queue_get_n_pending (queue), ==, 0);
  g_assert_cmpuint (f->page->shown->len, ==, 3);
  g_assert_cmpuint (count_departments (f->db), ==, 3);

  /* The toast goes away: deleted, in one call. */
  toast = emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                               ids, 2, "2 departments deleted", delete_departments, &calls, NULL);
  emb_ui_test_dismiss_toast (toast);
  emb_ui_test_iterate (50);
  g_assert_true (emb_ui_test_wait_for (refresh_done, f->page, 5000));
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (count_departments (f->db), ==, 1);
  g_assert_cmpuint (f->page->shown->len, ==, 1);
}

static void
test_undo_queue_flush_and_failure (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(EmbUndoQueue) queue = emb_undo_queue_new (f->db);
  GtkWidget *orphan = g_object_ref_sink (gtk_label_new ("not in a window"));
  gint64 id = emb_test_add_department (f->db, "Sales");
  gint64 missing = id + 1000;
  guint calls = 0, changed = 0;

  g_signal_connect_swapped (queue, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* Flushing carries the deletion out at once. */
  g_assert_nonnull (emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                                         &id, 1, "deleted", delete_departments, &calls, NULL));
  emb_undo_queue_flush (queue);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (count_departments (f->db), ==, 0);
  g_assert_cmpuint (emb_undo_queue_get_n_pending (queue), ==, 0);

  /* Flushing one kind leaves the others waiting. */
  id = emb_test_add_department (f->db, "Billing");
  g_assert_nonnull (emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                                         &id, 1, "deleted", delete_departments, &calls, NULL));
  emb_undo_queue_flush_kind (queue, EMB_RECORD_KIND_ROLE);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (emb_undo_queue_get_n_pending (queue), ==, 1);
  emb_undo_queue_flush_kind (queue, EMB_RECORD_KIND_DEPARTMENT);
  g_assert_cmpuint (calls, ==, 2);
  g_assert_cmpuint (count_departments (f->db), ==, 0);

  /* A refused deletion says so and shows the records again. */
  g_assert_nonnull (emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                                         &missing, 1, "deleted", delete_departments, &calls, NULL));
  emb_undo_queue_flush (queue);
  g_assert_cmpuint (calls, ==, 3);
  g_assert_cmpuint (changed, ==, 1);

  /* Nowhere to offer Undo: carried out at once. */
  id = emb_test_add_department (f->db, "Support");
  g_assert_null (emb_undo_queue_push (queue, orphan, EMB_RECORD_KIND_DEPARTMENT,
                                      &id, 1, "deleted", delete_departments, &calls, NULL));
  g_assert_cmpuint (calls, ==, 4);
  g_assert_cmpuint (count_departments (f->db), ==, 0);
  g_object_unref (orphan);
}

static void
test_undo_queue_extend (Fixture       *f,
                        gconstpointer  data)
{
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (f->page));
  gint64 ids[3];
  guint calls = 0;
  AdwToast *toast;

  ids[0] = emb_test_add_department (f->db, "Sales");
  ids[1] = emb_test_add_department (f->db, "Support");
  ids[2] = emb_test_add_department (f->db, "Billing");
  show_page (f);

  /* Deleted one after another: one toast, retitled, deleted in one call. */
  toast = emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                               &ids[0], 1, "Sales deleted", delete_departments, &calls, NULL);
  g_assert_nonnull (toast);
  g_assert_cmpuint (emb_undo_queue_get_n_ids (queue, toast), ==, 1);
  g_assert_true (emb_undo_queue_extend (queue, toast, &ids[1], 2, "3 departments & more deleted"));
  g_assert_cmpuint (emb_undo_queue_get_n_ids (queue, toast), ==, 3);
  g_assert_cmpuint (emb_undo_queue_get_n_pending (queue), ==, 1);
  g_assert_true (emb_undo_queue_contains (queue, EMB_RECORD_KIND_DEPARTMENT, ids[2]));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "3 departments &amp; more deleted");
  emb_ui_test_dismiss_toast (toast);
  emb_ui_test_iterate (50);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (count_departments (f->db), ==, 0);

  /* Gone: nothing to extend. */
  g_assert_cmpuint (emb_undo_queue_get_n_ids (queue, toast), ==, 0);
  g_assert_false (emb_undo_queue_extend (queue, toast, ids, 1, "deleted"));
  g_assert_cmpuint (emb_undo_queue_get_n_pending (queue), ==, 0);
}

static gboolean
delete_employees (EmbDatabase   *db,
                  const gint64  *ids,
                  guint          n_ids,
                  gpointer       user_data,
                  GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    if (!emb_people_store_delete_employee (db, ids[i], error))
      return FALSE;
  return TRUE;
}

static void
hide_page (Fixture *f)
{
  gtk_stack_set_visible_child_name (f->stack, "other");
  emb_ui_test_iterate (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
}

/* A lazy list a page shows reads nothing while the page is hidden, and
 * leaves out the records waiting behind the page's Undo toasts. */
static void
test_page_follows_model (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GListModel) model = emb_people_store_query_employees (f->db, NULL);
  g_autoptr(GListModel) dropped = emb_people_store_query_employees (f->db, NULL);
  EmbQueryModel *qm = EMB_QUERY_MODEL (model);
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (f->page));
  guint changes = 0;
  guint counts;
  gint64 ids[3];
  AdwToast *toast;

  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (g_atomic_int_inc), &changes);

  /* Followed by a hidden page: paused at once. */
  emb_page_follow_model (EMB_PAGE (f->page), model);
  emb_page_follow_model (EMB_PAGE (f->page), model);
  g_assert_true (emb_query_model_get_paused (qm));
  counts = emb_query_model_get_n_counts (qm);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *number = g_strdup_printf ("E%u", i);

      ids[i] = emb_test_add_employee (f->db, number, number, 0, 0, TRUE);
      emb_ui_test_iterate (20);
    }
  emb_ui_test_iterate (50);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, counts);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (emb_query_model_is_stale (qm));

  /* Shown: one count for the three changes. */
  show_page (f);
  g_assert_false (emb_query_model_get_paused (qm));
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, counts + 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* Deleted behind an Undo toast: out of the list at once, count included;
   * back on Undo. */
  toast = emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_EMPLOYEE,
                               ids, 2, "2 employees deleted", delete_employees, NULL, NULL);
  g_assert_nonnull (toast);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (changes, ==, 2);
  /* libadwaita 1.2 fails when a toast comes or goes while its own or
   * another one's animation plays, faster than a person clicks. */
  emb_ui_test_settle (GTK_WIDGET (f->page), 700);
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_dismiss_toast (toast);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  emb_ui_test_settle (GTK_WIDGET (f->page), 700);

  /* Carried out: they stay out. */
  toast = emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_EMPLOYEE,
                               ids, 2, "2 employees deleted", delete_employees, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  emb_ui_test_settle (GTK_WIDGET (f->page), 700);
  emb_undo_queue_flush (queue);
  emb_ui_test_settle (GTK_WIDGET (f->page), 700);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (dropped)));

  /* Hidden again: paused; a model that went away is forgotten. */
  emb_page_follow_model (EMB_PAGE (f->page), dropped);
  g_clear_object (&dropped);
  hide_page (f);
  g_assert_true (emb_query_model_get_paused (qm));
  counts = emb_query_model_get_n_counts (qm);
  emb_test_add_employee (f->db, "E9", "E9", 0, 0, TRUE);
  emb_ui_test_iterate (50);
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, counts);
  show_page (f);
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, counts + 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Shown and hidden with nothing changed: nothing read. */
  hide_page (f);
  show_page (f);
  g_assert_cmpuint (emb_query_model_get_n_counts (qm), ==, counts + 1);
}

/* An Undo toast waits behind a toast already shown. libadwaita 1.2 aborts
 * when a high-priority toast, which pushes the one shown aside, is dismissed
 * before that one has finished hiding: a flush right after a deletion did. */
static void
test_undo_queue_after_toast (Fixture       *f,
                             gconstpointer  data)
{
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (f->page));
  gint64 id = emb_test_add_department (f->db, "Sales");
  guint calls = 0;

  show_page (f);
  g_assert_true (emb_page_add_toast (EMB_PAGE (f->page), adw_toast_new ("Values published")));
  emb_ui_test_iterate (50);

  g_assert_nonnull (emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                                         &id, 1, "deleted", delete_departments, &calls, NULL));
  emb_undo_queue_flush (queue);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (count_departments (f->db), ==, 0);
  emb_ui_test_iterate (400);
}

static gboolean
no_last_toast (gpointer data)
{
  return emb_undo_queue_get_last_toast (data) == NULL;
}

/* A flush at once after a deletion, its toast still coming in while the one
 * before goes: libadwaita 1.2 frees a toast whose hiding ends before its
 * showing, and then the showing ends on freed memory (the journey page's
 * test crashed so on a loaded machine). The toast goes, the deletion is
 * carried out, nothing is touched after it is freed. */
static void
test_undo_queue_flush_while_showing (Fixture       *f,
                                     gconstpointer  data)
{
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (f->page));
  g_autoptr(AdwToast) before = adw_toast_new ("Values published");
  gint64 id = emb_test_add_department (f->db, "Sales");
  guint calls = 0;

  show_page (f);
  emb_ui_test_settle (GTK_WIDGET (f->window), 300);
  g_assert_true (emb_page_add_toast (EMB_PAGE (f->page), g_object_ref (before)));
  emb_ui_test_settle (GTK_WIDGET (f->window), 700);
  /* The one before goes; the Undo toast comes in while it does. */
  emb_ui_test_dismiss_toast (before);
  g_assert_nonnull (emb_undo_queue_push (queue, GTK_WIDGET (f->page), EMB_RECORD_KIND_DEPARTMENT,
                                         &id, 1, "deleted", delete_departments, &calls, NULL));
  emb_undo_queue_flush (queue);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (count_departments (f->db), ==, 0);
  g_assert_cmpuint (emb_undo_queue_get_n_pending (queue), ==, 0);

  /* Every animation ends; the withdrawn toast is gone in the end. */
  emb_ui_test_settle (GTK_WIDGET (f->window), 1500);
  g_assert_true (emb_ui_test_wait_for (no_last_toast, queue, 5000));
  g_assert_cmpuint (calls, ==, 1);
}

static void
test_toast_overlay (Fixture       *f,
                    gconstpointer  data)
{
  GtkWindow *dialog = GTK_WINDOW (gtk_window_new ());
  GtkWidget *button = gtk_button_new ();
  GtkWidget *orphan = g_object_ref_sink (gtk_label_new ("alone"));
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "Tom & Jerry <3");

  /* A page: the overlay above it. */
  g_assert_true (emb_toast_find_overlay (GTK_WIDGET (f->page)) == f->overlay);

  /* A dialog without an overlay: its parent window's. */
  gtk_window_set_child (dialog, button);
  emb_page_present_dialog (EMB_PAGE (f->page), dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == f->window);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (emb_page_get_dialog (EMB_PAGE (f->page)) == dialog);
  g_assert_true (emb_toast_find_overlay (button) == f->overlay);
  g_assert_true (emb_toast_add (button, adw_toast_new ("shown")));

  /* A message with markup characters is shown as written. */
  emb_toast_show_error (button, error);

  /* Nowhere to show. */
  g_assert_null (emb_toast_find_overlay (orphan));
  g_assert_false (emb_toast_add (orphan, adw_toast_new ("lost")));
  g_object_unref (orphan);

  /* The page closes its dialogs. */
  emb_page_close_dialogs (EMB_PAGE (f->page));
  emb_ui_test_iterate (20);
  g_assert_null (emb_page_get_dialog (EMB_PAGE (f->page)));
}

static void
test_form (void)
{
  g_autoptr(EmbForm) form = emb_form_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *story = gtk_text_view_new ();
  GtkWidget *name_error = gtk_label_new (NULL);
  GtkWidget *general = gtk_label_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) other = g_error_new_literal (EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_BUSY, "busy");
  char *text;

  g_object_ref_sink (box);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), name_error);
  gtk_box_append (GTK_BOX (box), story);
  gtk_box_append (GTK_BOX (box), general);

  emb_form_add_field (form, "name", name, GTK_LABEL (name_error));
  emb_form_add_field (form, "story", story, NULL);
  g_assert_false (gtk_widget_get_visible (name_error));

  /* Without a general label an error of no field is the caller's, and so
   * is one of a field without a label of its own. */
  g_assert_false (emb_form_show_error (form, other));
  {
    g_autoptr(GError) unlabelled = NULL;

    emb_set_validation_error (&unlabelled, EMB_VALIDATION_ERROR_REQUIRED, "story", "%s", "Tell it.");
    g_assert_false (emb_form_show_error (form, unlabelled));
    g_assert_false (gtk_widget_has_css_class (story, "error"));
  }
  emb_form_set_general_label (form, GTK_LABEL (general));
  g_assert_false (gtk_widget_get_visible (general));

  /* A store's validation error goes under the field it names. */
  emb_set_validation_error (&error, EMB_VALIDATION_ERROR_REQUIRED, "name", "%s", "Give the value a name.");
  g_assert_true (emb_form_show_error (form, error));
  g_assert_true (gtk_widget_get_visible (name_error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name_error)), ==, "Give the value a name.");
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_cmpstr (emb_form_get_error (form, "name"), ==, "Give the value a name.");
  g_assert_false (gtk_widget_get_visible (general));

  /* Editing the field clears it. */
  gtk_editable_set_text (GTK_EDITABLE (name), "Warmth");
  g_assert_false (gtk_widget_get_visible (name_error));
  g_assert_false (gtk_widget_has_css_class (name, "error"));
  g_assert_null (emb_form_get_error (form, "name"));

  /* A field without a label of its own: marked, the message in the
   * general label; an unknown field or another error: the general label. */
  emb_form_set_error (form, "story", "Tell the story.");
  g_assert_true (gtk_widget_has_css_class (story, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (general)), ==, "Tell the story.");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (story)), "Once", -1);
  g_assert_false (gtk_widget_has_css_class (story, "error"));
  g_assert_true (emb_form_show_error (form, other));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (general)), ==, "busy");

  emb_form_set_error (form, "name", "Too long.");
  emb_form_clear (form);
  g_assert_false (gtk_widget_get_visible (name_error));
  g_assert_false (gtk_widget_get_visible (general));
  g_assert_false (gtk_widget_has_css_class (name, "error"));

  /* The text of a field, an entry or a text view, by its name. */
  g_assert_true (emb_form_get_field (form, "name") == name);
  g_assert_true (emb_form_get_field (form, "story") == story);
  g_assert_null (emb_form_get_field (form, "colour"));
  emb_form_set_text (form, "name", "  Warmth \n");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "  Warmth \n");
  text = emb_form_get_text (form, "name");
  g_assert_cmpstr (text, ==, "Warmth");
  g_free (text);
  emb_form_set_text (form, "story", "\tOnce upon a time.\n");
  text = emb_form_get_text (form, "story");
  g_assert_cmpstr (text, ==, "Once upon a time.");
  g_free (text);
  emb_form_set_text (form, "story", NULL);
  text = emb_form_get_text (form, "story");
  g_assert_cmpstr (text, ==, "");
  g_free (text);
  g_object_unref (box);
}

static void
test_error_row (void)
{
  g_autoptr(EmbForm) form = emb_form_new ();
  GtkWidget *list = g_object_ref_sink (gtk_list_box_new ());
  GtkWidget *entry = adw_entry_row_new ();
  GtkWidget *row = emb_error_row_new ();
  GtkLabel *label = emb_error_row_get_label (EMB_ERROR_ROW (row));

  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_assert_false (gtk_widget_get_focusable (row));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  /* Hidden while its field has no error: no gap in the list. */
  emb_form_add_field (form, "name", entry, label);
  g_assert_false (gtk_widget_get_visible (row));

  emb_form_set_error (form, "name", "Give it a name.");
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Give it a name.");

  gtk_editable_set_text (GTK_EDITABLE (entry), "Sales");
  g_assert_false (gtk_widget_get_visible (row));
  g_object_unref (list);
}

/* A field edited through a group of widgets: its error shows in its label,
 * and no widget is marked. */
static void
test_form_label_only (void)
{
  g_autoptr(EmbForm) form = emb_form_new ();
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *checks = gtk_check_button_new_with_label ("Branch counter");
  GtkWidget *checks_error = gtk_label_new (NULL);
  GtkWidget *general = gtk_label_new (NULL);
  g_autoptr(GError) error = NULL;

  gtk_box_append (GTK_BOX (box), checks);
  gtk_box_append (GTK_BOX (box), checks_error);
  gtk_box_append (GTK_BOX (box), general);
  emb_form_add_field (form, "touchpoints", NULL, GTK_LABEL (checks_error));
  emb_form_set_general_label (form, GTK_LABEL (general));
  g_assert_false (gtk_widget_get_visible (checks_error));

  emb_set_validation_error (&error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoints", "%s", "No such touchpoint.");
  g_assert_true (emb_form_show_error (form, error));
  g_assert_true (gtk_widget_get_visible (checks_error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (checks_error)), ==, "No such touchpoint.");
  g_assert_cmpstr (emb_form_get_error (form, "touchpoints"), ==, "No such touchpoint.");
  g_assert_false (gtk_widget_get_visible (general));
  g_assert_false (gtk_widget_has_css_class (checks, "error"));

  emb_form_clear (form);
  g_assert_false (gtk_widget_get_visible (checks_error));
  g_assert_null (emb_form_get_error (form, "touchpoints"));
  g_object_unref (box);
}

/* A form saved while the person types elsewhere leaves the focus there. */
static void
test_form_keeps_focus (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EmbForm) form = emb_form_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *name_error = gtk_label_new (NULL);
  GtkWidget *vision = gtk_text_view_new ();

  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), name_error);
  gtk_box_append (GTK_BOX (box), vision);
  gtk_stack_add_named (f->stack, box, "form");
  gtk_stack_set_visible_child_name (f->stack, "form");
  emb_ui_test_wait_mapped (box);
  emb_form_add_field (form, "name", name, GTK_LABEL (name_error));

  g_assert_true (gtk_widget_grab_focus (vision));
  emb_form_set_focus_on_error (form, FALSE);
  emb_form_set_error (form, "name", "Give the organisation a name.");
  g_assert_true (gtk_widget_get_visible (name_error));
  g_assert_true (gtk_widget_has_focus (vision));

  emb_form_set_focus_on_error (form, TRUE);
  emb_form_set_error (form, "name", "Give the organisation a name.");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), name)
                 || gtk_widget_has_focus (name));
}

/* A drop-down of records: positions and ids, a first entry, a refill that
 * keeps the choice where its record is still offered; records by id. */
static void
test_drop_down (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) by_id = emb_records_by_id_new ();
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GtkStringList) strings = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropDown *drop_down = GTK_DROP_DOWN (g_object_ref_sink (gtk_drop_down_new (NULL, NULL)));
  gint64 sales = emb_test_add_department (f->db, "Sales");
  gint64 stores = emb_test_add_department (f->db, "Stores");
  gint64 gone;

  departments = emb_people_store_list_departments (f->db, &error);
  g_assert_no_error (error);

  /* Without a first entry, position i is record i. */
  strings = emb_drop_down_strings_new (ids, NULL, departments,
                                       (EmbRecordNameFunc)emb_department_get_name);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (strings)), ==, 2);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (strings, 0), ==, "Sales");
  g_assert_cmpint (emb_drop_down_id_at (ids, 1), ==, stores);
  g_assert_cmpint (emb_drop_down_id_at (ids, 2), ==, 0);
  g_assert_cmpint (emb_drop_down_id_at (ids, GTK_INVALID_LIST_POSITION), ==, 0);
  g_assert_cmpuint (emb_drop_down_position_of_id (ids, sales), ==, 0);
  g_assert_cmpuint (emb_drop_down_position_of_id (ids, stores), ==, 1);

  /* A first entry stands for 0; an id not offered is position 0. */
  emb_drop_down_fill (drop_down, ids, "All departments", departments,
                      (EmbRecordNameFunc)emb_department_get_name);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpint (emb_drop_down_get_selected_id (drop_down, ids), ==, 0);
  g_assert_cmpuint (emb_drop_down_position_of_id (ids, 12345), ==, 0);
  emb_drop_down_set_selected_id (drop_down, ids, stores);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 2);
  g_assert_cmpint (emb_drop_down_get_selected_id (drop_down, ids), ==, stores);

  /* A refill keeps the choice, by id, where the record moved… */
  gone = emb_test_add_department (f->db, "Admin");
  g_clear_object (&departments);
  departments = emb_people_store_list_departments (f->db, &error);
  g_assert_no_error (error);
  emb_drop_down_fill (drop_down, ids, "All departments", departments,
                      (EmbRecordNameFunc)emb_department_get_name);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), ==, 4);
  g_assert_cmpint (emb_drop_down_get_selected_id (drop_down, ids), ==, stores);

  /* …and falls back to the first entry where it is gone. */
  emb_drop_down_set_selected_id (drop_down, ids, gone);
  g_assert_cmpint (emb_drop_down_get_selected_id (drop_down, ids), ==, gone);
  g_assert_true (emb_people_store_delete_department (f->db, gone, &error));
  g_assert_no_error (error);
  g_clear_object (&departments);
  departments = emb_people_store_list_departments (f->db, &error);
  g_assert_no_error (error);
  emb_drop_down_fill (drop_down, ids, "All departments", departments,
                      (EmbRecordNameFunc)emb_department_get_name);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpint (emb_drop_down_get_selected_id (drop_down, ids), ==, 0);

  /* Records by id hold what they were last filled with. */
  emb_records_by_id_fill (by_id, departments);
  g_assert_cmpuint (g_hash_table_size (by_id), ==, 2);
  g_assert_cmpstr (emb_department_get_name (g_hash_table_lookup (by_id, &stores)), ==, "Stores");
  g_assert_null (g_hash_table_lookup (by_id, &gone));
  emb_records_by_id_fill (by_id, NULL);
  g_assert_cmpuint (g_hash_table_size (by_id), ==, 0);

  g_object_unref (drop_down);
}

/* Alt+Down / Alt+Up through a list box and a list view: from nothing to the
 * first or last item, then one step, stopping at either end. */
static void
test_list_step (void)
{
  const char *items[] = { "one", "two", "three", NULL };
  g_autoptr(GtkStringList) strings = gtk_string_list_new (items);
  GtkListBox *list_box = GTK_LIST_BOX (g_object_ref_sink (gtk_list_box_new ()));
  GtkSelectionModel *selection = NULL;
  GtkListView *view;
  g_autoptr(GtkBitset) selected = NULL;
  GtkListBoxRow *row;

  /* An empty list box: nothing happens. */
  emb_list_box_step (list_box, TRUE);
  g_assert_null (gtk_list_box_get_selected_row (list_box));

  for (guint i = 0; items[i] != NULL; i++)
    gtk_list_box_append (list_box, gtk_label_new (items[i]));

  emb_list_box_step (list_box, FALSE);
  row = gtk_list_box_get_selected_row (list_box);
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 2);
  emb_list_box_step (list_box, TRUE);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list_box)), ==, 2);
  emb_list_box_step (list_box, FALSE);
  emb_list_box_step (list_box, FALSE);
  emb_list_box_step (list_box, FALSE);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list_box)), ==, 0);
  gtk_list_box_unselect_all (list_box);
  emb_list_box_step (list_box, TRUE);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list_box)), ==, 0);
  emb_list_box_step (list_box, TRUE);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list_box)), ==, 1);
  g_object_unref (list_box);

  /* A list view: from a selection of many, one step past its last item
   * (forward) or before its first (back), and it alone is selected. */
  selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (strings))));
  view = GTK_LIST_VIEW (g_object_ref_sink (gtk_list_view_new (g_object_ref (selection), NULL)));
  emb_list_view_step (selection, view, TRUE);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  gtk_selection_model_select_item (selection, 1, FALSE);
  emb_list_view_step (selection, view, TRUE);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  g_assert_true (gtk_selection_model_is_selected (selection, 2));
  emb_list_view_step (selection, view, TRUE);
  g_assert_true (gtk_selection_model_is_selected (selection, 2));
  gtk_selection_model_select_item (selection, 1, FALSE);
  emb_list_view_step (selection, view, FALSE);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  emb_list_view_step (selection, view, FALSE);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  gtk_selection_model_unselect_all (selection);
  emb_list_view_step (selection, view, FALSE);
  g_assert_true (gtk_selection_model_is_selected (selection, 2));
  g_object_unref (view);
  g_object_unref (selection);
}

/* A color the style names, or the fallback where it names none. */
static void
test_color (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
  GdkRGBA fallback;
  GdkRGBA color;

  g_assert_true (gdk_rgba_parse (&fallback, "#123456"));
  color = emb_chart_lookup_color (label, "no_such_color_anywhere", "#123456");
  g_assert_true (gdk_rgba_equal (&color, &fallback));

  /* libadwaita names the accent color. */
  color = emb_chart_lookup_color (label, "accent_color", "#123456");
  g_assert_false (gdk_rgba_equal (&color, &fallback));
  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/common/refresh-waits-for-map", Fixture, NULL,
              fixture_set_up, test_refresh_waits_for_map, fixture_tear_down);
  g_test_add ("/ui/common/refresh-coalesces-and-filters", Fixture, NULL,
              fixture_set_up, test_refresh_coalesces_and_filters, fixture_tear_down);
  g_test_add ("/ui/common/refresh-pending", Fixture, NULL,
              fixture_set_up, test_refresh_pending, fixture_tear_down);
  g_test_add ("/ui/common/undo-queue", Fixture, NULL,
              fixture_set_up, test_undo_queue, fixture_tear_down);
  g_test_add ("/ui/common/undo-queue-flush-and-failure", Fixture, NULL,
              fixture_set_up, test_undo_queue_flush_and_failure, fixture_tear_down);
  g_test_add ("/ui/common/undo-queue-extend", Fixture, NULL,
              fixture_set_up, test_undo_queue_extend, fixture_tear_down);
  g_test_add ("/ui/common/page-follows-model", Fixture, NULL,
              fixture_set_up, test_page_follows_model, fixture_tear_down);
  g_test_add ("/ui/common/toast-overlay", Fixture, NULL,
              fixture_set_up, test_toast_overlay, fixture_tear_down);
  g_test_add_func ("/ui/common/form", test_form);
  g_test_add_func ("/ui/common/error-row", test_error_row);

  g_test_add ("/ui/common/undo-queue-after-toast", Fixture, NULL,
              fixture_set_up, test_undo_queue_after_toast, fixture_tear_down);
  g_test_add ("/ui/common/undo-queue-flush-while-showing", Fixture, NULL,
              fixture_set_up, test_undo_queue_flush_while_showing, fixture_tear_down);
  g_test_add_func ("/ui/common/form-label-only", test_form_label_only);
  g_test_add ("/ui/common/form-keeps-focus", Fixture, NULL,
              fixture_set_up, test_form_keeps_focus, fixture_tear_down);

  g_test_add ("/ui/common/drop-down", Fixture, NULL,
              fixture_set_up, test_drop_down, fixture_tear_down);
  g_test_add_func ("/ui/common/list-step", test_list_step);
  g_test_add_func ("/ui/common/color", test_color);

  return g_test_run ();
}
