/* emb-recognition-store.h: recognition nominations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-nomination.h"

G_BEGIN_DECLS

/**
 * EmbNominationFilter:
 * @status: an #EmbNominationStatus, or -1 for every status
 * @value_id: only nominations for this value, or 0
 * @department_id: only nominations of this department or of its employees
 *   (their current department), or 0
 * @touchpoint_id: only nominations about this touchpoint, or 0
 * @nominee_employee_id: only nominations of this employee, or 0
 * @nominator_id: only nominations made by this employee, or 0
 * @from: (nullable): only nominations submitted on this day (YYYY-MM-DD,
 *   local time) or later
 * @to: (nullable): only nominations submitted on this day (YYYY-MM-DD, local
 *   time) or earlier
 * @search: (nullable): words that must all appear in the story (a word
 *   matches as a prefix)
 *
 * An invalid date in @from or @to is ignored.
 */
typedef struct
{
  int         status;
  gint64      value_id;
  gint64      department_id;
  gint64      touchpoint_id;
  gint64      nominee_employee_id;
  gint64      nominator_id;
  const char *from;
  const char *to;
  const char *search;
} EmbNominationFilter;

#define EMB_NOMINATION_FILTER_INIT { -1, 0, 0, 0, 0, 0, NULL, NULL, NULL }

GListModel    *emb_recognition_store_query            (EmbDatabase                *db,
                                                       const EmbNominationFilter  *filter);
EmbNomination *emb_recognition_store_get              (EmbDatabase        *db,
                                                       gint64              id,
                                                       GError            **error);
gint64         emb_recognition_store_count_by_status  (EmbDatabase        *db,
                                                       EmbNominationStatus status);
GListModel    *emb_recognition_store_list_public_recognitions (EmbDatabase  *db,
                                                               const char   *since,
                                                               const char   *until,
                                                               guint         limit,
                                                               GError      **error);

gboolean       emb_recognition_store_submit           (EmbDatabase        *db,
                                                       EmbNomination      *nomination,
                                                       GError            **error);
gboolean       emb_recognition_store_submit_with_caps (EmbDatabase        *db,
                                                       EmbNomination      *nomination,
                                                       int                 max_per_nominator_per_month,
                                                       int                 max_per_pair_per_month,
                                                       GError            **error);
gboolean       emb_recognition_store_check_caps       (EmbDatabase        *db,
                                                       gint64              nominator_id,
                                                       gint64              nominee_employee_id,
                                                       const char         *at,
                                                       int                 max_per_nominator_per_month,
                                                       int                 max_per_pair_per_month,
                                                       GError            **error);
gboolean       emb_recognition_store_save             (EmbDatabase        *db,
                                                       EmbNomination      *nomination,
                                                       GError            **error);
gboolean       emb_recognition_store_delete           (EmbDatabase        *db,
                                                       gint64              id,
                                                       GError            **error);
gboolean       emb_recognition_store_delete_many      (EmbDatabase        *db,
                                                       const gint64       *ids,
                                                       guint               n_ids,
                                                       GError            **error);

/* Decisions */
gboolean       emb_recognition_store_approve          (EmbDatabase        *db,
                                                       gint64              id,
                                                       gint64              decider_id,
                                                       const char         *note,
                                                       GError            **error);
gboolean       emb_recognition_store_decline          (EmbDatabase        *db,
                                                       gint64              id,
                                                       gint64              decider_id,
                                                       const char         *note,
                                                       GError            **error);
gboolean       emb_recognition_store_celebrate        (EmbDatabase        *db,
                                                       gint64              id,
                                                       gint64              decider_id,
                                                       const char         *note,
                                                       GError            **error);
gboolean       emb_recognition_store_decide_many      (EmbDatabase        *db,
                                                       const gint64       *ids,
                                                       guint               n_ids,
                                                       gboolean            approve,
                                                       gint64              decider_id,
                                                       const char         *note,
                                                       GError            **error);
gboolean       emb_recognition_store_celebrate_many   (EmbDatabase        *db,
                                                       const gint64       *ids,
                                                       guint               n_ids,
                                                       gint64              decider_id,
                                                       const char         *note,
                                                       GError            **error);

/* Insights */

/**
 * EmbNominationCell:
 * @value_id: the value shown
 * @department_id: the department, or 0 for nominations of none
 * @count: nominations submitted in the period and not declined
 *
 * A cell of the value × department heatmap.
 */
typedef struct
{
  gint64 value_id;
  gint64 department_id;
  guint  count;
} EmbNominationCell;

/**
 * EmbNominationEvidence:
 * @total: nominations submitted in the period and not declined
 * @with_touchpoint: of them, those that name the touchpoint where it happened
 * @with_feedback: of them, those that cite customer feedback as evidence
 * @with_both: of them, those that do both
 */
typedef struct
{
  guint total;
  guint with_touchpoint;
  guint with_feedback;
  guint with_both;
} EmbNominationEvidence;

GArray     *emb_recognition_store_count_by_value_and_department  (EmbDatabase            *db,
                                                                   const char             *from,
                                                                   const char             *to,
                                                                   GError                **error);
gboolean    emb_recognition_store_count_evidence                 (EmbDatabase            *db,
                                                                   const char             *from,
                                                                   const char             *to,
                                                                   EmbNominationEvidence  *out,
                                                                   GError                **error);
GListModel *emb_recognition_store_list_not_recognised_employees  (EmbDatabase            *db,
                                                                   const char             *since,
                                                                   GError                **error);
GListModel *emb_recognition_store_list_not_recognised_departments (EmbDatabase           *db,
                                                                   const char             *since,
                                                                   GError                **error);

G_END_DECLS
