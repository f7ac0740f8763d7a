/* emb-responsibility-matrix.c: the role × touchpoint grid, drawn in one widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A matrix of 200 roles × 100 touchpoints would be 20,000 child widgets; this
 * widget draws only the visible cells with GtkSnapshot instead, scrolls itself
 * (GtkScrollable) so that the role column and the touchpoint header stay put,
 * and moves a focus cursor with the keyboard. The focused cell is announced
 * through the accessible description.
 */
#define G_LOG_DOMAIN "emb-responsibility-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-journey-store.h"
#include "emb-responsibility-matrix.h"

#define ROLE_WIDTH    220
#define ROLE_WIDTH_MIN 110
#define HEADER_HEIGHT 150
#define CELL_WIDTH    36
#define CELL_HEIGHT   32

struct _EmbResponsibilityMatrix
{
  GtkWidget      parent_instance;

  GPtrArray     *roles;
  GPtrArray     *touchpoints;
  GArray        *cells;
  GHashTable    *unlinked_roles;
  GHashTable    *unowned_touchpoints;

  int            role_width;    /* narrower in a narrow window */
  int            cursor_row;
  int            cursor_column;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  GtkWidget     *picker;
};

static void scrollable_iface_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EmbResponsibilityMatrix, emb_responsibility_matrix, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, scrollable_iface_init))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  LEVEL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
scrollable_iface_init (GtkScrollableInterface *iface)
{
}

/**
 * emb_responsibility_matrix_level_letter:
 *
 * Returns: the short letter shown in a cell of @level ("" for none)
 */
const char *
emb_responsibility_matrix_level_letter (EmbResponsibilityLevel level)
{
  switch (level)
    {
    case EMB_RESPONSIBILITY_LEVEL_OWNS:
      return C_("responsibility letter for owns", "O");
    case EMB_RESPONSIBILITY_LEVEL_DELIVERS:
      return C_("responsibility letter for delivers", "D");
    case EMB_RESPONSIBILITY_LEVEL_SUPPORTS:
      return C_("responsibility letter for supports", "S");
    case EMB_RESPONSIBILITY_LEVEL_INFORMED:
      return C_("responsibility letter for informed", "I");
    case EMB_RESPONSIBILITY_LEVEL_NONE:
    default:
      return "";
    }
}

/**
 * emb_responsibility_matrix_level_name:
 *
 * Returns: what a role does at a touchpoint, as read out to a person
 */
const char *
emb_responsibility_matrix_level_name (EmbResponsibilityLevel level)
{
  switch (level)
    {
    case EMB_RESPONSIBILITY_LEVEL_OWNS:
      return C_("responsibility level", "owns");
    case EMB_RESPONSIBILITY_LEVEL_DELIVERS:
      return C_("responsibility level", "delivers");
    case EMB_RESPONSIBILITY_LEVEL_SUPPORTS:
      return C_("responsibility level", "supports");
    case EMB_RESPONSIBILITY_LEVEL_INFORMED:
      return C_("responsibility level", "informed");
    case EMB_RESPONSIBILITY_LEVEL_NONE:
    default:
      return C_("responsibility level", "none");
    }
}

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

guint
emb_responsibility_matrix_get_n_roles (EmbResponsibilityMatrix *self)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), 0);

  return self->roles->len;
}

/**
 * emb_responsibility_matrix_get_role:
 *
 * Returns: (transfer none): the role shown in @row
 */
EmbRole *
emb_responsibility_matrix_get_role (EmbResponsibilityMatrix *self,
                                    guint                    row)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->roles->len, NULL);

  return g_ptr_array_index (self->roles, row);
}

guint
emb_responsibility_matrix_get_n_touchpoints (EmbResponsibilityMatrix *self)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), 0);

  return self->touchpoints->len;
}

/**
 * emb_responsibility_matrix_get_touchpoint:
 *
 * Returns: (transfer none): the touchpoint shown in @column
 */
EmbTouchpoint *
emb_responsibility_matrix_get_touchpoint (EmbResponsibilityMatrix *self,
                                          guint                    column)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), NULL);
  g_return_val_if_fail (column < self->touchpoints->len, NULL);

  return g_ptr_array_index (self->touchpoints, column);
}

