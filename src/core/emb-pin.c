/* emb-pin.c: personal and manager PINs, hashed and throttled
 *
 * A PIN is kept only as a libsodium Argon2id string (crypto_pwhash_str with
 * the interactive limits): employee.pin_hash for an employee, the setting
 * "manager-pin-hash" for the manager PIN. Neither a PIN nor a hash ever
 * reaches a log or an error message.
 *
 * Throttling, per subject (the employee's UUID, or "manager"), in the table
 * pin_throttle so that it survives a restart:
 * - every wrong PIN adds one to the subject's failures and sets
 *   locked_until = now + emb_pin_delay_for_failures (failures): nothing for
 *   the first EMB_PIN_FREE_FAILURES, then 30 s, 60 s, 120 s … up to an hour;
 * - a try before locked_until is refused with EMB_PIN_ERROR_LOCKED_OUT
 *   without looking at the PIN, so a locked-out guesser learns nothing;
 * - a right PIN removes the subject's row (the count starts again).
 * A badly formed PIN (not 4 to 8 digits) is refused as such and not
 * counted: it cannot be anyone's PIN.
 *
 * A hash made with other limits (the demo's fast ones, or older defaults)
 * is made again with the interactive limits at the next right PIN
 * (crypto_pwhash_str_needs_rehash).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pin"

#include "config.h"

#include <glib/gi18n.h>
#include <sodium.h>
#include <string.h>

#include "emb-pin-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

#define FIRST_DELAY_SECONDS 30
#define LONGEST_DELAY_SECONDS 3600

#define MANAGER_SUBJECT "manager"
#define MANAGER_PIN_KEY "manager-pin-hash"

G_DEFINE_QUARK (emb-pin-error-quark, emb_pin_error)

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
  return hash_with_limits (pin, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                           crypto_pwhash_MEMLIMIT_INTERACTIVE, error);
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

  return crypto_pwhash_str_needs_rehash (hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                         crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
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

/* Throttling -------------------------------------------------------------- */

static GDateTime *
now_or (GDateTime *now)
{
  return now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
}

static char *
format_utc (GDateTime *dt)
{
  g_autofree char *base = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (dt) / 1000);
}

/* The seconds before @subject may try again at @now, 0 when free; and the
 * failures counted so far. */
static gint64
subject_wait (EmbDatabase *db,
              const char  *subject,
              GDateTime   *now,
              guint       *failures)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) until = NULL;
  const char *locked_until;
  GTimeSpan span;

  if (failures != NULL)
    *failures = 0;

  stmt = _emb_database_prepare (db,
                                "SELECT failures, locked_until FROM pin_throttle"
                                " WHERE subject = ?1",
                                NULL);
  if (stmt == NULL)
    return 0;
  _emb_bind_text (stmt, 1, subject);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  if (failures != NULL)
    *failures = (guint)MAX (sqlite3_column_int64 (stmt, 0), 0);
  locked_until = _emb_column_text (stmt, 1);
  if (locked_until == NULL)
    return 0;
  until = g_date_time_new_from_iso8601 (locked_until, utc);
  if (until == NULL)
    return 0;

  span = g_date_time_difference (until, now);
  if (span <= 0)
    return 0;
  /* Whole seconds, rounded up: "wait 0 s" never means "still locked". */
  return (span + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND;
}

static gboolean
record_failure (EmbDatabase  *db,
                const char   *subject,
                GDateTime    *now,
                GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *now_text = format_utc (now);
  g_autofree char *until_text = NULL;
  guint failures = 0;
  gint64 delay;

  subject_wait (db, subject, now, &failures);
  if (failures < G_MAXINT)
    failures++;
  delay = emb_pin_delay_for_failures (failures);
  if (delay > 0)
    {
      until = g_date_time_add_seconds (now, (gdouble)delay);
      until_text = format_utc (until);
    }

  stmt = _emb_database_prepare (db,
                                "INSERT INTO pin_throttle (subject, failures, locked_until,"
                                " updated_at) VALUES (?1, ?2, ?3, ?4)"
                                " ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures,"
                                " locked_until = excluded.locked_until,"
                                " updated_at = excluded.updated_at",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, subject);
  sqlite3_bind_int64 (stmt, 2, failures);
  _emb_bind_text (stmt, 3, until_text);
  _emb_bind_text (stmt, 4, now_text);
  return _emb_database_step_done (db, stmt, error);
}

