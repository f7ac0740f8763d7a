/* emb-staff-item-row.c: one thing of mine in a list of the staff window
 *
 * A nomination I sent or received, a decision I logged, a customer's words
 * about my touchpoint: a title with a status badge beside it, a dimmed line
 * of when and where, the text itself and a note (a reviewer's, a follow-up).
 * Lines without text are hidden. The row is not activatable: it only shows;
 * a screen reader reads it as one sentence (emb_staff_item_row_get_text()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-staff-item-row.h"

struct _EmbStaffItemRow
{
  GtkListBoxRow  parent_instance;

  char          *text;

  GtkLabel      *title_label;
  GtkLabel      *badge_label;
  GtkLabel      *meta_label;
  GtkLabel      *body_label;
  GtkLabel      *note_label;
};

G_DEFINE_FINAL_TYPE (EmbStaffItemRow, emb_staff_item_row, GTK_TYPE_LIST_BOX_ROW)

static const char *badge_classes[] = { "success", "warning", "error", "accent", "dim-label" };

static void
show_text (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* What a screen reader says for the row: every line shown, in order. */
static void
update_text (EmbStaffItemRow *self)
{
  GtkLabel *labels[] = {
    self->title_label, self->badge_label, self->meta_label, self->body_label, self->note_label
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *line = gtk_label_get_text (labels[i]);

      if (!gtk_widget_get_visible (GTK_WIDGET (labels[i])) || *line == '\0')
        continue;
      if (text->len > 0)
        /* Translators: between the lines of a row read aloud as one */
        g_string_append (text, _(". "));
      g_string_append (text, line);
    }
  g_free (self->text);
  self->text = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text,
                                  -1);
}

/**
 * emb_staff_item_row_set:
 * @title: what it is about (a colleague, a touchpoint)
 * @meta: (nullable): when and where, dimmed
 * @body: (nullable): the text itself
 * @note: (nullable): a note under it
 *
 * Shows the lines; those without text are hidden.
 */
void
emb_staff_item_row_set (EmbStaffItemRow *self,
                        const char      *title,
                        const char      *meta,
                        const char      *body,
                        const char      *note)
{
  g_return_if_fail (EMB_IS_STAFF_ITEM_ROW (self));

  show_text (self->title_label, title);
  show_text (self->meta_label, meta);
  show_text (self->body_label, body);
  show_text (self->note_label, note);
  update_text (self);
}

/**
 * emb_staff_item_row_set_badge:
 * @text: (nullable): a status, or %NULL for none
 * @style_class: (nullable): "success", "warning", "error", "accent" or
 *   "dim-label"
 */
void
emb_staff_item_row_set_badge (EmbStaffItemRow *self,
                              const char      *text,
                              const char      *style_class)
{
  g_return_if_fail (EMB_IS_STAFF_ITEM_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge_label), badge_classes[i]);
  if (style_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), style_class);
  show_text (self->badge_label, text);
  update_text (self);
}

/**
 * emb_staff_item_row_get_text:
 *
 * Returns: every line shown, as a screen reader reads the row
 */
const char *
emb_staff_item_row_get_text (EmbStaffItemRow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_ITEM_ROW (self), NULL);

  return self->text != NULL ? self->text : "";
}

/**
 * emb_staff_item_rows_clear:
 * @list: a list of rows
 *
 * Removes every row of @list, and only the rows: its placeholder stays, to
 * say that the list is empty.
 */
void
emb_staff_item_rows_clear (GtkListBox *list)
{
  GtkListBoxRow *row;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

GtkWidget *
emb_staff_item_row_new (void)
{
  return g_object_new (EMB_TYPE_STAFF_ITEM_ROW, NULL);
}

static void
emb_staff_item_row_finalize (GObject *object)
{
  EmbStaffItemRow *self = (EmbStaffItemRow *)object;

  g_free (self->text);

  G_OBJECT_CLASS (emb_staff_item_row_parent_class)->finalize (object);
}

static void
emb_staff_item_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_STAFF_ITEM_ROW);

  G_OBJECT_CLASS (emb_staff_item_row_parent_class)->dispose (object);
}

static void
emb_staff_item_row_class_init (EmbStaffItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_item_row_dispose;
  object_class->finalize = emb_staff_item_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffItemRow, badge_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffItemRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffItemRow, body_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffItemRow, note_label);
}

static void
emb_staff_item_row_init (EmbStaffItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
