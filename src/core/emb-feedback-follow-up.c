/* emb-feedback-follow-up.c: what happens to a piece of feedback after it came
 *
 * Feedback is followed up in four steps, with an owner (the employee who
 * answers for it, feedback.assignee_id):
 *
 *   from \ step    acknowledge   start         close    reopen        set owner
 *   new            acknowledged  in progress   closed   —             new
 *   acknowledged   —             in progress   closed   —             acknowledged
 *   in progress    —             —             closed   —             in progress
 *   closed         —             —             —        acknowledged  —
 *
 * - Feedback in progress always has an owner: starting needs one (given, or
 *   the owner it already has), and its owner can be changed but not taken
 *   away.
 * - A new owner must be an active employee; the owner of closed feedback
 *   stays on record as the one who closed it, even after leaving.
 * - Reopening keeps the owner: someone has seen the feedback before, so it
 *   comes back acknowledged, to be started again.
 * Each step is one conditional UPDATE that changes the row only from a state
 * the step starts from, so two windows that act on the same feedback at once
 * cannot take it through a step the table does not allow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-feedback-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/**
 * emb_feedback_store_can_follow_up:
 * @from: the follow-up status of a feedback
 * @to: a status a step would take it to
 *
 * Returns: whether one step takes feedback from @from to @to (see the table
 *   at the top of emb-feedback-follow-up.c)
 */
gboolean
emb_feedback_store_can_follow_up (EmbFollowUp from,
                                  EmbFollowUp to)
{
  switch (from)
    {
    case EMB_FOLLOW_UP_NEW:
      return to == EMB_FOLLOW_UP_ACKNOWLEDGED || to == EMB_FOLLOW_UP_IN_PROGRESS ||
             to == EMB_FOLLOW_UP_CLOSED;
    case EMB_FOLLOW_UP_ACKNOWLEDGED:
      return to == EMB_FOLLOW_UP_IN_PROGRESS || to == EMB_FOLLOW_UP_CLOSED;
    case EMB_FOLLOW_UP_IN_PROGRESS:
      return to == EMB_FOLLOW_UP_CLOSED;
    case EMB_FOLLOW_UP_CLOSED:
      return to == EMB_FOLLOW_UP_ACKNOWLEDGED;
    default:
      return FALSE;
    }
}

/* After a conditional UPDATE changed no row: either the feedback is gone or
 * it was not in a state the step starts from. */
static gboolean
step_refused (EmbDatabase  *db,
              gint64        id,
              const char   *message,
              GError      **error)
{
  g_autoptr(EmbFeedback) feedback = _emb_table_get (db, &emb_table_feedback, id, error);

  if (feedback == NULL)
    return FALSE;

  emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "follow-up", "%s", message);
  return FALSE;
}

/* Runs @sql, an UPDATE of feedback @id (?1) at this time (?2) that changes
 * only a row in a state the step starts from; @owner_id is ?3 when @sql has
 * it. @refused_message says why when no row changed. */
static gboolean
step (EmbDatabase  *db,
      gint64        id,
      const char   *sql,
      gint64        owner_id,
      const char   *refused_message,
      GError      **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare_id (db, sql, id, error);
  g_autofree char *now = emb_now_iso8601 ();

  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, now);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    _emb_bind_id (stmt, 3, owner_id);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
    return step_refused (db, id, refused_message, error);

  _emb_database_defer_changed (db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

/* A new owner: an employee who works here. */
static gboolean
validate_owner (EmbDatabase  *db,
                gint64        owner_id,
                GError      **error)
{
  g_autoptr(EmbEmployee) owner = NULL;

  if (!_emb_validate_reference (db, &emb_table_employee, owner_id, TRUE,
                                "assignee", _("Owner"), error))
    return FALSE;

  owner = _emb_table_get (db, &emb_table_employee, owner_id, error);
  if (owner == NULL)
    return FALSE;
  if (!emb_employee_get_active (owner))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "assignee",
                                _("“%s” no longer works here; choose an active employee as the owner."),
                                emb_employee_get_name (owner));
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_feedback_store_acknowledge:
 *
 * Marks new feedback as seen (acknowledged).
 *
 * Returns: %TRUE on success; otherwise @error says why (on the field
 *   "follow-up" when the feedback is no longer new)
 */
gboolean
emb_feedback_store_acknowledge (EmbDatabase  *db,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return step (db, id,
               "UPDATE feedback SET follow_up = 'acknowledged', updated_at = ?2"
               " WHERE id = ?1 AND follow_up = 'new'",
               0, _("Only new feedback can be acknowledged."), error);
}

/**
 * emb_feedback_store_start:
 * @owner_id: the employee who follows the feedback up, or 0 to keep the
 *   owner it has
 *
 * Puts new or acknowledged feedback in progress, with an owner.
 *
 * Returns: %TRUE on success; otherwise @error says why (on "assignee" when
 *   there is no owner or the one given cannot be one)
 */
gboolean
emb_feedback_store_start (EmbDatabase  *db,
                          gint64        id,
                          gint64        owner_id,
                          GError      **error)
{
  g_autoptr(EmbFeedback) feedback = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (owner_id == 0)
    {
      feedback = _emb_table_get (db, &emb_table_feedback, id, error);
      if (feedback == NULL)
        return FALSE;
      owner_id = emb_feedback_get_assignee_id (feedback);
      if (owner_id == 0)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "assignee",
                                    _("Choose who owns the feedback before starting on it."));
          return FALSE;
        }
    }
  else if (!validate_owner (db, owner_id, error))
    return FALSE;

  return step (db, id,
               "UPDATE feedback SET follow_up = 'in-progress', assignee_id = ?3,"
               " updated_at = ?2"
               " WHERE id = ?1 AND follow_up IN ('new', 'acknowledged')",
               owner_id,
               _("Only new or acknowledged feedback can be started."),
               error);
}

/**
 * emb_feedback_store_close:
 *
 * Closes open feedback; its owner, if any, stays on record as the one who
 * closed it.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_store_close (EmbDatabase  *db,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return step (db, id,
               "UPDATE feedback SET follow_up = 'closed', updated_at = ?2"
               " WHERE id = ?1 AND follow_up <> 'closed'",
               0, _("The feedback is already closed."), error);
}

/**
 * emb_feedback_store_reopen:
 *
 * Brings closed feedback back as acknowledged, with the owner it had.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_store_reopen (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return step (db, id,
               "UPDATE feedback SET follow_up = 'acknowledged', updated_at = ?2"
               " WHERE id = ?1 AND follow_up = 'closed'",
               0, _("Only closed feedback can be reopened."), error);
}

/**
 * emb_feedback_store_set_owner:
 * @owner_id: the new owner, or 0 for none
 *
 * Gives open feedback another owner, or none; the status stays. Feedback in
 * progress keeps an owner, and closed feedback keeps the one who closed it.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_store_set_owner (EmbDatabase  *db,
                              gint64        id,
                              gint64        owner_id,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (owner_id != 0 && !validate_owner (db, owner_id, error))
    return FALSE;

  if (owner_id == 0)
    return step (db, id,
                 "UPDATE feedback SET assignee_id = NULL, updated_at = ?2"
                 " WHERE id = ?1 AND follow_up IN ('new', 'acknowledged')",
                 0,
                 _("Feedback in progress or closed keeps its owner; choose another one instead."),
                 error);

  return step (db, id,
               "UPDATE feedback SET assignee_id = ?3, updated_at = ?2"
               " WHERE id = ?1 AND follow_up <> 'closed'",
               owner_id, _("The owner of closed feedback stays; reopen it first."), error);
}
