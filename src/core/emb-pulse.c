/* emb-pulse.c: an ambassadorship pulse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pulse"

#include "config.h"

#include "emb-record-private.h"
#include "emb-pulse.h"

/**
 * EmbPulse:
 *
 * An ambassadorship pulse: commitment to the company, its value proposition and the customer.
 */
struct _EmbPulse
{
  EmbRecord parent_instance;

  gint64    department_id;
  gint64    role_id;
  char     *taken_on;
  double    company;
  double    value_proposition;
  double    customer;
  int       respondents;
};

G_DEFINE_FINAL_TYPE (EmbPulse, emb_pulse, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DEPARTMENT_ID,
  PROP_ROLE_ID,
  PROP_TAKEN_ON,
  PROP_COMPANY,
  PROP_VALUE_PROPOSITION,
  PROP_CUSTOMER,
  PROP_RESPONDENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_pulse_finalize (GObject *object)
{
  EmbPulse *self = (EmbPulse *)object;

  g_clear_pointer (&self->taken_on, g_free);

  G_OBJECT_CLASS (emb_pulse_parent_class)->finalize (object);
}

static void
emb_pulse_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EmbPulse *self = EMB_PULSE (object);

  switch (prop_id)
    {
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    case PROP_TAKEN_ON:
      g_value_set_string (value, self->taken_on);
      break;

    case PROP_COMPANY:
      g_value_set_double (value, self->company);
      break;

    case PROP_VALUE_PROPOSITION:
      g_value_set_double (value, self->value_proposition);
      break;

    case PROP_CUSTOMER:
      g_value_set_double (value, self->customer);
      break;

    case PROP_RESPONDENTS:
      g_value_set_int (value, self->respondents);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pulse_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EmbPulse *self = EMB_PULSE (object);

  switch (prop_id)
    {
    case PROP_DEPARTMENT_ID:
      emb_pulse_set_department_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROLE_ID:
      emb_pulse_set_role_id (self, g_value_get_int64 (value));
      break;

    case PROP_TAKEN_ON:
      emb_pulse_set_taken_on (self, g_value_get_string (value));
      break;

    case PROP_COMPANY:
      emb_pulse_set_company (self, g_value_get_double (value));
      break;

    case PROP_VALUE_PROPOSITION:
      emb_pulse_set_value_proposition (self, g_value_get_double (value));
      break;

    case PROP_CUSTOMER:
      emb_pulse_set_customer (self, g_value_get_double (value));
      break;

    case PROP_RESPONDENTS:
      emb_pulse_set_respondents (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pulse_class_init (EmbPulseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_pulse_finalize;
  object_class->get_property = emb_pulse_get_property;
  object_class->set_property = emb_pulse_set_property;

  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAKEN_ON] =
    g_param_spec_string ("taken-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COMPANY] =
    g_param_spec_double ("company", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 3.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE_PROPOSITION] =
    g_param_spec_double ("value-proposition", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 3.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOMER] =
    g_param_spec_double ("customer", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 3.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESPONDENTS] =
    g_param_spec_int ("respondents", NULL, NULL,
                      G_MININT, G_MAXINT, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_pulse_init (EmbPulse *self)
{
  self->company = 3.0;
  self->value_proposition = 3.0;
  self->customer = 3.0;
  self->respondents = 1;
}

EmbPulse *
emb_pulse_new (void)
{
  return g_object_new (EMB_TYPE_PULSE, NULL);
}

gint64
emb_pulse_get_department_id (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), 0);

  return self->department_id;
}

void
emb_pulse_set_department_id (EmbPulse *self,
                             gint64    department_id)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

gint64
emb_pulse_get_role_id (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), 0);

  return self->role_id;
}

void
emb_pulse_set_role_id (EmbPulse *self,
                       gint64    role_id)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (self->role_id == role_id)
    return;
  self->role_id = role_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_ID]);
}

const char *
emb_pulse_get_taken_on (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), NULL);

  return self->taken_on;
}

void
emb_pulse_set_taken_on (EmbPulse    *self,
                        const char  *taken_on)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (_emb_set_string (&self->taken_on, taken_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKEN_ON]);
}

double
emb_pulse_get_company (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), 0.0);

  return self->company;
}

void
emb_pulse_set_company (EmbPulse *self,
                       double    company)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (self->company == company)
    return;
  self->company = company;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
}

double
emb_pulse_get_value_proposition (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), 0.0);

  return self->value_proposition;
}

void
emb_pulse_set_value_proposition (EmbPulse *self,
                                 double    value_proposition)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (self->value_proposition == value_proposition)
    return;
  self->value_proposition = value_proposition;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_PROPOSITION]);
}

double
emb_pulse_get_customer (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), 0.0);

  return self->customer;
}

void
emb_pulse_set_customer (EmbPulse *self,
                        double    customer)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (self->customer == customer)
    return;
  self->customer = customer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER]);
}

int
emb_pulse_get_respondents (EmbPulse *self)
{
  g_return_val_if_fail (EMB_IS_PULSE (self), 0);

  return self->respondents;
}

void
emb_pulse_set_respondents (EmbPulse *self,
                           int       respondents)
{
  g_return_if_fail (EMB_IS_PULSE (self));

  if (self->respondents == respondents)
    return;
  self->respondents = respondents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENTS]);
}
