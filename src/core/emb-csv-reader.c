/* emb-csv-reader.c: reading a CSV file: its encoding, its separator and
 * its records
 *
 * A first scan of the raw bytes tells a byte-order mark, binary data and
 * whether the text is UTF-8; then the file is read in chunks through the
 * parser (emb-csv-parser.c), converted to UTF-8 on the way when it is not
 * UTF-8, never held whole. Problems of the text itself (binary data, bytes
 * that are not text in the encoding, a quote never closed) go to the report
 * and name the line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"

#define CHUNK_SIZE        (64 * 1024)
#define HEAD_SIZE         (64 * 1024)

/* Encodings -------------------------------------------------------------- */

/**
 * emb_csv_default_encoding:
 *
 * The legacy (Windows) code page of the user's language, the encoding a
 * spreadsheet on that desktop writes "CSV" in: WINDOWS-1250 for Polish and
 * other central European languages, WINDOWS-1253 for Greek, WINDOWS-1251
 * for Cyrillic languages, … and WINDOWS-1252 otherwise. A file that is not
 * valid UTF-8 is read in the code page its bytes tell best, of
 * WINDOWS-1252, WINDOWS-1250, WINDOWS-1253 and this one, unless
 * #EmbImportOptions.encoding says otherwise.
 *
 * Returns: (transfer none): an encoding name for g_convert()
 */
const char *
emb_csv_default_encoding (void)
{
  static const struct
  {
    const char *language;
    const char *encoding;
  } code_pages[] = {
    { "pl", "WINDOWS-1250" }, { "cs", "WINDOWS-1250" }, { "sk", "WINDOWS-1250" },
    { "hu", "WINDOWS-1250" }, { "sl", "WINDOWS-1250" }, { "hr", "WINDOWS-1250" },
    { "bs", "WINDOWS-1250" }, { "ro", "WINDOWS-1250" }, { "sq", "WINDOWS-1250" },
    { "el", "WINDOWS-1253" },
    { "ru", "WINDOWS-1251" }, { "uk", "WINDOWS-1251" }, { "be", "WINDOWS-1251" },
    { "bg", "WINDOWS-1251" }, { "mk", "WINDOWS-1251" }, { "sr", "WINDOWS-1251" },
    { "tr", "WINDOWS-1254" }, { "az", "WINDOWS-1254" },
    { "he", "WINDOWS-1255" }, { "ar", "WINDOWS-1256" }, { "fa", "WINDOWS-1256" },
    { "et", "WINDOWS-1257" }, { "lt", "WINDOWS-1257" }, { "lv", "WINDOWS-1257" },
    { "vi", "WINDOWS-1258" },
  };
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *language = languages[i];

      if (g_str_equal (language, "C") || g_str_equal (language, "POSIX"))
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (code_pages); j++)
        {
          gsize n = strlen (code_pages[j].language);

          if (g_ascii_strncasecmp (language, code_pages[j].language, n) == 0 &&
              !g_ascii_isalpha (language[n]))
            return code_pages[j].encoding;
        }
      break;
    }

  return "WINDOWS-1252";
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
         g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

/* The file ----------------------------------------------------------------- */

static GString *
refused_reasons (EmbCsvProblems *problems,
                 guint           line)
{
  GString *reasons = g_hash_table_lookup (problems->refused, GUINT_TO_POINTER (line));

  if (reasons == NULL)
    {
      reasons = g_string_new (NULL);
      g_hash_table_insert (problems->refused, GUINT_TO_POINTER (line), reasons);
    }
  return reasons;
}

/* Adds a problem of the file, or of the row being checked. */
void
_emb_csv_add_problem (EmbCsvProblems *problems,
                      guint           line,
                      const char     *column,
                      const char     *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (problems->muted)
    return;

  problems->n_problems++;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (problems->refused != NULL && line != 0 && line == problems->row_line)
    {
      GString *reasons = refused_reasons (problems, line);

      if (reasons->len > 0)
        g_string_append (reasons, " ");
      if (column != NULL)
        g_string_append_printf (reasons, "%s: ", column);
      g_string_append (reasons, message);
    }
  else
    problems->n_file_problems++;

  emb_import_report_add_problem (problems->report, problems->name, line, NULL, column, "%s",
                                 message);
}

/* Refuses the row on @line too (with #EmbImportOptions.skip_invalid), for
 * @reason, without a problem of its own: a row of the same record as one
 * with a problem. */
