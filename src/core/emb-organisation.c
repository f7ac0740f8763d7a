/* emb-organisation.c: the organisation running the programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-organisation"

#include "config.h"

#include "emb-record-private.h"
#include "emb-organisation.h"

/**
 * EmbOrganisation:
 *
 * The organisation running the programme: its name, vision and CX strategy.
 */
struct _EmbOrganisation
{
  EmbRecord parent_instance;

  char     *name;
  char     *vision;
  char     *cx_strategy;
};

G_DEFINE_FINAL_TYPE (EmbOrganisation, emb_organisation, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VISION,
  PROP_CX_STRATEGY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_organisation_finalize (GObject *object)
{
  EmbOrganisation *self = (EmbOrganisation *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->vision, g_free);
  g_clear_pointer (&self->cx_strategy, g_free);

  G_OBJECT_CLASS (emb_organisation_parent_class)->finalize (object);
}

static void
emb_organisation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EmbOrganisation *self = EMB_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_VISION:
      g_value_set_string (value, self->vision);
      break;

    case PROP_CX_STRATEGY:
      g_value_set_string (value, self->cx_strategy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_organisation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbOrganisation *self = EMB_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      emb_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_VISION:
      emb_organisation_set_vision (self, g_value_get_string (value));
      break;

    case PROP_CX_STRATEGY:
      emb_organisation_set_cx_strategy (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_organisation_class_init (EmbOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_organisation_finalize;
  object_class->get_property = emb_organisation_get_property;
  object_class->set_property = emb_organisation_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VISION] =
    g_param_spec_string ("vision", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CX_STRATEGY] =
    g_param_spec_string ("cx-strategy", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_organisation_init (EmbOrganisation *self)
{
}

EmbOrganisation *
emb_organisation_new (void)
{
  return g_object_new (EMB_TYPE_ORGANISATION, NULL);
}

const char *
emb_organisation_get_name (EmbOrganisation *self)
{
  g_return_val_if_fail (EMB_IS_ORGANISATION (self), NULL);

  return self->name;
}

void
emb_organisation_set_name (EmbOrganisation *self,
                           const char      *name)
{
  g_return_if_fail (EMB_IS_ORGANISATION (self));

  if (_emb_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
emb_organisation_get_vision (EmbOrganisation *self)
{
  g_return_val_if_fail (EMB_IS_ORGANISATION (self), NULL);

  return self->vision;
}

void
emb_organisation_set_vision (EmbOrganisation *self,
                             const char      *vision)
{
  g_return_if_fail (EMB_IS_ORGANISATION (self));

  if (_emb_set_string (&self->vision, vision))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISION]);
}

const char *
emb_organisation_get_cx_strategy (EmbOrganisation *self)
{
  g_return_val_if_fail (EMB_IS_ORGANISATION (self), NULL);

  return self->cx_strategy;
}

void
emb_organisation_set_cx_strategy (EmbOrganisation *self,
                                  const char      *cx_strategy)
{
  g_return_if_fail (EMB_IS_ORGANISATION (self));

  if (_emb_set_string (&self->cx_strategy, cx_strategy))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CX_STRATEGY]);
}
