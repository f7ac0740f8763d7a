/* emb-feedback-store-import.c: the feedback store's reads and writes for
 * the feedback import
 *
 * Beside emb-feedback-store.c: the touchpoints feedback can be about, and
 * the insertion of imported feedback with a statement prepared once for
 * all the rows, with a page cache sized for them. Many rows into a table
 * that holds fewer are written in bulk (emb-database-bulk.c): without the
 * secondary indexes and the triggers of the full-text index and of
 * feedback_day, which _emb_feedback_store_finish_import() builds once over
 * the whole table. New items get time-ordered UUIDs, so that the unique
 * index on uuid grows at its end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-feedback-store-private.h"
#include "emb-uuid.h"

/* The page cache of an import, in KiB: room for the pages of the rows and
 * of the indexes kept row by row, within the memory of a desktop session
 * (an index built once sorts in as much memory again). */
#define IMPORT_CACHE_KIB (64 * 1024)

/**
 * _emb_feedback_store_read_touchpoints:
 * @func: called with the id and name of every touchpoint, by id
 *
 * Returns: %FALSE with @error when the database cannot be read
 */
gboolean
_emb_feedback_store_read_touchpoints (EmbDatabase        *db,
                                      EmbTouchpointFunc   func,
                                      gpointer            data,
                                      GError            **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  stmt = _emb_database_prepare (db, "SELECT id, name FROM touchpoint ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (data, sqlite3_column_int64 (stmt, 0), _emb_column_text (stmt, 1));
  if (rc != SQLITE_DONE)
    {
      _emb_database_set_error (error, _emb_database_get_handle (db), rc);
      return FALSE;
    }
  return TRUE;
}

/* For tests: the writer fails at this row (counted from 1), or 0. */
static guint fail_at_row;

void
_emb_feedback_store_set_fail_at_row (guint row)
{
  fail_at_row = row;
}

struct _EmbFeedbackWriter
{
  EmbDatabase  *db;
  EmbStatement *insert;
  EmbBulk      *bulk;          /* NULL: the triggers and indexes stay */
  int           cache_size;    /* to set back */
  guint         n_written;
  char         *now;
  const char   *kind_nicks[EMB_FEEDBACK_KIND_NEUTRAL + 1];
  const char   *score_nicks[EMB_SCORE_TYPE_CES + 1];
};

/**
 * _emb_feedback_store_begin_import:
 * @n_rows: about how many items the import writes
 *
 * Prepares the writes of an import, to be made inside a transaction of the
 * caller; every item written is created at the same time. After the last
 * row, _emb_feedback_store_finish_import() completes them.
 *
 * Returns: (transfer full): the writer, for _emb_feedback_store_end_import()
 */
EmbFeedbackWriter *
_emb_feedback_store_begin_import (EmbDatabase  *db,
                                  guint         n_rows,
                                  GError      **error)
{
  g_autoptr(EmbFeedbackWriter) writer = g_new0 (EmbFeedbackWriter, 1);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  writer->db = g_object_ref (db);
  writer->cache_size = _emb_database_set_cache_size (db, -IMPORT_CACHE_KIB);
  if (_emb_database_bulk_wanted (db, "feedback", n_rows))
    {
      writer->bulk = _emb_database_bulk_begin (db, "feedback", error);
      if (writer->bulk == NULL)
        return NULL;
    }
  writer->now = emb_now_iso8601 ();
  for (guint i = 0; i < G_N_ELEMENTS (writer->kind_nicks); i++)
    writer->kind_nicks[i] = emb_enum_to_nick (EMB_TYPE_FEEDBACK_KIND, i);
  for (guint i = 0; i < G_N_ELEMENTS (writer->score_nicks); i++)
    writer->score_nicks[i] = emb_enum_to_nick (EMB_TYPE_SCORE_TYPE, i);

  writer->insert = _emb_database_prepare (db,
                                          "INSERT INTO feedback (uuid, received_at, channel,"
                                          " touchpoint_id, kind, score_type, score, text,"
                                          " customer_ref, source, created_at, updated_at)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                                          " ?11, ?11)",
                                          error);
  if (writer->insert == NULL)
    return NULL;
  return g_steal_pointer (&writer);
}

/**
 * _emb_feedback_store_finish_import:
 *
 * After the last row: builds what a bulk write left out.
 *
 * Returns: %FALSE with @error when that fails; the caller rolls back
 */
gboolean
_emb_feedback_store_finish_import (EmbFeedbackWriter  *writer,
                                   GError            **error)
{
  _emb_statement_release (writer->insert);
  return writer->bulk == NULL || _emb_database_bulk_finish (writer->bulk, error);
}

void
_emb_feedback_store_end_import (EmbFeedbackWriter *writer)
{
  if (writer == NULL)
    return;

  _emb_statement_release (writer->insert);
  g_clear_pointer (&writer->bulk, _emb_database_bulk_free);
  _emb_database_set_cache_size (writer->db, writer->cache_size);
  g_clear_object (&writer->db);
  g_free (writer->now);
  g_free (writer);
}

/* Adds @feedback with a new UUID. */
gboolean
_emb_feedback_store_import_feedback (EmbFeedbackWriter     *writer,
                                     const EmbFeedbackRow  *feedback,
                                     GError               **error)
{
  EmbStatement *stmt = writer->insert;
  char uuid[EMB_UUID_LENGTH + 1];

  if (++writer->n_written == fail_at_row)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                   "Failing at row %u, as the test asked", fail_at_row);
      return FALSE;
    }

  emb_uuid_write (uuid);
  sqlite3_bind_text (stmt, 1, uuid, EMB_UUID_LENGTH, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, feedback->received_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, feedback->channel != NULL ? feedback->channel : "", -1,
                     SQLITE_STATIC);
  _emb_bind_id (stmt, 4, feedback->touchpoint_id);
  sqlite3_bind_text (stmt, 5, writer->kind_nicks[feedback->kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, writer->score_nicks[feedback->score_type], -1, SQLITE_STATIC);
  if (feedback->score >= 0)
    sqlite3_bind_int (stmt, 7, feedback->score);
  else
    sqlite3_bind_null (stmt, 7);
  sqlite3_bind_text (stmt, 8, feedback->text != NULL ? feedback->text : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, feedback->customer_ref != NULL ? feedback->customer_ref : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, feedback->source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, writer->now, -1, SQLITE_STATIC);
  return _emb_database_step_done (writer->db, stmt, error);
}
