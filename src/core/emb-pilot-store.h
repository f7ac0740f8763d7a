/* emb-pilot-store.h: autonomy pilots, their rollout waves and decision log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-decision.h"
#include "emb-pilot.h"
#include "emb-wave.h"

G_BEGIN_DECLS

/* Pilots */
GListModel  *emb_pilot_store_list_pilots        (EmbDatabase      *db,
                                                 GError          **error);
EmbPilot    *emb_pilot_store_get_pilot          (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
gboolean     emb_pilot_store_save_pilot         (EmbDatabase      *db,
                                                 EmbPilot         *pilot,
                                                 GError          **error);
gboolean     emb_pilot_store_delete_pilot       (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
gint64       emb_pilot_store_count_running      (EmbDatabase      *db);

/* Waves */
GListModel  *emb_pilot_store_list_waves         (EmbDatabase      *db,
                                                 gint64            pilot_id,
                                                 GError          **error);
EmbWave     *emb_pilot_store_get_wave           (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
GArray      *emb_pilot_store_list_wave_touchpoints (EmbDatabase   *db,
                                                    gint64         wave_id,
                                                    GError       **error);
gboolean     emb_pilot_store_add_wave           (EmbDatabase      *db,
                                                 EmbWave          *wave,
                                                 GError          **error);
gboolean     emb_pilot_store_save_wave          (EmbDatabase      *db,
                                                 EmbWave          *wave,
                                                 GError          **error);
gboolean     emb_pilot_store_reorder_waves      (EmbDatabase      *db,
                                                 gint64            pilot_id,
                                                 const gint64     *wave_ids,
                                                 guint             n_wave_ids,
                                                 GError          **error);
gboolean     emb_pilot_store_remove_wave        (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
gboolean     emb_pilot_store_start_wave         (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
gboolean     emb_pilot_store_evaluate_wave      (EmbDatabase      *db,
                                                 gint64            id,
                                                 const char       *note,
                                                 GError          **error);
gboolean     emb_pilot_store_roll_out_wave      (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
EmbWave     *emb_pilot_store_start_next_wave    (EmbDatabase      *db,
                                                 gint64            pilot_id,
                                                 GError          **error);

/* Decisions */
GListModel  *emb_pilot_store_query_decisions    (EmbDatabase      *db,
                                                 gint64            pilot_id);
EmbDecision *emb_pilot_store_get_decision       (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);
gboolean     emb_pilot_store_log_decision       (EmbDatabase      *db,
                                                 EmbDecision      *decision,
                                                 GError          **error);
gboolean     emb_pilot_store_review_decision    (EmbDatabase      *db,
                                                 gint64            id,
                                                 EmbReviewStatus   status,
                                                 const char       *note,
                                                 GError          **error);
gboolean     emb_pilot_store_delete_decision    (EmbDatabase      *db,
                                                 gint64            id,
                                                 GError          **error);

gboolean     emb_pilot_decision_is_over_ceiling (EmbDecision      *decision,
                                                 EmbPilot         *pilot);

G_END_DECLS
