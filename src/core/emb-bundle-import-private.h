/* emb-bundle-import-private.h: the state of a bundle import, shared by its
 * three parts
 *
 *  - emb-bundle-import.c reads the file, walks its records a batch at a
 *    time and runs everything in one transaction;
 *  - emb-bundle-validate.c checks a record and turns its fields into cells
 *    ready to bind, reporting each problem by JSON path and field, and
 *    emb-bundle-rules.c checks the rules between its fields;
 *  - emb-bundle-merge.c keeps the records of the database and the file by
 *    UUID, and writes a checked record by its UUID.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-bundle-private.h"
#include "emb-enums.h"

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
  GHashTable *entries;    /* EmbBundleEntry, by UUID */
  GPtrArray  *blocks;     /* of EmbBundleEntry[ENTRY_BLOCK], its entries */
  guint       block_used;
  /* A top-level kind no other kind refers to (the nominations) is looked up
   * in the database instead (see emb-bundle-merge.c). */
  int         leaf;       /* 0 until known, then 1 for such a kind, else 2 */
  gint64      max_before; /* the highest id of its table before the import */
  GArray     *new_index;  /* guint32: the element of each row added, by id */
  GArray     *claimed;    /* guint32: 1 + the element that claimed each row */
  gboolean    present;    /* the file has this kind's member */
  guint       added;
  guint       updated;
  guint       skipped;
} EmbBundleKindState;

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
  GString                *batch;
  GString                *path;          /* the JSON path being checked */
  GPtrArray              *scratch;       /* strings made for the current record */
  EmbBundleKindState      kinds[EMB_BUNDLE_N_KINDS];
  char                   *upsert_sql[EMB_BUNDLE_N_KINDS];
  GPtrArray              *known[EMB_BUNDLE_N_KINDS];   /* member names, NULL-terminated */
  GHashTable             *value_names;   /* value name → UUID, both in names */
  GStringChunk           *names;
  guint                   n_problems;
  gboolean                full;          /* the report is full: stop looking */
  gboolean                cancelled;
  gboolean                dry_run_done;
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

/* Checking (emb-bundle-validate.c). */
gboolean        _emb_bundle_is_string           (JsonNode         *node);
gboolean        _emb_bundle_check_record        (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 JsonObject       *object,
                                                 guint             index,
                                                 gint64            parent_id,
                                                 EmbBundleRecord  *record,
                                                 GError          **error);

/* The rules between fields (emb-bundle-rules.c). */
gboolean        _emb_bundle_check_rules         (EmbBundleImport      *imp,
                                                 EmbBundleKindId       id,
                                                 JsonObject           *object,
                                                 const EmbBundleCell  *cells,
                                                 const char           *uuid,
                                                 GError              **error);

/* Merging by UUID (emb-bundle-merge.c). */
gboolean        _emb_bundle_normalise_uuid      (const char       *text,
                                                 char              out[37]);
GHashTable     *_emb_bundle_entries             (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 GError          **error);
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
                                                 JsonObject       *object,
                                                 guint             index,
                                                 EmbBundleRecord  *record,
                                                 GError          **error);
gboolean        _emb_bundle_merge_record        (EmbBundleImport  *imp,
                                                 EmbBundleKindId   id,
                                                 JsonObject       *object,
                                                 EmbBundleRecord  *record,
                                                 GError          **error);

G_END_DECLS
