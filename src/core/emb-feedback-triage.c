/* emb-feedback-triage.c: giving feedback of unknown categories a touchpoint
 *
 * An import keeps each item's category as its source wrote it (a survey
 * tool's reasons, a monitoring tool's topics). An item whose category the
 * programme cannot place is imported without a touchpoint and waits "to
 * triage" (feedback.triage = 1), where a person places the whole category
 * at once: every item of it gets the touchpoint in one UPDATE, and the
 * choice can be remembered for the next import of the same source.
 *
 * The items waiting are few and indexed by their category (the partial
 * index feedback_to_triage), so listing the categories with their counts
 * reads only them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-triage"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-feedback-triage.h"
#include "emb-import-profile.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

static void
category_count_clear (gpointer data)
{
  EmbFeedbackCategoryCount *count = data;

  g_clear_pointer (&count->category, g_free);
}

/**
 * emb_feedback_triage_list_categories:
 *
 * Returns: (transfer full) (element-type EmbFeedbackCategoryCount) (nullable):
 *   the categories of the feedback waiting for triage, with how many items
 *   each has, the largest first (then by name); %NULL on error
 */
GArray *
emb_feedback_triage_list_categories (EmbDatabase  *db,
                                     GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GArray) counts = NULL;
  gboolean has_row, ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db,
                                "SELECT category, count(*) FROM feedback WHERE triage = 1"
                                " GROUP BY category ORDER BY count(*) DESC, category",
                                error);
  if (stmt == NULL)
    return NULL;

  counts = g_array_new (FALSE, FALSE, sizeof (EmbFeedbackCategoryCount));
  g_array_set_clear_func (counts, category_count_clear);
  while ((ok = _emb_database_step_row (db, stmt, &has_row, error)) && has_row)
    {
      EmbFeedbackCategoryCount count = {
        _emb_column_dup_text (stmt, 0),
        (guint)sqlite3_column_int64 (stmt, 1),
      };

      g_array_append_val (counts, count);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&counts);
}

/**
 * emb_feedback_triage_count:
 *
 * Returns: how many feedback items wait for triage
 */
gint64
emb_feedback_triage_count (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, "SELECT count(*) FROM feedback WHERE triage = 1");
}

/**
 * emb_feedback_triage_assign:
 * @category: a category of feedback waiting for triage ("" for the items
 *   without one)
 * @touchpoint_id: the touchpoint the category is about
 *
 * Gives every item of @category that waits for triage the touchpoint, in one
 * statement, and takes them out of triage.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of the
 *   items placed, for an Undo (emb_feedback_triage_undo()); %NULL with
 *   @error set when the touchpoint does not exist or no item of the
 *   category waits any more (on "category"), and then nothing changed
 */
GArray *
emb_feedback_triage_assign (EmbDatabase  *db,
                            const char   *category,
                            gint64        touchpoint_id,
                            GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *now = emb_now_iso8601 ();
  gboolean has_row, ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (category != NULL, NULL);

  if (!_emb_validate_reference (db, &emb_table_touchpoint, touchpoint_id, TRUE,
                                "touchpoint", _("Touchpoint"), error))
    return NULL;

  /* One statement: all the items of the category or, on an error, none. */
  stmt = _emb_database_prepare (db,
                                "UPDATE feedback SET touchpoint_id = ?2, triage = 0,"
                                " updated_at = ?3"
                                " WHERE triage = 1 AND category = ?1"
                                " RETURNING id",
                                error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, category);
  sqlite3_bind_int64 (stmt, 2, touchpoint_id);
  _emb_bind_text (stmt, 3, now);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((ok = _emb_database_step_row (db, stmt, &has_row, error)) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (!ok)
    return NULL;

  if (ids->len == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "category",
                                _("No feedback of the category “%s” waits for triage any more."),
                                category);
      return NULL;
    }

  _emb_database_defer_changed (db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_MANY, 0);
  return g_steal_pointer (&ids);
}

