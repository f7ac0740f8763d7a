/* emb-csv-parser.c: the records of CSV text, on libcsv
 *
 * Values are trimmed of padding (spaces, tabs, no-break and zero-width
 * spaces, stray byte-order marks) and each record is given with the line
 * where it starts, counting the line breaks inside quoted values. A value or a record far too long stops the reading:
 * most likely a quote that is never closed. The separator is told from the
 * first lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"

#define MAX_VALUE_BYTES   (1024 * 1024)
#define MAX_ROW_BYTES     (4 * 1024 * 1024)

/* The length of the padding character at @p (within @end), or 0: spaces,
 * tabs, line breaks, no-break spaces (U+00A0, U+2007, U+202F), zero-width
 * spaces and byte-order marks (U+200B, U+2060, U+FEFF), and "ï»¿", the
 * remnant of a byte-order mark read in a Western code page. */
static gsize
padding_at (const char *p,
            const char *end)
{
  const guchar *u = (const guchar *)p;
  gsize n = end - p;

  if (n == 0)
    return 0;
  if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    return 1;
  if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
    return 2;
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x87 || u[2] == 0x8B || u[2] == 0xAF))
    return 3;
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0)
    return 3;
  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return 3;
  if (n >= 6 && memcmp (p, "\xC3\xAF\xC2\xBB\xC2\xBF", 6) == 0)
    return 6;
  return 0;
}

/* The length of the padding character that ends at @end (after @start). */
static gsize
padding_before (const char *start,
                const char *end)
{
  for (gsize n = 1; n <= 3 && n <= (gsize)(end - start); n++)
    if (padding_at (end - n, end) == n)
      return n;
  return 0;
}

static char *
trim (char *start,
      char *end)
{
  gsize n;

  while ((n = padding_at (start, end)) > 0)
    start += n;
  while (end > start && (n = padding_before (start, end)) > 0)
    end -= n;
  *end = '\0';
  return start;
}

static gboolean
is_blank_record (char  **values,
                 guint   n_values)
{
  for (guint i = 0; i < n_values; i++)
    if (*values[i] != '\0')
      return FALSE;
  return TRUE;
}

static void
on_value (void   *s,
          size_t  len,
          void   *data)
{
  EmbCsvParser *r = data;
  gsize start;

  if (r->stop)
    return;

  start = r->buffer->len;
  g_array_append_val (r->starts, start);
  if (len > 0)
    {
      const char *p = s;
      const char *end = p + len;

      g_string_append_len (r->buffer, p, len);

      /* Line breaks inside a quoted value: the next record starts lower. */
      if (memchr (p, '\n', len) != NULL || memchr (p, '\r', len) != NULL)
        for (; p < end; p++)
          if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            r->breaks++;
    }
  g_string_append_c (r->buffer, '\0');

  if (r->buffer->len > MAX_ROW_BYTES)
    {
      r->too_long = TRUE;
      r->stop = TRUE;
    }
}

static void
on_record (int   c,
           void *data)
{
  EmbCsvParser *r = data;
  guint n = r->starts->len;

  if (r->stop)
    return;

  if (n == 0)
    {
      /* A blank line, or the LF of a CR LF. */
      if (c == '\n' && r->last_end == '\r')
        r->last_end = 0;
      else
        {
          r->line++;
          r->last_end = c;
        }
      return;
    }
  r->last_end = c;

  g_ptr_array_set_size (r->values, 0);
  for (guint i = 0; i < n; i++)
    {
      gsize start = g_array_index (r->starts, gsize, i);
      gsize end = i + 1 < n ? g_array_index (r->starts, gsize, i + 1) - 1 : r->buffer->len - 1;

      g_ptr_array_add (r->values, trim (r->buffer->str + start, r->buffer->str + end));
    }
  g_ptr_array_add (r->values, NULL);

  if (!is_blank_record ((char **)r->values->pdata, n) &&
      !r->func (r->data, r->line, (char **)r->values->pdata, n, &r->error))
    r->stop = TRUE;

  r->line += 1 + r->breaks;
  r->breaks = 0;
  g_string_truncate (r->buffer, 0);
  g_array_set_size (r->starts, 0);
}

