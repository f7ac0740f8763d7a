/* emb-value-set.c: a published set of values, which staff acknowledge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-value-set"

#include "config.h"

#include "emb-record-private.h"
#include "emb-value-set.h"

/**
 * EmbValueSet:
 *
 * A published set of values, which staff acknowledge.
 */
struct _EmbValueSet
{
  EmbRecord parent_instance;

  char     *published_at;
  char     *summary;
};

G_DEFINE_FINAL_TYPE (EmbValueSet, emb_value_set, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PUBLISHED_AT,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_value_set_finalize (GObject *object)
{
  EmbValueSet *self = (EmbValueSet *)object;

  g_clear_pointer (&self->published_at, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (emb_value_set_parent_class)->finalize (object);
}

static void
emb_value_set_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EmbValueSet *self = EMB_VALUE_SET (object);

  switch (prop_id)
    {
    case PROP_PUBLISHED_AT:
      g_value_set_string (value, self->published_at);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_set_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EmbValueSet *self = EMB_VALUE_SET (object);

  switch (prop_id)
    {
    case PROP_PUBLISHED_AT:
      emb_value_set_set_published_at (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      emb_value_set_set_summary (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_set_class_init (EmbValueSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_value_set_finalize;
  object_class->get_property = emb_value_set_get_property;
  object_class->set_property = emb_value_set_set_property;

  properties[PROP_PUBLISHED_AT] =
    g_param_spec_string ("published-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_value_set_init (EmbValueSet *self)
{
}

EmbValueSet *
emb_value_set_new (void)
{
  return g_object_new (EMB_TYPE_VALUE_SET, NULL);
}

const char *
emb_value_set_get_published_at (EmbValueSet *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_SET (self), NULL);

  return self->published_at;
}

void
emb_value_set_set_published_at (EmbValueSet *self,
                                const char  *published_at)
{
  g_return_if_fail (EMB_IS_VALUE_SET (self));

  if (_emb_set_string (&self->published_at, published_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_AT]);
}

const char *
emb_value_set_get_summary (EmbValueSet *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_SET (self), NULL);

  return self->summary;
}

void
emb_value_set_set_summary (EmbValueSet *self,
                           const char  *summary)
{
  g_return_if_fail (EMB_IS_VALUE_SET (self));

  if (_emb_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}
