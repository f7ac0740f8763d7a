/* emb-staff-window.h: the staff window, signed in by one employee at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_WINDOW (emb_staff_window_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffWindow, emb_staff_window, EMB, STAFF_WINDOW, AdwApplicationWindow)

/* Declared in emb-application.h, which only the windows and the application
 * include. */
typedef struct _EmbApplication EmbApplication;

EmbStaffWindow  *emb_staff_window_new              (EmbApplication *application);
EmbStaffSession *emb_staff_window_get_session      (EmbStaffWindow *self);
void             emb_staff_window_sign_out         (EmbStaffWindow *self);
GtkWidget       *emb_staff_window_get_sign_in      (EmbStaffWindow *self);
GtkWidget       *emb_staff_window_get_home         (EmbStaffWindow *self);
guint            emb_staff_window_get_idle_seconds (EmbStaffWindow *self);
void             emb_staff_window_set_idle_seconds (EmbStaffWindow *self,
                                                    guint           seconds);

G_END_DECLS
