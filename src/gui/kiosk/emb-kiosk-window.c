/* emb-kiosk-window.c: the break-room kiosk, full screen and locked
 *
 * `embassy --kiosk` opens this window instead of the manager window. It
 * covers the screen without decorations and shows the programme's slides
 * (EmbKioskSlideView) one after the other with a crossfade, the next one
 * chosen by the rotation (EmbKioskRotation) among the kinds the settings
 * (EmbKioskSettings) run at that time. When none is left it shows a calm
 * idle screen (the organisation's name, the promise); outside opening hours
 * a dimmed blank one. The slide stack holds at most two views, the shown and
 * the leaving one, so memory stays flat however long it runs.
 *
 * Time: everything follows the window's clock (emb_kiosk_window_set_clock(),
 * the local time by default). A heartbeat of one second compares it with
 * the deadlines, each a time of that clock: the next slide (the interval of
 * the settings), the next change of the schedule
 * (emb_kiosk_settings_next_change(), and a look every minute besides), the
 * next burn-in shift (the content moves by up to 8 pixels every three
 * minutes). So tests and the benchmark run a week in seconds.
 *
 * Data: an EmbRefresher watching every kind reloads the content and the
 * settings when the programme changes, here or in another process (the
 * database polls SQLite's data_version). The heartbeat also looks at the
 * file itself, since a connection keeps reading a file renamed or deleted
 * under it: when the file is gone or unreadable, or loading fails (locked,
 * damaged), the window keeps the last deck, says so discreetly in a corner
 * and tries again every few seconds; when another file takes the path (a
 * restored backup), it opens that one by its path. No dialog, ever.
 *
 * Locked: see emb-kiosk-window-lock.c. The close request is refused until
 * emb_kiosk_window_leave(), which the PIN dialog calls. While it runs the
 * window asks the session not to go idle or suspend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "emb-application.h"
#include "emb-kiosk-content.h"
#include "emb-kiosk-pin-dialog.h"
#include "emb-kiosk-rotation.h"
#include "emb-kiosk-settings-page.h"
#include "emb-kiosk-settings.h"
#include "emb-kiosk-slide-view.h"
#include "emb-kiosk-thanks-dialog.h"
#include "emb-kiosk-window-private.h"
#include "emb-programme-store.h"
#include "emb-refresher.h"

#define TICK_MS             1000
#define CHECK_SECONDS       60     /* the schedule is looked at every minute */
#define SHIFT_SECONDS       180    /* burn-in: a step every three minutes */
#define SHIFT_PIXELS        8
#define SHIFT_STEPS         8
#define RETRY_US            (3 * G_USEC_PER_SEC)
#define BASE_MARGIN         SHIFT_PIXELS

struct _EmbKioskWindow
{
  AdwApplicationWindow  parent_instance;

  /* The file */
  EmbKioskFile         *file;
  EmbDatabase          *database;      /* the file's, nullable until it can be opened */
  EmbRefresher         *refresher;
  gint64                retry_at;      /* monotonic µs, while offline */

  /* What is shown */
  EmbKioskSettings     *settings;
  EmbKioskRotation     *rotation;
  GPtrArray            *deck;
  EmbKioskSlide        *current;
  char                 *org_name;
  gboolean              offline;
  gboolean              closed;
  gboolean              leaving;

  /* Time */
  EmbKioskClockFunc     clock;
  gpointer              clock_data;
  GDestroyNotify        clock_destroy;
  GDateTime            *shown_at;
  GDateTime            *next_change;   /* nullable: never */
  GDateTime            *next_check;
  GDateTime            *next_shift;
  guint                 shift_step;
  guint                 tick_ms;
  guint                 tick_id;

  guint                 inhibit_cookie;
  gboolean              inhibiting;
  GtkWidget            *pin_dialog;    /* weak */
  GtkWidget            *thanks_dialog; /* weak */
  GtkWidget            *settings_window; /* weak */
  int                   printed_width;
  int                   printed_height;

  GtkOverlay           *overlay;
  GtkStack             *screen_stack;
  GtkStack             *slide_stack;
  GtkLabel             *idle_name;
  GtkLabel             *idle_headline;
  GtkWidget            *offline_label;
  GtkWidget            *thanks_button;
};

G_DEFINE_FINAL_TYPE (EmbKioskWindow, emb_kiosk_window, ADW_TYPE_APPLICATION_WINDOW)

