/* emb-staff-sign-in.h: finding one's name and entering one's PIN
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_SIGN_IN (emb_staff_sign_in_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffSignIn, emb_staff_sign_in, EMB, STAFF_SIGN_IN, AdwBin)

GtkWidget  *emb_staff_sign_in_new            (EmbDatabase    *database);
void        emb_staff_sign_in_search         (EmbStaffSignIn *self,
                                              const char     *text);
GListModel *emb_staff_sign_in_get_matches    (EmbStaffSignIn *self);
void        emb_staff_sign_in_choose         (EmbStaffSignIn *self,
                                              gint64          employee_id);
gint64      emb_staff_sign_in_get_chosen     (EmbStaffSignIn *self);
gboolean    emb_staff_sign_in_submit         (EmbStaffSignIn *self,
                                              const char     *pin);
gboolean    emb_staff_sign_in_is_busy        (EmbStaffSignIn *self);
const char *emb_staff_sign_in_get_error      (EmbStaffSignIn *self);
gint64      emb_staff_sign_in_get_wait       (EmbStaffSignIn *self);
void        emb_staff_sign_in_set_now        (EmbStaffSignIn *self,
                                              GDateTime      *now);
void        emb_staff_sign_in_set_show_header (EmbStaffSignIn *self,
                                               gboolean        show_header);

G_END_DECLS
