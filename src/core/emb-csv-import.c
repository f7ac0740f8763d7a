/* emb-csv-import.c: rosters and feedback from CSV exports of other tools
 *
 * The passes over the file: a first look (the encoding, the separator, the
 * header and the first rows, which decide the columns and the order of
 * dates), a pass that checks every row and a pass that writes every row in
 * one transaction; for a feedback export usually one pass that does both
 * (see "One pass" below). With #EmbImportOptions.skip_invalid a problem of
 * a row refuses that row alone: the others are written, and the refused
 * rows go to a rejects file (emb-csv-rejects.c), also in the transaction's
 * time. The pieces are described in emb-csv-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-database-private.h"
#include "emb-import-profile-private.h"

#define SNIFF_ROWS 200

/* The share of the progress of a checking pass that writes too. */
#define ONE_PASS_END 0.9

typedef struct
{
  EmbDatabase            *db;          /* NULL in a preview without database */
  EmbCsvFile              file;
  EmbImportFormat         format;
  const EmbImportOptions *options;
  gboolean                preview;
  GPtrArray              *sniffed;     /* EmbCsvPreviewRow, the header first */
  guint                   sniff_limit;
  EmbCsvColumns           columns;
  EmbCsvDates             dates;
  EmbCsvMapper           *mapper;      /* NULL when the kind of file is not known */
  gboolean                header_passed;
  EmbImportProfileUse    *profile;     /* the import profile applied, if any */
  GFile                  *rejects;     /* where the refused rows go */
  GFile                  *rejects_temp;
  gboolean                rejects_moved;
  guint                   n_refused;
  gboolean                written;     /* in one pass */
} Import;

static void
preview_row_free (gpointer data)
{
  EmbCsvPreviewRow *row = data;

  g_strfreev (row->values);
  g_free (row);
}

