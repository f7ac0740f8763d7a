/* emb-pin-store.c: where PIN hashes are kept, and how wrong PINs are counted
 *
 * An employee's hash is employee.pin_hash, the manager PIN's the setting
 * "manager-pin-hash"; both are Argon2id strings of emb-pin.c.
 *
 * Throttling, per subject (the employee's UUID, or "manager"), in the table
 * pin_throttle so that it survives a restart:
 * - every try adds one to the subject's failures and sets
 *   locked_until = now + emb_pin_delay_for_failures (failures): nothing for
 *   the first EMB_PIN_FREE_FAILURES, then 30 s, 60 s, 120 s … up to an hour;
 *   the try is counted before its PIN is verified, in the same write
 *   transaction that looks at the lock, so tries begun at once (on threads,
 *   in two processes) cannot all slip in before the first is counted, and a
 *   try cut short (a crash, a cancelled window) counts as wrong;
 * - a try before locked_until is refused with EMB_PIN_ERROR_LOCKED_OUT
 *   without looking at the PIN, so a locked-out guesser learns nothing;
 * - a right PIN removes the subject's row (the count starts again).
 * Wrong employee PINs are also counted together, whoever they were typed
 * for (the subject "staff"), so that nobody can try one common PIN for
 * many people: after EMB_PIN_FREE_FAILURES_ALL of them within an hour every
 * employee sign-in waits, 30 s doubling as for one person. A right PIN does
 * not clear that count (or a guesser with a PIN of their own would); an hour
 * without a wrong PIN does.
 * Locked-until is stored and compared in UTC (ISO 8601 with a Z). Timing
 * tells nothing a message does not: an employee without a PIN, or who has
 * left, is told so, so no dummy hash is verified for them.
 * A badly formed PIN (not 4 to 8 digits) is refused as such and not
 * counted: it cannot be anyone's PIN.
 *
 * A hash made with other limits (the demo's fast ones, or older defaults)
 * is made again with the interactive limits at the next right PIN.
 *
 * A check runs in three steps: reading the subject and its hash and
 * counting the try (the database, on the caller's thread), verifying the PIN (Argon2id, tens of
 * milliseconds and 64 MiB: on a worker thread in the _async() variants of
 * emb-pin-store-async.c, so a window never misses a frame), and recording
 * the outcome (the database again, in one transaction, on the caller's
 * thread).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pin"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pin-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

#define MANAGER_SUBJECT "manager"
#define STAFF_SUBJECT   "staff"
/* Wrong PINs of everyone older than this are forgotten. */
#define STAFF_WINDOW_SECONDS 3600
#define MANAGER_PIN_KEY "manager-pin-hash"

/* Time --------------------------------------------------------------------- */

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

/* Throttling --------------------------------------------------------------- */

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

/* What a counted try changed of a subject's row, to take it back when the
 * PIN was right (everyone's count only). */
typedef struct
{
  char *until_before;     /* locked_until before the try (NULL: none) */
  char *updated_before;   /* updated_at before the try (NULL: no row) */
  char *until_set;        /* what the try set */
  char *updated_set;
} Counted;

static void
counted_clear (Counted *counted)
{
  g_clear_pointer (&counted->until_before, g_free);
  g_clear_pointer (&counted->updated_before, g_free);
  g_clear_pointer (&counted->until_set, g_free);
  g_clear_pointer (&counted->updated_set, g_free);
}

/* The row's times as they are, into @counted. */
static void
read_times (EmbDatabase *db,
            const char  *subject,
            Counted     *counted)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db,
                                                        "SELECT locked_until, updated_at"
                                                        " FROM pin_throttle WHERE subject = ?1",
                                                        NULL);

  if (stmt == NULL)
    return;
  _emb_bind_text (stmt, 1, subject);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      counted->until_before = _emb_column_dup_text (stmt, 0);
      counted->updated_before = _emb_column_dup_text (stmt, 1);
    }
}

