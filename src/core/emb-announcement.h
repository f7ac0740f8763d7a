/* emb-announcement.h: a message to staff, to everyone or to chosen departments or roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENT (emb_announcement_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncement, emb_announcement, EMB, ANNOUNCEMENT, EmbRecord)

EmbAnnouncement *emb_announcement_new              (void);
const char      *emb_announcement_get_title        (EmbAnnouncement *self);
void             emb_announcement_set_title        (EmbAnnouncement *self,
                                                     const char      *title);
const char      *emb_announcement_get_body         (EmbAnnouncement *self);
void             emb_announcement_set_body         (EmbAnnouncement *self,
                                                     const char      *body);
EmbAudience      emb_announcement_get_audience     (EmbAnnouncement *self);
void             emb_announcement_set_audience     (EmbAnnouncement *self,
                                                     EmbAudience      audience);
gboolean         emb_announcement_get_needs_ack    (EmbAnnouncement *self);
void             emb_announcement_set_needs_ack    (EmbAnnouncement *self,
                                                     gboolean         needs_ack);
const char      *emb_announcement_get_published_at (EmbAnnouncement *self);
void             emb_announcement_set_published_at (EmbAnnouncement *self,
                                                     const char      *published_at);
gboolean         emb_announcement_get_on_kiosk     (EmbAnnouncement *self);
void             emb_announcement_set_on_kiosk     (EmbAnnouncement *self,
                                                     gboolean         on_kiosk);
const char      *emb_announcement_get_link         (EmbAnnouncement *self);
void             emb_announcement_set_link         (EmbAnnouncement *self,
                                                     const char      *link);

G_END_DECLS
