/* test-pin.c: PINs, hashed and throttled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-pin-private.h"
#include "emb-records.h"
#include "emb-test-util.h"

/* A fixed clock: 1 March 2026, 09:00:00 UTC, plus @seconds. */
static GDateTime *
clock_at (double seconds)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);

  return g_date_time_add_seconds (start, seconds);
}

static char *
stored_hash (EmbDatabase *db,
             gint64       employee_id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (db, "SELECT pin_hash FROM employee WHERE id = ?1",
                                   employee_id, NULL);
  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return _emb_column_dup_text (stmt, 0);
}

static void
test_validate (void)
{
  const char *good[] = { "0000", "1234", "12345678", "007007" };
  const char *bad[] = { "", "123", "123456789", "12a4", " 1234", "1234 ", "１２３４", "-123" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (emb_pin_validate (good[i], NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int code = *bad[i] == '\0' ? EMB_VALIDATION_ERROR_REQUIRED : EMB_VALIDATION_ERROR_INVALID;

      g_assert_false (emb_pin_validate (bad[i], &error));
      g_assert_error (error, EMB_VALIDATION_ERROR, code);
      g_assert_cmpstr (emb_validation_error_get_field (error), ==, "pin");
      /* The message never repeats what was typed. */
      if (strlen (bad[i]) >= 3)
        g_assert_null (strstr (error->message, bad[i]));
    }
}

static void
test_hash_and_verify (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = emb_pin_hash ("2468", &error);
  g_autofree char *again = emb_pin_hash ("2468", NULL);
  g_autofree char *fast = _emb_pin_hash_fast ("2468", NULL);

  g_assert_no_error (error);
  g_assert_nonnull (hash);
  /* Argon2id, salted: the same PIN never gives the same string. */
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  g_assert_cmpstr (hash, !=, again);
  g_assert_null (strstr (hash, "2468"));

  g_assert_true (emb_pin_verify (hash, "2468"));
  g_assert_true (emb_pin_verify (again, "2468"));
  g_assert_false (emb_pin_verify (hash, "2469"));
  g_assert_false (emb_pin_verify (hash, "24680"));
  g_assert_false (emb_pin_verify (NULL, "2468"));
  g_assert_false (emb_pin_verify ("not a hash", "2468"));

  /* The interactive limits need no rehash; the demo's fast ones do. */
  g_assert_false (_emb_pin_needs_rehash (hash));
  g_assert_true (emb_pin_verify (fast, "2468"));
  g_assert_true (_emb_pin_needs_rehash (fast));

  /* The demo's: the same every time for the same UUID, yet a real hash. */
  {
    g_autofree char *demo = _emb_pin_hash_demo ("0042", "a uuid", NULL);
    g_autofree char *demo_again = _emb_pin_hash_demo ("0042", "a uuid", NULL);
    g_autofree char *demo_other = _emb_pin_hash_demo ("0042", "another uuid", NULL);

    g_assert_cmpstr (demo, ==, demo_again);
    g_assert_cmpstr (demo, !=, demo_other);
    g_assert_true (g_str_has_prefix (demo, "$argon2id$v=19$"));
    g_assert_true (emb_pin_verify (demo, "0042"));
    g_assert_true (emb_pin_verify (demo_other, "0042"));
    g_assert_false (emb_pin_verify (demo, "0043"));
    g_assert_true (_emb_pin_needs_rehash (demo));
  }

  g_assert_null (emb_pin_hash ("12", &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
}

static void
test_delays (void)
{
  /* The first EMB_PIN_FREE_FAILURES cost nothing, then 30 s doubling to an hour. */
  for (guint i = 0; i <= EMB_PIN_FREE_FAILURES; i++)
    g_assert_cmpint (emb_pin_delay_for_failures (i), ==, 0);
  g_assert_cmpint (emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 1), ==, 30);
  g_assert_cmpint (emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 2), ==, 60);
  g_assert_cmpint (emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 3), ==, 120);
  g_assert_cmpint (emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 7), ==, 1920);
  g_assert_cmpint (emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 8), ==, 3600);
  g_assert_cmpint (emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 9), ==, 3600);
  g_assert_cmpint (emb_pin_delay_for_failures (G_MAXUINT), ==, 3600);
}