static gboolean
clear_failures (EmbDatabase  *db,
                const char   *subject,
                GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, "DELETE FROM pin_throttle WHERE subject = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, subject);
  return _emb_database_step_done (db, stmt, error);
}

static void
set_locked_out (GError **error,
                gint64   wait)
{
  g_autofree char *when = emb_pin_format_wait (wait);

  /* TRANSLATORS: the second %s is “Try again in 2 minutes.” */
  g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT,
               _("Too many wrong PINs. %s"), when);
}

/* Where a subject's hash is kept, for checking and rehashing. */
typedef struct
{
  const char *subject;
  gint64      employee_id;   /* 0: the manager PIN */
} PinOwner;

static gboolean
store_hash (EmbDatabase  *db,
            const PinOwner *owner,
            const char   *hash,
            GError      **error);

/* The check shared by employees and the manager, once the subject and its
 * stored hash are known. */
static gboolean
check_pin (EmbDatabase     *db,
           const PinOwner  *owner,
           const char      *hash,
           const char      *pin,
           GDateTime       *now,
           GError         **error)
{
  g_autoptr(GDateTime) at = now_or (now);
  gint64 wait;

  wait = subject_wait (db, owner->subject, at, NULL);
  if (wait > 0)
    {
      set_locked_out (error, wait);
      return FALSE;
    }

  if (hash == NULL || *hash == '\0')
    {
      if (owner->employee_id != 0)
        g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET,
                     _("No PIN has been set for you yet. Ask a manager to set one on "
                       "the People page."));
      else
        g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET,
                     _("No manager PIN has been set yet."));
      return FALSE;
    }

  if (!emb_pin_validate (pin, error))
    return FALSE;

  if (!emb_pin_verify (hash, pin))
    {
      gint64 next_wait;

      if (!record_failure (db, owner->subject, at, error))
        return FALSE;
      next_wait = subject_wait (db, owner->subject, at, NULL);
      if (next_wait > 0)
        {
          g_autofree char *when = emb_pin_format_wait (next_wait);

          /* TRANSLATORS: %s is “Try again in 30 seconds.” */
          g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG,
                       _("The PIN is not right. %s"), when);
        }
      else
        g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG, _("The PIN is not right."));
      return FALSE;
    }

  if (!clear_failures (db, owner->subject, error))
    return FALSE;

  /* A hash with weaker (or older) limits is made again now that the PIN is
   * known; a failure here keeps the old one and is no reason to refuse. */
  if (_emb_pin_needs_rehash (hash))
    {
      g_autofree char *fresh = emb_pin_hash (pin, NULL);

      if (fresh != NULL && !store_hash (db, owner, fresh, NULL))
        g_debug ("A PIN could not be rehashed");
    }

  return TRUE;
}

gint64
emb_pin_store_get_wait (EmbDatabase *db,
                        gint64       employee_id,
                        GDateTime   *now)
{
  g_autoptr(GDateTime) at = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  at = now_or (now);
  if (employee_id == 0)
    return subject_wait (db, MANAGER_SUBJECT, at, NULL);
  else
    {
      g_autoptr(EmbEmployee) employee = _emb_table_get (db, &emb_table_employee, employee_id, NULL);

      if (employee == NULL)
        return 0;
      return subject_wait (db, emb_record_get_uuid (EMB_RECORD (employee)), at, NULL);
    }
}

/* Employees --------------------------------------------------------------- */

static gboolean
store_hash (EmbDatabase     *db,
            const PinOwner  *owner,
            const char      *hash,
            GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = emb_now_iso8601 ();

  if (owner->employee_id == 0)
    return _emb_setting_set (db, MANAGER_PIN_KEY, hash, error);

  stmt = _emb_database_prepare_id (db,
                                   "UPDATE employee SET pin_hash = ?2, updated_at = ?3"
                                   " WHERE id = ?1",
                                   owner->employee_id, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, hash);
  _emb_bind_text (stmt, 3, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The employee no longer exists; they may have been deleted."));
      return FALSE;
    }
  _emb_database_defer_changed (db, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_UPDATED,
                               owner->employee_id);
  return TRUE;
}

