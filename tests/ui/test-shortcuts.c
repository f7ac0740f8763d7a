/* test-shortcuts.c: the shortcuts windows list every key the app has
 *
 * The keys are read from the running program: the application's
 * accelerators (gtk_application_list_action_descriptions()) and the
 * shortcuts of every Embassy widget of a window, its pages, views and the
 * dialogs they open (the shortcut controllers gtk_widget_observe_controllers()
 * lists, less those its first GTK or libadwaita ancestor class has). Each
 * must have an entry in the window's shortcuts window, and each entry must
 * stand for a key the program has: a new shortcut without an entry fails,
 * and so does an entry left over.
 *
 * Keys read by a widget's own key handler (the arrows and letters of the
 * responsibility matrix) are not shortcuts; the user guide describes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-people-store.h"
#include "emb-pin.h"
#include "emb-staff-home.h"
#include "emb-staff-sign-in.h"
#include "emb-preferences-window.h"
#include "emb-staff-window.h"
#include "emb-ui-test-util.h"

#define PIN "2468"

typedef struct
{
  EmbUiFixture  ui;
  char         *number;    /* of the employee who signs in to the staff view */
  GHashTable   *keys;      /* accelerator name → where it was found */
} Fixture;

/* One name for one key: the keypad's Enter is Return, letters lower case,
 * only the modifiers a person holds. */
static char *
key_name (guint           keyval,
          GdkModifierType modifiers)
{
  if (keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    keyval = GDK_KEY_Return;
  keyval = gdk_keyval_to_lower (keyval);
  modifiers &= GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK;
  return gtk_accelerator_name (keyval, modifiers);
}

/* The one name of the key of @accelerator (as "<Control>question"). */
static char *
accelerator_key (const char *accelerator)
{
  guint keyval;
  GdkModifierType modifiers;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &modifiers));
  return key_name (keyval, modifiers);
}

static void
add_trigger (GHashTable         *keys,
             GtkShortcutTrigger *trigger,
             const char         *where)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    g_hash_table_replace (keys,
                          key_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                    gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))),
                          g_strdup (where));
  else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger (keys, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), where);
      add_trigger (keys, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), where);
    }
  /* Mnemonics are not shortcuts. */
}

/* The keys of @widget's shortcut controllers, each with what it does. */
static GHashTable *
shortcuts_of (GtkWidget *widget)
{
  g_autoptr(GPtrArray) shortcuts = emb_ui_test_shortcuts (widget);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcuts->pdata[i]));
      g_autofree char *where = g_strdup_printf ("%s: %s", G_OBJECT_TYPE_NAME (widget), action);

      add_trigger (keys, gtk_shortcut_get_trigger (shortcuts->pdata[i]), where);
    }
  return keys;
}

/* The keys the first GTK or libadwaita class above @type gives it. */
static GHashTable *
inherited_shortcuts (GType type)
{
  static GHashTable *cache;
  GHashTable *keys;
  GtkWidget *widget;

  while (g_str_has_prefix (g_type_name (type), "Emb"))
    type = g_type_parent (type);

  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  keys = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (keys != NULL)
    return keys;

  if (G_TYPE_IS_ABSTRACT (type))
    keys = g_hash_table_new (g_str_hash, g_str_equal);
  else
    {
      widget = g_object_ref_sink (g_object_new (type, NULL));
      keys = shortcuts_of (widget);
      if (GTK_IS_WINDOW (widget))
        gtk_window_destroy (GTK_WINDOW (widget));
      g_object_unref (widget);
    }
  g_hash_table_insert (cache, GSIZE_TO_POINTER (type), keys);
  return keys;
}

/* Adds the keys of every Embassy widget in @root's tree to f->keys. */
static void
collect_tree (Fixture   *f,
              GtkWidget *root)
{
  g_autoptr(GPtrArray) widgets = emb_ui_test_find_all_by_type (root, GTK_TYPE_WIDGET);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = widgets->pdata[i];
      g_autoptr(GHashTable) own = NULL;
      GHashTable *inherited;
      GHashTableIter iter;
      gpointer key, where;

      if (!g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Emb"))
        continue;
      own = shortcuts_of (widget);
      inherited = inherited_shortcuts (G_OBJECT_TYPE (widget));
      g_hash_table_iter_init (&iter, own);
      while (g_hash_table_iter_next (&iter, &key, &where))
        if (!g_hash_table_contains (inherited, key))
          g_hash_table_replace (f->keys, g_strdup (key), g_strdup (where));
    }
}

