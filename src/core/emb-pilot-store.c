/* emb-pilot-store.c: autonomy pilots, their rollout waves and decision log
 *
 * A pilot gives employees a principle (“decide yourself, but always to the
 * customer's benefit”) and guardrails, first in one department, then wave by
 * wave in the others: a wave is planned, runs, is evaluated and is rolled
 * out. Employees log the decisions they took on their own; managers review
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-pilot-store.h"
#include "emb-query-model-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* Pilots ------------------------------------------------------------------ */

/**
 * emb_pilot_store_list_pilots:
 *
 * Returns: (transfer full): every #EmbPilot, by name
 */
GListModel *
emb_pilot_store_list_pilots (EmbDatabase  *db,
                             GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_pilot,
                                        "ORDER BY t.name COLLATE NOCASE, t.id", error));
}

EmbPilot *
emb_pilot_store_get_pilot (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_pilot, id, error);
}

/* An ISO 4217 code: three capital letters. */
static gboolean
validate_currency (const char  *currency,
                   GError     **error)
{
  if (currency == NULL || *currency == '\0')
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "currency",
                                _("“%s” must not be empty."), _("Currency"));
      return FALSE;
    }

  if (strlen (currency) != 3 ||
      !g_ascii_isupper (currency[0]) || !g_ascii_isupper (currency[1]) ||
      !g_ascii_isupper (currency[2]))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "currency",
                                _("“%s” must be a three-letter ISO 4217 code such as EUR, "
                                  "not “%s”."),
                                _("Currency"), currency);
      return FALSE;
    }

  return TRUE;
}

/**
 * emb_pilot_store_save_pilot:
 *
 * Validates and saves a pilot. A new #EmbPilot starts with the principle of
 * the articles and the currency EUR. The spending ceiling is in minor units
 * of the currency (cents); 0 means no ceiling.
 */
gboolean
emb_pilot_store_save_pilot (EmbDatabase  *db,
                            EmbPilot     *pilot,
                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_PILOT (pilot), FALSE);

  if (!_emb_validate_text (emb_pilot_get_name (pilot), TRUE, EMB_MAX_NAME,
                           "name", _("Name"), error) ||
      !_emb_validate_text (emb_pilot_get_principle (pilot), TRUE, EMB_MAX_TEXT,
                           "principle", _("Principle"), error) ||
      !_emb_validate_int_range (emb_pilot_get_spending_ceiling (pilot), 0, G_MAXINT64,
                                "spending-ceiling", _("Spending ceiling"), error) ||
      !validate_currency (emb_pilot_get_currency (pilot), error) ||
      !_emb_validate_text (emb_pilot_get_allowed_decisions (pilot), FALSE, EMB_MAX_TEXT,
                           "allowed-decisions", _("Allowed decisions"), error) ||
      !_emb_validate_text (emb_pilot_get_escalation_rule (pilot), FALSE, EMB_MAX_TEXT,
                           "escalation-rule", _("Escalation rule"), error))
    return FALSE;

  return _emb_table_save (db, &emb_table_pilot, EMB_RECORD (pilot), error);
}

static gboolean
delete_pilot_in_transaction (EmbDatabase  *db,
                             gpointer      user_data,
                             GError      **error)
{
  gint64 id = *(const gint64 *)user_data;

  if (!_emb_table_delete (db, &emb_table_pilot, id, error))
    return FALSE;

  /* Its waves and decisions went with it (ON DELETE CASCADE). */
  _emb_database_defer_changed (db, EMB_RECORD_KIND_WAVE, EMB_CHANGE_MANY, 0);
  _emb_database_defer_changed (db, EMB_RECORD_KIND_DECISION, EMB_CHANGE_MANY, 0);
  return TRUE;
}

/**
 * emb_pilot_store_delete_pilot:
 *
 * Deletes a pilot with its waves and its decision log.
 */
gboolean
emb_pilot_store_delete_pilot (EmbDatabase  *db,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, delete_pilot_in_transaction, &id, error);
}

