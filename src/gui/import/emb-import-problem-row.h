/* emb-import-problem-row.h: one problem of an import, and where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-import.h"

G_BEGIN_DECLS

#define EMB_TYPE_IMPORT_PROBLEM_ROW (emb_import_problem_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbImportProblemRow, emb_import_problem_row, EMB, IMPORT_PROBLEM_ROW, AdwActionRow)

GtkWidget *emb_import_problem_row_new (const EmbImportProblem *problem);

G_END_DECLS
