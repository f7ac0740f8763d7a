/* emb-wave-comparison.c: customer metrics before and during a pilot wave
 *
 * For the wave given by "wave-id": a table of NPS, CSAT, CES and complaints
 * of the touchpoints the wave's department serves, over the baseline before
 * the wave and the period since its start, side by side with the departments
 * not yet in any wave of the pilot (emb_metrics_wave_before_after()), in a
 * wide or, where it does not fit, a narrow layout (EmbWaveTable). Below it, a
 * chart of the weekly NPS of the wave's touchpoints over both periods with
 * the wave's start marked. Refreshed at once when the wave changes and, like
 * every view, by an EmbRefresher when the records the figures are made of
 * change (while shown).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-wave-comparison"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"
#include "emb-pilots-dates.h"
#include "emb-refresher.h"
#include "emb-wave-comparison.h"
#include "emb-wave-table.h"

#define DAYS_PER_POINT 7

struct _EmbWaveComparison
{
  AdwBin               parent_instance;

  EmbRefresher        *refresher;
  gint64               wave_id;
  char                *today;

  GtkStack            *stack;        /* unowned */
  AdwStatusPage       *not_started_page;
  AdwStatusPage       *error_page;
  GtkLabel            *summary;
  EmbWaveTable        *wide_table;
  EmbWaveTable        *narrow_table;
  AdwPreferencesGroup *chart_group;
  EmbTrendChart       *chart;
};

