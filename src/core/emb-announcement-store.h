/* emb-announcement-store.h: announcements to staff and who they address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-announcement.h"
#include "emb-database.h"

G_BEGIN_DECLS

/**
 * EmbRepublishAcknowledgements:
 * @EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS: those who acknowledged stay so (a
 *   correction that does not change what they agreed to)
 * @EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS: everyone addressed is asked again
 *
 * What becomes of the acknowledgements of an announcement published again
 * with a new text or audience.
 */
typedef enum
{
  EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS,
  EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS,
} EmbRepublishAcknowledgements;

GListModel      *emb_announcement_store_list               (EmbDatabase      *db,
                                                            GError          **error);
GListModel      *emb_announcement_store_list_on_kiosk      (EmbDatabase      *db,
                                                            GError          **error);
EmbAnnouncement *emb_announcement_store_get                (EmbDatabase      *db,
                                                            gint64            id,
                                                            GError          **error);
gboolean         emb_announcement_store_save               (EmbDatabase      *db,
                                                            EmbAnnouncement  *announcement,
                                                            const gint64     *department_ids,
                                                            guint             n_departments,
                                                            const gint64     *role_ids,
                                                            guint             n_roles,
                                                            GError          **error);
gboolean         emb_announcement_store_publish            (EmbDatabase      *db,
                                                            gint64            id,
                                                            GError          **error);
gboolean         emb_announcement_store_republish          (EmbDatabase      *db,
                                                            EmbAnnouncement  *announcement,
                                                            const gint64     *department_ids,
                                                            guint             n_departments,
                                                            const gint64     *role_ids,
                                                            guint             n_roles,
                                                            EmbRepublishAcknowledgements acknowledgements,
                                                            GError          **error);
gboolean         emb_announcement_store_needs_republish    (EmbDatabase      *db,
                                                            EmbAnnouncement  *announcement,
                                                            const gint64     *department_ids,
                                                            guint             n_departments,
                                                            const gint64     *role_ids,
                                                            guint             n_roles);
gboolean         emb_announcement_store_unpublish          (EmbDatabase      *db,
                                                            gint64            id,
                                                            GError          **error);
gint64           emb_announcement_store_count_acknowledgements (EmbDatabase  *db,
                                                            gint64            id);
gboolean         emb_announcement_store_delete             (EmbDatabase      *db,
                                                            gint64            id,
                                                            GError          **error);
GArray          *emb_announcement_store_get_department_ids (EmbDatabase      *db,
                                                            gint64            id);
GArray          *emb_announcement_store_get_role_ids       (EmbDatabase      *db,
                                                            gint64            id);

G_END_DECLS
