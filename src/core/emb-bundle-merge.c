/* emb-bundle-merge.c: merging the records of a programme bundle by UUID
 *
 * Every record is known by its UUID: the records of the database (read once
 * per table) and those of the file seen so far, so that each reference is
 * looked up once in a hash table. A checked record is added when its UUID is
 * new, updated when it differs and skipped when it is the same, with its
 * lists of links and its scores; nothing is deleted. A clash with a UNIQUE
 * constraint that the checks could not see is a problem of the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "emb-bundle-import-private.h"

#define ENTRY_BLOCK    4096

/* Records by UUID -------------------------------------------------------- */

static int
hex_digit (char c)
{
  return g_ascii_xdigit_value (c);
}

/* A UUID in lower case (36 characters) as its 16 bytes; FALSE when it is
 * no UUID (the database may hold other text, which nothing can refer to). */
static gboolean
uuid_to_bytes (const char *text,
               guint8      out[16])
{
  guint j = 0;

  for (guint i = 0; i < 36; i++)
    {
      int hi, lo;

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (text[i] != '-')
            return FALSE;
          continue;
        }
      hi = hex_digit (text[i]);
      lo = hex_digit (text[++i]);
      if (hi < 0 || lo < 0)
        return FALSE;
      out[j++] = (guint8)(hi << 4 | lo);
    }
  return text[36] == '\0';
}

/* Random UUIDs have random bits everywhere, time-ordered ones in their
 * second half: mix all four words. */
static guint
entry_hash (gconstpointer key)
{
  guint32 words[4];

  memcpy (words, ((const EmbBundleEntry *)key)->uuid, sizeof words);
  return words[0] ^ words[1] ^ words[2] ^ words[3];
}

static gboolean
entry_equal (gconstpointer a,
             gconstpointer b)
{
  return memcmp (((const EmbBundleEntry *)a)->uuid, ((const EmbBundleEntry *)b)->uuid, 16) == 0;
}

static EmbBundleEntry *
new_entry (EmbBundleKindState *state,
           const guint8        uuid[16])
{
  EmbBundleEntry *entry;

  if (state->blocks == NULL)
    state->blocks = g_ptr_array_new_with_free_func (g_free);
  if (state->blocks->len == 0 || state->block_used == ENTRY_BLOCK)
    {
      g_ptr_array_add (state->blocks, g_new (EmbBundleEntry, ENTRY_BLOCK));
      state->block_used = 0;
    }
  entry = &((EmbBundleEntry *)state->blocks->pdata[state->blocks->len - 1])[state->block_used++];
  memset (entry, 0, sizeof *entry);
  memcpy (entry->uuid, uuid, sizeof entry->uuid);
  g_hash_table_add (state->entries, entry);
  return entry;
}

/* The records of a kind: those of the database, read once, and those of
 * the file seen so far. */
GHashTable *
_emb_bundle_entries (EmbBundleImport  *imp,
                     EmbBundleKindId   id,
                     GError          **error)
{
  EmbBundleKindState *state = &imp->kinds[id];
  g_autofree char *sql = NULL;
  g_autoptr(EmbStatement) stmt = NULL;

  if (state->entries != NULL)
    return state->entries;

  sql = g_strdup_printf ("SELECT uuid, id FROM %s", _emb_bundle_kind (id)->table->table);
  stmt = _emb_database_prepare (imp->db, sql, error);
  if (stmt == NULL)
    return NULL;

  state->entries = g_hash_table_new (entry_hash, entry_equal);
  for (;;)
    {
      gboolean has_row;
      EmbBundleEntry *entry;
      guint8 uuid[16];

      if (!_emb_database_step_row (imp->db, stmt, &has_row, error))
        {
          _emb_bundle_clear_entries (state);
          return NULL;
        }
      if (!has_row)
        break;
      if (!uuid_to_bytes (_emb_column_text (stmt, 0), uuid))
        continue;
      entry = new_entry (state, uuid);
      entry->flags = EMB_BUNDLE_ENTRY_IN_DB;
      entry->id = sqlite3_column_int64 (stmt, 1);
    }
  return state->entries;
}

