/* emb-csv-rejects.c: the rows an import refused, written to a rejects file
 *
 * With #EmbImportOptions.skip_invalid an import takes the valid rows and
 * writes the refused ones, as the source had them (its header, its
 * separator, in UTF-8 with a byte-order mark so that a spreadsheet opens it
 * right) with one more column, the reason, to a rejects file: by default
 * <name>.rejects.csv beside the source. The user fixes those rows and
 * imports the rejects file. It is written to a temporary file first and
 * moved into place only when the import succeeds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"

/**
 * _emb_csv_rejects_target:
 * @path: (nullable): where the options ask the rejects to go
 *
 * Returns: (transfer full) (nullable): @path, or <name>.rejects.csv beside
 *   @source; %NULL when @source has no parent
 */
GFile *
_emb_csv_rejects_target (GFile      *source,
                         const char *path)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  if (path != NULL)
    return g_file_new_for_path (path);

  parent = g_file_get_parent (source);
  if (parent == NULL)
    return NULL;
  base = g_file_get_basename (source);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base &&
      (g_ascii_strcasecmp (dot, ".csv") == 0 || g_ascii_strcasecmp (dot, ".txt") == 0 ||
       g_ascii_strcasecmp (dot, ".tsv") == 0))
    *dot = '\0';
  name = g_strconcat (base, ".rejects.csv", NULL);
  return g_file_get_child (parent, name);
}

typedef struct
{
  EmbCsvFile    *file;
  GOutputStream *out;
  GString       *line;
  gboolean       header_written;
  GError        *error;
} Writing;

static void
append_value (GString    *line,
              const char *value,
              char        separator)
{
  gsize n = strlen (value);
  gboolean quote = strchr (value, separator) != NULL || strpbrk (value, "\"\r\n") != NULL ||
                   (n > 0 && (value[0] == ' ' || value[n - 1] == ' '));

  if (!quote)
    {
      g_string_append (line, value);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static gboolean
write_record (Writing     *w,
              char       **values,
              guint        n_values,
              const char  *reason)
{
  char separator = w->file->separator;

  g_string_truncate (w->line, 0);
  for (guint i = 0; i < n_values; i++)
    {
      append_value (w->line, values[i], separator);
      g_string_append_c (w->line, separator);
    }
  append_value (w->line, reason, separator);
  g_string_append (w->line, "\r\n");
  return g_output_stream_write_all (w->out, w->line->str, w->line->len, NULL,
                                    w->file->cancellable, &w->error);
}

static gboolean
copy_refused (gpointer   data,
              guint      line,
              char     **values,
              guint      n_values,
              GError   **error)
{
  Writing *w = data;
  GString *reason;

  if (!w->header_written)
    {
      w->header_written = TRUE;
      /* Translators: the header of the column of a rejects file that says
       * why each row was not imported */
      return write_record (w, values, n_values, _("Import problem"));
    }

  reason = g_hash_table_lookup (w->file->problems.refused, GUINT_TO_POINTER (line));
  if (reason == NULL)
    return TRUE;
  return write_record (w, values, n_values, reason->str);
}

/**
 * _emb_csv_rejects_write:
 * @target: where the rejects go in the end
 * @temporary: (out): the temporary file written, beside @target, to be
 *   moved there when the import succeeds (or deleted)
 *
 * Writes the header and the refused rows of @file (those of its problems'
 * refused table), each with its reason.
 */
gboolean
_emb_csv_rejects_write (EmbCsvFile  *file,
                        GFile       *target,
                        GFile      **temporary,
                        GError     **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *base = g_file_get_basename (target);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GFile) temp = NULL;
  Writing w = { file, NULL, line, FALSE, NULL };
  gboolean ok;

  *temporary = NULL;
  if (_emb_csv_file_cancelled (file, error))
    return FALSE;
  for (guint attempt = 0; stream == NULL && attempt < 10; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x", base, g_random_int ());

      g_clear_object (&temp);
      g_clear_error (&local_error);
      temp = parent != NULL ? g_file_get_child (parent, name) : g_file_new_for_path (name);
      stream = g_file_create (temp, G_FILE_CREATE_NONE, file->cancellable, &local_error);
      if (stream == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }
  if (stream == NULL && _emb_csv_file_cancelled (file, error))
    return FALSE;
  if (stream == NULL)
    {
      g_autofree char *where = g_file_get_parse_name (target);

      g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                   _("Cannot write the refused rows to %s: %s"), where, local_error->message);
      return FALSE;
    }

  w.out = G_OUTPUT_STREAM (stream);
  ok = g_output_stream_write_all (w.out, "\xEF\xBB\xBF", 3, NULL, file->cancellable, &w.error) &&
       _emb_csv_file_read (file, TRUE, copy_refused, &w, error);
  if (ok && w.error != NULL)
    ok = FALSE;
  if (!g_output_stream_close (w.out, NULL, ok ? &w.error : NULL))
    ok = FALSE;

  if (!ok)
    {
      if (w.error != NULL)
        {
          g_autofree char *where = g_file_get_parse_name (target);

          g_clear_error (error);
          if (g_error_matches (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            _emb_csv_file_cancelled (file, error);
          if (error == NULL || *error == NULL)
            g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                         _("Cannot write the refused rows to %s: %s"), where, w.error->message);
          g_clear_error (&w.error);
        }
      g_file_delete (temp, NULL, NULL);
      return FALSE;
    }

  *temporary = g_steal_pointer (&temp);
  return TRUE;
}
