/* emb-staff-session-autonomy.c: my department's autonomy pilot and my decisions
 *
 * A person may log a decision only under the pilot whose running wave
 * includes their department, and only as themselves. A decision that cost
 * more than the pilot's spending ceiling needs the reason
 * ("over-ceiling-reason"); like every new decision it waits for review, and
 * the manager's list shows the reason beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-session"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pilot-store.h"
#include "emb-records.h"
#include "emb-staff-session-private.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* The running wave of my department (the one started last when, against
 * the rules, there are several), or NULL without an error when none. */
static EmbWave *
running_wave (EmbDatabase  *db,
              gint64        department_id,
              GError      **error)
{
  g_autoptr(GListStore) waves = NULL;

  if (department_id == 0)
    return NULL;

  waves = _emb_staff_list (db, &emb_table_wave,
                           "WHERE t.department_id = ?1 AND t.status = 'running'"
                           " ORDER BY t.starts_on DESC, t.id DESC LIMIT 1",
                           department_id, 0, error);
  if (waves == NULL || g_list_model_get_n_items (G_LIST_MODEL (waves)) == 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (waves), 0);
}

/**
 * emb_staff_session_get_running_pilot:
 * @wave: (out) (optional) (transfer full): the running wave of my department
 *
 * Returns: (transfer full) (nullable): the pilot whose running wave includes
 *   my department, or %NULL without an error when there is none (then
 *   @wave is %NULL too), or %NULL with an error
 */
EmbPilot *
emb_staff_session_get_running_pilot (EmbStaffSession  *self,
                                     EmbWave         **wave,
                                     GError          **error)
{
  g_autoptr(EmbEmployee) me = NULL;
  g_autoptr(EmbWave) found = NULL;
  g_autoptr(GError) local_error = NULL;
  EmbPilot *pilot;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (wave != NULL)
    *wave = NULL;

  me = _emb_staff_session_load_me (self, error);
  if (me == NULL)
    return NULL;

  found = running_wave (_emb_staff_session_get_database (self),
                        emb_employee_get_department_id (me), &local_error);
  if (found == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  pilot = emb_pilot_store_get_pilot (_emb_staff_session_get_database (self),
                                     emb_wave_get_pilot_id (found), error);
  if (pilot != NULL && wave != NULL)
    *wave = g_steal_pointer (&found);
  return pilot;
}

/**
 * emb_staff_session_log_decision:
 * @decision: a new decision: situation, decision, cost (minor units of the
 *   pilot's currency), customer outcome, kind, and the day (today when
 *   empty); over the ceiling also the reason
 *
 * Logs the decision as mine under my department's running pilot (its
 * employee and pilot are set here, whatever the record said) and clears
 * my draft of the decision form.
 *
 * Returns: %TRUE when logged; otherwise %FALSE with a validation error:
 *   %EMB_VALIDATION_ERROR_STATE on "pilot" when my department is in no
 *   running wave, %EMB_VALIDATION_ERROR_REQUIRED on "over-ceiling-reason"
 *   over the ceiling without a reason, or the pilot store's errors
 */
gboolean
emb_staff_session_log_decision (EmbStaffSession  *self,
                                EmbDecision      *decision,
                                GError          **error)
{
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *decided_on;
  const char *reason;
  gint64 me;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);
  g_return_val_if_fail (EMB_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (!emb_record_is_saved (EMB_RECORD (decision)), FALSE);

  me = _emb_staff_session_check (self, error);
  if (me == 0)
    return FALSE;

  pilot = emb_staff_session_get_running_pilot (self, &wave, &local_error);
  if (pilot == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "pilot",
                                  _("Your department is in no running autonomy pilot, so "
                                    "no decision can be logged."));
      return FALSE;
    }
  if (emb_decision_get_pilot_id (decision) != 0 &&
      emb_decision_get_pilot_id (decision) != emb_record_get_id (EMB_RECORD (pilot)))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "pilot",
                                _("Decisions can be logged only under “%s”, the pilot of "
                                  "your department."),
                                emb_pilot_get_name (pilot));
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (decision));
  emb_decision_set_pilot_id (decision, emb_record_get_id (EMB_RECORD (pilot)));
  emb_decision_set_employee_id (decision, me);
  decided_on = emb_decision_get_decided_on (decision);
  if (decided_on == NULL || *decided_on == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      emb_decision_set_decided_on (decision, today);
    }
  g_object_thaw_notify (G_OBJECT (decision));

  reason = emb_decision_get_over_ceiling_reason (decision);
  if (emb_pilot_decision_is_over_ceiling (decision, pilot))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

      if (*stripped == '\0')
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "over-ceiling-reason",
                                    _("The cost is over the pilot's spending ceiling: say why "
                                      "it was worth it for the customer."));
          return FALSE;
        }
    }
  else
    emb_decision_set_over_ceiling_reason (decision, "");

  if (!emb_pilot_store_log_decision (_emb_staff_session_get_database (self), decision, error))
    return FALSE;

  _emb_staff_session_submitted (self, EMB_STAFF_FORM_DECISION);
  return TRUE;
}

/**
 * emb_staff_session_list_my_decisions:
 *
 * Returns: (transfer full): the #EmbDecision records I logged, under any
 *   pilot, newest first, with their review status and note
 */
GListModel *
emb_staff_session_list_my_decisions (EmbStaffSession  *self,
                                     GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  return _emb_staff_session_list_mine (self, &emb_table_decision,
                                       "WHERE t.employee_id = ?1"
                                       " ORDER BY t.decided_on DESC, t.id DESC LIMIT 500",
                                       error);
}
