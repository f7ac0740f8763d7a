/* fuzz-bundle.c: libFuzzer target of the programme bundle importer
 *
 * Imports the input as a bundle into the demo organisation, as a dry run
 * and for real (rolled back): see fuzz-util.h for what is checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-bundle.h"
#include "fuzz-util.h"

static gboolean
import_bundle (EmbDatabase            *db,
               GFile                  *file,
               const EmbImportOptions *options,
               EmbImportReport        *report,
               GError                **error)
{
  return emb_bundle_import (db, file, options, NULL, report, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = fuzz_write_input (data, size, ".json");

  fuzz_run_import (import_bundle, file);
  return 0;
}
