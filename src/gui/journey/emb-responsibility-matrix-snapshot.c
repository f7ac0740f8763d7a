/* emb-responsibility-matrix-snapshot.c: how the responsibility matrix draws itself
 *
 * Only the cells in view are drawn: the coloured badges of the levels, the
 * warning stripes of the gaps, the grid (stronger between stages), the focus
 * cursor, then the role column and the touchpoint header over them, which
 * stay put while the cells scroll.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-responsibility-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-chart-draw.h"
#include "emb-responsibility-matrix-private.h"

static void
level_colour (EmbResponsibilityLevel  level,
              GdkRGBA                *background,
              GdkRGBA                *foreground)
{
  static const char * const backgrounds[] = {
    [EMB_RESPONSIBILITY_LEVEL_NONE] = "transparent",
    [EMB_RESPONSIBILITY_LEVEL_OWNS] = "#1c71d8",
    [EMB_RESPONSIBILITY_LEVEL_DELIVERS] = "#26a269",
    [EMB_RESPONSIBILITY_LEVEL_SUPPORTS] = "#f5c211",
    [EMB_RESPONSIBILITY_LEVEL_INFORMED] = "#9a9996",
  };

  g_assert (level <= EMB_RESPONSIBILITY_LEVEL_INFORMED);
  gdk_rgba_parse (background, backgrounds[level]);
  gdk_rgba_parse (foreground, level == EMB_RESPONSIBILITY_LEVEL_SUPPORTS ? "#241f31" : "#ffffff");
}

static void
append_text (GtkSnapshot     *snapshot,
             PangoLayout     *layout,
             const char      *text,
             int              max_width,
             float            x,
             float            y,
             const GdkRGBA   *colour)
{
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, max_width * PANGO_SCALE);
  emb_chart_append_layout (snapshot, layout, x, y, colour);
}

void
_emb_responsibility_matrix_snapshot (GtkWidget   *widget,
                                     GtkSnapshot *snapshot)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double hvalue = adjustment_value (self->hadjustment);
  double vvalue = adjustment_value (self->vadjustment);
  int first_row = (int)(vvalue / CELL_HEIGHT);
  int last_row = MIN ((int)self->roles->len - 1,
                      (int)((vvalue + height - HEADER_HEIGHT) / CELL_HEIGHT));
  int first_column = (int)(hvalue / CELL_WIDTH);
  int last_column = MIN ((int)self->touchpoints->len - 1,
                         (int)((hvalue + width - self->role_width) / CELL_WIDTH));
  float grid_right = MIN ((float)width, self->role_width + self->touchpoints->len * CELL_WIDTH - (float)hvalue);
  float grid_bottom = MIN ((float)height, HEADER_HEIGHT + self->roles->len * CELL_HEIGHT - (float)vvalue);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  g_autoptr(PangoLayout) letter = gtk_widget_create_pango_layout (widget, NULL);
  GdkRGBA fg, line, stage_line, warning, stripe, back_office;
  PangoAttrList *bold;
  int line_height;

  fg = emb_chart_get_foreground (widget);
  line = fg;
  line.alpha = 0.12f;
  stage_line = fg;
  stage_line.alpha = 0.4f;
  stripe = fg;
  stripe.alpha = 0.03f;
  gdk_rgba_parse (&warning, "rgba(229, 165, 10, 0.35)");
  gdk_rgba_parse (&back_office, "#813d9c");

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_get_pixel_size (layout, NULL, &line_height);
  if (line_height == 0)
    {
      pango_layout_set_text (layout, "Ag", -1);
      pango_layout_get_pixel_size (layout, NULL, &line_height);
    }
  bold = pango_attr_list_new ();
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (letter, bold);
  pango_attr_list_unref (bold);
  pango_layout_set_alignment (letter, PANGO_ALIGN_CENTER);
  pango_layout_set_width (letter, CELL_WIDTH * PANGO_SCALE);

  /* The cells. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->role_width, HEADER_HEIGHT,
                                                         MAX (0, width - self->role_width),
                                                         MAX (0, height - HEADER_HEIGHT)));
  for (int c = first_column; c <= last_column; c++)
    if (emb_responsibility_matrix_touchpoint_has_warning (self, touchpoint_id_at (self, c)))
      gtk_snapshot_append_color (snapshot, &warning,
                                 &GRAPHENE_RECT_INIT (self->role_width + c * CELL_WIDTH - (float)hvalue,
                                                      HEADER_HEIGHT, CELL_WIDTH,
                                                      grid_bottom - HEADER_HEIGHT));
  for (int r = first_row; r <= last_row; r++)
    {
      float y = HEADER_HEIGHT + r * CELL_HEIGHT - (float)vvalue;

      if (emb_responsibility_matrix_role_has_warning (self, role_id_at (self, r)))
        gtk_snapshot_append_color (snapshot, &warning,
                                   &GRAPHENE_RECT_INIT (self->role_width, y, grid_right - self->role_width, CELL_HEIGHT));
      else if (r % 2 == 1)
        gtk_snapshot_append_color (snapshot, &stripe,
                                   &GRAPHENE_RECT_INIT (self->role_width, y, grid_right - self->role_width, CELL_HEIGHT));

      for (int c = first_column; c <= last_column; c++)
        {
          EmbResponsibilityLevel level = emb_responsibility_matrix_get_level (self, r, c);
          float x = self->role_width + c * CELL_WIDTH - (float)hvalue;
          GdkRGBA background, foreground;
          GskRoundedRect badge;
          int letter_height;

          if (level == EMB_RESPONSIBILITY_LEVEL_NONE)
            continue;
          level_colour (level, &background, &foreground);
          gsk_rounded_rect_init_from_rect (&badge,
                                           &GRAPHENE_RECT_INIT (x + 5, y + 5,
                                                                CELL_WIDTH - 10, CELL_HEIGHT - 10),
                                           6);
          gtk_snapshot_push_rounded_clip (snapshot, &badge);
          gtk_snapshot_append_color (snapshot, &background, &badge.bounds);
          gtk_snapshot_pop (snapshot);
          pango_layout_set_text (letter, emb_responsibility_matrix_level_letter (level), -1);
          pango_layout_get_pixel_size (letter, NULL, &letter_height);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot,
                                  &GRAPHENE_POINT_INIT (x, y + (CELL_HEIGHT - letter_height) / 2.0f));
          gtk_snapshot_append_layout (snapshot, letter, &foreground);
          gtk_snapshot_restore (snapshot);
        }
    }

  /* Grid lines, stronger between stages. */
  for (int c = first_column; c <= last_column + 1; c++)
    {
      float x = self->role_width + c * CELL_WIDTH - (float)hvalue;
      gboolean stage_edge = c > 0 && c < (int)self->touchpoints->len &&
        emb_touchpoint_get_stage_id (g_ptr_array_index (self->touchpoints, c)) !=
        emb_touchpoint_get_stage_id (g_ptr_array_index (self->touchpoints, c - 1));

      gtk_snapshot_append_color (snapshot, stage_edge ? &stage_line : &line,
                                 &GRAPHENE_RECT_INIT (x, HEADER_HEIGHT, 1, grid_bottom - HEADER_HEIGHT));
    }
  for (int r = first_row; r <= last_row + 1; r++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (self->role_width,
                                                    HEADER_HEIGHT + r * CELL_HEIGHT - (float)vvalue,
                                                    grid_right - self->role_width, 1));

  /* The focus cursor. */
  if (gtk_widget_has_focus (widget) && self->roles->len > 0 && self->touchpoints->len > 0)
    {
      GdkRectangle rect;
      GskRoundedRect outline;
      const float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA border[4];

      gdk_rgba_parse (&border[0], "#3584e4");
      border[1] = border[2] = border[3] = border[0];
      _emb_responsibility_matrix_cell_rect (self, self->cursor_row, self->cursor_column, &rect);
      gsk_rounded_rect_init_from_rect (&outline,
                                       &GRAPHENE_RECT_INIT (rect.x + 1, rect.y + 1,
                                                            rect.width - 1, rect.height - 1),
                                       3);
      gtk_snapshot_append_border (snapshot, &outline, widths, border);
    }
  gtk_snapshot_pop (snapshot);

  /* The role column stays at the left. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT, self->role_width,
                                                         MAX (0, height - HEADER_HEIGHT)));
  for (int r = first_row; r <= last_row; r++)
    {
      EmbRole *role = g_ptr_array_index (self->roles, r);
      float y = HEADER_HEIGHT + r * CELL_HEIGHT - (float)vvalue;

      if (emb_responsibility_matrix_role_has_warning (self, role_id_at (self, r)))
        gtk_snapshot_append_color (snapshot, &warning,
                                   &GRAPHENE_RECT_INIT (0, y, self->role_width, CELL_HEIGHT));
      if (r == self->cursor_row && gtk_widget_has_focus (widget))
        gtk_snapshot_append_color (snapshot, &line,
                                   &GRAPHENE_RECT_INIT (0, y, self->role_width, CELL_HEIGHT));
      if (emb_role_get_office (role) == EMB_OFFICE_BACK)
        gtk_snapshot_append_color (snapshot, &back_office,
                                   &GRAPHENE_RECT_INIT (2, y + 6, 4, CELL_HEIGHT - 12));
      append_text (snapshot, layout, emb_role_get_name (role), self->role_width - 24, 14,
                   y + (CELL_HEIGHT - line_height) / 2.0f, &fg);
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (0, y + CELL_HEIGHT, self->role_width, 1));
    }
  gtk_snapshot_append_color (snapshot, &stage_line,
                             &GRAPHENE_RECT_INIT (self->role_width - 1, HEADER_HEIGHT, 1,
                                                  grid_bottom - HEADER_HEIGHT));
  gtk_snapshot_pop (snapshot);

  /* The touchpoint header stays at the top. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->role_width, 0, MAX (0, width - self->role_width),
                                                         HEADER_HEIGHT));
  for (int c = first_column; c <= last_column; c++)
    {
      EmbTouchpoint *touchpoint = g_ptr_array_index (self->touchpoints, c);
      float x = self->role_width + c * CELL_WIDTH - (float)hvalue;

      if (emb_responsibility_matrix_touchpoint_has_warning (self, touchpoint_id_at (self, c)))
        gtk_snapshot_append_color (snapshot, &warning,
                                   &GRAPHENE_RECT_INIT (x, 0, CELL_WIDTH, HEADER_HEIGHT));
      if (c == self->cursor_column && gtk_widget_has_focus (widget))
        gtk_snapshot_append_color (snapshot, &line,
                                   &GRAPHENE_RECT_INIT (x, 0, CELL_WIDTH, HEADER_HEIGHT));
      pango_layout_set_text (layout, emb_touchpoint_get_name (touchpoint), -1);
      pango_layout_set_width (layout, (HEADER_HEIGHT - 12) * PANGO_SCALE);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (x + (CELL_WIDTH - line_height) / 2.0f,
                                                    HEADER_HEIGHT - 6));
      gtk_snapshot_rotate (snapshot, -90);
      gtk_snapshot_append_layout (snapshot, layout, &fg);
      gtk_snapshot_restore (snapshot);
    }
  gtk_snapshot_append_color (snapshot, &stage_line,
                             &GRAPHENE_RECT_INIT (self->role_width, HEADER_HEIGHT - 1,
                                                  MAX (0, grid_right - self->role_width), 1));
  gtk_snapshot_pop (snapshot);

  /* The corner. */
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  {
    GdkRGBA dim = fg;

    dim.alpha = 0.55f;
    append_text (snapshot, layout, _("Roles ╲ Touchpoints"), self->role_width - 18, 12,
                 HEADER_HEIGHT - line_height - 6, &dim);
  }
}