void
_emb_csv_problems_refuse_line (EmbCsvProblems *problems,
                               guint           line,
                               const char     *reason)
{
  GString *reasons;

  if (problems->refused == NULL || problems->muted)
    return;
  reasons = refused_reasons (problems, line);
  if (reasons->len == 0)
    g_string_append (reasons, reason);
}

gboolean
_emb_csv_problems_is_refused (EmbCsvProblems *problems,
                              guint           line)
{
  return problems->refused != NULL &&
         g_hash_table_contains (problems->refused, GUINT_TO_POINTER (line));
}

void
_emb_csv_file_init (EmbCsvFile      *file,
                    GFile           *gfile,
                    GCancellable    *cancellable,
                    EmbImportReport *report)
{
  memset (file, 0, sizeof *file);
  file->file = g_object_ref (gfile);
  file->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  file->problems.report = emb_import_report_ref (report);
}

void
_emb_csv_file_clear (EmbCsvFile *file)
{
  g_clear_object (&file->file);
  g_clear_object (&file->cancellable);
  g_clear_pointer (&file->problems.report, emb_import_report_unref);
  g_clear_pointer (&file->problems.name, g_free);
  g_clear_pointer (&file->problems.refused, g_hash_table_unref);
  g_clear_pointer (&file->encoding, g_free);
}

/* Calls the progress function with @fraction of the current pass. */
void
_emb_csv_file_progress (EmbCsvFile *file,
                        double      fraction)
{
  double value;

  if (file->progress == NULL)
    return;

  value = file->progress_from +
          (file->progress_to - file->progress_from) * CLAMP (fraction, 0., 1.);
  if (value - file->last_progress < 0.01 && value < 1.)
    return;
  file->last_progress = value;
  file->progress (value, file->progress_data);
}

/* TRUE, with @error, when the import is cancelled. */
gboolean
_emb_csv_file_cancelled (EmbCsvFile  *file,
                         GError     **error)
{
  if (!g_cancellable_is_cancelled (file->cancellable))
    return FALSE;
  g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED,
               _("The import of %s was cancelled; nothing was imported."), file->problems.name);
  return TRUE;
}

static void
set_unreadable (EmbCsvFile  *file,
                GError      *cause,
                GError     **error)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_CANCELLED,
                 _("The import of %s was cancelled; nothing was imported."), file->problems.name);
  else
    g_set_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_UNREADABLE,
                 _("Cannot read %s: %s"), file->problems.name, cause->message);
}

/* Scanning the bytes ------------------------------------------------------ */

static guint
count_lines (const guchar *p,
             gsize         length)
{
  const guchar *end = p + length;
  guint n = 0;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

/* Whether the @length bytes at @p start a UTF-8 sequence that goes on in
 * the next chunk. */
gboolean
_emb_csv_is_utf8_prefix (const guchar *p,
                         gsize         length)
{
  gsize need;

  if (length == 0)
    return FALSE;
  if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else if (p[0] >= 0xE0)
    need = 3;
  else if (p[0] >= 0xC2 && p[0] < 0xE0)
    need = 2;
  else
    return FALSE;
  if (length >= need)
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

/* Reads the raw bytes once: a byte-order mark, NUL bytes (a binary file),
 * and whether the text is UTF-8. Keeps the first bytes in @head. Sets
 * *@invalid_line to the first line that is not UTF-8, or 0; from there on
 * counts the bytes in @stats, for telling the code page. */
static gboolean
scan_file (EmbCsvFile       *file,
           GString          *head,
           guint            *invalid_line,
           EmbCsvByteStats  *stats,
           GError          **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guchar *buffer = g_malloc (CHUNK_SIZE + 4);
  gsize carry = 0;
  guint lines = 0;
  goffset done = 0;
  gboolean first = TRUE;

  *invalid_line = 0;

  stream = g_file_read (file->file, file->cancellable, &local_error);
  if (stream == NULL)
    {
      set_unreadable (file, local_error, error);
      return FALSE;
    }

  for (;;)
    {
      guchar *chunk;
      gsize n = 0;
      gsize length;
      gsize next_carry = 0;
      guchar *nul;

      if (_emb_csv_file_cancelled (file, error))
        return FALSE;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer + 4, CHUNK_SIZE, &n,
                                    file->cancellable, &local_error))
        {
          set_unreadable (file, local_error, error);
          return FALSE;
        }
      done += n;

      if (first)
        {
          first = FALSE;
          if (n >= 3 && memcmp (buffer + 4, "\xEF\xBB\xBF", 3) == 0)
            file->bom = 3;
          else if (n >= 2 && (memcmp (buffer + 4, "\xFF\xFE", 2) == 0 ||
                              memcmp (buffer + 4, "\xFE\xFF", 2) == 0))
            {
              /* UTF-16 (Excel's "Unicode text"): read through a converter,
               * which finds any fault. */
              file->bom = 2;
              file->encoding = g_strdup (buffer[4] == 0xFF ? "UTF-16LE" : "UTF-16BE");
              g_string_append_len (head, (const char *)buffer + 4, MIN (n, HEAD_SIZE));
              return TRUE;
            }
        }

      if (head->len < HEAD_SIZE)
        g_string_append_len (head, (const char *)buffer + 4, MIN (n, HEAD_SIZE - head->len));

      chunk = buffer + 4 - carry;
      length = n + carry;

      nul = memchr (chunk, '\0', length);
      if (nul != NULL)
        {
          _emb_csv_add_problem (&file->problems, lines + count_lines (chunk, nul - chunk) + 1, NULL,
                                _("The file holds binary data (a NUL byte) on this line: "
                                  "it is not a CSV text file."));
          return TRUE;
        }

      if (*invalid_line == 0)
        {
          const char *end = NULL;

          if (!g_utf8_validate_len ((const char *)chunk, length, &end))
            {
              gsize rest = chunk + length - (const guchar *)end;

              if (n == CHUNK_SIZE && _emb_csv_is_utf8_prefix ((const guchar *)end, rest))
                next_carry = rest;
              else
                *invalid_line = lines + count_lines (chunk, (const guchar *)end - chunk) + 1;
            }
        }

      if (*invalid_line != 0)
        _emb_csv_byte_stats_add (stats, chunk, length - next_carry);

      lines += count_lines (chunk, length - next_carry);
      memmove (buffer + 4 - next_carry, chunk + length - next_carry, next_carry);
      carry = next_carry;

      if (file->size > 0)
        _emb_csv_file_progress (file, (double)done / file->size);

      if (n < CHUNK_SIZE)
        break;
    }

  return TRUE;
}