/**
 * emb_pilot_store_count_running:
 *
 * Returns: how many pilots have a wave running now
 */
gint64
emb_pilot_store_count_running (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db,
                              "SELECT count(DISTINCT pilot_id) FROM pilot_wave"
                              " WHERE status = 'running'");
}

/* Waves ------------------------------------------------------------------- */

static const char *
wave_status_label (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_PLANNED:
      return C_("wave status", "planned");
    case EMB_WAVE_STATUS_RUNNING:
      return C_("wave status", "running");
    case EMB_WAVE_STATUS_EVALUATED:
      return C_("wave status", "evaluated");
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return C_("wave status", "rolled out");
    default:
      return "";
    }
}

/**
 * emb_pilot_store_list_waves:
 *
 * Returns: (transfer full): the #EmbWave records of the pilot, in order
 */
GListModel *
emb_pilot_store_list_waves (EmbDatabase  *db,
                            gint64        pilot_id,
                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_wave,
                                           "WHERE t.pilot_id = ?1 ORDER BY t.position, t.id",
                                           pilot_id, error));
}

EmbWave *
emb_pilot_store_get_wave (EmbDatabase  *db,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_wave, id, error);
}

/**
 * emb_pilot_store_list_wave_touchpoints:
 * @wave_id: a wave of a pilot
 *
 * The touchpoints a wave's figures are about: every touchpoint at which a
 * role of the wave's department has a responsibility (of any level).
 *
 * Returns: (transfer full) (element-type gint64): their ids, ascending, each
 *   once; %NULL with %EMB_DATABASE_ERROR_NOT_FOUND when the wave does not
 *   exist, or another database error
 */
GArray *
emb_pilot_store_list_wave_touchpoints (EmbDatabase  *db,
                                       gint64        wave_id,
                                       GError      **error)
{
  g_autoptr(EmbWave) wave = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  wave = _emb_table_get (db, &emb_table_wave, wave_id, error);
  if (wave == NULL)
    return NULL;

  return _emb_load_ids (db,
                        "SELECT DISTINCT r.touchpoint_id FROM responsibility r"
                        " JOIN role o ON o.id = r.role_id"
                        " WHERE o.department_id ="
                        "  (SELECT department_id FROM pilot_wave WHERE id = ?1)"
                        " ORDER BY r.touchpoint_id",
                        wave_id, error);
}