/* The stored hash of an employee (NULL when none), or FALSE when the
 * employee does not exist. */
static gboolean
read_employee_hash (EmbDatabase  *db,
                    gint64        employee_id,
                    char        **hash,
                    GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (db, "SELECT pin_hash FROM employee WHERE id = ?1",
                                   employee_id, error);
  if (stmt == NULL ||
      !_emb_database_step_found (db, stmt,
                                 _("The employee no longer exists; they may have been deleted."),
                                 error))
    return FALSE;
  *hash = _emb_column_dup_text (stmt, 0);
  return TRUE;
}

/**
 * emb_pin_store_set_employee_pin:
 *
 * Sets (or replaces) an employee's PIN and forgets their wrong tries.
 *
 * Returns: %TRUE when set; otherwise %FALSE with a validation error on "pin",
 *   %EMB_PIN_ERROR_FAILED, or %EMB_DATABASE_ERROR_NOT_FOUND
 */
gboolean
emb_pin_store_set_employee_pin (EmbDatabase  *db,
                                gint64        employee_id,
                                const char   *pin,
                                GError      **error)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  hash = emb_pin_hash (pin, error);
  if (hash == NULL)
    return FALSE;
  return _emb_pin_store_set_employee_hash (db, employee_id, hash, error);
}

typedef struct
{
  gint64      employee_id;
  const char *hash;
} SetHash;

static gboolean
set_hash_in_transaction (EmbDatabase  *db,
                         gpointer      user_data,
                         GError      **error)
{
  const SetHash *data = user_data;
  g_autoptr(EmbEmployee) employee = NULL;
  PinOwner owner = { NULL, data->employee_id };

  employee = _emb_table_get (db, &emb_table_employee, data->employee_id, error);
  if (employee == NULL)
    return FALSE;
  owner.subject = emb_record_get_uuid (EMB_RECORD (employee));

  return store_hash (db, &owner, data->hash, error) &&
         clear_failures (db, owner.subject, error);
}

/* Stores a hash made already (or none, to clear the PIN). */
gboolean
_emb_pin_store_set_employee_hash (EmbDatabase  *db,
                                  gint64        employee_id,
                                  const char   *hash,
                                  GError      **error)
{
  SetHash data = { employee_id, hash };

  return emb_database_transaction (db, set_hash_in_transaction, &data, error);
}

gboolean
emb_pin_store_clear_employee_pin (EmbDatabase  *db,
                                  gint64        employee_id,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_pin_store_set_employee_hash (db, employee_id, NULL, error);
}

gboolean
emb_pin_store_employee_has_pin (EmbDatabase *db,
                                gint64       employee_id)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return read_employee_hash (db, employee_id, &hash, NULL) && hash != NULL && *hash != '\0';
}

typedef struct
{
  gint64      employee_id;
  const char *pin;
  GDateTime  *now;
} Check;

static gboolean
check_employee_in_transaction (EmbDatabase  *db,
                               gpointer      user_data,
                               GError      **error)
{
  const Check *data = user_data;
  g_autoptr(EmbEmployee) employee = NULL;
  g_autofree char *hash = NULL;
  PinOwner owner = { NULL, data->employee_id };

  employee = _emb_table_get (db, &emb_table_employee, data->employee_id, error);
  if (employee == NULL || !read_employee_hash (db, data->employee_id, &hash, error))
    return FALSE;
  if (!emb_employee_get_active (employee))
    {
      g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_INACTIVE,
                   _("“%s” no longer works here and cannot sign in."),
                   emb_employee_get_name (employee));
      return FALSE;
    }
  owner.subject = emb_record_get_uuid (EMB_RECORD (employee));

  return check_pin (db, &owner, hash, data->pin, data->now, error);
}

/* Runs a check whose wrong PIN must be counted even though the check fails:
 * the transaction function reports the refusal in @refusal and succeeds, so
 * that the count is committed. */
