/* emb-employee.c: an employee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee"

#include "config.h"

#include "emb-record-private.h"
#include "emb-employee.h"

/**
 * EmbEmployee:
 *
 * An employee: the people who deliver the brand promise.
 */
struct _EmbEmployee
{
  EmbRecord parent_instance;

  char     *employee_number;
  char     *name;
  char     *email;
  gint64    role_id;
  gint64    department_id;
  char     *site;
  char     *hire_date;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (EmbEmployee, emb_employee, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_EMPLOYEE_NUMBER,
  PROP_NAME,
  PROP_EMAIL,
  PROP_ROLE_ID,
  PROP_DEPARTMENT_ID,
  PROP_SITE,
  PROP_HIRE_DATE,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_employee_finalize (GObject *object)
{
  EmbEmployee *self = (EmbEmployee *)object;

  g_clear_pointer (&self->employee_number, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->site, g_free);
  g_clear_pointer (&self->hire_date, g_free);

  G_OBJECT_CLASS (emb_employee_parent_class)->finalize (object);
}

static void
emb_employee_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EmbEmployee *self = EMB_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_EMPLOYEE_NUMBER:
      g_value_set_string (value, self->employee_number);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;

    case PROP_SITE:
      g_value_set_string (value, self->site);
      break;

    case PROP_HIRE_DATE:
      g_value_set_string (value, self->hire_date);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_employee_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EmbEmployee *self = EMB_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_EMPLOYEE_NUMBER:
      emb_employee_set_employee_number (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      emb_employee_set_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      emb_employee_set_email (self, g_value_get_string (value));
      break;

    case PROP_ROLE_ID:
      emb_employee_set_role_id (self, g_value_get_int64 (value));
      break;

    case PROP_DEPARTMENT_ID:
      emb_employee_set_department_id (self, g_value_get_int64 (value));
      break;

    case PROP_SITE:
      emb_employee_set_site (self, g_value_get_string (value));
      break;

    case PROP_HIRE_DATE:
      emb_employee_set_hire_date (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      emb_employee_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_employee_class_init (EmbEmployeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_employee_finalize;
  object_class->get_property = emb_employee_get_property;
  object_class->set_property = emb_employee_set_property;

  properties[PROP_EMPLOYEE_NUMBER] =
    g_param_spec_string ("employee-number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SITE] =
    g_param_spec_string ("site", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HIRE_DATE] =
    g_param_spec_string ("hire-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_employee_init (EmbEmployee *self)
{
  self->active = TRUE;
}

EmbEmployee *
emb_employee_new (void)
{
  return g_object_new (EMB_TYPE_EMPLOYEE, NULL);
}

const char *
emb_employee_get_employee_number (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), NULL);

  return self->employee_number;
}

void
emb_employee_set_employee_number (EmbEmployee *self,
                                  const char  *employee_number)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (_emb_set_string (&self->employee_number, employee_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_NUMBER]);
}

const char *
emb_employee_get_name (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), NULL);

  return self->name;
}

void
emb_employee_set_name (EmbEmployee *self,
                       const char  *name)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_employee_get_email (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), NULL);

  return self->email;
}

void
emb_employee_set_email (EmbEmployee *self,
                        const char  *email)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (_emb_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gint64
emb_employee_get_role_id (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), 0);

  return self->role_id;
}

void
emb_employee_set_role_id (EmbEmployee *self,
                          gint64       role_id)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (self->role_id == role_id)
    return;
  self->role_id = role_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_ID]);
}

gint64
emb_employee_get_department_id (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), 0);

  return self->department_id;
}

void
emb_employee_set_department_id (EmbEmployee *self,
                                gint64       department_id)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

const char *
emb_employee_get_site (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), NULL);

  return self->site;
}

void
emb_employee_set_site (EmbEmployee *self,
                       const char  *site)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (_emb_set_string (&self->site, site))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITE]);
}

const char *
emb_employee_get_hire_date (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), NULL);

  return self->hire_date;
}

void
emb_employee_set_hire_date (EmbEmployee *self,
                            const char  *hire_date)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (_emb_set_string (&self->hire_date, hire_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIRE_DATE]);
}

gboolean
emb_employee_get_active (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), FALSE);

  return self->active;
}

void
emb_employee_set_active (EmbEmployee *self,
                         gboolean     active)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  if (self->active == active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
