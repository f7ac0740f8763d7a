/* test-kiosk-settings.c: the kiosk's settings in the database, and its
 * schedule by the local time of a fixed clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-database-private.h"
#include "emb-kiosk-settings.h"
#include "emb-pin-private.h"
#include "emb-test-util.h"

#define ALL EMB_KIOSK_ALL_SLIDES
#define BIT EMB_KIOSK_SLIDE_BIT
#define MINUTES(h, m) ((h) * 60 + (m))

/* The warnings of emb-kiosk-settings, kept by the log writer below instead
 * of aborting the test (G_DEBUG=fatal-warnings): a bad value is logged. */
static GPtrArray *logged;

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
    else if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if (g_strcmp0 (domain, "emb-kiosk-settings") == 0 &&
      (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE)) != 0)
    {
      g_ptr_array_add (logged, g_strdup (message));
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static gboolean
was_logged (const char *word)
{
  for (guint i = 0; i < logged->len; i++)
    if (strstr (g_ptr_array_index (logged, i), word) != NULL)
      return TRUE;
  return FALSE;
}

static GTimeZone *
warsaw (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Warsaw");

  g_assert_nonnull (tz);
  return tz;
}

/* A time in Warsaw. */
static GDateTime *
at (int year,
    int month,
    int day,
    int hour,
    int minute)
{
  g_autoptr(GTimeZone) tz = warsaw ();

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

/* Asserts that @dt is this UTC instant. */
static void
assert_utc (GDateTime  *dt,
            const char *expected)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (dt);
  utc = g_date_time_to_utc (dt);
  text = g_date_time_format (utc, "%Y-%m-%d %H:%M:%S");
  g_assert_cmpstr (text, ==, expected);
}

/* Asserts the next change after @now is at the local time @expected
 * ("YYYY-MM-DD HH:MM"), in the time zone of @now. */
static void
assert_next_change (EmbKioskSettings *settings,
                    GDateTime        *now,
                    const char       *expected)
{
  g_autoptr(GDateTime) next = emb_kiosk_settings_next_change (settings, now);
  g_autofree char *text = NULL;

  if (expected == NULL)
    {
      g_assert_null (next);
      return;
    }
  g_assert_nonnull (next);
  g_assert_true (g_date_time_compare (next, now) > 0);
  text = g_date_time_format (next, "%Y-%m-%d %H:%M");
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (g_time_zone_get_identifier (g_date_time_get_timezone (next)), ==,
                   g_time_zone_get_identifier (g_date_time_get_timezone (now)));
}

static char *
setting (EmbDatabase *db,
         const char  *key)
{
  return _emb_setting_get (db, key);
}

static void
put (EmbDatabase *db,
     const char  *key,
     const char  *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_setting_set (db, key, value, &error));
  g_assert_no_error (error);
}

static void
assert_defaults (EmbKioskSettings *settings)
{
  g_assert_cmpuint (emb_kiosk_settings_get_interval (settings), ==, 12);
  g_assert_cmpuint (emb_kiosk_settings_get_slides (settings), ==, ALL);
  g_assert_false (emb_kiosk_settings_get_wall_names (settings));
  g_assert_false (emb_kiosk_settings_get_touch_thanks (settings));
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      guint from = 99, to = 99;

      g_assert_true (emb_kiosk_settings_get_hours (settings, weekday, &from, &to));
      g_assert_cmpuint (from, ==, 0);
      g_assert_cmpuint (to, ==, 1440);
    }
  g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (settings), ==, 0);
}

/* Settings in the database ----------------------------------------------- */