static void reload (EmbKioskWindow *self);

static GDateTime *
default_clock (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static GDateTime *
clock_now (EmbKioskWindow *self)
{
  return self->clock (self->clock_data);
}

static gboolean
reached (GDateTime *now,
         GDateTime *deadline)
{
  return deadline != NULL && g_date_time_compare (now, deadline) >= 0;
}

/* The slides ---------------------------------------------------------------- */

static void
drop_hidden_views (EmbKioskWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->slide_stack);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != visible)
        gtk_stack_remove (self->slide_stack, child);
      child = next;
    }
}

static void
on_transition_running (EmbKioskWindow *self)
{
  if (!gtk_stack_get_transition_running (self->slide_stack))
    drop_hidden_views (self);
}

static void
update_idle_screen (EmbKioskWindow *self)
{
  const char *headline = NULL;

  /* The promise, else the first thing the deck says. */
  for (guint i = 0; self->deck != NULL && i < self->deck->len && headline == NULL; i++)
    if (emb_kiosk_slide_get_kind (self->deck->pdata[i]) == EMB_KIOSK_SLIDE_PROMISE)
      headline = emb_kiosk_slide_get_title (self->deck->pdata[i]);

  gtk_label_set_text (self->idle_name,
                      self->org_name != NULL && *self->org_name != '\0' ? self->org_name
                                                                       : _("Welcome"));
  gtk_label_set_text (self->idle_headline, headline != NULL ? headline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->idle_headline), headline != NULL);
}

/* Shows @slide (nullable: the idle screen) now. */
static void
show_slide (EmbKioskWindow *self,
            EmbKioskSlide  *slide)
{
  GtkWidget *previous = gtk_stack_get_visible_child (self->slide_stack);
  GtkWidget *view;
  GtkWidget *child;

  if (slide != NULL)
    emb_kiosk_slide_ref (slide);
  g_clear_pointer (&self->current, emb_kiosk_slide_unref);
  self->current = slide;

  if (slide == NULL)
    {
      update_idle_screen (self);
      gtk_stack_set_visible_child_name (self->screen_stack, "idle");
      /* The stack keeps a picture of the leaving page for the crossfade. */
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack))) != NULL)
        gtk_stack_remove (self->slide_stack, child);
      return;
    }

  view = emb_kiosk_slide_view_new (slide);
  gtk_stack_add_child (self->slide_stack, view);
  gtk_stack_set_visible_child (self->slide_stack, view);
  gtk_stack_set_visible_child_name (self->screen_stack, "slides");

  /* At most the shown view and the leaving one. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != view && child != previous)
        gtk_stack_remove (self->slide_stack, child);
      child = next;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    drop_hidden_views (self);
}

static void
show_next (EmbKioskWindow *self,
           GDateTime      *now)
{
  guint kinds;

  g_clear_pointer (&self->shown_at, g_date_time_unref);
  self->shown_at = g_date_time_ref (now);
  if (self->closed)
    return;

  kinds = self->settings != NULL ? emb_kiosk_settings_slides_at (self->settings, now) : 0;
  show_slide (self, emb_kiosk_rotation_next (self->rotation, kinds, now));
}

static guint
interval (EmbKioskWindow *self)
{
  return self->settings != NULL ? emb_kiosk_settings_get_interval (self->settings)
                                : EMB_KIOSK_INTERVAL_DEFAULT;
}

/* The schedule -------------------------------------------------------------- */

static void
set_closed (EmbKioskWindow *self,
            gboolean        closed,
            GDateTime      *now)
{
  if (self->closed == closed)
    return;

  self->closed = closed;
  if (closed)
    {
      g_clear_pointer (&self->current, emb_kiosk_slide_unref);
      gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk-closed");
      gtk_stack_set_visible_child_name (self->screen_stack, "closed");
      while (gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack)) != NULL)
        gtk_stack_remove (self->slide_stack, gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack)));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "kiosk-closed");
      show_next (self, now);
    }
  gtk_widget_set_visible (self->thanks_button,
                          !closed && self->settings != NULL &&
                          emb_kiosk_settings_get_touch_thanks (self->settings));
}

