/* emb-promise.c: a brand promise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promise"

#include "config.h"

#include "emb-record-private.h"
#include "emb-promise.h"

/**
 * EmbPromise:
 *
 * A brand promise: what the company promises its customers, at which touchpoints.
 */
struct _EmbPromise
{
  EmbRecord parent_instance;

  EmbPromiseStatus status;
  int              position;
  char            *retired_at;
  char            *statement;
  char            *customer_expectation;
  int              version_number;
  gint64           published_version_id;
  gint64           draft_version_id;
  char            *published_at;
};

G_DEFINE_FINAL_TYPE (EmbPromise, emb_promise, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_POSITION,
  PROP_RETIRED_AT,
  PROP_STATEMENT,
  PROP_CUSTOMER_EXPECTATION,
  PROP_VERSION_NUMBER,
  PROP_PUBLISHED_VERSION_ID,
  PROP_DRAFT_VERSION_ID,
  PROP_PUBLISHED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_promise_finalize (GObject *object)
{
  EmbPromise *self = (EmbPromise *)object;

  g_clear_pointer (&self->retired_at, g_free);
  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->customer_expectation, g_free);
  g_clear_pointer (&self->published_at, g_free);

  G_OBJECT_CLASS (emb_promise_parent_class)->finalize (object);
}

static void
emb_promise_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EmbPromise *self = EMB_PROMISE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_RETIRED_AT:
      g_value_set_string (value, self->retired_at);
      break;

    case PROP_STATEMENT:
      g_value_set_string (value, self->statement);
      break;

    case PROP_CUSTOMER_EXPECTATION:
      g_value_set_string (value, self->customer_expectation);
      break;

    case PROP_VERSION_NUMBER:
      g_value_set_int (value, self->version_number);
      break;

    case PROP_PUBLISHED_VERSION_ID:
      g_value_set_int64 (value, self->published_version_id);
      break;

    case PROP_DRAFT_VERSION_ID:
      g_value_set_int64 (value, self->draft_version_id);
      break;

    case PROP_PUBLISHED_AT:
      g_value_set_string (value, self->published_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_promise_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EmbPromise *self = EMB_PROMISE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      emb_promise_set_status (self, g_value_get_enum (value));
      break;

    case PROP_POSITION:
      emb_promise_set_position (self, g_value_get_int (value));
      break;

    case PROP_RETIRED_AT:
      emb_promise_set_retired_at (self, g_value_get_string (value));
      break;

    case PROP_STATEMENT:
      emb_promise_set_statement (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_EXPECTATION:
      emb_promise_set_customer_expectation (self, g_value_get_string (value));
      break;

    case PROP_VERSION_NUMBER:
      emb_promise_set_version_number (self, g_value_get_int (value));
      break;

    case PROP_PUBLISHED_VERSION_ID:
      emb_promise_set_published_version_id (self, g_value_get_int64 (value));
      break;

    case PROP_DRAFT_VERSION_ID:
      emb_promise_set_draft_version_id (self, g_value_get_int64 (value));
      break;

    case PROP_PUBLISHED_AT:
      emb_promise_set_published_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_promise_class_init (EmbPromiseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_promise_finalize;
  object_class->get_property = emb_promise_get_property;
  object_class->set_property = emb_promise_set_property;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       EMB_TYPE_PROMISE_STATUS, EMB_PROMISE_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RETIRED_AT] =
    g_param_spec_string ("retired-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATEMENT] =
    g_param_spec_string ("statement", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOMER_EXPECTATION] =
    g_param_spec_string ("customer-expectation", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION_NUMBER] =
    g_param_spec_int ("version-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHED_VERSION_ID] =
    g_param_spec_int64 ("published-version-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DRAFT_VERSION_ID] =
    g_param_spec_int64 ("draft-version-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHED_AT] =
    g_param_spec_string ("published-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_promise_init (EmbPromise *self)
{
  self->status = EMB_PROMISE_STATUS_DRAFT;
}

EmbPromise *
emb_promise_new (void)
{
  return g_object_new (EMB_TYPE_PROMISE, NULL);
}

EmbPromiseStatus
emb_promise_get_status (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), 0);

  return self->status;
}

void
emb_promise_set_status (EmbPromise      *self,
                        EmbPromiseStatus status)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
emb_promise_get_position (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), 0);

  return self->position;
}

void
emb_promise_set_position (EmbPromise *self,
                          int         position)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
emb_promise_get_retired_at (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), NULL);

  return self->retired_at;
}

void
emb_promise_set_retired_at (EmbPromise  *self,
                            const char  *retired_at)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (_emb_set_string (&self->retired_at, retired_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED_AT]);
}

const char *
emb_promise_get_statement (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), NULL);

  return self->statement;
}

void
emb_promise_set_statement (EmbPromise  *self,
                           const char  *statement)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (_emb_set_string (&self->statement, statement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}

const char *
emb_promise_get_customer_expectation (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), NULL);

  return self->customer_expectation;
}

void
emb_promise_set_customer_expectation (EmbPromise  *self,
                                      const char  *customer_expectation)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (_emb_set_string (&self->customer_expectation, customer_expectation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_EXPECTATION]);
}

int
emb_promise_get_version_number (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), 0);

  return self->version_number;
}

void
emb_promise_set_version_number (EmbPromise *self,
                                int         version_number)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (self->version_number == version_number)
    return;
  self->version_number = version_number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION_NUMBER]);
}

gint64
emb_promise_get_published_version_id (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), 0);

  return self->published_version_id;
}

void
emb_promise_set_published_version_id (EmbPromise *self,
                                      gint64      published_version_id)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (self->published_version_id == published_version_id)
    return;
  self->published_version_id = published_version_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_VERSION_ID]);
}

gint64
emb_promise_get_draft_version_id (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), 0);

  return self->draft_version_id;
}

void
emb_promise_set_draft_version_id (EmbPromise *self,
                                  gint64      draft_version_id)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (self->draft_version_id == draft_version_id)
    return;
  self->draft_version_id = draft_version_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_VERSION_ID]);
}

const char *
emb_promise_get_published_at (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), NULL);

  return self->published_at;
}

void
emb_promise_set_published_at (EmbPromise  *self,
                              const char  *published_at)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (_emb_set_string (&self->published_at, published_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_AT]);
}
