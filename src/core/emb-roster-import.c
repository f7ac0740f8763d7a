/* emb-roster-import.c: employees, departments and roles from a roster
 *
 * The mapper of a roster (an HR export): each row adds an employee or
 * updates the one with the same number; departments and roles named in the
 * file are created when missing. The rules are in emb-csv-import.h. It
 * reads what the database holds once, through the people store, and keeps
 * it in memory for both passes, so that checking a row costs no SQL and
 * writing it one statement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-people-store-private.h"
#include "emb-validate-private.h"

/* Departments, roles and employees -------------------------------------- */

typedef struct _Dept Dept;
typedef struct _Role Role;

struct _Dept
{
  gint64      id;        /* 0 until a new department is written */
  char       *name;
  EmbOffice   office;
  gboolean    is_new;
  GHashTable *roles;     /* folded name → Role */
};

struct _Role
{
  gint64     id;
  char      *name;
  EmbOffice  office;
  gboolean   is_new;
  Dept      *dept;
};

/* An employee already in the database; strings live in RosterImport.strings. */
typedef struct
{
  gint64       id;
  const char  *name;
  const char  *email;
  const char  *site;
  const char  *hire_date;   /* or NULL */
  Dept        *dept;
  Role        *role;
  gboolean     active;
} Employee;

typedef struct
{
  EmbCsvMapper     parent;
  GStringChunk    *strings;
  GHashTable      *employees;       /* employee number → Employee; NULL without database */
  GPtrArray       *all_depts;
  GPtrArray       *all_roles;
  GHashTable      *departments;     /* folded name → Dept */
  GHashTable      *roles_by_name;   /* folded name → GPtrArray of Role */
  GPtrArray       *new_depts;
  GPtrArray       *new_roles;
  GHashTable      *seen;            /* employee number → first line */
  GStringChunk    *seen_strings;
  char             today[16];
  EmbPeopleWriter *writer;          /* in the writing pass */
} RosterImport;

static void
dept_free (gpointer data)
{
  Dept *dept = data;

  g_free (dept->name);
  g_hash_table_unref (dept->roles);
  g_free (dept);
}

static void
role_free (gpointer data)
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
  g_hash_table_insert (loading->roster->employees,
                       g_string_chunk_insert (strings, row->employee_number), employee);
}