G_DEFINE_FINAL_TYPE (EmbWaveComparison, emb_wave_comparison, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_WAVE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "first – last" of a half-open range of days [from, to) */
static char *
format_period (const char *from,
               const char *to)
{
  g_autofree char *first = emb_pilots_format_day (from, 0);
  g_autofree char *last = emb_pilots_format_day (to, -1);

  /* Translators: a period of days, e.g. "01/03/2026 – 10/03/2026" */
  return g_strdup_printf (_("%s – %s"), first, last);
}

static char *
format_nps (int score)
{
  if (score == 0)
    return g_strdup ("0");
  return g_strdup_printf ("%+d", score);
}

static void
show_period (EmbWaveTable           *table,
             EmbWaveComparisonColumn column,
             const EmbGroupMetrics  *group,
             const EmbPeriodMetrics *period)
{
  g_autofree char *nps = NULL;
  g_autofree char *csat = NULL;
  g_autofree char *ces = NULL;
  g_autofree char *ces_detail = NULL;
  g_autofree char *complaints = NULL;
  const char *no_answer = "—";

  if (period->nps.valid)
    nps = format_nps (period->nps.score);
  emb_wave_table_set_figure (table, EMB_WAVE_COMPARISON_NPS, column,
                             nps != NULL ? nps : no_answer, NULL, TRUE, period->nps.total);

  if (period->csat.valid)
    /* Translators: CSAT, the share of satisfied answers, e.g. "87 %" */
    csat = g_strdup_printf (_("%.0f %%"), period->csat.percent);
  emb_wave_table_set_figure (table, EMB_WAVE_COMPARISON_CSAT, column,
                             csat != NULL ? csat : no_answer, NULL, TRUE, period->csat.total);

  if (period->ces.valid)
    {
      /* Translators: CES, the mean answer from 1 to 7, e.g. "5.3" */
      ces = g_strdup_printf (_("%.1f"), period->ces.mean);
      /* Translators: CES, the share of answers 5–7, e.g. "62 % easy" */
      ces_detail = g_strdup_printf (_("%.0f %% easy"), period->ces.easy_percent);
    }
  emb_wave_table_set_figure (table, EMB_WAVE_COMPARISON_CES, column,
                             ces != NULL ? ces : no_answer, ces_detail, TRUE, period->ces.total);

  if (group->n_touchpoints > 0)
    complaints = g_strdup_printf ("%u", period->complaints);
  emb_wave_table_set_figure (table, EMB_WAVE_COMPARISON_COMPLAINTS, column,
                             complaints != NULL ? complaints : no_answer, NULL, FALSE, 0);
}

/* Appends the weekly points of [from, to) to the chart and their values,
 * as text, to @summary. */
static gboolean
append_trend (EmbWaveComparison *self,
              GArray            *touchpoints,
              const char        *from,
              const char        *to,
              GString           *summary,
              GError           **error)
{
  g_autoptr(GArray) points = NULL;

  if (g_strcmp0 (from, to) >= 0)
    return TRUE;

  points = emb_metrics_nps_trend (emb_refresher_get_database (self->refresher),
                                  (const gint64 *) touchpoints->data, touchpoints->len,
                                  from, to, DAYS_PER_POINT, error);
  if (points == NULL)
    return FALSE;

  for (guint i = 0; i < points->len; i++)
    {
      const EmbNpsPoint *point = &g_array_index (points, EmbNpsPoint, i);
      const char *next = i + 1 < points->len ? g_array_index (points, EmbNpsPoint, i + 1).start : to;
      int days = emb_pilots_days_between (point->start, next);

      emb_trend_chart_append (self->chart, point->start, MAX (days, 1),
                              point->nps.valid, point->nps.score, point->nps.total);
      if (summary->len > 0)
        /* Translators: between the weekly values of a list, e.g. "+12, no answers, -3" */
        g_string_append (summary, C_("list separator", ", "));
      if (point->nps.valid)
        {
          g_autofree char *score = format_nps (point->nps.score);

          g_string_append (summary, score);
        }
      else
        g_string_append (summary, _("no answers"));
    }

  return TRUE;
}

static void
show_error (EmbWaveComparison *self,
            const GError      *error)
{
  adw_status_page_set_description (self->error_page,
                                   error != NULL ? error->message : _("Something went wrong."));
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
refresh (EmbWaveComparison *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(EmbDepartment) department = NULL;
  g_autoptr(GArray) touchpoints = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  g_autofree char *before_period = NULL;
  g_autofree char *after_period = NULL;
  g_autofree char *start = NULL;
  g_autofree char *periods = NULL;
  g_autofree char *wave_group = NULL;
  g_autofree char *other_group = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *chart_description = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  const char *department_name = NULL;
  EmbWaveBeforeAfter cmp;
  EmbDatabase *database = emb_refresher_get_database (self->refresher);
  EmbWaveTable *tables[] = { self->wide_table, self->narrow_table };

  if (database == NULL)
    return;

  emb_trend_chart_clear (self->chart);

  if (self->wave_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  wave = emb_pilot_store_get_wave (database, self->wave_id, &error);
  if (wave == NULL)
    {
      if (g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
        gtk_stack_set_visible_child_name (self->stack, "empty");
      else
        show_error (self, error);
      return;
    }

  if (!emb_metrics_wave_before_after (database, self->wave_id, self->today, &cmp, &error))
    {
      show_error (self, error);
      return;
    }

  start = emb_pilots_format_day (emb_wave_get_starts_on (wave), 0);
  if (!cmp.started)
    {
      g_autofree char *description =
        /* Translators: %s is a date */
        g_strdup_printf (_("Its figures appear once it starts on %s."), start);

      adw_status_page_set_description (self->not_started_page, description);
      gtk_stack_set_visible_child_name (self->stack, "not-started");
      return;
    }

  /* The same figures in both layouts of the table */
  before_period = format_period (cmp.before_from, cmp.before_to);
  after_period = format_period (cmp.after_from, cmp.after_to);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      show_period (tables[i], EMB_WAVE_COMPARISON_WAVE_BEFORE, &cmp.wave, &cmp.wave.before);
      show_period (tables[i], EMB_WAVE_COMPARISON_WAVE_AFTER, &cmp.wave, &cmp.wave.after);
      show_period (tables[i], EMB_WAVE_COMPARISON_OTHERS_BEFORE, &cmp.comparison, &cmp.comparison.before);
      show_period (tables[i], EMB_WAVE_COMPARISON_OTHERS_AFTER, &cmp.comparison, &cmp.comparison.after);
      emb_wave_table_set_periods (tables[i], before_period, after_period);
    }

  department = emb_people_store_get_department (database, emb_wave_get_department_id (wave), NULL);
  if (department != NULL)
    department_name = emb_department_get_name (department);

  periods = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Before: %s; since the start: %s (%u day each).",
                                          "Before: %s; since the start: %s (%u days each).",
                                          cmp.days),
                             before_period, after_period, cmp.days);
  if (department_name != NULL)
    wave_group = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "This wave: %u touchpoint served by %s.",
                                               "This wave: %u touchpoints served by %s.",
                                               cmp.wave.n_touchpoints),
                                  cmp.wave.n_touchpoints, department_name);
  else
    wave_group = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "This wave: %u touchpoint.",
                                               "This wave: %u touchpoints.",
                                               cmp.wave.n_touchpoints),
                                  cmp.wave.n_touchpoints);
  if (cmp.comparison.n_touchpoints > 0)
    other_group = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Not yet in a wave: %u touchpoint served by departments in none of the pilot’s waves.",
                                                "Not yet in a wave: %u touchpoints served by departments in none of the pilot’s waves.",
                                                cmp.comparison.n_touchpoints),
                                   cmp.comparison.n_touchpoints);
  else
    other_group = g_strdup (_("Not yet in a wave: every department that serves a touchpoint is in one of the pilot’s waves, so there is nothing to compare with."));
  summary = g_strjoin (" ", periods, wave_group, other_group, NULL);
  gtk_label_set_text (self->summary, summary);

  /* The chart: the baseline and the period since, each in weeks from its
   * first day, so that no point straddles the start. */
  touchpoints = emb_pilot_store_list_wave_touchpoints (database, self->wave_id, &error);
  if (touchpoints == NULL)
    {
      show_error (self, error);
      return;
    }
  emb_trend_chart_set_range (self->chart, cmp.before_from, cmp.after_to);
  emb_trend_chart_set_marker (self->chart, cmp.after_from, _("Wave start"));
  if (touchpoints->len > 0)
    {
      if (!append_trend (self, touchpoints, cmp.before_from, cmp.before_to, before, &error) ||
          !append_trend (self, touchpoints, cmp.after_from, cmp.after_to, after, &error))
        {
          show_error (self, error);
          return;
        }
    }
  first_day = emb_pilots_format_day (cmp.before_from, 0);
  last_day = emb_pilots_format_day (cmp.after_to, -1);
  if (before->len == 0)
    g_string_append (before, _("no answers"));
  if (after->len == 0)
    g_string_append (after, _("no answers"));

  chart_description =
    /* Translators: the description of a chart for screen readers; the
     * dates, then the weekly NPS values such as "+12, no answers, -3" */
    g_strdup_printf (_("Weekly NPS of this wave’s touchpoints from %s to %s; the wave started on %s. "
                       "Weeks before the start: %s. Weeks since the start: %s."),
                     first_day, last_day, start, before->str, after->str);
  emb_trend_chart_set_description (self->chart, _("Weekly NPS of this wave’s touchpoints"),
                                   chart_description);

  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
