/* emb-training-objective.h: a training objective
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_TRAINING_OBJECTIVE (emb_training_objective_get_type ())

G_DECLARE_FINAL_TYPE (EmbTrainingObjective, emb_training_objective, EMB, TRAINING_OBJECTIVE, EmbRecord)

EmbTrainingObjective *emb_training_objective_new                 (void);
const char           *emb_training_objective_get_title           (EmbTrainingObjective *self);
void                  emb_training_objective_set_title           (EmbTrainingObjective *self,
                                                                   const char           *title);
const char           *emb_training_objective_get_knowledge       (EmbTrainingObjective *self);
void                  emb_training_objective_set_knowledge       (EmbTrainingObjective *self,
                                                                   const char           *knowledge);
const char           *emb_training_objective_get_skills          (EmbTrainingObjective *self);
void                  emb_training_objective_set_skills          (EmbTrainingObjective *self,
                                                                   const char           *skills);
const char           *emb_training_objective_get_attitudes       (EmbTrainingObjective *self);
void                  emb_training_objective_set_attitudes       (EmbTrainingObjective *self,
                                                                   const char           *attitudes);
const char           *emb_training_objective_get_expected_change (EmbTrainingObjective *self);
void                  emb_training_objective_set_expected_change (EmbTrainingObjective *self,
                                                                   const char           *expected_change);
const char           *emb_training_objective_get_review_on       (EmbTrainingObjective *self);
void                  emb_training_objective_set_review_on       (EmbTrainingObjective *self,
                                                                   const char           *review_on);

G_END_DECLS
