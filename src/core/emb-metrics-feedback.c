/* emb-metrics-feedback.c: NPS, CSAT, CES and complaints of customer feedback
 *
 * Over a scope (a period and, or not, a list of touchpoints): the whole UTC
 * days from the per-day counts the triggers keep (feedback_day), the
 * partial days at the ends of the period from the feedback itself; per
 * touchpoint; and as a trend of consecutive periods.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-metrics-private.h"
#include "emb-query-model-private.h"
#include "emb-records.h"
#include "emb-tables.h"

/* Scopes ----------------------------------------------------------------- */

/* Bounds that leave a side of the period open: every stored timestamp or
 * date starts with a digit, so it sorts at or after "" and before "~". */
#define OPEN_FROM ""
#define OPEN_TO   "~"

/* Turns a period bound into the text it is compared with: a date stays a
 * date (it sorts before every timestamp of that day and after every one of
 * the day before, so it means midnight UTC); a date and time becomes the
 * stored form, UTC with milliseconds ("2026-03-01T09:30:00.000Z"). */
static char *
normalize_bound (const char  *value,
                 const char  *open,
                 const char  *field,
                 const char  *label,
                 GError     **error)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) in_utc = NULL;
  g_autofree char *base = NULL;
  GDate date;

  if (value == NULL)
    return g_strdup (open);

  if (_emb_metrics_parse_date (value, &date))
    return g_strdup (value);

  utc = g_time_zone_new_utc ();
  dt = g_date_time_new_from_iso8601 (value, utc);
  if (dt == NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” must be a date such as 2026-01-31 or a date and "
                                  "time such as 2026-01-31T09:30:00Z, not “%s”."),
                                label, value);
      return NULL;
    }
  in_utc = g_date_time_to_utc (dt);
  base = g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (in_utc) / 1000);
}

/* A scope, ready to bind: ?1 from, ?2 to and, with touchpoints, ?4 the ids
 * as a JSON array. */
typedef struct
{
  char     *from;
  char     *to;
  char     *touchpoints;  /* NULL for every touchpoint */
} BoundScope;

