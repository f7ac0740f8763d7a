/* emb-bundle-known.c: the records of a bundle import known by UUID
 *
 * Every record is known by its UUID: its own UUID is claimed when it is
 * read (a second record of the file with the same UUID is a problem), and
 * each reference is resolved to a row of the database or a record read
 * earlier in the file. A kind is known one of two ways:
 *
 *  - in memory: the records of the database (read once per table) and
 *    those of the file seen so far, in a hash table, so that each UUID is
 *    looked up once there: for the small kinds, which records of other
 *    kinds refer to many times (three employees a nomination);
 *  - in the database: for a top-level kind with many records in the file
 *    or in its table (a million feedback items would take 56 MB in memory),
 *    and for one no kind refers to (the nominations), a UUID is looked up
 *    in the table by its unique index, where each record the import wrote
 *    is. Only the records of the file that were not written (they have
 *    problems) are kept in memory, so that a reference to one, or the same
 *    UUID again, is recognised. A row with an id above the highest of the
 *    table before the import was written by this import: its UUID is used
 *    twice in the file. Which element wrote each row is kept in 4 bytes a
 *    row, for the message. Into a table that was empty, a record is added
 *    without looking its UUID up first: the unique index refuses the second
 *    of two records with the same UUID (_emb_bundle_uuid_clash()).
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

#define ENTRY_BLOCK       4096
#define DEFAULT_THRESHOLD 100000

enum
{
  KNOWN_IN_MEMORY = 1,
  KNOWN_IN_DATABASE,
};

static guint threshold = DEFAULT_THRESHOLD;

/**
 * _emb_bundle_set_database_threshold:
 * @records: the fewest records of a kind known in the database, or 0 for
 *   the default
 *
 * For tests: lets a few records take that path.
 */
void
_emb_bundle_set_database_threshold (guint records)
{
  threshold = records > 0 ? records : DEFAULT_THRESHOLD;
}

/* UUIDs ------------------------------------------------------------------ */

/* The value of a hex digit, or -1: called for every character of the
 * millions of UUIDs of a large bundle, so inline rather than through
 * g_ascii_xdigit_value(). */
static inline int
hex_value (guchar c)
{
  if ((guint)(c - '0') < 10)
    return c - '0';
  c |= 0x20;    /* lower case */
  if ((guint)(c - 'a') < 6)
    return c - 'a' + 10;
  return -1;
}

static inline gboolean
is_dash_position (guint i)
{
  return i == 8 || i == 13 || i == 18 || i == 23;
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

      if (is_dash_position (i))
        {
          if (text[i] != '-')
            return FALSE;
          continue;
        }
      hi = hex_value ((guchar)text[i]);
      if (hi < 0)
        return FALSE;
      lo = hex_value ((guchar)text[++i]);
      if (lo < 0)
        return FALSE;
      out[j++] = (guint8)(hi << 4 | lo);
    }
  return text[36] == '\0';
}

/* A UUID in the form we store: lower case. What g_uuid_string_is_valid()
 * accepts, in one pass. */
gboolean
_emb_bundle_normalise_uuid (const char *text,
                            char        out[37])
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < 36; i++)
    {
      guchar c = (guchar)text[i];

      if (is_dash_position (i) ? c != '-' : hex_value (c) < 0)
        return FALSE;
      /* Lower case for a letter, and no change for a digit or a dash. */
      out[i] = is_dash_position (i) ? '-' : (char)(c | 0x20);
    }
  out[36] = '\0';
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

/* The kinds --------------------------------------------------------------- */

static gint64
highest_id (EmbBundleImport *imp,
            EmbBundleKindId  id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM %s",
                                          _emb_bundle_kind (id)->table->table);

  return _emb_database_count (imp->db, sql);
}

/* How the kind @id is known, decided when it is first needed: before any
 * of its records is read, as every reference points back to a kind read
 * earlier. */
