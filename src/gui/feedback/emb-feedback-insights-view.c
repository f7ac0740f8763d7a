/* emb-feedback-insights-view.c: NPS, CSAT, CES, trend and themes per touchpoint
 *
 * For the touchpoint chosen (or all of them) and a period up to today: its
 * NPS, CSAT and CES, each with its number of answers and a warning under
 * thirty, its complaints, the trend of the score chosen, and the themes of
 * its complaints (the words most of them use, and their categories). All of
 * it is read on a worker thread (emb_feedback_insights_load_async()): the
 * words of a million complaints take seconds to count. A newer choice
 * cancels the reading of the older one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-insights-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "emb-a11y.h"
#include "emb-drop-down.h"
#include "emb-feedback-insights.h"
#include "emb-feedback-insights-view.h"
#include "emb-feedback-metric-card.h"
#include "emb-trend-chart.h"

/* The periods: how many days up to today, and the days of a trend's point. */
static const struct { guint days; guint per_point; } periods[] = {
  { 90, 7 },
  { 365, 30 },
  { 730, 61 },
};

struct _EmbFeedbackInsightsView
{
  GtkBox                 parent_instance;

  EmbDatabase           *database;
  EmbRecognitionNames   *names;
  GCancellable          *cancellable;   /* the reading under way, or NULL */
  EmbFeedbackInsights   *insights;      /* what was read last, or NULL */
  char                  *today;         /* a fixed day for tests, or NULL */
  char                   from[11];
  char                   to[11];
  GArray                *touchpoint_ids;
  gboolean               updating;

  GtkDropDown           *touchpoint_dropdown;
  GtkDropDown           *period_dropdown;
  GtkSpinner            *spinner;
  GtkLabel              *error_label;
  EmbFeedbackMetricCard *nps_card;
  EmbFeedbackMetricCard *csat_card;
  EmbFeedbackMetricCard *ces_card;
  EmbFeedbackMetricCard *complaints_card;
  GtkDropDown           *trend_dropdown;
  EmbTrendChart         *trend_chart;
  GtkListBox            *words_list;
  GtkListBox            *categories_list;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackInsightsView, emb_feedback_insights_view, GTK_TYPE_BOX)

/* Showing ---------------------------------------------------------------- */

