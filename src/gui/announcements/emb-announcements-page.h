/* emb-announcements-page.h: the Announcements area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-announcement-detail.h"
#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENTS_PAGE (emb_announcements_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncementsPage, emb_announcements_page, EMB, ANNOUNCEMENTS_PAGE, EmbPage)

GListModel            *emb_announcements_page_get_model     (EmbAnnouncementsPage *self);
gboolean               emb_announcements_page_select        (EmbAnnouncementsPage *self,
                                                             gint64                id);
EmbAnnouncementDetail *emb_announcements_page_get_detail    (EmbAnnouncementsPage *self);
void                   emb_announcements_page_export_to     (EmbAnnouncementsPage *self,
                                                             GFile                *file);
gboolean               emb_announcements_page_get_exporting (EmbAnnouncementsPage *self);

G_END_DECLS
