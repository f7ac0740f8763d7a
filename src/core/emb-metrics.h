/* emb-metrics.h: NPS, CSAT, CES, acknowledgement coverage, pilot before/after
 *
 * The definitions, exactly (see also DOMAIN.md, "Metrics, exactly"):
 *
 * NPS: answers 0–10; promoters answer 9–10, passives 7–8, detractors 0–6.
 *   NPS = %promoters − %detractors as an integer −100…100. Rounding: the
 *   exact difference of the percentages, 100 × (P − D) / N, rounded half away
 *   from zero, computed in integer arithmetic (no floating point), so
 *   1 promoter + 2 passives = 33.33… → 33, 1 promoter + 7 passives = 12.5 → 13
 *   and 1 detractor + 7 passives = −12.5 → −13.
 * CSAT: answers 1–5; the share of 4s and 5s, in percent (not rounded).
 * CES: answers 1–7 (agreement that the company made it easy); the mean
 *   answer, and the share of 5–7 in percent (not rounded).
 * Acknowledgement coverage: acknowledged ÷ addressed, in percent (not
 *   rounded), where addressed are the *active* employees the item was
 *   addressed to and only their acknowledgements count:
 *   - a promise version: active employees whose role has a responsibility (at
 *     any level) at one of the version's touchpoints; when the version names
 *     no touchpoint, every active employee;
 *   - an announcement: every active employee for the audience "everyone",
 *     else the active employees whose department (employee.department_id) is
 *     one of the listed departments, or whose role is one of the listed roles;
 *   - a value set: every active employee.
 *   The brand promise as a whole (every published version together, by
 *   department): addressed are those whom at least one version addresses,
 *   acknowledged those who acknowledged every version that addresses them.
 *
 * Every result carries its sample size (the number of answers, or of
 * addressed employees) and is not valid when that is 0 (then every other
 * field is 0). A valid result over fewer than %EMB_METRICS_MIN_SAMPLE answers
 * should be shown with a warning: see emb_metrics_sample_is_small().
 *
 * Periods: a bound is a UTC date ("2026-03-01") or an ISO-8601 date and time
 * (any offset; it is converted to UTC). Periods are half-open, [from, to): a
 * date as a bound means the start of that day in UTC, so from "2026-03-01"
 * to "2026-04-01" is the whole of March. A %NULL bound leaves that side open.
 * A period whose from is not before its to is empty. Feedback is placed in
 * time by its received_at.
 *
 * Pilot wave before/after (emb_metrics_wave_before_after()), with the wave's
 * starts_on S and ends_on E (dates, both days inside the wave) and today T:
 * - the wave's period so far is the whole UTC days S … MIN (E, T), both
 *   included, so today's feedback counts; as a half-open range that is
 *   [S, MIN (E, T) + 1 day). Its length L = MIN (E, T) − S + 1 days.
 * - the baseline is the L whole days just before the wave: [S − L, S). So a
 *   wave of 1–10 March seen on 5 March compares 1–5 March with 24–28 Feb,
 *   and seen after it ended compares 1–10 March with 19–28 Feb.
 * - when T is before S the wave has not started: L = 0, both periods are
 *   empty ([S, S)) and nothing is counted.
 * - the wave's touchpoints: every touchpoint at which a role of the wave's
 *   department has a responsibility, at any level.
 * - the comparison group: every touchpoint at which a role of a department
 *   that is in no wave of the same pilot has a responsibility, minus the wave
 *   department's touchpoints (a touchpoint shared with another wave's
 *   department may stay in it, as long as the wave's own department does not
 *   serve it). Its metrics are computed over the same two periods.
 * - a group with no touchpoint has empty metrics (not "every touchpoint");
 *   feedback about no touchpoint is in neither group.
 *
 * The SQL aggregates read the database synchronously on the connection they
 * are given; each is one query over an index (feedback by received time, by
 * touchpoint, or by kind) that returns one row per answer value, turned into
 * the result by the pure functions below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-database.h"

G_BEGIN_DECLS

/* Below this many answers a metric is shown as indicative only. */
#define EMB_METRICS_MIN_SAMPLE 30