/**
 * _emb_bundle_find_entry:
 * @uuid: a UUID in lower case
 * @entry: (out): the record of the kind @id with that UUID, in the file or
 *   the database, or %NULL when there is none
 *
 * Returns: %FALSE only on a database error
 */
gboolean
_emb_bundle_find_entry (EmbBundleImport  *imp,
                        EmbBundleKindId   id,
                        const char       *uuid,
                        EmbBundleEntry  **entry,
                        GError          **error)
{
  GHashTable *entries = _emb_bundle_entries (imp, id, error);
  EmbBundleEntry key;

  *entry = NULL;
  if (entries == NULL)
    return FALSE;
  if (uuid_to_bytes (uuid, key.uuid))
    *entry = g_hash_table_lookup (entries, &key);
  return TRUE;
}

void
_emb_bundle_clear_entries (EmbBundleKindState *state)
{
  g_clear_pointer (&state->entries, g_hash_table_unref);
  g_clear_pointer (&state->blocks, g_ptr_array_unref);
  g_clear_pointer (&state->new_index, g_array_unref);
  g_clear_pointer (&state->claimed, g_array_unref);
  state->block_used = 0;
}

/* Whether a record of the kind @later, or one nested in it, refers to the
 * kind @id. */
static gboolean
refers_to (EmbBundleKindId later,
           EmbBundleKindId id)
{
  const EmbBundleKind *kind = _emb_bundle_kind (later);

  for (guint i = 0; i < kind->table->n_columns; i++)
    if ((kind->table->columns[i].type == EMB_COLUMN_REF ||
         (kind->table->columns[i].flags & EMB_COLUMN_PARENT)) && kind->targets[i] == id)
      return TRUE;
  for (guint i = 0; i < kind->table->n_links; i++)
    if (kind->link_targets[i] == id)
      return TRUE;
  return FALSE;
}

/* Records of a kind nothing refers to ---------------------------------------
 *
 * Nothing is looked up by the UUID of a nomination but the nomination
 * itself: a top-level kind that no kind refers to keeps no entries (a
 * million nominations would take 56 MB) and asks the database whether its
 * UUID is there. A row with an id above the highest of the table before
 * the import was written by this import: the UUID is used twice in the
 * file. Which element wrote each row is kept in 4 bytes a row, for the
 * message. */

static gboolean
is_leaf (EmbBundleImport *imp,
         EmbBundleKindId  id)
{
  EmbBundleKindState *state = &imp->kinds[id];

  if (state->leaf == 0)
    {
      gboolean leaf = (_emb_bundle_kind (id)->parent == EMB_BUNDLE_TOP &&
                       id != EMB_BUNDLE_KIND_ORGANISATION);

      for (EmbBundleKindId later = id + 1; leaf && later < EMB_BUNDLE_N_KINDS; later++)
        leaf = !refers_to (later, id);
      state->leaf = leaf ? 1 : 2;
    }
  return state->leaf == 1;
}

/* The id of the row of @id's table with @uuid, or 0. */
static gboolean
find_row (EmbBundleImport  *imp,
          EmbBundleKindId   id,
          const char       *uuid,
          gint64           *row,
          GError          **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1",
                                          _emb_bundle_kind (id)->table->table);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (imp->db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, uuid);
  if (!_emb_database_step_row (imp->db, stmt, &has_row, error))
    return FALSE;
  *row = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* The element of the file that claimed the row @row, or -1. */
static gint64
claimed_by (EmbBundleKindState *state,
            gint64              row)
{
  if (row > state->max_before)
    {
      guint64 k = row - state->max_before - 1;

      if (k < state->new_index->len)
        return g_array_index (state->new_index, guint32, k);
      return -1;
    }
  if (state->claimed != NULL && (guint64)row < state->claimed->len &&
      g_array_index (state->claimed, guint32, row) > 0)
    return (gint64)g_array_index (state->claimed, guint32, row) - 1;
  return -1;
}

