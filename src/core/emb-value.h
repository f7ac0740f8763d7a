/* emb-value.h: a company value with the behaviours it asks for and rules out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_VALUE (emb_value_get_type ())

G_DECLARE_FINAL_TYPE (EmbValue, emb_value, EMB, VALUE, EmbRecord)

EmbValue   *emb_value_new                      (void);
const char *emb_value_get_name                 (EmbValue *self);
void        emb_value_set_name                 (EmbValue    *self,
                                                 const char  *name);
const char *emb_value_get_description          (EmbValue *self);
void        emb_value_set_description          (EmbValue    *self,
                                                 const char  *description);
const char *emb_value_get_desired_behaviours   (EmbValue *self);
void        emb_value_set_desired_behaviours   (EmbValue    *self,
                                                 const char  *desired_behaviours);
const char *emb_value_get_undesired_behaviours (EmbValue *self);
void        emb_value_set_undesired_behaviours (EmbValue    *self,
                                                 const char  *undesired_behaviours);
int         emb_value_get_position             (EmbValue *self);
void        emb_value_set_position             (EmbValue *self,
                                                 int       position);

G_END_DECLS
