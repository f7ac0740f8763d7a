/* emb-pin-store-async.c: checking and setting PINs without blocking
 *
 * The Argon2id work of a check or of a new PIN takes tens of milliseconds
 * and 64 MiB, longer than a frame: here it runs on a worker thread, while
 * the database is read and written on the caller's thread, before and
 * after (emb-pin-store.c has the steps). A wrong PIN is counted even when
 * the caller cancelled meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pin"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pin-private.h"

/* Checking without blocking ---------------------------------------------------- */

/* Runs @func on a worker thread with the data of @task, then @then on this
 * thread with @task as its data. */
static void
work_in_thread (GTask               *task,
                GTaskThreadFunc      func,
                GAsyncReadyCallback  then)
{
  g_autoptr(GTask) inner = g_task_new (NULL, NULL, then, g_object_ref (task));

  g_task_set_task_data (inner, g_task_get_task_data (task), NULL);
  g_task_run_in_thread (inner, func);
}

static gboolean
finish_boolean (EmbDatabase   *db,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
verify_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  _emb_pin_check_verify (task_data);
  g_task_return_boolean (task, TRUE);
}

/* Back on the caller's thread: step 3, whatever became of the cancellable
 * meanwhile (a wrong PIN is counted all the same). */
static void
verified (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EmbDatabase *db = g_task_get_source_object (task);
  GError *error = NULL;

  if (!_emb_pin_check_conclude (db, g_task_get_task_data (task), &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
check_async (EmbDatabase         *db,
             EmbPinCheck         *check,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data,
             gpointer             source_tag)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  GError *error = NULL;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, check, (GDestroyNotify)_emb_pin_check_free);

  if (!_emb_pin_check_begin (db, check, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  work_in_thread (task, verify_in_thread, verified);
}

/**
 * emb_pin_store_check_employee_pin_async:
 * @now: (nullable): the time of the try, or %NULL for now
 *
 * As emb_pin_store_check_employee_pin(), with the verification on a worker
 * thread; the database is read and written on the caller's thread.
 */
void
emb_pin_store_check_employee_pin_async (EmbDatabase         *db,
                                        gint64               employee_id,
                                        const char          *pin,
                                        GDateTime           *now,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));
  g_return_if_fail (employee_id > 0);

  check_async (db, _emb_pin_check_new (employee_id, pin, now), cancellable, callback, user_data,
               emb_pin_store_check_employee_pin_async);
}

gboolean
emb_pin_store_check_employee_pin_finish (EmbDatabase   *db,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return finish_boolean (db, result, emb_pin_store_check_employee_pin_async, error);
}

/**
 * emb_pin_store_check_manager_pin_async:
 * @now: (nullable): the time of the try, or %NULL for now
 *
 * As emb_pin_store_check_manager_pin(), with the verification on a worker
 * thread.
 */
void
emb_pin_store_check_manager_pin_async (EmbDatabase         *db,
                                       const char          *pin,
                                       GDateTime           *now,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (EMB_IS_DATABASE (db));

  check_async (db, _emb_pin_check_new (0, pin, now), cancellable, callback, user_data,
               emb_pin_store_check_manager_pin_async);
}

gboolean
emb_pin_store_check_manager_pin_finish (EmbDatabase   *db,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return finish_boolean (db, result, emb_pin_store_check_manager_pin_async, error);
}

/* Setting without blocking ----------------------------------------------------- */

typedef struct
{
  gint64  employee_id;   /* 0: the manager PIN */
  char   *pin;
  char   *hash;
} Setting;

static void
setting_free (Setting *setting)
{
  _emb_pin_wipe (setting->pin);
  g_free (setting->hash);
  g_free (setting);
}

static void
hash_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Setting *setting = task_data;
  GError *error = NULL;

  setting->hash = emb_pin_hash (setting->pin, &error);
  if (setting->hash == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
hashed (GObject      *source_object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EmbDatabase *db = g_task_get_source_object (task);
  Setting *setting = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (!(setting->employee_id != 0
          ? _emb_pin_store_set_employee_hash (db, setting->employee_id, setting->hash, &error)
          : _emb_pin_store_set_manager_hash (db, setting->hash, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * emb_pin_store_set_pin_async:
 * @employee_id: an employee, or 0 for the manager PIN
 * @pin: 4 to 8 digits
 *
 * As emb_pin_store_set_employee_pin() or emb_pin_store_set_manager_pin(),
 * with the hashing on a worker thread; a badly formed PIN is refused at
 * once (in the result).
 */
void
emb_pin_store_set_pin_async (EmbDatabase         *db,
                             gint64               employee_id,
                             const char          *pin,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Setting *setting;
  GError *error = NULL;

  g_return_if_fail (EMB_IS_DATABASE (db));

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_pin_store_set_pin_async);
  if (!emb_pin_validate (pin, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  setting = g_new0 (Setting, 1);
  setting->employee_id = employee_id;
  setting->pin = g_strdup (pin);
  g_task_set_task_data (task, setting, (GDestroyNotify)setting_free);

  work_in_thread (task, hash_in_thread, hashed);
}

gboolean
emb_pin_store_set_pin_finish (EmbDatabase   *db,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_boolean (db, result, emb_pin_store_set_pin_async, error);
}
