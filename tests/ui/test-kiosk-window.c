/* test-kiosk-window.c: the break-room kiosk on the demo organisation
 *
 * The window runs on an injected clock (a week in seconds): the rotation
 * advances per interval and obeys a changed interval and changed slides
 * without a restart; closed hours dim the screen and it opens again by
 * itself; burn-in shifts; a write by a second connection shows within
 * seconds; the file renamed away keeps the last slide with the offline note
 * and renamed back recovers; a file that is not a database keeps it
 * offline; no slide shows when nothing has content; close requests are
 * refused and every key of the lock list swallowed; the touch action's
 * button only when it is switched on; the manager PIN:
 * wrong and throttled, right and leaving, and not set at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "emb-announcement-store.h"
#include "emb-kiosk-pin-dialog.h"
#include "emb-kiosk-settings-page.h"
#include "emb-kiosk-settings.h"
#include "emb-kiosk-thanks-dialog.h"
#include "emb-kiosk-window-private.h"
#include "emb-kiosk-window.h"
#include "emb-pin.h"
#include "emb-ui-test-util.h"

#define MANAGER_PIN "2468"
#define WRONG_PIN   "1111"

typedef struct
{
  EmbUiFixture    ui;
  EmbKioskWindow *kiosk;
  GDateTime      *now;
} Fixture;

static GDateTime *
fake_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->now);
}

/* Moves the fake clock on by @seconds and lets the heartbeat look. */
static void
pass (Fixture *f,
      int      seconds)
{
  GDateTime *later = g_date_time_add_seconds (f->now, seconds);

  g_date_time_unref (f->now);
  f->now = later;
  _emb_kiosk_window_tick (f->kiosk);
}

static gboolean
has_slide (gpointer data)
{
  return emb_kiosk_window_get_current_slide (data) != NULL;
}

static void
open_kiosk (Fixture *f)
{
  /* Monday 29 June 2026, 10:00. */
  f->now = g_date_time_new_utc (2026, 6, 29, 10, 0, 0);
  f->kiosk = emb_kiosk_window_new (f->ui.app);
  g_object_add_weak_pointer (G_OBJECT (f->kiosk), (gpointer *)&f->kiosk);
  emb_kiosk_window_set_clock (f->kiosk, fake_clock, f, NULL);
  /* Only the fake clock moves the slides here. */
  _emb_kiosk_window_set_tick_ms (f->kiosk, 60 * 60 * 1000);
  gtk_window_set_default_size (GTK_WINDOW (f->kiosk), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->kiosk));
  emb_ui_test_wait_mapped (GTK_WIDGET (f->kiosk));
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  const EmbUiFixtureOptions options = { .empty = GPOINTER_TO_INT (data) };

  emb_ui_fixture_set_up (&f->ui, &options);
  open_kiosk (f);
  if (!options.empty)
    g_assert_true (emb_ui_test_wait_for (has_slide, f->kiosk, 10000));
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  if (f->kiosk != NULL)
    emb_kiosk_window_leave (f->kiosk);
  emb_ui_test_iterate (50);
  g_assert_null (f->kiosk);
  g_clear_pointer (&f->now, g_date_time_unref);
  emb_ui_fixture_tear_down (&f->ui);
}

/* Saves settings through @db (the kiosk's own, or a second connection). */
static void
save_settings (EmbDatabase *db,
               void       (*change) (EmbKioskSettings *settings, gpointer data),
               gpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_load (db, &error);

  g_assert_no_error (error);
  change (settings, data);
  emb_kiosk_settings_save (settings, db, &error);
  g_assert_no_error (error);
}

static void
change_interval (EmbKioskSettings *settings,
                 gpointer          data)
{
  emb_kiosk_settings_set_interval (settings, GPOINTER_TO_UINT (data));
}

static void
change_slides (EmbKioskSettings *settings,
               gpointer          data)
{
  emb_kiosk_settings_set_slides (settings, GPOINTER_TO_UINT (data));
}

typedef struct
{
  EmbKioskWindow *kiosk;
  guint           interval;
} IntervalWait;

static gboolean
interval_is (gpointer data)
{
  IntervalWait *wait = data;

  return _emb_kiosk_window_get_interval (wait->kiosk) == wait->interval;
}

