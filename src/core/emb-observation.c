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

static void
emb_observation_finalize (GObject *object)
{
  EmbObservation *self = (EmbObservation *)object;

  g_clear_pointer (&self->observed_on, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (emb_observation_parent_class)->finalize (object);
}

static void
emb_observation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EmbObservation *self = EMB_OBSERVATION (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE_ID:
      g_value_set_int64 (value, self->objective_id);
      break;

    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;

    case PROP_OBSERVED_ON:
      g_value_set_string (value, self->observed_on);
      break;

    case PROP_RATING:
      g_value_set_int (value, self->rating);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_observation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EmbObservation *self = EMB_OBSERVATION (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE_ID:
      emb_observation_set_objective_id (self, g_value_get_int64 (value));
      break;

    case PROP_EMPLOYEE_ID:
      emb_observation_set_employee_id (self, g_value_get_int64 (value));
      break;

    case PROP_OBSERVED_ON:
      emb_observation_set_observed_on (self, g_value_get_string (value));
      break;

    case PROP_RATING:
      emb_observation_set_rating (self, g_value_get_int (value));
      break;

    case PROP_NOTE:
      emb_observation_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_observation_class_init (EmbObservationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_observation_finalize;
  object_class->get_property = emb_observation_get_property;
  object_class->set_property = emb_observation_set_property;

  properties[PROP_OBJECTIVE_ID] =
    g_param_spec_int64 ("objective-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OBSERVED_ON] =
    g_param_spec_string ("observed-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL,
                      G_MININT, G_MAXINT, 3,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
