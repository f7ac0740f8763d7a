/* emb-database.c: the programme database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "emb-database-private.h"

/* How long a write waits for another process's: in WAL mode reads never
 * wait, and the writes of a window are short, but an import in another
 * process (the command line, another manager's window) holds the lock for
 * its whole transaction, seconds on a busy machine. A save that waits for
 * it is slow; one that gives up is lost and says "locked" to a person, so
 * the wait is long. A reader that must never stall sets its own
 * (emb_database_set_busy_timeout(), the kiosk). */
#define BUSY_TIMEOUT_MS 30000

typedef struct
{
  EmbRecordKind kind;
  EmbChangeType change;
  gint64        id;
} PendingChange;

struct _EmbDatabase
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  GHashTable  *statements;     /* SQL text → sqlite3_stmt* */
  GArray      *pending;        /* PendingChange, emitted on commit */
  guint        depth;          /* transaction nesting */
  guint        holds;          /* bulk writes not finished (emb-database-bulk.c) */
  guint        hold_depth;     /* the depth of the first of them */
  gint64       data_version;
  guint        watch_source;
  int          schema_version;

  /* The file as it was opened (see emb-database-file.c). */
  guint64      dev;
  guint64      ino;
  EmbDatabaseFileProblem file_problem;
  EmbDatabaseFileProblem refused;  /* what the commit hook refused for */

  /* Waiting for another connection's lock (busy_handler()). */
  guint        busy_timeout_ms;
  gint64       busy_since;
  gint64       locked_since;   /* the outermost transaction's BEGIN */
  guint        lock_waits;
  gint64       longest_wait_us;
};

G_DEFINE_FINAL_TYPE (EmbDatabase, emb_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_FILE_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_database_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EmbDatabase *self = EMB_DATABASE (object);

  switch (prop_id)
    {
    case PROP_FILE_PROBLEM:
      g_value_set_enum (value, self->file_problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_database_finalize (GObject *object)
{
  EmbDatabase *self = (EmbDatabase *)object;

  g_clear_handle_id (&self->watch_source, g_source_remove);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (emb_database_parent_class)->finalize (object);
}

static void
emb_database_class_init (EmbDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_database_finalize;
  object_class->get_property = emb_database_get_property;

  /**
   * EmbDatabase:file-problem:
   *
   * What happened to the file since it was opened, as last seen
   * (emb_database_check_file()): while it is not
   * %EMB_DATABASE_FILE_OK, nothing is written.
   */
  properties[PROP_FILE_PROBLEM] =
    g_param_spec_enum ("file-problem", NULL, NULL,
                       EMB_TYPE_DATABASE_FILE_PROBLEM, EMB_DATABASE_FILE_OK,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EmbDatabase::changed:
   * @self: the database
   * @kind: an #EmbRecordKind
   * @change: an #EmbChangeType
   * @id: the id of the record, or 0 for many records
   *
   * Emitted after a change is committed, by this process or (with
   * %EMB_RECORD_KIND_ANY) by another process on the same file.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT64);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
emb_database_init (EmbDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
}

GQuark emb_database_error_quark (void);

/* Maps a SQLite result code to our error codes, with a translated message. */
void
_emb_database_set_error (GError  **error,
                         sqlite3  *db,
                         int       rc)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_BUSY,
                   _("The database is locked by another program (%s)."), detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_READ_ONLY,
                   _("The database cannot be written to (%s)."), detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FULL,
                   _("The disk is full; nothing was saved (%s)."), detail);
      break;

    /* A read or a write the disk refused (EIO): with extended result codes
     * (emb_database_open() turns them on) the kind of failure is known. */
    case SQLITE_IOERR:
      if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ)
        g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                     _("Cannot read the database file: the disk reported an error (%s)."),
                     detail);
      else
        g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                     _("Cannot write to the database file: the disk reported an error (%s)."),
                     detail);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT,
                   _("The database file is damaged (%s)."), detail);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_A_DATABASE,
                   _("The file is not an Embassy database (%s)."), detail);
      break;

    case SQLITE_CANTOPEN:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN,
                   _("The database file cannot be opened (%s)."), detail);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CONSTRAINT,
                   _("The change conflicts with existing records (%s)."), detail);
      break;

    default:
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                   _("The database reported an error (%s)."), detail);
      break;
    }
}