static void
update_schedule (EmbKioskWindow *self,
                 GDateTime      *now)
{
  gboolean open = self->settings == NULL || emb_kiosk_settings_is_open (self->settings, now);

  g_clear_pointer (&self->next_change, g_date_time_unref);
  g_clear_pointer (&self->next_check, g_date_time_unref);
  if (self->settings != NULL)
    self->next_change = emb_kiosk_settings_next_change (self->settings, now);
  self->next_check = g_date_time_add_seconds (now, CHECK_SECONDS);
  set_closed (self, !open, now);
}

/* Burn-in: the content goes round a circle of SHIFT_PIXELS, a step at a time. */
static void
apply_shift (EmbKioskWindow *self)
{
  int dx, dy;

  _emb_kiosk_window_get_shift (self, &dx, &dy);
  gtk_widget_set_margin_start (GTK_WIDGET (self->overlay), BASE_MARGIN + dx);
  gtk_widget_set_margin_end (GTK_WIDGET (self->overlay), BASE_MARGIN - dx);
  gtk_widget_set_margin_top (GTK_WIDGET (self->overlay), BASE_MARGIN + dy);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->overlay), BASE_MARGIN - dy);
}

static void
shift_content (EmbKioskWindow *self,
               GDateTime      *now)
{
  self->shift_step = (self->shift_step + 1) % SHIFT_STEPS;
  g_clear_pointer (&self->next_shift, g_date_time_unref);
  self->next_shift = g_date_time_add_seconds (now, SHIFT_SECONDS);
  apply_shift (self);
}

/* Loading ------------------------------------------------------------------- */

static void
set_offline (EmbKioskWindow *self,
             const GError   *error)
{
  gboolean offline = error != NULL;

  if (offline)
    {
      g_debug ("Keeping the last content: %s", error->message);
      self->retry_at = g_get_monotonic_time () + RETRY_US;
    }
  self->offline = offline;
  gtk_widget_set_visible (self->offline_label, offline);
}

/* After a new deck: the slide shown again if it changed, the next one if it
 * went, the first one if the idle screen showed. */
static void
follow_deck (EmbKioskWindow *self,
             GDateTime      *now)
{
  EmbKioskSlide *again = NULL;
  guint kinds;

  if (self->closed)
    return;
  if (self->current == NULL)
    {
      show_next (self, now);
      return;
    }

  kinds = emb_kiosk_settings_slides_at (self->settings, now);
  for (guint i = 0; i < self->deck->len && again == NULL; i++)
    if (g_strcmp0 (emb_kiosk_slide_get_key (self->deck->pdata[i]),
                   emb_kiosk_slide_get_key (self->current)) == 0)
      again = self->deck->pdata[i];

  if (again == NULL || emb_kiosk_slide_is_empty (again) ||
      (kinds & EMB_KIOSK_SLIDE_BIT (emb_kiosk_slide_get_kind (again))) == 0)
    show_next (self, now);
  else if (!_emb_kiosk_slide_equal (again, self->current))
    show_slide (self, again);
}

static guint
kinds_to_read (EmbKioskSettings *settings)
{
  guint kinds = emb_kiosk_settings_get_slides (settings);

  for (guint i = 0; i < emb_kiosk_settings_get_n_playlists (settings); i++)
    kinds |= emb_kiosk_settings_get_playlist (settings, i)->slides;
  return kinds;
}

static void
apply_settings (EmbKioskWindow   *self,
                EmbKioskSettings *settings,
                GDateTime        *now)
{
  if (self->settings != NULL && emb_kiosk_settings_equal (self->settings, settings))
    return;

  g_set_object (&self->settings, settings);
  gtk_widget_set_visible (self->thanks_button,
                          !self->closed && emb_kiosk_settings_get_touch_thanks (settings));
  update_schedule (self, now);
}

/* A kiosk reading the programme waits this long for a writer's lock (a large
 * import holds the file a while): then it keeps its slides and tries again,
 * rather than freezing for the default timeout. */
#define READ_BUSY_TIMEOUT_MS 250

