/* emb-uuid.c: the UUIDs of new records
 *
 * New records get time-ordered UUIDs (version 7, RFC 9562): the first 48
 * bits are the Unix time in milliseconds, so that the UUIDs of records made
 * one after the other sort one after the other, and the unique index on
 * uuid grows at its end instead of at random places (a million rows: a
 * few leaf pages touched instead of all of them).
 *
 * The 74 bits left after the version and the variant are a 42-bit counter
 * (rand_a and the top 30 bits of rand_b), started at a random value in its
 * lower half on each new millisecond and stepped by one within it, then 32
 * random bits (RFC 9562, section 6.2, method 1). So the UUIDs of this
 * process increase strictly, also when many are made in one millisecond or
 * when the clock steps back (the last millisecond is kept until the clock
 * passes it; a counter run out moves on to the next one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-uuid"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-uuid.h"

#define COUNTER_BITS 42
#define COUNTER_LIMIT (G_GUINT64_CONSTANT (1) << COUNTER_BITS)

G_LOCK_DEFINE_STATIC (uuid_state);
static gint64 last_ms = -1;
static guint64 counter;

static guint64
random_counter (void)
{
  /* The lower half, so that a millisecond has room for 2^41 more. */
  return (((guint64)g_random_int () << 32) | g_random_int ()) & (COUNTER_LIMIT / 2 - 1);
}

static void
format (const guint8  bytes[16],
        char          out[EMB_UUID_LENGTH + 1])
{
  static const char hex[] = "0123456789abcdef";
  guint j = 0;

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[j++] = '-';
      out[j++] = hex[bytes[i] >> 4];
      out[j++] = hex[bytes[i] & 0xf];
    }
  out[j] = '\0';
}

/**
 * _emb_uuid_write_at:
 * @unix_ms: the time of the UUID, in milliseconds since 1970
 * @out: (out caller-allocates): 37 bytes for the UUID and its nul
 *
 * Writes the next UUID of this process as if the clock said @unix_ms.
 */
void
_emb_uuid_write_at (gint64 unix_ms,
                    char   out[EMB_UUID_LENGTH + 1])
{
  guint8 bytes[16];
  guint64 ms, count, rand_a, rand_b;

  g_return_if_fail (out != NULL);

  unix_ms = CLAMP (unix_ms, 0, (G_GINT64_CONSTANT (1) << 48) - 1);

  G_LOCK (uuid_state);
  if (unix_ms > last_ms)
    {
      last_ms = unix_ms;
      counter = random_counter ();
    }
  else if (++counter >= COUNTER_LIMIT)
    {
      last_ms++;
      counter = random_counter ();
    }
  ms = (guint64)last_ms;
  count = counter;
  G_UNLOCK (uuid_state);

  rand_a = count >> 30;
  rand_b = ((count & ((G_GUINT64_CONSTANT (1) << 30) - 1)) << 32) | g_random_int ();

  for (guint i = 0; i < 6; i++)
    bytes[i] = (guint8)(ms >> (40 - 8 * i));
  bytes[6] = (guint8)(0x70 | (rand_a >> 8));
  bytes[7] = (guint8)rand_a;
  bytes[8] = (guint8)(0x80 | ((rand_b >> 56) & 0x3f));
  for (guint i = 9; i < 16; i++)
    bytes[i] = (guint8)(rand_b >> (8 * (15 - i)));

  format (bytes, out);
}

/**
 * emb_uuid_write:
 * @out: (out caller-allocates): 37 bytes for the UUID and its nul
 *
 * Writes a new time-ordered UUID (version 7) in lower case, without
 * allocating: for an import that makes a million of them.
 */
void
emb_uuid_write (char out[EMB_UUID_LENGTH + 1])
{
  _emb_uuid_write_at (g_get_real_time () / 1000, out);
}

/**
 * emb_uuid_new:
 *
 * Returns: (transfer full): a new time-ordered UUID (version 7), the UUID
 *   of a new record
 */
char *
emb_uuid_new (void)
{
  char *uuid = g_malloc (EMB_UUID_LENGTH + 1);

  emb_uuid_write (uuid);
  return uuid;
}