/* @spare: failures allowed beyond EMB_PIN_FREE_FAILURES before the first
 * delay. @counted: (nullable): what the try changed, to take it back. */
static gboolean
record_failure (EmbDatabase  *db,
                const char   *subject,
                guint         spare,
                GDateTime    *now,
                Counted      *counted,
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
  delay = emb_pin_delay_for_failures (failures > spare ? failures - spare : 0);
  if (delay > 0)
    {
      until = g_date_time_add_seconds (now, (gdouble)delay);
      until_text = format_utc (until);
    }
  if (counted != NULL)
    {
      counted_clear (counted);
      read_times (db, subject, counted);
      counted->until_set = g_strdup (until_text);
      counted->updated_set = g_strdup (now_text);
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

/* Forgets the wrong PINs of everyone when the last was an hour ago (and
 * no delay runs). */
static gboolean
forget_old_staff_failures (EmbDatabase  *db,
                           GDateTime    *now,
                           GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GDateTime) since = g_date_time_add_seconds (now, -STAFF_WINDOW_SECONDS);
  g_autofree char *since_text = format_utc (since);
  g_autofree char *now_text = format_utc (now);

  stmt = _emb_database_prepare (db,
                                "DELETE FROM pin_throttle WHERE subject = ?1 AND updated_at < ?2"
                                " AND (locked_until IS NULL OR locked_until <= ?3)",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, STAFF_SUBJECT);
  _emb_bind_text (stmt, 2, since_text);
  _emb_bind_text (stmt, 3, now_text);
  return _emb_database_step_done (db, stmt, error);
}

/* A right employee PIN takes back what its try did to everyone's count:
 * one failure, and the delay and time it set, unless a try since changed
 * them. A row left with nothing is removed. */
static gboolean
uncount_staff_try (EmbDatabase  *db,
                   Counted      *counted,
                   GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(EmbStatement) drop = NULL;

  stmt = _emb_database_prepare (db,
                                "UPDATE pin_throttle SET failures = max (failures - 1, 0),"
                                " locked_until = CASE WHEN locked_until IS ?2 THEN ?3"
                                " ELSE locked_until END,"
                                " updated_at = CASE WHEN updated_at IS ?4 THEN coalesce (?5, updated_at)"
                                " ELSE updated_at END"
                                " WHERE subject = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, STAFF_SUBJECT);
  _emb_bind_text (stmt, 2, counted->until_set);
  _emb_bind_text (stmt, 3, counted->until_before);
  _emb_bind_text (stmt, 4, counted->updated_set);
  _emb_bind_text (stmt, 5, counted->updated_before);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;
  drop = _emb_database_prepare (db,
                                "DELETE FROM pin_throttle WHERE subject = ?1 AND failures = 0"
                                " AND locked_until IS NULL",
                                error);
  if (drop == NULL)
    return FALSE;
  _emb_bind_text (drop, 1, STAFF_SUBJECT);
  return _emb_database_step_done (db, drop, error);
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

/**
 * emb_pin_store_get_wait:
 * @employee_id: an employee, or 0 for the manager PIN
 * @now: (nullable): the time, or %NULL for now
 *
 * Returns: the seconds before the next try is allowed, 0 when it is now
 */
gint64
emb_pin_store_get_wait (EmbDatabase *db,
                        gint64       employee_id,
                        GDateTime   *now)
{
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(EmbEmployee) employee = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  at = now_or (now);
  if (employee_id == 0)
    return subject_wait (db, MANAGER_SUBJECT, at, NULL);

  employee = _emb_table_get (db, &emb_table_employee, employee_id, NULL);
  if (employee == NULL)
    return 0;
  return MAX (subject_wait (db, emb_record_get_uuid (EMB_RECORD (employee)), at, NULL),
              subject_wait (db, STAFF_SUBJECT, at, NULL));
}

/* Hashes -------------------------------------------------------------------- */

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

/* Stores @hash (NULL: none) for the employee, or the manager with 0. */
static gboolean
store_hash (EmbDatabase  *db,
            gint64        employee_id,
            const char   *hash,
            GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = NULL;

  if (employee_id == 0)
    return _emb_setting_set (db, MANAGER_PIN_KEY, hash, error);

  stmt = _emb_database_prepare_id (db,
                                   "UPDATE employee SET pin_hash = ?2, updated_at = ?3"
                                   " WHERE id = ?1",
                                   employee_id, error);
  if (stmt == NULL)
    return FALSE;
  now = emb_now_iso8601 ();
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
  /* The People page shows who has a PIN. */
  _emb_database_defer_changed (db, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_UPDATED, employee_id);
  return TRUE;
}

/* The subject of the employee, or the manager with 0. */
static char *
subject_of (EmbDatabase  *db,
            gint64        employee_id,
            GError      **error)
{
  g_autoptr(EmbEmployee) employee = NULL;

  if (employee_id == 0)
    return g_strdup (MANAGER_SUBJECT);
  employee = _emb_table_get (db, &emb_table_employee, employee_id, error);
  if (employee == NULL)
    return NULL;
  return g_strdup (emb_record_get_uuid (EMB_RECORD (employee)));
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
  g_autofree char *subject = subject_of (db, data->employee_id, error);

  return subject != NULL &&
         store_hash (db, data->employee_id, data->hash, error) &&
         clear_failures (db, subject, error);
}

/* Stores a hash made already (NULL: none) and forgets the wrong tries. */
gboolean
_emb_pin_store_set_employee_hash (EmbDatabase  *db,
                                  gint64        employee_id,
                                  const char   *hash,
                                  GError      **error)
{
  SetHash data = { employee_id, hash };

  g_return_val_if_fail (employee_id > 0, FALSE);

  return emb_database_transaction (db, set_hash_in_transaction, &data, error);
}

gboolean
_emb_pin_store_set_manager_hash (EmbDatabase  *db,
                                 const char   *hash,
                                 GError      **error)
{
  SetHash data = { 0, hash };

  return emb_database_transaction (db, set_hash_in_transaction, &data, error);
}

/**
 * emb_pin_store_set_employee_pin:
 *
 * Sets (or replaces) an employee's PIN and forgets their wrong tries. The
 * hashing takes a moment: a window calls
 * emb_pin_store_set_employee_pin_async().
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
  return hash != NULL && _emb_pin_store_set_employee_hash (db, employee_id, hash, error);
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

gboolean
emb_pin_store_set_manager_pin (EmbDatabase  *db,
                               const char   *pin,
                               GError      **error)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  hash = emb_pin_hash (pin, error);
  return hash != NULL && _emb_pin_store_set_manager_hash (db, hash, error);
}

gboolean
emb_pin_store_manager_has_pin (EmbDatabase *db)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  hash = _emb_setting_get (db, MANAGER_PIN_KEY);
  return hash != NULL && *hash != '\0';
}

/* Checking ------------------------------------------------------------------ */

struct _EmbPinCheck
{
  gint64     employee_id;   /* 0: the manager PIN */
  char      *pin;
  GDateTime *at;
  char      *subject;
  char      *hash;          /* as stored when the check began */
  gboolean   right;
  char      *fresh;         /* the PIN hashed again, when the stored hash is weak */
  Counted    staff;         /* what the try did to everyone's count */
};

typedef EmbPinCheck Check;

void
_emb_pin_check_free (Check *check)
{
  _emb_pin_wipe (check->pin);
  g_clear_pointer (&check->at, g_date_time_unref);
  g_free (check->subject);
  g_free (check->hash);
  g_free (check->fresh);
  counted_clear (&check->staff);
  g_free (check);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Check, _emb_pin_check_free)

Check *
_emb_pin_check_new (gint64      employee_id,
                    const char *pin,
                    GDateTime  *now)
{
  Check *check = g_new0 (Check, 1);

  check->employee_id = employee_id;
  check->pin = g_strdup (pin);
  check->at = now_or (now);
  return check;
}

/* Fails with EMB_PIN_ERROR_LOCKED_OUT while the subject must wait. */
static gboolean
refuse_locked_out (EmbDatabase  *db,
                   Check        *check,
                   GError      **error)
{
  gint64 wait = subject_wait (db, check->subject, check->at, NULL);
  gint64 wait_all = check->employee_id != 0 ? subject_wait (db, STAFF_SUBJECT, check->at, NULL)
                                            : 0;
  g_autofree char *when = NULL;

  if (wait <= 0 && wait_all <= 0)
    return TRUE;

  when = emb_pin_format_wait (MAX (wait, wait_all));
  if (wait >= wait_all)
    /* TRANSLATORS: %s is “Try again in 2 minutes.” */
    g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT,
                 _("Too many wrong PINs. %s"), when);
  else
    /* TRANSLATORS: wrong PINs typed for several people; %s is “Try again in 2 minutes.” */
    g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT,
                 _("Too many wrong PINs have been typed for different people. %s"), when);
  return FALSE;
}

/* Looks at the lock again and counts the try, in one write transaction:
 * of tries begun at once, only those the count allows go on. */
static gboolean
count_try_in_transaction (EmbDatabase  *db,
                          gpointer      user_data,
                          GError      **error)
{
  Check *check = user_data;

  if (!refuse_locked_out (db, check, error) ||
      !record_failure (db, check->subject, 0, check->at, NULL, error))
    return FALSE;
  return check->employee_id == 0 ||
         (forget_old_staff_failures (db, check->at, error) &&
          record_failure (db, STAFF_SUBJECT,
                          EMB_PIN_FREE_FAILURES_ALL - EMB_PIN_FREE_FAILURES, check->at,
                          &check->staff, error));
}

/* Step 1: who, whether they may try, their hash; then the try is counted
 * as a wrong one (a right PIN forgets it in step 3). Refusals count
 * nothing. */
gboolean
_emb_pin_check_begin (EmbDatabase  *db,
                      Check        *check,
                      GError      **error)
{
  if (check->employee_id != 0)
    {
      g_autoptr(EmbEmployee) employee = NULL;

      employee = _emb_table_get (db, &emb_table_employee, check->employee_id, error);
      if (employee == NULL || !read_employee_hash (db, check->employee_id, &check->hash, error))
        return FALSE;
      if (!emb_employee_get_active (employee))
        {
          g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_INACTIVE,
                       _("“%s” no longer works here and cannot sign in."),
                       emb_employee_get_name (employee));
          return FALSE;
        }
      check->subject = g_strdup (emb_record_get_uuid (EMB_RECORD (employee)));
    }
  else
    {
      check->hash = _emb_setting_get (db, MANAGER_PIN_KEY);
      check->subject = g_strdup (MANAGER_SUBJECT);
    }

  if (!refuse_locked_out (db, check, error))
    return FALSE;

  if (check->hash == NULL || *check->hash == '\0')
    {
      if (check->employee_id != 0)
        g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET,
                     _("No PIN has been set for you yet. Ask a manager to set one on "
                       "the People page."));
      else
        g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET,
                     _("No manager PIN has been set yet."));
      return FALSE;
    }

  if (!emb_pin_validate (check->pin, error))
    return FALSE;

  /* The try counts as wrong before the PIN is verified, so that no other
   * try (another thread's, another process's) starts without seeing it. */
  return emb_database_transaction (db, count_try_in_transaction, check, error);
}

