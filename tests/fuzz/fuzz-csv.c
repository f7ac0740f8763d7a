/* fuzz-csv.c: libFuzzer targets of the CSV importer
 *
 * Built twice (tests/fuzz/meson.build): FUZZ_CSV_FORMAT is
 * EMB_IMPORT_FORMAT_ROSTER_CSV in fuzz-roster-csv and
 * EMB_IMPORT_FORMAT_FEEDBACK_CSV in fuzz-feedback-csv. Previews the input as
 * that kind of file (an HR export or a feedback export), then imports it
 * into the demo organisation as a dry run and for real (rolled back): see
 * fuzz-util.h for what is checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-csv-import.h"
#include "fuzz-util.h"

#ifndef FUZZ_CSV_FORMAT
#error "Define FUZZ_CSV_FORMAT as the EmbImportFormat of the target"
#endif

static gboolean
import_csv (EmbDatabase            *db,
            GFile                  *file,
            const EmbImportOptions *options,
            EmbImportReport        *report,
            GError                **error)
{
  return emb_csv_import (db, file, FUZZ_CSV_FORMAT, options, NULL, report, error);
}

/* What the import assistant shows first. */
static void
preview (GFile *file)
{
  g_autoptr(EmbCsvPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = emb_csv_preview (fuzz_get_db (), file, FUZZ_CSV_FORMAT, NULL, 5, NULL, &preview, &error);
  FUZZ_CHECK (ok == (error == NULL), "the preview returned %d with %s", ok,
              error != NULL ? error->message : "no error");
  if (!ok)
    {
      FUZZ_CHECK (error->message[0] != '\0', "the preview failed with an empty message");
      return;
    }

  FUZZ_CHECK (preview->rows->len <= 5, "the preview has %u rows", preview->rows->len);
  for (guint i = 0; i < preview->n_columns; i++)
    FUZZ_CHECK (g_utf8_validate (preview->headers[i], -1, NULL),
                "header %u is not UTF-8", i);
  for (guint r = 0; r < preview->rows->len; r++)
    {
      const EmbCsvPreviewRow *row = g_ptr_array_index (preview->rows, r);

      for (guint i = 0; i < row->n_values; i++)
        FUZZ_CHECK (g_utf8_validate (row->values[i], -1, NULL),
                    "value %u of line %u is not UTF-8", i, row->line);
      FUZZ_CHECK (row->values[row->n_values] == NULL,
                  "the values of line %u are not NULL-terminated", row->line);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = fuzz_write_input (data, size, ".csv");

  preview (file);
  fuzz_run_import (import_csv, file);
  return 0;
}
