/* emb-department.h: a department, in the front office (meeting customers) or the back office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_DEPARTMENT (emb_department_get_type ())

G_DECLARE_FINAL_TYPE (EmbDepartment, emb_department, EMB, DEPARTMENT, EmbRecord)

EmbDepartment *emb_department_new        (void);
const char    *emb_department_get_name   (EmbDepartment *self);
void           emb_department_set_name   (EmbDepartment *self,
                                           const char    *name);
EmbOffice      emb_department_get_office (EmbDepartment *self);
void           emb_department_set_office (EmbDepartment *self,
                                           EmbOffice      office);

G_END_DECLS
