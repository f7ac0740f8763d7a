/* emb-people-store.c: departments, roles and employees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-people-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-people-store.h"
#include "emb-query-model-private.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* Departments ------------------------------------------------------------ */

/**
 * emb_people_store_list_departments:
 *
 * Returns: (transfer full): every #EmbDepartment, by name
 */
GListModel *
emb_people_store_list_departments (EmbDatabase  *db,
                                   GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_department,
                                        "ORDER BY t.name COLLATE NOCASE, t.id", error));
}

EmbDepartment *
emb_people_store_get_department (EmbDatabase  *db,
                                 gint64        id,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_department, id, error);
}

static gboolean
name_taken (EmbDatabase *db,
            const char  *sql,
            const char  *name,
            gint64       scope,
            gint64       own_id)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, name);
  sqlite3_bind_int64 (stmt, 2, own_id);
  sqlite3_bind_int64 (stmt, 3, scope);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gboolean
emb_people_store_save_department (EmbDatabase    *db,
                                  EmbDepartment  *department,
                                  GError        **error)
{
  const char *name;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_DEPARTMENT (department), FALSE);

  name = emb_department_get_name (department);
  if (!_emb_validate_text (name, TRUE, EMB_MAX_NAME, "name", _("Name"), error))
    return FALSE;

  if (name_taken (db, "SELECT 1 FROM department WHERE name = ?1 AND id <> ?2 AND ?3 = ?3",
                  name, 0, emb_record_get_id (EMB_RECORD (department))))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "name",
                                _("A department called “%s” already exists."), name);
      return FALSE;
    }

  return _emb_table_save (db, &emb_table_department, EMB_RECORD (department), error);
}

gboolean
emb_people_store_delete_department (EmbDatabase  *db,
                                    gint64        id,
                                    GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  stmt = _emb_database_prepare_id (db,
                                   "SELECT (SELECT count(*) FROM role WHERE department_id = ?1),"
                                   " (SELECT count(*) FROM pilot_wave WHERE department_id = ?1)",
                                   id, error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int roles = sqlite3_column_int (stmt, 0);
      int waves = sqlite3_column_int (stmt, 1);

      if (roles > 0)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "roles",
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "The department still has %d role; "
                                                 "move or delete it first.",
                                                 "The department still has %d roles; "
                                                 "move or delete them first.",
                                                 roles),
                                    roles);
          return FALSE;
        }
      if (waves > 0)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "waves",
                                    _("The department takes part in an autonomy pilot; "
                                      "remove it from the pilot first."));
          return FALSE;
        }
    }
  sqlite3_reset (stmt);

  return _emb_table_delete (db, &emb_table_department, id, error);
}

/* Roles ------------------------------------------------------------------ */

/**
 * emb_people_store_list_roles:
 * @department_id: only the roles of this department, or 0 for every role
 *
 * Returns: (transfer full): #EmbRole records, by name
 */
GListModel *
emb_people_store_list_roles (EmbDatabase  *db,
                             gint64        department_id,
                             GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (department_id > 0)
    return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_role,
                                             "WHERE t.department_id = ?1"
                                             " ORDER BY t.name COLLATE NOCASE, t.id",
                                             department_id, error));

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_role,
                                        "ORDER BY t.name COLLATE NOCASE, t.id", error));
}

EmbRole *
emb_people_store_get_role (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_role, id, error);
}

gboolean
emb_people_store_save_role (EmbDatabase  *db,
                            EmbRole      *role,
                            GError      **error)
{
  const char *name;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_ROLE (role), FALSE);

  name = emb_role_get_name (role);
  if (!_emb_validate_text (name, TRUE, EMB_MAX_NAME, "name", _("Name"), error) ||
      !_emb_validate_reference (db, &emb_table_department, emb_role_get_department_id (role),
                                TRUE, "department", _("Department"), error) ||
      !_emb_validate_text (emb_role_get_attitudes (role), FALSE, EMB_MAX_TEXT,
                           "attitudes", _("Attitudes"), error))
    return FALSE;

  if (name_taken (db, "SELECT 1 FROM role WHERE name = ?1 AND id <> ?2 AND department_id = ?3",
                  name, emb_role_get_department_id (role), emb_record_get_id (EMB_RECORD (role))))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "name",
                                _("The department already has a role called “%s”."), name);
      return FALSE;
    }

  return _emb_table_save (db, &emb_table_role, EMB_RECORD (role), error);
}

