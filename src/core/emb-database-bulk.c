/* emb-database-bulk.c: writing many rows at once
 *
 * An import that adds many rows to a table that holds fewer works in bulk
 * mode, inside the import's transaction:
 *
 *  - the table's secondary indexes are dropped and, once the rows are in,
 *    created again from the SQL text sqlite_schema kept of them: sorting
 *    the rows once costs less than inserting each into every index, even
 *    an index the rows come in the order of (a million feedback rows: 5.7 s
 *    to create the nine indexes, 10.5 s to keep them row by row). Only the
 *    indexes an import looks rows up by stay, when it says it will;
 *  - the triggers that keep the table's derived data (the full-text index,
 *    the per-day histograms, the counts, a derived column) are dropped too
 *    and created again the same way, and the derived data is rebuilt from
 *    the whole table by a few statements (INSERT … SELECT … GROUP BY, the
 *    FTS5 'rebuild' command, an UPDATE) before they come back. Rebuilt
 *    from the whole table rather than from the new rows, the result is
 *    right whatever the import did (added, changed or removed rows). An import that only adds rows may
 *    keep a table of counts itself, from the rows it writes, which costs
 *    less than reading them all again (_emb_database_bulk_keep_derived()).
 *
 * It all happens in the caller's transaction: when the import fails or is
 * cancelled, the rollback brings back the indexes and triggers with
 * everything else, and a transaction with a bulk write still open refuses
 * to commit (emb_database_transaction()). Another connection never sees the
 * table without its indexes.
 *
 * Only the triggers named below are suspended, each with the statements that
 * rebuild what it keeps: a trigger added later keeps working row by row
 * (right, if slower) until it is listed here. A migration that changes what
 * one of these triggers keeps must change its rebuild here too; the tests
 * compare every derived table with the same counts made from the rows after
 * both kinds of import.
 *
 * Small imports and edits keep the triggers and the indexes.
 *
 * A large import also writes its pages once rather than twice when it can
 * (_emb_database_bulk_journal_begin()): in write-ahead-log mode every page
 * goes to the log, then is copied into the database at the checkpoint; with
 * a rollback journal the new pages (beyond the end of the file) are written
 * straight into the database and only the few changed ones are journaled.
 * Leaving the log needs the database to itself, so it is tried only without
 * waiting, and when another connection (a window, a kiosk) has the file open
 * the import simply stays in the log. Both modes are as safe against a crash
 * (synchronous = FULL); the log comes back when the import ends, committed
 * or not, and at the next open at the latest (emb_database_open()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-database"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"

#define DEFAULT_THRESHOLD 1000
/* A million feedback rows are about 160 MB of CSV. */
#define DEFAULT_JOURNAL_BYTES (16 * 1024 * 1024)
#define SORT_CACHE_KIB    (16 * 1024)

/* A table derived from the rows (a per-day histogram, counts, a full-text
 * index), and the statements that build it again from all of them. */
typedef struct
{
  const char *derived;
  const char *sql;
} BulkRebuild;

/* What a table's triggers keep, and how to rebuild it; the indexes an
 * import may look rows up by while it writes. */
typedef struct
{
  const char         *table;
  const char * const *triggers;
  const BulkRebuild  *rebuild;    /* ended by { NULL } */
  const char * const *lookups;
} BulkTable;

/* A full-text index built again from its content table. FTS5 writes the
 * terms it holds in memory as a segment whenever they pass its hash size
 * (1 MB), and merges the segments as they come: with 32 MB it writes and
 * merges a thirty-second as many (a million nominations: 5.8 s rather than
 * 7.7 s with 8 MB), in about as much memory again, which an import has
 * while it sorts in a smaller page cache. The setting is a row of the
 * index's _config table, taken out again, so the index stays as it was
 * created. */
#define FTS_REBUILD(fts) \
  "INSERT INTO " fts " (" fts ", rank) VALUES ('hashsize', 33554432);" \
  "INSERT INTO " fts " (" fts ") VALUES ('rebuild');" \
  "DELETE FROM " fts "_config WHERE k = 'hashsize';"

/* feedback_day: see 0003-kept-counts.sql; feedback_fts: 0001-initial.sql. */
static const char * const feedback_triggers[] = {
  "feedback_fts_insert", "feedback_fts_delete", "feedback_fts_update",
  "feedback_day_insert", "feedback_day_delete", "feedback_day_update",
  NULL
};

