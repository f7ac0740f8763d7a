/* emb-import-value-row.h: a value of a column of an imported file, and
 * what it stands for in the programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-import.h"

G_BEGIN_DECLS

#define EMB_TYPE_IMPORT_VALUE_ROW (emb_import_value_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbImportValueRow, emb_import_value_row, EMB, IMPORT_VALUE_ROW, AdwComboRow)

gboolean    emb_import_value_row_can_map     (const char              *field);
GtkWidget  *emb_import_value_row_new         (EmbDatabase             *database,
                                              const EmbImportValue    *value,
                                              const char              *ours);
const char *emb_import_value_row_get_column  (EmbImportValueRow       *self);
const char *emb_import_value_row_get_value   (EmbImportValueRow       *self);
const char *emb_import_value_row_get_ours    (EmbImportValueRow       *self);
gboolean    emb_import_value_row_set_ours    (EmbImportValueRow       *self,
                                              const char              *ours);
char       *emb_import_value_row_get_key     (EmbImportValueRow       *self);

G_END_DECLS