static gboolean
claim_in_database (EmbBundleImport  *imp,
                   EmbBundleKindId   id,
                   guint             index,
                   EmbBundleRecord  *record,
                   GError          **error)
{
  EmbBundleKindState *state = &imp->kinds[id];
  EmbBundleEntry *entry = &record->own;
  gint64 row, earlier;

  if (state->new_index == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM %s",
                                              _emb_bundle_kind (id)->table->table);

      state->max_before = _emb_database_count (imp->db, sql);
      state->new_index = g_array_new (FALSE, TRUE, sizeof (guint32));
    }

  if (!find_row (imp, id, record->uuid, &row, error))
    return FALSE;
  earlier = row > 0 ? claimed_by (state, row) : -1;
  if (row > state->max_before || earlier >= 0)
    {
      if (earlier >= 0)
        _emb_bundle_problem (imp, "uuid", _("The UUID %s is already used by $.%s[%u]."),
                             record->uuid, _emb_bundle_kind (id)->table->member, (guint)earlier);
      else
        _emb_bundle_problem (imp, "uuid",
                             _("The UUID %s is already used by another record of the file."),
                             record->uuid);
      return TRUE;
    }

  memset (entry, 0, sizeof *entry);
  uuid_to_bytes (record->uuid, entry->uuid);
  entry->flags = EMB_BUNDLE_ENTRY_IN_FILE;
  entry->index = index;
  if (row > 0)
    {
      if (state->claimed == NULL)
        state->claimed = g_array_new (FALSE, TRUE, sizeof (guint32));
      if ((guint64)row >= state->claimed->len)
        g_array_set_size (state->claimed, state->max_before + 1);
      g_array_index (state->claimed, guint32, row) = index + 1;
      entry->flags |= EMB_BUNDLE_ENTRY_IN_DB;
      entry->id = row;
    }
  record->entry = entry;
  return TRUE;
}

/* After a record of a leaf kind was added as @row. */
static void
note_added (EmbBundleKindState *state,
            gint64              row,
            guint               index)
{
  guint64 k;

  if (state->new_index == NULL || row <= state->max_before)
    return;
  k = row - state->max_before - 1;
  if (k >= state->new_index->len)
    g_array_set_size (state->new_index, k + 1);
  g_array_index (state->new_index, guint32, k) = index;
}

/**
 * _emb_bundle_forget_entries:
 * @done: a top-level kind whose records (and those nested in them) are all
 *   read
 *
 * Frees the records known of every kind read so far that no kind still to
 * come refers to: of a bundle with a million nominations and a million
 * feedback items, those of the feedback are needed only until the last
 * nomination. A kind asked for again is read from the database.
 */
void
_emb_bundle_forget_entries (EmbBundleImport *imp,
                            EmbBundleKindId  done)
{
  EmbBundleKindId next = done + 1;

  /* The kinds nested in @done come right after it. */
  while (next < EMB_BUNDLE_N_KINDS && _emb_bundle_kind (next)->parent != EMB_BUNDLE_TOP)
    next++;

  for (EmbBundleKindId id = 0; id < next; id++)
    {
      gboolean needed = FALSE;

      for (EmbBundleKindId later = next; later < EMB_BUNDLE_N_KINDS && !needed; later++)
        needed = refers_to (later, id);
      if (!needed)
        _emb_bundle_clear_entries (&imp->kinds[id]);
    }
#ifdef __GLIBC__
  /* Their blocks lie in the heap, whose free pages glibc keeps. */
  malloc_trim (0);
#endif
}

/* A UUID in the form we store: lower case. */
gboolean
_emb_bundle_normalise_uuid (const char *text,
                            char        out[37])
{
  if (text == NULL || !g_uuid_string_is_valid (text))
    return FALSE;
  for (guint i = 0; i < 36; i++)
    out[i] = g_ascii_tolower (text[i]);
  out[36] = '\0';
  return TRUE;
}

/* The record's own UUID, claimed for it: a second record with the same UUID
 * in the file is a problem. */
