/* emb-bench-startup.h: the start-up figure of the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs @argv (a full path first) with its standard output in @output and
 * the processor time it used in @cpu_ms (on success); returns FALSE when it
 * could not be run or did not exit with 0. */
typedef gboolean (*BenchSpawnFunc) (const char * const  *argv,
                                    char               **output,
                                    double              *cpu_ms);

/* Prints a line, as the benchmark's other figures. */
typedef void     (*BenchFigureFunc) (const char *name,
                                     double      measured,
                                     double      floor_value,
                                     const char *unit,
                                     const char *target,
                                     gboolean    pass);
typedef void     (*BenchNotMeasuredFunc) (const char *name,
                                          const char *why);

typedef struct
{
  const char           *dir;          /* a folder for the settings of the runs */
  const char           *embassy;      /* the program measured */
  const char           *bare_window;  /* the floor */
  const char           *schema_dir;   /* the compiled GSettings schemas */
  BenchSpawnFunc        spawn;
  BenchFigureFunc       figure;
  BenchNotMeasuredFunc  not_measured;
} BenchStartup;

#define BENCH_STARTUP_RUNS          7
#define BENCH_STARTUP_TARGET_RATIO  1.3

void   bench_startup_measure (const BenchStartup *startup,
                              const char         *programme,
                              const char         *db_path);

/* In emb-bench.c: the nearest-rank percentile of @values (sorted in place). */
double bench_percentile      (GArray             *values,
                              double              p);

G_END_DECLS