/* Adds the application's accelerators. */
static void
collect_application (Fixture *f)
{
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (f->ui.app));

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->ui.app),
                                                                    actions[i]);
      g_autofree char *where = g_strdup_printf ("application: action(%s)", actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        g_hash_table_replace (f->keys, accelerator_key (accels[j]), g_strdup (where));
    }
}

static gboolean
is_of_action (gpointer key,
              gpointer where,
              gpointer action)
{
  g_autofree char *named = g_strdup_printf ("action(%s)", (char *)action);

  return g_str_has_suffix (where, named);
}

/* Adds the keys of the windows shown now that are not in @before. */
static void
collect_new_windows (Fixture    *f,
                     GHashTable *before)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!g_hash_table_contains (before, window) && !GTK_IS_SHORTCUTS_WINDOW (window))
        {
          g_test_message ("Opened: %s", G_OBJECT_TYPE_NAME (window));
          collect_tree (f, GTK_WIDGET (window));
        }
    }
}

/* The windows shown now, to tell the dialogs opened later. */
static GHashTable *
shown_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GHashTable *windows = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      g_hash_table_add (windows, window);
    }
  return windows;
}

static void
close_new_windows (GHashTable *before)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i-- > 0;)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!g_hash_table_contains (before, window))
        gtk_window_destroy (window);
    }
  emb_ui_test_iterate (100);
}

/* Compares the keys found with the entries of the shortcuts window in
 * @resource, both ways. */
static void
compare_with_shortcuts_window (Fixture    *f,
                               const char *resource)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (resource);
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GPtrArray) entries = emb_ui_test_find_all_by_type (overlay, GTK_TYPE_SHORTCUTS_SHORTCUT);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, where;
  guint missing = 0;

  g_assert_cmpuint (entries->len, >, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) accels = NULL;

      g_object_get (entries->pdata[i], "accelerator", &accelerator, "title", &title, NULL);
      g_assert_nonnull (accelerator);
      accels = g_strsplit (accelerator, " ", -1);
      for (guint j = 0; accels[j] != NULL; j++)
        {
          char *name = accelerator_key (accels[j]);

          /* No entry stands for a key the program does not have. */
          if (!g_hash_table_contains (f->keys, name))
            {
              g_test_message ("The entry “%s” (%s) stands for no key of the program", title, name);
              missing++;
            }
          g_hash_table_replace (listed, name, g_strdup (title));
        }
    }

  /* Every key of the program has an entry. */
  g_hash_table_iter_init (&iter, f->keys);
  while (g_hash_table_iter_next (&iter, &key, &where))
    if (!g_hash_table_contains (listed, key))
      {
        g_test_message ("%s (%s) has no entry in %s", (char *)key, (char *)where, resource);
        missing++;
      }
  g_assert_cmpuint (missing, ==, 0);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
prepare (EmbDatabase *db,
         gpointer     user_data)
{
  Fixture *f = user_data;
  g_autoptr(GError) error = NULL;

  for (guint n = 1; n < 2000 && f->number == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("NB-%05u", n);
      g_autoptr(EmbEmployee) employee = emb_people_store_find_employee (db, candidate, NULL);

      if (employee != NULL && emb_employee_get_active (employee) &&
          emb_employee_get_role_id (employee) != 0)
        {
          g_assert_true (emb_pin_store_set_employee_pin (db, emb_record_get_id (EMB_RECORD (employee)),
                                                         PIN, &error));
          g_assert_no_error (error);
          f->number = g_steal_pointer (&candidate);
        }
    }
  g_assert_nonnull (f->number);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .prepare = prepare, .user_data = f };

  f->number = NULL;
  f->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  emb_ui_fixture_set_up (&f->ui, &options);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_fixture_tear_down (&f->ui);
  g_clear_pointer (&f->keys, g_hash_table_unref);
  g_clear_pointer (&f->number, g_free);
}

/* Tries @action on @widget, as a person would open a dialog. */
static void
try_action (GtkWidget  *widget,
            const char *action)
{
  if (!gtk_widget_activate_action (widget, action, NULL))
    g_test_message ("%s: %s is not enabled here", G_OBJECT_TYPE_NAME (widget), action);
  emb_ui_test_iterate (100);
}

