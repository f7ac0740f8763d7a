/* emb-column-chart.c: vertical bars of a score over a range with zero in it
 * (NPS from −100 to 100), a label and a note under each
 *
 * The columns stand side by side, each as wide as the others. A bar rises
 * from the zero line for a positive value and hangs from it for a negative
 * one (in the error colour), its value written at its end; faint lines mark
 * the ends of the range, labelled on the left with the zero line. Under
 * each column its label (a month) and, smaller and dimmer, its note (the
 * number of answers), each on up to two lines. Every size follows the font, so the same chart reads
 * on a page and, with large type, on the kiosk. For
 * assistive technologies the chart is an image whose description lists
 * every column with its value and note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-column-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart-draw.h"
#include "emb-column-chart.h"

typedef EmbChartEntry Column;

struct _EmbColumnChart
{
  EmbChart   parent_instance;

  GArray    *columns;
  double     min;
  double     max;
  char      *title;
};

G_DEFINE_FINAL_TYPE (EmbColumnChart, emb_column_chart, EMB_TYPE_CHART)

static void
update_accessible (EmbColumnChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      const Column *column = &g_array_index (self->columns, Column, i);

      if (description->len > 0)
        g_string_append (description, "; ");
      /* Translators: a column of a chart, e.g. "March: 42" */
      g_string_append_printf (description, _("%s: %.0f"), column->label, column->value);
      if (column->note != NULL)
        g_string_append_printf (description, " (%s)", column->note);
    }
  emb_chart_describe (EMB_CHART (self), self->title, description->str);
}

static void
changed (EmbColumnChart *self)
{
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The height of a line of text in the chart's font */
static int
get_line_height (EmbColumnChart *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
emb_column_chart_get_size (EmbChart       *chart,
                           GtkOrientation  orientation,
                           int            *minimum,
                           int            *natural)
{
  EmbColumnChart *self = EMB_COLUMN_CHART (chart);
  int line = get_line_height (self);
  guint n = MAX (1u, self->columns->len);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = n * line * 2;
      *natural = n * line * 5;
    }
  else
    {
      /* A value at each end, two lines of label and two of note under
       * the columns, around bars at least four lines high */
      *minimum = line * 11;
      *natural = line * 16;
    }
}

/* A text of a column, centred in @width, on up to @lines lines; smaller
 * when @small (a note) */
static PangoLayout *
create_layout (GtkWidget  *widget,
               const char *text,
               int         width,
               int         lines,
               gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (small)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (lines > 1)
    {
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -lines);
    }
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

static void
emb_column_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  EmbColumnChart *self = EMB_COLUMN_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int line = get_line_height (self);
  float top, bottom, zero, scale, column_width, bar_width, text_width;
  GdkRGBA fg, accent, negative, dim, grid;
  const double ticks[] = { self->max, 0.0, self->min };
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  int gutter = 0;
  int label_height = 0;
  int note_height = 0;

  if (self->columns->len == 0 || self->max <= self->min)
    return;

  fg = emb_chart_get_foreground (widget);
  accent = emb_chart_lookup_color (widget, "accent_color", "#1c71d8");
  negative = emb_chart_lookup_color (widget, "error_color", "#c01c28");
  dim = fg;
  dim.alpha = 0.75f;
  grid = fg;
  grid.alpha = 0.15f;

  /* The scale: the ends of the range and zero, right-aligned on the left */
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *text = g_strdup_printf ("%.0f", ticks[i]);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      gutter = MAX (gutter, w + line / 2);
    }
  column_width = (float)(width - gutter) / self->columns->len;
  bar_width = MIN (column_width * 0.6f, line * 3.0f);
  /* A gap between the texts of neighbouring columns */
  text_width = column_width - line * 0.4f;

  /* The labels (two lines at most) and notes, as high as the highest */
  for (guint i = 0; i < self->columns->len; i++)
    {
      const Column *column = &g_array_index (self->columns, Column, i);
      PangoLayout *label = create_layout (widget, column->label, text_width, 2, FALSE);
      PangoLayout *note = create_layout (widget, column->note != NULL ? column->note : "", text_width, 2, TRUE);
      int w, h;

      pango_layout_get_pixel_size (label, &w, &h);
      label_height = MAX (label_height, h);
      pango_layout_get_pixel_size (note, &w, &h);
      note_height = MAX (note_height, h);
      g_ptr_array_add (labels, label);
      g_ptr_array_add (notes, note);
    }

  /* The bars' area, with room above and below for the values at its ends,
   * and the labels and notes under it */
  top = line * 1.25f;
  bottom = height - line * 1.5f - label_height - line * 0.1f - note_height;
  if (bottom <= top)
    return;
  scale = (bottom - top) / (self->max - self->min);
  zero = bottom - (CLAMP (0.0, self->min, self->max) - self->min) * scale;

  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *text = g_strdup_printf ("%.0f", ticks[i]);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      float y = bottom - (CLAMP (ticks[i], self->min, self->max) - self->min) * scale;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      emb_chart_append_layout (snapshot, layout, gutter - line / 2 - w, y - h / 2.0f, &dim);
    }
  gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (gutter, top, width - gutter, 1));
  gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (gutter, bottom, width - gutter, 1));

  for (guint i = 0; i < self->columns->len; i++)
    {
      const Column *column = &g_array_index (self->columns, Column, i);
      double value = CLAMP (column->value, self->min, self->max);
      float x = gutter + column_width * i;
      float end = bottom - (value - self->min) * scale;
      g_autofree char *text = g_strdup_printf ("%.0f", column->value);
      g_autoptr(PangoLayout) value_layout = create_layout (widget, text, text_width, 1, FALSE);
      int w, h;

      /* The bar, from the zero line to the value, at least a sliver */
      gtk_snapshot_append_color (snapshot, value < 0 ? &negative : &accent,
                                 &GRAPHENE_RECT_INIT (x + (column_width - bar_width) / 2,
                                                      MIN (zero, end) - (value == 0 ? 1 : 0),
                                                      bar_width, MAX (2.0f, ABS (zero - end))));

      /* Its value beyond its end */
      pango_layout_get_pixel_size (value_layout, &w, &h);
      x += line * 0.2f;
      emb_chart_append_layout (snapshot, value_layout, x,
                               value < 0 ? end + line * 0.15f : end - h - line * 0.15f,
                               value < 0 ? &negative : &fg);

      /* The label and, smaller, the note under the bars */
      emb_chart_append_layout (snapshot, labels->pdata[i], x, bottom + line * 1.5f, &fg);
      emb_chart_append_layout (snapshot, notes->pdata[i], x,
                               bottom + line * 1.6f + label_height, &dim);
    }

  /* The zero line over the bars */
  gtk_snapshot_append_color (snapshot, &fg, &GRAPHENE_RECT_INIT (gutter, zero - 1, width - gutter, 2));
}

