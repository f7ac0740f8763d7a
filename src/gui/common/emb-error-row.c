/* emb-error-row.c: a row under a field that shows the field's error
 *
 * In a list of rows (an #AdwPreferencesGroup, an #AdwExpanderRow) the error
 * of a field shows in a row of its own below the field's row. The row holds
 * a label for #EmbForm (emb_form_add_field() with emb_error_row_get_label())
 * and is shown exactly while the label is, so a field without an error
 * leaves no gap. It cannot be focused or activated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-error-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error-row.h"

struct _EmbErrorRow
{
  AdwPreferencesRow  parent_instance;

  GtkLabel          *label;
};

G_DEFINE_FINAL_TYPE (EmbErrorRow, emb_error_row, ADW_TYPE_PREFERENCES_ROW)

static void
emb_error_row_class_init (EmbErrorRowClass *klass)
{
}

static void
emb_error_row_init (EmbErrorRow *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), label);
  self->label = GTK_LABEL (label);

  g_object_bind_property (label, "visible", self, "visible", G_BINDING_SYNC_CREATE);
}

/**
 * emb_error_row_new:
 *
 * Returns: (transfer floating): a hidden error row
 */
GtkWidget *
emb_error_row_new (void)
{
  return g_object_new (EMB_TYPE_ERROR_ROW, NULL);
}

/**
 * emb_error_row_get_label:
 *
 * Returns: (transfer none): the label that shows the error; the row shows
 *   while it does
 */
GtkLabel *
emb_error_row_get_label (EmbErrorRow *self)
{
  g_return_val_if_fail (EMB_IS_ERROR_ROW (self), NULL);

  return self->label;
}
