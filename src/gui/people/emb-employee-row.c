/* emb-employee-row.c: an employee in the People list
 *
 * A row of the list view: a check shown in selection mode, the name, an
 * "inactive" badge and a line of details (number, role, department, site).
 * The widgets are made once per list item; binding only updates them. The
 * check follows the item's selection, and ticking it selects the item in
 * the list's selection model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-employee-row.h"

struct _EmbEmployeeRow
{
  GtkBox             parent_instance;

  GtkListItem       *item;        /* weak: it holds the row */
  GtkSelectionModel *selection;   /* weak */
  gboolean           selection_mode;

  GtkCheckButton    *check;
  GtkLabel          *name_label;
  GtkLabel          *inactive_badge;
  GtkLabel          *details_label;
};

G_DEFINE_FINAL_TYPE (EmbEmployeeRow, emb_employee_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SELECTION_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_check (EmbEmployeeRow *self)
{
  if (self->item != NULL)
    gtk_check_button_set_active (self->check, gtk_list_item_get_selected (self->item));
}

static void
on_check_toggled (EmbEmployeeRow *self)
{
  guint position;
  gboolean active = gtk_check_button_get_active (self->check);

  if (self->item == NULL || self->selection == NULL)
    return;
  position = gtk_list_item_get_position (self->item);
  if (position == GTK_INVALID_LIST_POSITION || active == gtk_list_item_get_selected (self->item))
    return;
  if (active)
    gtk_selection_model_select_item (self->selection, position, FALSE);
  else
    gtk_selection_model_unselect_item (self->selection, position);
}

/**
 * emb_employee_row_new:
 * @item: the list item that will hold the row
 * @selection: the list's selection model
 *
 * Returns: (transfer floating): a row showing nobody yet
 */
GtkWidget *
emb_employee_row_new (GtkListItem       *item,
                      GtkSelectionModel *selection)
{
  EmbEmployeeRow *self;

  g_return_val_if_fail (GTK_IS_LIST_ITEM (item), NULL);
  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (selection), NULL);

  self = g_object_new (EMB_TYPE_EMPLOYEE_ROW, NULL);
  g_set_weak_pointer (&self->item, item);
  g_set_weak_pointer (&self->selection, selection);
  g_signal_connect_object (item, "notify::selected", G_CALLBACK (sync_check), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/**
 * emb_employee_row_set_employee:
 * @details: the line under the name
 *
 * Shows @employee, as the list item binds it.
 */
void
emb_employee_row_set_employee (EmbEmployeeRow *self,
                               EmbEmployee    *employee,
                               const char     *details)
{
  g_return_if_fail (EMB_IS_EMPLOYEE_ROW (self));
  g_return_if_fail (EMB_IS_EMPLOYEE (employee));

  gtk_label_set_text (self->name_label, emb_employee_get_name (employee));
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->inactive_badge), !emb_employee_get_active (employee));
  sync_check (self);
}

gboolean
emb_employee_row_get_selection_mode (EmbEmployeeRow *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_ROW (self), FALSE);

  return self->selection_mode;
}

/**
 * emb_employee_row_set_selection_mode:
 *
 * Shows or hides the check.
 */
void
emb_employee_row_set_selection_mode (EmbEmployeeRow *self,
                                     gboolean        selection_mode)
{
  g_return_if_fail (EMB_IS_EMPLOYEE_ROW (self));

  selection_mode = !!selection_mode;
  if (self->selection_mode == selection_mode)
    return;
  self->selection_mode = selection_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_MODE]);
}

static void
emb_employee_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EmbEmployeeRow *self = EMB_EMPLOYEE_ROW (object);

  switch (prop_id)
    {
    case PROP_SELECTION_MODE:
      g_value_set_boolean (value, self->selection_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_employee_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbEmployeeRow *self = EMB_EMPLOYEE_ROW (object);

  switch (prop_id)
    {
    case PROP_SELECTION_MODE:
      emb_employee_row_set_selection_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_employee_row_dispose (GObject *object)
{
  EmbEmployeeRow *self = (EmbEmployeeRow *)object;

  g_clear_weak_pointer (&self->item);
  g_clear_weak_pointer (&self->selection);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_EMPLOYEE_ROW);

  G_OBJECT_CLASS (emb_employee_row_parent_class)->dispose (object);
}

static void
emb_employee_row_class_init (EmbEmployeeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_employee_row_get_property;
  object_class->set_property = emb_employee_row_set_property;
  object_class->dispose = emb_employee_row_dispose;

  /**
   * EmbEmployeeRow:selection-mode:
   *
   * Whether the check is shown.
   */
  properties[PROP_SELECTION_MODE] =
    g_param_spec_boolean ("selection-mode", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-employee-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeRow, check);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeRow, inactive_badge);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeRow, details_label);
  gtk_widget_class_bind_template_callback (widget_class, on_check_toggled);
}

static void
emb_employee_row_init (EmbEmployeeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (self, "selection-mode", self->check, "visible", G_BINDING_SYNC_CREATE);
}
