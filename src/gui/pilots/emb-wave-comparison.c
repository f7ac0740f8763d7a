/* emb-wave-comparison.c: customer metrics before and during a pilot wave
 *
 * For the wave given by "wave-id": a table of NPS, CSAT, CES and complaints
 * of the touchpoints the wave's department serves, over the baseline before
 * the wave and the period since its start, side by side with the departments
 * not yet in any wave of the pilot (emb_metrics_wave_before_after()); every
 * figure shows its sample size and warns below EMB_METRICS_MIN_SAMPLE answers. Below it, a chart
 * of the weekly NPS of the wave's touchpoints over both periods with the
 * wave's start marked. Refreshed when the wave changes and, coalesced, on
 * EmbDatabase::changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-wave-comparison"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-journey-store.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"
#include "emb-wave-comparison.h"

#define DAYS_PER_POINT 7
#define N_LAYOUTS      2

typedef struct
{
  GtkWidget *box;
  GtkLabel  *value;
  GtkLabel  *detail;
  GtkLabel  *sample;
  GtkWidget *warning;
} Cell;

struct _EmbWaveComparison
{
  AdwBin          parent_instance;

  EmbDatabase    *database;
  gint64          wave_id;
  char           *today;
  guint           refresh_idle;
  gboolean        dirty;          /* changed while not mapped */

  GtkStack       *stack;
  AdwStatusPage  *not_started_page;
  AdwStatusPage  *error_page;
  GtkLabel       *summary;
  /* The dates under the "Before" and "Since the start" headers */
  GtkLabel       *before_dates[N_LAYOUTS + 1];
  GtkLabel       *after_dates[N_LAYOUTS + 1];
  guint           n_dates;
  /* The table in each layout: the wide one (used by the getters) and the
   * narrow one, shown by a squeezer when the wide one does not fit */
  Cell            cells[N_LAYOUTS][EMB_WAVE_COMPARISON_N_METRICS][EMB_WAVE_COMPARISON_N_COLUMNS];
  AdwPreferencesGroup *chart_group;
  EmbTrendChart  *chart;
};

G_DEFINE_FINAL_TYPE (EmbWaveComparison, emb_wave_comparison, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_WAVE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *metric_titles[EMB_WAVE_COMPARISON_N_METRICS] = {
  N_("NPS"),
  N_("CSAT"),
  N_("CES"),
  N_("Complaints"),
};

static const char *column_titles[EMB_WAVE_COMPARISON_N_COLUMNS] = {
  N_("This wave: before"),
  N_("This wave: since start"),
  N_("Not yet in a wave: before"),
  N_("Not yet in a wave: since start"),
};

/* A "YYYY-MM-DD" day plus @days, formatted for the user's locale. */
static char *
format_day (const char *date,
            int         days)
{
  g_autoptr(GDateTime) datetime = NULL;
  g_autoptr(GDateTime) moved = NULL;
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (date != NULL ? date : "");
  datetime = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (datetime == NULL)
    return g_strdup (date);
  moved = g_date_time_add_days (datetime, days);
  return g_date_time_format (moved, "%x");
}

/* The days between two "YYYY-MM-DD" dates */
static int
days_between (const char *from,
              const char *to)
{
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  int y, m, d;

  if (sscanf (from, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      (a = g_date_time_new_utc (y, m, d, 0, 0, 0)) == NULL)
    return 0;
  if (sscanf (to, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      (b = g_date_time_new_utc (y, m, d, 0, 0, 0)) == NULL)
    return 0;
  return (int) (g_date_time_difference (b, a) / G_TIME_SPAN_DAY);
}

/* "first – last" of a half-open range of days [from, to) */
static char *
format_period (const char *from,
               const char *to)
{
  g_autofree char *first = format_day (from, 0);
  g_autofree char *last = format_day (to, -1);

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
set_cell (Cell       *cell,
          const char *value,
          const char *detail,
          gboolean    has_sample,
          guint       sample,
          const char *accessible_name)
{
  gboolean small = has_sample && sample > 0 && emb_metrics_sample_is_small (sample);
  g_autofree char *sample_text = NULL;
  g_autofree char *label = NULL;

  gtk_label_set_text (cell->value, value);
  gtk_label_set_text (cell->detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (cell->detail), detail != NULL);

  if (has_sample && sample > 0)
    /* Translators: the sample size of a figure, e.g. "n = 42" */
    sample_text = g_strdup_printf (_("n = %u"), sample);
  else if (has_sample)
    sample_text = g_strdup (_("No answers"));
  gtk_label_set_text (cell->sample, sample_text != NULL ? sample_text : "");
  gtk_widget_set_visible (GTK_WIDGET (cell->sample), sample_text != NULL);
  gtk_widget_set_visible (cell->warning, small);

  if (sample_text != NULL && detail != NULL)
    /* Translators: the accessible name of a figure: where, value, detail,
     * sample size, e.g. "CES, This wave: before: 5.3, 62 % easy, n = 42" */
    label = g_strdup_printf (_("%s: %s, %s, %s"), accessible_name, value, detail, sample_text);
  else if (sample_text != NULL)
    /* Translators: the accessible name of a figure: where, value, sample
     * size, e.g. "NPS, This wave: before: +12, n = 42" */
    label = g_strdup_printf (_("%s: %s, %s"), accessible_name, value, sample_text);
  else
    /* Translators: the accessible name of a figure, e.g.
     * "Complaints, This wave: before: 3" */
    label = g_strdup_printf (_("%s: %s"), accessible_name, value);

  if (small)
    {
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Only %u answer, fewer than %d: treat this figure as indicative.",
                                      "Only %u answers, fewer than %d: treat this figure as indicative.",
                                      sample),
                         sample, EMB_METRICS_MIN_SAMPLE);

      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->box),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->warning),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_widget_set_tooltip_text (cell->warning, description);
    }
  else
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->box),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (cell->box),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* A figure's place in the table, for its accessible name */
static char *
cell_name (EmbWaveComparisonMetric metric,
           EmbWaveComparisonColumn column)
{
  /* Translators: a figure's place in the table, e.g. "NPS, This wave: before" */
  return g_strdup_printf (_("%s, %s"), _(metric_titles[metric]), _(column_titles[column]));
}

