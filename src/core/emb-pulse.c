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

static const gsize fields[N_PROPS] = {
  [PROP_DEPARTMENT_ID] = G_STRUCT_OFFSET (EmbPulse, department_id),
  [PROP_ROLE_ID] = G_STRUCT_OFFSET (EmbPulse, role_id),
  [PROP_TAKEN_ON] = G_STRUCT_OFFSET (EmbPulse, taken_on),
  [PROP_COMPANY] = G_STRUCT_OFFSET (EmbPulse, company),
  [PROP_VALUE_PROPOSITION] = G_STRUCT_OFFSET (EmbPulse, value_proposition),
  [PROP_CUSTOMER] = G_STRUCT_OFFSET (EmbPulse, customer),
  [PROP_RESPONDENTS] = G_STRUCT_OFFSET (EmbPulse, respondents),
};

static void
emb_pulse_class_init (EmbPulseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_DEPARTMENT_ID] = _emb_param_id ("department-id");
  properties[PROP_ROLE_ID] = _emb_param_id ("role-id");
  properties[PROP_TAKEN_ON] = _emb_param_string ("taken-on");
  properties[PROP_COMPANY] = _emb_param_double ("company", -G_MAXDOUBLE, G_MAXDOUBLE, 3.0);
  properties[PROP_VALUE_PROPOSITION] =
    _emb_param_double ("value-proposition", -G_MAXDOUBLE, G_MAXDOUBLE, 3.0);
  properties[PROP_CUSTOMER] = _emb_param_double ("customer", -G_MAXDOUBLE, G_MAXDOUBLE, 3.0);
  properties[PROP_RESPONDENTS] = _emb_param_int ("respondents", G_MININT, G_MAXINT, 1);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
