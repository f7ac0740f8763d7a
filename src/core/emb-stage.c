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

static const gsize fields[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (EmbStage, name),
  [PROP_DESCRIPTION] = G_STRUCT_OFFSET (EmbStage, description),
  [PROP_POSITION] = G_STRUCT_OFFSET (EmbStage, position),
};

static void
emb_stage_class_init (EmbStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_DESCRIPTION] = _emb_param_string ("description");
  properties[PROP_POSITION] = _emb_param_int ("position", G_MININT, G_MAXINT, 0);

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
