/* emb-role.c: a role within a department, with the attitudes it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-role"

#include "config.h"

#include "emb-record-private.h"
#include "emb-role.h"

/**
 * EmbRole:
 *
 * A role within a department, with the attitudes it needs.
 */
struct _EmbRole
{
  EmbRecord parent_instance;

  gint64    department_id;
  char     *name;
  EmbOffice office;
  char     *attitudes;
};

G_DEFINE_FINAL_TYPE (EmbRole, emb_role, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DEPARTMENT_ID,
  PROP_NAME,
  PROP_OFFICE,
  PROP_ATTITUDES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_role_finalize (GObject *object)
{
  EmbRole *self = (EmbRole *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->attitudes, g_free);

  G_OBJECT_CLASS (emb_role_parent_class)->finalize (object);
}

static void
emb_role_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  EmbRole *self = EMB_ROLE (object);

  switch (prop_id)
    {
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_OFFICE:
      g_value_set_enum (value, self->office);
      break;

    case PROP_ATTITUDES:
      g_value_set_string (value, self->attitudes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_role_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  EmbRole *self = EMB_ROLE (object);

  switch (prop_id)
    {
    case PROP_DEPARTMENT_ID:
      emb_role_set_department_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      emb_role_set_name (self, g_value_get_string (value));
      break;

    case PROP_OFFICE:
      emb_role_set_office (self, g_value_get_enum (value));
      break;

    case PROP_ATTITUDES:
      emb_role_set_attitudes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_role_class_init (EmbRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_role_finalize;
  object_class->get_property = emb_role_get_property;
  object_class->set_property = emb_role_set_property;

  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OFFICE] =
    g_param_spec_enum ("office", NULL, NULL,
                       EMB_TYPE_OFFICE, EMB_OFFICE_FRONT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ATTITUDES] =
    g_param_spec_string ("attitudes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_role_init (EmbRole *self)
{
  self->office = EMB_OFFICE_FRONT;
}

EmbRole *
emb_role_new (void)
{
  return g_object_new (EMB_TYPE_ROLE, NULL);
}

gint64
emb_role_get_department_id (EmbRole *self)
{
  g_return_val_if_fail (EMB_IS_ROLE (self), 0);

  return self->department_id;
}

void
emb_role_set_department_id (EmbRole *self,
                            gint64   department_id)
{
  g_return_if_fail (EMB_IS_ROLE (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

const char *
emb_role_get_name (EmbRole *self)
{
  g_return_val_if_fail (EMB_IS_ROLE (self), NULL);

  return self->name;
}

void
emb_role_set_name (EmbRole     *self,
                   const char  *name)
{
  g_return_if_fail (EMB_IS_ROLE (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

EmbOffice
emb_role_get_office (EmbRole *self)
{
  g_return_val_if_fail (EMB_IS_ROLE (self), 0);

  return self->office;
}

void
emb_role_set_office (EmbRole  *self,
                     EmbOffice office)
{
  g_return_if_fail (EMB_IS_ROLE (self));

  if (self->office == office)
    return;
  self->office = office;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE]);
}

const char *
emb_role_get_attitudes (EmbRole *self)
{
  g_return_val_if_fail (EMB_IS_ROLE (self), NULL);

  return self->attitudes;
}

void
emb_role_set_attitudes (EmbRole     *self,
                        const char  *attitudes)
{
  g_return_if_fail (EMB_IS_ROLE (self));

  if (_emb_set_string (&self->attitudes, attitudes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTITUDES]);
}
