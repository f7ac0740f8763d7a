/* emb-kiosk-content-figures.c: the kiosk's slides of programme figures
 *
 * The NPS of each of the last six calendar months (UTC, the current one so
 * far), the acknowledgement coverage of the published promises by
 * department, and where each running autonomy pilot's waves stand. A
 * figure over fewer answers or people than the anonymity threshold is left
 * out, whatever else is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "emb-kiosk-content-private.h"
#include "emb-metrics.h"
#include "emb-pilot-store.h"
#include "emb-records.h"
#include "emb-tables.h"

#define NPS_MONTHS 6

/* The NPS trend ------------------------------------------------------------ */

static gboolean
add_month (EmbKioskContext  *ctx,
           EmbKioskSlide    *slide,
           GDateTime        *start,
           GError          **error)
{
  g_autoptr(GDateTime) next = g_date_time_add_months (start, 1);
  g_autofree char *from = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *to = NULL;
  g_autofree char *label = NULL;
  EmbMetricsScope scope = EMB_METRICS_SCOPE_INIT;
  EmbNps nps;

  /* The current month counts until now. */
  if (g_date_time_compare (next, ctx->now) > 0)
    to = g_date_time_format_iso8601 (ctx->now);
  else
    to = g_date_time_format (next, "%Y-%m-%d");
  scope.from = from;
  scope.to = to;
  if (!emb_metrics_nps (ctx->db, &scope, &nps, error))
    return FALSE;
  if (!nps.valid || nps.total < ctx->threshold)
    return TRUE;

  /* The month as the rest of the programme names one. */
  label = g_date_time_format (start, _("%OB %Y"));
  emb_kiosk_slide_add_figure (slide, label, nps.score, nps.total);
  return TRUE;
}

gboolean
_emb_kiosk_load_nps_trend (EmbKioskContext  *ctx,
                           GError          **error)
{
  g_autoptr(GDateTime) this_month = NULL;
  EmbKioskSlide *slide;

  this_month = g_date_time_new_utc (g_date_time_get_year (ctx->now),
                                    g_date_time_get_month (ctx->now), 1, 0, 0, 0);
  slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_NPS_TREND, "nps-trend",
                               _("Net Promoter Score"));
  for (int i = NPS_MONTHS - 1; i >= 0; i--)
    {
      g_autoptr(GDateTime) start = g_date_time_add_months (this_month, -i);

      if (!add_month (ctx, slide, start, error))
        {
          emb_kiosk_slide_unref (slide);
          return FALSE;
        }
    }
  _emb_kiosk_add_slide (ctx, slide);
  return TRUE;
}

/* Acknowledgement coverage ------------------------------------------------- */

gboolean
_emb_kiosk_load_coverage (EmbKioskContext  *ctx,
                          GError          **error)
{
  g_autoptr(GArray) groups = emb_metrics_promises_coverage_by_department (ctx->db, error);
  EmbKioskSlide *slide;

  if (groups == NULL)
    return FALSE;

  slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_COVERAGE, "coverage",
                               _("Who has acknowledged the promise"));
  for (guint i = 0; i < groups->len; i++)
    {
      const EmbCoverageGroup *group = &g_array_index (groups, EmbCoverageGroup, i);
      const char *department = _emb_kiosk_name (ctx, &emb_table_department, group->id);

      /* People without a department are no department to show. */
      if (department != NULL && group->coverage.valid &&
          group->coverage.addressed >= ctx->threshold)
        emb_kiosk_slide_add_figure (slide, department, group->coverage.percent,
                                    group->coverage.addressed);
    }
  _emb_kiosk_add_slide (ctx, slide);
  return TRUE;
}

/* Autonomy pilots ---------------------------------------------------------- */

/* Where a wave stands, by its status: not started, running until its last
 * day, or done (evaluated or rolled out). */
static char *
wave_text (EmbWave *wave)
{
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *date = NULL;
  int y, m, d;

  switch (emb_wave_get_status (wave))
    {
    case EMB_WAVE_STATUS_PLANNED:
      return g_strdup (C_("pilot wave on the kiosk", "Not started yet"));
    case EMB_WAVE_STATUS_RUNNING:
      break;
    case EMB_WAVE_STATUS_EVALUATED:
    case EMB_WAVE_STATUS_ROLLED_OUT:
    default:
      return g_strdup (C_("pilot wave on the kiosk", "Done"));
    }

  if (sscanf (emb_wave_get_ends_on (wave), "%d-%d-%d", &y, &m, &d) != 3 ||
      (ends = g_date_time_new_utc (y, m, d, 0, 0, 0)) == NULL)
    return g_strdup (C_("pilot wave on the kiosk", "Running"));
  /* The day as the rest of the programme writes one. */
  date = g_date_time_format (ends, _("%-d %B %Y"));
  /* TRANSLATORS: a pilot wave on the kiosk; %s is its last day. */
  return g_strdup_printf (C_("pilot wave on the kiosk", "Running until %s"), date);
}

static gboolean
add_pilot (EmbKioskContext  *ctx,
           EmbPilot         *pilot,
           GError          **error)
{
  gint64 pilot_id = emb_record_get_id (EMB_RECORD (pilot));
  g_autoptr(GListModel) waves = emb_pilot_store_list_waves (ctx->db, pilot_id, error);
  g_autofree char *key = NULL;
  EmbKioskSlide *slide;
  gboolean running = FALSE;

  if (waves == NULL)
    return FALSE;

  key = g_strconcat ("pilot:", emb_record_get_uuid (EMB_RECORD (pilot)), NULL);
  slide = emb_kiosk_slide_new (EMB_KIOSK_SLIDE_PILOT, key, emb_pilot_get_name (pilot));
  emb_kiosk_slide_set_subtitle (slide, emb_pilot_get_principle (pilot));
  for (guint i = 0; i < g_list_model_get_n_items (waves); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (waves, i);
      g_autofree char *text = wave_text (wave);

      running |= emb_wave_get_status (wave) == EMB_WAVE_STATUS_RUNNING;
      /* The value is the wave's status, which the slide view draws. */
      emb_kiosk_slide_add_item_full (slide,
                                     _emb_kiosk_name (ctx, &emb_table_department,
                                                      emb_wave_get_department_id (wave)),
                                     text, emb_wave_get_status (wave), 0);
    }

  /* Only a pilot with a wave running now is news. */
  if (running)
    _emb_kiosk_add_slide (ctx, slide);
  else
    emb_kiosk_slide_unref (slide);
  return TRUE;
}

gboolean
_emb_kiosk_load_pilots (EmbKioskContext  *ctx,
                        GError          **error)
{
  g_autoptr(GListModel) pilots = emb_pilot_store_list_pilots (ctx->db, error);

  if (pilots == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (pilots); i++)
    {
      g_autoptr(EmbPilot) pilot = g_list_model_get_item (pilots, i);

      if (!add_pilot (ctx, pilot, error))
        return FALSE;
    }
  return TRUE;
}
