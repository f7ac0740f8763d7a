/* emb-people-store.h: departments, roles and employees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-department.h"
#include "emb-employee.h"
#include "emb-role.h"

G_BEGIN_DECLS

/**
 * EmbEmployeeFilter:
 * @search: (nullable): words matched against name, employee number and e-mail
 * @department_id: only this department, or 0
 * @role_id: only this role, or 0
 * @site: (nullable): only this site
 * @active: -1 for everyone, 0 for inactive, 1 for active employees
 */
typedef struct
{
  const char *search;
  gint64      department_id;
  gint64      role_id;
  const char *site;
  int         active;
} EmbEmployeeFilter;

#define EMB_EMPLOYEE_FILTER_INIT { NULL, 0, 0, NULL, -1 }

/* Departments */
GListModel    *emb_people_store_list_departments   (EmbDatabase        *db,
                                                    GError            **error);
EmbDepartment *emb_people_store_get_department     (EmbDatabase        *db,
                                                    gint64              id,
                                                    GError            **error);
gboolean       emb_people_store_save_department    (EmbDatabase        *db,
                                                    EmbDepartment      *department,
                                                    GError            **error);
gboolean       emb_people_store_delete_department  (EmbDatabase        *db,
                                                    gint64              id,
                                                    GError            **error);

/* Roles */
GListModel    *emb_people_store_list_roles         (EmbDatabase        *db,
                                                    gint64              department_id,
                                                    GError            **error);
EmbRole       *emb_people_store_get_role           (EmbDatabase        *db,
                                                    gint64              id,
                                                    GError            **error);
gboolean       emb_people_store_save_role          (EmbDatabase        *db,
                                                    EmbRole            *role,
                                                    GError            **error);
gboolean       emb_people_store_delete_role        (EmbDatabase        *db,
                                                    gint64              id,
                                                    GError            **error);

/* Employees */
GListModel    *emb_people_store_query_employees    (EmbDatabase              *db,
                                                    const EmbEmployeeFilter  *filter);
EmbEmployee   *emb_people_store_get_employee       (EmbDatabase        *db,
                                                    gint64              id,
                                                    GError            **error);
EmbEmployee   *emb_people_store_find_employee      (EmbDatabase        *db,
                                                    const char         *employee_number,
                                                    GError            **error);
gboolean       emb_people_store_save_employee      (EmbDatabase        *db,
                                                    EmbEmployee        *employee,
                                                    GError            **error);
gboolean       emb_people_store_delete_employee    (EmbDatabase        *db,
                                                    gint64              id,
                                                    GError            **error);
gboolean       emb_people_store_set_employees_active (EmbDatabase      *db,
                                                    const gint64       *ids,
                                                    guint               n_ids,
                                                    gboolean            active,
                                                    GError            **error);
gboolean       emb_people_store_move_employees     (EmbDatabase        *db,
                                                    const gint64       *ids,
                                                    guint               n_ids,
                                                    gint64              department_id,
                                                    gint64              role_id,
                                                    GError            **error);
gint64         emb_people_store_count_employees    (EmbDatabase        *db,
                                                    gboolean            active_only);
GStrv          emb_people_store_list_sites         (EmbDatabase        *db);

G_END_DECLS
