/* emb-bench-kiosk.c: the kiosk's memory over a week compressed
 *
 *   emb-bench-kiosk [--rotations N]
 *
 * Runs the real kiosk window (EmbKioskWindow) on a copy of the demo
 * programme with an injected clock that moves a minute at each rotation, so
 * that 10,000 rotations are a week (and then some) of a break room open on
 * weekdays from 07:00 to 20:00: slides by day, the dimmed screen at night
 * and at the weekend, and every 250 rotations a change written by another
 * connection and read again, as a manager's edits would be. Transitions are
 * off, and each rotation waits for the window's next frame, so each slide is
 * built, drawn and dropped.
 *
 * It prints the growth of the resident set from the end of a warm-up (the
 * first 200 rotations, which fill GTK's caches of fonts and icons) to the
 * end, against the target of less than 5 MB, next to its floor measured in
 * the same run: a bare libadwaita window whose GtkStack gets a new page of
 * labels at each rotation, the same number of frames. It exits non-zero
 * when the target is missed. It needs a display (meson runs it under Xvfb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <malloc.h>
#include <stdlib.h>
#include <unistd.h>

#include "emb-application.h"
#include "emb-kiosk-settings.h"
#include "emb-kiosk-window.h"
#include "emb-promise-store.h"
#include "emb-ui-test-util.h"

#define WARM_UP         200
#define CHANGE_EVERY    250
#define TARGET_MB       5.0

static guint opt_rotations = 10000;

static GOptionEntry entries[] = {
  { "rotations", 'n', 0, G_OPTION_ARG_INT, &opt_rotations, "Rotations to run (10000)", "N" },
  { NULL }
};

/* The resident set now, in MB, once the allocator has given back what it
 * can (the same for the kiosk and its floor). */
static double
resident_mb (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  malloc_trim (0);
  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%lu %lu", &size, &resident) != 2)
    g_error ("Cannot read /proc/self/statm");
  return resident * (double)sysconf (_SC_PAGESIZE) / (1024. * 1024.);
}

/* Frames --------------------------------------------------------------------- */

static void
count_paint (GdkFrameClock *clock,
             guint         *n_paints)
{
  (*n_paints)++;
}

static gboolean
give_up_waiting (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @window has drawn a frame (or a second passed:
 * a window with nothing new to draw may not draw). */
static void
wait_frame (GtkWidget *window,
            guint     *n_paints)
{
  guint before = *n_paints;
  gboolean late = FALSE;
  guint timeout = g_timeout_add (1000, give_up_waiting, &late);

  gtk_widget_queue_draw (window);
  while (*n_paints == before && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (timeout);
}

/* The kiosk ------------------------------------------------------------------- */

typedef struct
{
  GDateTime *start;
  guint      minutes;
} Clock;

static GDateTime *
clock_now (gpointer data)
{
  Clock *clock = data;

  return g_date_time_add_minutes (clock->start, clock->minutes);
}

/* Weekdays 07:00–20:00; closed at the weekend. */
static void
prepare_hours (EmbDatabase *db,
               gpointer     user_data)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(GError) error = NULL;

  for (guint day = 1; day <= 5; day++)
    emb_kiosk_settings_set_hours (settings, day, 7 * 60, 20 * 60);
  emb_kiosk_settings_set_closed (settings, 6);
  emb_kiosk_settings_set_closed (settings, 7);
  if (!emb_kiosk_settings_save (settings, db, &error))
    g_error ("Cannot set the opening hours: %s", error->message);
}

/* What a manager does now and then: the slide time changes, which every
 * kiosk reads again. */
static void
write_change (const char *path,
              guint       i)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  g_autoptr(EmbKioskSettings) settings = NULL;

  if (db != NULL)
    settings = emb_kiosk_settings_load (db, &error);
  if (settings == NULL)
    g_error ("Cannot read the kiosk settings: %s", error->message);
  emb_kiosk_settings_set_interval (settings, 10 + i % 7);
  if (!emb_kiosk_settings_save (settings, db, &error))
    g_error ("Cannot change the kiosk settings: %s", error->message);
}

