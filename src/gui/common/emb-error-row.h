/* emb-error-row.h: a row under a field that shows the field's error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EMB_TYPE_ERROR_ROW (emb_error_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbErrorRow, emb_error_row, EMB, ERROR_ROW, AdwPreferencesRow)

GtkWidget *emb_error_row_new       (void);
GtkLabel  *emb_error_row_get_label (EmbErrorRow *self);

G_END_DECLS
