/* emb-bundle-validate.c: checking a record of a programme bundle
 *
 * Each record is checked whole before anything of it is written: its
 * members, its UUID and timestamps, each field (type, required or not,
 * length, enumeration, date, range), its lists of references and its
 * scores, and the rules that tie fields together as the stores keep them
 * (emb-bundle-rules.c).
 * A reference must resolve in the file (to a record read earlier) or in the
 * database. Each problem goes to the report with the JSON path and the
 * field it is in; the checked fields become cells ready to bind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-import-private.h"
#include "emb-maturity-assessment.h"
#include "emb-validate-private.h"

gboolean
_emb_bundle_is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Fields ----------------------------------------------------------------- */

/* "2026-01-31T09:30:00Z" or with a fraction: already in the stored form. */
static gboolean
is_utc_timestamp (const char *text)
{
  static const char pattern[] = "0000-00-00T00:00:00";
  gsize len = strlen (text);
  gsize i;

  if (len < sizeof pattern || text[len - 1] != 'Z')
    return FALSE;
  for (i = 0; i < sizeof pattern - 1; i++)
    if (pattern[i] == '0' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  if (i == len - 1)
    return TRUE;
  if (text[i++] != '.' || i == len - 1)
    return FALSE;
  for (; i < len - 1; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* A checked ISO 8601 time in the stored form: UTC, with milliseconds. */
static const char *
normalise_timestamp (EmbBundleImport *imp,
                     const char      *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) in_utc = NULL;
  g_autofree char *base = NULL;
  char *stored;

  if (is_utc_timestamp (text))
    return text;

  utc = g_time_zone_new_utc ();
  dt = g_date_time_new_from_iso8601 (text, utc);
  in_utc = g_date_time_to_utc (dt);
  base = g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%S");
  stored = g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (in_utc) / 1000);
  g_ptr_array_add (imp->scratch, stored);
  return stored;
}

/* “a”, “b” or “c”: the nicks an enumeration accepts. */
static char *
enum_choices (const EmbColumn *field)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (field->enum_type ());
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value < field->min)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "“%s”", klass->values[i].value_nick);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The path of @member of the current record, and of its element @index
 * unless that is -1, after the record's own: ".touchpoints[2]". */
static char *
member_suffix (const char *member,
               int         index)
{
  g_autoptr(GString) suffix = g_string_new (NULL);

  _emb_bundle_append_member_path (suffix, member);
  if (index >= 0)
    g_string_append_printf (suffix, "[%d]", index);
  return g_string_free (g_steal_pointer (&suffix), FALSE);
}

/* A reference in @member (or in its element @index, unless -1): the UUID
 * of a record in the file or the database. Sets @writable to FALSE when the
 * record is in the file but could not be written (it has problems of its
 * own). @label is untranslated. */
static gboolean
read_reference (EmbBundleImport  *imp,
                EmbBundleKindId   target,
                const char       *text,
                const char       *member,
                int               index,
                const char       *label,
                gint64           *id,
                gboolean         *writable,
                GError          **error)
{
  char uuid[37];
  EmbBundleEntry *entry;

  if (!_emb_bundle_normalise_uuid (text, uuid))
    {
      g_autofree char *suffix = member_suffix (member, index);

      _emb_bundle_problem_at (imp, suffix, member,
                              _("“%s” must be a UUID such as "
                                "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90, not “%s”."),
                              _(label), text != NULL ? text : "");
      return TRUE;
    }

  if (!_emb_bundle_find_entry (imp, target, uuid, &entry, error))
    return FALSE;
  if (entry == NULL)
    {
      g_autofree char *suffix = member_suffix (member, index);

      _emb_bundle_problem_at (imp, suffix, member,
                              _("“%s” refers to %s, which is neither in the file nor in "
                                "the database."),
                              _(label), uuid);
      return TRUE;
    }

  *id = entry->id;
  if (entry->id == 0)
    *writable = FALSE;
  return TRUE;
}

/* "2026-01-31T09:30:00Z", or with a fraction, of a day that exists: what
 * g_date_time_new_from_iso8601() takes, checked without it. */
static gboolean
is_valid_utc_timestamp (const char *text)
{
  int year, month, day;

  if (!is_utc_timestamp (text))
    return FALSE;
  year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
         g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month ((GDateMonth)month, (GDateYear)year) &&
         (text[11] < '2' || (text[11] == '2' && text[12] < '4')) &&
         text[14] < '6' && text[17] < '6';
}

