/* emb-kiosk-settings-schedule.c: when the kiosk is open, which slides run,
 * and when that changes next
 *
 * Opening hours and playlists are wall-clock times: minutes after the local
 * midnight of the GDateTime given (the kiosk's time zone), so "8:00" stays
 * 8:00 across a change to or from summer time. What runs at an instant is
 * a function of its local weekday and minute, and so can change only where
 * the local minute reaches a window's edge or midnight, or where the clock
 * itself jumps (summer time): the next change is found by walking from one
 * such instant to the next, never minute by minute, and without allocating
 * on the way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-settings-private.h"

#define SECONDS_PER_DAY  86400
#define SECONDS_PER_WEEK (7 * SECONDS_PER_DAY)

/* Local weekday (1–7) and minute of the day of @dt. */
static void
local_minute (GDateTime *dt,
              guint     *weekday,
              guint     *minute)
{
  *weekday = (guint)g_date_time_get_day_of_week (dt);
  *minute = (guint)(g_date_time_get_hour (dt) * 60 + g_date_time_get_minute (dt));
}

static gboolean
in_window (guint minute,
           guint from,
           guint to)
{
  return minute >= from && minute < to;
}

static gboolean
open_at (EmbKioskSettings *self,
         guint             weekday,
         guint             minute)
{
  const EmbKioskHours *hours = &self->hours[weekday];

  return hours->open && in_window (minute, hours->from, hours->to);
}

static guint
slides_at (EmbKioskSettings *self,
           guint             weekday,
           guint             minute)
{
  for (guint i = 0; i < self->playlists->len; i++)
    {
      const EmbKioskPlaylist *playlist = &g_array_index (self->playlists, EmbKioskPlaylist, i);

      if ((playlist->weekdays & (1u << weekday)) != 0 &&
          in_window (minute, playlist->from, playlist->to))
        return playlist->slides;
    }
  return self->slides;
}

gboolean
emb_kiosk_settings_is_open (EmbKioskSettings *self,
                            GDateTime        *now)
{
  guint weekday, minute;

  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  local_minute (now, &weekday, &minute);
  return open_at (self, weekday, minute);
}

guint
emb_kiosk_settings_slides_at (EmbKioskSettings *self,
                              GDateTime        *now)
{
  guint weekday, minute;

  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), 0);
  g_return_val_if_fail (now != NULL, 0);

  local_minute (now, &weekday, &minute);
  return slides_at (self, weekday, minute);
}

/* Instants as seconds since the epoch, and their local time in @tz. */

static gint32
offset_at (GTimeZone *tz,
           gint64     t)
{
  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, t));
}

/* The local weekday, minute and second of the day of @t. */
static void
local_at (GTimeZone *tz,
          gint64     t,
          guint     *weekday,
          guint     *minute,
          gint64    *second_of_day)
{
  gint64 local = t + offset_at (tz, t);
  gint64 days = local / SECONDS_PER_DAY - (local % SECONDS_PER_DAY < 0 ? 1 : 0);

  *second_of_day = local - days * SECONDS_PER_DAY;
  *minute = (guint)(*second_of_day / 60);
  /* 1 January 1970 was a Thursday (4). */
  *weekday = (guint)(((days % 7) + 7 + 3) % 7) + 1;
}

/* The first minute after @minute at which a window of @weekday begins or
 * ends, or the end of the day. */
static guint
next_edge (EmbKioskSettings *self,
           guint             weekday,
           guint             minute)
{
  const EmbKioskHours *hours = &self->hours[weekday];
  guint edge = EMB_KIOSK_MINUTES_PER_DAY;

#define CONSIDER(m) G_STMT_START { if ((m) > minute && (m) < edge) edge = (m); } G_STMT_END
  if (hours->open)
    {
      CONSIDER (hours->from);
      CONSIDER (hours->to);
    }
  for (guint i = 0; i < self->playlists->len; i++)
    {
      const EmbKioskPlaylist *playlist = &g_array_index (self->playlists, EmbKioskPlaylist, i);

      if ((playlist->weekdays & (1u << weekday)) != 0)
        {
          CONSIDER (playlist->from);
          CONSIDER (playlist->to);
        }
    }
#undef CONSIDER
  return edge;
}

/* The first second in (@after, @until] at which the offset differs from
 * @offset (there is one: the caller saw it differ at @until). */
static gint64
offset_change (GTimeZone *tz,
               gint64     after,
               gint64     until,
               gint32     offset)
{
  while (until - after > 1)
    {
      gint64 middle = after + (until - after) / 2;

      if (offset_at (tz, middle) == offset)
        after = middle;
      else
        until = middle;
    }
  return until;
}

/**
 * emb_kiosk_settings_next_change:
 * @now: the time, in the kiosk's time zone
 *
 * Returns: (transfer full) (nullable): the first instant after @now, within
 *   a week, at which the kiosk opens, closes or runs other slides, in the
 *   time zone of @now; %NULL when that does not happen within a week
 */
GDateTime *
emb_kiosk_settings_next_change (EmbKioskSettings *self,
                                GDateTime        *now)
{
  g_autoptr(GDateTime) utc = NULL;
  GTimeZone *tz;
  gint64 start, t;
  guint weekday, minute;
  gint64 second;
  gboolean was_open;
  guint were_slides;

  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  tz = g_date_time_get_timezone (now);
  start = t = g_date_time_to_unix (now);
  local_at (tz, t, &weekday, &minute, &second);
  was_open = open_at (self, weekday, minute);
  were_slides = slides_at (self, weekday, minute);

  while (t <= start + SECONDS_PER_WEEK)
    {
      gint32 offset = offset_at (tz, t);
      gint64 next = t + (gint64)next_edge (self, weekday, minute) * 60 - second;

      if (offset_at (tz, next) != offset)
        next = offset_change (tz, t, next, offset);
      t = next;
      local_at (tz, t, &weekday, &minute, &second);
      if (t > start + SECONDS_PER_WEEK)
        break;
      if (open_at (self, weekday, minute) != was_open ||
          slides_at (self, weekday, minute) != were_slides)
        {
          utc = g_date_time_new_from_unix_utc (t);
          return g_date_time_to_timezone (utc, tz);
        }
    }
  return NULL;
}
