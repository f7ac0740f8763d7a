/* emb-bench.c: the benchmark of the model layer
 *
 *   emb-bench [--quick] [--scale N] [--keep DIR] [--only-imports]
 *
 * Generates a large organisation (see emb-bench-generate.c) as the files a
 * user would import, imports them, and measures what the app does with the
 * result on the main thread. Every figure is printed next to a floor measured
 * in the same run on the same machine:
 *
 * - import rates against raw SQLite inserts of the same rows, in one
 *   transaction with one prepared statement, into bare tables of the same
 *   columns in a new database (no constraint, index, trigger or full-text
 *   index: the limit of the work), with the same inserts into our schema
 *   beside them (emb-bench-floors.c); the feedback CSV is imported through
 *   the real command line;
 * - the times of the list models, the search, the overview and the metrics
 *   against the same operations on the demo database (emb_demo_populate);
 * - the peak memory of an import against that of a process that only opens
 *   the database.
 *
 * It exits with a non-zero status when a target is missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "emb-bench-floors.h"
#include "emb-bench-generate.h"
#include "emb-bench-startup.h"
#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-feedback-store.h"
#include "emb-import.h"
#include "emb-metrics.h"
#include "emb-overview.h"
#include "emb-recognition-store.h"
#include "emb-records.h"

#ifndef BENCH_BUILDTYPE
#define BENCH_BUILDTYPE "unknown"
#endif
#ifndef BENCH_EMBASSY
#define BENCH_EMBASSY "embassy"
#endif

#define N_OPEN_RUNS      5
#define N_RANDOM_PAGES   1000
#define N_SEARCHES       200
#define N_REPEATS        10
#define PAGE             100

#define TARGET_BARE_RATIO     0.15
#define TARGET_FEEDBACK_SECONDS 15.0
#define TARGET_FEEDBACK_ROWS  1000000
#define TARGET_BUNDLE_SECONDS 60.0
#define TARGET_BUNDLE_ROWS    2021232
#define TARGET_OPEN_MS        50.0
#define TARGET_OPEN_RATIO     1.5
#define TARGET_PAGE_P99_MS    2.0
#define TARGET_SEARCH_P95_MS  50.0
#define TARGET_FIGURES_MS     100.0
#define TARGET_PEAK_MB        200.0

static gboolean any_failed;
static GString *summary;

/* Options */
static gboolean opt_quick;
static int opt_scale = 1;
static char *opt_keep;
static char *opt_child_import;
static char *opt_child_open;
static gboolean opt_reuse;
static gboolean opt_cold;
static char *opt_embassy;
static gboolean opt_only_startup;
static gboolean opt_only_imports;
static gboolean opt_only_csv;

static const GOptionEntry entries[] = {
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &opt_quick, "A quick run: --scale 100", NULL },
  { "scale", 's', 0, G_OPTION_ARG_INT, &opt_scale, "Divide the sizes by N", "N" },
  { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &opt_keep, "Write the data into DIR and keep it", "DIR" },
  { "reuse", 0, 0, G_OPTION_ARG_NONE, &opt_reuse,
    "With --keep: measure the reading again on the databases a previous run left in DIR", NULL },
  { "cold", 0, 0, G_OPTION_ARG_NONE, &opt_cold,
    "Do not hold the databases in the page cache while reading", NULL },
  { "embassy", 0, 0, G_OPTION_ARG_FILENAME, &opt_embassy,
    "Measure the start-up of this embassy program (the one built with the benchmark)", "PATH" },
  { "only-startup", 0, 0, G_OPTION_ARG_NONE, &opt_only_startup,
    "With --keep and --reuse: measure only the start-up", NULL },
  { "only-imports", 0, 0, G_OPTION_ARG_NONE, &opt_only_imports,
    "Measure only the imports, not the reading and the start-up", NULL },
  { "only-csv", 0, 0, G_OPTION_ARG_NONE, &opt_only_csv,
    "Measure only the CSV imports (the roster and the feedback)", NULL },
  { "child-import", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_child_import,
    "Import FILE into the database given after it, then exit", "FILE" },
  { "child-open", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_child_open,
    "Open the database and exit", "DB" },
  { NULL }
};

/* Measuring ----------------------------------------------------------------- */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The CPU time of this thread: with the database in the page cache, what
 * is left of a wall-clock time once other processes' use of the processors
 * is taken out. */
static double
now_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The nearest-rank percentile of @values (sorted in place). */
double
bench_percentile (GArray *values,
                  double  p)
{
  guint rank;

  g_assert (values->len > 0);
  g_array_sort (values, compare_doubles);
  rank = (guint)ceil (p / 100.0 * values->len);
  rank = CLAMP (rank, 1, values->len);
  return g_array_index (values, double, rank - 1);
}

static double
array_max (GArray *values)
{
  double max = 0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));
  return max;
}

