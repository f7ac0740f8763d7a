/* emb-recognition-heatmap.c: nominations per value × department, drawn in one widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are departments, columns are values; each cell is shaded with the
 * accent colour in proportion to its count (the fullest cell is the darkest)
 * and shows the count. The cells are drawn with GtkSnapshot, so 20
 * departments × 10 values cost no child widgets. The widget asks for a
 * minimum width at which every cell stays readable: put it in a horizontally
 * scrolling GtkScrolledWindow for narrow windows.
 *
 * The keyboard moves a cursor over the cells (arrows, Home, End). The
 * widget is an accessible group with a label; its description holds only
 * the focused cell and its row's figures, so that a screen reader reads a
 * short sentence on each arrow key. A tooltip names the cell under the
 * pointer, and emb_recognition_heatmap_describe() gives the whole table in
 * words.
 */
#define G_LOG_DOMAIN "emb-recognition-heatmap"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart-draw.h"
#include "emb-department.h"
#include "emb-record.h"
#include "emb-recognition-heatmap.h"
#include "emb-value.h"

#define LABEL_WIDTH      180
#define LABEL_WIDTH_MIN  96
#define LABEL_WIDTH_MAX  280
#define CELL_WIDTH       100
#define CELL_WIDTH_MIN   60
#define CELL_WIDTH_MAX   160
#define CELL_HEIGHT      36
#define CELL_GAP         2
#define PADDING          8

typedef struct
{
  gint64  id;
  char   *name;
} Axis;

struct _EmbRecognitionHeatmap
{
  EmbChart   parent_instance;

  GArray    *rows;      /* of Axis: departments */
  GArray    *columns;   /* of Axis: values */
  guint     *counts;    /* rows->len × columns->len */
  guint      max;
  guint      total;

  int        cursor_row;
  int        cursor_column;
};

G_DEFINE_FINAL_TYPE (EmbRecognitionHeatmap, emb_recognition_heatmap, EMB_TYPE_CHART)

static void
clear_axis (gpointer data)
{
  Axis *axis = data;

  g_clear_pointer (&axis->name, g_free);
}

static int
find_axis (GArray *axes,
           gint64  id)
{
  for (guint i = 0; i < axes->len; i++)
    if (g_array_index (axes, Axis, i).id == id)
      return (int)i;
  return -1;
}

static guint
count_at (EmbRecognitionHeatmap *self,
          guint                  row,
          guint                  column)
{
  g_assert (row < self->rows->len && column < self->columns->len);

  return self->counts[row * self->columns->len + column];
}

static char *
describe_cell (EmbRecognitionHeatmap *self,
               guint                  row,
               guint                  column)
{
  guint count = count_at (self, row, column);
  g_autofree char *figure = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u nomination",
                                                          "%u nominations",
                                                          count),
                                             count);

  /* Translators: a department, a value and how many nominations it has,
   * e.g. "Retail banking, Customer first: 3 nominations" */
  return g_strdup_printf (_("%s, %s: %s"),
                          g_array_index (self->rows, Axis, row).name,
                          g_array_index (self->columns, Axis, column).name,
                          figure);
}

/**
 * emb_recognition_heatmap_describe_row:
 * @row: a row (department)
 *
 * Returns: (transfer full): the row's figures in words, as a screen reader
 *   reads them
 */
