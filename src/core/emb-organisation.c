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

static const gsize fields[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (EmbOrganisation, name),
  [PROP_VISION] = G_STRUCT_OFFSET (EmbOrganisation, vision),
  [PROP_CX_STRATEGY] = G_STRUCT_OFFSET (EmbOrganisation, cx_strategy),
};

static void
emb_organisation_class_init (EmbOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_NAME] = _emb_param_string ("name");
  properties[PROP_VISION] = _emb_param_string ("vision");
  properties[PROP_CX_STRATEGY] = _emb_param_string ("cx-strategy");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
