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
  columns->value_keys = g_ptr_array_new_with_free_func (g_free);
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
      g_clear_pointer (&columns->values[i], g_hash_table_unref);
    }
  g_clear_pointer (&columns->mapping, g_hash_table_unref);
  g_clear_pointer (&columns->value_keys, g_ptr_array_unref);
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

/* Value maps ------------------------------------------------------------- */

/* The fields whose values come from a small set: the values of their
 * columns are counted, and can be mapped. */
gboolean
_emb_csv_field_is_categorical (EmbCsvField field)
{
  switch (field)
    {
    case EMB_CSV_FIELD_DEPARTMENT:
    case EMB_CSV_FIELD_ROLE:
    case EMB_CSV_FIELD_OFFICE:
    case EMB_CSV_FIELD_SITE:
    case EMB_CSV_FIELD_STATUS:
    case EMB_CSV_FIELD_TERMINATED:
    case EMB_CSV_FIELD_SCORE_TYPE:
    case EMB_CSV_FIELD_KIND:
    case EMB_CSV_FIELD_CHANNEL:
    case EMB_CSV_FIELD_TOUCHPOINT:
    case EMB_CSV_FIELD_SOURCE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether @ours can stand for a value of @field (a touchpoint is checked
 * against the database by the feedback mapper). */
static gboolean
is_valid_value (EmbCsvField  field,
                const char  *ours)
{
  int score;
  gboolean on_leave;

  if (*ours == '\0')
    return TRUE;   /* read as an empty cell */

  switch (field)
    {
    case EMB_CSV_FIELD_STATUS:
    case EMB_CSV_FIELD_TERMINATED:
      return _emb_csv_parse_status (ours, field == EMB_CSV_FIELD_TERMINATED, &on_leave) >= 0;
    case EMB_CSV_FIELD_OFFICE:
      return _emb_csv_parse_office (ours, EMB_CSV_OFFICE_WORDS) >= 0;
    case EMB_CSV_FIELD_SCORE_TYPE:
      return _emb_csv_parse_score_type (ours) != EMB_SCORE_TYPE_NONE;
    case EMB_CSV_FIELD_KIND:
      return _emb_csv_lookup_word (EMB_CSV_WORDS_KIND, ours) >= 0;
    case EMB_CSV_FIELD_SCORE:
      return _emb_csv_parse_score (ours, &score);
    default:
      return g_utf8_strlen (ours, -1) <= EMB_MAX_SHORT;
    }
}

static void
add_value_map (EmbCsvColumns *columns,
               EmbCsvField    field,
               const char    *value,
               const char    *ours)
{
  if (columns->values[field] == NULL)
    columns->values[field] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (columns->values[field], _emb_csv_fold_key (value),
                        g_strstrip (g_strdup (ours != NULL ? ours : "")));
}

static void
invalid_value_problem (EmbCsvProblems *problems,
                       const char     *key,
                       EmbCsvField     field,
                       const char     *value,
                       const char     *ours)
{
  _emb_csv_add_problem (problems, 0, key,
                        _("The value map gives “%s” the value “%s”, which is no valid value "
                          "of the field “%s”."),
                        value, ours, emb_csv_import_field_label (_emb_csv_field_name (field)));
}

/* A key of the form "<field>:<value>" for a categorical field, or
 * "value:<column>:<value>" (kept until the header is read); FALSE for other
 * keys. */
static gboolean
read_value_key (EmbCsvColumns  *columns,
                const char     *key,
                const char     *ours,
                EmbCsvProblems *problems)
{
  const char *colon = strchr (key, ':');
  g_autofree char *name = NULL;
  EmbCsvField field;

  if (colon == NULL || colon == key)
    return FALSE;

  name = g_strndup (key, colon - key);
  if (g_str_equal (name, "value"))
    {
      /* pairs: the key, then the value */
      g_ptr_array_add (columns->value_keys, g_strdup (key));
      g_ptr_array_add (columns->value_keys, g_strdup (ours != NULL ? ours : ""));
      return TRUE;
    }

  field = _emb_csv_field_from_name (name);
  if (!_emb_csv_field_is_categorical (field) || !_emb_csv_field_in_format (field, columns->format))
    return FALSE;

  if (colon[1] == '\0')
    _emb_csv_add_problem (problems, 0, key, _("The value map names no value of the file."));
  else if (!is_valid_value (field, ours != NULL ? ours : ""))
    invalid_value_problem (problems, key, field, colon + 1, ours);
  else
    add_value_map (columns, field, colon + 1, ours);
  return TRUE;
}

/* The column a "value:<column>:<value>" key names: the longest header
 * followed by ":" (headers may hold colons), exactly or whatever the case
 * and accents; -1 when none. */
static int
find_value_column (EmbCsvColumns  *columns,
                   const char     *rest,
                   const char    **value)
{
  int best = -1;
  gsize best_length = 0;

  for (guint i = 0; i < columns->n_columns; i++)
    {
      const char *header = columns->headers[i];
      gsize length = strlen (header);

      if (length > best_length && strncmp (rest, header, length) == 0 && rest[length] == ':')
        {
          best = i;
          best_length = length;
        }
    }

  if (best < 0)
    for (const char *colon = strchr (rest, ':'); colon != NULL; colon = strchr (colon + 1, ':'))
      {
        g_autofree char *prefix = g_strndup (rest, colon - rest);
        g_autofree char *folded = _emb_csv_fold_header (prefix);

        for (guint i = 0; i < columns->n_columns && *folded != '\0'; i++)
          {
            g_autofree char *header = _emb_csv_fold_header (columns->headers[i]);

            if (g_str_equal (header, folded))
              {
                best = i;
                best_length = colon - rest;
              }
          }
      }

  if (best >= 0)
    *value = rest + best_length + 1;
  return best;
}

/* The "value:<column>:<value>" keys, once the columns are chosen. */
static void
read_column_values (EmbCsvColumns  *columns,
                    EmbCsvProblems *problems)
{
  for (guint i = 0; i + 1 < columns->value_keys->len; i += 2)
    {
      const char *key = g_ptr_array_index (columns->value_keys, i);
      const char *ours = g_ptr_array_index (columns->value_keys, i + 1);
      const char *value = NULL;
      int column = find_value_column (columns, key + strlen ("value:"), &value);
      EmbCsvField field;

      if (column < 0)
        {
          _emb_csv_add_problem (problems, columns->header_line, key,
                                _("The value map names a column the file does not have; "
                                  "write it as COLUMN:VALUE with the column’s header."));
          continue;
        }
      field = columns->columns[column].field;
      if (field == EMB_CSV_FIELD_NONE)
        {
          _emb_csv_add_problem (problems, columns->header_line, key,
                                _("The column “%s” is not imported, so its values cannot be "
                                  "mapped; map the column to a field first."),
                                columns->headers[column]);
          continue;
        }
      if (*value == '\0')
        _emb_csv_add_problem (problems, columns->header_line, key,
                              _("The value map names no value of the file."));
      else if (!is_valid_value (field, ours))
        invalid_value_problem (problems, key, field, value, ours);
      else
        add_value_map (columns, field, value, ours);
    }
}

/* Seen values ------------------------------------------------------------- */

/* Past this many different values a column is not categorical: its values
 * are no longer counted (a value map still applies). */
#define MAX_SEEN_VALUES 10000

typedef struct
{
  const char *mapped;     /* the value map's value (owned by the columns), or NULL */
  guint       count;      /* rows of the checking pass */
  gboolean    unknown;    /* a category the programme does not know */
} EmbCsvSeenValue;

/* The value of a cell after the value maps; NULL for a value mapped to "". */
static const char *
map_cell (EmbCsvMapper *mapper,
          EmbCsvField   field,
          const char   *raw)
{
  GHashTable *values = mapper->columns->values[field];
  EmbCsvSeenValue *seen;

  if (mapper->seen[field] == NULL)
    mapper->seen[field] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  seen = g_hash_table_lookup (mapper->seen[field], raw);
  if (seen == NULL)
    {
      const char *mapped = NULL;

      if (values != NULL)
        {
          g_autofree char *key = _emb_csv_fold_key (raw);

          mapped = g_hash_table_lookup (values, key);
        }
      if (g_hash_table_size (mapper->seen[field]) >= MAX_SEEN_VALUES)
        {
          mapper->seen_overflow[field] = TRUE;
          return mapped == NULL ? raw : *mapped != '\0' ? mapped : NULL;
        }
      seen = g_new0 (EmbCsvSeenValue, 1);
      seen->mapped = mapped;
      g_hash_table_insert (mapper->seen[field], g_strdup (raw), seen);
    }

  if (!mapper->writing)
    seen->count++;
  if (seen->mapped == NULL)
    return raw;
  return *seen->mapped != '\0' ? seen->mapped : NULL;
}

/* Marks @raw, a value of @field's column, as a category the programme does
 * not know. */
void
_emb_csv_mapper_mark_unknown (EmbCsvMapper *mapper,
                              EmbCsvField   field,
                              const char   *raw)
{
  EmbCsvSeenValue *seen = mapper->seen[field] != NULL
                          ? g_hash_table_lookup (mapper->seen[field], raw) : NULL;

  if (seen != NULL)
    seen->unknown = TRUE;
}

typedef struct
{
  const char      *raw;
  EmbCsvSeenValue *seen;
} SeenEntry;

static int
compare_seen (gconstpointer a,
              gconstpointer b)
{
  const SeenEntry *x = a, *y = b;

  if (x->seen->count != y->seen->count)
    return x->seen->count > y->seen->count ? -1 : 1;
  return g_utf8_collate (x->raw, y->raw);
}

/* Adds the values of the categorical columns, with their counts, to the
 * report: most frequent first. */
void
_emb_csv_mapper_report_values (EmbCsvMapper    *mapper,
                               EmbImportReport *report)
{
  const EmbCsvColumns *columns = mapper->columns;

  for (guint field = 1; field < EMB_CSV_N_FIELDS; field++)
    {
      g_autoptr(GArray) entries = NULL;
      GHashTableIter iter;
      gpointer key, value;

      if (mapper->seen[field] == NULL || mapper->seen_overflow[field] ||
          columns->column_of[field] < 0)
        continue;

      entries = g_array_new (FALSE, FALSE, sizeof (SeenEntry));
      g_hash_table_iter_init (&iter, mapper->seen[field]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          SeenEntry entry = { key, value };

          if (entry.seen->count > 0)
            g_array_append_val (entries, entry);
        }
      g_array_sort (entries, compare_seen);

      for (guint i = 0; i < entries->len; i++)
        {
          SeenEntry *entry = &g_array_index (entries, SeenEntry, i);

          emb_import_report_add_value (report, columns->headers[columns->column_of[field]],
                                       _emb_csv_field_name (field), entry->raw,
                                       entry->seen->mapped, entry->seen->count,
                                       entry->seen->unknown);
        }
    }
}

/* The mapping value that reads column @column as it was chosen: a field
 * name ("score:nps" for a score whose scale the header told), or "". */
char *
_emb_csv_column_mapping_value (const EmbCsvColumns *columns,
                               guint                column)
{
  const EmbCsvColumn *c = &columns->columns[column];

  if (c->field == EMB_CSV_FIELD_NONE)
    return g_strdup ("");
  if (c->field == EMB_CSV_FIELD_SCORE && c->variant > EMB_SCORE_TYPE_NONE)
    return g_strdup_printf ("score:%s", _emb_csv_score_type_name (c->variant));
  return g_strdup (_emb_csv_field_name (c->field));
}

/* Reads the mapping of the options: the fields it gives columns, the value
 * maps and the defaults; problems go to @problems. */
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

      if (read_value_key (columns, key, value, problems))
        continue;

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

  if (columns->value_keys->len > 0 && columns->n_columns > 0)
    read_column_values (columns, problems);

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
  for (guint i = 0; i < EMB_CSV_N_FIELDS; i++)
    g_clear_pointer (&mapper->seen[i], g_hash_table_unref);
  mapper->klass->free (mapper);
}

/* Starts the checking or the writing pass over the rows. */
void
_emb_csv_mapper_start_pass (EmbCsvMapper *mapper,
                            gboolean      writing)
{
  mapper->writing = writing;
  mapper->added = mapper->updated = mapper->skipped = 0;
  /* A checking pass counts the values afresh: the rows may be read twice
   * when their dates told their order late. */
  for (guint i = 0; !writing && i < G_N_ELEMENTS (mapper->seen); i++)
    if (mapper->seen[i] != NULL)
      {
        GHashTableIter iter;
        EmbCsvSeenValue *seen;

        g_hash_table_iter_init (&iter, mapper->seen[i]);
        while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&seen))
          seen->count = 0;
      }
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
    {
      const char *value = values[column];

      if (_emb_csv_field_is_categorical (field) || mapper->columns->values[field] != NULL)
        value = map_cell (mapper, field, value);
      if (value != NULL)
        return value;
    }
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
