/* emb-roster-resolve.c: what each employee of a roster comes to
 *
 * Once every row is read and merged into its record, each record is
 * resolved: its name (whole or in parts), whether it is active or on leave,
 * its department and role (created when new), and whether it adds, updates
 * or leaves an employee as it is. A problem of a record refuses all its
 * rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-roster-private.h"
#include "emb-validate-private.h"

/* Cells ------------------------------------------------------------------ */

/* The date in a cell checked already, in the order of its column. */
gboolean
_emb_roster_cell_date (EmbCsvMapper   *mapper,
                       EmbCsvField     field,
                       const char     *value,
                       EmbCsvDateTime *dt)
{
  EmbDateOrder order = mapper->dates != NULL ? mapper->dates->columns[field].order
                                             : EMB_DATE_ORDER_DMY;

  return _emb_csv_parse_date_time (value, order, dt);
}

/* The status of a cell: -1 when it is none, else 0 or 1 and *@on_leave. */
int
_emb_roster_cell_status (EmbCsvField  field,
                         const char  *value,
                         gboolean    *on_leave)
{
  return _emb_csv_parse_status (value, field == EMB_CSV_FIELD_TERMINATED, on_leave);
}

int
_emb_roster_cell_office (EmbCsvMapper *mapper,
                         const char   *value)
{
  const EmbCsvColumns *columns = mapper->columns;
  int column = columns->column_of[EMB_CSV_FIELD_OFFICE];

  return _emb_csv_parse_office (value, column >= 0 ? columns->columns[column].variant
                                                   : EMB_CSV_OFFICE_WORDS);
}

/* Resolving the records --------------------------------------------------- */

/* A problem of a whole record, on @line: refuses all its rows. */
static void
record_problem (EmbCsvMapper *mapper,
                Record       *record,
                guint         line,
                EmbCsvField   field,
                const char   *message)
{
  guint row_line = mapper->problems->row_line;

  mapper->problems->row_line = line;
  if (field == EMB_CSV_FIELD_NONE)
    _emb_csv_add_problem (mapper->problems, line, NULL, "%s", message);
  else
    _emb_csv_mapper_problem (mapper, line, field, "%s", message);
  mapper->problems->row_line = row_line;
  record->refused = TRUE;
}

/* Refuses the rows of a refused record that have no problem of their own. */
static void
refuse_record (EmbCsvMapper *mapper,
               Record       *record)
{
  g_autofree char *reason = NULL;
  guint first = record->line;

  if (!_emb_csv_problems_is_refused (mapper->problems, first))
    for (guint i = 0; record->more_lines != NULL && i < record->more_lines->len; i++)
      if (_emb_csv_problems_is_refused (mapper->problems,
                                        g_array_index (record->more_lines, guint, i)))
        {
          first = g_array_index (record->more_lines, guint, i);
          break;
        }

  reason = g_strdup_printf (_("Another row of the employee “%s” (line %u) has a problem."),
                            record->number, first);
  _emb_csv_problems_refuse_line (mapper->problems, record->line, reason);
  for (guint i = 0; record->more_lines != NULL && i < record->more_lines->len; i++)
    _emb_csv_problems_refuse_line (mapper->problems,
                                   g_array_index (record->more_lines, guint, i), reason);
}

/* Whether and how the record's name is given: FALSE after a problem. */
static gboolean
resolve_name (EmbCsvMapper *mapper,
              Record       *record,
              gboolean     *has_name)
{
  RosterImport *roster = (RosterImport *)mapper;
  const char *first = record->cells[EMB_CSV_FIELD_FIRST_NAME];
  const char *last = record->cells[EMB_CSV_FIELD_LAST_NAME];
  EmbCsvField field = EMB_CSV_FIELD_NAME;
  g_autofree char *joined = NULL;
  const char *name = record->cells[EMB_CSV_FIELD_NAME];

  *has_name = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_NAME) ||
              _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_FIRST_NAME) ||
              _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_LAST_NAME);
  if (!*has_name)
    {
      if (record->existing != NULL)
        return TRUE;
      record_problem (mapper, record, record->line, EMB_CSV_FIELD_NONE,
                      _("The employee is new, and the file gives no name for them."));
      return FALSE;
    }

  if (name == NULL && (first != NULL || last != NULL))
    {
      joined = g_strjoin (first != NULL && last != NULL ? " " : "",
                          first != NULL ? first : "", last != NULL ? last : "", NULL);
      name = g_string_chunk_insert_const (roster->record_strings, joined);
    }
  if (!_emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_NAME))
    field = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_FIRST_NAME)
            ? EMB_CSV_FIELD_FIRST_NAME : EMB_CSV_FIELD_LAST_NAME;

  if (name == NULL || g_utf8_strlen (name, -1) > EMB_MAX_NAME)
    {
      g_autoptr(GError) error = NULL;

      _emb_validate_text (name, TRUE, EMB_MAX_NAME, _emb_csv_field_name (field),
                          mapper->columns->labels[field], &error);
      record_problem (mapper, record, record->line, field, error->message);
      return FALSE;
    }
  record->name = name;
  return TRUE;
}

/* Active and on leave, from the status, the terminated flag and the
 * termination date. */
