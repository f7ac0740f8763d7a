/* test-help.c: F1 and the Help menu items open the page about what is shown
 *
 * The opening of the help browser is intercepted (emb_help_test_intercept()):
 * each test checks the help: URI asked for, and that the page it names is
 * in the user guide (data/help/C) and, in English, is titled as the area
 * is. F1 is pressed as GTK dispatches it: the application's accelerator
 * names the action, which runs on the window. The menu items are found and
 * clicked in the popover the menu button opens. Also: a failure to launch
 * is said in a toast; the staff window has Help and Keyboard Shortcuts on
 * its sign-in and in the menu under the person's name; the kiosk has no
 * help at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-help.h"
#include "emb-kiosk-window-private.h"
#include "emb-kiosk-window.h"
#include "emb-preferences-window.h"
#include "emb-staff-window.h"
#include "emb-ui-test-util.h"

/* Presses @accel in @window as GTK does: the application's accelerator
 * names the action, which runs in the window. */
static void
press (EmbUiFixture *f,
       GtkWidget    *window,
       const char   *accel)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (f->app), accel);

  g_assert_nonnull (actions);
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  g_assert_true (gtk_widget_activate_action (window, actions[0], NULL));
}

static char *
page_path (const char *page)
{
  g_autofree char *file = g_strconcat (page, ".page", NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "..", "data", "help", "C", file, NULL);
}

/* The title of a page of the user guide, its markup undone. */
static char *
page_title (const char *page)
{
  g_autofree char *path = page_path (page);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("</info>\\s*<title>([^<]*)</title>", 0, 0, NULL);
  g_autoptr(GRegex) amp = g_regex_new ("&amp;", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_regex_match (regex, text, 0, &match));
  title = g_match_info_fetch (match, 1);
  return g_regex_replace_literal (amp, title, -1, 0, "&", 0, NULL);
}

/* The page the last help request named; it exists in the user guide. */
static const char *
asked_page (void)
{
  const char *uri = emb_help_test_get_last_uri ();
  const char *prefix = "help:" EMB_HELP_ID "/";
  g_autofree char *path = NULL;

  g_assert_nonnull (uri);
  if (g_str_equal (uri, "help:" EMB_HELP_ID))
    return "index";
  g_assert_true (g_str_has_prefix (uri, prefix));
  path = page_path (uri + strlen (prefix));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return uri + strlen (prefix);
}

static gboolean
is_english (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language == NULL || *language == '\0' || g_str_has_prefix (language, "en");
}

static void
set_up (EmbUiFixture  *f,
        gconstpointer  data)
{
  EmbUiFixtureOptions options = { .empty = GPOINTER_TO_INT (data) };

  emb_help_test_intercept (TRUE, NULL);
  emb_ui_fixture_set_up (f, &options);
}

static void
tear_down (EmbUiFixture  *f,
           gconstpointer  data)
{
  emb_ui_fixture_tear_down (f);
  emb_help_test_intercept (FALSE, NULL);
}

static void
test_f1_areas (EmbUiFixture  *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) areas = emb_ui_test_window_areas (f->window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "win.help");
  g_autoptr(GHashTable) pages = g_hash_table_new (g_str_hash, g_str_equal);

  /* F1, shown beside the menu item too. */
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "F1");
  g_assert_cmpuint (areas->len, ==, 9);

  for (guint i = 0; i < areas->len; i++)
    {
      const char *area = areas->pdata[i];
      GtkWidget *page;
      const char *help;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", area));
      g_assert_cmpstr (emb_window_get_page (f->window), ==, area);
      page = emb_window_get_page_widget (f->window, area);
      emb_ui_test_wait_mapped (page);

      emb_help_test_intercept (TRUE, NULL);
      press (f, GTK_WIDGET (f->window), "F1");
      help = asked_page ();
      g_test_message ("%s: %s", area, help);
      /* A page of its own for each area… */
      g_assert_cmpstr (help, !=, "index");
      g_assert_false (g_hash_table_contains (pages, help));
      g_hash_table_add (pages, (gpointer)g_intern_string (help));
      /* … titled as the area (the guide is in English). */
      if (is_english ())
        {
          GtkStackPage *stack_page = gtk_stack_get_page (GTK_STACK (gtk_widget_get_parent (page)), page);
          g_autofree char *title = page_title (help);

          g_assert_cmpstr (title, ==, gtk_stack_page_get_title (stack_page));
        }
    }
}

