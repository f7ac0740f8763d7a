/* emb-pin.c: PINs hashed with libsodium
 *
 * The pure part of the PINs: checking their form, hashing them into a
 * libsodium Argon2id string (crypto_pwhash_str with the interactive limits)
 * and verifying one against such a string, and the delays of the
 * throttling. Where hashes are kept and how wrong PINs are counted is in
 * emb-pin-store.c. Neither a PIN nor a hash ever reaches a log or an error
 * message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pin"

#include "config.h"

#include <glib/gi18n.h>
#include <sodium.h>
#include <string.h>

#include "emb-pin-private.h"
#include "emb-validate-private.h"

#define FIRST_DELAY_SECONDS 30
#define LONGEST_DELAY_SECONDS 3600

G_DEFINE_QUARK (emb-pin-error-quark, emb_pin_error)

/* Tests of other things than the PINs themselves sign in many times. */
static gboolean least_limits = FALSE;

static unsigned long long
opslimit (void)
{
  return least_limits ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

static size_t
memlimit (void)
{
  return least_limits ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

/* For tests only: hash (and judge hashes) with the least limits. */
void
_emb_pin_use_least_limits (gboolean least)
{
  least_limits = least;
}

static gboolean
ensure_sodium (void)
{
  static gsize initialised = 0;
  static gboolean ready = FALSE;

  if (g_once_init_enter (&initialised))
    {
      ready = sodium_init () >= 0;
      g_once_init_leave (&initialised, 1);
    }
  return ready;
}

/* Pure functions ---------------------------------------------------------- */

/**
 * emb_pin_validate:
 *
 * Checks that @pin is 4 to 8 digits (0–9). The error never repeats the PIN.
 *
 * Returns: %TRUE when it is; otherwise %FALSE with
 *   %EMB_VALIDATION_ERROR_REQUIRED or %EMB_VALIDATION_ERROR_INVALID on "pin"
 */
gboolean
emb_pin_validate (const char  *pin,
                  GError     **error)
{
  gsize len;

  if (pin == NULL || *pin == '\0')
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "pin",
                                _("Enter a PIN."));
      return FALSE;
    }

  len = strlen (pin);
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (pin[i]))
      {
        emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "pin",
                                  _("A PIN has digits only, from %d to %d of them."),
                                  EMB_PIN_MIN_DIGITS, EMB_PIN_MAX_DIGITS);
        return FALSE;
      }

  if (len < EMB_PIN_MIN_DIGITS || len > EMB_PIN_MAX_DIGITS)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "pin",
                                _("A PIN has from %d to %d digits."),
                                EMB_PIN_MIN_DIGITS, EMB_PIN_MAX_DIGITS);
      return FALSE;
    }

  return TRUE;
}

static char *
hash_with_limits (const char          *pin,
                  unsigned long long   opslimit,
                  size_t               memlimit,
                  GError             **error)
{
  char out[crypto_pwhash_STRBYTES];

  if (!emb_pin_validate (pin, error))
    return NULL;

  if (!ensure_sodium () ||
      crypto_pwhash_str (out, pin, strlen (pin), opslimit, memlimit) != 0)
    {
      g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_FAILED,
                   _("The PIN could not be stored safely: the computer is short of memory."));
      return NULL;
    }

  return g_strdup (out);
}

/**
 * emb_pin_hash:
 *
 * Returns: (transfer full): the Argon2id string of a valid @pin, with
 *   libsodium's interactive limits, or %NULL with an error (a badly formed
 *   PIN on "pin", or %EMB_PIN_ERROR_FAILED)
 */
char *
emb_pin_hash (const char  *pin,
              GError     **error)
{
  return hash_with_limits (pin, opslimit (), memlimit (), error);
}

/* The demo organisation hashes hundreds of PINs: with the least limits, made
 * again with the interactive ones at each person's first sign-in. */
