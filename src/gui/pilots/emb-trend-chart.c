/* emb-trend-chart.c: a line chart of a score over time, with gaps and a marker
 *
 * The chart spans a range of whole days [from, to). Each point covers a
 * period of days from its start and is drawn at the middle of it; consecutive
 * valid points are joined, a point without a value leaves a gap. A point over
 * a small sample (emb_metrics_sample_is_small()) is drawn hollow. A dashed vertical
 * line with a label marks one day (such as a wave's start) and the part of the
 * range after it is tinted. The vertical axis has five labelled grid lines,
 * the horizontal one the first day, the marked day and the last day, in the
 * user's date format. For assistive technologies the chart is an image whose
 * label and description its owner sets (emb_trend_chart_set_description()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-trend-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart-draw.h"
#include "emb-metrics.h"
#include "emb-trend-chart.h"

#define PADDING      8
#define DOT_RADIUS   3.5
#define N_TICKS      5

typedef struct
{
  char     start[11];
  guint    days;
  gboolean valid;
  double   value;
  guint    sample;
} Point;

struct _EmbTrendChart
{
  EmbChart   parent_instance;

  GArray    *points;
  char       from[11];
  char       to[11];
  double     min;
  double     max;
  char      *marker_date;
  char      *marker_label;
};

G_DEFINE_FINAL_TYPE (EmbTrendChart, emb_trend_chart, EMB_TYPE_CHART)

/* Returns the Julian day of a "YYYY-MM-DD" date, or 0 when it is not one. */
static guint32
parse_julian (const char *date)
{
  unsigned year, month, day;
  GDate parsed;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return 0;
  if (!g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, day, month, year);
  return g_date_get_julian (&parsed);
}

/* The day of a Julian day number, formatted for the user's locale. */
static char *
format_julian (guint32 julian)
{
  g_autoptr(GDateTime) datetime = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  datetime = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 0, 0, 0);
  return g_date_time_format (datetime, "%x");
}

static void
emb_trend_chart_get_size (EmbChart       *chart,
                          GtkOrientation  orientation,
                          int            *minimum,
                          int            *natural)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
    }
  else
    {
      *minimum = 180;
      *natural = 240;
    }
}

static void
emb_trend_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  EmbTrendChart *self = EMB_TREND_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint32 from = parse_julian (self->from);
  guint32 to = parse_julian (self->to);
  guint32 marker = parse_julian (self->marker_date);
  GdkRGBA fg, dim, grid, accent, tint, bg;
  int label_width = 0, line_height = 0;
  double plot_x, plot_y, plot_w, plot_h, span;
  guint n_valid = 0;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  fg = emb_chart_get_foreground (widget);
  accent = emb_chart_lookup_color (widget, "accent_color", "#1c71d8");
  bg = emb_chart_lookup_color (widget, "card_bg_color", "#ffffff");
  bg.alpha = 1.0f;
  dim = fg;
  dim.alpha = 0.65f;
  grid = fg;
  grid.alpha = 0.12f;
  tint = accent;
  tint.alpha = 0.07f;

  /* The margins: the widest value label on the left, one line of text for
   * the marker label above and the dates below. */
  for (guint i = 0; i < N_TICKS; i++)
    {
      double value = self->min + (self->max - self->min) * i / (N_TICKS - 1);
      g_autofree char *text = g_strdup_printf ("%.0f", value);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      label_width = MAX (label_width, w);
      line_height = MAX (line_height, h);
    }
  plot_x = label_width + PADDING;
  plot_y = line_height + PADDING;
  plot_w = MAX (1, width - plot_x - PADDING);
  plot_h = MAX (1, height - plot_y - line_height - PADDING);
  span = (from != 0 && to > from) ? (double) (to - from) : 1.0;

