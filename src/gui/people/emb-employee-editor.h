/* emb-employee-editor.h: a dialog to add or change an employee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-employee.h"

G_BEGIN_DECLS

#define EMB_TYPE_EMPLOYEE_EDITOR (emb_employee_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbEmployeeEditor, emb_employee_editor, EMB, EMPLOYEE_EDITOR, AdwWindow)

EmbEmployeeEditor *emb_employee_editor_new       (EmbDatabase       *database,
                                                  EmbEmployee       *employee);
const char        *emb_employee_editor_get_error (EmbEmployeeEditor *self,
                                                  const char        *field);
GtkWidget         *emb_employee_editor_get_field (EmbEmployeeEditor *self,
                                                  const char        *field);

G_END_DECLS
