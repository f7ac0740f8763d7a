/* test-bundle-record.c: a bundle's flat records read straight from the text
 *
 * The importer reads a flat record without JsonParser
 * (src/core/emb-bundle-record.c). What it reads must be what json-glib
 * reads, member for member, and whatever it cannot read the same way it
 * must leave to json-glib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "emb-bundle-import-private.h"
#include "emb-test-util.h"

/* Helpers ---------------------------------------------------------------- */

static void
assert_same_value (const EmbBundleValue *ours,
                   const EmbBundleValue *theirs,
                   const char           *text)
{
  if (ours->type != theirs->type)
    g_error ("%s: member “%s” read as type %d, json-glib reads type %d",
             text, ours->name, ours->type, theirs->type);
  switch (ours->type)
    {
    case EMB_BUNDLE_VALUE_STRING:
      g_assert_cmpstr (ours->s, ==, theirs->s);
      break;
    case EMB_BUNDLE_VALUE_INT:
      g_assert_cmpint (ours->i, ==, theirs->i);
      g_assert_cmpfloat (ours->d, ==, theirs->d);
      break;
    case EMB_BUNDLE_VALUE_BOOLEAN:
      g_assert_cmpint (ours->i, ==, theirs->i);
      break;
    case EMB_BUNDLE_VALUE_NULL:
      break;
    case EMB_BUNDLE_VALUE_DOUBLE:
    case EMB_BUNDLE_VALUE_ARRAY:
    case EMB_BUNDLE_VALUE_OBJECT:
    default:
      g_error ("%s: a flat record has no member of type %d", text, ours->type);
    }
}

/* Reads @text (an object followed by @tail) both ways. Returns whether the
 * reader took it; when it did, it read every member as json-glib does and
 * stopped where the object ends. */
