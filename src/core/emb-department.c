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

static void
emb_department_finalize (GObject *object)
{
  EmbDepartment *self = (EmbDepartment *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (emb_department_parent_class)->finalize (object);
}

static void
emb_department_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EmbDepartment *self = EMB_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_OFFICE:
      g_value_set_enum (value, self->office);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_department_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EmbDepartment *self = EMB_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      emb_department_set_name (self, g_value_get_string (value));
      break;

    case PROP_OFFICE:
      emb_department_set_office (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_department_class_init (EmbDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_department_finalize;
  object_class->get_property = emb_department_get_property;
  object_class->set_property = emb_department_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OFFICE] =
    g_param_spec_enum ("office", NULL, NULL,
                       EMB_TYPE_OFFICE, EMB_OFFICE_FRONT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
