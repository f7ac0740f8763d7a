/* emb-nomination.c: a recognition nomination of an employee or a department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination"

#include "config.h"

#include "emb-record-private.h"
#include "emb-nomination.h"

/**
 * EmbNomination:
 *
 * A recognition nomination of an employee or a department.
 */
struct _EmbNomination
{
  EmbRecord parent_instance;

  gint64              nominee_employee_id;
  gint64              nominee_department_id;
  gint64              nominator_id;
  gint64              value_id;
  gint64              touchpoint_id;
  gint64              feedback_id;
  char               *story;
  gboolean            is_public;
  gboolean            anonymous;
  EmbNominationStatus status;
  gint64              decider_id;
  char               *decision_note;
  char               *submitted_at;
  char               *decided_at;
  char               *celebrated_at;
};

G_DEFINE_FINAL_TYPE (EmbNomination, emb_nomination, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NOMINEE_EMPLOYEE_ID,
  PROP_NOMINEE_DEPARTMENT_ID,
  PROP_NOMINATOR_ID,
  PROP_VALUE_ID,
  PROP_TOUCHPOINT_ID,
  PROP_FEEDBACK_ID,
  PROP_STORY,
  PROP_IS_PUBLIC,
  PROP_STATUS,
  PROP_DECIDER_ID,
  PROP_DECISION_NOTE,
  PROP_SUBMITTED_AT,
  PROP_DECIDED_AT,
  PROP_CELEBRATED_AT,
  PROP_ANONYMOUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_NOMINEE_EMPLOYEE_ID] = G_STRUCT_OFFSET (EmbNomination, nominee_employee_id),
  [PROP_NOMINEE_DEPARTMENT_ID] = G_STRUCT_OFFSET (EmbNomination, nominee_department_id),
  [PROP_NOMINATOR_ID] = G_STRUCT_OFFSET (EmbNomination, nominator_id),
  [PROP_VALUE_ID] = G_STRUCT_OFFSET (EmbNomination, value_id),
  [PROP_TOUCHPOINT_ID] = G_STRUCT_OFFSET (EmbNomination, touchpoint_id),
  [PROP_FEEDBACK_ID] = G_STRUCT_OFFSET (EmbNomination, feedback_id),
  [PROP_STORY] = G_STRUCT_OFFSET (EmbNomination, story),
  [PROP_IS_PUBLIC] = G_STRUCT_OFFSET (EmbNomination, is_public),
  [PROP_STATUS] = G_STRUCT_OFFSET (EmbNomination, status),
  [PROP_DECIDER_ID] = G_STRUCT_OFFSET (EmbNomination, decider_id),
  [PROP_DECISION_NOTE] = G_STRUCT_OFFSET (EmbNomination, decision_note),
  [PROP_SUBMITTED_AT] = G_STRUCT_OFFSET (EmbNomination, submitted_at),
  [PROP_DECIDED_AT] = G_STRUCT_OFFSET (EmbNomination, decided_at),
  [PROP_CELEBRATED_AT] = G_STRUCT_OFFSET (EmbNomination, celebrated_at),
  [PROP_ANONYMOUS] = G_STRUCT_OFFSET (EmbNomination, anonymous),
};

static void
emb_nomination_class_init (EmbNominationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_NOMINEE_EMPLOYEE_ID] = _emb_param_id ("nominee-employee-id");
  properties[PROP_NOMINEE_DEPARTMENT_ID] = _emb_param_id ("nominee-department-id");
  properties[PROP_NOMINATOR_ID] = _emb_param_id ("nominator-id");
  properties[PROP_VALUE_ID] = _emb_param_id ("value-id");
  properties[PROP_TOUCHPOINT_ID] = _emb_param_id ("touchpoint-id");
  properties[PROP_FEEDBACK_ID] = _emb_param_id ("feedback-id");
  properties[PROP_STORY] = _emb_param_string ("story");
  properties[PROP_IS_PUBLIC] = _emb_param_boolean ("is-public", TRUE);
  properties[PROP_STATUS] =
    _emb_param_enum ("status", EMB_TYPE_NOMINATION_STATUS, EMB_NOMINATION_STATUS_SUBMITTED);
  properties[PROP_DECIDER_ID] = _emb_param_id ("decider-id");
  properties[PROP_DECISION_NOTE] = _emb_param_string ("decision-note");
  properties[PROP_SUBMITTED_AT] = _emb_param_string ("submitted-at");
  properties[PROP_DECIDED_AT] = _emb_param_string ("decided-at");
  properties[PROP_CELEBRATED_AT] = _emb_param_string ("celebrated-at");
  /* Sent without the sender's name: nominator-id still names the sender,
   * for the caps and for the sender's own list, and no view shows it to
   * anybody else. */
  properties[PROP_ANONYMOUS] = _emb_param_boolean ("anonymous", FALSE);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_nomination_init (EmbNomination *self)
{
  self->is_public = TRUE;
  self->status = EMB_NOMINATION_STATUS_SUBMITTED;
}

