/* emb-value-row.h: a value in the list of the Values page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-value.h"

G_BEGIN_DECLS

#define EMB_TYPE_VALUE_ROW (emb_value_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbValueRow, emb_value_row, EMB, VALUE_ROW, GtkListBoxRow)

GtkWidget *emb_value_row_new       (EmbValue    *value);
EmbValue  *emb_value_row_get_value (EmbValueRow *self);

G_END_DECLS