static void
reload (EmbKioskWindow *self)
{
  g_autoptr(GDateTime) now = clock_now (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbKioskSettings) settings = NULL;
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GPtrArray) deck = NULL;
  EmbKioskContentOptions options = { 0 };
  gboolean reopened = FALSE;
  guint timeout;

  self->database = _emb_kiosk_file_open (self->file, &reopened, &error);
  if (reopened)
    emb_refresher_set_database (self->refresher, self->database);
  if (self->database == NULL)
    {
      self->database = _emb_kiosk_file_get_database (self->file);
      set_offline (self, error);
      return;
    }

  timeout = emb_database_set_busy_timeout (self->database, READ_BUSY_TIMEOUT_MS);
  settings = emb_kiosk_settings_load (self->database, &error);
  if (settings != NULL)
    {
      options.kinds = kinds_to_read (settings);
      options.wall_names = emb_kiosk_settings_get_wall_names (settings);
      deck = emb_kiosk_content_load (self->database, &options, now, &error);
    }
  if (deck != NULL)
    organisation = emb_programme_store_get_organisation (self->database, NULL);
  emb_database_set_busy_timeout (self->database, timeout);
  if (deck == NULL)
    {
      set_offline (self, error);
      return;
    }

  g_free (self->org_name);
  self->org_name = organisation != NULL ? g_strdup (emb_organisation_get_name (organisation)) : NULL;

  set_offline (self, NULL);
  g_clear_pointer (&self->deck, g_ptr_array_unref);
  self->deck = g_steal_pointer (&deck);
  emb_kiosk_rotation_set_deck (self->rotation, self->deck);
  apply_settings (self, settings, now);
  if (self->current == NULL)
    update_idle_screen (self);
  follow_deck (self, now);
}

static void
refresh_cb (GtkWidget *widget)
{
  reload (EMB_KIOSK_WINDOW (widget));
}

/* The heartbeat ------------------------------------------------------------- */

void
_emb_kiosk_window_tick (EmbKioskWindow *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  if (self->offline ? g_get_monotonic_time () >= self->retry_at : _emb_kiosk_file_changed (self->file))
    reload (self);

  now = clock_now (self);
  if (reached (now, self->next_check) || reached (now, self->next_change))
    update_schedule (self, now);
  if (!self->closed && self->shown_at != NULL)
    {
      g_autoptr(GDateTime) due = g_date_time_add_seconds (self->shown_at, interval (self));

      if (reached (now, due))
        show_next (self, now);
    }
  if (reached (now, self->next_shift))
    shift_content (self, now);
}

static gboolean
tick_cb (gpointer user_data)
{
  _emb_kiosk_window_tick (user_data);
  return G_SOURCE_CONTINUE;
}

void
_emb_kiosk_window_set_tick_ms (EmbKioskWindow *self,
                               guint           ms)
{
  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));
  g_return_if_fail (ms > 0);

  self->tick_ms = ms;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->tick_id = g_timeout_add (ms, tick_cb, self);
}

/* Starts every deadline afresh from the clock's time now. */
static void
restart_clock (EmbKioskWindow *self)
{
  g_autoptr(GDateTime) now = clock_now (self);

  g_clear_pointer (&self->shown_at, g_date_time_unref);
  self->shown_at = g_date_time_ref (now);
  g_clear_pointer (&self->next_shift, g_date_time_unref);
  self->next_shift = g_date_time_add_seconds (now, SHIFT_SECONDS);
  update_schedule (self, now);
}

/* Leaving, the PIN and the touch action -------------------------------------- */

static void
on_leave (EmbKioskWindow *self)
{
  emb_kiosk_window_leave (self);
}

static void
on_open_settings (EmbKioskWindow *self)
{
  AdwPreferencesWindow *window;

  if (self->settings_window != NULL || self->database == NULL)
    return;

  window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
  gtk_window_set_title (GTK_WINDOW (window), _("Kiosk Settings"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  adw_preferences_window_set_search_enabled (window, FALSE);
  adw_preferences_window_add (window, ADW_PREFERENCES_PAGE (emb_kiosk_settings_page_new (self->database)));
  g_set_weak_pointer (&self->settings_window, GTK_WIDGET (window));
  gtk_window_present (GTK_WINDOW (window));
}

void
_emb_kiosk_window_open_pin (EmbKioskWindow *self)
{
  GtkWidget *dialog;

  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  if (self->pin_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->pin_dialog));
      return;
    }
  if (self->database == NULL || self->settings_window != NULL)
    return;

  dialog = emb_kiosk_pin_dialog_new (GTK_WINDOW (self), self->database);
  g_signal_connect_object (dialog, "leave", G_CALLBACK (on_leave), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "open-settings", G_CALLBACK (on_open_settings), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->pin_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
thank_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EmbKioskWindow *self = EMB_KIOSK_WINDOW (widget);
  GtkWidget *dialog;

  if (self->thanks_dialog != NULL || self->database == NULL || self->closed ||
      self->settings == NULL || !emb_kiosk_settings_get_touch_thanks (self->settings))
    return;

  dialog = emb_kiosk_thanks_dialog_new (GTK_WINDOW (self), self->database);
  g_set_weak_pointer (&self->thanks_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The session --------------------------------------------------------------- */

static void
inhibit (EmbKioskWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibiting || app == NULL)
    return;
  /* 0 without a session manager (as under Xvfb): nothing to undo then. */
  self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                  GTK_APPLICATION_INHIBIT_IDLE |
                                                  GTK_APPLICATION_INHIBIT_SUSPEND,
                                                  _("The break-room kiosk is showing the programme"));
  self->inhibiting = TRUE;
}

static void
uninhibit (EmbKioskWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibiting && self->inhibit_cookie != 0 && app != NULL)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  self->inhibiting = FALSE;
}

