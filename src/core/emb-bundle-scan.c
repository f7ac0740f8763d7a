/* emb-bundle-scan.c: a quick pass over the text of a programme bundle
 *
 * Checks that the text is well-formed JSON (strictly, with valid UTF-8),
 * finds where each top-level member starts and ends and counts the elements
 * of each top-level array, without building a tree: the importer then reads
 * the records one after the other from the text it knows to be well-formed,
 * so a bundle of a million nominations never lies in memory whole, nor the
 * place of each of its records. An error names its line, column and JSON
 * path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "emb-bundle-private.h"

/**
 * _emb_bundle_release_pages:
 * @data: the start of a read-only file mapping
 *
 * Gives back the memory of the whole pages of the mapping between @from and
 * @to: they stay in the page cache and are read in again if touched, but
 * they no longer count against the process, so going through a bundle of a
 * gigabyte does not take a gigabyte. Only for a mapping of a file.
 */
void
_emb_bundle_release_pages (const char *data,
                           gsize       from,
                           gsize       to)
{
#ifdef MADV_DONTNEED
  static gsize page_size;
  guintptr start;
  guintptr end;

  if (page_size == 0)
    page_size = (gsize)sysconf (_SC_PAGESIZE);

  /* Whole pages only, none of which lies before @data. */
  start = ((guintptr)data + from + page_size - 1) / page_size * page_size;
  end = ((guintptr)data + to) / page_size * page_size;
  if (end > start)
    madvise ((void *)start, end - start, MADV_DONTNEED);
#endif
}

#define MAX_DEPTH      64
#define RELEASE_EVERY  (32 * 1024 * 1024)

typedef struct
{
  const char *key;       /* the member name as written, or NULL for an index */
  gsize       key_len;
  guint       index;
} PathItem;

typedef struct
{
  const char           *data;
  const char           *p;
  const char           *end;
  PathItem              path[MAX_DEPTH + 1];
  guint                 depth;
  EmbBundleSyntaxError *error;
  gboolean              mapped;
  gsize                 released;   /* pages before this offset were given back */
} Scanner;

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gunichar
read_hex4 (const char *p)
{
  gunichar u = 0;

  for (int i = 0; i < 4; i++)
    u = u * 16 + hex_value (p[i]);
  return u;
}

/* The text of a string the scanner has checked, without its quotes. */
static char *
decode_string (const char *start,
               gsize       len)
{
  const char *end = start + len;
  g_autoptr(GString) out = g_string_sized_new (len);
  g_autofree char *raw = NULL;

  for (const char *p = start; p < end; p++)
    {
      gunichar u;

      if (*p != '\\' || p + 1 >= end)
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          if (end - p < 5)
            break;
          u = read_hex4 (p + 1);
          p += 4;
          if (u >= 0xD800 && u < 0xDC00 && p + 6 < end && p[1] == '\\' && p[2] == 'u')
            {
              gunichar low = read_hex4 (p + 3);

              if (low >= 0xDC00 && low < 0xE000)
                {
                  u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                  p += 6;
                }
            }
          if (!g_unichar_validate (u) || u == 0)
            u = 0xFFFD;
          g_string_append_unichar (out, u);
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }

  if (g_utf8_validate (out->str, out->len, NULL))
    return g_string_free (g_steal_pointer (&out), FALSE);
  raw = g_string_free (g_steal_pointer (&out), FALSE);
  return g_utf8_make_valid (raw, -1);
}

static gboolean scan_fail (Scanner    *s,
                           const char *at,
                           const char *format,
                           ...) G_GNUC_PRINTF (3, 4);