static EmbCsvPreviewRow *
preview_row_new (guint   line,
                 guint   n_values,
                 char  **values)
{
  EmbCsvPreviewRow *row = g_new0 (EmbCsvPreviewRow, 1);

  row->line = line;
  row->n_values = n_values;
  row->values = g_new0 (char *, n_values + 1);
  for (guint i = 0; i < n_values; i++)
    row->values[i] = g_strdup (values[i]);
  return row;
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static Import *
import_new (EmbDatabase            *db,
            GFile                  *file,
            EmbImportFormat         format,
            const EmbImportOptions *options,
            gboolean                preview,
            GCancellable           *cancellable,
            EmbImportReport        *report)
{
  Import *imp = g_new0 (Import, 1);

  imp->db = db != NULL ? g_object_ref (db) : NULL;
  _emb_csv_file_init (&imp->file, file, cancellable, report);
  if (!preview)
    {
      imp->file.progress = options->progress;
      imp->file.progress_data = options->progress_data;
    }
  imp->format = format;
  imp->options = options;
  imp->preview = preview;
  imp->sniffed = g_ptr_array_new_with_free_func (preview_row_free);
  imp->sniff_limit = SNIFF_ROWS;
  _emb_csv_columns_init (&imp->columns);
  _emb_csv_dates_init (&imp->dates, options->date_order);
  if (options->skip_invalid)
    imp->file.problems.refused = g_hash_table_new_full (NULL, NULL, NULL, string_free);
  return imp;
}

static void
import_free (Import *imp)
{
  /* A rejects file of an import that failed is not left behind. */
  if (imp->rejects_temp != NULL)
    g_file_delete (imp->rejects_moved ? imp->rejects : imp->rejects_temp, NULL, NULL);
  g_clear_object (&imp->rejects_temp);
  g_clear_object (&imp->rejects);
  _emb_csv_dates_clear (&imp->dates);
  g_clear_pointer (&imp->mapper, _emb_csv_mapper_free);
  _emb_csv_columns_clear (&imp->columns);
  g_ptr_array_unref (imp->sniffed);
  _emb_csv_file_clear (&imp->file);
  g_clear_object (&imp->db);
  g_free (imp);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Import, import_free)

static gboolean
is_csv_format (EmbImportFormat format)
{
  return format == EMB_IMPORT_FORMAT_ROSTER_CSV || format == EMB_IMPORT_FORMAT_FEEDBACK_CSV;
}

/* Rows -------------------------------------------------------------------- */

static gboolean
sniff_record (gpointer   data,
              guint      line,
              char     **values,
              guint      n_values,
              GError   **error)
{
  Import *imp = data;

  g_ptr_array_add (imp->sniffed, preview_row_new (line, n_values, values));
  return imp->sniffed->len <= imp->sniff_limit;
}

static gboolean
check_cells (Import  *imp,
             guint    line,
             char   **values,
             guint    n_values,
             GError **error)
{
  guint n_columns = imp->columns.n_columns;

  if (n_values < n_columns)
    {
      _emb_csv_add_problem (&imp->file.problems, line, imp->columns.headers[n_values],
                            _("The row has %u values, but the header names %u columns."),
                            n_values, n_columns);
      return TRUE;
    }
  for (guint i = n_columns; i < n_values; i++)
    if (*values[i] != '\0')
      {
        _emb_csv_add_problem (&imp->file.problems, line, NULL,
                              _("The row has %u values, but the header names %u columns."),
                              n_values, n_columns);
        return TRUE;
      }

  return imp->mapper->klass->row (imp->mapper, line, values, error);
}

/* Checks (or, in the writing pass, writes) a row; its problems are its
 * own: with skip_invalid they refuse it alone. */
static gboolean
check_row (Import  *imp,
           guint    line,
           char   **values,
           guint    n_values,
           GError **error)
{
  EmbCsvProblems *problems = &imp->file.problems;
  gboolean ok;

  if (line == imp->columns.skip_line)
    return TRUE;
  /* The writing pass passes over the rows the checking pass refused. */
  if (imp->mapper->writing && _emb_csv_problems_is_refused (problems, line))
    return TRUE;

  problems->row_line = line;
  ok = check_cells (imp, line, values, n_values, error);
  problems->row_line = 0;
  return ok;
}

static gboolean
row_record (gpointer   data,
            guint      line,
            char     **values,
            guint      n_values,
            GError   **error)
{
  Import *imp = data;

  if (!imp->header_passed)
    {
      imp->header_passed = TRUE;
      return TRUE;
    }

  if (!check_row (imp, line, values, n_values, error))
    return FALSE;
  /* Without skipping, a full report is reason enough to stop. */
  return imp->file.problems.refused != NULL ||
         !emb_import_report_is_full (imp->file.problems.report);
}

/* The progress of a pass that reads no rows, and its cancellation. */
gboolean
_emb_csv_mapper_progress (EmbCsvMapper  *mapper,
                          double         fraction,
                          GError       **error)
{
  if (mapper->file == NULL)
    return TRUE;
  _emb_csv_file_progress (mapper->file, fraction);
  return !_emb_csv_file_cancelled (mapper->file, error);
}

/* One pass ----------------------------------------------------------------
 *
 * Reading and parsing a large file costs as much as writing it, so a mapper
 * that can (EmbCsvMapperClass.writes_while_checking) writes each row as the
 * checking pass takes it, in one transaction around the pass, exactly as
 * the writing pass would write it. It gives up (_emb_csv_mapper_give_up())
 * at the first row whose writing depends on what later rows tell: a score
 * whose scale the whole column tells, a date read before the order of its
 * column is known, an id that may turn out to be no key, items of a source
 * imported before; and at the first problem of a file taken all or
 * nothing. From there on the pass only checks, the transaction is rolled
 * back, and the writing pass follows as it would have: the file is read
 * once more, never wrongly. A pass that did not give up commits when the
 * rows it wrote are the rows the checking found to write. */

/* Whether the row being checked is to be written now. */
gboolean
_emb_csv_mapper_writes_now (EmbCsvMapper *mapper)
{
  const EmbCsvProblems *problems = mapper->problems;

  if (!mapper->one_pass || mapper->given_up)
    return FALSE;
  /* A problem of the file, or of any row when the file is taken all or
   * nothing: nothing will be written. */
  if (problems->n_file_problems > 0 || (problems->refused == NULL && problems->n_problems > 0))
    {
      _emb_csv_mapper_give_up (mapper, "the file has problems");
      return FALSE;
    }
  return TRUE;
}

/* Stops writing while checking, for @reason (told to debug logs). */
void
_emb_csv_mapper_give_up (EmbCsvMapper *mapper,
                         const char   *reason)
{
  if (!mapper->one_pass || mapper->given_up)
    return;
  g_debug ("Checking only, not writing, from row %u: %s",
           mapper->added + mapper->skipped + 1, reason);
  mapper->given_up = TRUE;
}

/* Checks (or writes) every row of the file. */
static gboolean
read_rows (Import   *imp,
           gboolean  writing,
           GError  **error)
{
  _emb_csv_mapper_start_pass (imp->mapper, writing);
  imp->header_passed = FALSE;
  return _emb_csv_file_read (&imp->file, FALSE, row_record, imp, error);
}

/* Telling rosters from feedback ------------------------------------------- */

/**
 * emb_csv_import_guess_kind:
 * @head: the first bytes of a CSV file, as read
 * @length: their length
 *
 * Tells a roster from a feedback export by the header line: a column of
 * employee numbers (such as "Employee ID") makes a roster; otherwise a
 * column of scores or comments makes feedback.
 *
 * Returns: %EMB_IMPORT_FORMAT_ROSTER_CSV, %EMB_IMPORT_FORMAT_FEEDBACK_CSV, or
 *   %EMB_IMPORT_FORMAT_AUTO when it cannot be told
 */
EmbImportFormat
emb_csv_import_guess_kind (const char *head,
                           gsize       length)
{
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  const char *end = NULL;

  g_return_val_if_fail (head != NULL || length == 0, EMB_IMPORT_FORMAT_AUTO);

  if (length >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    {
      head += 3;
      length -= 3;
    }
  else if (length >= 2 &&
           (memcmp (head, "\xFF\xFE", 2) == 0 || memcmp (head, "\xFE\xFF", 2) == 0))
    {
      encoding = (guchar)head[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      head += 2;
      length = (length - 2) & ~(gsize)1;
    }

  if (encoding == NULL && !g_utf8_validate_len (head, length, &end))
    {
      if (memchr (head, '\0', length) != NULL)
        return EMB_IMPORT_FORMAT_AUTO;
      /* A character cut at the end of the head is no fault. */
      if (_emb_csv_is_utf8_prefix ((const guchar *)end, head + length - end))
        length = end - head;
      else
        {
          g_autofree EmbCsvByteStats *stats = g_new0 (EmbCsvByteStats, 1);

          _emb_csv_byte_stats_add (stats, (const guchar *)head, length);
          encoding = _emb_csv_byte_stats_guess (stats, emb_csv_default_encoding ());
        }
    }

  if (encoding != NULL)
    {
      gsize read = 0;
      g_autoptr(GError) error = NULL;
      gsize converted = 0;

      text = g_convert (head, length, "UTF-8", encoding, &read, &converted, &error);
      if (text == NULL && read > 0)
        text = g_convert (head, read, "UTF-8", encoding, NULL, &converted, NULL);
      if (text == NULL)
        return EMB_IMPORT_FORMAT_AUTO;
      return _emb_csv_guess_format (text, converted);
    }

  return _emb_csv_guess_format (head, length);
}

/* The passes --------------------------------------------------------------- */

/* Everything before the rows: the file's name and size, its encoding, its
 * separator, its header and columns, and what the database holds. Problems
 * go to the report; FALSE only with @error. */
static guint
count_head_lines (const char *head,
                  gsize       length)
{
  const char *end = head + length;
  guint n = 0;

  for (const char *p = head; p < end && (p = memchr (p, '\n', end - p)) != NULL; p++)
    n++;
  return n;
}

static gboolean
prepare (Import  *imp,
         GError **error)
{
  g_autofree char *head = NULL;
  gsize length = 0;
  guint lines;

  if (!_emb_csv_file_open (&imp->file, imp->options->encoding, &head, &length, error))
    return FALSE;
  if (head == NULL)
    return TRUE;

  if (imp->format == EMB_IMPORT_FORMAT_AUTO)
    imp->format = _emb_csv_guess_format (head, length);
  imp->columns.format = imp->format;
  lines = count_head_lines (head, length);

  if (is_csv_format (imp->format))
    _emb_csv_columns_read_mapping (&imp->columns, imp->options->mapping, &imp->file.problems);

  imp->file.progress_from = imp->file.progress_to;
  if (!_emb_csv_file_read (&imp->file, !imp->preview, sniff_record, imp, error))
    return FALSE;
  if (imp->sniffed->len == 0)
    {
      if (imp->file.problems.n_problems == 0)
        _emb_csv_add_problem (&imp->file.problems, 0, NULL, _("The file is empty."));
      return TRUE;
    }

  _emb_csv_columns_choose (&imp->columns, imp->options->mapping, imp->sniffed);
  _emb_csv_columns_check (&imp->columns, imp->sniffed, &imp->file.problems);
  _emb_csv_dates_sniff (&imp->dates, &imp->columns, imp->sniffed);

  if (imp->format == EMB_IMPORT_FORMAT_ROSTER_CSV)
    imp->mapper = _emb_roster_import_new (imp->db, &imp->columns, &imp->file.problems);
  else if (imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    imp->mapper = _emb_feedback_import_new (imp->db, &imp->columns, &imp->file.problems,
                                            imp->options->mapping);
  else
    return TRUE;
  imp->mapper->dates = &imp->dates;
  imp->mapper->file = &imp->file;
  /* The lines of the first bytes tell about how many the file has. */
  imp->mapper->expected_rows = lines > 1 && length > 0
                               ? (guint)MIN ((double)imp->file.size * (lines - 1) / length,
                                             G_MAXUINT)
                               : 0;

  if (imp->db != NULL)
    return imp->mapper->klass->load (imp->mapper, error);
  return TRUE;
}

static gboolean
refuse (Import  *imp,
        GError **error)
{
  g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "%s has %u problem; nothing was imported.",
                            "%s has %u problems; nothing was imported.",
                            imp->file.problems.n_problems),
               imp->file.problems.name, imp->file.problems.n_problems);
  return FALSE;
}

/* Saves the import profile with what the import used: the options, the
 * field of every column, the sources of the feedback. */
static gboolean
store_profile (Import  *imp,
               GError **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) sources = NULL;

  if (imp->profile == NULL || imp->profile->profile == NULL)
    return TRUE;
  imp->profile->profile->format = imp->format;

  for (guint i = 0; i < imp->columns.n_columns; i++)
    g_ptr_array_add (values, _emb_csv_column_mapping_value (&imp->columns, i));
  g_ptr_array_add (values, NULL);
  if (imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV)
    sources = _emb_feedback_import_get_sources (imp->mapper);
  return _emb_import_profile_store_used (imp->db, imp->profile,
                                         (const char * const *)imp->columns.headers,
                                         (const char * const *)values->pdata,
                                         (const char * const *)sources, error);
}

/* Whether the problems found refuse the whole file: any problem, or with
 * skip_invalid one that is no row's. */
static gboolean
is_refused (Import *imp)
{
  const EmbCsvProblems *problems = &imp->file.problems;

  if (problems->refused != NULL)
    return problems->n_file_problems > 0;
  return problems->n_problems > 0;
}

/* After the checking pass: the order of the dates the rows told, once
 * more through the rows if some were read in the wrong one, then what the
 * rows come to as a whole. Problems go to the report; FALSE only with
 * @error. */
static gboolean
finish_checking (Import  *imp,
                 GError **error)
{
  if (_emb_csv_dates_decide (&imp->dates, &imp->columns, &imp->file.problems) &&
      !is_refused (imp))
    {
      gboolean ok;

      /* The same rows, the same problems: they were told already. */
      _emb_csv_mapper_give_up (imp->mapper, "the dates were read in the wrong order");
      imp->file.problems.muted = TRUE;
      ok = read_rows (imp, FALSE, error);
      imp->file.problems.muted = FALSE;
      if (!ok)
        return FALSE;
    }

  if (!is_refused (imp) && imp->mapper->klass->checked != NULL)
    imp->mapper->klass->checked (imp->mapper);
  return TRUE;
}

/* After the checking pass took the file: writes the refused rows, if any,
 * to a rejects file beside the source, under a temporary name until the
 * import is done. */
static gboolean
write_rejects (Import  *imp,
               GError **error)
{
  imp->n_refused = imp->file.problems.refused != NULL
                   ? g_hash_table_size (imp->file.problems.refused) : 0;
  if (imp->n_refused == 0 || imp->options->dry_run)
    return TRUE;

  imp->rejects = _emb_csv_rejects_target (imp->file.file, imp->options->rejects);
  if (imp->rejects == NULL)
    {
      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                   _("Cannot tell where to write the refused rows of %s; choose a rejects "
                     "file."),
                   imp->file.problems.name);
      return FALSE;
    }
  return _emb_csv_rejects_write (&imp->file, imp->rejects, &imp->rejects_temp, error);
}