static void
test_format_wait (void)
{
  g_autofree char *one = emb_pin_format_wait (1);
  g_autofree char *secs = emb_pin_format_wait (30);
  g_autofree char *minute = emb_pin_format_wait (60);
  g_autofree char *two = emb_pin_format_wait (61);
  g_autofree char *hour = emb_pin_format_wait (3600);

  g_assert_cmpstr (one, ==, "Try again in 1 second.");
  g_assert_cmpstr (secs, ==, "Try again in 30 seconds.");
  g_assert_cmpstr (minute, ==, "Try again in 1 minute.");
  g_assert_cmpstr (two, ==, "Try again in 2 minutes.");
  g_assert_cmpstr (hour, ==, "Try again in 60 minutes.");
}

static void
assert_wrong (EmbDatabase *db,
              gint64       employee_id,
              const char  *pin,
              double       at)
{
  g_autoptr(GDateTime) now = clock_at (at);
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_pin_store_check_employee_pin (db, employee_id, pin, now, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_assert_null (strstr (error->message, pin));
}

static void
assert_locked (EmbDatabase *db,
               gint64       employee_id,
               const char  *pin,
               double       at,
               const char  *message)
{
  g_autoptr(GDateTime) now = clock_at (at);
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_pin_store_check_employee_pin (db, employee_id, pin, now, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static void
test_throttle_survives_restart (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = NULL;
  g_autofree char *path = g_strdup (tdb->path);
  gint64 anna;

  anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, anna, "1357", &error));
  g_assert_no_error (error);
  g_assert_true (emb_pin_store_employee_has_pin (tdb->db, anna));

  /* Three free wrong PINs, then the fourth locks for 30 s. */
  assert_wrong (tdb->db, anna, "0000", 0);
  assert_wrong (tdb->db, anna, "0001", 1);
  assert_wrong (tdb->db, anna, "0002", 2);
  t = clock_at (3);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 0);
  g_clear_pointer (&t, g_date_time_unref);
  assert_wrong (tdb->db, anna, "0003", 3);
  t = clock_at (3);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 30);
  g_clear_pointer (&t, g_date_time_unref);

  /* Close and open the database again: the lock holds. */
  g_clear_object (&tdb->db);
  tdb->db = emb_database_open (path, &error);
  g_assert_no_error (error);

  /* Refused even with the right PIN, and said how long to wait. */
  assert_locked (tdb->db, anna, "1357", 13, "Too many wrong PINs. Try again in 20 seconds.");
  t = clock_at (13);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 20);
  g_clear_pointer (&t, g_date_time_unref);

  /* After the wait a wrong PIN doubles the delay: one minute. */
  assert_wrong (tdb->db, anna, "0004", 33);
  assert_locked (tdb->db, anna, "0005", 33, "Too many wrong PINs. Try again in 1 minute.");
  assert_wrong (tdb->db, anna, "0006", 93);
  assert_locked (tdb->db, anna, "1357", 100, "Too many wrong PINs. Try again in 2 minutes.");

  /* The right PIN once free resets the count: three free tries again. */
  t = clock_at (213);
  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, anna, "1357", t, &error));
  g_assert_no_error (error);
  g_clear_pointer (&t, g_date_time_unref);
  /* Anna's count is gone; everyone's keeps her six wrong PINs. */
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pin_throttle"
                                                 " WHERE subject <> 'staff'"), ==, 0);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT failures FROM pin_throttle"
                                                 " WHERE subject = 'staff'"), ==, 6);
  assert_wrong (tdb->db, anna, "0007", 214);
  assert_wrong (tdb->db, anna, "0008", 215);
  assert_wrong (tdb->db, anna, "0009", 216);
  t = clock_at (217);
  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, anna, "1357", t, &error));
  g_assert_no_error (error);
}

