/* emb-database-statements.c: stepping, binding and reading statements
 *
 * The small helpers every store uses around a prepared statement: ids bound
 * as ?1, a statement stepped to its end, to a row or to "found", a count,
 * text and ids bound and read (NULL for SQL NULL and id 0). The connection,
 * its statement cache and its errors are emb-database.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-database"

#include "config.h"

#include "emb-database-private.h"

/* _emb_database_prepare() with @id bound as ?1. */
sqlite3_stmt *
_emb_database_prepare_id (EmbDatabase  *self,
                          const char   *sql,
                          gint64        id,
                          GError      **error)
{
  sqlite3_stmt *stmt = _emb_database_prepare (self, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

/* Runs @sql once, with @id bound as ?1. */
gboolean
_emb_database_exec_id (EmbDatabase  *self,
                       const char   *sql,
                       gint64        id,
                       GError      **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare_id (self, sql, id, error);

  return stmt != NULL && _emb_database_step_done (self, stmt, error);
}

/* Runs @sql, which writes a row of a link table, for each element of @ids:
 * ?1 is @id, ?2 the element. */
gboolean
_emb_database_insert_links (EmbDatabase  *self,
                            const char   *sql,
                            gint64        id,
                            GArray       *ids,
                            GError      **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbStatement) stmt = _emb_database_prepare_id (self, sql, id, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!_emb_database_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_emb_database_step_done (EmbDatabase   *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  sqlite3_reset (stmt);
  _emb_database_fail (self, error, rc);
  return FALSE;
}

gboolean
_emb_database_step_row (EmbDatabase   *self,
                        sqlite3_stmt  *stmt,
                        gboolean      *has_row,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  *has_row = (rc == SQLITE_ROW);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  _emb_database_fail (self, error, rc);
  return FALSE;
}

/* Steps @stmt to its first row: FALSE with @error when that fails, or with
 * %EMB_DATABASE_ERROR_NOT_FOUND and the message @missing when there is no
 * row. */
gboolean
_emb_database_step_found (EmbDatabase   *self,
                          sqlite3_stmt  *stmt,
                          const char    *missing,
                          GError       **error)
{
  gboolean has_row;

  if (!_emb_database_step_row (self, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND, missing);
      return FALSE;
    }
  return TRUE;
}

gint64
_emb_database_count (EmbDatabase *self,
                     const char  *sql)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _emb_database_prepare (self, sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count: %s", error->message);
      return 0;
    }
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

void
_emb_bind_text (sqlite3_stmt *stmt,
                int           index,
                const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_emb_bind_id (sqlite3_stmt *stmt,
              int           index,
              gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
_emb_column_text (sqlite3_stmt *stmt,
                  int           column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

char *
_emb_column_dup_text (sqlite3_stmt *stmt,
                      int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}
