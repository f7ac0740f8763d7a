/* emb-journey-store.c: the customer journey and who does what along it
 *
 * Stages hold touchpoints; a responsibility says what a role does at a
 * touchpoint. Stages and touchpoints keep an explicit order (position 0…n-1,
 * touchpoints within their stage).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-journey-store.h"
#include "emb-tables.h"
#include "emb-uuid.h"
#include "emb-validate-private.h"

#define STAGE_IDS_SQL "SELECT id FROM journey_stage ORDER BY position, id"
#define STAGE_POSITION_SQL \
  "UPDATE journey_stage SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2"
#define TOUCHPOINT_IDS_SQL \
  "SELECT id FROM touchpoint WHERE stage_id = ?1 ORDER BY position, id"
#define TOUCHPOINT_POSITION_SQL \
  "UPDATE touchpoint SET position = ?2, updated_at = ?3, stage_id = ?4" \
  " WHERE id = ?1 AND (position <> ?2 OR stage_id <> ?4)"

/* The order of touchpoints along the journey, for lists joined with their
 * stage as s. */
#define JOURNEY_ORDER "s.position, s.id, t.position, t.id"

static const char *
not_found_message (void)
{
  return _("The record no longer exists; it may have been deleted.");
}

/* Positions -------------------------------------------------------------- */

/* Numbers the touchpoints of a stage 0…n-1 again, closing gaps. */
static gboolean
renumber_touchpoints (EmbDatabase  *db,
                      gint64        stage_id,
                      GError      **error)
{
  g_autoptr(GArray) ids = _emb_load_ids (db, TOUCHPOINT_IDS_SQL, stage_id, error);

  return ids != NULL &&
         _emb_write_positions (db, TOUCHPOINT_POSITION_SQL, EMB_RECORD_KIND_TOUCHPOINT,
                          ids, stage_id, error);
}

/* Takes @id out of @ids (when there) and inserts it at @position, clamped
 * to the list. */
static void
place_id (GArray *ids,
          gint64  id,
          int     position)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index (ids, i);
        break;
      }

  g_array_insert_val (ids, (guint)CLAMP (position, 0, (int)ids->len), id);
}

/* The first column of the one row @sql selects for @id, or -1 when there is
 * no such row. */
static gboolean
query_int64 (EmbDatabase  *db,
             const char   *sql,
             gint64        id,
             gint64       *result,
             GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  stmt = _emb_database_prepare_id (db, sql, id, error);
  if (stmt == NULL)
    return FALSE;
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  *result = has_row ? sqlite3_column_int64 (stmt, 0) : -1;
  return TRUE;
}

/* Stages ----------------------------------------------------------------- */

/**
 * emb_journey_store_list_stages:
 *
 * Returns: (transfer full): every #EmbStage, in journey order
 */
GListModel *
emb_journey_store_list_stages (EmbDatabase  *db,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_stage,
                                        "ORDER BY t.position, t.id", error));
}

EmbStage *
emb_journey_store_get_stage (EmbDatabase  *db,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_stage, id, error);
}

static gboolean
save_stage_in_transaction (EmbDatabase  *db,
                           gpointer      user_data,
                           GError      **error)
{
  EmbStage *stage = user_data;
  gint64 id = emb_record_get_id (EMB_RECORD (stage));
  gint64 position;

  /* A new stage goes to the end; a saved one keeps its place, which only
   * emb_journey_store_move_stage() changes. */
  if (id == 0)
    {
      if (!query_int64 (db, "SELECT coalesce(max(position) + 1, 0) FROM journey_stage"
                            " WHERE ?1 = ?1", 0, &position, error))
        return FALSE;
    }
  else if (!query_int64 (db, "SELECT position FROM journey_stage WHERE id = ?1",
                         id, &position, error))
    return FALSE;

  if (position >= 0)
    emb_stage_set_position (stage, (int)position);

  return _emb_table_save (db, &emb_table_stage, EMB_RECORD (stage), error);
}

/**
 * emb_journey_store_save_stage:
 *
 * Saves @stage; a new stage is placed after the others. The position of a
 * saved stage is kept as stored: use emb_journey_store_move_stage() to
 * reorder.
 */
