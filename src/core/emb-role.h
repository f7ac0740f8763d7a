/* emb-role.h: a role within a department, with the attitudes it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_ROLE (emb_role_get_type ())

G_DECLARE_FINAL_TYPE (EmbRole, emb_role, EMB, ROLE, EmbRecord)

EmbRole    *emb_role_new               (void);
gint64      emb_role_get_department_id (EmbRole *self);
void        emb_role_set_department_id (EmbRole *self,
                                         gint64   department_id);
const char *emb_role_get_name          (EmbRole *self);
void        emb_role_set_name          (EmbRole     *self,
                                         const char  *name);
EmbOffice   emb_role_get_office        (EmbRole *self);
void        emb_role_set_office        (EmbRole  *self,
                                         EmbOffice office);
const char *emb_role_get_attitudes     (EmbRole *self);
void        emb_role_set_attitudes     (EmbRole     *self,
                                         const char  *attitudes);

G_END_DECLS
