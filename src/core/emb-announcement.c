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
  gboolean    on_kiosk;
  char       *published_at;
  char       *link;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncement, emb_announcement, EMB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BODY,
  PROP_AUDIENCE,
  PROP_NEEDS_ACK,
  PROP_ON_KIOSK,
  PROP_PUBLISHED_AT,
  PROP_LINK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gsize fields[N_PROPS] = {
  [PROP_TITLE] = G_STRUCT_OFFSET (EmbAnnouncement, title),
  [PROP_BODY] = G_STRUCT_OFFSET (EmbAnnouncement, body),
  [PROP_AUDIENCE] = G_STRUCT_OFFSET (EmbAnnouncement, audience),
  [PROP_NEEDS_ACK] = G_STRUCT_OFFSET (EmbAnnouncement, needs_ack),
  [PROP_ON_KIOSK] = G_STRUCT_OFFSET (EmbAnnouncement, on_kiosk),
  [PROP_PUBLISHED_AT] = G_STRUCT_OFFSET (EmbAnnouncement, published_at),
  [PROP_LINK] = G_STRUCT_OFFSET (EmbAnnouncement, link),
};

static void
emb_announcement_class_init (EmbAnnouncementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_TITLE] = _emb_param_string ("title");
  properties[PROP_BODY] = _emb_param_string ("body");
  properties[PROP_AUDIENCE] =
    _emb_param_enum ("audience", EMB_TYPE_AUDIENCE, EMB_AUDIENCE_EVERYONE);
  properties[PROP_NEEDS_ACK] = _emb_param_boolean ("needs-ack", FALSE);
  properties[PROP_ON_KIOSK] = _emb_param_boolean ("on-kiosk", FALSE);
  properties[PROP_PUBLISHED_AT] = _emb_param_string ("published-at");
  /* Where to read more: an http or https address, or empty. */
  properties[PROP_LINK] = _emb_param_string ("link");

  _emb_record_class_install_fields (object_class, properties, N_PROPS, fields);
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

gboolean
emb_announcement_get_on_kiosk (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), FALSE);

  return self->on_kiosk;
}

void
emb_announcement_set_on_kiosk (EmbAnnouncement *self,
                               gboolean         on_kiosk)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  on_kiosk = !!on_kiosk;
  if (self->on_kiosk == on_kiosk)
    return;
  self->on_kiosk = on_kiosk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_KIOSK]);
}

const char *
emb_announcement_get_link (EmbAnnouncement *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (self), NULL);

  return self->link;
}

void
emb_announcement_set_link (EmbAnnouncement *self,
                           const char      *link)
{
  g_return_if_fail (EMB_IS_ANNOUNCEMENT (self));

  if (_emb_set_string (&self->link, link))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK]);
}
