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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_decision_finalize (GObject *object)
{
  EmbDecision *self = (EmbDecision *)object;

  g_clear_pointer (&self->decided_on, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->situation, g_free);
  g_clear_pointer (&self->decision, g_free);
  g_clear_pointer (&self->customer_outcome, g_free);
  g_clear_pointer (&self->review_note, g_free);

  G_OBJECT_CLASS (emb_decision_parent_class)->finalize (object);
}

static void
emb_decision_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EmbDecision *self = EMB_DECISION (object);

  switch (prop_id)
    {
    case PROP_PILOT_ID:
      g_value_set_int64 (value, self->pilot_id);
      break;

    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;

    case PROP_DECIDED_ON:
      g_value_set_string (value, self->decided_on);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_SITUATION:
      g_value_set_string (value, self->situation);
      break;

    case PROP_DECISION:
      g_value_set_string (value, self->decision);
      break;

    case PROP_COST:
      g_value_set_int64 (value, self->cost);
      break;

    case PROP_CUSTOMER_OUTCOME:
      g_value_set_string (value, self->customer_outcome);
      break;

    case PROP_REVIEW_STATUS:
      g_value_set_enum (value, self->review_status);
      break;

    case PROP_REVIEW_NOTE:
      g_value_set_string (value, self->review_note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_decision_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EmbDecision *self = EMB_DECISION (object);

  switch (prop_id)
    {
    case PROP_PILOT_ID:
      emb_decision_set_pilot_id (self, g_value_get_int64 (value));
      break;

    case PROP_EMPLOYEE_ID:
      emb_decision_set_employee_id (self, g_value_get_int64 (value));
      break;

    case PROP_DECIDED_ON:
      emb_decision_set_decided_on (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      emb_decision_set_kind (self, g_value_get_string (value));
      break;

    case PROP_SITUATION:
      emb_decision_set_situation (self, g_value_get_string (value));
      break;

    case PROP_DECISION:
      emb_decision_set_decision (self, g_value_get_string (value));
      break;

    case PROP_COST:
      emb_decision_set_cost (self, g_value_get_int64 (value));
      break;

    case PROP_CUSTOMER_OUTCOME:
      emb_decision_set_customer_outcome (self, g_value_get_string (value));
      break;

    case PROP_REVIEW_STATUS:
      emb_decision_set_review_status (self, g_value_get_enum (value));
      break;

    case PROP_REVIEW_NOTE:
      emb_decision_set_review_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_decision_class_init (EmbDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_decision_finalize;
  object_class->get_property = emb_decision_get_property;
  object_class->set_property = emb_decision_set_property;

  properties[PROP_PILOT_ID] =
    g_param_spec_int64 ("pilot-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECIDED_ON] =
    g_param_spec_string ("decided-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SITUATION] =
    g_param_spec_string ("situation", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECISION] =
    g_param_spec_string ("decision", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COST] =
    g_param_spec_int64 ("cost", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOMER_OUTCOME] =
    g_param_spec_string ("customer-outcome", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVIEW_STATUS] =
    g_param_spec_enum ("review-status", NULL, NULL,
                       EMB_TYPE_REVIEW_STATUS, EMB_REVIEW_STATUS_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVIEW_NOTE] =
    g_param_spec_string ("review-note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
