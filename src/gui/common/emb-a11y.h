/* emb-a11y.h: accessibility helpers for GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void emb_a11y_label_drop_down (GtkDropDown *drop_down,
                               const char  *label);
void emb_a11y_label_editable  (GtkEditable *editable,
                               const char  *label);
void emb_a11y_label_entry_row (AdwEntryRow *row);
void emb_a11y_set_label       (GtkWidget   *widget,
                               const char  *label);

void emb_a11y_name_mnemonic_buttons (void);

G_END_DECLS
