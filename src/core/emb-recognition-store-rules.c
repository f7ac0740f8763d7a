/* emb-recognition-store-rules.c: the rules of recognition
 *
 * The monthly caps that keep recognition from being gamed (how many
 * nominations one person makes, how often the same colleague), checked with
 * the submission in one transaction; and the decisions: a submitted
 * nomination approved or declined, an approved one celebrated, one or many
 * at once, all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-recognition-store-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* Caps --------------------------------------------------------------------- */

static char *
employee_name (EmbDatabase *db,
               gint64       id)
{
  g_autoptr(EmbEmployee) employee = _emb_table_get (db, &emb_table_employee, id, NULL);

  return g_strdup (employee != NULL ? emb_employee_get_name (employee) : "");
}

typedef struct
{
  EmbNomination *nomination;
  int            max_per_nominator;
  int            max_per_pair;
} SubmitWithCaps;

static gboolean
submit_with_caps_in_transaction (EmbDatabase  *db,
                                 gpointer      user_data,
                                 GError      **error)
{
  const SubmitWithCaps *data = user_data;
  const char *at = emb_nomination_get_submitted_at (data->nomination);

  return emb_recognition_store_check_caps (db,
                                           emb_nomination_get_nominator_id (data->nomination),
                                           emb_nomination_get_nominee_employee_id (data->nomination),
                                           at != NULL && *at != '\0' ? at : NULL,
                                           data->max_per_nominator, data->max_per_pair,
                                           error) &&
         _emb_recognition_submit (db, data->nomination, error);
}

/**
 * emb_recognition_store_submit_with_caps:
 * @max_per_nominator_per_month: the programme's cap, or 0 for none
 * @max_per_pair_per_month: the programme's cap, or 0 for none
 *
 * As emb_recognition_store_submit(), after checking the caps with
 * emb_recognition_store_check_caps() in the same transaction, so that two
 * submissions at once cannot both pass the last free place.
 */
gboolean
emb_recognition_store_submit_with_caps (EmbDatabase    *db,
                                        EmbNomination  *nomination,
                                        int             max_per_nominator_per_month,
                                        int             max_per_pair_per_month,
                                        GError        **error)
{
  SubmitWithCaps data = { nomination, max_per_nominator_per_month, max_per_pair_per_month };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (!emb_record_is_saved (EMB_RECORD (nomination)), FALSE);
  g_return_val_if_fail (max_per_nominator_per_month >= 0, FALSE);
  g_return_val_if_fail (max_per_pair_per_month >= 0, FALSE);

  return emb_database_transaction (db, submit_with_caps_in_transaction, &data, error);
}

