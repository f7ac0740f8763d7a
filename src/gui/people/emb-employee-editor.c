/* emb-employee-editor.c: a dialog to add or change an employee
 *
 * The rows are the template's; the store's validation errors show under the
 * row of the field they name (EmbForm), any other error above the rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-drop-down.h"
#include "emb-employee-editor.h"
#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-people-store.h"

struct _EmbEmployeeEditor
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  EmbEmployee         *employee;
  EmbForm             *form;
  GArray              *department_ids;
  GArray              *role_ids;

  GtkButton           *save_button;
  GtkLabel            *general_error;
  AdwEntryRow         *number_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *email_row;
  AdwComboRow         *department_row;
  AdwComboRow         *role_row;
  AdwEntryRow         *site_row;
  AdwEntryRow         *hire_date_row;
  AdwActionRow        *active_row;
  GtkSwitch           *active_switch;
};

G_DEFINE_FINAL_TYPE (EmbEmployeeEditor, emb_employee_editor, ADW_TYPE_WINDOW)

/* Each field as the store names it, its row and its error row in the template. */
static const struct
{
  const char *field;
  const char *row;
  const char *error_row;
} fields[] = {
  { "employee-number", "number_row", "number_error" },
  { "name", "name_row", "name_error" },
  { "email", "email_row", "email_error" },
  { "department", "department_row", "department_error" },
  { "role", "role_row", "role_error" },
  { "site", "site_row", "site_error" },
  { "hire-date", "hire_date_row", "hire_date_error" },
  { "active", "active_row", "active_error" },
};

static GtkWidget *
template_child (EmbEmployeeEditor *self,
                const char        *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), EMB_TYPE_EMPLOYEE_EDITOR, name));
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  return emb_drop_down_id_at (ids, adw_combo_row_get_selected (row));
}

static void
fill_roles (EmbEmployeeEditor *self,
            gint64             role_id)
{
  g_autoptr(GtkStringList) strings = NULL;
  g_autoptr(GListModel) roles = NULL;
  gint64 department_id = selected_id (self->department_row, self->department_ids);

  if (department_id > 0)
    roles = emb_people_store_list_roles (self->database, department_id, NULL);
  strings = emb_drop_down_strings_new (self->role_ids, _("None"), roles,
                                       (EmbRecordNameFunc)emb_role_get_name);
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (strings));
  adw_combo_row_set_selected (self->role_row, emb_drop_down_position_of_id (self->role_ids, role_id));
  gtk_widget_set_sensitive (GTK_WIDGET (self->role_row), department_id > 0);
}