gboolean
emb_journey_store_save_stage (EmbDatabase  *db,
                              EmbStage     *stage,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_STAGE (stage), FALSE);

  if (!_emb_validate_text (emb_stage_get_name (stage), TRUE, EMB_MAX_NAME,
                           "name", _("Name"), error) ||
      !_emb_validate_text (emb_stage_get_description (stage), FALSE, EMB_MAX_TEXT,
                           "description", _("Description"), error))
    return FALSE;

  return emb_database_transaction (db, save_stage_in_transaction, stage, error);
}

static gboolean
delete_stage_in_transaction (EmbDatabase  *db,
                             gpointer      user_data,
                             GError      **error)
{
  const gint64 *id = user_data;
  g_autoptr(GArray) touchpoints = NULL;
  g_autoptr(GArray) stages = NULL;
  gint64 responsibilities;

  touchpoints = _emb_load_ids (db, TOUCHPOINT_IDS_SQL, *id, error);
  if (touchpoints == NULL ||
      !query_int64 (db,
                    "SELECT count(*) FROM responsibility r"
                    " JOIN touchpoint tp ON tp.id = r.touchpoint_id WHERE tp.stage_id = ?1",
                    *id, &responsibilities, error))
    return FALSE;

  /* The schema deletes the stage's touchpoints, and their responsibilities,
   * with it (ON DELETE CASCADE). */
  if (!_emb_table_delete (db, &emb_table_stage, *id, error))
    return FALSE;

  for (guint i = 0; i < touchpoints->len; i++)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_DELETED,
                                 g_array_index (touchpoints, gint64, i));
  if (responsibilities > 0)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_MANY, 0);

  stages = _emb_load_ids (db, STAGE_IDS_SQL, 0, error);
  return stages != NULL &&
         _emb_write_positions (db, STAGE_POSITION_SQL, EMB_RECORD_KIND_STAGE, stages, 0, error);
}

/**
 * emb_journey_store_delete_stage:
 *
 * Deletes a stage together with its touchpoints and their responsibilities
 * (the schema cascades), and closes the gap in the order of stages. Feedback
 * and nominations about those touchpoints are kept, without a touchpoint.
 */
gboolean
emb_journey_store_delete_stage (EmbDatabase  *db,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, delete_stage_in_transaction, &id, error);
}

typedef struct
{
  gint64 id;
  gint64 stage_id;
  int    position;
} Move;

static gboolean
move_stage_in_transaction (EmbDatabase  *db,
                           gpointer      user_data,
                           GError      **error)
{
  const Move *move = user_data;
  g_autoptr(GArray) ids = NULL;

  if (!_emb_table_exists (db, &emb_table_stage, move->id))
    {
      g_set_error_literal (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                           not_found_message ());
      return FALSE;
    }

  ids = _emb_load_ids (db, STAGE_IDS_SQL, 0, error);
  if (ids == NULL)
    return FALSE;
  place_id (ids, move->id, move->position);
  return _emb_write_positions (db, STAGE_POSITION_SQL, EMB_RECORD_KIND_STAGE, ids, 0, error);
}

/**
 * emb_journey_store_move_stage:
 * @new_position: the place to move to, from 0; beyond the end means last
 *
 * Moves a stage along the journey; the stages are numbered 0…n-1 again, in
 * one transaction.
 */
gboolean
emb_journey_store_move_stage (EmbDatabase  *db,
                              gint64        id,
                              int           new_position,
                              GError      **error)
{
  Move move = { id, 0, new_position };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, move_stage_in_transaction, &move, error);
}

/* Touchpoints ------------------------------------------------------------ */

/**
 * emb_journey_store_list_touchpoints:
 *
 * Returns: (transfer full): every #EmbTouchpoint, in journey order (by
 *   stage, then within the stage)
 */
GListModel *
emb_journey_store_list_touchpoints (EmbDatabase  *db,
                                    GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_touchpoint,
                                        "JOIN journey_stage s ON s.id = t.stage_id"
                                        " ORDER BY " JOURNEY_ORDER,
                                        error));
}

/**
 * emb_journey_store_list_stage_touchpoints:
 *
 * Returns: (transfer full): the #EmbTouchpoint records of one stage, in order
 */
GListModel *
emb_journey_store_list_stage_touchpoints (EmbDatabase  *db,
                                          gint64        stage_id,
                                          GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_touchpoint,
                                           "WHERE t.stage_id = ?1 ORDER BY t.position, t.id",
                                           stage_id, error));
}

