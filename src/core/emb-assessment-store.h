/* emb-assessment-store.h: CX maturity, consistency audits and pulse surveys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-consistency-audit.h"
#include "emb-database.h"
#include "emb-maturity-assessment.h"
#include "emb-pulse.h"

G_BEGIN_DECLS

/* CX maturity self-assessments */
GListModel            *emb_assessment_store_list_maturity         (EmbDatabase            *db,
                                                                   GError                **error);
EmbMaturityAssessment *emb_assessment_store_get_maturity          (EmbDatabase            *db,
                                                                   gint64                  id,
                                                                   GError                **error);
gboolean               emb_assessment_store_save_maturity         (EmbDatabase            *db,
                                                                   EmbMaturityAssessment  *assessment,
                                                                   GError                **error);
gboolean               emb_assessment_store_delete_maturity       (EmbDatabase            *db,
                                                                   gint64                  id,
                                                                   GError                **error);

/* Consistency audits */
GListModel            *emb_assessment_store_list_audits           (EmbDatabase            *db,
                                                                   gint64                  department_id,
                                                                   GError                **error);
EmbConsistencyAudit   *emb_assessment_store_get_audit             (EmbDatabase            *db,
                                                                   gint64                  id,
                                                                   GError                **error);
gboolean               emb_assessment_store_save_audit            (EmbDatabase            *db,
                                                                   EmbConsistencyAudit    *audit,
                                                                   GError                **error);
gboolean               emb_assessment_store_delete_audit          (EmbDatabase            *db,
                                                                   gint64                  id,
                                                                   GError                **error);

/* Ambassadorship pulse surveys */
GListModel            *emb_assessment_store_list_pulses           (EmbDatabase            *db,
                                                                   GError                **error);
EmbPulse              *emb_assessment_store_get_pulse             (EmbDatabase            *db,
                                                                   gint64                  id,
                                                                   GError                **error);
gboolean               emb_assessment_store_save_pulse            (EmbDatabase            *db,
                                                                   EmbPulse               *pulse,
                                                                   GError                **error);
gboolean               emb_assessment_store_delete_pulse          (EmbDatabase            *db,
                                                                   gint64                  id,
                                                                   GError                **error);

G_END_DECLS
