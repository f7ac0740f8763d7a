/* emb-ui-test-util.c: helpers for the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "emb-demo.h"
#include "emb-page.h"
#include "emb-ui-test-util.h"

void
emb_ui_test_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

typedef struct
{
  gint64 last_frame;   /* when the frame clock last ran, 0 before it did */
} Frames;

static void
frame_ran (GdkFrameClock *clock,
           Frames        *frames)
{
  frames->last_frame = g_get_monotonic_time ();
}

/**
 * emb_ui_test_settle:
 * @widget: a widget that is shown
 * @max_ms: the longest wait
 *
 * Runs the main loop until the window of @widget has drawn itself again
 * and then stays still: its frame clock has not run for 50 ms (an
 * animation, a transition or a fading toast makes it run every frame) and
 * nothing else is waiting; or until @max_ms have passed, as
 * emb_ui_test_iterate() would wait. It is for the waits for something
 * to finish moving; a wait for a state uses emb_ui_test_wait_for().
 */
void
emb_ui_test_settle (GtkWidget *widget,
                    guint      max_ms)
{
  const gint64 quiet = 50 * 1000;
  gint64 end = g_get_monotonic_time () + (gint64)max_ms * 1000;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Frames frames = { 0 };
  gulong update_id, paint_id;

  if (clock == NULL)
    {
      emb_ui_test_iterate (max_ms);
      return;
    }
  g_object_ref (clock);
  update_id = g_signal_connect (clock, "update", G_CALLBACK (frame_ran), &frames);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_ran), &frames);
  gtk_widget_queue_draw (widget);
  for (;;)
    {
      gint64 now = g_get_monotonic_time ();

      if (now >= end)
        break;
      /* Nothing was ready at @now (a frame due by then would have been):
       * still for 50 ms since the last frame. */
      if (!g_main_context_iteration (NULL, FALSE))
        {
          if (frames.last_frame != 0 && now - frames.last_frame >= quiet)
            break;
          g_usleep (1000);
        }
    }
  g_signal_handler_disconnect (clock, update_id);
  g_signal_handler_disconnect (clock, paint_id);
  g_object_unref (clock);
}

void
emb_ui_test_wait_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));
  emb_ui_test_settle (widget, 100);
}

gboolean
emb_ui_test_wait_for (gboolean (*predicate) (gpointer data),
                      gpointer   data,
                      guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
  return TRUE;
}

/* Depth-first search for a label (or a button's label) showing @text. */
GtkWidget *
emb_ui_test_find_label (GtkWidget  *root,
                        const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = emb_ui_test_find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
emb_ui_test_find_by_type (GtkWidget *root,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = emb_ui_test_find_by_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
add_all_by_type (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_all_by_type (child, type, found);
}

/**
 * emb_ui_test_find_all_by_type:
 *
 * Returns: (transfer container) (element-type GtkWidget): @root and every
 *   widget below it that is a @type, in tree order
 */
GPtrArray *
emb_ui_test_find_all_by_type (GtkWidget *root,
                              GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  add_all_by_type (root, type, found);
  return found;
}

/* Removes a temporary folder and everything in it. */
void
emb_ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      emb_ui_test_remove_tree (child);
    }
  g_rmdir (path);
}

/* Destroys every window of @application and lets GTK finish with them. */
void
emb_ui_test_quit_application (GApplication *application)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (application));

  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (application));
    }
  emb_ui_test_iterate (50);
}

/**
 * emb_ui_test_render_png:
 *
 * Renders @widget, once it has come to rest, to the PNG file @path.
 */
void
emb_ui_test_render_png (GtkWidget  *widget,
                        const char *path)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width, height;

  /* What moves comes to rest. */
  emb_ui_test_settle (widget, 300);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* A screenshot renders what was drawn last: on a busy machine the window
   * may not have been drawn yet. */
  for (guint attempt = 0; node == NULL && attempt < 2; attempt++)
    {
      if (attempt > 0)
        emb_ui_test_settle (widget, 5000);
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * emb_ui_test_screenshot:
 *
 * Renders @widget to `$EMBASSY_SCREENSHOT_DIR/@name.png`, for a person to
 * look at (never compared pixel by pixel).
 */
void
emb_ui_test_screenshot (GtkWidget  *widget,
                        const char *name)
{
  const char *dir = g_getenv ("EMBASSY_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  emb_ui_test_render_png (widget, path);
  g_test_message ("Screenshot: %s", path);
}

/**
 * emb_ui_test_screenshot_in_language:
 *
 * A screenshot named `@prefix-@name-LANGUAGE`, so the runs of a test in
 * each language keep theirs.
 */
void
emb_ui_test_screenshot_in_language (GtkWidget  *widget,
                                    const char *prefix,
                                    const char *name)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *full = g_strdup_printf ("%s-%s-%s", prefix, name,
                                           language != NULL && *language != '\0' ? language : "en");

  emb_ui_test_screenshot (widget, full);
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *)data;
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

/**
 * emb_ui_test_screenshot_painted:
 *
 * As emb_ui_test_screenshot_in_language(), after the next frame is painted:
 * a screenshot reads what was drawn last, and a page that reads its data in
 * an idle once shown draws it a frame later.
 */
void
emb_ui_test_screenshot_painted (GtkWidget  *widget,
                                const char *prefix,
                                const char *name)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (set_flag), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (emb_ui_test_wait_for (flag_is_set, &painted, 5000));
  g_signal_handler_disconnect (clock, id);
  emb_ui_test_screenshot_in_language (widget, prefix, name);
}

