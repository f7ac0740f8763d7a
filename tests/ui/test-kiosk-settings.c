/* test-kiosk-settings.c: the kiosk's settings page in the manager's
 * Preferences: each change is saved at once, a second connection on the
 * same file (a kiosk's) sees it, and the manager PIN is set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-employee-pin-dialog.h"
#include "emb-kiosk-settings.h"
#include "emb-kiosk-settings-day-row.h"
#include "emb-kiosk-settings-page.h"
#include "emb-kiosk-settings-playlist-dialog.h"
#include "emb-kiosk-settings-playlist-row.h"
#include "emb-pin.h"
#include "emb-preferences-window.h"
#include "emb-ui-test-util.h"

typedef struct
{
  EmbUiFixture  ui;
  EmbDatabase  *kiosk;   /* a second connection, as a kiosk's */
  GtkWindow    *prefs;
  GtkWidget    *page;
} Fixture;

/* A programme whose kiosk runs 20 s a slide, so that the page shows it has
 * read the database. */
static void
prepare (EmbDatabase *db,
         gpointer     user_data)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(GError) error = NULL;

  emb_kiosk_settings_set_interval (settings, 20);
  g_assert_true (emb_kiosk_settings_save (settings, db, &error));
  g_assert_no_error (error);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->page, EMB_TYPE_KIOSK_SETTINGS_PAGE, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static gboolean
shows_interval_20 (gpointer data)
{
  return gtk_spin_button_get_value_as_int (data) == 20;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .width = 1000, .height = 760, .prepare = prepare };
  g_autoptr(GError) error = NULL;

  emb_ui_fixture_set_up (&f->ui, &options);
  f->kiosk = emb_database_open (f->ui.path, &error);
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (f->ui.app), "preferences", NULL);
  f->prefs = find_toplevel (EMB_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (f->prefs);
  gtk_window_set_default_size (f->prefs, 720, 900);
  emb_ui_test_wait_mapped (GTK_WIDGET (f->prefs));
  f->page = emb_ui_test_find_by_type (GTK_WIDGET (f->prefs), EMB_TYPE_KIOSK_SETTINGS_PAGE);
  g_assert_nonnull (f->page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (f->prefs),
                                           ADW_PREFERENCES_PAGE (f->page));
  emb_ui_test_wait_mapped (f->page);
  g_assert_true (emb_ui_test_wait_for (shows_interval_20, child (f, "interval_spin"), 5000));
  emb_ui_test_settle (GTK_WIDGET (f->prefs), 200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->prefs != NULL)
    gtk_window_destroy (f->prefs);
  g_clear_object (&f->kiosk);
  emb_ui_fixture_tear_down (&f->ui);
}

/* The settings as the kiosk's connection reads them now. */
static EmbKioskSettings *
kiosk_reads (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  EmbKioskSettings *settings = emb_kiosk_settings_load (f->kiosk, &error);

  g_assert_no_error (error);
  return settings;
}

static void
screenshot (Fixture    *f,
            GtkWidget  *widget,
            const char *name)
{
  emb_ui_test_screenshot_painted (widget, "kiosk-settings", name);
}

static GtkWidget *
nth_of_type (GtkWidget *root,
             GType      type,
             guint      n)
{
  g_autoptr(GPtrArray) all = emb_ui_test_find_all_by_type (root, type);

  g_assert_cmpuint (all->len, >, n);
  return g_ptr_array_index (all, n);
}

static guint
count_of_type (GtkWidget *root,
               GType      type)
{
  g_autoptr(GPtrArray) all = emb_ui_test_find_all_by_type (root, type);

  return all->len;
}

