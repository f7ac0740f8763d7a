/* emb-record.c: base class of every programme record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-record"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-record-private.h"

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *created_at;
  char   *updated_at;
} EmbRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (EmbRecord, emb_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_record_finalize (GObject *object)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (EMB_RECORD (object));

  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);

  G_OBJECT_CLASS (emb_record_parent_class)->finalize (object);
}

static void
emb_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (EMB_RECORD (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (EMB_RECORD (object));

  switch (prop_id)
    {
    case PROP_UUID:
      /* Construct-only: a record keeps its UUID for life. */
      g_free (priv->uuid);
      priv->uuid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_record_constructed (GObject *object)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (EMB_RECORD (object));

  G_OBJECT_CLASS (emb_record_parent_class)->constructed (object);

  if (priv->uuid == NULL)
    priv->uuid = g_uuid_string_random ();
}

static void
emb_record_class_init (EmbRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_record_finalize;
  object_class->get_property = emb_record_get_property;
  object_class->set_property = emb_record_set_property;
  object_class->constructed = emb_record_constructed;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_record_init (EmbRecord *self)
{
}

/**
 * emb_record_get_id:
 *
 * Returns: the integer id, or 0 for a record not yet saved
 */
gint64
emb_record_get_id (EmbRecord *self)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * emb_record_get_uuid:
 *
 * Returns: the record's stable UUID, the same in every file it travels to
 */
const char *
emb_record_get_uuid (EmbRecord *self)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_RECORD (self), NULL);

  return priv->uuid;
}

const char *
emb_record_get_created_at (EmbRecord *self)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_RECORD (self), NULL);

  return priv->created_at;
}

const char *
emb_record_get_updated_at (EmbRecord *self)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_RECORD (self), NULL);

  return priv->updated_at;
}

gboolean
emb_record_is_saved (EmbRecord *self)
{
  return emb_record_get_id (self) > 0;
}

void
_emb_record_set_identity (EmbRecord  *self,
                          gint64      id,
                          const char *uuid,
                          const char *created_at,
                          const char *updated_at)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (self);

  g_return_if_fail (EMB_IS_RECORD (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (uuid != NULL && _emb_set_string (&priv->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
  if (_emb_set_string (&priv->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
  if (_emb_set_string (&priv->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Returns TRUE when the value changed. */
gboolean
_emb_set_string (char       **field,
                 const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}
