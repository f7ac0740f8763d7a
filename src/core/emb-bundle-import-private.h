/* emb-bundle-import-private.h: the state of a bundle import, shared by its
 * three parts
 *
 *  - emb-bundle-import.c reads the file, walks its records one after the
 *    other and runs everything in one transaction;
 *  - emb-bundle-record.c reads the members of a flat record straight from
 *    the text (the others through JsonParser);
 *  - emb-bundle-validate.c checks a record and turns its fields into cells
 *    ready to bind, reporting each problem by JSON path and field, and
 *    emb-bundle-rules.c checks the rules between its fields;
 *  - emb-bundle-known.c knows the records of the database and the file by
 *    UUID, and emb-bundle-merge.c writes a checked record by its UUID.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-bundle-private.h"
#include "emb-enums.h"
#include "emb-feedback-store-private.h"

G_BEGIN_DECLS

enum
{
  EMB_BUNDLE_ENTRY_IN_DB   = 1 << 0,   /* the database had the record before the import */
  EMB_BUNDLE_ENTRY_IN_FILE = 1 << 1,   /* a record of the file has the UUID */
};

/* A record known by its UUID, in 32 bytes (two million of them are known
 * at once): the UUID's 16 bytes come first, so that an entry is its own key
 * in the hash table of its kind. */
typedef struct
{
  guint8  uuid[16];
  gint64  id;      /* its row; 0 while it is not written */
  guint32 index;   /* its element in a top-level array of the file */
  guint8  flags;
} EmbBundleEntry;

G_STATIC_ASSERT (G_STRUCT_OFFSET (EmbBundleEntry, uuid) == 0);
G_STATIC_ASSERT (sizeof (EmbBundleEntry) == 32);

typedef struct
{
  GHashTable   *entries;    /* EmbBundleEntry, by UUID */
  GPtrArray    *blocks;     /* of EmbBundleEntry[ENTRY_BLOCK], its entries */
  guint         block_used;
  /* How the kind is known (emb-bundle-known.c): 0 until decided. */
  int           mode;
  guint         n_file;     /* its records in the file, of a top-level kind */
  gint64        max_before; /* the highest id of its table before the import */
  GArray       *new_index;  /* guint32: the element of each row added, by id */
  GArray       *claimed;    /* guint32: 1 + the element that claimed each row */
  /* Its statements, borrowed from the database's cache. */
  sqlite3_stmt *find;
  sqlite3_stmt *insert;
  sqlite3_stmt *upsert;
  gboolean      present;    /* the file has this kind's member */
  guint         added;
  guint         updated;
  guint         skipped;
} EmbBundleKindState;

/* The members of a record (emb-bundle-record.c), read from the text or
 * from a JsonObject. */
typedef enum
{
  EMB_BUNDLE_VALUE_NULL,
  EMB_BUNDLE_VALUE_BOOLEAN,
  EMB_BUNDLE_VALUE_INT,
  EMB_BUNDLE_VALUE_DOUBLE,
  EMB_BUNDLE_VALUE_STRING,
  EMB_BUNDLE_VALUE_ARRAY,
  EMB_BUNDLE_VALUE_OBJECT,
} EmbBundleValueType;

typedef struct
{
  const char         *name;
  EmbBundleValueType  type;
  gint64              i;      /* an INT; a BOOLEAN as 0 or 1; a DOUBLE cut to a whole number */
  double              d;      /* a DOUBLE; an INT as a double */
  const char         *s;      /* a STRING */
  JsonNode           *node;   /* an ARRAY or an OBJECT */
} EmbBundleValue;

/* A flat record with more members than this goes to JsonParser. */
#define EMB_BUNDLE_MAX_FLAT_MEMBERS 64

typedef struct
{
  GArray  *values;   /* EmbBundleValue, in the order of the file */
  GString *text;     /* the names and strings of a record read from text */
} EmbBundleFields;

/* A checked value, ready to bind. */
typedef struct
{
  int          type;      /* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT or SQLITE_TEXT */
  gint64       i;
  double       d;
  const char  *s;
} EmbBundleCell;

typedef struct
{
  int         score[EMB_N_MATURITY_AREAS];
  const char *note[EMB_N_MATURITY_AREAS];
} EmbBundleScores;

/* A record of the file as checked: what it is written from. */
typedef struct
{
  EmbBundleEntry  *entry;        /* NULL when its UUID is wrong */
  EmbBundleEntry   own;          /* the entry of a record of a leaf kind */
  char             uuid[37];     /* its UUID in lower case, when it has one */
  const char      *created_at;
  const char      *updated_at;
  EmbBundleCell    cells[EMB_BUNDLE_MAX_COLUMNS];   /* one per column of its table */
  GArray          *links[EMB_BUNDLE_MAX_LINKS];     /* the ids of each link, sorted */
  EmbBundleScores  scores;
  gboolean         writable;     /* everything it refers to is written */
} EmbBundleRecord;

