/* test-window.c: the manager window, on an empty, a demo and a bad database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "emb-application.h"
#include "emb-backup.h"
#include "emb-overview-page.h"
#include "emb-overview.h"
#include "emb-people-page.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-ui-test-util.h"
#include "emb-window.h"

typedef struct
{
  char           *dir;
  char           *path;
  EmbApplication *app;
  EmbWindow      *window;
} Fixture;

/* Every descendant of @widget of @type, in tree order. */
static void
collect_by_type (GtkWidget *widget,
                 GType      type,
                 GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_by_type (child, type, out);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *app_id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++counter);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("embassy-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "programme.db", NULL);

  f->app = emb_application_new ();
  /* Each test's application is exported on the session bus under its own
   * name: the previous one may still be finalising. */
  g_application_set_application_id (G_APPLICATION (f->app), app_id);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_test_quit_application (G_APPLICATION (f->app));
  g_clear_object (&f->app);
  emb_ui_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static EmbWindow *
open_window (Fixture *f)
{
  GtkWindow *window;

  emb_application_set_database_path (f->app, f->path);
  g_application_activate (G_APPLICATION (f->app));
  window = gtk_application_get_active_window (GTK_APPLICATION (f->app));
  g_assert_true (EMB_IS_WINDOW (window));
  emb_ui_test_wait_mapped (GTK_WIDGET (window));
  f->window = EMB_WINDOW (window);
  return f->window;
}

static gboolean
programme_shown (gpointer data)
{
  return g_strcmp0 (emb_window_get_view (data), "programme") == 0;
}

static gboolean
organisation_shown (gpointer data)
{
  return emb_ui_test_find_label (data, "Vistula Savings") != NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static const char *
screenshot_suffix (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && *language != '\0' ? language : "en";
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autofree char *full = g_strdup_printf ("%s-%s", name, screenshot_suffix ());

  emb_ui_test_screenshot (widget, full);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* An empty database: the welcome state, then "Start empty". */
static void
test_empty_then_start (Fixture       *f,
                       gconstpointer  data)
{
  EmbWindow *window = open_window (f);
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  EmbOverviewPage *overview;

  g_assert_cmpstr (emb_window_get_view (window), ==, "welcome");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (window), _("Welcome to Embassy")));
  screenshot (GTK_WIDGET (window), "welcome");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-empty", NULL));
  emb_ui_test_iterate (100);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));

  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (entry, "Vistula Savings");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  adw_message_dialog_response (dialog, "create");
  emb_ui_test_iterate (100);

  g_assert_true (emb_ui_test_wait_for (programme_shown, window, 5000));
  g_assert_cmpstr (emb_window_get_page (window), ==, "overview");
  overview = EMB_OVERVIEW_PAGE (emb_window_get_page_widget (window, "overview"));
  /* The page loads in an idle once it is shown. */
  g_assert_true (emb_ui_test_wait_for (organisation_shown, overview, 5000));
  g_assert_cmpstr (emb_overview_page_get_figure (overview, "employees"), ==, "0");
  g_assert_cmpstr (emb_overview_page_get_figure (overview, "touchpoints"), ==, "0");
  /* Opening the programme kept today's backup beside it. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autofree char *name = g_date_time_format (now, "embassy-%Y-%m-%d.db");
    g_autofree char *backup = g_build_filename (f->dir, "backups", name, NULL);

    g_assert_true (emb_ui_test_wait_for (file_exists, backup, 10000));
  }

  /* The demo is only offered for an empty database: nothing happens now. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.fill-demo", NULL);
  g_assert_cmpstr (emb_window_get_view (window), ==, "programme");
  screenshot (GTK_WIDGET (window), "overview-empty");
}

typedef struct
{
  EmbOverviewPage *overview;
  const char      *key;
  const char      *text;
} FigureCheck;

static gboolean
figure_shown (gpointer data)
{
  const FigureCheck *check = data;

  return g_strcmp0 (emb_overview_page_get_figure (check->overview, check->key), check->text) == 0;
}

/* The figure shows @expected (once the page's coalesced refresh has run). */
static void
assert_figure (EmbOverviewPage *overview,
               const char      *key,
               gint64           expected)
{
  g_autofree char *text = g_strdup_printf ("%'" G_GINT64_FORMAT, expected);
  FigureCheck check = { overview, key, text };

  emb_ui_test_wait_for (figure_shown, &check, 5000);
  g_assert_cmpstr (emb_overview_page_get_figure (overview, key), ==, text);
}