/* The first bytes as UTF-8 text, for finding the separator. */
static char *
head_text (EmbCsvFile *file,
           GString    *head,
           gsize      *length)
{
  const char *start = head->str + file->bom;
  gsize size = head->len - file->bom;
  gsize read = 0;
  g_autoptr(GError) error = NULL;
  char *text;

  if (!file->converted)
    {
      *length = size;
      return g_strndup (start, size);
    }

  if (g_str_has_prefix (file->encoding, "UTF-16"))
    size &= ~(gsize)1;

  text = g_convert (start, size, "UTF-8", file->encoding, &read, length, &error);
  if (text == NULL && read > 0 &&
      (g_error_matches (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE) ||
       g_error_matches (error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT)))
    text = g_convert (start, read, "UTF-8", file->encoding, NULL, length, NULL);
  if (text == NULL)
    {
      *length = 0;
      return g_strdup ("");
    }
  return text;
}

/**
 * _emb_csv_file_open:
 * @encoding: (nullable): the encoding of a file that is not UTF-8, or %NULL
 *   to tell it from the bytes (see emb-csv-encoding.c)
 * @head: (out): the first bytes of the file as UTF-8 text, for telling its
 *   kind; %NULL when the file cannot be read as text
 *
 * Everything before the records: the file's name and size, whether it is
 * text, its encoding and its separator. Problems go to the report (and
 * leave @head %NULL); FALSE only with @error.
 */
