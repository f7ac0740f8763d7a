/* emb-staff-session-private.h: what the parts of the staff session share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-session.h"
#include "emb-table-private.h"

G_BEGIN_DECLS

/* A session for an employee whose PIN was right. */
EmbStaffSession *_emb_staff_session_new        (EmbDatabase      *db,
                                                gint64            employee_id,
                                                GError          **error);
/* The signed-in employee's id, or 0 with G_IO_ERROR_PERMISSION_DENIED
 * after sign-out (or once the person left, was deleted or had their PIN
 * reset: the session then signs out). Every public function starts with
 * it. */
gint64       _emb_staff_session_check          (EmbStaffSession  *self,
                                                GError          **error);
EmbDatabase *_emb_staff_session_get_database   (EmbStaffSession  *self);
/* After my own PIN was checked (maybe rehashed) or changed: not a reset. */
void         _emb_staff_session_pin_changed    (EmbStaffSession  *self);
/* The signed-in employee as stored now (for their role and department),
 * or NULL with an error. */
EmbEmployee *_emb_staff_session_load_me        (EmbStaffSession  *self,
                                                GError          **error);

/* Records of @table: its SELECT, then @suffix over alias t with ?1 = @a
 * and ?2 = @b (an unused parameter is harmless). */
GListStore  *_emb_staff_list                   (EmbDatabase      *db,
                                                const EmbTable   *table,
                                                const char       *suffix,
                                                gint64            a,
                                                gint64            b,
                                                GError          **error);

/* My records of @table: @suffix with ?1 = me; NULL after sign-out. */
GListModel  *_emb_staff_session_list_mine      (EmbStaffSession  *self,
                                                const EmbTable   *table,
                                                const char       *suffix,
                                                GError          **error);
/* What a store lists for an employee, asked for me; NULL after sign-out. */
typedef GListModel *(*EmbEmployeeListFunc) (EmbDatabase  *db,
                                            gint64        employee_id,
                                            GError      **error);
GListModel  *_emb_staff_session_ask_for_me     (EmbStaffSession     *self,
                                                EmbEmployeeListFunc  func,
                                                GError             **error);
/* Forgets the draft of @form after it was submitted. */
void         _emb_staff_session_submitted      (EmbStaffSession  *self,
                                                const char       *form);

/* The ids of the touchpoints my role is responsible for (at any level). */
GArray      *_emb_staff_session_my_touchpoints (EmbStaffSession  *self,
                                                GError          **error);

/* A colleague as the staff window may see them: id, UUID, number, name,
 * role and department only. */
EmbEmployee *_emb_staff_public_employee        (sqlite3_stmt     *stmt);

G_END_DECLS