gboolean
emb_people_store_delete_role (EmbDatabase  *db,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  /* Employees keep their records and lose the role; responsibilities of the
   * role go with it (ON DELETE rules of the schema). */
  return _emb_table_delete (db, &emb_table_role, id, error);
}

/* Employees -------------------------------------------------------------- */

static GPtrArray *
employee_params (const EmbEmployeeFilter *filter,
                 GString                 *where)
{
  GPtrArray *params = _emb_query_params_new (where);

  /* An erased person (emb-person-erase.c) is nobody's to list. */
  g_string_append (where, " AND t.erased = 0");

  if (filter->search != NULL && *filter->search != '\0')
    {
      g_autofree char *folded = emb_fold_for_search (filter->search);
      g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
      guint n_words = 0;

      /* Each word must appear in the name, number or e-mail; a fixed clause
       * per word with bound parameters, at most a few words. */
      for (guint i = 0; words[i] != NULL && n_words < 4; i++)
        {
          g_autofree char *pattern = NULL;
          guint n;

          if (*words[i] == '\0')
            continue;
          n_words++;
          pattern = _emb_like_pattern (words[i]);
          n = _emb_query_params_add (params, g_variant_new_string (pattern));
          g_string_append_printf (where,
                                  " AND (emb_fold (t.name) LIKE ?%u ESCAPE '\\'"
                                  " OR emb_fold (t.employee_number) LIKE ?%u ESCAPE '\\'"
                                  " OR emb_fold (t.email) LIKE ?%u ESCAPE '\\')",
                                  n, n, n);
        }
    }

  if (filter->department_id > 0)
    _emb_query_params_where (params, where, "t.department_id",
                             g_variant_new_int64 (filter->department_id));

  if (filter->role_id > 0)
    _emb_query_params_where (params, where, "t.role_id", g_variant_new_int64 (filter->role_id));

  if (filter->site != NULL && *filter->site != '\0')
    _emb_query_params_where (params, where, "t.site", g_variant_new_string (filter->site));

  if (filter->active >= 0)
    _emb_query_params_where (params, where, "t.active",
                             g_variant_new_boolean (filter->active != 0));

  return params;
}

/**
 * emb_people_store_query_employees:
 * @filter: (nullable): what to show, or %NULL for everyone
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbEmployee, by name,
 *   that follows changes to employees
 */
GListModel *
emb_people_store_query_employees (EmbDatabase             *db,
                                  const EmbEmployeeFilter *filter)
{
  const EmbEmployeeFilter everyone = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GPtrArray) params = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  params = employee_params (filter != NULL ? filter : &everyone, where);
  return G_LIST_MODEL (_emb_query_model_new (db, &emb_table_employee, where->str, params,
                                             "t.name COLLATE NOCASE", NULL));
}

EmbEmployee *
emb_people_store_get_employee (EmbDatabase  *db,
                               gint64        id,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_employee, id, error);
}

/**
 * emb_people_store_find_employee:
 *
 * Returns: (transfer full) (nullable): the employee with @employee_number
 */
EmbEmployee *
emb_people_store_find_employee (EmbDatabase  *db,
                                const char   *employee_number,
                                GError      **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (employee_number != NULL, NULL);

  sql = g_strdup_printf ("%s WHERE t.employee_number = ?1 AND t.erased = 0",
                         _emb_table_select_sql (&emb_table_employee));
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, employee_number);
  missing = g_strdup_printf (_("No employee has the number “%s”."), employee_number);
  if (!_emb_database_step_found (db, stmt, missing, error))
    return NULL;
  return _emb_table_read_row (&emb_table_employee, stmt);
}

/* A role belongs to one department: an employee in a role works there. With
 * no department given (0), the role's is taken. */