refresh_cb (GtkWidget *widget)
{
  refresh (EMB_WAVE_COMPARISON (widget));
}

static void
emb_wave_comparison_dispose (GObject *object)
{
  EmbWaveComparison *self = (EmbWaveComparison *)object;

  /* No change may reach the children once they are gone. */
  g_clear_object (&self->refresher);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_WAVE_COMPARISON);

  G_OBJECT_CLASS (emb_wave_comparison_parent_class)->dispose (object);
}

static void
emb_wave_comparison_finalize (GObject *object)
{
  EmbWaveComparison *self = (EmbWaveComparison *)object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (emb_wave_comparison_parent_class)->finalize (object);
}

static void
emb_wave_comparison_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EmbWaveComparison *self = (EmbWaveComparison *)object;

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, emb_refresher_get_database (self->refresher));
      break;

    case PROP_WAVE_ID:
      g_value_set_int64 (value, self->wave_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_wave_comparison_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EmbWaveComparison *self = (EmbWaveComparison *)object;

  switch (prop_id)
    {
    case PROP_DATABASE:
      emb_wave_comparison_set_database (self, g_value_get_object (value));
      break;

    case PROP_WAVE_ID:
      emb_wave_comparison_set_wave_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_wave_comparison_class_init (EmbWaveComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_wave_comparison_dispose;
  object_class->finalize = emb_wave_comparison_finalize;
  object_class->get_property = emb_wave_comparison_get_property;
  object_class->set_property = emb_wave_comparison_set_property;

  /**
   * EmbWaveComparison:database:
   *
   * The database the figures come from.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EmbWaveComparison:wave-id:
   *
   * The wave shown, or 0 for none.
   */
  properties[PROP_WAVE_ID] =
    g_param_spec_int64 ("wave-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_TREND_CHART);
  g_type_ensure (EMB_TYPE_WAVE_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-wave-comparison.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, not_started_page);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, error_page);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, summary);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, wide_table);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, narrow_table);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, chart_group);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveComparison, chart);
}

static void
emb_wave_comparison_init (EmbWaveComparison *self)
{
  g_autofree char *chart_description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, not bound: the bin unparents it. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  chart_description =
    /* Translators: %d is the smallest sample size taken as more than indicative */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "The dashed line marks the wave’s start. A hollow point stands for fewer than %d answer in that week; a break in the line, for a week without answers.",
                                  "The dashed line marks the wave’s start. A hollow point stands for fewer than %d answers in that week; a break in the line, for a week without answers.",
                                  EMB_METRICS_MIN_SAMPLE),
                     EMB_METRICS_MIN_SAMPLE);
  adw_preferences_group_set_description (self->chart_group, chart_description);

  /* Only the records the figures are made of */
  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh_cb);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_FEEDBACK);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_WAVE);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_PILOT);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_ROLE);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_RESPONSIBILITY);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_TOUCHPOINT);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_EMPLOYEE);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_DEPARTMENT);
}