static gboolean
validate_wave (EmbDatabase  *db,
               EmbWave      *wave,
               GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gint64 department_id = emb_wave_get_department_id (wave);
  const char *starts_on = emb_wave_get_starts_on (wave);
  const char *ends_on = emb_wave_get_ends_on (wave);

  if (!_emb_validate_reference (db, &emb_table_pilot, emb_wave_get_pilot_id (wave), TRUE,
                                "pilot", _("Pilot"), error) ||
      !_emb_validate_reference (db, &emb_table_department, department_id, TRUE,
                                "department", _("Department"), error) ||
      !_emb_validate_date (starts_on, TRUE, "starts-on", _("Starts on"), error) ||
      !_emb_validate_date (ends_on, TRUE, "ends-on", _("Ends on"), error))
    return FALSE;

  if (strcmp (ends_on, starts_on) < 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "ends-on",
                                _("A wave must end on or after the day it starts (%s)."),
                                starts_on);
      return FALSE;
    }

  stmt = _emb_database_prepare_id (db,
                                   "SELECT d.name FROM pilot_wave w JOIN department d"
                                   " ON d.id = w.department_id"
                                   " WHERE w.pilot_id = ?1 AND w.department_id = ?2 AND w.id <> ?3",
                                   emb_wave_get_pilot_id (wave), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, department_id);
  sqlite3_bind_int64 (stmt, 3, emb_record_get_id (EMB_RECORD (wave)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "department",
                                _("The department “%s” already takes part in this pilot."),
                                _emb_column_text (stmt, 0));
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_wave_in_transaction (EmbDatabase  *db,
                         gpointer      user_data,
                         GError      **error)
{
  EmbWave *wave = user_data;
  g_autoptr(EmbStatement) stmt = NULL;
  int position = 0;

  if (!validate_wave (db, wave, error))
    return FALSE;

  stmt = _emb_database_prepare_id (db,
                                   "SELECT coalesce (max (position) + 1, 0) FROM pilot_wave"
                                   " WHERE pilot_id = ?1",
                                   emb_wave_get_pilot_id (wave), error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  g_object_freeze_notify (G_OBJECT (wave));
  emb_wave_set_position (wave, position);
  emb_wave_set_status (wave, EMB_WAVE_STATUS_PLANNED);
  emb_wave_set_evaluation_note (wave, NULL);
  g_object_thaw_notify (G_OBJECT (wave));

  return _emb_table_save (db, &emb_table_wave, EMB_RECORD (wave), error);
}

/**
 * emb_pilot_store_add_wave:
 * @wave: a new wave, with its pilot, department and dates
 *
 * Adds a planned wave after the pilot's last one. A department takes part in
 * a pilot once.
 */
gboolean
emb_pilot_store_add_wave (EmbDatabase  *db,
                          EmbWave      *wave,
                          GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_WAVE (wave), FALSE);
  g_return_val_if_fail (!emb_record_is_saved (EMB_RECORD (wave)), FALSE);

  return emb_database_transaction (db, add_wave_in_transaction, wave, error);
}

static gboolean
save_wave_in_transaction (EmbDatabase  *db,
                          gpointer      user_data,
                          GError      **error)
{
  EmbWave *wave = user_data;
  g_autoptr(EmbWave) stored = NULL;

  stored = _emb_table_get (db, &emb_table_wave, emb_record_get_id (EMB_RECORD (wave)), error);
  if (stored == NULL)
    return FALSE;

  if (emb_wave_get_department_id (wave) != emb_wave_get_department_id (stored) &&
      emb_wave_get_status (stored) != EMB_WAVE_STATUS_PLANNED)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "department",
                                _("Only a planned wave can move to another department; "
                                  "this one is %s."),
                                wave_status_label (emb_wave_get_status (stored)));
      return FALSE;
    }

  /* A wave stays in its pilot and place; its status changes by the steps. */
  g_object_freeze_notify (G_OBJECT (wave));
  emb_wave_set_pilot_id (wave, emb_wave_get_pilot_id (stored));
  emb_wave_set_position (wave, emb_wave_get_position (stored));
  emb_wave_set_status (wave, emb_wave_get_status (stored));
  emb_wave_set_evaluation_note (wave, emb_wave_get_evaluation_note (stored));
  g_object_thaw_notify (G_OBJECT (wave));

  if (!validate_wave (db, wave, error))
    return FALSE;

  return _emb_table_save (db, &emb_table_wave, EMB_RECORD (wave), error);
}

/**
 * emb_pilot_store_save_wave:
 *
 * Saves an edited wave: its dates, and its department while it is planned.
 * Its pilot, position, status and evaluation keep their stored values. A
 * wave that was never saved is added with emb_pilot_store_add_wave().
 */
gboolean
emb_pilot_store_save_wave (EmbDatabase  *db,
                           EmbWave      *wave,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_WAVE (wave), FALSE);

  if (!emb_record_is_saved (EMB_RECORD (wave)))
    return emb_database_transaction (db, add_wave_in_transaction, wave, error);

  return emb_database_transaction (db, save_wave_in_transaction, wave, error);
}

