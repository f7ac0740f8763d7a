/* emb-feedback-store-import.c: the feedback store's reads and writes for
 * the feedback import
 *
 * Beside emb-feedback-store.c: the touchpoints feedback can be about, the
 * insertion of imported feedback with a statement prepared once for all the
 * rows, with a page cache sized for them, and the look-ups that find items
 * imported before (by the source's own id through feedback_by_source_id, by
 * content through feedback_by_content of migration 0007: never a scan of
 * the table). Many rows into a table that holds fewer are written in bulk
 * (emb-database-bulk.c): without the secondary indexes (but those of the
 * look-ups, when the import looks items up) and the triggers of the
 * full-text index and of feedback_day; the writer counts the rows it
 * writes into feedback_day itself (emb-feedback-days.c), and
 * _emb_feedback_store_finish_import() builds the rest once. New
 * items get time-ordered UUIDs, so that the unique index on uuid grows at
 * its end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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
  EmbDatabase     *db;
  EmbStatement    *insert;
  EmbBulk         *bulk;          /* NULL: the triggers and indexes stay */
  EmbFeedbackDays *days;          /* in bulk: the counts of feedback_day */
  int              cache_size;    /* to set back */
  guint            n_written;
  char            *now;
  const char      *kind_nicks[EMB_FEEDBACK_KIND_NEUTRAL + 1];
  const char      *score_nicks[EMB_SCORE_TYPE_CES + 1];
};

/**
 * _emb_feedback_store_begin_import:
 * @n_rows: about how many items the import writes
 * @looks_up: whether the import looks items up while it writes (through
 *   an #EmbFeedbackFinder)
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
                                  gboolean      looks_up,
                                  GError      **error)
{
  g_autoptr(EmbFeedbackWriter) writer = g_new0 (EmbFeedbackWriter, 1);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  writer->db = g_object_ref (db);
  writer->cache_size = _emb_database_set_cache_size (db, -IMPORT_CACHE_KIB);
  if (_emb_database_bulk_wanted (db, "feedback", n_rows))
    {
      writer->bulk = _emb_database_bulk_begin (db, "feedback", looks_up, error);
      if (writer->bulk == NULL)
        return NULL;
    }
  writer->now = emb_now_iso8601 ();
  for (guint i = 0; i < G_N_ELEMENTS (writer->kind_nicks); i++)
    writer->kind_nicks[i] = emb_enum_to_nick (EMB_TYPE_FEEDBACK_KIND, i);
  for (guint i = 0; i < G_N_ELEMENTS (writer->score_nicks); i++)
    writer->score_nicks[i] = emb_enum_to_nick (EMB_TYPE_SCORE_TYPE, i);
  /* It only adds rows: it keeps feedback_day itself. */
  if (writer->bulk != NULL)
    {
      writer->days = _emb_feedback_days_new (db, error);
      if (writer->days == NULL)
        return NULL;
      _emb_database_bulk_keep_derived (writer->bulk, "feedback_day");
    }

  writer->insert = _emb_database_prepare (db,
                                          "INSERT INTO feedback (uuid, received_at, channel,"
                                          " touchpoint_id, kind, score_type, score, text,"
                                          " customer_ref, source, created_at, updated_at,"
                                          " source_id, category, triage)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                                          " ?11, ?11, ?12, ?13, ?14)",
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
  if (writer->bulk == NULL)
    return TRUE;
  return _emb_feedback_days_add (writer->days, error) &&
         _emb_database_bulk_finish (writer->bulk, error);
}

void
_emb_feedback_store_end_import (EmbFeedbackWriter *writer)
{
  if (writer == NULL)
    return;

  _emb_statement_release (writer->insert);
  g_clear_pointer (&writer->days, _emb_feedback_days_free);
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
  sqlite3_bind_text (stmt, 12, feedback->source_id != NULL ? feedback->source_id : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, feedback->category != NULL ? feedback->category : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int (stmt, 14, feedback->triage ? 1 : 0);
  if (!_emb_database_step_done (writer->db, stmt, error))
    return FALSE;

  return writer->days == NULL ||
         _emb_feedback_days_count (writer->days, feedback->touchpoint_id, feedback->score_type,
                                   feedback->received_at, feedback->score, feedback->kind, error);
}

/* Items imported before ----------------------------------------------------- */

struct _EmbFeedbackFinder
{
  EmbDatabase  *db;
  sqlite3_stmt *has_source;
  sqlite3_stmt *has_source_without_id;
  sqlite3_stmt *has_id;
  sqlite3_stmt *count_content;
  gint64        max_id;     /* the last item before the import */
};

/* Statements of their own, not the cache's: a finder lives through a whole
 * import, beside the cached statements of the writer. */
static sqlite3_stmt *
prepare_own (EmbDatabase  *db,
             const char   *sql,
             GError      **error)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _emb_database_set_error (error, handle, rc);
      return NULL;
    }
  return stmt;
}

