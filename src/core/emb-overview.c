/* emb-overview.c: the figures of the overview page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-overview.h"

/**
 * emb_overview_get_counts:
 * @now: (nullable): the moment "this month" is taken from; %NULL for now
 * @counts: (out caller-allocates): the figures
 *
 * Counts every figure of the overview in one indexed query.
 */
gboolean
emb_overview_get_counts (EmbDatabase        *db,
                         GDateTime          *now,
                         EmbOverviewCounts  *counts,
                         GError            **error)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *month_start = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  utc = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  month_start = g_strdup_printf ("%04d-%02d-01T00:00:00",
                                 g_date_time_get_year (utc), g_date_time_get_month (utc));

  stmt = _emb_database_prepare (db,
                                "SELECT"
                                " (SELECT count(*) FROM employee WHERE active = 1),"
                                " (SELECT count(*) FROM department),"
                                " (SELECT count(*) FROM role),"
                                " (SELECT count(*) FROM touchpoint),"
                                " (SELECT count(*) FROM promise WHERE status = 'published'),"
                                " (SELECT coalesce (sum (n), 0) FROM nomination_count"
                                "  WHERE status = 'submitted'),"
                                " (SELECT count(DISTINCT pilot_id) FROM pilot_wave WHERE status = 'running'),"
                                " (SELECT count(*) FROM feedback WHERE received_at >= ?1)",
                                error);
  if (stmt == NULL)
    return FALSE;

  _emb_bind_text (stmt, 1, month_start);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  g_assert (has_row);

  counts->employees = sqlite3_column_int64 (stmt, 0);
  counts->departments = sqlite3_column_int64 (stmt, 1);
  counts->roles = sqlite3_column_int64 (stmt, 2);
  counts->touchpoints = sqlite3_column_int64 (stmt, 3);
  counts->published_promises = sqlite3_column_int64 (stmt, 4);
  counts->nominations_waiting = sqlite3_column_int64 (stmt, 5);
  counts->running_pilots = sqlite3_column_int64 (stmt, 6);
  counts->feedback_this_month = sqlite3_column_int64 (stmt, 7);
  return TRUE;
}