static void
set_cells (EmbWaveComparison       *self,
           EmbWaveComparisonMetric  metric,
           EmbWaveComparisonColumn  column,
           const char              *value,
           const char              *detail,
           gboolean                 has_sample,
           guint                    sample,
           const char              *accessible_name)
{
  for (guint layout = 0; layout < N_LAYOUTS; layout++)
    set_cell (&self->cells[layout][metric][column], value, detail, has_sample, sample, accessible_name);
}

static void
show_period (EmbWaveComparison      *self,
             EmbWaveComparisonColumn column,
             const EmbGroupMetrics  *group,
             const EmbPeriodMetrics *period)
{
  g_autofree char *nps = NULL;
  g_autofree char *csat = NULL;
  g_autofree char *ces = NULL;
  g_autofree char *ces_detail = NULL;
  g_autofree char *complaints = NULL;
  g_autofree char *prefix = NULL;
  const char *no_answer = "—";

  if (period->nps.valid)
    nps = format_nps (period->nps.score);
  prefix = cell_name (EMB_WAVE_COMPARISON_NPS, column);
  set_cells (self, EMB_WAVE_COMPARISON_NPS, column,
            nps != NULL ? nps : no_answer, NULL, TRUE, period->nps.total, prefix);
  g_free (prefix);

  if (period->csat.valid)
    /* Translators: CSAT, the share of satisfied answers, e.g. "87 %" */
    csat = g_strdup_printf (_("%.0f %%"), period->csat.percent);
  prefix = cell_name (EMB_WAVE_COMPARISON_CSAT, column);
  set_cells (self, EMB_WAVE_COMPARISON_CSAT, column,
            csat != NULL ? csat : no_answer, NULL, TRUE, period->csat.total, prefix);
  g_free (prefix);

  if (period->ces.valid)
    {
      /* Translators: CES, the mean answer from 1 to 7, e.g. "5.3" */
      ces = g_strdup_printf (_("%.1f"), period->ces.mean);
      /* Translators: CES, the share of answers 5–7, e.g. "62 % easy" */
      ces_detail = g_strdup_printf (_("%.0f %% easy"), period->ces.easy_percent);
    }
  prefix = cell_name (EMB_WAVE_COMPARISON_CES, column);
  set_cells (self, EMB_WAVE_COMPARISON_CES, column,
            ces != NULL ? ces : no_answer, ces_detail, TRUE, period->ces.total, prefix);
  g_free (prefix);

  if (group->n_touchpoints > 0)
    complaints = g_strdup_printf ("%u", period->complaints);
  prefix = cell_name (EMB_WAVE_COMPARISON_COMPLAINTS, column);
  set_cells (self, EMB_WAVE_COMPARISON_COMPLAINTS, column,
            complaints != NULL ? complaints : no_answer, NULL, FALSE, 0, prefix);
}

