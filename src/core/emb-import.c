/* emb-import.c: getting data in: programme bundles and CSV files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-bundle.h"
#include "emb-csv-import.h"
#include "emb-import.h"

G_DEFINE_QUARK (emb-import-error-quark, emb_import_error)

typedef struct
{
  guint added;
  guint updated;
  guint skipped;
} Counts;

struct _EmbImportReport
{
  gatomicrefcount  ref_count;
  GArray          *problems;   /* EmbImportProblem */
  GHashTable      *counts;     /* kind → Counts */
  GPtrArray       *kinds;      /* in the order first counted */
  gboolean         truncated;
};

static void
problem_clear (EmbImportProblem *problem)
{
  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->field);
  g_free (problem->message);
}

EmbImportReport *
emb_import_report_new (void)
{
  EmbImportReport *report = g_new0 (EmbImportReport, 1);

  g_atomic_ref_count_init (&report->ref_count);
  report->problems = g_array_new (FALSE, TRUE, sizeof (EmbImportProblem));
  g_array_set_clear_func (report->problems, (GDestroyNotify)problem_clear);
  report->counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  report->kinds = g_ptr_array_new_with_free_func (g_free);
  return report;
}

EmbImportReport *
emb_import_report_ref (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  g_atomic_ref_count_inc (&report->ref_count);
  return report;
}

void
emb_import_report_unref (EmbImportReport *report)
{
  g_return_if_fail (report != NULL);

  if (!g_atomic_ref_count_dec (&report->ref_count))
    return;

  g_array_unref (report->problems);
  g_hash_table_unref (report->counts);
  g_ptr_array_unref (report->kinds);
  g_free (report);
}

/**
 * emb_import_report_add_problem:
 * @file: the file's display name
 * @line: the 1-based line, or 0
 * @path: (nullable): a JSON path
 * @field: (nullable): the field or column
 *
 * Records a problem; past %EMB_IMPORT_MAX_PROBLEMS they are only counted as
 * "more problems" and emb_import_report_is_full() turns %TRUE.
 */
void
emb_import_report_add_problem (EmbImportReport *report,
                               const char      *file,
                               guint            line,
                               const char      *path,
                               const char      *field,
                               const char      *format,
                               ...)
{
  EmbImportProblem problem;
  va_list args;

  g_return_if_fail (report != NULL);

  if (report->problems->len >= EMB_IMPORT_MAX_PROBLEMS)
    {
      report->truncated = TRUE;
      return;
    }

  va_start (args, format);
  problem.message = g_strdup_vprintf (format, args);
  va_end (args);
  problem.file = g_strdup (file);
  problem.line = line;
  problem.path = g_strdup (path);
  problem.field = g_strdup (field);
  g_array_append_val (report->problems, problem);
}

guint
emb_import_report_get_n_problems (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->problems->len;
}

const EmbImportProblem *
emb_import_report_get_problem (EmbImportReport *report,
                               guint            index)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (index < report->problems->len, NULL);

  return &g_array_index (report->problems, EmbImportProblem, index);
}

/**
 * emb_import_report_is_full:
 *
 * Returns: %TRUE when no more problems are recorded: checking may stop
 */
gboolean
emb_import_report_is_full (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, TRUE);

  return report->problems->len >= EMB_IMPORT_MAX_PROBLEMS;
}

/**
 * emb_import_problem_to_string:
 *
 * Returns: (transfer full): "file:line: field: message" or
 *   "file: $.path: field: message"
 */
