/* emb-observation.c: a follow-up observation of a training objective
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-observation"

#include "config.h"

#include "emb-record-private.h"
#include "emb-observation.h"

/**
 * EmbObservation:
 *
 * A follow-up observation of a training objective.
 */
struct _EmbObservation
{
  EmbRecord parent_instance;

  gint64    objective_id;
  gint64    employee_id;
  char     *observed_on;
  int       rating;
  char     *note;
};

G_DEFINE_FINAL_TYPE (EmbObservation, emb_observation, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE_ID,
  PROP_EMPLOYEE_ID,
  PROP_OBSERVED_ON,
  PROP_RATING,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_OBJECTIVE_ID] = G_STRUCT_OFFSET (EmbObservation, objective_id),
  [PROP_EMPLOYEE_ID] = G_STRUCT_OFFSET (EmbObservation, employee_id),
  [PROP_OBSERVED_ON] = G_STRUCT_OFFSET (EmbObservation, observed_on),
  [PROP_RATING] = G_STRUCT_OFFSET (EmbObservation, rating),
  [PROP_NOTE] = G_STRUCT_OFFSET (EmbObservation, note),
};

static void
emb_observation_class_init (EmbObservationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_OBJECTIVE_ID] = _emb_param_id ("objective-id");
  properties[PROP_EMPLOYEE_ID] = _emb_param_id ("employee-id");
  properties[PROP_OBSERVED_ON] = _emb_param_string ("observed-on");
  properties[PROP_RATING] = _emb_param_int ("rating", G_MININT, G_MAXINT, 3);
  properties[PROP_NOTE] = _emb_param_string ("note");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_observation_init (EmbObservation *self)
{
  self->rating = 3;
}

EmbObservation *
emb_observation_new (void)
{
  return g_object_new (EMB_TYPE_OBSERVATION, NULL);
}

gint64
emb_observation_get_objective_id (EmbObservation *self)
{
  g_return_val_if_fail (EMB_IS_OBSERVATION (self), 0);

  return self->objective_id;
}

void
emb_observation_set_objective_id (EmbObservation *self,
                                  gint64          objective_id)
{
  g_return_if_fail (EMB_IS_OBSERVATION (self));

  if (self->objective_id == objective_id)
    return;
  self->objective_id = objective_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE_ID]);
}

gint64
emb_observation_get_employee_id (EmbObservation *self)
{
  g_return_val_if_fail (EMB_IS_OBSERVATION (self), 0);

  return self->employee_id;
}

void
emb_observation_set_employee_id (EmbObservation *self,
                                 gint64          employee_id)
{
  g_return_if_fail (EMB_IS_OBSERVATION (self));

  if (self->employee_id == employee_id)
    return;
  self->employee_id = employee_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_ID]);
}

const char *
emb_observation_get_observed_on (EmbObservation *self)
{
  g_return_val_if_fail (EMB_IS_OBSERVATION (self), NULL);

  return self->observed_on;
}

void
emb_observation_set_observed_on (EmbObservation *self,
                                 const char     *observed_on)
{
  g_return_if_fail (EMB_IS_OBSERVATION (self));

  if (_emb_set_string (&self->observed_on, observed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBSERVED_ON]);
}

int
emb_observation_get_rating (EmbObservation *self)
{
  g_return_val_if_fail (EMB_IS_OBSERVATION (self), 0);

  return self->rating;
}

void
emb_observation_set_rating (EmbObservation *self,
                            int             rating)
{
  g_return_if_fail (EMB_IS_OBSERVATION (self));

  if (self->rating == rating)
    return;
  self->rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

const char *
emb_observation_get_note (EmbObservation *self)
{
  g_return_val_if_fail (EMB_IS_OBSERVATION (self), NULL);

  return self->note;
}

void
emb_observation_set_note (EmbObservation *self,
                          const char     *note)
{
  g_return_if_fail (EMB_IS_OBSERVATION (self));

  if (_emb_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