EmbTouchpoint *
emb_journey_store_get_touchpoint (EmbDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_touchpoint, id, error);
}

static gboolean
save_touchpoint_in_transaction (EmbDatabase  *db,
                                gpointer      user_data,
                                GError      **error)
{
  EmbTouchpoint *touchpoint = user_data;
  gint64 id = emb_record_get_id (EMB_RECORD (touchpoint));
  gint64 stage_id = emb_touchpoint_get_stage_id (touchpoint);
  gint64 old_stage_id = -1;
  gint64 position = -1;

  if (id != 0 &&
      !query_int64 (db, "SELECT stage_id FROM touchpoint WHERE id = ?1", id, &old_stage_id, error))
    return FALSE;

  /* A new touchpoint, or one that changes stage, goes to the end of its
   * stage; otherwise it keeps its place. */
  if (id == 0 || (old_stage_id >= 0 && old_stage_id != stage_id))
    {
      if (!query_int64 (db, "SELECT coalesce(max(position) + 1, 0) FROM touchpoint"
                            " WHERE stage_id = ?1", stage_id, &position, error))
        return FALSE;
    }
  else if (!query_int64 (db, "SELECT position FROM touchpoint WHERE id = ?1",
                         id, &position, error))
    return FALSE;

  if (position >= 0)
    emb_touchpoint_set_position (touchpoint, (int)position);

  if (!_emb_table_save (db, &emb_table_touchpoint, EMB_RECORD (touchpoint), error))
    return FALSE;

  if (old_stage_id >= 0 && old_stage_id != stage_id)
    return renumber_touchpoints (db, old_stage_id, error);

  return TRUE;
}

/**
 * emb_journey_store_save_touchpoint:
 *
 * Saves @touchpoint; a new touchpoint is placed after the others of its stage,
 * and so is one moved to another stage by changing its stage. Otherwise the
 * stored position is kept: use emb_journey_store_move_touchpoint() to reorder.
 */
gboolean
emb_journey_store_save_touchpoint (EmbDatabase    *db,
                                   EmbTouchpoint  *touchpoint,
                                   GError        **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_TOUCHPOINT (touchpoint), FALSE);

  if (!_emb_validate_text (emb_touchpoint_get_name (touchpoint), TRUE, EMB_MAX_NAME,
                           "name", _("Name"), error) ||
      !_emb_validate_reference (db, &emb_table_stage, emb_touchpoint_get_stage_id (touchpoint),
                                TRUE, "stage", _("Stage"), error) ||
      !_emb_validate_text (emb_touchpoint_get_channel (touchpoint), FALSE, EMB_MAX_SHORT,
                           "channel", _("Channel"), error) ||
      !_emb_validate_text (emb_touchpoint_get_description (touchpoint), FALSE, EMB_MAX_TEXT,
                           "description", _("Description"), error))
    return FALSE;

  return emb_database_transaction (db, save_touchpoint_in_transaction, touchpoint, error);
}

static gboolean
delete_touchpoint_in_transaction (EmbDatabase  *db,
                                  gpointer      user_data,
                                  GError      **error)
{
  const gint64 *id = user_data;
  gint64 stage_id;
  gint64 responsibilities;

  if (!query_int64 (db, "SELECT stage_id FROM touchpoint WHERE id = ?1", *id, &stage_id, error) ||
      !query_int64 (db, "SELECT count(*) FROM responsibility WHERE touchpoint_id = ?1",
                    *id, &responsibilities, error))
    return FALSE;

  /* Its responsibilities go with it (ON DELETE CASCADE). */
  if (!_emb_table_delete (db, &emb_table_touchpoint, *id, error))
    return FALSE;
  if (responsibilities > 0)
    _emb_database_defer_changed (db, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_MANY, 0);

  return renumber_touchpoints (db, stage_id, error);
}

/**
 * emb_journey_store_delete_touchpoint:
 *
 * Deletes a touchpoint with its responsibilities (the schema cascades) and
 * closes the gap in its stage. Feedback and nominations about it are kept,
 * without a touchpoint.
 */
gboolean
emb_journey_store_delete_touchpoint (EmbDatabase  *db,
                                     gint64        id,
                                     GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, delete_touchpoint_in_transaction, &id, error);
}

