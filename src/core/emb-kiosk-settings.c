/* emb-kiosk-settings.c: how the break-room kiosk runs, kept in the database
 *
 * A plain object of properties. Setters clamp what is out of range, so an
 * object never holds a value the kiosk cannot obey. Loading and saving are
 * in emb-kiosk-settings-store.c; the schedule (when open, which slides, when
 * that changes next) in emb-kiosk-settings-schedule.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-settings-private.h"

G_DEFINE_FINAL_TYPE (EmbKioskSettings, emb_kiosk_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INTERVAL,
  PROP_SLIDES,
  PROP_WALL_NAMES,
  PROP_TOUCH_THANKS,
  PROP_SCHEDULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Clamping ------------------------------------------------------------------ */

/* A window of minutes within a day, to > from. */
static void
clamp_window (guint *from,
              guint *to)
{
  *from = MIN (*from, EMB_KIOSK_MINUTES_PER_DAY - 1);
  *to = CLAMP (*to, *from + 1, EMB_KIOSK_MINUTES_PER_DAY);
}

static void
notify_schedule (EmbKioskSettings *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}

/* Comparing ---------------------------------------------------------------- */

gboolean
emb_kiosk_settings_equal (EmbKioskSettings *a,
                          EmbKioskSettings *b)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (a), FALSE);
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (b), FALSE);

  if (a->interval != b->interval || a->slides != b->slides ||
      a->wall_names != b->wall_names || a->touch_thanks != b->touch_thanks ||
      a->playlists->len != b->playlists->len)
    return FALSE;
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      const EmbKioskHours *x = &a->hours[weekday], *y = &b->hours[weekday];

      if (x->open != y->open || (x->open && (x->from != y->from || x->to != y->to)))
        return FALSE;
    }
  for (guint i = 0; i < a->playlists->len; i++)
    {
      const EmbKioskPlaylist *x = &g_array_index (a->playlists, EmbKioskPlaylist, i);
      const EmbKioskPlaylist *y = &g_array_index (b->playlists, EmbKioskPlaylist, i);

      if (x->weekdays != y->weekdays || x->from != y->from || x->to != y->to ||
          x->slides != y->slides)
        return FALSE;
    }
  return TRUE;
}

/* Properties ---------------------------------------------------------------- */

guint
emb_kiosk_settings_get_interval (EmbKioskSettings *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), EMB_KIOSK_INTERVAL_DEFAULT);
  return self->interval;
}

/**
 * emb_kiosk_settings_set_interval:
 * @seconds: per slide; brought within %EMB_KIOSK_INTERVAL_MIN to
 *   %EMB_KIOSK_INTERVAL_MAX
 */
void
emb_kiosk_settings_set_interval (EmbKioskSettings *self,
                                 guint             seconds)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));

  seconds = CLAMP (seconds, EMB_KIOSK_INTERVAL_MIN, EMB_KIOSK_INTERVAL_MAX);
  if (self->interval == seconds)
    return;
  self->interval = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

guint
emb_kiosk_settings_get_slides (EmbKioskSettings *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), EMB_KIOSK_ALL_SLIDES);
  return self->slides;
}

/**
 * emb_kiosk_settings_set_slides:
 * @kinds: EMB_KIOSK_SLIDE_BIT()s; other bits are dropped
 */
void
emb_kiosk_settings_set_slides (EmbKioskSettings *self,
                               guint             kinds)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));

  kinds &= EMB_KIOSK_ALL_SLIDES;
  if (self->slides == kinds)
    return;
  self->slides = kinds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDES]);
}

gboolean
emb_kiosk_settings_get_wall_names (EmbKioskSettings *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), FALSE);
  return self->wall_names;
}

void
emb_kiosk_settings_set_wall_names (EmbKioskSettings *self,
                                   gboolean          wall_names)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));

  wall_names = !!wall_names;
  if (self->wall_names == wall_names)
    return;
  self->wall_names = wall_names;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALL_NAMES]);
}

gboolean
emb_kiosk_settings_get_touch_thanks (EmbKioskSettings *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), FALSE);
  return self->touch_thanks;
}

void
emb_kiosk_settings_set_touch_thanks (EmbKioskSettings *self,
                                     gboolean          touch_thanks)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));

  touch_thanks = !!touch_thanks;
  if (self->touch_thanks == touch_thanks)
    return;
  self->touch_thanks = touch_thanks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCH_THANKS]);
}

/**
 * emb_kiosk_settings_get_hours:
 * @weekday: 1 (Monday) to 7 (Sunday)
 * @from: (out) (optional): minutes after midnight
 * @to: (out) (optional): minutes after midnight, more than @from
 *
 * Returns: whether the kiosk is open on @weekday; %FALSE when it is closed
 *   all day (@from and @to are then 0)
 */
gboolean
emb_kiosk_settings_get_hours (EmbKioskSettings *self,
                              guint             weekday,
                              guint            *from,
                              guint            *to)
{
  const EmbKioskHours *hours;

  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), FALSE);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, FALSE);

  hours = &self->hours[weekday];
  if (from != NULL)
    *from = hours->open ? hours->from : 0;
  if (to != NULL)
    *to = hours->open ? hours->to : 0;
  return hours->open;
}

/**
 * emb_kiosk_settings_set_hours:
 * @weekday: 1 (Monday) to 7 (Sunday)
 * @from: minutes after midnight, at most 1439
 * @to: minutes after midnight, at most 1440; brought above @from
 *
 * Opens the kiosk on @weekday from @from to @to.
 */
