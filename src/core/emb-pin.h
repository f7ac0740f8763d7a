/* emb-pin.h: personal and manager PINs, hashed and throttled
 *
 * A PIN is 4 to 8 digits. It is stored only as a libsodium Argon2id string
 * (crypto_pwhash_str), never logged and never part of an error message or a
 * bundle. Wrong PINs are counted per subject in the database, so the growing
 * delay before the next try survives a restart of the program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_PIN_MIN_DIGITS 4
#define EMB_PIN_MAX_DIGITS 8

/* Wrong PINs allowed before the first delay. */
#define EMB_PIN_FREE_FAILURES 3
/* Wrong employee PINs allowed before the first delay for everyone, whoever
 * they were typed for, within an hour: against guessing one common PIN for
 * many people (a 4-digit PIN is one in 10,000, three tries each for 20,000
 * people would find some). */
#define EMB_PIN_FREE_FAILURES_ALL 10

#define EMB_PIN_ERROR (emb_pin_error_quark ())

/**
 * EmbPinError:
 * @EMB_PIN_ERROR_WRONG: the PIN does not match
 * @EMB_PIN_ERROR_LOCKED_OUT: too many wrong PINs; the error's message says
 *   how long to wait, emb_pin_store_get_wait() gives it in seconds
 * @EMB_PIN_ERROR_NOT_SET: no PIN has been set for the subject
 * @EMB_PIN_ERROR_INACTIVE: the employee has left and may not sign in
 * @EMB_PIN_ERROR_FAILED: hashing failed (out of memory)
 */
typedef enum
{
  EMB_PIN_ERROR_WRONG,
  EMB_PIN_ERROR_LOCKED_OUT,
  EMB_PIN_ERROR_NOT_SET,
  EMB_PIN_ERROR_INACTIVE,
  EMB_PIN_ERROR_FAILED,
} EmbPinError;

GQuark    emb_pin_error_quark                (void);

/* Pure functions, no database. */
gboolean  emb_pin_validate                   (const char   *pin,
                                              GError      **error);
char     *emb_pin_hash                       (const char   *pin,
                                              GError      **error);
gboolean  emb_pin_verify                     (const char   *hash,
                                              const char   *pin);
/* The delay before the next try after @failures wrong PINs in a row: 0 for
 * the first EMB_PIN_FREE_FAILURES, then 30 s doubling up to one hour. */
gint64    emb_pin_delay_for_failures         (guint         failures);
/* "Try again in 30 seconds.", "Try again in 2 minutes." (translated), as
 * the message of EMB_PIN_ERROR_LOCKED_OUT ends. */
char     *emb_pin_format_wait                (gint64        seconds);

/* Employees' PINs (managers set and reset them on the People page). */
gboolean  emb_pin_store_set_employee_pin     (EmbDatabase  *db,
                                              gint64        employee_id,
                                              const char   *pin,
                                              GError      **error);
gboolean  emb_pin_store_clear_employee_pin   (EmbDatabase  *db,
                                              gint64        employee_id,
                                              GError      **error);
gboolean  emb_pin_store_employee_has_pin     (EmbDatabase  *db,
                                              gint64        employee_id);
/* Checks @pin for an active employee and counts a wrong one. With @now
 * NULL the current time is used (tests pass a fixed clock). */
gboolean  emb_pin_store_check_employee_pin   (EmbDatabase  *db,
                                              gint64        employee_id,
                                              const char   *pin,
                                              GDateTime    *now,
                                              GError      **error);

/* The manager PIN, which leaves the kiosk and opens its settings. */
gboolean  emb_pin_store_set_manager_pin      (EmbDatabase  *db,
                                              const char   *pin,
                                              GError      **error);
gboolean  emb_pin_store_manager_has_pin      (EmbDatabase  *db);
gboolean  emb_pin_store_check_manager_pin    (EmbDatabase  *db,
                                              const char   *pin,
                                              GDateTime    *now,
                                              GError      **error);

/* The same without blocking: the Argon2id work runs on a worker thread, the
 * database is read and written on the caller's (a window's) thread. */
void      emb_pin_store_check_employee_pin_async  (EmbDatabase         *db,
                                                   gint64               employee_id,
                                                   const char          *pin,
                                                   GDateTime           *now,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean  emb_pin_store_check_employee_pin_finish (EmbDatabase         *db,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void      emb_pin_store_check_manager_pin_async   (EmbDatabase         *db,
                                                   const char          *pin,
                                                   GDateTime           *now,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean  emb_pin_store_check_manager_pin_finish  (EmbDatabase         *db,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* Sets an employee's PIN, or with @employee_id 0 the manager PIN. */
void      emb_pin_store_set_pin_async             (EmbDatabase         *db,
                                                   gint64               employee_id,
                                                   const char          *pin,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean  emb_pin_store_set_pin_finish            (EmbDatabase         *db,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Seconds until the employee (or, with @employee_id 0, the manager PIN) may
 * try again; 0 when not locked out. */
gint64    emb_pin_store_get_wait             (EmbDatabase  *db,
                                              gint64        employee_id,
                                              GDateTime    *now);

G_END_DECLS
