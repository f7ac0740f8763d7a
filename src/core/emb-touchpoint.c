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

static const gsize fields[N_PROPS] = {
  [PROP_STAGE_ID] = G_STRUCT_OFFSET (EmbTouchpoint, stage_id),
  [PROP_NAME] = G_STRUCT_OFFSET (EmbTouchpoint, name),
  [PROP_CHANNEL] = G_STRUCT_OFFSET (EmbTouchpoint, channel),
  [PROP_DESCRIPTION] = G_STRUCT_OFFSET (EmbTouchpoint, description),
  [PROP_POSITION] = G_STRUCT_OFFSET (EmbTouchpoint, position),
};

static void
emb_touchpoint_class_init (EmbTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_STAGE_ID] = _emb_param_id ("stage-id");
  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_CHANNEL] = _emb_param_string ("channel");
  properties[PROP_DESCRIPTION] = _emb_param_string ("description");
  properties[PROP_POSITION] = _emb_param_int ("position", G_MININT, G_MAXINT, 0);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
