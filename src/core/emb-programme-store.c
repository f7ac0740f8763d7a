/* emb-programme-store.c: the organisation, its vision and its values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-programme-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-programme-store.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* The organisation is the one row of its table, always with this id. */
#define ORGANISATION_ID 1

/* Organisation ----------------------------------------------------------- */

/**
 * emb_programme_store_get_organisation:
 *
 * Returns: (transfer full): the organisation, or a new unsaved
 *   #EmbOrganisation when none has been saved yet
 */
EmbOrganisation *
emb_programme_store_get_organisation (EmbDatabase  *db,
                                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  EmbOrganisation *organisation;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  organisation = _emb_table_get (db, &emb_table_organisation, ORGANISATION_ID, &local_error);
  if (organisation != NULL)
    return organisation;

  if (g_error_matches (local_error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
    return emb_organisation_new ();

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static gboolean
save_organisation_in_transaction (EmbDatabase  *db,
                                  gpointer      user_data,
                                  GError      **error)
{
  EmbOrganisation *organisation = user_data;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = emb_now_iso8601 ();
  gboolean existed;
  gboolean has_row;

  existed = _emb_table_exists (db, &emb_table_organisation, ORGANISATION_ID);

  /* The table holds one row with id 1: insert it, or update it in place when
   * it exists (also when @organisation was made before another window saved
   * one); the stored UUID and creation time are kept. */
  stmt = _emb_database_prepare (db,
                                "INSERT INTO organisation"
                                " (id, uuid, name, vision, cx_strategy, created_at, updated_at)"
                                " VALUES (1, ?1, ?2, ?3, ?4, ?5, ?5)"
                                " ON CONFLICT (id) DO UPDATE SET"
                                " name = excluded.name, vision = excluded.vision,"
                                " cx_strategy = excluded.cx_strategy,"
                                " updated_at = excluded.updated_at"
                                " RETURNING uuid, created_at, updated_at",
                                error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, emb_record_get_uuid (EMB_RECORD (organisation)));
  _emb_bind_text (stmt, 2, emb_organisation_get_name (organisation));
  _emb_bind_text (stmt, 3, emb_organisation_get_vision (organisation) ?: "");
  _emb_bind_text (stmt, 4, emb_organisation_get_cx_strategy (organisation) ?: "");
  _emb_bind_text (stmt, 5, now);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED,
                   _("The organisation could not be saved."));
      return FALSE;
    }

  _emb_record_set_identity (EMB_RECORD (organisation), ORGANISATION_ID,
                            _emb_column_text (stmt, 0),
                            _emb_column_text (stmt, 1),
                            _emb_column_text (stmt, 2));
  _emb_database_defer_changed (db, EMB_RECORD_KIND_ORGANISATION,
                               existed ? EMB_CHANGE_UPDATED : EMB_CHANGE_CREATED,
                               ORGANISATION_ID);
  return TRUE;
}

/**
 * emb_programme_store_save_organisation:
 *
 * Saves the organisation's name, vision and CX strategy, creating its row the
 * first time.
 */
gboolean
emb_programme_store_save_organisation (EmbDatabase      *db,
                                       EmbOrganisation  *organisation,
                                       GError          **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_ORGANISATION (organisation), FALSE);

  if (!_emb_validate_text (emb_organisation_get_name (organisation), TRUE, EMB_MAX_NAME,
                           "name", _("Name"), error) ||
      !_emb_validate_text (emb_organisation_get_vision (organisation), FALSE, EMB_MAX_TEXT,
                           "vision", _("Vision"), error) ||
      !_emb_validate_text (emb_organisation_get_cx_strategy (organisation), FALSE, EMB_MAX_TEXT,
                           "cx-strategy", _("CX strategy"), error))
    return FALSE;

  return emb_database_transaction (db, save_organisation_in_transaction, organisation, error);
}

/* Values ----------------------------------------------------------------- */

#define VALUE_IDS_SQL "SELECT id FROM value ORDER BY position, id"
#define VALUE_POSITION_SQL \
  "UPDATE value SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2"

/**
 * emb_programme_store_list_values:
 *
 * Returns: (transfer full): every #EmbValue, in their order
 */