static const BulkRebuild feedback_rebuild[] = {
  { "feedback_day",
    "DELETE FROM feedback_day;"
    "INSERT INTO feedback_day (touchpoint_id, score_type, day,"
    "                          s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, complaints)"
    "  SELECT coalesce (touchpoint_id, 0), score_type, substr (received_at, 1, 10),"
    "         sum (score IS 0), sum (score IS 1), sum (score IS 2), sum (score IS 3),"
    "         sum (score IS 4), sum (score IS 5), sum (score IS 6), sum (score IS 7),"
    "         sum (score IS 8), sum (score IS 9), sum (score IS 10), sum (kind = 'complaint')"
    "  FROM feedback"
    "  GROUP BY 1, 2, 3;" },
  { "feedback_fts", FTS_REBUILD ("feedback_fts") },
  { NULL }
};

/* nomination.department_id: 0001-initial.sql; nomination_count:
 * 0003-kept-counts.sql; nomination_day: 0004-nomination-days.sql.
 *
 * The department's triggers are suspended too, though each only updates
 * the row just written: a statement that fires a trigger runs in a
 * statement transaction, which copies every page it changes to a statement
 * journal first. A million nominations wrote 2.4 pages each to a temporary
 * file that way (15 of the 30 s of writing their rows). The bundle import
 * writes the column with each row instead (from derived_columns) and keeps
 * it; for any other writer one UPDATE of the whole table rebuilds it,
 * first, as nomination_day counts by department. */
static const char * const nomination_triggers[] = {
  "nomination_department_insert", "nomination_department_update",
  "nomination_fts_insert", "nomination_fts_delete", "nomination_fts_update",
  "nomination_count_insert", "nomination_count_delete", "nomination_count_update",
  "nomination_day_insert", "nomination_day_delete",
  "nomination_day_update_old", "nomination_day_update_new",
  NULL
};

#define NOMINATION_DEPARTMENT                                                \
  "coalesce (nominee_department_id,"                                        \
  "          (SELECT department_id FROM employee WHERE id = nominee_employee_id))"

static const EmbDerivedColumn derived_columns[] = {
  { "nomination", "department_id", NOMINATION_DEPARTMENT },
};

static const BulkRebuild nomination_rebuild[] = {
  { "nomination.department_id",
    "UPDATE nomination SET department_id = " NOMINATION_DEPARTMENT
    "  WHERE department_id IS NOT " NOMINATION_DEPARTMENT ";" },
  { "nomination_count",
    "DELETE FROM nomination_count;"
    "INSERT INTO nomination_count (status, n)"
    "  SELECT status, count(*) FROM nomination GROUP BY status;" },
  { "nomination_day",
    "DELETE FROM nomination_day;"
    "INSERT INTO nomination_day (value_id, department_id, day, n,"
    "                            with_touchpoint, with_feedback, with_both)"
    "  SELECT value_id, coalesce (department_id, 0), substr (submitted_at, 1, 10), count(*),"
    "         sum (touchpoint_id IS NOT NULL), sum (feedback_id IS NOT NULL),"
    "         sum (touchpoint_id IS NOT NULL AND feedback_id IS NOT NULL)"
    "  FROM nomination"
    "  WHERE status <> 'declined'"
    "  GROUP BY 1, 2, 3;" },
  { "nomination_fts", FTS_REBUILD ("nomination_fts") },
  { NULL }
};

static const BulkRebuild nothing[] = { { NULL } };

/* A re-import finds the items it has by their source's ids, or by their
 * time and content (feedback_by_content, schema 7): those lookups must not
 * scan the table. A name the schema lacks keeps nothing. */
static const char * const feedback_lookups[] = {
  "feedback_by_source_id", "feedback_by_content",
  NULL
};

static const char * const none[] = { NULL };

static const BulkTable bulk_tables[] = {
  { "feedback", feedback_triggers, feedback_rebuild, feedback_lookups },
  { "nomination", nomination_triggers, nomination_rebuild, none },
  { "employee", none, nothing, none },
};

static guint threshold = DEFAULT_THRESHOLD;
static goffset journal_bytes = DEFAULT_JOURNAL_BYTES;

/**
 * _emb_database_set_bulk_threshold:
 * @rows: the fewest rows an import writes in bulk, or 0 for the default
 *
 * For tests: lets a few rows take the bulk path.
 */
void
_emb_database_set_bulk_threshold (guint rows)
{
  threshold = rows > 0 ? rows : DEFAULT_THRESHOLD;
}

