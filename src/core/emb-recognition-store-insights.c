/* emb-recognition-store-insights.c: what the recognition figures read
 *
 * The cells of the value × department heatmap and the shares of the
 * evidence, from the per-day counts the triggers keep (never from the
 * nominations themselves); the employees and departments not recognised
 * since a day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-recognition-store-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* Insights ----------------------------------------------------------------- */

/* Binds a period of UTC days [from, to) as ?1 and ?2 after checking that
 * each bound is a date; NULL leaves that side open. */
static gboolean
bind_days (sqlite3_stmt  *stmt,
           const char    *from,
           const char    *to,
           GError       **error)
{
  if (!_emb_validate_date (from, FALSE, "from", _("From"), error) ||
      !_emb_validate_date (to, FALSE, "to", _("To"), error))
    return FALSE;

  /* Every day sorts at or after "" and before "~". */
  _emb_bind_text (stmt, 1, from != NULL ? from : "");
  _emb_bind_text (stmt, 2, to != NULL ? to : "~");
  return TRUE;
}

/**
 * emb_recognition_store_count_by_value_and_department:
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last (YYYY-MM-DD, UTC), or %NULL
 *
 * How many nominations submitted in [@from, @to) and not declined each value
 * has in each department (the nominated department, or the nominee's): the
 * cells of the recognition heatmap, read from the per-day counts the
 * triggers keep (schema version 4), never from the nominations themselves.
 *
 * Returns: (transfer full) (element-type EmbNominationCell): the cells with
 *   at least one nomination, by value and department id; or %NULL with a
 *   validation error naming "from" or "to", or a database error
 */
GArray *
emb_recognition_store_count_by_value_and_department (EmbDatabase  *db,
                                                     const char   *from,
                                                     const char   *to,
                                                     GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GArray) cells = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db,
                                "SELECT value_id, department_id, sum (n) FROM nomination_day"
                                " WHERE day >= ?1 AND day < ?2"
                                " GROUP BY value_id, department_id HAVING sum (n) > 0"
                                " ORDER BY value_id, department_id",
                                error);
  if (stmt == NULL || !bind_days (stmt, from, to, error))
    return NULL;

  cells = g_array_new (FALSE, TRUE, sizeof (EmbNominationCell));
  for (;;)
    {
      EmbNominationCell cell;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      cell.value_id = sqlite3_column_int64 (stmt, 0);
      cell.department_id = sqlite3_column_int64 (stmt, 1);
      cell.count = (guint)sqlite3_column_int64 (stmt, 2);
      g_array_append_val (cells, cell);
    }

  return g_steal_pointer (&cells);
}

/**
 * emb_recognition_store_count_evidence:
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last (YYYY-MM-DD, UTC), or %NULL
 * @out: (out caller-allocates): the counts
 *
 * Of the nominations submitted in [@from, @to) and not declined, how many
 * cite the touchpoint where it happened, how many cite customer feedback as
 * the evidence of their story, and how many both.
 *
 * Returns: %TRUE on success, else %FALSE with @error (see
 *   emb_recognition_store_count_by_value_and_department())
 */
gboolean
emb_recognition_store_count_evidence (EmbDatabase           *db,
                                      const char            *from,
                                      const char            *to,
                                      EmbNominationEvidence *out,
                                      GError               **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  stmt = _emb_database_prepare (db,
                                "SELECT total (n), total (with_touchpoint), total (with_feedback),"
                                " total (with_both) FROM nomination_day"
                                " WHERE day >= ?1 AND day < ?2",
                                error);
  if (stmt == NULL || !bind_days (stmt, from, to, error) ||
      !_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      out->total = (guint)sqlite3_column_int64 (stmt, 0);
      out->with_touchpoint = (guint)sqlite3_column_int64 (stmt, 1);
      out->with_feedback = (guint)sqlite3_column_int64 (stmt, 2);
      out->with_both = (guint)sqlite3_column_int64 (stmt, 3);
    }
  return TRUE;
}

/* The records @suffix selects with ?1 bound to @since (a checked date). */
static GListModel *
list_since (EmbDatabase     *db,
            const EmbTable  *table,
            const char      *suffix,
            const char      *since,
            GError         **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(EmbStatement) stmt = NULL;

  if (!_emb_validate_date (since, TRUE, "since", _("Since"), error))
    return NULL;

  sql = g_strconcat (_emb_table_select_sql (table), " ", suffix, NULL);
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, since);

  return G_LIST_MODEL (_emb_table_read_all (db, table, stmt, error));
}

/**
 * emb_recognition_store_list_not_recognised_employees:
 * @since: a date (YYYY-MM-DD, UTC)
 *
 * The active employees with no approved or celebrated nomination submitted
 * on or after @since: who has gone unrecognised, by name. Each employee is
 * one seek of nomination_by_nominee.
 *
 * Returns: (transfer full): a #GListModel of #EmbEmployee, or %NULL with a
 *   validation error naming "since", or a database error
 */
GListModel *
emb_recognition_store_list_not_recognised_employees (EmbDatabase  *db,
                                                     const char   *since,
                                                     GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return list_since (db, &emb_table_employee,
                     "WHERE t.active = 1 AND t.erased = 0 AND NOT EXISTS (SELECT 1 FROM nomination n"
                     "  WHERE n.nominee_employee_id = t.id AND n.submitted_at >= ?1"
                     "  AND n.status IN ('approved', 'celebrated'))"
                     " ORDER BY t.name COLLATE NOCASE, t.id",
                     since, error);
}

/**
 * emb_recognition_store_list_not_recognised_departments:
 * @since: a date (YYYY-MM-DD, UTC)
 *
 * The departments of which neither the team nor any employee has an
 * approved or celebrated nomination submitted on or after @since, by name:
 * a seek of nomination_by_department per department.
 *
 * Returns: (transfer full): a #GListModel of #EmbDepartment, or %NULL with
 *   @error (see emb_recognition_store_list_not_recognised_employees())
 */
GListModel *
emb_recognition_store_list_not_recognised_departments (EmbDatabase  *db,
                                                       const char   *since,
                                                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  /* department_id is the team's own or its employee's department; the
   * period is written over the index's key. */
  return list_since (db, &emb_table_department,
                     "WHERE NOT EXISTS (SELECT 1 FROM nomination n"
                     "  WHERE n.department_id = t.id"
                     "  AND -julianday (n.submitted_at) <= -julianday (?1)"
                     "  AND n.status IN ('approved', 'celebrated'))"
                     " ORDER BY t.name COLLATE NOCASE, t.id",
                     since, error);
}
