/* emb-csv-columns.c: which column of a CSV file holds which field, and
 * the cells of a row
 *
 * The mapping of the options decides first, then the headers (see
 * emb-csv-headers.c); one column per field. The second half holds what the
 * roster and feedback mappers share: the cell of a field, and the problems
 * of a cell, named after its column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-validate-private.h"

void
_emb_csv_columns_init (EmbCsvColumns *columns)
{
  memset (columns, 0, sizeof *columns);
  columns->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < EMB_CSV_N_FIELDS; i++)
    {
      columns->column_of[i] = -1;
      columns->labels[i] = i > 0 ? emb_csv_import_field_label (_emb_csv_field_name (i)) : NULL;
    }
}

void
_emb_csv_columns_clear (EmbCsvColumns *columns)
{
  g_clear_pointer (&columns->headers, g_strfreev);
  g_clear_pointer (&columns->columns, g_free);
  for (guint i = 0; i < EMB_CSV_N_FIELDS; i++)
    {
      g_clear_pointer (&columns->defaults[i], g_free);
      g_clear_pointer (&columns->default_keys[i], g_free);
    }
  g_clear_pointer (&columns->mapping, g_hash_table_unref);
}

/* Choosing the columns ----------------------------------------------------- */

/* A mapping value: a field name, "score:<scale>", or "" to ignore. */
static gboolean
parse_mapping_value (EmbCsvColumns *columns,
                     const char    *value,
                     EmbCsvField   *field,
                     int           *variant)
{
  *field = EMB_CSV_FIELD_NONE;
  *variant = 0;

  if (value == NULL || *value == '\0' || g_str_equal (value, "ignore"))
    return TRUE;

  if (g_str_has_prefix (value, "score:"))
    {
      EmbScoreType type = _emb_csv_parse_score_type (value + strlen ("score:"));

      if (type == EMB_SCORE_TYPE_NONE || columns->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV)
        return FALSE;
      *field = EMB_CSV_FIELD_SCORE;
      *variant = type;
      return TRUE;
    }

  *field = _emb_csv_field_from_name (value);
  return *field != EMB_CSV_FIELD_NONE && _emb_csv_field_in_format (*field, columns->format);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The mapping's keys, sorted, so that problems come in a stable order. */
GPtrArray *
_emb_csv_mapping_keys (GHashTable *mapping)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  if (mapping != NULL)
    {
      g_hash_table_iter_init (&iter, mapping);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (keys, key);
    }
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

/* Reads the mapping of the options: the fields it gives columns, and the
 * defaults; problems go to @problems. */
void
_emb_csv_columns_read_mapping (EmbCsvColumns  *columns,
                               GHashTable     *mapping,
                               EmbCsvProblems *problems)
{
  g_autoptr(GPtrArray) keys = _emb_csv_mapping_keys (mapping);
  g_autoptr(GString) fields = g_string_new (NULL);

  for (const char * const *f = emb_csv_import_list_fields (columns->format); *f != NULL; f++)
    {
      if (fields->len > 0)
        g_string_append (fields, ", ");
      g_string_append (fields, *f);
    }

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *value = g_hash_table_lookup (mapping, key);

      if (g_str_has_prefix (key, "touchpoint:"))
        continue;   /* read with the touchpoints */

      if (g_str_has_prefix (key, "default:"))
        {
          EmbCsvField field = _emb_csv_field_from_name (key + strlen ("default:"));
          g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));

          if (!_emb_csv_field_in_format (field, columns->format))
            {
              _emb_csv_add_problem (problems, 0, key,
                                    _("“%s” is not a field of this kind of file; the fields "
                                      "are: %s."),
                                    key + strlen ("default:"), fields->str);
              continue;
            }
          g_clear_pointer (&columns->defaults[field], g_free);
          if (*text != '\0')
            {
              columns->defaults[field] = g_steal_pointer (&text);
              g_free (columns->default_keys[field]);
              columns->default_keys[field] = g_strdup (key);
            }
          continue;
        }

      {
        EmbCsvField field;
        int variant;

        if (!parse_mapping_value (columns, value, &field, &variant))
          {
            _emb_csv_add_problem (problems, 0, key,
                                  _("“%s” is not a field of this kind of file; the fields are: "
                                    "%s."),
                                  value, fields->str);
            continue;
          }
        g_hash_table_replace (columns->mapping, _emb_csv_fold_header (key),
                              g_strdup (value != NULL ? value : ""));
      }
    }
}

