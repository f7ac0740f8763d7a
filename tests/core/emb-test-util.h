/* emb-test-util.h: helpers shared by the model-layer tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-enums.h"
#include "emb-table-private.h"

G_BEGIN_DECLS

/* A fresh database in a new temporary folder; removed by emb_test_db_free(). */
typedef struct
{
  char        *dir;
  char        *path;
  EmbDatabase *db;
} EmbTestDb;

EmbTestDb *emb_test_db_new          (void);
EmbTestDb *emb_test_db_new_demo     (void);
void       emb_test_db_free         (EmbTestDb   *tdb);
void       emb_test_remove_tree     (const char  *path);
char      *emb_test_dump            (EmbDatabase *db);
void       emb_test_assert_unchanged (EmbDatabase *db,
                                      const char  *before);
void       emb_test_init            (int         *argc,
                                     char      ***argv);

/* Records every EmbDatabase::changed emission. */
typedef struct
{
  GArray *events;   /* EmbTestChange */
  gulong  handler;
  EmbDatabase *db;
} EmbTestChanges;

typedef struct
{
  int    kind;
  int    change;
  gint64 id;
} EmbTestChange;

EmbTestChanges *emb_test_changes_watch  (EmbDatabase    *db);
gboolean        emb_test_changes_has    (EmbTestChanges *changes,
                                         int             kind,
                                         int             change,
                                         gint64          id);
void            emb_test_changes_free   (EmbTestChanges *changes);

/* A validation error with this code, on this field, with a message. */
void   emb_test_assert_field_error           (const GError   *error,
                                              int             code,
                                              const char     *field);
/* The ids in @ids are @expected, in this order. */
void   emb_test_assert_ids                   (GArray         *ids,
                                              const gint64   *expected,
                                              guint           n_expected);
/* The ids of the records of @model, as "1,2,3". */
char  *emb_test_model_ids                    (GListModel     *model);

/* Records saved through their store (each must be accepted); the new id. */
gint64 emb_test_add_department               (EmbDatabase    *db,
                                              const char     *name);
gint64 emb_test_add_department_with_office   (EmbDatabase    *db,
                                              const char     *name,
                                              EmbOffice       office);
gint64 emb_test_add_role                     (EmbDatabase    *db,
                                              gint64          department_id,
                                              const char     *name);
gint64 emb_test_add_role_with_office         (EmbDatabase    *db,
                                              gint64          department_id,
                                              const char     *name,
                                              EmbOffice       office);
gint64 emb_test_add_employee                 (EmbDatabase    *db,
                                              const char     *number,
                                              const char     *name,
                                              gint64          department_id,
                                              gint64          role_id,
                                              gboolean        active);
gint64 emb_test_add_stage                    (EmbDatabase    *db,
                                              const char     *name);
gint64 emb_test_add_touchpoint               (EmbDatabase    *db,
                                              gint64          stage_id,
                                              const char     *name);
gint64 emb_test_add_value                    (EmbDatabase    *db,
                                              const char     *name);
/* Feedback saved through its store: a category as its source wrote it
 * (or NULL), waiting for triage or not. */
gint64 emb_test_add_feedback                 (EmbDatabase    *db,
                                              const char     *received_at,
                                              EmbFeedbackKind kind,
                                              EmbScoreType    score_type,
                                              int             score,
                                              gint64          touchpoint_id,
                                              const char     *text);
gint64 emb_test_add_categorised_feedback     (EmbDatabase    *db,
                                              const char     *received_at,
                                              EmbFeedbackKind kind,
                                              gint64          touchpoint_id,
                                              const char     *category,
                                              gboolean        triage,
                                              const char     *text);
/* A record saved by its table mapping as it is, without the store's checks
 * (which would refuse or change it); the new id. */
gint64 emb_test_save_as_it_is                (EmbDatabase    *db,
                                              const EmbTable *table,
                                              gpointer        record);
/* A stage or touchpoint at a given position, saved as it is (the store
 * would put it last). */
gint64 emb_test_add_stage_at                 (EmbDatabase    *db,
                                              const char     *name,
                                              int             position);
gint64 emb_test_add_touchpoint_at            (EmbDatabase    *db,
                                              gint64          stage_id,
                                              const char     *name,
                                              int             position);
/* A responsibility of @role_id at @touchpoint_id, saved as it is. */
gint64 emb_test_add_responsibility           (EmbDatabase    *db,
                                              gint64          role_id,
                                              gint64          touchpoint_id,
                                              EmbResponsibilityLevel level);
/* A promise saved and published through its store; the id of the
 * published version. */
gint64 emb_test_add_published_promise        (EmbDatabase    *db,
                                              const char     *statement,
                                              const gint64   *touchpoints,
                                              guint           n_touchpoints);
/* An async call's result: pass emb_test_store_result and a GAsyncResult *
 * set to NULL as callback and data, then emb_test_wait_for() runs the main
 * context until it has come (a reference the caller drops). */
void          emb_test_store_result          (GObject        *source,
                                              GAsyncResult   *result,
                                              gpointer        user_data);
GAsyncResult *emb_test_wait_for              (GAsyncResult  **result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbTestDb, emb_test_db_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbTestChanges, emb_test_changes_free)

G_END_DECLS