char *
emb_import_problem_to_string (const EmbImportProblem *problem)
{
  g_autoptr(GString) text = g_string_new (problem->file);

  if (problem->line > 0)
    g_string_append_printf (text, ":%u", problem->line);
  if (problem->path != NULL)
    g_string_append_printf (text, ": %s", problem->path);
  if (problem->field != NULL)
    g_string_append_printf (text, ": %s", problem->field);
  g_string_append_printf (text, ": %s", problem->message);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
emb_import_report_count (EmbImportReport *report,
                         const char      *kind,
                         guint            added,
                         guint            updated,
                         guint            skipped)
{
  Counts *counts;

  g_return_if_fail (report != NULL);
  g_return_if_fail (kind != NULL);

  counts = g_hash_table_lookup (report->counts, kind);
  if (counts == NULL)
    {
      char *key = g_strdup (kind);

      counts = g_new0 (Counts, 1);
      g_ptr_array_add (report->kinds, key);
      g_hash_table_insert (report->counts, key, counts);
    }
  counts->added += added;
  counts->updated += updated;
  counts->skipped += skipped;
}

void
emb_import_report_get_counts (EmbImportReport *report,
                              const char      *kind,
                              guint           *added,
                              guint           *updated,
                              guint           *skipped)
{
  const Counts *counts;

  g_return_if_fail (report != NULL);

  counts = g_hash_table_lookup (report->counts, kind);
  if (added != NULL)
    *added = counts != NULL ? counts->added : 0;
  if (updated != NULL)
    *updated = counts != NULL ? counts->updated : 0;
  if (skipped != NULL)
    *skipped = counts != NULL ? counts->skipped : 0;
}

/**
 * emb_import_report_get_kinds:
 *
 * Returns: (transfer full): the kinds of record counted, in first-counted order
 */
GStrv
emb_import_report_get_kinds (EmbImportReport *report)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  for (guint i = 0; i < report->kinds->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (report->kinds, i));
  return g_strv_builder_end (builder);
}

/**
 * emb_import_report_to_string:
 *
 * Returns: (transfer full): a summary for a person: the counts per kind,
 *   then every problem on a line of its own
 */
char *
emb_import_report_to_string (EmbImportReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  for (guint i = 0; i < report->kinds->len; i++)
    {
      const char *kind = g_ptr_array_index (report->kinds, i);
      const Counts *c = g_hash_table_lookup (report->counts, kind);

      /* Translators: a line of an import summary, e.g. "employee: 12 added, 3 updated, 0 skipped" */
      g_string_append_printf (text, _("%s: %u added, %u updated, %u skipped"),
                              kind, c->added, c->updated, c->skipped);
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *line = emb_import_problem_to_string (&g_array_index (report->problems,
                                                                            EmbImportProblem, i));
      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }

  if (report->truncated)
    {
      g_string_append_printf (text, _("(more problems were found; only the first %d are listed)"),
                              EMB_IMPORT_MAX_PROBLEMS);
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

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

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  format = options->format;
  if (format == EMB_IMPORT_FORMAT_AUTO)
    {
      format = emb_import_detect_format (file, error);
      if (format == EMB_IMPORT_FORMAT_AUTO)
        return FALSE;
    }

  switch (format)
    {
    case EMB_IMPORT_FORMAT_BUNDLE:
      return emb_bundle_import (db, file, options, cancellable, report, error);

    case EMB_IMPORT_FORMAT_ROSTER_CSV:
    case EMB_IMPORT_FORMAT_FEEDBACK_CSV:
      return emb_csv_import (db, file, format, options, cancellable, report, error);

    case EMB_IMPORT_FORMAT_AUTO:
    default:
      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNSUPPORTED,
                   _("Unknown import format."));
      return FALSE;
    }
}

/* Asynchronous --------------------------------------------------------- */

typedef struct
{
  char             *db_path;
  GFile            *file;
  EmbImportOptions  options;
  char             *encoding;
  GHashTable       *mapping;
  EmbImportReport  *report;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *d = data;

  g_free (d->db_path);
  g_clear_object (&d->file);
  g_free (d->encoding);
  g_clear_pointer (&d->mapping, g_hash_table_unref);
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
  d->mapping = d->options.mapping != NULL ? g_hash_table_ref (d->options.mapping) : NULL;
  d->options.mapping = d->mapping;
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