/* "Try a demo organisation": filled off the main thread, then counted. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  EmbWindow *window = open_window (f);
  EmbDatabase *db = emb_application_get_database (f->app);
  EmbOverviewPage *overview;
  EmbPeoplePage *people;
  EmbOverviewCounts counts = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbEmployee) someone = NULL;

  g_assert_cmpstr (emb_window_get_view (window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fill-demo", NULL));
  g_assert_cmpstr (emb_window_get_view (window), ==, "busy");
  g_assert_true (emb_ui_test_wait_for (programme_shown, window, 60000));
  emb_ui_test_iterate (200);

  g_assert_true (emb_overview_get_counts (db, NULL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.employees, >, 300);
  g_assert_cmpint (counts.touchpoints, >, 20);
  g_assert_cmpint (counts.published_promises, >, 0);
  g_assert_cmpint (counts.nominations_waiting, >, 0);
  g_assert_cmpint (counts.running_pilots, ==, 1);

  overview = EMB_OVERVIEW_PAGE (emb_window_get_page_widget (window, "overview"));
  assert_figure (overview, "employees", counts.employees);
  assert_figure (overview, "roles", counts.roles);
  assert_figure (overview, "touchpoints", counts.touchpoints);
  assert_figure (overview, "published-promises", counts.published_promises);
  assert_figure (overview, "nominations-waiting", counts.nominations_waiting);
  assert_figure (overview, "running-pilots", counts.running_pilots);
  assert_figure (overview, "feedback-this-month", counts.feedback_this_month);
  screenshot (GTK_WIDGET (window), "overview");

  /* Pages not shown yet are not made (nor load anything). */
  g_assert_null (emb_ui_test_find_by_type (GTK_WIDGET (window), EMB_TYPE_PEOPLE_PAGE));

  /* People: the lazy list holds everyone, and search narrows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people"));
  g_assert_cmpstr (emb_window_get_page (window), ==, "people");
  people = EMB_PEOPLE_PAGE (emb_window_get_page_widget (window, "people"));
  /* The page loads in an idle once it is shown. */
  while (emb_people_page_get_model (people) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (emb_people_page_get_model (people)), ==,
                    emb_people_store_count_employees (db, FALSE));
  emb_ui_test_iterate (200);
  screenshot (GTK_WIDGET (window), "people");

  someone = g_list_model_get_item (emb_people_page_get_model (people), 17);
  emb_people_page_set_search (people, emb_employee_get_employee_number (someone));
  g_assert_cmpuint (g_list_model_get_n_items (emb_people_page_get_model (people)), ==, 1);
  emb_people_page_set_search (people, "no such person at all");
  g_assert_cmpuint (g_list_model_get_n_items (emb_people_page_get_model (people)), ==, 0);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (people), _("No Matching Employees")));

  /* A change elsewhere updates the figures, when the overview is shown
   * again: a hidden page reads nothing. */
  {
    g_autoptr(EmbEmployee) e = emb_employee_new ();
    guint refreshes = emb_page_get_n_refreshes (EMB_PAGE (overview));
    g_autofree char *before = g_strdup_printf ("%'" G_GINT64_FORMAT, counts.employees);

    emb_employee_set_employee_number (e, "NEW-1");
    emb_employee_set_name (e, "New Starter");
    g_assert_true (emb_people_store_save_employee (db, e, &error));
    emb_ui_test_iterate (200);
    g_assert_cmpuint (emb_page_get_n_refreshes (EMB_PAGE (overview)), ==, refreshes);
    g_assert_cmpstr (emb_overview_page_get_figure (overview, "employees"), ==, before);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview"));
    assert_figure (overview, "employees", counts.employees + 1);
    g_assert_cmpuint (emb_page_get_n_refreshes (EMB_PAGE (overview)), ==, refreshes + 1);
  }
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

