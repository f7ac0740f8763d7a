/* emb-wave-table.c: the figures of a wave's comparison, in a wide or narrow table
 *
 * NPS, CSAT, CES and complaints (a row each) for the wave's touchpoints and
 * for those not yet in a wave (a group each), before the wave and since its
 * start (a column each), the periods' dates under their headers. The wide
 * table puts the two groups side by side; the narrow one (the "narrow"
 * property) one under the other. Every figure shows its sample size and
 * warns below EMB_METRICS_MIN_SAMPLE answers; for assistive technologies
 * each figure is named by its place in the table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-wave-table"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-metrics.h"
#include "emb-wave-table.h"

/* The period headers: four in the wide table, two in the narrow one */
#define N_HEADERS 2

typedef struct
{
  GtkWidget *box;
  GtkLabel  *value;
  GtkLabel  *detail;
  GtkLabel  *sample;
  GtkWidget *warning;
} Cell;

struct _EmbWaveTable
{
  AdwBin    parent_instance;

  gboolean  narrow;
  GtkLabel *before_dates[N_HEADERS];
  GtkLabel *after_dates[N_HEADERS];
  guint     n_dates;
  Cell      cells[EMB_WAVE_COMPARISON_N_METRICS][EMB_WAVE_COMPARISON_N_COLUMNS];
};

G_DEFINE_FINAL_TYPE (EmbWaveTable, emb_wave_table, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_NARROW,
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
period_header (EmbWaveTable      *self,
               gboolean           after)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *dates = caption_label ("");

  g_assert (self->n_dates < N_HEADERS);
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
build_wide_table (EmbWaveTable *self)
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
          build_cell (&self->cells[m][c]);
          gtk_size_group_add_widget (columns, self->cells[m][c].box);
          gtk_grid_attach (GTK_GRID (grid), self->cells[m][c].box, c + 1, m + 2, 1, 1);
        }
    }
  return grid;
}

/* The narrow table: the two periods side by side, the groups one under the
 * other. */
static GtkWidget *
build_narrow_table (EmbWaveTable *self)
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
              Cell *cell = &self->cells[m][group * 2 + period];

              build_cell (cell);
              gtk_size_group_add_widget (columns, cell->box);
              gtk_grid_attach (GTK_GRID (grid), cell->box, period + 1, row, 1, 1);
            }
          row++;
        }
    }
  return grid;
}

static void
emb_wave_table_constructed (GObject *object)
{
  EmbWaveTable *self = (EmbWaveTable *)object;

  G_OBJECT_CLASS (emb_wave_table_parent_class)->constructed (object);

  adw_bin_set_child (ADW_BIN (self), self->narrow ? build_narrow_table (self) : build_wide_table (self));
}

static void
emb_wave_table_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EmbWaveTable *self = (EmbWaveTable *)object;

  switch (prop_id)
    {
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_wave_table_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EmbWaveTable *self = (EmbWaveTable *)object;

  switch (prop_id)
    {
    case PROP_NARROW:
      self->narrow = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_wave_table_class_init (EmbWaveTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = emb_wave_table_constructed;
  object_class->get_property = emb_wave_table_get_property;
  object_class->set_property = emb_wave_table_set_property;

  /**
   * EmbWaveTable:narrow:
   *
   * Whether the groups stand one under the other rather than side by side.
   */
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_wave_table_init (EmbWaveTable *self)
{
}

/**
 * emb_wave_table_set_figure:
 * @value: the figure ("—" without answers)
 * @detail: (nullable): a second line under it
 * @has_sample: whether the figure has a sample size (complaints have none)
 * @sample: the number of answers behind it
 */
void
emb_wave_table_set_figure (EmbWaveTable            *self,
                           EmbWaveComparisonMetric  metric,
                           EmbWaveComparisonColumn  column,
                           const char              *value,
                           const char              *detail,
                           gboolean                 has_sample,
                           guint                    sample)
{
  g_autofree char *name = NULL;

  g_return_if_fail (EMB_IS_WAVE_TABLE (self));
  g_return_if_fail (metric < EMB_WAVE_COMPARISON_N_METRICS);
  g_return_if_fail (column < EMB_WAVE_COMPARISON_N_COLUMNS);
  g_return_if_fail (value != NULL);

  name = cell_name (metric, column);
  set_cell (&self->cells[metric][column], value, detail, has_sample, sample, name);
}

/**
 * emb_wave_table_set_periods:
 * @before: the dates of the baseline
 * @after: the dates of the period since the start
 */
void
emb_wave_table_set_periods (EmbWaveTable *self,
                            const char   *before,
                            const char   *after)
{
  g_return_if_fail (EMB_IS_WAVE_TABLE (self));

  for (guint i = 0; i < self->n_dates; i++)
    {
      gtk_label_set_text (self->before_dates[i], before);
      gtk_label_set_text (self->after_dates[i], after);
    }
}

static Cell *
get_cell (EmbWaveTable            *self,
          EmbWaveComparisonMetric  metric,
          EmbWaveComparisonColumn  column)
{
  g_return_val_if_fail (EMB_IS_WAVE_TABLE (self), NULL);
  g_return_val_if_fail (metric < EMB_WAVE_COMPARISON_N_METRICS, NULL);
  g_return_val_if_fail (column < EMB_WAVE_COMPARISON_N_COLUMNS, NULL);

  return &self->cells[metric][column];
}

/**
 * emb_wave_table_get_figure:
 *
 * Returns: the figure as shown in a cell ("—" without answers)
 */
const char *
emb_wave_table_get_figure (EmbWaveTable            *self,
                           EmbWaveComparisonMetric  metric,
                           EmbWaveComparisonColumn  column)
{
  Cell *cell = get_cell (self, metric, column);

  return cell != NULL ? gtk_label_get_text (cell->value) : NULL;
}

/**
 * emb_wave_table_get_detail:
 *
 * Returns: (nullable): the second line of a cell, or %NULL when it is hidden
 */
const char *
emb_wave_table_get_detail (EmbWaveTable            *self,
                           EmbWaveComparisonMetric  metric,
                           EmbWaveComparisonColumn  column)
{
  Cell *cell = get_cell (self, metric, column);

  if (cell == NULL || !gtk_widget_get_visible (GTK_WIDGET (cell->detail)))
    return NULL;
  return gtk_label_get_text (cell->detail);
}

/**
 * emb_wave_table_get_sample:
 *
 * Returns: (nullable): the sample size as shown in a cell ("n = 42"), or
 *   %NULL when the cell shows none
 */
const char *
emb_wave_table_get_sample (EmbWaveTable            *self,
                           EmbWaveComparisonMetric  metric,
                           EmbWaveComparisonColumn  column)
{
  Cell *cell = get_cell (self, metric, column);

  if (cell == NULL || !gtk_widget_get_visible (GTK_WIDGET (cell->sample)))
    return NULL;
  return gtk_label_get_text (cell->sample);
}

/**
 * emb_wave_table_get_sample_warning:
 *
 * Returns: whether a cell warns of fewer than %EMB_METRICS_MIN_SAMPLE answers
 */
gboolean
emb_wave_table_get_sample_warning (EmbWaveTable            *self,
                                   EmbWaveComparisonMetric  metric,
                                   EmbWaveComparisonColumn  column)
{
  Cell *cell = get_cell (self, metric, column);

  return cell != NULL && gtk_widget_get_visible (cell->warning);
}