static void
test_locked_out_is_not_checked (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = NULL;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  gint64 bert = emb_test_add_employee (tdb->db, "E2", "Bert", 0, 0, TRUE);

  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, anna, "1357", NULL));
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, bert, "2468", NULL));
  for (guint i = 0; i <= EMB_PIN_FREE_FAILURES; i++)
    assert_wrong (tdb->db, anna, "9999", i);

  /* While locked, even a wrong PIN is not counted: the delay stays. */
  assert_locked (tdb->db, anna, "9999", 10, NULL);
  assert_locked (tdb->db, anna, "9999", 11, NULL);
  t = clock_at (11);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 22);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT failures FROM pin_throttle"
                                                 " WHERE subject <> 'staff'"), ==,
                   EMB_PIN_FREE_FAILURES + 1);

  /* Another person is not held up. */
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, bert, t), ==, 0);
  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, bert, "2468", t, &error));
  g_assert_no_error (error);

  /* A manager's reset forgets the wrong tries. */
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, anna, "1122", &error));
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 0);
  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, anna, "1122", t, &error));
  g_assert_no_error (error);
}

/* One common PIN tried for many people: after EMB_PIN_FREE_FAILURES_ALL
 * wrong PINs, whoever they were for, every employee sign-in waits; right
 * PINs do not count, and an hour without a wrong one forgets them. */
static void
test_throttle_across_people (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = NULL;
  gint64 people[EMB_PIN_FREE_FAILURES_ALL + 2];

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *number = g_strdup_printf ("E%u", i);
      g_autofree char *pin = g_strdup_printf ("%04u", 5000 + i);

      g_autofree char *hash = _emb_pin_hash_fast (pin, NULL);
      g_autofree char *sql = NULL;

      /* Hashed fast: a dozen people with interactive hashes take seconds. */
      people[i] = emb_test_add_employee (tdb->db, number, number, 0, 0, TRUE);
      sql = g_strdup_printf ("UPDATE employee SET pin_hash = '%s' WHERE id = %" G_GINT64_FORMAT,
                             hash, people[i]);
      g_assert_true (_emb_database_exec (tdb->db, sql, NULL));
    }

  /* Right PINs take back the try they added: more of them than the free
   * wrong ones would allow. */
  for (guint i = 0; i < EMB_PIN_FREE_FAILURES_ALL + 1; i++)
    {
      g_clear_pointer (&t, g_date_time_unref);
      t = clock_at (i);
      g_assert_true (emb_pin_store_check_employee_pin (tdb->db, people[0], "5000", t, &error));
      g_assert_no_error (error);
    }

  /* "1234" for one person after another: one free try each, and no
   * person's own count ever reaches its delay... */
  for (guint i = 0; i < EMB_PIN_FREE_FAILURES_ALL; i++)
    assert_wrong (tdb->db, people[i], "1234", 100 + i);
  g_clear_pointer (&t, g_date_time_unref);
  t = clock_at (110);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, people[10], t), ==, 0);
  /* ...but the next wrong one holds everyone up for 30 s, */
  assert_wrong (tdb->db, people[10], "1234", 110);
  g_clear_pointer (&t, g_date_time_unref);
  t = clock_at (111);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, people[11], t), ==, 29);
  /* even with the right PIN, and said so; */
  assert_locked (tdb->db, people[11], "5011", 111,
                 "Too many wrong PINs have been typed for different people. "
                 "Try again in 29 seconds.");
  /* the manager PIN is another matter. */
  g_assert_true (emb_pin_store_set_manager_pin (tdb->db, "97531", NULL));
  g_assert_true (emb_pin_store_check_manager_pin (tdb->db, "97531", t, &error));
  g_assert_no_error (error);

  /* After the wait a right PIN goes through and the count stays. */
  g_clear_pointer (&t, g_date_time_unref);
  t = clock_at (141);
  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, people[11], "5011", t, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT failures FROM pin_throttle"
                                                 " WHERE subject = 'staff'"), ==,
                   EMB_PIN_FREE_FAILURES_ALL + 1);
  /* The next wrong one waits a minute. */
  assert_wrong (tdb->db, people[11], "1234", 142);
  assert_locked (tdb->db, people[0], "5000", 143, NULL);
  g_clear_pointer (&t, g_date_time_unref);
  t = clock_at (143);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, people[0], t), ==, 59);

  /* An hour after the last wrong PIN the count starts again. */
  assert_wrong (tdb->db, people[1], "1234", 142 + 3600 + 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT failures FROM pin_throttle"
                                                 " WHERE subject = 'staff'"), ==, 1);
}

