/* emb-bench-floors.h: the floors of the import figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-bench-generate.h"

G_BEGIN_DECLS

typedef enum
{
  BENCH_FLOOR_BARE,     /* bare tables in a new database: the limit of the work */
  BENCH_FLOOR_SCHEMA,   /* our schema, with its indexes and triggers */
} BenchFloorKind;

guint    bench_bundle_rows        (BenchData       *data);
gboolean bench_make_programme_db  (const char      *path,
                                   BenchData       *data,
                                   GError         **error);
double   bench_floor_roster       (BenchFloorKind   kind,
                                   const char      *path,
                                   const char      *schema_path,
                                   BenchData       *data,
                                   GError         **error);
double   bench_floor_feedback     (BenchFloorKind   kind,
                                   const char      *path,
                                   const char      *programme_path,
                                   BenchData       *data,
                                   GError         **error);
double   bench_floor_bundle       (BenchFloorKind   kind,
                                   const char      *path,
                                   const char      *schema_path,
                                   BenchData       *data,
                                   GError         **error);

G_END_DECLS