#define X_OF_DAY(day) (plot_x + plot_w * ((double) (day) - (double) from) / span)
#define Y_OF_VALUE(v) (plot_y + plot_h * (self->max - CLAMP ((v), self->min, self->max)) / (self->max - self->min))

  /* The period after the marker, tinted */
  if (marker != 0 && from != 0 && marker >= from && marker < to)
    {
      double mx = X_OF_DAY (marker);

      gtk_snapshot_append_color (snapshot, &tint,
                                 &GRAPHENE_RECT_INIT ((float) mx, (float) plot_y,
                                                      (float) (plot_x + plot_w - mx), (float) plot_h));
    }

  /* The grid lines and their values */
  for (guint i = 0; i < N_TICKS; i++)
    {
      double value = self->min + (self->max - self->min) * i / (N_TICKS - 1);
      g_autofree char *text = g_strdup_printf ("%.0f", value);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      double y = Y_OF_VALUE (value);
      GdkRGBA line = grid;
      int w, h;

      if (value == 0.0)
        line.alpha = 0.35f;
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT ((float) plot_x, (float) (y - 0.5),
                                                      (float) plot_w, 1));
      pango_layout_get_pixel_size (layout, &w, &h);
      emb_chart_append_layout (snapshot, layout, label_width - w, y - h / 2.0, &dim);
    }

  /* The dates along the bottom: first day, marked day, last day */
  if (from != 0 && to > from)
    {
      g_autofree char *first = format_julian (from);
      g_autofree char *last = format_julian (to - 1);
      g_autoptr(PangoLayout) first_layout = gtk_widget_create_pango_layout (widget, first);
      g_autoptr(PangoLayout) last_layout = gtk_widget_create_pango_layout (widget, last);
      double y = plot_y + plot_h + PADDING / 2.0;
      int first_w, last_w, h;

      pango_layout_get_pixel_size (first_layout, &first_w, &h);
      pango_layout_get_pixel_size (last_layout, &last_w, &h);
      emb_chart_append_layout (snapshot, first_layout, plot_x, y, &dim);
      if (to - 1 > from && plot_x + first_w + PADDING < plot_x + plot_w - last_w)
        emb_chart_append_layout (snapshot, last_layout, plot_x + plot_w - last_w, y, &dim);

      if (marker > from && marker < to - 1)
        {
          g_autofree char *marked = format_julian (marker);
          g_autoptr(PangoLayout) marked_layout = gtk_widget_create_pango_layout (widget, marked);
          double mx = X_OF_DAY (marker);
          int w;

          pango_layout_get_pixel_size (marked_layout, &w, &h);
          /* Only when it overlaps neither end */
          if (mx - w / 2.0 > plot_x + first_w + PADDING &&
              mx + w / 2.0 < plot_x + plot_w - last_w - PADDING)
            emb_chart_append_layout (snapshot, marked_layout, mx - w / 2.0, y, &fg);
        }
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The marker: a dashed line and its label */
  if (marker != 0 && from != 0 && marker >= from && marker <= to)
    {
      double mx = floor (X_OF_DAY (marker)) + 0.5;
      static const double dashes[] = { 4.0, 3.0 };

      cairo_save (cr);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, mx, plot_y - 2);
      cairo_line_to (cr, mx, plot_y + plot_h);
      cairo_stroke (cr);
      cairo_restore (cr);

      if (self->marker_label != NULL)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, self->marker_label);
          int w, h;
          double x;

          pango_layout_get_pixel_size (layout, &w, &h);
          /* Right of the line when it fits, else left of it */
          x = mx + 4;
          if (x + w > width)
            x = MAX (0, mx - 4 - w);
          emb_chart_append_layout (snapshot, layout, x, plot_y - h - 2, &fg);
        }
    }

  /* The line, broken where a period has no value, and the points */
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gdk_cairo_set_source_rgba (cr, &accent);
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      const Point *previous = i > 0 ? &g_array_index (self->points, Point, i - 1) : NULL;
      double x = X_OF_DAY (parse_julian (point->start) + point->days / 2.0);
      double y;

      if (!point->valid)
        continue;
      n_valid++;
      y = Y_OF_VALUE (point->value);
      if (previous != NULL && previous->valid)
        cairo_line_to (cr, x, y);
      else
        {
          cairo_stroke (cr);
          cairo_move_to (cr, x, y);
        }
    }
  cairo_stroke (cr);

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      double x, y;

      if (!point->valid)
        continue;
      x = X_OF_DAY (parse_julian (point->start) + point->days / 2.0);
      y = Y_OF_VALUE (point->value);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
      if (emb_metrics_sample_is_small (point->sample))
        {
          /* Indicative only: hollow */
          gdk_cairo_set_source_rgba (cr, &bg);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        {
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_fill (cr);
        }
    }
  cairo_destroy (cr);

  if (n_valid == 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, _("No answers in this period"));
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      emb_chart_append_layout (snapshot, layout, plot_x + (plot_w - w) / 2.0, plot_y + (plot_h - h) / 2.0, &dim);
    }

#undef X_OF_DAY
#undef Y_OF_VALUE
}

static void
emb_trend_chart_finalize (GObject *object)
{
  EmbTrendChart *self = (EmbTrendChart *)object;

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->marker_date, g_free);
  g_clear_pointer (&self->marker_label, g_free);

  G_OBJECT_CLASS (emb_trend_chart_parent_class)->finalize (object);
}

static void
emb_trend_chart_class_init (EmbTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbChartClass *chart_class = EMB_CHART_CLASS (klass);

  object_class->finalize = emb_trend_chart_finalize;

  widget_class->snapshot = emb_trend_chart_snapshot;
  chart_class->get_size = emb_trend_chart_get_size;

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
emb_trend_chart_init (EmbTrendChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (Point));
  self->min = -100.0;
  self->max = 100.0;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"),
                                  -1);
}