void
_emb_database_set_bulk_journal_bytes (goffset n_bytes)
{
  journal_bytes = n_bytes > 0 ? n_bytes : DEFAULT_JOURNAL_BYTES;
}

/**
 * _emb_database_set_cache_size:
 * @value: the new PRAGMA cache_size: pages, or KiB when negative
 *
 * Sizes the page cache for the work of an import: with the default (2 MB)
 * a large transaction spills the same pages to the log again and again.
 *
 * Returns: the value it had, to set back after the import
 */
int
_emb_database_set_cache_size (EmbDatabase *self,
                              int          value)
{
  int previous = (int)_emb_database_count (self, "PRAGMA cache_size");
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", value);

  if (!_emb_database_exec (self, sql, NULL))
    g_warning ("Cannot set the cache size to %d", value);
  return previous;
}

static gboolean
set_journal_mode (EmbDatabase *db,
                  const char  *mode)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = %s", mode);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, NULL);

  /* The pragma answers with the mode in force, which stays the old one
   * when the change is refused. */
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW &&
         g_ascii_strcasecmp (_emb_column_text (stmt, 0), mode) == 0;
}

/**
 * _emb_database_get_journal_is_wal:
 *
 * Whether the database is in write-ahead-log mode, as it is but during a
 * large import that has it to itself.
 */
gboolean
_emb_database_get_journal_is_wal (EmbDatabase *db)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, "PRAGMA journal_mode", NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW &&
         g_ascii_strcasecmp (_emb_column_text (stmt, 0), "wal") == 0;
}

/**
 * _emb_database_bulk_journal_begin:
 * @n_bytes: the size of the file to import
 *
 * Before the transaction of an import of @n_bytes: when that is large, leaves write-ahead-log mode for
 * a rollback journal when no other connection has the database open, so
 * that the import's pages are written once (see above). Does not wait for
 * anyone: when another connection is there, the import stays in the log.
 *
 * Returns: whether the journal changed; pass it to
 *   _emb_database_bulk_journal_end()
 */
gboolean
_emb_database_bulk_journal_begin (EmbDatabase *db,
                                  goffset      n_bytes)
{
  guint timeout;
  gboolean begun;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (!_emb_database_in_transaction (db), FALSE);

  if (n_bytes < journal_bytes)
    return FALSE;
  timeout = emb_database_set_busy_timeout (db, 0);
  begun = set_journal_mode (db, "DELETE");
  emb_database_set_busy_timeout (db, timeout);
  g_debug ("bulk journal: %s", begun ? "a rollback journal for the import"
                                     : "another connection is open: the log stays");
  return begun;
}

/**
 * _emb_database_bulk_journal_end:
 * @begun: what _emb_database_bulk_journal_begin() returned
 *
 * After the import's transaction, committed or rolled back: back to the
 * write-ahead log (waiting as any write does for a connection that came
 * meanwhile; if it cannot, emb_database_open() brings it back next time).
 */
void
_emb_database_bulk_journal_end (EmbDatabase *db,
                                gboolean     begun)
{
  g_return_if_fail (EMB_IS_DATABASE (db));

  if (begun && !set_journal_mode (db, "WAL"))
    g_warning ("Cannot return the database to write-ahead logging: %s",
               sqlite3_errmsg (_emb_database_get_handle (db)));
}

/**
 * _emb_database_derived_column:
 * @table: a table
 *
 * Returns: (nullable): the column of @table that its triggers derive from
 *   the others, if it has one. A writer that suspends those triggers may
 *   write the column itself, then keep it (_emb_database_bulk_keep_derived()
 *   with _emb_database_derived_name())
 */
const EmbDerivedColumn *
_emb_database_derived_column (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (derived_columns); i++)
    if (g_str_equal (derived_columns[i].table, table))
      return &derived_columns[i];
  return NULL;
}

/**
 * _emb_database_derived_name:
 *
 * Returns: (transfer full): the name of @derived for
 *   _emb_database_bulk_keep_derived(): table.column
 */
char *
_emb_database_derived_name (const EmbDerivedColumn *derived)
{
  return g_strconcat (derived->table, ".", derived->column, NULL);
}

static const BulkTable *
find_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (bulk_tables); i++)
    if (g_str_equal (bulk_tables[i].table, table))
      return &bulk_tables[i];
  return NULL;
}

/**
 * _emb_database_bulk_wanted:
 * @table: a table that can be written in bulk: feedback, nomination or
 *   employee
 * @n_rows: about how many rows the import writes into it
 *
 * Whether writing @n_rows rows in bulk is worth it: when they are many (the
 * threshold) and at least as many as the table holds, so that building its
 * indexes and derived data again over the whole table costs less than
 * keeping them row by row.
 */
