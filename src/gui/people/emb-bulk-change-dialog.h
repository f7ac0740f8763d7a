/* emb-bulk-change-dialog.h: where the selected employees move to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EMB_TYPE_BULK_CHANGE_DIALOG (emb_bulk_change_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbBulkChangeDialog, emb_bulk_change_dialog, EMB, BULK_CHANGE_DIALOG, AdwMessageDialog)

EmbBulkChangeDialog *emb_bulk_change_dialog_new        (gboolean             by_role,
                                                        guint                n_selected);
void                 emb_bulk_change_dialog_add_choice (EmbBulkChangeDialog *self,
                                                        gint64               id,
                                                        const char          *label);
gboolean             emb_bulk_change_dialog_get_by_role (EmbBulkChangeDialog *self);
gint64               emb_bulk_change_dialog_get_choice (EmbBulkChangeDialog *self);

G_END_DECLS