static gboolean
move_touchpoint_in_transaction (EmbDatabase  *db,
                                gpointer      user_data,
                                GError      **error)
{
  const Move *move = user_data;
  g_autoptr(GArray) ids = NULL;
  gint64 old_stage_id;

  if (!query_int64 (db, "SELECT stage_id FROM touchpoint WHERE id = ?1",
                    move->id, &old_stage_id, error))
    return FALSE;
  if (old_stage_id < 0)
    {
      g_set_error_literal (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                           not_found_message ());
      return FALSE;
    }

  ids = _emb_load_ids (db, TOUCHPOINT_IDS_SQL, move->stage_id, error);
  if (ids == NULL)
    return FALSE;
  place_id (ids, move->id, move->position);
  if (!_emb_write_positions (db, TOUCHPOINT_POSITION_SQL, EMB_RECORD_KIND_TOUCHPOINT,
                        ids, move->stage_id, error))
    return FALSE;

  if (old_stage_id != move->stage_id)
    return renumber_touchpoints (db, old_stage_id, error);

  return TRUE;
}

/**
 * emb_journey_store_move_touchpoint:
 * @stage_id: the stage to move to (the touchpoint's own, to reorder within it)
 * @position: the place in that stage, from 0; beyond the end means last
 *
 * Moves a touchpoint within its stage or to another one; the touchpoints of
 * both stages are numbered 0…n-1 again, in one transaction.
 */
gboolean
emb_journey_store_move_touchpoint (EmbDatabase  *db,
                                   gint64        id,
                                   gint64        stage_id,
                                   int           position,
                                   GError      **error)
{
  Move move = { id, stage_id, position };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (!_emb_validate_reference (db, &emb_table_stage, stage_id, TRUE,
                                "stage", _("Stage"), error))
    return FALSE;

  return emb_database_transaction (db, move_touchpoint_in_transaction, &move, error);
}

gint64
emb_journey_store_count_touchpoints (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, "SELECT count(*) FROM touchpoint");
}

/* Responsibilities ------------------------------------------------------- */

typedef struct
{
  gint64                  role_id;
  gint64                  touchpoint_id;
  EmbResponsibilityLevel  level;
  const char             *note;
} SetResponsibility;

static gboolean
set_responsibility_in_transaction (EmbDatabase  *db,
                                   gpointer      user_data,
                                   GError      **error)
{
  const SetResponsibility *data = user_data;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gint64 existing = 0;
  gboolean has_row;

  stmt = _emb_database_prepare_id (db,
                                   "SELECT id FROM responsibility"
                                   " WHERE role_id = ?1 AND touchpoint_id = ?2",
                                   data->role_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, data->touchpoint_id);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    existing = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, _emb_statement_release);

  if (data->level == EMB_RESPONSIBILITY_LEVEL_NONE)
    {
      if (existing == 0)
        return TRUE;
      return _emb_table_delete (db, &emb_table_responsibility, existing, error);
    }

  uuid = emb_uuid_new ();
  now = emb_now_iso8601 ();
  stmt = _emb_database_prepare (db,
                                "INSERT INTO responsibility"
                                " (uuid, role_id, touchpoint_id, level, note, created_at, updated_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                                " ON CONFLICT (role_id, touchpoint_id) DO UPDATE SET"
                                " level = excluded.level, note = excluded.note,"
                                " updated_at = excluded.updated_at"
                                " RETURNING id",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, data->role_id);
  sqlite3_bind_int64 (stmt, 3, data->touchpoint_id);
  _emb_bind_text (stmt, 4, emb_enum_to_nick (EMB_TYPE_RESPONSIBILITY_LEVEL, data->level));
  _emb_bind_text (stmt, 5, data->note != NULL ? data->note : "");
  _emb_bind_text (stmt, 6, now);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                           _("The responsibility could not be saved."));
      return FALSE;
    }

  _emb_database_defer_changed (db, EMB_RECORD_KIND_RESPONSIBILITY,
                               existing != 0 ? EMB_CHANGE_UPDATED : EMB_CHANGE_CREATED,
                               sqlite3_column_int64 (stmt, 0));
  return TRUE;
}

