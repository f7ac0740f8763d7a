/* emb-bundle-import.c: reading a programme bundle into the database
 *
 * The import succeeds whole or changes nothing:
 *  1. a quick pass over the text checks that it is well-formed JSON and finds
 *     each record (emb-bundle-scan.c), without building the whole tree: a bundle
 *     with a million nominations is parsed a batch of records at a time;
 *  2. in one transaction, each record is checked (types, required fields,
 *     lengths, enumerations, dates, ranges, duplicate UUIDs, references that
 *     resolve neither in the file nor in the database, clashes with other
 *     records) and, while nothing is wrong, merged by its UUID: added when
 *     new, updated when it differs, skipped when it is the same;
 *  3. when any problem was found (or for a dry run, or on cancel) the
 *     transaction is rolled back: nothing was written.
 *
 * The kinds are read in an order in which every reference points back to a
 * kind read earlier, whatever the member order of the file, so each UUID is
 * looked up once in a hash table of the records of the database (loaded once
 * per table) and of the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-private.h"
#include "emb-enums.h"
#include "emb-maturity-assessment.h"
#include "emb-validate-private.h"

#define BATCH_RECORDS  512
#define BATCH_BYTES    (1024 * 1024)
#define ENTRY_BLOCK    4096
#define SCAN_SHARE     0.05   /* of the progress bar */

enum
{
  ENTRY_IN_DB   = 1 << 0,   /* the database had the record before the import */
  ENTRY_IN_FILE = 1 << 1,   /* a record of the file has the UUID */
};

/* A record known by its UUID. The UUID comes first, so that an entry is its
 * own key in a string hash table. */
typedef struct
{
  char    uuid[37];
  guint8  flags;
  guint32 index;   /* its element in a top-level array of the file */
  gint64  id;      /* its row; 0 while it is not written */
} Entry;

G_STATIC_ASSERT (G_STRUCT_OFFSET (Entry, uuid) == 0);

typedef struct
{
  GHashTable *entries;    /* UUID → Entry */
  gboolean    present;    /* the file has this kind's member */
  guint       added;
  guint       updated;
  guint       skipped;
} KindState;

/* A checked value, ready to bind. */
typedef struct
{
  int          type;      /* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT or SQLITE_TEXT */
  gint64       i;
  double       d;
  const char  *s;
} Cell;

typedef struct
{
  EmbDatabase            *db;
  EmbImportReport        *report;
  const EmbImportOptions *options;
  GCancellable           *cancellable;
  char                   *name;          /* the file's name, for problems */
  const char             *data;
  gsize                   length;
  gboolean                mapped;        /* data is a file mapping */
  EmbBundleDocument      *doc;
  JsonParser             *parser;
  GString                *batch;
  GString                *path;          /* the JSON path being checked */
  GPtrArray              *scratch;       /* strings made for the current record */
  KindState               kinds[EMB_BUNDLE_N_KINDS];
  char                   *upsert_sql[EMB_BUNDLE_N_KINDS];
  GPtrArray              *known[EMB_BUNDLE_N_KINDS];   /* member names, NULL-terminated */
  GPtrArray              *blocks;        /* of Entry[ENTRY_BLOCK] */
  guint                   block_used;
  GHashTable             *value_names;   /* value name → UUID, both in names */
  GStringChunk           *names;
  guint                   n_problems;
  gboolean                full;          /* the report is full: stop looking */
  gboolean                cancelled;
  gboolean                dry_run_done;
} Import;

static void
import_clear (Import *imp)
{
  g_free (imp->name);
  g_clear_object (&imp->parser);
  if (imp->batch != NULL)
    g_string_free (imp->batch, TRUE);
  if (imp->path != NULL)
    g_string_free (imp->path, TRUE);
  g_clear_pointer (&imp->scratch, g_ptr_array_unref);
  for (guint i = 0; i < EMB_BUNDLE_N_KINDS; i++)
    {
      g_clear_pointer (&imp->kinds[i].entries, g_hash_table_unref);
      g_free (imp->upsert_sql[i]);
      g_clear_pointer (&imp->known[i], g_ptr_array_unref);
    }
  g_clear_pointer (&imp->blocks, g_ptr_array_unref);
  g_clear_pointer (&imp->value_names, g_hash_table_unref);
  g_clear_pointer (&imp->names, g_string_chunk_free);
}

/* Problems --------------------------------------------------------------- */

static void problem_at (Import     *imp,
                        const char *suffix,
                        const char *field,
                        const char *format,
                        ...) G_GNUC_PRINTF (4, 5);
