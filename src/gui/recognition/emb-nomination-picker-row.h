/* emb-nomination-picker-row.h: a colleague or a feedback to choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_NOMINATION_PICKER_ROW (emb_nomination_picker_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbNominationPickerRow, emb_nomination_picker_row, EMB, NOMINATION_PICKER_ROW, GtkBox)

GtkWidget *emb_nomination_picker_row_new (void);
void       emb_nomination_picker_row_set (EmbNominationPickerRow *self,
                                          const char             *title,
                                          const char             *subtitle);

G_END_DECLS