void
emb_kiosk_settings_set_hours (EmbKioskSettings *self,
                              guint             weekday,
                              guint             from,
                              guint             to)
{
  EmbKioskHours *hours;

  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));
  g_return_if_fail (weekday >= 1 && weekday <= 7);

  clamp_window (&from, &to);
  hours = &self->hours[weekday];
  if (hours->open && hours->from == from && hours->to == to)
    return;
  hours->open = TRUE;
  hours->from = from;
  hours->to = to;
  notify_schedule (self);
}

void
emb_kiosk_settings_set_closed (EmbKioskSettings *self,
                               guint             weekday)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));
  g_return_if_fail (weekday >= 1 && weekday <= 7);

  if (!self->hours[weekday].open)
    return;
  self->hours[weekday] = (EmbKioskHours) { 0 };
  notify_schedule (self);
}

guint
emb_kiosk_settings_get_n_playlists (EmbKioskSettings *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), 0);
  return self->playlists->len;
}

/**
 * emb_kiosk_settings_get_playlist:
 *
 * Returns: (transfer none): the playlist at @i, valid until the playlists
 *   change
 */
const EmbKioskPlaylist *
emb_kiosk_settings_get_playlist (EmbKioskSettings *self,
                                 guint             i)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS (self), NULL);
  g_return_val_if_fail (i < self->playlists->len, NULL);

  return &g_array_index (self->playlists, EmbKioskPlaylist, i);
}

/**
 * emb_kiosk_settings_add_playlist:
 *
 * Adds a copy of @playlist after the others (the first that matches wins):
 * weekdays and slides other than the known ones are dropped, the window is
 * brought within the day with to > from.
 */
void
emb_kiosk_settings_add_playlist (EmbKioskSettings       *self,
                                 const EmbKioskPlaylist *playlist)
{
  EmbKioskPlaylist copy;

  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));
  g_return_if_fail (playlist != NULL);

  copy = *playlist;
  copy.weekdays &= EMB_KIOSK_EVERY_DAY;
  copy.slides &= EMB_KIOSK_ALL_SLIDES;
  clamp_window (&copy.from, &copy.to);
  g_array_append_val (self->playlists, copy);
  notify_schedule (self);
}

void
emb_kiosk_settings_remove_playlist (EmbKioskSettings *self,
                                    guint             i)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS (self));
  g_return_if_fail (i < self->playlists->len);

  g_array_remove_index (self->playlists, i);
  notify_schedule (self);
}

/* The object ---------------------------------------------------------------- */

static void
emb_kiosk_settings_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EmbKioskSettings *self = EMB_KIOSK_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;

    case PROP_SLIDES:
      g_value_set_uint (value, self->slides);
      break;

    case PROP_WALL_NAMES:
      g_value_set_boolean (value, self->wall_names);
      break;

    case PROP_TOUCH_THANKS:
      g_value_set_boolean (value, self->touch_thanks);
      break;

    case PROP_SCHEDULE:
      {
        g_autofree char *hours = _emb_kiosk_settings_hours_to_json (self);
        g_autofree char *playlists = _emb_kiosk_settings_playlists_to_json (self);

        g_value_take_string (value, g_strdup_printf ("{\"hours\":%s,\"playlists\":%s}",
                                                     hours, playlists));
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_kiosk_settings_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EmbKioskSettings *self = EMB_KIOSK_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_INTERVAL:
      emb_kiosk_settings_set_interval (self, g_value_get_uint (value));
      break;

    case PROP_SLIDES:
      emb_kiosk_settings_set_slides (self, g_value_get_uint (value));
      break;

    case PROP_WALL_NAMES:
      emb_kiosk_settings_set_wall_names (self, g_value_get_boolean (value));
      break;

    case PROP_TOUCH_THANKS:
      emb_kiosk_settings_set_touch_thanks (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_kiosk_settings_finalize (GObject *object)
{
  EmbKioskSettings *self = (EmbKioskSettings *)object;

  g_array_unref (self->playlists);

  G_OBJECT_CLASS (emb_kiosk_settings_parent_class)->finalize (object);
}

static void
emb_kiosk_settings_class_init (EmbKioskSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = emb_kiosk_settings_get_property;
  object_class->set_property = emb_kiosk_settings_set_property;
  object_class->finalize = emb_kiosk_settings_finalize;

  /* Values out of range are clamped (not refused, as a plain
   * GParamSpecUInt would), so the range of the pspec is wide. */
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL,
                       0, G_MAXUINT, EMB_KIOSK_INTERVAL_DEFAULT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SLIDES] =
    g_param_spec_uint ("slides", NULL, NULL,
                       0, G_MAXUINT, EMB_KIOSK_ALL_SLIDES,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WALL_NAMES] =
    g_param_spec_boolean ("wall-names", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOUCH_THANKS] =
    g_param_spec_boolean ("touch-thanks", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The opening hours and playlists as JSON, as stored; notified when
   * either changes. */
  properties[PROP_SCHEDULE] =
    g_param_spec_string ("schedule", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_kiosk_settings_init (EmbKioskSettings *self)
{
  self->interval = EMB_KIOSK_INTERVAL_DEFAULT;
  self->slides = EMB_KIOSK_ALL_SLIDES;
  for (guint weekday = 1; weekday <= 7; weekday++)
    self->hours[weekday] = (EmbKioskHours) { TRUE, 0, EMB_KIOSK_MINUTES_PER_DAY };
  self->playlists = g_array_new (FALSE, TRUE, sizeof (EmbKioskPlaylist));
}

EmbKioskSettings *
emb_kiosk_settings_new (void)
{
  return g_object_new (EMB_TYPE_KIOSK_SETTINGS, NULL);
}
