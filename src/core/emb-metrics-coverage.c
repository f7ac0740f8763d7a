/* emb-metrics-coverage.c: acknowledgement coverage
 *
 * Of a promise version (in all, per department, per role), of an
 * announcement and of a value set: acknowledged ÷ addressed, where addressed
 * are the active employees the item was addressed to (see emb-metrics.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-metrics-private.h"
#include "emb-records.h"
#include "emb-tables.h"

/* Acknowledgement coverage ----------------------------------------------- */

static gboolean
check_exists (EmbDatabase     *db,
              const EmbTable  *table,
              gint64           id,
              GError         **error)
{
  if (_emb_table_exists (db, table, id))
    return TRUE;

  g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
               _("The record no longer exists; it may have been deleted."));
  return FALSE;
}

/* Prepares @sql with @id bound as ?1, once @id is known to be a row of
 * @table. */
static EmbStatement *
prepare_coverage (EmbDatabase     *db,
                  const char      *sql,
                  const EmbTable  *table,
                  gint64           id,
                  GError         **error)
{
  EmbStatement *stmt;

  if (!check_exists (db, table, id, error))
    return NULL;
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

/* Reads "addressed, acknowledged" from the one row of @sql (see
 * prepare_coverage()); @out is zero when that fails. */
static gboolean
read_coverage (EmbDatabase     *db,
               const char      *sql,
               const EmbTable  *table,
               gint64           id,
               EmbCoverage     *out,
               GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  memset (out, 0, sizeof *out);
  stmt = prepare_coverage (db, sql, table, id, error);
  if (stmt == NULL || !_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *out = emb_metrics_coverage_from_counts ((guint)sqlite3_column_int64 (stmt, 1),
                                             (guint)sqlite3_column_int64 (stmt, 0));
  return TRUE;
}

/* Reads rows of "id, addressed, acknowledged" from @stmt. */
static GArray *
read_groups (EmbDatabase   *db,
             EmbStatement  *stmt,
             GError       **error)
{
  g_autoptr(GArray) groups = NULL;
  gboolean has_row;

  groups = g_array_new (FALSE, TRUE, sizeof (EmbCoverageGroup));
  for (;;)
    {
      EmbCoverageGroup group;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      group.id = sqlite3_column_int64 (stmt, 0);
      group.coverage = emb_metrics_coverage_from_counts ((guint)sqlite3_column_int64 (stmt, 2),
                                                         (guint)sqlite3_column_int64 (stmt, 1));
      g_array_append_val (groups, group);
    }

  return g_steal_pointer (&groups);
}

/* Reads rows of "id, addressed, acknowledged" from @sql (see
 * prepare_coverage()). */
static GArray *
read_coverage_groups (EmbDatabase     *db,
                      const char      *sql,
                      const EmbTable  *table,
                      gint64           id,
                      GError         **error)
{
  g_autoptr(EmbStatement) stmt = prepare_coverage (db, sql, table, id, error);

  if (stmt == NULL)
    return NULL;
  return read_groups (db, stmt, error);
}

/* The employees a promise version (?1) addresses, as the table "addressed"
 * with @columns of employee e: the active ones whose role has a
 * responsibility at one of the version's touchpoints, or every active one
 * when it names none. */
#define VERSION_ADDRESSED(columns) \
  "WITH version_touchpoint AS (" \
  "  SELECT touchpoint_id FROM promise_version_touchpoint" \
  "  WHERE version_id = ?1)," \
  " addressed AS (" \
  "  SELECT " columns " FROM employee e" \
  "  WHERE e.active = 1" \
  "   AND (NOT EXISTS (SELECT 1 FROM version_touchpoint)" \
  "        OR e.role_id IN (SELECT r.role_id FROM responsibility r" \
  "          WHERE r.touchpoint_id IN" \
  "            (SELECT touchpoint_id FROM version_touchpoint))))"

/* The coverage of a promise version. An employee acknowledges a version at
 * most once (the unique index acknowledgement_promise), so the LEFT JOIN adds
 * no rows. */
#define VERSION_COVERAGE \
  VERSION_ADDRESSED ("e.id") \
  " SELECT count(*), count(k.id) FROM addressed e" \
  " LEFT JOIN acknowledgement k" \
  "  ON k.promise_version_id = ?1 AND k.employee_id = e.id"

/* The coverage of a promise version per group of the addressed employees:
 * the @column of employee that names a row of @table, by its name; those
 * without one last, as group 0. */
#define VERSION_COVERAGE_BY(column, table) \
  VERSION_ADDRESSED ("e.id, e." column) \
  " SELECT coalesce (e." column ", 0), count(*), count(k.id)" \
  " FROM addressed e" \
  " LEFT JOIN acknowledgement k" \
  "  ON k.promise_version_id = ?1 AND k.employee_id = e.id" \
  " LEFT JOIN " table " g ON g.id = e." column \
  " GROUP BY e." column \
  " ORDER BY g.id IS NULL, g.name COLLATE NOCASE, g.id"

/* Every published promise together, per department: the active employees
 * whom a version in force addresses (as VERSION_ADDRESSED), and of them
 * those who acknowledged each version that addresses them. */
#define PROMISES_COVERAGE_BY_DEPARTMENT \
  "WITH version AS (SELECT id FROM promise_version WHERE state = 'published')," \
  " addressed AS (" \
  "  SELECT e.id AS employee_id, e.department_id, v.id AS version_id" \
  "  FROM version v JOIN employee e ON e.active = 1" \
  "   AND (NOT EXISTS (SELECT 1 FROM promise_version_touchpoint pt" \
  "                    WHERE pt.version_id = v.id)" \
  "        OR e.role_id IN (SELECT r.role_id FROM responsibility r" \
  "          JOIN promise_version_touchpoint pt ON pt.touchpoint_id = r.touchpoint_id" \
  "          WHERE pt.version_id = v.id)))," \
  " person AS (" \
  "  SELECT a.employee_id, a.department_id, min (k.id IS NOT NULL) AS done" \
  "  FROM addressed a LEFT JOIN acknowledgement k" \
  "   ON k.promise_version_id = a.version_id AND k.employee_id = a.employee_id" \
  "  GROUP BY a.employee_id, a.department_id)" \
  " SELECT coalesce (p.department_id, 0), count(*), sum (p.done)" \
  " FROM person p LEFT JOIN department g ON g.id = p.department_id" \
  " GROUP BY p.department_id" \
  " ORDER BY g.id IS NULL, g.name COLLATE NOCASE, g.id"

/* The coverage of an announcement (?1): every active employee for the
 * audience "everyone", else those in its departments or roles. */
#define ANNOUNCEMENT_COVERAGE \
  "SELECT count(*), count(k.id)" \
  " FROM announcement n" \
  " JOIN employee e ON e.active = 1" \
  "  AND (n.audience = 'everyone'" \
  "   OR (n.audience = 'departments' AND e.department_id IN" \
  "       (SELECT department_id FROM announcement_department" \
  "        WHERE announcement_id = ?1))" \
  "   OR (n.audience = 'roles' AND e.role_id IN" \
  "       (SELECT role_id FROM announcement_role" \
  "        WHERE announcement_id = ?1)))" \
  " LEFT JOIN acknowledgement k" \
  "  ON k.announcement_id = n.id AND k.employee_id = e.id" \
  " WHERE n.id = ?1"

/* The coverage of a published value set (?1): every active employee. */
#define VALUES_COVERAGE \
  "SELECT count(*), count(k.id) FROM employee e" \
  " LEFT JOIN acknowledgement k" \
  "  ON k.value_set_id = ?1 AND k.employee_id = e.id" \
  " WHERE e.active = 1"

/**
 * emb_metrics_promise_coverage:
 * @version_id: a promise version
 * @out: (out caller-allocates): its acknowledgement coverage
 *
 * Addressed are the active employees whose role has a responsibility, at any
 * level, at one of the version's touchpoints; every active employee when the
 * version names no touchpoint. Acknowledgements by anyone else (inactive,
 * or in another role) do not count.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_DATABASE_ERROR_NOT_FOUND when
 *   the version does not exist, or another database error
 */
gboolean
emb_metrics_promise_coverage (EmbDatabase  *db,
                              gint64        version_id,
                              EmbCoverage  *out,
                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return read_coverage (db, VERSION_COVERAGE, &emb_table_promise_version, version_id, out, error);
}

/**
 * emb_metrics_promise_coverage_by_department:
 * @version_id: a promise version
 *
 * The coverage of emb_metrics_promise_coverage() per department of the
 * addressed employees (employee.department_id), by department name; addressed
 * employees without a department come last with id 0. Departments with no
 * addressed employee are not listed.
 *
 * Returns: (transfer full) (element-type EmbCoverageGroup): the groups, or
 *   %NULL with @error (%EMB_DATABASE_ERROR_NOT_FOUND for a missing version)
 */
GArray *
emb_metrics_promise_coverage_by_department (EmbDatabase  *db,
                                            gint64        version_id,
                                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return read_coverage_groups (db, VERSION_COVERAGE_BY ("department_id", "department"),
                               &emb_table_promise_version, version_id, error);
}

/**
 * emb_metrics_promise_coverage_by_role:
 * @version_id: a promise version
 *
 * The coverage of emb_metrics_promise_coverage() per role of the addressed
 * employees, by role name; addressed employees without a role (only when the
 * version names no touchpoint) come last with id 0. Roles with no addressed
 * employee are not listed.
 *
 * Returns: (transfer full) (element-type EmbCoverageGroup): the groups, or
 *   %NULL with @error (%EMB_DATABASE_ERROR_NOT_FOUND for a missing version)
 */
GArray *
emb_metrics_promise_coverage_by_role (EmbDatabase  *db,
                                      gint64        version_id,
                                      GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return read_coverage_groups (db, VERSION_COVERAGE_BY ("role_id", "role"),
                               &emb_table_promise_version, version_id, error);
}

/**
 * emb_metrics_promises_coverage_by_department:
 *
 * The coverage of the brand promise as a whole, per department of the
 * addressed employees, by department name (those without a department last,
 * with id 0): addressed are the active employees whom at least one
 * published promise version addresses (as in
 * emb_metrics_promise_coverage()), acknowledged those of them who
 * acknowledged every published version that addresses them. Departments
 * with no addressed employee are not listed; with no published promise,
 * none is.
 *
 * Returns: (transfer full) (element-type EmbCoverageGroup): the groups, or
 *   %NULL with @error
 */
GArray *
emb_metrics_promises_coverage_by_department (EmbDatabase  *db,
                                             GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db, PROMISES_COVERAGE_BY_DEPARTMENT, error);
  if (stmt == NULL)
    return NULL;
  return read_groups (db, stmt, error);
}

/**
 * emb_metrics_announcement_coverage:
 * @announcement_id: an announcement
 * @out: (out caller-allocates): its acknowledgement coverage
 *
 * Addressed are every active employee for the audience "everyone", else the
 * active employees in the listed departments (audience "departments") or
 * with the listed roles (audience "roles"). Whether the announcement asks
 * for acknowledgement does not change the count.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_DATABASE_ERROR_NOT_FOUND when
 *   the announcement does not exist, or another database error
 */
gboolean
emb_metrics_announcement_coverage (EmbDatabase  *db,
                                   gint64        announcement_id,
                                   EmbCoverage  *out,
                                   GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return read_coverage (db, ANNOUNCEMENT_COVERAGE, &emb_table_announcement, announcement_id,
                        out, error);
}

/**
 * emb_metrics_values_coverage:
 * @value_set_id: a published value set
 * @out: (out caller-allocates): its acknowledgement coverage
 *
 * Addressed are every active employee.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_DATABASE_ERROR_NOT_FOUND when
 *   the value set does not exist, or another database error
 */
gboolean
emb_metrics_values_coverage (EmbDatabase  *db,
                             gint64        value_set_id,
                             EmbCoverage  *out,
                             GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return read_coverage (db, VALUES_COVERAGE, &emb_table_value_set, value_set_id, out, error);
}
