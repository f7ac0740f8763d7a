/* emb-value-set.h: a published set of values, which staff acknowledge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_VALUE_SET (emb_value_set_get_type ())

G_DECLARE_FINAL_TYPE (EmbValueSet, emb_value_set, EMB, VALUE_SET, EmbRecord)

EmbValueSet *emb_value_set_new              (void);
const char  *emb_value_set_get_published_at (EmbValueSet *self);
void         emb_value_set_set_published_at (EmbValueSet *self,
                                              const char  *published_at);
const char  *emb_value_set_get_summary      (EmbValueSet *self);
void         emb_value_set_set_summary      (EmbValueSet *self,
                                              const char  *summary);

G_END_DECLS
