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

static const gsize fields[N_PROPS] = {
  [PROP_DEPARTMENT_ID] = G_STRUCT_OFFSET (EmbRole, department_id),
  [PROP_NAME] = G_STRUCT_OFFSET (EmbRole, name),
  [PROP_OFFICE] = G_STRUCT_OFFSET (EmbRole, office),
  [PROP_ATTITUDES] = G_STRUCT_OFFSET (EmbRole, attitudes),
};

static void
emb_role_class_init (EmbRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_DEPARTMENT_ID] = _emb_param_id ("department-id");
  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_OFFICE] = _emb_param_enum ("office", EMB_TYPE_OFFICE, EMB_OFFICE_FRONT);
  properties[PROP_ATTITUDES] = _emb_param_string ("attitudes");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
