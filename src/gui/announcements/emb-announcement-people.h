/* emb-announcement-people.h: who acknowledged an announcement, or whom to remind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-announcement-status.h"
#include "emb-announcement.h"
#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENT_PEOPLE (emb_announcement_people_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncementPeople, emb_announcement_people, EMB, ANNOUNCEMENT_PEOPLE, GtkBox)

void        emb_announcement_people_show       (EmbAnnouncementPeople        *self,
                                                EmbDatabase                  *database,
                                                EmbAnnouncement              *announcement,
                                                GHashTable                   *departments,
                                                GHashTable                   *roles);
GListModel *emb_announcement_people_get_model  (EmbAnnouncementPeople        *self);
guint       emb_announcement_people_get_count  (EmbAnnouncementPeople        *self);
void        emb_announcement_people_set_filter (EmbAnnouncementPeople        *self,
                                                EmbAnnouncementStatusFilter   filter);
EmbAnnouncementStatusFilter
            emb_announcement_people_get_filter (EmbAnnouncementPeople        *self);
void        emb_announcement_people_set_days   (EmbAnnouncementPeople        *self,
                                                guint                         days);
guint       emb_announcement_people_get_days   (EmbAnnouncementPeople        *self);

G_END_DECLS
