/* emb-role-row.c: a role of a department, renamed in place
 *
 * An entry row holding the role's name: Apply saves it, and a refused name
 * shows under the row, in the row's error row, which the department row
 * places below it. The trash button asks for the role to be deleted
 * (EmbRoleRow::delete-requested): the dialog defers that behind an Undo
 * toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-role-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-people-store.h"
#include "emb-role-row.h"
#include "emb-toast.h"

struct _EmbRoleRow
{
  AdwEntryRow  parent_instance;

  EmbDatabase *database;
  EmbRole     *role;
  EmbForm     *form;

  GtkButton   *delete_button;
  EmbErrorRow *error_row;
};

G_DEFINE_FINAL_TYPE (EmbRoleRow, emb_role_row, ADW_TYPE_ENTRY_ROW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_apply (EmbRoleRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (emb_role_get_name (self->role));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));

  emb_form_clear (self->form);
  emb_role_set_name (self->role, name);
  if (!emb_people_store_save_role (self->database, self->role, &error))
    {
      emb_role_set_name (self->role, old_name);
      if (!emb_form_show_error (self->form, error))
        emb_toast_show_error (GTK_WIDGET (self), error);
    }
}

static void
on_delete_clicked (EmbRoleRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

/**
 * emb_role_row_new:
 * @role: the role shown; the row keeps it and saves it when renamed
 *
 * Returns: (transfer floating): a row
 */
GtkWidget *
emb_role_row_new (EmbDatabase *database,
                  EmbRole     *role)
{
  g_autofree char *label = NULL;
  EmbRoleRow *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (EMB_IS_ROLE (role), NULL);

  self = g_object_new (EMB_TYPE_ROLE_ROW, NULL);
  self->database = g_object_ref (database);
  self->role = g_object_ref (role);
  gtk_editable_set_text (GTK_EDITABLE (self), emb_role_get_name (role));

  label = g_strdup_printf (_("Delete role “%s”"), emb_role_get_name (role));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return GTK_WIDGET (self);
}

/**
 * emb_role_row_get_role:
 *
 * Returns: (transfer none): the role shown
 */
EmbRole *
emb_role_row_get_role (EmbRoleRow *self)
{
  g_return_val_if_fail (EMB_IS_ROLE_ROW (self), NULL);

  return self->role;
}

/**
 * emb_role_row_get_error_row:
 *
 * Returns: (transfer none): the row that shows why a name was refused, to
 *   place right below this one
 */
GtkWidget *
emb_role_row_get_error_row (EmbRoleRow *self)
{
  g_return_val_if_fail (EMB_IS_ROLE_ROW (self), NULL);

  return GTK_WIDGET (self->error_row);
}

static void
emb_role_row_dispose (GObject *object)
{
  EmbRoleRow *self = (EmbRoleRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_ROLE_ROW);
  g_clear_object (&self->form);
  g_clear_object (&self->role);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_role_row_parent_class)->dispose (object);
}

static void
emb_role_row_class_init (EmbRoleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_role_row_dispose;

  /**
   * EmbRoleRow::delete-requested:
   *
   * The person asked for the role to be deleted.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (EMB_TYPE_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbRoleRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, EmbRoleRow, error_row);
  gtk_widget_class_bind_template_callback (widget_class, on_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
emb_role_row_init (EmbRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_editable (GTK_EDITABLE (self), _("Role"));
  self->form = emb_form_new ();
  emb_form_add_field (self->form, "name", GTK_WIDGET (self),
                      emb_error_row_get_label (self->error_row));
}
