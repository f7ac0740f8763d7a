/* emb-value-row.c: a value in the list of the Values page
 *
 * The name, the description and the behaviours asked for and ruled out, as
 * bullets; a handle to drag the value to another place and a menu to move
 * or delete it. The menu's actions hand the value's id to the page's
 * actions (page.move-value, page.delete-value); a value dropped on the row
 * is announced with EmbValueRow::move-here, for the page to move it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-value-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-programme-store.h"
#include "emb-value-row.h"

struct _EmbValueRow
{
  GtkListBoxRow   parent_instance;

  EmbValue       *value;

  GtkLabel       *title_label;
  GtkLabel       *description_label;
  GtkLabel       *desired_heading;
  GtkLabel       *desired_label;
  GtkLabel       *undesired_heading;
  GtkLabel       *undesired_label;
  GtkMenuButton  *menu_button;
};

G_DEFINE_FINAL_TYPE (EmbValueRow, emb_value_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MOVE_HERE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
value_id (EmbValueRow *self)
{
  return emb_record_get_id (EMB_RECORD (self->value));
}

static char *
bullet_list (const char *behaviours)
{
  g_auto(GStrv) lines = emb_programme_store_split_behaviours (behaviours);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", lines[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Shows the behaviours under their heading, or neither when there are none. */
static void
show_behaviours (GtkLabel   *heading,
                 GtkLabel   *label,
                 const char *behaviours)
{
  g_autofree char *bullets = bullet_list (behaviours);

  gtk_label_set_text (label, bullets);
  gtk_widget_set_visible (GTK_WIDGET (heading), *bullets != '\0');
  gtk_widget_set_visible (GTK_WIDGET (label), *bullets != '\0');
}

static void
show_value (EmbValueRow *self)
{
  const char *name = emb_value_get_name (self->value);
  const char *description = emb_value_get_description (self->value);
  g_autofree char *menu_label = g_strdup_printf (_("Actions for “%s”"), name);

  gtk_label_set_text (self->title_label, name);
  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description != '\0');
  show_behaviours (self->desired_heading, self->desired_label,
                   emb_value_get_desired_behaviours (self->value));
  show_behaviours (self->undesired_heading, self->undesired_label,
                   emb_value_get_undesired_behaviours (self->value));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* Dragging and dropping ------------------------------------------------- */

static GdkContentProvider *
on_drag_prepare (EmbValueRow   *self,
                 double         x,
                 double         y,
                 GtkDragSource *source)
{
  return gdk_content_provider_new_typed (G_TYPE_INT64, value_id (self));
}

static void
on_drag_begin (EmbValueRow   *self,
               GdkDrag       *drag,
               GtkDragSource *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (EmbValueRow   *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  gint64 id = g_value_get_int64 (value);
  gboolean moved = FALSE;

  if (id == value_id (self))
    return FALSE;

  g_signal_emit (self, signals[MOVE_HERE], 0, id, &moved);
  return moved;
}

/* The menu -------------------------------------------------------------- */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbValueRow *self = EMB_VALUE_ROW (widget);
  int delta = g_str_equal (action_name, "row.move-up") ? -1 : 1;

  gtk_widget_activate_action (widget, "page.move-value", "(xi)", value_id (self), delta);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbValueRow *self = EMB_VALUE_ROW (widget);

  gtk_widget_activate_action (widget, "page.delete-value", "x", value_id (self));
}

/* GObject --------------------------------------------------------------- */

static void
emb_value_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EmbValueRow *self = EMB_VALUE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_object (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EmbValueRow *self = EMB_VALUE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      self->value = g_value_dup_object (value);
      show_value (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_row_dispose (GObject *object)
{
  EmbValueRow *self = (EmbValueRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_VALUE_ROW);
  g_clear_object (&self->value);

  G_OBJECT_CLASS (emb_value_row_parent_class)->dispose (object);
}

static void
emb_value_row_class_init (EmbValueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_value_row_get_property;
  object_class->set_property = emb_value_row_set_property;
  object_class->dispose = emb_value_row_dispose;

  properties[PROP_VALUE] =
    g_param_spec_object ("value", NULL, NULL,
                         EMB_TYPE_VALUE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EmbValueRow::move-here:
   * @id: the value dropped on the row
   *
   * Asks for the value @id to take the place of the row's value.
   *
   * Returns: whether it was moved
   */
  signals[MOVE_HERE] =
    g_signal_new ("move-here",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/values/emb-value-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, desired_heading);
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, desired_label);
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, undesired_heading);
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, undesired_label);
  gtk_widget_class_bind_template_child (widget_class, EmbValueRow, menu_button);

  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action);
}

static void
emb_value_row_init (EmbValueRow *self)
{
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drag_source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect_swapped (drag_source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));

  drop_target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

/**
 * emb_value_row_new:
 * @value: the value shown
 *
 * Returns: (transfer floating): a row showing @value
 */
GtkWidget *
emb_value_row_new (EmbValue *value)
{
  g_return_val_if_fail (EMB_IS_VALUE (value), NULL);

  return g_object_new (EMB_TYPE_VALUE_ROW, "value", value, NULL);
}

/**
 * emb_value_row_get_value:
 *
 * Returns: (transfer none): the value shown
 */
EmbValue *
emb_value_row_get_value (EmbValueRow *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_ROW (self), NULL);

  return self->value;
}