/**
 * emb_journey_store_set_responsibility:
 * @level: what @role_id does at @touchpoint_id; %EMB_RESPONSIBILITY_LEVEL_NONE
 *   clears the cell
 * @note: (nullable): a note about the responsibility
 *
 * Sets one cell of the role × touchpoint matrix, creating, updating or
 * deleting the responsibility.
 */
gboolean
emb_journey_store_set_responsibility (EmbDatabase             *db,
                                      gint64                   role_id,
                                      gint64                   touchpoint_id,
                                      EmbResponsibilityLevel   level,
                                      const char              *note,
                                      GError                 **error)
{
  SetResponsibility data = { role_id, touchpoint_id, level, note };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (!_emb_validate_reference (db, &emb_table_role, role_id, TRUE,
                                "role", _("Role"), error) ||
      !_emb_validate_reference (db, &emb_table_touchpoint, touchpoint_id, TRUE,
                                "touchpoint", _("Touchpoint"), error) ||
      !_emb_validate_text (note, FALSE, EMB_MAX_TEXT, "note", _("Note"), error))
    return FALSE;

  if (emb_enum_to_nick (EMB_TYPE_RESPONSIBILITY_LEVEL, level) == NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "level",
                                _("“%s” is not a known level of responsibility."),
                                _("Level"));
      return FALSE;
    }

  return emb_database_transaction (db, set_responsibility_in_transaction, &data, error);
}

static EmbResponsibilityLevel
level_from_nick (GEnumClass *klass,
                 const char *nick)
{
  GEnumValue *ev = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return ev != NULL ? ev->value : EMB_RESPONSIBILITY_LEVEL_NONE;
}

/**
 * emb_journey_store_get_level:
 *
 * Returns: what @role_id does at @touchpoint_id, or
 *   %EMB_RESPONSIBILITY_LEVEL_NONE
 */
EmbResponsibilityLevel
emb_journey_store_get_level (EmbDatabase *db,
                             gint64       role_id,
                             gint64       touchpoint_id)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GEnumClass) klass = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), EMB_RESPONSIBILITY_LEVEL_NONE);

  stmt = _emb_database_prepare (db,
                                "SELECT level FROM responsibility"
                                " WHERE role_id = ?1 AND touchpoint_id = ?2",
                                NULL);
  if (stmt == NULL)
    return EMB_RESPONSIBILITY_LEVEL_NONE;
  sqlite3_bind_int64 (stmt, 1, role_id);
  sqlite3_bind_int64 (stmt, 2, touchpoint_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return EMB_RESPONSIBILITY_LEVEL_NONE;

  klass = g_type_class_ref (EMB_TYPE_RESPONSIBILITY_LEVEL);
  return level_from_nick (klass, _emb_column_text (stmt, 0));
}

/**
 * emb_journey_store_list_role_responsibilities:
 *
 * Returns: (transfer full): the #EmbResponsibility records of a role, in
 *   journey order of their touchpoints
 */
GListModel *
emb_journey_store_list_role_responsibilities (EmbDatabase  *db,
                                              gint64        role_id,
                                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_responsibility,
                                           "JOIN touchpoint tp ON tp.id = t.touchpoint_id"
                                           " JOIN journey_stage s ON s.id = tp.stage_id"
                                           " WHERE t.role_id = ?1"
                                           " ORDER BY s.position, s.id, tp.position, tp.id",
                                           role_id, error));
}

/**
 * emb_journey_store_list_touchpoint_responsibilities:
 *
 * Returns: (transfer full): the #EmbResponsibility records at a touchpoint,
 *   owners first, then by level and role name
 */
GListModel *
emb_journey_store_list_touchpoint_responsibilities (EmbDatabase  *db,
                                                    gint64        touchpoint_id,
                                                    GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list_by (db, &emb_table_responsibility,
                                           "JOIN role r ON r.id = t.role_id"
                                           " WHERE t.touchpoint_id = ?1"
                                           " ORDER BY CASE t.level WHEN 'owns' THEN 0"
                                           " WHEN 'delivers' THEN 1 WHEN 'supports' THEN 2"
                                           " ELSE 3 END, r.name COLLATE NOCASE, r.id",
                                           touchpoint_id, error));
}

/**
 * emb_journey_store_get_matrix:
 *
 * Loads every filled cell of the role × touchpoint matrix in one query.
 *
 * Returns: (transfer full) (element-type EmbResponsibilityCell): the cells,
 *   sorted by role and then touchpoint; look one up with
 *   emb_journey_store_matrix_get_level()
 */