char *
emb_recognition_heatmap_describe_row (EmbRecognitionHeatmap *self,
                                      guint                  row)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (EMB_IS_RECOGNITION_HEATMAP (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  text = g_string_new (g_array_index (self->rows, Axis, row).name);
  g_string_append (text, ": ");
  for (guint c = 0; c < self->columns->len; c++)
    {
      if (c > 0)
        /* Translators: separates the figures of one department */
        g_string_append (text, _(", "));
      /* Translators: a value and its count of nominations, e.g. "Customer first 3" */
      g_string_append_printf (text, _("%s %u"),
                              g_array_index (self->columns, Axis, c).name,
                              count_at (self, row, c));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * emb_recognition_heatmap_describe:
 *
 * Returns: (transfer full): every row's figures in words, one row a line
 */
char *
emb_recognition_heatmap_describe (EmbRecognitionHeatmap *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (EMB_IS_RECOGNITION_HEATMAP (self), NULL);

  if (self->rows->len == 0 || self->columns->len == 0)
    return g_strdup (_("No departments or values to show"));

  text = g_string_new (NULL);
  for (guint r = 0; r < self->rows->len; r++)
    {
      g_autofree char *line = emb_recognition_heatmap_describe_row (self, r);

      if (r > 0)
        g_string_append (text, "\n");
      g_string_append (text, line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Only the focused cell and its row: sent again on every arrow key. */
static void
update_accessible (EmbRecognitionHeatmap *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  if (self->rows->len == 0 || self->columns->len == 0)
    g_string_append (description, _("No departments or values to show"));
  else
    {
      g_autofree char *cell = describe_cell (self, self->cursor_row, self->cursor_column);
      g_autofree char *line = emb_recognition_heatmap_describe_row (self, self->cursor_row);

      g_string_append (description, cell);
      g_string_append (description, "\n");
      g_string_append (description, line);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

/**
 * emb_recognition_heatmap_set_data:
 * @departments: (nullable): the rows, #EmbDepartment
 * @values: (nullable): the columns, #EmbValue
 * @cells: (array length=n_cells) (nullable): the counts; cells of a value
 *   that is not a column are left out, cells of department 0 or of a
 *   department that is not a row are counted in a "No department" row
 *
 * Shows new figures.
 */
void
emb_recognition_heatmap_set_data (EmbRecognitionHeatmap   *self,
                                  GListModel              *departments,
                                  GListModel              *values,
                                  const EmbNominationCell *cells,
                                  guint                    n_cells)
{
  guint n_departments;
  gboolean orphans = FALSE;

  g_return_if_fail (EMB_IS_RECOGNITION_HEATMAP (self));
  g_return_if_fail (departments == NULL || G_IS_LIST_MODEL (departments));
  g_return_if_fail (values == NULL || G_IS_LIST_MODEL (values));
  g_return_if_fail (cells != NULL || n_cells == 0);

  g_array_set_size (self->rows, 0);
  g_array_set_size (self->columns, 0);

  for (guint i = 0; values != NULL && i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);
      Axis axis = { emb_record_get_id (EMB_RECORD (value)),
                    g_strdup (emb_value_get_name (value)) };

      g_array_append_val (self->columns, axis);
    }

  for (guint i = 0; departments != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      Axis axis = { emb_record_get_id (EMB_RECORD (department)),
                    g_strdup (emb_department_get_name (department)) };

      g_array_append_val (self->rows, axis);
    }
  n_departments = self->rows->len;

  for (guint i = 0; i < n_cells; i++)
    if (cells[i].count > 0 && find_axis (self->columns, cells[i].value_id) >= 0 &&
        (cells[i].department_id == 0 || find_axis (self->rows, cells[i].department_id) < 0))
      orphans = TRUE;
  if (orphans)
    {
      Axis axis = { 0, g_strdup (_("No department")) };

      g_array_append_val (self->rows, axis);
    }

  g_free (self->counts);
  self->counts = g_new0 (guint, MAX (1u, self->rows->len * self->columns->len));
  self->max = 0;
  self->total = 0;

  for (guint i = 0; i < n_cells; i++)
    {
      int column = find_axis (self->columns, cells[i].value_id);
      int row = cells[i].department_id == 0 ? -1 : find_axis (self->rows, cells[i].department_id);
      guint *count;

      if (column < 0)
        continue;
      if (row < 0 || (guint)row >= n_departments)
        {
          if (!orphans)
            continue;
          row = self->rows->len - 1;
        }

      count = &self->counts[row * self->columns->len + column];
      *count += cells[i].count;
      self->max = MAX (self->max, *count);
      self->total += cells[i].count;
    }

  self->cursor_row = CLAMP (self->cursor_row, 0, MAX (0, (int)self->rows->len - 1));
  self->cursor_column = CLAMP (self->cursor_column, 0, MAX (0, (int)self->columns->len - 1));

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
emb_recognition_heatmap_get_n_rows (EmbRecognitionHeatmap *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_HEATMAP (self), 0);

  return self->rows->len;
}

guint
emb_recognition_heatmap_get_n_columns (EmbRecognitionHeatmap *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_HEATMAP (self), 0);

  return self->columns->len;
}

/**
 * emb_recognition_heatmap_get_count:
 * @value_id: a value shown as a column
 * @department_id: a department shown as a row, or 0 for the "No department" row
 *
 * Returns: the count shown in that cell, 0 when there is no such cell
 */
guint
emb_recognition_heatmap_get_count (EmbRecognitionHeatmap *self,
                                   gint64                 value_id,
                                   gint64                 department_id)
{
  int row, column;

  g_return_val_if_fail (EMB_IS_RECOGNITION_HEATMAP (self), 0);

  column = find_axis (self->columns, value_id);
  row = find_axis (self->rows, department_id);
  if (row < 0 || column < 0)
    return 0;
  return count_at (self, row, column);
}

/**
 * emb_recognition_heatmap_get_total:
 *
 * Returns: the sum of every cell shown
 */
guint
emb_recognition_heatmap_get_total (EmbRecognitionHeatmap *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_HEATMAP (self), 0);

  return self->total;
}

/* Geometry */

static void
layout_columns (EmbRecognitionHeatmap *self,
                int                    width,
                int                   *label_width,
                int                   *cell_width)
{
  int n = MAX (1, (int)self->columns->len);
  int minimum = LABEL_WIDTH_MIN + n * CELL_WIDTH_MIN;
  int natural = LABEL_WIDTH + n * CELL_WIDTH;

  if (width >= natural)
    {
      /* Room the widest cells leave goes to the department names */
      *label_width = CLAMP (width - n * CELL_WIDTH_MAX, LABEL_WIDTH, LABEL_WIDTH_MAX);
      *cell_width = MIN (CELL_WIDTH_MAX, (width - *label_width) / n);
    }
  else if (width <= minimum)
    {
      *label_width = LABEL_WIDTH_MIN;
      *cell_width = CELL_WIDTH_MIN;
    }
  else
    {
      double t = (double)(width - minimum) / (natural - minimum);

      *label_width = LABEL_WIDTH_MIN + (int)(t * (LABEL_WIDTH - LABEL_WIDTH_MIN));
      *cell_width = (width - *label_width) / n;
    }
}

static PangoLayout *
create_header_layout (EmbRecognitionHeatmap *self,
                      guint                  column,
                      int                    cell_width)
{
  PangoLayout *layout =
    gtk_widget_create_pango_layout (GTK_WIDGET (self), g_array_index (self->columns, Axis, column).name);
  g_autoptr(PangoAttrList) bold = pango_attr_list_new ();

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  pango_layout_set_width (layout, (cell_width - 2 * CELL_GAP) * PANGO_SCALE);
  pango_layout_set_height (layout, -2);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* As high as the tallest value name (two lines at most) in the narrowest
 * columns, so that the height does not depend on the width */
static int
header_height (EmbRecognitionHeatmap *self)
{
  int label_width, cell_width;
  int height = 0;

  layout_columns (self, 0, &label_width, &cell_width);
  for (guint c = 0; c < self->columns->len; c++)
    {
      g_autoptr(PangoLayout) layout = create_header_layout (self, c, cell_width);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      height = MAX (height, h);
    }
  return height + PADDING + PADDING / 2;
}

static gboolean
cell_at (EmbRecognitionHeatmap *self,
         double                 x,
         double                 y,
         int                   *row,
         int                   *column)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int label_width, cell_width;
  int top = header_height (self);

  layout_columns (self, gtk_widget_get_width (widget), &label_width, &cell_width);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (widget) - x;

  if (x < label_width || y < top)
    return FALSE;

  *column = (int)((x - label_width) / cell_width);
  *row = (int)((y - top) / CELL_HEIGHT);
  return *column < (int)self->columns->len && *row < (int)self->rows->len;
}

static void
emb_recognition_heatmap_get_size (EmbChart       *chart,
                                  GtkOrientation  orientation,
                                  int            *minimum,
                                  int            *natural)
{
  EmbRecognitionHeatmap *self = EMB_RECOGNITION_HEATMAP (chart);
  int n_columns = MAX (1, (int)self->columns->len);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH_MIN + n_columns * CELL_WIDTH_MIN;
      *natural = LABEL_WIDTH + n_columns * CELL_WIDTH;
    }
  else
    {
      *minimum = *natural = header_height (self) + (int)MAX (1u, self->rows->len) * CELL_HEIGHT;
    }
}

static void
emb_recognition_heatmap_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  EmbRecognitionHeatmap *self = EMB_RECOGNITION_HEATMAP (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  int top = header_height (self);
  int label_width, cell_width;
  GdkRGBA fg, dim, accent, accent_fg, empty;
  g_autoptr(PangoAttrList) bold = pango_attr_list_new ();

  if (self->rows->len == 0 || self->columns->len == 0)
    return;

  layout_columns (self, width, &label_width, &cell_width);

  fg = emb_chart_get_foreground (widget);
  dim = fg;
  dim.alpha *= 0.7f;
  empty = fg;
  empty.alpha *= 0.05f;
  accent = emb_chart_lookup_color (widget, "accent_bg_color", "#3584e4");
  accent_fg = emb_chart_lookup_color (widget, "accent_fg_color", "#ffffff");
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));

  /* The value names, on at most two lines */
  for (guint c = 0; c < self->columns->len; c++)
    {
      g_autoptr(PangoLayout) layout = create_header_layout (self, c, cell_width);
      int x = label_width + (int)c * cell_width;
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      if (rtl)
        x = width - x - cell_width;
      emb_chart_append_layout (snapshot, layout, x + CELL_GAP, top - PADDING / 2 - h, &dim);
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      g_autoptr(PangoLayout) label =
        gtk_widget_create_pango_layout (widget, g_array_index (self->rows, Axis, r).name);
      int y = top + (int)r * CELL_HEIGHT;
      int w, h;

      pango_layout_set_width (label, (label_width - PADDING) * PANGO_SCALE);
      /* Names that differ at the end stay apart */
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_MIDDLE);
      pango_layout_set_alignment (label, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      pango_layout_get_pixel_size (label, NULL, &h);
      emb_chart_append_layout (snapshot, label, rtl ? width - label_width + PADDING : 0,
                               y + (CELL_HEIGHT - h) / 2.0f, &fg);

      for (guint c = 0; c < self->columns->len; c++)
        {
          guint count = count_at (self, r, c);
          g_autofree char *text = g_strdup_printf ("%u", count);
          g_autoptr(PangoLayout) figure = gtk_widget_create_pango_layout (widget, text);
          int x = label_width + (int)c * cell_width;
          graphene_rect_t rect;
          GskRoundedRect rounded;
          GdkRGBA shade = accent;
          gboolean strong = FALSE;

          if (rtl)
            x = width - x - cell_width;
          rect = GRAPHENE_RECT_INIT (x + CELL_GAP, y + CELL_GAP,
                                     cell_width - 2 * CELL_GAP, CELL_HEIGHT - 2 * CELL_GAP);
          gsk_rounded_rect_init_from_rect (&rounded, &rect, 4);

          if (count > 0 && self->max > 0)
            {
              shade.alpha = 0.15f + 0.85f * (float)count / (float)self->max;
              strong = shade.alpha > 0.8f;
            }
          else
            shade = empty;

          gtk_snapshot_push_rounded_clip (snapshot, &rounded);
          gtk_snapshot_append_color (snapshot, &shade, &rect);
          gtk_snapshot_pop (snapshot);

          if ((int)r == self->cursor_row && (int)c == self->cursor_column &&
              gtk_widget_has_visible_focus (widget))
            {
              float widths[4] = { 2, 2, 2, 2 };
              GdkRGBA colours[4] = { fg, fg, fg, fg };

              gtk_snapshot_append_border (snapshot, &rounded, widths, colours);
            }

          if (count > 0)
            pango_layout_set_attributes (figure, bold);
          pango_layout_get_pixel_size (figure, &w, &h);
          emb_chart_append_layout (snapshot, figure,
                                   x + (cell_width - w) / 2.0f, y + (CELL_HEIGHT - h) / 2.0f,
                                   strong ? &accent_fg : count > 0 ? &fg : &dim);
        }
    }
}

/* Keyboard, pointer, tooltip */

static void
move_cursor (EmbRecognitionHeatmap *self,
             int                    row,
             int                    column)
{
  if (self->rows->len == 0 || self->columns->len == 0)
    return;

  row = CLAMP (row, 0, (int)self->rows->len - 1);
  column = CLAMP (column, 0, (int)self->columns->len - 1);
  if (row == self->cursor_row && column == self->cursor_column)
    return;

  self->cursor_row = row;
  self->cursor_column = column;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                EmbRecognitionHeatmap *self)
{
  int step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_cursor (self, self->cursor_row, self->cursor_column - step);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_cursor (self, self->cursor_row, self->cursor_column + step);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_cursor (self, self->cursor_row - 1, self->cursor_column);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_cursor (self, self->cursor_row + 1, self->cursor_column);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_cursor (self, self->cursor_row, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_cursor (self, self->cursor_row, (int)self->columns->len - 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_pressed (GtkGestureClick       *gesture,
            int                    n_press,
            double                 x,
            double                 y,
            EmbRecognitionHeatmap *self)
{
  int row, column;

  if (cell_at (self, x, y, &row, &column))
    {
      move_cursor (self, row, column);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
}

static gboolean
emb_recognition_heatmap_query_tooltip (GtkWidget  *widget,
                                       int         x,
                                       int         y,
                                       gboolean    keyboard_mode,
                                       GtkTooltip *tooltip)
{
  EmbRecognitionHeatmap *self = EMB_RECOGNITION_HEATMAP (widget);
  g_autofree char *text = NULL;
  int row, column;

  if (keyboard_mode)
    {
      if (self->rows->len == 0 || self->columns->len == 0)
        return FALSE;
      row = self->cursor_row;
      column = self->cursor_column;
    }
  else if (!cell_at (self, x, y, &row, &column))
    return FALSE;

  text = describe_cell (self, row, column);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_focus_changed (EmbRecognitionHeatmap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
emb_recognition_heatmap_finalize (GObject *object)
{
  EmbRecognitionHeatmap *self = (EmbRecognitionHeatmap *)object;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->counts, g_free);

  G_OBJECT_CLASS (emb_recognition_heatmap_parent_class)->finalize (object);
}

static void
emb_recognition_heatmap_class_init (EmbRecognitionHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbChartClass *chart_class = EMB_CHART_CLASS (klass);

  object_class->finalize = emb_recognition_heatmap_finalize;

  widget_class->snapshot = emb_recognition_heatmap_snapshot;
  widget_class->query_tooltip = emb_recognition_heatmap_query_tooltip;
  chart_class->get_size = emb_recognition_heatmap_get_size;

  gtk_widget_class_set_css_name (widget_class, "heatmap");
  /* A group, not a grid: the cells are drawn, not accessible children. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
emb_recognition_heatmap_init (EmbRecognitionHeatmap *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->rows = g_array_new (FALSE, TRUE, sizeof (Axis));
  g_array_set_clear_func (self->rows, clear_axis);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Axis));
  g_array_set_clear_func (self->columns, clear_axis);
  self->counts = g_new0 (guint, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Nominations by value and department"),
                                  -1);
  update_accessible (self);
}

/**
 * emb_recognition_heatmap_new:
 *
 * Returns: (transfer floating): an empty heatmap
 */
GtkWidget *
emb_recognition_heatmap_new (void)
{
  return g_object_new (EMB_TYPE_RECOGNITION_HEATMAP, NULL);
}