static gboolean
set_position (EmbDatabase  *db,
              gint64        id,
              int           position,
              const char   *now,
              GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (db,
                                   "UPDATE pilot_wave SET position = ?2, updated_at = ?3"
                                   " WHERE id = ?1 AND position <> ?2",
                                   id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, position);
  _emb_bind_text (stmt, 3, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (_emb_database_get_handle (db)) > 0)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_WAVE, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

static GArray *
wave_ids (EmbDatabase  *db,
          gint64        pilot_id,
          GError      **error)
{
  return _emb_load_ids (db, "SELECT id FROM pilot_wave WHERE pilot_id = ?1 ORDER BY position, id",
                        pilot_id, error);
}

typedef struct
{
  gint64        pilot_id;
  const gint64 *ids;
  guint         n_ids;
} Reorder;

static gboolean
reorder_in_transaction (EmbDatabase  *db,
                        gpointer      user_data,
                        GError      **error)
{
  const Reorder *data = user_data;
  g_autoptr(GArray) current = NULL;
  g_autoptr(GHashTable) remaining = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *now = emb_now_iso8601 ();

  if (!_emb_validate_reference (db, &emb_table_pilot, data->pilot_id, TRUE,
                                "pilot", _("Pilot"), error))
    return FALSE;

  current = wave_ids (db, data->pilot_id, error);
  if (current == NULL)
    return FALSE;

  for (guint i = 0; i < current->len; i++)
    g_hash_table_add (remaining, &g_array_index (current, gint64, i));

  /* Every wave of the pilot, each once, and nothing else. */
  for (guint i = 0; data->n_ids == current->len && i < data->n_ids; i++)
    if (!g_hash_table_remove (remaining, &data->ids[i]))
      break;
  if (data->n_ids != current->len || g_hash_table_size (remaining) > 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "waves",
                                _("The new order must list every wave of the pilot "
                                  "exactly once."));
      return FALSE;
    }

  for (guint i = 0; i < data->n_ids; i++)
    if (!set_position (db, data->ids[i], (int)i, now, error))
      return FALSE;

  return TRUE;
}

/**
 * emb_pilot_store_reorder_waves:
 * @wave_ids: (array length=n_wave_ids): every wave of the pilot, in the new order
 *
 * Puts the waves of a pilot in a new order, in one transaction.
 */
gboolean
emb_pilot_store_reorder_waves (EmbDatabase   *db,
                               gint64         pilot_id,
                               const gint64  *wave_ids,
                               guint          n_wave_ids,
                               GError       **error)
{
  Reorder data = { pilot_id, wave_ids, n_wave_ids };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (wave_ids != NULL || n_wave_ids == 0, FALSE);

  return emb_database_transaction (db, reorder_in_transaction, &data, error);
}

static gboolean
remove_wave_in_transaction (EmbDatabase  *db,
                            gpointer      user_data,
                            GError      **error)
{
  gint64 id = *(const gint64 *)user_data;
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GArray) rest = NULL;
  g_autofree char *now = emb_now_iso8601 ();

  wave = _emb_table_get (db, &emb_table_wave, id, error);
  if (wave == NULL)
    return FALSE;

  if (emb_wave_get_status (wave) != EMB_WAVE_STATUS_PLANNED)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                _("Only a planned wave can be removed; this one is %s."),
                                wave_status_label (emb_wave_get_status (wave)));
      return FALSE;
    }

  if (!_emb_table_delete (db, &emb_table_wave, id, error))
    return FALSE;

  /* The waves after it move up. */
  rest = wave_ids (db, emb_wave_get_pilot_id (wave), error);
  if (rest == NULL)
    return FALSE;
  for (guint i = 0; i < rest->len; i++)
    if (!set_position (db, g_array_index (rest, gint64, i), (int)i, now, error))
      return FALSE;

  return TRUE;
}

/**
 * emb_pilot_store_remove_wave:
 *
 * Removes a planned wave from its pilot; the waves after it move up.
 */
gboolean
emb_pilot_store_remove_wave (EmbDatabase  *db,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, remove_wave_in_transaction, &id, error);
}

typedef struct
{
  gint64         id;
  gint64         pilot_id;
  EmbWaveStatus  to;
  const char    *note;
} WaveStep;

