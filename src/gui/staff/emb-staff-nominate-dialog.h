/* emb-staff-nominate-dialog.h: a staff member nominates a colleague or a team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_NOMINATE_DIALOG (emb_staff_nominate_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffNominateDialog, emb_staff_nominate_dialog, EMB, STAFF_NOMINATE_DIALOG, AdwWindow)

EmbStaffNominateDialog *emb_staff_nominate_dialog_new       (EmbStaffSession        *session);
gboolean                emb_staff_nominate_dialog_submit    (EmbStaffNominateDialog *self);
GtkWidget              *emb_staff_nominate_dialog_get_field (EmbStaffNominateDialog *self,
                                                             const char             *field);
const char             *emb_staff_nominate_dialog_get_error (EmbStaffNominateDialog *self,
                                                             const char             *field);
void                    emb_staff_nominate_dialog_search    (EmbStaffNominateDialog *self,
                                                             const char             *text);
gboolean                emb_staff_nominate_dialog_choose    (EmbStaffNominateDialog *self,
                                                             gint64                  employee_id);
gint64                  emb_staff_nominate_dialog_get_chosen_id (EmbStaffNominateDialog *self);

G_END_DECLS
