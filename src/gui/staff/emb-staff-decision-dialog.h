/* emb-staff-decision-dialog.h: a staff member logs a decision under a pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_DECISION_DIALOG (emb_staff_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffDecisionDialog, emb_staff_decision_dialog, EMB, STAFF_DECISION_DIALOG, AdwWindow)

EmbStaffDecisionDialog *emb_staff_decision_dialog_new              (EmbStaffSession        *session,
                                                                    EmbPilot               *pilot);
gboolean                emb_staff_decision_dialog_log              (EmbStaffDecisionDialog *self);
GtkWidget              *emb_staff_decision_dialog_get_field        (EmbStaffDecisionDialog *self,
                                                                    const char             *field);
void                    emb_staff_decision_dialog_set_text         (EmbStaffDecisionDialog *self,
                                                                    const char             *field,
                                                                    const char             *text);
const char             *emb_staff_decision_dialog_get_error        (EmbStaffDecisionDialog *self,
                                                                    const char             *field);
gboolean                emb_staff_decision_dialog_is_over_ceiling  (EmbStaffDecisionDialog *self);

G_END_DECLS