static int
mode_of (EmbBundleImport *imp,
         EmbBundleKindId  id)
{
  EmbBundleKindState *state = &imp->kinds[id];

  if (state->mode == 0)
    {
      gboolean leaf = TRUE;

      state->mode = KNOWN_IN_MEMORY;
      if (_emb_bundle_kind (id)->parent != EMB_BUNDLE_TOP || id == EMB_BUNDLE_KIND_ORGANISATION)
        return state->mode;

      for (EmbBundleKindId later = id + 1; leaf && later < EMB_BUNDLE_N_KINDS; later++)
        leaf = !refers_to (later, id);
      state->max_before = highest_id (imp, id);
      if (leaf || state->n_file >= threshold || state->max_before >= threshold)
        {
          state->mode = KNOWN_IN_DATABASE;
          state->new_index = g_array_new (FALSE, TRUE, sizeof (guint32));
          state->entries = g_hash_table_new (entry_hash, entry_equal);
        }
    }
  return state->mode;
}

/* The records of a kind known in memory: those of the database, read once,
 * and those of the file seen so far. */
static GHashTable *
entries_in_memory (EmbBundleImport  *imp,
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

/* The id of the row of @id's table with @uuid, or 0. */
static gboolean
find_row (EmbBundleImport  *imp,
          EmbBundleKindId   id,
          const char       *uuid,
          gint64           *row,
          GError          **error)
{
  EmbBundleKindState *state = &imp->kinds[id];
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  if (state->find == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1",
                                              _emb_bundle_kind (id)->table->table);

      state->find = _emb_database_prepare (imp->db, sql, error);
      if (state->find == NULL)
        return FALSE;
    }
  stmt = state->find;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (!_emb_database_step_row (imp->db, stmt, &has_row, error))
    return FALSE;
  *row = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/**
 * _emb_bundle_find_entry:
 * @uuid: a UUID in lower case
 * @entry: (out): the record of the kind @id with that UUID, in the file or
 *   the database, or %NULL when there is none; valid until the next call
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
  GHashTable *entries;
  EmbBundleEntry key;
  gint64 row;

  *entry = NULL;
  if (!uuid_to_bytes (uuid, key.uuid))
    return TRUE;

  if (mode_of (imp, id) == KNOWN_IN_MEMORY)
    {
      entries = entries_in_memory (imp, id, error);
      if (entries == NULL)
        return FALSE;
      *entry = g_hash_table_lookup (entries, &key);
      return TRUE;
    }

  /* A record of the file that was not written, or the table's row. */
  if (imp->kinds[id].entries != NULL)
    *entry = g_hash_table_lookup (imp->kinds[id].entries, &key);
  if (*entry != NULL)
    return TRUE;
  if (!find_row (imp, id, uuid, &row, error))
    return FALSE;
  if (row > 0)
    {
      memset (&imp->found, 0, sizeof imp->found);
      memcpy (imp->found.uuid, key.uuid, sizeof key.uuid);
      imp->found.flags = EMB_BUNDLE_ENTRY_IN_DB;
      imp->found.id = row;
      *entry = &imp->found;
    }
  return TRUE;
}

/**
 * _emb_bundle_forget_entries:
 * @done: a top-level kind whose records (and those nested in them) are all
 *   read
 *
 * Frees the records known of every kind read so far that no kind still to
 * come refers to: of a bundle with a thousand departments and employees,
 * those of the departments are needed only until the last employee. A kind
 * asked for again is read from the database.
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
        {
          _emb_bundle_clear_entries (&imp->kinds[id]);
          imp->kinds[id].mode = 0;
        }
    }
#ifdef __GLIBC__
  /* Their blocks lie in the heap, whose free pages glibc keeps. */
  malloc_trim (0);
#endif
}

/* Claims ------------------------------------------------------------------- */

