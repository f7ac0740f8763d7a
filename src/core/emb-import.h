/* emb-import.h: getting data in: programme bundles and CSV files
 *
 * Every import validates everything first and then writes in one
 * transaction: it succeeds whole or changes nothing. Problems are collected
 * (up to EMB_IMPORT_MAX_PROBLEMS) and each names the file, the line or JSON
 * path, the field and what is wrong, in the user's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

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

typedef enum
{
  EMB_IMPORT_FORMAT_AUTO,
  EMB_IMPORT_FORMAT_BUNDLE,
  EMB_IMPORT_FORMAT_ROSTER_CSV,
  EMB_IMPORT_FORMAT_FEEDBACK_CSV,
} EmbImportFormat;

/* One problem found in an import. */
typedef struct
{
  char  *file;      /* the file's display name */
  guint  line;      /* 1-based line of a CSV file, or 0 */
  char  *path;      /* JSON path such as "$.employees[3].email", or NULL */
  char  *field;     /* the field or column, or NULL */
  char  *message;   /* translated */
} EmbImportProblem;

/* What an import did, or (in a dry run) would do. */
typedef struct _EmbImportReport EmbImportReport;

/* Progress, called from the worker thread: @fraction from 0 to 1. */
typedef void (*EmbImportProgressFunc) (double    fraction,
                                       gpointer  user_data);

typedef struct
{
  EmbImportFormat        format;
  gboolean               dry_run;
  const char            *encoding;   /* NULL: detect (UTF-8 or the locale's legacy code page) */
  GHashTable            *mapping;    /* CSV column name → field name; overrides detection */
  EmbImportProgressFunc  progress;
  gpointer               progress_data;
} EmbImportOptions;

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
char             *emb_import_report_to_string     (EmbImportReport  *report);

/* Synchronous: for the command line and the worker threads. */
gboolean          emb_import_file                 (EmbDatabase            *db,
                                                   GFile                  *file,
                                                   const EmbImportOptions *options,
                                                   GCancellable           *cancellable,
                                                   EmbImportReport        *report,
                                                   GError                **error);
EmbImportFormat   emb_import_detect_format        (GFile                  *file,
                                                   GError                **error);

/* On a worker thread with a connection of its own; @db is told of the
 * change afterwards. */
void              emb_import_file_async           (EmbDatabase            *db,
                                                   GFile                  *file,
                                                   const EmbImportOptions *options,
                                                   GCancellable           *cancellable,
                                                   GAsyncReadyCallback     callback,
                                                   gpointer                user_data);
EmbImportReport  *emb_import_file_finish          (EmbDatabase            *db,
                                                   GAsyncResult           *result,
                                                   GError                **error);

EmbImportReport  *emb_import_file_get_report      (GAsyncResult           *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbImportReport, emb_import_report_unref)

G_END_DECLS
