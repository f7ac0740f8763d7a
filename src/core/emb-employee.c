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
  gboolean    on_leave;
  gboolean    erased;
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
  PROP_ON_LEAVE,
  PROP_ERASED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_EMPLOYEE_NUMBER] = G_STRUCT_OFFSET (EmbEmployee, employee_number),
  [PROP_NAME] = G_STRUCT_OFFSET (EmbEmployee, name),
  [PROP_EMAIL] = G_STRUCT_OFFSET (EmbEmployee, email),
  [PROP_ROLE_ID] = G_STRUCT_OFFSET (EmbEmployee, role_id),
  [PROP_DEPARTMENT_ID] = G_STRUCT_OFFSET (EmbEmployee, department_id),
  [PROP_SITE] = G_STRUCT_OFFSET (EmbEmployee, site),
  [PROP_HIRE_DATE] = G_STRUCT_OFFSET (EmbEmployee, hire_date),
  [PROP_ACTIVE] = G_STRUCT_OFFSET (EmbEmployee, active),
  [PROP_ON_LEAVE] = G_STRUCT_OFFSET (EmbEmployee, on_leave),
  [PROP_ERASED] = G_STRUCT_OFFSET (EmbEmployee, erased),
};

static void
emb_employee_class_init (EmbEmployeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_EMPLOYEE_NUMBER] = _emb_param_string ("employee-number");
  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_EMAIL] = _emb_param_string ("email");
  properties[PROP_ROLE_ID] = _emb_param_id ("role-id");
  properties[PROP_DEPARTMENT_ID] = _emb_param_id ("department-id");
  properties[PROP_SITE] = _emb_param_string ("site");
  properties[PROP_HIRE_DATE] = _emb_param_string ("hire-date");
  properties[PROP_ACTIVE] = _emb_param_boolean ("active", TRUE);
  properties[PROP_ON_LEAVE] = _emb_param_boolean ("on-leave", FALSE);
  properties[PROP_ERASED] = _emb_param_boolean ("erased", FALSE);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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

gboolean
emb_employee_get_on_leave (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), FALSE);

  return self->on_leave;
}

void
emb_employee_set_on_leave (EmbEmployee *self,
                           gboolean     on_leave)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  on_leave = !!on_leave;
  if (self->on_leave == on_leave)
    return;
  self->on_leave = on_leave;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_LEAVE]);
}

/**
 * emb_employee_get_erased:
 *
 * Returns: whether the person was erased (emb_person_erase()): the record is
 *   an anonymous tombstone that keeps their nominations, decisions and
 *   acknowledgements counted
 */
gboolean
emb_employee_get_erased (EmbEmployee *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE (self), FALSE);

  return self->erased;
}

void
emb_employee_set_erased (EmbEmployee *self,
                         gboolean     erased)
{
  g_return_if_fail (EMB_IS_EMPLOYEE (self));

  erased = !!erased;
  if (self->erased == erased)
    return;
  self->erased = erased;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERASED]);
}
