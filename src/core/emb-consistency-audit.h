/* emb-consistency-audit.h: a consistency audit of one department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-enums.h"
#include "emb-record.h"

G_BEGIN_DECLS

#define EMB_TYPE_CONSISTENCY_AUDIT (emb_consistency_audit_get_type ())

G_DECLARE_FINAL_TYPE (EmbConsistencyAudit, emb_consistency_audit, EMB, CONSISTENCY_AUDIT, EmbRecord)

EmbConsistencyAudit *emb_consistency_audit_new               (void);
gint64               emb_consistency_audit_get_department_id (EmbConsistencyAudit *self);
void                 emb_consistency_audit_set_department_id (EmbConsistencyAudit *self,
                                                               gint64               department_id);
const char          *emb_consistency_audit_get_audited_on    (EmbConsistencyAudit *self);
void                 emb_consistency_audit_set_audited_on    (EmbConsistencyAudit *self,
                                                               const char          *audited_on);
int                  emb_consistency_audit_get_declarations  (EmbConsistencyAudit *self);
void                 emb_consistency_audit_set_declarations  (EmbConsistencyAudit *self,
                                                               int                  declarations);
int                  emb_consistency_audit_get_behaviours    (EmbConsistencyAudit *self);
void                 emb_consistency_audit_set_behaviours    (EmbConsistencyAudit *self,
                                                               int                  behaviours);
int                  emb_consistency_audit_get_resources     (EmbConsistencyAudit *self);
void                 emb_consistency_audit_set_resources     (EmbConsistencyAudit *self,
                                                               int                  resources);
const char          *emb_consistency_audit_get_note          (EmbConsistencyAudit *self);
void                 emb_consistency_audit_set_note          (EmbConsistencyAudit *self,
                                                               const char          *note);
int                  emb_consistency_audit_get_gap           (EmbConsistencyAudit *self);

G_END_DECLS
