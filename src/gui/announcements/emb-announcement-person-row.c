/* emb-announcement-person-row.c: an employee an announcement addresses, and their status
 *
 * A row of the lists of the Announcements page (who acknowledged, whom to
 * remind): the name, a line of details (number, role, department), "On
 * leave" where it applies, and the status: when they acknowledged, in the
 * success colour, or "Not yet" in the warning colour. The widgets are made
 * once per list item; binding only updates them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-person-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-announcement-person-row.h"
#include "emb-format.h"

struct _EmbAnnouncementPersonRow
{
  GtkBox     parent_instance;

  GtkLabel  *name_label;
  GtkLabel  *details_label;
  GtkLabel  *leave_label;
  GtkLabel  *status_label;

  gboolean   acknowledged;
};

G_DEFINE_FINAL_TYPE (EmbAnnouncementPersonRow, emb_announcement_person_row, GTK_TYPE_BOX)

static void
emb_announcement_person_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_ANNOUNCEMENT_PERSON_ROW);

  G_OBJECT_CLASS (emb_announcement_person_row_parent_class)->dispose (object);
}

static void
emb_announcement_person_row_class_init (EmbAnnouncementPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_announcement_person_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/announcements/"
                                               "emb-announcement-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPersonRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPersonRow, leave_label);
  gtk_widget_class_bind_template_child (widget_class, EmbAnnouncementPersonRow, status_label);
}

static void
emb_announcement_person_row_init (EmbAnnouncementPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
emb_announcement_person_row_new (void)
{
  return g_object_new (EMB_TYPE_ANNOUNCEMENT_PERSON_ROW, NULL);
}

/**
 * emb_announcement_person_row_set:
 * @employee: the employee shown
 * @details: their number, role and department, in one line
 * @acknowledged_at: (nullable): when they acknowledged, or %NULL if not yet
 *
 * Shows @employee and their status.
 */
void
emb_announcement_person_row_set (EmbAnnouncementPersonRow *self,
                                 EmbEmployee              *employee,
                                 const char               *details,
                                 const char               *acknowledged_at)
{
  g_autofree char *when = NULL;
  g_autofree char *status = NULL;
  g_autofree char *accessible = NULL;
  gboolean on_leave;

  g_return_if_fail (EMB_IS_ANNOUNCEMENT_PERSON_ROW (self));
  g_return_if_fail (EMB_IS_EMPLOYEE (employee));

  when = emb_format_day_and_time (acknowledged_at);
  if (when != NULL)
    /* Translators: the status of an employee: "Acknowledged 3 March 2026, 09:30" */
    status = g_strdup_printf (_("Acknowledged %s"), when);
  else
    /* Translators: the status of an employee who has not acknowledged an announcement */
    status = g_strdup (_("Not yet"));
  on_leave = emb_employee_get_on_leave (employee);
  self->acknowledged = when != NULL;

  gtk_label_set_text (self->name_label, emb_employee_get_name (employee));
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_label), on_leave);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), when != NULL ? "warning" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), when != NULL ? "success" : "warning");

  accessible = g_strdup_printf ("%s, %s%s%s — %s", emb_employee_get_name (employee), details,
                                on_leave ? ", " : "", on_leave ? _("On leave") : "", status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/**
 * emb_announcement_person_row_get_status:
 *
 * Returns: the status shown, as "Not yet"
 */
const char *
emb_announcement_person_row_get_status (EmbAnnouncementPersonRow *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_PERSON_ROW (self), NULL);

  return gtk_label_get_text (self->status_label);
}

/**
 * emb_announcement_person_row_get_acknowledged:
 *
 * Returns: whether the row says the employee acknowledged
 */
gboolean
emb_announcement_person_row_get_acknowledged (EmbAnnouncementPersonRow *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT_PERSON_ROW (self), FALSE);

  return self->acknowledged;
}
