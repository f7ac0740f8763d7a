/* emb-roster-import.c: employees, departments and roles from a roster
 *
 * The mapper of a roster (an HR export): each employee of the file adds an
 * employee or updates the one with the same number; departments and roles
 * named in the file are created when missing. The rules are in
 * emb-csv-import.h. It reads what the database holds once, through the
 * people store, and keeps it in memory, so that checking a row costs no
 * SQL and writing an employee one statement.
 *
 * HR systems repeat an employee on several rows (one per job, assignment
 * or benefit): the checking pass keeps each employee of the file as a
 * record whose cells merge those of its rows, where they agree or one is
 * blank; a conflict is a problem naming both lines. Once every row is
 * read, each record is resolved (the departments and roles it names, what
 * changes) and the writing pass writes the records, without reading the
 * file again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-roster-private.h"
#include "emb-validate-private.h"

static void
record_free (gpointer data)
{
  Record *record = data;

  g_clear_pointer (&record->more_lines, g_array_unref);
  g_free (record);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *ka = _emb_csv_fold_key (a);
  g_autofree char *kb = _emb_csv_fold_key (b);

  if (*ka == '\0' || *kb == '\0')
    return g_strcmp0 (a, b) == 0;
  return g_strcmp0 (ka, kb) == 0;
}

/* Whether two cells of @field say the same, as they are read. */
static gboolean
cells_agree (EmbCsvMapper *mapper,
             EmbCsvField   field,
             const char   *a,
             const char   *b)
{
  if (g_strcmp0 (a, b) == 0)
    return TRUE;

  switch (field)
    {
    case EMB_CSV_FIELD_DEPARTMENT:
    case EMB_CSV_FIELD_ROLE:
    case EMB_CSV_FIELD_SITE:
      return same_name (a, b);
    case EMB_CSV_FIELD_HIRE_DATE:
    case EMB_CSV_FIELD_TERMINATION_DATE:
      {
        EmbCsvDateTime da, db;

        return _emb_roster_cell_date (mapper, field, a, &da) && _emb_roster_cell_date (mapper, field, b, &db) &&
               da.year == db.year && da.month == db.month && da.day == db.day;
      }
    case EMB_CSV_FIELD_STATUS:
    case EMB_CSV_FIELD_TERMINATED:
      {
        gboolean la, lb;
        int sa = _emb_roster_cell_status (field, a, &la);
        int sb = _emb_roster_cell_status (field, b, &lb);

        return sa == sb && la == lb;
      }
    case EMB_CSV_FIELD_OFFICE:
      return _emb_roster_cell_office (mapper, a) == _emb_roster_cell_office (mapper, b);
    case EMB_CSV_FIELD_EMAIL:
    case EMB_CSV_FIELD_NAME:
    case EMB_CSV_FIELD_FIRST_NAME:
    case EMB_CSV_FIELD_LAST_NAME:
    default:
      return same_text (a, b);
    }
}

/* Rows -------------------------------------------------------------------- */

/* Checks the cells of a row on their own: FALSE after a problem. */
static gboolean
check_cells (EmbCsvMapper  *mapper,
             guint          line,
             char         **values)
{
  static const EmbCsvField texts[] = {
    EMB_CSV_FIELD_NAME, EMB_CSV_FIELD_FIRST_NAME, EMB_CSV_FIELD_LAST_NAME,
    EMB_CSV_FIELD_DEPARTMENT, EMB_CSV_FIELD_ROLE, EMB_CSV_FIELD_SITE,
  };
  static const EmbCsvField dates[] = {
    EMB_CSV_FIELD_HIRE_DATE, EMB_CSV_FIELD_TERMINATION_DATE,
  };
  static const EmbCsvField statuses[] = {
    EMB_CSV_FIELD_STATUS, EMB_CSV_FIELD_TERMINATED,
  };
  const char *value;
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      value = _emb_csv_mapper_cell (mapper, values, texts[i]);
      if (value != NULL)
        ok &= _emb_csv_mapper_check_text (mapper, line, texts[i], value, FALSE, EMB_MAX_NAME);
    }

  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_EMAIL);
  if (value != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!_emb_validate_email (value, "email", mapper->columns->labels[EMB_CSV_FIELD_EMAIL],
                                &local_error))
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_EMAIL, "%s", local_error->message);
          ok = FALSE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      EmbCsvDateTime dt;

      value = _emb_csv_mapper_cell (mapper, values, dates[i]);
      if (value != NULL)
        ok &= _emb_csv_mapper_read_date (mapper, line, dates[i], value, &dt);
    }

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      gboolean on_leave;

      value = _emb_csv_mapper_cell (mapper, values, statuses[i]);
      if (value != NULL && _emb_roster_cell_status (statuses[i], value, &on_leave) < 0)
        {
          _emb_csv_mapper_problem (mapper, line, statuses[i],
                                   _("“%s” is not an employment status this import reads. It "
                                     "reads statuses that say active (Active, Employed, "
                                     "Full-time…), on leave (Leave of absence, Parental leave, "
                                     "Urlop, Άδεια…) or gone (Terminated, Resigned, Retired, "
                                     "Deceased, Left, Zwolniony, Αποχώρηση…), and yes or no."),
                                   value);
          ok = FALSE;
        }
    }

  value = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_OFFICE);
  if (value != NULL && _emb_roster_cell_office (mapper, value) < 0)
    {
      _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_OFFICE,
                               _("“%s” does not say front office or back office."), value);
      ok = FALSE;
    }

  return ok;
}

