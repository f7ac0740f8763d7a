/* test-file-problem.c: the windows say when their programme file is deleted,
 * replaced or made read-only under them, and write nothing to it
 *
 * The bar of each window (EmbFileProblemBar) notices the file by itself,
 * without a save; a save then is refused with the same words and changes
 * neither the file now at the path nor the one the window opened.
 * Read-only: the database takes a file without write permission bits as
 * read-only even for root (emb-database-file.c), so this test means the
 * same when it runs as root.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "emb-file-problem-bar.h"
#include "emb-programme-store.h"
#include "emb-staff-window.h"
#include "emb-ui-test-util.h"

typedef struct
{
  EmbUiFixture    ui;
  EmbStaffWindow *staff;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "values" };

  emb_ui_fixture_set_up (&f->ui, &options);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->staff != NULL)
    gtk_window_destroy (GTK_WINDOW (f->staff));
  g_chmod (f->ui.path, 0600);
  emb_ui_fixture_tear_down (&f->ui);
}

static EmbFileProblemBar *
find_bar (gpointer window)
{
  GtkWidget *bar = emb_ui_test_find_by_type (GTK_WIDGET (window), EMB_TYPE_FILE_PROBLEM_BAR);

  g_assert_nonnull (bar);
  return EMB_FILE_PROBLEM_BAR (bar);
}

static gboolean
bar_is_revealed (EmbFileProblemBar *bar)
{
  GtkWidget *revealer = emb_ui_test_find_by_type (GTK_WIDGET (bar), GTK_TYPE_REVEALER);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

static gboolean
bar_shows (gpointer data)
{
  return emb_file_problem_bar_get_message (data) != NULL && bar_is_revealed (data);
}

static gboolean
bar_is_hidden (gpointer data)
{
  return emb_file_problem_bar_get_message (data) == NULL && !bar_is_revealed (data);
}

/* The bar of @window says @problem of the fixture's file, without a save. */
static void
assert_bar_says (Fixture                *f,
                 gpointer                window,
                 EmbDatabaseFileProblem  problem)
{
  EmbFileProblemBar *bar = find_bar (window);
  g_autofree char *what = emb_database_file_problem_describe (problem, f->ui.path);
  const char *message;

  g_assert_true (emb_ui_test_wait_for (bar_shows, bar, 5000));
  message = emb_file_problem_bar_get_message (bar);
  g_assert_true (g_str_has_prefix (message, what));
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (bar), message));
  g_assert_cmpint (emb_database_get_file_problem (f->ui.db), ==, problem);
}

/* A save (the value editor's) is refused in the same words, and the
 * window's own database does not hold it either. */
static void
assert_save_refused (Fixture                *f,
                     EmbDatabaseFileProblem  problem)
{
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autofree char *what = emb_database_file_problem_describe (problem, f->ui.path);

  emb_value_set_name (value, "Never saved");
  g_assert_false (emb_programme_store_save_value (f->ui.db, value, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_READ_ONLY);
  g_assert_true (g_str_has_prefix (error->message, what));

  values = emb_programme_store_list_values (f->ui.db, NULL);
  g_assert_nonnull (values);
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) listed = g_list_model_get_item (values, i);
      g_assert_cmpstr (emb_value_get_name (listed), !=, "Never saved");
    }
}

static void
test_hidden (Fixture       *f,
             gconstpointer  data)
{
  EmbFileProblemBar *bar = find_bar (f->ui.window);

  emb_ui_test_settle (GTK_WIDGET (f->ui.window), 2000);
  g_assert_true (emb_file_problem_bar_get_database (bar) == f->ui.db);
  g_assert_true (bar_is_hidden (bar));
}

static void
test_replaced (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (f->ui.dir, "other.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  gsize length, after_length;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(EmbDatabase) other = emb_database_open (other_path, &error);
    g_autoptr(EmbValue) value = emb_value_new ();

    g_assert_no_error (error);
    emb_value_set_name (value, "Another programme");
    g_assert_true (emb_programme_store_save_value (other, value, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_get_contents (other_path, &contents, &length, NULL));
  g_assert_cmpint (g_rename (other_path, f->ui.path), ==, 0);

  assert_bar_says (f, f->ui.window, EMB_DATABASE_FILE_REPLACED);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->ui.window), "file-problem", "replaced");
  assert_save_refused (f, EMB_DATABASE_FILE_REPLACED);

  /* The file put there is exactly as it was put there. */
  g_assert_true (g_file_get_contents (f->ui.path, &after, &after_length, NULL));
  g_assert_cmpuint (after_length, ==, length);
  g_assert_true (memcmp (after, contents, length) == 0);
}

static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (g_unlink (f->ui.path), ==, 0);

  assert_bar_says (f, f->ui.window, EMB_DATABASE_FILE_REMOVED);
  assert_save_refused (f, EMB_DATABASE_FILE_REMOVED);
  /* Nothing made a new, empty programme at the path. */
  g_assert_false (g_file_test (f->ui.path, G_FILE_TEST_EXISTS));
}

static void
test_read_only_staff (Fixture       *f,
                      gconstpointer  data)
{
  EmbFileProblemBar *bar;
  GtkWidget *button;

  f->staff = emb_staff_window_new (f->ui.app);
  gtk_window_present (GTK_WINDOW (f->staff));
  emb_ui_test_wait_mapped (GTK_WIDGET (f->staff));
  bar = find_bar (f->staff);
  g_assert_true (bar_is_hidden (bar));

  g_assert_cmpint (g_chmod (f->ui.path, 0444), ==, 0);
  assert_bar_says (f, f->staff, EMB_DATABASE_FILE_READ_ONLY);
  assert_bar_says (f, f->ui.window, EMB_DATABASE_FILE_READ_ONLY);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->staff), "file-problem", "staff-read-only");
  assert_save_refused (f, EMB_DATABASE_FILE_READ_ONLY);

  /* Writable again: Check Again takes the bar away. */
  g_assert_cmpint (g_chmod (f->ui.path, 0600), ==, 0);
  button = emb_ui_test_find_by_type (GTK_WIDGET (bar), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (emb_ui_test_wait_for (bar_is_hidden, bar, 5000));
  g_assert_true (emb_ui_test_wait_for (bar_is_hidden, find_bar (f->ui.window), 5000));
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/file-problem/hidden", test_hidden);
  ADD ("/ui/file-problem/replaced", test_replaced);
  ADD ("/ui/file-problem/removed", test_removed);
  ADD ("/ui/file-problem/read-only-staff", test_read_only_staff);
#undef ADD

  return g_test_run ();
}