gboolean
_emb_database_bulk_wanted (EmbDatabase *db,
                           const char  *table,
                           guint64      n_rows)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (find_table (table) != NULL, FALSE);

  if (n_rows < threshold)
    return FALSE;
  /* The highest id, found at once, for the number of rows: at least it. */
  sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM %s", table);
  return (guint64)_emb_database_count (db, sql) <= n_rows;
}

typedef struct
{
  gboolean  trigger;
  char     *name;
  char     *sql;
} SchemaObject;

struct _EmbBulk
{
  EmbDatabase     *db;
  const BulkTable *table;
  GArray          *objects;    /* SchemaObject: indexes first, then triggers */
  guint            n_indexes;  /* of objects */
  GPtrArray       *kept;       /* derived tables the caller keeps */
  gboolean         looks_up;   /* the lookup indexes stay */
  gboolean         open;
};

static void
schema_object_clear (gpointer data)
{
  SchemaObject *object = data;

  g_free (object->name);
  g_free (object->sql);
}

/* Whether bulk mode drops @name and creates it again. */
static gboolean
is_suspended (EmbBulk    *bulk,
              gboolean    trigger,
              const char *name)
{
  if (trigger)
    return g_strv_contains (bulk->table->triggers, name);
  return !bulk->looks_up || !g_strv_contains (bulk->table->lookups, name);
}

/* The table's secondary indexes (not the unique ones, nor those it looks
 * rows up by) and the triggers it suspends, as sqlite_schema has them. */
static gboolean
read_objects (EmbBulk   *bulk,
              GError   **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  int rc;

  /* A unique index is a constraint, which the rows must meet as they come. */
  stmt = _emb_database_prepare (bulk->db,
                                "SELECT type, name, sql FROM sqlite_schema"
                                " WHERE tbl_name = ?1 AND type IN ('index', 'trigger')"
                                " AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE INDEX%'"
                                " ORDER BY type = 'trigger', rowid",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, bulk->table->table);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaObject object;

      object.trigger = g_str_equal (_emb_column_text (stmt, 0), "trigger");
      if (!is_suspended (bulk, object.trigger, _emb_column_text (stmt, 1)))
        continue;
      object.name = _emb_column_dup_text (stmt, 1);
      object.sql = _emb_column_dup_text (stmt, 2);
      /* Indexes first, then triggers */
      if (object.trigger)
        g_array_append_val (bulk->objects, object);
      else
        g_array_insert_val (bulk->objects, bulk->n_indexes++, object);
    }
  if (rc != SQLITE_DONE)
    {
      _emb_database_set_error (error, _emb_database_get_handle (bulk->db), rc);
      return FALSE;
    }
  return TRUE;
}

