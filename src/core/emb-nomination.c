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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_nomination_finalize (GObject *object)
{
  EmbNomination *self = (EmbNomination *)object;

  g_clear_pointer (&self->story, g_free);
  g_clear_pointer (&self->decision_note, g_free);
  g_clear_pointer (&self->submitted_at, g_free);
  g_clear_pointer (&self->decided_at, g_free);
  g_clear_pointer (&self->celebrated_at, g_free);

  G_OBJECT_CLASS (emb_nomination_parent_class)->finalize (object);
}

static void
emb_nomination_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EmbNomination *self = EMB_NOMINATION (object);

  switch (prop_id)
    {
    case PROP_NOMINEE_EMPLOYEE_ID:
      g_value_set_int64 (value, self->nominee_employee_id);
      break;

    case PROP_NOMINEE_DEPARTMENT_ID:
      g_value_set_int64 (value, self->nominee_department_id);
      break;

    case PROP_NOMINATOR_ID:
      g_value_set_int64 (value, self->nominator_id);
      break;

    case PROP_VALUE_ID:
      g_value_set_int64 (value, self->value_id);
      break;

    case PROP_TOUCHPOINT_ID:
      g_value_set_int64 (value, self->touchpoint_id);
      break;

    case PROP_FEEDBACK_ID:
      g_value_set_int64 (value, self->feedback_id);
      break;

    case PROP_STORY:
      g_value_set_string (value, self->story);
      break;

    case PROP_IS_PUBLIC:
      g_value_set_boolean (value, self->is_public);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_DECIDER_ID:
      g_value_set_int64 (value, self->decider_id);
      break;

    case PROP_DECISION_NOTE:
      g_value_set_string (value, self->decision_note);
      break;

    case PROP_SUBMITTED_AT:
      g_value_set_string (value, self->submitted_at);
      break;

    case PROP_DECIDED_AT:
      g_value_set_string (value, self->decided_at);
      break;

    case PROP_CELEBRATED_AT:
      g_value_set_string (value, self->celebrated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_nomination_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EmbNomination *self = EMB_NOMINATION (object);

  switch (prop_id)
    {
    case PROP_NOMINEE_EMPLOYEE_ID:
      emb_nomination_set_nominee_employee_id (self, g_value_get_int64 (value));
      break;

    case PROP_NOMINEE_DEPARTMENT_ID:
      emb_nomination_set_nominee_department_id (self, g_value_get_int64 (value));
      break;

    case PROP_NOMINATOR_ID:
      emb_nomination_set_nominator_id (self, g_value_get_int64 (value));
      break;

    case PROP_VALUE_ID:
      emb_nomination_set_value_id (self, g_value_get_int64 (value));
      break;

    case PROP_TOUCHPOINT_ID:
      emb_nomination_set_touchpoint_id (self, g_value_get_int64 (value));
      break;

    case PROP_FEEDBACK_ID:
      emb_nomination_set_feedback_id (self, g_value_get_int64 (value));
      break;

    case PROP_STORY:
      emb_nomination_set_story (self, g_value_get_string (value));
      break;

    case PROP_IS_PUBLIC:
      emb_nomination_set_is_public (self, g_value_get_boolean (value));
      break;

    case PROP_STATUS:
      emb_nomination_set_status (self, g_value_get_enum (value));
      break;

    case PROP_DECIDER_ID:
      emb_nomination_set_decider_id (self, g_value_get_int64 (value));
      break;

    case PROP_DECISION_NOTE:
      emb_nomination_set_decision_note (self, g_value_get_string (value));
      break;

    case PROP_SUBMITTED_AT:
      emb_nomination_set_submitted_at (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_AT:
      emb_nomination_set_decided_at (self, g_value_get_string (value));
      break;

    case PROP_CELEBRATED_AT:
      emb_nomination_set_celebrated_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_nomination_class_init (EmbNominationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_nomination_finalize;
  object_class->get_property = emb_nomination_get_property;
  object_class->set_property = emb_nomination_set_property;

  properties[PROP_NOMINEE_EMPLOYEE_ID] =
    g_param_spec_int64 ("nominee-employee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOMINEE_DEPARTMENT_ID] =
    g_param_spec_int64 ("nominee-department-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOMINATOR_ID] =
    g_param_spec_int64 ("nominator-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE_ID] =
    g_param_spec_int64 ("value-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOUCHPOINT_ID] =
    g_param_spec_int64 ("touchpoint-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FEEDBACK_ID] =
    g_param_spec_int64 ("feedback-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STORY] =
    g_param_spec_string ("story", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IS_PUBLIC] =
    g_param_spec_boolean ("is-public", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       EMB_TYPE_NOMINATION_STATUS, EMB_NOMINATION_STATUS_SUBMITTED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECIDER_ID] =
    g_param_spec_int64 ("decider-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECISION_NOTE] =
    g_param_spec_string ("decision-note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUBMITTED_AT] =
    g_param_spec_string ("submitted-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECIDED_AT] =
    g_param_spec_string ("decided-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CELEBRATED_AT] =
    g_param_spec_string ("celebrated-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