static void problem    (Import     *imp,
                        const char *member,
                        const char *format,
                        ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (Import     *imp,
             const char *suffix,
             const char *field,
             const char *message)
{
  gsize mark = imp->path->len;

  if (suffix != NULL)
    g_string_append (imp->path, suffix);
  emb_import_report_add_problem (imp->report, imp->name, 0, imp->path->str, field,
                                 "%s", message);
  g_string_truncate (imp->path, mark);

  imp->n_problems++;
  if (emb_import_report_is_full (imp->report))
    imp->full = TRUE;
}

/* A problem at the current path followed by @suffix (such as "[2]"). */
static void
problem_at (Import     *imp,
            const char *suffix,
            const char *field,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (imp, suffix, field, message);
}

/* A problem with @member of the current record (or with the record itself
 * when @member is %NULL). */
static void
problem (Import     *imp,
         const char *member,
         const char *format,
         ...)
{
  g_autoptr(GString) suffix = g_string_new (NULL);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (member != NULL)
    _emb_bundle_append_member_path (suffix, member);
  add_problem (imp, suffix->str, member, message);
}

/* A validation error of emb-validate, whose message names the field. */
static void
problem_from_error (Import     *imp,
                    const char *member,
                    GError     *error)
{
  problem (imp, member, "%s", error->message);
}

/* Entries ---------------------------------------------------------------- */

static Entry *
new_entry (Import     *imp,
           const char *uuid)
{
  Entry *entry;

  if (imp->blocks->len == 0 || imp->block_used == ENTRY_BLOCK)
    {
      g_ptr_array_add (imp->blocks, g_new (Entry, ENTRY_BLOCK));
      imp->block_used = 0;
    }
  entry = &((Entry *)imp->blocks->pdata[imp->blocks->len - 1])[imp->block_used++];
  memset (entry, 0, sizeof *entry);
  g_strlcpy (entry->uuid, uuid, sizeof entry->uuid);
  return entry;
}

/* The records of a kind: those of the database, read once, and those of
 * the file seen so far. */
static GHashTable *
kind_entries (Import           *imp,
              EmbBundleKindId   id,
              GError          **error)
{
  KindState *state = &imp->kinds[id];
  g_autofree char *sql = NULL;
  g_autoptr(EmbStatement) stmt = NULL;

  if (state->entries != NULL)
    return state->entries;

  sql = g_strdup_printf ("SELECT uuid, id FROM %s", _emb_bundle_kind (id)->table->table);
  stmt = _emb_database_prepare (imp->db, sql, error);
  if (stmt == NULL)
    return NULL;

  state->entries = g_hash_table_new (g_str_hash, g_str_equal);
  for (;;)
    {
      gboolean has_row;
      Entry *entry;

      if (!_emb_database_step_row (imp->db, stmt, &has_row, error))
        {
          g_clear_pointer (&state->entries, g_hash_table_unref);
          return NULL;
        }
      if (!has_row)
        break;
      entry = new_entry (imp, _emb_column_text (stmt, 0));
      entry->flags = ENTRY_IN_DB;
      entry->id = sqlite3_column_int64 (stmt, 1);
      g_hash_table_add (state->entries, entry);
    }
  return state->entries;
}

/* A UUID in the form we store: lower case. */
static gboolean
normalise_uuid (const char *text,
                char        out[37])
{
  if (text == NULL || !g_uuid_string_is_valid (text))
    return FALSE;
  for (guint i = 0; i < 36; i++)
    out[i] = g_ascii_tolower (text[i]);
  out[36] = '\0';
  return TRUE;
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
has_value (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
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
normalise_timestamp (Import     *imp,
                     const char *text)
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
read_reference (Import           *imp,
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
  GHashTable *entries;
  Entry *entry;

  if (!normalise_uuid (text, uuid))
    {
      problem_at (imp, suffix, field,
                  _("“%s” must be a UUID such as 0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90, not “%s”."),
                  label, text != NULL ? text : "");
      return TRUE;
    }

  entries = kind_entries (imp, target, error);
  if (entries == NULL)
    return FALSE;
  entry = g_hash_table_lookup (entries, uuid);
  if (entry == NULL)
    {
      problem_at (imp, suffix, field,
                  _("“%s” refers to %s, which is neither in the file nor in the database."),
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
                    Cell            *cell)
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

/* Checks one field of the current record and turns it into @cell; a
 * problem is reported (and @cell left NULL) when it is wrong. Returns %FALSE
 * only on a database error. */
static gboolean
read_field (Import           *imp,
            JsonObject       *object,
            const EmbColumn  *field,
            EmbBundleKindId   target,
            Cell             *cell,
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
        problem (imp, field->member, _("“%s” is missing."), label);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (!(field->flags & EMB_COLUMN_NULLABLE))
        problem (imp, field->member, _("“%s” must not be null."), label);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      problem (imp, field->member, _("“%s” must be a single value, not a list or an object."),
               label);
      return TRUE;
    }

  value_type = json_node_get_value_type (node);
  switch (field->type)
    {
    case EMB_COLUMN_INT:
      if (value_type != G_TYPE_INT64)
        problem (imp, field->member, _("“%s” must be a whole number."), label);
      else if (!_emb_validate_int_range (json_node_get_int (node), field->min, field->max,
                                         field->member, label, &invalid))
        problem_from_error (imp, field->member, invalid);
      else
        {
          cell->type = SQLITE_INTEGER;
          cell->i = json_node_get_int (node);
        }
      return TRUE;

    case EMB_COLUMN_BOOL:
      if (value_type != G_TYPE_BOOLEAN)
        problem (imp, field->member, _("“%s” must be true or false."), label);
      else
        {
          cell->type = SQLITE_INTEGER;
          cell->i = json_node_get_boolean (node);
        }
      return TRUE;

    case EMB_COLUMN_REAL:
      if (value_type != G_TYPE_DOUBLE && value_type != G_TYPE_INT64)
        problem (imp, field->member, _("“%s” must be a number."), label);
      else if (!(json_node_get_double (node) >= (double)field->min &&
                 json_node_get_double (node) <= (double)field->max))
        problem (imp, field->member, _("“%s” must be between %d and %d; it is %g."), label,
                 (int)field->min, (int)field->max, json_node_get_double (node));
      else
        {
          cell->type = SQLITE_FLOAT;
          cell->d = json_node_get_double (node);
        }
      return TRUE;

    case EMB_COLUMN_TEXT:
    case EMB_COLUMN_EMAIL:
    case EMB_COLUMN_CURRENCY:
    case EMB_COLUMN_DATE:
    case EMB_COLUMN_TIMESTAMP:
    case EMB_COLUMN_ENUM:
    case EMB_COLUMN_REF:
    default:
      break;
    }

  /* json_node_get_string() is NULL for anything but a string. */
  if (value_type != G_TYPE_STRING)
    {
      problem (imp, field->member, _("“%s” must be text in quotes."), label);
      return TRUE;
    }
  text = json_node_get_string (node);

  switch (field->type)
    {
    case EMB_COLUMN_TEXT:
      if (!_emb_validate_text (text, (field->flags & EMB_COLUMN_NOT_BLANK) != 0,
                               (guint)field->max, field->member, label, &invalid))
        {
          problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_EMAIL:
      if (!_emb_validate_email (text, field->member, label, &invalid))
        {
          problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_CURRENCY:
      if (strlen (text) != 3 || !g_ascii_isupper (text[0]) ||
          !g_ascii_isupper (text[1]) || !g_ascii_isupper (text[2]))
        {
          problem (imp, field->member,
                   _("“%s” must be a three-letter ISO 4217 code such as EUR, not “%s”."),
                   label, text);
          return TRUE;
        }
      break;

    case EMB_COLUMN_DATE:
      if (!_emb_validate_date (text, TRUE, field->member, label, &invalid))
        {
          problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      break;

    case EMB_COLUMN_TIMESTAMP:
      if (!_emb_validate_timestamp (text, TRUE, field->member, label, &invalid))
        {
          problem_from_error (imp, field->member, invalid);
          return TRUE;
        }
      text = normalise_timestamp (imp, text);
      break;

    case EMB_COLUMN_ENUM:
      {
        int value;

        if (!emb_enum_from_nick (field->enum_type (), text, &value) || value < field->min)
          {
            g_autofree char *choices = enum_choices (field);

            problem (imp, field->member, _("“%s” must be one of %s, not “%s”."),
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

/* Rules between fields ---------------------------------------------------- */

static const Cell *
cell_of (const EmbTable *table,
         const Cell     *cells,
         const char     *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_strcmp0 (table->columns[i].member, name) == 0)
      return &cells[i];
  g_assert_not_reached ();
  return NULL;
}

static void
check_feedback (Import         *imp,
                JsonObject     *object,
                const EmbTable *table,
                const Cell     *cells)
{
  const Cell *score_type = cell_of (table, cells, "score_type");
  const Cell *score = cell_of (table, cells, "score");
  g_autoptr(GError) invalid = NULL;
  static const struct { int min, max; } ranges[] = {
    [EMB_SCORE_TYPE_NPS] = { 0, 10 },
    [EMB_SCORE_TYPE_CSAT] = { 1, 5 },
    [EMB_SCORE_TYPE_CES] = { 1, 7 },
  };
  int type;

  if (score_type->type != SQLITE_TEXT ||
      !emb_enum_from_nick (EMB_TYPE_SCORE_TYPE, score_type->s, &type))
    return;

  if (type == EMB_SCORE_TYPE_NONE)
    {
      if (score->type != SQLITE_NULL)
        problem (imp, "score", _("“%s” must be null when the score type is “none”."),
                 _("Score"));
      return;
    }

  if (score->type == SQLITE_NULL && has_value (object, "score"))
    return;   /* already reported */
  if (score->type == SQLITE_NULL)
    problem (imp, "score", _("“%s” is missing: a “%s” answer has a score from %d to %d."),
             _("Score"), score_type->s, ranges[type].min, ranges[type].max);
  else if (!_emb_validate_int_range (score->i, ranges[type].min, ranges[type].max,
                                     "score", _("Score"), &invalid))
    problem_from_error (imp, "score", invalid);
}

/* Exactly one of @members has a value. */
static void
check_one_of (Import             *imp,
              JsonObject         *object,
              const char * const *members,
              const char         *message)
{
  const char *second = NULL;
  guint n = 0;

  for (guint i = 0; members[i] != NULL; i++)
    if (has_value (object, members[i]) && ++n == 2)
      second = members[i];

  if (n == 0)
    problem (imp, members[0], "%s", message);
  else if (n > 1)
    problem (imp, second, "%s", message);
}

static gboolean
check_value_name (Import      *imp,
                  const Cell  *name,
                  const char  *uuid,
                  GError     **error)
{
  const char *owner;

  if (name->type != SQLITE_TEXT)
    return TRUE;

  /* Names of values are unique (emb-programme-store keeps them so). */
  if (imp->value_names == NULL)
    {
      g_autoptr(EmbStatement) stmt = _emb_database_prepare (imp->db,
                                                            "SELECT name, uuid FROM value", error);

      if (stmt == NULL)
        return FALSE;
      imp->value_names = g_hash_table_new (g_str_hash, g_str_equal);
      for (;;)
        {
          gboolean has_row;

          if (!_emb_database_step_row (imp->db, stmt, &has_row, error))
            return FALSE;
          if (!has_row)
            break;
          g_hash_table_insert (imp->value_names,
                               g_string_chunk_insert (imp->names, _emb_column_text (stmt, 0)),
                               g_string_chunk_insert (imp->names, _emb_column_text (stmt, 1)));
        }
    }

  owner = g_hash_table_lookup (imp->value_names, name->s);
  if (owner != NULL && !g_str_equal (owner, uuid))
    {
      problem (imp, "name", _("A value called “%s” already exists."), name->s);
      return TRUE;
    }
  g_hash_table_insert (imp->value_names,
                       g_string_chunk_insert (imp->names, name->s),
                       g_string_chunk_insert (imp->names, uuid));
  return TRUE;
}

/* The rules that tie fields together, as the stores and the schema keep
 * them. */
static gboolean
check_record (Import           *imp,
              EmbBundleKindId   id,
              JsonObject       *object,
              const Cell       *cells,
              const char       *uuid,
              GError          **error)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;

  switch (id)
    {
    case EMB_BUNDLE_KIND_FEEDBACK:
      check_feedback (imp, object, table, cells);
      break;

    case EMB_BUNDLE_KIND_NOMINATION:
      {
        static const char * const nominee[] = { "nominee_employee", "nominee_department", NULL };

        check_one_of (imp, object, nominee,
                      _("A nomination is for one colleague (“nominee_employee”) or for one "
                        "department (“nominee_department”): give exactly one of them."));
      }
      break;

    case EMB_BUNDLE_KIND_ACKNOWLEDGEMENT:
      {
        static const char * const items[] = { "promise_version", "announcement", "value_set", NULL };

        check_one_of (imp, object, items,
                      _("An acknowledgement is of exactly one item: give one of "
                        "“promise_version”, “announcement” or “value_set”."));
      }
      break;

    case EMB_BUNDLE_KIND_PULSE:
      {
        static const char * const takers[] = { "department", "role", NULL };

        check_one_of (imp, object, takers,
                      _("A survey is taken either in a department or in a role: give "
                        "exactly one of “department” and “role”."));
      }
      break;

    case EMB_BUNDLE_KIND_WAVE:
      {
        const Cell *starts = cell_of (table, cells, "starts_on");
        const Cell *ends = cell_of (table, cells, "ends_on");

        if (starts->type == SQLITE_TEXT && ends->type == SQLITE_TEXT &&
            strcmp (ends->s, starts->s) < 0)
          problem (imp, "ends_on", _("“%s” must not be before “%s”."),
                   _("Ends on"), _("Starts on"));
      }
      break;

    case EMB_BUNDLE_KIND_VALUE:
      return check_value_name (imp, cell_of (table, cells, "name"), uuid, error);

    case EMB_BUNDLE_KIND_ORGANISATION:
    case EMB_BUNDLE_KIND_DEPARTMENT:
    case EMB_BUNDLE_KIND_ROLE:
    case EMB_BUNDLE_KIND_EMPLOYEE:
    case EMB_BUNDLE_KIND_VALUE_SET:
    case EMB_BUNDLE_KIND_STAGE:
    case EMB_BUNDLE_KIND_TOUCHPOINT:
    case EMB_BUNDLE_KIND_RESPONSIBILITY:
    case EMB_BUNDLE_KIND_PROMISE:
    case EMB_BUNDLE_KIND_PROMISE_VERSION:
    case EMB_BUNDLE_KIND_ANNOUNCEMENT:
    case EMB_BUNDLE_KIND_PILOT:
    case EMB_BUNDLE_KIND_DECISION:
    case EMB_BUNDLE_KIND_TRAINING_OBJECTIVE:
    case EMB_BUNDLE_KIND_OBSERVATION:
    case EMB_BUNDLE_KIND_MATURITY_ASSESSMENT:
    case EMB_BUNDLE_KIND_CONSISTENCY_AUDIT:
    case EMB_BUNDLE_N_KINDS:
    default:
      break;
    }
  return TRUE;
}

/* Lists and scores -------------------------------------------------------- */

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

/* A list of UUIDs, such as the touchpoints of a promise version, read into
 * sorted ids. */
static gboolean
read_link (Import           *imp,
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
      problem (imp, link->member, _("“%s” must be a list of UUIDs."), label);
      return TRUE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text = is_string (element) ? json_node_get_string (element) : NULL;
      gint64 id = -1;
      char uuid[37];

      g_string_truncate (suffix, 0);
      _emb_bundle_append_member_path (suffix, link->member);
      g_string_append_printf (suffix, "[%u]", i);

      if (normalise_uuid (text, uuid) && !g_hash_table_add (seen, g_strdup (uuid)))
        {
          problem_at (imp, suffix->str, link->member, _("“%s” lists %s twice."), label, uuid);
          continue;
        }
      if (!read_reference (imp, target, text, suffix->str, link->member, label,
                           &id, writable, error))
        return FALSE;
      if (id >= 0)
        g_array_append_val (ids, id);
    }

  g_array_sort (ids, compare_ids);
  return TRUE;
}

/* Reports the members of @object that are not in @known. */
static void
check_members (Import             *imp,
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
        problem (imp, name, _("“%s” is not part of a version %d bundle here."),
                 name, EMB_BUNDLE_VERSION);
    }
}

static const char * const score_members[] = { "score", "note", NULL };

typedef struct
{
  int         score[EMB_N_MATURITY_AREAS];
  const char *note[EMB_N_MATURITY_AREAS];
} Scores;

/* "scores": { "culture": { "score": 4, "note": "" }, … } with all nine
 * areas, as the assessment store keeps them. */
static void
read_scores (Import     *imp,
             JsonObject *object,
             Scores     *scores)
{
  JsonNode *node = json_object_get_member (object, "scores");
  JsonObjectIter iter;
  const char *area_name;
  JsonNode *area_node;
  gsize mark;

  memset (scores, 0, sizeof *scores);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (imp, "scores", node == NULL ? _("“%s” is missing.")
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
          problem (imp, area_name,
                   _("“%s” is not one of the nine areas of the maturity model."), area_name);
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (area_node))
        {
          problem (imp, area_name, _("“%s” must be an object with a score and a note."),
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
        problem (imp, "score", _("“%s” must be scored from 1 to 5."),
                 emb_maturity_area_get_label (area));
      else
        scores->score[area] = (int)json_node_get_int (score);
      if (note != NULL && !is_string (note))
        problem (imp, "note", _("“%s” must be text in quotes."), _("Note"));
      else if (note != NULL && !_emb_validate_text (json_node_get_string (note), FALSE,
                                                    EMB_MAX_TEXT, "note", _("Note"), &invalid))
        problem_from_error (imp, "note", invalid);
      else
        scores->note[area] = note != NULL ? json_node_get_string (note) : "";
      g_string_truncate (imp->path, mark + strlen (".scores"));
    }

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    if (scores->score[i] == 0 &&
        !json_object_has_member (json_node_get_object (node),
                                 emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i)))
      problem_at (imp, NULL, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i),
                  _("“%s” must be scored from 1 to 5."), emb_maturity_area_get_label (i));
  g_string_truncate (imp->path, mark);
}

/* Writing ----------------------------------------------------------------- */

/* What a clash with a UNIQUE constraint means, by SQLite's description of
 * it. */
typedef enum
{
  CLASH_DEPARTMENT_NAME,
  CLASH_ROLE_NAME,
  CLASH_EMPLOYEE_NUMBER,
  CLASH_RESPONSIBILITY,
  CLASH_VERSION_NUMBER,
  CLASH_VERSION_STATE,
  CLASH_ACKNOWLEDGEMENT,
  CLASH_WAVE,
} Clash;

typedef struct
{
  const char      *constraint;
  EmbBundleKindId  kind;
  const char      *field;
  Clash            clash;
} UniqueRule;

static const UniqueRule unique_rules[] = {
  { "department.name", EMB_BUNDLE_KIND_DEPARTMENT, "name", CLASH_DEPARTMENT_NAME },
  { "role.department_id, role.name", EMB_BUNDLE_KIND_ROLE, "name", CLASH_ROLE_NAME },
  { "employee.employee_number", EMB_BUNDLE_KIND_EMPLOYEE, "employee_number",
    CLASH_EMPLOYEE_NUMBER },
  { "responsibility.role_id, responsibility.touchpoint_id", EMB_BUNDLE_KIND_RESPONSIBILITY,
    "touchpoint", CLASH_RESPONSIBILITY },
  { "promise_version.promise_id, promise_version.number", EMB_BUNDLE_KIND_PROMISE_VERSION,
    "number", CLASH_VERSION_NUMBER },
  /* promise_version_one_draft and promise_version_one_published */
  { "promise_version.promise_id", EMB_BUNDLE_KIND_PROMISE_VERSION, "state",
    CLASH_VERSION_STATE },
  { "acknowledgement.promise_version_id, acknowledgement.employee_id",
    EMB_BUNDLE_KIND_ACKNOWLEDGEMENT, "employee", CLASH_ACKNOWLEDGEMENT },
  { "acknowledgement.announcement_id, acknowledgement.employee_id",
    EMB_BUNDLE_KIND_ACKNOWLEDGEMENT, "employee", CLASH_ACKNOWLEDGEMENT },
  { "acknowledgement.value_set_id, acknowledgement.employee_id",
    EMB_BUNDLE_KIND_ACKNOWLEDGEMENT, "employee", CLASH_ACKNOWLEDGEMENT },
  { "pilot_wave.pilot_id, pilot_wave.department_id", EMB_BUNDLE_KIND_WAVE, "department",
    CLASH_WAVE },
};

#define UNIQUE_PREFIX "UNIQUE constraint failed: "

/* @value is the field as written in the file. */
static char *
clash_message (Clash       clash,
               const char *value)
{
  switch (clash)
    {
    case CLASH_DEPARTMENT_NAME:
      return g_strdup_printf (_("Another department is already called “%s”."), value);
    case CLASH_ROLE_NAME:
      return g_strdup_printf (_("The department already has another role called “%s”."), value);
    case CLASH_EMPLOYEE_NUMBER:
      return g_strdup_printf (_("Another employee already has the number “%s”."), value);
    case CLASH_RESPONSIBILITY:
      return g_strdup_printf (_("Another responsibility already gives the role a part at "
                                "the touchpoint %s."), value);
    case CLASH_VERSION_NUMBER:
      return g_strdup_printf (_("The promise already has another version number %s."), value);
    case CLASH_VERSION_STATE:
      return g_strdup_printf (_("The promise already has another version in the state “%s”."),
                              value);
    case CLASH_ACKNOWLEDGEMENT:
      return g_strdup_printf (_("The employee %s has already acknowledged this item in "
                                "another acknowledgement."), value);
    case CLASH_WAVE:
    default:
      return g_strdup_printf (_("The pilot already has another wave in the department %s."),
                              value);
    }
}

static void
constraint_problem (Import           *imp,
                    EmbBundleKindId   id,
                    JsonObject       *object,
                    const char       *detail)
{
  if (g_str_has_prefix (detail, UNIQUE_PREFIX))
    {
      const char *constraint = detail + strlen (UNIQUE_PREFIX);

      for (guint i = 0; i < G_N_ELEMENTS (unique_rules); i++)
        {
          const UniqueRule *rule = &unique_rules[i];
          g_autofree char *value = NULL;
          g_autofree char *message = NULL;
          JsonNode *node;

          if (rule->kind != id || !g_str_equal (rule->constraint, constraint))
            continue;
          node = json_object_get_member (object, rule->field);
          if (is_string (node))
            value = g_strdup (json_node_get_string (node));
          else if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
            value = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
          message = clash_message (rule->clash, value != NULL ? value : "");
          problem (imp, rule->field, "%s", message);
          return;
        }
    }

  problem (imp, NULL, _("The record clashes with another one in the file or in the "
                        "database (%s)."), detail);
}

static void
bind_cell (sqlite3_stmt *stmt,
           int           index,
           const Cell   *cell)
{
  switch (cell->type)
    {
    case SQLITE_INTEGER:
      sqlite3_bind_int64 (stmt, index, cell->i);
      break;
    case SQLITE_FLOAT:
      sqlite3_bind_double (stmt, index, cell->d);
      break;
    case SQLITE_TEXT:
      /* The text lives as long as the parsed batch. */
      sqlite3_bind_text (stmt, index, cell->s, -1, SQLITE_STATIC);
      break;
    default:
      sqlite3_bind_null (stmt, index);
      break;
    }
}

/* Makes the pairs of a link what the file says, for a record that was
 * just added or that existed. */
static gboolean
sync_link (Import               *imp,
           const EmbLink        *link,
           gint64                owner_id,
           GArray               *ids,
           gboolean              existed,
           gboolean             *changed,
           GError              **error)
{
  g_autofree char *insert_sql = g_strdup_printf ("INSERT INTO %s (%s, %s) VALUES (?1, ?2)",
                                                 link->table, link->own_column,
                                                 link->other_column);

  if (existed)
    {
      g_autofree char *select_sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = ?1 ORDER BY 1",
                                                     link->other_column, link->table,
                                                     link->own_column);
      g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1",
                                                     link->table, link->own_column);
      g_autoptr(EmbStatement) query = _emb_database_prepare (imp->db, select_sql, error);
      g_autoptr(EmbStatement) drop = NULL;
      g_autoptr(GArray) current = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (query == NULL)
        return FALSE;
      sqlite3_bind_int64 (query, 1, owner_id);
      for (;;)
        {
          gboolean has_row;
          gint64 id;

          if (!_emb_database_step_row (imp->db, query, &has_row, error))
            return FALSE;
          if (!has_row)
            break;
          id = sqlite3_column_int64 (query, 0);
          g_array_append_val (current, id);
        }

      if (current->len == ids->len &&
          (ids->len == 0 || memcmp (current->data, ids->data, ids->len * sizeof (gint64)) == 0))
        return TRUE;

      drop = _emb_database_prepare (imp->db, delete_sql, error);
      if (drop == NULL)
        return FALSE;
      sqlite3_bind_int64 (drop, 1, owner_id);
      if (!_emb_database_step_done (imp->db, drop, error))
        return FALSE;
      *changed = TRUE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbStatement) insert = _emb_database_prepare (imp->db, insert_sql, error);

      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, owner_id);
      sqlite3_bind_int64 (insert, 2, g_array_index (ids, gint64, i));
      if (!_emb_database_step_done (imp->db, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
sync_scores (Import        *imp,
             gint64         assessment_id,
             const Scores  *scores,
             gboolean       existed,
             gboolean      *changed,
             GError       **error)
{
  if (existed)
    {
      g_autoptr(EmbStatement) query = NULL;
      g_autoptr(EmbStatement) drop = NULL;
      guint same = 0;

      query = _emb_database_prepare (imp->db,
                                      "SELECT area, score, note FROM maturity_score"
                                      " WHERE assessment_id = ?1",
                                      error);
      if (query == NULL)
        return FALSE;
      sqlite3_bind_int64 (query, 1, assessment_id);
      for (;;)
        {
          gboolean has_row;
          int area;

          if (!_emb_database_step_row (imp->db, query, &has_row, error))
            return FALSE;
          if (!has_row)
            break;
          if (emb_enum_from_nick (EMB_TYPE_MATURITY_AREA, _emb_column_text (query, 0), &area) &&
              scores->score[area] == sqlite3_column_int (query, 1) &&
              g_strcmp0 (scores->note[area], _emb_column_text (query, 2)) == 0)
            same++;
          else
            same = G_MAXUINT / 2;   /* an area the file does not have, or different */
        }
      if (same == EMB_N_MATURITY_AREAS)
        return TRUE;

      drop = _emb_database_prepare (imp->db,
                                      "DELETE FROM maturity_score WHERE assessment_id = ?1",
                                      error);
      if (drop == NULL)
        return FALSE;
      sqlite3_bind_int64 (drop, 1, assessment_id);
      if (!_emb_database_step_done (imp->db, drop, error))
        return FALSE;
      *changed = TRUE;
    }

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    {
      g_autoptr(EmbStatement) insert = NULL;

      insert = _emb_database_prepare (imp->db,
                                      "INSERT INTO maturity_score (assessment_id, area, score, note)"
                                      " VALUES (?1, ?2, ?3, ?4)",
                                      error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, assessment_id);
      _emb_bind_text (insert, 2, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i));
      sqlite3_bind_int (insert, 3, scores->score[i]);
      _emb_bind_text (insert, 4, scores->note[i]);
      if (!_emb_database_step_done (imp->db, insert, error))
        return FALSE;
    }
  return TRUE;
}

/* Adds, updates or skips a checked record, and counts which. */
static gboolean
write_record (Import           *imp,
              EmbBundleKindId   id,
              JsonObject       *object,
              Entry            *entry,
              const char       *created_at,
              const char       *updated_at,
              const Cell       *cells,
              GArray * const   *links,
              const Scores     *scores,
              GError          **error)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;
  KindState *state = &imp->kinds[id];
  sqlite3 *handle = _emb_database_get_handle (imp->db);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (imp->db, imp->upsert_sql[id], error);
  gboolean existed = (entry->flags & ENTRY_IN_DB) != 0;
  gboolean changed;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, entry->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, created_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, updated_at, -1, SQLITE_STATIC);
  for (guint i = 0; i < table->n_columns; i++)
    bind_cell (stmt, 4 + (int)i, &cells[i]);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      /* A clash the checks could not see (such as a name taken by a record
       * written earlier in this import) is a problem of the file. */
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        {
          constraint_problem (imp, id, object, sqlite3_errmsg (handle));
          return TRUE;
        }
      _emb_database_set_error (error, handle, rc);
      return FALSE;
    }

  changed = sqlite3_changes (handle) > 0;
  if (!existed)
    entry->id = sqlite3_last_insert_rowid (handle);

  for (guint i = 0; i < table->n_links; i++)
    if (!sync_link (imp, &table->links[i], entry->id, links[i], existed, &changed, error))
      return FALSE;
  if (table->has_scores && !sync_scores (imp, entry->id, scores, existed, &changed, error))
    return FALSE;

  if (!existed)
    state->added++;
  else if (changed)
    state->updated++;
  else
    state->skipped++;
  return TRUE;
}

/* "created_at" and "updated_at". */
static const char *
read_time (Import     *imp,
           JsonObject *object,
           const char *member,
           const char *label)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) invalid = NULL;

  if (node == NULL)
    problem (imp, member, _("“%s” is missing."), label);
  else if (!is_string (node))
    problem (imp, member, _("“%s” must be text in quotes."), label);
  else if (!_emb_validate_timestamp (json_node_get_string (node), TRUE, member, label, &invalid))
    problem_from_error (imp, member, invalid);
  else
    return normalise_timestamp (imp, json_node_get_string (node));
  return NULL;
}

/* The record's own UUID, claimed for it: a second record with the same UUID
 * in the file is a problem. */
static gboolean
claim_uuid (Import           *imp,
            EmbBundleKindId   id,
            JsonObject       *object,
            guint             index,
            Entry           **out,
            GError          **error)
{
  JsonNode *node = json_object_get_member (object, "uuid");
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  GHashTable *entries;
  Entry *entry;
  char uuid[37];

  *out = NULL;
  if (node == NULL)
    {
      problem (imp, "uuid", _("“%s” is missing."), "uuid");
      return TRUE;
    }
  if (!normalise_uuid (is_string (node) ? json_node_get_string (node) : NULL, uuid))
    {
      problem (imp, "uuid", _("“%s” must be a UUID such as 0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90."),
               "uuid");
      return TRUE;
    }

  entries = kind_entries (imp, id, error);
  if (entries == NULL)
    return FALSE;
  entry = g_hash_table_lookup (entries, uuid);
  if (entry != NULL && (entry->flags & ENTRY_IN_FILE))
    {
      if (kind->parent == EMB_BUNDLE_TOP)
        problem (imp, "uuid", _("The UUID %s is already used by $.%s[%u]."),
                 uuid, kind->table->member, entry->index);
      else
        problem (imp, "uuid", _("The UUID %s is already used by another record of the file."),
                 uuid);
      return TRUE;
    }
  if (entry == NULL)
    {
      entry = new_entry (imp, uuid);
      g_hash_table_add (entries, entry);
    }
  entry->flags |= ENTRY_IN_FILE;
  entry->index = index;
  *out = entry;
  return TRUE;
}

static gboolean import_record (Import           *imp,
                               EmbBundleKindId   id,
                               JsonNode         *node,
                               guint             index,
                               gint64            parent_id,
                               GError          **error);

/* The records nested in a record, such as the waves of a pilot. */
static gboolean
import_children (Import           *imp,
                 EmbBundleKindId   id,
                 JsonObject       *object,
                 gint64            parent_id,
                 GError          **error)
{
  for (EmbBundleKindId child = id + 1; child < EMB_BUNDLE_N_KINDS; child++)
    {
      const EmbBundleKind *kind = _emb_bundle_kind (child);
      const char *member;
      JsonNode *node;
      JsonArray *array;
      gsize mark;

      if (kind->parent != id)
        continue;
      member = kind->table->member;
      node = json_object_get_member (object, member);
      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          problem (imp, member, _("“%s” must be a list (a JSON array)."), member);
          continue;
        }

      array = json_node_get_array (node);
      mark = imp->path->len;
      for (guint i = 0; i < json_array_get_length (array) && !imp->full; i++)
        {
          _emb_bundle_append_member_path (imp->path, member);
          g_string_append_printf (imp->path, "[%u]", i);
          if (!import_record (imp, child, json_array_get_element (array, i), i,
                              parent_id, error))
            return FALSE;
          g_string_truncate (imp->path, mark);
        }
    }
  return TRUE;
}

