/* emb-training-store.c: training objectives and follow-up observations
 *
 * A training objective says what should change, and how it shows, for some
 * roles at some touchpoints: training without a defined goal changes
 * nothing measurable, so the expected change is required. Observations
 * record, after the training, how far the change is seen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-training-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-tables.h"
#include "emb-training-store.h"
#include "emb-validate-private.h"

/* Objectives ------------------------------------------------------------- */

/**
 * emb_training_store_list_objectives:
 *
 * Returns: (transfer full): every #EmbTrainingObjective, by review date
 *   (objectives without one last)
 */
GListModel *
emb_training_store_list_objectives (EmbDatabase  *db,
                                    GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_training_objective,
                                        "ORDER BY t.review_on IS NULL, t.review_on, t.id",
                                        error));
}

EmbTrainingObjective *
emb_training_store_get_objective (EmbDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_training_objective, id, error);
}

typedef struct
{
  EmbTrainingObjective *objective;
  const gint64         *role_ids;
  guint                 n_role_ids;
  const gint64         *touchpoint_ids;
  guint                 n_touchpoint_ids;
} SaveObjective;

static gboolean
validate_objective (EmbDatabase    *db,
                    SaveObjective  *data,
                    GError        **error)
{
  EmbTrainingObjective *objective = data->objective;

  if (!_emb_validate_text (emb_training_objective_get_title (objective), TRUE, EMB_MAX_NAME,
                           "title", _("Title"), error) ||
      !_emb_validate_text (emb_training_objective_get_expected_change (objective), TRUE,
                           EMB_MAX_TEXT, "expected-change", _("Expected change"), error) ||
      !_emb_validate_text (emb_training_objective_get_knowledge (objective), FALSE,
                           EMB_MAX_TEXT, "knowledge", _("Knowledge"), error) ||
      !_emb_validate_text (emb_training_objective_get_skills (objective), FALSE,
                           EMB_MAX_TEXT, "skills", _("Skills"), error) ||
      !_emb_validate_text (emb_training_objective_get_attitudes (objective), FALSE,
                           EMB_MAX_TEXT, "attitudes", _("Attitudes"), error) ||
      !_emb_validate_date (emb_training_objective_get_review_on (objective), FALSE,
                           "review-on", _("Review on"), error))
    return FALSE;

  for (guint i = 0; i < data->n_role_ids; i++)
    if (!_emb_validate_reference (db, &emb_table_role, data->role_ids[i], TRUE,
                                  "roles", _("Roles"), error))
      return FALSE;

  for (guint i = 0; i < data->n_touchpoint_ids; i++)
    if (!_emb_validate_reference (db, &emb_table_touchpoint, data->touchpoint_ids[i], TRUE,
                                  "touchpoints", _("Touchpoints"), error))
      return FALSE;

  return TRUE;
}

/* Replaces the members of one set of the objective; duplicates in @ids are
 * stored once. */