/* A time in @member, checked and in the stored form; NULL after a problem.
 * @label is untranslated. */
static const char *
read_timestamp (EmbBundleImport *imp,
                const char      *text,
                const char      *member,
                const char      *label)
{
  if (!is_valid_utc_timestamp (text) &&
      !_emb_validate_timestamp (text, TRUE, member, label, NULL))
    {
      g_autoptr(GError) invalid = NULL;

      _emb_validate_timestamp (text, TRUE, member, _(label), &invalid);
      _emb_bundle_problem_from_error (imp, member, invalid);
      return NULL;
    }
  return normalise_timestamp (imp, text);
}

static void
cell_from_fallback (const EmbColumn *field,
                    EmbBundleCell   *cell)
{
  switch (field->type)
    {
    case EMB_COLUMN_INT:
      cell->type = SQLITE_INTEGER;
      cell->i = g_ascii_strtoll (field->fallback, NULL, 10);
      break;

    case EMB_COLUMN_BOOL:
      cell->type = SQLITE_INTEGER;
      cell->i = g_str_equal (field->fallback, "true");
      break;

    case EMB_COLUMN_TEXT:
    case EMB_COLUMN_EMAIL:
    case EMB_COLUMN_LINK:
    case EMB_COLUMN_CURRENCY:
    case EMB_COLUMN_ENUM:
    case EMB_COLUMN_DATE:
    case EMB_COLUMN_TIMESTAMP:
    case EMB_COLUMN_REAL:
    case EMB_COLUMN_REF:
    default:
      cell->type = SQLITE_TEXT;
      cell->s = field->fallback;
      break;
    }
}

/* The choices that earlier bundles of this version wrote under other names:
 * the follow-up of feedback was new, assigned or resolved before it could
 * be acknowledged. */
static const char *
enum_alias (const EmbColumn *field,
            const char      *text)
{
  static const struct { const char *from; const char *to; } follow_up[] = {
    { "assigned", "in-progress" },
    { "resolved", "closed" },
  };

  if (field->enum_type () != EMB_TYPE_FOLLOW_UP)
    return text;
  for (guint i = 0; i < G_N_ELEMENTS (follow_up); i++)
    if (g_str_equal (text, follow_up[i].from))
      return follow_up[i].to;
  return text;
}

/* The field's label for a message, translated only when there is one to
 * say: two million records would otherwise look it up 20 million times. */
static const char *
label_of (const EmbColumn *field)
{
  return _(field->label);
}

/* Checks one field of the current record and turns it into @cell; a
 * problem is reported (and @cell left NULL) when it is wrong. Returns %FALSE
 * only on a database error. */