/* The organisation is one row: a bundle of another organisation is not
 * merged into it. */
static gboolean
check_organisation (Import      *imp,
                    const char  *uuid,
                    GError     **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  stmt = _emb_database_prepare (imp->db, "SELECT uuid, name FROM organisation", error);
  if (stmt == NULL || !_emb_database_step_row (imp->db, stmt, &has_row, error))
    return FALSE;
  if (has_row && g_ascii_strcasecmp (_emb_column_text (stmt, 0), uuid) != 0)
    problem (imp, "uuid", _("The database belongs to another organisation, “%s”: import the "
                            "bundle into an empty database instead."),
             _emb_column_text (stmt, 1));
  return TRUE;
}

/* Checks one record, writes it when nothing is wrong with it, then goes on
 * with the records nested in it. @parent_id is the row of the record it is
 * nested in, or 0 when that was not written. Returns %FALSE only on a
 * database error; problems go to the report. */
static gboolean
import_record (Import           *imp,
               EmbBundleKindId   id,
               JsonNode         *node,
               guint             index,
               gint64            parent_id,
               GError          **error)
{
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  const EmbTable *table = kind->table;
  g_autoptr(GArray) link0 = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) link1 = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *links[EMB_BUNDLE_MAX_LINKS] = { link0, link1 };
  guint problems_before = imp->n_problems;
  gboolean writable = (kind->parent == EMB_BUNDLE_TOP || parent_id > 0);
  Cell cells[EMB_BUNDLE_MAX_COLUMNS];
  const char *created_at;
  const char *updated_at;
  JsonObject *object;
  Entry *entry;
  Scores scores;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (imp, NULL, _("Each record must be a JSON object."));
      return TRUE;
    }
  object = json_node_get_object (node);

  check_members (imp, object, (const char * const *)imp->known[id]->pdata);
  if (!claim_uuid (imp, id, object, index, &entry, error))
    return FALSE;
  created_at = read_time (imp, object, "created_at", _("Created at"));
  updated_at = read_time (imp, object, "updated_at", _("Updated at"));

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (table->columns[i].flags & EMB_COLUMN_PARENT)
        {
          /* The record it is nested in. */
          cells[i].type = SQLITE_INTEGER;
          cells[i].i = parent_id;
        }
      else if (!read_field (imp, object, &table->columns[i], kind->targets[i], &cells[i],
                            &writable, error))
        return FALSE;
    }
  for (guint i = 0; i < table->n_links; i++)
    if (!read_link (imp, object, &table->links[i], kind->link_targets[i], links[i], &writable,
                    error))
      return FALSE;
  if (table->has_scores)
    read_scores (imp, object, &scores);

  if (entry != NULL && !check_record (imp, id, object, cells, entry->uuid, error))
    return FALSE;
  if (id == EMB_BUNDLE_KIND_ORGANISATION && entry != NULL &&
      !check_organisation (imp, entry->uuid, error))
    return FALSE;

  if (imp->n_problems == problems_before && writable &&
      !write_record (imp, id, object, entry, created_at, updated_at, cells, links, &scores,
                     error))
    return FALSE;
  g_ptr_array_set_size (imp->scratch, 0);

  return import_children (imp, id, object, entry != NULL ? entry->id : 0, error);
}

