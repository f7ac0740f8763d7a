/* emb-observation.h: a follow-up observation of a training objective
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_OBSERVATION (emb_observation_get_type ())

G_DECLARE_FINAL_TYPE (EmbObservation, emb_observation, EMB, OBSERVATION, EmbRecord)

EmbObservation *emb_observation_new              (void);
gint64          emb_observation_get_objective_id (EmbObservation *self);
void            emb_observation_set_objective_id (EmbObservation *self,
                                                   gint64          objective_id);
gint64          emb_observation_get_employee_id  (EmbObservation *self);
void            emb_observation_set_employee_id  (EmbObservation *self,
                                                   gint64          employee_id);
const char     *emb_observation_get_observed_on  (EmbObservation *self);
void            emb_observation_set_observed_on  (EmbObservation *self,
                                                   const char     *observed_on);
int             emb_observation_get_rating       (EmbObservation *self);
void            emb_observation_set_rating       (EmbObservation *self,
                                                   int             rating);
const char     *emb_observation_get_note         (EmbObservation *self);
void            emb_observation_set_note         (EmbObservation *self,
                                                   const char     *note);

G_END_DECLS