/* Once every row is written, in the transaction: completes the writes,
 * then the profile and the rejects file. */
static gboolean
finish_writing (Import       *imp,
                EmbDatabase  *db,
                gboolean      ok,
                guint         n_problems,
                GError      **error)
{
  if (ok && imp->mapper->klass->finish_write != NULL)
    ok = imp->mapper->klass->finish_write (imp->mapper, error);
  imp->mapper->klass->end_write (imp->mapper);

  if (!ok)
    return FALSE;
  /* A row the checking pass took has a problem now: the file changed. */
  if (imp->file.problems.n_problems > n_problems)
    return refuse (imp, error);
  if (!store_profile (imp, error))
    return FALSE;

  if (imp->rejects_temp != NULL)
    {
      if (!g_file_move (imp->rejects_temp, imp->rejects, G_FILE_COPY_OVERWRITE,
                        imp->file.cancellable, NULL, NULL, error))
        return FALSE;
      imp->rejects_moved = TRUE;
    }

  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  return TRUE;
}

/* The second pass, in one transaction: runs the rows again, writing. */
static gboolean
write_all (EmbDatabase  *db,
           gpointer      data,
           GError      **error)
{
  Import *imp = data;
  guint n_problems = imp->file.problems.n_problems;
  gboolean ok;

  if (!imp->mapper->klass->begin_write (imp->mapper, error))
    {
      imp->mapper->klass->end_write (imp->mapper);
      return FALSE;
    }
  if (imp->mapper->klass->write != NULL)
    {
      imp->mapper->writing = TRUE;
      ok = imp->mapper->klass->write (imp->mapper, error);
    }
  else
    ok = read_rows (imp, TRUE, error);
  return finish_writing (imp, db, ok, n_problems, error);
}