/* Whether every value of a column in the first rows is a kind of feedback. */
static gboolean
column_holds_kinds (EmbCsvColumns *columns,
                    GPtrArray     *sniffed,
                    guint          column)
{
  guint n_kinds = 0;

  for (guint i = 1; i < sniffed->len; i++)
    {
      EmbCsvPreviewRow *row = g_ptr_array_index (sniffed, i);

      if (column >= row->n_values || *row->values[column] == '\0' ||
          row->line == columns->skip_line)
        continue;
      if (_emb_csv_lookup_word (EMB_CSV_WORDS_KIND, row->values[column]) < 0)
        return FALSE;
      n_kinds++;
    }
  return n_kinds > 0;
}

/* The second header row of a SurveyMonkey export ("Response",
 * "Open-Ended Response", …) is passed over. */
static void
find_second_header (EmbCsvColumns *columns,
                    GPtrArray     *sniffed)
{
  EmbCsvPreviewRow *row;
  guint n_words = 0;

  if (columns->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV || sniffed->len < 2)
    return;

  row = g_ptr_array_index (sniffed, 1);
  for (guint i = 0; i < row->n_values; i++)
    {
      if (*row->values[i] == '\0')
        continue;
      if (_emb_csv_lookup_word (EMB_CSV_WORDS_SUBHEADER, row->values[i]) < 0)
        return;
      n_words++;
    }
  if (n_words > 0)
    columns->skip_line = row->line;
}

/* A column the mapping names. */
static void
map_column (EmbCsvColumns *columns,
            EmbCsvColumn  *column,
            const char    *value)
{
  EmbCsvField field;
  int variant;

  /* A value the mapping cannot use was reported already. */
  if (parse_mapping_value (columns, value, &field, &variant))
    {
      column->field = field;
      column->variant = variant;
    }
}

/* Chooses the field of each column from the header (the first of
 * @sniffed), by the mapping or by the headers it recognises. */