/* Every touchpoint at which a role of @department_id has a responsibility,
 * in ascending order without duplicates. */
static GArray *
list_department_touchpoints (EmbDatabase  *db,
                             gint64        department_id,
                             GError      **error)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n_roles;

  roles = emb_people_store_list_roles (db, department_id, error);
  if (roles == NULL)
    return NULL;

  n_roles = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr(EmbRecord) role = g_list_model_get_item (roles, i);
      g_autoptr(GListModel) responsibilities = NULL;
      guint n;

      responsibilities = emb_journey_store_list_role_responsibilities (db, emb_record_get_id (role), error);
      if (responsibilities == NULL)
        return NULL;
      n = g_list_model_get_n_items (responsibilities);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(EmbResponsibility) responsibility = g_list_model_get_item (responsibilities, j);
          gint64 id = emb_responsibility_get_touchpoint_id (responsibility);

          if (emb_responsibility_get_level (responsibility) == EMB_RESPONSIBILITY_LEVEL_NONE ||
              g_hash_table_contains (seen, &id))
            continue;
          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
          g_array_append_val (ids, id);
        }
    }

  return g_steal_pointer (&ids);
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

  points = emb_metrics_nps_trend (self->database,
                                  (const gint64 *) touchpoints->data, touchpoints->len,
                                  from, to, DAYS_PER_POINT, error);
  if (points == NULL)
    return FALSE;

  for (guint i = 0; i < points->len; i++)
    {
      const EmbNpsPoint *point = &g_array_index (points, EmbNpsPoint, i);
      const char *next = i + 1 < points->len ? g_array_index (points, EmbNpsPoint, i + 1).start : to;
      int days = days_between (point->start, next);

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

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  self->dirty = FALSE;
  if (self->database == NULL)
    return;

  emb_trend_chart_clear (self->chart);

  if (self->wave_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  wave = emb_pilot_store_get_wave (self->database, self->wave_id, &error);
  if (wave == NULL)
    {
      if (g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
        gtk_stack_set_visible_child_name (self->stack, "empty");
      else
        show_error (self, error);
      return;
    }

  if (!emb_metrics_wave_before_after (self->database, self->wave_id, self->today, &cmp, &error))
    {
      show_error (self, error);
      return;
    }

  start = format_day (emb_wave_get_starts_on (wave), 0);
  if (!cmp.started)
    {
      g_autofree char *description =
        /* Translators: %s is a date */
        g_strdup_printf (_("Its figures appear once it starts on %s."), start);

      adw_status_page_set_description (self->not_started_page, description);
      gtk_stack_set_visible_child_name (self->stack, "not-started");
      return;
    }

  /* The table */
  show_period (self, EMB_WAVE_COMPARISON_WAVE_BEFORE, &cmp.wave, &cmp.wave.before);
  show_period (self, EMB_WAVE_COMPARISON_WAVE_AFTER, &cmp.wave, &cmp.wave.after);
  show_period (self, EMB_WAVE_COMPARISON_OTHERS_BEFORE, &cmp.comparison, &cmp.comparison.before);
  show_period (self, EMB_WAVE_COMPARISON_OTHERS_AFTER, &cmp.comparison, &cmp.comparison.after);

  before_period = format_period (cmp.before_from, cmp.before_to);
  after_period = format_period (cmp.after_from, cmp.after_to);
  for (guint i = 0; i < self->n_dates; i++)
    {
      gtk_label_set_text (self->before_dates[i], before_period);
      gtk_label_set_text (self->after_dates[i], after_period);
    }

  department = emb_people_store_get_department (self->database, emb_wave_get_department_id (wave), NULL);
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
  touchpoints = list_department_touchpoints (self->database, emb_wave_get_department_id (wave), &error);
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
  first_day = format_day (cmp.before_from, 0);
  last_day = format_day (cmp.after_to, -1);
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

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbWaveComparison *self = user_data;

  self->refresh_idle = 0;
  if (self->database == NULL)
    return G_SOURCE_REMOVE;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbWaveComparison *self,
                     int                kind,
                     int                change,
                     gint64             id)
{
  /* Only the records the figures are made of. */
  switch (kind)
    {
    case EMB_RECORD_KIND_ANY:
    case EMB_RECORD_KIND_FEEDBACK:
    case EMB_RECORD_KIND_WAVE:
    case EMB_RECORD_KIND_PILOT:
    case EMB_RECORD_KIND_ROLE:
    case EMB_RECORD_KIND_RESPONSIBILITY:
    case EMB_RECORD_KIND_TOUCHPOINT:
    case EMB_RECORD_KIND_EMPLOYEE:
    case EMB_RECORD_KIND_DEPARTMENT:
      break;

    default:
      return;
    }

  if (self->database == NULL || self->wave_id == 0)
    return;

  /* Out of sight, catch up when shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  /* Many changes in one turn of the main loop are counted once. */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
emb_wave_comparison_map (GtkWidget *widget)
{
  EmbWaveComparison *self = (EmbWaveComparison *)widget;

  GTK_WIDGET_CLASS (emb_wave_comparison_parent_class)->map (widget);

  if (self->dirty && self->refresh_idle == 0 && self->database != NULL)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption");
  return label;
}

static void
build_cell (Cell *cell)
{
  g_autofree char *warning = NULL;
  GtkWidget *icon;
  GtkWidget *text;

  cell->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_widget_set_hexpand (cell->box, TRUE);
  gtk_widget_set_valign (cell->box, GTK_ALIGN_START);

  cell->value = GTK_LABEL (gtk_label_new ("—"));
  gtk_label_set_xalign (cell->value, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (cell->value), "title-3");
  gtk_widget_add_css_class (GTK_WIDGET (cell->value), "numeric");
  gtk_box_append (GTK_BOX (cell->box), GTK_WIDGET (cell->value));

  cell->detail = GTK_LABEL (caption_label (""));
  gtk_box_append (GTK_BOX (cell->box), GTK_WIDGET (cell->detail));

  cell->sample = GTK_LABEL (caption_label (""));
  gtk_widget_add_css_class (GTK_WIDGET (cell->sample), "dim-label");
  gtk_box_append (GTK_BOX (cell->box), GTK_WIDGET (cell->sample));

  cell->warning = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (cell->warning, "warning");
  /* The text beside it says it all. */
  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", "dialog-warning-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Fewer than %d answer",
                                          "Fewer than %d answers",
                                          EMB_METRICS_MIN_SAMPLE),
                             EMB_METRICS_MIN_SAMPLE);
  text = caption_label (warning);
  gtk_box_append (GTK_BOX (cell->warning), icon);
  gtk_box_append (GTK_BOX (cell->warning), text);
  gtk_widget_set_visible (cell->warning, FALSE);
  gtk_box_append (GTK_BOX (cell->box), cell->warning);
}

static GtkWidget *
new_table (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  return grid;
}

static GtkWidget *
heading_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Before" or "Since the start" with the period's dates under it */
static GtkWidget *
period_header (EmbWaveComparison *self,
               gboolean           after)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *dates = caption_label ("");

  g_assert (self->n_dates < G_N_ELEMENTS (self->before_dates));
  gtk_widget_add_css_class (dates, "dim-label");
  gtk_widget_set_hexpand (header, TRUE);
  gtk_box_append (GTK_BOX (header), heading_label (after ? _("Since the start") : _("Before"), "heading"));
  gtk_box_append (GTK_BOX (header), dates);
  if (after)
    self->after_dates[self->n_dates] = GTK_LABEL (dates);
  else
    self->before_dates[self->n_dates] = GTK_LABEL (dates);
  return header;
}