/* Records the first error, with where it is: line, column and JSON path. */
static gboolean
scan_fail (Scanner    *s,
           const char *at,
           const char *format,
           ...)
{
  EmbBundleSyntaxError *error = s->error;
  g_autoptr(GString) path = g_string_new ("$");
  const char *line_start = s->data;
  va_list args;

  if (at > s->end)
    at = s->end;
  error->line = 1;
  for (const char *p = s->data; p < at; p++)
    if (*p == '\n')
      {
        error->line++;
        line_start = p + 1;
      }
  error->column = (guint)(at - line_start) + 1;

  for (guint i = 0; i < s->depth; i++)
    {
      const PathItem *item = &s->path[i];

      if (item->key != NULL)
        {
          g_autofree char *name = decode_string (item->key, item->key_len);

          _emb_bundle_append_member_path (path, name);
          if (i + 1 == s->depth)
            error->field = g_steal_pointer (&name);
        }
      else
        g_string_append_printf (path, "[%u]", item->index);
    }
  error->path = g_string_free (g_steal_pointer (&path), FALSE);

  va_start (args, format);
  error->message = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end &&
         (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
    s->p++;
}

static gboolean
scan_string (Scanner *s)
{
  const char *p = s->p + 1;
  const char *end = s->end;

  while (p < end)
    {
      guchar c = (guchar)*p;

      if (c == '"')
        {
          s->p = p + 1;
          return TRUE;
        }
      if (c == '\\')
        {
          if (p + 1 < end && strchr ("\"\\/bfnrt", p[1]) != NULL && p[1] != '\0')
            p += 2;
          else if (p + 5 < end && p[1] == 'u' && hex_value (p[2]) >= 0 && hex_value (p[3]) >= 0 &&
                   hex_value (p[4]) >= 0 && hex_value (p[5]) >= 0)
            p += 6;
          else
            return scan_fail (s, p, _("A backslash in a string must start an escape "
                                      "such as \\n or \\u00e9."));
        }
      else if (c < 0x20)
        return scan_fail (s, p, _("A control character in a string must be escaped."));
      else if (c < 0x80)
        p++;
      else
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);

          if (u == (gunichar)-1 || u == (gunichar)-2)
            return scan_fail (s, p, _("The text is not valid UTF-8."));
          p = g_utf8_next_char (p);
        }
    }

  return scan_fail (s, end, _("The file ends inside a string."));
}

static gboolean
scan_digits (Scanner *s)
{
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return scan_fail (s, s->p, _("A number is not written correctly."));
  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return TRUE;
}

static gboolean
scan_number (Scanner *s)
{
  if (*s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (!scan_digits (s))
    return FALSE;

  if (s->p < s->end && *s->p == '.')
    {
      s->p++;
      if (!scan_digits (s))
        return FALSE;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!scan_digits (s))
        return FALSE;
    }
  return TRUE;
}

static gboolean
scan_word (Scanner    *s,
           const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return scan_fail (s, s->p, _("Expected a value: text in quotes, a number, true, false, "
                                 "null, an object or an array."));
  s->p += len;
  return TRUE;
}

static gboolean scan_value (Scanner *s,
                            guint   *n_elements);

static gboolean
push (Scanner    *s,
      const char *key,
      gsize       key_len,
      guint       index)
{
  if (s->depth >= MAX_DEPTH)
    return scan_fail (s, s->p, _("The data is nested too deeply."));
  s->path[s->depth].key = key;
  s->path[s->depth].key_len = key_len;
  s->path[s->depth].index = index;
  s->depth++;
  return TRUE;
}

/* Calls @member for each member of the object at s->p (the top level keeps
 * where each is); otherwise just checks them. */
typedef gboolean (*MemberFunc) (Scanner    *s,
                                const char *key,
                                gsize       key_len,
                                gpointer    data);

static gboolean
scan_object (Scanner    *s,
             MemberFunc  member,
             gpointer    data)
{
  s->p++;
  skip_space (s);
  if (s->p < s->end && *s->p == '}')
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      const char *key;
      gsize key_len;

      skip_space (s);
      if (s->p >= s->end || *s->p != '"')
        return scan_fail (s, s->p, _("Expected the name of a member, in quotes."));
      key = s->p + 1;
      if (!scan_string (s))
        return FALSE;
      key_len = (gsize)(s->p - 1 - key);

      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        return scan_fail (s, s->p, _("Expected “:” after the name of a member."));
      s->p++;

      if (!push (s, key, key_len, 0))
        return FALSE;
      if (member != NULL ? !member (s, key, key_len, data) : !scan_value (s, NULL))
        return FALSE;
      s->depth--;

      skip_space (s);
      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          continue;
        }
      if (s->p < s->end && *s->p == '}')
        {
          s->p++;
          return TRUE;
        }
      return scan_fail (s, s->p, _("Expected “,” or “}”."));
    }
}

