/* emb-responsibility.h: what a role does at a touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_RESPONSIBILITY (emb_responsibility_get_type ())

G_DECLARE_FINAL_TYPE (EmbResponsibility, emb_responsibility, EMB, RESPONSIBILITY, EmbRecord)

EmbResponsibility      *emb_responsibility_new               (void);
gint64                  emb_responsibility_get_role_id       (EmbResponsibility *self);
void                    emb_responsibility_set_role_id       (EmbResponsibility *self,
                                                               gint64             role_id);
gint64                  emb_responsibility_get_touchpoint_id (EmbResponsibility *self);
void                    emb_responsibility_set_touchpoint_id (EmbResponsibility *self,
                                                               gint64             touchpoint_id);
EmbResponsibilityLevel  emb_responsibility_get_level         (EmbResponsibility *self);
void                    emb_responsibility_set_level         (EmbResponsibility     *self,
                                                               EmbResponsibilityLevel level);
const char             *emb_responsibility_get_note          (EmbResponsibility *self);
void                    emb_responsibility_set_note          (EmbResponsibility *self,
                                                               const char        *note);

G_END_DECLS