gboolean
_emb_bundle_claim_uuid (EmbBundleImport  *imp,
                        EmbBundleKindId   id,
                        JsonObject       *object,
                        guint             index,
                        EmbBundleRecord  *record,
                        GError          **error)
{
  JsonNode *node = json_object_get_member (object, "uuid");
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  EmbBundleEntry *entry;
  const char *text;
  char *uuid = record->uuid;

  record->entry = NULL;
  if (node == NULL)
    {
      _emb_bundle_problem (imp, "uuid", _("“%s” is missing."), "uuid");
      return TRUE;
    }
  text = _emb_bundle_is_string (node) ? json_node_get_string (node) : NULL;
  if (!_emb_bundle_normalise_uuid (text, uuid))
    {
      _emb_bundle_problem (imp, "uuid",
                           _("“%s” must be a UUID such as 0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90."),
                           "uuid");
      return TRUE;
    }

  if (is_leaf (imp, id))
    return claim_in_database (imp, id, index, record, error);

  if (!_emb_bundle_find_entry (imp, id, uuid, &entry, error))
    return FALSE;
  if (entry != NULL && (entry->flags & EMB_BUNDLE_ENTRY_IN_FILE))
    {
      if (kind->parent == EMB_BUNDLE_TOP)
        _emb_bundle_problem (imp, "uuid", _("The UUID %s is already used by $.%s[%u]."),
                             uuid, kind->table->member, entry->index);
      else
        _emb_bundle_problem (imp, "uuid",
                             _("The UUID %s is already used by another record of the file."),
                             uuid);
      return TRUE;
    }
  if (entry == NULL)
    {
      guint8 bytes[16];

      uuid_to_bytes (uuid, bytes);
      entry = new_entry (&imp->kinds[id], bytes);
    }
  entry->flags |= EMB_BUNDLE_ENTRY_IN_FILE;
  entry->index = index;
  record->entry = entry;
  return TRUE;
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
constraint_problem (EmbBundleImport  *imp,
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
          if (_emb_bundle_is_string (node))
            value = g_strdup (json_node_get_string (node));
          else if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
            value = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
          message = clash_message (rule->clash, value != NULL ? value : "");
          _emb_bundle_problem (imp, rule->field, "%s", message);
          return;
        }
    }

  _emb_bundle_problem (imp, NULL, _("The record clashes with another one in the file or in the "
                                    "database (%s)."), detail);
}

static void
bind_cell (sqlite3_stmt        *stmt,
           int                  index,
           const EmbBundleCell *cell)
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
sync_link (EmbBundleImport        *imp,
           const EmbLink          *link,
           gint64                  owner_id,
           GArray                 *ids,
           gboolean                existed,
           gboolean               *changed,
           GError                **error)
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
sync_scores (EmbBundleImport        *imp,
             gint64                  assessment_id,
             const EmbBundleScores  *scores,
             gboolean                existed,
             gboolean               *changed,
             GError                **error)
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

/**
 * _emb_bundle_merge_record:
 * @record: a record checked without problems
 *
 * Adds, updates or skips a checked record by its UUID, and counts which.
 * A clash with another record goes to the report.
 *
 * Returns: %FALSE only on a database error
 */
gboolean
_emb_bundle_merge_record (EmbBundleImport  *imp,
                          EmbBundleKindId   id,
                          JsonObject       *object,
                          EmbBundleRecord  *record,
                          GError          **error)
{
  EmbBundleEntry *entry = record->entry;
  const EmbTable *table = _emb_bundle_kind (id)->table;
  EmbBundleKindState *state = &imp->kinds[id];
  sqlite3 *handle = _emb_database_get_handle (imp->db);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (imp->db, imp->upsert_sql[id], error);
  gboolean existed = (entry->flags & EMB_BUNDLE_ENTRY_IN_DB) != 0;
  gboolean changed;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, record->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record->created_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, record->updated_at, -1, SQLITE_STATIC);
  for (guint i = 0; i < table->n_columns; i++)
    bind_cell (stmt, 4 + (int)i, &record->cells[i]);

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
    {
      entry->id = sqlite3_last_insert_rowid (handle);
      note_added (state, entry->id, entry->index);
    }

  for (guint i = 0; i < table->n_links; i++)
    if (!sync_link (imp, &table->links[i], entry->id, record->links[i], existed, &changed,
                    error))
      return FALSE;
  if (table->has_scores &&
      !sync_scores (imp, entry->id, &record->scores, existed, &changed, error))
    return FALSE;

  if (!existed)
    state->added++;
  else if (changed)
    state->updated++;
  else
    state->skipped++;
  return TRUE;
}