static char *
current_key (Fixture *f)
{
  EmbKioskSlide *slide = emb_kiosk_window_get_current_slide (f->kiosk);

  g_assert_nonnull (slide);
  return g_strdup (emb_kiosk_slide_get_key (slide));
}

/* The slide changes when the interval has passed, not before. */
static void
assert_rotates_after (Fixture *f,
                      guint    interval)
{
  g_autofree char *before = current_key (f);
  g_autofree char *after = NULL;

  pass (f, (int)interval - 1);
  g_assert_cmpstr (emb_kiosk_slide_get_key (emb_kiosk_window_get_current_slide (f->kiosk)), ==, before);
  pass (f, 1);
  after = current_key (f);
  g_assert_cmpstr (after, !=, before);
}

static void
test_rotation (Fixture       *f,
               gconstpointer  data)
{
  IntervalWait wait = { f->kiosk, 30 };
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(GError) error = NULL;
  guint value_bit = EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_VALUE);

  g_assert_false (emb_kiosk_window_get_closed (f->kiosk));
  g_assert_false (emb_kiosk_window_get_offline (f->kiosk));
  g_assert_cmpuint (_emb_kiosk_window_get_interval (f->kiosk), ==, EMB_KIOSK_INTERVAL_DEFAULT);
  assert_rotates_after (f, EMB_KIOSK_INTERVAL_DEFAULT);
  assert_rotates_after (f, EMB_KIOSK_INTERVAL_DEFAULT);

  /* A manager elsewhere sets 30 seconds: the running kiosk follows. */
  other = emb_database_open (f->ui.path, &error);
  g_assert_no_error (error);
  save_settings (other, change_interval, GUINT_TO_POINTER (30));
  g_assert_true (emb_ui_test_wait_for (interval_is, &wait, 5000));
  pass (f, 0);
  assert_rotates_after (f, 30);

  /* Only the values run now. */
  save_settings (other, change_slides, GUINT_TO_POINTER (value_bit));
  emb_kiosk_window_reload (f->kiosk);
  for (guint i = 0; i < 40; i++)
    {
      pass (f, 30);
      g_assert_cmpint (emb_kiosk_slide_get_kind (emb_kiosk_window_get_current_slide (f->kiosk)),
                       ==, EMB_KIOSK_SLIDE_VALUE);
      /* The shown view and the leaving one, never more. */
      g_assert_cmpuint (_emb_kiosk_window_get_n_views (f->kiosk), <=, 2);
    }
  emb_ui_test_iterate (800);
  g_assert_cmpuint (_emb_kiosk_window_get_n_views (f->kiosk), ==, 1);
}

static void
change_touch_thanks (EmbKioskSettings *settings,
                     gpointer          data)
{
  emb_kiosk_settings_set_touch_thanks (settings, GPOINTER_TO_INT (data));
}

static GtkWidget *
find_window_of_type (GType type)
{
  g_autoptr(GListModel) toplevels = NULL;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* The touch action: off by default, a corner button when switched on. */
static void
test_touch_thanks (Fixture       *f,
                   gconstpointer  data)
{
  GObject *button = gtk_widget_get_template_child (GTK_WIDGET (f->kiosk), EMB_TYPE_KIOSK_WINDOW,
                                                   "thanks_button");
  GtkWidget *dialog;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_null (find_window_of_type (EMB_TYPE_KIOSK_THANKS_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->kiosk), "kiosk.thank", NULL));
  g_assert_null (find_window_of_type (EMB_TYPE_KIOSK_THANKS_DIALOG));

  save_settings (_emb_kiosk_window_get_database (f->kiosk), change_touch_thanks, GINT_TO_POINTER (TRUE));
  emb_kiosk_window_reload (f->kiosk);
  emb_ui_test_wait_mapped (GTK_WIDGET (button));
  emb_ui_test_settle (GTK_WIDGET (f->kiosk), 800);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->kiosk), "kiosk", "touch-thanks");
  g_signal_emit_by_name (button, "clicked");
  dialog = find_window_of_type (EMB_TYPE_KIOSK_THANKS_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->kiosk));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