gboolean
_emb_csv_file_open (EmbCsvFile  *file,
                    const char  *encoding,
                    char       **head,
                    gsize       *head_length,
                    GError     **error)
{
  g_autoptr(GString) bytes = g_string_new (NULL);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree EmbCsvByteStats *stats = g_new0 (EmbCsvByteStats, 1);
  guint invalid_line = 0;
  gboolean complete;

  *head = NULL;
  *head_length = 0;

  info = g_file_query_info (file->file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, file->cancellable, &local_error);
  if (info == NULL)
    {
      file->problems.name = g_file_get_parse_name (file->file);
      set_unreadable (file, local_error, error);
      return FALSE;
    }
  file->problems.name = g_strdup (g_file_info_get_display_name (info));
  file->size = g_file_info_get_size (info);

  if (!scan_file (file, bytes, &invalid_line, stats, error))
    return FALSE;
  if (file->problems.n_problems > 0)
    return TRUE;

  if (file->encoding != NULL)
    file->converted = TRUE;
  else if (invalid_line == 0)
    file->encoding = g_strdup ("UTF-8");
  else
    {
      if (encoding == NULL)
        encoding = _emb_csv_byte_stats_guess (stats, emb_csv_default_encoding ());

      file->encoding = g_strdup (encoding);
      if (is_utf8_name (encoding))
        {
          _emb_csv_add_problem (&file->problems, invalid_line, NULL,
                                _("The file is not valid UTF-8 text on this line; choose the "
                                  "encoding it was saved in."));
          return TRUE;
        }
      file->converted = TRUE;
    }

  if (file->converted)
    {
      g_autoptr(GCharsetConverter) converter = g_charset_converter_new ("UTF-8", file->encoding,
                                                                         NULL);

      if (converter == NULL)
        {
          _emb_csv_add_problem (&file->problems, 0, NULL, _("The encoding “%s” is not known."),
                                file->encoding);
          return TRUE;
        }
    }

  complete = bytes->len < HEAD_SIZE || (file->size > 0 && (goffset)bytes->len >= file->size);
  *head = head_text (file, bytes, head_length);
  if (_emb_csv_read_separator_line (*head, *head_length, &file->separator))
    file->separator_line = TRUE;
  else
    file->separator = _emb_csv_detect_separator (*head, *head_length, complete);
  return TRUE;
}

/* Reading the records -----------------------------------------------------
 *
 * A large file is read on a thread of its own: reading, converting and
 * parsing the text take a processor, the checking and writing of the
 * records another, and the two run side by side. The reading thread copies
 * the records into batches and hands them over through a queue; only
 * FILE_BATCHES of them exist, so that it never reads far ahead of the
 * records taken. Everything else (the records' function, the report, the
 * progress, the error) stays on the calling thread, in the order a reading
 * without a thread would give, and so do the results. */

#define OUT_SIZE (CHUNK_SIZE * 4)
#define THREAD_BYTES_DEFAULT (4 * 1024 * 1024)
#define BATCH_RECORDS 1024
#define FILE_BATCHES 4

static goffset thread_bytes = THREAD_BYTES_DEFAULT;

/**
 * _emb_csv_set_reading_thread_bytes:
 * @n_bytes: the smallest file read on a thread of its own; 0 for the
 *   default, 1 for every file
 *
 * For tests, which compare both ways of reading on small files.
 */
void
_emb_csv_set_reading_thread_bytes (goffset n_bytes)
{
  thread_bytes = n_bytes > 0 ? n_bytes : THREAD_BYTES_DEFAULT;
}

typedef struct
{
  guint line;
  guint n_values;
  guint first;                 /* of its values, in Batch.starts */
} BatchRecord;

/* Records copied off the parser, for the calling thread. */
typedef struct
{
  GString  *text;              /* the values, each ending in NUL */
  GArray   *starts;            /* guint: where each value starts in text */
  GArray   *records;           /* BatchRecord */
  goffset   done;              /* the bytes read when it was handed over */
  gboolean  last;              /* the reading ended */
} Batch;

typedef struct
{
  EmbCsvFile    *file;
  EmbCsvParser   parser;
  GError        *read_error;   /* the file could not be read */
  guint          bad_line;     /* where the text is not in its encoding */
  gboolean       unclosed;     /* a quoted value is never closed */
  gboolean       cancelled;
  goffset        done;         /* bytes read */

  /* On a thread: */
  GAsyncQueue   *full;         /* Batch, to the calling thread */
  GAsyncQueue   *empty;        /* Batch, back to the reading thread */
  Batch         *batch;        /* being filled */
  gint           stop;         /* atomic: the calling thread stopped */
} TextReader;

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->text = g_string_sized_new (BATCH_RECORDS * 256);
  batch->starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), BATCH_RECORDS * 16);
  batch->records = g_array_sized_new (FALSE, FALSE, sizeof (BatchRecord), BATCH_RECORDS);
  return batch;
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_string_free (batch->text, TRUE);
  g_array_unref (batch->starts);
  g_array_unref (batch->records);
  g_free (batch);
}

static void
batch_reset (Batch *batch)
{
  g_string_truncate (batch->text, 0);
  g_array_set_size (batch->starts, 0);
  g_array_set_size (batch->records, 0);
  batch->done = 0;
  batch->last = FALSE;
}

/* On the reading thread: hands the batch being filled over. */
static void
batch_send (TextReader *t,
            gboolean    last)
{
  Batch *batch = t->batch;

  batch->done = t->done;
  batch->last = last;
  t->batch = NULL;
  g_async_queue_push (t->full, batch);
  if (!last)
    t->batch = g_async_queue_pop (t->empty);
}