/* Waiting for a lock ------------------------------------------------------ */

/* SQLite's own busy timeout, with the same steps, but counted: how often a
 * lock was waited for and the longest wait, which the load test of
 * tests/concurrency reports. A statement waits up to the timeout, then
 * fails with SQLITE_BUSY. */
static int
busy_handler (void *data,
              int   count)
{
  static const guint steps_ms[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 };
  EmbDatabase *self = data;
  gint64 now = g_get_monotonic_time ();
  gint64 waited_ms;
  guint step;

  if (count == 0)
    {
      self->busy_since = now;
      self->lock_waits++;
    }
  waited_ms = (now - self->busy_since) / 1000;
  if (waited_ms >= self->busy_timeout_ms)
    {
      g_debug ("Gave up waiting for a lock after %" G_GINT64_FORMAT " ms", waited_ms);
      return 0;
    }

  step = steps_ms[MIN ((guint)count, G_N_ELEMENTS (steps_ms) - 1)];
  step = MIN (step, self->busy_timeout_ms - (guint)waited_ms);
  self->longest_wait_us = MAX (self->longest_wait_us, now - self->busy_since + step * 1000);
  g_usleep (step * 1000);
  return 1;
}

/* For the load test: how often this connection waited for a lock, and the
 * longest wait. */
void
_emb_database_get_lock_waits (EmbDatabase *self,
                              guint       *n_waits,
                              gint64      *longest_us)
{
  g_return_if_fail (EMB_IS_DATABASE (self));

  *n_waits = self->lock_waits;
  *longest_us = self->longest_wait_us;
}

/* The file under the database (see emb-database-file.c) ----------------- */

/* A write that commits while the path no longer holds the file opened, or
 * holds it read-only, would be lost: it is rolled back instead. Runs inside
 * SQLite, so it only remembers why; _emb_database_fail() says it. */
static int
commit_hook (void *data)
{
  EmbDatabase *self = data;

  self->refused = _emb_database_file_look (self->path, self->dev, self->ino);
  return self->refused != EMB_DATABASE_FILE_OK;
}

/* The log (the -wal file) of a file deleted, renamed or replaced stays at
 * the path: SQLite does not move it into a file that moved when it closes,
 * so what it holds would be missing from the file wherever it went, and
 * the next program to open a file at the path would read it as that file's
 * own. So it is moved into the file the database has open, which is where
 * it belongs, and emptied (without waiting for other readers of the old
 * file: then what they still read stays in it, as after a crash). */
static void
empty_log (EmbDatabase *self)
{
  guint timeout = emb_database_set_busy_timeout (self, 0);

  if (sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) != SQLITE_OK)
    g_debug ("Cannot empty the log of %s: %s", self->path, sqlite3_errmsg (self->db));
  emb_database_set_busy_timeout (self, timeout);
}

static void
set_file_problem (EmbDatabase            *self,
                  EmbDatabaseFileProblem  problem)
{
  if (self->file_problem == problem)
    return;

  if (problem != EMB_DATABASE_FILE_OK)
    {
      g_autofree char *what = emb_database_file_problem_describe (problem, self->path);
      g_message ("%s Nothing more is written to it.", what);
    }
  self->file_problem = problem;
  if ((problem == EMB_DATABASE_FILE_REMOVED || problem == EMB_DATABASE_FILE_REPLACED) &&
      self->depth == 0)
    empty_log (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_PROBLEM]);
}

/**
 * emb_database_check_file:
 *
 * Looks whether the path still holds the file the database opened, and
 * writable; notifies #EmbDatabase:file-problem when that changed. Every
 * write looks by itself; a view calls this when the file's folder changes
 * so that it can say so before anyone writes.
 *
 * Returns: what happened to the file, %EMB_DATABASE_FILE_OK for nothing
 */
EmbDatabaseFileProblem
emb_database_check_file (EmbDatabase *self)
{
  g_return_val_if_fail (EMB_IS_DATABASE (self), EMB_DATABASE_FILE_OK);

  set_file_problem (self, _emb_database_file_look (self->path, self->dev, self->ino));
  return self->file_problem;
}