GListModel *
emb_programme_store_list_values (EmbDatabase  *db,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_value,
                                        "ORDER BY t.position, t.id", error));
}

EmbValue *
emb_programme_store_get_value (EmbDatabase  *db,
                               gint64        id,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_value, id, error);
}

static gboolean
save_value_in_transaction (EmbDatabase  *db,
                           gpointer      user_data,
                           GError      **error)
{
  EmbValue *value = user_data;
  gint64 id = emb_record_get_id (EMB_RECORD (value));
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  /* A new value goes to the end; a saved one keeps its place, which only
   * emb_programme_store_move_value() changes. */
  if (id == 0)
    stmt = _emb_database_prepare (db, "SELECT coalesce(max(position) + 1, 0) FROM value", error);
  else
    stmt = _emb_database_prepare (db, "SELECT position FROM value WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    emb_value_set_position (value, sqlite3_column_int (stmt, 0));
  g_clear_pointer (&stmt, _emb_statement_release);

  return _emb_table_save (db, &emb_table_value, EMB_RECORD (value), error);
}

/**
 * emb_programme_store_save_value:
 *
 * Saves @value; a new value is placed after the others. The position of a
 * saved value is kept as stored: use emb_programme_store_move_value() to
 * reorder.
 */
gboolean
emb_programme_store_save_value (EmbDatabase  *db,
                                EmbValue     *value,
                                GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  const char *name;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_VALUE (value), FALSE);

  name = emb_value_get_name (value);
  if (!_emb_validate_text (name, TRUE, EMB_MAX_NAME, "name", _("Name"), error) ||
      !_emb_validate_text (emb_value_get_description (value), FALSE, EMB_MAX_TEXT,
                           "description", _("Description"), error) ||
      !_emb_validate_text (emb_value_get_desired_behaviours (value), FALSE, EMB_MAX_TEXT,
                           "desired-behaviours", _("Desired behaviours"), error) ||
      !_emb_validate_text (emb_value_get_undesired_behaviours (value), FALSE, EMB_MAX_TEXT,
                           "undesired-behaviours", _("Undesired behaviours"), error))
    return FALSE;

  stmt = _emb_database_prepare (db, "SELECT 1 FROM value WHERE name = ?1 AND id <> ?2", error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, name);
  sqlite3_bind_int64 (stmt, 2, emb_record_get_id (EMB_RECORD (value)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "name",
                                _("A value called “%s” already exists."), name);
      return FALSE;
    }
  g_clear_pointer (&stmt, _emb_statement_release);

  return emb_database_transaction (db, save_value_in_transaction, value, error);
}

static gboolean
delete_value_in_transaction (EmbDatabase  *db,
                             gpointer      user_data,
                             GError      **error)
{
  const gint64 *id = user_data;
  g_autoptr(GArray) ids = NULL;

  if (!_emb_table_delete (db, &emb_table_value, *id, error))
    return FALSE;

  /* Close the gap. */
  ids = _emb_load_ids (db, VALUE_IDS_SQL, 0, error);
  return ids != NULL &&
         _emb_write_positions (db, VALUE_POSITION_SQL, EMB_RECORD_KIND_VALUE, ids, 0, error);
}

/**
 * emb_programme_store_delete_value:
 *
 * Deletes a value and closes the gap in the order. A value that nominations
 * were made for is kept (they would lose their meaning): the error names the
 * field "nominations".
 */
gboolean
emb_programme_store_delete_value (EmbDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  stmt = _emb_database_prepare_id (db, "SELECT count(*) FROM nomination WHERE value_id = ?1",
                                   id, error);
  if (stmt == NULL)
    return FALSE;
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      int nominations = sqlite3_column_int (stmt, 0);

      if (nominations > 0)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "nominations",
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "%d nomination was made for this value; "
                                                 "it cannot be deleted.",
                                                 "%d nominations were made for this value; "
                                                 "it cannot be deleted.",
                                                 nominations),
                                    nominations);
          return FALSE;
        }
    }
  g_clear_pointer (&stmt, _emb_statement_release);

  return emb_database_transaction (db, delete_value_in_transaction, &id, error);
}

typedef struct
{
  gint64 id;
  int    position;
} Move;

