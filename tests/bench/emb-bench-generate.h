/* emb-bench-generate.h: a large, deterministic organisation for the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_SEED 20240601u

/* Full size; --scale N divides the people, nominations and feedback by N
 * (departments, roles, the journey and the values keep their size). */
#define BENCH_EMPLOYEES       20000
#define BENCH_DEPARTMENTS     20
#define BENCH_ROLES_PER_DEPT  10
#define BENCH_STAGES          5
#define BENCH_TP_PER_STAGE    20
#define BENCH_NOMINATIONS     1000000
#define BENCH_FEEDBACK        1000000

/* The data cover the two years before this moment (UTC). */
#define BENCH_NOW             "2025-12-15T12:00:00Z"

typedef struct
{
  guint8      uuid[16];
  const char *name;
  gboolean    back_office;
} BenchDepartment;

typedef struct
{
  guint8      uuid[16];
  guint       department;
  const char *name;
  const char *attitudes;
  gboolean    manager;       /* its members decide on nominations */
} BenchRole;

typedef struct
{
  guint8      uuid[16];
  char        number[12];
  const char *first_name;
  const char *last_name;
  char       *email;
  guint       role;
  guint       department;
  const char *site;
  char        hire_date[11];
  gboolean    active;
} BenchEmployee;

typedef struct
{
  guint8      uuid[16];
  const char *name;
  const char *description;
} BenchStage;

typedef struct
{
  guint8      uuid[16];
  guint       stage;
  guint       position;
  char       *name;
  const char *channel;
} BenchTouchpoint;

typedef struct
{
  guint8      uuid[16];
  guint       role;
  guint       touchpoint;
  const char *level;         /* the nick: "owns", "delivers", … */
} BenchResponsibility;

typedef struct
{
  guint8      uuid[16];
  const char *name;
  const char *description;
  const char *desired;
  const char *undesired;
} BenchValue;

typedef struct
{
  guint8      uuid[16];
  gint32      nominee_employee;   /* index, or -1 */
  gint32      nominee_department; /* index, or -1 */
  gint32      nominator;          /* index, or -1 */
  gint32      decider;            /* index, or -1 */
  gint16      touchpoint;         /* index, or -1 */
  guint8      value;
  guint8      status;             /* index into bench_nomination_status */
  gboolean    is_public;
  gint64      submitted_at;       /* Unix time, UTC */
  gint64      decided_at;         /* 0: none */
  gint64      celebrated_at;      /* 0: none */
  const char *story;
  const char *decision_note;
} BenchNomination;

typedef struct
{
  guint8      uuid[16];
  gint64      received_at;        /* Unix time, UTC */
  gint16      touchpoint;         /* index, or -1 */
  guint8      channel;            /* index into bench_channels */
  guint8      kind;               /* index into bench_feedback_kinds */
  guint8      score_type;         /* index into bench_score_types */
  gint8       score;              /* -1: none */
  guint32     customer;
  const char *text;               /* "" for none */
} BenchFeedback;

typedef struct
{
  guint                scale;
  GStringChunk        *strings;

  const char         **vocabulary;      /* by rank, most common first */
  guint                n_vocabulary;

  char                *organisation_uuid;
  BenchDepartment     *departments;
  guint                n_departments;
  BenchRole           *roles;
  guint                n_roles;
  BenchEmployee       *employees;
  guint                n_employees;
  BenchStage          *stages;
  guint                n_stages;
  BenchTouchpoint     *touchpoints;
  guint                n_touchpoints;
  BenchResponsibility *responsibilities;
  guint                n_responsibilities;
  BenchValue          *values;
  guint                n_values;
  BenchNomination     *nominations;
  guint                n_nominations;
  BenchFeedback       *feedback;
  guint                n_feedback;
} BenchData;

extern const char * const bench_nomination_status[4];
extern const char * const bench_channels[6];
extern const char * const bench_feedback_kinds[4];
extern const char * const bench_score_types[4];

BenchData *bench_data_generate       (guint          scale);
void       bench_data_free           (BenchData     *data);

void       bench_format_uuid         (const guint8   uuid[16],
                                      char           out[37]);
/* "YYYY-MM-DDTHH:MM:SS.000Z", as the database stores times */
void       bench_format_timestamp    (gint64         t,
                                      char           out[32]);

gboolean   bench_write_roster_csv    (BenchData     *data,
                                      const char    *path,
                                      GError       **error);
gboolean   bench_write_feedback_csv  (BenchData     *data,
                                      const char    *path,
                                      GError       **error);
/* The whole programme (organisation, people, values, journey,
 * responsibilities) and, when asked, the history: nominations and feedback. */
gboolean   bench_write_bundle        (BenchData     *data,
                                      const char    *path,
                                      gboolean       with_nominations,
                                      gboolean       with_feedback,
                                      GError       **error);

G_END_DECLS