/* Before there is a programme: the page on starting one. */
static void
test_f1_welcome (EmbUiFixture  *f,
                 gconstpointer  data)
{
  g_assert_cmpstr (emb_window_get_view (f->window), ==, "welcome");
  press (f, GTK_WIDGET (f->window), "F1");
  g_assert_cmpstr (asked_page (), ==, "start");
}

static GtkWidget *
find_model_button (GtkWidget  *root,
                   const char *label)
{
  g_autofree char *text = NULL;
  GtkWidget *found;

  /* A menu item's label reads without its underline. */
  text = g_strdup (label);
  for (char *p = text, *q = text;; p++)
    {
      if (*p != '_')
        *q++ = *p;
      if (*p == '\0')
        break;
    }
  found = emb_ui_test_find_label (root, text);
  while (found != NULL && g_strcmp0 (G_OBJECT_TYPE_NAME (found), "GtkModelButton") != 0)
    found = gtk_widget_get_parent (found);
  return found;
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* Opens the main menu shown in @root and clicks @label in it; takes a
 * screenshot of the menu as @name, unless %NULL. */
static void
click_menu_item (GtkWidget  *root,
                 const char *label,
                 const char *name)
{
  g_autoptr(GPtrArray) buttons = emb_ui_test_find_all_by_type (root, GTK_TYPE_MENU_BUTTON);
  GtkMenuButton *menu_button = NULL;
  GtkWidget *popover;
  GtkWidget *item;

  for (guint i = 0; i < buttons->len && menu_button == NULL; i++)
    if (gtk_widget_get_mapped (buttons->pdata[i]) && gtk_menu_button_get_primary (buttons->pdata[i]))
      menu_button = buttons->pdata[i];
  g_assert_nonnull (menu_button);

  gtk_menu_button_popup (menu_button);
  g_assert_true (emb_ui_test_wait_for (popover_shown, menu_button, 5000));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu_button));
  emb_ui_test_settle (popover, 300);
  if (name != NULL)
    emb_ui_test_screenshot_in_language (popover, "help", name);

  item = find_model_button (popover, label);
  g_assert_nonnull (item);
  /* The accelerator shows beside Help. */
  if (g_str_equal (label, _("_Help")))
    g_assert_nonnull (emb_ui_test_find_label (item, "F1"));
  g_assert_true (gtk_widget_activate (item));
  emb_ui_test_iterate (50);
}

static void
test_menu (EmbUiFixture  *f,
           gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "journey");
  emb_ui_test_settle (GTK_WIDGET (f->window), 200);

  click_menu_item (GTK_WIDGET (f->window), _("_Help"), "manager-menu");
  g_assert_cmpstr (asked_page (), ==, "journey");
}

static gboolean
toast_says (gpointer data)
{
  EmbUiFixture *f = data;

  return emb_ui_test_find_label (GTK_WIDGET (f->window),
                                 _("No help browser is installed to show the user guide: "
                                   "install GNOME Help (Yelp) and try again")) != NULL;
}

/* Nothing to open help: URIs with; a toast says what to install. */
static void
test_no_browser (EmbUiFixture  *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                 "Operation not supported");

  emb_help_test_intercept (TRUE, error);
  g_assert_false (toast_says (f));
  press (f, GTK_WIDGET (f->window), "F1");
  g_assert_cmpstr (asked_page (), ==, emb_help_page_for_area (emb_window_get_page (f->window)));
  g_assert_true (emb_ui_test_wait_for (toast_says, f, 5000));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "help", "no-browser");
}

