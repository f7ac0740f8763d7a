/* emb-import-report.c: what an import did, or found wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-report"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-import-report.h"

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
  GArray          *values;     /* EmbImportValue */
  GArray          *warnings;   /* EmbImportWarning */
  guint            n_rejected;
  char            *rejects_path;
};

static void
value_clear (EmbImportValue *value)
{
  g_free (value->column);
  g_free (value->field);
  g_free (value->value);
  g_free (value->mapped);
}

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
  report->values = g_array_new (FALSE, TRUE, sizeof (EmbImportValue));
  g_array_set_clear_func (report->values, (GDestroyNotify)value_clear);
  report->warnings = g_array_new (FALSE, TRUE, sizeof (EmbImportWarning));
  g_array_set_clear_func (report->warnings, (GDestroyNotify)problem_clear);
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
  g_array_unref (report->values);
  g_array_unref (report->warnings);
  g_free (report->rejects_path);
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
 * emb_import_report_set_rejected:
 * @n_rejected: how many rows were refused, each alone (with
 *   #EmbImportOptions.skip_invalid), and not imported
 * @rejects_path: (nullable): the file they were written to, with the reason
 *   of each; %NULL when none was written (a dry run)
 */
void
emb_import_report_set_rejected (EmbImportReport *report,
                                guint            n_rejected,
                                const char      *rejects_path)
{
  g_return_if_fail (report != NULL);

  report->n_rejected = n_rejected;
  g_free (report->rejects_path);
  report->rejects_path = g_strdup (rejects_path);
}

/**
 * emb_import_report_get_n_rejected:
 *
 * Returns: how many rows an import with #EmbImportOptions.skip_invalid
 *   refused (their problems are among the report's); 0 otherwise
 */
guint
emb_import_report_get_n_rejected (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->n_rejected;
}

/**
 * emb_import_report_get_rejects_path:
 *
 * Returns: (nullable): the rejects file the refused rows were written to
 *   (a path, or a URI for a file that has none), or %NULL when none was
 *   written: no row was refused, or it was a dry run
 */
const char *
emb_import_report_get_rejects_path (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return report->rejects_path;
}

/**
 * emb_import_report_to_string:
 *
 * Returns: (transfer full): a summary for a person: the counts per kind,
 *   the rows refused and where they went, then every problem on a line of
 *   its own
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

  if (report->n_rejected > 0 && report->rejects_path != NULL)
    {
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u row was refused; it is in %s with the reason.",
                                           "%u rows were refused; they are in %s with the "
                                           "reasons.",
                                           report->n_rejected),
                              report->n_rejected, report->rejects_path);
      g_string_append_c (text, '\n');
    }
  else if (report->n_rejected > 0)
    {
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u row is refused.",
                                           "%u rows are refused.",
                                           report->n_rejected),
                              report->n_rejected);
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *line = emb_import_problem_to_string (&g_array_index (report->problems,
                                                                            EmbImportProblem, i));
      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < report->warnings->len; i++)
    {
      g_autofree char *line = emb_import_problem_to_string (&g_array_index (report->warnings,
                                                                            EmbImportWarning, i));
      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }

  if (emb_import_report_get_n_unknown (report) > 0)
    {
      g_string_append (text, _("Categories that name no touchpoint (the items wait to be "
                               "triaged):"));
      g_string_append_c (text, '\n');
      for (guint i = 0; i < report->values->len; i++)
        {
          const EmbImportValue *value = &g_array_index (report->values, EmbImportValue, i);

          if (value->unknown)
            {
              /* Translators: a line of an import summary: a category of the
               * file, its column and how many items have it */
              g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                         "  “%s” (column “%s”): %u item",
                                                         "  “%s” (column “%s”): %u items",
                                                         value->count),
                                      value->value, value->column, value->count);
              g_string_append_c (text, '\n');
            }
        }
    }

  if (report->truncated)
    {
      g_string_append_printf (text, _("(more problems were found; only the first %d are listed)"),
                              EMB_IMPORT_MAX_PROBLEMS);
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Values ------------------------------------------------------------------ */

/**
 * emb_import_report_add_value:
 * @column: the column's header
 * @field: the field the column is read into
 * @value: the value as the file writes it
 * @mapped: (nullable): what a value map made of it
 * @count: how many rows hold it
 * @unknown: whether it is a category of feedback that names no touchpoint
 */
void
emb_import_report_add_value (EmbImportReport *report,
                             const char      *column,
                             const char      *field,
                             const char      *value,
                             const char      *mapped,
                             guint            count,
                             gboolean         unknown)
{
  EmbImportValue entry;

  g_return_if_fail (report != NULL);
  g_return_if_fail (column != NULL && field != NULL && value != NULL);

  entry.column = g_strdup (column);
  entry.field = g_strdup (field);
  entry.value = g_strdup (value);
  entry.mapped = g_strdup (mapped);
  entry.count = count;
  entry.unknown = unknown;
  g_array_append_val (report->values, entry);
}

guint
emb_import_report_get_n_values (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->values->len;
}

/**
 * emb_import_report_get_value:
 *
 * Returns: (transfer none): a value of a categorical column; the values of
 *   a column come together, the most frequent first
 */
const EmbImportValue *
emb_import_report_get_value (EmbImportReport *report,
                             guint            index)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (index < report->values->len, NULL);

  return &g_array_index (report->values, EmbImportValue, index);
}

/**
 * emb_import_report_get_n_unknown:
 *
 * Returns: how many different categories named no touchpoint
 */
guint
emb_import_report_get_n_unknown (EmbImportReport *report)
{
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; i < report->values->len; i++)
    n += g_array_index (report->values, EmbImportValue, i).unknown;
  return n;
}

/* Warnings ---------------------------------------------------------------- */

/**
 * emb_import_report_add_warning:
 * @file: the file's display name
 * @line: the 1-based line, or 0
 * @field: (nullable): the field or column
 *
 * Records something the user should know that does not stop the import.
 */
void
emb_import_report_add_warning (EmbImportReport *report,
                               const char      *file,
                               guint            line,
                               const char      *field,
                               const char      *format,
                               ...)
{
  EmbImportWarning warning;
  va_list args;

  g_return_if_fail (report != NULL);

  va_start (args, format);
  warning.message = g_strdup_vprintf (format, args);
  va_end (args);
  warning.file = g_strdup (file);
  warning.line = line;
  warning.path = NULL;
  warning.field = g_strdup (field);
  g_array_append_val (report->warnings, warning);
}

guint
emb_import_report_get_n_warnings (EmbImportReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->warnings->len;
}

const EmbImportWarning *
emb_import_report_get_warning (EmbImportReport *report,
                               guint            index)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (index < report->warnings->len, NULL);

  return &g_array_index (report->warnings, EmbImportWarning, index);
}