/* Calls @func for every record of the text fed that is not blank. */
void
_emb_csv_parser_init (EmbCsvParser     *r,
                      char              separator,
                      EmbCsvRecordFunc  func,
                      gpointer          data)
{
  memset (r, 0, sizeof *r);
  csv_init (&r->parser, CSV_REPALL_NL);
  csv_set_delim (&r->parser, (unsigned char)separator);
  csv_set_blk_size (&r->parser, 4096);
  r->buffer = g_string_sized_new (1024);
  r->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  r->values = g_ptr_array_new ();
  r->line = 1;
  r->func = func;
  r->data = data;
}

void
_emb_csv_parser_clear (EmbCsvParser *r)
{
  csv_free (&r->parser);
  g_string_free (r->buffer, TRUE);
  g_array_unref (r->starts);
  g_ptr_array_unref (r->values);
  g_clear_error (&r->error);
}

void
_emb_csv_parser_feed (EmbCsvParser *r,
                      const char   *text,
                      gsize         length)
{
  if (r->stop || length == 0)
    return;

  csv_parse (&r->parser, text, length, on_value, on_record, r);

  /* A value longer than any field allows: most likely a quote that is
   * never closed, swallowing the rest of the file. */
  if (csv_get_buffer_size (&r->parser) > MAX_VALUE_BYTES)
    {
      r->too_long = TRUE;
      r->stop = TRUE;
    }
}

/* Ends the input; FALSE when a quoted value is never closed. */
gboolean
_emb_csv_parser_finish (EmbCsvParser *r)
{
  if (r->stop)
    return TRUE;

  csv_set_opts (&r->parser, CSV_REPALL_NL | CSV_STRICT | CSV_STRICT_FINI);
  return csv_fini (&r->parser, on_value, on_record, r) == 0;
}

/* Separators ------------------------------------------------------------- */

/* Counts each candidate outside quotes on the first lines: the separator is
 * the one every line has as often as the header (a file of one column has
 * none and is read with commas). */
char
_emb_csv_detect_separator (const char *text,
                           gsize       length,
                           gboolean    complete)
{
  static const char candidates[] = { '\t', ';', ',' };
  guint counts[16][G_N_ELEMENTS (candidates)];
  guint n_lines = 0;
  gboolean quoted = FALSE;
  gboolean blank = TRUE;
  guint current[G_N_ELEMENTS (candidates)] = { 0 };
  char best = ',';
  guint best_count = 0;
  gboolean best_consistent = FALSE;

  for (gsize i = 0; i < length && n_lines < G_N_ELEMENTS (counts); i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          if (!blank)
            {
              memcpy (counts[n_lines++], current, sizeof current);
              memset (current, 0, sizeof current);
            }
          blank = TRUE;
          continue;
        }
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            current[k]++;

      if (c != ' ')
        blank = FALSE;
    }
  if (complete && !blank && n_lines < G_N_ELEMENTS (counts))
    memcpy (counts[n_lines++], current, sizeof current);

  if (n_lines == 0)
    return best;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      guint header = counts[0][k];
      gboolean consistent = header > 0;

      for (guint line = 1; line < n_lines && consistent; line++)
        if (counts[line][k] != header)
          consistent = FALSE;

      if (header == 0)
        continue;
      if ((consistent && !best_consistent) ||
          (consistent == best_consistent && header > best_count))
        {
          best = candidates[k];
          best_count = header;
          best_consistent = consistent;
        }
    }

  return best;
}

/* "sep=;" on the first line, as Excel writes and reads it. */
gboolean
_emb_csv_read_separator_line (const char *text,
                              gsize       length,
                              char       *separator)
{
  if (length >= 5 && g_ascii_strncasecmp (text, "sep=", 4) == 0 &&
      (text[4] == ',' || text[4] == ';' || text[4] == '\t' || text[4] == '|') &&
      (length == 5 || text[5] == '\r' || text[5] == '\n'))
    {
      *separator = text[4];
      return TRUE;
    }
  return FALSE;
}

static gboolean
keep_first_record (gpointer   data,
                   guint      line,
                   char     **values,
                   guint      n_values,
                   GError   **error)
{
  GStrv *result = data;

  *result = g_strdupv (values);
  return FALSE;
}

/* The first record of @text that is not blank: the header. */
GStrv
_emb_csv_first_record (const char *text,
                       gsize       length,
                       char        separator)
{
  GStrv record = NULL;
  EmbCsvParser r;

  _emb_csv_parser_init (&r, separator, keep_first_record, &record);
  _emb_csv_parser_feed (&r, text, length);
  _emb_csv_parser_finish (&r);
  _emb_csv_parser_clear (&r);
  return record;
}