static void
test_refusals (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  gint64 gone = emb_test_add_employee (tdb->db, "E2", "Gone", 0, 0, FALSE);

  /* No PIN yet. */
  g_assert_false (emb_pin_store_employee_has_pin (tdb->db, anna));
  g_assert_false (emb_pin_store_check_employee_pin (tdb->db, anna, "1234", NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET);
  g_clear_error (&error);

  /* Someone who left. */
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, gone, "1234", NULL));
  g_assert_false (emb_pin_store_check_employee_pin (tdb->db, gone, "1234", NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_INACTIVE);
  g_clear_error (&error);

  /* Nobody. */
  g_assert_false (emb_pin_store_check_employee_pin (tdb->db, 9999, "1234", NULL, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A badly formed PIN is not counted. */
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, anna, "1234", NULL));
  for (guint i = 0; i < 10; i++)
    {
      g_assert_false (emb_pin_store_check_employee_pin (tdb->db, anna, "12", NULL, &error));
      g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pin_throttle"), ==, 0);

  /* Clearing the PIN. */
  g_assert_true (emb_pin_store_clear_employee_pin (tdb->db, anna, &error));
  g_assert_false (emb_pin_store_employee_has_pin (tdb->db, anna));

  /* A bad new PIN changes nothing. */
  g_assert_false (emb_pin_store_set_employee_pin (tdb->db, anna, "12345678901", &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_false (emb_pin_store_employee_has_pin (tdb->db, anna));
}

static void
test_rehash_at_sign_in (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *fast = _emb_pin_hash_fast ("4321", NULL);
  g_autofree char *after_wrong = NULL;
  g_autofree char *after_right = NULL;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);

  g_assert_true (_emb_pin_store_set_employee_hash (tdb->db, anna, fast, &error));
  g_assert_no_error (error);

  /* A wrong PIN does not touch the hash. */
  assert_wrong (tdb->db, anna, "1111", 0);
  after_wrong = stored_hash (tdb->db, anna);
  g_assert_cmpstr (after_wrong, ==, fast);

  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, anna, "4321", NULL, &error));
  g_assert_no_error (error);
  after_right = stored_hash (tdb->db, anna);
  g_assert_cmpstr (after_right, !=, fast);
  g_assert_false (_emb_pin_needs_rehash (after_right));
  g_assert_true (emb_pin_verify (after_right, "4321"));
}