typedef struct
{
  EmbDatabase            *db;
  EmbImportReport        *report;
  const EmbImportOptions *options;
  GCancellable           *cancellable;
  char                   *name;          /* the file's name, for problems */
  const char             *data;
  gsize                   length;
  gboolean                mapped;        /* data is a file mapping */
  EmbBundleDocument      *doc;
  JsonParser             *parser;
  EmbBundleFields         fields;        /* of the flat record being read */
  GArray                 *links[EMB_BUNDLE_MAX_LINKS];   /* of the record being read */
  GString                *path;          /* the JSON path being checked */
  GPtrArray              *scratch;       /* strings made for the current record */
  EmbBundleKindState      kinds[EMB_BUNDLE_N_KINDS];
  EmbBundleEntry          found;         /* a row found by its UUID */
  GPtrArray              *known[EMB_BUNDLE_N_KINDS];   /* member names, NULL-terminated */
  GHashTable             *value_names;   /* value name → UUID, both in names */
  GStringChunk           *names;
  guint                   n_problems;
  gboolean                full;          /* the report is full: stop looking */
  gboolean                cancelled;
  gboolean                dry_run_done;
  char                   *retention_cutoff;   /* feedback before it comes without text */
  /* In a bulk write of feedback, feedback_day counted as items are added
   * (emb-feedback-days.c), with the columns of the cells it counts by:
   * received_at, touchpoint_id, kind, score_type, score. */
  EmbFeedbackDays        *days;
  guint                   day_columns[5];
} EmbBundleImport;

/* Problems (emb-bundle-import.c): at the current JSON path followed by
 * @suffix (such as "[2]"), or by @member of the current record (the record
 * itself when @member is %NULL). */
void            _emb_bundle_problem_at          (EmbBundleImport  *imp,
                                                 const char       *suffix,
                                                 const char       *field,
                                                 const char       *format,
                                                 ...) G_GNUC_PRINTF (4, 5);
void            _emb_bundle_problem             (EmbBundleImport  *imp,
                                                 const char       *member,
                                                 const char       *format,
                                                 ...) G_GNUC_PRINTF (3, 4);
void            _emb_bundle_problem_from_error  (EmbBundleImport  *imp,
                                                 const char       *member,
                                                 GError           *error);

/* Records (emb-bundle-record.c). */
void            _emb_bundle_fields_init         (EmbBundleFields  *fields);
void            _emb_bundle_fields_clear        (EmbBundleFields  *fields);
gboolean        _emb_bundle_fields_read         (EmbBundleFields  *fields,
                                                 const char       *text,
                                                 const char       *end,
                                                 const char      **next);
void            _emb_bundle_fields_from_object  (EmbBundleFields  *fields,
                                                 JsonObject       *object);
const EmbBundleValue *
                _emb_bundle_fields_get          (const EmbBundleFields *fields,
                                                 const char       *name);
const char     *_emb_bundle_skip_value          (const char       *text,
                                                 const char       *end);

/* Checking (emb-bundle-validate.c). */
gboolean        _emb_bundle_is_string           (JsonNode         *node);
gboolean        _emb_bundle_check_record        (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 const EmbBundleFields *fields,
                                                 guint             index,
                                                 gint64            parent_id,
                                                 EmbBundleRecord  *record,
                                                 GError          **error);

/* The rules between fields (emb-bundle-rules.c). */
gboolean        _emb_bundle_check_rules         (EmbBundleImport      *imp,
                                                 EmbBundleKindId       id,
                                                 const EmbBundleFields *fields,
                                                 const EmbBundleCell  *cells,
                                                 const char           *uuid,
                                                 GError              **error);

/* Records by UUID (emb-bundle-known.c). */
gboolean        _emb_bundle_normalise_uuid      (const char       *text,
                                                 char              out[37]);
gboolean        _emb_bundle_find_entry          (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 const char       *uuid,
                                                 EmbBundleEntry  **entry,
                                                 GError          **error);
void            _emb_bundle_forget_entries      (EmbBundleImport  *imp,
                                                 EmbBundleKindId   done);
void            _emb_bundle_clear_entries       (EmbBundleKindState *state);
gboolean        _emb_bundle_claim_uuid          (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 const EmbBundleFields *fields,
                                                 guint             index,
                                                 EmbBundleRecord  *record,
                                                 GError          **error);
void            _emb_bundle_note_record         (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 const EmbBundleRecord *record);
gboolean        _emb_bundle_uuid_clash          (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 const EmbBundleRecord *record,
                                                 GError          **error);
/* For tests: the fewest records of a kind known in the database rather
 * than in memory; 0 restores the default. */
void            _emb_bundle_set_database_threshold (guint          records);

/* Writing (emb-bundle-merge.c). */
gboolean        _emb_bundle_merge_record        (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 const EmbBundleFields *fields,
                                                 EmbBundleRecord  *record,
                                                 GError          **error);

G_END_DECLS
