/* emb-database.h: the programme database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-error.h"
#include "emb-types.h"

G_BEGIN_DECLS

#define EMB_TYPE_DATABASE (emb_database_get_type ())

G_DECLARE_FINAL_TYPE (EmbDatabase, emb_database, EMB, DATABASE, GObject)

/**
 * EmbDatabaseFileProblem:
 * @EMB_DATABASE_FILE_OK: the path holds the file opened, writable
 * @EMB_DATABASE_FILE_REMOVED: nothing is at the path any more
 * @EMB_DATABASE_FILE_REPLACED: another file is at the path
 * @EMB_DATABASE_FILE_READ_ONLY: the file was made read-only
 *
 * What happened to the file of an open database; see
 * emb_database_check_file().
 */
typedef enum
{
  EMB_DATABASE_FILE_OK,
  EMB_DATABASE_FILE_REMOVED,
  EMB_DATABASE_FILE_REPLACED,
  EMB_DATABASE_FILE_READ_ONLY,
} EmbDatabaseFileProblem;

#define EMB_TYPE_DATABASE_FILE_PROBLEM (emb_database_file_problem_get_type ())
GType        emb_database_file_problem_get_type   (void) G_GNUC_CONST;

typedef gboolean (*EmbTransactionFunc) (EmbDatabase  *database,
                                        gpointer      user_data,
                                        GError      **error);

EmbDatabase *emb_database_open                    (const char          *path,
                                                   GError             **error);
const char  *emb_database_get_path                (EmbDatabase         *self);
/* How long a statement waits for another connection's lock before it fails
 * with EMB_DATABASE_ERROR_BUSY (30 s by default); returns the old value. */
guint        emb_database_set_busy_timeout        (EmbDatabase         *self,
                                                   guint                milliseconds);
int          emb_database_get_schema_version      (EmbDatabase         *self);
int          emb_database_get_latest_schema_version (void);
gboolean     emb_database_transaction             (EmbDatabase         *self,
                                                   EmbTransactionFunc   func,
                                                   gpointer             user_data,
                                                   GError             **error);
gboolean     emb_database_is_empty                (EmbDatabase         *self);
void         emb_database_emit_changed            (EmbDatabase         *self,
                                                   EmbRecordKind        kind,
                                                   EmbChangeType        change,
                                                   gint64               id);
gboolean     emb_database_check_external_changes  (EmbDatabase         *self);
void         emb_database_watch_external_changes  (EmbDatabase         *self,
                                                   guint                interval_ms);
EmbDatabaseFileProblem emb_database_check_file  (EmbDatabase         *self);
EmbDatabaseFileProblem emb_database_get_file_problem (EmbDatabase      *self);
char        *emb_database_file_problem_describe   (EmbDatabaseFileProblem problem,
                                                   const char          *path);
char        *emb_database_default_path            (void);
char        *emb_now_iso8601                      (void);
char        *emb_fold_for_search                  (const char          *text);

G_END_DECLS