/* The element of the file that claimed the row @row, or -1. */
static gint64
claimed_by (EmbBundleKindState *state,
            gint64              row)
{
  if (state->new_index == NULL)
    return -1;   /* known in memory */
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

/* The problem of a UUID that an earlier record of the file has, at the
 * element @earlier of the same array (or -1, when that is not known). */
static void
used_twice (EmbBundleImport *imp,
            EmbBundleKindId  id,
            const char      *uuid,
            gint64           earlier)
{
  if (earlier >= 0)
    _emb_bundle_problem (imp, "uuid", _("The UUID %s is already used by $.%s[%u]."),
                         uuid, _emb_bundle_kind (id)->table->member, (guint)earlier);
  else
    _emb_bundle_problem (imp, "uuid",
                         _("The UUID %s is already used by another record of the file."),
                         uuid);
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
  EmbBundleEntry *unwritten;
  gint64 row = 0;
  gint64 earlier;

  memset (entry, 0, sizeof *entry);
  uuid_to_bytes (record->uuid, entry->uuid);
  unwritten = g_hash_table_lookup (state->entries, entry);
  if (unwritten != NULL)
    {
      used_twice (imp, id, record->uuid, unwritten->index);
      return TRUE;
    }

  /* In a table that was empty, every row is one this import wrote. */
  if (state->max_before > 0 && !find_row (imp, id, record->uuid, &row, error))
    return FALSE;
  earlier = row > 0 ? claimed_by (state, row) : -1;
  if (row > state->max_before || earlier >= 0)
    {
      used_twice (imp, id, record->uuid, earlier);
      return TRUE;
    }

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

/* The record's own UUID, claimed for it: a second record with the same UUID
 * in the file is a problem. */
gboolean
_emb_bundle_claim_uuid (EmbBundleImport        *imp,
                        EmbBundleKindId         id,
                        const EmbBundleFields  *fields,
                        guint                   index,
                        EmbBundleRecord        *record,
                        GError                **error)
{
  const EmbBundleValue *value = _emb_bundle_fields_get (fields, "uuid");
  const EmbBundleKind *kind = _emb_bundle_kind (id);
  EmbBundleEntry *entry;
  const char *text;
  char *uuid = record->uuid;

  record->entry = NULL;
  if (value == NULL)
    {
      _emb_bundle_problem (imp, "uuid", _("“%s” is missing."), "uuid");
      return TRUE;
    }
  text = value->type == EMB_BUNDLE_VALUE_STRING ? value->s : NULL;
  if (!_emb_bundle_normalise_uuid (text, uuid))
    {
      _emb_bundle_problem (imp, "uuid",
                           _("“%s” must be a UUID such as 0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90."),
                           "uuid");
      return TRUE;
    }

  if (mode_of (imp, id) == KNOWN_IN_DATABASE)
    return claim_in_database (imp, id, index, record, error);

  if (!_emb_bundle_find_entry (imp, id, uuid, &entry, error))
    return FALSE;
  if (entry != NULL && (entry->flags & EMB_BUNDLE_ENTRY_IN_FILE))
    {
      used_twice (imp, id, uuid, kind->parent == EMB_BUNDLE_TOP ? (gint64)entry->index : -1);
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

/**
 * _emb_bundle_note_record:
 * @record: a record of the kind @id, checked and, unless it had problems,
 *   written
 *
 * Keeps what later records need to know of @record: of a kind known in the
 * database, which element wrote a row, or the record itself when it was
 * not written.
 */
void
_emb_bundle_note_record (EmbBundleImport       *imp,
                         EmbBundleKindId        id,
                         const EmbBundleRecord *record)
{
  EmbBundleKindState *state = &imp->kinds[id];
  const EmbBundleEntry *entry = record->entry;
  EmbBundleEntry *kept;

  if (entry != &record->own)
    return;   /* known in memory, or its UUID was wrong */

  if (entry->id > state->max_before)
    {
      guint64 k = entry->id - state->max_before - 1;

      if (k >= state->new_index->len)
        g_array_set_size (state->new_index, k + 1);
      g_array_index (state->new_index, guint32, k) = entry->index;
    }
  else if (entry->id == 0)
    {
      kept = new_entry (state, entry->uuid);
      kept->flags = entry->flags;
      kept->index = entry->index;
    }
}

/**
 * _emb_bundle_uuid_clash:
 * @record: a record whose row the unique index of UUIDs refused
 *
 * Reports the UUID of @record as used twice in the file.
 *
 * Returns: %FALSE only on a database error
 */
gboolean
_emb_bundle_uuid_clash (EmbBundleImport        *imp,
                        EmbBundleKindId         id,
                        const EmbBundleRecord  *record,
                        GError                **error)
{
  gint64 row;

  if (!find_row (imp, id, record->uuid, &row, error))
    return FALSE;
  used_twice (imp, id, record->uuid, row > 0 ? claimed_by (&imp->kinds[id], row) : -1);
  return TRUE;
}