static void
line (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
line (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void
figure (const char *name,
        double      measured,
        double      floor_value,
        const char *unit,
        const char *target,
        gboolean    pass)
{
  g_autofree char *text = NULL;
  int decimals = g_str_equal (unit, "ms") || g_str_equal (unit, "s") ? 2
                 : g_str_equal (unit, "MB") ? 1 : 0;

  text = g_strdup_printf ("%s: measured %.*f %s, floor %.*f %s, ratio %.2f, target %s — %s",
                          name, decimals, measured, unit, decimals, floor_value, unit,
                          floor_value > 0 ? measured / floor_value : 0.0,
                          target, pass ? "PASS" : "FAIL");
  line ("%s", text);
  g_string_append_printf (summary, "%s\n", text);
  if (!pass)
    any_failed = TRUE;
}

static void
not_measured (const char *name,
              const char *why)
{
  g_autofree char *text = g_strdup_printf ("%s: not measured (%s) — FAIL", name, why);

  line ("%s", text);
  g_string_append_printf (summary, "%s\n", text);
  any_failed = TRUE;
}

static void
note (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
note (const char *format,
      ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  line ("  note: %s", text);
}

/* Files ------------------------------------------------------------------- */

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static gboolean
copy_database (const char  *from,
               const char  *to,
               GError     **error)
{
  static const char * const suffixes[] = { "", "-wal" };

  remove_database (to);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *a = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *b = g_strconcat (to, suffixes[i], NULL);
      g_autoptr(GFile) src = g_file_new_for_path (a);
      g_autoptr(GFile) dst = g_file_new_for_path (b);

      if (i > 0 && !g_file_test (a, G_FILE_TEST_EXISTS))
        continue;
      if (!g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static double
file_mb (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;
  return st.st_size / (1024.0 * 1024.0);
}

static double
database_mb (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return file_mb (path) + file_mb (wal);
}

/* The page cache ----------------------------------------------------------- */

/*
 * The reading is measured with the database files in the operating system's
 * page cache, as on a desktop where the file is in use: they are mapped and
 * locked in memory (mlock) for the time of the measurements, since some
 * machines (virtual ones especially) drop their page cache within a minute.
 * SQLite still reads them through its own small page cache and pread().
 * --cold leaves the page cache alone.
 */
typedef struct
{
  void  *addr;
  gsize  length;
  gboolean locked;
} Cached;

static void
cache_file (const char *path,
            Cached     *cached)
{
  struct stat st;
  int fd;

  memset (cached, 0, sizeof *cached);
  if (opt_cold)
    return;

  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return;
  if (fstat (fd, &st) == 0 && st.st_size > 0)
    {
      void *addr = mmap (NULL, st.st_size, PROT_READ, MAP_SHARED, fd, 0);

      if (addr != MAP_FAILED)
        {
          cached->addr = addr;
          cached->length = st.st_size;
          cached->locked = mlock (addr, st.st_size) == 0;
          if (!cached->locked)
            {
              volatile const char *p = addr;
              char sum = 0;

              /* At least read it once. */
              for (gsize i = 0; i < cached->length; i += 4096)
                sum ^= p[i];
              (void)sum;
            }
        }
    }
  close (fd);
}

static void
uncache_file (Cached *cached)
{
  if (cached->addr == NULL)
    return;
  if (cached->locked)
    munlock (cached->addr, cached->length);
  munmap (cached->addr, cached->length);
  cached->addr = NULL;
}

/* The machine -------------------------------------------------------------- */

static char *
read_proc_value (const char *file,
                 const char *key)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (file, &contents, NULL, NULL))
    return g_strdup ("unknown");
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key))
      {
        const char *colon = strchr (lines[i], ':');

        if (colon != NULL)
          return g_strstrip (g_strdup (colon + 1));
      }
  return g_strdup ("unknown");
}

static void
print_machine (guint scale)
{
  g_autofree char *cpu = read_proc_value ("/proc/cpuinfo", "model name");
  g_autofree char *mem = read_proc_value ("/proc/meminfo", "MemTotal");
  g_autofree char *loadavg = NULL;
  struct utsname uts;

  if (!g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    loadavg = g_strdup ("unknown");

  uname (&uts);
  line ("machine: nproc %u, cpu %s, memory %s, kernel %s %s",
        g_get_num_processors (), cpu, mem, uts.sysname, uts.release);
  line ("load: %s (other processes share the machine)", g_strstrip (loadavg));
  line ("software: sqlite %s, glib %u.%u.%u, build %s",
        sqlite3_libversion (), glib_major_version, glib_minor_version, glib_micro_version,
        BENCH_BUILDTYPE);
  line ("scale: 1/%u (%u employees, %u nominations, %u feedback)", scale,
        MAX (BENCH_EMPLOYEES / scale, BENCH_DEPARTMENTS * BENCH_ROLES_PER_DEPT),
        MAX (BENCH_NOMINATIONS / scale, 1), MAX (BENCH_FEEDBACK / scale, 1));
}

/* Importing ------------------------------------------------------------------ */

/* Imports @file into the database at @db_path; returns the seconds the
 * import took, or a negative number with the problems printed. */
static double
run_import (const char      *db_path,
            const char      *file_path,
            EmbImportFormat  format,
            const char      *kind,
            guint            expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  EmbImportOptions options = { 0 };
  EmbImportFormat detected;
  guint added = 0, updated = 0, skipped = 0;
  double t0, t1;
  gboolean ok;

  detected = emb_import_detect_format (file, NULL);
  if (detected != format)
    note ("%s is detected as format %d, not %d", file_path, detected, format);

  db = emb_database_open (db_path, &error);
  if (db == NULL)
    {
      note ("cannot open %s: %s", db_path, error->message);
      return -1;
    }

  options.format = format;
  t0 = now_ms ();
  ok = emb_import_file (db, file, &options, NULL, report, &error);
  t1 = now_ms ();

  if (!ok)
    {
      guint n = emb_import_report_get_n_problems (report);

      note ("the import of %s failed: %s", file_path, error != NULL ? error->message : "?");
      for (guint i = 0; i < MIN (n, 10); i++)
        {
          g_autofree char *text = emb_import_problem_to_string (emb_import_report_get_problem (report, i));

          note ("  %s", text);
        }
      return -1;
    }

  emb_import_report_get_counts (report, kind, &added, &updated, &skipped);
  if (added != expected)
    {
      g_autofree char *text = emb_import_report_to_string (report);

      note ("the import of %s added %u %s, not %u: %s", file_path, added, kind, expected, text);
      return -1;
    }

  return (t1 - t0) / 1000.0;
}


/* Child processes: peak memory ------------------------------------------------ */

/*
 * The kernel counts in a child's peak resident memory (ru_maxrss) the pages
 * of the process it was forked from: a child forked from this process, which
 * holds the whole generated organisation, would start at hundreds of MB. So
 * the children are started by a spawner, a small process forked at the start
 * before anything is allocated, which forks and executes them on request and
 * reports their rusage from wait4() (the per-child form of getrusage
 * (RUSAGE_CHILDREN)). Its protocol on two pipes: a request is a length and
 * then "OUTPUT\0ARG0\0ARG1\0…"; the answer is a SpawnAnswer. The spawner
 * only makes system calls.
 */

#define SPAWN_MAX_REQUEST 8192
#define SPAWN_MAX_ARGS    16

typedef struct
{
  int  status;
  long maxrss_kb;
  double cpu_ms;     /* user and system time, with the children it waited for */
} SpawnAnswer;

static int spawner_in = -1;     /* requests, to the spawner */
static int spawner_out = -1;    /* answers, from the spawner */
static pid_t spawner_pid = -1;

static gboolean
read_all (int    fd,
          void  *buf,
          gsize  len)
{
  char *p = buf;

  while (len > 0)
    {
      ssize_t n = read (fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      len -= n;
    }
  return TRUE;
}

static gboolean
write_all (int         fd,
           const void *buf,
           gsize       len)
{
  const char *p = buf;

  while (len > 0)
    {
      ssize_t n = write (fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      len -= n;
    }
  return TRUE;
}

G_GNUC_NORETURN static void
spawner_main (int in_fd,
              int out_fd)
{
  static char request[SPAWN_MAX_REQUEST + 1];
  static char *argv[SPAWN_MAX_ARGS + 1];

  for (;;)
    {
      SpawnAnswer answer = { -1, 0, 0 };
      struct rusage usage;
      guint32 len;
      guint argc = 0;
      const char *output;
      pid_t pid;
      char *p;

      if (!read_all (in_fd, &len, sizeof len) || len > SPAWN_MAX_REQUEST ||
          !read_all (in_fd, request, len))
        _exit (0);
      request[len] = '\0';

      output = request;
      p = request + strlen (request) + 1;
      while (p < request + len && argc < SPAWN_MAX_ARGS)
        {
          argv[argc++] = p;
          p += strlen (p) + 1;
        }
      argv[argc] = NULL;

      pid = fork ();
      if (pid == 0)
        {
          int fd = open (output, O_WRONLY | O_CREAT | O_TRUNC, 0600);

          if (fd < 0 || dup2 (fd, STDOUT_FILENO) < 0)
            _exit (126);
          close (fd);
          close (in_fd);
          close (out_fd);
          execv (argv[0], argv);
          _exit (127);
        }
      if (pid > 0)
        {
          while (wait4 (pid, &answer.status, 0, &usage) < 0 && errno == EINTR)
            ;
          answer.maxrss_kb = usage.ru_maxrss;
          answer.cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                          (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
        }
      if (!write_all (out_fd, &answer, sizeof answer))
        _exit (0);
    }
}

/* Call before anything large is allocated. */
static gboolean
spawner_start (void)
{
  int requests[2], answers[2];

  if (pipe (requests) != 0 || pipe (answers) != 0)
    return FALSE;

  fflush (stdout);
  fflush (stderr);
  spawner_pid = fork ();
  if (spawner_pid < 0)
    return FALSE;
  if (spawner_pid == 0)
    {
      close (requests[1]);
      close (answers[0]);
      spawner_main (requests[0], answers[1]);
    }

  close (requests[0]);
  close (answers[1]);
  spawner_in = requests[1];
  spawner_out = answers[0];
  return TRUE;
}

static void
spawner_stop (void)
{
  if (spawner_pid <= 0)
    return;
  close (spawner_in);
  close (spawner_out);
  while (waitpid (spawner_pid, NULL, 0) < 0 && errno == EINTR)
    ;
  spawner_pid = -1;
}

typedef struct
{
  gboolean ok;
  double   seconds;
  double   peak_mb;
  double   hwm_mb;    /* as the child saw itself: VmHWM */
  char    *output;
} ChildResult;

static void
child_result_clear (ChildResult *result)
{
  g_clear_pointer (&result->output, g_free);
}

static double
output_value (const char *output,
              const char *key)
{
  const char *p = strstr (output, key);

  return p != NULL ? g_ascii_strtod (p + strlen (key), NULL) : -1;
}

/* The folder of the children's output files. */
static char *spawn_dir;

/* Runs @argv (at most SPAWN_MAX_ARGS, a full path first) through the
 * spawner; @output gets what it wrote to its standard output. */
static gboolean
spawn_program (const char * const  *argv,
               char               **output,
               SpawnAnswer         *answer)
{
  g_autofree char *output_path = g_build_filename (spawn_dir, "child-output.txt", NULL);
  g_autoptr(GByteArray) request = g_byte_array_new ();
  guint32 len;

  *output = NULL;
  if (spawner_pid <= 0)
    {
      note ("no spawner for the child processes");
      return FALSE;
    }

  g_byte_array_append (request, (const guint8 *)output_path, strlen (output_path) + 1);
  for (guint i = 0; argv[i] != NULL && i < SPAWN_MAX_ARGS; i++)
    g_byte_array_append (request, (const guint8 *)argv[i], strlen (argv[i]) + 1);
  len = request->len;
  if (len > SPAWN_MAX_REQUEST ||
      !write_all (spawner_in, &len, sizeof len) ||
      !write_all (spawner_in, request->data, len) ||
      !read_all (spawner_out, answer, sizeof *answer))
    {
      note ("the spawner of the child processes failed");
      return FALSE;
    }

  if (!g_file_get_contents (output_path, output, NULL, NULL))
    *output = g_strdup ("");
  g_remove (output_path);
  return TRUE;
}

/* For the start-up figure: only the output and the exit status count. */
static gboolean
spawn_for_startup (const char * const  *argv,
                   char               **output,
                   double              *cpu_ms)
{
  SpawnAnswer answer;

  if (!spawn_program (argv, output, &answer))
    return FALSE;
  *cpu_ms = answer.cpu_ms;
  return WIFEXITED (answer.status) && WEXITSTATUS (answer.status) == 0;
}

/* Runs this program again with @mode and its arguments, through the
 * spawner, and reads its peak resident memory. */
static gboolean
run_child (const char  *self_exe,
           const char  *mode,
           const char  *arg1,
           const char  *arg2,
           ChildResult *result)
{
  const char *argv[] = { self_exe, mode, arg1, arg2, NULL };
  SpawnAnswer answer;

  memset (result, 0, sizeof *result);
  if (!spawn_program (argv, &result->output, &answer))
    return FALSE;

  result->peak_mb = answer.maxrss_kb / 1024.0;  /* ru_maxrss is in KiB on Linux */
  result->ok = WIFEXITED (answer.status) && WEXITSTATUS (answer.status) == 0;
  result->seconds = output_value (result->output, "seconds=");
  result->hwm_mb = output_value (result->output, "vmhwm_kb=") / 1024.0;
  return result->ok;
}

/* The peak resident memory of this process, as the kernel reports it. */
static long
own_vmhwm_kb (void)
{
  g_autofree char *value = read_proc_value ("/proc/self/status", "VmHWM");

  return atol (value);
}

static int
child_open (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (db_path, &error);

  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("opened vmhwm_kb=%ld\n", own_vmhwm_kb ());
  return 0;
}

static int
child_import (const char *file_path,
              const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autofree char *text = NULL;
  EmbImportOptions options = { 0 };
  double t0, t1;
  gboolean ok;

  db = emb_database_open (db_path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  options.format = emb_import_detect_format (file, &error);
  if (options.format == EMB_IMPORT_FORMAT_AUTO)
    {
      printf ("error: %s\n", error != NULL ? error->message : "unknown format");
      return 1;
    }
  t0 = now_ms ();
  ok = emb_import_file (db, file, &options, NULL, report, &error);
  t1 = now_ms ();

  text = emb_import_report_to_string (report);
  printf ("seconds=%.6f ok=%d vmhwm_kb=%ld\n%s\n", (t1 - t0) / 1000.0, ok, own_vmhwm_kb (), text);
  if (!ok)
    {
      guint n = emb_import_report_get_n_problems (report);

      printf ("error: %s\n", error != NULL ? error->message : "?");
      for (guint i = 0; i < MIN (n, 10); i++)
        {
          g_autofree char *problem = emb_import_problem_to_string (emb_import_report_get_problem (report, i));

          printf ("problem: %s\n", problem);
        }
    }
  return ok ? 0 : 1;
}

/* Reading: the list models ------------------------------------------------------ */

/* Opens the database and reads the first page of nominations, as the
 * recognition page does when it appears. */
static double
open_first_page (const char *path,
                 guint      *n_items)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GListModel) model = NULL;
  double t0, t1;
  guint n;

  t0 = now_ms ();
  db = emb_database_open (path, &error);
  if (db == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  model = emb_recognition_store_query (db, NULL);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < MIN (n, PAGE); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == NULL)
        g_error ("Nomination %u of %u is missing", i, n);
    }
  t1 = now_ms ();

  *n_items = n;
  return t1 - t0;
}

static double
median_open_first_page (const char *path,
                        guint      *n_items)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_OPEN_RUNS; i++)
    {
      double ms = open_first_page (path, n_items);

      g_array_append_val (times, ms);
    }
  return bench_percentile (times, 50);
}

static double
read_rows (GListModel *model,
           guint       position,
           guint       count)
{
  guint n = g_list_model_get_n_items (model);
  double t0 = now_ms ();

  for (guint i = position; i < MIN (n, position + count); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == NULL)
        g_error ("Item %u of %u is missing", i, n);
    }
  return now_ms () - t0;
}