/* The manager window with every page, and the dialogs they open. */
static void
test_manager (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) areas = emb_ui_test_window_areas (f->ui.window);
  g_autoptr(GHashTable) before = shown_windows ();
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "..", "data", "csv", "feedback-kinds.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);

  g_assert_cmpuint (areas->len, >, 0);
  for (guint i = 0; i < areas->len; i++)
    {
      GtkWidget *page;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->ui.window), "win.show-page", "s",
                                                 areas->pdata[i]));
      page = emb_window_get_page_widget (f->ui.window, areas->pdata[i]);
      emb_ui_test_wait_mapped (page);
      emb_ui_test_wait_loaded (page);
      /* Ctrl+N: the editors that are dialogs. */
      try_action (GTK_WIDGET (f->ui.window), "win.page-new");
      if (g_str_equal (areas->pdata[i], "people"))
        try_action (page, "page.departments");
      if (g_str_equal (areas->pdata[i], "pilots"))
        try_action (page, "page.log-decision");
    }
  g_assert_nonnull (emb_window_import_file (f->ui.window, file));
  emb_ui_test_iterate (200);

  collect_application (f);
  collect_tree (f, GTK_WIDGET (f->ui.window));
  collect_new_windows (f, before);
  close_new_windows (before);

  compare_with_shortcuts_window (f, RESOURCE_BASE "/gui/window/emb-help-overlay.ui");
}

/* Shows the view @name, as its tab does, and opens its dialog. */
static void
show_staff_view (EmbStaffHome *home,
                 const char   *name,
                 const char   *action)
{
  GtkWidget *view = emb_staff_home_get_view (home, name);

  emb_staff_home_show_view (home, name);
  emb_ui_test_wait_mapped (view);
  emb_ui_test_settle (view, 200);
  try_action (view, action);
}

static gboolean
signed_in (gpointer data)
{
  return emb_staff_window_get_session (data) != NULL;
}

/* The staff window signed out and in, its views and their dialogs. */
static void
test_staff (Fixture       *f,
            gconstpointer  data)
{
  EmbStaffWindow *staff = emb_staff_window_new (f->ui.app);
  g_autoptr(GHashTable) before = NULL;
  EmbStaffSignIn *sign_in;
  GtkWidget *home;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(EmbEmployee) me = NULL;

  gtk_window_present (GTK_WINDOW (staff));
  emb_ui_test_wait_mapped (GTK_WIDGET (staff));
  collect_tree (f, GTK_WIDGET (staff));

  sign_in = EMB_STAFF_SIGN_IN (emb_staff_window_get_sign_in (staff));
  emb_staff_sign_in_search (sign_in, f->number);
  matches = g_object_ref (emb_staff_sign_in_get_matches (sign_in));
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  me = g_list_model_get_item (matches, 0);
  emb_staff_sign_in_choose (sign_in, emb_record_get_id (EMB_RECORD (me)));
  g_assert_true (emb_staff_sign_in_submit (sign_in, PIN));
  g_assert_true (emb_ui_test_wait_for (signed_in, staff, 30000));
  home = emb_staff_window_get_home (staff);
  emb_ui_test_wait_mapped (home);

  before = shown_windows ();
  show_staff_view (EMB_STAFF_HOME (home), "recognition", "staff-recognition.nominate");
  show_staff_view (EMB_STAFF_HOME (home), "autonomy", "staff-autonomy.log");
  try_action (home, "home.change-pin");

  collect_application (f);
  collect_tree (f, GTK_WIDGET (staff));
  collect_new_windows (f, before);
  close_new_windows (before);
  /* The preferences are a manager's tool: Ctrl+, (an application
   * accelerator) opens nothing from the staff view. */
  gtk_window_present (GTK_WINDOW (staff));
  emb_ui_test_iterate (50);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (f->ui.app)) ==
                 GTK_WINDOW (staff));
  g_action_group_activate_action (G_ACTION_GROUP (f->ui.app), "preferences", NULL);
  emb_ui_test_iterate (100);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

        g_assert_false (EMB_IS_PREFERENCES_WINDOW (window));
      }
  }
  g_hash_table_foreach_remove (f->keys, is_of_action, (gpointer)"app.preferences");

  compare_with_shortcuts_window (f, RESOURCE_BASE "/gui/staff/emb-staff-help-overlay.ui");
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

  g_test_add ("/ui/shortcuts/manager", Fixture, NULL, fixture_set_up, test_manager, fixture_tear_down);
  g_test_add ("/ui/shortcuts/staff", Fixture, NULL, fixture_set_up, test_staff, fixture_tear_down);

  return g_test_run ();
}
