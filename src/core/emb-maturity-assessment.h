/* emb-maturity-assessment.h: a CX maturity self-assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_MATURITY_ASSESSMENT (emb_maturity_assessment_get_type ())

G_DECLARE_FINAL_TYPE (EmbMaturityAssessment, emb_maturity_assessment, EMB, MATURITY_ASSESSMENT, EmbRecord)

EmbMaturityAssessment *emb_maturity_assessment_new             (void);
const char            *emb_maturity_assessment_get_assessed_on (EmbMaturityAssessment *self);
void                   emb_maturity_assessment_set_assessed_on (EmbMaturityAssessment *self,
                                                                 const char            *assessed_on);
int                    emb_maturity_assessment_get_score       (EmbMaturityAssessment *self,
                                                                 EmbMaturityArea        area);
void                   emb_maturity_assessment_set_score       (EmbMaturityAssessment *self,
                                                                 EmbMaturityArea        area,
                                                                 int                    score);
const char            *emb_maturity_assessment_get_note        (EmbMaturityAssessment *self,
                                                                 EmbMaturityArea        area);
void                   emb_maturity_assessment_set_note        (EmbMaturityAssessment *self,
                                                                 EmbMaturityArea        area,
                                                                 const char            *note);
double                 emb_maturity_assessment_get_mean        (EmbMaturityAssessment *self);

const char            *emb_maturity_area_get_label             (EmbMaturityArea        area);

G_END_DECLS