static gint64
role_id_at (EmbResponsibilityMatrix *self,
            guint                    row)
{
  return emb_record_get_id (EMB_RECORD (g_ptr_array_index (self->roles, row)));
}

static gint64
touchpoint_id_at (EmbResponsibilityMatrix *self,
                  guint                    column)
{
  return emb_record_get_id (EMB_RECORD (g_ptr_array_index (self->touchpoints, column)));
}

EmbResponsibilityLevel
emb_responsibility_matrix_get_level (EmbResponsibilityMatrix *self,
                                     guint                    row,
                                     guint                    column)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), EMB_RESPONSIBILITY_LEVEL_NONE);

  if (self->cells == NULL || row >= self->roles->len || column >= self->touchpoints->len)
    return EMB_RESPONSIBILITY_LEVEL_NONE;

  return emb_journey_store_matrix_get_level (self->cells,
                                             role_id_at (self, row),
                                             touchpoint_id_at (self, column));
}

gboolean
emb_responsibility_matrix_role_has_warning (EmbResponsibilityMatrix *self,
                                            gint64                   role_id)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), FALSE);

  return self->unlinked_roles != NULL &&
         g_hash_table_contains (self->unlinked_roles, &role_id);
}

gboolean
emb_responsibility_matrix_touchpoint_has_warning (EmbResponsibilityMatrix *self,
                                                  gint64                   touchpoint_id)
{
  g_return_val_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self), FALSE);

  return self->unowned_touchpoints != NULL &&
         g_hash_table_contains (self->unowned_touchpoints, &touchpoint_id);
}

static void
announce_cursor (EmbResponsibilityMatrix *self)
{
  g_autofree char *text = NULL;

  if (self->roles->len == 0 || self->touchpoints->len == 0)
    text = g_strdup (_("No roles or touchpoints to show"));
  else
    {
      EmbRole *role = g_ptr_array_index (self->roles, self->cursor_row);
      EmbTouchpoint *touchpoint = g_ptr_array_index (self->touchpoints, self->cursor_column);
      EmbResponsibilityLevel level = emb_responsibility_matrix_get_level (self,
                                                                          self->cursor_row,
                                                                          self->cursor_column);

      /* Translators: a role, a touchpoint and what the role does there,
       * e.g. "Teller × Opening an account: owns" */
      text = g_strdup_printf (_("%s × %s: %s"),
                              emb_role_get_name (role),
                              emb_touchpoint_get_name (touchpoint),
                              emb_responsibility_matrix_level_name (level));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
configure_adjustments (EmbResponsibilityMatrix *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double full_width = self->role_width + (double)self->touchpoints->len * CELL_WIDTH;
  double full_height = HEADER_HEIGHT + (double)self->roles->len * CELL_HEIGHT;

  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0,
                                     MAX (0, full_width - width)),
                              0, MAX (full_width, width),
                              CELL_WIDTH, MAX (width - self->role_width, CELL_WIDTH), width);
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                     MAX (0, full_height - height)),
                              0, MAX (full_height, height),
                              CELL_HEIGHT, MAX (height - HEADER_HEIGHT, CELL_HEIGHT), height);
}

static double
adjustment_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

/* Scrolls so that the cursor's cell is visible beside the headers. */
static void
scroll_to_cursor (EmbResponsibilityMatrix *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment != NULL && width > self->role_width)
    {
      double value = gtk_adjustment_get_value (self->hadjustment);
      double left = (double)self->cursor_column * CELL_WIDTH;
      double visible = width - self->role_width;

      if (left < value)
        gtk_adjustment_set_value (self->hadjustment, left);
      else if (left + CELL_WIDTH > value + visible)
        gtk_adjustment_set_value (self->hadjustment, left + CELL_WIDTH - visible);
    }
  if (self->vadjustment != NULL && height > HEADER_HEIGHT)
    {
      double value = gtk_adjustment_get_value (self->vadjustment);
      double top = (double)self->cursor_row * CELL_HEIGHT;
      double visible = height - HEADER_HEIGHT;

      if (top < value)
        gtk_adjustment_set_value (self->vadjustment, top);
      else if (top + CELL_HEIGHT > value + visible)
        gtk_adjustment_set_value (self->vadjustment, top + CELL_HEIGHT - visible);
    }
}

