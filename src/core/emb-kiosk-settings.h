/* emb-kiosk-settings.h: how the break-room kiosk runs, kept in the database
 *
 * A kiosk runs in its own process, often on another machine reading the
 * same file, and must obey a manager's change without a restart: so its
 * settings live in the database's setting table (keys "kiosk-…"), not in a
 * desktop's GSettings. A kiosk reloads them when the database changes.
 *
 *  - interval: seconds per slide, 5–300, default 12;
 *  - slides: which kinds run (EMB_KIOSK_SLIDE_BIT()s), default all;
 *  - wall-names: names on the wall of fame, default off (teams only);
 *  - touch-thanks: the "thank a colleague" touch action, default off;
 *  - opening hours: per weekday (1 = Monday … 7 = Sunday, as GDateTime
 *    counts), from and to in minutes after local midnight, to > from; a day
 *    without hours is closed; by default every day is open all day
 *    (0–1440). Outside them the screen is dimmed and blank;
 *  - playlists: rules (weekdays as a mask, bit 1 << weekday; a time window
 *    from–to in minutes, to > from; the slides to run) that replace the
 *    slides within their window; the first rule that matches wins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "emb-database.h"
#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

#define EMB_KIOSK_INTERVAL_DEFAULT 12
#define EMB_KIOSK_INTERVAL_MIN     5
#define EMB_KIOSK_INTERVAL_MAX     300
#define EMB_KIOSK_MINUTES_PER_DAY  1440
#define EMB_KIOSK_EVERY_DAY        0xfe   /* bits 1–7 */

typedef struct
{
  guint weekdays;   /* 1 << weekday, weekday 1–7 */
  guint from;       /* minutes after midnight */
  guint to;         /* > from, at most EMB_KIOSK_MINUTES_PER_DAY */
  guint slides;     /* EMB_KIOSK_SLIDE_BIT()s */
} EmbKioskPlaylist;

#define EMB_TYPE_KIOSK_SETTINGS (emb_kiosk_settings_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskSettings, emb_kiosk_settings, EMB, KIOSK_SETTINGS, GObject)

/* The defaults. */
EmbKioskSettings *emb_kiosk_settings_new              (void);
/* As the database has them; keys it lacks keep their defaults, and a value
 * that cannot be read is logged and left at its default. */
EmbKioskSettings *emb_kiosk_settings_load             (EmbDatabase       *db,
                                                       GError           **error);
/* Writes every setting in one transaction (a change notice for the others). */
gboolean          emb_kiosk_settings_save             (EmbKioskSettings  *self,
                                                       EmbDatabase       *db,
                                                       GError           **error);
gboolean          emb_kiosk_settings_equal            (EmbKioskSettings  *a,
                                                       EmbKioskSettings  *b);

/* Properties "interval", "slides", "wall-names", "touch-thanks"; the hours
 * and playlists notify "schedule". */
guint             emb_kiosk_settings_get_interval     (EmbKioskSettings  *self);
void              emb_kiosk_settings_set_interval     (EmbKioskSettings  *self,
                                                       guint              seconds);
guint             emb_kiosk_settings_get_slides       (EmbKioskSettings  *self);
void              emb_kiosk_settings_set_slides       (EmbKioskSettings  *self,
                                                       guint              kinds);
gboolean          emb_kiosk_settings_get_wall_names   (EmbKioskSettings  *self);
void              emb_kiosk_settings_set_wall_names   (EmbKioskSettings  *self,
                                                       gboolean           wall_names);
gboolean          emb_kiosk_settings_get_touch_thanks (EmbKioskSettings  *self);
void              emb_kiosk_settings_set_touch_thanks (EmbKioskSettings  *self,
                                                       gboolean           touch_thanks);

/* Opening hours of @weekday (1–7): FALSE when it is closed all day. */
gboolean          emb_kiosk_settings_get_hours        (EmbKioskSettings  *self,
                                                       guint              weekday,
                                                       guint             *from,
                                                       guint             *to);
void              emb_kiosk_settings_set_hours        (EmbKioskSettings  *self,
                                                       guint              weekday,
                                                       guint              from,
                                                       guint              to);
void              emb_kiosk_settings_set_closed       (EmbKioskSettings  *self,
                                                       guint              weekday);

guint             emb_kiosk_settings_get_n_playlists  (EmbKioskSettings  *self);
const EmbKioskPlaylist *emb_kiosk_settings_get_playlist (EmbKioskSettings *self,
                                                       guint              i);
void              emb_kiosk_settings_add_playlist     (EmbKioskSettings  *self,
                                                       const EmbKioskPlaylist *playlist);
void              emb_kiosk_settings_remove_playlist  (EmbKioskSettings  *self,
                                                       guint              i);

/* The schedule, at @now (local time of the GDateTime). */
gboolean          emb_kiosk_settings_is_open          (EmbKioskSettings  *self,
                                                       GDateTime         *now);
/* The slides that run at @now: the first matching playlist's, else the
 * settings' slides. */
guint             emb_kiosk_settings_slides_at        (EmbKioskSettings  *self,
                                                       GDateTime         *now);
/* (transfer full) (nullable): the next time after @now at which the kiosk
 * opens, closes or changes playlist, within a week; %NULL when never. */
GDateTime        *emb_kiosk_settings_next_change      (EmbKioskSettings  *self,
                                                       GDateTime         *now);

G_END_DECLS
