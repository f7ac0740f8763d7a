/* emb-stage.h: a stage of the customer journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAGE (emb_stage_get_type ())

G_DECLARE_FINAL_TYPE (EmbStage, emb_stage, EMB, STAGE, EmbRecord)

EmbStage   *emb_stage_new             (void);
const char *emb_stage_get_name        (EmbStage *self);
void        emb_stage_set_name        (EmbStage    *self,
                                        const char  *name);
const char *emb_stage_get_description (EmbStage *self);
void        emb_stage_set_description (EmbStage    *self,
                                        const char  *description);
int         emb_stage_get_position    (EmbStage *self);
void        emb_stage_set_position    (EmbStage *self,
                                        int       position);

G_END_DECLS
