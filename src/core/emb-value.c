/* emb-value.c: a company value with the behaviours it asks for and rules out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-value"

#include "config.h"

#include "emb-record-private.h"
#include "emb-value.h"

/**
 * EmbValue:
 *
 * A company value with the behaviours it asks for and rules out.
 */
struct _EmbValue
{
  EmbRecord parent_instance;

  char     *name;
  char     *description;
  char     *desired_behaviours;
  char     *undesired_behaviours;
  int       position;
};

G_DEFINE_FINAL_TYPE (EmbValue, emb_value, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_DESIRED_BEHAVIOURS,
  PROP_UNDESIRED_BEHAVIOURS,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (EmbValue, name),
  [PROP_DESCRIPTION] = G_STRUCT_OFFSET (EmbValue, description),
  [PROP_DESIRED_BEHAVIOURS] = G_STRUCT_OFFSET (EmbValue, desired_behaviours),
  [PROP_UNDESIRED_BEHAVIOURS] = G_STRUCT_OFFSET (EmbValue, undesired_behaviours),
  [PROP_POSITION] = G_STRUCT_OFFSET (EmbValue, position),
};

static void
emb_value_class_init (EmbValueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_DESCRIPTION] = _emb_param_string ("description");
  properties[PROP_DESIRED_BEHAVIOURS] = _emb_param_string ("desired-behaviours");
  properties[PROP_UNDESIRED_BEHAVIOURS] = _emb_param_string ("undesired-behaviours");
  properties[PROP_POSITION] = _emb_param_int ("position", G_MININT, G_MAXINT, 0);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
}

static void
emb_value_init (EmbValue *self)
{
}

EmbValue *
emb_value_new (void)
{
  return g_object_new (EMB_TYPE_VALUE, NULL);
}

const char *
emb_value_get_name (EmbValue *self)
{
  g_return_val_if_fail (EMB_IS_VALUE (self), NULL);

  return self->name;
}

void
emb_value_set_name (EmbValue    *self,
                    const char  *name)
{
  g_return_if_fail (EMB_IS_VALUE (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_value_get_description (EmbValue *self)
{
  g_return_val_if_fail (EMB_IS_VALUE (self), NULL);

  return self->description;
}

void
emb_value_set_description (EmbValue    *self,
                           const char  *description)
{
  g_return_if_fail (EMB_IS_VALUE (self));

  if (_emb_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
emb_value_get_desired_behaviours (EmbValue *self)
{
  g_return_val_if_fail (EMB_IS_VALUE (self), NULL);

  return self->desired_behaviours;
}

void
emb_value_set_desired_behaviours (EmbValue    *self,
                                  const char  *desired_behaviours)
{
  g_return_if_fail (EMB_IS_VALUE (self));

  if (_emb_set_string (&self->desired_behaviours, desired_behaviours))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESIRED_BEHAVIOURS]);
}

const char *
emb_value_get_undesired_behaviours (EmbValue *self)
{
  g_return_val_if_fail (EMB_IS_VALUE (self), NULL);

  return self->undesired_behaviours;
}

void
emb_value_set_undesired_behaviours (EmbValue    *self,
                                    const char  *undesired_behaviours)
{
  g_return_if_fail (EMB_IS_VALUE (self));

  if (_emb_set_string (&self->undesired_behaviours, undesired_behaviours))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDESIRED_BEHAVIOURS]);
}

int
emb_value_get_position (EmbValue *self)
{
  g_return_val_if_fail (EMB_IS_VALUE (self), 0);

  return self->position;
}

void
emb_value_set_position (EmbValue *self,
                        int       position)
{
  g_return_if_fail (EMB_IS_VALUE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
