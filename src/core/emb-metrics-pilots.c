/* emb-metrics-pilots.c: customer metrics of a pilot wave before and after
 *
 * The wave's department's touchpoints and a comparison group, each over the
 * baseline before the wave and the period since its start (see
 * emb-metrics.h for every definition).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-metrics-private.h"
#include "emb-pilot-store.h"
#include "emb-records.h"
#include "emb-tables.h"

/* Autonomy pilots -------------------------------------------------------- */

static gboolean
period_metrics (EmbDatabase       *db,
                GArray            *touchpoints,
                const char        *from,
                const char        *to,
                EmbPeriodMetrics  *out,
                GError           **error)
{
  EmbMetricsScope scope = { (const gint64 *)(gpointer)touchpoints->data, touchpoints->len, from, to };

  memset (out, 0, sizeof *out);

  /* No touchpoints is an empty group, not every touchpoint. */
  if (touchpoints->len == 0)
    return TRUE;

  return emb_metrics_nps (db, &scope, &out->nps, error) &&
         emb_metrics_csat (db, &scope, &out->csat, error) &&
         emb_metrics_ces (db, &scope, &out->ces, error) &&
         emb_metrics_complaints (db, &scope, &out->complaints, error);
}

static gboolean
group_metrics (EmbDatabase              *db,
               GArray                   *touchpoints,
               const EmbWaveBeforeAfter  *periods,
               EmbGroupMetrics          *out,
               GError                  **error)
{
  out->n_touchpoints = touchpoints->len;
  return period_metrics (db, touchpoints, periods->before_from, periods->before_to,
                         &out->before, error) &&
         period_metrics (db, touchpoints, periods->after_from, periods->after_to,
                         &out->after, error);
}

/**
 * emb_metrics_wave_before_after:
 * @wave_id: a wave of an autonomy pilot
 * @today: (nullable): the current UTC date ("YYYY-MM-DD"), or %NULL for the
 *   system's
 * @out: (out caller-allocates): the comparison
 *
 * Customer metrics of the wave's department before and during its wave,
 * beside a comparison group over the same two periods. See
 * #EmbWaveBeforeAfter and emb-metrics.h for every definition.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_DATABASE_ERROR_NOT_FOUND when
 *   the wave does not exist, a validation error naming "today" when @today is
 *   not a date, or another database error
 */
gboolean
emb_metrics_wave_before_after (EmbDatabase        *db,
                               gint64              wave_id,
                               const char         *today,
                               EmbWaveBeforeAfter  *out,
                               GError            **error)
{
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GArray) wave_touchpoints = NULL;
  g_autoptr(GArray) comparison_touchpoints = NULL;
  g_autofree char *system_today = NULL;
  EmbWaveBeforeAfter result;
  GDate starts, ends, now, last;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  memset (&result, 0, sizeof result);

  if (today == NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_utc ();

      system_today = g_date_time_format (dt, "%Y-%m-%d");
      today = system_today;
    }
  if (!_emb_metrics_parse_date (today, &now))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "today",
                                _("“%s” must be a date written as YYYY-MM-DD, not “%s”."),
                                _("Today"), today);
      return FALSE;
    }

  wave = _emb_table_get (db, &emb_table_wave, wave_id, error);
  if (wave == NULL)
    return FALSE;
  if (!_emb_metrics_parse_date (emb_wave_get_starts_on (wave), &starts) ||
      !_emb_metrics_parse_date (emb_wave_get_ends_on (wave), &ends))
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT,
                   _("The wave’s period is not a pair of dates."));
      return FALSE;
    }

  /* The wave's period so far: [starts_on, MIN (ends_on, today)], whole days
   * both inclusive, L days long; the baseline is the L days just before. */
  last = g_date_compare (&ends, &now) <= 0 ? ends : now;
  _emb_metrics_format_date (&starts, result.after_from);
  _emb_metrics_format_date (&starts, result.before_to);
  if (g_date_compare (&last, &starts) < 0)
    {
      result.started = FALSE;
      result.days = 0;
      _emb_metrics_format_date (&starts, result.after_to);
      _emb_metrics_format_date (&starts, result.before_from);
    }
  else
    {
      GDate day = starts;

      result.started = TRUE;
      result.days = g_date_days_between (&starts, &last) + 1;
      g_date_add_days (&last, 1);
      _emb_metrics_format_date (&last, result.after_to);
      /* (A wave in the first days of year 1 gets a shorter baseline.) */
      if (g_date_get_julian (&day) > result.days)
        g_date_subtract_days (&day, result.days);
      else
        g_date_set_julian (&day, 1);
      _emb_metrics_format_date (&day, result.before_from);
    }

  /* The wave's department's touchpoints: where one of its roles has a
   * responsibility (the pilot store says). The comparison group: the
   * touchpoints where a role of a department outside every wave of the pilot
   * has a responsibility, minus the wave department's touchpoints; it reads
   * the wave (?1) itself. */
  wave_touchpoints = emb_pilot_store_list_wave_touchpoints (db, wave_id, error);
  if (wave_touchpoints == NULL)
    return FALSE;
  comparison_touchpoints = _emb_load_ids (db,
                                          "SELECT DISTINCT r.touchpoint_id FROM responsibility r"
                                          " JOIN role o ON o.id = r.role_id"
                                          " WHERE o.department_id NOT IN"
                                          "  (SELECT department_id FROM pilot_wave WHERE pilot_id ="
                                          "   (SELECT pilot_id FROM pilot_wave WHERE id = ?1))"
                                          " AND r.touchpoint_id NOT IN"
                                          "  (SELECT r2.touchpoint_id FROM responsibility r2"
                                          "   JOIN role o2 ON o2.id = r2.role_id"
                                          "   WHERE o2.department_id ="
                                          "    (SELECT department_id FROM pilot_wave WHERE id = ?1))"
                                          " ORDER BY r.touchpoint_id",
                                          wave_id, error);
  if (comparison_touchpoints == NULL)
    return FALSE;

  result.wave.n_touchpoints = wave_touchpoints->len;
  result.comparison.n_touchpoints = comparison_touchpoints->len;
  if (result.started &&
      (!group_metrics (db, wave_touchpoints, &result, &result.wave, error) ||
       !group_metrics (db, comparison_touchpoints, &result, &result.comparison, error)))
    return FALSE;

  *out = result;
  return TRUE;
}
