/* emb-announcement-status.h: whom an announcement reached, and who is still to acknowledge it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

/**
 * EmbAnnouncementStatusFilter:
 * @EMB_ANNOUNCEMENT_STATUS_ALL: everyone the announcement addresses
 * @EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED: those who acknowledged it
 * @EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED: those who have not yet
 *
 * Which of the employees an announcement addresses to list.
 */
typedef enum
{
  EMB_ANNOUNCEMENT_STATUS_ALL,
  EMB_ANNOUNCEMENT_STATUS_ACKNOWLEDGED,
  EMB_ANNOUNCEMENT_STATUS_NOT_ACKNOWLEDGED,
} EmbAnnouncementStatusFilter;

GListModel *emb_announcement_status_query             (EmbDatabase                  *db,
                                                       gint64                        announcement_id,
                                                       EmbAnnouncementStatusFilter   filter);
GListModel *emb_announcement_status_query_reminders   (EmbDatabase                  *db,
                                                       gint64                        announcement_id,
                                                       guint                         days,
                                                       GDateTime                    *now);
char       *emb_announcement_status_reminder_cutoff   (guint                         days,
                                                       GDateTime                    *now);
char       *emb_announcement_status_get_acknowledged_at (EmbDatabase                *db,
                                                       gint64                        announcement_id,
                                                       gint64                        employee_id);
GArray     *emb_announcement_status_coverage_by_department (EmbDatabase             *db,
                                                       gint64                        announcement_id,
                                                       GError                      **error);

gboolean    emb_announcement_status_export            (EmbDatabase                  *db,
                                                       gint64                        announcement_id,
                                                       EmbAnnouncementStatusFilter   filter,
                                                       GFile                        *file,
                                                       GCancellable                 *cancellable,
                                                       guint                        *n_rows,
                                                       GError                      **error);
/* On a worker thread with a connection of its own. */
void        emb_announcement_status_export_async      (EmbDatabase                  *db,
                                                       gint64                        announcement_id,
                                                       EmbAnnouncementStatusFilter   filter,
                                                       GFile                        *file,
                                                       GCancellable                 *cancellable,
                                                       GAsyncReadyCallback           callback,
                                                       gpointer                      user_data);
gboolean    emb_announcement_status_export_finish     (EmbDatabase                  *db,
                                                       GAsyncResult                 *result,
                                                       guint                        *n_rows,
                                                       GError                      **error);

G_END_DECLS
