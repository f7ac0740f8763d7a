/* emb-bulk-change-dialog.c: where the selected employees move to
 *
 * A message dialog with a searchable drop-down of departments (or roles).
 * The page fills the choices, and on the "apply" response asks which one
 * was chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bulk-change-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-bulk-change-dialog.h"

struct _EmbBulkChangeDialog
{
  AdwMessageDialog  parent_instance;

  gboolean          by_role;
  GtkStringList    *labels;
  GArray           *ids;       /* gint64, one for each label */

  GtkDropDown      *dropdown;
};

G_DEFINE_FINAL_TYPE (EmbBulkChangeDialog, emb_bulk_change_dialog, ADW_TYPE_MESSAGE_DIALOG)

/**
 * emb_bulk_change_dialog_new:
 * @by_role: whether the choices are roles (else departments)
 * @n_selected: how many employees move
 *
 * Returns: (transfer floating): a dialog with no choice yet
 */
EmbBulkChangeDialog *
emb_bulk_change_dialog_new (gboolean by_role,
                            guint    n_selected)
{
  EmbBulkChangeDialog *self = g_object_new (EMB_TYPE_BULK_CHANGE_DIALOG, NULL);
  g_autofree char *body = NULL;

  self->by_role = by_role;
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %u selected employee moves to:",
                                       "The %u selected employees move to:", n_selected),
                          n_selected);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  by_role ? _("Change Role") : _("Change Department"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  emb_a11y_label_drop_down (self->dropdown, by_role ? _("New role") : _("New department"));
  return self;
}

/**
 * emb_bulk_change_dialog_add_choice:
 * @id: the department or role
 * @label: what the drop-down shows for it
 */
void
emb_bulk_change_dialog_add_choice (EmbBulkChangeDialog *self,
                                   gint64               id,
                                   const char          *label)
{
  g_return_if_fail (EMB_IS_BULK_CHANGE_DIALOG (self));
  g_return_if_fail (label != NULL);

  gtk_string_list_append (self->labels, label);
  g_array_append_val (self->ids, id);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply", TRUE);
}

gboolean
emb_bulk_change_dialog_get_by_role (EmbBulkChangeDialog *self)
{
  g_return_val_if_fail (EMB_IS_BULK_CHANGE_DIALOG (self), FALSE);

  return self->by_role;
}

/**
 * emb_bulk_change_dialog_get_choice:
 *
 * Returns: the department or role chosen, or 0
 */
gint64
emb_bulk_change_dialog_get_choice (EmbBulkChangeDialog *self)
{
  guint position;

  g_return_val_if_fail (EMB_IS_BULK_CHANGE_DIALOG (self), 0);

  position = gtk_drop_down_get_selected (self->dropdown);
  return position < self->ids->len ? g_array_index (self->ids, gint64, position) : 0;
}

static void
emb_bulk_change_dialog_dispose (GObject *object)
{
  EmbBulkChangeDialog *self = (EmbBulkChangeDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_BULK_CHANGE_DIALOG);
  g_clear_object (&self->labels);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (emb_bulk_change_dialog_parent_class)->dispose (object);
}

static void
emb_bulk_change_dialog_class_init (EmbBulkChangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_bulk_change_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-bulk-change-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbBulkChangeDialog, dropdown);
}

static void
emb_bulk_change_dialog_init (EmbBulkChangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->labels = gtk_string_list_new (NULL);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (self->labels));
}
