/* emb-record.c: base class of every programme record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-record"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-record-private.h"
#include "emb-uuid.h"

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

static void free_fields (GObject *object);

static void
emb_record_finalize (GObject *object)
{
  EmbRecordPrivate *priv = emb_record_get_instance_private (EMB_RECORD (object));

  free_fields (object);

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
    priv->uuid = emb_uuid_new ();
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

/* Property specs --------------------------------------------------------- */

#define RECORD_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *
_emb_param_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, RECORD_PARAM_FLAGS);
}

GParamSpec *
_emb_param_id (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, RECORD_PARAM_FLAGS);
}

GParamSpec *
_emb_param_int (const char *name,
                int         minimum,
                int         maximum,
                int         default_value)
{
  return g_param_spec_int (name, NULL, NULL, minimum, maximum, default_value, RECORD_PARAM_FLAGS);
}

GParamSpec *
_emb_param_double (const char *name,
                   double      minimum,
                   double      maximum,
                   double      default_value)
{
  return g_param_spec_double (name, NULL, NULL, minimum, maximum, default_value,
                              RECORD_PARAM_FLAGS);
}

GParamSpec *
_emb_param_boolean (const char *name,
                    gboolean    default_value)
{
  return g_param_spec_boolean (name, NULL, NULL, default_value, RECORD_PARAM_FLAGS);
}

GParamSpec *
_emb_param_enum (const char *name,
                 GType       enum_type,
                 int         default_value)
{
  return g_param_spec_enum (name, NULL, NULL, enum_type, default_value, RECORD_PARAM_FLAGS);
}

/* Properties kept in fields ---------------------------------------------- */

typedef struct
{
  GParamSpec  **properties;
  guint         n_properties;
  const gsize  *offsets;
} Fields;

static GQuark
fields_quark (void)
{
  return g_quark_from_static_string ("emb-record-fields");
}

/* The field that keeps @pspec, or NULL (with a warning) for a property the
 * class did not install with _emb_record_class_install_fields(). */
static gpointer
field_of (GObject    *object,
          guint       prop_id,
          GParamSpec *pspec)
{
  const Fields *fields = g_type_get_qdata (pspec->owner_type, fields_quark ());

  if (fields == NULL || prop_id >= fields->n_properties || fields->properties[prop_id] != pspec)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return NULL;
    }
  return G_STRUCT_MEMBER_P (object, fields->offsets[prop_id]);
}

static void
load_field (gconstpointer  field,
            GType          type,
            GValue        *value)
{
  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, *(char * const *)field);
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, *(const gint64 *)field);
      break;
    case G_TYPE_INT:
      g_value_set_int (value, *(const int *)field);
      break;
    case G_TYPE_DOUBLE:
      g_value_set_double (value, *(const double *)field);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(const gboolean *)field);
      break;
    case G_TYPE_ENUM:
      g_value_set_enum (value, *(const int *)field);
      break;
    default:
      g_return_if_reached ();
    }
}

/* Returns: whether the field changed */
static gboolean
store_field (gpointer      field,
             GType         type,
             const GValue *value)
{
  gboolean changed;

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      return _emb_set_string ((char **)field, g_value_get_string (value));
    case G_TYPE_INT64:
      changed = *(gint64 *)field != g_value_get_int64 (value);
      *(gint64 *)field = g_value_get_int64 (value);
      return changed;
    case G_TYPE_INT:
      changed = *(int *)field != g_value_get_int (value);
      *(int *)field = g_value_get_int (value);
      return changed;
    case G_TYPE_DOUBLE:
      changed = *(double *)field != g_value_get_double (value);
      *(double *)field = g_value_get_double (value);
      return changed;
    case G_TYPE_BOOLEAN:
      changed = *(gboolean *)field != g_value_get_boolean (value);
      *(gboolean *)field = g_value_get_boolean (value);
      return changed;
    case G_TYPE_ENUM:
      changed = *(int *)field != g_value_get_enum (value);
      *(int *)field = g_value_get_enum (value);
      return changed;
    default:
      g_return_val_if_reached (FALSE);
    }
}

static void
get_field (GObject    *object,
           guint       prop_id,
           GValue     *value,
           GParamSpec *pspec)
{
  gpointer field = field_of (object, prop_id, pspec);

  if (field != NULL)
    load_field (field, pspec->value_type, value);
}

static void
set_field (GObject      *object,
           guint         prop_id,
           const GValue *value,
           GParamSpec   *pspec)
{
  gpointer field = field_of (object, prop_id, pspec);

  if (field != NULL && store_field (field, pspec->value_type, value))
    g_object_notify_by_pspec (object, pspec);
}

/* Frees the string fields of the record's class. */
static void
free_fields (GObject *object)
{
  const Fields *fields = g_type_get_qdata (G_OBJECT_TYPE (object), fields_quark ());

  for (guint i = 1; fields != NULL && i < fields->n_properties; i++)
    if (G_TYPE_FUNDAMENTAL (fields->properties[i]->value_type) == G_TYPE_STRING)
      g_clear_pointer ((char **)G_STRUCT_MEMBER_P (object, fields->offsets[i]), g_free);
}

void
_emb_record_class_install_fields (GObjectClass  *object_class,
                                  GParamSpec   **properties,
                                  guint          n_properties,
                                  const gsize   *offsets)
{
  Fields *fields;

  g_return_if_fail (g_type_is_a (G_OBJECT_CLASS_TYPE (object_class), EMB_TYPE_RECORD));

  for (guint i = 1; i < n_properties; i++)
    g_assert (offsets[i] >= sizeof (EmbRecord));

  fields = g_new0 (Fields, 1);
  fields->properties = properties;
  fields->n_properties = n_properties;
  fields->offsets = offsets;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), fields_quark (), fields);

  object_class->get_property = get_field;
  object_class->set_property = set_field;
  g_object_class_install_properties (object_class, n_properties, properties);
}
