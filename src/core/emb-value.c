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

static void
emb_value_finalize (GObject *object)
{
  EmbValue *self = (EmbValue *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->desired_behaviours, g_free);
  g_clear_pointer (&self->undesired_behaviours, g_free);

  G_OBJECT_CLASS (emb_value_parent_class)->finalize (object);
}

static void
emb_value_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EmbValue *self = EMB_VALUE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_DESIRED_BEHAVIOURS:
      g_value_set_string (value, self->desired_behaviours);
      break;

    case PROP_UNDESIRED_BEHAVIOURS:
      g_value_set_string (value, self->undesired_behaviours);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EmbValue *self = EMB_VALUE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      emb_value_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      emb_value_set_description (self, g_value_get_string (value));
      break;

    case PROP_DESIRED_BEHAVIOURS:
      emb_value_set_desired_behaviours (self, g_value_get_string (value));
      break;

    case PROP_UNDESIRED_BEHAVIOURS:
      emb_value_set_undesired_behaviours (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      emb_value_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_class_init (EmbValueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_value_finalize;
  object_class->get_property = emb_value_get_property;
  object_class->set_property = emb_value_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESIRED_BEHAVIOURS] =
    g_param_spec_string ("desired-behaviours", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UNDESIRED_BEHAVIOURS] =
    g_param_spec_string ("undesired-behaviours", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
