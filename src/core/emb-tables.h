/* emb-tables.h: how each record class maps onto its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-table-private.h"

G_BEGIN_DECLS

extern const EmbTable emb_table_organisation;
extern const EmbTable emb_table_department;
extern const EmbTable emb_table_role;
extern const EmbTable emb_table_employee;
extern const EmbTable emb_table_value;
extern const EmbTable emb_table_value_set;
extern const EmbTable emb_table_stage;
extern const EmbTable emb_table_touchpoint;
extern const EmbTable emb_table_responsibility;
extern const EmbTable emb_table_promise;
extern const EmbTable emb_table_promise_version;
extern const EmbTable emb_table_announcement;
extern const EmbTable emb_table_acknowledgement;
extern const EmbTable emb_table_nomination;
extern const EmbTable emb_table_pilot;
extern const EmbTable emb_table_wave;
extern const EmbTable emb_table_decision;
extern const EmbTable emb_table_feedback;
extern const EmbTable emb_table_training_objective;
extern const EmbTable emb_table_observation;
extern const EmbTable emb_table_maturity_assessment;
extern const EmbTable emb_table_consistency_audit;
extern const EmbTable emb_table_pulse;

G_END_DECLS