static gboolean
roster_load (EmbCsvMapper  *mapper,
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

/* Rows -------------------------------------------------------------------- */

/* Called when the writing pass meets something the checking pass did not:
 * the file changed in between. */
static void
file_changed (RosterImport *roster,
              guint         line)
{
  _emb_csv_add_problem (roster->parent.problems, line, NULL,
                        _("The file changed while it was being imported."));
}

static Dept *
find_dept (RosterImport *roster,
           const char   *name,
           int           office,
           guint         line)
{
  g_autofree char *key = _emb_csv_fold_key (name);
  Dept *dept = g_hash_table_lookup (roster->departments, *key != '\0' ? key : name);

  if (dept != NULL)
    return dept;
  if (roster->parent.writing)
    {
      file_changed (roster, line);
      return NULL;
    }
  return add_dept (roster, 0, name, office >= 0 ? office : EMB_OFFICE_FRONT, TRUE);
}

static Role *
find_role (RosterImport *roster,
           Dept         *dept,
           const char   *name,
           int           office,
           guint         line)
{
  g_autofree char *key = _emb_csv_fold_key (name);
  Role *role = g_hash_table_lookup (dept->roles, *key != '\0' ? key : name);

  if (role != NULL)
    return role;
  if (roster->parent.writing)
    {
      file_changed (roster, line);
      return NULL;
    }
  /* A new role is front office unless the file says otherwise, or its
   * department is back office. */
  return add_role (roster, dept, 0, name, office >= 0 ? (EmbOffice)office : dept->office, TRUE);
}

/* A role named without a department: the one role of that name that
 * existed before the import (so that both passes agree). */
static Role *
find_only_role (RosterImport *roster,
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

/* -1 (not given), 0 (inactive) or 1 (active); -2 after a problem. */
static int
read_status (EmbCsvMapper *mapper,
             guint         line,
             EmbCsvField   field,
             const char   *value)
{
  int active;

  if (value == NULL)
    return -1;

  active = _emb_csv_parse_status (value, field == EMB_CSV_FIELD_TERMINATED);
  if (active >= 0)
    return active;
  _emb_csv_mapper_problem (mapper, line, field,
                           _("“%s” is not an employment status; write Active or Inactive "
                             "(or yes or no)."),
                           value);
  return -2;
}

/* -1 (not given), or an EmbOffice; -2 after a problem. */
static int
read_office (EmbCsvMapper *mapper,
             guint         line,
             const char   *value)
{
  const EmbCsvColumns *columns = mapper->columns;
  int column = columns->column_of[EMB_CSV_FIELD_OFFICE];
  int office;

  if (value == NULL)
    return -1;

  office = _emb_csv_parse_office (value, column >= 0 ? columns->columns[column].variant
                                                     : EMB_CSV_OFFICE_WORDS);
  if (office >= 0)
    return office;
  _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_OFFICE,
                           _("“%s” does not say front office or back office."), value);
  return -2;
}

/* YYYY-MM-DD */
static gboolean
read_date (EmbCsvMapper *mapper,
           guint         line,
           EmbCsvField   field,
           const char   *value,
           char          date[16])
{
  EmbCsvDateTime dt;

  if (!_emb_csv_mapper_read_date (mapper, line, field, value, &dt))
    return FALSE;
  _emb_csv_format_date (&dt, date);
  return TRUE;
}

static gboolean
roster_row (EmbCsvMapper  *mapper,
            guint          line,
            char         **values,
            GError       **error)
{
  RosterImport *roster = (RosterImport *)mapper;
  const char *number = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_EMPLOYEE_NUMBER);
  const char *email = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_EMAIL);
  const char *site = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_SITE);
  const char *value;
  g_autofree char *joined = NULL;
  const char *name = NULL;
  EmbCsvField name_field = EMB_CSV_FIELD_NAME;
  gboolean has_name;
  char hire_buffer[16];
  const char *hire_date = NULL;
  int active = -1;
  int office;
  Dept *dept = NULL;
  Role *role = NULL;
  Employee *existing = NULL;
  gpointer first_line;
  gboolean ok = TRUE;
  const char *f_name, *f_email, *f_site, *f_hire;
  Dept *f_dept;
  Role *f_role;
  gboolean f_active;

  if (!_emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_EMPLOYEE_NUMBER, number, TRUE,
                                   EMB_MAX_SHORT))
    return TRUE;

  if (g_hash_table_lookup_extended (roster->seen, number, NULL, &first_line))
    {
      _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_EMPLOYEE_NUMBER,
                               _("The employee number “%s” is already on line %u; each "
                                 "employee may appear only once."),
                               number, GPOINTER_TO_UINT (first_line));
      return TRUE;
    }
  g_hash_table_insert (roster->seen, g_string_chunk_insert (roster->seen_strings, number),
                       GUINT_TO_POINTER (line));

  if (roster->employees != NULL)
    existing = g_hash_table_lookup (roster->employees, number);

  /* The name, whole or in parts. */
  has_name = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_NAME) ||
             _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_FIRST_NAME) ||
             _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_LAST_NAME);
  name = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_NAME);
  if (name == NULL && (_emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_FIRST_NAME) ||
                       _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_LAST_NAME)))
    {
      const char *first = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_FIRST_NAME);
      const char *last = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_LAST_NAME);

      joined = g_strjoin (first != NULL && last != NULL ? " " : "",
                          first != NULL ? first : "", last != NULL ? last : "", NULL);
      name = joined;
      if (!_emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_NAME))
        name_field = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_FIRST_NAME)
                     ? EMB_CSV_FIELD_FIRST_NAME : EMB_CSV_FIELD_LAST_NAME;
    }
  if (has_name)
    ok &= _emb_csv_mapper_check_text (mapper, line, name_field, name, TRUE, EMB_MAX_NAME);
  else if (existing == NULL)
    {
      _emb_csv_add_problem (mapper->problems, line, NULL,
                            _("The employee “%s” is new, and the file gives no name for them."),
                            number);
      ok = FALSE;
    }

  if (_emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_EMAIL))
    {
      g_autoptr(GError) local_error = NULL;

      if (!_emb_validate_email (email, "email", mapper->columns->labels[EMB_CSV_FIELD_EMAIL],
                                &local_error))
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_EMAIL, "%s", local_error->message);
          ok = FALSE;
        }
    }

  if (_emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_SITE))
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_SITE, site, FALSE,
                                      EMB_MAX_NAME);

  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_HIRE_DATE);
  if (value != NULL)
    {
      if (read_date (mapper, line, EMB_CSV_FIELD_HIRE_DATE, value, hire_buffer))
        hire_date = hire_buffer;
      else
        ok = FALSE;
    }

  active = read_status (mapper, line, EMB_CSV_FIELD_STATUS,
                        _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_STATUS));
  if (active == -2)
    ok = FALSE;
  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_TERMINATED);
  if (value != NULL)
    {
      int terminated = read_status (mapper, line, EMB_CSV_FIELD_TERMINATED, value);

      if (terminated == -2)
        ok = FALSE;
      else if (terminated == 0 || active == -1)
        active = terminated;
    }
  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_TERMINATION_DATE);
  if (value != NULL)
    {
      char date[16];

      if (!read_date (mapper, line, EMB_CSV_FIELD_TERMINATION_DATE, value, date))
        ok = FALSE;
      else if (strcmp (date, roster->today) <= 0)
        active = 0;
    }

  office = read_office (mapper, line, _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_OFFICE));
  if (office == -2)
    ok = FALSE;

  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_DEPARTMENT);
  if (value != NULL)
    {
      if (_emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_DEPARTMENT, value, TRUE,
                                      EMB_MAX_NAME))
        {
          dept = find_dept (roster, value, office, line);
          ok &= dept != NULL;
        }
      else
        ok = FALSE;
    }

  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_ROLE);
  if (value != NULL)
    {
      if (!_emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_ROLE, value, TRUE,
                                       EMB_MAX_NAME))
        ok = FALSE;
      else
        {
          Dept *in = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_DEPARTMENT) ? dept
                     : existing != NULL ? existing->dept : NULL;

          if (in != NULL)
            {
              role = find_role (roster, in, value, office, line);
              ok &= role != NULL;
            }
          else if (ok && (role = find_only_role (roster, value)) == NULL)
            {
              _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_ROLE,
                                       _("The role “%s” needs a department: give one in the "
                                         "department column."),
                                       value);
              ok = FALSE;
            }
        }
    }

  if (!ok)
    return TRUE;

  /* What the employee will be: a column the file lacks keeps its value. */
  f_name = has_name ? name : existing->name;
  f_email = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_EMAIL) ? (email != NULL ? email : "")
            : existing != NULL ? existing->email : "";
  f_site = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_SITE) ? (site != NULL ? site : "")
           : existing != NULL ? existing->site : "";
  f_hire = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_HIRE_DATE) ? hire_date
           : existing != NULL ? existing->hire_date : NULL;
  f_dept = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_DEPARTMENT) ? dept
           : existing != NULL ? existing->dept : NULL;
  f_role = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_ROLE) ? role
           : existing != NULL ? existing->role : NULL;
  if (f_role != NULL && f_dept != NULL && f_role->dept != f_dept)
    f_role = NULL;   /* moved to another department, out of the old role */
  if (f_role != NULL && f_dept == NULL)
    f_dept = f_role->dept;
  f_active = active >= 0 ? active != 0 : existing != NULL ? existing->active : TRUE;

  if (existing != NULL &&
      g_strcmp0 (f_name, existing->name) == 0 &&
      g_strcmp0 (f_email, existing->email) == 0 &&
      g_strcmp0 (f_site, existing->site) == 0 &&
      g_strcmp0 (f_hire, existing->hire_date) == 0 &&
      f_dept == existing->dept && f_role == existing->role &&
      f_active == existing->active)
    {
      mapper->skipped++;
      return TRUE;
    }

  if (mapper->writing)
    {
      EmbEmployeeRow employee = {
        .id = existing != NULL ? existing->id : 0,
        .employee_number = number,
        .name = f_name,
        .email = f_email,
        .site = f_site,
        .hire_date = f_hire,
        .role_id = f_role != NULL ? f_role->id : 0,
        .department_id = f_dept != NULL ? f_dept->id : 0,
        .active = f_active,
      };

      if (!_emb_people_store_import_employee (roster->writer, &employee, error))
        return FALSE;
    }

  if (existing != NULL)
    mapper->updated++;
  else
    mapper->added++;
  return TRUE;
}