static gint64
count_in_month (EmbDatabase *db,
                gint64       nominator_id,
                gint64       nominee_employee_id,
                const char  *start,
                const char  *end)
{
  g_autoptr(EmbStatement) stmt = NULL;

  if (nominee_employee_id > 0)
    stmt = _emb_database_prepare (db,
                                  "SELECT count(*) FROM nomination"
                                  " WHERE nominator_id = ?1 AND submitted_at >= ?2"
                                  " AND submitted_at < ?3 AND nominee_employee_id = ?4",
                                  NULL);
  else
    stmt = _emb_database_prepare (db,
                                  "SELECT count(*) FROM nomination"
                                  " WHERE nominator_id = ?1 AND submitted_at >= ?2"
                                  " AND submitted_at < ?3",
                                  NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, nominator_id);
  _emb_bind_text (stmt, 2, start);
  _emb_bind_text (stmt, 3, end);
  if (nominee_employee_id > 0)
    sqlite3_bind_int64 (stmt, 4, nominee_employee_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * emb_recognition_store_check_caps:
 * @nominator_id: who nominates, or 0 for an anonymous nomination (never capped)
 * @nominee_employee_id: the nominated employee, or 0 for a department
 * @at: (nullable): when the nomination is made (ISO-8601), or %NULL for now
 * @max_per_nominator_per_month: how many nominations one person may make in a
 *   calendar month, or 0 for no cap
 * @max_per_pair_per_month: how many times one person may nominate the same
 *   colleague in a calendar month, or 0 for no cap
 *
 * Checks whether one more nomination stays within the caps that keep
 * recognition from being gamed. Every nomination submitted in the calendar
 * month (local time) of @at counts, whatever became of it.
 *
 * Returns: %TRUE when the nomination is within the caps; otherwise %FALSE with
 *   %EMB_VALIDATION_ERROR_OUT_OF_RANGE on "nominator" or "nominee-employee"
 */
gboolean
emb_recognition_store_check_caps (EmbDatabase  *db,
                                  gint64        nominator_id,
                                  gint64        nominee_employee_id,
                                  const char   *at,
                                  int           max_per_nominator_per_month,
                                  int           max_per_pair_per_month,
                                  GError      **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) month_start = NULL;
  g_autoptr(GDateTime) month_end = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *month = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (max_per_nominator_per_month >= 0, FALSE);
  g_return_val_if_fail (max_per_pair_per_month >= 0, FALSE);

  if (nominator_id <= 0)
    return TRUE;
  if (max_per_nominator_per_month == 0 &&
      (max_per_pair_per_month == 0 || nominee_employee_id <= 0))
    return TRUE;

  if (at != NULL)
    {
      if (!_emb_validate_timestamp (at, TRUE, "submitted-at", _("Submitted at"), error))
        return FALSE;
      when = _emb_recognition_parse_timestamp (at);
    }
  else
    when = g_date_time_new_now_utc ();

  local = g_date_time_to_local (when);
  month_start = g_date_time_new_local (g_date_time_get_year (local),
                                       g_date_time_get_month (local), 1, 0, 0, 0);
  month_end = g_date_time_add_months (month_start, 1);
  start = _emb_recognition_format_utc (month_start);
  end = _emb_recognition_format_utc (month_end);
  /* TRANSLATORS: a g_date_time_format() format for a month and its year,
   * as in “has already made 3 nominations in March 2026” */
  month = g_date_time_format (local, _("%OB %Y"));

  if (max_per_nominator_per_month > 0)
    {
      gint64 made = count_in_month (db, nominator_id, 0, start, end);

      if (made >= max_per_nominator_per_month)
        {
          g_autofree char *name = employee_name (db, nominator_id);

          emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominator",
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "“%s” has already made %d nomination in %s; "
                                                 "the limit is %d a month.",
                                                 "“%s” has already made %d nominations in %s; "
                                                 "the limit is %d a month.",
                                                 (gulong)made),
                                    name, (int)made, month, max_per_nominator_per_month);
          return FALSE;
        }
    }

  if (max_per_pair_per_month > 0 && nominee_employee_id > 0)
    {
      gint64 made = count_in_month (db, nominator_id, nominee_employee_id, start, end);

      if (made >= max_per_pair_per_month)
        {
          g_autofree char *name = employee_name (db, nominator_id);
          g_autofree char *nominee = employee_name (db, nominee_employee_id);

          emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominee-employee",
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "“%s” has already nominated “%s” %d time in %s; "
                                                 "the limit is %d a month for the same colleague.",
                                                 "“%s” has already nominated “%s” %d times in %s; "
                                                 "the limit is %d a month for the same colleague.",
                                                 (gulong)made),
                                    name, nominee, (int)made, month, max_per_pair_per_month);
          return FALSE;
        }
    }

  return TRUE;
}

/* Decisions --------------------------------------------------------------- */

typedef struct
{
  const gint64        *ids;
  guint                n_ids;
  EmbNominationStatus  to;
  gint64               decider_id;
  const char          *note;
} Decision;

static gboolean
validate_decision (EmbDatabase  *db,
                   gint64        decider_id,
                   const char   *note,
                   gboolean      note_required,
                   GError      **error)
{
  /* No decider (0) is recorded as none; a given one must exist. */
  return (decider_id <= 0 ||
          _emb_validate_reference (db, &emb_table_employee, decider_id, TRUE,
                                   "decider", _("Decided by"), error)) &&
         _emb_validate_text (note, note_required, EMB_MAX_TEXT,
                             "decision-note", _("Decision note"), error);
}

