/* emb-staff-pin-dialog.h: changing my own PIN
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_PIN_DIALOG (emb_staff_pin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffPinDialog, emb_staff_pin_dialog, EMB, STAFF_PIN_DIALOG, AdwWindow)

GtkWidget  *emb_staff_pin_dialog_new       (EmbStaffSession   *session);
void        emb_staff_pin_dialog_fill      (EmbStaffPinDialog *self,
                                            const char        *current,
                                            const char        *new_pin,
                                            const char        *repeat);
gboolean    emb_staff_pin_dialog_save      (EmbStaffPinDialog *self);
gboolean    emb_staff_pin_dialog_is_busy   (EmbStaffPinDialog *self);
const char *emb_staff_pin_dialog_get_error (EmbStaffPinDialog *self,
                                            const char        *field);

G_END_DECLS