/* For the tests on a real compositor: EMBASSY_KIOSK_PRINT_SIZE=1 prints the
 * window's size each time a frame shows a new one. */
static void
on_after_paint (GdkFrameClock  *clock,
                EmbKioskWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (width == self->printed_width && height == self->printed_height)
    return;
  self->printed_width = width;
  self->printed_height = height;
  g_print ("kiosk-size=%dx%d\n", width, height);
}

static void
emb_kiosk_window_map (GtkWidget *widget)
{
  EmbKioskWindow *self = EMB_KIOSK_WINDOW (widget);

  GTK_WIDGET_CLASS (emb_kiosk_window_parent_class)->map (widget);

  inhibit (self);
  if (g_strcmp0 (g_getenv ("EMBASSY_KIOSK_PRINT_SIZE"), "1") == 0)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_after_paint), self, 0);
}

static gboolean
emb_kiosk_window_close_request (GtkWindow *window)
{
  EmbKioskWindow *self = EMB_KIOSK_WINDOW (window);

  if (!self->leaving)
    {
      g_debug ("Refused to close: the kiosk is left with the manager PIN");
      return TRUE;
    }
  return GTK_WINDOW_CLASS (emb_kiosk_window_parent_class)->close_request (window);
}

/* API ----------------------------------------------------------------------- */

/**
 * emb_kiosk_window_new:
 * @application: the application, whose database the kiosk shows
 *
 * Returns: (transfer none): the kiosk window, full screen; it loads when it
 *   is first shown
 */
EmbKioskWindow *
emb_kiosk_window_new (EmbApplication *application)
{
  EmbKioskWindow *self;
  EmbDatabase *database;

  g_return_val_if_fail (EMB_IS_APPLICATION (application), NULL);

  self = g_object_new (EMB_TYPE_KIOSK_WINDOW, "application", application, NULL);
  /* No shortcuts window (nor its win.show-help-overlay) on the kiosk, should
   * GTK ever find one at the resource path it looks at. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
  database = emb_application_get_database (application);
  self->file = _emb_kiosk_file_new (emb_application_get_database_path (application), database,
                                    g_settings_get_uint (emb_application_get_settings (application),
                                                         "watch-interval"));
  self->database = _emb_kiosk_file_get_database (self->file);
  if (self->database != NULL)
    emb_refresher_set_database (self->refresher, self->database);
  else
    emb_refresher_queue (self->refresher);
  restart_clock (self);
  gtk_window_fullscreen (GTK_WINDOW (self));
  return self;
}

/**
 * emb_kiosk_window_set_clock:
 * @clock: (nullable): the time now, %NULL for the local time
 *
 * Drives the kiosk by @clock: every deadline starts afresh from its time.
 */
void
emb_kiosk_window_set_clock (EmbKioskWindow    *self,
                            EmbKioskClockFunc  clock,
                            gpointer           user_data,
                            GDestroyNotify     destroy)
{
  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);
  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  self->clock_destroy = clock != NULL ? destroy : NULL;
  restart_clock (self);
}

void
emb_kiosk_window_advance (EmbKioskWindow *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  now = clock_now (self);
  show_next (self, now);
}

void
emb_kiosk_window_reload (EmbKioskWindow *self)
{
  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  reload (self);
}

