/* emb-announcement-person-row.h: an employee an announcement addresses, and their status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-employee.h"

G_BEGIN_DECLS

#define EMB_TYPE_ANNOUNCEMENT_PERSON_ROW (emb_announcement_person_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbAnnouncementPersonRow, emb_announcement_person_row,
                      EMB, ANNOUNCEMENT_PERSON_ROW, GtkBox)

GtkWidget  *emb_announcement_person_row_new        (void);
void        emb_announcement_person_row_set        (EmbAnnouncementPersonRow *self,
                                                    EmbEmployee              *employee,
                                                    const char               *details,
                                                    const char               *acknowledged_at);
const char *emb_announcement_person_row_get_status (EmbAnnouncementPersonRow *self);
gboolean    emb_announcement_person_row_get_acknowledged (EmbAnnouncementPersonRow *self);

G_END_DECLS