static gboolean
apply_decision (EmbDatabase     *db,
                gint64           id,
                const Decision  *decision,
                const char      *now,
                GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  EmbNominationStatus status;

  if (!_emb_recognition_read_status (db, id, &status, error))
    return FALSE;

  switch (decision->to)
    {
    case EMB_NOMINATION_STATUS_APPROVED:
      if (status != EMB_NOMINATION_STATUS_SUBMITTED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only a submitted nomination can be approved; "
                                      "this one is %s."),
                                    _emb_recognition_status_label (status));
          return FALSE;
        }
      break;

    case EMB_NOMINATION_STATUS_DECLINED:
      if (status != EMB_NOMINATION_STATUS_SUBMITTED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only a submitted nomination can be declined; "
                                      "this one is %s."),
                                    _emb_recognition_status_label (status));
          return FALSE;
        }
      break;

    case EMB_NOMINATION_STATUS_CELEBRATED:
      if (status != EMB_NOMINATION_STATUS_APPROVED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only an approved nomination can be celebrated; "
                                      "this one is %s."),
                                    _emb_recognition_status_label (status));
          return FALSE;
        }
      break;

    case EMB_NOMINATION_STATUS_SUBMITTED:
    default:
      g_assert_not_reached ();
    }

  if (decision->to == EMB_NOMINATION_STATUS_CELEBRATED)
    /* The approval note stays unless the celebration brings its own. */
    stmt = _emb_database_prepare_id (db,
                                     "UPDATE nomination SET status = ?2, decider_id = ?3,"
                                     " decision_note = CASE WHEN ?4 = '' THEN decision_note"
                                     " ELSE ?4 END,"
                                     " celebrated_at = ?5, updated_at = ?5 WHERE id = ?1",
                                     id, error);
  else
    stmt = _emb_database_prepare_id (db,
                                     "UPDATE nomination SET status = ?2, decider_id = ?3,"
                                     " decision_note = ?4, decided_at = ?5, updated_at = ?5"
                                     " WHERE id = ?1",
                                     id, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_NOMINATION_STATUS, decision->to));
  _emb_bind_id (stmt, 3, decision->decider_id);
  _emb_bind_text (stmt, 4, decision->note != NULL ? decision->note : "");
  _emb_bind_text (stmt, 5, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

static gboolean
decide_in_transaction (EmbDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  const Decision *decision = user_data;
  g_autofree char *now = emb_now_iso8601 ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < decision->n_ids; i++)
    {
      /* The same nomination chosen twice is decided once. */
      if (!g_hash_table_add (seen, (gpointer)&decision->ids[i]))
        continue;
      if (!apply_decision (db, decision->ids[i], decision, now, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
decide (EmbDatabase          *db,
        const gint64         *ids,
        guint                 n_ids,
        EmbNominationStatus   to,
        gint64                decider_id,
        const char           *note,
        GError              **error)
{
  Decision decision = { ids, n_ids, to, decider_id, note };

  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (!validate_decision (db, decider_id, note, to == EMB_NOMINATION_STATUS_DECLINED, error))
    return FALSE;

  return emb_database_transaction (db, decide_in_transaction, &decision, error);
}

/**
 * emb_recognition_store_approve:
 * @decider_id: the employee who decides, or 0 to record no decider
 * @note: (nullable): a note for the nominee and the nominator
 *
 * Approves a submitted nomination; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status". The decider and note are kept as
 * the nomination's decision.
 */
gboolean
emb_recognition_store_approve (EmbDatabase  *db,
                               gint64        id,
                               gint64        decider_id,
                               const char   *note,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, &id, 1, EMB_NOMINATION_STATUS_APPROVED, decider_id, note, error);
}

/**
 * emb_recognition_store_decline:
 * @decider_id: the employee who decides, or 0 to record no decider
 * @note: why it was declined (required)
 *
 * Declines a submitted nomination; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status".
 */
gboolean
emb_recognition_store_decline (EmbDatabase  *db,
                               gint64        id,
                               gint64        decider_id,
                               const char   *note,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, &id, 1, EMB_NOMINATION_STATUS_DECLINED, decider_id, note, error);
}

/**
 * emb_recognition_store_celebrate:
 * @decider_id: the employee who celebrates, or 0 to record no decider
 * @note: (nullable): replaces the approval note when not empty
 *
 * Marks an approved nomination as celebrated; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status". The decider becomes the one who
 * celebrated; the time of the approval is kept.
 */
gboolean
emb_recognition_store_celebrate (EmbDatabase  *db,
                                 gint64        id,
                                 gint64        decider_id,
                                 const char   *note,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, &id, 1, EMB_NOMINATION_STATUS_CELEBRATED, decider_id, note, error);
}

/**
 * emb_recognition_store_decide_many:
 * @ids: (array length=n_ids): the nominations
 * @approve: %TRUE to approve them all, %FALSE to decline them all (which
 *   needs a @note)
 * @decider_id: the employee who decides, or 0 to record no decider
 *
 * Approves or declines several submitted nominations in one transaction: when
 * one of them cannot be decided, none is.
 */
gboolean
emb_recognition_store_decide_many (EmbDatabase   *db,
                                   const gint64  *ids,
                                   guint          n_ids,
                                   gboolean       approve,
                                   gint64         decider_id,
                                   const char    *note,
                                   GError       **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, ids, n_ids,
                 approve ? EMB_NOMINATION_STATUS_APPROVED : EMB_NOMINATION_STATUS_DECLINED,
                 decider_id, note, error);
}

/**
 * emb_recognition_store_celebrate_many:
 * @ids: (array length=n_ids): the nominations
 * @decider_id: the employee who celebrates, or 0 to record no decider
 * @note: (nullable): replaces the approval notes when not empty
 *
 * Marks several approved nominations as celebrated in one transaction: when
 * one of them cannot be celebrated, none is. A nomination that is not
 * approved is refused with %EMB_VALIDATION_ERROR_STATE on "status", one that
 * does not exist with %EMB_DATABASE_ERROR_NOT_FOUND.
 */
gboolean
emb_recognition_store_celebrate_many (EmbDatabase   *db,
                                      const gint64  *ids,
                                      guint          n_ids,
                                      gint64         decider_id,
                                      const char    *note,
                                      GError       **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, ids, n_ids, EMB_NOMINATION_STATUS_CELEBRATED, decider_id, note, error);
}