static GtkWidget *
metric_label (EmbWaveComparisonMetric metric)
{
  GtkWidget *title = heading_label (_(metric_titles[metric]), "heading");

  gtk_label_set_wrap (GTK_LABEL (title), FALSE);
  gtk_widget_set_valign (title, GTK_ALIGN_START);
  gtk_widget_set_margin_top (title, 6);
  return title;
}

/* The wide table: a row per metric, a column per group and period, the
 * group names over their two periods. */
static GtkWidget *
build_wide_table (EmbWaveComparison *self)
{
  GtkWidget *grid = new_table ();
  GtkWidget *wave = heading_label (_("This wave"), "title-4");
  GtkWidget *others = heading_label (_("Not yet in a wave"), "title-4");
  g_autoptr(GtkSizeGroup) columns = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  gtk_grid_attach (GTK_GRID (grid), wave, 1, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), others, 3, 0, 2, 1);
  /* Four columns of the same width */
  for (guint c = 0; c < EMB_WAVE_COMPARISON_N_COLUMNS; c++)
    {
      GtkWidget *header = period_header (self, c % 2 == 1);

      gtk_size_group_add_widget (columns, header);
      gtk_grid_attach (GTK_GRID (grid), header, c + 1, 1, 1, 1);
      if (c % 2 == 1)
        self->n_dates++;
    }

  for (guint m = 0; m < EMB_WAVE_COMPARISON_N_METRICS; m++)
    {
      gtk_grid_attach (GTK_GRID (grid), metric_label (m), 0, m + 2, 1, 1);
      for (guint c = 0; c < EMB_WAVE_COMPARISON_N_COLUMNS; c++)
        {
          build_cell (&self->cells[0][m][c]);
          gtk_size_group_add_widget (columns, self->cells[0][m][c].box);
          gtk_grid_attach (GTK_GRID (grid), self->cells[0][m][c].box, c + 1, m + 2, 1, 1);
        }
    }
  return grid;
}

