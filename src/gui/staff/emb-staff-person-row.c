/* emb-staff-person-row.c: a person found at sign-in
 *
 * The name, and the employee number that tells two people of the same
 * name apart; activating the row goes on to that person's PIN.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-person-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-staff-person-row.h"

struct _EmbStaffPersonRow
{
  AdwActionRow parent_instance;

  gint64       id;
};

G_DEFINE_FINAL_TYPE (EmbStaffPersonRow, emb_staff_person_row, ADW_TYPE_ACTION_ROW)

/**
 * emb_staff_person_row_new:
 * @employee: a person of the directory
 *
 * Returns: (transfer floating): a row
 */
GtkWidget *
emb_staff_person_row_new (EmbEmployee *employee)
{
  EmbStaffPersonRow *self;
  g_autofree char *number = NULL;

  g_return_val_if_fail (EMB_IS_EMPLOYEE (employee), NULL);

  self = g_object_new (EMB_TYPE_STAFF_PERSON_ROW, NULL);
  self->id = emb_record_get_id (EMB_RECORD (employee));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), emb_employee_get_name (employee));
  /* Translators: an employee number */
  number = g_strdup_printf (_("No. %s"), emb_employee_get_employee_number (employee));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), number);
  return GTK_WIDGET (self);
}

gint64
emb_staff_person_row_get_id (EmbStaffPersonRow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_PERSON_ROW (self), 0);

  return self->id;
}

static void
emb_staff_person_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_STAFF_PERSON_ROW);

  G_OBJECT_CLASS (emb_staff_person_row_parent_class)->dispose (object);
}

static void
emb_staff_person_row_class_init (EmbStaffPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_person_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-person-row.ui");
}

static void
emb_staff_person_row_init (EmbStaffPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