/* A spreadsheet shows long numbers as 5.70306E+17, and saves them so. */
static gboolean
is_scientific (const char *number)
{
  const char *e = strpbrk (number, "Ee");

  return e != NULL && e > number && g_ascii_isdigit (e[-1]) && e[1] == '+' &&
         g_ascii_isdigit (e[2]) && strchr (number, '.') != NULL;
}

/* Merges the cells of a row into the record of its employee; a cell that
 * says otherwise than an earlier row is a problem. */
static gboolean
merge_cells (EmbCsvMapper  *mapper,
             Record        *record,
             guint          line,
             char         **values)
{
  RosterImport *roster = (RosterImport *)mapper;
  gboolean ok = TRUE;

  for (EmbCsvField f = EMB_CSV_FIELD_NAME; f < N_CELLS; f++)
    {
      const char *value = _emb_csv_mapper_cell (mapper, values, f);

      if (value == NULL)
        continue;
      if (record->cells[f] == NULL)
        {
          record->cells[f] = g_string_chunk_insert_const (roster->record_strings, value);
          record->lines[f] = line;
        }
      else if (!cells_agree (mapper, f, record->cells[f], value))
        {
          if (is_scientific (record->number))
            _emb_csv_mapper_problem (mapper, line, f,
                                     _("The employee number “%s” is also on line %u, with "
                                       "“%s” in this column where this line has “%s”. A "
                                       "spreadsheet may have shortened long numbers to this "
                                       "form: export the column as text."),
                                     record->number, record->lines[f], record->cells[f], value);
          else
            _emb_csv_mapper_problem (mapper, line, f,
                                     _("The employee “%s” is also on line %u, with “%s” in "
                                       "this column where this line has “%s”."),
                                     record->number, record->lines[f], record->cells[f], value);
          ok = FALSE;
        }
    }
  return ok;
}

static gboolean
roster_row (EmbCsvMapper  *mapper,
            guint          line,
            char         **values,
            GError       **error)
{
  RosterImport *roster = (RosterImport *)mapper;
  const char *number = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_EMPLOYEE_NUMBER);
  Record *record;
  gboolean ok;

  if (!_emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_EMPLOYEE_NUMBER, number, TRUE,
                                   EMB_MAX_SHORT))
    return TRUE;

  record = g_hash_table_lookup (roster->records, number);
  if (record == NULL)
    {
      record = g_new0 (Record, 1);
      record->number = g_string_chunk_insert_const (roster->record_strings, number);
      record->line = line;
      g_hash_table_insert (roster->records, (char *)record->number, record);
      g_ptr_array_add (roster->order, record);
    }
  else
    {
      if (record->more_lines == NULL)
        record->more_lines = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (record->more_lines, line);
    }

  ok = check_cells (mapper, line, values);
  if (ok)
    ok = merge_cells (mapper, record, line, values);
  if (!ok)
    record->refused = TRUE;
  return TRUE;
}

/* The passes ---------------------------------------------------------------- */

static void
roster_start_pass (EmbCsvMapper *mapper)
{
  RosterImport *roster = (RosterImport *)mapper;

  g_clear_pointer (&roster->records, g_hash_table_unref);
  g_clear_pointer (&roster->order, g_ptr_array_unref);
  g_string_chunk_clear (roster->record_strings);
  roster->records = g_hash_table_new (g_str_hash, g_str_equal);
  roster->order = g_ptr_array_new_with_free_func (record_free);
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

/* Writes the employees that the checking pass resolved. */
static gboolean
roster_write (EmbCsvMapper  *mapper,
              GError       **error)
{
  RosterImport *roster = (RosterImport *)mapper;

  for (guint i = 0; i < roster->order->len; i++)
    {
      Record *record = g_ptr_array_index (roster->order, i);
      EmbEmployeeRow employee = {
        .id = record->existing != NULL ? record->existing->id : 0,
        .employee_number = record->number,
        .name = record->name,
        .email = record->email,
        .site = record->site,
        .hire_date = record->hire_date,
        .role_id = record->role != NULL ? record->role->id : 0,
        .department_id = record->dept != NULL ? record->dept->id : 0,
        .active = record->active,
        .on_leave = record->on_leave,
      };

      if (i % 256 == 0 &&
          !_emb_csv_mapper_progress (mapper, (double)i / roster->order->len, error))
        return FALSE;
      if (record->refused || record->action == ACTION_SKIP)
        continue;
      if (!_emb_people_store_import_employee (roster->writer, &employee, error))
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
  g_clear_pointer (&roster->records, g_hash_table_unref);
  g_clear_pointer (&roster->order, g_ptr_array_unref);
  g_string_chunk_free (roster->strings);
  g_string_chunk_free (roster->record_strings);
  g_hash_table_unref (roster->departments);
  g_hash_table_unref (roster->roles_by_name);
  g_ptr_array_unref (roster->new_depts);
  g_ptr_array_unref (roster->new_roles);
  g_ptr_array_unref (roster->all_roles);
  g_ptr_array_unref (roster->all_depts);
  g_free (roster);
}

static const EmbCsvMapperClass roster_class = {
  .load = _emb_roster_load,
  .start_pass = roster_start_pass,
  .row = roster_row,
  .checked = _emb_roster_resolve,
  .begin_write = roster_begin_write,
  .write = roster_write,
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
  roster->record_strings = g_string_chunk_new (64 * 1024);
  roster->all_depts = g_ptr_array_new_with_free_func (_emb_roster_dept_free);
  roster->all_roles = g_ptr_array_new_with_free_func (_emb_roster_role_free);
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