/* The top level ------------------------------------------------------------ */

static const EmbBundleMember *
find_member (EmbBundleDocument *doc,
             const char        *name)
{
  for (guint i = 0; i < doc->members->len; i++)
    {
      const EmbBundleMember *member = doc->members->pdata[i];

      if (g_str_equal (member->name, name))
        return member;
    }
  return NULL;
}

static void
report_progress (Import *imp,
                 gsize   offset)
{
  if (imp->options->progress != NULL && imp->length > 0)
    imp->options->progress (SCAN_SHARE + (1.0 - SCAN_SHARE) * (double)offset / (double)imp->length,
                            imp->options->progress_data);
}

/* One record that JsonParser refused although the scanner took it: read on
 * its own, so that the problem names it. */
static gboolean
import_alone (Import               *imp,
              EmbBundleKindId       id,
              const EmbBundleSpan  *span,
              guint                 index,
              GError              **error)
{
  g_autoptr(GError) parse_error = NULL;

  if (!json_parser_load_from_data (imp->parser, imp->data + span->start,
                                   (gssize)(span->end - span->start), &parse_error))
    {
      problem (imp, NULL, _("The record cannot be read: %s"), parse_error->message);
      return TRUE;
    }
  return import_record (imp, id, json_parser_get_root (imp->parser), index, 0, error);
}

