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

/* A reference: the UUID of a record in the file or the database. Sets
 * @writable to FALSE when the record is in the file but could not be
 * written (it has problems of its own). */
static gboolean
read_reference (EmbBundleImport  *imp,
                EmbBundleKindId   target,
                const char       *text,
                const char       *suffix,
                const char       *field,
                const char       *label,
                gint64           *id,
                gboolean         *writable,
                GError          **error)
{
  char uuid[37];
  EmbBundleEntry *entry;

  if (!_emb_bundle_normalise_uuid (text, uuid))
    {
      _emb_bundle_problem_at (imp, suffix, field,
                              _("“%s” must be a UUID such as "
                                "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90, not “%s”."),
                              label, text != NULL ? text : "");
      return TRUE;
    }

  if (!_emb_bundle_find_entry (imp, target, uuid, &entry, error))
    return FALSE;
  if (entry == NULL)
    {
      _emb_bundle_problem_at (imp, suffix, field,
                              _("“%s” refers to %s, which is neither in the file nor in "
                                "the database."),
                              label, uuid);
      return TRUE;
    }

  *id = entry->id;
  if (entry->id == 0)
    *writable = FALSE;
  return TRUE;
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

/* Checks one field of the current record and turns it into @cell; a
 * problem is reported (and @cell left NULL) when it is wrong. Returns %FALSE
 * only on a database error. */
static gboolean
read_field (EmbBundleImport  *imp,
            JsonObject       *object,
            const EmbColumn  *field,
            EmbBundleKindId   target,
            EmbBundleCell    *cell,
            gboolean         *writable,
            GError          **error)
{
  JsonNode *node = json_object_get_member (object, field->member);
  const char *label = _(field->label);
  g_autoptr(GError) invalid = NULL;
  const char *text = NULL;
  GType value_type;

  cell->type = SQLITE_NULL;

  if (node == NULL)
    {
      if (field->fallback != NULL)
        cell_from_fallback (field, cell);
      else if (!(field->flags & EMB_COLUMN_NULLABLE))
        _emb_bundle_problem (imp, field->member, _("“%s” is missing."), label);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (!(field->flags & EMB_COLUMN_NULLABLE))
        _emb_bundle_problem (imp, field->member, _("“%s” must not be null."), label);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      _emb_bundle_problem (imp, field->member,
                           _("“%s” must be a single value, not a list or an object."), label);
      return TRUE;
    }

  value_type = json_node_get_value_type (node);
  switch (field->type)
    {
    case EMB_COLUMN_INT:
      if (value_type != G_TYPE_INT64)
        _emb_bundle_problem (imp, field->member, _("“%s” must be a whole number."), label);
      else if (!_emb_validate_int_range (json_node_get_int (node), field->min, field->max,
                                         field->member, label, &invalid))
        _emb_bundle_problem_from_error (imp, field->member, invalid);
      else
        {
          cell->type = SQLITE_INTEGER;
          cell->i = json_node_get_int (node);
        }
      return TRUE;

    case EMB_COLUMN_BOOL:
      if (value_type != G_TYPE_BOOLEAN)
        _emb_bundle_problem (imp, field->member, _("“%s” must be true or false."), label);
      else
        {
          cell->type = SQLITE_INTEGER;
          cell->i = json_node_get_boolean (node);
        }
      return TRUE;

    case EMB_COLUMN_REAL:
      if (value_type != G_TYPE_DOUBLE && value_type != G_TYPE_INT64)
        _emb_bundle_problem (imp, field->member, _("“%s” must be a number."), label);
      else if (!(json_node_get_double (node) >= (double)field->min &&
                 json_node_get_double (node) <= (double)field->max))
        _emb_bundle_problem (imp, field->member, _("“%s” must be between %d and %d; it is %g."),
                             label, (int)field->min, (int)field->max,
                             json_node_get_double (node));
      else
        {
          cell->type = SQLITE_FLOAT;
          cell->d = json_node_get_double (node);
        }
      return TRUE;

    default:
      break;   /* the other types are written as text: below */
    }

  /* json_node_get_string() is NULL for anything but a string. */
  if (value_type != G_TYPE_STRING)
    {
      _emb_bundle_problem (imp, field->member, _("“%s” must be text in quotes."), label);
      return TRUE;
    }
  text = json_node_get_string (node);

  switch (field->type)
    {
    case EMB_COLUMN_TEXT:
      if (!_emb_validate_text (text, (field->flags & EMB_COLUMN_NOT_BLANK) != 0,
                               (guint)field->max, field->member, label, &invalid))
        {
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_EMAIL:
      if (!_emb_validate_email (text, field->member, label, &invalid))
        {
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
                               label, text);
          return TRUE;
        }
      break;

    case EMB_COLUMN_DATE:
      if (!_emb_validate_date (text, TRUE, field->member, label, &invalid))
        {
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_TIMESTAMP:
      if (!_emb_validate_timestamp (text, TRUE, field->member, label, &invalid))
        {
          _emb_bundle_problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      text = normalise_timestamp (imp, text);
      break;

    case EMB_COLUMN_ENUM:
      {
        int value;

        text = enum_alias (field, text);
        if (!emb_enum_from_nick (field->enum_type (), text, &value) || value < field->min)
          {
            g_autofree char *choices = enum_choices (field);

            _emb_bundle_problem (imp, field->member, _("“%s” must be one of %s, not “%s”."),
                                 label, choices, text);
            return TRUE;
          }
      }
      break;

    case EMB_COLUMN_REF:
      {
        gint64 id = -1;
        g_autoptr(GString) member = g_string_new (NULL);

        _emb_bundle_append_member_path (member, field->member);
        if (!read_reference (imp, target, text, member->str, field->member, label,
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
read_link (EmbBundleImport  *imp,
           JsonObject       *object,
           const EmbLink    *link,
           EmbBundleKindId   target,
           GArray           *ids,
           gboolean         *writable,
           GError          **error)
{
  JsonNode *node = json_object_get_member (object, link->member);
  const char *label = _(link->label);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) suffix = g_string_new (NULL);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _emb_bundle_problem (imp, link->member, _("“%s” must be a list of UUIDs."), label);
      return TRUE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text = _emb_bundle_is_string (element) ? json_node_get_string (element) : NULL;
      gint64 id = -1;
      char uuid[37];

      g_string_truncate (suffix, 0);
      _emb_bundle_append_member_path (suffix, link->member);
      g_string_append_printf (suffix, "[%u]", i);

      if (_emb_bundle_normalise_uuid (text, uuid) && !g_hash_table_add (seen, g_strdup (uuid)))
        {
          _emb_bundle_problem_at (imp, suffix->str, link->member, _("“%s” lists %s twice."),
                                  label, uuid);
          continue;
        }
      if (!read_reference (imp, target, text, suffix->str, link->member, label,
                           &id, writable, error))
        return FALSE;
      if (id >= 0)
        g_array_append_val (ids, id);
    }

  g_array_sort (ids, _emb_compare_ids);
  return TRUE;
}

/* Reports the members of @object that are not in @known. */
static void
check_members (EmbBundleImport    *imp,
               JsonObject         *object,
               const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      gboolean found = FALSE;

      for (guint i = 0; known[i] != NULL && !found; i++)
        found = g_str_equal (known[i], name);
      if (!found)
        _emb_bundle_problem (imp, name, _("“%s” is not part of a version %d bundle here."),
                             name, EMB_BUNDLE_VERSION);
    }
}

static const char * const score_members[] = { "score", "note", NULL };

/* "scores": { "culture": { "score": 4, "note": "" }, … } with all nine
 * areas, as the assessment store keeps them. */
static void
read_scores (EmbBundleImport *imp,
             JsonObject      *object,
             EmbBundleScores *scores)
{
  JsonNode *node = json_object_get_member (object, "scores");
  JsonObjectIter iter;
  const char *area_name;
  JsonNode *area_node;
  gsize mark;

  memset (scores, 0, sizeof *scores);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      _emb_bundle_problem (imp, "scores",
                           node == NULL ? _("“%s” is missing.")
                                        : _("“%s” must be an object with a member per area."),
                           _("Scores"));
      return;
    }

  mark = imp->path->len;
  g_string_append (imp->path, ".scores");
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &area_name, &area_node))
    {
      g_autoptr(GError) invalid = NULL;
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
      check_members (imp, area_object, score_members);
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

/* "created_at" and "updated_at". */
static const char *
read_time (EmbBundleImport *imp,
           JsonObject      *object,
           const char      *member,
           const char      *label)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) invalid = NULL;

  if (node == NULL)
    _emb_bundle_problem (imp, member, _("“%s” is missing."), label);
  else if (!_emb_bundle_is_string (node))
    _emb_bundle_problem (imp, member, _("“%s” must be text in quotes."), label);
  else if (!_emb_validate_timestamp (json_node_get_string (node), TRUE, member, label, &invalid))
    _emb_bundle_problem_from_error (imp, member, invalid);
  else
    return normalise_timestamp (imp, json_node_get_string (node));
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
_emb_bundle_check_record (EmbBundleImport  *imp,
                          EmbBundleKindId   id,
                          JsonObject       *object,
                          guint             index,
                          gint64            parent_id,
                          EmbBundleRecord  *record,
                          GError          **error)
{
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  const EmbTable *table = kind->table;
  EmbBundleCell *cells = record->cells;

  record->writable = (kind->parent == EMB_BUNDLE_TOP || parent_id > 0);

  check_members (imp, object, (const char * const *)imp->known[id]->pdata);
  if (!_emb_bundle_claim_uuid (imp, id, object, index, record, error))
    return FALSE;
  record->created_at = read_time (imp, object, "created_at", _("Created at"));
  record->updated_at = read_time (imp, object, "updated_at", _("Updated at"));

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (table->columns[i].flags & EMB_COLUMN_PARENT)
        {
          /* The record it is nested in. */
          cells[i].type = SQLITE_INTEGER;
          cells[i].i = parent_id;
        }
      else if (!read_field (imp, object, &table->columns[i], kind->targets[i], &cells[i],
                            &record->writable, error))
        return FALSE;
    }
  for (guint i = 0; i < table->n_links; i++)
    if (!read_link (imp, object, &table->links[i], kind->link_targets[i], record->links[i],
                    &record->writable, error))
      return FALSE;
  if (table->has_scores)
    read_scores (imp, object, &record->scores);

  if (record->entry != NULL &&
      !_emb_bundle_check_rules (imp, id, object, cells, record->uuid, error))
    return FALSE;
  return TRUE;
}