/* The sizes of the answer histograms. */
#define EMB_NPS_N_ANSWERS  11  /* counts[score], score 0–10 */
#define EMB_CSAT_N_ANSWERS  5  /* counts[score - 1], score 1–5 */
#define EMB_CES_N_ANSWERS   7  /* counts[score - 1], score 1–7 */

/**
 * EmbNps:
 * @promoters: answers 9–10
 * @passives: answers 7–8
 * @detractors: answers 0–6
 * @total: the sample size, all answers
 * @score: %promoters − %detractors, −100…100, rounded half away from zero
 * @valid: %FALSE when @total is 0
 */
typedef struct
{
  guint    promoters;
  guint    passives;
  guint    detractors;
  guint    total;
  int      score;
  gboolean valid;
} EmbNps;

/**
 * EmbCsat:
 * @satisfied: answers 4–5
 * @total: the sample size, all answers
 * @percent: 100 × @satisfied / @total
 * @valid: %FALSE when @total is 0
 */
typedef struct
{
  guint    satisfied;
  guint    total;
  double   percent;
  gboolean valid;
} EmbCsat;

/**
 * EmbCes:
 * @easy: answers 5–7
 * @total: the sample size, all answers
 * @mean: the mean answer, 1.0–7.0
 * @easy_percent: 100 × @easy / @total
 * @valid: %FALSE when @total is 0
 */
typedef struct
{
  guint    easy;
  guint    total;
  double   mean;
  double   easy_percent;
  gboolean valid;
} EmbCes;

/**
 * EmbCoverage:
 * @acknowledged: addressed active employees who acknowledged the item
 * @addressed: active employees the item was addressed to, the sample size
 * @percent: 100 × @acknowledged / @addressed
 * @valid: %FALSE when @addressed is 0
 */
typedef struct
{
  guint    acknowledged;
  guint    addressed;
  double   percent;
  gboolean valid;
} EmbCoverage;

/**
 * EmbMetricsScope:
 * @touchpoint_ids: (array length=n_touchpoints) (nullable): only feedback
 *   about these touchpoints
 * @n_touchpoints: the number of @touchpoint_ids; 0 means every touchpoint,
 *   and then feedback about no touchpoint counts too
 * @from: (nullable): only feedback received at or after this bound
 * @to: (nullable): only feedback received before this bound (excluded)
 *
 * Which feedback a metric is computed over. A %NULL scope is everything.
 */
typedef struct
{
  const gint64 *touchpoint_ids;
  guint         n_touchpoints;
  const char   *from;
  const char   *to;
} EmbMetricsScope;

#define EMB_METRICS_SCOPE_INIT { NULL, 0, NULL, NULL }

/* An element of emb_metrics_nps_by_touchpoint(). */
typedef struct
{
  gint64 touchpoint_id;
  EmbNps nps;
} EmbTouchpointNps;

/* An element of the coverage breakdowns: @id is a department or role id, or
 * 0 for addressed employees without one. */
typedef struct
{
  gint64      id;
  EmbCoverage coverage;
} EmbCoverageGroup;

/**
 * EmbPeriodMetrics:
 * @nps: NPS over the period, with its sample size
 * @csat: CSAT over the period, with its sample size
 * @ces: CES over the period, with its sample size
 * @complaints: the number of complaints received in the period
 */
typedef struct
{
  EmbNps  nps;
  EmbCsat csat;
  EmbCes  ces;
  guint   complaints;
} EmbPeriodMetrics;

/**
 * EmbGroupMetrics:
 * @n_touchpoints: how many touchpoints the group has; with none, every
 *   metric of the group is empty (it does not mean "all touchpoints")
 * @before: the baseline period
 * @after: the wave's period so far
 */
typedef struct
{
  guint            n_touchpoints;
  EmbPeriodMetrics before;
  EmbPeriodMetrics after;
} EmbGroupMetrics;

