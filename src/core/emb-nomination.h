/* emb-nomination.h: a recognition nomination of an employee or a department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_NOMINATION (emb_nomination_get_type ())

G_DECLARE_FINAL_TYPE (EmbNomination, emb_nomination, EMB, NOMINATION, EmbRecord)

EmbNomination       *emb_nomination_new                       (void);
gint64               emb_nomination_get_nominee_employee_id   (EmbNomination *self);
void                 emb_nomination_set_nominee_employee_id   (EmbNomination *self,
                                                                gint64         nominee_employee_id);
gint64               emb_nomination_get_nominee_department_id (EmbNomination *self);
void                 emb_nomination_set_nominee_department_id (EmbNomination *self,
                                                                gint64         nominee_department_id);
gint64               emb_nomination_get_nominator_id          (EmbNomination *self);
void                 emb_nomination_set_nominator_id          (EmbNomination *self,
                                                                gint64         nominator_id);
gint64               emb_nomination_get_value_id              (EmbNomination *self);
void                 emb_nomination_set_value_id              (EmbNomination *self,
                                                                gint64         value_id);
gint64               emb_nomination_get_touchpoint_id         (EmbNomination *self);
void                 emb_nomination_set_touchpoint_id         (EmbNomination *self,
                                                                gint64         touchpoint_id);
gint64               emb_nomination_get_feedback_id           (EmbNomination *self);
void                 emb_nomination_set_feedback_id           (EmbNomination *self,
                                                                gint64         feedback_id);
const char          *emb_nomination_get_story                 (EmbNomination *self);
void                 emb_nomination_set_story                 (EmbNomination *self,
                                                                const char    *story);
gboolean             emb_nomination_get_is_public             (EmbNomination *self);
void                 emb_nomination_set_is_public             (EmbNomination *self,
                                                                gboolean       is_public);
gboolean             emb_nomination_get_anonymous             (EmbNomination *self);
void                 emb_nomination_set_anonymous             (EmbNomination *self,
                                                                gboolean       anonymous);
EmbNominationStatus  emb_nomination_get_status                (EmbNomination *self);
void                 emb_nomination_set_status                (EmbNomination      *self,
                                                                EmbNominationStatus status);
gint64               emb_nomination_get_decider_id            (EmbNomination *self);
void                 emb_nomination_set_decider_id            (EmbNomination *self,
                                                                gint64         decider_id);
const char          *emb_nomination_get_decision_note         (EmbNomination *self);
void                 emb_nomination_set_decision_note         (EmbNomination *self,
                                                                const char    *decision_note);
const char          *emb_nomination_get_submitted_at          (EmbNomination *self);
void                 emb_nomination_set_submitted_at          (EmbNomination *self,
                                                                const char    *submitted_at);
const char          *emb_nomination_get_decided_at            (EmbNomination *self);
void                 emb_nomination_set_decided_at            (EmbNomination *self,
                                                                const char    *decided_at);
const char          *emb_nomination_get_celebrated_at         (EmbNomination *self);
void                 emb_nomination_set_celebrated_at         (EmbNomination *self,
                                                                const char    *celebrated_at);

G_END_DECLS
