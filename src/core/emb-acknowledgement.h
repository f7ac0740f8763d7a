/* emb-acknowledgement.h: an employee's acknowledgement of one published item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_ACKNOWLEDGEMENT (emb_acknowledgement_get_type ())

G_DECLARE_FINAL_TYPE (EmbAcknowledgement, emb_acknowledgement, EMB, ACKNOWLEDGEMENT, EmbRecord)

EmbAcknowledgement *emb_acknowledgement_new                    (void);
gint64              emb_acknowledgement_get_employee_id        (EmbAcknowledgement *self);
void                emb_acknowledgement_set_employee_id        (EmbAcknowledgement *self,
                                                                 gint64              employee_id);
gint64              emb_acknowledgement_get_promise_version_id (EmbAcknowledgement *self);
void                emb_acknowledgement_set_promise_version_id (EmbAcknowledgement *self,
                                                                 gint64              promise_version_id);
gint64              emb_acknowledgement_get_announcement_id    (EmbAcknowledgement *self);
void                emb_acknowledgement_set_announcement_id    (EmbAcknowledgement *self,
                                                                 gint64              announcement_id);
gint64              emb_acknowledgement_get_value_set_id       (EmbAcknowledgement *self);
void                emb_acknowledgement_set_value_set_id       (EmbAcknowledgement *self,
                                                                 gint64              value_set_id);
const char         *emb_acknowledgement_get_acknowledged_at    (EmbAcknowledgement *self);
void                emb_acknowledgement_set_acknowledged_at    (EmbAcknowledgement *self,
                                                                 const char         *acknowledged_at);

G_END_DECLS