/**
 * EmbWaveBeforeAfter:
 * @started: %FALSE when the wave starts after "today": then @days is 0,
 *   both periods are empty and every metric is empty
 * @days: L, the length in days of each period
 * @before_from: first day of the baseline, starts_on − L ("YYYY-MM-DD")
 * @before_to: day after the baseline, starts_on (excluded)
 * @after_from: first day of the wave period, starts_on
 * @after_to: day after the wave period, MIN(ends_on, today) + 1 (excluded)
 * @wave: the touchpoints of the wave's department
 * @comparison: the comparison group's touchpoints
 *
 * The result of emb_metrics_wave_before_after(). Every period is a half-open
 * range of whole UTC days, [from, to), applied to feedback.received_at.
 */
typedef struct
{
  gboolean        started;
  guint           days;
  char            before_from[11];
  char            before_to[11];
  char            after_from[11];
  char            after_to[11];
  EmbGroupMetrics wave;
  EmbGroupMetrics comparison;
} EmbWaveBeforeAfter;

/**
 * EmbNpsPoint:
 * @start: the first day of the point's period (YYYY-MM-DD)
 * @nps: the NPS of that period
 *
 * A point of emb_metrics_nps_trend().
 */
typedef struct
{
  char   start[11];
  EmbNps nps;
} EmbNpsPoint;

/* Pure functions on counts */
EmbNps      emb_metrics_nps_from_histogram      (const guint              counts[EMB_NPS_N_ANSWERS]);
EmbCsat     emb_metrics_csat_from_histogram     (const guint              counts[EMB_CSAT_N_ANSWERS]);
EmbCes      emb_metrics_ces_from_histogram      (const guint              counts[EMB_CES_N_ANSWERS]);
EmbCoverage emb_metrics_coverage_from_counts    (guint                    acknowledged,
                                                 guint                    addressed);
gboolean    emb_metrics_sample_is_small         (guint                    n);

/* Customer feedback */
gboolean    emb_metrics_nps                     (EmbDatabase             *db,
                                                 const EmbMetricsScope   *scope,
                                                 EmbNps                  *out,
                                                 GError                 **error);
gboolean    emb_metrics_csat                    (EmbDatabase             *db,
                                                 const EmbMetricsScope   *scope,
                                                 EmbCsat                 *out,
                                                 GError                 **error);
gboolean    emb_metrics_ces                     (EmbDatabase             *db,
                                                 const EmbMetricsScope   *scope,
                                                 EmbCes                  *out,
                                                 GError                 **error);
gboolean    emb_metrics_complaints              (EmbDatabase             *db,
                                                 const EmbMetricsScope   *scope,
                                                 guint                   *out,
                                                 GError                 **error);
GArray     *emb_metrics_nps_by_touchpoint       (EmbDatabase             *db,
                                                 const char              *from,
                                                 const char              *to,
                                                 GError                 **error);
GArray     *emb_metrics_nps_trend               (EmbDatabase             *db,
                                                 const gint64            *touchpoint_ids,
                                                 guint                    n_touchpoints,
                                                 const char              *from,
                                                 const char              *to,
                                                 guint                    days_per_point,
                                                 GError                 **error);

/* Acknowledgement coverage */
gboolean    emb_metrics_promise_coverage        (EmbDatabase             *db,
                                                 gint64                   version_id,
                                                 EmbCoverage             *out,
                                                 GError                 **error);
GArray     *emb_metrics_promise_coverage_by_department (EmbDatabase      *db,
                                                 gint64                   version_id,
                                                 GError                 **error);
GArray     *emb_metrics_promise_coverage_by_role (EmbDatabase            *db,
                                                 gint64                   version_id,
                                                 GError                 **error);
GArray     *emb_metrics_promises_coverage_by_department (EmbDatabase     *db,
                                                 GError                 **error);
gboolean    emb_metrics_announcement_coverage   (EmbDatabase             *db,
                                                 gint64                   announcement_id,
                                                 EmbCoverage             *out,
                                                 GError                 **error);
gboolean    emb_metrics_values_coverage         (EmbDatabase             *db,
                                                 gint64                   value_set_id,
                                                 EmbCoverage             *out,
                                                 GError                 **error);

/* Autonomy pilots */
gboolean    emb_metrics_wave_before_after       (EmbDatabase             *db,
                                                 gint64                   wave_id,
                                                 const char              *today,
                                                 EmbWaveBeforeAfter       *out,
                                                 GError                 **error);

G_END_DECLS