static gboolean
scan_array (Scanner *s,
            guint   *n_elements)
{
  guint index = 0;

  s->p++;
  skip_space (s);
  if (s->p < s->end && *s->p == ']')
    {
      s->p++;
      return TRUE;
    }

  for (;; index++)
    {
      gsize offset;

      if (!push (s, NULL, 0, index))
        return FALSE;
      skip_space (s);
      if (!scan_value (s, NULL))
        return FALSE;
      offset = (gsize)(s->p - s->data);
      if (n_elements != NULL)
        (*n_elements)++;
      s->depth--;

      if (s->mapped && offset - s->released >= RELEASE_EVERY)
        {
          _emb_bundle_release_pages (s->data, s->released, offset);
          s->released = offset;
        }

      skip_space (s);
      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          continue;
        }
      if (s->p < s->end && *s->p == ']')
        {
          s->p++;
          return TRUE;
        }
      return scan_fail (s, s->p, _("Expected “,” or “]”."));
    }
}

static gboolean
scan_value (Scanner *s,
            guint   *n_elements)
{
  guchar c;

  skip_space (s);
  if (s->p >= s->end)
    return scan_fail (s, s->p, _("The file ends too early."));

  c = (guchar)*s->p;
  switch (c)
    {
    case '{':
      return scan_object (s, NULL, NULL);
    case '[':
      return scan_array (s, n_elements);
    case '"':
      return scan_string (s);
    case 't':
      return scan_word (s, "true");
    case 'f':
      return scan_word (s, "false");
    case 'n':
      return scan_word (s, "null");
    default:
      if (c == '-' || g_ascii_isdigit (c))
        return scan_number (s);
      if (c >= 0x21 && c < 0x7f)
        return scan_fail (s, s->p, _("Unexpected character “%c”."), c);
      return scan_fail (s, s->p, _("Unexpected byte 0x%02X: this is not JSON text."), c);
    }
}

static void
member_free (gpointer data)
{
  EmbBundleMember *member = data;

  g_free (member->name);
  g_free (member);
}

void
_emb_bundle_document_free (EmbBundleDocument *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->members);
  g_free (doc);
}

void
_emb_bundle_syntax_error_clear (EmbBundleSyntaxError *error)
{
  g_clear_pointer (&error->path, g_free);
  g_clear_pointer (&error->field, g_free);
  g_clear_pointer (&error->message, g_free);
}

/* A member of the top-level object: where its value is, and how many
 * elements an array has. */
static gboolean
scan_top_member (Scanner    *s,
                 const char *key,
                 gsize       key_len,
                 gpointer    data)
{
  EmbBundleDocument *doc = data;
  EmbBundleMember *member = g_new0 (EmbBundleMember, 1);

  member->name = decode_string (key, key_len);
  g_ptr_array_add (doc->members, member);

  skip_space (s);
  member->value.start = (gsize)(s->p - s->data);
  member->is_array = s->p < s->end && *s->p == '[';
  if (!scan_value (s, member->is_array ? &member->n_elements : NULL))
    return FALSE;
  member->value.end = (gsize)(s->p - s->data);
  return TRUE;
}

/**
 * _emb_bundle_scan:
 * @mapped: @data is a read-only file mapping whose pages may be given back
 *   as the scan goes (see _emb_bundle_release_pages())
 * @error: filled in when the text is not well-formed JSON
 *
 * Checks the whole text in one pass without building anything but the list
 * of top-level members, with the number of elements of each array.
 * A UTF-8 byte order mark is allowed.
 *
 * Returns: (transfer full) (nullable): the document's outline, or %NULL
 *   with @error set
 */
EmbBundleDocument *
_emb_bundle_scan (const char           *data,
                  gsize                 length,
                  gboolean              mapped,
                  EmbBundleSyntaxError *error)
{
  g_autoptr(EmbBundleDocument) doc = g_new0 (EmbBundleDocument, 1);
  Scanner s = { 0 };

  g_return_val_if_fail (error != NULL, NULL);

  s.data = data;
  s.p = data;
  s.end = data + length;
  s.error = error;
  s.mapped = mapped;
  doc->members = g_ptr_array_new_with_free_func (member_free);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s.p += 3;
  skip_space (&s);
  if (s.p >= s.end)
    {
      scan_fail (&s, s.p, _("The file is empty."));
      return NULL;
    }

  if (*s.p == '{')
    {
      doc->is_object = TRUE;
      if (!scan_object (&s, scan_top_member, doc))
        return NULL;
    }
  else if (!scan_value (&s, NULL))
    return NULL;

  skip_space (&s);
  if (s.p < s.end)
    {
      scan_fail (&s, s.p, _("There is more text after the end of the JSON document."));
      return NULL;
    }

  if (mapped)
    _emb_bundle_release_pages (data, 0, length);
  return g_steal_pointer (&doc);
}
