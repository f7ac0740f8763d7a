/* emb-kiosk-thanks-dialog.h: "thank a colleague" from the kiosk's screen
 *
 * The kiosk's optional touch action: the sender finds their name and types
 * their PIN (as in the staff view), chooses the colleague and a value,
 * writes why and sends, named or anonymously, under the monthly caps; then
 * the dialog signs them out and closes. It leads nowhere else: no editing
 * view is reachable from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_THANKS_DIALOG (emb_kiosk_thanks_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskThanksDialog, emb_kiosk_thanks_dialog, EMB, KIOSK_THANKS_DIALOG,
                      AdwWindow)

GtkWidget *emb_kiosk_thanks_dialog_new (GtkWindow   *parent,
                                        EmbDatabase *database);

G_END_DECLS
