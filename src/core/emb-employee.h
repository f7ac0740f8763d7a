/* emb-employee.h: an employee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_EMPLOYEE (emb_employee_get_type ())

G_DECLARE_FINAL_TYPE (EmbEmployee, emb_employee, EMB, EMPLOYEE, EmbRecord)

EmbEmployee *emb_employee_new                 (void);
const char  *emb_employee_get_employee_number (EmbEmployee *self);
void         emb_employee_set_employee_number (EmbEmployee *self,
                                                const char  *employee_number);
const char  *emb_employee_get_name            (EmbEmployee *self);
void         emb_employee_set_name            (EmbEmployee *self,
                                                const char  *name);
const char  *emb_employee_get_email           (EmbEmployee *self);
void         emb_employee_set_email           (EmbEmployee *self,
                                                const char  *email);
gint64       emb_employee_get_role_id         (EmbEmployee *self);
void         emb_employee_set_role_id         (EmbEmployee *self,
                                                gint64       role_id);
gint64       emb_employee_get_department_id   (EmbEmployee *self);
void         emb_employee_set_department_id   (EmbEmployee *self,
                                                gint64       department_id);
const char  *emb_employee_get_site            (EmbEmployee *self);
void         emb_employee_set_site            (EmbEmployee *self,
                                                const char  *site);
const char  *emb_employee_get_hire_date       (EmbEmployee *self);
void         emb_employee_set_hire_date       (EmbEmployee *self,
                                                const char  *hire_date);
gboolean     emb_employee_get_active          (EmbEmployee *self);
void         emb_employee_set_active          (EmbEmployee *self,
                                                gboolean     active);
gboolean     emb_employee_get_on_leave        (EmbEmployee *self);
void         emb_employee_set_on_leave        (EmbEmployee *self,
                                                gboolean     on_leave);
gboolean     emb_employee_get_erased          (EmbEmployee *self);
void         emb_employee_set_erased          (EmbEmployee *self,
                                                gboolean     erased);

G_END_DECLS