static void
test_manager_pin (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = NULL;
  g_autofree char *path = g_strdup (tdb->path);

  g_assert_false (emb_pin_store_manager_has_pin (tdb->db));
  g_assert_false (emb_pin_store_check_manager_pin (tdb->db, "1234", NULL, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_NOT_SET);
  g_clear_error (&error);

  g_assert_true (emb_pin_store_set_manager_pin (tdb->db, "975310", &error));
  g_assert_no_error (error);
  g_assert_true (emb_pin_store_manager_has_pin (tdb->db));
  /* Not in clear anywhere. */
  g_assert_cmpint (_emb_database_count (tdb->db,
                                        "SELECT count(*) FROM setting WHERE value LIKE '%975310%'"),
                   ==, 0);

  for (guint i = 0; i <= EMB_PIN_FREE_FAILURES; i++)
    {
      g_autoptr(GDateTime) now = clock_at (i);

      g_assert_false (emb_pin_store_check_manager_pin (tdb->db, "111111", now, &error));
      g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
      g_clear_error (&error);
    }

  g_clear_object (&tdb->db);
  tdb->db = emb_database_open (path, &error);
  g_assert_no_error (error);

  t = clock_at (5);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, 0, t), ==, 28);
  g_assert_false (emb_pin_store_check_manager_pin (tdb->db, "975310", t, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT);
  g_clear_error (&error);
  g_clear_pointer (&t, g_date_time_unref);

  t = clock_at (40);
  g_assert_true (emb_pin_store_check_manager_pin (tdb->db, "975310", t, &error));
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = clock_at (0);
  GAsyncResult *result = NULL;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  gint64 bert = emb_test_add_employee (tdb->db, "E2", "Bert", 0, 0, TRUE);

  /* Set without blocking, badly formed refused at once. */
  emb_pin_store_set_pin_async (tdb->db, anna, "12a4", NULL, emb_test_store_result, &result);
  g_assert_false (emb_pin_store_set_pin_finish (tdb->db, emb_test_wait_for (&result), &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&result);
  emb_pin_store_set_pin_async (tdb->db, anna, "1357", NULL, emb_test_store_result, &result);
  g_assert_true (emb_pin_store_set_pin_finish (tdb->db, emb_test_wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_true (emb_pin_store_employee_has_pin (tdb->db, anna));
  g_assert_false (emb_pin_store_employee_has_pin (tdb->db, bert));
  emb_pin_store_set_pin_async (tdb->db, 0, "975310", NULL, emb_test_store_result, &result);
  g_assert_true (emb_pin_store_set_pin_finish (tdb->db, emb_test_wait_for (&result), &error));
  g_clear_object (&result);
  g_assert_true (emb_pin_store_manager_has_pin (tdb->db));

  /* Wrong PINs are counted, as in the blocking check. */
  for (guint i = 0; i <= EMB_PIN_FREE_FAILURES; i++)
    {
      emb_pin_store_check_employee_pin_async (tdb->db, anna, "0000", t, NULL, emb_test_store_result,
                                              &result);
      g_assert_false (emb_pin_store_check_employee_pin_finish (tdb->db, emb_test_wait_for (&result),
                                                               &error));
      g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
      g_clear_error (&error);
      g_clear_object (&result);
    }
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 30);
  emb_pin_store_check_employee_pin_async (tdb->db, anna, "1357", t, NULL, emb_test_store_result,
                                          &result);
  g_assert_false (emb_pin_store_check_employee_pin_finish (tdb->db, emb_test_wait_for (&result),
                                                           &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT);
  g_clear_error (&error);
  g_clear_object (&result);

  /* The right one, once free. */
  g_clear_pointer (&t, g_date_time_unref);
  t = clock_at (30);
  emb_pin_store_check_employee_pin_async (tdb->db, anna, "1357", t, NULL, emb_test_store_result,
                                          &result);
  g_assert_true (emb_pin_store_check_employee_pin_finish (tdb->db, emb_test_wait_for (&result),
                                                          &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM pin_throttle"
                                                 " WHERE subject <> 'staff'"), ==, 0);

  emb_pin_store_check_manager_pin_async (tdb->db, "975310", NULL, NULL, emb_test_store_result,
                                         &result);
  g_assert_true (emb_pin_store_check_manager_pin_finish (tdb->db, emb_test_wait_for (&result),
                                                         &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  emb_pin_store_check_manager_pin_async (tdb->db, "975311", NULL, NULL, emb_test_store_result,
                                         &result);
  g_assert_false (emb_pin_store_check_manager_pin_finish (tdb->db, emb_test_wait_for (&result),
                                                          &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_object (&result);
}

static void
store_nth_result (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GPtrArray *results = user_data;

  g_ptr_array_add (results, g_object_ref (result));
}

static void
test_tries_at_once (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) t = clock_at (0);
  g_autoptr(GError) error = NULL;
  const char *pins[] = { "0000", "0001", "0002", "0003", "0004", "0005", "0006", "1357" };
  guint wrong = 0, locked = 0;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  gint64 bert = emb_test_add_employee (tdb->db, "E2", "Bert", 0, 0, TRUE);

  _emb_pin_use_least_limits (TRUE);
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, anna, "1357", NULL));
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, bert, "2468", NULL));

  /* Eight tries at once, the right PIN last: all are begun before any is
   * verified, yet only the free ones and the one that locks go on. */
  for (guint i = 0; i < G_N_ELEMENTS (pins); i++)
    emb_pin_store_check_employee_pin_async (tdb->db, anna, pins[i], t, NULL, store_nth_result,
                                            results);
  while (results->len < G_N_ELEMENTS (pins))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < results->len; i++)
    {
      g_autoptr(GError) refusal = NULL;

      g_assert_false (emb_pin_store_check_employee_pin_finish (tdb->db, results->pdata[i],
                                                               &refusal));
      if (g_error_matches (refusal, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG))
        wrong++;
      else
        {
          g_assert_error (refusal, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT);
          locked++;
        }
    }
  g_assert_cmpuint (wrong, ==, EMB_PIN_FREE_FAILURES + 1);
  g_assert_cmpuint (locked, ==, G_N_ELEMENTS (pins) - wrong);
  g_assert_cmpint (emb_pin_store_get_wait (tdb->db, anna, t), ==, 30);

  /* Two processes on one database: each begun try is counted at once, so
   * the other connection sees it before the PIN is verified. */
  other = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i <= EMB_PIN_FREE_FAILURES; i++)
    {
      EmbPinCheck *check = _emb_pin_check_new (bert, "9999", t);

      g_assert_true (_emb_pin_check_begin (i % 2 ? other : tdb->db, check, &error));
      g_assert_no_error (error);
      _emb_pin_check_free (check);
    }
  {
    EmbPinCheck *check = _emb_pin_check_new (bert, "2468", t);

    g_assert_false (_emb_pin_check_begin (other, check, &error));
    g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_LOCKED_OUT);
    _emb_pin_check_free (check);
  }

  _emb_pin_use_least_limits (FALSE);
}

