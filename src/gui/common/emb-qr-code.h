/* emb-qr-code.h: a QR code of a text (a link), drawn from libqrencode's
 * modules, crisp at any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_QR_CODE (emb_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (EmbQrCode, emb_qr_code, EMB, QR_CODE, GtkWidget)

GtkWidget  *emb_qr_code_new        (const char *text);
void        emb_qr_code_set_text   (EmbQrCode  *self,
                                    const char *text);
const char *emb_qr_code_get_text   (EmbQrCode  *self);
/* The modules per side, 0 when the text could not be encoded (too long). */
guint       emb_qr_code_get_width  (EmbQrCode  *self);

G_END_DECLS