typedef struct
{
  double first_jump_ms;
  double p50;
  double p99;
  double max;
  double cpu_p50;
  double cpu_p99;
  guint  n_items;
} PageTimes;

/* Random pages of 100 rows at any position, after the first access. */
static void
random_pages (const char *path,
              PageTimes  *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED + 1);
  guint n;

  if (db == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  model = emb_recognition_store_query (db, NULL);
  n = out->n_items = g_list_model_get_n_items (model);
  g_assert (n > 0);

  read_rows (model, 0, PAGE);
  out->first_jump_ms = read_rows (model, g_rand_int_range (rand, n / 2, n), PAGE);

  for (guint i = 0; i < N_RANDOM_PAGES; i++)
    {
      guint position = g_rand_int_range (rand, 0, (gint32)n);
      double cpu = now_cpu_ms ();
      double ms = read_rows (model, position, PAGE);

      cpu = now_cpu_ms () - cpu;
      g_array_append_val (times, ms);
      g_array_append_val (cpu_times, cpu);
    }

  out->max = array_max (times);
  out->p50 = bench_percentile (times, 50);
  out->p99 = bench_percentile (times, 99);
  out->cpu_p50 = bench_percentile (cpu_times, 50);
  out->cpu_p99 = bench_percentile (cpu_times, 99);
}