/* A file that is not a database: a clear dialog, and the file untouched. */
static void
test_open_error (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *garbage = g_strnfill (4096, 'z');
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_true (g_file_set_contents (f->path, garbage, -1, NULL));
  emb_application_set_database_path (f->app, f->path);
  g_application_activate (G_APPLICATION (f->app));

  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (f->app)) != NULL &&
                 EMB_IS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)))
                 ? (gpointer)1 : NULL);
  g_assert_true (emb_ui_test_wait_for (dialog_shown, NULL, 5000));
  dialog = find_dialog ();
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Cannot Open the Programme Database"));
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, f->path));
  screenshot (GTK_WIDGET (dialog), "open-error");

  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, garbage);

  adw_message_dialog_response (dialog, "quit");
  emb_ui_test_iterate (50);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* Preferences, shortcuts and about windows; window state kept in GSettings. */
static void
test_shell_windows (Fixture       *f,
                    gconstpointer  data)
{
  GSettings *settings;
  EmbWindow *window;
  GtkWindow *prefs, *shortcuts, *about;
  GtkSpinButton *spin;
  GtkSwitch *toggle;
  g_autofree char *last_page = NULL;
  int width, height;

  /* The size saved last time is the size the window opens with. */
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_string (settings, "last-page", "people");

  window = open_window (f);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_cmpstr (emb_window_get_page (window), ==, "people");

  /* Preferences are bound to GSettings. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->app), "preferences"));
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  emb_ui_test_iterate (200);
  prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  emb_ui_test_wait_mapped (GTK_WIDGET (prefs));
  screenshot (GTK_WIDGET (prefs), "preferences");
  /* The first switch turns daily backups off; the first spin button is
   * the number of backups kept. */
  toggle = GTK_SWITCH (emb_ui_test_find_by_type (GTK_WIDGET (prefs), GTK_TYPE_SWITCH));
  g_assert_nonnull (toggle);
  g_assert_true (g_settings_get_boolean (settings, "automatic-backups"));
  gtk_switch_set_active (toggle, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "automatic-backups"));
  spin = GTK_SPIN_BUTTON (emb_ui_test_find_by_type (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (spin, 45);
  g_assert_cmpuint (g_settings_get_uint (settings, "backups-to-keep"), ==, 45);
  /* The recognition caps: the third and fourth spin buttons. */
  {
    g_autoptr(GPtrArray) spins = g_ptr_array_new ();

    collect_by_type (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON, spins);
    /* Six on the General page; on the Kiosk page the time per slide and
     * each weekday's opening and closing times. */
    g_assert_cmpuint (spins->len, ==, 6 + 1 + 7 * 2);
    g_assert_cmpuint (g_settings_get_uint (settings, "max-nominations-per-nominator"), ==, 10);
    gtk_spin_button_set_value (spins->pdata[2], 4);
    g_assert_cmpuint (g_settings_get_uint (settings, "max-nominations-per-nominator"), ==, 4);
    gtk_spin_button_set_value (spins->pdata[3], 0);
    g_assert_cmpuint (g_settings_get_uint (settings, "max-nominations-per-nominee"), ==, 0);
    /* The staff view: the idle time of this computer (GSettings), the
     * anonymity threshold of the programme (the database). */
    g_assert_cmpuint (g_settings_get_uint (settings, "staff-idle-minutes"), ==, 5);
    gtk_spin_button_set_value (spins->pdata[4], 12);
    g_assert_cmpuint (g_settings_get_uint (settings, "staff-idle-minutes"), ==, 12);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[5]), ==,
                     EMB_ANONYMITY_THRESHOLD_DEFAULT);
    gtk_spin_button_set_value (spins->pdata[5], 8);
    g_assert_cmpuint (emb_programme_get_anonymity_threshold (emb_application_get_database (f->app)),
                      ==, 8);
  }
  gtk_window_destroy (prefs);

  /* The keyboard shortcuts window comes from emb-help-overlay.ui. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  emb_ui_test_iterate (200);
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_destroy (shortcuts);

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  emb_ui_test_iterate (200);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  gtk_window_destroy (about);

  /* Closing saves the size and the page shown. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  emb_window_show_page (window, "overview");
  gtk_window_close (GTK_WINDOW (window));
  emb_ui_test_iterate (100);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "overview");
  g_object_unref (settings);
}

static gboolean
not_busy (gpointer data)
{
  return !emb_window_get_busy (data);
}

static void
name_organisation (EmbDatabase *db,
                   const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbOrganisation) organisation = emb_programme_store_get_organisation (db, &error);

  g_assert_no_error (error);
  emb_organisation_set_name (organisation, name);
  g_assert_true (emb_programme_store_save_organisation (db, organisation, &error));
  g_assert_no_error (error);
}

static char *
organisation_name (EmbDatabase *db)
{
  g_autoptr(EmbOrganisation) organisation = emb_programme_store_get_organisation (db, NULL);

  g_assert_nonnull (organisation);
  return g_strdup (emb_organisation_get_name (organisation));
}

/* The indicator in the header bar that says what runs. */
static GtkWidget *
find_activity (GtkWidget  *widget,
               const char *tooltip)
{
  if (GTK_IS_SPINNER (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_activity (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Restore from a backup on a worker, Undo from the toast, and a backup:
 * busy meanwhile, with the indicator saying what runs. */
static void
test_backup_restore_undo (Fixture       *f,
                          gconstpointer  data)
{
  EmbWindow *window = open_window (f);
  EmbDatabase *db = emb_application_get_database (f->app);
  g_autofree char *backup = g_build_filename (f->dir, "saved.db", NULL);
  g_autofree char *again = g_build_filename (f->dir, "again.db", NULL);
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (backup);
  g_autoptr(GFile) again_file = g_file_new_for_path (again);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *undo;

  /* The automatic backup of the start is shown, then ends. */
  g_assert_true (emb_ui_test_wait_for (not_busy, window, 10000));

  name_organisation (db, "Before the restore");
  g_assert_true (emb_backup_write (db, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  name_organisation (db, "After the backup");
  g_assert_true (emb_ui_test_wait_for (programme_shown, window, 5000));

  dialog = ADW_MESSAGE_DIALOG (emb_window_confirm_restore (window, file));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  adw_message_dialog_response (dialog, "restore");
  g_assert_true (emb_window_get_busy (window));
  g_assert_nonnull (find_activity (GTK_WIDGET (window), _("Restoring…")));
  g_assert_true (emb_ui_test_wait_for (not_busy, window, 10000));
  g_assert_null (find_activity (GTK_WIDGET (window), _("Restoring…")));
  name = organisation_name (db);
  g_assert_cmpstr (name, ==, "Before the restore");
  g_clear_pointer (&name, g_free);

  /* Undo puts back what was kept aside. */
  undo = emb_ui_test_find_label (GTK_WIDGET (window), _("Undo"));
  g_assert_nonnull (undo);
  undo = gtk_widget_get_ancestor (undo, GTK_TYPE_BUTTON);
  g_assert_nonnull (undo);
  screenshot (GTK_WIDGET (window), "restored");
  g_signal_emit_by_name (undo, "clicked");
  g_assert_true (emb_window_get_busy (window));
  g_assert_true (emb_ui_test_wait_for (not_busy, window, 10000));
  name = organisation_name (db);
  g_assert_cmpstr (name, ==, "After the backup");

  /* A backup from the menu, as the window does it. */
  emb_window_backup_to (window, again_file);
  g_assert_nonnull (find_activity (GTK_WIDGET (window), _("Backing up…")));
  g_assert_true (emb_ui_test_wait_for (not_busy, window, 10000));
  g_assert_true (emb_backup_check (again, NULL, &error));
  g_assert_no_error (error);
}

/* Run with LANGUAGE=pl: the window speaks Polish. */
static void
test_translated (Fixture       *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  EmbWindow *window;
  const char *welcome = _("Welcome to Embassy");

  if (language == NULL || *language == '\0')
    {
      g_test_skip ("run with LANGUAGE set");
      return;
    }

  window = open_window (f);
  g_assert_cmpstr (welcome, !=, "Welcome to Embassy");
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (window), welcome));
  if (g_str_equal (language, "pl"))
    g_assert_cmpstr (_("Overview"), ==, "Przegląd");
  screenshot (GTK_WIDGET (window), "welcome");

  /* The demo organisation is written in the user's language too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fill-demo", NULL));
  g_assert_true (emb_ui_test_wait_for (programme_shown, window, 60000));
  emb_ui_test_iterate (300);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (window), _("Active employees")));
  screenshot (GTK_WIDGET (window), "overview");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("EMBASSY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/window/empty-then-start", test_empty_then_start);
  ADD ("/ui/window/demo", test_demo);
  ADD ("/ui/window/open-error", test_open_error);
  ADD ("/ui/window/shell-windows", test_shell_windows);
  ADD ("/ui/window/backup-restore-undo", test_backup_restore_undo);
  ADD ("/ui/window/translated", test_translated);

#undef ADD

  return g_test_run ();
}
