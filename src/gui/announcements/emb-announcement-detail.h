/* emb-announcement-detail.h: one announcement, whom it reached and whom to remind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-announcement-people.h"
#include "emb-announcement.h"
#include "emb-bar-chart.h"
#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENT_DETAIL (emb_announcement_detail_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncementDetail, emb_announcement_detail, EMB, ANNOUNCEMENT_DETAIL, AdwBin)

void                   emb_announcement_detail_show             (EmbAnnouncementDetail *self,
                                                                 EmbDatabase           *database,
                                                                 EmbAnnouncement       *announcement,
                                                                 GHashTable            *departments,
                                                                 GHashTable            *roles);
EmbAnnouncement       *emb_announcement_detail_get_announcement (EmbAnnouncementDetail *self);
void                   emb_announcement_detail_set_view         (EmbAnnouncementDetail *self,
                                                                 const char            *name);
const char            *emb_announcement_detail_get_view         (EmbAnnouncementDetail *self);
EmbAnnouncementPeople *emb_announcement_detail_get_statuses     (EmbAnnouncementDetail *self);
EmbAnnouncementPeople *emb_announcement_detail_get_reminders    (EmbAnnouncementDetail *self);
EmbBarChart           *emb_announcement_detail_get_department_chart (EmbAnnouncementDetail *self);
const char            *emb_announcement_detail_get_coverage_text (EmbAnnouncementDetail *self);

G_END_DECLS