/* Reading: text search ------------------------------------------------------------ */

typedef struct
{
  char   *word;
  guint   rank;
  guint   n_items;
  double  ms;
} Search;

static void
search_clear (gpointer data)
{
  g_free (((Search *)data)->word);
}

static int
compare_searches (gconstpointer a,
                  gconstpointer b)
{
  return compare_doubles (&((const Search *)b)->ms, &((const Search *)a)->ms);
}

typedef struct
{
  double p50;
  double p95;
  double max;
  GArray *searches;   /* Search, slowest first */
} SearchTimes;

/* First page of the feedback that holds @word: the count and 100 items. */
static double
search_once (EmbDatabase *db,
             const char  *word,
             guint       *n_items)
{
  g_autoptr(GListModel) model = NULL;
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  double t0, t1;
  guint n;

  filter.search = word;
  t0 = now_ms ();
  model = emb_feedback_store_query (db, &filter);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < MIN (n, PAGE); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == NULL)
        g_error ("Search result %u of %u for “%s” is missing", i, n, word);
    }
  t1 = now_ms ();

  *n_items = n;
  return t1 - t0;
}

static void
run_searches (const char   *path,
              const char  **words,
              guint         n_words,
              SearchTimes  *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED + 2);

  if (db == NULL)
    g_error ("Cannot open %s: %s", path, error->message);

  out->searches = g_array_new (FALSE, TRUE, sizeof (Search));
  g_array_set_clear_func (out->searches, search_clear);

  for (guint i = 0; i < N_SEARCHES; i++)
    {
      /* Log-uniform ranks: as many very common words as rare ones. */
      double u = g_rand_double (rand);
      guint rank = (guint)floor (exp (u * log ((double)n_words)));
      Search s = { 0 };

      rank = CLAMP (rank, 1, n_words);
      s.word = g_strdup (words[rank - 1]);
      s.rank = rank;
      s.ms = search_once (db, s.word, &s.n_items);
      g_array_append_val (out->searches, s);
      g_array_append_val (times, s.ms);
    }

  out->max = array_max (times);
  out->p50 = bench_percentile (times, 50);
  out->p95 = bench_percentile (times, 95);
  g_array_sort (out->searches, compare_searches);
}

typedef struct
{
  char  *word;
  guint  count;
} WordCount;

static int
compare_word_counts (gconstpointer a,
                     gconstpointer b)
{
  const WordCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->word, y->word);
}

/* The words of the feedback texts of the database, most common first: the
 * search words for the demo database. */
static char **
words_of_feedback (const char *path,
                   guint      *n_words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (WordCount));
  GHashTableIter iter;
  gpointer key, value;
  char **words;

  if (db == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  model = emb_feedback_store_query (db, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbFeedback) feedback = g_list_model_get_item (model, i);
      g_autofree char *lower = g_utf8_strdown (emb_feedback_get_text (feedback), -1);
      const char *p = lower;

      while (*p != '\0')
        {
          const char *start;

          while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          start = p;
          while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          if (p - start >= 3)
            {
              g_autofree char *word = g_strndup (start, p - start);
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, word));

              g_hash_table_replace (counts, g_steal_pointer (&word), GUINT_TO_POINTER (count + 1));
            }
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      WordCount wc = { key, GPOINTER_TO_UINT (value) };

      g_array_append_val (sorted, wc);
    }
  g_array_sort (sorted, compare_word_counts);

  words = g_new0 (char *, sorted->len + 1);
  for (guint i = 0; i < sorted->len; i++)
    words[i] = g_strdup (g_array_index (sorted, WordCount, i).word);
  *n_words = sorted->len;
  return words;
}

