/* emb-table-private.h: loading and saving records by their table mapping
 *
 * Each record class maps its properties onto the columns of one table. These
 * helpers build the SQL for that mapping once (from the static descriptions in
 * emb-tables.c, never from data) and move values between statements and
 * properties; every value is bound as a parameter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-database-private.h"
#include "emb-record-private.h"

G_BEGIN_DECLS

typedef enum
{
  EMB_COLUMN_NULL_IF_ZERO     = 1 << 0,  /* an id property: 0 is SQL NULL */
  EMB_COLUMN_NULL_IF_NEGATIVE = 1 << 1,  /* an optional number: -1 is SQL NULL */
  EMB_COLUMN_NULLABLE         = 1 << 2,  /* a NULL string is SQL NULL, not '' */
} EmbColumnFlags;

typedef struct
{
  const char     *column;
  const char     *property;
  EmbColumnFlags  flags;
} EmbColumn;

typedef struct
{
  const char       *table;
  EmbRecordKind     kind;
  GType           (*get_type) (void);
  const EmbColumn  *columns;
  guint             n_columns;
} EmbTable;

/* "t.id, t.uuid, t.created_at, t.updated_at, t.<columns>" */
const char *_emb_table_columns_sql  (const EmbTable  *table);
/* "SELECT t.id, t.uuid, t.created_at, t.updated_at, t.<columns> FROM <table> t" */
const char *_emb_table_select_sql   (const EmbTable  *table);
gpointer    _emb_table_read_row     (const EmbTable  *table,
                                     sqlite3_stmt    *stmt);
void        _emb_table_fill_row     (const EmbTable  *table,
                                     EmbRecord       *record,
                                     sqlite3_stmt    *stmt);
gpointer    _emb_table_get          (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     gint64           id,
                                     GError         **error);
gpointer    _emb_table_get_by_uuid  (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     const char      *uuid,
                                     GError         **error);
GListStore *_emb_table_list         (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     const char      *suffix,
                                     GError         **error);
GListStore *_emb_table_list_by      (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     const char      *suffix,
                                     gint64           param,
                                     GError         **error);
gboolean    _emb_table_save         (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     EmbRecord       *record,
                                     GError         **error);
gboolean    _emb_table_delete       (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     gint64           id,
                                     GError         **error);
gboolean    _emb_table_exists       (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     gint64           id);

/* Ordered lists (values, stages, touchpoints…): read the ids in order, then
 * number them 0…n-1 again, touching and announcing only the rows that moved. */
GArray     *_emb_load_ids           (EmbDatabase     *db,
                                     const char      *sql,
                                     gint64           scope,
                                     GError         **error);
gboolean    _emb_write_positions    (EmbDatabase     *db,
                                     const char      *sql,
                                     EmbRecordKind    kind,
                                     GArray          *ids,
                                     gint64           scope,
                                     GError         **error);

G_END_DECLS
