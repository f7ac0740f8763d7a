/* emb-journey-store.h: the customer journey and who does what along it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-responsibility.h"
#include "emb-stage.h"
#include "emb-touchpoint.h"

G_BEGIN_DECLS

/**
 * EmbResponsibilityCell:
 * @role_id: the role
 * @touchpoint_id: the touchpoint
 * @level: what the role does there (never %EMB_RESPONSIBILITY_LEVEL_NONE)
 *
 * One filled cell of the role × touchpoint matrix.
 */
typedef struct
{
  gint64                 role_id;
  gint64                 touchpoint_id;
  EmbResponsibilityLevel level;
} EmbResponsibilityCell;

/* Stages */
GListModel             *emb_journey_store_list_stages               (EmbDatabase     *db,
                                                                     GError         **error);
EmbStage               *emb_journey_store_get_stage                 (EmbDatabase     *db,
                                                                     gint64           id,
                                                                     GError         **error);
gboolean                emb_journey_store_save_stage                (EmbDatabase     *db,
                                                                     EmbStage        *stage,
                                                                     GError         **error);
gboolean                emb_journey_store_delete_stage              (EmbDatabase     *db,
                                                                     gint64           id,
                                                                     GError         **error);
gboolean                emb_journey_store_move_stage                (EmbDatabase     *db,
                                                                     gint64           id,
                                                                     int              new_position,
                                                                     GError         **error);

/* Touchpoints */
GListModel             *emb_journey_store_list_touchpoints          (EmbDatabase     *db,
                                                                     GError         **error);
GListModel             *emb_journey_store_list_stage_touchpoints    (EmbDatabase     *db,
                                                                     gint64           stage_id,
                                                                     GError         **error);
EmbTouchpoint          *emb_journey_store_get_touchpoint            (EmbDatabase     *db,
                                                                     gint64           id,
                                                                     GError         **error);
gboolean                emb_journey_store_save_touchpoint           (EmbDatabase     *db,
                                                                     EmbTouchpoint   *touchpoint,
                                                                     GError         **error);
gboolean                emb_journey_store_delete_touchpoint         (EmbDatabase     *db,
                                                                     gint64           id,
                                                                     GError         **error);
gboolean                emb_journey_store_move_touchpoint           (EmbDatabase     *db,
                                                                     gint64           id,
                                                                     gint64           stage_id,
                                                                     int              position,
                                                                     GError         **error);
gint64                  emb_journey_store_count_touchpoints         (EmbDatabase     *db);

/* Responsibilities */
gboolean                emb_journey_store_set_responsibility        (EmbDatabase            *db,
                                                                     gint64                  role_id,
                                                                     gint64                  touchpoint_id,
                                                                     EmbResponsibilityLevel  level,
                                                                     const char             *note,
                                                                     GError                **error);
EmbResponsibilityLevel  emb_journey_store_get_level                 (EmbDatabase     *db,
                                                                     gint64           role_id,
                                                                     gint64           touchpoint_id);
GListModel             *emb_journey_store_list_role_responsibilities (EmbDatabase    *db,
                                                                     gint64           role_id,
                                                                     GError         **error);
GListModel             *emb_journey_store_list_touchpoint_responsibilities (EmbDatabase *db,
                                                                     gint64           touchpoint_id,
                                                                     GError         **error);
GArray                 *emb_journey_store_get_matrix                (EmbDatabase     *db,
                                                                     GError         **error);
EmbResponsibilityLevel  emb_journey_store_matrix_get_level          (GArray          *matrix,
                                                                     gint64           role_id,
                                                                     gint64           touchpoint_id);

/* Gaps */
GListModel             *emb_journey_store_list_unowned_touchpoints  (EmbDatabase     *db,
                                                                     GError         **error);
gint64                  emb_journey_store_count_unowned_touchpoints (EmbDatabase     *db);
GListModel             *emb_journey_store_list_unlinked_roles       (EmbDatabase     *db,
                                                                     GError         **error);
gint64                  emb_journey_store_count_unlinked_roles      (EmbDatabase     *db);

G_END_DECLS
