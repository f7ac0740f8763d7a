/* emb-bundle-export.c: writing the whole programme as one bundle
 *
 * Everything is read in one read transaction, so the bundle is a consistent
 * snapshot even while another connection writes. The text is written a piece
 * at a time (a million nominations are never held in memory at once) to a
 * temporary file beside the target, which is renamed over the target only
 * when it is complete: a failed or cancelled export leaves the old file as
 * it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "emb-bundle-private.h"
#include "emb-enums.h"

#define FLUSH_SIZE      (256 * 1024)
#define PROGRESS_EVERY  1000

typedef struct
{
  EmbDatabase           *db;
  GFile                 *file;
  char                  *display_name;
  char                  *path;          /* a local target, or NULL */
  char                  *tmp_path;      /* the temporary file beside it */
  int                    fd;
  GOutputStream         *stream;        /* a target that is not local */
  GString               *out;
  GCancellable          *cancellable;
  EmbImportProgressFunc  progress;
  gpointer               progress_data;
  gint64                 total;
  gint64                 done;
  char                  *select_sql[EMB_BUNDLE_N_KINDS];
} Export;

static void
export_clear (Export *ex)
{
  g_free (ex->display_name);
  g_free (ex->path);
  g_free (ex->tmp_path);
  g_clear_object (&ex->stream);
  if (ex->out != NULL)
    g_string_free (ex->out, TRUE);
  for (guint i = 0; i < EMB_BUNDLE_N_KINDS; i++)
    g_free (ex->select_sql[i]);
}

static gboolean
set_write_error (Export  *ex,
                 int      saved_errno,
                 GError **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), ex->display_name, g_strerror (saved_errno));
  return FALSE;
}

/* Output ------------------------------------------------------------------ */

static gboolean
output_open (Export  *ex,
             GError **error)
{
  ex->fd = -1;
  ex->path = g_file_get_path (ex->file);

  if (ex->path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (ex->path);
      g_autofree char *base = g_path_get_basename (ex->path);
      g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

      ex->tmp_path = g_build_filename (dir, name, NULL);
      ex->fd = g_mkstemp_full (ex->tmp_path, O_WRONLY | O_CLOEXEC, 0666);
      if (ex->fd < 0)
        {
          int saved_errno = errno;

          g_clear_pointer (&ex->tmp_path, g_free);
          return set_write_error (ex, saved_errno, error);
        }
      return TRUE;
    }

  /* Not a local file: GIO's replace writes beside the target and renames
   * it into place on close. */
  ex->stream = G_OUTPUT_STREAM (g_file_replace (ex->file, NULL, FALSE,
                                                G_FILE_CREATE_REPLACE_DESTINATION,
                                                ex->cancellable, error));
  return ex->stream != NULL;
}

static gboolean
output_write (Export      *ex,
              const char  *data,
              gsize        len,
              GError     **error)
{
  if (ex->stream != NULL)
    return g_output_stream_write_all (ex->stream, data, len, NULL, ex->cancellable, error);

  while (len > 0)
    {
      gssize n = write (ex->fd, data, len);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return set_write_error (ex, errno, error);
        }
      data += n;
      len -= (gsize)n;
    }
  return TRUE;
}

static gboolean
output_flush (Export   *ex,
              gboolean  force,
              GError  **error)
{
  if (ex->out->len == 0 || (!force && ex->out->len < FLUSH_SIZE))
    return TRUE;
  if (!output_write (ex, ex->out->str, ex->out->len, error))
    return FALSE;
  g_string_truncate (ex->out, 0);
  return TRUE;
}

/* Makes the written file the target: synced to disk first, so that a crash
 * leaves either the old file or the whole new one. */
static gboolean
output_commit (Export  *ex,
               GError **error)
{
  if (!output_flush (ex, TRUE, error))
    return FALSE;

  if (ex->stream != NULL)
    return g_output_stream_close (ex->stream, ex->cancellable, error);

  if (fsync (ex->fd) != 0 || close (ex->fd) != 0)
    {
      int saved_errno = errno;

      ex->fd = -1;
      return set_write_error (ex, saved_errno, error);
    }
  ex->fd = -1;

  if (g_rename (ex->tmp_path, ex->path) != 0)
    return set_write_error (ex, errno, error);
  g_clear_pointer (&ex->tmp_path, g_free);
  return TRUE;
}

/* Throws the partly written file away; the target is left as it was. */
static void
output_abort (Export *ex)
{
  if (ex->stream != NULL)
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing with a cancelled cancellable removes the temporary file. */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (ex->stream, cancelled, NULL);
      return;
    }

  if (ex->fd >= 0)
    close (ex->fd);
  ex->fd = -1;
  if (ex->tmp_path != NULL)
    g_unlink (ex->tmp_path);
}