/* On the reading thread, the parser's function: copies the record. */
static gboolean
batch_add (gpointer   data,
           guint      line,
           char     **values,
           guint      n_values,
           GError   **error)
{
  TextReader *t = data;
  Batch *batch = t->batch;
  BatchRecord record = { line, n_values, batch->starts->len };

  for (guint i = 0; i < n_values; i++)
    {
      guint start = (guint)batch->text->len;

      g_array_append_val (batch->starts, start);
      g_string_append_len (batch->text, values[i], strlen (values[i]) + 1);
    }
  g_array_append_val (batch->records, record);
  if (batch->records->len >= BATCH_RECORDS)
    batch_send (t, FALSE);
  return TRUE;
}

/* Whether the reading is to stop before the next chunk. */
static gboolean
text_stopped (TextReader *t)
{
  if (t->full != NULL && g_atomic_int_get (&t->stop))
    return TRUE;
  if (g_cancellable_is_cancelled (t->file->cancellable))
    {
      t->cancelled = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* Reads the whole file (from the start, after any byte-order mark) through
 * the parser, converting it to UTF-8 when needed. What went wrong is left in
 * @t: the read error, the line of the text that is not in its encoding, the
 * parser's state. Without a thread, the progress goes as the chunks are
 * read. */
static void
read_text (TextReader *t)
{
  EmbCsvFile *file = t->file;
  EmbCsvParser *r = &t->parser;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GCharsetConverter) converter = NULL;
  g_autofree char *in = g_malloc (CHUNK_SIZE);
  g_autofree char *out = NULL;
  gsize in_length = 0;
  gsize skip = file->bom;
  guint out_lines = 0;

  stream = g_file_read (file->file, file->cancellable, &t->read_error);
  if (stream == NULL)
    return;

  if (file->converted)
    {
      converter = g_charset_converter_new ("UTF-8", file->encoding, &t->read_error);
      if (converter == NULL)
        return;
      out = g_malloc (OUT_SIZE);
    }

  while (!r->stop && !text_stopped (t))
    {
      gsize n = 0;
      gboolean eof;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), in + in_length,
                                    CHUNK_SIZE - in_length, &n, file->cancellable, &t->read_error))
        return;
      eof = in_length + n < CHUNK_SIZE;
      t->done += n;
      in_length += n;

      if (skip > 0)
        {
          gsize k = MIN (skip, in_length);

          memmove (in, in + k, in_length - k);
          in_length -= k;
          skip -= k;
        }

      if (converter == NULL)
        {
          _emb_csv_parser_feed (r, in, in_length);
          in_length = 0;
        }
      else
        {
          gsize pos = 0;

          while (!r->stop)
            {
              g_autoptr(GError) convert_error = NULL;
              GConverterResult result;
              gsize read = 0;
              gsize written = 0;

              result = g_converter_convert (G_CONVERTER (converter), in + pos, in_length - pos,
                                            out, OUT_SIZE,
                                            eof ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                            &read, &written, &convert_error);
              if (result == G_CONVERTER_ERROR)
                {
                  if (!eof && g_error_matches (convert_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
                    break;
                  t->bad_line = out_lines + 1;
                  r->stop = TRUE;
                  break;
                }

              out_lines += count_lines ((const guchar *)out, written);
              _emb_csv_parser_feed (r, out, written);
              pos += read;

              if (result == G_CONVERTER_FINISHED || (read == 0 && written == 0) ||
                  (pos == in_length && !eof))
                break;
            }

          memmove (in, in + pos, in_length - pos);
          in_length -= pos;
        }

      if (t->full == NULL && file->size > 0)
        _emb_csv_file_progress (file, (double)t->done / file->size);

      if (eof)
        break;
    }

  if (t->read_error == NULL && !t->cancelled && r->error == NULL && !r->stop)
    t->unclosed = !_emb_csv_parser_finish (r);
}

/* The reading thread. */
static gpointer
read_text_thread (gpointer data)
{
  TextReader *t = data;

  t->batch = g_async_queue_pop (t->empty);
  read_text (t);
  batch_send (t, TRUE);
  return NULL;
}

typedef struct
{
  EmbCsvFile       *file;
  EmbCsvRecordFunc  func;
  gpointer          data;
  guint             n_records;
} Records;

