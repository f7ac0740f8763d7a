/* emb-bundle-record.c: the members of a bundle's record, read straight
 * from the text
 *
 * A bundle of two million records is mostly flat records: members whose
 * values are text, whole numbers, true, false or null. Building a JsonNode
 * for each of them, and an object to hold them, costs more than checking
 * and writing the record, so such a record is read here straight from the
 * text the scanner (emb-bundle-scan.c) has already checked, into a list of
 * members that points into one buffer reused from record to record.
 *
 * Everything else goes to JsonParser, which stays the JSON library of the
 * importer: a record with a list or an object in it (links, scores, nested
 * records), and any value whose reading could differ from json-glib's in
 * the least (a real number, a whole number of more than 18 digits, a \u
 * escape of a surrogate or of U+0000). A record read by JsonParser becomes
 * the same list of members (_emb_bundle_fields_from_object()), so the checks
 * see one kind of record whichever way it was read, and say the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-import-private.h"

/* A whole number of at most this many digits reads the same in any parser. */
#define MAX_INT_DIGITS 18

void
_emb_bundle_fields_init (EmbBundleFields *fields)
{
  fields->values = g_array_sized_new (FALSE, FALSE, sizeof (EmbBundleValue), 24);
  fields->text = NULL;   /* made for the first record read from text */
}

void
_emb_bundle_fields_clear (EmbBundleFields *fields)
{
  g_clear_pointer (&fields->values, g_array_unref);
  if (fields->text != NULL)
    g_string_free (g_steal_pointer (&fields->text), TRUE);
}

/**
 * _emb_bundle_fields_get:
 * @name: a member's name
 *
 * Returns: (nullable): the member called @name (the last one, if it comes
 *   twice), or %NULL when the record has none
 */
const EmbBundleValue *
_emb_bundle_fields_get (const EmbBundleFields *fields,
                        const char            *name)
{
  /* The last of two members of the same name wins. */
  for (guint i = fields->values->len; i-- > 0;)
    {
      const EmbBundleValue *value = &g_array_index (fields->values, EmbBundleValue, i);

      if (value->name[0] == name[0] && strcmp (value->name, name) == 0)
        return value;
    }
  return NULL;
}

/* From JSON text ---------------------------------------------------------- */

typedef struct
{
  const char *p;
  const char *end;
  GString    *out;
} Reader;

static void
skip_space (Reader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* Decodes the string at r->p (its opening quote) to the end of the buffer,
 * and gives where it starts there; FALSE for an escape that json-glib might
 * read otherwise. The buffer may move while a record is read: the members
 * keep offsets until it is whole. */
static gboolean
read_string (Reader *r,
             gsize  *at)
{
  const char *p = r->p + 1;

  *at = r->out->len;
  for (;;)
    {
      const char *run = p;
      char utf8[6];
      gunichar u;

      while (p < r->end && *p != '"' && *p != '\\')
        p++;
      g_string_append_len (r->out, run, p - run);
      if (p >= r->end)
        return FALSE;
      if (*p == '"')
        break;

      /* A backslash: the scanner checked that an escape follows. */
      switch (p[1])
        {
        case 'b': g_string_append_c (r->out, '\b'); break;
        case 'f': g_string_append_c (r->out, '\f'); break;
        case 'n': g_string_append_c (r->out, '\n'); break;
        case 'r': g_string_append_c (r->out, '\r'); break;
        case 't': g_string_append_c (r->out, '\t'); break;
        case 'u':
          u = (gunichar)(hex_value (p[2]) << 12 | hex_value (p[3]) << 8 |
                         hex_value (p[4]) << 4 | hex_value (p[5]));
          if (u == 0 || (u >= 0xD800 && u < 0xE000))
            return FALSE;
          g_string_append_len (r->out, utf8, g_unichar_to_utf8 (u, utf8));
          p += 4;
          break;
        default:   /* " \ / */
          g_string_append_c (r->out, p[1]);
          break;
        }
      p += 2;
    }
  g_string_append_c (r->out, '\0');
  r->p = p + 1;
  return TRUE;
}

static gboolean
read_word (Reader     *r,
           const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(r->end - r->p) < len || memcmp (r->p, word, len) != 0)
    return FALSE;
  r->p += len;
  return TRUE;
}

/* A whole number of a few digits; FALSE for anything else. */
static gboolean
read_int (Reader *r,
          gint64 *value)
{
  gboolean negative = FALSE;
  guint64 n = 0;
  guint digits = 0;

  if (*r->p == '-')
    {
      negative = TRUE;
      r->p++;
    }
  while (r->p < r->end && g_ascii_isdigit (*r->p))
    {
      if (++digits > MAX_INT_DIGITS)
        return FALSE;
      n = n * 10 + (guint64)(*r->p - '0');
      r->p++;
    }
  if (digits == 0 ||
      (r->p < r->end && (*r->p == '.' || *r->p == 'e' || *r->p == 'E')))
    return FALSE;
  *value = negative ? -(gint64)n : (gint64)n;
  return TRUE;
}

/* A value other than a list or an object; a string's text is left at
 * @text_at in the buffer. */
static gboolean
read_value (Reader         *r,
            EmbBundleValue *value,
            gsize          *text_at)
{
  switch (*r->p)
    {
    case '"':
      value->type = EMB_BUNDLE_VALUE_STRING;
      return read_string (r, text_at);
    case 't':
      value->type = EMB_BUNDLE_VALUE_BOOLEAN;
      value->i = 1;
      return read_word (r, "true");
    case 'f':
      value->type = EMB_BUNDLE_VALUE_BOOLEAN;
      return read_word (r, "false");
    case 'n':
      value->type = EMB_BUNDLE_VALUE_NULL;
      return read_word (r, "null");
    default:
      value->type = EMB_BUNDLE_VALUE_INT;
      if (!read_int (r, &value->i))
        return FALSE;
      value->d = (double)value->i;
      return TRUE;
    }
}

