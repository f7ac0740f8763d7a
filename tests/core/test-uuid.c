/* test-uuid.c: the time-ordered UUIDs of new records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-record.h"
#include "emb-records.h"
#include "emb-test-util.h"
#include "emb-uuid.h"

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* The 48-bit time of a version 7 UUID, in milliseconds. */
static gint64
uuid_ms (const char *uuid)
{
  gint64 ms = 0;

  for (guint i = 0; i < 13; i++)
    {
      if (uuid[i] == '-')
        continue;
      ms = ms * 16 + hex_value (uuid[i]);
    }
  return ms;
}

static void
assert_version_7 (const char *uuid)
{
  g_assert_cmpuint (strlen (uuid), ==, EMB_UUID_LENGTH);
  g_assert_true (g_uuid_string_is_valid (uuid));
  for (guint i = 0; i < EMB_UUID_LENGTH; i++)
    if (i == 8 || i == 13 || i == 18 || i == 23)
      g_assert_cmpint (uuid[i], ==, '-');
    else
      g_assert_true (g_ascii_isxdigit (uuid[i]) && !g_ascii_isupper (uuid[i]));
  /* The version nibble, and the variant 10xx (RFC 9562). */
  g_assert_cmpint (uuid[14], ==, '7');
  g_assert_cmpint (hex_value (uuid[19]) & 0xc, ==, 0x8);
}

static void
test_format (void)
{
  gint64 before = g_get_real_time () / 1000;
  g_autofree char *uuid = emb_uuid_new ();
  gint64 after = g_get_real_time () / 1000;

  assert_version_7 (uuid);
  /* The first 48 bits are the time it was made. */
  g_assert_cmpint (uuid_ms (uuid), >=, before);
  g_assert_cmpint (uuid_ms (uuid), <=, after);
}

/* The time is written big-endian in the first 48 bits. Last of the tests:
 * the clock of this process is then at the end of time. */
static void
test_time_field (void)
{
  char written[EMB_UUID_LENGTH + 1];

  _emb_uuid_write_at (G_GINT64_CONSTANT (0xfedcba987654), written);
  assert_version_7 (written);
  g_assert_true (g_str_has_prefix (written, "fedcba98-7654-7"));
  g_assert_cmpint (uuid_ms (written), ==, G_GINT64_CONSTANT (0xfedcba987654));
}

/* Many in one millisecond, and a clock that steps back: each is greater
 * than the one before, and none is repeated. */
static void
test_monotonic (void)
{
  /* Ahead of the clock, so that no UUID made before is in the way. */
  const gint64 ms = g_get_real_time () / 1000 + G_GINT64_CONSTANT (3600000);
  char previous[EMB_UUID_LENGTH + 1];
  char uuid[EMB_UUID_LENGTH + 1];

  _emb_uuid_write_at (ms, previous);
  for (guint i = 0; i < 10000; i++)
    {
      _emb_uuid_write_at (ms, uuid);
      assert_version_7 (uuid);
      g_assert_cmpstr (previous, <, uuid);
      memcpy (previous, uuid, sizeof uuid);
    }
  /* Within one millisecond, the time stays that millisecond. */
  g_assert_cmpint (uuid_ms (uuid), ==, ms);

  /* The clock steps back a second: still increasing. */
  _emb_uuid_write_at (ms - 1000, uuid);
  g_assert_cmpstr (previous, <, uuid);
  memcpy (previous, uuid, sizeof uuid);

  /* The next millisecond starts a new counter above all of them. */
  _emb_uuid_write_at (ms + 1, uuid);
  g_assert_cmpstr (previous, <, uuid);
  g_assert_cmpint (uuid_ms (uuid), ==, ms + 1);
}

static void
test_unique (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *previous = NULL;

  for (guint i = 0; i < 100000; i++)
    {
      char *uuid = emb_uuid_new ();

      assert_version_7 (uuid);
      if (previous != NULL)
        g_assert_cmpstr (previous, <, uuid);
      g_assert_true (g_hash_table_add (seen, uuid));
      g_free (previous);
      previous = g_strdup (uuid);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 100000);
}

/* A new record gets one. */
static void
test_new_record (void)
{
  g_autoptr(EmbDepartment) dept = emb_department_new ();

  assert_version_7 (emb_record_get_uuid (EMB_RECORD (dept)));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/uuid/format", test_format);
  g_test_add_func ("/uuid/monotonic", test_monotonic);
  g_test_add_func ("/uuid/unique", test_unique);
  g_test_add_func ("/uuid/new-record", test_new_record);
  g_test_add_func ("/uuid/time-field", test_time_field);

  return g_test_run ();
}