/* Passes over the "sep=" line. */
static gboolean
on_record (gpointer   data,
           guint      line,
           char     **values,
           guint      n_values,
           GError   **error)
{
  Records *records = data;

  if (records->n_records++ == 0 && records->file->separator_line)
    return TRUE;
  return records->func (records->data, line, values, n_values, error);
}

/* On the calling thread: takes every batch the reading thread hands over,
 * calling @records' function for each record until it fails or stops. */
static gboolean
take_batches (TextReader  *t,
              Records     *records,
              GError     **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  gboolean going = TRUE;
  gboolean last = FALSE;

  while (!last)
    {
      Batch *batch = g_async_queue_pop (t->full);

      last = batch->last;
      for (guint i = 0; going && i < batch->records->len; i++)
        {
          const BatchRecord *record = &g_array_index (batch->records, BatchRecord, i);

          g_ptr_array_set_size (values, 0);
          for (guint k = 0; k < record->n_values; k++)
            g_ptr_array_add (values, batch->text->str +
                                     g_array_index (batch->starts, guint, record->first + k));
          g_ptr_array_add (values, NULL);
          if (!on_record (records, record->line, (char **)values->pdata, record->n_values,
                          error))
            going = FALSE;
        }
      if (going && t->file->size > 0)
        _emb_csv_file_progress (t->file, (double)batch->done / t->file->size);
      if (going && !last && _emb_csv_file_cancelled (t->file, error))
        going = FALSE;
      if (!going)
        g_atomic_int_set (&t->stop, TRUE);
      batch_reset (batch);
      g_async_queue_push (t->empty, batch);
    }
  return going;
}

/**
 * _emb_csv_file_read:
 * @quiet: whether to leave out problems of the text (in a first look)
 *
 * Reads the whole file (from the start, after any byte-order mark) through
 * the parser, converting it to UTF-8 when needed, calling @func for every
 * record but a "sep=" line and blank ones. Problems of the text itself (an
 * unreadable byte, a quote never closed) are added to the report; FALSE
 * with @error when the file cannot be read, the reading is cancelled or
 * @func fails. @func is called on the calling thread, whether or not the
 * file is read on another.
 */
gboolean
_emb_csv_file_read (EmbCsvFile        *file,
                    gboolean           quiet,
                    EmbCsvRecordFunc   func,
                    gpointer           data,
                    GError           **error)
{
  Records records = { file, func, data, 0 };
  TextReader t = { .file = file };
  gboolean ok = TRUE;

  if (file->size >= thread_bytes)
    {
      GThread *thread;
      GError *local_error = NULL;

      t.full = g_async_queue_new ();
      t.empty = g_async_queue_new_full (batch_free);
      for (guint i = 0; i < FILE_BATCHES; i++)
        g_async_queue_push (t.empty, batch_new ());
      _emb_csv_parser_init (&t.parser, file->separator, batch_add, &t);
      thread = g_thread_new ("csv-reader", read_text_thread, &t);
      ok = take_batches (&t, &records, &local_error);
      g_thread_join (thread);
      g_async_queue_unref (t.full);
      g_async_queue_unref (t.empty);
      if (!ok || local_error != NULL)
        {
          /* The function failed or stopped, or the import was cancelled:
           * what the reading met after that does not count. */
          _emb_csv_parser_clear (&t.parser);
          g_clear_error (&t.read_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
          return TRUE;
        }
    }
  else
    {
      _emb_csv_parser_init (&t.parser, file->separator, on_record, &records);
      read_text (&t);
    }

  if (t.read_error != NULL)
    {
      set_unreadable (file, t.read_error, error);
      ok = FALSE;
    }
  else if (t.cancelled)
    {
      _emb_csv_file_cancelled (file, error);
      ok = FALSE;
    }
  else if (t.parser.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&t.parser.error));
      ok = FALSE;
    }
  else if (quiet)
    ;
  else if (t.unclosed)
    _emb_csv_add_problem (&file->problems, t.parser.line, NULL,
                          _("A quoted value that starts on this line is never closed."));
  else if (t.bad_line > 0)
    _emb_csv_add_problem (&file->problems, t.bad_line, NULL,
                          _("This line cannot be read as %s: it holds bytes "
                            "that are not text in that encoding. Choose the "
                            "encoding the file was saved in."),
                          file->encoding);
  else if (t.parser.too_long)
    _emb_csv_add_problem (&file->problems, t.parser.line, NULL,
                          _("A value or row that starts on this line is far too long; "
                            "is a closing quote missing?"));

  g_clear_error (&t.read_error);
  _emb_csv_parser_clear (&t.parser);
  return ok;
}