/* One pass, in one transaction: checks every row and writes it. FALSE
 * without @error when it gave up writing or the file is refused: then the
 * checking is done, and nothing was written. */
static gboolean
check_and_write (EmbDatabase  *db,
                 gpointer      data,
                 GError      **error)
{
  Import *imp = data;
  EmbCsvMapper *mapper = imp->mapper;
  gboolean ok;

  mapper->one_pass = TRUE;
  if (!mapper->klass->begin_write (mapper, error))
    {
      mapper->klass->end_write (mapper);
      return FALSE;
    }
  ok = read_rows (imp, FALSE, error) && finish_checking (imp, error);
  /* Every row the writing pass would write, and no other. */
  if (ok && !is_refused (imp) && mapper->written != mapper->added)
    _emb_csv_mapper_give_up (mapper, "the rows written are not the rows to write");
  if (!ok || mapper->given_up || is_refused (imp))
    {
      mapper->klass->end_write (mapper);
      return FALSE;
    }

  _emb_csv_mapper_report_values (mapper, imp->file.problems.report);
  imp->written = TRUE;
  mapper->writing = TRUE;
  ok = write_rejects (imp, error);
  return finish_writing (imp, db, ok, imp->file.problems.n_problems, error);
}

/* For tests: one pass allowed, and whether the last import took it. */
static gboolean one_pass_allowed = TRUE;
static gboolean last_one_pass;