static void
indent (GString *out,
        guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

/* Starts an element of an array or a member of an object: a separating
 * comma for all but the first, then a new line at @level. */
static void
element (GString  *out,
         guint     level,
         gboolean  first)
{
  g_string_append (out, first ? "\n" : ",\n");
  indent (out, level);
}

/* Starts a member: the indented name. */
static void
key (GString    *out,
     guint       level,
     const char *name,
     gboolean    first)
{
  element (out, level, first);
  _emb_bundle_append_string (out, name);
  g_string_append (out, ": ");
}

/* Ends an array or an object whose members are at @level + 1: with its
 * closing @bracket on a line of its own at @level, or right after the
 * opening one when it is @empty. */
static void
close_bracket (GString  *out,
               guint     level,
               gboolean  empty,
               char      bracket)
{
  if (!empty)
    {
      g_string_append_c (out, '\n');
      indent (out, level);
    }
  g_string_append_c (out, bracket);
}

static gboolean
step_progress (Export  *ex,
               GError **error)
{
  ex->done++;
  if (ex->done % PROGRESS_EVERY != 0)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (ex->cancellable, error))
    return FALSE;
  if (ex->progress != NULL && ex->total > 0)
    ex->progress (MIN (1.0, (double)ex->done / (double)ex->total), ex->progress_data);
  return output_flush (ex, FALSE, error);
}

/* Records ------------------------------------------------------------------ */

static void
write_column (GString         *out,
              const EmbColumn *field,
              sqlite3_stmt    *stmt,
              int              column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    {
      g_string_append (out, "null");
      return;
    }

  switch (field->type)
    {
    case EMB_COLUMN_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64)sqlite3_column_int64 (stmt, column));
      break;

    case EMB_COLUMN_BOOL:
      g_string_append (out, sqlite3_column_int64 (stmt, column) != 0 ? "true" : "false");
      break;

    case EMB_COLUMN_REAL:
      _emb_bundle_append_real (out, sqlite3_column_double (stmt, column));
      break;

    case EMB_COLUMN_TEXT:
    case EMB_COLUMN_EMAIL:
    case EMB_COLUMN_LINK:
    case EMB_COLUMN_CURRENCY:
    case EMB_COLUMN_DATE:
    case EMB_COLUMN_TIMESTAMP:
    case EMB_COLUMN_ENUM:
    case EMB_COLUMN_REF:
    default:
      _emb_bundle_append_string (out, _emb_column_text (stmt, column));
      break;
    }
}

/* Writes the element of the current row of @stmt, which starts at @level. */
typedef gboolean (*RowFunc) (Export        *ex,
                             sqlite3_stmt  *stmt,
                             guint          level,
                             gpointer       data,
                             GError       **error);