typedef struct
{
  const gint64 *ids;
  guint         n_ids;
  gint64        touchpoint_id;
} Undo;

static gboolean
undo_in_transaction (EmbDatabase  *db,
                     gpointer      user_data,
                     GError      **error)
{
  const Undo *undo = user_data;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = emb_now_iso8601 ();

  stmt = _emb_database_prepare (db,
                                "UPDATE feedback SET touchpoint_id = NULL, triage = 1,"
                                " updated_at = ?3"
                                " WHERE id = ?1 AND touchpoint_id = ?2 AND triage = 0",
                                error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < undo->n_ids; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, undo->ids[i]);
      sqlite3_bind_int64 (stmt, 2, undo->touchpoint_id);
      _emb_bind_text (stmt, 3, now);
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
    }

  _emb_database_defer_changed (db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_MANY, 0);
  return TRUE;
}

/**
 * emb_feedback_triage_undo:
 * @ids: (array length=n_ids): what emb_feedback_triage_assign() placed
 * @touchpoint_id: the touchpoint it gave them
 *
 * Puts the items back to triage, without a touchpoint, in one transaction;
 * an item given another touchpoint since stays where it is.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_triage_undo (EmbDatabase   *db,
                          const gint64  *ids,
                          guint          n_ids,
                          gint64         touchpoint_id,
                          GError       **error)
{
  Undo undo = { ids, n_ids, touchpoint_id };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return emb_database_transaction (db, undo_in_transaction, &undo, error);
}

/**
 * emb_feedback_triage_remember:
 * @source: (nullable): the source the category comes from (feedback.source),
 *   or %NULL for every source whose feedback has the category
 * @category: the category
 * @touchpoint_id: the touchpoint it was given
 *
 * Remembers that @category means @touchpoint_id for the next import of
 * @source, in the import profile that imported it last (see
 * emb_import_profile_remember_value()), so that its items come in placed.
 *
 * Returns: %TRUE when at least one profile remembers it; %FALSE with
 *   %EMB_IMPORT_PROFILE_ERROR_NOT_FOUND when no profile imported the
 *   category's items, or another error
 */
gboolean
emb_feedback_triage_remember (EmbDatabase  *db,
                              const char   *source,
                              const char   *category,
                              gint64        touchpoint_id,
                              GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *touchpoint = NULL;
  gboolean has_row, ok;
  guint remembered = 0;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  stmt = _emb_database_prepare (db, "SELECT name FROM touchpoint WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, touchpoint_id);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoint",
                                _("The touchpoint no longer exists."));
      return FALSE;
    }
  touchpoint = _emb_column_dup_text (stmt, 0);
  g_clear_pointer (&stmt, _emb_statement_release);

  if (source != NULL)
    g_ptr_array_add (sources, g_strdup (source));
  else
    {
      stmt = _emb_database_prepare (db,
                                    "SELECT DISTINCT source FROM feedback WHERE category = ?1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, category, -1, SQLITE_STATIC);
      while ((ok = _emb_database_step_row (db, stmt, &has_row, error)) && has_row)
        g_ptr_array_add (sources, _emb_column_dup_text (stmt, 0));
      if (!ok)
        return FALSE;
    }

  for (guint i = 0; i < sources->len; i++)
    {
      g_autoptr(GError) local = NULL;

      if (emb_import_profile_remember_value (db, g_ptr_array_index (sources, i), NULL, category,
                                             touchpoint, &local))
        remembered++;
      else if (!g_error_matches (local, EMB_IMPORT_PROFILE_ERROR,
                                 EMB_IMPORT_PROFILE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }

  if (remembered == 0)
    {
      g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND,
                   _("No import profile brought in the feedback of “%s”, so there is nowhere "
                     "to remember it. Import its source with a profile to keep such choices."),
                   category);
      return FALSE;
    }
  return TRUE;
}
