/* emb-staff-home.h: what a signed-in employee sees, made for one session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_HOME (emb_staff_home_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffHome, emb_staff_home, EMB, STAFF_HOME, GtkBox)

GtkWidget       *emb_staff_home_new         (EmbDatabase     *database,
                                             EmbStaffSession *session);
EmbStaffSession *emb_staff_home_get_session (EmbStaffHome    *self);
void             emb_staff_home_show_view   (EmbStaffHome    *self,
                                             const char      *name);
GtkWidget       *emb_staff_home_get_view    (EmbStaffHome    *self,
                                             const char      *name);
GtkWindow       *emb_staff_home_change_pin  (EmbStaffHome    *self);
GtkWindow       *emb_staff_home_get_dialog  (EmbStaffHome    *self);

G_END_DECLS
