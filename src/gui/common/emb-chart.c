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

static void
clear_entry (gpointer data)
{
  EmbChartEntry *entry = data;

  g_free (entry->label);
  g_free (entry->note);
}

/**
 * emb_chart_entries_new:
 *
 * Returns: (transfer full): an empty array of #EmbChartEntry that frees
 *   their texts
 */
GArray *
emb_chart_entries_new (void)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (EmbChartEntry));

  g_array_set_clear_func (entries, clear_entry);
  return entries;
}

/**
 * emb_chart_describe:
 * @title: (nullable): what the chart shows
 * @description: its figures in words, empty when it has none
 *
 * Names the chart (an image) for assistive technologies.
 */
void
emb_chart_describe (EmbChart   *self,
                    const char *title,
                    const char *description)
{
  g_return_if_fail (EMB_IS_CHART (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description[0] != '\0' ? description : _("No data"),
                                  -1);
}
