/* emb-kiosk-settings-private.h: what the files of EmbKioskSettings share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-kiosk-settings.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean open;
  guint    from;   /* minutes after local midnight */
  guint    to;     /* > from, at most EMB_KIOSK_MINUTES_PER_DAY */
} EmbKioskHours;

struct _EmbKioskSettings
{
  GObject        parent_instance;

  guint          interval;
  guint          slides;
  gboolean       wall_names;
  gboolean       touch_thanks;
  EmbKioskHours  hours[8];     /* by weekday, 1–7; [0] unused */
  GArray        *playlists;    /* EmbKioskPlaylist */
};

/* The opening hours and the playlists as stored (JSON). */
char *_emb_kiosk_settings_hours_to_json     (EmbKioskSettings *self);
char *_emb_kiosk_settings_playlists_to_json (EmbKioskSettings *self);

G_END_DECLS
