/* emb-bar-chart.c: horizontal bars of percentages, gaps highlighted
 *
 * Each bar has a label and a value from 0 to 100 %; bars below the threshold
 * are drawn in the error colour and a thin line marks the threshold, so the
 * gaps stand out. A bar may carry a note, drawn dimmer after its value (the
 * sample it counts, "24 people"). The rows grow with the font, so a chart
 * styled with large type (the kiosk's) keeps its proportions. For assistive
 * technologies the chart is an image whose description lists every bar
 * with its value and note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bar-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-bar-chart.h"
#include "emb-chart-draw.h"

#define ROW_HEIGHT   30
#define BAR_HEIGHT   12
#define SPACING      12
#define MIN_BAR      60

typedef EmbChartEntry Bar;

struct _EmbBarChart
{
  EmbChart   parent_instance;

  GArray    *bars;
  double     threshold;
  char      *title;
};

G_DEFINE_FINAL_TYPE (EmbBarChart, emb_bar_chart, EMB_TYPE_CHART)

enum {
  PROP_0,
  PROP_THRESHOLD,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (EmbBarChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autofree char *item = NULL;

      if (bar->value < self->threshold)
        /* Translators: a bar of a chart, e.g. "Sales: 62 % (below 80 %)" */
        item = g_strdup_printf (_("%s: %.0f %% (below %.0f %%)"),
                                bar->label, bar->value, self->threshold);
      else
        /* Translators: a bar of a chart, e.g. "Sales: 92 %" */
        item = g_strdup_printf (_("%s: %.0f %%"), bar->label, bar->value);
      if (description->len > 0)
        g_string_append (description, "; ");
      g_string_append (description, item);
      if (bar->note != NULL)
        g_string_append_printf (description, " (%s)", bar->note);
    }
  if (self->bars->len == 0)
    g_string_append (description, _("No data"));

  emb_chart_describe (EMB_CHART (self), self->title, description->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description->str);
}

static void
changed (EmbBarChart *self)
{
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The height of a row and of a bar: at least the defaults, more when the
 * font is large. */
static void
get_row_height (EmbBarChart *self,
                int         *row_height,
                int         *bar_height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  int line;

  pango_layout_get_pixel_size (layout, NULL, &line);
  *row_height = MAX (ROW_HEIGHT, line * 3 / 2);
  *bar_height = MAX (BAR_HEIGHT, line * 2 / 5);
}

static void
emb_bar_chart_get_size (EmbChart       *chart,
                        GtkOrientation  orientation,
                        int            *minimum,
                        int            *natural)
{
  EmbBarChart *self = EMB_BAR_CHART (chart);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 400;
    }
  else
    {
      int row_height, bar_height;

      get_row_height (self, &row_height, &bar_height);
      *minimum = *natural = MAX (1u, self->bars->len) * row_height;
    }
}

static void
emb_bar_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  EmbBarChart *self = EMB_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA fg, accent, gap, track, dim;
  int label_width = 0;
  int value_width = 0;
  int note_width = 0;
  int bar_x, bar_width, note_x;
  int row_height, bar_height;

  fg = emb_chart_get_foreground (widget);
  accent = emb_chart_lookup_color (widget, "accent_color", "#1c71d8");
  gap = emb_chart_lookup_color (widget, "error_color", "#c01c28");
  track = fg;
  track.alpha = 0.12f;
  dim = fg;
  dim.alpha = 0.75f;
  get_row_height (self, &row_height, &bar_height);

  /* The widest label and value, the label column at most 40 % wide */
  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, bar->label);
      g_autofree char *value = g_strdup_printf (_("%.0f %%"), bar->value);
      g_autoptr(PangoLayout) value_layout = gtk_widget_create_pango_layout (widget, value);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      label_width = MAX (label_width, w);
      pango_layout_get_pixel_size (value_layout, &w, &h);
      value_width = MAX (value_width, w);
      if (bar->note != NULL)
        {
          g_autoptr(PangoLayout) note_layout = gtk_widget_create_pango_layout (widget, bar->note);

          pango_layout_get_pixel_size (note_layout, &w, &h);
          note_width = MAX (note_width, SPACING + w);
        }
    }
  label_width = MIN (label_width, width * 2 / 5);
  bar_x = label_width + SPACING;
  bar_width = MAX (MIN_BAR, width - bar_x - SPACING - value_width - note_width);
  note_x = bar_x + bar_width + SPACING + value_width + SPACING;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, bar->label);
      g_autofree char *value = g_strdup_printf (_("%.0f %%"), bar->value);
      g_autoptr(PangoLayout) value_layout = gtk_widget_create_pango_layout (widget, value);
      gboolean below = bar->value < self->threshold;
      double fraction = CLAMP (bar->value, 0.0, 100.0) / 100.0;
      int y = i * row_height;
      int w, h;
      GskRoundedRect rounded;
      graphene_rect_t rect;

      /* The label, ellipsized */
      pango_layout_set_width (layout, label_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &w, &h);
      emb_chart_append_layout (snapshot, layout, 0, y + (row_height - h) / 2.0f, &fg);

      /* The track and the bar */
      rect = GRAPHENE_RECT_INIT (bar_x, y + (row_height - bar_height) / 2.0f,
                                 bar_width, bar_height);
      gsk_rounded_rect_init_from_rect (&rounded, &rect, bar_height / 2.0f);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, &track, &rect);
      rect.size.width = bar_width * fraction;
      gtk_snapshot_append_color (snapshot, below ? &gap : &accent, &rect);
      gtk_snapshot_pop (snapshot);

      /* The value, in the gap colour when below the threshold */
      pango_layout_get_pixel_size (value_layout, &w, &h);
      emb_chart_append_layout (snapshot, value_layout, bar_x + bar_width + SPACING + value_width - w,
                               y + (row_height - h) / 2.0f, below ? &gap : &fg);

      /* The note, dimmer */
      if (bar->note != NULL)
        {
          g_autoptr(PangoLayout) note_layout = gtk_widget_create_pango_layout (widget, bar->note);

          pango_layout_get_pixel_size (note_layout, &w, &h);
          emb_chart_append_layout (snapshot, note_layout, note_x, y + (row_height - h) / 2.0f, &dim);
        }
    }

  /* The threshold */
  if (self->bars->len > 0 && self->threshold > 0 && self->threshold <= 100)
    {
      GdkRGBA line = fg;

      line.alpha = 0.45f;
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (bar_x + bar_width * self->threshold / 100.0f - 0.5f,
                                                      2, 1, self->bars->len * row_height - 4));
    }
}

