/* emb-staff-session-sign-in.c: signing in, and changing one's own PIN
 *
 * Both check a PIN through the PIN store (emb-pin-store.c), with its
 * throttling: a locked-out person is told how long to wait. The _async()
 * variants verify and hash on a worker thread, which is what a window
 * calls; the others block for the Argon2id work (tests, the command line).
 * Errors about a PIN's form go under the form's field ("current-pin",
 * "new-pin").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-session"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pin-private.h"
#include "emb-staff-session-private.h"

/* Signing in ---------------------------------------------------------------- */

/**
 * emb_staff_session_sign_in:
 * @now: (nullable): the time of the try, %NULL except in tests
 *
 * Checks @pin with emb_pin_store_check_employee_pin() (its throttling, its
 * errors: a locked-out person is told how long to wait) and opens a
 * session for the employee.
 *
 * Returns: (transfer full): the session, or %NULL with an error
 */
EmbStaffSession *
emb_staff_session_sign_in (EmbDatabase  *db,
                           gint64        employee_id,
                           const char   *pin,
                           GDateTime    *now,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!emb_pin_store_check_employee_pin (db, employee_id, pin, now, error))
    return NULL;
  return _emb_staff_session_new (db, employee_id, error);
}

static void
signed_in (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EmbDatabase *db = EMB_DATABASE (source_object);
  const gint64 *employee_id = g_task_get_task_data (task);
  EmbStaffSession *session = NULL;
  GError *error = NULL;

  if (emb_pin_store_check_employee_pin_finish (db, result, &error))
    session = _emb_staff_session_new (db, *employee_id, &error);
  if (session == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, session, g_object_unref);
}

/**
 * emb_staff_session_sign_in_async:
 * @now: (nullable): the time of the try, %NULL except in tests
 *
 * As emb_staff_session_sign_in(), with the PIN verified on a worker thread
 * (emb_pin_store_check_employee_pin_async()), so the window stays fluid.
 */
void
emb_staff_session_sign_in_async (EmbDatabase         *db,
                                 gint64               employee_id,
                                 const char          *pin,
                                 GDateTime           *now,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (employee_id > 0);

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_staff_session_sign_in_async);
  g_task_set_task_data (task, g_memdup2 (&employee_id, sizeof employee_id), g_free);
  emb_pin_store_check_employee_pin_async (db, employee_id, pin, now, NULL, signed_in, task);
}

/**
 * emb_staff_session_sign_in_finish:
 *
 * Returns: (transfer full): the session, or %NULL with the errors of
 *   emb_staff_session_sign_in()
 */
EmbStaffSession *
emb_staff_session_sign_in_finish (EmbDatabase   *db,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        emb_staff_session_sign_in_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Changing my PIN ----------------------------------------------------------- */

/* Errors of a PIN field go under that field of the form. */
static void
move_to_field (GError     **error,
               GError      *local_error,
               const char  *field)
{
  if (local_error->domain == EMB_VALIDATION_ERROR)
    {
      emb_set_validation_error (error, local_error->code, field, "%s", local_error->message);
      g_error_free (local_error);
    }
  else
    g_propagate_error (error, local_error);
}

/**
 * emb_staff_session_change_pin:
 * @current_pin: the PIN the person signed in with
 * @new_pin: 4 to 8 digits
 *
 * Changes my own PIN. The current PIN is checked as at sign-in (a wrong one
 * counts toward the lock-out).
 *
 * Returns: %TRUE when changed; otherwise %FALSE with the errors of
 *   emb_pin_store_check_employee_pin() or a validation error on "new-pin"
 */
gboolean
emb_staff_session_change_pin (EmbStaffSession  *self,
                              const char       *current_pin,
                              const char       *new_pin,
                              GError          **error)
{
  GError *local_error = NULL;
  EmbDatabase *db;
  gint64 me;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);

  me = _emb_staff_session_check (self, error);
  if (me == 0)
    return FALSE;

  /* The new PIN first, so a badly formed one costs no try. */
  if (!emb_pin_validate (new_pin, &local_error))
    {
      move_to_field (error, local_error, "new-pin");
      return FALSE;
    }

  db = _emb_staff_session_get_database (self);
  if (!emb_pin_store_check_employee_pin (db, me, current_pin, NULL, &local_error))
    {
      move_to_field (error, local_error, "current-pin");
      return FALSE;
    }
  /* A right PIN may have been rehashed: that is no manager's reset. */
  _emb_staff_session_pin_changed (self);

  if (!emb_pin_store_set_employee_pin (db, me, new_pin, error))
    return FALSE;
  _emb_staff_session_pin_changed (self);
  return TRUE;
}

typedef struct
{
  gint64  employee_id;
  char   *new_pin;
} ChangePin;

static void
change_pin_free (ChangePin *change)
{
  _emb_pin_wipe (change->new_pin);
  g_free (change);
}

static void
new_pin_set (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!emb_pin_store_set_pin_finish (EMB_DATABASE (source_object), result, &error))
    {
      GError *moved = NULL;

      move_to_field (&moved, error, "new-pin");
      g_task_return_error (task, moved);
      return;
    }
  _emb_staff_session_pin_changed (g_task_get_source_object (task));
  g_task_return_boolean (task, TRUE);
}

static void
current_pin_checked (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EmbDatabase *db = EMB_DATABASE (source_object);
  ChangePin *change = g_task_get_task_data (task);
  GError *error = NULL;

  if (!emb_pin_store_check_employee_pin_finish (db, result, &error))
    {
      GError *moved = NULL;

      move_to_field (&moved, error, "current-pin");
      g_task_return_error (task, moved);
      return;
    }
  _emb_staff_session_pin_changed (g_task_get_source_object (task));
  emb_pin_store_set_pin_async (db, change->employee_id, change->new_pin, NULL, new_pin_set,
                               g_steal_pointer (&task));
}

/**
 * emb_staff_session_change_pin_async:
 *
 * As emb_staff_session_change_pin(), with the PINs verified and hashed on a
 * worker thread.
 */
void
emb_staff_session_change_pin_async (EmbStaffSession     *self,
                                    const char          *current_pin,
                                    const char          *new_pin,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ChangePin *change;
  GError *error = NULL;
  gint64 me;

  g_return_if_fail (EMB_IS_STAFF_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_staff_session_change_pin_async);

  me = _emb_staff_session_check (self, &error);
  if (me == 0)
    {
      g_task_return_error (task, error);
      return;
    }
  if (!emb_pin_validate (new_pin, &error))
    {
      GError *moved = NULL;

      move_to_field (&moved, error, "new-pin");
      g_task_return_error (task, moved);
      return;
    }

  change = g_new0 (ChangePin, 1);
  change->employee_id = me;
  change->new_pin = g_strdup (new_pin);
  g_task_set_task_data (task, change, (GDestroyNotify)change_pin_free);
  emb_pin_store_check_employee_pin_async (_emb_staff_session_get_database (self), me,
                                          current_pin, NULL, NULL, current_pin_checked,
                                          g_steal_pointer (&task));
}

gboolean
emb_staff_session_change_pin_finish (EmbStaffSession  *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        emb_staff_session_change_pin_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