static gboolean
check_role_department (EmbDatabase  *db,
                       gint64        role_id,
                       gint64       *department_id,
                       GError      **error)
{
  g_autoptr(EmbRole) role = NULL;

  if (role_id <= 0)
    return TRUE;

  role = _emb_table_get (db, &emb_table_role, role_id, error);
  if (role == NULL)
    return FALSE;
  if (*department_id == 0)
    *department_id = emb_role_get_department_id (role);
  else if (*department_id != emb_role_get_department_id (role))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "role",
                                _("The role “%s” belongs to another department."),
                                emb_role_get_name (role));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_employee (EmbDatabase  *db,
                   EmbEmployee  *employee,
                   GError      **error)
{
  const char *number = emb_employee_get_employee_number (employee);
  gint64 role_id = emb_employee_get_role_id (employee);
  gint64 department_id = emb_employee_get_department_id (employee);

  if (!_emb_validate_text (number, TRUE, EMB_MAX_SHORT,
                           "employee-number", _("Employee number"), error) ||
      !_emb_validate_text (emb_employee_get_name (employee), TRUE, EMB_MAX_NAME,
                           "name", _("Name"), error) ||
      !_emb_validate_email (emb_employee_get_email (employee), "email", _("E-mail"), error) ||
      !_emb_validate_text (emb_employee_get_site (employee), FALSE, EMB_MAX_NAME,
                           "site", _("Site"), error) ||
      !_emb_validate_date (emb_employee_get_hire_date (employee), FALSE,
                           "hire-date", _("Hire date"), error) ||
      !_emb_validate_reference (db, &emb_table_role, role_id, FALSE,
                                "role", _("Role"), error) ||
      !_emb_validate_reference (db, &emb_table_department, department_id, FALSE,
                                "department", _("Department"), error))
    return FALSE;

  if (name_taken (db, "SELECT 1 FROM employee WHERE employee_number = ?1 AND id <> ?2 AND ?3 = ?3",
                  number, 0, emb_record_get_id (EMB_RECORD (employee))))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "employee-number",
                                _("Another employee already has the number “%s”."), number);
      return FALSE;
    }

  if (!check_role_department (db, role_id, &department_id, error))
    return FALSE;
  if (department_id != emb_employee_get_department_id (employee))
    emb_employee_set_department_id (employee, department_id);

  return TRUE;
}

gboolean
emb_people_store_save_employee (EmbDatabase  *db,
                                EmbEmployee  *employee,
                                GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_EMPLOYEE (employee), FALSE);

  if (!validate_employee (db, employee, error))
    return FALSE;

  return _emb_table_save (db, &emb_table_employee, EMB_RECORD (employee), error);
}

gboolean
emb_people_store_delete_employee (EmbDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_table_delete (db, &emb_table_employee, id, error);
}

typedef struct
{
  const gint64 *ids;
  guint         n_ids;
  gboolean      active;
} SetActive;

static gboolean
set_active_in_transaction (EmbDatabase  *db,
                           gpointer      user_data,
                           GError      **error)
{
  const SetActive *data = user_data;
  g_autofree char *now = emb_now_iso8601 ();

  for (guint i = 0; i < data->n_ids; i++)
    {
      g_autoptr(EmbStatement) stmt = NULL;

      stmt = _emb_database_prepare_id (db,
                                       "UPDATE employee SET active = ?2, updated_at = ?3"
                                       " WHERE id = ?1 AND active <> ?2",
                                       data->ids[i], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 2, data->active ? 1 : 0);
      _emb_bind_text (stmt, 3, now);
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
      _emb_database_defer_changed (db, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_UPDATED, data->ids[i]);
    }
  return TRUE;
}

/**
 * emb_people_store_set_employees_active:
 *
 * Activates or deactivates several employees in one transaction.
 */
gboolean
emb_people_store_set_employees_active (EmbDatabase   *db,
                                       const gint64  *ids,
                                       guint          n_ids,
                                       gboolean       active,
                                       GError       **error)
{
  SetActive data = { ids, n_ids, active };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return emb_database_transaction (db, set_active_in_transaction, &data, error);
}

