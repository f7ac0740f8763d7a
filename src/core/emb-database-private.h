/* emb-database-private.h: SQLite access for the stores of src/core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "emb-database.h"

G_BEGIN_DECLS

/* A cached prepared statement, borrowed from the database. Declare it with
 * g_autoptr(EmbStatement): it is reset (ending any read) when it goes out of
 * scope, and stays in the cache for the next caller. */
typedef sqlite3_stmt EmbStatement;

static inline void
_emb_statement_release (EmbStatement *stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbStatement, _emb_statement_release)

sqlite3      *_emb_database_get_handle      (EmbDatabase   *self);
sqlite3_stmt *_emb_database_prepare         (EmbDatabase   *self,
                                             const char    *sql,
                                             GError       **error);
gboolean      _emb_database_exec            (EmbDatabase   *self,
                                             const char    *sql,
                                             GError       **error);
sqlite3_stmt *_emb_database_prepare_id      (EmbDatabase   *self,
                                             const char    *sql,
                                             gint64         id,
                                             GError       **error);
gboolean      _emb_database_exec_id         (EmbDatabase   *self,
                                             const char    *sql,
                                             gint64         id,
                                             GError       **error);
gboolean      _emb_database_insert_links    (EmbDatabase   *self,
                                             const char    *sql,
                                             gint64         id,
                                             GArray        *ids,
                                             GError       **error);
gboolean      _emb_database_step_done       (EmbDatabase   *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);
gboolean      _emb_database_step_row        (EmbDatabase   *self,
                                             sqlite3_stmt  *stmt,
                                             gboolean      *has_row,
                                             GError       **error);
gboolean      _emb_database_step_found      (EmbDatabase   *self,
                                             sqlite3_stmt  *stmt,
                                             const char    *missing,
                                             GError       **error);
void          _emb_database_set_error       (GError       **error,
                                             sqlite3       *db,
                                             int            rc);
/* _emb_database_set_error() for a statement of @self: a write refused
 * because the file changed under it says so (emb-database-file.c). */
void          _emb_database_fail            (EmbDatabase   *self,
                                             GError       **error,
                                             int            rc);
gboolean      _emb_database_file_identify   (const char    *path,
                                             guint64       *dev,
                                             guint64       *ino);
EmbDatabaseFileProblem _emb_database_file_look (const char *path,
                                             guint64        dev,
                                             guint64        ino);
void          _emb_database_file_set_error  (GError       **error,
                                             EmbDatabaseFileProblem problem,
                                             const char    *path);
gint64        _emb_database_count           (EmbDatabase   *self,
                                             const char    *sql);
void          _emb_database_defer_changed   (EmbDatabase   *self,
                                             EmbRecordKind  kind,
                                             EmbChangeType  change,
                                             gint64         id);
gboolean      _emb_database_in_transaction  (EmbDatabase   *self);
const char   *_emb_database_get_busy_statement (EmbDatabase *self);
gboolean      _emb_database_read_user_version (EmbDatabase  *self,
                                               int          *version,
                                               GError      **error);
gboolean      _emb_database_migrate         (EmbDatabase   *self,
                                             int           *schema_version,
                                             GError       **error);
void          _emb_database_get_lock_waits  (EmbDatabase   *self,
                                             guint         *n_waits,
                                             gint64        *longest_us);
/* Registers the resources of src/core (once), for g_resources_lookup_data(). */
void          _emb_database_ensure_resources (void);

/* The page cache of an import: sets PRAGMA cache_size to @value (negative:
 * KiB, as the pragma takes it) and returns the value it had, to set back. */
int           _emb_database_set_cache_size  (EmbDatabase   *self,
                                             int            value);
/* While held, the outermost transaction refuses to commit and rolls back
 * (emb-database-bulk.c holds it while a table lacks its indexes). */
void          _emb_database_hold_commit     (EmbDatabase   *self,
                                             gboolean       hold);

/* Writing many rows at once (emb-database-bulk.c). */
typedef struct _EmbBulk EmbBulk;

gboolean      _emb_database_bulk_wanted     (EmbDatabase   *db,
                                             const char    *table,
                                             guint64        n_rows);
EmbBulk      *_emb_database_bulk_begin      (EmbDatabase   *db,
                                             const char    *table,
                                             gboolean       looks_up,
                                             GError       **error);
void          _emb_database_bulk_keep_derived (EmbBulk     *bulk,
                                               const char  *derived);
gboolean      _emb_database_bulk_finish     (EmbBulk       *bulk,
                                             GError       **error);
void          _emb_database_bulk_free       (EmbBulk       *bulk);
gboolean      _emb_database_bulk_journal_begin (EmbDatabase *db,
                                                goffset      n_bytes);
void          _emb_database_bulk_journal_end   (EmbDatabase *db,
                                                gboolean     begun);
gboolean      _emb_database_get_journal_is_wal (EmbDatabase *db);
/* For tests: the fewest rows written in bulk, and the smallest import file
 * written with a rollback journal; 0 restores the default. */
void          _emb_database_set_bulk_journal_bytes (goffset  n_bytes);
void          _emb_database_set_bulk_threshold (guint       rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbBulk, _emb_database_bulk_free)

/* A column that triggers derive from the other columns of its row, which a
 * bulk write suspends: @sql computes it from them, by their names. */
typedef struct
{
  const char *table;
  const char *column;
  const char *sql;
} EmbDerivedColumn;

const EmbDerivedColumn *_emb_database_derived_column (const char *table);
char         *_emb_database_derived_name    (const EmbDerivedColumn *derived);

/* Binding helpers: NULL text binds SQL NULL, an id of 0 binds SQL NULL. */
void          _emb_bind_text                (sqlite3_stmt  *stmt,
                                             int            index,
                                             const char    *text);
void          _emb_bind_id                  (sqlite3_stmt  *stmt,
                                             int            index,
                                             gint64         id);
char         *_emb_column_dup_text          (sqlite3_stmt  *stmt,
                                             int            column);
const char   *_emb_column_text              (sqlite3_stmt  *stmt,
                                             int            column);

G_END_DECLS
