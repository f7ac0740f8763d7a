/* emb-decision-dialog.h: a dialog to log a decision taken under a pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-pilot.h"

G_BEGIN_DECLS

#define EMB_TYPE_DECISION_DIALOG (emb_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbDecisionDialog, emb_decision_dialog, EMB, DECISION_DIALOG, AdwWindow)

EmbDecisionDialog *emb_decision_dialog_new            (EmbDatabase       *database,
                                                       EmbPilot          *pilot);
GtkWidget         *emb_decision_dialog_get_field      (EmbDecisionDialog *self,
                                                       const char        *field);
const char        *emb_decision_dialog_get_error      (EmbDecisionDialog *self,
                                                       const char        *field);
void               emb_decision_dialog_set_text       (EmbDecisionDialog *self,
                                                       const char        *field,
                                                       const char        *text);
GtkSingleSelection *emb_decision_dialog_get_employees (EmbDecisionDialog *self);
gint64             emb_decision_dialog_get_employee_id (EmbDecisionDialog *self);
gboolean           emb_decision_dialog_is_over_ceiling (EmbDecisionDialog *self);

G_END_DECLS
