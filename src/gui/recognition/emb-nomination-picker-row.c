/* emb-nomination-picker-row.c: a colleague or a feedback to choose
 *
 * A row of the lists of EmbNominationPicker: a name (or the words of a
 * feedback) and, below, the department (or the day it was received).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-picker-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-nomination-picker-row.h"

struct _EmbNominationPickerRow
{
  GtkBox    parent_instance;

  GtkLabel *title_label;
  GtkLabel *subtitle_label;
};

G_DEFINE_FINAL_TYPE (EmbNominationPickerRow, emb_nomination_picker_row, GTK_TYPE_BOX)

static void
emb_nomination_picker_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_NOMINATION_PICKER_ROW);

  G_OBJECT_CLASS (emb_nomination_picker_row_parent_class)->dispose (object);
}

static void
emb_nomination_picker_row_class_init (EmbNominationPickerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_nomination_picker_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-nomination-picker-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPickerRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPickerRow, subtitle_label);
}

static void
emb_nomination_picker_row_init (EmbNominationPickerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * emb_nomination_picker_row_new:
 *
 * Returns: (transfer floating): an empty row
 */
GtkWidget *
emb_nomination_picker_row_new (void)
{
  return g_object_new (EMB_TYPE_NOMINATION_PICKER_ROW, NULL);
}

/**
 * emb_nomination_picker_row_set:
 * @title: what is chosen
 * @subtitle: what tells it apart
 */
void
emb_nomination_picker_row_set (EmbNominationPickerRow *self,
                               const char             *title,
                               const char             *subtitle)
{
  g_return_if_fail (EMB_IS_NOMINATION_PICKER_ROW (self));

  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
}