/* Reading: figures ------------------------------------------------------------------ */

typedef struct
{
  double overview_max;
  double overview_first;
  double nps_max;
  double nps_first;
  EmbOverviewCounts counts;
  guint  n_touchpoints;
  guint  runs;
} FigureTimes;

static void
run_figures (const char  *path,
             const char  *now_iso,
             const char  *year_from,
             const char  *year_to,
             FigureTimes *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbDatabase) db = emb_database_open (path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (now_iso, NULL);
  g_autoptr(GArray) overview = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) nps = g_array_new (FALSE, FALSE, sizeof (double));
  double spent = 0;

  if (db == NULL)
    g_error ("Cannot open %s: %s", path, error->message);

  /* Ten times, or fewer when they are slow. */
  for (guint i = 0; i < N_REPEATS && (i == 0 || spent < 10000.0); i++)
    {
      g_autoptr(GArray) results = NULL;
      double t0, t1, t2;

      t0 = now_ms ();
      if (!emb_overview_get_counts (db, now, &out->counts, &error))
        g_error ("Overview: %s", error->message);
      t1 = now_ms ();
      results = emb_metrics_nps_by_touchpoint (db, year_from, year_to, &error);
      if (results == NULL)
        g_error ("NPS by touchpoint: %s", error->message);
      t2 = now_ms ();

      out->n_touchpoints = results->len;
      spent += t2 - t0;
      t2 -= t1;
      t1 -= t0;
      g_array_append_val (overview, t1);
      g_array_append_val (nps, t2);
    }

  out->overview_first = g_array_index (overview, double, 0);
  out->nps_first = g_array_index (nps, double, 0);
  out->overview_max = array_max (overview);
  out->nps_max = array_max (nps);
  out->runs = overview->len;
}

/* The run ---------------------------------------------------------------------------- */

typedef struct
{
  char      *dir;
  char      *self_exe;
  BenchData *data;
  char      *roster_csv;
  char      *feedback_csv;
  char      *bundle;
  char      *demo_db;
  char      *org_db;
  char      *schema_db;     /* our schema and nothing else: the columns of the bare floors */
} Bench;

/* The two floors of an import, in seconds (see emb-bench-floors.c). */
typedef struct
{
  double bare;
  double schema;
} Floors;

typedef double (*FloorFunc) (BenchFloorKind   kind,
                             const char      *path,
                             const char      *schema_path,
                             BenchData       *data,
                             GError         **error);

/* Measures both floors of an import into new databases named after @name
 * (the schema floor into a copy of @start, or a new database); FALSE with
 * the figure @figure_name not measured when either fails. */
static gboolean
measure_floors (Bench       *b,
                const char  *name,
                const char  *figure_name,
                FloorFunc    func,
                const char  *start,
                Floors      *floors)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bare_name = g_strdup_printf ("%s-bare-floor.db", name);
  g_autofree char *schema_name = g_strdup_printf ("%s-schema-floor.db", name);
  g_autofree char *bare_db = g_build_filename (b->dir, bare_name, NULL);
  g_autofree char *schema_db = g_build_filename (b->dir, schema_name, NULL);

  remove_database (bare_db);
  remove_database (schema_db);
  floors->bare = func (BENCH_FLOOR_BARE, bare_db, start != NULL ? start : b->schema_db, b->data,
                       &error);
  if (floors->bare > 0 && start != NULL && !copy_database (start, schema_db, &error))
    floors->schema = -1;
  else if (floors->bare > 0)
    floors->schema = func (BENCH_FLOOR_SCHEMA, schema_db,
                           start != NULL ? start : b->schema_db, b->data, &error);
  remove_database (bare_db);
  remove_database (schema_db);

  if (floors->bare <= 0 || floors->schema <= 0)
    {
      not_measured (figure_name, error != NULL ? error->message : "a floor failed");
      return FALSE;
    }
  return TRUE;
}

/* The figures of an import of @rows rows in @seconds: its rate against the
 * bare floor (and the schema floor beside it). */
static void
import_figures (const char   *figure_name,
                guint         rows,
                double        seconds,
                const Floors *floors,
                double        target_ratio)
{
  g_autofree char *target = NULL;

  note ("%u rows in %.2f s; the floors: bare tables %.2f s, our schema (with its indexes and"
        " triggers) %.2f s, so %.2f × the schema floor's rate", rows, seconds, floors->bare,
        floors->schema, floors->schema / seconds);
  if (target_ratio <= 0)
    {
      figure (figure_name, rows / seconds, rows / floors->bare, "rows/s", "report only", TRUE);
      return;
    }
  target = g_strdup_printf ("≥ %.2f × floor", target_ratio);
  figure (figure_name, rows / seconds, rows / floors->bare, "rows/s", target,
          rows / seconds >= target_ratio * rows / floors->bare);
}

/* The time of an import of @rows rows against a target for @target_rows
 * rows: the target holds at full size (--scale 1), where the fixed costs of
 * starting a process and opening the database are small beside the work;
 * at other sizes the figure is reported with the target scaled. */
static void
time_figure (const char *what,
             guint       rows,
             double      seconds,
             double      floor_seconds,
             double      target_seconds,
             guint       target_rows)
{
  g_autofree char *name = g_strdup_printf ("time of the %u-row %s", rows, what);
  g_autofree char *target = NULL;
  double limit = target_seconds * rows / target_rows;

  if (rows >= target_rows)
    {
      target = g_strdup_printf ("< %.0f s for %u rows", target_seconds, target_rows);
      figure (name, seconds, floor_seconds, "s", target, seconds < limit);
      return;
    }
  target = g_strdup_printf ("report only (< %.0f s for %u rows at full size; scaled: %.2f s, %s)",
                            target_seconds, target_rows, limit,
                            seconds < limit ? "met" : "missed");
  figure (name, seconds, floor_seconds, "s", target, TRUE);
}

static void
measure_roster (Bench *b)
{
  g_autofree char *db = g_build_filename (b->dir, "roster.db", NULL);
  const char *name = "roster CSV import rate";
  guint rows = b->data->n_employees;
  Floors floors;
  double seconds;

  remove_database (db);
  seconds = run_import (db, b->roster_csv, EMB_IMPORT_FORMAT_ROSTER_CSV, "employee", rows);
  remove_database (db);
  if (!measure_floors (b, "roster", name, bench_floor_roster, NULL, &floors))
    return;
  if (seconds <= 0)
    {
      not_measured (name, "the import failed");
      return;
    }
  import_figures (name, rows, seconds, &floors, TARGET_BARE_RATIO);
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  g_autoptr(EmbDatabase) db = emb_database_open (path, NULL);

  return db != NULL ? _emb_database_count (db, sql) : -1;
}