/* Where the name and the text of each member start in the buffer. */
typedef struct
{
  gsize name_at;
  gsize text_at;
} Offsets;

/**
 * _emb_bundle_fields_read:
 * @text: a JSON value that the scanner has checked
 * @end: the end of the text, at or past the end of the value
 * @next: (out): where the text goes on after the value
 *
 * Reads a flat object: one whose members are all text, whole numbers,
 * true, false or null. A member that comes twice keeps both values; the
 * last is the one _emb_bundle_fields_get() finds, as with json-glib.
 *
 * Returns: %FALSE when the value is anything else, or holds a value that
 *   json-glib might read differently: then read it with JsonParser
 */
gboolean
_emb_bundle_fields_read (EmbBundleFields  *fields,
                         const char       *text,
                         const char       *end,
                         const char      **next)
{
  Offsets offsets[EMB_BUNDLE_MAX_FLAT_MEMBERS];
  Reader r = { text, end, fields->text };
  guint n = 0;

  g_array_set_size (fields->values, 0);
  if (text >= end || *text != '{')
    return FALSE;
  if (fields->text == NULL)
    fields->text = g_string_sized_new (4096);
  g_string_truncate (fields->text, 0);
  r.out = fields->text;

  r.p++;
  skip_space (&r);
  if (r.p < r.end && *r.p == '}')
    {
      *next = r.p + 1;
      return TRUE;
    }

  for (;;)
    {
      EmbBundleValue value = { NULL };

      if (n == EMB_BUNDLE_MAX_FLAT_MEMBERS)
        return FALSE;
      skip_space (&r);
      if (r.p >= r.end || *r.p != '"' || !read_string (&r, &offsets[n].name_at))
        return FALSE;
      skip_space (&r);
      r.p++;   /* the colon */
      skip_space (&r);
      if (r.p >= r.end || *r.p == '{' || *r.p == '[' ||
          !read_value (&r, &value, &offsets[n].text_at))
        return FALSE;
      g_array_append_val (fields->values, value);
      n++;

      skip_space (&r);
      if (r.p < r.end && *r.p == ',')
        {
          r.p++;
          continue;
        }
      if (r.p < r.end && *r.p == '}')
        break;
      return FALSE;
    }

  /* The buffer is whole: from offsets to pointers. */
  for (guint i = 0; i < n; i++)
    {
      EmbBundleValue *value = &g_array_index (fields->values, EmbBundleValue, i);

      value->name = fields->text->str + offsets[i].name_at;
      if (value->type == EMB_BUNDLE_VALUE_STRING)
        value->s = fields->text->str + offsets[i].text_at;
    }
  *next = r.p + 1;
  return TRUE;
}

/* From json-glib ---------------------------------------------------------- */

/**
 * _emb_bundle_fields_from_object:
 * @object: a record as JsonParser read it; it must outlive @fields' use
 *
 * Lists the members of @object, each name once, in the order of the file.
 */
void
_emb_bundle_fields_from_object (EmbBundleFields *fields,
                                JsonObject      *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_array_set_size (fields->values, 0);
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      EmbBundleValue value = { name };

      switch (json_node_get_node_type (node))
        {
        case JSON_NODE_OBJECT:
          value.type = EMB_BUNDLE_VALUE_OBJECT;
          value.node = node;
          break;
        case JSON_NODE_ARRAY:
          value.type = EMB_BUNDLE_VALUE_ARRAY;
          value.node = node;
          break;
        case JSON_NODE_NULL:
          value.type = EMB_BUNDLE_VALUE_NULL;
          break;
        case JSON_NODE_VALUE:
        default:
          switch (json_node_get_value_type (node))
            {
            case G_TYPE_STRING:
              value.type = EMB_BUNDLE_VALUE_STRING;
              value.s = json_node_get_string (node);
              break;
            case G_TYPE_BOOLEAN:
              value.type = EMB_BUNDLE_VALUE_BOOLEAN;
              value.i = json_node_get_boolean (node);
              break;
            case G_TYPE_DOUBLE:
              value.type = EMB_BUNDLE_VALUE_DOUBLE;
              value.d = json_node_get_double (node);
              value.i = json_node_get_int (node);
              break;
            case G_TYPE_INT64:
            default:
              value.type = EMB_BUNDLE_VALUE_INT;
              value.i = json_node_get_int (node);
              value.d = json_node_get_double (node);
              break;
            }
          break;
        }
      g_array_append_val (fields->values, value);
    }
}

/* Skipping ------------------------------------------------------------------ */

static const char *
skip_string (const char *p,
             const char *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p + 1;
    }
  return end;
}

/**
 * _emb_bundle_skip_value:
 * @text: the start of a JSON value that the scanner has checked
 *
 * Returns: where the text goes on after the value
 */
const char *
_emb_bundle_skip_value (const char *text,
                        const char *end)
{
  const char *p = text;
  guint depth = 0;

  while (p < end)
    {
      switch (*p)
        {
        case '"':
          p = skip_string (p, end);
          if (depth == 0)
            return p;
          continue;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          if (depth == 0)
            return p;   /* the end of what holds a number or a word */
          if (--depth == 0)
            return p + 1;
          break;
        case ',':
          if (depth == 0)
            return p;
          break;
        default:
          /* A number or a word: it ends where punctuation or space does. */
          if (depth == 0 && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            return p;
          break;
        }
      p++;
    }
  return end;
}
