/* emb-bundle-private.h: the programme bundle's format, shared by the
 * exporter and the importer
 *
 * Each kind of record is a table described in emb-tables.c: its columns
 * become JSON members (references by UUID, named after their column without
 * "_id"). The exporter and the importer build their SQL from these static
 * descriptions, never from data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "emb-bundle.h"
#include "emb-database-private.h"
#include "emb-tables.h"

G_BEGIN_DECLS

/* The kinds of record, in the order they are written and imported: every
 * reference points to a kind that comes earlier. */
typedef enum
{
  EMB_BUNDLE_KIND_ORGANISATION,
  EMB_BUNDLE_KIND_DEPARTMENT,
  EMB_BUNDLE_KIND_ROLE,
  EMB_BUNDLE_KIND_EMPLOYEE,
  EMB_BUNDLE_KIND_VALUE,
  EMB_BUNDLE_KIND_VALUE_SET,
  EMB_BUNDLE_KIND_STAGE,
  EMB_BUNDLE_KIND_TOUCHPOINT,
  EMB_BUNDLE_KIND_RESPONSIBILITY,
  EMB_BUNDLE_KIND_PROMISE,
  EMB_BUNDLE_KIND_PROMISE_VERSION,
  EMB_BUNDLE_KIND_ANNOUNCEMENT,
  EMB_BUNDLE_KIND_ACKNOWLEDGEMENT,
  EMB_BUNDLE_KIND_FEEDBACK,
  EMB_BUNDLE_KIND_NOMINATION,
  EMB_BUNDLE_KIND_PILOT,
  EMB_BUNDLE_KIND_WAVE,
  EMB_BUNDLE_KIND_DECISION,
  EMB_BUNDLE_KIND_TRAINING_OBJECTIVE,
  EMB_BUNDLE_KIND_OBSERVATION,
  EMB_BUNDLE_KIND_MATURITY_ASSESSMENT,
  EMB_BUNDLE_KIND_CONSISTENCY_AUDIT,
  EMB_BUNDLE_KIND_PULSE,
  EMB_BUNDLE_N_KINDS,
  EMB_BUNDLE_TOP = EMB_BUNDLE_N_KINDS,  /* the parent of a top-level kind */
} EmbBundleKindId;

#define EMB_BUNDLE_MAX_COLUMNS 16
#define EMB_BUNDLE_MAX_LINKS   2

/* A kind of record: its table (emb-tables.c), and what the description
 * says of the other kinds, looked up once: the kind a nested record lives in
 * (its parent column is no member of its own) and the kind each reference
 * and each link points to. */
typedef struct
{
  const EmbTable   *table;
  EmbBundleKindId   parent;          /* EMB_BUNDLE_TOP, or the kind it is nested in */
  const char       *parent_column;   /* "promise_id" */
  EmbBundleKindId   targets[EMB_BUNDLE_MAX_COLUMNS];    /* of each reference */
  EmbBundleKindId   link_targets[EMB_BUNDLE_MAX_LINKS];
} EmbBundleKind;

const EmbBundleKind *_emb_bundle_kind             (EmbBundleKindId  id);
GPtrArray           *_emb_bundle_members          (EmbBundleKindId  id);

/* SQL built from the descriptions (never from data), owned by the caller. */
char                *_emb_bundle_select_sql       (EmbBundleKindId  id);
char                *_emb_bundle_insert_sql       (EmbBundleKindId  id);
char                *_emb_bundle_upsert_sql       (EmbBundleKindId  id);
char                *_emb_bundle_link_select_sql  (const EmbLink   *link);

/* JSON text helpers. */
void                 _emb_bundle_append_string    (GString         *out,
                                                   const char      *text);
void                 _emb_bundle_append_real      (GString         *out,
                                                   double           value);
void                 _emb_bundle_append_member_path (GString       *path,
                                                   const char      *name);

/* The scanner (emb-bundle-scan.c): a quick pass over the text of a bundle
 * checks that it is well-formed JSON (strictly, with valid UTF-8), finds
 * where each top-level member starts and ends and counts the elements of
 * each top-level array, so that the records can be read one after the
 * other from the text instead of all at once. */
typedef struct
{
  gsize start;
  gsize end;
} EmbBundleSpan;

typedef struct
{
  char          *name;
  EmbBundleSpan  value;
  gboolean       is_array;
  guint          n_elements;   /* of an array */
} EmbBundleMember;

typedef struct
{
  gboolean   is_object;      /* FALSE: the document is another JSON value */
  GPtrArray *members;        /* EmbBundleMember, in the file's order */
} EmbBundleDocument;

typedef struct
{
  guint  line;
  guint  column;
  char  *path;
  char  *field;              /* the member the error is in, or NULL */
  char  *message;            /* translated */
} EmbBundleSyntaxError;

EmbBundleDocument   *_emb_bundle_scan             (const char            *data,
                                                   gsize                  length,
                                                   gboolean               mapped,
                                                   EmbBundleSyntaxError  *error);
void                 _emb_bundle_release_pages    (const char            *data,
                                                   gsize                  from,
                                                   gsize                  to);
void                 _emb_bundle_document_free    (EmbBundleDocument     *doc);
void                 _emb_bundle_syntax_error_clear (EmbBundleSyntaxError *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbBundleDocument, _emb_bundle_document_free)

G_END_DECLS