static double
run_kiosk (guint  rotations,
           guint *n_shown,
           guint *n_closed)
{
  EmbUiFixtureOptions options = { .prepare = prepare_hours };
  EmbUiFixture f;
  Clock clock = { NULL, 0 };
  EmbKioskWindow *kiosk;
  guint n_paints = 0;
  double before = 0;

  emb_ui_fixture_set_up (&f, &options);
  /* A Monday at 06:00, local time. */
  clock.start = g_date_time_new_local (2026, 3, 2, 6, 0, 0);
  kiosk = emb_kiosk_window_new (f.app);
  emb_kiosk_window_set_clock (kiosk, clock_now, &clock, NULL);
  gtk_window_present (GTK_WINDOW (kiosk));
  emb_ui_test_wait_mapped (GTK_WIDGET (kiosk));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (kiosk)), "after-paint",
                    G_CALLBACK (count_paint), &n_paints);

  *n_shown = *n_closed = 0;
  for (guint i = 0; i < WARM_UP + rotations; i++)
    {
      if (i == WARM_UP)
        before = resident_mb ();
      clock.minutes++;
      if (i % CHANGE_EVERY == CHANGE_EVERY - 1)
        {
          write_change (f.path, i);
          emb_kiosk_window_reload (kiosk);
        }
      emb_kiosk_window_advance (kiosk);
      wait_frame (GTK_WIDGET (kiosk), &n_paints);
      if (i >= WARM_UP)
        {
          *n_shown += emb_kiosk_window_get_current_slide (kiosk) != NULL;
          *n_closed += emb_kiosk_window_get_closed (kiosk);
        }
    }
  before = resident_mb () - before;

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (kiosk)),
                                        count_paint, &n_paints);
  emb_kiosk_window_leave (kiosk);
  g_date_time_unref (clock.start);
  emb_ui_fixture_tear_down (&f);
  return before;
}

/* The floor: a bare libadwaita window, a new page of labels per rotation ----- */

static double
run_floor (guint rotations)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  guint n_paints = 0;
  double before = 0;

  adw_window_set_content (ADW_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  emb_ui_test_wait_mapped (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (count_paint), &n_paints);

  for (guint i = 0; i < WARM_UP + rotations; i++)
    {
      GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *old = gtk_stack_get_visible_child (GTK_STACK (stack));
      g_autofree char *title = g_strdup_printf ("Slide %u", i);

      if (i == WARM_UP)
        before = resident_mb ();
      gtk_box_append (GTK_BOX (page), gtk_label_new (title));
      gtk_box_append (GTK_BOX (page), gtk_label_new ("We answer every customer by name."));
      gtk_stack_add_child (GTK_STACK (stack), page);
      gtk_stack_set_visible_child (GTK_STACK (stack), page);
      if (old != NULL)
        gtk_stack_remove (GTK_STACK (stack), old);
      wait_frame (window, &n_paints);
    }
  before = resident_mb () - before;

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), count_paint,
                                        &n_paints);
  gtk_window_destroy (GTK_WINDOW (window));
  return before;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  double kiosk_mb, floor_mb;
  guint n_shown, n_closed;
  gboolean pass;

  emb_ui_test_init (&argc, &argv);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  floor_mb = run_floor (opt_rotations);
  kiosk_mb = run_kiosk (opt_rotations, &n_shown, &n_closed);

  g_print ("  note: %u rotations, a minute of the clock each: %u showed a slide, %u the "
           "closed screen\n", opt_rotations, n_shown, n_closed);
  pass = kiosk_mb < TARGET_MB && n_shown > 0 && n_closed > 0;
  g_print ("resident set growth of the kiosk over %u rotations: measured %.2f MB, "
           "floor %.2f MB, target < %.0f MB — %s\n",
           opt_rotations, kiosk_mb, floor_mb, TARGET_MB, pass ? "PASS" : "FAIL");
  return pass ? EXIT_SUCCESS : EXIT_FAILURE;
}