static char *
answers_text (guint n)
{
  if (n == 0)
    return g_strdup (_("No answers"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers", n), n);
}

static void
show_figures (EmbFeedbackInsightsView *self)
{
  const EmbTouchpointFigures *f = &self->insights->figures;
  g_autofree char *nps = NULL;
  g_autofree char *csat = NULL;
  g_autofree char *ces = NULL;
  g_autofree char *complaints = NULL;
  g_autofree char *nps_detail = answers_text (f->nps.total);
  g_autofree char *csat_detail = answers_text (f->csat.total);
  g_autofree char *ces_answers = answers_text (f->ces.total);
  g_autofree char *ces_detail = NULL;

  nps = f->nps.valid ? g_strdup_printf ("%+d", f->nps.score) : g_strdup ("–");
  /* Translators: a percentage of satisfied answers */
  csat = f->csat.valid ? g_strdup_printf (_("%.1f %%"), f->csat.percent) : g_strdup ("–");
  ces = f->ces.valid ? g_strdup_printf ("%.1f", f->ces.mean) : g_strdup ("–");
  if (f->ces.valid)
    /* Translators: the answers of a customer effort score, and the share that found it easy */
    ces_detail = g_strdup_printf (_("%s, %.0f %% easy"), ces_answers, f->ces.easy_percent);
  complaints = g_strdup_printf ("%u", f->complaints);

  emb_feedback_metric_card_set (self->nps_card, nps, nps_detail,
                                f->nps.valid && emb_metrics_sample_is_small (f->nps.total));
  emb_feedback_metric_card_set (self->csat_card, csat, csat_detail,
                                f->csat.valid && emb_metrics_sample_is_small (f->csat.total));
  emb_feedback_metric_card_set (self->ces_card, ces, ces_detail != NULL ? ces_detail : ces_answers,
                                f->ces.valid && emb_metrics_sample_is_small (f->ces.total));
  emb_feedback_metric_card_set (self->complaints_card, complaints, _("in the period"), FALSE);
}

/* The Julian day of "YYYY-MM-DD", or 0. */
static guint32
julian_day (const char *day)
{
  unsigned y, m, d;
  GDate date;

  if (sscanf (day, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

static guint
days_between (const char *from,
              const char *to)
{
  guint32 a = julian_day (from);
  guint32 b = julian_day (to);

  return a > 0 && b > a ? b - a : 1;
}

static void
show_trend (EmbFeedbackInsightsView *self)
{
  EmbScoreType type = EMB_SCORE_TYPE_NPS + gtk_drop_down_get_selected (self->trend_dropdown);
  GArray *points;
  g_autoptr(GString) values = g_string_new (NULL);
  g_autofree char *description = NULL;

  emb_trend_chart_clear (self->trend_chart);
  if (self->insights == NULL || type > EMB_SCORE_TYPE_CES)
    return;

  points = self->insights->trends[type];
  emb_trend_chart_set_range (self->trend_chart, self->from, self->to);
  if (type == EMB_SCORE_TYPE_NPS)
    emb_trend_chart_set_value_range (self->trend_chart, -100, 100);
  else if (type == EMB_SCORE_TYPE_CSAT)
    emb_trend_chart_set_value_range (self->trend_chart, 0, 100);
  else
    emb_trend_chart_set_value_range (self->trend_chart, 1, 7);

  for (guint i = 0; i < points->len; i++)
    {
      const EmbFeedbackTrendPoint *point = &g_array_index (points, EmbFeedbackTrendPoint, i);
      const char *next = i + 1 < points->len
                         ? g_array_index (points, EmbFeedbackTrendPoint, i + 1).start : self->to;

      emb_trend_chart_append (self->trend_chart, point->start, days_between (point->start, next),
                              point->valid, point->value, point->sample);
      if (values->len > 0)
        g_string_append (values, C_("list separator", ", "));
      if (point->valid)
        g_string_append_printf (values, "%.0f", point->value);
      else
        g_string_append (values, _("no answers"));
    }

  /* Translators: the description of a chart for screen readers: the
   * score, then its values over time such as "12, no answers, -3" */
  description = g_strdup_printf (_("%s over time, from the oldest period: %s."),
                                 gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->trend_dropdown)),
                                 values->len > 0 ? values->str : _("no answers"));
  emb_trend_chart_set_description (self->trend_chart, _("Trend of the score"), description);
}

static void
fill_themes (GtkListBox *list,
             GArray     *themes,
             const char *none)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; themes != NULL && i < themes->len; i++)
    {
      const EmbFeedbackTheme *theme = &g_array_index (themes, EmbFeedbackTheme, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *count = NULL;

      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %u complaint or low score",
                                            "In %u complaints or low scores", theme->n),
                               theme->n);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), theme->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
      gtk_list_box_append (list, row);
    }

  if (themes == NULL || themes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), none);
      gtk_list_box_append (list, row);
    }
}

static void
show_insights (EmbFeedbackInsightsView *self)
{
  show_figures (self);
  show_trend (self);
  fill_themes (self->words_list, self->insights->words, _("No complaints with words in the period"));
  fill_themes (self->categories_list, self->insights->categories,
               _("No complaints with a category in the period"));
}

/* Reading ---------------------------------------------------------------- */

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EmbFeedbackInsightsView) self = user_data;
  g_autoptr(GError) error = NULL;
  EmbFeedbackInsights *insights;

  insights = emb_feedback_insights_load_finish (EMB_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), insights == NULL);
  if (insights == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      return;
    }

  g_clear_pointer (&self->insights, emb_feedback_insights_free);
  self->insights = insights;
  show_insights (self);
}

