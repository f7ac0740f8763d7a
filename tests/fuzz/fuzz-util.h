/* fuzz-util.h: what the libFuzzer targets of the importers share
 *
 * Each target imports its input into one database per process, the demo
 * organisation, and checks the contract of emb-import.h: a refused import
 * returns FALSE with a non-empty message and changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "emb-import.h"

G_BEGIN_DECLS

/* The entry points libFuzzer calls: LLVMFuzzerInitialize() is
 * fuzz-util.c's (it calls fuzz_init()), LLVMFuzzerTestOneInput() the
 * target's. */
int  LLVMFuzzerInitialize   (int            *argc,
                             char         ***argv);
int  LLVMFuzzerTestOneInput (const uint8_t  *data,
                             size_t          size);

/* Aborts (which libFuzzer reports as a crash, with the input) when @cond is
 * false. */
#define FUZZ_CHECK(cond, ...)                                              \
  G_STMT_START {                                                           \
    if (G_UNLIKELY (!(cond)))                                              \
      fuzz_fail (__FILE__, __LINE__, #cond, __VA_ARGS__);                  \
  } G_STMT_END

G_NORETURN
void         fuzz_fail          (const char  *file,
                                 int          line,
                                 const char  *cond,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (4, 5);

/* Once per process: the environment, a temporary directory and the database
 * holding the demo organisation. */
void         fuzz_init          (void);
EmbDatabase *fuzz_get_db        (void);
/* Writes @data to the input file (the same path every time) and returns it;
 * the name ends with @suffix (".json", ".csv"). */
GFile       *fuzz_write_input   (const uint8_t  *data,
                                 size_t          size,
                                 const char     *suffix);

/* The import function under test, as emb_csv_import() with its format
 * bound, or emb_bundle_import(). */
typedef gboolean (*FuzzImportFunc) (EmbDatabase            *db,
                                    GFile                  *file,
                                    const EmbImportOptions *options,
                                    EmbImportReport        *report,
                                    GError                **error);

/* Runs @func on @file twice: as a dry run, then for real inside a
 * transaction that is rolled back afterwards, and checks the contract of
 * each run. The database is the same before and after. */
void         fuzz_run_import    (FuzzImportFunc  func,
                                 GFile          *file);

G_END_DECLS