char *
_emb_pin_hash_fast (const char  *pin,
                    GError     **error)
{
  return hash_with_limits (pin, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, error);
}

/* The demo organisation must come out the same for the same seed, so its
 * hashes take their salt from @salt_source (the employee's UUID) instead of
 * random bytes: the same Argon2id string crypto_pwhash_str() writes, with
 * the least limits. Never for a real PIN. */
char *
_emb_pin_hash_demo (const char  *pin,
                    const char  *salt_source,
                    GError     **error)
{
  unsigned char salt[crypto_pwhash_SALTBYTES];
  unsigned char hash[32];
  char salt_b64[sodium_base64_ENCODED_LEN (sizeof salt, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)];
  char hash_b64[sodium_base64_ENCODED_LEN (sizeof hash, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)];

  if (!emb_pin_validate (pin, error))
    return NULL;

  if (!ensure_sodium () ||
      crypto_generichash (salt, sizeof salt, (const unsigned char *)salt_source,
                          strlen (salt_source), NULL, 0) != 0 ||
      crypto_pwhash (hash, sizeof hash, pin, strlen (pin), salt, crypto_pwhash_OPSLIMIT_MIN,
                     crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_FAILED,
                   _("The PIN could not be stored safely: the computer is short of memory."));
      return NULL;
    }

  sodium_bin2base64 (salt_b64, sizeof salt_b64, salt, sizeof salt,
                     sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
  sodium_bin2base64 (hash_b64, sizeof hash_b64, hash, sizeof hash,
                     sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
  return g_strdup_printf ("$argon2id$v=19$m=%zu,t=%llu,p=1$%s$%s",
                          (size_t)crypto_pwhash_MEMLIMIT_MIN / 1024,
                          (unsigned long long)crypto_pwhash_OPSLIMIT_MIN, salt_b64, hash_b64);
}

/* Frees a PIN kept for a moment, overwritten first. */
void
_emb_pin_wipe (char *pin)
{
  if (pin == NULL)
    return;
  sodium_memzero (pin, strlen (pin));
  g_free (pin);
}

/**
 * emb_pin_verify:
 * @hash: (nullable): a string of emb_pin_hash()
 *
 * Returns: whether @pin matches @hash (never when either is %NULL)
 */
gboolean
emb_pin_verify (const char *hash,
                const char *pin)
{
  if (hash == NULL || pin == NULL || !ensure_sodium ())
    return FALSE;

  return crypto_pwhash_str_verify (hash, pin, strlen (pin)) == 0;
}

/* Whether @hash was made with other limits than emb_pin_hash() uses. */
gboolean
_emb_pin_needs_rehash (const char *hash)
{
  if (hash == NULL || !ensure_sodium ())
    return FALSE;

  return crypto_pwhash_str_needs_rehash (hash, opslimit (), memlimit ()) != 0;
}

gint64
emb_pin_delay_for_failures (guint failures)
{
  gint64 delay = FIRST_DELAY_SECONDS;

  if (failures <= EMB_PIN_FREE_FAILURES)
    return 0;

  for (guint i = EMB_PIN_FREE_FAILURES + 1; i < failures && delay < LONGEST_DELAY_SECONDS; i++)
    delay *= 2;

  return MIN (delay, LONGEST_DELAY_SECONDS);
}

/**
 * emb_pin_format_wait:
 * @seconds: how long to wait, more than 0
 *
 * Returns: (transfer full): "Try again in 30 seconds." or, from a minute on,
 *   in whole minutes rounded up ("Try again in 2 minutes.")
 */
char *
emb_pin_format_wait (gint64 seconds)
{
  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Try again in %d second.",
                                         "Try again in %d seconds.",
                                         (gulong)MAX (seconds, 1)),
                            (int)MAX (seconds, 1));
  else
    {
      int minutes = (int)((seconds + 59) / 60);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Try again in %d minute.",
                                           "Try again in %d minutes.",
                                           (gulong)minutes),
                              minutes);
    }
}