/* The records of a top-level array, parsed a batch at a time. */
static gboolean
import_member (Import                 *imp,
               EmbBundleKindId         id,
               const EmbBundleMember  *member,
               GError                **error)
{
  GArray *spans = member->elements;
  guint first = 0;

  while (first < spans->len && !imp->full)
    {
      const EmbBundleSpan *start = &g_array_index (spans, EmbBundleSpan, first);
      g_autoptr(GError) parse_error = NULL;
      JsonArray *array = NULL;
      guint n = 0;

      if (g_cancellable_is_cancelled (imp->cancellable))
        {
          imp->cancelled = TRUE;
          return TRUE;
        }
      report_progress (imp, start->start);

      g_string_truncate (imp->batch, 0);
      g_string_append_c (imp->batch, '[');
      while (first + n < spans->len && n < BATCH_RECORDS && imp->batch->len < BATCH_BYTES)
        {
          const EmbBundleSpan *span = &g_array_index (spans, EmbBundleSpan, first + n);

          if (n > 0)
            g_string_append_c (imp->batch, ',');
          g_string_append_len (imp->batch, imp->data + span->start,
                               (gssize)(span->end - span->start));
          n++;
        }
      g_string_append_c (imp->batch, ']');

      if (json_parser_load_from_data (imp->parser, imp->batch->str, (gssize)imp->batch->len,
                                      &parse_error))
        array = json_node_get_array (json_parser_get_root (imp->parser));

      for (guint i = 0; i < n && !imp->full; i++)
        {
          gsize mark = imp->path->len;
          gboolean ok;

          g_string_append_printf (imp->path, "[%u]", first + i);
          if (array != NULL)
            ok = import_record (imp, id, json_array_get_element (array, i), first + i, 0, error);
          else
            ok = import_alone (imp, id, &g_array_index (spans, EmbBundleSpan, first + i),
                               first + i, error);
          g_string_truncate (imp->path, mark);
          if (!ok)
            return FALSE;
        }
      first += n;

      /* The text of the records done is read again only if a record fails
       * to parse: give its memory back. */
      if (imp->mapped)
        _emb_bundle_release_pages (imp->data, start->start,
                                   g_array_index (spans, EmbBundleSpan, first - 1).end);
    }
  return TRUE;
}

