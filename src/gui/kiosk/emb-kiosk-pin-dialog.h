/* emb-kiosk-pin-dialog.h: the manager PIN, the way out of the kiosk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_PIN_DIALOG (emb_kiosk_pin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskPinDialog, emb_kiosk_pin_dialog, EMB, KIOSK_PIN_DIALOG, AdwWindow)

GtkWidget  *emb_kiosk_pin_dialog_new         (GtkWindow         *parent,
                                              EmbDatabase       *database);
/* Checks @pin as if typed and confirmed; FALSE when no check started
 * (one runs, the PIN is locked out, or nothing was typed). */
gboolean    emb_kiosk_pin_dialog_submit      (EmbKioskPinDialog *self,
                                              const char        *pin);
gboolean    emb_kiosk_pin_dialog_is_busy     (EmbKioskPinDialog *self);
/* The right PIN was given: "Leave Kiosk" and "Kiosk Settings" show. */
gboolean    emb_kiosk_pin_dialog_is_unlocked (EmbKioskPinDialog *self);
/* Seconds before the next try is allowed, as the dialog counts them. */
gint64      emb_kiosk_pin_dialog_get_wait    (EmbKioskPinDialog *self);
/* (nullable): what the dialog says of the last try. */
const char *emb_kiosk_pin_dialog_get_message (EmbKioskPinDialog *self);

G_END_DECLS
