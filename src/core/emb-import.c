/* emb-import.c: getting data in: programme bundles and CSV files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-bundle.h"
#include "emb-csv-import.h"
#include "emb-database-private.h"
#include "emb-import.h"

/* Dispatch ------------------------------------------------------------- */

/**
 * emb_import_detect_format:
 *
 * Tells a bundle (a JSON object) from a CSV file, and a roster from a
 * feedback export by its header line.
 */
EmbImportFormat
emb_import_detect_format (GFile   *file,
                          GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  char head[4096];
  gssize n;
  const char *p;

  g_return_val_if_fail (G_IS_FILE (file), EMB_IMPORT_FORMAT_AUTO);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return EMB_IMPORT_FORMAT_AUTO;

  n = g_input_stream_read (G_INPUT_STREAM (stream), head, sizeof head - 1, NULL, error);
  if (n < 0)
    return EMB_IMPORT_FORMAT_AUTO;
  head[n] = '\0';

  p = head;
  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  while (*p != '\0' && g_ascii_isspace (*p))
    p++;

  if (*p == '{')
    return EMB_IMPORT_FORMAT_BUNDLE;

  if (*p == '\0')
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID,
                   _("%s: the file is empty."), name);
      return EMB_IMPORT_FORMAT_AUTO;
    }

  {
    EmbImportFormat format = emb_csv_import_guess_kind (head, n);

    if (format == EMB_IMPORT_FORMAT_AUTO)
      {
        g_autofree char *name = g_file_get_parse_name (file);

        g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED,
                     _("%s: cannot tell whether this is an employee roster or customer "
                       "feedback; choose the format."),
                     name);
      }
    return format;
  }
}

static goffset
file_size (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_file_info_get_size (info) : 0;
}

/**
 * emb_import_file:
 * @report: where counts and problems are collected
 *
 * Imports @file into @db on the calling thread: all or nothing.
 *
 * Returns: %TRUE when the file was imported (or, in a dry run, would be);
 *   %FALSE with %EMB_IMPORT_ERROR_INVALID when @report lists problems
 */
gboolean
emb_import_file (EmbDatabase             *db,
                 GFile                   *file,
                 const EmbImportOptions  *options,
                 GCancellable            *cancellable,
                 EmbImportReport         *report,
                 GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  EmbImportFormat format;
  gboolean journal, ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  format = options->format;
  if (format == EMB_IMPORT_FORMAT_AUTO)
    {
      g_autoptr(GError) detect_error = NULL;

      format = emb_import_detect_format (file, &detect_error);
      /* A CSV file that does not tell its kind takes its profile's. */
      if (format == EMB_IMPORT_FORMAT_AUTO && !(options->profile != NULL &&
          g_error_matches (detect_error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED)))
        {
          g_propagate_error (error, g_steal_pointer (&detect_error));
          return FALSE;
        }
    }

  /* A large file is written with a rollback journal when it can be. */
  journal = !options->dry_run && _emb_database_bulk_journal_begin (db, file_size (file));
  switch (format)
    {
    case EMB_IMPORT_FORMAT_BUNDLE:
      ok = emb_bundle_import (db, file, options, cancellable, report, error);
      break;

    case EMB_IMPORT_FORMAT_ROSTER_CSV:
    case EMB_IMPORT_FORMAT_FEEDBACK_CSV:
    case EMB_IMPORT_FORMAT_AUTO:   /* a CSV file that does not tell its kind takes its profile's */
      ok = emb_csv_import (db, file, format, options, cancellable, report, error);
      break;

    default:
      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED,
                   _("Unknown import format."));
      ok = FALSE;
      break;
    }
  _emb_database_bulk_journal_end (db, journal);
  return ok;
}

/* Asynchronous --------------------------------------------------------- */

typedef struct
{
  char             *db_path;
  GFile            *file;
  EmbImportOptions  options;
  char             *encoding;
  char             *rejects;
  GHashTable       *mapping;
  char             *profile;
  EmbImportReport  *report;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *d = data;

  g_free (d->db_path);
  g_clear_object (&d->file);
  g_free (d->encoding);
  g_free (d->rejects);
  g_clear_pointer (&d->mapping, g_hash_table_unref);
  g_free (d->profile);
  g_clear_pointer (&d->report, emb_import_report_unref);
  g_free (d);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *d = task_data;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: a sqlite3* never crosses threads. */
  db = emb_database_open (d->db_path, &error);
  if (db == NULL ||
      !emb_import_file (db, d->file, &d->options, cancellable, d->report, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, emb_import_report_ref (d->report),
                         (GDestroyNotify)emb_import_report_unref);
}

/**
 * emb_import_file_async:
 *
 * Imports @file on a worker thread with its own connection to @db's file.
 * @options->progress is called on the worker thread.
 */
void
emb_import_file_async (EmbDatabase            *db,
                       GFile                  *file,
                       const EmbImportOptions *options,
                       GCancellable           *cancellable,
                       GAsyncReadyCallback     callback,
                       gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *d;

  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (G_IS_FILE (file));

  d = g_new0 (ImportData, 1);
  d->db_path = g_strdup (emb_database_get_path (db));
  d->file = g_object_ref (file);
  if (options != NULL)
    d->options = *options;
  d->encoding = g_strdup (d->options.encoding);
  d->options.encoding = d->encoding;
  d->rejects = g_strdup (d->options.rejects);
  d->options.rejects = d->rejects;
  d->mapping = d->options.mapping != NULL ? g_hash_table_ref (d->options.mapping) : NULL;
  d->options.mapping = d->mapping;
  d->profile = g_strdup (d->options.profile);
  d->options.profile = d->profile;
  d->report = emb_import_report_new ();

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_import_file_async);
  g_task_set_task_data (task, d, import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * emb_import_file_finish:
 *
 * Returns: (transfer full): the report, or %NULL with @error set (the
 *   problems found are then in emb_import_file_get_report())
 */
EmbImportReport *
emb_import_file_finish (EmbDatabase   *db,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);

  /* Tell this connection's views what the worker wrote. */
  emb_database_check_external_changes (db);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * emb_import_file_get_report:
 * @result: the result given to the callback of emb_import_file_async()
 *
 * Returns: (transfer none): the report of the import, also when it failed
 */
EmbImportReport *
emb_import_file_get_report (GAsyncResult *result)
{
  ImportData *d;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  d = g_task_get_task_data (G_TASK (result));
  return d->report;
}
