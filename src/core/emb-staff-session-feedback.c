/* emb-staff-session-feedback.c: what customers said about my touchpoints,
 * and my department's pulse
 *
 * "My touchpoints" are those my role is responsible for, at any level.
 * The feedback list holds praise first, then complaints with their
 * follow-up status, without anything that points at a customer or a
 * respondent: the customer's reference and the source's id are removed,
 * and so are single scores (the figures give them in aggregate only). The
 * owner of a follow-up is kept only when it is me.
 *
 * A figure (NPS, CSAT, a pulse) over fewer answers than the programme's
 * anonymity threshold (emb_programme_get_anonymity_threshold()) is never
 * returned: the NPS and CSAT keep their number of answers, so the window
 * can say "too few answers", and are not valid; such a pulse is left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-session"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-programme-store.h"
#include "emb-query-model-private.h"
#include "emb-records.h"
#include "emb-staff-session-private.h"
#include "emb-tables.h"

#define MAX_FEEDBACK 500

/* The period [now - days, now) as stored text (UTC with milliseconds); with
 * @whole_days, the @days whole UTC days before the day of @now. */
static void
period (guint       days,
        GDateTime  *now,
        gboolean    whole_days,
        char      **from,
        char      **to)
{
  g_autoptr(GDateTime) at = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  g_autoptr(GDateTime) end = whole_days ? g_date_time_new_utc (g_date_time_get_year (at),
                                                               g_date_time_get_month (at),
                                                               g_date_time_get_day_of_month (at),
                                                               0, 0, 0)
                                        : g_date_time_ref (at);
  g_autoptr(GDateTime) start = g_date_time_add_days (end, -(int)MIN (days, 36600));
  g_autofree char *start_base = g_date_time_format (start, "%Y-%m-%dT%H:%M:%S");
  g_autofree char *end_base = g_date_time_format (end, "%Y-%m-%dT%H:%M:%S");

  *from = g_strdup_printf ("%s.%03dZ", start_base, g_date_time_get_microsecond (start) / 1000);
  *to = g_strdup_printf ("%s.%03dZ", end_base, g_date_time_get_microsecond (end) / 1000);
}

/* Removes what points at a customer or a respondent. */
static void
scrub (EmbFeedback *feedback,
       gint64       me)
{
  g_object_freeze_notify (G_OBJECT (feedback));
  emb_feedback_set_customer_ref (feedback, "");
  emb_feedback_set_source_id (feedback, "");
  emb_feedback_set_score_type (feedback, EMB_SCORE_TYPE_NONE);
  emb_feedback_set_score (feedback, -1);
  if (emb_feedback_get_assignee_id (feedback) != me)
    emb_feedback_set_assignee_id (feedback, 0);
  g_object_thaw_notify (G_OBJECT (feedback));
}

/**
 * emb_staff_session_list_feedback:
 * @days: how many days back from @now
 * @now: (nullable): the end of the period, %NULL for now
 *
 * Praise and complaints about my touchpoints received in the period:
 * praise first, then complaints, each newest first; at most 500.
 *
 * Returns: (transfer full): a #GListModel of #EmbFeedback without the
 *   customer's reference, the source's id or a score
 */