void
_emb_csv_import_set_one_pass (gboolean allowed)
{
  one_pass_allowed = allowed;
}

gboolean
_emb_csv_import_was_one_pass (void)
{
  return last_one_pass;
}

/* Whether to write while checking. */
static gboolean
one_pass_wanted (Import *imp)
{
  return one_pass_allowed && imp->mapper->klass->writes_while_checking && imp->db != NULL &&
         !imp->options->dry_run;
}

/**
 * emb_csv_import:
 * @format: %EMB_IMPORT_FORMAT_ROSTER_CSV or %EMB_IMPORT_FORMAT_FEEDBACK_CSV
 *   (or %EMB_IMPORT_FORMAT_AUTO to tell by the header)
 * @options: (nullable): the options
 * @report: where counts and problems are collected
 *
 * Imports a roster or a feedback export: every row is checked first; when
 * any has a problem nothing is written. Otherwise all rows are written in
 * one transaction (nothing at all in a dry run) and @report counts them.
 * With @options->skip_invalid, rows with problems are refused alone: the
 * others are written, the refused ones go to a rejects file (not in a dry
 * run), and @report tells how many and where
 * (emb_import_report_get_n_rejected()). See emb-csv-import.h for the rules.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_IMPORT_ERROR_INVALID when
 *   @report lists problems, or another #EmbImportError or a database error
 */