/**
 * emb_trend_chart_new:
 *
 * Returns: (transfer floating): a new, empty chart over −100…100
 */
GtkWidget *
emb_trend_chart_new (void)
{
  return g_object_new (EMB_TYPE_TREND_CHART, NULL);
}

/**
 * emb_trend_chart_set_range:
 * @from: (nullable): the first day shown, "YYYY-MM-DD"
 * @to: (nullable): the day after the last day shown (excluded)
 *
 * Sets the horizontal axis.
 */
void
emb_trend_chart_set_range (EmbTrendChart *self,
                           const char    *from,
                           const char    *to)
{
  g_return_if_fail (EMB_IS_TREND_CHART (self));

  g_strlcpy (self->from, from != NULL ? from : "", sizeof self->from);
  g_strlcpy (self->to, to != NULL ? to : "", sizeof self->to);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * emb_trend_chart_set_value_range:
 * @min: the value at the bottom
 * @max: the value at the top, greater than @min
 *
 * Sets the vertical axis; values outside it are drawn at its edge.
 */
void
emb_trend_chart_set_value_range (EmbTrendChart *self,
                                 double         min,
                                 double         max)
{
  g_return_if_fail (EMB_IS_TREND_CHART (self));
  g_return_if_fail (min < max);

  self->min = min;
  self->max = max;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * emb_trend_chart_clear:
 *
 * Removes every point.
 */
void
emb_trend_chart_clear (EmbTrendChart *self)
{
  g_return_if_fail (EMB_IS_TREND_CHART (self));

  g_array_set_size (self->points, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * emb_trend_chart_append:
 * @start: the first day of the point's period, "YYYY-MM-DD"
 * @days: the length of the period in days
 * @valid: %FALSE when the period has no value (a gap)
 * @value: the value, when @valid
 * @sample: the number of answers behind the value
 *
 * Adds a point after the others.
 */
void
emb_trend_chart_append (EmbTrendChart *self,
                        const char    *start,
                        guint          days,
                        gboolean       valid,
                        double         value,
                        guint          sample)
{
  Point point = { { 0 }, 0, FALSE, 0.0, 0 };

  g_return_if_fail (EMB_IS_TREND_CHART (self));
  g_return_if_fail (start != NULL);

  g_strlcpy (point.start, start, sizeof point.start);
  point.days = days;
  point.valid = valid;
  point.value = valid ? value : 0.0;
  point.sample = valid ? sample : 0;
  g_array_append_val (self->points, point);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * emb_trend_chart_set_marker:
 * @date: (nullable): the day marked with a vertical line, or %NULL for none
 * @label: (nullable): the text next to the line
 */
void
emb_trend_chart_set_marker (EmbTrendChart *self,
                            const char    *date,
                            const char    *label)
{
  g_return_if_fail (EMB_IS_TREND_CHART (self));

  g_free (self->marker_date);
  self->marker_date = g_strdup (date);
  g_free (self->marker_label);
  self->marker_label = g_strdup (label);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
emb_trend_chart_get_n_points (EmbTrendChart *self)
{
  g_return_val_if_fail (EMB_IS_TREND_CHART (self), 0);

  return self->points->len;
}

/**
 * emb_trend_chart_get_point:
 * @index: a point
 * @start: (out) (optional): the first day of its period
 * @value: (out) (optional): its value
 * @sample: (out) (optional): its sample size
 *
 * Returns: whether the point has a value (%FALSE for a gap)
 */
gboolean
emb_trend_chart_get_point (EmbTrendChart  *self,
                           guint           index,
                           const char    **start,
                           double         *value,
                           guint          *sample)
{
  const Point *point;

  g_return_val_if_fail (EMB_IS_TREND_CHART (self), FALSE);
  g_return_val_if_fail (index < self->points->len, FALSE);

  point = &g_array_index (self->points, Point, index);
  if (start != NULL)
    *start = point->start;
  if (value != NULL)
    *value = point->value;
  if (sample != NULL)
    *sample = point->sample;
  return point->valid;
}

const char *
emb_trend_chart_get_marker_date (EmbTrendChart *self)
{
  g_return_val_if_fail (EMB_IS_TREND_CHART (self), NULL);

  return self->marker_date;
}

const char *
emb_trend_chart_get_marker_label (EmbTrendChart *self)
{
  g_return_val_if_fail (EMB_IS_TREND_CHART (self), NULL);

  return self->marker_label;
}

/**
 * emb_trend_chart_set_description:
 * @label: what the chart shows, its accessible name
 * @description: (nullable): a summary of what it shows, for assistive
 *   technologies and as its tooltip
 */
void
emb_trend_chart_set_description (EmbTrendChart *self,
                                 const char    *label,
                                 const char    *description)
{
  g_return_if_fail (EMB_IS_TREND_CHART (self));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
}