/* The narrow table: the two periods side by side, the groups one under the
 * other. */
static GtkWidget *
build_narrow_table (EmbWaveComparison *self)
{
  GtkWidget *grid = new_table ();
  g_autoptr(GtkSizeGroup) columns = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  GtkWidget *before = period_header (self, FALSE);
  GtkWidget *after = period_header (self, TRUE);
  int row = 1;

  gtk_size_group_add_widget (columns, before);
  gtk_size_group_add_widget (columns, after);
  gtk_grid_attach (GTK_GRID (grid), before, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), after, 2, 0, 1, 1);
  self->n_dates++;

  for (guint group = 0; group < 2; group++)
    {
      GtkWidget *title = heading_label (group == 0 ? _("This wave") : _("Not yet in a wave"), "title-4");

      gtk_widget_set_margin_top (title, 6);
      gtk_grid_attach (GTK_GRID (grid), title, 0, row++, 3, 1);
      for (guint m = 0; m < EMB_WAVE_COMPARISON_N_METRICS; m++)
        {
          gtk_grid_attach (GTK_GRID (grid), metric_label (m), 0, row, 1, 1);
          for (guint period = 0; period < 2; period++)
            {
              Cell *cell = &self->cells[1][m][group * 2 + period];

              build_cell (cell);
              gtk_size_group_add_widget (columns, cell->box);
              gtk_grid_attach (GTK_GRID (grid), cell->box, period + 1, row, 1, 1);
            }
          row++;
        }
    }
  return grid;
}

static GtkWidget *
build_status_page (const char *icon_name,
                   const char *title,
                   const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");
  return page;
}

