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
  char            *link;
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
  PROP_LINK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_STATUS] = G_STRUCT_OFFSET (EmbPromise, status),
  [PROP_POSITION] = G_STRUCT_OFFSET (EmbPromise, position),
  [PROP_RETIRED_AT] = G_STRUCT_OFFSET (EmbPromise, retired_at),
  [PROP_STATEMENT] = G_STRUCT_OFFSET (EmbPromise, statement),
  [PROP_CUSTOMER_EXPECTATION] = G_STRUCT_OFFSET (EmbPromise, customer_expectation),
  [PROP_VERSION_NUMBER] = G_STRUCT_OFFSET (EmbPromise, version_number),
  [PROP_PUBLISHED_VERSION_ID] = G_STRUCT_OFFSET (EmbPromise, published_version_id),
  [PROP_DRAFT_VERSION_ID] = G_STRUCT_OFFSET (EmbPromise, draft_version_id),
  [PROP_PUBLISHED_AT] = G_STRUCT_OFFSET (EmbPromise, published_at),
  [PROP_LINK] = G_STRUCT_OFFSET (EmbPromise, link),
};

static void
emb_promise_class_init (EmbPromiseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_STATUS] =
    _emb_param_enum ("status", EMB_TYPE_PROMISE_STATUS, EMB_PROMISE_STATUS_DRAFT);
  properties[PROP_POSITION] = _emb_param_int ("position", G_MININT, G_MAXINT, 0);
  properties[PROP_RETIRED_AT] = _emb_param_string ("retired-at");
  properties[PROP_STATEMENT] = _emb_param_string ("statement");
  properties[PROP_CUSTOMER_EXPECTATION] = _emb_param_string ("customer-expectation");
  properties[PROP_VERSION_NUMBER] = _emb_param_int ("version-number", G_MININT, G_MAXINT, 0);
  properties[PROP_PUBLISHED_VERSION_ID] = _emb_param_id ("published-version-id");
  properties[PROP_DRAFT_VERSION_ID] = _emb_param_id ("draft-version-id");
  properties[PROP_PUBLISHED_AT] = _emb_param_string ("published-at");
  /* Where to read more: an http or https address, or empty. */
  properties[PROP_LINK] = _emb_param_string ("link");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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

const char *
emb_promise_get_link (EmbPromise *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE (self), NULL);

  return self->link;
}

void
emb_promise_set_link (EmbPromise  *self,
                      const char  *link)
{
  g_return_if_fail (EMB_IS_PROMISE (self));

  if (_emb_set_string (&self->link, link))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK]);
}