/* Step 2, on any thread: no database. */
void
_emb_pin_check_verify (Check *check)
{
  check->right = emb_pin_verify (check->hash, check->pin);
  if (check->right && _emb_pin_needs_rehash (check->hash))
    check->fresh = emb_pin_hash (check->pin, NULL);
}

/* The hash stored now (NULL: none). */
static char *
stored_hash (EmbDatabase *db,
             Check       *check)
{
  char *stored = NULL;

  if (check->employee_id != 0)
    read_employee_hash (db, check->employee_id, &stored, NULL);
  else
    stored = _emb_setting_get (db, MANAGER_PIN_KEY);
  return stored;
}

/* Step 3: fails with the refusal of a wrong PIN (counted in step 1), or
 * forgets the wrong tries and keeps a stronger hash. */
static gboolean
check_conclude_in_transaction (EmbDatabase  *db,
                               gpointer      user_data,
                               GError      **error)
{
  Check *check = user_data;
  g_autofree char *stored = stored_hash (db, check);

  /* A PIN a manager set or cleared while this one was verified replaces
   * it: the old PIN is wrong from the moment of the reset. */
  if (g_strcmp0 (stored, check->hash) != 0)
    check->right = FALSE;

  if (!check->right)
    {
      /* Counted already when the check began. */
      gint64 wait = subject_wait (db, check->subject, check->at, NULL);

      if (check->employee_id != 0)
        wait = MAX (wait, subject_wait (db, STAFF_SUBJECT, check->at, NULL));

      if (wait > 0)
        {
          g_autofree char *when = emb_pin_format_wait (wait);

          /* TRANSLATORS: %s is “Try again in 30 seconds.” */
          g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG,
                       _("The PIN is not right. %s"), when);
        }
      else
        g_set_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG, _("The PIN is not right."));
      return FALSE;
    }

  if (!clear_failures (db, check->subject, error) ||
      (check->employee_id != 0 && !uncount_staff_try (db, &check->staff, error)))
    return FALSE;

  /* Over the hash that was checked, still the stored one (see above). */
  if (check->fresh != NULL && !store_hash (db, check->employee_id, check->fresh, NULL))
    g_debug ("A PIN could not be rehashed");

  return TRUE;
}

