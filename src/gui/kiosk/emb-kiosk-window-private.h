/* emb-kiosk-window-private.h: the kiosk window's parts and its test hooks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-kiosk-window.h"

G_BEGIN_DECLS

/* How often the window looks at its clock (real milliseconds; 1000 by
 * default): every deadline (next slide, schedule, burn-in shift) is a time
 * of the clock, so tests that move an injected clock shorten this. */
void        _emb_kiosk_window_set_tick_ms       (EmbKioskWindow *self,
                                                 guint           ms);
/* One look at the clock and the file now, as the heartbeat does. */
void        _emb_kiosk_window_tick              (EmbKioskWindow *self);
/* The burn-in offset of the content now, each from -8 to 8 pixels. */
void        _emb_kiosk_window_get_shift         (EmbKioskWindow *self,
                                                 int            *dx,
                                                 int            *dy);
/* How many slide views the window holds (at most two). */
guint       _emb_kiosk_window_get_n_views       (EmbKioskWindow *self);
/* (transfer none): the database the window reads now (it reopens the file
 * by its path when the file is replaced). */
EmbDatabase *_emb_kiosk_window_get_database     (EmbKioskWindow *self);
/* The interval in force, in seconds. */
guint       _emb_kiosk_window_get_interval      (EmbKioskWindow *self);
/* (transfer none) (nullable): the PIN dialog, opened if @open. */
GtkWidget  *_emb_kiosk_window_get_pin_dialog    (EmbKioskWindow *self,
                                                 gboolean        open);
/* Whether the window asked the session to stay awake. */
gboolean    _emb_kiosk_window_is_inhibiting     (EmbKioskWindow *self);

/* emb-kiosk-window-lock.c: the keys and gestures of the locked window. */

/* Whether the kiosk swallows the key @keyval with @state: Escape, function
 * keys, Super, Menu, and any combination with Ctrl, Alt, Super, Hyper or
 * Meta. */
gboolean    _emb_kiosk_key_is_locked            (guint           keyval,
                                                 GdkModifierType state);
/* Whether it is the hidden shortcut that opens the PIN dialog
 * (Ctrl+Shift+L). */
gboolean    _emb_kiosk_key_opens_pin            (guint           keyval,
                                                 GdkModifierType state);
/* Adds the capture-phase key controller and the long press to @self; both
 * call _emb_kiosk_window_open_pin(). */
void        _emb_kiosk_window_add_lock          (EmbKioskWindow *self);
/* emb-kiosk-window.c: opens (or brings up) the manager PIN dialog. */
void        _emb_kiosk_window_open_pin          (EmbKioskWindow *self);

/* emb-kiosk-window-file.c: the programme file under the kiosk. */
typedef struct _EmbKioskFile EmbKioskFile;

EmbKioskFile *_emb_kiosk_file_new          (const char     *path,
                                            EmbDatabase    *database,
                                            guint           watch_ms);
void          _emb_kiosk_file_free         (EmbKioskFile   *self);
EmbDatabase  *_emb_kiosk_file_get_database (EmbKioskFile   *self);
gboolean      _emb_kiosk_file_changed      (EmbKioskFile   *self);
EmbDatabase  *_emb_kiosk_file_open         (EmbKioskFile   *self,
                                            gboolean       *reopened,
                                            GError        **error);
gboolean      _emb_kiosk_slide_equal       (EmbKioskSlide  *a,
                                            EmbKioskSlide  *b);

G_END_DECLS
