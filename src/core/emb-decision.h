/* emb-decision.h: a decision an employee took on their own under an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_DECISION (emb_decision_get_type ())

G_DECLARE_FINAL_TYPE (EmbDecision, emb_decision, EMB, DECISION, EmbRecord)

EmbDecision     *emb_decision_new                  (void);
gint64           emb_decision_get_pilot_id         (EmbDecision *self);
void             emb_decision_set_pilot_id         (EmbDecision *self,
                                                     gint64       pilot_id);
gint64           emb_decision_get_employee_id      (EmbDecision *self);
void             emb_decision_set_employee_id      (EmbDecision *self,
                                                     gint64       employee_id);
const char      *emb_decision_get_decided_on       (EmbDecision *self);
void             emb_decision_set_decided_on       (EmbDecision *self,
                                                     const char  *decided_on);
const char      *emb_decision_get_kind             (EmbDecision *self);
void             emb_decision_set_kind             (EmbDecision *self,
                                                     const char  *kind);
const char      *emb_decision_get_situation        (EmbDecision *self);
void             emb_decision_set_situation        (EmbDecision *self,
                                                     const char  *situation);
const char      *emb_decision_get_decision         (EmbDecision *self);
void             emb_decision_set_decision         (EmbDecision *self,
                                                     const char  *decision);
gint64           emb_decision_get_cost             (EmbDecision *self);
void             emb_decision_set_cost             (EmbDecision *self,
                                                     gint64       cost);
const char      *emb_decision_get_customer_outcome (EmbDecision *self);
void             emb_decision_set_customer_outcome (EmbDecision *self,
                                                     const char  *customer_outcome);
EmbReviewStatus  emb_decision_get_review_status    (EmbDecision *self);
void             emb_decision_set_review_status    (EmbDecision    *self,
                                                     EmbReviewStatus review_status);
const char      *emb_decision_get_review_note      (EmbDecision *self);
void             emb_decision_set_review_note      (EmbDecision *self,
                                                     const char  *review_note);
const char      *emb_decision_get_over_ceiling_reason (EmbDecision *self);
void             emb_decision_set_over_ceiling_reason (EmbDecision *self,
                                                       const char  *over_ceiling_reason);

G_END_DECLS