static void
build (EmbWaveComparison *self)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *table_group = adw_preferences_group_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *squeezer;
  GtkWidget *chart_card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page;
  g_autofree char *chart_description = NULL;

  self->stack = GTK_STACK (stack);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);

  page = build_status_page ("x-office-presentation-symbolic",
                            _("No Wave Selected"),
                            _("Choose a wave to compare its customers’ figures before and since its start."));
  gtk_stack_add_named (self->stack, page, "empty");

  page = build_status_page ("alarm-symbolic",
                            _("This Wave Has Not Started"),
                            NULL);
  self->not_started_page = ADW_STATUS_PAGE (page);
  gtk_stack_add_named (self->stack, page, "not-started");

  page = build_status_page ("dialog-error-symbolic",
                            _("Cannot Compare This Wave"),
                            NULL);
  self->error_page = ADW_STATUS_PAGE (page);
  gtk_stack_add_named (self->stack, page, "error");

  /* The table */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (table_group), _("Before and Since the Start"));
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_label_set_xalign (self->summary, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->summary), 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (table_group), GTK_WIDGET (self->summary));

  gtk_widget_add_css_class (card, "card");
  squeezer = adw_squeezer_new ();
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (squeezer), FALSE);
  adw_squeezer_set_switch_threshold_policy (ADW_SQUEEZER (squeezer), ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_set_xalign (ADW_SQUEEZER (squeezer), 0.0f);
  adw_squeezer_set_yalign (ADW_SQUEEZER (squeezer), 0.0f);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), build_wide_table (self));
  adw_squeezer_add (ADW_SQUEEZER (squeezer), build_narrow_table (self));
  gtk_box_append (GTK_BOX (card), squeezer);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (table_group), card);
  gtk_box_append (GTK_BOX (figures), table_group);

  /* The chart */
  self->chart_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->chart_group, _("Weekly NPS of This Wave’s Touchpoints"));
  chart_description =
    /* Translators: %d is the smallest sample size taken as more than indicative */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "The dashed line marks the wave’s start. A hollow point stands for fewer than %d answer in that week; a break in the line, for a week without answers.",
                                  "The dashed line marks the wave’s start. A hollow point stands for fewer than %d answers in that week; a break in the line, for a week without answers.",
                                  EMB_METRICS_MIN_SAMPLE),
                     EMB_METRICS_MIN_SAMPLE);
  adw_preferences_group_set_description (self->chart_group, chart_description);
  gtk_widget_add_css_class (chart_card, "card");
  self->chart = EMB_TREND_CHART (emb_trend_chart_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->chart), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->chart), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->chart), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->chart), 12);
  gtk_box_append (GTK_BOX (chart_card), GTK_WIDGET (self->chart));
  adw_preferences_group_add (self->chart_group, chart_card);
  gtk_box_append (GTK_BOX (figures), GTK_WIDGET (self->chart_group));

  gtk_stack_add_named (self->stack, figures, "figures");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), stack);
}

static void
emb_wave_comparison_constructed (GObject *object)
{
  EmbWaveComparison *self = (EmbWaveComparison *)object;

  G_OBJECT_CLASS (emb_wave_comparison_parent_class)->constructed (object);

  g_return_if_fail (EMB_IS_DATABASE (self->database));
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
emb_wave_comparison_dispose (GObject *object)
{
  EmbWaveComparison *self = (EmbWaveComparison *)object;

  /* Handlers connected with g_signal_connect_object() would only go at
   * finalize: a change in between must not reach the destroyed children. */
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->database);

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
      g_value_set_object (value, self->database);
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
      self->database = g_value_dup_object (value);
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

  object_class->constructed = emb_wave_comparison_constructed;
  object_class->dispose = emb_wave_comparison_dispose;
  object_class->finalize = emb_wave_comparison_finalize;
  object_class->get_property = emb_wave_comparison_get_property;
  object_class->set_property = emb_wave_comparison_set_property;

  widget_class->map = emb_wave_comparison_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
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
}

static void
emb_wave_comparison_init (EmbWaveComparison *self)
{
  build (self);
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
  if (self->database != NULL)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      refresh (self);
    }
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
  if (self->database != NULL)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      refresh (self);
    }
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
  g_return_val_if_fail (metric < EMB_WAVE_COMPARISON_N_METRICS, NULL);
  g_return_val_if_fail (column < EMB_WAVE_COMPARISON_N_COLUMNS, NULL);

  return gtk_label_get_text (self->cells[0][metric][column].value);
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
  GtkLabel *label;

  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);
  g_return_val_if_fail (metric < EMB_WAVE_COMPARISON_N_METRICS, NULL);
  g_return_val_if_fail (column < EMB_WAVE_COMPARISON_N_COLUMNS, NULL);

  label = self->cells[0][metric][column].detail;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
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
  GtkLabel *label;

  g_return_val_if_fail (EMB_IS_WAVE_COMPARISON (self), NULL);
  g_return_val_if_fail (metric < EMB_WAVE_COMPARISON_N_METRICS, NULL);
  g_return_val_if_fail (column < EMB_WAVE_COMPARISON_N_COLUMNS, NULL);

  label = self->cells[0][metric][column].sample;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
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
  g_return_val_if_fail (metric < EMB_WAVE_COMPARISON_N_METRICS, FALSE);
  g_return_val_if_fail (column < EMB_WAVE_COMPARISON_N_COLUMNS, FALSE);

  return gtk_widget_get_visible (self->cells[0][metric][column].warning);
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
