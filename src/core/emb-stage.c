/* emb-stage.c: a stage of the customer journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-stage"

#include "config.h"

#include "emb-record-private.h"
#include "emb-stage.h"

/**
 * EmbStage:
 *
 * A stage of the customer journey.
 */
struct _EmbStage
{
  EmbRecord parent_instance;

  char     *name;
  char     *description;
  int       position;
};

G_DEFINE_FINAL_TYPE (EmbStage, emb_stage, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_stage_finalize (GObject *object)
{
  EmbStage *self = (EmbStage *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (emb_stage_parent_class)->finalize (object);
}

static void
emb_stage_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EmbStage *self = EMB_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
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
emb_stage_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EmbStage *self = EMB_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      emb_stage_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      emb_stage_set_description (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      emb_stage_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_stage_class_init (EmbStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_stage_finalize;
  object_class->get_property = emb_stage_get_property;
  object_class->set_property = emb_stage_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
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
emb_stage_init (EmbStage *self)
{
}

EmbStage *
emb_stage_new (void)
{
  return g_object_new (EMB_TYPE_STAGE, NULL);
}

const char *
emb_stage_get_name (EmbStage *self)
{
  g_return_val_if_fail (EMB_IS_STAGE (self), NULL);

  return self->name;
}

void
emb_stage_set_name (EmbStage    *self,
                    const char  *name)
{
  g_return_if_fail (EMB_IS_STAGE (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_stage_get_description (EmbStage *self)
{
  g_return_val_if_fail (EMB_IS_STAGE (self), NULL);

  return self->description;
}

void
emb_stage_set_description (EmbStage    *self,
                           const char  *description)
{
  g_return_if_fail (EMB_IS_STAGE (self));

  if (_emb_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

int
emb_stage_get_position (EmbStage *self)
{
  g_return_val_if_fail (EMB_IS_STAGE (self), 0);

  return self->position;
}

void
emb_stage_set_position (EmbStage *self,
                        int       position)
{
  g_return_if_fail (EMB_IS_STAGE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
