/* emb-training-store.h: training objectives and follow-up observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-observation.h"
#include "emb-training-objective.h"

G_BEGIN_DECLS

/* Objectives */
GListModel           *emb_training_store_list_objectives     (EmbDatabase           *db,
                                                              GError               **error);
EmbTrainingObjective *emb_training_store_get_objective       (EmbDatabase           *db,
                                                              gint64                 id,
                                                              GError               **error);
gboolean              emb_training_store_save_objective      (EmbDatabase           *db,
                                                              EmbTrainingObjective  *objective,
                                                              const gint64          *role_ids,
                                                              guint                  n_role_ids,
                                                              const gint64          *touchpoint_ids,
                                                              guint                  n_touchpoint_ids,
                                                              GError               **error);
gboolean              emb_training_store_delete_objective    (EmbDatabase           *db,
                                                              gint64                 id,
                                                              GError               **error);
GArray               *emb_training_store_get_role_ids        (EmbDatabase           *db,
                                                              gint64                 objective_id,
                                                              GError               **error);
GArray               *emb_training_store_get_touchpoint_ids  (EmbDatabase           *db,
                                                              gint64                 objective_id,
                                                              GError               **error);

/* Observations */
gboolean              emb_training_store_add_observation     (EmbDatabase           *db,
                                                              EmbObservation        *observation,
                                                              GError               **error);
GListModel           *emb_training_store_list_observations   (EmbDatabase           *db,
                                                              gint64                 objective_id,
                                                              GError               **error);
gboolean              emb_training_store_delete_observation  (EmbDatabase           *db,
                                                              gint64                 id,
                                                              GError               **error);

G_END_DECLS