void
emb_responsibility_matrix_get_cursor (EmbResponsibilityMatrix *self,
                                      int                     *row,
                                      int                     *column)
{
  g_return_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self));

  if (row != NULL)
    *row = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_column;
}

/**
 * emb_responsibility_matrix_set_cursor:
 *
 * Moves the focus cursor, clamped to the matrix, and scrolls to it.
 */
void
emb_responsibility_matrix_set_cursor (EmbResponsibilityMatrix *self,
                                      int                      row,
                                      int                      column)
{
  g_return_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self));

  self->cursor_row = CLAMP (row, 0, MAX ((int)self->roles->len - 1, 0));
  self->cursor_column = CLAMP (column, 0, MAX ((int)self->touchpoints->len - 1, 0));
  scroll_to_cursor (self);
  announce_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GHashTable *
copy_id_set (GHashTable *set)
{
  GHashTable *copy = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (set != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, set);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (copy, g_memdup2 (key, sizeof (gint64)));
    }
  return copy;
}

/**
 * emb_responsibility_matrix_set_data:
 * @roles: (element-type EmbRole): the rows
 * @touchpoints: (element-type EmbTouchpoint): the columns, in journey order
 * @cells: (element-type EmbResponsibilityCell): from emb_journey_store_get_matrix()
 * @unlinked_roles: (nullable): a set of gint64 role ids to warn about
 * @unowned_touchpoints: (nullable): a set of gint64 touchpoint ids to warn about
 *
 * Shows new contents; the cursor stays on the same role and touchpoint when
 * they are still shown.
 */
void
emb_responsibility_matrix_set_data (EmbResponsibilityMatrix *self,
                                    GPtrArray               *roles,
                                    GPtrArray               *touchpoints,
                                    GArray                  *cells,
                                    GHashTable              *unlinked_roles,
                                    GHashTable              *unowned_touchpoints)
{
  gint64 role_id = 0;
  gint64 touchpoint_id = 0;
  int row = 0;
  int column = 0;

  g_return_if_fail (EMB_IS_RESPONSIBILITY_MATRIX (self));
  g_return_if_fail (roles != NULL && touchpoints != NULL && cells != NULL);

  if (self->roles->len > 0 && self->touchpoints->len > 0)
    {
      role_id = role_id_at (self, self->cursor_row);
      touchpoint_id = touchpoint_id_at (self, self->cursor_column);
      row = self->cursor_row;
      column = self->cursor_column;
    }

  g_ptr_array_unref (self->roles);
  self->roles = g_ptr_array_ref (roles);
  g_ptr_array_unref (self->touchpoints);
  self->touchpoints = g_ptr_array_ref (touchpoints);
  g_clear_pointer (&self->cells, g_array_unref);
  self->cells = g_array_ref (cells);
  g_clear_pointer (&self->unlinked_roles, g_hash_table_unref);
  self->unlinked_roles = copy_id_set (unlinked_roles);
  g_clear_pointer (&self->unowned_touchpoints, g_hash_table_unref);
  self->unowned_touchpoints = copy_id_set (unowned_touchpoints);

  for (guint i = 0; i < self->roles->len; i++)
    if (role_id_at (self, i) == role_id)
      row = (int)i;
  for (guint i = 0; i < self->touchpoints->len; i++)
    if (touchpoint_id_at (self, i) == touchpoint_id)
      column = (int)i;

  configure_adjustments (self);
  emb_responsibility_matrix_set_cursor (self, row, column);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
choose_level (EmbResponsibilityMatrix *self,
              EmbResponsibilityLevel   level)
{
  if (self->roles->len == 0 || self->touchpoints->len == 0)
    return;

  g_signal_emit (self, signals[LEVEL_CHOSEN], 0,
                 role_id_at (self, self->cursor_row),
                 touchpoint_id_at (self, self->cursor_column),
                 (int)level);
}

static void
cell_rect (EmbResponsibilityMatrix *self,
           int                      row,
           int                      column,
           GdkRectangle            *rect)
{
  rect->x = self->role_width + column * CELL_WIDTH - (int)adjustment_value (self->hadjustment);
  rect->y = HEADER_HEIGHT + row * CELL_HEIGHT - (int)adjustment_value (self->vadjustment);
  rect->width = CELL_WIDTH;
  rect->height = CELL_HEIGHT;
}

static void
open_picker (EmbResponsibilityMatrix *self)
{
  GdkRectangle rect;

  if (self->roles->len == 0 || self->touchpoints->len == 0)
    return;

  cell_rect (self, self->cursor_row, self->cursor_column, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->picker), &rect);
  gtk_popover_popup (GTK_POPOVER (self->picker));
}