static void
test_defaults (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbKioskSettings) fresh = emb_kiosk_settings_new ();
  g_autoptr(EmbKioskSettings) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) monday = at (2026, 12, 7, 3, 0);

  assert_defaults (fresh);
  loaded = emb_kiosk_settings_load (tdb->db, &error);
  g_assert_no_error (error);
  assert_defaults (loaded);
  g_assert_true (emb_kiosk_settings_equal (fresh, loaded));

  /* Open all day, every slide, and so nothing ever changes. */
  g_assert_true (emb_kiosk_settings_is_open (fresh, monday));
  g_assert_cmpuint (emb_kiosk_settings_slides_at (fresh, monday), ==, ALL);
  g_assert_null (emb_kiosk_settings_next_change (fresh, monday));
  g_assert_cmpuint (logged->len, ==, 0);
}

static void
test_round_trip (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(EmbKioskSettings) loaded = NULL;
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slides = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *playlists = NULL;
  g_autofree char *interval = NULL;
  EmbKioskPlaylist lunch = { (1 << 1) | (1 << 5), MINUTES (12, 0), MINUTES (13, 30),
                             BIT (EMB_KIOSK_SLIDE_WALL) | BIT (EMB_KIOSK_SLIDE_PRAISE) };
  EmbKioskPlaylist evening = { EMB_KIOSK_EVERY_DAY, MINUTES (18, 0), 1440,
                               BIT (EMB_KIOSK_SLIDE_NPS_TREND) };
  const EmbKioskPlaylist *back;

  emb_kiosk_settings_set_interval (settings, 30);
  emb_kiosk_settings_set_slides (settings, BIT (EMB_KIOSK_SLIDE_VALUE) | BIT (EMB_KIOSK_SLIDE_WALL));
  emb_kiosk_settings_set_wall_names (settings, TRUE);
  emb_kiosk_settings_set_touch_thanks (settings, TRUE);
  for (guint weekday = 1; weekday <= 5; weekday++)
    emb_kiosk_settings_set_hours (settings, weekday, MINUTES (7, 30), MINUTES (19, 0));
  emb_kiosk_settings_set_hours (settings, 6, MINUTES (9, 0), MINUTES (13, 0));
  emb_kiosk_settings_set_closed (settings, 7);
  emb_kiosk_settings_add_playlist (settings, &lunch);
  emb_kiosk_settings_add_playlist (settings, &evening);

  g_assert_true (emb_kiosk_settings_save (settings, tdb->db, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_ANY, EMB_CHANGE_UPDATED, 0));

  /* As a person reads them in the table: kinds by name. */
  interval = setting (tdb->db, "kiosk-interval");
  g_assert_cmpstr (interval, ==, "30");
  slides = setting (tdb->db, "kiosk-slides");
  g_assert_cmpstr (slides, ==, "value,wall");
  hours = setting (tdb->db, "kiosk-hours");
  g_assert_nonnull (strstr (hours, "{\"from\":450,\"to\":1140}"));
  g_assert_true (g_str_has_suffix (hours, "null]"));
  playlists = setting (tdb->db, "kiosk-playlists");
  g_assert_nonnull (strstr (playlists, "\"weekdays\":[1,5]"));
  g_assert_nonnull (strstr (playlists, "[\"wall\",\"praise\"]"));

  /* Another connection on the same file (the kiosk's) reads the same. */
  other = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  loaded = emb_kiosk_settings_load (other, &error);
  g_assert_no_error (error);
  g_assert_true (emb_kiosk_settings_equal (settings, loaded));
  g_assert_cmpuint (emb_kiosk_settings_get_interval (loaded), ==, 30);
  g_assert_true (emb_kiosk_settings_get_wall_names (loaded));
  g_assert_true (emb_kiosk_settings_get_touch_thanks (loaded));
  g_assert_false (emb_kiosk_settings_get_hours (loaded, 7, NULL, NULL));
  g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (loaded), ==, 2);
  back = emb_kiosk_settings_get_playlist (loaded, 0);
  g_assert_cmpuint (back->weekdays, ==, lunch.weekdays);
  g_assert_cmpuint (back->from, ==, lunch.from);
  g_assert_cmpuint (back->to, ==, lunch.to);
  g_assert_cmpuint (back->slides, ==, lunch.slides);

  /* Removing a playlist and saving again: the other connection follows. */
  emb_kiosk_settings_remove_playlist (settings, 0);
  g_assert_false (emb_kiosk_settings_equal (settings, loaded));
  g_assert_true (emb_kiosk_settings_save (settings, tdb->db, &error));
  g_clear_object (&loaded);
  loaded = emb_kiosk_settings_load (other, &error);
  g_assert_no_error (error);
  g_assert_true (emb_kiosk_settings_equal (settings, loaded));
  g_assert_cmpuint (emb_kiosk_settings_get_playlist (loaded, 0)->from, ==, MINUTES (18, 0));
  g_assert_cmpuint (logged->len, ==, 0);
}