/* The period chosen, in whole UTC days up to today: [from, to). */
static void
compute_period (EmbFeedbackInsightsView *self,
                guint                    days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  if (self->today != NULL)
    {
      g_autofree char *iso = g_strconcat (self->today, "T00:00:00Z", NULL);

      today = g_date_time_new_from_iso8601 (iso, NULL);
    }
  if (today == NULL)
    today = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  to = g_date_time_add_days (today, 1);
  from = g_date_time_add_days (to, -(int)days);
  from_text = g_date_time_format (from, "%Y-%m-%d");
  to_text = g_date_time_format (to, "%Y-%m-%d");
  g_strlcpy (self->from, from_text, sizeof self->from);
  g_strlcpy (self->to, to_text, sizeof self->to);
}

/**
 * emb_feedback_insights_view_reload:
 *
 * Reads the figures of the touchpoint and period chosen again, on a worker
 * thread; a reading under way is cancelled.
 */
void
emb_feedback_insights_view_reload (EmbFeedbackInsightsView *self)
{
  guint period;

  g_return_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self));

  if (self->database == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  period = MIN (gtk_drop_down_get_selected (self->period_dropdown), G_N_ELEMENTS (periods) - 1);
  compute_period (self, periods[period].days);
  gtk_spinner_start (self->spinner);
  emb_feedback_insights_load_async (self->database,
                                    emb_drop_down_get_selected_id (self->touchpoint_dropdown,
                                                                   self->touchpoint_ids),
                                    self->from, self->to, periods[period].per_point,
                                    self->cancellable, on_loaded, g_object_ref (self));
}

static void
on_choice_changed (EmbFeedbackInsightsView *self)
{
  if (!self->updating)
    emb_feedback_insights_view_reload (self);
}

static void
on_trend_changed (EmbFeedbackInsightsView *self)
{
  show_trend (self);
}

/* Public ----------------------------------------------------------------- */

void
emb_feedback_insights_view_set_up (EmbFeedbackInsightsView *self,
                                   EmbDatabase             *database,
                                   EmbRecognitionNames     *names)
{
  g_return_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_set_object (&self->names, names);
}

/**
 * emb_feedback_insights_view_refill:
 *
 * Offers the touchpoints as they are now, keeping the one chosen where it
 * still exists.
 */
void
emb_feedback_insights_view_refill (EmbFeedbackInsightsView *self)
{
  g_return_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self));
  g_return_if_fail (self->names != NULL);

  self->updating = TRUE;
  emb_drop_down_fill (self->touchpoint_dropdown, self->touchpoint_ids, _("All touchpoints"),
                      emb_recognition_names_get_touchpoints (self->names),
                      (EmbRecordNameFunc)emb_touchpoint_get_name);
  self->updating = FALSE;
}

/**
 * emb_feedback_insights_view_set_today:
 * @today: (nullable): a day (YYYY-MM-DD) the periods end on, or %NULL for
 *   the real today
 */
void
emb_feedback_insights_view_set_today (EmbFeedbackInsightsView *self,
                                      const char              *today)
{
  g_return_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self));

  g_free (self->today);
  self->today = g_strdup (today);
}

/**
 * emb_feedback_insights_view_set_touchpoint:
 * @touchpoint_id: a touchpoint, or 0 for all
 *
 * Chooses a touchpoint as a person would, which reads its figures.
 */
void
emb_feedback_insights_view_set_touchpoint (EmbFeedbackInsightsView *self,
                                           gint64                   touchpoint_id)
{
  g_return_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self));

  emb_drop_down_set_selected_id (self->touchpoint_dropdown, self->touchpoint_ids, touchpoint_id);
}

