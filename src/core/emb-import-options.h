/* emb-import-options.h: what an import is asked to do
 *
 * The kinds of file and the options every importer takes (the dispatcher of
 * emb-import.h, the bundle importer, the CSV importer). With
 * emb-import-report.h, what an import gives back, it is all an importer
 * needs to include.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  EMB_IMPORT_FORMAT_AUTO,
  EMB_IMPORT_FORMAT_BUNDLE,
  EMB_IMPORT_FORMAT_ROSTER_CSV,
  EMB_IMPORT_FORMAT_FEEDBACK_CSV,
} EmbImportFormat;

/* How a date such as 2/5/2022 reads: day first (2 May) or month first
 * (5 February). AUTO: month first only where a column proves it (a second
 * number over 12); a column that reads either way is a problem to be
 * answered with one of the others. Dotted dates (02.05.2022) are always
 * day first. */
typedef enum
{
  EMB_DATE_ORDER_AUTO,
  EMB_DATE_ORDER_DMY,
  EMB_DATE_ORDER_MDY,
} EmbDateOrder;

/* Progress, called from the worker thread: @fraction from 0 to 1. */
typedef void (*EmbImportProgressFunc) (double    fraction,
                                       gpointer  user_data);

typedef struct
{
  EmbImportFormat        format;
  gboolean               dry_run;
  const char            *encoding;   /* NULL: detect (UTF-8 or the locale's legacy code page) */
  GHashTable            *mapping;    /* CSV column name → field name; overrides detection */
  EmbDateOrder           date_order;
  gboolean               skip_invalid; /* import the valid rows; write the others to rejects */
  const char            *rejects;    /* where refused rows go; NULL: beside the source */
  const char            *profile;    /* the import profile to apply and update, or NULL */
  EmbImportProgressFunc  progress;
  gpointer               progress_data;
} EmbImportOptions;

G_END_DECLS