/* A save that fails at its last key writes none: one transaction. */
static void
test_save_all_or_nothing (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(EmbKioskSettings) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *interval = NULL;

  emb_kiosk_settings_set_interval (settings, 40);
  g_assert_true (emb_kiosk_settings_save (settings, tdb->db, &error));
  g_assert_no_error (error);
  before = emb_test_dump (tdb->db);

  /* The playlists are written last; refuse them. */
  g_assert_true (_emb_database_exec (tdb->db,
                                     "CREATE TEMP TRIGGER refuse_playlists BEFORE UPDATE ON setting"
                                     " WHEN new.key = 'kiosk-playlists'"
                                     " BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                     &error));
  g_assert_no_error (error);
  emb_kiosk_settings_set_interval (settings, 90);
  emb_kiosk_settings_set_closed (settings, 7);
  g_assert_false (emb_kiosk_settings_save (settings, tdb->db, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  emb_test_assert_unchanged (tdb->db, before);
  interval = setting (tdb->db, "kiosk-interval");
  g_assert_cmpstr (interval, ==, "40");
  loaded = emb_kiosk_settings_load (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emb_kiosk_settings_get_interval (loaded), ==, 40);
  g_assert_true (emb_kiosk_settings_get_hours (loaded, 7, NULL, NULL));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GString    *seen)
{
  g_string_append_printf (seen, "%s ", pspec->name);
}

static void
test_clamping (void)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(GString) seen = g_string_new (NULL);
  EmbKioskPlaylist wild = { 0xffff, 5000, 9000, 0xffffffff };
  EmbKioskPlaylist backwards = { 1 << 3, MINUTES (15, 0), MINUTES (9, 0), 0 };
  const EmbKioskPlaylist *playlist;
  guint from, to, interval;

  g_signal_connect (settings, "notify", G_CALLBACK (count_notify), seen);

  emb_kiosk_settings_set_interval (settings, 1);
  g_assert_cmpuint (emb_kiosk_settings_get_interval (settings), ==, EMB_KIOSK_INTERVAL_MIN);
  emb_kiosk_settings_set_interval (settings, 100000);
  g_assert_cmpuint (emb_kiosk_settings_get_interval (settings), ==, EMB_KIOSK_INTERVAL_MAX);
  /* Through the property too. */
  g_object_set (settings, "interval", 0u, NULL);
  g_object_get (settings, "interval", &interval, NULL);
  g_assert_cmpuint (interval, ==, EMB_KIOSK_INTERVAL_MIN);
  emb_kiosk_settings_set_slides (settings, 0xffffffff);
  g_assert_cmpuint (emb_kiosk_settings_get_slides (settings), ==, ALL);

  emb_kiosk_settings_set_hours (settings, 1, 2000, 3000);
  g_assert_true (emb_kiosk_settings_get_hours (settings, 1, &from, &to));
  g_assert_cmpuint (from, ==, 1439);
  g_assert_cmpuint (to, ==, 1440);
  emb_kiosk_settings_set_hours (settings, 2, MINUTES (10, 0), MINUTES (9, 0));
  g_assert_true (emb_kiosk_settings_get_hours (settings, 2, &from, &to));
  g_assert_cmpuint (from, ==, MINUTES (10, 0));
  g_assert_cmpuint (to, ==, MINUTES (10, 1));

  emb_kiosk_settings_add_playlist (settings, &wild);
  playlist = emb_kiosk_settings_get_playlist (settings, 0);
  g_assert_cmpuint (playlist->weekdays, ==, EMB_KIOSK_EVERY_DAY);
  g_assert_cmpuint (playlist->from, ==, 1439);
  g_assert_cmpuint (playlist->to, ==, 1440);
  g_assert_cmpuint (playlist->slides, ==, ALL);
  emb_kiosk_settings_add_playlist (settings, &backwards);
  playlist = emb_kiosk_settings_get_playlist (settings, 1);
  g_assert_cmpuint (playlist->to, ==, MINUTES (15, 1));

  g_assert_cmpstr (seen->str, ==,
                   "interval interval interval schedule schedule schedule schedule ");

  /* Setting what is there already notifies nothing. */
  g_string_truncate (seen, 0);
  emb_kiosk_settings_set_interval (settings, EMB_KIOSK_INTERVAL_MIN);
  emb_kiosk_settings_set_slides (settings, ALL);
  emb_kiosk_settings_set_hours (settings, 2, MINUTES (10, 0), MINUTES (10, 1));
  emb_kiosk_settings_set_closed (settings, 3);
  emb_kiosk_settings_set_closed (settings, 3);
  emb_kiosk_settings_set_wall_names (settings, FALSE);
  g_assert_cmpstr (seen->str, ==, "schedule ");
}

static void
test_bad_values (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbKioskSettings) loaded = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const bad_hours[] = {
    "{not json",
    "",
    "{\"monday\": [480, 1080]}",
    "[null, null]",
    "[{\"from\":480,\"to\":1080},null,null,null,null,null,\"closed\"]",
    "[{\"from\":1080,\"to\":480},null,null,null,null,null,null]",
    "[{\"from\":\"8:00\",\"to\":1080},null,null,null,null,null,null]",
    "[{\"from\":480.5,\"to\":1080},null,null,null,null,null,null]",
    "[{\"from\":-5,\"to\":1080},null,null,null,null,null,null]",
  };
  static const char * const bad_playlists[] = {
    "[{",
    "{}",
    "[{\"weekdays\":[8],\"from\":0,\"to\":60,\"slides\":[\"wall\"]}]",
    "[{\"weekdays\":[1],\"from\":0,\"to\":1441,\"slides\":[\"wall\"]}]",
    "[{\"weekdays\":[1],\"from\":0,\"to\":60,\"slides\":\"wall\"}]",
    "[{\"weekdays\":[1],\"from\":0,\"to\":60,\"slides\":[7]}]",
    "[{\"weekdays\":[1],\"from\":0,\"to\":60}]",
    "[42]",
  };

  put (tdb->db, "kiosk-interval", "twelve");
  put (tdb->db, "kiosk-wall-names", "maybe");
  put (tdb->db, "kiosk-touch-thanks", "yes please");
  /* A kind this version does not know (a newer one wrote it) is skipped. */
  put (tdb->db, "kiosk-slides", "promise, hologram,wall,");
  loaded = emb_kiosk_settings_load (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emb_kiosk_settings_get_interval (loaded), ==, EMB_KIOSK_INTERVAL_DEFAULT);
  g_assert_false (emb_kiosk_settings_get_wall_names (loaded));
  g_assert_false (emb_kiosk_settings_get_touch_thanks (loaded));
  g_assert_cmpuint (emb_kiosk_settings_get_slides (loaded), ==,
                    BIT (EMB_KIOSK_SLIDE_PROMISE) | BIT (EMB_KIOSK_SLIDE_WALL));
  g_assert_true (was_logged ("kiosk-interval"));
  g_assert_true (was_logged ("kiosk-wall-names"));
  g_assert_true (was_logged ("kiosk-touch-thanks"));
  g_assert_false (was_logged ("kiosk-slides"));
  g_clear_object (&loaded);

  /* A number out of range is brought within it. */
  put (tdb->db, "kiosk-interval", "3");
  loaded = emb_kiosk_settings_load (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emb_kiosk_settings_get_interval (loaded), ==, EMB_KIOSK_INTERVAL_MIN);
  g_clear_object (&loaded);

  for (guint i = 0; i < G_N_ELEMENTS (bad_hours); i++)
    {
      g_autoptr(EmbKioskSettings) settings = NULL;

      g_ptr_array_set_size (logged, 0);
      put (tdb->db, "kiosk-hours", bad_hours[i]);
      settings = emb_kiosk_settings_load (tdb->db, &error);
      g_assert_no_error (error);
      for (guint weekday = 1; weekday <= 7; weekday++)
        {
          guint from, to;

          g_assert_true (emb_kiosk_settings_get_hours (settings, weekday, &from, &to));
          g_assert_cmpuint (from, ==, 0);
          g_assert_cmpuint (to, ==, 1440);
        }
      g_assert_true (was_logged ("kiosk-hours"));
    }
  put (tdb->db, "kiosk-hours", "[null,null,null,null,null,null,null]");

  for (guint i = 0; i < G_N_ELEMENTS (bad_playlists); i++)
    {
      g_autoptr(EmbKioskSettings) settings = NULL;

      g_ptr_array_set_size (logged, 0);
      put (tdb->db, "kiosk-playlists", bad_playlists[i]);
      settings = emb_kiosk_settings_load (tdb->db, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (emb_kiosk_settings_get_n_playlists (settings), ==, 0);
      g_assert_true (was_logged ("kiosk-playlists"));
      /* The hours, which are readable, are read all the same. */
      g_assert_false (emb_kiosk_settings_get_hours (settings, 3, NULL, NULL));
    }
  g_ptr_array_set_size (logged, 0);
}

/* The schedule ------------------------------------------------------------ */

/* Weekday d (1–7) open from (7 + d):00 to (15 + d):00; Sunday closed. */
static EmbKioskSettings *
staggered_week (void)
{
  EmbKioskSettings *settings = emb_kiosk_settings_new ();

  for (guint weekday = 1; weekday <= 6; weekday++)
    emb_kiosk_settings_set_hours (settings, weekday, (7 + weekday) * 60, (15 + weekday) * 60);
  emb_kiosk_settings_set_closed (settings, 7);
  return settings;
}

static void
test_each_weekday (void)
{
  g_autoptr(EmbKioskSettings) settings = staggered_week ();

  /* 7 December 2026 is a Monday. */
  for (guint weekday = 1; weekday <= 6; weekday++)
    {
      int day = 6 + (int)weekday;
      int opens = 7 + (int)weekday, closes = 15 + (int)weekday;
      g_autoptr(GDateTime) before = at (2026, 12, day, opens - 1, 59);
      g_autoptr(GDateTime) opening = at (2026, 12, day, opens, 0);
      g_autoptr(GDateTime) last = at (2026, 12, day, closes - 1, 59);
      g_autoptr(GDateTime) closing = at (2026, 12, day, closes, 0);
      g_autofree char *opens_at = g_strdup_printf ("2026-12-%02d %02d:00", day, opens);
      g_autofree char *closes_at = g_strdup_printf ("2026-12-%02d %02d:00", day, closes);

      g_assert_cmpint (g_date_time_get_day_of_week (opening), ==, (int)weekday);
      g_assert_false (emb_kiosk_settings_is_open (settings, before));
      g_assert_true (emb_kiosk_settings_is_open (settings, opening));
      g_assert_true (emb_kiosk_settings_is_open (settings, last));
      g_assert_false (emb_kiosk_settings_is_open (settings, closing));
      g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, opening), ==, ALL);
      assert_next_change (settings, before, opens_at);
      assert_next_change (settings, opening, closes_at);
      assert_next_change (settings, last, closes_at);
    }

  /* Saturday after closing: Sunday is closed, Monday opens at 8:00. */
  {
    g_autoptr(GDateTime) saturday = at (2026, 12, 12, 22, 0);
    g_autoptr(GDateTime) sunday = at (2026, 12, 13, 12, 0);

    g_assert_false (emb_kiosk_settings_is_open (settings, sunday));
    assert_next_change (settings, saturday, "2026-12-14 08:00");
    assert_next_change (settings, sunday, "2026-12-14 08:00");
  }
}

static void
test_closed_days (void)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(GDateTime) tuesday = at (2026, 12, 8, 10, 0);
  g_autoptr(GDateTime) wednesday = at (2026, 12, 9, 10, 0);

  /* Open on Wednesdays only: a change a week ahead at most. */
  for (guint weekday = 1; weekday <= 7; weekday++)
    if (weekday != 3)
      emb_kiosk_settings_set_closed (settings, weekday);
  emb_kiosk_settings_set_hours (settings, 3, MINUTES (9, 0), MINUTES (17, 0));
  g_assert_false (emb_kiosk_settings_is_open (settings, tuesday));
  g_assert_true (emb_kiosk_settings_is_open (settings, wednesday));
  assert_next_change (settings, tuesday, "2026-12-09 09:00");
  assert_next_change (settings, wednesday, "2026-12-09 17:00");
  {
    g_autoptr(GDateTime) evening = at (2026, 12, 9, 18, 0);

    assert_next_change (settings, evening, "2026-12-16 09:00");
  }

  /* Closed every day: dark, and nothing changes. */
  emb_kiosk_settings_set_closed (settings, 3);
  g_assert_false (emb_kiosk_settings_is_open (settings, wednesday));
  assert_next_change (settings, wednesday, NULL);
}

