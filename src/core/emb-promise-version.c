/* emb-promise-version.c: one version of a brand promise; a published version is frozen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promise-version"

#include "config.h"

#include "emb-record-private.h"
#include "emb-promise-version.h"

/**
 * EmbPromiseVersion:
 *
 * One version of a brand promise; a published version is frozen.
 */
struct _EmbPromiseVersion
{
  EmbRecord parent_instance;

  gint64                 promise_id;
  int                    number;
  char                  *statement;
  char                  *customer_expectation;
  EmbPromiseVersionState state;
  char                  *published_at;
};

G_DEFINE_FINAL_TYPE (EmbPromiseVersion, emb_promise_version, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PROMISE_ID,
  PROP_NUMBER,
  PROP_STATEMENT,
  PROP_CUSTOMER_EXPECTATION,
  PROP_STATE,
  PROP_PUBLISHED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_promise_version_finalize (GObject *object)
{
  EmbPromiseVersion *self = (EmbPromiseVersion *)object;

  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->customer_expectation, g_free);
  g_clear_pointer (&self->published_at, g_free);

  G_OBJECT_CLASS (emb_promise_version_parent_class)->finalize (object);
}

static void
emb_promise_version_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EmbPromiseVersion *self = EMB_PROMISE_VERSION (object);

  switch (prop_id)
    {
    case PROP_PROMISE_ID:
      g_value_set_int64 (value, self->promise_id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_STATEMENT:
      g_value_set_string (value, self->statement);
      break;

    case PROP_CUSTOMER_EXPECTATION:
      g_value_set_string (value, self->customer_expectation);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_PUBLISHED_AT:
      g_value_set_string (value, self->published_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_promise_version_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EmbPromiseVersion *self = EMB_PROMISE_VERSION (object);

  switch (prop_id)
    {
    case PROP_PROMISE_ID:
      emb_promise_version_set_promise_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      emb_promise_version_set_number (self, g_value_get_int (value));
      break;

    case PROP_STATEMENT:
      emb_promise_version_set_statement (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_EXPECTATION:
      emb_promise_version_set_customer_expectation (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      emb_promise_version_set_state (self, g_value_get_enum (value));
      break;

    case PROP_PUBLISHED_AT:
      emb_promise_version_set_published_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_promise_version_class_init (EmbPromiseVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_promise_version_finalize;
  object_class->get_property = emb_promise_version_get_property;
  object_class->set_property = emb_promise_version_set_property;

  properties[PROP_PROMISE_ID] =
    g_param_spec_int64 ("promise-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      G_MININT, G_MAXINT, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATEMENT] =
    g_param_spec_string ("statement", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOMER_EXPECTATION] =
    g_param_spec_string ("customer-expectation", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       EMB_TYPE_PROMISE_VERSION_STATE, EMB_PROMISE_VERSION_STATE_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHED_AT] =
    g_param_spec_string ("published-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_promise_version_init (EmbPromiseVersion *self)
{
  self->number = 1;
  self->state = EMB_PROMISE_VERSION_STATE_DRAFT;
}

EmbPromiseVersion *
emb_promise_version_new (void)
{
  return g_object_new (EMB_TYPE_PROMISE_VERSION, NULL);
}

gint64
emb_promise_version_get_promise_id (EmbPromiseVersion *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_VERSION (self), 0);

  return self->promise_id;
}

void
emb_promise_version_set_promise_id (EmbPromiseVersion *self,
                                    gint64             promise_id)
{
  g_return_if_fail (EMB_IS_PROMISE_VERSION (self));

  if (self->promise_id == promise_id)
    return;
  self->promise_id = promise_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMISE_ID]);
}

int
emb_promise_version_get_number (EmbPromiseVersion *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_VERSION (self), 0);

  return self->number;
}

void
emb_promise_version_set_number (EmbPromiseVersion *self,
                                int                number)
{
  g_return_if_fail (EMB_IS_PROMISE_VERSION (self));

  if (self->number == number)
    return;
  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
emb_promise_version_get_statement (EmbPromiseVersion *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_VERSION (self), NULL);

  return self->statement;
}

void
emb_promise_version_set_statement (EmbPromiseVersion *self,
                                   const char        *statement)
{
  g_return_if_fail (EMB_IS_PROMISE_VERSION (self));

  if (_emb_set_string (&self->statement, statement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}

const char *
emb_promise_version_get_customer_expectation (EmbPromiseVersion *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_VERSION (self), NULL);

  return self->customer_expectation;
}

void
emb_promise_version_set_customer_expectation (EmbPromiseVersion *self,
                                              const char        *customer_expectation)
{
  g_return_if_fail (EMB_IS_PROMISE_VERSION (self));

  if (_emb_set_string (&self->customer_expectation, customer_expectation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_EXPECTATION]);
}

EmbPromiseVersionState
emb_promise_version_get_state (EmbPromiseVersion *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_VERSION (self), 0);

  return self->state;
}

void
emb_promise_version_set_state (EmbPromiseVersion     *self,
                               EmbPromiseVersionState state)
{
  g_return_if_fail (EMB_IS_PROMISE_VERSION (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

const char *
emb_promise_version_get_published_at (EmbPromiseVersion *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_VERSION (self), NULL);

  return self->published_at;
}

void
emb_promise_version_set_published_at (EmbPromiseVersion *self,
                                      const char        *published_at)
{
  g_return_if_fail (EMB_IS_PROMISE_VERSION (self));

  if (_emb_set_string (&self->published_at, published_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_AT]);
}
