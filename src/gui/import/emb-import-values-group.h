/* emb-import-values-group.h: the values of the categorical columns of an
 * imported file, each with what it stands for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-import.h"
#include "emb-import-value-row.h"

G_BEGIN_DECLS

#define EMB_TYPE_IMPORT_VALUES_GROUP (emb_import_values_group_get_type ())

G_DECLARE_FINAL_TYPE (EmbImportValuesGroup, emb_import_values_group, EMB, IMPORT_VALUES_GROUP,
                      AdwPreferencesGroup)

void               emb_import_values_group_show      (EmbImportValuesGroup *self,
                                                      EmbDatabase          *database,
                                                      EmbImportReport      *report,
                                                      GHashTable           *mapping);
void               emb_import_values_group_clear     (EmbImportValuesGroup *self);
EmbImportValueRow *emb_import_values_group_find_row  (EmbImportValuesGroup *self,
                                                      const char           *column,
                                                      const char           *value);

G_END_DECLS
