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

static const gsize fields[N_PROPS] = {
  [PROP_PROMISE_ID] = G_STRUCT_OFFSET (EmbPromiseVersion, promise_id),
  [PROP_NUMBER] = G_STRUCT_OFFSET (EmbPromiseVersion, number),
  [PROP_STATEMENT] = G_STRUCT_OFFSET (EmbPromiseVersion, statement),
  [PROP_CUSTOMER_EXPECTATION] = G_STRUCT_OFFSET (EmbPromiseVersion, customer_expectation),
  [PROP_STATE] = G_STRUCT_OFFSET (EmbPromiseVersion, state),
  [PROP_PUBLISHED_AT] = G_STRUCT_OFFSET (EmbPromiseVersion, published_at),
};

static void
emb_promise_version_class_init (EmbPromiseVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_PROMISE_ID] = _emb_param_id ("promise-id");
  properties[PROP_NUMBER] = _emb_param_int ("number", G_MININT, G_MAXINT, 1);
  properties[PROP_STATEMENT] = _emb_param_string ("statement");
  properties[PROP_CUSTOMER_EXPECTATION] = _emb_param_string ("customer-expectation");
  properties[PROP_STATE] =
    _emb_param_enum ("state", EMB_TYPE_PROMISE_VERSION_STATE, EMB_PROMISE_VERSION_STATE_DRAFT);
  properties[PROP_PUBLISHED_AT] = _emb_param_string ("published-at");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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
