/* emb-chart.h: the base of the widgets that draw a chart themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EMB_TYPE_CHART (emb_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (EmbChart, emb_chart, EMB, CHART, GtkWidget)

/* What a chart draws for one bar or column */
typedef struct
{
  char   *label;
  double  value;
  char   *note;    /* a short text beside it (its sample), or NULL */
} EmbChartEntry;

/**
 * EmbChartClass:
 * @get_size: the size the chart asks for along @orientation: the least it
 *   can be drawn in (@minimum) and the size that shows it whole (@natural);
 *   it depends on what the chart shows, not on the other direction
 */
struct _EmbChartClass
{
  GtkWidgetClass parent_class;

  void (*get_size) (EmbChart       *self,
                    GtkOrientation  orientation,
                    int            *minimum,
                    int            *natural);
};

GArray *emb_chart_entries_new (void);
void    emb_chart_describe    (EmbChart   *self,
                               const char *title,
                               const char *description);

G_END_DECLS
