/* emb-test-util.h: helpers shared by the model-layer tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-database.h"

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbTestDb, emb_test_db_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbTestChanges, emb_test_changes_free)

G_END_DECLS