static char *demo_template_dir;

static void
remove_demo_template (void)
{
  emb_ui_test_remove_tree (demo_template_dir);
  g_clear_pointer (&demo_template_dir, g_free);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/**
 * emb_ui_test_copy_demo:
 * @path: where the database goes
 *
 * Writes the demo organisation (seed %EMB_DEMO_DEFAULT_SEED, reference date
 * 2026-06-30) to @path by copying a database written once: the build's
 * (`$EMBASSY_TEST_DEMO_DB`) where there is one, else one written on the
 * first call of the program.
 */
void
emb_ui_test_copy_demo (const char *path)
{
  const char *cached = g_getenv ("EMBASSY_TEST_DEMO_DB");
  g_autofree char *template = NULL;

  if (cached != NULL && g_file_test (cached, G_FILE_TEST_IS_REGULAR))
    {
      copy_file (cached, path);
      return;
    }

  if (demo_template_dir == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EmbDatabase) db = NULL;
      g_autofree char *db_path = NULL;

      demo_template_dir = g_dir_make_tmp ("embassy-ui-demo-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_demo_template);
      db_path = g_build_filename (demo_template_dir, "demo.db", NULL);
      db = emb_database_open (db_path, &error);
      g_assert_no_error (error);
      g_assert_true (emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, "2026-06-30", &error));
      g_assert_no_error (error);
      /* One file, with nothing left in the write-ahead log. */
      g_clear_object (&db);
    }

  template = g_build_filename (demo_template_dir, "demo.db", NULL);
  copy_file (template, path);
}

static gboolean
page_loaded (gpointer data)
{
  return !emb_page_is_refresh_pending (data);
}

/**
 * emb_ui_test_wait_loaded:
 * @page: a page (an #EmbPage) that is shown
 *
 * Waits until the page has caught up with the database: it refreshes in an
 * idle after a change, or after it is mapped.
 */
void
emb_ui_test_wait_loaded (GtkWidget *page)
{
  g_assert_true (EMB_IS_PAGE (page));
  g_assert_true (emb_ui_test_wait_for (page_loaded, page, 20000));
}

/**
 * emb_ui_fixture_set_up:
 *
 * Starts a new application (a unique id for each test) on a copy of the
 * demo database or an empty one, waits for its window to be mapped and shows
 * the page @options->page.
 */
void
emb_ui_fixture_set_up (EmbUiFixture              *f,
                       const EmbUiFixtureOptions *options)
{
  static guint counter;
  g_autofree char *app_id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++counter);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  memset (f, 0, sizeof *f);
  f->dir = g_dir_make_tmp ("embassy-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "programme.db", NULL);

  if (!options->empty)
    emb_ui_test_copy_demo (f->path);
  if (options->prepare != NULL)
    {
      g_autoptr(EmbDatabase) db = emb_database_open (f->path, &error);

      g_assert_no_error (error);
      options->prepare (db, options->user_data);
    }

  f->app = emb_application_new ();
  g_application_set_application_id (G_APPLICATION (f->app), app_id);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);

  emb_application_set_database_path (f->app, f->path);
  g_application_activate (G_APPLICATION (f->app));
  window = gtk_application_get_active_window (GTK_APPLICATION (f->app));
  g_assert_true (EMB_IS_WINDOW (window));
  /* A narrow window starts narrow: resizing a shown window makes
   * libadwaita 1.2 snapshot a child before it is allocated. */
  gtk_window_set_default_size (window,
                               options->width > 0 ? options->width : 1100,
                               options->height > 0 ? options->height : 800);
  emb_ui_test_wait_mapped (GTK_WIDGET (window));
  f->window = EMB_WINDOW (window);
  f->db = emb_application_get_database (f->app);
  g_assert_nonnull (f->db);

  if (options->page != NULL)
    {
      emb_window_show_page (f->window, options->page);
      f->page = emb_window_get_page_widget (f->window, options->page);
      g_assert_nonnull (f->page);
      emb_ui_test_wait_mapped (f->page);
      emb_ui_test_wait_loaded (f->page);
    }
  emb_ui_test_settle (GTK_WIDGET (f->window), 200);
}

