/* emb-department.c: a department, in the front office (meeting customers) or the back office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-department"

#include "config.h"

#include "emb-record-private.h"
#include "emb-department.h"

/**
 * EmbDepartment:
 *
 * A department, in the front office (meeting customers) or the back office.
 */
struct _EmbDepartment
{
  EmbRecord parent_instance;

  char     *name;
  EmbOffice office;
};

G_DEFINE_FINAL_TYPE (EmbDepartment, emb_department, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_OFFICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (EmbDepartment, name),
  [PROP_OFFICE] = G_STRUCT_OFFSET (EmbDepartment, office),
};

static void
emb_department_class_init (EmbDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_OFFICE] = _emb_param_enum ("office", EMB_TYPE_OFFICE, EMB_OFFICE_FRONT);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_department_init (EmbDepartment *self)
{
  self->office = EMB_OFFICE_FRONT;
}

EmbDepartment *
emb_department_new (void)
{
  return g_object_new (EMB_TYPE_DEPARTMENT, NULL);
}

const char *
emb_department_get_name (EmbDepartment *self)
{
  g_return_val_if_fail (EMB_IS_DEPARTMENT (self), NULL);

  return self->name;
}

void
emb_department_set_name (EmbDepartment *self,
                         const char    *name)
{
  g_return_if_fail (EMB_IS_DEPARTMENT (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

EmbOffice
emb_department_get_office (EmbDepartment *self)
{
  g_return_val_if_fail (EMB_IS_DEPARTMENT (self), 0);

  return self->office;
}

void
emb_department_set_office (EmbDepartment *self,
                           EmbOffice      office)
{
  g_return_if_fail (EMB_IS_DEPARTMENT (self));

  if (self->office == office)
    return;
  self->office = office;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE]);
}
