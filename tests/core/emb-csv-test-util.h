/* emb-csv-test-util.h: helpers of the tests of the CSV importer
 *
 * The fixtures are in tests/data/csv; tests/data/csv/README tells which
 * tool each imitates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-csv-import.h"
#include "emb-records.h"

G_BEGIN_DECLS

GFile *fixture (const char *name);

EmbImportReport *import_ok (EmbDatabase            *db,
                            const char             *name,
                            EmbImportFormat         format,
                            const EmbImportOptions *options);

/* Imports a file that must be refused: FALSE, EMB_IMPORT_ERROR_INVALID,
 * nothing written; returns the report. */
EmbImportReport *import_refused (EmbDatabase            *db,
                                 const char             *name,
                                 EmbImportFormat         format,
                                 const EmbImportOptions *options);

void assert_problem (EmbImportReport *report,
                     guint            index,
                     const char      *file,
                     guint            line,
                     const char      *field);

void assert_counts (EmbImportReport *report,
                    const char      *kind,
                    guint            added,
                    guint            updated,
                    guint            skipped);

EmbEmployee *employee (EmbDatabase *db,
                       const char  *number);

char *department_name (EmbDatabase *db,
                       gint64       id);

char *role_name (EmbDatabase *db,
                 gint64       id);

/* Asserts an employee's values; NULL skips a value. */
void assert_employee (EmbDatabase *db,
                      const char  *number,
                      const char  *name,
                      const char  *email,
                      const char  *department,
                      const char  *role,
                      const char  *site,
                      const char  *hire_date,
                      gboolean     active);

/* Every feedback record, in the order of the list. */
GPtrArray *all_feedback (EmbDatabase *db);

EmbFeedback *feedback_with_text (GPtrArray  *feedback,
                                 const char *text);

EmbFeedback *feedback_with_ref (GPtrArray  *feedback,
                                const char *ref);

GHashTable *mapping_new (const char *first_key,
                         ...);

/* A progress function that cancels @user_data (a GCancellable) when the
 * checking pass ends: then the writing starts. */
void cancel_when_writing (double   fraction,
                          gpointer user_data);

G_END_DECLS