/* Moves a wave one step on: planned → running → evaluated → rolled out. */
static gboolean
step_wave (EmbDatabase     *db,
           const WaveStep  *step,
           GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(EmbWave) wave = NULL;
  g_autofree char *now = emb_now_iso8601 ();
  EmbWaveStatus status;

  wave = _emb_table_get (db, &emb_table_wave, step->id, error);
  if (wave == NULL)
    return FALSE;
  status = emb_wave_get_status (wave);

  switch (step->to)
    {
    case EMB_WAVE_STATUS_RUNNING:
      if (status != EMB_WAVE_STATUS_PLANNED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only a planned wave can be started; this one is %s."),
                                    wave_status_label (status));
          return FALSE;
        }
      break;

    case EMB_WAVE_STATUS_EVALUATED:
      if (status != EMB_WAVE_STATUS_RUNNING)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only a running wave can be evaluated; this one is %s."),
                                    wave_status_label (status));
          return FALSE;
        }
      break;

    case EMB_WAVE_STATUS_ROLLED_OUT:
      if (status != EMB_WAVE_STATUS_EVALUATED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only an evaluated wave can be rolled out; "
                                      "this one is %s."),
                                    wave_status_label (status));
          return FALSE;
        }
      break;

    case EMB_WAVE_STATUS_PLANNED:
    default:
      g_assert_not_reached ();
    }

  stmt = _emb_database_prepare_id (db,
                                   "UPDATE pilot_wave SET status = ?2,"
                                   " evaluation_note = coalesce (?3, evaluation_note),"
                                   " updated_at = ?4 WHERE id = ?1",
                                   step->id, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_WAVE_STATUS, step->to));
  _emb_bind_text (stmt, 3, step->note);
  _emb_bind_text (stmt, 4, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_WAVE, EMB_CHANGE_UPDATED, step->id);
  return TRUE;
}

static gboolean
step_wave_in_transaction (EmbDatabase  *db,
                          gpointer      user_data,
                          GError      **error)
{
  return step_wave (db, user_data, error);
}

/**
 * emb_pilot_store_start_wave:
 *
 * Starts a planned wave; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status".
 */
gboolean
emb_pilot_store_start_wave (EmbDatabase  *db,
                            gint64        id,
                            GError      **error)
{
  WaveStep step = { id, 0, EMB_WAVE_STATUS_RUNNING, NULL };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, step_wave_in_transaction, &step, error);
}

/**
 * emb_pilot_store_evaluate_wave:
 * @note: what the wave showed (required)
 *
 * Closes a running wave with its evaluation; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status".
 */
gboolean
emb_pilot_store_evaluate_wave (EmbDatabase  *db,
                               gint64        id,
                               const char   *note,
                               GError      **error)
{
  WaveStep step = { id, 0, EMB_WAVE_STATUS_EVALUATED, note };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (!_emb_validate_text (note, TRUE, EMB_MAX_TEXT,
                           "evaluation-note", _("Evaluation"), error))
    return FALSE;

  return emb_database_transaction (db, step_wave_in_transaction, &step, error);
}

/**
 * emb_pilot_store_roll_out_wave:
 *
 * Marks an evaluated wave as rolled out; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status".
 */
gboolean
emb_pilot_store_roll_out_wave (EmbDatabase  *db,
                               gint64        id,
                               GError      **error)
{
  WaveStep step = { id, 0, EMB_WAVE_STATUS_ROLLED_OUT, NULL };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, step_wave_in_transaction, &step, error);
}

static gboolean
start_next_in_transaction (EmbDatabase  *db,
                           gpointer      user_data,
                           GError      **error)
{
  WaveStep *step = user_data;
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  if (!_emb_validate_reference (db, &emb_table_pilot, step->pilot_id, TRUE,
                                "pilot", _("Pilot"), error))
    return FALSE;

  /* The running wave first, then the first planned one. */
  stmt = _emb_database_prepare_id (db,
                                   "SELECT id, status FROM pilot_wave"
                                   " WHERE pilot_id = ?1 AND status IN ('running', 'planned')"
                                   " ORDER BY status = 'planned', position, id LIMIT 1",
                                   step->pilot_id, error);
  if (stmt == NULL)
    return FALSE;
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                _("The pilot has no planned wave left to start."));
      return FALSE;
    }
  if (g_strcmp0 (_emb_column_text (stmt, 1), "running") == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                _("A wave of the pilot is still running; "
                                  "evaluate it before starting the next one."));
      return FALSE;
    }

  step->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return step_wave (db, step, error);
}