/* The organisation: one object, or null. */
static gboolean
import_organisation (Import                 *imp,
                     const EmbBundleMember  *member,
                     GError                **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (imp->parser, imp->data + member->value.start,
                                   (gssize)(member->value.end - member->value.start),
                                   &parse_error))
    {
      problem (imp, NULL, _("The record cannot be read: %s"), parse_error->message);
      return TRUE;
    }
  root = json_parser_get_root (imp->parser);
  if (JSON_NODE_HOLDS_NULL (root))
    return TRUE;
  imp->kinds[EMB_BUNDLE_KIND_ORGANISATION].present = TRUE;
  return import_record (imp, EMB_BUNDLE_KIND_ORGANISATION, root, 0, 0, error);
}

static void
set_invalid_error (Import  *imp,
                   GError **error)
{
  guint n = emb_import_report_get_n_problems (imp->report);

  g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u problem found; nothing was imported.",
                            "%u problems found; nothing was imported.", n),
               n);
}

/* Everything, in one transaction; rolled back when anything was wrong, on
 * cancel and for a dry run. */
static gboolean
import_in_transaction (EmbDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  Import *imp = user_data;
  gboolean wrote = FALSE;

  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS && !imp->full && !imp->cancelled; id++)
    {
      const EmbBundleKind *kind = _emb_bundle_kind (id);
      const EmbBundleMember *member;
      gboolean ok;

      if (kind->parent != EMB_BUNDLE_TOP)
        continue;
      member = find_member (imp->doc, kind->table->member);
      if (member == NULL || (id != EMB_BUNDLE_KIND_ORGANISATION && member->elements == NULL))
        continue;   /* not there, or not a list (reported already) */

      g_string_assign (imp->path, "$");
      _emb_bundle_append_member_path (imp->path, kind->table->member);
      if (id == EMB_BUNDLE_KIND_ORGANISATION)
        ok = import_organisation (imp, member, error);
      else
        {
          imp->kinds[id].present = TRUE;
          for (EmbBundleKindId child = id + 1; child < EMB_BUNDLE_N_KINDS; child++)
            if (_emb_bundle_kind (child)->parent == id)
              imp->kinds[child].present = TRUE;
          ok = import_member (imp, id, member, error);
        }
      if (!ok)
        return FALSE;
    }

  if (imp->cancelled || g_cancellable_is_cancelled (imp->cancellable))
    {
      imp->cancelled = TRUE;
      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED,
                   _("The import was cancelled; nothing was imported."));
      return FALSE;
    }
  if (imp->n_problems > 0)
    {
      set_invalid_error (imp, error);
      return FALSE;
    }

  for (guint i = 0; i < EMB_BUNDLE_N_KINDS; i++)
    wrote = wrote || imp->kinds[i].added > 0 || imp->kinds[i].updated > 0;
  if (wrote)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);

  if (imp->options->dry_run)
    {
      /* Everything was checked and counted; now forget it. */
      imp->dry_run_done = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* The header ---------------------------------------------------------------- */

static JsonNode *
member_value (Import                *imp,
              const EmbBundleMember *member)
{
  if (!json_parser_load_from_data (imp->parser, imp->data + member->value.start,
                                   (gssize)(member->value.end - member->value.start), NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (imp->parser));
}

static gboolean unsupported (Import      *imp,
                             const char  *member,
                             GError     **error,
                             const char  *format,
                             ...) G_GNUC_PRINTF (4, 5);

/* Not a bundle this version reads: reported, and nothing more is checked. */
static gboolean
unsupported (Import      *imp,
             const char  *member,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (member != NULL)
    problem (imp, member, "%s", message);
  else
    problem_at (imp, NULL, "format", "%s", message);
  g_set_error_literal (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED, message);
  return FALSE;
}

static gboolean
is_top_kind (const char *name)
{
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    if (_emb_bundle_kind (id)->parent == EMB_BUNDLE_TOP &&
        g_str_equal (_emb_bundle_kind (id)->table->member, name))
      return TRUE;
  return FALSE;
}

/* "format" and "version" first: anything else is only checked in a bundle
 * of the version this program reads. Returns %FALSE for a file that is not
 * such a bundle. */
static gboolean
check_header (Import  *imp,
              GError **error)
{
  const EmbBundleMember *format = find_member (imp->doc, "format");
  const EmbBundleMember *version = find_member (imp->doc, "version");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) node = NULL;

  g_string_assign (imp->path, "$");
  if (format == NULL)
    return unsupported (imp, NULL, error,
                        _("This is not an Embassy programme bundle: it has no “format”."));
  node = member_value (imp, format);
  if (!is_string (node) || !g_str_equal (json_node_get_string (node), EMB_BUNDLE_FORMAT))
    return unsupported (imp, "format", error,
                        _("This is not an Embassy programme bundle: its “format” is not “%s”."),
                        EMB_BUNDLE_FORMAT);
  g_clear_pointer (&node, json_node_unref);

  if (version == NULL)
    problem_at (imp, NULL, "version", _("“%s” is missing."), "version");
  else
    {
      node = member_value (imp, version);
      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_INT64)
        problem (imp, "version", _("“%s” must be a whole number."), "version");
      else if (json_node_get_int (node) != EMB_BUNDLE_VERSION)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     json_node_get_int (node));

          return unsupported (imp, "version", error,
                              _("The bundle has version %s, but this version of Embassy reads "
                                "bundles of version %d only: import it with a newer Embassy."),
                              number, EMB_BUNDLE_VERSION);
        }
      g_clear_pointer (&node, json_node_unref);
    }

  for (guint i = 0; i < imp->doc->members->len; i++)
    {
      const EmbBundleMember *member = imp->doc->members->pdata[i];
      const char *name = member->name;

      if (!g_hash_table_add (seen, member->name))
        problem (imp, name, _("“%s” appears more than once."), name);
      else if (g_str_equal (name, "exported_at"))
        {
          g_autoptr(GError) invalid = NULL;

          node = member_value (imp, member);
          if (!is_string (node))
            problem (imp, name, _("“%s” must be text in quotes."), name);
          else if (!_emb_validate_timestamp (json_node_get_string (node), TRUE, name,
                                             name, &invalid))
            problem_from_error (imp, name, invalid);
          g_clear_pointer (&node, json_node_unref);
        }
      else if (g_str_equal (name, "format") || g_str_equal (name, "version"))
        continue;
      else if (!is_top_kind (name))
        problem (imp, name, _("“%s” is not part of a version %d bundle."),
                 name, EMB_BUNDLE_VERSION);
      else if (g_str_equal (name, _emb_bundle_kind (EMB_BUNDLE_KIND_ORGANISATION)->table->member))
        {
          char first = imp->data[member->value.start];

          if (first != '{' && first != 'n')
            problem (imp, name, _("“%s” must be an object or null."), name);
        }
      else if (member->elements == NULL)
        problem (imp, name, _("“%s” must be a list (a JSON array)."), name);
    }
  return TRUE;
}

