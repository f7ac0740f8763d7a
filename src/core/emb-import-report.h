/* emb-import-report.h: what an import did, or found wrong
 *
 * Every importer collects its problems (up to EMB_IMPORT_MAX_PROBLEMS) and
 * its counts in a report; each problem names the file, the line or JSON
 * path, the field and what is wrong, in the user's language. An import that
 * found problems fails with EMB_IMPORT_ERROR_INVALID.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EMB_IMPORT_MAX_PROBLEMS 100

#define EMB_IMPORT_ERROR (emb_import_error_quark ())

typedef enum
{
  EMB_IMPORT_ERROR_INVALID,      /* the file has problems; see the report */
  EMB_IMPORT_ERROR_UNREADABLE,   /* cannot read the file at all */
  EMB_IMPORT_ERROR_UNSUPPORTED,  /* unknown format or bundle version */
  EMB_IMPORT_ERROR_CANCELLED,
} EmbImportError;

/* One problem found in an import. */
typedef struct
{
  char  *file;      /* the file's display name */
  guint  line;      /* 1-based line of a CSV file, or 0 */
  char  *path;      /* JSON path such as "$.employees[3].email", or NULL */
  char  *field;     /* the field or column, or NULL */
  char  *message;   /* translated */
} EmbImportProblem;

/* A value of a categorical column (a kind, a status, a category…) and how
 * many rows hold it, as the checking pass of a CSV import found it: the
 * import assistant offers a value map for each. @unknown marks a category
 * of feedback that names no touchpoint: its items are imported without a
 * touchpoint, to triage (feedback.triage = 1), keeping the category. */
typedef struct
{
  char     *column;   /* the column's header */
  char     *field;    /* the field it is read into, such as "touchpoint" */
  char     *value;    /* as the file writes it */
  char     *mapped;   /* what a value map made of it, or NULL */
  guint     count;
  gboolean  unknown;
} EmbImportValue;

/* Something the user should know that does not stop the import, such as an
 * id column that is no key. */
typedef EmbImportProblem EmbImportWarning;

/* What an import did, or (in a dry run) would do. */
typedef struct _EmbImportReport EmbImportReport;

GQuark            emb_import_error_quark          (void);

EmbImportReport  *emb_import_report_new           (void);
EmbImportReport  *emb_import_report_ref           (EmbImportReport  *report);
void              emb_import_report_unref         (EmbImportReport  *report);
void              emb_import_report_add_problem   (EmbImportReport  *report,
                                                   const char       *file,
                                                   guint             line,
                                                   const char       *path,
                                                   const char       *field,
                                                   const char       *format,
                                                   ...) G_GNUC_PRINTF (6, 7);
guint             emb_import_report_get_n_problems (EmbImportReport *report);
const EmbImportProblem *emb_import_report_get_problem (EmbImportReport *report,
                                                   guint             index);
gboolean          emb_import_report_is_full       (EmbImportReport  *report);
char             *emb_import_problem_to_string    (const EmbImportProblem *problem);
/* Counts per kind of record ("employee", "feedback", "department", …). */
void              emb_import_report_count         (EmbImportReport  *report,
                                                   const char       *kind,
                                                   guint             added,
                                                   guint             updated,
                                                   guint             skipped);
void              emb_import_report_get_counts    (EmbImportReport  *report,
                                                   const char       *kind,
                                                   guint            *added,
                                                   guint            *updated,
                                                   guint            *skipped);
GStrv             emb_import_report_get_kinds     (EmbImportReport  *report);
/* Rows refused alone, with EmbImportOptions.skip_invalid */
void              emb_import_report_set_rejected  (EmbImportReport  *report,
                                                   guint             n_rejected,
                                                   const char       *rejects_path);
guint             emb_import_report_get_n_rejected (EmbImportReport *report);
const char       *emb_import_report_get_rejects_path (EmbImportReport *report);
char             *emb_import_report_to_string     (EmbImportReport  *report);

/* Values of categorical columns and unknown categories (CSV imports). */
void              emb_import_report_add_value     (EmbImportReport  *report,
                                                   const char       *column,
                                                   const char       *field,
                                                   const char       *value,
                                                   const char       *mapped,
                                                   guint             count,
                                                   gboolean          unknown);
guint             emb_import_report_get_n_values  (EmbImportReport  *report);
const EmbImportValue *emb_import_report_get_value (EmbImportReport  *report,
                                                   guint             index);
guint             emb_import_report_get_n_unknown (EmbImportReport  *report);

/* Warnings: they do not fail the import. */
void              emb_import_report_add_warning   (EmbImportReport  *report,
                                                   const char       *file,
                                                   guint             line,
                                                   const char       *field,
                                                   const char       *format,
                                                   ...) G_GNUC_PRINTF (5, 6);
guint             emb_import_report_get_n_warnings (EmbImportReport *report);
const EmbImportWarning *emb_import_report_get_warning (EmbImportReport *report,
                                                   guint             index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbImportReport, emb_import_report_unref)

G_END_DECLS