void
_emb_csv_columns_choose (EmbCsvColumns *columns,
                         GHashTable    *mapping,
                         GPtrArray     *sniffed)
{
  EmbCsvPreviewRow *header = g_ptr_array_index (sniffed, 0);

  columns->header_line = header->line;
  columns->n_columns = header->n_values;
  columns->headers = g_strdupv (header->values);
  columns->columns = g_new0 (EmbCsvColumn, columns->n_columns);

  if (columns->format != EMB_IMPORT_FORMAT_ROSTER_CSV &&
      columns->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    return;

  find_second_header (columns, sniffed);

  for (guint i = 0; i < columns->n_columns; i++)
    {
      const char *name = columns->headers[i];
      EmbCsvColumn *column = &columns->columns[i];
      EmbCsvField field;

      if (mapping != NULL)
        {
          g_autofree char *key = NULL;
          gpointer value;

          if (g_hash_table_lookup_extended (mapping, name, NULL, &value))
            {
              map_column (columns, column, value);
              continue;
            }
          key = _emb_csv_fold_header (name);
          if (g_hash_table_lookup_extended (columns->mapping, key, NULL, &value))
            {
              map_column (columns, column, value);
              continue;
            }
        }

      field = _emb_csv_match_header (columns->format, name, &column->variant, &column->rank);
      if (field == EMB_CSV_FIELD_NONE)
        continue;

      column->field = field;

      if (column->field == EMB_CSV_FIELD_CATEGORY || column->field == EMB_CSV_FIELD_MAYBE_KIND)
        {
          if (column_holds_kinds (columns, sniffed, i))
            column->field = EMB_CSV_FIELD_KIND;
          else
            column->field = column->field == EMB_CSV_FIELD_CATEGORY ? EMB_CSV_FIELD_TOUCHPOINT
                                                                    : EMB_CSV_FIELD_NONE;
          column->rank += 5000;
        }
    }

  /* One column per field: the mapping's, else the best-matching header,
   * else the first. */
  for (guint i = 0; i < columns->n_columns; i++)
    {
      EmbCsvColumn *column = &columns->columns[i];
      int other;

      if (column->field == EMB_CSV_FIELD_NONE || column->field >= EMB_CSV_N_FIELDS)
        {
          column->field = EMB_CSV_FIELD_NONE;
          continue;
        }

      other = columns->column_of[column->field];
      if (other < 0)
        columns->column_of[column->field] = i;
      else if (column->rank < columns->columns[other].rank)
        {
          columns->columns[other].field = EMB_CSV_FIELD_NONE;
          columns->column_of[column->field] = i;
        }
      else
        column->field = EMB_CSV_FIELD_NONE;
    }
}

gboolean
_emb_csv_columns_has_field (const EmbCsvColumns *columns,
                            EmbCsvField          field)
{
  return columns->column_of[field] >= 0 || columns->defaults[field] != NULL;
}

/* What a file of this kind needs. */
void
_emb_csv_columns_check (EmbCsvColumns  *columns,
                        GPtrArray      *sniffed,
                        EmbCsvProblems *problems)
{
  guint n_rows = 0;

  for (guint i = 1; i < sniffed->len; i++)
    if (((EmbCsvPreviewRow *)g_ptr_array_index (sniffed, i))->line != columns->skip_line)
      n_rows++;

  if (n_rows == 0)
    _emb_csv_add_problem (problems, columns->header_line, NULL,
                          _("The file has a header line but no rows to import."));

  if (columns->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    {
      if (columns->column_of[EMB_CSV_FIELD_EMPLOYEE_NUMBER] < 0)
        _emb_csv_add_problem (problems, columns->header_line, NULL,
                              _("No column holds the employee number; name the column "
                                "“Employee ID” or map it to “employee-number”."));
    }
  else if (columns->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    {
      if (!_emb_csv_columns_has_field (columns, EMB_CSV_FIELD_RECEIVED_AT))
        _emb_csv_add_problem (problems, columns->header_line, NULL,
                              _("No column holds the date the feedback was received; name "
                                "the column “Date” or map it to “received-at”."));
      if (!_emb_csv_columns_has_field (columns, EMB_CSV_FIELD_SCORE) &&
          !_emb_csv_columns_has_field (columns, EMB_CSV_FIELD_TEXT) &&
          !_emb_csv_columns_has_field (columns, EMB_CSV_FIELD_KIND))
        _emb_csv_add_problem (problems, columns->header_line, NULL,
                              _("No column holds a score, a comment or the kind of "
                                "feedback; name the columns “Score” and “Comment” or map "
                                "them."));
    }
  else
    _emb_csv_add_problem (problems, columns->header_line, NULL,
                          _("Cannot tell whether this is a roster of employees or customer "
                            "feedback; choose the kind of file."));
}

/* Cells ------------------------------------------------------------------- */

void
_emb_csv_mapper_init (EmbCsvMapper            *mapper,
                      const EmbCsvMapperClass *klass,
                      EmbDatabase             *db,
                      const EmbCsvColumns     *columns,
                      EmbCsvProblems          *problems)
{
  mapper->klass = klass;
  mapper->db = db != NULL ? g_object_ref (db) : NULL;
  mapper->columns = columns;
  mapper->problems = problems;
}

void
_emb_csv_mapper_free (EmbCsvMapper *mapper)
{
  if (mapper == NULL)
    return;

  g_clear_object (&mapper->db);
  mapper->klass->free (mapper);
}

/* Starts the checking or the writing pass over the rows. */
void
_emb_csv_mapper_start_pass (EmbCsvMapper *mapper,
                            gboolean      writing)
{
  mapper->writing = writing;
  mapper->added = mapper->updated = mapper->skipped = 0;
  mapper->klass->start_pass (mapper);
}

/* The value of @field in a row: its cell, or the mapping's default when the
 * cell is empty or the file has no such column; NULL when neither. */
const char *
_emb_csv_mapper_cell (EmbCsvMapper  *mapper,
                      char         **values,
                      EmbCsvField    field)
{
  int column = mapper->columns->column_of[field];

  if (column >= 0 && *values[column] != '\0')
    return values[column];
  return mapper->columns->defaults[field];
}

gboolean
_emb_csv_mapper_has_field (EmbCsvMapper *mapper,
                           EmbCsvField   field)
{
  return _emb_csv_columns_has_field (mapper->columns, field);
}

/* A problem of the value of @field, named after the column it came from:
 * its header, or the mapping's "default:<field>" key. */
void
_emb_csv_mapper_problem (EmbCsvMapper *mapper,
                         guint         line,
                         EmbCsvField   field,
                         const char   *format,
                         ...)
{
  const EmbCsvColumns *columns = mapper->columns;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _emb_csv_add_problem (mapper->problems, line,
                        columns->column_of[field] >= 0 ? columns->headers[columns->column_of[field]]
                                                       : columns->default_keys[field],
                        "%s", message);
}

gboolean
_emb_csv_mapper_check_text (EmbCsvMapper *mapper,
                            guint         line,
                            EmbCsvField   field,
                            const char   *value,
                            gboolean      required,
                            guint         max_chars)
{
  g_autoptr(GError) error = NULL;

  if (_emb_validate_text (value, required, max_chars, _emb_csv_field_name (field),
                          mapper->columns->labels[field], &error))
    return TRUE;
  _emb_csv_mapper_problem (mapper, line, field, "%s", error->message);
  return FALSE;
}
