/* emb-preferences-window.h: the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_PREFERENCES_WINDOW (emb_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (EmbPreferencesWindow, emb_preferences_window, EMB, PREFERENCES_WINDOW, AdwPreferencesWindow)

EmbPreferencesWindow *emb_preferences_window_new (GSettings   *settings,
                                                  EmbDatabase *database);

G_END_DECLS