static gboolean
read_field (EmbBundleImport        *imp,
            const EmbBundleFields  *fields,
            const EmbColumn        *field,
            EmbBundleKindId         target,
            EmbBundleCell          *cell,
            gboolean               *writable,
            GError                **error)
{
  const EmbBundleValue *value = _emb_bundle_fields_get (fields, field->member);
  g_autoptr(GError) invalid = NULL;
  const char *text = NULL;

  cell->type = SQLITE_NULL;

  if (value == NULL)
    {
      if (field->fallback != NULL)
        cell_from_fallback (field, cell);
      else if (!(field->flags & EMB_COLUMN_NULLABLE))
        _emb_bundle_problem (imp, field->member, _("“%s” is missing."), label_of (field));
      return TRUE;
    }
  if (value->type == EMB_BUNDLE_VALUE_NULL)
    {
      if (!(field->flags & EMB_COLUMN_NULLABLE))
        _emb_bundle_problem (imp, field->member, _("“%s” must not be null."), label_of (field));
      return TRUE;
    }
  if (value->type == EMB_BUNDLE_VALUE_ARRAY || value->type == EMB_BUNDLE_VALUE_OBJECT)
    {
      _emb_bundle_problem (imp, field->member,
                           _("“%s” must be a single value, not a list or an object."),
                           label_of (field));
      return TRUE;
    }

  switch (field->type)
    {
    case EMB_COLUMN_INT:
      if (value->type != EMB_BUNDLE_VALUE_INT)
        _emb_bundle_problem (imp, field->member, _("“%s” must be a whole number."),
                             label_of (field));
      else if (value->i < field->min || value->i > field->max)
        {
          _emb_validate_int_range (value->i, field->min, field->max, field->member,
                                   label_of (field), &invalid);
          _emb_bundle_problem_from_error (imp, field->member, invalid);
        }
      else
        {
          cell->type = SQLITE_INTEGER;
          cell->i = value->i;
        }
      return TRUE;

    case EMB_COLUMN_BOOL:
      if (value->type != EMB_BUNDLE_VALUE_BOOLEAN)
        _emb_bundle_problem (imp, field->member, _("“%s” must be true or false."),
                             label_of (field));
      else
        {
          cell->type = SQLITE_INTEGER;
          cell->i = value->i;
        }
      return TRUE;

    case EMB_COLUMN_REAL:
      if (value->type != EMB_BUNDLE_VALUE_DOUBLE && value->type != EMB_BUNDLE_VALUE_INT)
        _emb_bundle_problem (imp, field->member, _("“%s” must be a number."), label_of (field));
      else if (!(value->d >= (double)field->min && value->d <= (double)field->max))
        _emb_bundle_problem (imp, field->member, _("“%s” must be between %d and %d; it is %g."),
                             label_of (field), (int)field->min, (int)field->max, value->d);
      else
        {
          cell->type = SQLITE_FLOAT;
          cell->d = value->d;
        }
      return TRUE;

    default:
      break;   /* the other types are written as text: below */
    }

  if (value->type != EMB_BUNDLE_VALUE_STRING)
    {
      _emb_bundle_problem (imp, field->member, _("“%s” must be text in quotes."),
                           label_of (field));
      return TRUE;
    }
  text = value->s;

  switch (field->type)
    {
    case EMB_COLUMN_TEXT:
      if (!_emb_validate_text (text, (field->flags & EMB_COLUMN_NOT_BLANK) != 0,
                               (guint)field->max, field->member, field->label, NULL))
        {
          _emb_validate_text (text, (field->flags & EMB_COLUMN_NOT_BLANK) != 0,
                              (guint)field->max, field->member, label_of (field), &invalid);
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_EMAIL:
      if (!_emb_validate_email (text, field->member, field->label, NULL))
        {
          _emb_validate_email (text, field->member, label_of (field), &invalid);
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_LINK:
      if (!_emb_validate_link (text, field->member, field->label, NULL))
        {
          _emb_validate_link (text, field->member, label_of (field), &invalid);
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_CURRENCY:
      if (strlen (text) != 3 || !g_ascii_isupper (text[0]) ||
          !g_ascii_isupper (text[1]) || !g_ascii_isupper (text[2]))
        {
          _emb_bundle_problem (imp, field->member,
                               _("“%s” must be a three-letter ISO 4217 code such as EUR, "
                                 "not “%s”."),
                               label_of (field), text);
          return TRUE;
        }
      break;

    case EMB_COLUMN_DATE:
      if (!_emb_validate_date (text, TRUE, field->member, field->label, NULL))
        {
          _emb_validate_date (text, TRUE, field->member, label_of (field), &invalid);
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_TIMESTAMP:
      text = read_timestamp (imp, text, field->member, field->label);
      if (text == NULL)
        return TRUE;
      break;

    case EMB_COLUMN_ENUM:
      {
        int nick_value;

        text = enum_alias (field, text);
        if (!emb_enum_from_nick (field->enum_type (), text, &nick_value) ||
            nick_value < field->min)
          {
            g_autofree char *choices = enum_choices (field);

            _emb_bundle_problem (imp, field->member, _("“%s” must be one of %s, not “%s”."),
                                 label_of (field), choices, text);
            return TRUE;
          }
      }
      break;

    case EMB_COLUMN_REF:
      {
        gint64 id = -1;

        if (!read_reference (imp, target, text, field->member, -1, field->label,
                             &id, writable, error))
          return FALSE;
        if (id >= 0)
          {
            cell->type = SQLITE_INTEGER;
            cell->i = id;
          }
        return TRUE;
      }

    case EMB_COLUMN_INT:
    case EMB_COLUMN_BOOL:
    case EMB_COLUMN_REAL:
    default:
      g_assert_not_reached ();
    }

  cell->type = SQLITE_TEXT;
  cell->s = text;
  return TRUE;
}

/* Lists and scores -------------------------------------------------------- */

/* A list of UUIDs, such as the touchpoints of a promise version, read into
 * sorted ids. */
static gboolean
read_link (EmbBundleImport        *imp,
           const EmbBundleFields  *fields,
           const EmbLink          *link,
           EmbBundleKindId         target,
           GArray                 *ids,
           gboolean               *writable,
           GError                **error)
{
  const EmbBundleValue *value = _emb_bundle_fields_get (fields, link->member);
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;

  if (value == NULL)
    return TRUE;
  if (value->type != EMB_BUNDLE_VALUE_ARRAY)
    {
      _emb_bundle_problem (imp, link->member, _("“%s” must be a list of UUIDs."),
                           _(link->label));
      return TRUE;
    }

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  array = json_node_get_array (value->node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text = _emb_bundle_is_string (element) ? json_node_get_string (element) : NULL;
      gint64 id = -1;
      char uuid[37];

      if (_emb_bundle_normalise_uuid (text, uuid) && !g_hash_table_add (seen, g_strdup (uuid)))
        {
          g_autofree char *suffix = member_suffix (link->member, (int)i);

          _emb_bundle_problem_at (imp, suffix, link->member, _("“%s” lists %s twice."),
                                  _(link->label), uuid);
          continue;
        }
      if (!read_reference (imp, target, text, link->member, (int)i, link->label,
                           &id, writable, error))
        return FALSE;
      if (id >= 0)
        g_array_append_val (ids, id);
    }

  g_array_sort (ids, _emb_compare_ids);
  return TRUE;
}

/* Whether the member @index is the first of its name in the record. */
static gboolean
is_first_of_name (const EmbBundleFields *fields,
                  guint                  index)
{
  const char *name = g_array_index (fields->values, EmbBundleValue, index).name;

  for (guint i = 0; i < index; i++)
    if (g_str_equal (g_array_index (fields->values, EmbBundleValue, i).name, name))
      return FALSE;
  return TRUE;
}

/* Reports the members of the record that are not in @known, each name once. */
static void
check_members (EmbBundleImport        *imp,
               const EmbBundleFields  *fields,
               const char * const     *known)
{
  for (guint i = 0; i < fields->values->len; i++)
    {
      const char *name = g_array_index (fields->values, EmbBundleValue, i).name;
      gboolean found = FALSE;

      for (guint j = 0; known[j] != NULL && !found; j++)
        found = known[j][0] == name[0] && strcmp (known[j], name) == 0;
      if (!found && is_first_of_name (fields, i))
        _emb_bundle_problem (imp, name, _("“%s” is not part of a version %d bundle here."),
                             name, EMB_BUNDLE_VERSION);
    }
}

static const char * const score_members[] = { "score", "note", NULL };

/* "scores": { "culture": { "score": 4, "note": "" }, … } with all nine
 * areas, as the assessment store keeps them. */
static void
read_scores (EmbBundleImport        *imp,
             const EmbBundleFields  *fields,
             EmbBundleScores        *scores)
{
  const EmbBundleValue *value = _emb_bundle_fields_get (fields, "scores");
  JsonObjectIter iter;
  const char *area_name;
  JsonNode *area_node;
  JsonNode *node;
  gsize mark;

  memset (scores, 0, sizeof *scores);
  if (value == NULL || value->type != EMB_BUNDLE_VALUE_OBJECT)
    {
      _emb_bundle_problem (imp, "scores",
                           value == NULL ? _("“%s” is missing.")
                                         : _("“%s” must be an object with a member per area."),
                           _("Scores"));
      return;
    }

  node = value->node;
  mark = imp->path->len;
  g_string_append (imp->path, ".scores");
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &area_name, &area_node))
    {
      g_autoptr(GError) invalid = NULL;
      EmbBundleFields area_fields;
      JsonObject *area_object;
      JsonNode *score;
      JsonNode *note;
      int area;

      if (!emb_enum_from_nick (EMB_TYPE_MATURITY_AREA, area_name, &area))
        {
          _emb_bundle_problem (imp, area_name,
                               _("“%s” is not one of the nine areas of the maturity model."),
                               area_name);
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (area_node))
        {
          _emb_bundle_problem (imp, area_name,
                               _("“%s” must be an object with a score and a note."),
                               emb_maturity_area_get_label (area));
          continue;
        }

      area_object = json_node_get_object (area_node);
      score = json_object_get_member (area_object, "score");
      note = json_object_get_member (area_object, "note");
      _emb_bundle_append_member_path (imp->path, area_name);
      _emb_bundle_fields_init (&area_fields);
      _emb_bundle_fields_from_object (&area_fields, area_object);
      check_members (imp, &area_fields, score_members);
      _emb_bundle_fields_clear (&area_fields);
      if (score == NULL || !JSON_NODE_HOLDS_VALUE (score) ||
          json_node_get_value_type (score) != G_TYPE_INT64 ||
          json_node_get_int (score) < 1 || json_node_get_int (score) > 5)
        _emb_bundle_problem (imp, "score", _("“%s” must be scored from 1 to 5."),
                             emb_maturity_area_get_label (area));
      else
        scores->score[area] = (int)json_node_get_int (score);
      if (note != NULL && !_emb_bundle_is_string (note))
        _emb_bundle_problem (imp, "note", _("“%s” must be text in quotes."), _("Note"));
      else if (note != NULL && !_emb_validate_text (json_node_get_string (note), FALSE,
                                                    EMB_MAX_TEXT, "note", _("Note"), &invalid))
        _emb_bundle_problem_from_error (imp, "note", invalid);
      else
        scores->note[area] = note != NULL ? json_node_get_string (note) : "";
      g_string_truncate (imp->path, mark + strlen (".scores"));
    }

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    if (scores->score[i] == 0 &&
        !json_object_has_member (json_node_get_object (node),
                                 emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i)))
      _emb_bundle_problem_at (imp, NULL, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i),
                              _("“%s” must be scored from 1 to 5."),
                              emb_maturity_area_get_label (i));
  g_string_truncate (imp->path, mark);
}