/* The employees to move, and where to. */
typedef struct
{
  const gint64 *ids;
  guint         n_ids;
  gint64        department_id;
  gint64        role_id;
} MoveEmployees;

static gboolean
move_employees_in_transaction (EmbDatabase  *db,
                               gpointer      user_data,
                               GError      **error)
{
  const MoveEmployees *move = user_data;
  gint64 department_id = move->department_id;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *now = NULL;

  if (!_emb_validate_reference (db, &emb_table_role, move->role_id, FALSE,
                                "role", _("Role"), error) ||
      !_emb_validate_reference (db, &emb_table_department, department_id, FALSE,
                                "department", _("Department"), error) ||
      !check_role_department (db, move->role_id, &department_id, error))
    return FALSE;

  now = emb_now_iso8601 ();
  for (guint i = 0; i < move->n_ids; i++)
    {
      g_autoptr(EmbStatement) stmt = NULL;

      /* The same employee chosen twice moves once. */
      if (!g_hash_table_add (seen, (gpointer)&move->ids[i]))
        continue;
      if (!_emb_table_exists (db, &emb_table_employee, move->ids[i]))
        {
          g_set_error_literal (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                               _("The record no longer exists; it may have been deleted."));
          return FALSE;
        }

      /* Without a new role, an employee keeps a role of the department they
       * move to and loses any other: leaving a department leaves its role. */
      stmt = _emb_database_prepare_id (db,
                                       "UPDATE employee SET department_id = ?2,"
                                       " role_id = CASE WHEN ?3 IS NOT NULL THEN ?3"
                                       " WHEN role_id IN"
                                       "  (SELECT id FROM role WHERE department_id = ?2)"
                                       " THEN role_id END,"
                                       " updated_at = ?4"
                                       " WHERE id = ?1",
                                       move->ids[i], error);
      if (stmt == NULL)
        return FALSE;
      _emb_bind_id (stmt, 2, department_id);
      _emb_bind_id (stmt, 3, move->role_id);
      _emb_bind_text (stmt, 4, now);
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
      _emb_database_defer_changed (db, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_UPDATED, move->ids[i]);
    }
  return TRUE;
}

/**
 * emb_people_store_move_employees:
 * @ids: (array length=n_ids): the employees
 * @department_id: the department they move to, or 0 for none (then the
 *   department of @role_id, if any)
 * @role_id: their new role, which must belong to @department_id, or 0 to
 *   keep each one's role where it belongs to @department_id and clear it
 *   elsewhere
 *
 * Moves several employees to a department (and role) in one transaction:
 * when one of them cannot be moved, none is. An unknown department or role
 * is refused with %EMB_VALIDATION_ERROR_MISSING_REFERENCE on "department" or
 * "role", a role of another department with %EMB_VALIDATION_ERROR_INVALID on
 * "role", and an employee that does not exist with
 * %EMB_DATABASE_ERROR_NOT_FOUND.
 */
gboolean
emb_people_store_move_employees (EmbDatabase   *db,
                                 const gint64  *ids,
                                 guint          n_ids,
                                 gint64         department_id,
                                 gint64         role_id,
                                 GError       **error)
{
  MoveEmployees move = { ids, n_ids, department_id, role_id };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return emb_database_transaction (db, move_employees_in_transaction, &move, error);
}

gint64
emb_people_store_count_employees (EmbDatabase *db,
                                  gboolean     active_only)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, active_only
                                  ? "SELECT count(*) FROM employee WHERE active = 1 AND erased = 0"
                                  : "SELECT count(*) FROM employee WHERE erased = 0");
}

/**
 * emb_people_store_list_sites:
 *
 * Returns: (transfer full): the sites employees work at, sorted
 */
GStrv
emb_people_store_list_sites (EmbDatabase *db)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db,
                                "SELECT DISTINCT site FROM employee WHERE site <> ''"
                                " ORDER BY site COLLATE NOCASE",
                                NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, _emb_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}
