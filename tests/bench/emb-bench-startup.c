/* emb-bench-startup.c: the start-up figure of the benchmark
 *
 * How long the real `embassy` takes from launch until its window's first
 * frame, against a bare libadwaita window (emb-bare-window.c) measured in
 * the same run under the same display. Both are started BENCH_STARTUP_RUNS
 * times, in turns (so that a change in the machine's load touches both),
 * after one start each that is not counted; the figure is the ratio of the
 * medians.
 *
 * A run starts when the request leaves this process and ends at the time the
 * program prints after painting its first frame (EMBASSY_QUIT_AFTER_MAP=1;
 * both clocks are CLOCK_MONOTONIC). The programs read their settings from a
 * key file in a folder of their own, with the automatic backups off. On a
 * machine others share, a note gives the processor time of the same starts
 * (until the program exited), which their load touches less.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "emb-bench-startup.h"

#define FIRST_FRAME_KEY "first-frame-us="
#define TIMEOUT_SECONDS "60"

/* The settings both programs start with: the application's own schema (the
 * floor reads none) from a key file, so no desktop setting and no running
 * settings service is involved. */
static char *
write_settings (const char *dir)
{
  g_autofree char *config_home = g_build_filename (dir, "startup-config", NULL);
  g_autofree char *folder = g_build_filename (config_home, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (folder, "keyfile", NULL);
  static const char contents[] =
    "[io/github/embassyapp/Embassy]\n"
    "automatic-backups=false\n";

  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents (keyfile, contents, -1, NULL))
    return NULL;
  return g_steal_pointer (&config_home);
}

/* Milliseconds from the request to the first frame, or a negative number;
 * @cpu_ms gets the processor time of the whole run. */
static double
run_once (const BenchStartup *startup,
          const char         *config_home,
          const char         *program,
          const char         *db_path,
          double             *cpu_ms)
{
  g_autofree char *env = g_find_program_in_path ("env");
  g_autofree char *timeout = g_find_program_in_path ("timeout");
  g_autofree char *config = g_strconcat ("XDG_CONFIG_HOME=", config_home, NULL);
  g_autofree char *schemas = g_strconcat ("GSETTINGS_SCHEMA_DIR=", startup->schema_dir, NULL);
  g_autofree char *output = NULL;
  const char *argv[] = {
    env, config, schemas, "GSETTINGS_BACKEND=keyfile", "EMBASSY_QUIT_AFTER_MAP=1",
    timeout, TIMEOUT_SECONDS, program, "--database", db_path, NULL
  };
  const char *frame;
  gint64 t0;

  if (env == NULL || timeout == NULL)
    return -1;
  if (db_path == NULL)
    argv[8] = NULL;

  t0 = g_get_monotonic_time ();
  if (!startup->spawn (argv, &output, cpu_ms))
    return -1;
  frame = strstr (output, FIRST_FRAME_KEY);
  if (frame == NULL)
    return -1;
  return (g_ascii_strtoll (frame + strlen (FIRST_FRAME_KEY), NULL, 10) - t0) / 1000.0;
}

/**
 * bench_startup_measure:
 * @programme: its name in the figure, such as "demo"
 * @db_path: the programme database embassy opens
 *
 * Prints the figure "start-up @programme".
 */
void
bench_startup_measure (const BenchStartup *startup,
                       const char         *programme,
                       const char         *db_path)
{
  g_autofree char *name = g_strdup_printf ("start-up %s", programme);
  g_autofree char *config_home = NULL;
  g_autoptr(GArray) measured = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) measured_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  double measured_ms, bare_ms, measured_cpu_ms, bare_cpu_ms, cpu;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      startup->not_measured (name, "no display: run under xvfb-run -a");
      return;
    }
  config_home = write_settings (startup->dir);
  if (config_home == NULL)
    {
      startup->not_measured (name, "cannot write the settings");
      return;
    }

  /* One start each, not counted: the files are read from the disk once. */
  if (run_once (startup, config_home, startup->bare_window, NULL, &cpu) < 0 ||
      run_once (startup, config_home, startup->embassy, db_path, &cpu) < 0)
    {
      startup->not_measured (name, "a program did not show its window");
      return;
    }

  for (guint i = 0; i < BENCH_STARTUP_RUNS; i++)
    {
      double ms[2], cpu_ms[2];

      /* In turns, each first every other time. */
      for (guint j = 0; j < 2; j++)
        {
          gboolean floor_turn = (i + j) % 2 == 0;

          ms[floor_turn] = run_once (startup, config_home,
                                     floor_turn ? startup->bare_window : startup->embassy,
                                     floor_turn ? NULL : db_path, &cpu_ms[floor_turn]);
          if (ms[floor_turn] < 0)
            {
              startup->not_measured (name, "a program did not show its window");
              return;
            }
        }
      g_array_append_val (measured, ms[0]);
      g_array_append_val (bare, ms[1]);
      g_array_append_val (measured_cpu, cpu_ms[0]);
      g_array_append_val (bare_cpu, cpu_ms[1]);
    }

  measured_ms = bench_percentile (measured, 50);
  bare_ms = bench_percentile (bare, 50);
  measured_cpu_ms = bench_percentile (measured_cpu, 50);
  bare_cpu_ms = bench_percentile (bare_cpu, 50);
  printf ("  note: %s: embassy %.0f–%.0f ms, bare window %.0f–%.0f ms over %u starts each\n",
          name, g_array_index (measured, double, 0),
          g_array_index (measured, double, measured->len - 1),
          g_array_index (bare, double, 0), g_array_index (bare, double, bare->len - 1),
          BENCH_STARTUP_RUNS);
  printf ("  note: %s: processor time, median: embassy %.0f ms, bare window %.0f ms, ratio %.2f\n",
          name, measured_cpu_ms, bare_cpu_ms,
          bare_cpu_ms > 0 ? measured_cpu_ms / bare_cpu_ms : 0.0);
  fflush (stdout);
  startup->figure (name, measured_ms, bare_ms, "ms", "≤ 1.3 × floor",
                   measured_ms <= BENCH_STARTUP_TARGET_RATIO * bare_ms);
}