/* The import ------------------------------------------------------------------ */

static char *
display_name (GFile        *file,
              GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_parse_name (file);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static gboolean
run_import (Import  *imp,
            GError **error)
{
  EmbBundleSyntaxError syntax = { 0 };
  gboolean ok;

  if (is_blank (imp->data, imp->length))
    {
      problem (imp, NULL, _("The file is empty."));
      set_invalid_error (imp, error);
      return FALSE;
    }

  imp->doc = _emb_bundle_scan (imp->data, imp->length, imp->mapped, &syntax);
  if (imp->doc == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The file is not valid JSON "
                                                    "(line %u, column %u): %s"),
                                                  syntax.line, syntax.column, syntax.message);

      emb_import_report_add_problem (imp->report, imp->name, syntax.line, syntax.path,
                                     syntax.field, "%s", message);
      imp->n_problems++;
      _emb_bundle_syntax_error_clear (&syntax);
      set_invalid_error (imp, error);
      return FALSE;
    }
  if (imp->options->progress != NULL)
    imp->options->progress (SCAN_SHARE, imp->options->progress_data);

  if (!imp->doc->is_object)
    {
      const char *message = _("This is not an Embassy programme bundle: a bundle is a "
                              "JSON object.");

      problem (imp, NULL, "%s", message);
      g_set_error_literal (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED, message);
      return FALSE;
    }

  imp->parser = json_parser_new_immutable ();
  if (!check_header (imp, error))
    return FALSE;

  imp->batch = g_string_sized_new (BATCH_BYTES + 64 * 1024);
  imp->scratch = g_ptr_array_new_with_free_func (g_free);
  imp->blocks = g_ptr_array_new_with_free_func (g_free);
  imp->names = g_string_chunk_new (4096);
  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    {
      imp->known[id] = _emb_bundle_members (id);
      imp->upsert_sql[id] = _emb_bundle_upsert_sql (id);
    }

  ok = emb_database_transaction (imp->db, import_in_transaction, imp, error);
  return ok || imp->dry_run_done;
}

