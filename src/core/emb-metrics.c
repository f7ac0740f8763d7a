/* emb-metrics.c: NPS, CSAT, CES, acknowledgement coverage, pilot before/after
 *
 * The pure functions that turn counts into the metrics, exactly as
 * emb-metrics.h defines them, and the dates the other parts share. The
 * figures read from the database are computed in emb-metrics-feedback.c
 * (customer feedback), emb-metrics-coverage.c (acknowledgement coverage) and
 * emb-metrics-pilots.c (a pilot wave before and after).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-metrics-private.h"

/* Pure functions --------------------------------------------------------- */

static double
percent_of (guint part,
            guint total)
{
  g_assert (total > 0);

  return 100.0 * (double)part / (double)total;
}

/* round (100 × (p − d) / n), half away from zero, in integers. */
static int
rounded_percent_difference (guint p,
                            guint d,
                            guint n)
{
  gint64 diff = (gint64)p - (gint64)d;
  guint64 magnitude = (guint64)(diff < 0 ? -diff : diff) * 100;
  gint64 rounded;

  g_assert (n > 0);

  rounded = (gint64)((2 * magnitude + n) / (2 * (guint64)n));
  return (int)(diff < 0 ? -rounded : rounded);
}

/**
 * emb_metrics_nps_from_histogram:
 * @counts: (array fixed-size=11): how many customers answered 0, 1, … 10
 *
 * Returns: the Net Promoter Score of the answers (see emb-metrics.h for the
 *   rounding); not valid when there are no answers
 */
EmbNps
emb_metrics_nps_from_histogram (const guint counts[EMB_NPS_N_ANSWERS])
{
  EmbNps nps = { 0, };

  g_return_val_if_fail (counts != NULL, nps);

  for (guint score = 0; score < EMB_NPS_N_ANSWERS; score++)
    {
      if (score >= 9)
        nps.promoters += counts[score];
      else if (score >= 7)
        nps.passives += counts[score];
      else
        nps.detractors += counts[score];
    }
  nps.total = nps.promoters + nps.passives + nps.detractors;
  nps.valid = nps.total > 0;
  if (nps.valid)
    nps.score = rounded_percent_difference (nps.promoters, nps.detractors, nps.total);

  return nps;
}

/**
 * emb_metrics_csat_from_histogram:
 * @counts: (array fixed-size=5): how many customers answered 1, 2, … 5
 *   (@counts[0] holds the 1s)
 *
 * Returns: the share of 4s and 5s; not valid when there are no answers
 */
EmbCsat
emb_metrics_csat_from_histogram (const guint counts[EMB_CSAT_N_ANSWERS])
{
  EmbCsat csat = { 0, };

  g_return_val_if_fail (counts != NULL, csat);

  for (guint i = 0; i < EMB_CSAT_N_ANSWERS; i++)
    {
      csat.total += counts[i];
      if (i + 1 >= 4)
        csat.satisfied += counts[i];
    }
  csat.valid = csat.total > 0;
  if (csat.valid)
    csat.percent = percent_of (csat.satisfied, csat.total);

  return csat;
}

/**
 * emb_metrics_ces_from_histogram:
 * @counts: (array fixed-size=7): how many customers answered 1, 2, … 7
 *   (@counts[0] holds the 1s)
 *
 * Returns: the mean answer and the share of 5–7; not valid when there are no
 *   answers
 */
EmbCes
emb_metrics_ces_from_histogram (const guint counts[EMB_CES_N_ANSWERS])
{
  EmbCes ces = { 0, };
  guint64 sum = 0;

  g_return_val_if_fail (counts != NULL, ces);

  for (guint i = 0; i < EMB_CES_N_ANSWERS; i++)
    {
      ces.total += counts[i];
      sum += (guint64)counts[i] * (i + 1);
      if (i + 1 >= 5)
        ces.easy += counts[i];
    }
  ces.valid = ces.total > 0;
  if (ces.valid)
    {
      ces.mean = (double)sum / (double)ces.total;
      ces.easy_percent = percent_of (ces.easy, ces.total);
    }

  return ces;
}

/**
 * emb_metrics_coverage_from_counts:
 * @acknowledged: how many of the addressed acknowledged, at most @addressed
 * @addressed: how many employees the item was addressed to
 *
 * Returns: the coverage; not valid when nobody was addressed
 */
EmbCoverage
emb_metrics_coverage_from_counts (guint acknowledged,
                                  guint addressed)
{
  EmbCoverage coverage = { 0, };

  g_return_val_if_fail (acknowledged <= addressed, coverage);

  coverage.acknowledged = acknowledged;
  coverage.addressed = addressed;
  coverage.valid = addressed > 0;
  if (coverage.valid)
    coverage.percent = percent_of (acknowledged, addressed);

  return coverage;
}

/**
 * emb_metrics_sample_is_small:
 * @n: a sample size
 *
 * Returns: whether a metric over @n answers is too small a sample to be more
 *   than indicative (fewer than %EMB_METRICS_MIN_SAMPLE)
 */
gboolean
emb_metrics_sample_is_small (guint n)
{
  return n < EMB_METRICS_MIN_SAMPLE;
}

/* Dates ------------------------------------------------------------------ */

/* A strict "YYYY-MM-DD": four, two and two digits, and a real day. */
gboolean
_emb_metrics_parse_date (const char *text,
                         GDate      *date)
{
  guint y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = (guint)g_ascii_strtoull (text, NULL, 10);
  m = (guint)g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint)g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* @date as "YYYY-MM-DD". */
void
_emb_metrics_format_date (const GDate *date,
                          char         out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u",
              (guint)g_date_get_year (date), (guint)g_date_get_month (date),
              (guint)g_date_get_day (date));
}
