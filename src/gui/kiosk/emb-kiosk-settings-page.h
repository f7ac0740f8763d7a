/* emb-kiosk-settings-page.h: the kiosk's settings, in the manager's
 * Preferences and, behind the manager PIN, on the kiosk itself
 *
 * Edits the EmbKioskSettings of the database (interval, slides, names on
 * the wall, opening hours, playlists, touch action) and the manager PIN;
 * saves each change at once, so a running kiosk on the same database obeys
 * it without a restart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_SETTINGS_PAGE (emb_kiosk_settings_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskSettingsPage, emb_kiosk_settings_page, EMB, KIOSK_SETTINGS_PAGE,
                      AdwPreferencesPage)

GtkWidget *emb_kiosk_settings_page_new (EmbDatabase *database);

G_END_DECLS
