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

static void
emb_responsibility_finalize (GObject *object)
{
  EmbResponsibility *self = (EmbResponsibility *)object;

  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (emb_responsibility_parent_class)->finalize (object);
}

static void
emb_responsibility_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EmbResponsibility *self = EMB_RESPONSIBILITY (object);

  switch (prop_id)
    {
    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    case PROP_TOUCHPOINT_ID:
      g_value_set_int64 (value, self->touchpoint_id);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_responsibility_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EmbResponsibility *self = EMB_RESPONSIBILITY (object);

  switch (prop_id)
    {
    case PROP_ROLE_ID:
      emb_responsibility_set_role_id (self, g_value_get_int64 (value));
      break;

    case PROP_TOUCHPOINT_ID:
      emb_responsibility_set_touchpoint_id (self, g_value_get_int64 (value));
      break;

    case PROP_LEVEL:
      emb_responsibility_set_level (self, g_value_get_enum (value));
      break;

    case PROP_NOTE:
      emb_responsibility_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_responsibility_class_init (EmbResponsibilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_responsibility_finalize;
  object_class->get_property = emb_responsibility_get_property;
  object_class->set_property = emb_responsibility_set_property;

  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOUCHPOINT_ID] =
    g_param_spec_int64 ("touchpoint-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       EMB_TYPE_RESPONSIBILITY_LEVEL, EMB_RESPONSIBILITY_LEVEL_OWNS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