static void
test_reset_while_verifying (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDatabase) manager = NULL;
  g_autoptr(GDateTime) t = clock_at (0);
  g_autoptr(GError) error = NULL;
  EmbPinCheck *check;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);

  _emb_pin_use_least_limits (TRUE);
  g_assert_true (emb_pin_store_set_employee_pin (tdb->db, anna, "1357", NULL));
  manager = emb_database_open (tdb->path, &error);
  g_assert_no_error (error);

  /* The old PIN is being verified when a manager, in another process,
   * resets it: the old one no longer opens anything. */
  check = _emb_pin_check_new (anna, "1357", t);
  g_assert_true (_emb_pin_check_begin (tdb->db, check, &error));
  g_assert_no_error (error);
  g_assert_true (emb_pin_store_set_employee_pin (manager, anna, "2468", &error));
  g_assert_no_error (error);
  _emb_pin_check_verify (check);
  g_assert_false (_emb_pin_check_conclude (tdb->db, check, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);
  _emb_pin_check_free (check);

  /* Cleared meanwhile: the same. The new PIN works. */
  check = _emb_pin_check_new (anna, "2468", t);
  g_assert_true (_emb_pin_check_begin (tdb->db, check, &error));
  g_assert_true (emb_pin_store_clear_employee_pin (manager, anna, &error));
  _emb_pin_check_verify (check);
  g_assert_false (_emb_pin_check_conclude (tdb->db, check, &error));
  g_assert_error (error, EMB_PIN_ERROR, EMB_PIN_ERROR_WRONG);
  g_clear_error (&error);
  _emb_pin_check_free (check);
  g_assert_true (emb_pin_store_set_employee_pin (manager, anna, "2468", &error));
  g_assert_true (emb_pin_store_check_employee_pin (tdb->db, anna, "2468", t, &error));
  g_assert_no_error (error);

  _emb_pin_use_least_limits (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/pin/validate", test_validate);
  g_test_add_func ("/pin/hash-and-verify", test_hash_and_verify);
  g_test_add_func ("/pin/delays", test_delays);
  g_test_add_func ("/pin/format-wait", test_format_wait);
  g_test_add_func ("/pin/throttle-survives-restart", test_throttle_survives_restart);
  g_test_add_func ("/pin/locked-out-is-not-checked", test_locked_out_is_not_checked);
  g_test_add_func ("/pin/throttle-across-people", test_throttle_across_people);
  g_test_add_func ("/pin/refusals", test_refusals);
  g_test_add_func ("/pin/rehash-at-sign-in", test_rehash_at_sign_in);
  g_test_add_func ("/pin/manager", test_manager_pin);
  g_test_add_func ("/pin/async", test_async);
  g_test_add_func ("/pin/tries-at-once", test_tries_at_once);
  g_test_add_func ("/pin/reset-while-verifying", test_reset_while_verifying);

  return g_test_run ();
}