static void
test_midnight (void)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  g_autoptr(GDateTime) friday_before = at (2026, 12, 11, 21, 59);
  g_autoptr(GDateTime) friday_late = at (2026, 12, 11, 23, 59);
  g_autoptr(GDateTime) midnight = at (2026, 12, 12, 0, 0);
  g_autoptr(GDateTime) saturday_night = at (2026, 12, 12, 1, 59);
  g_autoptr(GDateTime) saturday_two = at (2026, 12, 12, 2, 0);
  EmbKioskPlaylist night = { 1 << 6, 0, MINUTES (1, 0), BIT (EMB_KIOSK_SLIDE_WALL) };

  /* Friday 22:00–24:00 runs on into Saturday 0:00–2:00. */
  emb_kiosk_settings_set_hours (settings, 5, MINUTES (22, 0), 1440);
  emb_kiosk_settings_set_hours (settings, 6, 0, MINUTES (2, 0));
  g_assert_false (emb_kiosk_settings_is_open (settings, friday_before));
  g_assert_true (emb_kiosk_settings_is_open (settings, friday_late));
  g_assert_true (emb_kiosk_settings_is_open (settings, midnight));
  g_assert_true (emb_kiosk_settings_is_open (settings, saturday_night));
  g_assert_false (emb_kiosk_settings_is_open (settings, saturday_two));
  assert_next_change (settings, friday_before, "2026-12-11 22:00");
  /* Midnight itself changes nothing. */
  assert_next_change (settings, friday_late, "2026-12-12 02:00");

  /* A playlist from Saturday 0:00: midnight now changes the slides. */
  emb_kiosk_settings_add_playlist (settings, &night);
  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, friday_late), ==, ALL);
  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, midnight), ==,
                    BIT (EMB_KIOSK_SLIDE_WALL));
  assert_next_change (settings, friday_late, "2026-12-12 00:00");
  assert_next_change (settings, midnight, "2026-12-12 01:00");
}

