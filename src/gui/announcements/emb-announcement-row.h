/* emb-announcement-row.h: an announcement in the list of the Announcements page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-announcement.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENT_ROW (emb_announcement_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncementRow, emb_announcement_row, EMB, ANNOUNCEMENT_ROW, GtkListBoxRow)

GtkWidget       *emb_announcement_row_new              (EmbAnnouncement    *announcement,
                                                        const char         *audience);
EmbAnnouncement *emb_announcement_row_get_announcement (EmbAnnouncementRow *self);

G_END_DECLS