/* Takes @move->id out of @ids and puts it back at @move->position, clamped. */
static gboolean
place_id (GArray      *ids,
          const Move  *move)
{
  guint position;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == move->id)
      {
        g_array_remove_index (ids, i);
        position = (guint)CLAMP (move->position, 0, (int)ids->len);
        g_array_insert_val (ids, position, move->id);
        return TRUE;
      }

  return FALSE;
}

static gboolean
move_value_in_transaction (EmbDatabase  *db,
                           gpointer      user_data,
                           GError      **error)
{
  const Move *move = user_data;
  g_autoptr(GArray) ids = _emb_load_ids (db, VALUE_IDS_SQL, 0, error);

  if (ids == NULL)
    return FALSE;

  if (!place_id (ids, move))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The record no longer exists; it may have been deleted."));
      return FALSE;
    }

  return _emb_write_positions (db, VALUE_POSITION_SQL, EMB_RECORD_KIND_VALUE, ids, 0, error);
}

/**
 * emb_programme_store_move_value:
 * @new_position: the place to move to, from 0; beyond the end means last
 *
 * Moves a value in the order; the values are numbered 0…n-1 again, in one
 * transaction.
 */
gboolean
emb_programme_store_move_value (EmbDatabase  *db,
                                gint64        id,
                                int           new_position,
                                GError      **error)
{
  Move move = { id, new_position };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, move_value_in_transaction, &move, error);
}

gint64
emb_programme_store_count_values (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, "SELECT count(*) FROM value");
}

/**
 * emb_programme_store_split_behaviours:
 * @behaviours: (nullable): desired or undesired behaviours, one a line
 *
 * Returns: (transfer full): the behaviours, trimmed, without empty lines
 */
GStrv
emb_programme_store_split_behaviours (const char *behaviours)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  if (behaviours == NULL)
    return g_strv_builder_end (builder);

  lines = g_strsplit (behaviours, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

/* Published sets of values ----------------------------------------------- */

static gboolean
publish_values_in_transaction (EmbDatabase  *db,
                               gpointer      user_data,
                               GError      **error)
{
  EmbValueSet **out = user_data;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(EmbValueSet) set = NULL;
  g_autofree char *now = NULL;
  guint n_values = 0;
  gboolean has_row;

  stmt = _emb_database_prepare (db, "SELECT name FROM value ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (n_values++ > 0)
        g_string_append (summary, ", ");
      g_string_append (summary, _emb_column_text (stmt, 0));
    }
  g_clear_pointer (&stmt, _emb_statement_release);

  if (n_values == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "values",
                                _("There are no values to publish yet; add one first."));
      return FALSE;
    }

  now = emb_now_iso8601 ();
  set = emb_value_set_new ();
  emb_value_set_set_published_at (set, now);
  emb_value_set_set_summary (set, summary->str);
  if (!_emb_table_save (db, &emb_table_value_set, EMB_RECORD (set), error))
    return FALSE;

  *out = g_steal_pointer (&set);
  return TRUE;
}

/**
 * emb_programme_store_publish_values:
 *
 * Publishes the values as they are now, for staff to acknowledge. The new set
 * is summarised by the names of the values, in their order.
 *
 * Returns: (transfer full): the published #EmbValueSet, or %NULL with @error
 *   set (a validation error on "values" when there are none)
 */
EmbValueSet *
emb_programme_store_publish_values (EmbDatabase  *db,
                                    GError      **error)
{
  g_autoptr(EmbValueSet) set = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!emb_database_transaction (db, publish_values_in_transaction, &set, error))
    {
      g_clear_object (&set);
      return NULL;
    }

  return g_steal_pointer (&set);
}

/**
 * emb_programme_store_get_current_value_set:
 *
 * Returns: (transfer full) (nullable): the latest published set of values,
 *   or %NULL (without an error) when the values were never published
 */
EmbValueSet *
emb_programme_store_get_current_value_set (EmbDatabase  *db,
                                           GError      **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  sql = g_strdup_printf ("%s ORDER BY t.published_at DESC, t.id DESC LIMIT 1",
                         _emb_table_select_sql (&emb_table_value_set));
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (!_emb_database_step_row (db, stmt, &has_row, error) || !has_row)
    return NULL;

  return _emb_table_read_row (&emb_table_value_set, stmt);
}