GListModel *
emb_staff_session_list_feedback (EmbStaffSession  *self,
                                 guint             days,
                                 GDateTime        *now,
                                 GError          **error)
{
  g_autoptr(GArray) touchpoints = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  EmbDatabase *db;
  gint64 me;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_check (self, error);
  if (me == 0)
    return NULL;
  db = _emb_staff_session_get_database (self);

  touchpoints = _emb_staff_session_my_touchpoints (self, error);
  if (touchpoints == NULL)
    return NULL;
  store = g_list_store_new (EMB_TYPE_FEEDBACK);
  if (touchpoints->len == 0)
    return G_LIST_MODEL (g_steal_pointer (&store));

  period (days, now, FALSE, &from, &to);
  ids = _emb_ids_json ((const gint64 *)(gpointer)touchpoints->data, touchpoints->len);

  /* Through feedback_by_touchpoint (touchpoint_id, received_at). */
  sql = g_strdup_printf ("%s WHERE t.touchpoint_id IN (SELECT value FROM json_each (?1))"
                         " AND t.received_at >= ?2 AND t.received_at < ?3"
                         " AND t.kind IN ('praise', 'complaint')"
                         " ORDER BY t.kind = 'complaint', t.received_at DESC, t.id DESC"
                         " LIMIT %d",
                         _emb_table_select_sql (&emb_table_feedback), MAX_FEEDBACK);
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, ids);
  _emb_bind_text (stmt, 2, from);
  _emb_bind_text (stmt, 3, to);

  for (;;)
    {
      g_autoptr(EmbFeedback) feedback = NULL;
      gboolean has_row;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      feedback = _emb_table_read_row (&emb_table_feedback, stmt);
      scrub (feedback, me);
      g_list_store_append (store, feedback);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * emb_staff_session_get_feedback_figures:
 * @days: how many whole days back from the day of @now
 * @now: (nullable): the time within the day after the period, %NULL for now
 * @nps: (out) (optional): the NPS of my touchpoints in the period
 * @csat: (out) (optional): their CSAT
 *
 * Each figure over fewer answers than the anonymity threshold keeps only
 * its number of answers (@total) and is not valid. Without touchpoints,
 * both are empty.
 *
 * Returns: %TRUE, or %FALSE with an error
 */
gboolean
emb_staff_session_get_feedback_figures (EmbStaffSession  *self,
                                        guint             days,
                                        GDateTime        *now,
                                        EmbNps           *nps,
                                        EmbCsat          *csat,
                                        GError          **error)
{
  g_autoptr(GArray) touchpoints = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  EmbMetricsScope scope = EMB_METRICS_SCOPE_INIT;
  EmbNps found_nps = { 0 };
  EmbCsat found_csat = { 0 };
  EmbDatabase *db;
  guint threshold;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);

  if (nps != NULL)
    *nps = found_nps;
  if (csat != NULL)
    *csat = found_csat;

  touchpoints = _emb_staff_session_my_touchpoints (self, error);
  if (touchpoints == NULL)
    return FALSE;
  /* An empty scope would mean every touchpoint. */
  if (touchpoints->len == 0)
    return TRUE;

  db = _emb_staff_session_get_database (self);
  /* Whole days: figures that change once a day, over a day's answers, so
   * that comparing them at two moments cannot single out one answer. */
  period (days, now, TRUE, &from, &to);
  scope.touchpoint_ids = (const gint64 *)(gpointer)touchpoints->data;
  scope.n_touchpoints = touchpoints->len;
  scope.from = from;
  scope.to = to;
  if (!emb_metrics_nps (db, &scope, &found_nps, error) ||
      !emb_metrics_csat (db, &scope, &found_csat, error))
    return FALSE;

  threshold = emb_programme_get_anonymity_threshold (db);
  if (found_nps.total < threshold)
    found_nps = (EmbNps) { .total = found_nps.total, .valid = FALSE };
  if (found_csat.total < threshold)
    found_csat = (EmbCsat) { .total = found_csat.total, .valid = FALSE };

  if (nps != NULL)
    *nps = found_nps;
  if (csat != NULL)
    *csat = found_csat;
  return TRUE;
}

/**
 * emb_staff_session_list_pulses:
 *
 * Returns: (transfer full): the #EmbPulse records of my department and of
 *   my role answered by at least the anonymity threshold, newest first
 */
GListModel *
emb_staff_session_list_pulses (EmbStaffSession  *self,
                               GError          **error)
{
  g_autoptr(EmbEmployee) me = NULL;
  g_autoptr(GListStore) pulses = NULL;
  g_autoptr(GListStore) shown = NULL;
  EmbDatabase *db;
  guint threshold;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  me = _emb_staff_session_load_me (self, error);
  if (me == NULL)
    return NULL;
  db = _emb_staff_session_get_database (self);

  pulses = _emb_staff_list (db, &emb_table_pulse,
                            "WHERE t.department_id = ?1 OR t.role_id = ?2"
                            " ORDER BY t.taken_on DESC, t.id DESC LIMIT 500",
                            emb_employee_get_department_id (me),
                            emb_employee_get_role_id (me), error);
  if (pulses == NULL)
    return NULL;

  threshold = emb_programme_get_anonymity_threshold (db);
  shown = g_list_store_new (EMB_TYPE_PULSE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pulses)); i++)
    {
      g_autoptr(EmbPulse) pulse = g_list_model_get_item (G_LIST_MODEL (pulses), i);

      if (emb_pulse_get_respondents (pulse) >= 0 &&
          (guint)emb_pulse_get_respondents (pulse) >= threshold)
        g_list_store_append (shown, pulse);
    }

  return G_LIST_MODEL (g_steal_pointer (&shown));
}