/* The record -------------------------------------------------------------- */

/* "created_at" and "updated_at"; @label is untranslated. */
static const char *
read_time (EmbBundleImport        *imp,
           const EmbBundleFields  *fields,
           const char             *member,
           const char             *label)
{
  const EmbBundleValue *value = _emb_bundle_fields_get (fields, member);

  if (value == NULL)
    _emb_bundle_problem (imp, member, _("“%s” is missing."), _(label));
  else if (value->type != EMB_BUNDLE_VALUE_STRING)
    _emb_bundle_problem (imp, member, _("“%s” must be text in quotes."), _(label));
  else
    return read_timestamp (imp, value->s, member, label);
  return NULL;
}

/**
 * _emb_bundle_check_record:
 * @index: the record's element in its array
 * @parent_id: the row of the record it is nested in, or 0 when that was not
 *   written
 * @record: filled in with what the record is written from
 *
 * Checks one record of the kind @id; each problem goes to the report.
 * @record is writable when everything it refers to was written.
 *
 * Returns: %FALSE only on a database error
 */
gboolean
_emb_bundle_check_record (EmbBundleImport        *imp,
                          EmbBundleKindId         id,
                          const EmbBundleFields  *fields,
                          guint                   index,
                          gint64                  parent_id,
                          EmbBundleRecord        *record,
                          GError                **error)
{
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  const EmbTable *table = kind->table;
  EmbBundleCell *cells = record->cells;

  record->writable = (kind->parent == EMB_BUNDLE_TOP || parent_id > 0);

  check_members (imp, fields, (const char * const *)imp->known[id]->pdata);
  if (!_emb_bundle_claim_uuid (imp, id, fields, index, record, error))
    return FALSE;
  record->created_at = read_time (imp, fields, "created_at", N_("Created at"));
  record->updated_at = read_time (imp, fields, "updated_at", N_("Updated at"));

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (table->columns[i].flags & EMB_COLUMN_PARENT)
        {
          /* The record it is nested in. */
          cells[i].type = SQLITE_INTEGER;
          cells[i].i = parent_id;
        }
      else if (!read_field (imp, fields, &table->columns[i], kind->targets[i], &cells[i],
                            &record->writable, error))
        return FALSE;
    }
  for (guint i = 0; i < table->n_links; i++)
    if (!read_link (imp, fields, &table->links[i], kind->link_targets[i], record->links[i],
                    &record->writable, error))
      return FALSE;
  if (table->has_scores)
    read_scores (imp, fields, &record->scores);

  if (record->entry != NULL &&
      !_emb_bundle_check_rules (imp, id, fields, cells, record->uuid, error))
    return FALSE;
  return TRUE;
}