gboolean
emb_feedback_insights_view_is_loading (EmbFeedbackInsightsView *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * emb_feedback_insights_view_get_part:
 * @name: "nps", "csat", "ces", "complaints" (#EmbFeedbackMetricCard),
 *   "trend" (#EmbTrendChart), "words" or "categories" (#GtkListBox)
 *
 * Returns: (transfer none) (nullable): that part of the view
 */
GtkWidget *
emb_feedback_insights_view_get_part (EmbFeedbackInsightsView *self,
                                     const char              *name)
{
  static const struct { const char *name; gsize offset; } parts[] = {
    { "nps", G_STRUCT_OFFSET (EmbFeedbackInsightsView, nps_card) },
    { "csat", G_STRUCT_OFFSET (EmbFeedbackInsightsView, csat_card) },
    { "ces", G_STRUCT_OFFSET (EmbFeedbackInsightsView, ces_card) },
    { "complaints", G_STRUCT_OFFSET (EmbFeedbackInsightsView, complaints_card) },
    { "trend", G_STRUCT_OFFSET (EmbFeedbackInsightsView, trend_chart) },
    { "words", G_STRUCT_OFFSET (EmbFeedbackInsightsView, words_list) },
    { "categories", G_STRUCT_OFFSET (EmbFeedbackInsightsView, categories_list) },
  };

  g_return_val_if_fail (EMB_IS_FEEDBACK_INSIGHTS_VIEW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (parts[i].name, name))
      return G_STRUCT_MEMBER (GtkWidget *, self, parts[i].offset);
  return NULL;
}

/* Object ----------------------------------------------------------------- */

static void
emb_feedback_insights_view_dispose (GObject *object)
{
  EmbFeedbackInsightsView *self = (EmbFeedbackInsightsView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_FEEDBACK_INSIGHTS_VIEW);
  g_clear_pointer (&self->insights, emb_feedback_insights_free);
  g_clear_object (&self->names);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_feedback_insights_view_parent_class)->dispose (object);
}

static void
emb_feedback_insights_view_finalize (GObject *object)
{
  EmbFeedbackInsightsView *self = (EmbFeedbackInsightsView *)object;

  g_free (self->today);
  g_array_unref (self->touchpoint_ids);

  G_OBJECT_CLASS (emb_feedback_insights_view_parent_class)->finalize (object);
}

static void
emb_feedback_insights_view_class_init (EmbFeedbackInsightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_feedback_insights_view_dispose;
  object_class->finalize = emb_feedback_insights_view_finalize;

  g_type_ensure (EMB_TYPE_FEEDBACK_METRIC_CARD);
  g_type_ensure (EMB_TYPE_TREND_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-insights-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, nps_card);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, csat_card);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, ces_card);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, complaints_card);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, trend_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, words_list);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackInsightsView, categories_list);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_trend_changed);
}

static void
emb_feedback_insights_view_init (EmbFeedbackInsightsView *self)
{
  const char *period_names[] = { _("Last 90 days"), _("Last 12 months"), _("Last 2 years"), NULL };
  /* xgettext:no-c-format */
  const char *csat = _("CSAT (% satisfied)");
  const char *scores[] = { _("NPS"), csat, _("CES (mean)"), NULL };
  g_autoptr(GtkStringList) period_list = gtk_string_list_new (period_names);
  g_autoptr(GtkStringList) score_list = gtk_string_list_new (scores);

  G_STATIC_ASSERT (G_N_ELEMENTS (period_names) == G_N_ELEMENTS (periods) + 1);

  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (period_list));
  gtk_drop_down_set_selected (self->period_dropdown, 1);
  gtk_drop_down_set_model (self->trend_dropdown, G_LIST_MODEL (score_list));
  emb_drop_down_ellipsize (self->touchpoint_dropdown);
  self->updating = FALSE;

  emb_feedback_metric_card_set_title (self->nps_card, _("NPS"));
  emb_feedback_metric_card_set_title (self->csat_card, _("CSAT"));
  emb_feedback_metric_card_set_title (self->ces_card, _("CES"));
  emb_feedback_metric_card_set_title (self->complaints_card, _("Complaints"));
  emb_a11y_label_drop_down (self->touchpoint_dropdown, _("Touchpoint"));
  emb_a11y_label_drop_down (self->period_dropdown, _("Period"));
  emb_a11y_label_drop_down (self->trend_dropdown, _("Score of the trend"));
}
