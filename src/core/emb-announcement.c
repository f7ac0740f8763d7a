/* emb-announcement.c: a message to staff, to everyone or to chosen departments or roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement"

#include "config.h"

#include "emb-record-private.h"
#include "emb-announcement.h"

/**
 * EmbAnnouncement:
 *
 * A message to staff, to everyone or to chosen departments or roles.
 */
struct _EmbAnnouncement
{
  EmbRecord parent_instance;

  char       *title;
  char       *body;
  EmbAudience audience;
  gboolean    needs_ack;
  char       *published_at;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncement, emb_announcement, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BODY,
  PROP_AUDIENCE,
  PROP_NEEDS_ACK,
  PROP_PUBLISHED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_announcement_finalize (GObject *object)
{
  EmbAnnouncement *self = (EmbAnnouncement *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->published_at, g_free);

  G_OBJECT_CLASS (emb_announcement_parent_class)->finalize (object);
}

static void
emb_announcement_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EmbAnnouncement *self = EMB_ANNOUNCEMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_AUDIENCE:
      g_value_set_enum (value, self->audience);
      break;

    case PROP_NEEDS_ACK:
      g_value_set_boolean (value, self->needs_ack);
      break;

    case PROP_PUBLISHED_AT:
      g_value_set_string (value, self->published_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_announcement_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbAnnouncement *self = EMB_ANNOUNCEMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      emb_announcement_set_title (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      emb_announcement_set_body (self, g_value_get_string (value));
      break;

    case PROP_AUDIENCE:
      emb_announcement_set_audience (self, g_value_get_enum (value));
      break;

    case PROP_NEEDS_ACK:
      emb_announcement_set_needs_ack (self, g_value_get_boolean (value));
      break;

    case PROP_PUBLISHED_AT:
      emb_announcement_set_published_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_announcement_class_init (EmbAnnouncementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_announcement_finalize;
  object_class->get_property = emb_announcement_get_property;
  object_class->set_property = emb_announcement_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AUDIENCE] =
    g_param_spec_enum ("audience", NULL, NULL,
                       EMB_TYPE_AUDIENCE, EMB_AUDIENCE_EVERYONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEEDS_ACK] =
    g_param_spec_boolean ("needs-ack", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHED_AT] =
    g_param_spec_string ("published-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_announcement_init (EmbAnnouncement *self)
{
  self->audience = EMB_AUDIENCE_EVERYONE;
}

EmbAnnouncement *
emb_announcement_new (void)
{
  return g_object_new (EMB_TYPE_ANNOUNCEMENT, NULL);
}

const char *
emb_announcement_get_title (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), NULL);

  return self->title;
}

void
emb_announcement_set_title (EmbAnnouncement *self,
                            const char      *title)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  if (_emb_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
emb_announcement_get_body (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), NULL);

  return self->body;
}

void
emb_announcement_set_body (EmbAnnouncement *self,
                           const char      *body)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  if (_emb_set_string (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

EmbAudience
emb_announcement_get_audience (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), 0);

  return self->audience;
}

void
emb_announcement_set_audience (EmbAnnouncement *self,
                               EmbAudience      audience)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  if (self->audience == audience)
    return;
  self->audience = audience;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
}

gboolean
emb_announcement_get_needs_ack (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), FALSE);

  return self->needs_ack;
}

void
emb_announcement_set_needs_ack (EmbAnnouncement *self,
                                gboolean         needs_ack)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  if (self->needs_ack == needs_ack)
    return;
  self->needs_ack = needs_ack;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ACK]);
}

const char *
emb_announcement_get_published_at (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), NULL);

  return self->published_at;
}

void
emb_announcement_set_published_at (EmbAnnouncement *self,
                                   const char      *published_at)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  if (_emb_set_string (&self->published_at, published_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_AT]);
}