/* The bundle, imported in a child process: the whole programme with two
 * years of history. Its database is the one the reading is measured on. */
static gboolean
measure_bundle (Bench *b)
{
  const char *name = "bundle import rate";
  g_autofree char *memory_name = NULL;
  guint rows = bench_bundle_rows (b->data);
  ChildResult imported = { 0 }, opened = { 0 };
  Floors floors;
  gint64 nominations, feedback;

  remove_database (b->org_db);
  run_child (b->self_exe, "--child-import", b->bundle, b->org_db, &imported);
  nominations = count_rows (b->org_db, "SELECT count(*) FROM nomination");
  feedback = count_rows (b->org_db, "SELECT count(*) FROM feedback");
  if (imported.ok && (nominations != b->data->n_nominations || feedback != b->data->n_feedback))
    {
      note ("the bundle import left %" G_GINT64_FORMAT " nominations and %" G_GINT64_FORMAT
            " feedback, not %u and %u", nominations, feedback, b->data->n_nominations,
            b->data->n_feedback);
      imported.ok = FALSE;
    }

  if (!measure_floors (b, "bundle", name, bench_floor_bundle, NULL, &floors))
    {
      child_result_clear (&imported);
      return imported.ok;
    }
  if (!imported.ok || imported.seconds <= 0)
    {
      note ("the import said: %s", imported.output != NULL ? imported.output : "nothing");
      not_measured (name, "the import failed");
      child_result_clear (&imported);
      return FALSE;
    }

  note ("bundle: %.0f MB of JSON; database %.0f MB", file_mb (b->bundle),
        database_mb (b->org_db));
  import_figures (name, rows, imported.seconds, &floors, 0);

  time_figure ("bundle import", rows, imported.seconds, floors.bare, TARGET_BUNDLE_SECONDS,
               TARGET_BUNDLE_ROWS);
  memory_name = g_strdup_printf ("peak memory of the %u-row bundle import", rows);
  run_child (b->self_exe, "--child-open", b->schema_db, NULL, &opened);
  note ("peak RSS by wait4(): %.1f MB, open only %.1f MB; by the child's own VmHWM: %.1f MB",
        imported.peak_mb, opened.peak_mb, imported.hwm_mb);
  figure (memory_name, imported.peak_mb, opened.peak_mb, "MB", "< 200 MB",
          imported.peak_mb < TARGET_PEAK_MB);
  child_result_clear (&opened);
  child_result_clear (&imported);
  return TRUE;
}

/* The real command line: embassy --database DB --import FILE, timed from
 * the request to start it until it exited. */
static gboolean
run_command_line_import (const char  *db_path,
                         const char  *file_path,
                         ChildResult *result)
{
  g_autofree char *env = g_find_program_in_path ("env");
  g_autofree char *schemas = g_strconcat ("GSETTINGS_SCHEMA_DIR=", BENCH_SCHEMA_DIR, NULL);
  const char *argv[] = {
    env, schemas, "GSETTINGS_BACKEND=memory",
    opt_embassy != NULL ? opt_embassy : BENCH_EMBASSY,
    "--database", db_path, "--import", file_path, NULL
  };
  SpawnAnswer answer;
  double t0;

  memset (result, 0, sizeof *result);
  if (env == NULL)
    return FALSE;
  t0 = now_ms ();
  if (!spawn_program (argv, &result->output, &answer))
    return FALSE;
  result->seconds = (now_ms () - t0) / 1000.0;
  result->peak_mb = answer.maxrss_kb / 1024.0;
  result->ok = WIFEXITED (answer.status) && WEXITSTATUS (answer.status) == 0;
  return result->ok;
}

/* The feedback CSV, imported through the command line into a database that
 * has the programme but no history, and its peak memory. */
static void
measure_feedback_import (Bench *b)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (b->dir, "survey.db", NULL);
  g_autofree char *programme_db = g_build_filename (b->dir, "programme.db", NULL);
  g_autofree char *memory_name = NULL;
  const char *name = "feedback CSV import rate (command line)";
  guint rows = b->data->n_feedback;
  ChildResult opened = { 0 }, imported = { 0 };
  Floors floors = { 0 };
  gboolean floors_ok;
  gint64 feedback;

  memory_name = g_strdup_printf ("peak memory of the %u-row feedback CSV import", rows);
  remove_database (programme_db);
  if (!bench_make_programme_db (programme_db, b->data, &error) ||
      !copy_database (programme_db, db, &error))
    {
      not_measured (name, error->message);
      not_measured (memory_name, error->message);
      return;
    }

  run_child (b->self_exe, "--child-open", db, NULL, &opened);
  run_command_line_import (db, b->feedback_csv, &imported);
  feedback = count_rows (db, "SELECT count(*) FROM feedback");
  if (imported.ok && feedback != rows)
    {
      note ("the feedback import left %" G_GINT64_FORMAT " rows, not %u", feedback, rows);
      imported.ok = FALSE;
    }
  floors_ok = measure_floors (b, "survey", name, bench_floor_feedback, programme_db, &floors);

  if (floors_ok && (!imported.ok || imported.seconds <= 0))
    {
      note ("the import said: %s", imported.output != NULL ? imported.output : "nothing");
      not_measured (name, "the import failed");
    }
  else if (floors_ok)
    {
      note ("feedback: %.0f MB of CSV", file_mb (b->feedback_csv));
      import_figures (name, rows, imported.seconds, &floors, TARGET_BARE_RATIO);
      time_figure ("feedback CSV import (command line)", rows, imported.seconds, floors.bare,
                   TARGET_FEEDBACK_SECONDS, TARGET_FEEDBACK_ROWS);
    }

  if (!opened.ok)
    not_measured (memory_name, "the child could not open the database");
  else if (!imported.ok)
    not_measured (memory_name, "the import failed");
  else
    {
      note ("peak RSS by wait4(): import %.1f MB, open only %.1f MB (VmHWM %.1f MB)",
            imported.peak_mb, opened.peak_mb, opened.hwm_mb);
      figure (memory_name, imported.peak_mb, opened.peak_mb, "MB", "< 200 MB",
              imported.peak_mb < TARGET_PEAK_MB);
    }

  remove_database (db);
  if (opt_keep == NULL)   /* kept: where the feedback CSV goes, for a closer look */
    remove_database (programme_db);
  child_result_clear (&opened);
  child_result_clear (&imported);
}

