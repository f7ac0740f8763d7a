/* emb-pilot.h: an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_PILOT (emb_pilot_get_type ())

G_DECLARE_FINAL_TYPE (EmbPilot, emb_pilot, EMB, PILOT, EmbRecord)

EmbPilot   *emb_pilot_new                   (void);
const char *emb_pilot_get_name              (EmbPilot *self);
void        emb_pilot_set_name              (EmbPilot    *self,
                                              const char  *name);
const char *emb_pilot_get_principle         (EmbPilot *self);
void        emb_pilot_set_principle         (EmbPilot    *self,
                                              const char  *principle);
gint64      emb_pilot_get_spending_ceiling  (EmbPilot *self);
void        emb_pilot_set_spending_ceiling  (EmbPilot *self,
                                              gint64    spending_ceiling);
const char *emb_pilot_get_currency          (EmbPilot *self);
void        emb_pilot_set_currency          (EmbPilot    *self,
                                              const char  *currency);
const char *emb_pilot_get_allowed_decisions (EmbPilot *self);
void        emb_pilot_set_allowed_decisions (EmbPilot    *self,
                                              const char  *allowed_decisions);
const char *emb_pilot_get_escalation_rule   (EmbPilot *self);
void        emb_pilot_set_escalation_rule   (EmbPilot    *self,
                                              const char  *escalation_rule);

char       *emb_pilot_format_decimal        (gint64       minor);
char       *emb_pilot_format_amount         (gint64       minor,
                                              const char  *currency);
gboolean    emb_pilot_parse_amount          (const char  *text,
                                              gint64      *minor);

G_END_DECLS