/**
 * emb_pilot_store_start_next_wave:
 *
 * Starts the first planned wave of the pilot, in order. It is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status" while a wave of the pilot is
 * running, or when no planned wave is left.
 *
 * Returns: (transfer full): the wave that started, or %NULL with @error set
 */
EmbWave *
emb_pilot_store_start_next_wave (EmbDatabase  *db,
                                 gint64        pilot_id,
                                 GError      **error)
{
  WaveStep step = { 0, pilot_id, EMB_WAVE_STATUS_RUNNING, NULL };

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!emb_database_transaction (db, start_next_in_transaction, &step, error))
    return NULL;

  return _emb_table_get (db, &emb_table_wave, step.id, error);
}

/* Decisions --------------------------------------------------------------- */

/**
 * emb_pilot_store_query_decisions:
 * @pilot_id: the pilot, or 0 for the decisions of every pilot
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbDecision, newest day
 *   first, that follows changes to decisions
 */
GListModel *
emb_pilot_store_query_decisions (EmbDatabase *db,
                                 gint64       pilot_id)
{
  /* A deleted pilot takes its decisions along. */
  static const EmbRecordKind kinds[] = { EMB_RECORD_KIND_PILOT, EMB_RECORD_KIND_ANY };
  /* Newest first: the key of the pilot_decision_by_* indexes (schema 5). */
  static const char newest_first[] = "-julianday (t.decided_on)";
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (pilot_id > 0)
    {
      g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (pilot_id)));
      return G_LIST_MODEL (_emb_query_model_new (db, &emb_table_decision, "t.pilot_id = ?1",
                                                 params, newest_first, kinds));
    }

  return G_LIST_MODEL (_emb_query_model_new (db, &emb_table_decision, NULL, NULL,
                                             newest_first, kinds));
}

EmbDecision *
emb_pilot_store_get_decision (EmbDatabase  *db,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_decision, id, error);
}

static gboolean
validate_decision (EmbDatabase  *db,
                   EmbDecision  *decision,
                   GError      **error)
{
  return _emb_validate_reference (db, &emb_table_pilot, emb_decision_get_pilot_id (decision),
                                  TRUE, "pilot", _("Pilot"), error) &&
         _emb_validate_reference (db, &emb_table_employee,
                                  emb_decision_get_employee_id (decision),
                                  TRUE, "employee", _("Employee"), error) &&
         _emb_validate_date (emb_decision_get_decided_on (decision), TRUE,
                             "decided-on", _("Decided on"), error) &&
         _emb_validate_text (emb_decision_get_kind (decision), FALSE, EMB_MAX_SHORT,
                             "kind", _("Kind of decision"), error) &&
         _emb_validate_text (emb_decision_get_situation (decision), TRUE, EMB_MAX_TEXT,
                             "situation", _("Situation"), error) &&
         _emb_validate_text (emb_decision_get_decision (decision), TRUE, EMB_MAX_TEXT,
                             "decision", _("Decision"), error) &&
         _emb_validate_int_range (emb_decision_get_cost (decision), 0, G_MAXINT64,
                                  "cost", _("Cost"), error) &&
         _emb_validate_text (emb_decision_get_customer_outcome (decision), FALSE, EMB_MAX_TEXT,
                             "customer-outcome", _("Outcome for the customer"), error) &&
         _emb_validate_text (emb_decision_get_over_ceiling_reason (decision), FALSE, EMB_MAX_TEXT,
                             "over-ceiling-reason", _("Reason for going over the ceiling"),
                             error);
}

