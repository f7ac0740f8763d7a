/* emb-kiosk-window.h: the break-room kiosk, full screen and locked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_WINDOW (emb_kiosk_window_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskWindow, emb_kiosk_window, EMB, KIOSK_WINDOW, AdwApplicationWindow)

/* Declared in emb-application.h, which only the windows and the application
 * include. */
typedef struct _EmbApplication EmbApplication;

/* The kiosk's clock: (transfer full) the time now. Tests and the benchmark
 * inject one to run a week in seconds. */
typedef GDateTime *(*EmbKioskClockFunc) (gpointer user_data);

EmbKioskWindow *emb_kiosk_window_new               (EmbApplication    *application);
void            emb_kiosk_window_set_clock         (EmbKioskWindow    *self,
                                                    EmbKioskClockFunc  clock,
                                                    gpointer           user_data,
                                                    GDestroyNotify     destroy);
/* Shows the next slide now, as the interval's timer does. */
void            emb_kiosk_window_advance           (EmbKioskWindow    *self);
/* Reads the programme and the settings again now. */
void            emb_kiosk_window_reload            (EmbKioskWindow    *self);
/* (transfer none) (nullable): the slide shown, %NULL on the idle or closed
 * screen. */
EmbKioskSlide  *emb_kiosk_window_get_current_slide (EmbKioskWindow    *self);
/* Showing the last content because the database cannot be read. */
gboolean        emb_kiosk_window_get_offline       (EmbKioskWindow    *self);
/* Outside opening hours: the screen is dimmed and blank. */
gboolean        emb_kiosk_window_get_closed        (EmbKioskWindow    *self);
/* Unlocks (after the manager PIN) and closes the window. */
void            emb_kiosk_window_leave             (EmbKioskWindow    *self);

G_END_DECLS