/* Drops objects @from to @to (not included). */
static gboolean
drop_objects (EmbBulk  *bulk,
              guint     from,
              guint     to,
              GError  **error)
{
  for (guint i = from; i < to; i++)
    {
      const SchemaObject *object = &g_array_index (bulk->objects, SchemaObject, i);
      g_autofree char *sql = g_strdup_printf ("DROP %s \"%s\"",
                                              object->trigger ? "TRIGGER" : "INDEX", object->name);

      if (!_emb_database_exec (bulk->db, sql, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _emb_database_bulk_begin:
 * @table: feedback, nomination or employee
 * @looks_up: whether the import looks rows of @table up while it writes
 *   (by a source's ids or by content): the indexes it needs then stay
 *
 * Starts writing @table in bulk, inside the caller's transaction: drops its
 * secondary indexes and the triggers that keep its derived data. The
 * transaction cannot commit before _emb_database_bulk_finish() has put them
 * back; on failure, roll it back.
 *
 * Returns: (transfer full): the bulk write, for _emb_database_bulk_finish()
 *   and _emb_database_bulk_free(), or %NULL with @error
 */
EmbBulk *
_emb_database_bulk_begin (EmbDatabase  *db,
                          const char   *table,
                          gboolean      looks_up,
                          GError      **error)
{
  g_autoptr(EmbBulk) bulk = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (_emb_database_in_transaction (db), NULL);
  g_return_val_if_fail (find_table (table) != NULL, NULL);

  bulk = g_new0 (EmbBulk, 1);
  bulk->db = g_object_ref (db);
  bulk->table = find_table (table);
  bulk->objects = g_array_new (FALSE, FALSE, sizeof (SchemaObject));
  g_array_set_clear_func (bulk->objects, schema_object_clear);
  bulk->kept = g_ptr_array_new_with_free_func (g_free);
  bulk->looks_up = looks_up;

  if (!read_objects (bulk, error))
    return NULL;

  /* From now on the transaction must not commit until finished. */
  _emb_database_hold_commit (db, TRUE);
  bulk->open = TRUE;

  if (!drop_objects (bulk, 0, bulk->objects->len, error))
    return NULL;
  return g_steal_pointer (&bulk);
}

/**
 * _emb_database_bulk_keep_derived:
 * @derived: a table the bulk write would rebuild, such as feedback_day
 *
 * Tells that the caller keeps @derived itself while its triggers are
 * suspended, and cheaper than a rebuild from the whole table: for a table
 * of counts, by adding those of the rows it writes (right when it only adds
 * rows). _emb_database_bulk_finish() leaves it as it is.
 */
void
_emb_database_bulk_keep_derived (EmbBulk    *bulk,
                                 const char *derived)
{
  g_return_if_fail (bulk != NULL && bulk->open);

  g_ptr_array_add (bulk->kept, g_strdup (derived));
}

static gboolean
is_kept (EmbBulk    *bulk,
         const char *derived)
{
  for (guint i = 0; i < bulk->kept->len; i++)
    if (g_str_equal (g_ptr_array_index (bulk->kept, i), derived))
      return TRUE;
  return FALSE;
}

static void
set_threads (EmbDatabase *db,
             int          threads)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA threads = %d", MAX (threads, 0));

  _emb_database_exec (db, sql, NULL);
}

/**
 * _emb_database_bulk_finish:
 *
 * Rebuilds the derived data of the table from all its rows, then creates
 * its indexes and triggers again as they were.
 *
 * Returns: %FALSE with @error when that fails: then roll back
 */
gboolean
_emb_database_bulk_finish (EmbBulk  *bulk,
                           GError  **error)
{
  gint64 t0, t1;
  int threads, cache_size;
  gboolean ok = TRUE;

  g_return_val_if_fail (bulk != NULL && bulk->open, FALSE);

  /* The sorts of GROUP BY and CREATE INDEX may use another processor, and
   * sort in lists of at most the cache's size (SQLite's rule) while another
   * is written out: a smaller cache keeps them in the memory of an import. */
  threads = (int)_emb_database_count (bulk->db, "PRAGMA threads");
  set_threads (bulk->db, MIN (g_get_num_processors (), 4) - 1);
  cache_size = _emb_database_set_cache_size (bulk->db, -SORT_CACHE_KIB);

  t0 = g_get_monotonic_time ();
  for (const BulkRebuild *rebuild = bulk->table->rebuild; ok && rebuild->derived != NULL;
       rebuild++)
    {
      t1 = g_get_monotonic_time ();
      if (is_kept (bulk, rebuild->derived))
        continue;
      ok = _emb_database_exec (bulk->db, rebuild->sql, error);
      g_debug ("%s in bulk: %s rebuilt in %.3f s", bulk->table->table, rebuild->derived,
               (g_get_monotonic_time () - t1) / 1e6);
    }
  for (guint i = 0; ok && i < bulk->objects->len; i++)
    {
      const SchemaObject *object = &g_array_index (bulk->objects, SchemaObject, i);

      t1 = g_get_monotonic_time ();
      ok = _emb_database_exec (bulk->db, object->sql, error);
      if (!object->trigger)
        g_debug ("%s in bulk: %s created in %.3f s", bulk->table->table, object->name,
                 (g_get_monotonic_time () - t1) / 1e6);
    }
  set_threads (bulk->db, threads);
  _emb_database_set_cache_size (bulk->db, cache_size);
  if (!ok)
    return FALSE;
  g_debug ("%s in bulk: finished in %.3f s", bulk->table->table,
           (g_get_monotonic_time () - t0) / 1e6);

  bulk->open = FALSE;
  _emb_database_hold_commit (bulk->db, FALSE);
  return TRUE;
}

/* A bulk write not finished leaves the commit held: the transaction it is
 * in rolls back. */
void
_emb_database_bulk_free (EmbBulk *bulk)
{
  if (bulk == NULL)
    return;

  g_clear_object (&bulk->db);
  g_array_unref (bulk->objects);
  g_ptr_array_unref (bulk->kept);
  g_free (bulk);
}