static gboolean
log_decision_in_transaction (EmbDatabase  *db,
                             gpointer      user_data,
                             GError      **error)
{
  EmbDecision *decision = user_data;
  g_autoptr(EmbDecision) stored = NULL;

  if (!validate_decision (db, decision, error))
    return FALSE;

  /* The review is changed by emb_pilot_store_review_decision() only. */
  if (emb_record_is_saved (EMB_RECORD (decision)))
    {
      stored = _emb_table_get (db, &emb_table_decision,
                               emb_record_get_id (EMB_RECORD (decision)), error);
      if (stored == NULL)
        return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (decision));
  emb_decision_set_review_status (decision, stored != NULL
                                              ? emb_decision_get_review_status (stored)
                                              : EMB_REVIEW_STATUS_PENDING);
  emb_decision_set_review_note (decision, stored != NULL
                                            ? emb_decision_get_review_note (stored)
                                            : NULL);
  g_object_thaw_notify (G_OBJECT (decision));

  return _emb_table_save (db, &emb_table_decision, EMB_RECORD (decision), error);
}

/**
 * emb_pilot_store_log_decision:
 * @decision: a decision an employee took under the pilot
 *
 * Validates and saves a logged decision (a new one waits for review). The
 * cost is in minor units of the pilot's currency. The review status and note
 * keep their stored values.
 */
gboolean
emb_pilot_store_log_decision (EmbDatabase  *db,
                              EmbDecision  *decision,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_DECISION (decision), FALSE);

  return emb_database_transaction (db, log_decision_in_transaction, decision, error);
}

/**
 * emb_pilot_store_review_decision:
 * @status: %EMB_REVIEW_STATUS_REVIEWED or %EMB_REVIEW_STATUS_ESCALATED
 * @note: (nullable): the reviewer's note; required when escalating
 *
 * Records a manager's review of a logged decision.
 */
gboolean
emb_pilot_store_review_decision (EmbDatabase      *db,
                                 gint64            id,
                                 EmbReviewStatus   status,
                                 const char       *note,
                                 GError          **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (status != EMB_REVIEW_STATUS_REVIEWED && status != EMB_REVIEW_STATUS_ESCALATED)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "review-status",
                                _("A review marks a decision as reviewed or as escalated."));
      return FALSE;
    }
  if (!_emb_validate_text (note, status == EMB_REVIEW_STATUS_ESCALATED, EMB_MAX_TEXT,
                           "review-note", _("Review note"), error))
    return FALSE;

  stmt = _emb_database_prepare (db,
                                "UPDATE pilot_decision SET review_status = ?2, review_note = ?3,"
                                " updated_at = ?4 WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  now = emb_now_iso8601 ();
  sqlite3_bind_int64 (stmt, 1, id);
  _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_REVIEW_STATUS, status));
  _emb_bind_text (stmt, 3, note != NULL ? note : "");
  _emb_bind_text (stmt, 4, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The decision no longer exists; it may have been deleted."));
      return FALSE;
    }

  _emb_database_defer_changed (db, EMB_RECORD_KIND_DECISION, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

gboolean
emb_pilot_store_delete_decision (EmbDatabase  *db,
                                 gint64        id,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_table_delete (db, &emb_table_decision, id, error);
}

/**
 * emb_pilot_decision_is_over_ceiling:
 *
 * Returns: %TRUE when the decision cost more than the pilot's spending
 *   ceiling (a ceiling of 0 means none)
 */
gboolean
emb_pilot_decision_is_over_ceiling (EmbDecision *decision,
                                    EmbPilot    *pilot)
{
  gint64 ceiling;

  g_return_val_if_fail (EMB_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (EMB_IS_PILOT (pilot), FALSE);

  ceiling = emb_pilot_get_spending_ceiling (pilot);
  return ceiling > 0 && emb_decision_get_cost (decision) > ceiling;
}
