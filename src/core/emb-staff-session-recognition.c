/* emb-staff-session-recognition.c: nominating colleagues, as me
 *
 * A nomination is sent as the signed-in person whatever nominator the
 * record names, submitted now (never back-dated past a month's cap), with
 * the validation and the caps of the manager's dialog
 * (emb_recognition_store_submit_with_caps()). An anonymous one keeps me as
 * its sender for the caps and my own list; nobody else is shown its sender.
 *
 * What I see: the nominations I sent (with their status), and those I or
 * my department received once approved or celebrated, without the sender
 * of an anonymous one. Nobody else's private nominations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-session"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-recognition-store-private.h"
#include "emb-records.h"
#include "emb-staff-session-private.h"
#include "emb-tables.h"

/* The lists are a person's own, kept small by the caps; more is an error
 * of the data, not a reason to read a million rows. */
#define LIMIT " LIMIT 500"

/* Whether @feedback_id is about one of my touchpoints: the only feedback I
 * am shown (emb_staff_session_list_feedback()), so the only I may cite. */
static gboolean
feedback_is_mine (EmbStaffSession  *self,
                  gint64            feedback_id,
                  GError          **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  EmbDatabase *db = _emb_staff_session_get_database (self);

  stmt = _emb_database_prepare (db,
                                "SELECT 1 FROM feedback f, responsibility r, employee e"
                                " WHERE f.id = ?1 AND e.id = ?2 AND r.role_id = e.role_id"
                                " AND r.touchpoint_id = f.touchpoint_id",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, feedback_id);
  sqlite3_bind_int64 (stmt, 2, _emb_staff_session_check (self, NULL));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;

  emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "feedback",
                            _("A nomination can cite only customer feedback about your own "
                              "touchpoints."));
  return FALSE;
}

/**
 * emb_staff_session_nominate:
 * @nomination: a new nomination: the nominee (a colleague or a
 *   department), the value, and optionally the touchpoint, the story and
 *   whether it may be shown publicly
 * @anonymous: hide my name from everyone else
 * @max_per_nominator_per_month: the programme's cap, or 0 for none
 * @max_per_pair_per_month: the programme's cap, or 0 for none
 *
 * Submits the nomination as me (its nominator is set to me, its submission
 * time to now) within the caps, and clears my draft of the nomination form.
 * It may cite customer feedback only about my touchpoints.
 * The store's change notice reaches the manager window.
 *
 * Returns: %TRUE when submitted; otherwise %FALSE with the store's
 *   validation error (its field names the form's entry: "nominee",
 *   "nominee-employee", "value", "story", "nominator" for my own cap,
 *   "feedback"…)
 */
gboolean
emb_staff_session_nominate (EmbStaffSession  *self,
                            EmbNomination    *nomination,
                            gboolean          anonymous,
                            int               max_per_nominator_per_month,
                            int               max_per_pair_per_month,
                            GError          **error)
{
  EmbDatabase *db;
  gint64 me;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);
  g_return_val_if_fail (EMB_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (!emb_record_is_saved (EMB_RECORD (nomination)), FALSE);
  g_return_val_if_fail (max_per_nominator_per_month >= 0, FALSE);
  g_return_val_if_fail (max_per_pair_per_month >= 0, FALSE);

  me = _emb_staff_session_check (self, error);
  if (me == 0)
    return FALSE;
  db = _emb_staff_session_get_database (self);
  if (emb_nomination_get_feedback_id (nomination) != 0 &&
      !feedback_is_mine (self, emb_nomination_get_feedback_id (nomination), error))
    return FALSE;

  /* As me, now, whatever the record said. */
  g_object_freeze_notify (G_OBJECT (nomination));
  emb_nomination_set_nominator_id (nomination, me);
  emb_nomination_set_anonymous (nomination, anonymous);
  emb_nomination_set_submitted_at (nomination, NULL);
  g_object_thaw_notify (G_OBJECT (nomination));

  if (!emb_recognition_store_submit_with_caps (db, nomination, max_per_nominator_per_month,
                                               max_per_pair_per_month, error))
    return FALSE;

  _emb_staff_session_submitted (self, EMB_STAFF_FORM_NOMINATION);
  return TRUE;
}

/**
 * emb_staff_session_list_sent_nominations:
 *
 * Returns: (transfer full): the #EmbNomination records I sent (anonymous
 *   or not), newest first, with their status and decision note
 */
GListModel *
emb_staff_session_list_sent_nominations (EmbStaffSession  *self,
                                         GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  return _emb_staff_session_list_mine (self, &emb_table_nomination,
                                       "WHERE t.nominator_id = ?1"
                                       " ORDER BY t.submitted_at DESC, t.id DESC" LIMIT,
                                       error);
}

/**
 * emb_staff_session_list_received_recognitions:
 *
 * Returns: (transfer full): the approved or celebrated #EmbNomination
 *   records of me or of my department, newest first; an anonymous one has
 *   no nominator
 */
GListModel *
emb_staff_session_list_received_recognitions (EmbStaffSession  *self,
                                              GError          **error)
{
  g_autoptr(EmbEmployee) me = NULL;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_load_me (self, error);
  if (me == NULL)
    return NULL;
  return G_LIST_MODEL (_emb_staff_list (_emb_staff_session_get_database (self),
                                        _emb_recognition_shown_table (),
                                        "WHERE (t.nominee_employee_id = ?1"
                                        "  OR t.nominee_department_id = ?2)"
                                        " AND t.status IN ('approved', 'celebrated')"
                                        " ORDER BY t.submitted_at DESC, t.id DESC" LIMIT,
                                        emb_record_get_id (EMB_RECORD (me)),
                                        emb_employee_get_department_id (me), error));
}

/**
 * emb_staff_session_get_colleague:
 * @employee_id: an employee the session named (a nominee, the sender of a
 *   nomination I received, a decider)
 *
 * For showing a name: the colleague's id, UUID, number, name, role and
 * department, also of someone who has left.
 *
 * Returns: (transfer full): an #EmbEmployee, or %NULL with an error
 */
EmbEmployee *
emb_staff_session_get_colleague (EmbStaffSession  *self,
                                 gint64            employee_id,
                                 GError          **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  EmbDatabase *db;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  if (_emb_staff_session_check (self, error) == 0)
    return NULL;
  db = _emb_staff_session_get_database (self);

  stmt = _emb_database_prepare_id (db,
                                   "SELECT t.id, t.uuid, t.employee_number, t.name, t.role_id,"
                                   " t.department_id FROM employee t WHERE t.id = ?1",
                                   employee_id, error);
  if (stmt == NULL ||
      !_emb_database_step_found (db, stmt,
                                 _("The employee no longer exists; they may have been deleted."),
                                 error))
    return NULL;
  return _emb_staff_public_employee (stmt);
}