/* To the playlists, the touch action and the PIN at the end of the page. */
static void
scroll_to_end (Fixture *f)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (emb_ui_test_find_by_type (f->page,
                                                                               GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  emb_ui_test_settle (GTK_WIDGET (f->prefs), 200);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  emb_ui_test_settle (GTK_WIDGET (f->prefs), 200);
}

static gboolean
dialog_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static void
test_changes_reach_the_kiosk (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *kinds = child (f, "kinds_group");
  GtkWidget *hours = child (f, "hours_group");
  EmbKioskSettingsDayRow *sunday, *monday;
  GtkWidget *wall_switch;
  guint from, to;

  screenshot (f, GTK_WIDGET (f->prefs), "page");

  /* The interval. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (f, "interval_spin")), 45);
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_interval (read), ==, 45);
  }

  /* A slide switched off: the third switch of its group is the wall's. */
  g_assert_cmpuint (count_of_type (kinds, GTK_TYPE_SWITCH), ==, EMB_KIOSK_N_SLIDE_KINDS);
  wall_switch = nth_of_type (kinds, GTK_TYPE_SWITCH, EMB_KIOSK_SLIDE_WALL);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (wall_switch)));
  gtk_switch_set_active (GTK_SWITCH (wall_switch), FALSE);
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_slides (read), ==,
                      EMB_KIOSK_ALL_SLIDES & ~EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_WALL));
    g_assert_cmpuint (emb_kiosk_settings_get_interval (read), ==, 45);
  }

  /* Sunday closed; Monday from 8:00. */
  g_assert_cmpuint (count_of_type (hours, EMB_TYPE_KIOSK_SETTINGS_DAY_ROW), ==, 7);
  sunday = EMB_KIOSK_SETTINGS_DAY_ROW (nth_of_type (hours, EMB_TYPE_KIOSK_SETTINGS_DAY_ROW, 6));
  monday = EMB_KIOSK_SETTINGS_DAY_ROW (nth_of_type (hours, EMB_TYPE_KIOSK_SETTINGS_DAY_ROW, 0));
  g_assert_cmpuint (emb_kiosk_settings_day_row_get_weekday (sunday), ==, 7);
  gtk_switch_set_active (GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (sunday),
                                                                    EMB_TYPE_KIOSK_SETTINGS_DAY_ROW,
                                                                    "open_switch")),
                         FALSE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (monday),
                                                                             EMB_TYPE_KIOSK_SETTINGS_DAY_ROW,
                                                                             "from_spin")),
                             8 * 60);
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_false (emb_kiosk_settings_get_hours (read, 7, NULL, NULL));
    g_assert_true (emb_kiosk_settings_get_hours (read, 1, &from, &to));
    g_assert_cmpuint (from, ==, 8 * 60);
    g_assert_cmpuint (to, ==, 24 * 60);
    g_assert_true (emb_kiosk_settings_get_hours (read, 6, NULL, NULL));
  }
  /* Scrolled down to the hours, as the keyboard does. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (sunday),
                                                                    EMB_TYPE_KIOSK_SETTINGS_DAY_ROW,
                                                                    "open_switch")));
  emb_ui_test_settle (GTK_WIDGET (f->prefs), 300);
  screenshot (f, GTK_WIDGET (f->prefs), "hours");
}

static gboolean
has_two_playlists (gpointer data)
{
  return count_of_type (data, EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW) == 2;
}

static gboolean
undo_shown (gpointer data)
{
  return emb_ui_test_find_button (data, _("_Undo")) != NULL;
}

static void
test_add_playlist (Fixture       *f,
                   gconstpointer  data)
{
  EmbKioskPlaylist lunch = { (1 << 1) | (1 << 3) | (1 << 5), 12 * 60, 13 * 60 + 30,
                             EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_WALL) |
                             EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PRAISE) };
  EmbKioskPlaylist nothing = lunch;
  EmbKioskPlaylist weekend = { (1 << 6) | (1 << 7), 9 * 60, 11 * 60,
                               EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PROMISE) };
  EmbKioskSettingsPlaylistDialog *dialog;
  GtkWidget *group = child (f, "playlists_group");

  g_assert_cmpuint (count_of_type (group, EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW), ==, 0);
  g_assert_true (gtk_widget_get_visible (child (f, "no_playlists_row")));
  g_assert_true (gtk_widget_activate_action (f->page, "kiosk-settings.add-playlist", NULL));
  dialog = EMB_KIOSK_SETTINGS_PLAYLIST_DIALOG (find_toplevel (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG));
  g_assert_nonnull (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  screenshot (f, GTK_WIDGET (dialog), "playlist-dialog");

  /* Without a slide: refused under the slides, nothing saved. */
  nothing.slides = 0;
  emb_kiosk_settings_playlist_dialog_set_playlist (dialog, &nothing);
  g_assert_false (emb_kiosk_settings_playlist_dialog_add (dialog));
  g_assert_nonnull (emb_kiosk_settings_playlist_dialog_get_error (dialog, "slides"));
  screenshot (f, GTK_WIDGET (dialog), "playlist-dialog-refused");
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (read), ==, 0);
  }
  /* Without a day: refused under the days. */
  nothing = lunch;
  nothing.weekdays = 0;
  emb_kiosk_settings_playlist_dialog_set_playlist (dialog, &nothing);
  g_assert_false (emb_kiosk_settings_playlist_dialog_add (dialog));
  g_assert_nonnull (emb_kiosk_settings_playlist_dialog_get_error (dialog, "weekdays"));
  g_assert_null (emb_kiosk_settings_playlist_dialog_get_error (dialog, "slides"));

  emb_kiosk_settings_playlist_dialog_set_playlist (dialog, &lunch);
  g_assert_true (emb_kiosk_settings_playlist_dialog_add (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone,
                                       GSIZE_TO_POINTER (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG),
                                       5000));
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);
    const EmbKioskPlaylist *saved;

    g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (read), ==, 1);
    saved = emb_kiosk_settings_get_playlist (read, 0);
    g_assert_cmpuint (saved->weekdays, ==, lunch.weekdays);
    g_assert_cmpuint (saved->from, ==, lunch.from);
    g_assert_cmpuint (saved->to, ==, lunch.to);
    g_assert_cmpuint (saved->slides, ==, lunch.slides);
  }
  g_assert_cmpuint (count_of_type (group, EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW), ==, 1);
  g_assert_false (gtk_widget_get_visible (child (f, "no_playlists_row")));
  scroll_to_end (f);
  screenshot (f, GTK_WIDGET (f->prefs), "playlist");

  /* A second playlist from another window; the first one removed from its
   * row, and put back in its place (the first that matches runs) by Undo. */
  {
    g_autoptr(EmbKioskSettings) settings = kiosk_reads (f);
    g_autoptr(GError) error = NULL;

    emb_kiosk_settings_add_playlist (settings, &weekend);
    g_assert_true (emb_kiosk_settings_save (settings, f->kiosk, &error));
    g_assert_no_error (error);
    emb_database_check_external_changes (f->ui.db);
    g_assert_true (emb_ui_test_wait_for (has_two_playlists, group, 5000));
  }
  g_signal_emit_by_name (nth_of_type (group, EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW, 0), "remove");
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (read), ==, 1);
    g_assert_cmpuint (emb_kiosk_settings_get_playlist (read, 0)->weekdays, ==, weekend.weekdays);
  }
  g_assert_cmpuint (count_of_type (group, EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW), ==, 1);
  g_assert_true (emb_ui_test_wait_for (undo_shown, f->prefs, 5000));
  g_signal_emit_by_name (emb_ui_test_find_button (GTK_WIDGET (f->prefs), _("_Undo")), "clicked");
  emb_ui_test_iterate (300);
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (read), ==, 2);
    g_assert_cmpuint (emb_kiosk_settings_get_playlist (read, 0)->weekdays, ==, lunch.weekdays);
    g_assert_cmpuint (emb_kiosk_settings_get_playlist (read, 1)->weekdays, ==, weekend.weekdays);
  }
  g_assert_cmpuint (count_of_type (group, EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW), ==, 2);
}

