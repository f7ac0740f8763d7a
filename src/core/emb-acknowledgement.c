/* emb-acknowledgement.c: an employee's acknowledgement of one published item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-acknowledgement"

#include "config.h"

#include "emb-record-private.h"
#include "emb-acknowledgement.h"

/**
 * EmbAcknowledgement:
 *
 * An employee's acknowledgement of one published item.
 */
struct _EmbAcknowledgement
{
  EmbRecord parent_instance;

  gint64    employee_id;
  gint64    promise_version_id;
  gint64    announcement_id;
  gint64    value_set_id;
  char     *acknowledged_at;
};

G_DEFINE_FINAL_TYPE (EmbAcknowledgement, emb_acknowledgement, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_EMPLOYEE_ID,
  PROP_PROMISE_VERSION_ID,
  PROP_ANNOUNCEMENT_ID,
  PROP_VALUE_SET_ID,
  PROP_ACKNOWLEDGED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_acknowledgement_finalize (GObject *object)
{
  EmbAcknowledgement *self = (EmbAcknowledgement *)object;

  g_clear_pointer (&self->acknowledged_at, g_free);

  G_OBJECT_CLASS (emb_acknowledgement_parent_class)->finalize (object);
}

static void
emb_acknowledgement_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EmbAcknowledgement *self = EMB_ACKNOWLEDGEMENT (object);

  switch (prop_id)
    {
    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;

    case PROP_PROMISE_VERSION_ID:
      g_value_set_int64 (value, self->promise_version_id);
      break;

    case PROP_ANNOUNCEMENT_ID:
      g_value_set_int64 (value, self->announcement_id);
      break;

    case PROP_VALUE_SET_ID:
      g_value_set_int64 (value, self->value_set_id);
      break;

    case PROP_ACKNOWLEDGED_AT:
      g_value_set_string (value, self->acknowledged_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_acknowledgement_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EmbAcknowledgement *self = EMB_ACKNOWLEDGEMENT (object);

  switch (prop_id)
    {
    case PROP_EMPLOYEE_ID:
      emb_acknowledgement_set_employee_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROMISE_VERSION_ID:
      emb_acknowledgement_set_promise_version_id (self, g_value_get_int64 (value));
      break;

    case PROP_ANNOUNCEMENT_ID:
      emb_acknowledgement_set_announcement_id (self, g_value_get_int64 (value));
      break;

    case PROP_VALUE_SET_ID:
      emb_acknowledgement_set_value_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ACKNOWLEDGED_AT:
      emb_acknowledgement_set_acknowledged_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_acknowledgement_class_init (EmbAcknowledgementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_acknowledgement_finalize;
  object_class->get_property = emb_acknowledgement_get_property;
  object_class->set_property = emb_acknowledgement_set_property;

  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROMISE_VERSION_ID] =
    g_param_spec_int64 ("promise-version-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ANNOUNCEMENT_ID] =
    g_param_spec_int64 ("announcement-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE_SET_ID] =
    g_param_spec_int64 ("value-set-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACKNOWLEDGED_AT] =
    g_param_spec_string ("acknowledged-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_acknowledgement_init (EmbAcknowledgement *self)
{
}

EmbAcknowledgement *
emb_acknowledgement_new (void)
{
  return g_object_new (EMB_TYPE_ACKNOWLEDGEMENT, NULL);
}

gint64
emb_acknowledgement_get_employee_id (EmbAcknowledgement *self)
{
  g_return_val_if_fail (EMB_IS_ACKNOWLEDGEMENT (self), 0);

  return self->employee_id;
}

void
emb_acknowledgement_set_employee_id (EmbAcknowledgement *self,
                                     gint64              employee_id)
{
  g_return_if_fail (EMB_IS_ACKNOWLEDGEMENT (self));

  if (self->employee_id == employee_id)
    return;
  self->employee_id = employee_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_ID]);
}

gint64
emb_acknowledgement_get_promise_version_id (EmbAcknowledgement *self)
{
  g_return_val_if_fail (EMB_IS_ACKNOWLEDGEMENT (self), 0);

  return self->promise_version_id;
}

void
emb_acknowledgement_set_promise_version_id (EmbAcknowledgement *self,
                                            gint64              promise_version_id)
{
  g_return_if_fail (EMB_IS_ACKNOWLEDGEMENT (self));

  if (self->promise_version_id == promise_version_id)
    return;
  self->promise_version_id = promise_version_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMISE_VERSION_ID]);
}

gint64
emb_acknowledgement_get_announcement_id (EmbAcknowledgement *self)
{
  g_return_val_if_fail (EMB_IS_ACKNOWLEDGEMENT (self), 0);

  return self->announcement_id;
}

void
emb_acknowledgement_set_announcement_id (EmbAcknowledgement *self,
                                         gint64              announcement_id)
{
  g_return_if_fail (EMB_IS_ACKNOWLEDGEMENT (self));

  if (self->announcement_id == announcement_id)
    return;
  self->announcement_id = announcement_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOUNCEMENT_ID]);
}

gint64
emb_acknowledgement_get_value_set_id (EmbAcknowledgement *self)
{
  g_return_val_if_fail (EMB_IS_ACKNOWLEDGEMENT (self), 0);

  return self->value_set_id;
}

void
emb_acknowledgement_set_value_set_id (EmbAcknowledgement *self,
                                      gint64              value_set_id)
{
  g_return_if_fail (EMB_IS_ACKNOWLEDGEMENT (self));

  if (self->value_set_id == value_set_id)
    return;
  self->value_set_id = value_set_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_SET_ID]);
}

const char *
emb_acknowledgement_get_acknowledged_at (EmbAcknowledgement *self)
{
  g_return_val_if_fail (EMB_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->acknowledged_at;
}

void
emb_acknowledgement_set_acknowledged_at (EmbAcknowledgement *self,
                                         const char         *acknowledged_at)
{
  g_return_if_fail (EMB_IS_ACKNOWLEDGEMENT (self));

  if (_emb_set_string (&self->acknowledged_at, acknowledged_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACKNOWLEDGED_AT]);
}