open_office_hours (EmbKioskSettings *settings,
                   gpointer          data)
{
  /* 9:00 to 17:00 on weekdays, closed at weekends. */
  for (guint day = 1; day <= 5; day++)
    emb_kiosk_settings_set_hours (settings, day, 9 * 60, 17 * 60);
  emb_kiosk_settings_set_closed (settings, 6);
  emb_kiosk_settings_set_closed (settings, 7);
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  save_settings (_emb_kiosk_window_get_database (f->kiosk), open_office_hours, NULL);
  emb_kiosk_window_reload (f->kiosk);
  g_assert_false (emb_kiosk_window_get_closed (f->kiosk));

  /* Monday 16:59:30, then 17:00: closed, dimmed, blank. */
  pass (f, 6 * 3600 + 59 * 60 + 30);
  g_assert_false (emb_kiosk_window_get_closed (f->kiosk));
  pass (f, 30);
  g_assert_true (emb_kiosk_window_get_closed (f->kiosk));
  g_assert_null (emb_kiosk_window_get_current_slide (f->kiosk));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->kiosk), "kiosk-closed"));
  emb_ui_test_iterate (800);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->kiosk), "kiosk", "closed");
  g_assert_cmpuint (_emb_kiosk_window_get_n_views (f->kiosk), ==, 0);

  /* A week, a quarter of an hour at a time: open exactly in the hours. */
  for (guint step = 0; step < 7 * 24 * 4; step++)
    {
      int weekday, minute;
      gboolean open;

      pass (f, 15 * 60);
      weekday = g_date_time_get_day_of_week (f->now);
      minute = g_date_time_get_hour (f->now) * 60 + g_date_time_get_minute (f->now);
      open = weekday <= 5 && minute >= 9 * 60 && minute < 17 * 60;
      g_assert_cmpint (emb_kiosk_window_get_closed (f->kiosk), ==, !open);
      g_assert_cmpint (emb_kiosk_window_get_current_slide (f->kiosk) != NULL, ==, open);
      g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (f->kiosk), "kiosk-closed"), ==, !open);
    }
}

static void
test_burn_in (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->kiosk));
  int seen[17][17] = { { 0 } };
  int dx, dy, margin, n_positions = 0;

  _emb_kiosk_window_get_shift (f->kiosk, &dx, &dy);
  margin = gtk_widget_get_margin_start (content);
  pass (f, 60);
  g_assert_cmpint (gtk_widget_get_margin_start (content), ==, margin);

  for (guint i = 0; i < 16; i++)
    {
      int before_dx = dx, before_dy = dy;

      pass (f, 3 * 60);
      _emb_kiosk_window_get_shift (f->kiosk, &dx, &dy);
      g_assert_cmpint (ABS (dx), <=, 8);
      g_assert_cmpint (ABS (dy), <=, 8);
      g_assert_true (dx != before_dx || dy != before_dy);
      g_assert_cmpint (gtk_widget_get_margin_start (content) - gtk_widget_get_margin_end (content),
                       ==, 2 * dx);
      g_assert_cmpint (gtk_widget_get_margin_top (content) - gtk_widget_get_margin_bottom (content),
                       ==, 2 * dy);
      if (seen[dx + 8][dy + 8]++ == 0)
        n_positions++;
    }
  g_assert_cmpint (n_positions, >=, 4);
}

typedef struct
{
  EmbKioskWindow *kiosk;
  const char     *title;
} TitleWait;

static gboolean
shows_title (gpointer data)
{
  TitleWait *wait = data;
  EmbKioskSlide *slide = emb_kiosk_window_get_current_slide (wait->kiosk);

  if (slide != NULL && g_strcmp0 (emb_kiosk_slide_get_title (slide), wait->title) == 0)
    return TRUE;
  emb_kiosk_window_advance (wait->kiosk);
  return FALSE;
}

static void
test_external_write (Fixture       *f,
                     gconstpointer  data)
{
  TitleWait wait = { f->kiosk, "The canteen reopens on Monday" };
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();
  g_autoptr(GError) error = NULL;
  gint64 started;

  save_settings (_emb_kiosk_window_get_database (f->kiosk), change_slides,
                 GUINT_TO_POINTER (EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_ANNOUNCEMENT)));
  emb_kiosk_window_reload (f->kiosk);

  /* Another process's connection publishes an announcement for the kiosk. */
  other = emb_database_open (f->ui.path, &error);
  g_assert_no_error (error);
  emb_announcement_set_title (announcement, wait.title);
  emb_announcement_set_body (announcement, "Hot meals from 11:30, salads all day.");
  emb_announcement_set_on_kiosk (announcement, TRUE);
  emb_announcement_store_save (other, announcement, NULL, 0, NULL, 0, &error);
  g_assert_no_error (error);
  emb_announcement_store_publish (other, emb_record_get_id (EMB_RECORD (announcement)), &error);
  g_assert_no_error (error);

  started = g_get_monotonic_time ();
  g_assert_true (emb_ui_test_wait_for (shows_title, &wait, 5000));
  g_test_message ("shown after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - started) / 1000);
  g_assert_false (emb_kiosk_window_get_offline (f->kiosk));
}