/* A save the database refuses changes nothing: the page shows again what
 * the database holds, the dialog stays open and says why. */
static void
test_refused_save (Fixture       *f,
                   gconstpointer  data)
{
  EmbKioskPlaylist evening = { EMB_KIOSK_EVERY_DAY, 18 * 60, 24 * 60,
                               EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_NPS_TREND) };
  GtkSpinButton *interval = GTK_SPIN_BUTTON (child (f, "interval_spin"));
  EmbKioskSettingsPlaylistDialog *dialog;
  g_autoptr(GError) error = NULL;

  /* The window's own connection refuses to write the playlists, which a
   * save writes last. */
  g_assert_true (_emb_database_exec (f->ui.db,
                                     "CREATE TEMP TRIGGER refuse_playlists BEFORE UPDATE ON setting"
                                     " WHEN new.key = 'kiosk-playlists'"
                                     " BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                     &error));
  g_assert_no_error (error);

  gtk_spin_button_set_value (interval, 33);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (interval), ==, 20);
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_interval (read), ==, 20);
  }

  g_assert_true (gtk_widget_activate_action (f->page, "kiosk-settings.add-playlist", NULL));
  dialog = EMB_KIOSK_SETTINGS_PLAYLIST_DIALOG (find_toplevel (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG));
  g_assert_nonnull (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  emb_kiosk_settings_playlist_dialog_set_playlist (dialog, &evening);
  g_assert_true (emb_kiosk_settings_playlist_dialog_add (dialog));
  emb_ui_test_iterate (100);
  g_assert_true (find_toplevel (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG) == GTK_WINDOW (dialog));
  g_assert_nonnull (emb_kiosk_settings_playlist_dialog_get_error (dialog, NULL));
  screenshot (f, GTK_WIDGET (dialog), "playlist-dialog-save-refused");
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (read), ==, 0);
  }

  /* Once the database takes it again, the same dialog adds it. */
  g_assert_true (_emb_database_exec (f->ui.db, "DROP TRIGGER temp.refuse_playlists", &error));
  g_assert_no_error (error);
  g_assert_true (emb_kiosk_settings_playlist_dialog_add (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone,
                                       GSIZE_TO_POINTER (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG),
                                       5000));
  {
    g_autoptr(EmbKioskSettings) read = kiosk_reads (f);

    g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (read), ==, 1);
    g_assert_cmpuint (emb_kiosk_settings_get_interval (read), ==, 20);
  }
}