/**
 * emb_database_get_file_problem:
 *
 * Returns: what happened to the file when it was last looked at
 */
EmbDatabaseFileProblem
emb_database_get_file_problem (EmbDatabase *self)
{
  g_return_val_if_fail (EMB_IS_DATABASE (self), EMB_DATABASE_FILE_OK);

  return self->file_problem;
}

void
_emb_database_fail (EmbDatabase  *self,
                    GError      **error,
                    int           rc)
{
  EmbDatabaseFileProblem problem = EMB_DATABASE_FILE_OK;

  if (rc == SQLITE_CONSTRAINT_COMMITHOOK)
    problem = self->refused;
  else if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_IOERR)
    problem = _emb_database_file_look (self->path, self->dev, self->ino);
  self->refused = EMB_DATABASE_FILE_OK;

  if (problem == EMB_DATABASE_FILE_OK)
    {
      _emb_database_set_error (error, self->db, rc);
      return;
    }
  _emb_database_file_set_error (error, problem, self->path);
  set_file_problem (self, problem);
}

sqlite3 *
_emb_database_get_handle (EmbDatabase *self)
{
  g_return_val_if_fail (EMB_IS_DATABASE (self), NULL);

  return self->db;
}

sqlite3_stmt *
_emb_database_prepare (EmbDatabase  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (EMB_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _emb_database_set_error (error, self->db, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_emb_database_exec (EmbDatabase  *self,
                    const char   *sql,
                    GError      **error)
{
  int rc;

  g_return_val_if_fail (EMB_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _emb_database_fail (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_now_iso8601:
 *
 * Returns: the current time as ISO-8601 UTC text with millisecond precision,
 *   such as "2026-11-23T15:04:07.123Z", the form every timestamp is stored in
 */
char *
emb_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (now) / 1000);
}

/* emb_fold(text): case-folded, normalised text, so that searches match
 * "Łukasz" with "łukasz" and "Ελένη" with "ελένη" (SQLite's own LIKE folds
 * ASCII only). SQLite-specific: a PostgreSQL backend would use lower(). */
static void
fold_function (sqlite3_context *context,
               int              argc,
               sqlite3_value  **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);
  g_autofree char *normal = NULL;
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  sqlite3_result_text (context, folded, -1, g_free);
}

/**
 * emb_fold_for_search:
 *
 * Returns: (transfer full): @text folded the way emb_fold() folds it in SQL
 */
char *
emb_fold_for_search (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

static gboolean
check_readable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot create the folder “%s”: %s."), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN,
                   _("“%s” is a folder, not a database file."), path);
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, R_OK | W_OK) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CANNOT_OPEN,
                   _("The database file “%s” cannot be read and written: %s."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * emb_database_open:
 * @path: the database file; created, with its folder, when missing
 * @error: return location for a #GError
 *
 * Opens the database and brings its schema up to date. A file that is not a
 * database, is damaged, or was written by a newer Embassy is refused and left
 * untouched.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
EmbDatabase *
emb_database_open (const char  *path,
                   GError     **error)
{
  g_autoptr(EmbDatabase) self = NULL;
  int latest;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_readable (path, error))
    return NULL;

  self = g_object_new (EMB_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    goto fail;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_create_function_v2 (self->db, "emb_fold", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              NULL, fold_function, NULL, NULL, NULL);
  self->busy_timeout_ms = BUSY_TIMEOUT_MS;
  sqlite3_busy_handler (self->db, busy_handler, self);
  if (!_emb_database_file_identify (path, &self->dev, &self->ino))
    {
      rc = SQLITE_CANTOPEN;
      goto fail;
    }
  sqlite3_commit_hook (self->db, commit_hook, self);

  /* Read the schema version before anything writes to the file. */
  if (!_emb_database_read_user_version (self, &self->schema_version, error))
    goto fail_with_error;

  latest = emb_database_get_latest_schema_version ();
  if (self->schema_version > latest)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_TOO_NEW,
                   _("The database was written by a newer version of Embassy "
                     "(schema %d; this version understands up to %d). "
                     "It has not been changed."),
                   self->schema_version, latest);
      goto fail_with_error;
    }

  /* A file that is not a database only shows itself on the first read. */
  rc = sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto fail;

  if (!_emb_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !_emb_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_emb_database_exec (self, "PRAGMA synchronous = FULL", error) ||
      !_emb_database_migrate (self, &self->schema_version, error))
    goto fail_with_error;

  self->data_version = _emb_database_count (self, "PRAGMA data_version");

  return g_steal_pointer (&self);

fail:
  _emb_database_set_error (error, self->db, rc);
fail_with_error:
  g_prefix_error (error, _("Cannot open “%s”: "), path);
  return NULL;
}

const char *
emb_database_get_path (EmbDatabase *self)
{
  g_return_val_if_fail (EMB_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * emb_database_set_busy_timeout:
 * @milliseconds: how long to wait for another connection's lock
 *
 * A reader that must never stall (the kiosk, which shows what it has when
 * the programme cannot be read) waits less than a window that writes.
 *
 * Returns: the timeout it had
 */
guint
emb_database_set_busy_timeout (EmbDatabase *self,
                               guint        milliseconds)
{
  guint previous;

  g_return_val_if_fail (EMB_IS_DATABASE (self), 0);

  previous = self->busy_timeout_ms;
  self->busy_timeout_ms = MIN (milliseconds, (guint)G_MAXINT);
  return previous;
}

int
emb_database_get_schema_version (EmbDatabase *self)
{
  g_return_val_if_fail (EMB_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * emb_database_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/embassy/embassy.db`
 */
char *
emb_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "embassy", "embassy.db", NULL);
}

/**
 * emb_database_is_empty:
 *
 * Returns: %TRUE when the programme has no organisation, people or journey yet
 */
gboolean
emb_database_is_empty (EmbDatabase *self)
{
  g_return_val_if_fail (EMB_IS_DATABASE (self), TRUE);

  return _emb_database_count (self,
                              "SELECT NOT EXISTS (SELECT 1 FROM organisation)"
                              " AND NOT EXISTS (SELECT 1 FROM department)"
                              " AND NOT EXISTS (SELECT 1 FROM employee)"
                              " AND NOT EXISTS (SELECT 1 FROM journey_stage)") != 0;
}

/**
 * _emb_database_get_busy_statement:
 *
 * A statement left stepped but not reset keeps a read transaction open, and
 * the connection then sees an old snapshot of the file. Tests use this to
 * prove every store resets what it reads.
 *
 * Returns: (nullable): the SQL of a statement still running, or %NULL
 */
const char *
_emb_database_get_busy_statement (EmbDatabase *self)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (self), NULL);

  while ((stmt = sqlite3_next_stmt (self->db, stmt)) != NULL)
    if (sqlite3_stmt_busy (stmt))
      return sqlite3_sql (stmt);
  return NULL;
}

/* Transactions and change notification ---------------------------------- */

gboolean
_emb_database_in_transaction (EmbDatabase *self)
{
  return self->depth > 0;
}

static void
flush_pending (EmbDatabase *self)
{
  g_autoptr(GArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));

  /* Many changes of one transaction become one notice. */
  if (pending->len > 64)
    {
      emb_database_emit_changed (self, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
      return;
    }

  for (guint i = 0; i < pending->len; i++)
    {
      const PendingChange *c = &g_array_index (pending, PendingChange, i);
      emb_database_emit_changed (self, c->kind, c->change, c->id);
    }
}

void
_emb_database_defer_changed (EmbDatabase   *self,
                             EmbRecordKind  kind,
                             EmbChangeType  change,
                             gint64         id)
{
  PendingChange c = { kind, change, id };

  if (self->depth == 0)
    {
      emb_database_emit_changed (self, kind, change, id);
      return;
    }
  g_array_append_val (self->pending, c);
}

/**
 * emb_database_transaction:
 * @self: an #EmbDatabase
 * @func: the work to do
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Runs @func in one transaction: when it returns %FALSE, everything it wrote
 * is rolled back. Calls nest (as savepoints). Change notices are emitted only
 * after the outermost transaction commits.
 *
 * Returns: %TRUE when @func succeeded and its work was committed
 */
gboolean
emb_database_transaction (EmbDatabase         *self,
                          EmbTransactionFunc   func,
                          gpointer             user_data,
                          GError             **error)
{
  g_autofree char *savepoint = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (EMB_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->depth == 0)
    {
      /* Nothing is written while the file is not the one opened; the
       * commit hook looks again before anything is committed. */
      if (emb_database_check_file (self) != EMB_DATABASE_FILE_OK)
        {
          _emb_database_file_set_error (error, self->file_problem, self->path);
          return FALSE;
        }
      if (!_emb_database_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->locked_since = g_get_monotonic_time ();
    }
  else
    {
      savepoint = g_strdup_printf ("SAVEPOINT emb_%u", self->depth);
      if (!_emb_database_exec (self, savepoint, error))
        return FALSE;
    }

  mark = self->pending->len;
  self->depth++;
  ok = func (self, user_data, error);
  self->depth--;

  if (self->depth > 0)
    {
      /* Notices of a rolled-back savepoint are dropped with its work, and
       * so are the bulk writes it began. */
      if (!ok)
        g_array_set_size (self->pending, mark);
      if (!ok && self->holds > 0 && self->hold_depth > self->depth)
        self->holds = 0;
      g_autofree char *end = g_strdup_printf (ok ? "RELEASE emb_%u" : "ROLLBACK TO emb_%u; RELEASE emb_%u",
                                              self->depth, self->depth);
      if (!_emb_database_exec (self, end, ok ? error : NULL))
        return FALSE;
      return ok;
    }

  /* A table without its indexes is never committed. */
  if (ok && self->holds > 0)
    {
      g_set_error_literal (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                           _("The database reported an error (an unfinished bulk write)."));
      ok = FALSE;
    }
  if (ok && _emb_database_exec (self, "COMMIT", error))
    {
      g_debug ("A write held the lock for %" G_GINT64_FORMAT " ms",
               (g_get_monotonic_time () - self->locked_since) / 1000);
      flush_pending (self);
      return TRUE;
    }

  self->holds = 0;
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_array_set_size (self->pending, 0);
  return FALSE;
}

/* See emb-database-bulk.c. */
void
_emb_database_hold_commit (EmbDatabase *self,
                           gboolean     hold)
{
  g_return_if_fail (self->depth > 0);

  if (!hold)
    {
      g_return_if_fail (self->holds > 0);
      self->holds--;
    }
  else if (self->holds++ == 0)
    self->hold_depth = self->depth;
}

/**
 * emb_database_emit_changed:
 *
 * Tells every view that a record changed.
 */
void
emb_database_emit_changed (EmbDatabase   *self,
                           EmbRecordKind  kind,
                           EmbChangeType  change,
                           gint64         id)
{
  g_return_if_fail (EMB_IS_DATABASE (self));

  g_signal_emit (self, signals[CHANGED], 0, (int)kind, (int)change, id);
}

/**
 * emb_database_check_external_changes:
 *
 * Asks SQLite whether another connection committed since the last call, and if
 * so emits #EmbDatabase::changed for %EMB_RECORD_KIND_ANY.
 *
 * Returns: %TRUE when another connection changed the file
 */
gboolean
emb_database_check_external_changes (EmbDatabase *self)
{
  gint64 version;

  g_return_val_if_fail (EMB_IS_DATABASE (self), FALSE);

  if (self->depth > 0)
    return FALSE;

  version = _emb_database_count (self, "PRAGMA data_version");
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  emb_database_emit_changed (self, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  return TRUE;
}

static gboolean
watch_cb (gpointer user_data)
{
  emb_database_check_file (user_data);
  emb_database_check_external_changes (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * emb_database_watch_external_changes:
 * @interval_ms: how often to look, or 0 to stop looking
 *
 * Looks for changes by other processes on the default main context.
 */
void
emb_database_watch_external_changes (EmbDatabase *self,
                                     guint        interval_ms)
{
  g_return_if_fail (EMB_IS_DATABASE (self));

  g_clear_handle_id (&self->watch_source, g_source_remove);
  if (interval_ms > 0)
    self->watch_source = g_timeout_add (interval_ms, watch_cb, self);
}