static void
measure_reading (Bench *b)
{
  guint n_org = 0, n_demo = 0;
  double org_ms, demo_ms;
  PageTimes org_pages = { 0 }, demo_pages = { 0 };
  SearchTimes org_search = { 0 }, demo_search = { 0 };
  FigureTimes org_fig = { 0 }, demo_fig = { 0 };
  g_auto(GStrv) demo_words = NULL;
  guint n_demo_words = 0;
  g_autofree char *name = NULL;

  Cached org_cached, demo_cached;
  double t0 = now_ms ();

  cache_file (b->org_db, &org_cached);
  cache_file (b->demo_db, &demo_cached);
  if (opt_cold)
    note ("the page cache is left alone (--cold)");
  else
    note ("the databases are held in the page cache while reading (%s, %.1f s)",
          org_cached.locked ? "locked" : "read once, could not lock", (now_ms () - t0) / 1000.0);

  /* Opening and the first page */
  demo_ms = median_open_first_page (b->demo_db, &n_demo);
  org_ms = median_open_first_page (b->org_db, &n_org);
  note ("database %.0f MB, %u nominations; demo %u nominations; median of %u opens",
        database_mb (b->org_db), n_org, n_demo, N_OPEN_RUNS);
  name = g_strdup_printf ("open + first page of %u nominations", n_org);
  figure (name, org_ms, demo_ms, "ms", "< 50 ms and ≤ 1.5 × floor",
          org_ms < TARGET_OPEN_MS && org_ms <= TARGET_OPEN_RATIO * demo_ms);
  g_clear_pointer (&name, g_free);

  /* Random pages */
  random_pages (b->demo_db, &demo_pages);
  random_pages (b->org_db, &org_pages);
  note ("first far jump (builds the page index of the model): %.2f ms; demo %.2f ms",
        org_pages.first_jump_ms, demo_pages.first_jump_ms);
  note ("random pages: max %.2f ms; demo max %.2f ms; CPU time of this thread p50 %.2f ms,"
        " p99 %.2f ms", org_pages.max, demo_pages.max, org_pages.cpu_p50, org_pages.cpu_p99);
  figure ("random page of 100 nominations, p50", org_pages.p50, demo_pages.p50, "ms",
          "report only", TRUE);
  figure ("random page of 100 nominations, p99", org_pages.p99, demo_pages.p99, "ms",
          "< 2 ms", org_pages.p99 < TARGET_PAGE_P99_MS);

  /* Text search */
  demo_words = words_of_feedback (b->demo_db, &n_demo_words);
  run_searches (b->demo_db, (const char **)demo_words, n_demo_words, &demo_search);
  run_searches (b->org_db, b->data->vocabulary, b->data->n_vocabulary, &org_search);
  for (guint i = 0; i < MIN (5, org_search.searches->len); i++)
    {
      const Search *s = &g_array_index (org_search.searches, Search, i);

      note ("slow search %u: “%s” (rank %u of %u words) %u hits, %.2f ms", i + 1, s->word,
            s->rank, b->data->n_vocabulary, s->n_items, s->ms);
    }
  note ("search: p50 %.2f ms, max %.2f ms; demo p50 %.2f ms, max %.2f ms (%u words)",
        org_search.p50, org_search.max, demo_search.p50, demo_search.max, n_demo_words);
  name = g_strdup_printf ("text search over %u feedback, p95", b->data->n_feedback);
  figure (name, org_search.p95, demo_search.p95, "ms", "< 50 ms",
          org_search.p95 < TARGET_SEARCH_P95_MS);
  g_clear_pointer (&name, g_free);
  g_array_unref (org_search.searches);
  g_array_unref (demo_search.searches);

  /* Overview and NPS */
  {
    g_autoptr(GDateTime) end = g_date_time_new_from_iso8601 (BENCH_NOW, NULL);
    g_autoptr(GDateTime) start = g_date_time_add_years (end, -1);
    g_autofree char *from = g_date_time_format (start, "%Y-%m-%d");
    g_autofree char *to = g_date_time_format (end, "%Y-%m-%d");

    run_figures (b->demo_db, BENCH_NOW, from, to, &demo_fig);
    run_figures (b->org_db, BENCH_NOW, from, to, &org_fig);
    note ("overview: first call %.2f ms (demo %.2f); %" G_GINT64_FORMAT " employees, "
          "%" G_GINT64_FORMAT " nominations waiting, %" G_GINT64_FORMAT " feedback this month",
          org_fig.overview_first, demo_fig.overview_first, org_fig.counts.employees,
          org_fig.counts.nominations_waiting, org_fig.counts.feedback_this_month);
    note ("NPS by touchpoint %s – %s: first call %.2f ms (demo %.2f), %u touchpoints",
          from, to, org_fig.nps_first, demo_fig.nps_first, org_fig.n_touchpoints);
    g_clear_pointer (&name, g_free);
    name = g_strdup_printf ("overview counts (worst of %u)", org_fig.runs);
    figure (name, org_fig.overview_max, demo_fig.overview_max, "ms",
            "< 100 ms", org_fig.overview_max < TARGET_FIGURES_MS);
    g_clear_pointer (&name, g_free);
    name = g_strdup_printf ("NPS by touchpoint over a year (worst of %u)", org_fig.runs);
    figure (name, org_fig.nps_max, demo_fig.nps_max,
            "ms", "< 100 ms", org_fig.nps_max < TARGET_FIGURES_MS);
  }

  uncache_file (&org_cached);
  uncache_file (&demo_cached);
}

/* Start-up: the real program against a bare window (emb-bench-startup.c),
 * on an empty programme (a database with the schema and nothing else), the
 * demo and the large organisation. */
static void
measure_startup (Bench *b)
{
  g_autofree char *empty_db = g_build_filename (b->dir, "empty.db", NULL);
  g_autofree char *name = g_strdup_printf ("%u nominations", b->data->n_nominations);
  g_autoptr(GError) error = NULL;
  BenchStartup startup = {
    .dir = b->dir,
    .embassy = opt_embassy != NULL ? opt_embassy : BENCH_EMBASSY,
    .bare_window = BENCH_BARE_WINDOW,
    .schema_dir = BENCH_SCHEMA_DIR,
    .spawn = spawn_for_startup,
    .figure = figure,
    .not_measured = not_measured,
  };

  remove_database (empty_db);
  {
    g_autoptr(EmbDatabase) db = emb_database_open (empty_db, &error);

    if (db == NULL)
      {
        not_measured ("start-up empty", error->message);
        return;
      }
  }
  note ("start-up of %s against a bare libadwaita window, until the first frame", startup.embassy);
  bench_startup_measure (&startup, "empty", empty_db);
  bench_startup_measure (&startup, "demo", b->demo_db);
  bench_startup_measure (&startup, name, b->org_db);
  remove_database (empty_db);
}

