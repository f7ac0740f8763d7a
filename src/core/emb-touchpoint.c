/* emb-touchpoint.c: a point where a customer meets the company, within a journey stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-touchpoint"

#include "config.h"

#include "emb-record-private.h"
#include "emb-touchpoint.h"

/**
 * EmbTouchpoint:
 *
 * A point where a customer meets the company, within a journey stage.
 */
struct _EmbTouchpoint
{
  EmbRecord parent_instance;

  gint64    stage_id;
  char     *name;
  char     *channel;
  char     *description;
  int       position;
};

G_DEFINE_FINAL_TYPE (EmbTouchpoint, emb_touchpoint, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAGE_ID,
  PROP_NAME,
  PROP_CHANNEL,
  PROP_DESCRIPTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_touchpoint_finalize (GObject *object)
{
  EmbTouchpoint *self = (EmbTouchpoint *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (emb_touchpoint_parent_class)->finalize (object);
}

static void
emb_touchpoint_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EmbTouchpoint *self = EMB_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_STAGE_ID:
      g_value_set_int64 (value, self->stage_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_touchpoint_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EmbTouchpoint *self = EMB_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_STAGE_ID:
      emb_touchpoint_set_stage_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      emb_touchpoint_set_name (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL:
      emb_touchpoint_set_channel (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      emb_touchpoint_set_description (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      emb_touchpoint_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_touchpoint_class_init (EmbTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_touchpoint_finalize;
  object_class->get_property = emb_touchpoint_get_property;
  object_class->set_property = emb_touchpoint_set_property;

  properties[PROP_STAGE_ID] =
    g_param_spec_int64 ("stage-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_touchpoint_init (EmbTouchpoint *self)
{
}

EmbTouchpoint *
emb_touchpoint_new (void)
{
  return g_object_new (EMB_TYPE_TOUCHPOINT, NULL);
}

gint64
emb_touchpoint_get_stage_id (EmbTouchpoint *self)
{
  g_return_val_if_fail (EMB_IS_TOUCHPOINT (self), 0);

  return self->stage_id;
}

void
emb_touchpoint_set_stage_id (EmbTouchpoint *self,
                             gint64         stage_id)
{
  g_return_if_fail (EMB_IS_TOUCHPOINT (self));

  if (self->stage_id == stage_id)
    return;
  self->stage_id = stage_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_ID]);
}

const char *
emb_touchpoint_get_name (EmbTouchpoint *self)
{
  g_return_val_if_fail (EMB_IS_TOUCHPOINT (self), NULL);

  return self->name;
}

void
emb_touchpoint_set_name (EmbTouchpoint *self,
                         const char    *name)
{
  g_return_if_fail (EMB_IS_TOUCHPOINT (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_touchpoint_get_channel (EmbTouchpoint *self)
{
  g_return_val_if_fail (EMB_IS_TOUCHPOINT (self), NULL);

  return self->channel;
}

void
emb_touchpoint_set_channel (EmbTouchpoint *self,
                            const char    *channel)
{
  g_return_if_fail (EMB_IS_TOUCHPOINT (self));

  if (_emb_set_string (&self->channel, channel))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

const char *
emb_touchpoint_get_description (EmbTouchpoint *self)
{
  g_return_val_if_fail (EMB_IS_TOUCHPOINT (self), NULL);

  return self->description;
}

void
emb_touchpoint_set_description (EmbTouchpoint *self,
                                const char    *description)
{
  g_return_if_fail (EMB_IS_TOUCHPOINT (self));

  if (_emb_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

int
emb_touchpoint_get_position (EmbTouchpoint *self)
{
  g_return_val_if_fail (EMB_IS_TOUCHPOINT (self), 0);

  return self->position;
}

void
emb_touchpoint_set_position (EmbTouchpoint *self,
                             int            position)
{
  g_return_if_fail (EMB_IS_TOUCHPOINT (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
