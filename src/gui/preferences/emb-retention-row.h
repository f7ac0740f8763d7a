/* emb-retention-row.h: how long customer feedback keeps its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_RETENTION_ROW (emb_retention_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbRetentionRow, emb_retention_row, EMB, RETENTION_ROW, AdwComboRow)

void     emb_retention_row_set_database (EmbRetentionRow *self,
                                         EmbDatabase     *database);
gboolean emb_retention_row_is_busy      (EmbRetentionRow *self);

G_END_DECLS