static gboolean
replace_set (EmbDatabase   *db,
             const char    *delete_sql,
             const char    *insert_sql,
             gint64         objective_id,
             const gint64  *ids,
             guint          n_ids,
             GError       **error)
{
  g_autoptr(EmbStatement) del = _emb_database_prepare (db, delete_sql, error);

  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, objective_id);
  if (!_emb_database_step_done (db, del, error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(EmbStatement) ins = _emb_database_prepare (db, insert_sql, error);

      if (ins == NULL)
        return FALSE;
      sqlite3_bind_int64 (ins, 1, objective_id);
      sqlite3_bind_int64 (ins, 2, ids[i]);
      if (!_emb_database_step_done (db, ins, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_objective_in_transaction (EmbDatabase  *db,
                               gpointer      user_data,
                               GError      **error)
{
  SaveObjective *data = user_data;
  gint64 id;

  if (!validate_objective (db, data, error) ||
      !_emb_table_save (db, &emb_table_training_objective, EMB_RECORD (data->objective), error))
    return FALSE;

  id = emb_record_get_id (EMB_RECORD (data->objective));

  return replace_set (db,
                      "DELETE FROM training_objective_role WHERE objective_id = ?1",
                      "INSERT INTO training_objective_role (objective_id, role_id)"
                      " VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                      id, data->role_ids, data->n_role_ids, error) &&
         replace_set (db,
                      "DELETE FROM training_objective_touchpoint WHERE objective_id = ?1",
                      "INSERT INTO training_objective_touchpoint (objective_id, touchpoint_id)"
                      " VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                      id, data->touchpoint_ids, data->n_touchpoint_ids, error);
}

/**
 * emb_training_store_save_objective:
 * @objective: the objective to add (id 0) or update
 * @role_ids: (array length=n_role_ids) (nullable): the roles it is for
 * @touchpoint_ids: (array length=n_touchpoint_ids) (nullable): the
 *   touchpoints where the change should show
 *
 * Validates and saves @objective and replaces its roles and touchpoints with
 * the given ones, all in one transaction: on any error nothing is written.
 *
 * Returns: %TRUE on success; otherwise @error names the field at fault
 */
gboolean
emb_training_store_save_objective (EmbDatabase           *db,
                                   EmbTrainingObjective  *objective,
                                   const gint64          *role_ids,
                                   guint                  n_role_ids,
                                   const gint64          *touchpoint_ids,
                                   guint                  n_touchpoint_ids,
                                   GError               **error)
{
  SaveObjective data = { objective, role_ids, n_role_ids, touchpoint_ids, n_touchpoint_ids };
  EmbRecord *record = EMB_RECORD (objective);
  gint64 old_id;
  g_autofree char *old_created_at = NULL;
  g_autofree char *old_updated_at = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_TRAINING_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (role_ids != NULL || n_role_ids == 0, FALSE);
  g_return_val_if_fail (touchpoint_ids != NULL || n_touchpoint_ids == 0, FALSE);

  old_id = emb_record_get_id (record);
  old_created_at = g_strdup (emb_record_get_created_at (record));
  old_updated_at = g_strdup (emb_record_get_updated_at (record));

  if (!emb_database_transaction (db, save_objective_in_transaction, &data, error))
    {
      /* The writes were rolled back: so is the identity of the record. */
      _emb_record_set_identity (record, old_id, NULL, old_created_at, old_updated_at);
      return FALSE;
    }
  return TRUE;
}

static gboolean
delete_objective_in_transaction (EmbDatabase  *db,
                                 gpointer      user_data,
                                 GError      **error)
{
  gint64 id = *(gint64 *)user_data;
  g_autoptr(GArray) observations = NULL;

  observations = _emb_load_ids (db, "SELECT id FROM training_observation WHERE objective_id = ?1",
                                id, error);
  if (observations == NULL)
    return FALSE;

  /* Roles, touchpoints and observations go with it (ON DELETE CASCADE). */
  if (!_emb_table_delete (db, &emb_table_training_objective, id, error))
    return FALSE;

  for (guint i = 0; i < observations->len; i++)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_OBSERVATION, EMB_CHANGE_DELETED,
                                 g_array_index (observations, gint64, i));
  return TRUE;
}

/**
 * emb_training_store_delete_objective:
 *
 * Deletes the objective with its observations.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_training_store_delete_objective (EmbDatabase  *db,
                                     gint64        id,
                                     GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, delete_objective_in_transaction, &id, error);
}

/**
 * emb_training_store_get_role_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the roles the
 *   objective is for, in increasing order
 */
GArray *
emb_training_store_get_role_ids (EmbDatabase  *db,
                                 gint64        objective_id,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_load_ids (db,
                        "SELECT role_id FROM training_objective_role"
                        " WHERE objective_id = ?1 ORDER BY role_id",
                        objective_id, error);
}

/**
 * emb_training_store_get_touchpoint_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the objective's
 *   touchpoints, in increasing order
 */
GArray *
emb_training_store_get_touchpoint_ids (EmbDatabase  *db,
                                       gint64        objective_id,
                                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_load_ids (db,
                        "SELECT touchpoint_id FROM training_objective_touchpoint"
                        " WHERE objective_id = ?1 ORDER BY touchpoint_id",
                        objective_id, error);
}

/* Observations ----------------------------------------------------------- */

/**
 * emb_training_store_add_observation:
 * @observation: a new observation (id 0) of an objective
 *
 * Validates and adds @observation: how strongly (1 to 5) the expected change
 * of its objective was seen, on a date, optionally in one employee.
 *
 * Returns: %TRUE on success; otherwise @error names the field at fault
 */
gboolean
emb_training_store_add_observation (EmbDatabase     *db,
                                    EmbObservation  *observation,
                                    GError         **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_OBSERVATION (observation), FALSE);
  g_return_val_if_fail (emb_record_get_id (EMB_RECORD (observation)) == 0, FALSE);

  if (!_emb_validate_reference (db, &emb_table_training_objective,
                                emb_observation_get_objective_id (observation), TRUE,
                                "objective", _("Training objective"), error) ||
      !_emb_validate_reference (db, &emb_table_employee,
                                emb_observation_get_employee_id (observation), FALSE,
                                "employee", _("Employee"), error) ||
      !_emb_validate_date (emb_observation_get_observed_on (observation), TRUE,
                           "observed-on", _("Observed on"), error) ||
      !_emb_validate_int_range (emb_observation_get_rating (observation), 1, 5,
                                "rating", _("Rating"), error) ||
      !_emb_validate_text (emb_observation_get_note (observation), FALSE, EMB_MAX_TEXT,
                           "note", _("Note"), error))
    return FALSE;

  return _emb_table_save (db, &emb_table_observation, EMB_RECORD (observation), error);
}

/**
 * emb_training_store_list_observations:
 *
 * Returns: (transfer full): the #EmbObservation records of an objective, by
 *   date
 */
GListModel *
emb_training_store_list_observations (EmbDatabase  *db,
                                      gint64        objective_id,
                                      GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_observation,
                                           "WHERE t.objective_id = ?1"
                                           " ORDER BY t.observed_on, t.id",
                                           objective_id, error));
}

gboolean
emb_training_store_delete_observation (EmbDatabase  *db,
                                       gint64        id,
                                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_table_delete (db, &emb_table_observation, id, error);
}