static void
bound_scope_clear (BoundScope *bound)
{
  g_clear_pointer (&bound->from, g_free);
  g_clear_pointer (&bound->to, g_free);
  g_clear_pointer (&bound->touchpoints, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BoundScope, bound_scope_clear)

static gboolean
bound_scope_init (BoundScope             *bound,
                  const EmbMetricsScope  *scope,
                  GError                **error)
{
  const EmbMetricsScope everything = EMB_METRICS_SCOPE_INIT;

  /* Every public function over a scope comes here first. */
  g_return_val_if_fail (scope == NULL || scope->n_touchpoints == 0 ||
                        scope->touchpoint_ids != NULL, FALSE);

  if (scope == NULL)
    scope = &everything;

  bound->from = normalize_bound (scope->from, OPEN_FROM, "from", _("From"), error);
  if (bound->from == NULL)
    return FALSE;
  bound->to = normalize_bound (scope->to, OPEN_TO, "to", _("To"), error);
  if (bound->to == NULL)
    return FALSE;

  /* The touchpoint ids travel as one bound parameter, a JSON array, so a
   * list of any length uses the same cached statement. */
  if (scope->n_touchpoints > 0)
    bound->touchpoints = _emb_ids_json (scope->touchpoint_ids, scope->n_touchpoints);

  return TRUE;
}

/* Whole days and partial days ------------------------------------------- */

/* A period [from, to) splits into the whole UTC days it covers, whose
 * answers feedback_day holds (schema version 3), and at most two partial
 * days at its ends, read from feedback itself. A date bound is midnight UTC,
 * so a period between two dates is whole days only. */
typedef struct
{
  char       *days_from;    /* NULL when the period covers no whole day */
  char       *days_to;
  const char *edges[2][2];  /* [from, to) of each partial day, or NULLs */
} Split;

static void
split_clear (Split *split)
{
  g_clear_pointer (&split->days_from, g_free);
  g_clear_pointer (&split->days_to, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Split, split_clear)

/* The day after the date at the start of @timestamp. */
static char *
next_day (const char *timestamp)
{
  g_autofree char *day = g_strndup (timestamp, 10);
  char next[11];
  GDate date;

  if (!_emb_metrics_parse_date (day, &date))
    return NULL;
  g_date_add_days (&date, 1);
  _emb_metrics_format_date (&date, next);
  return g_strdup (next);
}

static void
split_period (const BoundScope *bound,
              Split            *split)
{
  gboolean from_is_day = strlen (bound->from) <= 10;   /* "" or a date */
  gboolean to_is_day = strlen (bound->to) <= 10;       /* "~" or a date */
  g_autofree char *days_from = from_is_day ? g_strdup (bound->from) : next_day (bound->from);
  g_autofree char *days_to = to_is_day ? g_strdup (bound->to) : g_strndup (bound->to, 10);

  memset (split, 0, sizeof *split);

  if (days_from == NULL || strcmp (days_from, days_to) >= 0)
    {
      /* Less than a day: all of it from feedback. */
      split->edges[0][0] = bound->from;
      split->edges[0][1] = bound->to;
      return;
    }

  split->days_from = g_steal_pointer (&days_from);
  split->days_to = g_steal_pointer (&days_to);
  if (!from_is_day)
    {
      split->edges[0][0] = bound->from;
      split->edges[0][1] = split->days_from;
    }
  if (!to_is_day)
    {
      split->edges[1][0] = split->days_to;
      split->edges[1][1] = bound->to;
    }
}

/* Customer feedback ------------------------------------------------------ */

/* The histogram of whole days: over feedback_day_by_day (score_type, day)
 * for every touchpoint, and over its key (touchpoint_id, score_type, day)
 * for a list. SQLite only: json_each() unpacks the list of ids (PostgreSQL
 * would say "= ANY (?4)"). */
#define HISTOGRAM_COLUMNS \
  "SELECT total (s0), total (s1), total (s2), total (s3), total (s4), total (s5)," \
  " total (s6), total (s7), total (s8), total (s9), total (s10) FROM feedback_day"
#define DAYS_ALL \
  HISTOGRAM_COLUMNS " WHERE score_type = ?3 AND day >= ?1 AND day < ?2"
#define DAYS_AT_TOUCHPOINTS \
  HISTOGRAM_COLUMNS " WHERE touchpoint_id IN (SELECT value FROM json_each (?4))" \
  " AND score_type = ?3 AND day >= ?1 AND day < ?2"

/* The answers of a partial day: one row per answer value, over
 * feedback_by_score (score_type, received_at, score) for every touchpoint and
 * over feedback_by_touchpoint (touchpoint_id, received_at) for a list. */
#define SCORES_ALL \
  "SELECT score, count(*) FROM feedback" \
  " WHERE received_at >= ?1 AND received_at < ?2 AND score_type = ?3" \
  " GROUP BY score"
#define SCORES_AT_TOUCHPOINTS \
  "SELECT score, count(*) FROM feedback" \
  " WHERE touchpoint_id IN (SELECT value FROM json_each (?4))" \
  " AND received_at >= ?1 AND received_at < ?2 AND score_type = ?3" \
  " GROUP BY score"

/* A statement of this section in its two forms: over every touchpoint, and
 * over a list of them bound as ?4. */
typedef struct
{
  const char *all;
  const char *at_touchpoints;
} SpanSql;

static const SpanSql days_sql = { DAYS_ALL, DAYS_AT_TOUCHPOINTS };
static const SpanSql scores_sql = { SCORES_ALL, SCORES_AT_TOUCHPOINTS };

/* Prepares one of the statements of this section over [@from, @to) with
 * ?3 @what (a kind of score or of feedback) and, for a list, ?4 the
 * touchpoints. */
static EmbStatement *
prepare_span (EmbDatabase    *db,
              const SpanSql  *sql,
              const char     *from,
              const char     *to,
              const char     *what,
              const char     *touchpoints,
              GError        **error)
{
  EmbStatement *stmt;

  stmt = _emb_database_prepare (db, touchpoints != NULL ? sql->at_touchpoints : sql->all, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, from);
  _emb_bind_text (stmt, 2, to);
  if (what != NULL)
    _emb_bind_text (stmt, 3, what);
  if (touchpoints != NULL)
    _emb_bind_text (stmt, 4, touchpoints);
  return stmt;
}

/* The answers of one kind of score: @counts[score - @lowest] for each. */
typedef struct
{
  const char *score_type;
  int         lowest;
  guint      *counts;
  guint       n_counts;
} Histogram;

static gboolean
add_day_histogram (EmbDatabase   *db,
                   const Split   *split,
                   const char    *touchpoints,
                   Histogram     *histogram,
                   GError       **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  int lowest = histogram->lowest;
  gboolean has_row;

  stmt = prepare_span (db, &days_sql, split->days_from, split->days_to,
                       histogram->score_type, touchpoints, error);
  if (stmt == NULL || !_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  for (guint i = 0; has_row && i < histogram->n_counts && lowest + (int)i <= 10; i++)
    histogram->counts[i] += (guint)sqlite3_column_int64 (stmt, lowest + (int)i);
  return TRUE;
}

static gboolean
add_edge_histogram (EmbDatabase   *db,
                    const char    *from,
                    const char    *to,
                    const char    *touchpoints,
                    Histogram     *histogram,
                    GError       **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  stmt = prepare_span (db, &scores_sql, from, to, histogram->score_type, touchpoints, error);
  if (stmt == NULL)
    return FALSE;

  for (;;)
    {
      gint64 index;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      /* The schema's CHECK keeps every score in its range; skip anything
       * else rather than write out of bounds. */
      index = sqlite3_column_int64 (stmt, 0) - histogram->lowest;
      if (sqlite3_column_type (stmt, 0) == SQLITE_INTEGER &&
          index >= 0 && index < histogram->n_counts)
        histogram->counts[index] += (guint)sqlite3_column_int64 (stmt, 1);
    }

  return TRUE;
}

/* Fills @histogram for the answers in @bound: the whole days from
 * feedback_day, the partial days from feedback. */
static gboolean
bound_histogram (EmbDatabase       *db,
                 const BoundScope  *bound,
                 Histogram         *histogram,
                 GError           **error)
{
  g_auto(Split) split = { NULL, };

  memset (histogram->counts, 0, histogram->n_counts * sizeof (guint));
  split_period (bound, &split);

  if (split.days_from != NULL &&
      !add_day_histogram (db, &split, bound->touchpoints, histogram, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (split.edges); i++)
    if (split.edges[i][0] != NULL &&
        !add_edge_histogram (db, split.edges[i][0], split.edges[i][1], bound->touchpoints,
                             histogram, error))
      return FALSE;

  return TRUE;
}

/* Fills @histogram for the answers in @scope; on failure its counts are
 * zero, which give a result that is not valid. */
static gboolean
load_histogram (EmbDatabase            *db,
                const EmbMetricsScope  *scope,
                Histogram              *histogram,
                GError                **error)
{
  g_auto(BoundScope) bound = { NULL, };

  memset (histogram->counts, 0, histogram->n_counts * sizeof (guint));

  if (!bound_scope_init (&bound, scope, error) ||
      !bound_histogram (db, &bound, histogram, error))
    {
      memset (histogram->counts, 0, histogram->n_counts * sizeof (guint));
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_metrics_nps:
 * @scope: (nullable): which feedback, or %NULL for all of it
 * @out: (out caller-allocates): the NPS of the feedback with an NPS answer
 *
 * Returns: %TRUE on success; %FALSE with @error when a bound of @scope is
 *   not a date or timestamp (a validation error naming "from" or "to") or
 *   the database fails
 */
gboolean
emb_metrics_nps (EmbDatabase            *db,
                 const EmbMetricsScope  *scope,
                 EmbNps                 *out,
                 GError                **error)
{
  guint counts[EMB_NPS_N_ANSWERS];
  gboolean ok;
  Histogram histogram = { "nps", 0, counts, G_N_ELEMENTS (counts) };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  ok = load_histogram (db, scope, &histogram, error);
  *out = emb_metrics_nps_from_histogram (counts);
  return ok;
}

/**
 * emb_metrics_csat:
 * @scope: (nullable): which feedback, or %NULL for all of it
 * @out: (out caller-allocates): the CSAT of the feedback with a CSAT answer
 *
 * Returns: %TRUE on success, else %FALSE with @error (see emb_metrics_nps())
 */
gboolean
emb_metrics_csat (EmbDatabase            *db,
                  const EmbMetricsScope  *scope,
                  EmbCsat                *out,
                  GError                **error)
{
  guint counts[EMB_CSAT_N_ANSWERS];
  gboolean ok;
  Histogram histogram = { "csat", 1, counts, G_N_ELEMENTS (counts) };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  ok = load_histogram (db, scope, &histogram, error);
  *out = emb_metrics_csat_from_histogram (counts);
  return ok;
}

/**
 * emb_metrics_ces:
 * @scope: (nullable): which feedback, or %NULL for all of it
 * @out: (out caller-allocates): the CES of the feedback with a CES answer
 *
 * Returns: %TRUE on success, else %FALSE with @error (see emb_metrics_nps())
 */
gboolean
emb_metrics_ces (EmbDatabase            *db,
                 const EmbMetricsScope  *scope,
                 EmbCes                 *out,
                 GError                **error)
{
  guint counts[EMB_CES_N_ANSWERS];
  gboolean ok;
  Histogram histogram = { "ces", 1, counts, G_N_ELEMENTS (counts) };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  ok = load_histogram (db, scope, &histogram, error);
  *out = emb_metrics_ces_from_histogram (counts);
  return ok;
}

#define COMPLAINT_DAYS_ALL \
  "SELECT total (complaints) FROM feedback_day WHERE day >= ?1 AND day < ?2"
#define COMPLAINT_DAYS_AT_TOUCHPOINTS \
  "SELECT total (complaints) FROM feedback_day" \
  " WHERE touchpoint_id IN (SELECT value FROM json_each (?4)) AND day >= ?1 AND day < ?2"
#define COMPLAINTS_ALL \
  "SELECT count(*) FROM feedback WHERE kind = ?3 AND received_at >= ?1 AND received_at < ?2"
#define COMPLAINTS_AT_TOUCHPOINTS \
  "SELECT count(*) FROM feedback WHERE kind = ?3 AND received_at >= ?1 AND received_at < ?2" \
  " AND touchpoint_id IN (SELECT value FROM json_each (?4))"

static const SpanSql complaint_days_sql = { COMPLAINT_DAYS_ALL, COMPLAINT_DAYS_AT_TOUCHPOINTS };
static const SpanSql complaints_sql = { COMPLAINTS_ALL, COMPLAINTS_AT_TOUCHPOINTS };

/* Adds the one number a statement of prepare_span() returns to @out. */
static gboolean
add_count (EmbDatabase    *db,
           const SpanSql  *sql,
           const char     *from,
           const char     *to,
           const char     *what,
           const char     *touchpoints,
           guint          *out,
           GError        **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  stmt = prepare_span (db, sql, from, to, what, touchpoints, error);
  if (stmt == NULL || !_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *out += (guint)sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/**
 * emb_metrics_complaints:
 * @scope: (nullable): which feedback, or %NULL for all of it
 * @out: (out): the number of complaints (feedback of kind "complaint")
 *
 * Returns: %TRUE on success, else %FALSE with @error (see emb_metrics_nps())
 */
gboolean
emb_metrics_complaints (EmbDatabase            *db,
                        const EmbMetricsScope  *scope,
                        guint                  *out,
                        GError                **error)
{
  g_auto(BoundScope) bound = { NULL, };
  g_auto(Split) split = { NULL, };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = 0;
  if (!bound_scope_init (&bound, scope, error))
    return FALSE;
  split_period (&bound, &split);

  /* Whole days: every kind of score of the day counts its complaints; the
   * partial days count over feedback_by_kind (kind, received_at). */
  if (split.days_from != NULL &&
      !add_count (db, &complaint_days_sql, split.days_from, split.days_to, NULL,
                  bound.touchpoints, out, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (split.edges); i++)
    if (split.edges[i][0] != NULL &&
        !add_count (db, &complaints_sql, split.edges[i][0], split.edges[i][1], "complaint",
                    bound.touchpoints, out, error))
      return FALSE;

  return TRUE;
}

/**
 * emb_metrics_nps_by_touchpoint:
 * @from: (nullable): only feedback received at or after this bound
 * @to: (nullable): only feedback received before this bound
 *
 * The NPS of every touchpoint, in journey order (stage, then touchpoint
 * position), from one grouped query. A touchpoint without an NPS answer in
 * the period is listed with a result that is not valid.
 *
 * Returns: (transfer full) (element-type EmbTouchpointNps): the results, or
 *   %NULL with @error
 */
GArray *
emb_metrics_nps_by_touchpoint (EmbDatabase  *db,
                               const char   *from,
                               const char   *to,
                               GError      **error)
{
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) ids = NULL;
  g_auto(BoundScope) bound = { NULL, };
  EmbMetricsScope scope = { NULL, 0, from, to };

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!bound_scope_init (&bound, &scope, error))
    return NULL;

  ids = _emb_load_ids (db,
                       "SELECT t.id FROM touchpoint t"
                       " JOIN journey_stage s ON s.id = t.stage_id"
                       " ORDER BY s.position, s.id, t.position, t.id",
                       0, error);
  if (ids == NULL)
    return NULL;

  /* One histogram per touchpoint, each a range of feedback_day's key
   * (touchpoint_id, score_type, day): no sorting of a million answers. */
  results = g_array_sized_new (FALSE, TRUE, sizeof (EmbTouchpointNps), ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      guint counts[EMB_NPS_N_ANSWERS];
      Histogram histogram = { "nps", 0, counts, G_N_ELEMENTS (counts) };
      EmbTouchpointNps item = { g_array_index (ids, gint64, i), };

      g_free (bound.touchpoints);
      bound.touchpoints = g_strdup_printf ("[%" G_GINT64_FORMAT "]", item.touchpoint_id);
      if (!bound_histogram (db, &bound, &histogram, error))
        return NULL;
      item.nps = emb_metrics_nps_from_histogram (counts);
      g_array_append_val (results, item);
    }

  return g_steal_pointer (&results);
}

/* The most points a trend has: ten years of weeks. */
#define MAX_TREND_POINTS 520

/**
 * emb_metrics_nps_trend:
 * @touchpoint_ids: (array length=n_touchpoints) (nullable): the touchpoints,
 *   or %NULL for feedback at every touchpoint
 * @n_touchpoints: how many ids @touchpoint_ids holds
 * @from: the first day (YYYY-MM-DD, UTC)
 * @to: the day after the last (YYYY-MM-DD, UTC)
 * @days_per_point: the length of each point's period, 7 for weekly
 *
 * The NPS over consecutive periods of @days_per_point days from @from until
 * @to (the last one ends at @to), each read from the per-day counts: a chart
 * of a year of weeks reads 52 ranges of feedback_day.
 *
 * Returns: (transfer full) (element-type EmbNpsPoint): one point per period,
 *   whose NPS is not valid when it has no answer; or %NULL with a
 *   validation error naming "from", "to" or "days-per-point", or a database
 *   error
 */
GArray *
emb_metrics_nps_trend (EmbDatabase   *db,
                       const gint64  *touchpoint_ids,
                       guint          n_touchpoints,
                       const char    *from,
                       const char    *to,
                       guint          days_per_point,
                       GError       **error)
{
  g_autoptr(GArray) points = NULL;
  GDate start, end;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (n_touchpoints == 0 || touchpoint_ids != NULL, NULL);

  if (!_emb_metrics_parse_date (from, &start))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "from",
                                _("“%s” must be a date such as 2026-01-31, not “%s”."),
                                _("From"), from != NULL ? from : "");
      return NULL;
    }
  if (!_emb_metrics_parse_date (to, &end))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "to",
                                _("“%s” must be a date such as 2026-01-31, not “%s”."),
                                _("To"), to != NULL ? to : "");
      return NULL;
    }
  if (days_per_point == 0 ||
      (g_date_compare (&start, &end) < 0 &&
       (g_date_days_between (&start, &end) + days_per_point - 1) / days_per_point > MAX_TREND_POINTS))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "days-per-point",
                                g_dngettext (GETTEXT_PACKAGE,
                                             "A trend has at most %d point; choose longer periods.",
                                             "A trend has at most %d points; choose longer periods.",
                                             MAX_TREND_POINTS),
                                MAX_TREND_POINTS);
      return NULL;
    }

  points = g_array_new (FALSE, TRUE, sizeof (EmbNpsPoint));
  while (g_date_compare (&start, &end) < 0)
    {
      EmbMetricsScope scope = { touchpoint_ids, n_touchpoints, NULL, NULL };
      EmbNpsPoint point = { { 0, }, };
      char until[11];
      GDate next = start;

      g_date_add_days (&next, days_per_point);
      if (g_date_compare (&next, &end) > 0)
        next = end;
      _emb_metrics_format_date (&start, point.start);
      _emb_metrics_format_date (&next, until);
      scope.from = point.start;
      scope.to = until;

      if (!emb_metrics_nps (db, &scope, &point.nps, error))
        return NULL;
      g_array_append_val (points, point);
      start = next;
    }

  return g_steal_pointer (&points);
}