/* Runs step 3 in a transaction that commits the count of a wrong PIN even
 * though the check fails. */
typedef struct
{
  Check  *check;
  GError *refusal;
} Conclusion;

static gboolean
conclude_counted (EmbDatabase  *db,
                  gpointer      user_data,
                  GError      **error)
{
  Conclusion *conclusion = user_data;

  if (check_conclude_in_transaction (db, conclusion->check, &conclusion->refusal))
    return TRUE;
  /* A wrong PIN: commit its count, report the refusal afterwards. */
  if (conclusion->refusal->domain == EMB_PIN_ERROR)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&conclusion->refusal));
  return FALSE;
}

gboolean
_emb_pin_check_conclude (EmbDatabase  *db,
                         Check        *check,
                         GError      **error)
{
  Conclusion conclusion = { check, NULL };

  if (!emb_database_transaction (db, conclude_counted, &conclusion, error))
    {
      g_clear_error (&conclusion.refusal);
      return FALSE;
    }
  if (conclusion.refusal != NULL)
    {
      g_propagate_error (error, conclusion.refusal);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_now (EmbDatabase  *db,
           Check        *check,
           GError      **error)
{
  if (!_emb_pin_check_begin (db, check, error))
    return FALSE;
  _emb_pin_check_verify (check);
  return _emb_pin_check_conclude (db, check, error);
}

/**
 * emb_pin_store_check_employee_pin:
 * @now: (nullable): the time of the try, or %NULL for now
 *
 * Checks the PIN of an active employee (see the top of this file for the
 * throttling). A right PIN made with weaker limits is rehashed. The
 * verification takes a moment: a window calls
 * emb_pin_store_check_employee_pin_async().
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
  g_autoptr(Check) check = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (employee_id > 0, FALSE);

  check = _emb_pin_check_new (employee_id, pin, now);
  return check_now (db, check, error);
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
  g_autoptr(Check) check = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  check = _emb_pin_check_new (0, pin, now);
  return check_now (db, check, error);
}
