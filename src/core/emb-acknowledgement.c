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

static const gsize fields[N_PROPS] = {
  [PROP_EMPLOYEE_ID] = G_STRUCT_OFFSET (EmbAcknowledgement, employee_id),
  [PROP_PROMISE_VERSION_ID] = G_STRUCT_OFFSET (EmbAcknowledgement, promise_version_id),
  [PROP_ANNOUNCEMENT_ID] = G_STRUCT_OFFSET (EmbAcknowledgement, announcement_id),
  [PROP_VALUE_SET_ID] = G_STRUCT_OFFSET (EmbAcknowledgement, value_set_id),
  [PROP_ACKNOWLEDGED_AT] = G_STRUCT_OFFSET (EmbAcknowledgement, acknowledged_at),
};

static void
emb_acknowledgement_class_init (EmbAcknowledgementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_EMPLOYEE_ID] = _emb_param_id ("employee-id");
  properties[PROP_PROMISE_VERSION_ID] = _emb_param_id ("promise-version-id");
  properties[PROP_ANNOUNCEMENT_ID] = _emb_param_id ("announcement-id");
  properties[PROP_VALUE_SET_ID] = _emb_param_id ("value-set-id");
  properties[PROP_ACKNOWLEDGED_AT] = _emb_param_string ("acknowledged-at");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
