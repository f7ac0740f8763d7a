/* emb-import-dialog.h: the import assistant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-import.h"
#include "emb-import-profile-dialog.h"
#include "emb-import-values-group.h"

G_BEGIN_DECLS

#define EMB_TYPE_IMPORT_DIALOG (emb_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbImportDialog, emb_import_dialog, EMB, IMPORT_DIALOG, AdwWindow)

EmbImportDialog *emb_import_dialog_new              (GtkWindow        *parent,
                                                     EmbDatabase      *database,
                                                     GFile            *file);
EmbImportFormat  emb_import_dialog_get_format       (EmbImportDialog  *self);
void             emb_import_dialog_set_format       (EmbImportDialog  *self,
                                                     EmbImportFormat   format);
const char      *emb_import_dialog_get_encoding     (EmbImportDialog  *self);
void             emb_import_dialog_set_encoding     (EmbImportDialog  *self,
                                                     const char       *encoding);
void             emb_import_dialog_set_column_field (EmbImportDialog  *self,
                                                     const char       *column,
                                                     const char       *field);
const char      *emb_import_dialog_get_column_field (EmbImportDialog  *self,
                                                     const char       *column);
guint            emb_import_dialog_get_n_preview_rows (EmbImportDialog *self);
EmbImportReport *emb_import_dialog_get_check_report (EmbImportDialog  *self);
const char      *emb_import_dialog_get_state        (EmbImportDialog  *self);
EmbImportProfileDialog *emb_import_dialog_ask_profile (EmbImportDialog *self);
EmbImportValueRow *emb_import_dialog_find_value_row (EmbImportDialog  *self,
                                                     const char       *column,
                                                     const char       *value);
const char      *emb_import_dialog_get_profile      (EmbImportDialog  *self);
void             emb_import_dialog_set_profile      (EmbImportDialog  *self,
                                                     const char       *name);
void             emb_import_dialog_set_skip_invalid (EmbImportDialog  *self,
                                                     gboolean          skip);

G_END_DECLS
