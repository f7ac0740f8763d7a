/* emb-employee-pin-dialog.h: a manager sets or resets an employee's PIN
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_EMPLOYEE_PIN_DIALOG (emb_employee_pin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbEmployeePinDialog, emb_employee_pin_dialog, EMB, EMPLOYEE_PIN_DIALOG, AdwWindow)

EmbEmployeePinDialog *emb_employee_pin_dialog_new       (EmbDatabase          *database,
                                                         gint64                employee_id,
                                                         const char           *employee_name,
                                                         gboolean              reset);
EmbEmployeePinDialog *emb_employee_pin_dialog_new_manager (EmbDatabase        *database,
                                                           gboolean            change);
gboolean              emb_employee_pin_dialog_save      (EmbEmployeePinDialog *self);
gboolean              emb_employee_pin_dialog_is_saving (EmbEmployeePinDialog *self);
void                  emb_employee_pin_dialog_set_pins  (EmbEmployeePinDialog *self,
                                                         const char           *pin,
                                                         const char           *repeat);
const char           *emb_employee_pin_dialog_get_error (EmbEmployeePinDialog *self,
                                                         const char           *field);

G_END_DECLS