/* The passes ---------------------------------------------------------------- */

static void
roster_start_pass (EmbCsvMapper *mapper)
{
  RosterImport *roster = (RosterImport *)mapper;

  g_clear_pointer (&roster->seen, g_hash_table_unref);
  g_string_chunk_clear (roster->seen_strings);
  roster->seen = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Writes the new departments and roles first, for the employees. */
static gboolean
roster_begin_write (EmbCsvMapper  *mapper,
                    GError       **error)
{
  RosterImport *roster = (RosterImport *)mapper;

  /* The checking pass counted the new employees. */
  roster->writer = _emb_people_store_begin_import (mapper->db, mapper->added, error);
  if (roster->writer == NULL)
    return FALSE;

  for (guint i = 0; i < roster->new_depts->len; i++)
    {
      Dept *dept = g_ptr_array_index (roster->new_depts, i);

      if (!_emb_people_store_import_department (roster->writer, dept->name, dept->office,
                                                &dept->id, error))
        return FALSE;
    }

  for (guint i = 0; i < roster->new_roles->len; i++)
    {
      Role *role = g_ptr_array_index (roster->new_roles, i);

      if (!_emb_people_store_import_role (roster->writer, role->dept->id, role->name,
                                          role->office, &role->id, error))
        return FALSE;
    }

  return TRUE;
}

static void
roster_end_write (EmbCsvMapper *mapper)
{
  RosterImport *roster = (RosterImport *)mapper;

  g_clear_pointer (&roster->writer, _emb_people_store_end_import);
}

static gboolean
roster_finish_write (EmbCsvMapper  *mapper,
                     GError       **error)
{
  RosterImport *roster = (RosterImport *)mapper;

  return _emb_people_store_finish_import (roster->writer, error);
}

static void
roster_count (EmbCsvMapper    *mapper,
              EmbImportReport *report)
{
  RosterImport *roster = (RosterImport *)mapper;

  emb_import_report_count (report, "employee", mapper->added, mapper->updated, mapper->skipped);
  emb_import_report_count (report, "department", roster->new_depts->len, 0, 0);
  emb_import_report_count (report, "role", roster->new_roles->len, 0, 0);
}

static void
roster_free (EmbCsvMapper *mapper)
{
  RosterImport *roster = (RosterImport *)mapper;

  g_clear_pointer (&roster->writer, _emb_people_store_end_import);
  g_clear_pointer (&roster->employees, g_hash_table_unref);
  g_string_chunk_free (roster->strings);
  g_string_chunk_free (roster->seen_strings);
  g_hash_table_unref (roster->departments);
  g_hash_table_unref (roster->roles_by_name);
  g_ptr_array_unref (roster->new_depts);
  g_ptr_array_unref (roster->new_roles);
  g_ptr_array_unref (roster->all_roles);
  g_ptr_array_unref (roster->all_depts);
  g_clear_pointer (&roster->seen, g_hash_table_unref);
  g_free (roster);
}

static const EmbCsvMapperClass roster_class = {
  .load = roster_load,
  .start_pass = roster_start_pass,
  .row = roster_row,
  .begin_write = roster_begin_write,
  .end_write = roster_end_write,
  .finish_write = roster_finish_write,
  .count = roster_count,
  .free = roster_free,
};

/**
 * _emb_roster_import_new:
 * @db: (nullable): the database, or %NULL to check the rows alone
 * @columns: the columns of the file, which must outlive the mapper
 * @problems: where problems go
 *
 * Returns: (transfer full): the mapper of a roster
 */
EmbCsvMapper *
_emb_roster_import_new (EmbDatabase         *db,
                        const EmbCsvColumns *columns,
                        EmbCsvProblems      *problems)
{
  RosterImport *roster = g_new0 (RosterImport, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  _emb_csv_mapper_init (&roster->parent, &roster_class, db, columns, problems);
  roster->strings = g_string_chunk_new (64 * 1024);
  roster->seen_strings = g_string_chunk_new (64 * 1024);
  roster->all_depts = g_ptr_array_new_with_free_func (dept_free);
  roster->all_roles = g_ptr_array_new_with_free_func (role_free);
  roster->departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  roster->roles_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify)g_ptr_array_unref);
  roster->new_depts = g_ptr_array_new ();
  roster->new_roles = g_ptr_array_new ();
  g_snprintf (roster->today, sizeof roster->today, "%04d-%02d-%02d",
              g_date_time_get_year (now), g_date_time_get_month (now),
              g_date_time_get_day_of_month (now));
  return &roster->parent;
}
