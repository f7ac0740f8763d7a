/* emb-responsibility-matrix.c: the role × touchpoint grid, drawn in one widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A matrix of 200 roles × 100 touchpoints would be 20,000 child widgets; this
 * widget draws only the visible cells with GtkSnapshot instead, scrolls itself
 * (GtkScrollable) so that the role column and the touchpoint header stay put,
 * and moves a focus cursor with the keyboard. The focused cell is announced
 * through the accessible description. The drawing is in
 * emb-responsibility-matrix-snapshot.c.
 *
 * A click or Enter on a cell opens a picker of the levels; the letters of
 * the levels (and Space, Delete) set them from the keyboard. The matrix only
 * emits EmbResponsibilityMatrix::level-chosen: its owner saves the level.
 */
#define G_LOG_DOMAIN "emb-responsibility-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-journey-store.h"
#include "emb-responsibility-matrix-private.h"

static void scrollable_iface_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EmbResponsibilityMatrix, emb_responsibility_matrix, EMB_TYPE_CHART,
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

void
_emb_responsibility_matrix_cell_rect (EmbResponsibilityMatrix *self,
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

  _emb_responsibility_matrix_cell_rect (self, self->cursor_row, self->cursor_column, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->picker), &rect);
  gtk_popover_popup (GTK_POPOVER (self->picker));
}

static void
choose_level_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (widget);

  gtk_popover_popdown (GTK_POPOVER (self->picker));
  choose_level (self, (EmbResponsibilityLevel)g_variant_get_int32 (parameter));
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
emb_responsibility_matrix_get_size (EmbChart       *chart,
                                    GtkOrientation  orientation,
                                    int            *minimum,
                                    int            *natural)
{
  EmbResponsibilityMatrix *self = EMB_RESPONSIBILITY_MATRIX (chart);

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
  EmbChartClass *chart_class = EMB_CHART_CLASS (klass);

  object_class->get_property = emb_responsibility_matrix_get_property;
  object_class->set_property = emb_responsibility_matrix_set_property;
  object_class->dispose = emb_responsibility_matrix_dispose;
  object_class->finalize = emb_responsibility_matrix_finalize;

  widget_class->snapshot = _emb_responsibility_matrix_snapshot;
  widget_class->size_allocate = emb_responsibility_matrix_size_allocate;
  chart_class->get_size = emb_responsibility_matrix_get_size;

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

  /* The picker's buttons. */
  gtk_widget_class_install_action (widget_class, "matrix.choose-level", "i", choose_level_action);

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
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int32 (levels[i]));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "matrix.choose-level");
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