EmbNomination *
emb_nomination_new (void)
{
  return g_object_new (EMB_TYPE_NOMINATION, NULL);
}

gint64
emb_nomination_get_nominee_employee_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->nominee_employee_id;
}

void
emb_nomination_set_nominee_employee_id (EmbNomination *self,
                                        gint64         nominee_employee_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->nominee_employee_id == nominee_employee_id)
    return;
  self->nominee_employee_id = nominee_employee_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINEE_EMPLOYEE_ID]);
}

gint64
emb_nomination_get_nominee_department_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->nominee_department_id;
}

void
emb_nomination_set_nominee_department_id (EmbNomination *self,
                                          gint64         nominee_department_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->nominee_department_id == nominee_department_id)
    return;
  self->nominee_department_id = nominee_department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINEE_DEPARTMENT_ID]);
}

gint64
emb_nomination_get_nominator_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->nominator_id;
}

void
emb_nomination_set_nominator_id (EmbNomination *self,
                                 gint64         nominator_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->nominator_id == nominator_id)
    return;
  self->nominator_id = nominator_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATOR_ID]);
}

gint64
emb_nomination_get_value_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->value_id;
}

void
emb_nomination_set_value_id (EmbNomination *self,
                             gint64         value_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->value_id == value_id)
    return;
  self->value_id = value_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_ID]);
}

gint64
emb_nomination_get_touchpoint_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->touchpoint_id;
}

void
emb_nomination_set_touchpoint_id (EmbNomination *self,
                                  gint64         touchpoint_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->touchpoint_id == touchpoint_id)
    return;
  self->touchpoint_id = touchpoint_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCHPOINT_ID]);
}

gint64
emb_nomination_get_feedback_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->feedback_id;
}

void
emb_nomination_set_feedback_id (EmbNomination *self,
                                gint64         feedback_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->feedback_id == feedback_id)
    return;
  self->feedback_id = feedback_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEEDBACK_ID]);
}

const char *
emb_nomination_get_story (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), NULL);

  return self->story;
}

void
emb_nomination_set_story (EmbNomination *self,
                          const char    *story)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (_emb_set_string (&self->story, story))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

gboolean
emb_nomination_get_is_public (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), FALSE);

  return self->is_public;
}

void
emb_nomination_set_is_public (EmbNomination *self,
                              gboolean       is_public)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->is_public == is_public)
    return;
  self->is_public = is_public;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_PUBLIC]);
}

gboolean
emb_nomination_get_anonymous (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), FALSE);

  return self->anonymous;
}

void
emb_nomination_set_anonymous (EmbNomination *self,
                              gboolean       anonymous)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  anonymous = !!anonymous;
  if (self->anonymous == anonymous)
    return;
  self->anonymous = anonymous;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMOUS]);
}

EmbNominationStatus
emb_nomination_get_status (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->status;
}

void
emb_nomination_set_status (EmbNomination      *self,
                           EmbNominationStatus status)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
emb_nomination_get_decider_id (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), 0);

  return self->decider_id;
}

void
emb_nomination_set_decider_id (EmbNomination *self,
                               gint64         decider_id)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (self->decider_id == decider_id)
    return;
  self->decider_id = decider_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDER_ID]);
}

const char *
emb_nomination_get_decision_note (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), NULL);

  return self->decision_note;
}

void
emb_nomination_set_decision_note (EmbNomination *self,
                                  const char    *decision_note)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (_emb_set_string (&self->decision_note, decision_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_NOTE]);
}

const char *
emb_nomination_get_submitted_at (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), NULL);

  return self->submitted_at;
}

void
emb_nomination_set_submitted_at (EmbNomination *self,
                                 const char    *submitted_at)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (_emb_set_string (&self->submitted_at, submitted_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED_AT]);
}

const char *
emb_nomination_get_decided_at (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), NULL);

  return self->decided_at;
}

void
emb_nomination_set_decided_at (EmbNomination *self,
                               const char    *decided_at)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (_emb_set_string (&self->decided_at, decided_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_AT]);
}

const char *
emb_nomination_get_celebrated_at (EmbNomination *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION (self), NULL);

  return self->celebrated_at;
}

void
emb_nomination_set_celebrated_at (EmbNomination *self,
                                  const char    *celebrated_at)
{
  g_return_if_fail (EMB_IS_NOMINATION (self));

  if (_emb_set_string (&self->celebrated_at, celebrated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CELEBRATED_AT]);
}
