/* emb-kiosk-settings-playlist-dialog.h: a new playlist for the kiosk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-kiosk-settings.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG (emb_kiosk_settings_playlist_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskSettingsPlaylistDialog, emb_kiosk_settings_playlist_dialog, EMB,
                      KIOSK_SETTINGS_PLAYLIST_DIALOG, AdwWindow)

GtkWidget  *emb_kiosk_settings_playlist_dialog_new          (void);
void        emb_kiosk_settings_playlist_dialog_set_playlist (EmbKioskSettingsPlaylistDialog *self,
                                                             const EmbKioskPlaylist         *playlist);
gboolean    emb_kiosk_settings_playlist_dialog_add          (EmbKioskSettingsPlaylistDialog *self);
const EmbKioskPlaylist *
            emb_kiosk_settings_playlist_dialog_get_playlist (EmbKioskSettingsPlaylistDialog *self);
void        emb_kiosk_settings_playlist_dialog_show_error   (EmbKioskSettingsPlaylistDialog *self,
                                                             const GError                   *error);
const char *emb_kiosk_settings_playlist_dialog_get_error    (EmbKioskSettingsPlaylistDialog *self,
                                                             const char                     *field);

G_END_DECLS
