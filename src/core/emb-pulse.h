/* emb-pulse.h: an ambassadorship pulse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_PULSE (emb_pulse_get_type ())

G_DECLARE_FINAL_TYPE (EmbPulse, emb_pulse, EMB, PULSE, EmbRecord)

EmbPulse   *emb_pulse_new                   (void);
gint64      emb_pulse_get_department_id     (EmbPulse *self);
void        emb_pulse_set_department_id     (EmbPulse *self,
                                              gint64    department_id);
gint64      emb_pulse_get_role_id           (EmbPulse *self);
void        emb_pulse_set_role_id           (EmbPulse *self,
                                              gint64    role_id);
const char *emb_pulse_get_taken_on          (EmbPulse *self);
void        emb_pulse_set_taken_on          (EmbPulse    *self,
                                              const char  *taken_on);
double      emb_pulse_get_company           (EmbPulse *self);
void        emb_pulse_set_company           (EmbPulse *self,
                                              double    company);
double      emb_pulse_get_value_proposition (EmbPulse *self);
void        emb_pulse_set_value_proposition (EmbPulse *self,
                                              double    value_proposition);
double      emb_pulse_get_customer          (EmbPulse *self);
void        emb_pulse_set_customer          (EmbPulse *self,
                                              double    customer);
int         emb_pulse_get_respondents       (EmbPulse *self);
void        emb_pulse_set_respondents       (EmbPulse *self,
                                              int       respondents);

G_END_DECLS
