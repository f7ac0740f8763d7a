/* emb-staff-session.h: what one signed-in employee may read and write
 *
 * Everything the staff window shows or changes passes through a session.
 * The session is the privacy boundary, enforced here and not in the
 * window: it never returns another person's acknowledgement status or PIN,
 * a private nomination the person neither sent nor received, the sender of
 * an anonymous nomination, a customer's reference, or any figure of a
 * pulse or a feedback sample below the programme's anonymity threshold;
 * and it writes only as the signed-in person. After sign-out every call
 * fails with G_IO_ERROR_PERMISSION_DENIED and returns nothing; a person who
 * leaves (is made inactive), is deleted or has their PIN reset by a manager
 * while signed in is signed out at their next call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-acknowledgement-store.h"
#include "emb-database.h"
#include "emb-decision.h"
#include "emb-department.h"
#include "emb-employee.h"
#include "emb-metrics.h"
#include "emb-nomination.h"
#include "emb-pilot.h"
#include "emb-programme-store.h"
#include "emb-role.h"
#include "emb-wave.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_SESSION (emb_staff_session_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffSession, emb_staff_session, EMB, STAFF_SESSION, GObject)

/* Before signing in: active employees whose name or number matches
 * @search (all words, any order), as EmbEmployee records that carry only the
 * id, number, name, role and department. At most @limit. */
GListModel      *emb_staff_directory_search                  (EmbDatabase      *db,
                                                              const char       *search,
                                                              guint             limit,
                                                              GError          **error);

/* Checks the PIN through emb_pin_store_check_employee_pin() (so with its
 * throttling and errors) and opens a session; NULL and @error otherwise.
 * @now is NULL except in tests. */
EmbStaffSession *emb_staff_session_sign_in                   (EmbDatabase      *db,
                                                              gint64            employee_id,
                                                              const char       *pin,
                                                              GDateTime        *now,
                                                              GError          **error);