static gboolean
is_offline (gpointer data)
{
  _emb_kiosk_window_tick (data);
  return emb_kiosk_window_get_offline (data);
}

static gboolean
is_online (gpointer data)
{
  _emb_kiosk_window_tick (data);
  return !emb_kiosk_window_get_offline (data);
}

static GtkWidget *
offline_label (Fixture *f)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (f->kiosk), EMB_TYPE_KIOSK_WINDOW,
                                                  "offline_label");

  g_assert_nonnull (label);
  return GTK_WIDGET (label);
}

static void
test_file_removed (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *away = g_strconcat (f->ui.path, ".away", NULL);
  g_autofree char *shown = current_key (f);
  g_autofree char *later = NULL;

  g_assert_false (gtk_widget_get_visible (offline_label (f)));
  g_assert_cmpint (g_rename (f->ui.path, away), ==, 0);
  g_assert_true (emb_ui_test_wait_for (is_offline, f->kiosk, 5000));

  /* The last slide stays, with the note in the corner, and the deck goes on. */
  g_assert_cmpstr (emb_kiosk_slide_get_key (emb_kiosk_window_get_current_slide (f->kiosk)), ==, shown);
  g_assert_true (gtk_widget_get_visible (offline_label (f)));
  emb_ui_test_settle (GTK_WIDGET (f->kiosk), 800);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->kiosk), "kiosk", "offline");
  pass (f, EMB_KIOSK_INTERVAL_DEFAULT);
  later = current_key (f);
  g_assert_cmpstr (later, !=, shown);
  g_assert_true (emb_kiosk_window_get_offline (f->kiosk));
  g_assert_false (g_file_test (f->ui.path, G_FILE_TEST_EXISTS));

  /* Back: it recovers by itself within seconds. */
  g_assert_cmpint (g_rename (away, f->ui.path), ==, 0);
  g_assert_true (emb_ui_test_wait_for (is_online, f->kiosk, 8000));
  g_assert_false (gtk_widget_get_visible (offline_label (f)));
  g_assert_nonnull (emb_kiosk_window_get_current_slide (f->kiosk));
}

