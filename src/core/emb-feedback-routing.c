/* emb-feedback-routing.c: who a piece of feedback reaches
 *
 * Feedback about a touchpoint goes to the roles responsible for that
 * touchpoint in the journey (the responsibility matrix): first the roles
 * that own it and deliver it, then those that support it and those kept
 * informed. The people it reaches are the active employees in those roles,
 * in the same order; the first of them are proposed as the owner who
 * follows a complaint up, and as the nominees a praise can become a
 * nomination for. Feedback about no touchpoint (waiting for triage, or a
 * general remark) reaches no role until it is given one.
 *
 * The "to me" and "my department" lists are filters of the feedback query
 * (EmbFeedbackFilter.responsible_id), so they page like every other list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-routing"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-feedback-routing.h"
#include "emb-journey-store.h"
#include "emb-query-model-private.h"
#include "emb-records.h"
#include "emb-tables.h"

/**
 * emb_feedback_routing_list_roles:
 * @feedback_id: a feedback
 *
 * Returns: (transfer full) (nullable): the #EmbResponsibility records of the
 *   roles the feedback reaches: those responsible for its touchpoint, owners
 *   first, then those that deliver, support and are informed (each level by
 *   role name); empty when the feedback is about no touchpoint, %NULL with
 *   @error set when it does not exist
 */
GListModel *
emb_feedback_routing_list_roles (EmbDatabase  *db,
                                 gint64        feedback_id,
                                 GError      **error)
{
  g_autoptr(EmbFeedback) feedback = NULL;
  gint64 touchpoint_id;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  feedback = _emb_table_get (db, &emb_table_feedback, feedback_id, error);
  if (feedback == NULL)
    return NULL;

  touchpoint_id = emb_feedback_get_touchpoint_id (feedback);
  if (touchpoint_id == 0)
    return G_LIST_MODEL (g_list_store_new (EMB_TYPE_RESPONSIBILITY));
  return emb_journey_store_list_touchpoint_responsibilities (db, touchpoint_id, error);
}

/**
 * emb_feedback_routing_query_people:
 * @touchpoint_id: a touchpoint
 *
 * The people feedback about @touchpoint reaches: the active employees whose
 * role is responsible for it, those whose role owns it first, then delivers,
 * supports and is informed, each level by name.
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbEmployee that follows
 *   changes to employees and responsibilities
 */
GListModel *
emb_feedback_routing_query_people (EmbDatabase *db,
                                   gint64       touchpoint_id)
{
  static const EmbRecordKind kinds[] = {
    EMB_RECORD_KIND_RESPONSIBILITY, EMB_RECORD_KIND_ANY
  };
  g_autoptr(GPtrArray) params = NULL;
  g_autoptr(GString) where = g_string_new (NULL);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  params = _emb_query_params_new (where);
  _emb_query_params_add (params, g_variant_new_int64 (touchpoint_id));
  g_string_append (where,
                   " AND t.active = 1 AND t.erased = 0 AND t.role_id IN"
                   " (SELECT r.role_id FROM responsibility r WHERE r.touchpoint_id = ?1)");

  /* The level's rank, then the name: "0 Anna Nowak" sorts before
   * "1 Bartek Zieliński". Each role has one level at a touchpoint. */
  return G_LIST_MODEL (_emb_query_model_new_full (db, &emb_table_employee, where->str,
                                                  params,
                                                  "((SELECT CASE r.level WHEN 'owns' THEN 0"
                                                  " WHEN 'delivers' THEN 1"
                                                  " WHEN 'supports' THEN 2 ELSE 3 END"
                                                  " FROM responsibility r"
                                                  " WHERE r.role_id = t.role_id"
                                                  " AND r.touchpoint_id = ?1) || ' ' || t.name)",
                                                  FALSE, kinds, NULL));
}
