/* emb-responsibility.c: what a role does at a touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-responsibility"

#include "config.h"

#include "emb-record-private.h"
#include "emb-responsibility.h"

/**
 * EmbResponsibility:
 *
 * What a role does at a touchpoint: owns, delivers, supports or is informed.
 */
struct _EmbResponsibility
{
  EmbRecord parent_instance;

  gint64                 role_id;
  gint64                 touchpoint_id;
  EmbResponsibilityLevel level;
  char                  *note;
};

G_DEFINE_FINAL_TYPE (EmbResponsibility, emb_responsibility, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ROLE_ID,
  PROP_TOUCHPOINT_ID,
  PROP_LEVEL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_ROLE_ID] = G_STRUCT_OFFSET (EmbResponsibility, role_id),
  [PROP_TOUCHPOINT_ID] = G_STRUCT_OFFSET (EmbResponsibility, touchpoint_id),
  [PROP_LEVEL] = G_STRUCT_OFFSET (EmbResponsibility, level),
  [PROP_NOTE] = G_STRUCT_OFFSET (EmbResponsibility, note),
};

static void
emb_responsibility_class_init (EmbResponsibilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_ROLE_ID] = _emb_param_id ("role-id");
  properties[PROP_TOUCHPOINT_ID] = _emb_param_id ("touchpoint-id");
  properties[PROP_LEVEL] =
    _emb_param_enum ("level", EMB_TYPE_RESPONSIBILITY_LEVEL, EMB_RESPONSIBILITY_LEVEL_OWNS);
  properties[PROP_NOTE] = _emb_param_string ("note");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_responsibility_init (EmbResponsibility *self)
{
  self->level = EMB_RESPONSIBILITY_LEVEL_OWNS;
}

EmbResponsibility *
emb_responsibility_new (void)
{
  return g_object_new (EMB_TYPE_RESPONSIBILITY, NULL);
}

gint64
emb_responsibility_get_role_id (EmbResponsibility *self)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY (self), 0);

  return self->role_id;
}

void
emb_responsibility_set_role_id (EmbResponsibility *self,
                                gint64             role_id)
{
  g_return_if_fail (EMB_IS_RESPONSIBILITY (self));

  if (self->role_id == role_id)
    return;
  self->role_id = role_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_ID]);
}

gint64
emb_responsibility_get_touchpoint_id (EmbResponsibility *self)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY (self), 0);

  return self->touchpoint_id;
}

void
emb_responsibility_set_touchpoint_id (EmbResponsibility *self,
                                      gint64             touchpoint_id)
{
  g_return_if_fail (EMB_IS_RESPONSIBILITY (self));

  if (self->touchpoint_id == touchpoint_id)
    return;
  self->touchpoint_id = touchpoint_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCHPOINT_ID]);
}

EmbResponsibilityLevel
emb_responsibility_get_level (EmbResponsibility *self)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY (self), 0);

  return self->level;
}

void
emb_responsibility_set_level (EmbResponsibility     *self,
                              EmbResponsibilityLevel level)
{
  g_return_if_fail (EMB_IS_RESPONSIBILITY (self));

  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
emb_responsibility_get_note (EmbResponsibility *self)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY (self), NULL);

  return self->note;
}

void
emb_responsibility_set_note (EmbResponsibility *self,
                             const char        *note)
{
  g_return_if_fail (EMB_IS_RESPONSIBILITY (self));

  if (_emb_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