/**
 * emb_wave_comparison_set_database:
 * @database: (nullable): where the figures come from
 */
void
emb_wave_comparison_set_database (EmbWaveComparison *self,
                                  EmbDatabase       *database)
{
  g_return_if_fail (EMB_IS_WAVE_COMPARISON (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  if (emb_refresher_get_database (self->refresher) == database)
    return;
  emb_refresher_set_database (self->refresher, database);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * emb_wave_comparison_get_wave_id:
 *
 * Returns: the wave shown, or 0
 */
gint64
emb_wave_comparison_get_wave_id (EmbWaveComparison *self)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), 0);

  return self->wave_id;
}

/**
 * emb_wave_comparison_set_wave_id:
 * @wave_id: the wave to show, or 0 for none
 *
 * Shows the figures of a wave (at once).
 */
void
emb_wave_comparison_set_wave_id (EmbWaveComparison *self,
                                 gint64             wave_id)
{
  g_return_if_fail (EMB_IS_WAVE_COMPARISON (self));
  g_return_if_fail (wave_id >= 0);

  if (self->wave_id == wave_id)
    return;
  self->wave_id = wave_id;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAVE_ID]);
}

/**
 * emb_wave_comparison_set_today:
 * @today: (nullable): the day taken as today ("YYYY-MM-DD"), or %NULL for
 *   the real today
 *
 * Pins "today" for the before/after periods: for the demo organisation,
 * whose feedback ends on a fixed day, and for tests.
 */
void
emb_wave_comparison_set_today (EmbWaveComparison *self,
                               const char        *today)
{
  g_return_if_fail (EMB_IS_WAVE_COMPARISON (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;
  g_free (self->today);
  self->today = g_strdup (today);
  refresh (self);
}

/**
 * emb_wave_comparison_get_state:
 *
 * Returns: what is shown: "empty" (no wave), "not-started", "figures" or
 *   "error"
 */
const char *
emb_wave_comparison_get_state (EmbWaveComparison *self)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * emb_wave_comparison_get_figure:
 *
 * Returns: the figure as shown in a cell of the table ("—" without answers)
 */
const char *
emb_wave_comparison_get_figure (EmbWaveComparison       *self,
                                EmbWaveComparisonMetric  metric,
                                EmbWaveComparisonColumn  column)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);

  return emb_wave_table_get_figure (self->wide_table, metric, column);
}

/**
 * emb_wave_comparison_get_detail:
 *
 * Returns: (nullable): the second line of a cell (the share of easy answers
 *   for CES), or %NULL when it is hidden
 */
const char *
emb_wave_comparison_get_detail (EmbWaveComparison       *self,
                                EmbWaveComparisonMetric  metric,
                                EmbWaveComparisonColumn  column)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);

  return emb_wave_table_get_detail (self->wide_table, metric, column);
}

/**
 * emb_wave_comparison_get_sample:
 *
 * Returns: (nullable): the sample size as shown in a cell ("n = 42"), or
 *   %NULL when the cell shows none
 */
const char *
emb_wave_comparison_get_sample (EmbWaveComparison       *self,
                                EmbWaveComparisonMetric  metric,
                                EmbWaveComparisonColumn  column)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);

  return emb_wave_table_get_sample (self->wide_table, metric, column);
}

/**
 * emb_wave_comparison_get_sample_warning:
 *
 * Returns: whether a cell shows the "Fewer than %EMB_METRICS_MIN_SAMPLE answers" warning
 */
gboolean
emb_wave_comparison_get_sample_warning (EmbWaveComparison       *self,
                                        EmbWaveComparisonMetric  metric,
                                        EmbWaveComparisonColumn  column)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), FALSE);

  return emb_wave_table_get_sample_warning (self->wide_table, metric, column);
}

/**
 * emb_wave_comparison_get_summary:
 *
 * Returns: the text above the table: the periods and the groups compared
 */
const char *
emb_wave_comparison_get_summary (EmbWaveComparison *self)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);

  return gtk_label_get_text (self->summary);
}

/**
 * emb_wave_comparison_get_chart:
 *
 * Returns: (transfer none): the weekly NPS chart
 */
EmbTrendChart *
emb_wave_comparison_get_chart (EmbWaveComparison *self)
{
  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);

  return self->chart;
}