void
emb_ui_fixture_tear_down (EmbUiFixture *f)
{
  emb_ui_test_quit_application (G_APPLICATION (f->app));
  g_clear_object (&f->app);
  emb_ui_test_remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
  f->window = NULL;
  f->db = NULL;
  f->page = NULL;
}

/**
 * emb_ui_fixture_child:
 *
 * Returns: (transfer none): the template child @name of the page
 */
GtkWidget *
emb_ui_fixture_child (EmbUiFixture *f,
                      GType         page_type,
                      const char   *name)
{
  GObject *object = gtk_widget_get_template_child (f->page, page_type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

typedef struct
{
  EmbPage *page;
  guint    after;
} RefreshCheck;

static gboolean
refreshed (gpointer data)
{
  RefreshCheck *check = data;

  return emb_page_get_n_refreshes (check->page) > check->after;
}

/**
 * emb_ui_test_wait_refreshed:
 * @page: a page, shown
 * @after: how many times it had loaded before (emb_page_get_n_refreshes())
 *
 * Waits for @page to load again (it loads in an idle while it is shown),
 * then for what animates as it fills (an entry row's title) to settle.
 */
void
emb_ui_test_wait_refreshed (GtkWidget *page,
                            guint      after)
{
  RefreshCheck check = { EMB_PAGE (page), after };

  g_assert_true (emb_ui_test_wait_for (refreshed, &check, 10000));
  emb_ui_test_settle (page, 500);
}

/**
 * emb_ui_test_init:
 *
 * Sets up a widget test program: the locale and the translations of the
 * build (`$EMBASSY_LOCALEDIR`), GTK for tests and libadwaita.
 */
void
emb_ui_test_init (int    *argc,
                  char ***argv)
{
  const char *localedir = g_getenv ("EMBASSY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/**
 * emb_ui_test_find_button:
 *
 * Returns: (transfer none) (nullable): a button shown below @root whose
 *   label is @label (with its underline, as "_Undo")
 */
GtkWidget *
emb_ui_test_find_button (GtkWidget  *root,
                         const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = emb_ui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * emb_ui_fixture_tear_down_func:
 *
 * emb_ui_fixture_tear_down() for g_test_add().
 */
void
emb_ui_fixture_tear_down_func (EmbUiFixture  *f,
                               gconstpointer  data)
{
  emb_ui_fixture_tear_down (f);
}

/**
 * emb_ui_test_dismiss_toast:
 *
 * Takes @toast away as libadwaita does when its button is clicked, once it
 * has fully come in: libadwaita 1.2 crashes on a toast that goes while it
 * still slides in (see emb_toast_withdraw()), which a test acting within
 * milliseconds would otherwise meet.
 */
void
emb_ui_test_dismiss_toast (AdwToast *toast)
{
  g_autoptr(AdwToast) held = g_object_ref (toast);

  emb_ui_test_iterate (700);
  adw_toast_dismiss (held);
}

/**
 * emb_ui_test_shortcuts:
 *
 * Returns: (transfer container) (element-type GtkShortcut): the shortcuts
 *   of every shortcut controller of @widget (its class's among them)
 */
GPtrArray *
emb_ui_test_shortcuts (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GPtrArray *shortcuts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        g_ptr_array_add (shortcuts, g_list_model_get_item (G_LIST_MODEL (controller), j));
    }
  return shortcuts;
}

/**
 * emb_ui_test_window_areas:
 *
 * The areas of the manager window, as Alt+1 … Alt+9 show them: the
 * argument of each win.show-page shortcut of the window.
 *
 * Returns: (transfer full) (element-type utf8): the names of the areas
 */
GPtrArray *
emb_ui_test_window_areas (EmbWindow *window)
{
  g_autoptr(GPtrArray) shortcuts = emb_ui_test_shortcuts (GTK_WIDGET (window));
  GPtrArray *areas = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcuts->pdata[i]);

      if (GTK_IS_NAMED_ACTION (action) &&
          g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.show-page"))
        g_ptr_array_add (areas, g_variant_dup_string (gtk_shortcut_get_arguments (shortcuts->pdata[i]),
                                                      NULL));
    }
  return areas;
}