static gboolean
shortcuts_shown (gpointer data)
{
  GtkWindow *parent = data;
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_mapped (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

static GtkWindow *
find_shortcuts (GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  g_assert_true (emb_ui_test_wait_for (shortcuts_shown, parent, 5000));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  g_assert_not_reached ();
}

/* Ctrl+? and the menu item show the window's own shortcuts window. */
static void
show_shortcuts (EmbUiFixture *f,
                GtkWindow    *window,
                const char   *name)
{
  GtkWindow *shortcuts;

  press (f, GTK_WIDGET (window), "<Control>question");
  shortcuts = find_shortcuts (window);
  emb_ui_test_settle (GTK_WIDGET (shortcuts), 500);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (shortcuts), "help", name);
  gtk_window_destroy (shortcuts);
  emb_ui_test_iterate (50);

  click_menu_item (GTK_WIDGET (window), _("_Keyboard Shortcuts"), NULL);
  gtk_window_destroy (find_shortcuts (window));
}

static void
test_manager_shortcuts (EmbUiFixture  *f,
                        gconstpointer  data)
{
  show_shortcuts (f, GTK_WINDOW (f->window), "manager-shortcuts");
}

/* The staff window: F1 and the menu of the sign-in open the staff view's
 * page; it has its own shortcuts window. */
static void
test_staff (EmbUiFixture  *f,
            gconstpointer  data)
{
  EmbStaffWindow *staff = emb_staff_window_new (f->app);

  gtk_window_set_default_size (GTK_WINDOW (staff), 820, 720);
  gtk_window_present (GTK_WINDOW (staff));
  emb_ui_test_wait_mapped (GTK_WIDGET (staff));
  emb_ui_test_settle (GTK_WIDGET (staff), 200);

  press (f, GTK_WIDGET (staff), "F1");
  g_assert_cmpstr (asked_page (), ==, "staff");
  if (is_english ())
    {
      g_autofree char *title = page_title ("staff");

      g_assert_cmpstr (title, ==, "The staff view");
    }

  emb_help_test_intercept (TRUE, NULL);
  click_menu_item (GTK_WIDGET (staff), _("_Help"), "staff-menu");
  g_assert_cmpstr (asked_page (), ==, "staff");

  show_shortcuts (f, GTK_WINDOW (staff), "staff-shortcuts");
}

/* F1 in the preferences opens their page. */
static void
test_preferences (EmbUiFixture  *f,
                  gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *prefs = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  emb_ui_test_iterate (50);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && prefs == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (EMB_IS_PREFERENCES_WINDOW (window))
        prefs = window;
    }
  g_assert_nonnull (prefs);
  emb_ui_test_wait_mapped (GTK_WIDGET (prefs));

  press (f, GTK_WIDGET (prefs), "F1");
  g_assert_cmpstr (asked_page (), ==, "preferences");
  gtk_window_destroy (prefs);
}

/* The kiosk offers no help: no action, no key. */
static void
test_kiosk (EmbUiFixture  *f,
            gconstpointer  data)
{
  EmbKioskWindow *kiosk = emb_kiosk_window_new (f->app);

  gtk_window_present (GTK_WINDOW (kiosk));
  emb_ui_test_wait_mapped (GTK_WIDGET (kiosk));

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (kiosk), "win.help", NULL));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (kiosk), "win.show-help-overlay", NULL));
  g_assert_null (emb_help_test_get_last_uri ());
  g_assert_null (emb_ui_test_find_by_type (GTK_WIDGET (kiosk), GTK_TYPE_SHORTCUTS_WINDOW));
  /* Its lock swallows F1 and Ctrl+? before any shortcut sees them. */
  g_assert_true (_emb_kiosk_key_is_locked (GDK_KEY_F1, 0));
  g_assert_true (_emb_kiosk_key_is_locked (GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  emb_kiosk_window_leave (kiosk);
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, empty, func) \
  g_test_add (path, EmbUiFixture, GINT_TO_POINTER (empty), set_up, func, tear_down)

  ADD ("/ui/help/f1-areas", FALSE, test_f1_areas);
  ADD ("/ui/help/f1-welcome", TRUE, test_f1_welcome);
  ADD ("/ui/help/menu", FALSE, test_menu);
  ADD ("/ui/help/no-browser", FALSE, test_no_browser);
  ADD ("/ui/help/manager-shortcuts", FALSE, test_manager_shortcuts);
  ADD ("/ui/help/staff", FALSE, test_staff);
  ADD ("/ui/help/preferences", FALSE, test_preferences);
  ADD ("/ui/help/kiosk", FALSE, test_kiosk);

  return g_test_run ();
}