static gboolean
read_both_ways (const char *text,
                const char *tail)
{
  g_autofree char *whole = g_strconcat (text, tail, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  EmbBundleFields ours, theirs;
  const char *next = NULL;
  gboolean took;

  _emb_bundle_fields_init (&ours);
  _emb_bundle_fields_init (&theirs);
  took = _emb_bundle_fields_read (&ours, whole, whole + strlen (whole), &next);
  if (took)
    {
      g_assert_true (next == whole + strlen (text));
      g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
      g_assert_no_error (error);
      _emb_bundle_fields_from_object (&theirs,
                                      json_node_get_object (json_parser_get_root (parser)));

      /* Every name json-glib sees, with the value json-glib keeps (the
       * last of a name that comes twice)... */
      for (guint i = 0; i < theirs.values->len; i++)
        {
          const EmbBundleValue *value = &g_array_index (theirs.values, EmbBundleValue, i);
          const EmbBundleValue *found = _emb_bundle_fields_get (&ours, value->name);

          if (found == NULL)
            g_error ("%s: member “%s” not read", text, value->name);
          assert_same_value (found, value, text);
        }
      /* ...and no other. */
      for (guint i = 0; i < ours.values->len; i++)
        g_assert_nonnull (_emb_bundle_fields_get (&theirs,
                                                  g_array_index (ours.values, EmbBundleValue,
                                                                 i).name));
    }
  _emb_bundle_fields_clear (&ours);
  _emb_bundle_fields_clear (&theirs);
  return took;
}

/* Tests ------------------------------------------------------------------ */

/* Records as exports and people write them. */
static void
test_flat_records (void)
{
  static const char * const records[] = {
    "{}",
    "{ }",
    "{\"uuid\":\"4357e07c-d736-43b1-a880-42e01189acf2\",\"score\":7,\"text\":\"Fair.\"}",
    "{\n  \"name\" : \"Shop\" ,\r\n\t\"office\": \"front\"\n}",
    "{\"a\":true,\"b\":false,\"c\":null,\"d\":0,\"e\":-0,\"f\":-12,\"g\":999999999999999999}",
    "{\"text\":\"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t end\"}",
    "{\"text\":\"caf\\u00e9 \\u20ac \\u0041\\u00DF\"}",
    "{\"text\":\"Zwolniony — Αποχώρηση, 日本語, 😀\"}",
    "{\"a\\u0062\":1,\"\":2}",
    "{\"a\":1,\"b\":2,\"a\":\"three\"}",
    "{\"a\":\"\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    {
      if (!read_both_ways (records[i], ""))
        g_error ("%s: not read", records[i]);
      g_assert_true (read_both_ways (records[i], " ,{\"next\":1}]"));
    }
}

/* What json-glib may read otherwise is left to it. */
static void
test_left_to_json_glib (void)
{
  static const char * const records[] = {
    "{\"a\":[1,2]}",
    "{\"a\":{\"b\":1}}",
    "{\"a\":1.5}",
    "{\"a\":1e2}",
    "{\"a\":1E400}",
    "{\"a\":9223372036854775808}",
    "{\"a\":1234567890123456789}",
    "{\"a\":\"x\\u0000y\"}",
    "{\"a\":\"\\ud83d\\ude00\"}",
    "{\"a\":\"\\ude00\"}",
    "[1]",
    "\"text\"",
  };
  g_autoptr(GString) many = g_string_new ("{");

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    if (read_both_ways (records[i], ""))
      g_error ("%s: read, but it is json-glib's to read", records[i]);

  for (guint i = 0; i <= EMB_BUNDLE_MAX_FLAT_MEMBERS; i++)
    g_string_append_printf (many, "%s\"m%u\":%u", i > 0 ? "," : "", i, i);
  g_string_append_c (many, '}');
  g_assert_false (read_both_ways (many->str, ""));
}

/* Returns whether the string is plain: no \u0000, no surrogate. */
static gboolean
append_random_string (GString *out,
                      GRand   *rand)
{
  static const char * const pieces[] = {
    "a", "Z", " ", "é", "€", "😀", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
    "\\u00e9", "\\u20AC", "\\u0001", "\\u0000", "\\ud83d\\ude00", "\\udc00", "'", ",", ":",
    "}", "]", "{", "[",
  };
  guint n = g_rand_int_range (rand, 0, 12);
  gboolean plain = TRUE;

  g_string_append_c (out, '"');
  for (guint i = 0; i < n; i++)
    {
      const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

      g_string_append (out, piece);
      plain = plain && !g_str_equal (piece, "\\u0000") && !g_str_has_prefix (piece, "\\ud");
    }
  g_string_append_c (out, '"');
  return plain;
}

/* Returns whether the value is plain: text, whole numbers of a few
 * digits, true, false or null. */
static gboolean
append_random_value (GString *out,
                     GRand   *rand)
{
  gsize start = out->len;

  switch (g_rand_int_range (rand, 0, 12))
    {
    case 0: g_string_append (out, "true"); return TRUE;
    case 1: g_string_append (out, "false"); return TRUE;
    case 2: g_string_append (out, "null"); return TRUE;
    case 3: g_string_append_printf (out, "%d", g_rand_int_range (rand, -1000, 1000)); return TRUE;
    case 4:
      g_string_append_printf (out, "%" G_GINT64_FORMAT,
                              (gint64)g_rand_int (rand) * (gint64)g_rand_int_range (rand, 0, 1 << 30));
      return strspn (out->str + start, "-0123456789") == out->len - start &&
             out->len - start - (out->str[start] == '-') <= 18;
    case 5: g_string_append (out, "-0"); return TRUE;
    case 6:
      g_string_append_printf (out, "%d.%d", g_rand_int_range (rand, 0, 99),
                              g_rand_int_range (rand, 0, 99));
      return FALSE;
    case 7: g_string_append (out, "[\"x\", 1]"); return FALSE;
    case 8: g_string_append (out, "{\"inner\": \"x\"}"); return FALSE;
    default: return append_random_string (out, rand);
    }
}

/* Many records made of the pieces above: each is either read as json-glib
 * reads it, or left to json-glib; a record of text, whole numbers of a few
 * digits, true, false and null without a \u0000 or a surrogate is always
 * read. */
static void
test_random_records (void)
{
  static const char * const names[] = { "uuid", "name", "text", "score", "n", "é", "a\\\"b" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  guint taken = 0;

  for (guint round = 0; round < 4000; round++)
    {
      g_autoptr(GString) text = g_string_new ("{");
      guint n = g_rand_int_range (rand, 0, 8);
      gboolean plain = TRUE;

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (text, g_rand_boolean (rand) ? "," : " ,\n ");
          g_string_append_printf (text, "\"%s\"%s:", names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                                  g_rand_boolean (rand) ? " " : "");
          plain = append_random_value (text, rand) && plain;
        }
      g_string_append_c (text, '}');

      if (read_both_ways (text->str, ", {}"))
        taken++;
      else if (plain)
        g_error ("%s: a plain record not read", text->str);
    }
  /* Most records are plain enough. */
  g_assert_cmpuint (taken, >, 1000);
}

static void
test_skip_value (void)
{
  static const struct { const char *text; const char *rest; } values[] = {
    { "\"a\\\"]}\"", ",x" },
    { "{\"a\": [1, {\"b\": \"]}\"}], \"c\": null}", " ]" },
    { "[[], {}, \"\\\\\"]", "," },
    { "-12.5e3", " ," },
    { "true", "]" },
    { "null", "}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *whole = g_strconcat (values[i].text, values[i].rest, NULL);

      g_assert_true (_emb_bundle_skip_value (whole, whole + strlen (whole)) ==
                     whole + strlen (values[i].text));
    }
}

/* The importer's one-pass check of a UUID accepts what
 * g_uuid_string_is_valid() accepts, and lowers its case. */
static void
test_normalise_uuid (void)
{
  static const char * const texts[] = {
    "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90", "0B7D5A4E-3C0F-4D1B-9A6E-2F4C8E1D7B90",
    "0b7d5A4e-3c0F-4d1b-9A6e-2f4c8e1d7b9F", "00000000-0000-0000-0000-000000000000",
    "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9", "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b900",
    "0b7d5a4e3c0f-4d1b-9a6e-2f4c8e1d7b90-", "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9g",
    "0b7d5a4e-3c0f-4d1b-9a6e_2f4c8e1d7b90", "{b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b90",
    "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9 ", "0b7d5a4e-3c0f-4d1b-9a6e--f4c8e1d7b90",
    "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9@", "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9`",
    "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9G", "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9/",
    "0b7d5a4e-3c0f-4d1b-9a6e-2f4c8e1d7b9:", "", "-",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      char out[37];
      gboolean valid = _emb_bundle_normalise_uuid (texts[i], out);

      if (valid != g_uuid_string_is_valid (texts[i]))
        g_error ("“%s”: %s here, %s by GLib", texts[i], valid ? "valid" : "invalid",
                 valid ? "invalid" : "valid");
      if (valid)
        {
          g_autofree char *lower = g_ascii_strdown (texts[i], -1);

          g_assert_cmpstr (out, ==, lower);
        }
    }
  g_assert_false (_emb_bundle_normalise_uuid (NULL, (char[37]){ 0 }));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/bundle-record/flat-records", test_flat_records);
  g_test_add_func ("/bundle-record/left-to-json-glib", test_left_to_json_glib);
  g_test_add_func ("/bundle-record/random-records", test_random_records);
  g_test_add_func ("/bundle-record/skip-value", test_skip_value);
  g_test_add_func ("/bundle-record/normalise-uuid", test_normalise_uuid);

  return g_test_run ();
}