static void
test_file_corrupt (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *away = g_strconcat (f->ui.path, ".away", NULL);
  g_autofree char *shown = current_key (f);
  g_autoptr(GError) error = NULL;

  /* Another file takes the path, and it is not a database. */
  g_assert_cmpint (g_rename (f->ui.path, away), ==, 0);
  g_file_set_contents (f->ui.path, "Name;Department\r\nAnna;Sales\r\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (emb_ui_test_wait_for (is_offline, f->kiosk, 5000));
  g_assert_cmpstr (emb_kiosk_slide_get_key (emb_kiosk_window_get_current_slide (f->kiosk)), ==, shown);
  emb_ui_test_iterate (200);
  _emb_kiosk_window_tick (f->kiosk);
  g_assert_true (emb_kiosk_window_get_offline (f->kiosk));

  g_assert_cmpint (g_rename (away, f->ui.path), ==, 0);
  g_assert_true (emb_ui_test_wait_for (is_online, f->kiosk, 8000));
  g_assert_nonnull (emb_kiosk_window_get_current_slide (f->kiosk));
}

static void
test_idle (Fixture       *f,
           gconstpointer  data)
{
  GObject *name = gtk_widget_get_template_child (GTK_WIDGET (f->kiosk), EMB_TYPE_KIOSK_WINDOW,
                                                 "idle_name");

  /* Nothing in the programme: no slide and no empty box, the idle screen. */
  emb_kiosk_window_reload (f->kiosk);
  for (guint i = 0; i < 5; i++)
    {
      pass (f, EMB_KIOSK_INTERVAL_DEFAULT);
      g_assert_null (emb_kiosk_window_get_current_slide (f->kiosk));
      g_assert_false (emb_kiosk_window_get_closed (f->kiosk));
    }
  g_assert_cmpuint (_emb_kiosk_window_get_n_views (f->kiosk), ==, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (name)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), !=, "");
  emb_ui_test_iterate (800);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->kiosk), "kiosk", "idle");
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  static const struct { guint keyval; GdkModifierType state; } locked[] = {
    { GDK_KEY_Escape, 0 },
    { GDK_KEY_F10, 0 },
    { GDK_KEY_F11, 0 },
    { GDK_KEY_F4, GDK_ALT_MASK },
    { GDK_KEY_q, GDK_CONTROL_MASK },
    { GDK_KEY_w, GDK_CONTROL_MASK },
    { GDK_KEY_Super_L, 0 },
    { GDK_KEY_Super_R, 0 },
    { GDK_KEY_1, GDK_ALT_MASK },
    { GDK_KEY_comma, GDK_CONTROL_MASK },
    { GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { GDK_KEY_I, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { GDK_KEY_Tab, GDK_ALT_MASK },
    { GDK_KEY_a, GDK_SUPER_MASK },
  };
  GListModel *controllers;
  gboolean found = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (locked); i++)
    g_assert_true (_emb_kiosk_key_is_locked (locked[i].keyval, locked[i].state));
  g_assert_false (_emb_kiosk_key_is_locked (GDK_KEY_Tab, 0));
  g_assert_false (_emb_kiosk_key_is_locked (GDK_KEY_Return, 0));
  g_assert_false (_emb_kiosk_key_is_locked (GDK_KEY_5, 0));
  g_assert_true (_emb_kiosk_key_opens_pin (GDK_KEY_L, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_false (_emb_kiosk_key_opens_pin (GDK_KEY_l, GDK_CONTROL_MASK));

  /* The controller sees keys first, on the window itself. */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->kiosk));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "kiosk-lock") == 0)
        {
          found = TRUE;
          g_assert_true (GTK_IS_EVENT_CONTROLLER_KEY (controller));
          g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==,
                           GTK_PHASE_CAPTURE);
        }
    }
  g_object_unref (controllers);
  g_assert_true (found);

  /* Closing is refused; the session is kept awake; no window controls. */
  g_assert_true (_emb_kiosk_window_is_inhibiting (f->kiosk));
  g_assert_false (gtk_window_get_decorated (GTK_WINDOW (f->kiosk)));
  g_assert_false (gtk_window_get_deletable (GTK_WINDOW (f->kiosk)));
  for (guint i = 0; i < 3; i++)
    {
      gtk_window_close (GTK_WINDOW (f->kiosk));
      emb_ui_test_iterate (50);
      g_assert_nonnull (f->kiosk);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->kiosk)));
    }
  /* Under Xvfb, without a window manager, it asks, it is not granted. */
  g_assert_nonnull (f->kiosk);
}

static gboolean
pin_checked (gpointer data)
{
  return !emb_kiosk_pin_dialog_is_busy (data);
}

static void
submit_pin (EmbKioskPinDialog *dialog,
            const char        *pin)
{
  g_assert_true (emb_kiosk_pin_dialog_submit (dialog, pin));
  g_assert_true (emb_ui_test_wait_for (pin_checked, dialog, 10000));
}

