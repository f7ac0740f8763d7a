/* emb-touchpoint.h: a point where a customer meets the company, within a journey stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_TOUCHPOINT (emb_touchpoint_get_type ())

G_DECLARE_FINAL_TYPE (EmbTouchpoint, emb_touchpoint, EMB, TOUCHPOINT, EmbRecord)

EmbTouchpoint *emb_touchpoint_new             (void);
gint64         emb_touchpoint_get_stage_id    (EmbTouchpoint *self);
void           emb_touchpoint_set_stage_id    (EmbTouchpoint *self,
                                                gint64         stage_id);
const char    *emb_touchpoint_get_name        (EmbTouchpoint *self);
void           emb_touchpoint_set_name        (EmbTouchpoint *self,
                                                const char    *name);
const char    *emb_touchpoint_get_channel     (EmbTouchpoint *self);
void           emb_touchpoint_set_channel     (EmbTouchpoint *self,
                                                const char    *channel);
const char    *emb_touchpoint_get_description (EmbTouchpoint *self);
void           emb_touchpoint_set_description (EmbTouchpoint *self,
                                                const char    *description);
int            emb_touchpoint_get_position    (EmbTouchpoint *self);
void           emb_touchpoint_set_position    (EmbTouchpoint *self,
                                                int            position);

G_END_DECLS