static void
resolve_status (EmbCsvMapper *mapper,
                Record       *record)
{
  RosterImport *roster = (RosterImport *)mapper;
  const char *value;
  gboolean on_leave = FALSE;
  int active = -1;

  value = record->cells[EMB_CSV_FIELD_STATUS];
  if (value != NULL)
    active = _emb_roster_cell_status (EMB_CSV_FIELD_STATUS, value, &on_leave);

  value = record->cells[EMB_CSV_FIELD_TERMINATED];
  if (value != NULL)
    {
      gboolean leave;
      int terminated = _emb_roster_cell_status (EMB_CSV_FIELD_TERMINATED, value, &leave);

      if (terminated == 0 || active == -1)
        {
          active = terminated;
          on_leave = leave;
        }
    }

  value = record->cells[EMB_CSV_FIELD_TERMINATION_DATE];
  if (value != NULL)
    {
      EmbCsvDateTime dt;
      char date[16];

      if (_emb_roster_cell_date (mapper, EMB_CSV_FIELD_TERMINATION_DATE, value, &dt))
        {
          _emb_csv_format_date (&dt, date);
          if (strcmp (date, roster->today) <= 0)
            active = 0;
        }
    }

  if (active >= 0)
    {
      record->active = active != 0;
      record->on_leave = record->active && on_leave;
    }
  else if (record->existing != NULL)
    {
      record->active = record->existing->active;
      record->on_leave = record->existing->on_leave;
    }
  else
    {
      record->active = TRUE;
      record->on_leave = FALSE;
    }
}

/* The department and role: FALSE after a problem. */
static gboolean
resolve_unit (EmbCsvMapper *mapper,
              Record       *record)
{
  RosterImport *roster = (RosterImport *)mapper;
  Employee *existing = record->existing;
  const char *office_text = record->cells[EMB_CSV_FIELD_OFFICE];
  const char *dept_name = record->cells[EMB_CSV_FIELD_DEPARTMENT];
  const char *role_name = record->cells[EMB_CSV_FIELD_ROLE];
  int office = office_text != NULL ? _emb_roster_cell_office (mapper, office_text) : -1;
  gboolean has_dept = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_DEPARTMENT);
  Dept *dept = NULL;
  Role *role = NULL;

  if (dept_name != NULL)
    dept = _emb_roster_find_dept (roster, dept_name, office);

  if (role_name != NULL)
    {
      Dept *in = has_dept ? dept : existing != NULL ? existing->dept : NULL;

      if (in != NULL)
        role = _emb_roster_find_role (roster, in, role_name, office);
      else if ((role = _emb_roster_find_only_role (roster, role_name)) == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("The role “%s” needs a department: give one in the department "
                               "column."),
                             role_name);

          record_problem (mapper, record, record->lines[EMB_CSV_FIELD_ROLE],
                          EMB_CSV_FIELD_ROLE, message);
          return FALSE;
        }
    }

  /* A column the file lacks keeps the value. */
  record->dept = has_dept ? dept : existing != NULL ? existing->dept : NULL;
  record->role = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_ROLE) ? role
                 : existing != NULL ? existing->role : NULL;
  if (record->role != NULL && record->dept != NULL && record->role->dept != record->dept)
    record->role = NULL;   /* moved to another department, out of the old role */
  if (record->role != NULL && record->dept == NULL)
    record->dept = record->role->dept;
  return TRUE;
}

static void
resolve_record (EmbCsvMapper *mapper,
                Record       *record)
{
  RosterImport *roster = (RosterImport *)mapper;
  Employee *existing = NULL;
  const char *value;
  gboolean has_name;

  if (roster->employees != NULL)
    existing = g_hash_table_lookup (roster->employees, record->number);
  record->existing = existing;

  if (!resolve_name (mapper, record, &has_name) || !resolve_unit (mapper, record))
    return;
  if (!has_name)
    record->name = existing->name;

  value = record->cells[EMB_CSV_FIELD_EMAIL];
  record->email = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_EMAIL) ? (value ? value : "")
                  : existing != NULL ? existing->email : "";
  value = record->cells[EMB_CSV_FIELD_SITE];
  record->site = _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_SITE) ? (value ? value : "")
                 : existing != NULL ? existing->site : "";

  value = record->cells[EMB_CSV_FIELD_HIRE_DATE];
  if (!_emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_HIRE_DATE))
    record->hire_date = existing != NULL ? existing->hire_date : NULL;
  else if (value != NULL)
    {
      EmbCsvDateTime dt;

      if (_emb_roster_cell_date (mapper, EMB_CSV_FIELD_HIRE_DATE, value, &dt))
        {
          _emb_csv_format_date (&dt, record->hire_buffer);
          record->hire_date = record->hire_buffer;
        }
    }

  resolve_status (mapper, record);

  if (existing == NULL)
    record->action = ACTION_ADD;
  else if (g_strcmp0 (record->name, existing->name) == 0 &&
           g_strcmp0 (record->email, existing->email) == 0 &&
           g_strcmp0 (record->site, existing->site) == 0 &&
           g_strcmp0 (record->hire_date, existing->hire_date) == 0 &&
           record->dept == existing->dept && record->role == existing->role &&
           record->active == existing->active && record->on_leave == existing->on_leave)
    record->action = ACTION_SKIP;
  else
    record->action = ACTION_UPDATE;
}

/* After the checking pass: what each employee of the file resolves to. */
void
_emb_roster_resolve (EmbCsvMapper *mapper)
{
  RosterImport *roster = (RosterImport *)mapper;

  mapper->added = mapper->updated = mapper->skipped = 0;
  for (guint i = 0; i < roster->order->len; i++)
    {
      Record *record = g_ptr_array_index (roster->order, i);

      if (!record->refused)
        resolve_record (mapper, record);
      if (record->refused)
        {
          refuse_record (mapper, record);
          continue;
        }

      switch (record->action)
        {
        case ACTION_ADD:
          mapper->added++;
          break;
        case ACTION_UPDATE:
          mapper->updated++;
          break;
        case ACTION_SKIP:
        default:
          mapper->skipped++;
          break;
        }
    }
}