EmbFeedbackFinder *
_emb_feedback_finder_new (EmbDatabase  *db,
                          GError      **error)
{
  g_autoptr(EmbFeedbackFinder) finder = g_new0 (EmbFeedbackFinder, 1);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  finder->db = g_object_ref (db);
  finder->max_id = G_MAXINT64;
  if ((finder->has_source = prepare_own (db, "SELECT 1 FROM feedback WHERE source = ?1"
                                             " LIMIT 1", error)) == NULL ||
      (finder->has_source_without_id = prepare_own (db, "SELECT 1 FROM feedback"
                                                        " WHERE source = ?1 AND source_id = ''"
                                                        " LIMIT 1", error)) == NULL ||
      (finder->has_id = prepare_own (db, "SELECT 1 FROM feedback WHERE source = ?1"
                                         " AND source_id = ?2 AND source_id <> '' LIMIT 1",
                                     error)) == NULL ||
      (finder->count_content = prepare_own (db, "SELECT count(*) FROM feedback"
                                                " WHERE source = ?1 AND received_at = ?2"
                                                " AND score IS ?3 AND length (text) = ?4"
                                                " AND text = ?5 AND category = ?6"
                                                " AND id <= ?7 AND (?8 = 0 OR source_id = '')",
                                            error)) == NULL)
    return NULL;
  return g_steal_pointer (&finder);
}

void
_emb_feedback_finder_free (EmbFeedbackFinder *finder)
{
  if (finder == NULL)
    return;

  sqlite3_finalize (finder->has_source);
  sqlite3_finalize (finder->has_source_without_id);
  sqlite3_finalize (finder->has_id);
  sqlite3_finalize (finder->count_content);
  g_clear_object (&finder->db);
  g_free (finder);
}

/* Inside the import's transaction: items added from now on are not counted
 * by _emb_feedback_finder_count_content(). */
gboolean
_emb_feedback_finder_start (EmbFeedbackFinder  *finder,
                            GError            **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (finder->db,
                                                        "SELECT coalesce (max (id), 0)"
                                                        " FROM feedback", error);
  gboolean has_row;

  if (stmt == NULL || !_emb_database_step_row (finder->db, stmt, &has_row, error))
    return FALSE;
  finder->max_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* After _emb_feedback_finder_start(): whether there were no items. */
gboolean
_emb_feedback_finder_is_empty (EmbFeedbackFinder *finder)
{
  return finder->max_id == 0;
}

static gboolean
step_found (EmbFeedbackFinder  *finder,
            sqlite3_stmt       *stmt,
            gboolean           *found,
            GError            **error)
{
  gboolean ok = _emb_database_step_row (finder->db, stmt, found, error);

  sqlite3_reset (stmt);
  return ok;
}

/* Whether any item came from @source (@without_id: any without an id). */
gboolean
_emb_feedback_finder_has_source (EmbFeedbackFinder  *finder,
                                 const char         *source,
                                 gboolean            without_id,
                                 gboolean           *found,
                                 GError            **error)
{
  sqlite3_stmt *stmt = without_id ? finder->has_source_without_id : finder->has_source;

  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  return step_found (finder, stmt, found, error);
}

gboolean
_emb_feedback_finder_has_id (EmbFeedbackFinder  *finder,
                             const char         *source,
                             const char         *source_id,
                             gboolean           *found,
                             GError            **error)
{
  sqlite3_bind_text (finder->has_id, 1, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (finder->has_id, 2, source_id, -1, SQLITE_TRANSIENT);
  return step_found (finder, finder->has_id, found, error);
}

/* How many items before the import have the content of @row (its source,
 * received-at, score, text and category); @without_id: only those without
 * an id of their source. */
gboolean
_emb_feedback_finder_count_content (EmbFeedbackFinder     *finder,
                                    const EmbFeedbackRow  *row,
                                    gboolean               without_id,
                                    guint                 *count,
                                    GError               **error)
{
  sqlite3_stmt *stmt = finder->count_content;
  const char *text = row->text != NULL ? row->text : "";
  gboolean has_row = FALSE;
  gboolean ok;

  sqlite3_bind_text (stmt, 1, row->source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, row->received_at, -1, SQLITE_TRANSIENT);
  if (row->score >= 0)
    sqlite3_bind_int (stmt, 3, row->score);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int64 (stmt, 4, g_utf8_strlen (text, -1));
  sqlite3_bind_text (stmt, 5, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, row->category != NULL ? row->category : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, finder->max_id);
  sqlite3_bind_int (stmt, 8, without_id);
  ok = _emb_database_step_row (finder->db, stmt, &has_row, error);
  *count = ok && has_row ? (guint)sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return ok;
}
