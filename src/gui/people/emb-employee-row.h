/* emb-employee-row.h: an employee in the People list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-employee.h"

G_BEGIN_DECLS

#define EMB_TYPE_EMPLOYEE_ROW (emb_employee_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbEmployeeRow, emb_employee_row, EMB, EMPLOYEE_ROW, GtkBox)

GtkWidget *emb_employee_row_new                (GtkListItem       *item,
                                                GtkSelectionModel *selection);
void       emb_employee_row_set_employee       (EmbEmployeeRow    *self,
                                                EmbEmployee       *employee,
                                                const char        *details);
gboolean   emb_employee_row_get_selection_mode (EmbEmployeeRow    *self);
void       emb_employee_row_set_selection_mode (EmbEmployeeRow    *self,
                                                gboolean           selection_mode);

G_END_DECLS
