/* emb-chart.c: the base of the widgets that draw a chart themselves
 *
 * A chart (the bar chart, the trend chart, the heatmap, the responsibility
 * matrix) draws its figures on a GtkSnapshot (with the helpers of
 * emb-chart-draw.h) and asks for a size that follows what it shows, in each
 * direction on its own: its class says which (EmbChartClass.get_size), and
 * this class answers GTK's measuring with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart.h"

G_DEFINE_ABSTRACT_TYPE (EmbChart, emb_chart, GTK_TYPE_WIDGET)

static void
emb_chart_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  EmbChart *self = EMB_CHART (widget);

  g_assert (EMB_CHART_GET_CLASS (self)->get_size != NULL);

  EMB_CHART_GET_CLASS (self)->get_size (self, orientation, minimum, natural);
}

static void
emb_chart_class_init (EmbChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = emb_chart_measure;
}

static void
emb_chart_init (EmbChart *self)
{
}