static gboolean
make_demo (const char  *path,
           GError     **error)
{
  g_autoptr(EmbDatabase) db = emb_database_open (path, error);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (BENCH_NOW, NULL);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (db == NULL)
    return FALSE;
  return emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, today, error);
}

static int
run (guint scale)
{
  g_autoptr(GError) error = NULL;
  Bench b = { 0 };
  double t_start = now_ms (), t0;

  print_machine (scale);

  if (opt_keep != NULL)
    {
      if (g_mkdir_with_parents (opt_keep, 0700) != 0)
        {
          g_printerr ("Cannot create %s: %s\n", opt_keep, g_strerror (errno));
          return 2;
        }
      b.dir = g_canonicalize_filename (opt_keep, NULL);
    }
  else
    {
      b.dir = g_dir_make_tmp ("embassy-bench-XXXXXX", &error);
      if (b.dir == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }
  line ("data: %s%s", b.dir, opt_keep != NULL ? " (kept)" : " (removed at the end)");
  spawn_dir = b.dir;

  b.self_exe = g_file_read_link ("/proc/self/exe", NULL);
  b.roster_csv = g_build_filename (b.dir, "roster.csv", NULL);
  b.feedback_csv = g_build_filename (b.dir, "feedback.csv", NULL);
  b.bundle = g_build_filename (b.dir, "programme.embassy.json", NULL);
  b.demo_db = g_build_filename (b.dir, "demo.db", NULL);
  b.org_db = g_build_filename (b.dir, "meridian.db", NULL);
  b.schema_db = g_build_filename (b.dir, "schema.db", NULL);

  t0 = now_ms ();
  b.data = bench_data_generate (scale);

  if (opt_reuse)
    {
      if (!g_file_test (b.org_db, G_FILE_TEST_EXISTS) || !g_file_test (b.demo_db, G_FILE_TEST_EXISTS))
        {
          g_printerr ("--reuse: %s holds no databases of an earlier run\n", b.dir);
          return 2;
        }
      line ("reusing the databases of an earlier run: only the reading%s is measured",
            opt_only_startup ? " (here only the start-up)" : " and the start-up");
      /* Bring them up to date first: a migration is no part of the reading. */
      t0 = now_ms ();
      if (count_rows (b.org_db, "SELECT 1") < 0 || count_rows (b.demo_db, "SELECT 1") < 0)
        {
          g_printerr ("--reuse: cannot open the databases in %s\n", b.dir);
          return 2;
        }
      note ("opened (and migrated) the databases in %.1f s", (now_ms () - t0) / 1000.0);
      if (!opt_only_startup)
        measure_reading (&b);
      measure_startup (&b);
      goto done;
    }

  /* The files */
  remove_database (b.org_db);
  remove_database (b.demo_db);
  if (!bench_write_roster_csv (b.data, b.roster_csv, &error) ||
      !bench_write_feedback_csv (b.data, b.feedback_csv, &error) ||
      (!opt_only_csv && !bench_write_bundle (b.data, b.bundle, TRUE, TRUE, &error)) ||
      (!opt_only_csv && !make_demo (b.demo_db, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  note ("generated in %.1f s: roster %.1f MB, feedback %.1f MB, bundle %.1f MB",
        (now_ms () - t0) / 1000.0, file_mb (b.roster_csv), file_mb (b.feedback_csv),
        file_mb (b.bundle));
  /* The files a user imports were written long before: the kernel's
   * writing back of a gigabyte just generated is no part of an import (it
   * would hold up the imports' own writes to disk). */
  t0 = now_ms ();
  sync ();
  note ("the generated files written to disk in %.1f s", (now_ms () - t0) / 1000.0);

  /* Writing */
  remove_database (b.schema_db);
  if (count_rows (b.schema_db, "SELECT 1") < 0)
    {
      g_printerr ("Cannot create %s\n", b.schema_db);
      return 2;
    }
  measure_roster (&b);
  measure_feedback_import (&b);
  if (!opt_only_csv && measure_bundle (&b) && !opt_only_imports)
    {
      measure_reading (&b);   /* Reading */
      measure_startup (&b);   /* Start-up */
    }
  remove_database (b.schema_db);

done:
  putchar ('\n');
  {
    g_autofree char *loadavg = NULL;

    if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
      line ("load at the end: %s", g_strstrip (loadavg));
  }
  line ("summary (%.0f s in all):", (now_ms () - t_start) / 1000.0);
  fputs (summary->str, stdout);
  line ("result: %s", any_failed ? "FAIL (a target was missed)" : "PASS");

  if (opt_keep == NULL)
    remove_tree (b.dir);

  bench_data_free (b.data);
  g_free (b.dir);
  g_free (b.self_exe);
  g_free (b.roster_csv);
  g_free (b.feedback_csv);
  g_free (b.bundle);
  g_free (b.demo_db);
  g_free (b.org_db);
  g_free (b.schema_db);

  return any_failed ? 1 : 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();

  context = g_option_context_new ("- benchmark the model layer of Embassy");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (opt_child_open != NULL)
    return child_open (opt_child_open);
  if (opt_child_import != NULL)
    {
      if (argc < 2)
        {
          g_printerr ("--child-import FILE DATABASE\n");
          return 2;
        }
      return child_import (opt_child_import, argv[1]);
    }

  if (opt_quick)
    opt_scale = 100;
  if ((opt_only_imports || opt_only_csv) && opt_reuse)
    {
      g_printerr ("--only-imports and --only-csv measure imports, which --reuse does not\n");
      return 2;
    }
  if (opt_only_startup && !opt_reuse)
    {
      g_printerr ("--only-startup needs --keep DIR --reuse\n");
      return 2;
    }
  if (opt_reuse && opt_keep == NULL)
    {
      g_printerr ("--reuse needs --keep DIR\n");
      return 2;
    }
  if (opt_scale < 1)
    {
      g_printerr ("--scale must be 1 or more\n");
      return 2;
    }

  if (!spawner_start ())
    g_printerr ("Cannot start the spawner of child processes: %s\n", g_strerror (errno));

  summary = g_string_new (NULL);
  status = run ((guint)opt_scale);
  spawner_stop ();
  g_string_free (summary, TRUE);
  g_free (opt_keep);
  g_free (opt_embassy);
  return status;
}
