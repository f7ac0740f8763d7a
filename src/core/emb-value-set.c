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

static const gsize fields[N_PROPS] = {
  [PROP_PUBLISHED_AT] = G_STRUCT_OFFSET (EmbValueSet, published_at),
  [PROP_SUMMARY] = G_STRUCT_OFFSET (EmbValueSet, summary),
};

static void
emb_value_set_class_init (EmbValueSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_PUBLISHED_AT] = _emb_param_string ("published-at");
  properties[PROP_SUMMARY] = _emb_param_string ("summary");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