static void
test_playlists (void)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  guint weekdays = 0x3e;   /* Monday to Friday */
  EmbKioskPlaylist lunch = { weekdays, MINUTES (12, 0), MINUTES (13, 0),
                             BIT (EMB_KIOSK_SLIDE_WALL) | BIT (EMB_KIOSK_SLIDE_PRAISE) };
  EmbKioskPlaylist monday = { 1 << 1, MINUTES (12, 30), MINUTES (14, 0),
                              BIT (EMB_KIOSK_SLIDE_VALUE) };
  g_autoptr(GDateTime) morning = at (2026, 12, 7, 11, 0);
  g_autoptr(GDateTime) lunchtime = at (2026, 12, 7, 12, 45);
  g_autoptr(GDateTime) after = at (2026, 12, 7, 13, 30);
  g_autoptr(GDateTime) tuesday = at (2026, 12, 8, 13, 30);
  g_autoptr(GDateTime) saturday = at (2026, 12, 12, 12, 15);

  emb_kiosk_settings_set_slides (settings, BIT (EMB_KIOSK_SLIDE_PROMISE));
  emb_kiosk_settings_add_playlist (settings, &lunch);
  emb_kiosk_settings_add_playlist (settings, &monday);

  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, morning), ==,
                    BIT (EMB_KIOSK_SLIDE_PROMISE));
  /* Where two overlap, the first wins. */
  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, lunchtime), ==, lunch.slides);
  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, after), ==, monday.slides);
  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, tuesday), ==,
                    BIT (EMB_KIOSK_SLIDE_PROMISE));
  g_assert_cmpuint (emb_kiosk_settings_slides_at (settings, saturday), ==,
                    BIT (EMB_KIOSK_SLIDE_PROMISE));

  assert_next_change (settings, morning, "2026-12-07 12:00");
  /* 12:30, where the second begins under the first, changes nothing. */
  assert_next_change (settings, lunchtime, "2026-12-07 13:00");
  assert_next_change (settings, after, "2026-12-07 14:00");
  assert_next_change (settings, tuesday, "2026-12-09 12:00");
  /* Friday lunch ends; the next is Monday's. */
  {
    g_autoptr(GDateTime) friday = at (2026, 12, 11, 12, 10);

    assert_next_change (settings, friday, "2026-12-11 13:00");
  }
  assert_next_change (settings, saturday, "2026-12-14 12:00");
}

