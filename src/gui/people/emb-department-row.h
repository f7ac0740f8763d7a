/* emb-department-row.h: a department, its office and its roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-department.h"

G_BEGIN_DECLS

#define EMB_TYPE_DEPARTMENT_ROW (emb_department_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbDepartmentRow, emb_department_row, EMB, DEPARTMENT_ROW, AdwExpanderRow)

GtkWidget     *emb_department_row_new            (EmbDatabase      *database,
                                                  EmbDepartment    *department,
                                                  GPtrArray        *roles);
EmbDepartment *emb_department_row_get_department (EmbDepartmentRow *self);

G_END_DECLS