static void
on_department_changed (EmbEmployeeEditor *self)
{
  fill_roles (self, selected_id (self->role_row, self->role_ids));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbEmployeeEditor *self = EMB_EMPLOYEE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  const char *hire_date = gtk_editable_get_text (GTK_EDITABLE (self->hire_date_row));
  g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->number_row))));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
  g_autofree char *site = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->site_row))));

  emb_form_clear (self->form);

  emb_employee_set_employee_number (self->employee, number);
  emb_employee_set_name (self->employee, name);
  emb_employee_set_email (self->employee, email);
  emb_employee_set_department_id (self->employee, selected_id (self->department_row, self->department_ids));
  emb_employee_set_role_id (self->employee, selected_id (self->role_row, self->role_ids));
  emb_employee_set_site (self->employee, site);
  emb_employee_set_hire_date (self->employee, *hire_date != '\0' ? hire_date : NULL);
  emb_employee_set_active (self->employee, gtk_switch_get_active (self->active_switch));

  if (!emb_people_store_save_employee (self->database, self->employee, &error))
    {
      emb_form_show_error (self->form, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Shows the employee in the rows. */
static void
fill (EmbEmployeeEditor *self)
{
  g_autoptr(GtkStringList) departments = NULL;
  g_autoptr(GListModel) records = emb_people_store_list_departments (self->database, NULL);
  gboolean is_new = !emb_record_is_saved (EMB_RECORD (self->employee));
  struct {
    AdwEntryRow *row;
    const char  *text;
  } texts[] = {
    { self->number_row, emb_employee_get_employee_number (self->employee) },
    { self->name_row, emb_employee_get_name (self->employee) },
    { self->email_row, emb_employee_get_email (self->employee) },
    { self->site_row, emb_employee_get_site (self->employee) },
    { self->hire_date_row, emb_employee_get_hire_date (self->employee) },
  };

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Employee") : _("Edit Employee"));
  gtk_button_set_label (self->save_button, is_new ? _("_Add") : _("_Save"));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    gtk_editable_set_text (GTK_EDITABLE (texts[i].row), texts[i].text != NULL ? texts[i].text : "");

  departments = emb_drop_down_strings_new (self->department_ids, _("None"), records,
                                           (EmbRecordNameFunc)emb_department_get_name);
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (departments));
  adw_combo_row_set_selected (self->department_row,
                              emb_drop_down_position_of_id (self->department_ids,
                                                            emb_employee_get_department_id (self->employee)));
  fill_roles (self, emb_employee_get_role_id (self->employee));
  g_signal_connect_object (self->department_row, "notify::selected",
                           G_CALLBACK (on_department_changed), self, G_CONNECT_SWAPPED);

  gtk_switch_set_active (self->active_switch, emb_employee_get_active (self->employee));
  gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
}

/**
 * emb_employee_editor_new:
 * @employee: (nullable): the employee to change, or %NULL for a new one
 */
EmbEmployeeEditor *
emb_employee_editor_new (EmbDatabase *database,
                         EmbEmployee *employee)
{
  EmbEmployeeEditor *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (employee == NULL || EMB_IS_EMPLOYEE (employee), NULL);

  self = g_object_new (EMB_TYPE_EMPLOYEE_EDITOR, NULL);
  self->database = g_object_ref (database);
  if (employee != NULL)
    self->employee = emb_people_store_get_employee (database, emb_record_get_id (EMB_RECORD (employee)), NULL);
  if (self->employee == NULL)
    self->employee = emb_employee_new ();
  fill (self);
  return self;
}

/**
 * emb_employee_editor_get_error:
 * @field: a field, such as "employee-number"
 *
 * Returns: (nullable): the validation error shown next to @field
 */
const char *
emb_employee_editor_get_error (EmbEmployeeEditor *self,
                               const char        *field)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (emb_employee_editor_get_field (self, field) == NULL)
    return NULL;
  return emb_form_get_error (self->form, field);
}

/**
 * emb_employee_editor_get_field:
 *
 * Returns: (transfer none) (nullable): the row that edits @field
 */
GtkWidget *
emb_employee_editor_get_field (EmbEmployeeEditor *self,
                               const char        *field)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      return template_child (self, fields[i].row);
  return NULL;
}

static void
emb_employee_editor_dispose (GObject *object)
{
  EmbEmployeeEditor *self = (EmbEmployeeEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_EMPLOYEE_EDITOR);
  g_clear_object (&self->form);
  g_clear_object (&self->employee);
  g_clear_object (&self->database);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->role_ids, g_array_unref);

  G_OBJECT_CLASS (emb_employee_editor_parent_class)->dispose (object);
}

static void
emb_employee_editor_class_init (EmbEmployeeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_employee_editor_dispose;

  g_type_ensure (EMB_TYPE_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-employee-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, site_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, hire_date_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, active_row);
  gtk_widget_class_bind_template_child (widget_class, EmbEmployeeEditor, active_switch);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, fields[i].error_row, FALSE, 0);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
emb_employee_editor_init (EmbEmployeeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *row = template_child (self, fields[i].row);
      EmbErrorRow *error_row = EMB_ERROR_ROW (template_child (self, fields[i].error_row));

      emb_form_add_field (self->form, fields[i].field, row, emb_error_row_get_label (error_row));
      if (ADW_IS_ENTRY_ROW (row))
        emb_a11y_label_editable (GTK_EDITABLE (row),
                                 adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }
}
