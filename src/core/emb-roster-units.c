/* emb-roster-units.c: the departments, roles and employees of a roster
 * import
 *
 * What the database holds, read once through the people store, and the
 * departments and roles the file names that the import creates; found by
 * name whatever the case and accents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-roster-private.h"
#include "emb-validate-private.h"

void
_emb_roster_dept_free (gpointer data)
{
  Dept *dept = data;

  g_free (dept->name);
  g_hash_table_unref (dept->roles);
  g_free (dept);
}

void
_emb_roster_role_free (gpointer data)
{
  Role *role = data;

  g_free (role->name);
  g_free (role);
}

/* What the database holds ------------------------------------------------- */

static Dept *
add_dept (RosterImport *roster,
          gint64        id,
          const char   *name,
          EmbOffice     office,
          gboolean      is_new)
{
  Dept *dept = g_new0 (Dept, 1);
  char *key = _emb_csv_fold_key (name);

  dept->id = id;
  dept->name = g_strdup (name);
  dept->office = office;
  dept->is_new = is_new;
  dept->roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_ptr_array_add (roster->all_depts, dept);

  if (*key == '\0')
    {
      g_free (key);
      key = g_strdup (name);
    }
  if (g_hash_table_contains (roster->departments, key))
    g_free (key);
  else
    g_hash_table_insert (roster->departments, key, dept);

  if (is_new)
    g_ptr_array_add (roster->new_depts, dept);
  return dept;
}

static Role *
add_role (RosterImport *roster,
          Dept         *dept,
          gint64        id,
          const char   *name,
          EmbOffice     office,
          gboolean      is_new)
{
  Role *role = g_new0 (Role, 1);
  char *key = _emb_csv_fold_key (name);
  GPtrArray *same_name;

  role->id = id;
  role->name = g_strdup (name);
  role->office = office;
  role->is_new = is_new;
  role->dept = dept;
  g_ptr_array_add (roster->all_roles, role);

  if (*key == '\0')
    {
      g_free (key);
      key = g_strdup (name);
    }

  same_name = g_hash_table_lookup (roster->roles_by_name, key);
  if (same_name == NULL)
    {
      same_name = g_ptr_array_new ();
      g_hash_table_insert (roster->roles_by_name, g_strdup (key), same_name);
    }
  g_ptr_array_add (same_name, role);

  if (g_hash_table_contains (dept->roles, key))
    g_free (key);
  else
    g_hash_table_insert (dept->roles, key, role);

  if (is_new)
    g_ptr_array_add (roster->new_roles, role);
  return role;
}

/* Loading: the departments and roles by id, for the roles and employees
 * that refer to them. */
typedef struct
{
  RosterImport *roster;
  GHashTable   *depts;
  GHashTable   *roles;
} Loading;

static void
load_department (gpointer    data,
                 gint64      id,
                 const char *name,
                 EmbOffice   office)
{
  Loading *loading = data;
  Dept *dept = add_dept (loading->roster, id, name, office, FALSE);

  g_hash_table_insert (loading->depts, &dept->id, dept);
}

static void
load_role (gpointer    data,
           gint64      id,
           gint64      department_id,
           const char *name,
           EmbOffice   office)
{
  Loading *loading = data;
  Dept *dept = g_hash_table_lookup (loading->depts, &department_id);
  Role *role;

  if (dept == NULL)
    return;
  role = add_role (loading->roster, dept, id, name, office, FALSE);
  g_hash_table_insert (loading->roles, &role->id, role);
}

static void
load_employee (gpointer              data,
               const EmbEmployeeRow *row)
{
  Loading *loading = data;
  GStringChunk *strings = loading->roster->strings;
  Employee *employee = g_new0 (Employee, 1);

  employee->id = row->id;
  employee->name = g_string_chunk_insert (strings, row->name);
  employee->email = g_string_chunk_insert (strings, row->email);
  employee->site = g_string_chunk_insert (strings, row->site);
  employee->hire_date = row->hire_date != NULL ? g_string_chunk_insert (strings, row->hire_date)
                                               : NULL;
  employee->role = g_hash_table_lookup (loading->roles, &row->role_id);
  employee->dept = g_hash_table_lookup (loading->depts, &row->department_id);
  employee->active = row->active;
  employee->on_leave = row->on_leave;
  g_hash_table_insert (loading->roster->employees,
                       g_string_chunk_insert (strings, row->employee_number), employee);
}

gboolean
_emb_roster_load (EmbCsvMapper  *mapper,
                  GError       **error)
{
  static const EmbPeopleReadFuncs funcs = { load_department, load_role, load_employee };
  RosterImport *roster = (RosterImport *)mapper;
  g_autoptr(GHashTable) depts = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) roles = g_hash_table_new (g_int64_hash, g_int64_equal);
  Loading loading = { roster, depts, roles };

  roster->employees = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  return _emb_people_store_read_for_import (mapper->db, &funcs, &loading, error);
}

/* Finding them by name -------------------------------------------------------- */

Dept *
_emb_roster_find_dept (RosterImport *roster,
                       const char   *name,
                       int           office)
{
  g_autofree char *key = _emb_csv_fold_key (name);
  Dept *dept = g_hash_table_lookup (roster->departments, *key != '\0' ? key : name);

  if (dept != NULL)
    return dept;
  return add_dept (roster, 0, name, office >= 0 ? office : EMB_OFFICE_FRONT, TRUE);
}

Role *
_emb_roster_find_role (RosterImport *roster,
                       Dept         *dept,
                       const char   *name,
                       int           office)
{
  g_autofree char *key = _emb_csv_fold_key (name);
  Role *role = g_hash_table_lookup (dept->roles, *key != '\0' ? key : name);

  if (role != NULL)
    return role;
  /* A new role is front office unless the file says otherwise, or its
   * department is back office. */
  return add_role (roster, dept, 0, name, office >= 0 ? (EmbOffice)office : dept->office, TRUE);
}

/* A role named without a department: the one role of that name that
 * existed before the import (so that both passes agree). */
Role *
_emb_roster_find_only_role (RosterImport *roster,
                            const char   *name)
{
  g_autofree char *key = _emb_csv_fold_key (name);
  GPtrArray *roles = g_hash_table_lookup (roster->roles_by_name, *key != '\0' ? key : name);
  Role *found = NULL;

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      Role *role = g_ptr_array_index (roles, i);

      if (role->is_new)
        continue;
      if (found != NULL)
        return NULL;
      found = role;
    }
  return found;
}