/* The same with the PIN verified on a worker thread: what a window calls. */
void             emb_staff_session_sign_in_async             (EmbDatabase         *db,
                                                              gint64               employee_id,
                                                              const char          *pin,
                                                              GDateTime           *now,
                                                              GCancellable        *cancellable,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
EmbStaffSession *emb_staff_session_sign_in_finish            (EmbDatabase         *db,
                                                              GAsyncResult        *result,
                                                              GError             **error);
void             emb_staff_session_sign_out                  (EmbStaffSession  *self);
gboolean         emb_staff_session_is_signed_in              (EmbStaffSession  *self);
gboolean         emb_staff_session_change_pin                (EmbStaffSession  *self,
                                                              const char       *current_pin,
                                                              const char       *new_pin,
                                                              GError          **error);
void             emb_staff_session_change_pin_async          (EmbStaffSession     *self,
                                                              const char          *current_pin,
                                                              const char          *new_pin,
                                                              GCancellable        *cancellable,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
gboolean         emb_staff_session_change_pin_finish         (EmbStaffSession     *self,
                                                              GAsyncResult        *result,
                                                              GError             **error);

/* Me: my record (never with a PIN hash), role and department (NULL when
 * none). */
EmbEmployee     *emb_staff_session_get_employee              (EmbStaffSession  *self);
EmbRole         *emb_staff_session_get_role                  (EmbStaffSession  *self);
EmbDepartment   *emb_staff_session_get_department            (EmbStaffSession  *self);

/* My part of the journey: every stage (EmbStage) and touchpoint
 * (EmbTouchpoint) for the map, my role's responsibilities
 * (EmbResponsibility: touchpoint and level), the published promise
 * versions at a touchpoint (EmbPromiseVersion), and the current values
 * (EmbValue, with their desired behaviours). */
GListModel      *emb_staff_session_list_stages               (EmbStaffSession  *self,
                                                              GError          **error);
GListModel      *emb_staff_session_list_touchpoints          (EmbStaffSession  *self,
                                                              GError          **error);
GListModel      *emb_staff_session_list_my_responsibilities  (EmbStaffSession  *self,
                                                              GError          **error);
GListModel      *emb_staff_session_list_promises_at          (EmbStaffSession  *self,
                                                              gint64            touchpoint_id,
                                                              GError          **error);
GListModel      *emb_staff_session_list_values               (EmbStaffSession  *self,
                                                              GError          **error);

/* To acknowledge: my pending items (EmbPendingItem); what I acknowledged
 * (EmbPendingItem with emb_pending_item_get_acknowledged_at()), newest
 * first; acknowledging one of my pending items, as me. An item not
 * addressed to me is refused. */
GListModel      *emb_staff_session_list_pending              (EmbStaffSession  *self,
                                                              GError          **error);
GListModel      *emb_staff_session_list_acknowledged         (EmbStaffSession  *self,
                                                              GError          **error);
gboolean         emb_staff_session_acknowledge               (EmbStaffSession  *self,
                                                              EmbAcknowledgementItem kind,
                                                              gint64            item_id,
                                                              GError          **error);

/* Recognition: colleagues to nominate (as in the directory), departments
 * for a team nomination, my nomination sent as me (@anonymous hides my name
 * from everyone else; the caps still count it), with the same validation
 * and caps as the manager's dialog; the nominations I sent, and those I or
 * my department received that were approved or celebrated. */
GListModel      *emb_staff_session_list_colleagues           (EmbStaffSession  *self,
                                                              const char       *search,
                                                              guint             limit,
                                                              GError          **error);
GListModel      *emb_staff_session_list_departments          (EmbStaffSession  *self,
                                                              GError          **error);
gboolean         emb_staff_session_nominate                  (EmbStaffSession  *self,
                                                              EmbNomination    *nomination,
                                                              gboolean          anonymous,
                                                              int               max_per_nominator_per_month,
                                                              int               max_per_pair_per_month,
                                                              GError          **error);
GListModel      *emb_staff_session_list_sent_nominations     (EmbStaffSession  *self,
                                                              GError          **error);
GListModel      *emb_staff_session_list_received_recognitions (EmbStaffSession *self,
                                                              GError          **error);
/* A colleague's name (and number, role, department) for an id the session
 * gave out, also of someone who has left. */
EmbEmployee     *emb_staff_session_get_colleague             (EmbStaffSession  *self,
                                                              gint64            employee_id,
                                                              GError          **error);

/* Autonomy: the running pilot whose current wave includes my department
 * (NULL, without an error, when none; @wave set to that wave); logging a
 * decision as me in it (over the pilot's ceiling, @over_ceiling_reason is
 * required and the decision waits for review); my decisions with their
 * review status and note (EmbDecision), newest first. */
EmbPilot        *emb_staff_session_get_running_pilot         (EmbStaffSession  *self,
                                                              EmbWave         **wave,
                                                              GError          **error);
gboolean         emb_staff_session_log_decision              (EmbStaffSession  *self,
                                                              EmbDecision      *decision,
                                                              GError          **error);
GListModel      *emb_staff_session_list_my_decisions         (EmbStaffSession  *self,
                                                              GError          **error);

/* Customer feedback about my role's touchpoints over the @days before @now
 * (NULL: now): EmbFeedback items, praise first then complaints (with their
 * follow-up status), without the customer's reference, the source's id or a
 * single score; and NPS and CSAT with their number of answers, not valid
 * (and every other field 0) below the anonymity threshold, over the @days
 * whole UTC days before the day of @now, so that they change once a day
 * and two readings cannot be subtracted to single out one answer. */
GListModel      *emb_staff_session_list_feedback             (EmbStaffSession  *self,
                                                              guint             days,
                                                              GDateTime        *now,
                                                              GError          **error);
gboolean         emb_staff_session_get_feedback_figures      (EmbStaffSession  *self,
                                                              guint             days,
                                                              GDateTime        *now,
                                                              EmbNps           *nps,
                                                              EmbCsat          *csat,
                                                              GError          **error);

/* The pulses (EmbPulse) of my department and of my role, only those
 * answered by at least the anonymity threshold, newest first. */
GListModel      *emb_staff_session_list_pulses               (EmbStaffSession  *self,
                                                              GError          **error);

/* Drafts of unfinished forms, kept in the database for me alone (so nothing
 * typed is lost when the window closes or signs out mid-entry), as an a{sv}
 * dictionary of the form's fields; a submitted nomination or decision
 * clears its form's draft. Never put a PIN in a draft. */
#define EMB_STAFF_FORM_NOMINATION "nomination"
#define EMB_STAFF_FORM_DECISION   "decision"

GVariant        *emb_staff_session_get_draft                 (EmbStaffSession  *self,
                                                              const char       *form);
gboolean         emb_staff_session_set_draft                 (EmbStaffSession  *self,
                                                              const char       *form,
                                                              GVariant         *fields,
                                                              GError          **error);
gboolean         emb_staff_session_clear_draft               (EmbStaffSession  *self,
                                                              const char       *form,
                                                              GError          **error);

G_END_DECLS