EmbKioskSlide *
emb_kiosk_window_get_current_slide (EmbKioskWindow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), NULL);

  return self->current;
}

gboolean
emb_kiosk_window_get_offline (EmbKioskWindow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), FALSE);

  return self->offline;
}

gboolean
emb_kiosk_window_get_closed (EmbKioskWindow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), FALSE);

  return self->closed;
}

/**
 * emb_kiosk_window_leave:
 *
 * Unlocks the window (the manager PIN was given), lets the session idle
 * again and closes the window.
 */
void
emb_kiosk_window_leave (EmbKioskWindow *self)
{
  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  self->leaving = TRUE;
  uninhibit (self);
  gtk_window_close (GTK_WINDOW (self));
}

void
_emb_kiosk_window_get_shift (EmbKioskWindow *self,
                             int            *dx,
                             int            *dy)
{
  double angle;

  g_return_if_fail (EMB_IS_KIOSK_WINDOW (self));

  angle = 2 * G_PI * self->shift_step / SHIFT_STEPS;
  *dx = (int)lround (SHIFT_PIXELS * cos (angle));
  *dy = (int)lround (SHIFT_PIXELS * sin (angle));
}

guint
_emb_kiosk_window_get_n_views (EmbKioskWindow *self)
{
  guint n = 0;

  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_stack));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

EmbDatabase *
_emb_kiosk_window_get_database (EmbKioskWindow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), NULL);

  return self->database;
}

guint
_emb_kiosk_window_get_interval (EmbKioskWindow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), 0);

  return interval (self);
}

GtkWidget *
_emb_kiosk_window_get_pin_dialog (EmbKioskWindow *self,
                                  gboolean        open)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), NULL);

  if (open)
    _emb_kiosk_window_open_pin (self);
  return self->pin_dialog;
}

gboolean
_emb_kiosk_window_is_inhibiting (EmbKioskWindow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_WINDOW (self), FALSE);

  return self->inhibiting;
}

/* GObject ------------------------------------------------------------------- */

static void
emb_kiosk_window_dispose (GObject *object)
{
  EmbKioskWindow *self = (EmbKioskWindow *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  uninhibit (self);
  g_clear_weak_pointer (&self->pin_dialog);
  g_clear_weak_pointer (&self->thanks_dialog);
  g_clear_weak_pointer (&self->settings_window);
  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);
  self->clock_destroy = NULL;
  self->clock = default_clock;
  g_clear_object (&self->refresher);
  g_clear_pointer (&self->current, emb_kiosk_slide_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_KIOSK_WINDOW);
  self->database = NULL;
  g_clear_pointer (&self->file, _emb_kiosk_file_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->rotation);
  g_clear_pointer (&self->deck, g_ptr_array_unref);

  G_OBJECT_CLASS (emb_kiosk_window_parent_class)->dispose (object);
}

static void
emb_kiosk_window_finalize (GObject *object)
{
  EmbKioskWindow *self = (EmbKioskWindow *)object;

  g_clear_pointer (&self->shown_at, g_date_time_unref);
  g_clear_pointer (&self->next_change, g_date_time_unref);
  g_clear_pointer (&self->next_check, g_date_time_unref);
  g_clear_pointer (&self->next_shift, g_date_time_unref);
  g_free (self->org_name);

  G_OBJECT_CLASS (emb_kiosk_window_parent_class)->finalize (object);
}

static void
emb_kiosk_window_class_init (EmbKioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = emb_kiosk_window_dispose;
  object_class->finalize = emb_kiosk_window_finalize;
  widget_class->map = emb_kiosk_window_map;
  window_class->close_request = emb_kiosk_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, screen_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, slide_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, idle_name);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, idle_headline);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, offline_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskWindow, thanks_button);

  gtk_widget_class_install_action (widget_class, "kiosk.thank", NULL, thank_action);
}

static void
emb_kiosk_window_init (EmbKioskWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = default_clock;
  self->rotation = emb_kiosk_rotation_new ();
  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh_cb);
  g_signal_connect_object (self->slide_stack, "notify::transition-running",
                           G_CALLBACK (on_transition_running), self, G_CONNECT_SWAPPED);
  _emb_kiosk_window_add_lock (self);
  _emb_kiosk_window_set_tick_ms (self, TICK_MS);
  apply_shift (self);
  update_idle_screen (self);
}