static void
test_pin_wrong (Fixture       *f,
                gconstpointer  data)
{
  EmbKioskPinDialog *dialog = EMB_KIOSK_PIN_DIALOG (_emb_kiosk_window_get_pin_dialog (f->kiosk, TRUE));
  g_autofree char *message = NULL;

  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  for (guint i = 0; i < EMB_PIN_FREE_FAILURES; i++)
    {
      submit_pin (dialog, WRONG_PIN);
      g_assert_false (emb_kiosk_pin_dialog_is_unlocked (dialog));
      g_assert_nonnull (emb_kiosk_pin_dialog_get_message (dialog));
    }
  g_assert_cmpint (emb_kiosk_pin_dialog_get_wait (dialog), ==, 0);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (dialog), "kiosk", "pin-wrong");

  /* One more: the wait, counted down; the right PIN is not even tried. */
  submit_pin (dialog, WRONG_PIN);
  g_assert_cmpint (emb_kiosk_pin_dialog_get_wait (dialog), >, 0);
  g_assert_false (emb_kiosk_pin_dialog_submit (dialog, MANAGER_PIN));
  g_assert_false (emb_kiosk_pin_dialog_is_unlocked (dialog));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (dialog), "kiosk", "pin-throttled");

  /* Closed, the kiosk stays; opened again, it still counts down. */
  gtk_window_close (GTK_WINDOW (dialog));
  emb_ui_test_iterate (100);
  g_assert_null (_emb_kiosk_window_get_pin_dialog (f->kiosk, FALSE));
  g_assert_nonnull (f->kiosk);
  dialog = EMB_KIOSK_PIN_DIALOG (_emb_kiosk_window_get_pin_dialog (f->kiosk, TRUE));
  g_assert_cmpint (emb_kiosk_pin_dialog_get_wait (dialog), >, 0);
  g_assert_false (emb_kiosk_pin_dialog_submit (dialog, MANAGER_PIN));
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
test_pin_leave (Fixture       *f,
                gconstpointer  data)
{
  EmbKioskPinDialog *dialog = EMB_KIOSK_PIN_DIALOG (_emb_kiosk_window_get_pin_dialog (f->kiosk, TRUE));

  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  submit_pin (dialog, MANAGER_PIN);
  g_assert_true (emb_kiosk_pin_dialog_is_unlocked (dialog));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (dialog), "kiosk", "pin-unlocked");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pin.leave", NULL));
  emb_ui_test_iterate (100);
  g_assert_null (f->kiosk);
}

static void
test_pin_settings (Fixture       *f,
                   gconstpointer  data)
{
  EmbKioskPinDialog *dialog = EMB_KIOSK_PIN_DIALOG (_emb_kiosk_window_get_pin_dialog (f->kiosk, TRUE));
  GtkWidget *prefs;

  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  /* Not before the PIN. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "pin.open-settings", NULL);
  emb_ui_test_iterate (50);
  g_assert_null (find_window_of_type (ADW_TYPE_PREFERENCES_WINDOW));

  submit_pin (dialog, MANAGER_PIN);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pin.open-settings", NULL));
  emb_ui_test_iterate (100);
  g_assert_null (_emb_kiosk_window_get_pin_dialog (f->kiosk, FALSE));
  prefs = find_window_of_type (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == GTK_WINDOW (f->kiosk));
  g_assert_nonnull (emb_ui_test_find_by_type (prefs, EMB_TYPE_KIOSK_SETTINGS_PAGE));
  emb_ui_test_wait_mapped (prefs);
  emb_ui_test_settle (prefs, 500);
  emb_ui_test_screenshot_in_language (prefs, "kiosk", "settings");
  /* The settings stay on the kiosk: it is still there, and locked. */
  g_assert_nonnull (f->kiosk);
  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_close (GTK_WINDOW (f->kiosk));
  emb_ui_test_iterate (50);
  g_assert_nonnull (f->kiosk);
}

static void
test_pin_not_set (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *dialog = _emb_kiosk_window_get_pin_dialog (f->kiosk, TRUE);
  GObject *stack = gtk_widget_get_template_child (dialog, EMB_TYPE_KIOSK_PIN_DIALOG, "stack");

  emb_ui_test_wait_mapped (dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "no-pin");
  /* Leaving without the PIN does nothing. */
  gtk_widget_activate_action (dialog, "pin.leave", NULL);
  emb_ui_test_iterate (50);
  g_assert_nonnull (f->kiosk);
  emb_ui_test_screenshot_in_language (dialog, "kiosk", "pin-not-set");
  gtk_window_close (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func, empty) \
  g_test_add ("/ui/kiosk/" path, Fixture, GINT_TO_POINTER (empty), set_up, func, tear_down)
  ADD ("rotation", test_rotation, FALSE);
  ADD ("schedule", test_schedule, FALSE);
  ADD ("burn-in", test_burn_in, FALSE);
  ADD ("external-write", test_external_write, FALSE);
  ADD ("file-removed", test_file_removed, FALSE);
  ADD ("file-corrupt", test_file_corrupt, FALSE);
  ADD ("idle", test_idle, TRUE);
  ADD ("locked", test_locked, FALSE);
  ADD ("touch-thanks", test_touch_thanks, FALSE);
  ADD ("pin-wrong", test_pin_wrong, FALSE);
  ADD ("pin-leave", test_pin_leave, FALSE);
  ADD ("pin-settings", test_pin_settings, FALSE);
  ADD ("pin-not-set", test_pin_not_set, TRUE);
#undef ADD

  return g_test_run ();
}