/* What runs at @dt, as one number. */
static guint
state_at (EmbKioskSettings *settings,
          GDateTime        *dt)
{
  return (emb_kiosk_settings_is_open (settings, dt) ? 1u << 31 : 0) |
         emb_kiosk_settings_slides_at (settings, dt);
}

/* For starts every @step minutes over two days from @from: the state stays
 * the same every minute until next_change() and differs there. */
static void
assert_next_change_exact (EmbKioskSettings *settings,
                          GDateTime        *from,
                          int               step)
{
  for (int start = 0; start < 2 * 1440; start += step)
    {
      g_autoptr(GDateTime) now = g_date_time_add_minutes (from, start);
      g_autoptr(GDateTime) next = emb_kiosk_settings_next_change (settings, now);
      guint state = state_at (settings, now);

      g_assert_nonnull (next);
      for (int minute = 1;; minute++)
        {
          g_autoptr(GDateTime) t = g_date_time_add_minutes (now, minute);
          int order = g_date_time_compare (t, next);

          if (order < 0)
            g_assert_cmpuint (state_at (settings, t), ==, state);
          else
            {
              g_assert_cmpint (order, ==, 0);
              g_assert_cmpuint (state_at (settings, t), !=, state);
              break;
            }
        }
    }
}

static void
test_summer_time (void)
{
  g_autoptr(EmbKioskSettings) settings = emb_kiosk_settings_new ();
  EmbKioskPlaylist early = { EMB_KIOSK_EVERY_DAY, MINUTES (1, 30), MINUTES (2, 45),
                             BIT (EMB_KIOSK_SLIDE_VALUE) };

  /* Every day 2:30–20:00: on 29 March 2026 the clocks in Warsaw go from
   * 2:00 (CET) to 3:00 (CEST), so 2:30 never comes and the kiosk opens at
   * 3:00 CEST, at 1:00 UTC. */
  for (guint weekday = 1; weekday <= 7; weekday++)
    emb_kiosk_settings_set_hours (settings, weekday, MINUTES (2, 30), MINUTES (20, 0));
  {
    g_autoptr(GDateTime) saturday = at (2026, 3, 28, 23, 0);
    g_autoptr(GDateTime) opened = NULL;
    g_autoptr(GDateTime) sunday_noon = at (2026, 3, 29, 12, 0);

    assert_next_change (settings, saturday, "2026-03-29 03:00");
    opened = emb_kiosk_settings_next_change (settings, saturday);
    assert_utc (opened, "2026-03-29 01:00:00");
    g_assert_true (emb_kiosk_settings_is_open (settings, opened));
    /* 20:00 CEST is 18:00 UTC, an hour earlier than the day before. */
    g_clear_pointer (&opened, g_date_time_unref);
    opened = emb_kiosk_settings_next_change (settings, sunday_noon);
    assert_utc (opened, "2026-03-29 18:00:00");
  }

  /* On 25 October 2026 they go back from 3:00 (CEST) to 2:00 (CET): the
   * local time passes 2:30 twice, and between 3:00 CEST and 2:30 CET it is
   * before 2:30 again, so the kiosk follows the clock on the wall. */
  {
    g_autoptr(GDateTime) midnight = at (2026, 10, 25, 0, 0);
    g_autoptr(GDateTime) opened = emb_kiosk_settings_next_change (settings, midnight);
    g_autoptr(GDateTime) back = NULL;
    g_autoptr(GDateTime) again = NULL;

    assert_utc (opened, "2026-10-25 00:30:00");
    back = emb_kiosk_settings_next_change (settings, opened);
    assert_utc (back, "2026-10-25 01:00:00");
    g_assert_false (emb_kiosk_settings_is_open (settings, back));
    again = emb_kiosk_settings_next_change (settings, back);
    assert_utc (again, "2026-10-25 01:30:00");
    g_assert_true (emb_kiosk_settings_is_open (settings, again));
  }

  /* And every answer checked minute by minute over both weekends, with a
   * playlist whose window lies across the missing and the doubled hour. */
  emb_kiosk_settings_add_playlist (settings, &early);
  {
    g_autoptr(GDateTime) march = at (2026, 3, 28, 0, 0);
    g_autoptr(GDateTime) october = at (2026, 10, 24, 0, 0);

    assert_next_change_exact (settings, march, 37);
    assert_next_change_exact (settings, october, 37);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  emb_test_init (&argc, &argv);
  logged = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

  g_test_add_func ("/kiosk/settings/defaults", test_defaults);
  g_test_add_func ("/kiosk/settings/round-trip", test_round_trip);
  g_test_add_func ("/kiosk/settings/save-all-or-nothing", test_save_all_or_nothing);
  g_test_add_func ("/kiosk/settings/clamping", test_clamping);
  g_test_add_func ("/kiosk/settings/bad-values", test_bad_values);
  g_test_add_func ("/kiosk/schedule/each-weekday", test_each_weekday);
  g_test_add_func ("/kiosk/schedule/closed-days", test_closed_days);
  g_test_add_func ("/kiosk/schedule/midnight", test_midnight);
  g_test_add_func ("/kiosk/schedule/playlists", test_playlists);
  g_test_add_func ("/kiosk/schedule/summer-time", test_summer_time);

  status = g_test_run ();
  g_ptr_array_unref (logged);
  return status;
}
