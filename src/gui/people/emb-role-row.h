/* emb-role-row.h: a role of a department, renamed in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-role.h"

G_BEGIN_DECLS

#define EMB_TYPE_ROLE_ROW (emb_role_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbRoleRow, emb_role_row, EMB, ROLE_ROW, AdwEntryRow)

GtkWidget *emb_role_row_new           (EmbDatabase *database,
                                       EmbRole     *role);
EmbRole   *emb_role_row_get_role      (EmbRoleRow  *self);
GtkWidget *emb_role_row_get_error_row (EmbRoleRow  *self);

G_END_DECLS