typedef struct
{
  EmbTransactionFunc  func;
  gpointer            data;
  GError             *refusal;
} Counted;

static gboolean
counted_in_transaction (EmbDatabase  *db,
                        gpointer      user_data,
                        GError      **error)
{
  Counted *counted = user_data;
  GError *local_error = NULL;

  if (counted->func (db, counted->data, &local_error))
    return TRUE;

  /* A refused PIN keeps its count; a failure of the database rolls back. */
  if (local_error->domain == EMB_PIN_ERROR || local_error->domain == EMB_VALIDATION_ERROR)
    {
      counted->refusal = local_error;
      return TRUE;
    }
  g_propagate_error (error, local_error);
  return FALSE;
}

static gboolean
run_counted (EmbDatabase         *db,
             EmbTransactionFunc   func,
             gpointer             data,
             GError             **error)
{
  Counted counted = { func, data, NULL };

  if (!emb_database_transaction (db, counted_in_transaction, &counted, error))
    return FALSE;
  if (counted.refusal != NULL)
    {
      g_propagate_error (error, counted.refusal);
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_pin_store_check_employee_pin:
 * @now: (nullable): the time of the try, or %NULL for now
 *
 * Checks the PIN of an active employee (see the top of this file for the
 * throttling). A right PIN made with weaker limits is rehashed.
 *
 * Returns: %TRUE when @pin is the employee's; otherwise %FALSE with
 *   %EMB_PIN_ERROR_WRONG, %EMB_PIN_ERROR_LOCKED_OUT (its message says how
 *   long to wait), %EMB_PIN_ERROR_NOT_SET, %EMB_PIN_ERROR_INACTIVE, a
 *   validation error on "pin", or %EMB_DATABASE_ERROR_NOT_FOUND
 */
gboolean
emb_pin_store_check_employee_pin (EmbDatabase  *db,
                                  gint64        employee_id,
                                  const char   *pin,
                                  GDateTime    *now,
                                  GError      **error)
{
  Check data = { employee_id, pin, now };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return run_counted (db, check_employee_in_transaction, &data, error);
}

/* The manager PIN --------------------------------------------------------- */

gboolean
emb_pin_store_set_manager_pin (EmbDatabase  *db,
                               const char   *pin,
                               GError      **error)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  hash = emb_pin_hash (pin, error);
  if (hash == NULL)
    return FALSE;
  return _emb_pin_store_set_manager_hash (db, hash, error);
}

static gboolean
set_manager_hash_in_transaction (EmbDatabase  *db,
                                 gpointer      user_data,
                                 GError      **error)
{
  return _emb_setting_set (db, MANAGER_PIN_KEY, user_data, error) &&
         clear_failures (db, MANAGER_SUBJECT, error);
}

gboolean
_emb_pin_store_set_manager_hash (EmbDatabase  *db,
                                 const char   *hash,
                                 GError      **error)
{
  return emb_database_transaction (db, set_manager_hash_in_transaction, (gpointer)hash, error);
}

gboolean
emb_pin_store_manager_has_pin (EmbDatabase *db)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  hash = _emb_setting_get (db, MANAGER_PIN_KEY);
  return hash != NULL && *hash != '\0';
}

static gboolean
check_manager_in_transaction (EmbDatabase  *db,
                              gpointer      user_data,
                              GError      **error)
{
  const Check *data = user_data;
  g_autofree char *hash = _emb_setting_get (db, MANAGER_PIN_KEY);
  PinOwner owner = { MANAGER_SUBJECT, 0 };

  return check_pin (db, &owner, hash, data->pin, data->now, error);
}

/**
 * emb_pin_store_check_manager_pin:
 * @now: (nullable): the time of the try, or %NULL for now
 *
 * As emb_pin_store_check_employee_pin(), for the manager PIN.
 */
gboolean
emb_pin_store_check_manager_pin (EmbDatabase  *db,
                                 const char   *pin,
                                 GDateTime    *now,
                                 GError      **error)
{
  Check data = { 0, pin, now };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return run_counted (db, check_manager_in_transaction, &data, error);
}