/**
 * emb_bundle_import:
 * @db: the database to import into
 * @file: a bundle written by emb_bundle_export() (or by hand)
 * @options: (nullable): a dry run, and progress
 * @cancellable: (nullable): stops the import; nothing is written
 * @report: where the counts and the problems go
 *
 * Checks the whole bundle, then merges it into @db by UUID in one
 * transaction: a record whose UUID is new is added, one that exists is
 * updated when anything differs and skipped otherwise; nothing is deleted.
 * When anything is wrong nothing is written, and @report names each problem
 * by its JSON path and field.
 *
 * Returns: %TRUE when the bundle was imported (or, in a dry run, would be);
 *   otherwise @error is %EMB_IMPORT_ERROR_INVALID (see @report),
 *   %EMB_IMPORT_ERROR_UNSUPPORTED, %EMB_IMPORT_ERROR_UNREADABLE,
 *   %EMB_IMPORT_ERROR_CANCELLED or a database error
 */
gboolean
emb_bundle_import (EmbDatabase             *db,
                   GFile                   *file,
                   const EmbImportOptions  *options,
                   GCancellable            *cancellable,
                   EmbImportReport         *report,
                   GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  Import imp = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  imp.db = db;
  imp.report = report;
  imp.options = options != NULL ? options : &defaults;
  imp.cancellable = cancellable;
  imp.name = display_name (file, cancellable);
  imp.path = g_string_new ("$");

  if (imp.options->progress != NULL)
    imp.options->progress (0.0, imp.options->progress_data);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      mapped = g_mapped_file_new (path, FALSE, &read_error);
      if (mapped != NULL)
        {
          imp.data = g_mapped_file_get_contents (mapped);
          imp.length = g_mapped_file_get_length (mapped);
          imp.mapped = imp.data != NULL;
        }
    }
  else if (g_file_load_contents (file, cancellable, &contents, &imp.length, NULL, &read_error))
    imp.data = contents;

  if (read_error != NULL)
    g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                 _("Cannot read “%s”: %s"), imp.name, read_error->message);
  else
    {
      if (imp.data == NULL)
        imp.data = "";
      ok = run_import (&imp, error);
    }

  if (ok)
    {
      for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
        if (imp.kinds[id].present)
          emb_import_report_count (report, _emb_bundle_kind (id)->table->name, imp.kinds[id].added,
                                   imp.kinds[id].updated, imp.kinds[id].skipped);
      if (imp.options->progress != NULL)
        imp.options->progress (1.0, imp.options->progress_data);
    }

  g_clear_pointer (&imp.doc, _emb_bundle_document_free);
  import_clear (&imp);
  return ok;
}
