/* emb-decision.c: a decision an employee took on their own under an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-decision"

#include "config.h"

#include "emb-record-private.h"
#include "emb-decision.h"

/**
 * EmbDecision:
 *
 * A decision an employee took on their own under an autonomy pilot.
 */
struct _EmbDecision
{
  EmbRecord parent_instance;

  gint64          pilot_id;
  gint64          employee_id;
  char           *decided_on;
  char           *kind;
  char           *situation;
  char           *decision;
  gint64          cost;
  char           *customer_outcome;
  EmbReviewStatus review_status;
  char           *review_note;
  char           *over_ceiling_reason;
};

G_DEFINE_FINAL_TYPE (EmbDecision, emb_decision, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PILOT_ID,
  PROP_EMPLOYEE_ID,
  PROP_DECIDED_ON,
  PROP_KIND,
  PROP_SITUATION,
  PROP_DECISION,
  PROP_COST,
  PROP_CUSTOMER_OUTCOME,
  PROP_REVIEW_STATUS,
  PROP_REVIEW_NOTE,
  PROP_OVER_CEILING_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_PILOT_ID] = G_STRUCT_OFFSET (EmbDecision, pilot_id),
  [PROP_EMPLOYEE_ID] = G_STRUCT_OFFSET (EmbDecision, employee_id),
  [PROP_DECIDED_ON] = G_STRUCT_OFFSET (EmbDecision, decided_on),
  [PROP_KIND] = G_STRUCT_OFFSET (EmbDecision, kind),
  [PROP_SITUATION] = G_STRUCT_OFFSET (EmbDecision, situation),
  [PROP_DECISION] = G_STRUCT_OFFSET (EmbDecision, decision),
  [PROP_COST] = G_STRUCT_OFFSET (EmbDecision, cost),
  [PROP_CUSTOMER_OUTCOME] = G_STRUCT_OFFSET (EmbDecision, customer_outcome),
  [PROP_REVIEW_STATUS] = G_STRUCT_OFFSET (EmbDecision, review_status),
  [PROP_REVIEW_NOTE] = G_STRUCT_OFFSET (EmbDecision, review_note),
  [PROP_OVER_CEILING_REASON] = G_STRUCT_OFFSET (EmbDecision, over_ceiling_reason),
};

static void
emb_decision_class_init (EmbDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_PILOT_ID] = _emb_param_id ("pilot-id");
  properties[PROP_EMPLOYEE_ID] = _emb_param_id ("employee-id");
  properties[PROP_DECIDED_ON] = _emb_param_string ("decided-on");
  properties[PROP_KIND] = _emb_param_string ("kind");
  properties[PROP_SITUATION] = _emb_param_string ("situation");
  properties[PROP_DECISION] = _emb_param_string ("decision");
  properties[PROP_COST] = _emb_param_id ("cost");
  properties[PROP_CUSTOMER_OUTCOME] = _emb_param_string ("customer-outcome");
  properties[PROP_REVIEW_STATUS] =
    _emb_param_enum ("review-status", EMB_TYPE_REVIEW_STATUS, EMB_REVIEW_STATUS_PENDING);
  properties[PROP_REVIEW_NOTE] = _emb_param_string ("review-note");
  /* Why the cost went over the pilot's spending ceiling; "" within it. */
  properties[PROP_OVER_CEILING_REASON] = _emb_param_string ("over-ceiling-reason");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_decision_init (EmbDecision *self)
{
  self->review_status = EMB_REVIEW_STATUS_PENDING;
}

EmbDecision *
emb_decision_new (void)
{
  return g_object_new (EMB_TYPE_DECISION, NULL);
}

gint64
emb_decision_get_pilot_id (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), 0);

  return self->pilot_id;
}

void
emb_decision_set_pilot_id (EmbDecision *self,
                           gint64       pilot_id)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (self->pilot_id == pilot_id)
    return;
  self->pilot_id = pilot_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILOT_ID]);
}

gint64
emb_decision_get_employee_id (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), 0);

  return self->employee_id;
}

void
emb_decision_set_employee_id (EmbDecision *self,
                              gint64       employee_id)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (self->employee_id == employee_id)
    return;
  self->employee_id = employee_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_ID]);
}

const char *
emb_decision_get_decided_on (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->decided_on;
}

void
emb_decision_set_decided_on (EmbDecision *self,
                             const char  *decided_on)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->decided_on, decided_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_ON]);
}

const char *
emb_decision_get_kind (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->kind;
}

void
emb_decision_set_kind (EmbDecision *self,
                       const char  *kind)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
emb_decision_get_situation (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->situation;
}

void
emb_decision_set_situation (EmbDecision *self,
                            const char  *situation)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->situation, situation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITUATION]);
}

const char *
emb_decision_get_decision (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->decision;
}

void
emb_decision_set_decision (EmbDecision *self,
                           const char  *decision)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->decision, decision))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

gint64
emb_decision_get_cost (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), 0);

  return self->cost;
}

void
emb_decision_set_cost (EmbDecision *self,
                       gint64       cost)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (self->cost == cost)
    return;
  self->cost = cost;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST]);
}

const char *
emb_decision_get_customer_outcome (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->customer_outcome;
}

void
emb_decision_set_customer_outcome (EmbDecision *self,
                                   const char  *customer_outcome)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->customer_outcome, customer_outcome))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_OUTCOME]);
}

EmbReviewStatus
emb_decision_get_review_status (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), 0);

  return self->review_status;
}

void
emb_decision_set_review_status (EmbDecision    *self,
                                EmbReviewStatus review_status)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (self->review_status == review_status)
    return;
  self->review_status = review_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_STATUS]);
}

const char *
emb_decision_get_review_note (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->review_note;
}

void
emb_decision_set_review_note (EmbDecision *self,
                              const char  *review_note)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->review_note, review_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_NOTE]);
}

const char *
emb_decision_get_over_ceiling_reason (EmbDecision *self)
{
  g_return_val_if_fail (EMB_IS_DECISION (self), NULL);

  return self->over_ceiling_reason;
}

void
emb_decision_set_over_ceiling_reason (EmbDecision *self,
                                      const char  *over_ceiling_reason)
{
  g_return_if_fail (EMB_IS_DECISION (self));

  if (_emb_set_string (&self->over_ceiling_reason, over_ceiling_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVER_CEILING_REASON]);
}
