/* emb-kiosk-settings-playlist-row.h: one playlist of the kiosk, with a
 * button that removes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-kiosk-settings.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW (emb_kiosk_settings_playlist_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskSettingsPlaylistRow, emb_kiosk_settings_playlist_row, EMB,
                      KIOSK_SETTINGS_PLAYLIST_ROW, AdwActionRow)

GtkWidget              *emb_kiosk_settings_playlist_row_new          (const EmbKioskPlaylist      *playlist,
                                                                      guint                        index);
guint                   emb_kiosk_settings_playlist_row_get_index    (EmbKioskSettingsPlaylistRow *self);
const EmbKioskPlaylist *emb_kiosk_settings_playlist_row_get_playlist (EmbKioskSettingsPlaylistRow *self);

G_END_DECLS