static gboolean
touch_switch_on (gpointer data)
{
  return gtk_switch_get_active (data);
}

/* A change made by another process shows without a restart. */
static void
test_follows_other_windows (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(EmbKioskSettings) settings = kiosk_reads (f);
  g_autoptr(GError) error = NULL;
  GtkWidget *touch = child (f, "touch_switch");

  g_assert_false (gtk_switch_get_active (GTK_SWITCH (touch)));
  emb_kiosk_settings_set_touch_thanks (settings, TRUE);
  g_assert_true (emb_kiosk_settings_save (settings, f->kiosk, &error));
  g_assert_no_error (error);
  emb_database_check_external_changes (f->ui.db);
  g_assert_true (emb_ui_test_wait_for (touch_switch_on, touch, 5000));
  /* Still 20 s: following it changed nothing else. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (f, "interval_spin"))), ==, 20);
}

static void
test_manager_pin (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EmbEmployeePinDialog *dialog;

  g_assert_true (gtk_widget_activate_action (f->page, "kiosk-settings.set-pin", NULL));
  dialog = EMB_EMPLOYEE_PIN_DIALOG (find_toplevel (EMB_TYPE_EMPLOYEE_PIN_DIALOG));
  g_assert_nonnull (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  screenshot (f, GTK_WIDGET (dialog), "pin-dialog");

  emb_employee_pin_dialog_set_pins (dialog, "97531", "97532");
  g_assert_false (emb_employee_pin_dialog_save (dialog));
  g_assert_nonnull (emb_employee_pin_dialog_get_error (dialog, "repeat"));

  emb_employee_pin_dialog_set_pins (dialog, "97531", "97531");
  g_assert_true (emb_employee_pin_dialog_save (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, GSIZE_TO_POINTER (EMB_TYPE_EMPLOYEE_PIN_DIALOG),
                                       20000));
  g_assert_true (emb_pin_store_check_manager_pin (f->kiosk, "97531", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child (f, "pin_row"))), ==,
                   _("Set: it leaves the kiosk and opens these settings there"));
  scroll_to_end (f);
  screenshot (f, GTK_WIDGET (f->prefs), "pin-set");
}

/* In a narrow window (a kiosk in portrait, a small laptop) nothing is cut
 * off: the page is as wide as the window. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = emb_kiosk_settings_page_new (f->ui.db);
  GtkWidget *hours;
  int width;

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 900);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (f->ui.window));
  gtk_window_present (GTK_WINDOW (window));
  emb_ui_test_wait_mapped (page);
  g_assert_true (emb_ui_test_wait_for (shows_interval_20,
                                       gtk_widget_get_template_child (page, EMB_TYPE_KIOSK_SETTINGS_PAGE,
                                                                      "interval_spin"),
                                       5000));
  hours = GTK_WIDGET (gtk_widget_get_template_child (page, EMB_TYPE_KIOSK_SETTINGS_PAGE, "hours_group"));
  gtk_widget_grab_focus (GTK_WIDGET (gtk_widget_get_template_child (nth_of_type (hours, EMB_TYPE_KIOSK_SETTINGS_DAY_ROW, 6),
                                                                    EMB_TYPE_KIOSK_SETTINGS_DAY_ROW,
                                                                    "open_switch")));
  emb_ui_test_settle (window, 300);
  width = gtk_widget_get_width (window);
  g_assert_cmpint (width, <=, 420);
  emb_ui_test_screenshot_painted (window, "kiosk-settings", "narrow");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/kiosk-settings/changes-reach-the-kiosk", test_changes_reach_the_kiosk);
  ADD ("/ui/kiosk-settings/add-playlist", test_add_playlist);
  ADD ("/ui/kiosk-settings/refused-save", test_refused_save);
  ADD ("/ui/kiosk-settings/follows-other-windows", test_follows_other_windows);
  ADD ("/ui/kiosk-settings/manager-pin", test_manager_pin);
  ADD ("/ui/kiosk-settings/narrow", test_narrow);

#undef ADD

  return g_test_run ();
}