static void
emb_column_chart_finalize (GObject *object)
{
  EmbColumnChart *self = (EmbColumnChart *)object;

  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (emb_column_chart_parent_class)->finalize (object);
}

static void
emb_column_chart_class_init (EmbColumnChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbChartClass *chart_class = EMB_CHART_CLASS (klass);

  object_class->finalize = emb_column_chart_finalize;
  widget_class->snapshot = emb_column_chart_snapshot;
  chart_class->get_size = emb_column_chart_get_size;

  gtk_widget_class_set_css_name (widget_class, "columnchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
emb_column_chart_init (EmbColumnChart *self)
{
  self->columns = emb_chart_entries_new ();
  self->min = -100.0;
  self->max = 100.0;
  update_accessible (self);
}

/**
 * emb_column_chart_new:
 *
 * Returns: (transfer floating): a new, empty chart over −100 … 100
 */
GtkWidget *
emb_column_chart_new (void)
{
  return g_object_new (EMB_TYPE_COLUMN_CHART, NULL);
}

/**
 * emb_column_chart_set_range:
 * @min: the value at the bottom of the chart
 * @max: the value at the top, greater than @min
 */
void
emb_column_chart_set_range (EmbColumnChart *self,
                            double          min,
                            double          max)
{
  g_return_if_fail (EMB_IS_COLUMN_CHART (self));
  g_return_if_fail (max > min);

  self->min = min;
  self->max = max;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
emb_column_chart_clear (EmbColumnChart *self)
{
  g_return_if_fail (EMB_IS_COLUMN_CHART (self));

  g_array_set_size (self->columns, 0);
  changed (self);
}

/**
 * emb_column_chart_append:
 * @label: what the column stands for (a month)
 * @value: its value, drawn clamped to the range
 * @note: (nullable): a short text under the label (the sample)
 *
 * Adds a column right of the others.
 */
void
emb_column_chart_append (EmbColumnChart *self,
                         const char     *label,
                         double          value,
                         const char     *note)
{
  Column column;

  g_return_if_fail (EMB_IS_COLUMN_CHART (self));
  g_return_if_fail (label != NULL);

  column.label = g_strdup (label);
  column.value = value;
  column.note = g_strdup (note);
  g_array_append_val (self->columns, column);
  changed (self);
}

guint
emb_column_chart_get_n_columns (EmbColumnChart *self)
{
  g_return_val_if_fail (EMB_IS_COLUMN_CHART (self), 0);

  return self->columns->len;
}

const char *
emb_column_chart_get_column_label (EmbColumnChart *self,
                                   guint           index)
{
  g_return_val_if_fail (EMB_IS_COLUMN_CHART (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_array_index (self->columns, Column, index).label;
}

double
emb_column_chart_get_column_value (EmbColumnChart *self,
                                   guint           index)
{
  g_return_val_if_fail (EMB_IS_COLUMN_CHART (self), 0.0);
  g_return_val_if_fail (index < self->columns->len, 0.0);

  return g_array_index (self->columns, Column, index).value;
}

const char *
emb_column_chart_get_column_note (EmbColumnChart *self,
                                  guint           index)
{
  g_return_val_if_fail (EMB_IS_COLUMN_CHART (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_array_index (self->columns, Column, index).note;
}

/**
 * emb_column_chart_set_title:
 * @title: (nullable): what the chart shows, its accessible name
 */
void
emb_column_chart_set_title (EmbColumnChart *self,
                            const char     *title)
{
  g_return_if_fail (EMB_IS_COLUMN_CHART (self));

  g_free (self->title);
  self->title = g_strdup (title);
  update_accessible (self);
}
