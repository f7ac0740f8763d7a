/* emb-table-private.h: loading and saving records by their table mapping
 *
 * Each record class maps its properties onto the columns of one table. These
 * helpers build the SQL for that mapping once (from the static descriptions in
 * emb-tables.c, never from data) and move values between statements and
 * properties; every value is bound as a parameter.
 *
 * The same descriptions say how each table travels in a programme bundle
 * (emb-bundle*.c): its JSON member, the type and limits of each column, the
 * tables its references point into, and the lists of links it owns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-database-private.h"
#include "emb-record-private.h"

G_BEGIN_DECLS

typedef struct _EmbTable EmbTable;

/* What a column holds. The record's property has the matching GType; a
 * bundle writes and checks the value by it. */
typedef enum
{
  EMB_COLUMN_TEXT,       /* a string */
  EMB_COLUMN_EMAIL,      /* a string: an e-mail address or "" */
  EMB_COLUMN_CURRENCY,   /* a string: three capital letters */
  EMB_COLUMN_DATE,       /* a string: YYYY-MM-DD */
  EMB_COLUMN_TIMESTAMP,  /* a string: ISO 8601, stored in UTC */
  EMB_COLUMN_INT,        /* a whole number between min and max */
  EMB_COLUMN_BOOL,       /* true or false (0 or 1 in SQL) */
  EMB_COLUMN_REAL,       /* a number between min and max */
  EMB_COLUMN_ENUM,       /* the nick of a value of enum_type, min to max */
  EMB_COLUMN_REF,        /* the id of a row of target (0 is SQL NULL); a UUID in a bundle */
  EMB_COLUMN_LINK,       /* a string: an http or https URL of at most max characters, or "" */
} EmbColumnType;

typedef enum
{
  /* May be SQL NULL: a NULL string (otherwise saved as ''), or a negative
   * number; in a bundle, null is allowed and absent means null. */
  EMB_COLUMN_NULLABLE  = 1 << 0,
  EMB_COLUMN_NOT_BLANK = 1 << 1,  /* text that must not be empty */
  /* A reference to the record this one belongs to: in a bundle the record
   * is nested in that one, and the column is no member of its own. */
  EMB_COLUMN_PARENT    = 1 << 2,
} EmbColumnFlags;

typedef struct
{
  const char      *column;      /* the SQL column */
  const char      *property;    /* the record's property */
  EmbColumnType    type;
  EmbColumnFlags   flags;
  const char      *member;      /* the JSON member in a bundle; NULL for the parent */
  gint64           min;         /* INT, REAL, ENUM */
  gint64           max;         /* INT, REAL, ENUM; TEXT: characters */
  GType          (*enum_type) (void);
  const EmbTable  *target;      /* REF: the table it points into */
  const char      *fallback;    /* in a bundle, the value when absent, as text; NULL: required */
  const char      *label;       /* N_(): the field's name for a person */
} EmbColumn;

/* A list of references kept in a table of pairs, such as the touchpoints of
 * a promise version: in a bundle, a list of UUIDs. */
typedef struct
{
  const char      *member;      /* the JSON member */
  const char      *table;
  const char      *own_column;
  const char      *other_column;
  const EmbTable  *target;
  const char      *label;       /* N_() */
} EmbLink;

struct _EmbTable
{
  const char       *table;
  EmbRecordKind     kind;
  GType           (*get_type) (void);
  const EmbColumn  *columns;
  guint             n_columns;

  /* In a programme bundle */
  const char       *member;       /* "departments", or "versions" inside a promise */
  const char       *name;         /* "department": the kind in import reports */
  const EmbLink    *links;
  guint             n_links;
  gboolean          has_scores;   /* maturity assessments: "scores" */
  const char       *bundle_order; /* constant ORDER BY over alias t */
};

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
GListStore *_emb_table_read_all     (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     sqlite3_stmt    *stmt,
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
GListStore *_emb_table_list_period  (EmbDatabase     *db,
                                     const EmbTable  *table,
                                     const char      *sql,
                                     const char      *from,
                                     const char      *to,
                                     guint            limit,
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

/* A GCompareFunc of two gint64 ids, for g_array_sort(). */
int         _emb_compare_ids        (gconstpointer    a,
                                     gconstpointer    b);

G_END_DECLS