/* The rows of @stmt as an array whose elements start at @level + 1. */
static gboolean
write_rows (Export        *ex,
            sqlite3_stmt  *stmt,
            guint          level,
            RowFunc        row,
            gpointer       data,
            GError       **error)
{
  gboolean first = TRUE;
  gboolean has_row;

  g_string_append_c (ex->out, '[');
  for (;;)
    {
      if (!_emb_database_step_row (ex->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      element (ex->out, level + 1, first);
      if (!row (ex, stmt, level + 1, data, error))
        return FALSE;
      first = FALSE;
    }
  close_bracket (ex->out, level, first, ']');
  return TRUE;
}

static gboolean
write_uuid (Export        *ex,
            sqlite3_stmt  *stmt,
            guint          level,
            gpointer       data,
            GError       **error)
{
  _emb_bundle_append_string (ex->out, _emb_column_text (stmt, 0));
  return TRUE;
}

static gboolean
write_links (Export         *ex,
             const EmbLink  *link,
             gint64          owner_id,
             guint           level,
             GError        **error)
{
  g_autofree char *sql = _emb_bundle_link_select_sql (link);
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (ex->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  return write_rows (ex, stmt, level, write_uuid, NULL, error);
}

/* "scores": { "culture": { "score": 4, "note": "" }, … } in the areas' order. */
static gboolean
write_scores (Export  *ex,
              gint64   assessment_id,
              guint    level,
              GError **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  int scores[EMB_N_MATURITY_AREAS] = { 0 };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  gboolean first = TRUE;
  gboolean has_row;

  g_ptr_array_set_size (notes, EMB_N_MATURITY_AREAS);
  stmt = _emb_database_prepare (ex->db,
                                "SELECT area, score, note FROM maturity_score"
                                " WHERE assessment_id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  for (;;)
    {
      int area;

      if (!_emb_database_step_row (ex->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (!emb_enum_from_nick (EMB_TYPE_MATURITY_AREA, _emb_column_text (stmt, 0), &area) ||
          area < 0 || area >= EMB_N_MATURITY_AREAS)
        continue;
      scores[area] = sqlite3_column_int (stmt, 1);
      g_free (notes->pdata[area]);
      notes->pdata[area] = _emb_column_dup_text (stmt, 2);
    }

  g_string_append_c (ex->out, '{');
  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    {
      if (scores[i] == 0)
        continue;
      key (ex->out, level + 1, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i), first);
      g_string_append_c (ex->out, '{');
      key (ex->out, level + 2, "score", TRUE);
      g_string_append_printf (ex->out, "%d", scores[i]);
      key (ex->out, level + 2, "note", FALSE);
      _emb_bundle_append_string (ex->out, notes->pdata[i] != NULL ? notes->pdata[i] : "");
      close_bracket (ex->out, level + 1, FALSE, '}');
      first = FALSE;
    }
  close_bracket (ex->out, level, first, '}');
  return TRUE;
}

static gboolean write_array (Export           *ex,
                             EmbBundleKindId   id,
                             gint64            parent_id,
                             guint             level,
                             GError          **error);

/* The record at the current row of @stmt (a _emb_bundle_select_sql() query),
 * as an object whose members start at @level + 1. */
static gboolean
write_record (Export           *ex,
              EmbBundleKindId   id,
              sqlite3_stmt     *stmt,
              guint             level,
              GError          **error)
{
  const EmbTable *table = _emb_bundle_kind (id)->table;
  gint64 row_id = sqlite3_column_int64 (stmt, 0);
  GString *out = ex->out;

  g_string_append_c (out, '{');
  key (out, level + 1, "uuid", TRUE);
  _emb_bundle_append_string (out, _emb_column_text (stmt, 1));
  key (out, level + 1, "created_at", FALSE);
  _emb_bundle_append_string (out, _emb_column_text (stmt, 2));
  key (out, level + 1, "updated_at", FALSE);
  _emb_bundle_append_string (out, _emb_column_text (stmt, 3));

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (table->columns[i].member == NULL)
        continue;   /* the parent, in which the record is nested */
      key (out, level + 1, table->columns[i].member, FALSE);
      write_column (out, &table->columns[i], stmt, 4 + (int)i);
    }

  for (guint i = 0; i < table->n_links; i++)
    {
      key (out, level + 1, table->links[i].member, FALSE);
      if (!write_links (ex, &table->links[i], row_id, level + 1, error))
        return FALSE;
    }

  for (EmbBundleKindId child = id + 1; child < EMB_BUNDLE_N_KINDS; child++)
    {
      if (_emb_bundle_kind (child)->parent != id)
        continue;
      key (out, level + 1, _emb_bundle_kind (child)->table->member, FALSE);
      if (!write_array (ex, child, row_id, level + 1, error))
        return FALSE;
    }

  if (table->has_scores)
    {
      key (out, level + 1, "scores", FALSE);
      if (!write_scores (ex, row_id, level + 1, error))
        return FALSE;
    }

  close_bracket (out, level, FALSE, '}');
  return TRUE;
}

static gboolean
write_element (Export        *ex,
               sqlite3_stmt  *stmt,
               guint          level,
               gpointer       data,
               GError       **error)
{
  return write_record (ex, GPOINTER_TO_UINT (data), stmt, level, error) &&
         step_progress (ex, error);
}

/* Every record of a kind (of one parent, for a nested kind) as an array
 * whose elements start at @level + 1. */
static gboolean
write_array (Export           *ex,
             EmbBundleKindId   id,
             gint64            parent_id,
             guint             level,
             GError          **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (ex->db, ex->select_sql[id], error);

  if (stmt == NULL)
    return FALSE;
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  return write_rows (ex, stmt, level, write_element, GUINT_TO_POINTER (id), error);
}

/* The document --------------------------------------------------------------- */

static gboolean
write_document (Export  *ex,
                GError **error)
{
  g_autofree char *now = emb_now_iso8601 ();
  g_autoptr(EmbStatement) stmt = NULL;
  GString *out = ex->out;
  gboolean has_row;

  for (EmbBundleKindId id = 0; id < EMB_BUNDLE_N_KINDS; id++)
    {
      g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s",
                                                    _emb_bundle_kind (id)->table->table);

      ex->select_sql[id] = _emb_bundle_select_sql (id);
      ex->total += _emb_database_count (ex->db, count_sql);
    }

  g_string_append_c (out, '{');
  key (out, 1, "format", TRUE);
  _emb_bundle_append_string (out, EMB_BUNDLE_FORMAT);
  key (out, 1, "version", FALSE);
  g_string_append_printf (out, "%d", EMB_BUNDLE_VERSION);
  key (out, 1, "exported_at", FALSE);
  _emb_bundle_append_string (out, now);

  /* The organisation is one record, or null. */
  key (out, 1, _emb_bundle_kind (EMB_BUNDLE_KIND_ORGANISATION)->table->member, FALSE);
  stmt = _emb_database_prepare (ex->db, ex->select_sql[EMB_BUNDLE_KIND_ORGANISATION], error);
  if (stmt == NULL || !_emb_database_step_row (ex->db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      if (!write_record (ex, EMB_BUNDLE_KIND_ORGANISATION, stmt, 1, error) ||
          !step_progress (ex, error))
        return FALSE;
    }
  else
    g_string_append (out, "null");
  g_clear_pointer (&stmt, _emb_statement_release);

  for (EmbBundleKindId id = EMB_BUNDLE_KIND_ORGANISATION + 1; id < EMB_BUNDLE_N_KINDS; id++)
    {
      if (_emb_bundle_kind (id)->parent != EMB_BUNDLE_TOP)
        continue;
      key (out, 1, _emb_bundle_kind (id)->table->member, FALSE);
      if (!write_array (ex, id, 0, 1, error))
        return FALSE;
    }

  g_string_append (out, "\n}\n");
  return TRUE;
}

/**
 * emb_bundle_export:
 * @db: the database to export
 * @file: the bundle to write; replaced only once it is complete
 * @progress: (nullable): called now and then with the fraction done
 * @cancellable: (nullable): stops the export, leaving @file as it was
 *
 * Writes the whole programme as one JSON bundle (see docs/bundle-format.md):
 * every record with its UUID and timestamps, references as UUIDs. The data
 * is read in one read transaction, a consistent snapshot.
 *
 * Returns: %TRUE when @file was written
 */
gboolean
emb_bundle_export (EmbDatabase            *db,
                   GFile                  *file,
                   EmbImportProgressFunc   progress,
                   gpointer                progress_data,
                   GCancellable           *cancellable,
                   GError                **error)
{
  Export ex = { 0 };
  gboolean own_transaction;
  gboolean ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  ex.db = db;
  ex.file = file;
  ex.display_name = g_file_get_parse_name (file);
  ex.out = g_string_sized_new (FLUSH_SIZE + 64 * 1024);
  ex.cancellable = cancellable;
  ex.progress = progress;
  ex.progress_data = progress_data;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !output_open (&ex, error))
    {
      export_clear (&ex);
      return FALSE;
    }

  /* One read transaction: every table is read from the same snapshot. */
  own_transaction = sqlite3_get_autocommit (_emb_database_get_handle (db)) != 0;
  ok = (!own_transaction || _emb_database_exec (db, "BEGIN DEFERRED", error)) &&
       write_document (&ex, error);
  if (own_transaction)
    sqlite3_exec (_emb_database_get_handle (db), ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);

  if (ok)
    ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         output_commit (&ex, error);
  if (!ok)
    output_abort (&ex);
  else if (progress != NULL)
    progress (1.0, progress_data);

  export_clear (&ex);
  return ok;
}

/* Asynchronous ----------------------------------------------------------- */

typedef struct
{
  char                  *db_path;
  GFile                 *file;
  EmbImportProgressFunc  progress;
  gpointer               progress_data;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *d = data;

  g_free (d->db_path);
  g_clear_object (&d->file);
  g_free (d);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *d = task_data;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: a sqlite3* never crosses threads. */
  db = emb_database_open (d->db_path, &error);
  if (db == NULL ||
      !emb_bundle_export (db, d->file, d->progress, d->progress_data, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * emb_bundle_export_async:
 * @progress: (nullable): called on the worker thread
 *
 * Runs emb_bundle_export() on a worker thread with a connection of its own
 * to @db's file.
 */
void
emb_bundle_export_async (EmbDatabase           *db,
                         GFile                 *file,
                         EmbImportProgressFunc  progress,
                         gpointer               progress_data,
                         GCancellable          *cancellable,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *d;

  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (G_IS_FILE (file));

  d = g_new0 (ExportData, 1);
  d->db_path = g_strdup (emb_database_get_path (db));
  d->file = g_object_ref (file);
  d->progress = progress;
  d->progress_data = progress_data;

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_bundle_export_async);
  g_task_set_task_data (task, d, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
emb_bundle_export_finish (EmbDatabase   *db,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, emb_bundle_export_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