gboolean
emb_csv_import (EmbDatabase             *db,
                GFile                   *file,
                EmbImportFormat          format,
                const EmbImportOptions  *options,
                GCancellable            *cancellable,
                EmbImportReport         *report,
                GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  g_auto(EmbImportProfileUse) profile = { 0 };
  g_autoptr(Import) imp = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  if (!_emb_import_profile_use (db, options, &format, &profile, error))
    return FALSE;
  options = &profile.effective;

  imp = import_new (db, file, format, options, FALSE, cancellable, report);
  imp->profile = &profile;
  last_one_pass = FALSE;

  imp->file.progress_to = 0.05;
  if (!prepare (imp, error))
    return FALSE;
  if (imp->file.problems.n_problems > 0)
    return refuse (imp, error);

  imp->file.progress_from = 0.05;
  imp->file.progress_to = options->dry_run ? 1. : 0.4;
  if (one_pass_wanted (imp))
    {
      g_autoptr(GError) local_error = NULL;

      imp->file.progress_to = ONE_PASS_END;
      if (!emb_database_transaction (db, check_and_write, imp, &local_error) &&
          local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      imp->mapper->one_pass = FALSE;
      imp->file.progress_from = ONE_PASS_END;
    }
  else if (!read_rows (imp, FALSE, error) || !finish_checking (imp, error))
    return FALSE;

  if (!imp->written)
    {
      _emb_csv_mapper_report_values (imp->mapper, report);
      if (is_refused (imp))
        return refuse (imp, error);
      if (!write_rejects (imp, error))
        return FALSE;
    }

  if (!options->dry_run && !imp->written)
    {
      imp->file.progress_from = MAX (imp->file.progress_from, 0.4);
      imp->file.progress_to = 1.;
      if (!emb_database_transaction (db, write_all, imp, error))
        return FALSE;
    }
  g_clear_object (&imp->rejects_temp);   /* in place: keep it */

  imp->mapper->klass->count (imp->mapper, report);
  if (imp->file.problems.refused != NULL)
    {
      g_autofree char *where = imp->rejects != NULL && !options->dry_run
                               ? g_file_get_path (imp->rejects) : NULL;

      if (where == NULL && imp->rejects != NULL && !options->dry_run)
        where = g_file_get_uri (imp->rejects);
      emb_import_report_set_rejected (report, imp->n_refused, where);
    }
  _emb_csv_file_progress (&imp->file, 1.);
  last_one_pass = imp->written;
  return TRUE;
}

/* Preview ------------------------------------------------------------------ */

void
emb_csv_preview_free (EmbCsvPreview *preview)
{
  if (preview == NULL)
    return;

  g_free (preview->encoding);
  g_free (preview->ambiguous_dates);
  g_strfreev (preview->headers);
  g_free (preview->fields);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_clear_pointer (&preview->report, emb_import_report_unref);
  g_free (preview);
}

/**
 * emb_csv_preview:
 * @db: (nullable): the database, to check touchpoints and to compare with
 *   the employees already there; %NULL to read the file alone
 * @format: the kind of file, or %EMB_IMPORT_FORMAT_AUTO to tell by the header
 * @options: (nullable): the options the import would use (encoding, mapping)
 * @max_rows: how many rows to show
 * @preview: (out): return location for the preview
 *
 * Reads what an import with @options would: the encoding, the separator,
 * the header and the field chosen for each column, and the first @max_rows
 * rows with their problems. Nothing is written. With @db, use it on the
 * thread that owns it.
 *
 * Returns: %TRUE with @preview set (problems of the file are in its report);
 *   %FALSE with @error when the file cannot be read or on cancellation
 */
gboolean
emb_csv_preview (EmbDatabase             *db,
                 GFile                   *file,
                 EmbImportFormat          format,
                 const EmbImportOptions  *options,
                 guint                    max_rows,
                 GCancellable            *cancellable,
                 EmbCsvPreview          **preview,
                 GError                 **error)
{
  EmbImportOptions defaults = { 0 };
  g_auto(EmbImportProfileUse) profile = { 0 };
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(Import) imp = NULL;
  g_autoptr(EmbCsvPreview) result = NULL;
  const EmbCsvColumns *columns;
  gboolean check;

  g_return_val_if_fail (db == NULL || EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (preview != NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  if (!_emb_import_profile_use (db, options, &format, &profile, error))
    return FALSE;
  options = &profile.effective;

  imp = import_new (db, file, format, options, TRUE, cancellable, report);
  imp->sniff_limit = MAX (max_rows, SNIFF_ROWS);
  if (!prepare (imp, error))
    return FALSE;

  columns = &imp->columns;
  result = g_new0 (EmbCsvPreview, 1);
  result->format = imp->format;
  result->encoding = g_strdup (imp->file.encoding);
  result->converted = imp->file.converted;
  result->separator = imp->file.separator;
  result->rows = g_ptr_array_new_with_free_func (preview_row_free);
  result->report = emb_import_report_ref (report);
  result->n_columns = columns->n_columns;
  result->headers = columns->headers != NULL ? g_strdupv (columns->headers) : g_new0 (char *, 1);
  result->fields = g_new0 (const char *, columns->n_columns + 1);
  for (guint i = 0; i < columns->n_columns; i++)
    result->fields[i] = _emb_csv_field_name (columns->columns[i].field);

  check = columns->n_columns > 0 && imp->mapper != NULL;
  if (check)
    _emb_csv_mapper_start_pass (imp->mapper, FALSE);

  for (guint i = 1; i < imp->sniffed->len && result->rows->len < max_rows; i++)
    {
      EmbCsvPreviewRow *row = g_ptr_array_index (imp->sniffed, i);

      if (row->line == columns->skip_line)
        continue;

      if (check && !emb_import_report_is_full (report) &&
          !check_row (imp, row->line, row->values, row->n_values, error))
        return FALSE;

      g_ptr_array_add (result->rows, preview_row_new (row->line, row->n_values, row->values));
    }

  if (check)
    {
      _emb_csv_dates_decide (&imp->dates, columns, &imp->file.problems);
      result->ambiguous_dates = g_strdup (_emb_csv_dates_get_ambiguous (&imp->dates, columns));
      if (imp->mapper->klass->checked != NULL)
        imp->mapper->klass->checked (imp->mapper);
    }
  if (imp->format == EMB_IMPORT_FORMAT_FEEDBACK_CSV && imp->mapper != NULL)
    result->score_type = _emb_feedback_import_get_score_type (imp->mapper);

  *preview = g_steal_pointer (&result);
  return TRUE;
}