static void
on_picker_clicked (GtkButton               *button,
                   EmbResponsibilityMatrix *self)
{
  EmbResponsibilityLevel level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "level"));

  gtk_popover_popdown (GTK_POPOVER (self->picker));
  choose_level (self, level);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
letter_matches (guint       keyval,
                const char *english,
                const char *translated)
{
  gunichar key = g_unichar_tolower (gdk_keyval_to_unicode (keyval));

  if (key == 0)
    return FALSE;
  return key == g_unichar_tolower (g_utf8_get_char (english)) ||
         (translated != NULL && *translated != '\0' &&
          key == g_unichar_tolower (g_utf8_get_char (translated)));
}

static gboolean
on_key_pressed (GtkEventControllerKey   *controller,
                guint                    keyval,
                guint                    keycode,
                GdkModifierType          state,
                EmbResponsibilityMatrix *self)
{
  int page_rows = MAX (1, (gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_HEIGHT) / CELL_HEIGHT);
  int row = self->cursor_row;
  int column = self->cursor_column;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      column--;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      column++;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      row--;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      row++;
      break;
    case GDK_KEY_Home:
      column = 0;
      break;
    case GDK_KEY_End:
      column = (int)self->touchpoints->len - 1;
      break;
    case GDK_KEY_Page_Up:
      row -= page_rows;
      break;
    case GDK_KEY_Page_Down:
      row += page_rows;
      break;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      choose_level (self, EMB_RESPONSIBILITY_LEVEL_NONE);
      return TRUE;
    case GDK_KEY_space:
      choose_level (self, (emb_responsibility_matrix_get_level (self, row, column) + 1) %
                          (EMB_RESPONSIBILITY_LEVEL_INFORMED + 1));
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      open_picker (self);
      return TRUE;
    default:
      for (EmbResponsibilityLevel level = EMB_RESPONSIBILITY_LEVEL_OWNS;
           level <= EMB_RESPONSIBILITY_LEVEL_INFORMED; level++)
        {
          static const char * const english[] = { "", "O", "D", "S", "I" };

          if (letter_matches (keyval, english[level],
                              emb_responsibility_matrix_level_letter (level)))
            {
              choose_level (self, level);
              return TRUE;
            }
        }
      return FALSE;
    }

  emb_responsibility_matrix_set_cursor (self, row, column);
  return TRUE;
}

static void
on_pressed (GtkGestureClick         *gesture,
            int                      n_press,
            double                   x,
            double                   y,
            EmbResponsibilityMatrix *self)
{
  double cx = x - self->role_width + adjustment_value (self->hadjustment);
  double cy = y - HEADER_HEIGHT + adjustment_value (self->vadjustment);

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (x < self->role_width || y < HEADER_HEIGHT || cx < 0 || cy < 0)
    return;
  if (cx >= (double)self->touchpoints->len * CELL_WIDTH ||
      cy >= (double)self->roles->len * CELL_HEIGHT)
    return;

  emb_responsibility_matrix_set_cursor (self, (int)(cy / CELL_HEIGHT), (int)(cx / CELL_WIDTH));
  open_picker (self);
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
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

static void
emb_responsibility_matrix_snapshot (GtkWidget   *widget,
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

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
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
      cell_rect (self, self->cursor_row, self->cursor_column, &rect);
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

static void
emb_responsibility_matrix_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = ROLE_WIDTH_MIN + CELL_WIDTH;
      *natural = ROLE_WIDTH + (int)MAX (self->touchpoints->len, 1) * CELL_WIDTH;
    }
  else
    {
      *minimum = HEADER_HEIGHT + CELL_HEIGHT;
      *natural = HEADER_HEIGHT + (int)MAX (self->roles->len, 1) * CELL_HEIGHT;
    }
}