GArray *
emb_journey_store_get_matrix (EmbDatabase  *db,
                              GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GArray) cells = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db,
                                "SELECT role_id, touchpoint_id, level FROM responsibility"
                                " ORDER BY role_id, touchpoint_id",
                                error);
  if (stmt == NULL)
    return NULL;

  klass = g_type_class_ref (EMB_TYPE_RESPONSIBILITY_LEVEL);
  cells = g_array_new (FALSE, FALSE, sizeof (EmbResponsibilityCell));
  for (;;)
    {
      EmbResponsibilityCell cell;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      cell.role_id = sqlite3_column_int64 (stmt, 0);
      cell.touchpoint_id = sqlite3_column_int64 (stmt, 1);
      cell.level = level_from_nick (klass, _emb_column_text (stmt, 2));
      g_array_append_val (cells, cell);
    }

  return g_steal_pointer (&cells);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const EmbResponsibilityCell *x = a;
  const EmbResponsibilityCell *y = b;

  if (x->role_id != y->role_id)
    return x->role_id < y->role_id ? -1 : 1;
  if (x->touchpoint_id != y->touchpoint_id)
    return x->touchpoint_id < y->touchpoint_id ? -1 : 1;
  return 0;
}

/**
 * emb_journey_store_matrix_get_level:
 * @matrix: (element-type EmbResponsibilityCell): from
 *   emb_journey_store_get_matrix()
 *
 * Returns: the level of one cell, or %EMB_RESPONSIBILITY_LEVEL_NONE
 */
EmbResponsibilityLevel
emb_journey_store_matrix_get_level (GArray *matrix,
                                    gint64  role_id,
                                    gint64  touchpoint_id)
{
  EmbResponsibilityCell key = { role_id, touchpoint_id, EMB_RESPONSIBILITY_LEVEL_NONE };
  guint index;

  g_return_val_if_fail (matrix != NULL, EMB_RESPONSIBILITY_LEVEL_NONE);
  g_return_val_if_fail (g_array_get_element_size (matrix) == sizeof (EmbResponsibilityCell),
                        EMB_RESPONSIBILITY_LEVEL_NONE);

  if (!g_array_binary_search (matrix, &key, compare_cells, &index))
    return EMB_RESPONSIBILITY_LEVEL_NONE;

  return g_array_index (matrix, EmbResponsibilityCell, index).level;
}

/* Gaps ------------------------------------------------------------------- */

#define UNOWNED_TOUCHPOINT \
  "NOT EXISTS (SELECT 1 FROM responsibility r" \
  " WHERE r.touchpoint_id = t.id AND r.level = 'owns')"

#define UNLINKED_ROLE \
  "NOT EXISTS (SELECT 1 FROM responsibility r WHERE r.role_id = t.id)"

/**
 * emb_journey_store_list_unowned_touchpoints:
 *
 * Returns: (transfer full): the #EmbTouchpoint records no role owns, in
 *   journey order
 */
GListModel *
emb_journey_store_list_unowned_touchpoints (EmbDatabase  *db,
                                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_touchpoint,
                                        "JOIN journey_stage s ON s.id = t.stage_id"
                                        " WHERE " UNOWNED_TOUCHPOINT
                                        " ORDER BY " JOURNEY_ORDER,
                                        error));
}

gint64
emb_journey_store_count_unowned_touchpoints (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, "SELECT count(*) FROM touchpoint t WHERE " UNOWNED_TOUCHPOINT);
}

/**
 * emb_journey_store_list_unlinked_roles:
 *
 * Returns: (transfer full): the #EmbRole records with no responsibility at
 *   any touchpoint, back office first, then by name
 */
GListModel *
emb_journey_store_list_unlinked_roles (EmbDatabase  *db,
                                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_role,
                                        "WHERE " UNLINKED_ROLE
                                        " ORDER BY CASE t.office WHEN 'back' THEN 0 ELSE 1 END,"
                                        " t.name COLLATE NOCASE, t.id",
                                        error));
}

gint64
emb_journey_store_count_unlinked_roles (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, "SELECT count(*) FROM role t WHERE " UNLINKED_ROLE);
}