static void
emb_bar_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EmbBarChart *self = EMB_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_bar_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EmbBarChart *self = EMB_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      emb_bar_chart_set_threshold (self, g_value_get_double (value));
      break;

    case PROP_TITLE:
      emb_bar_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_bar_chart_finalize (GObject *object)
{
  EmbBarChart *self = (EmbBarChart *)object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (emb_bar_chart_parent_class)->finalize (object);
}

static void
emb_bar_chart_class_init (EmbBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbChartClass *chart_class = EMB_CHART_CLASS (klass);

  object_class->get_property = emb_bar_chart_get_property;
  object_class->set_property = emb_bar_chart_set_property;
  object_class->finalize = emb_bar_chart_finalize;

  widget_class->snapshot = emb_bar_chart_snapshot;
  chart_class->get_size = emb_bar_chart_get_size;

  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL,
                         0.0, 100.0, 80.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
emb_bar_chart_init (EmbBarChart *self)
{
  self->bars = emb_chart_entries_new ();
  self->threshold = 80.0;
  update_accessible (self);
}

/**
 * emb_bar_chart_new:
 *
 * Returns: (transfer floating): a new, empty chart
 */
GtkWidget *
emb_bar_chart_new (void)
{
  return g_object_new (EMB_TYPE_BAR_CHART, NULL);
}

/**
 * emb_bar_chart_clear:
 *
 * Removes every bar.
 */
void
emb_bar_chart_clear (EmbBarChart *self)
{
  g_return_if_fail (EMB_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  changed (self);
}

/**
 * emb_bar_chart_append:
 * @label: what the bar stands for
 * @percent: its value, from 0 to 100
 *
 * Adds a bar below the others.
 */
void
emb_bar_chart_append (EmbBarChart *self,
                      const char  *label,
                      double       percent)
{
  Bar bar;

  g_return_if_fail (EMB_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL);

  bar.label = g_strdup (label);
  bar.value = CLAMP (percent, 0.0, 100.0);
  bar.note = NULL;
  g_array_append_val (self->bars, bar);
  changed (self);
}

/**
 * emb_bar_chart_set_bar_note:
 * @note: (nullable): a short text drawn after the bar's value, such as the
 *   number of people it counts
 */
void
emb_bar_chart_set_bar_note (EmbBarChart *self,
                            guint        index,
                            const char  *note)
{
  Bar *bar;

  g_return_if_fail (EMB_IS_BAR_CHART (self));
  g_return_if_fail (index < self->bars->len);

  bar = &g_array_index (self->bars, Bar, index);
  g_free (bar->note);
  bar->note = g_strdup (note);
  changed (self);
}

const char *
emb_bar_chart_get_bar_note (EmbBarChart *self,
                            guint        index)
{
  g_return_val_if_fail (EMB_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return g_array_index (self->bars, Bar, index).note;
}

guint
emb_bar_chart_get_n_bars (EmbBarChart *self)
{
  g_return_val_if_fail (EMB_IS_BAR_CHART (self), 0);

  return self->bars->len;
}

const char *
emb_bar_chart_get_bar_label (EmbBarChart *self,
                             guint        index)
{
  g_return_val_if_fail (EMB_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return g_array_index (self->bars, Bar, index).label;
}

double
emb_bar_chart_get_bar_value (EmbBarChart *self,
                             guint        index)
{
  g_return_val_if_fail (EMB_IS_BAR_CHART (self), 0.0);
  g_return_val_if_fail (index < self->bars->len, 0.0);

  return g_array_index (self->bars, Bar, index).value;
}

double
emb_bar_chart_get_threshold (EmbBarChart *self)
{
  g_return_val_if_fail (EMB_IS_BAR_CHART (self), 0.0);

  return self->threshold;
}

/**
 * emb_bar_chart_set_threshold:
 * @threshold: the value, in percent, below which a bar is a gap
 */
void
emb_bar_chart_set_threshold (EmbBarChart *self,
                             double       threshold)
{
  g_return_if_fail (EMB_IS_BAR_CHART (self));

  threshold = CLAMP (threshold, 0.0, 100.0);
  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

const char *
emb_bar_chart_get_title (EmbBarChart *self)
{
  g_return_val_if_fail (EMB_IS_BAR_CHART (self), NULL);

  return self->title;
}

/**
 * emb_bar_chart_set_title:
 * @title: (nullable): what the chart shows, its accessible name
 */
void
emb_bar_chart_set_title (EmbBarChart *self,
                         const char  *title)
{
  g_return_if_fail (EMB_IS_BAR_CHART (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}