static void
emb_responsibility_matrix_size_allocate (GtkWidget *widget,
                                         int        width,
                                         int        height,
                                         int        baseline)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (widget);

  self->role_width = CLAMP (width * 2 / 5, ROLE_WIDTH_MIN, ROLE_WIDTH);
  configure_adjustments (self);
  gtk_popover_present (GTK_POPOVER (self->picker));
}

static void
on_adjustment_changed (EmbResponsibilityMatrix *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (EmbResponsibilityMatrix  *self,
                GtkAdjustment           **slot,
                GtkAdjustment            *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed), self);
  configure_adjustments (self);
}

static void
emb_responsibility_matrix_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_responsibility_matrix_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_responsibility_matrix_dispose (GObject *object)
{
  EmbResponsibilityMatrix *self = (EmbResponsibilityMatrix *)object;

  g_clear_pointer (&self->picker, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_changed, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (emb_responsibility_matrix_parent_class)->dispose (object);
}

static void
emb_responsibility_matrix_finalize (GObject *object)
{
  EmbResponsibilityMatrix *self = (EmbResponsibilityMatrix *)object;

  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->touchpoints, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->unlinked_roles, g_hash_table_unref);
  g_clear_pointer (&self->unowned_touchpoints, g_hash_table_unref);

  G_OBJECT_CLASS (emb_responsibility_matrix_parent_class)->finalize (object);
}

static void
emb_responsibility_matrix_class_init (EmbResponsibilityMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_responsibility_matrix_get_property;
  object_class->set_property = emb_responsibility_matrix_set_property;
  object_class->dispose = emb_responsibility_matrix_dispose;
  object_class->finalize = emb_responsibility_matrix_finalize;

  widget_class->snapshot = emb_responsibility_matrix_snapshot;
  widget_class->measure = emb_responsibility_matrix_measure;
  widget_class->size_allocate = emb_responsibility_matrix_size_allocate;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * EmbResponsibilityMatrix::level-chosen:
   * @role_id: the role of the cell
   * @touchpoint_id: the touchpoint of the cell
   * @level: the #EmbResponsibilityLevel a person chose
   */
  signals[LEVEL_CHOSEN] =
    g_signal_new ("level-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "responsibility-matrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
emb_responsibility_matrix_init (EmbResponsibilityMatrix *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  static const EmbResponsibilityLevel levels[] = {
    EMB_RESPONSIBILITY_LEVEL_OWNS,
    EMB_RESPONSIBILITY_LEVEL_DELIVERS,
    EMB_RESPONSIBILITY_LEVEL_SUPPORTS,
    EMB_RESPONSIBILITY_LEVEL_INFORMED,
    EMB_RESPONSIBILITY_LEVEL_NONE,
  };

  self->role_width = ROLE_WIDTH;
  self->roles = g_ptr_array_new ();
  self->touchpoints = g_ptr_array_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->picker = gtk_popover_new ();
  gtk_widget_add_css_class (self->picker, "menu");
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autofree char *text = NULL;
      GtkWidget *button;

      if (levels[i] == EMB_RESPONSIBILITY_LEVEL_NONE)
        text = g_strdup (_("None"));
      else
        /* Translators: a letter and a level in the picker, e.g. "O — owns" */
        text = g_strdup_printf (_("%s — %s"), emb_responsibility_matrix_level_letter (levels[i]),
                                emb_responsibility_matrix_level_name (levels[i]));
      button = gtk_button_new_with_label (text);
      gtk_widget_add_css_class (button, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      g_object_set_data (G_OBJECT (button), "level", GINT_TO_POINTER (levels[i]));
      g_signal_connect (button, "clicked", G_CALLBACK (on_picker_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (self->picker), box);
  gtk_widget_set_parent (self->picker, GTK_WIDGET (self));

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  announce_cursor (self);
}

/**
 * emb_responsibility_matrix_new:
 *
 * Returns: (transfer floating): a new, empty matrix
 */
GtkWidget *
emb_responsibility_matrix_new (void)
{
  return g_object_new (EMB_TYPE_RESPONSIBILITY_MATRIX, NULL);
}
