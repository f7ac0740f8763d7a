/* emb-employee-editor.c: a dialog to add or change an employee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-employee-editor.h"
#include "emb-people-store.h"

struct _EmbEmployeeEditor
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  EmbEmployee         *employee;

  GHashTable          *fields;        /* field name → row */
  GHashTable          *errors;        /* field name → error label */
  GArray              *department_ids;
  GArray              *role_ids;

  AdwEntryRow         *number_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *email_row;
  AdwComboRow         *department_row;
  AdwComboRow         *role_row;
  AdwEntryRow         *site_row;
  AdwEntryRow         *hire_date_row;
  GtkSwitch           *active_switch;
  GtkLabel            *general_error;
};

G_DEFINE_FINAL_TYPE (EmbEmployeeEditor, emb_employee_editor, ADW_TYPE_WINDOW)

static guint
position_of_id (GArray *ids,
                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint position = adw_combo_row_get_selected (row);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static void
fill_roles (EmbEmployeeEditor *self,
            gint64             role_id)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GListModel) roles = NULL;
  gint64 department_id = selected_id (self->department_row, self->department_ids);

  g_array_set_size (self->role_ids, 0);
  gtk_string_list_append (strings, _("None"));
  g_array_append_val (self->role_ids, (gint64) { 0 });

  if (department_id > 0)
    roles = emb_people_store_list_roles (self->database, department_id, NULL);
  for (guint i = 0; roles != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);
      gint64 id = emb_record_get_id (EMB_RECORD (role));

      gtk_string_list_append (strings, emb_role_get_name (role));
      g_array_append_val (self->role_ids, id);
    }
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (strings));
  adw_combo_row_set_selected (self->role_row, position_of_id (self->role_ids, role_id));
  gtk_widget_set_sensitive (GTK_WIDGET (self->role_row), department_id > 0);
}

static void
on_department_changed (EmbEmployeeEditor *self)
{
  fill_roles (self, selected_id (self->role_row, self->role_ids));
}

static void
clear_errors (EmbEmployeeEditor *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->errors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GtkWidget *label = value;

      gtk_label_set_text (GTK_LABEL (label), "");
      gtk_widget_set_visible (gtk_widget_get_parent (label), FALSE);
      gtk_widget_remove_css_class (g_hash_table_lookup (self->fields, key), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
show_error (EmbEmployeeEditor *self,
            const GError      *error)
{
  const char *field = NULL;
  GtkWidget *label;

  if (error->domain == EMB_VALIDATION_ERROR)
    field = emb_validation_error_get_field (error);

  label = field != NULL ? g_hash_table_lookup (self->errors, field) : NULL;
  if (label == NULL)
    {
      gtk_label_set_text (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }

  gtk_label_set_text (GTK_LABEL (label), error->message);
  gtk_widget_set_visible (gtk_widget_get_parent (label), TRUE);
  gtk_widget_add_css_class (g_hash_table_lookup (self->fields, field), "error");
  gtk_widget_grab_focus (g_hash_table_lookup (self->fields, field));
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

  clear_errors (self);

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
      show_error (self, error);
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

static void
label_editable (GtkWidget  *row,
                const char *label)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (delegate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

/* A row, followed by a row that shows its validation error. */
static void
add_field (EmbEmployeeEditor    *self,
           AdwPreferencesGroup  *group,
           const char           *field,
           GtkWidget            *row)
{
  GtkWidget *error_row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                       "activatable", FALSE,
                                       "selectable", FALSE,
                                       "focusable", FALSE,
                                       "visible", FALSE,
                                       NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), label);

  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, error_row);
  g_hash_table_insert (self->fields, (char *)field, row);
  g_hash_table_insert (self->errors, (char *)field, label);
}

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  label_editable (row, title);
  return row;
}

static void
build (EmbEmployeeEditor *self)
{
  g_autoptr(GtkStringList) departments = gtk_string_list_new (NULL);
  g_autoptr(GListModel) records = emb_people_store_list_departments (self->database, NULL);
  gboolean is_new = !emb_record_is_saved (EMB_RECORD (self->employee));
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (is_new ? _("_Add") : _("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *active_row = adw_action_row_new ();
  GtkWidget *general_row;

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Employee") : _("Edit Employee"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "editor.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->general_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->general_error, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->general_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  general_row = GTK_WIDGET (self->general_error);
  gtk_widget_set_margin_top (general_row, 12);
  gtk_widget_set_margin_start (general_row, 12);
  gtk_widget_set_margin_end (general_row, 12);
  gtk_box_append (GTK_BOX (toolbar), general_row);

  gtk_widget_set_vexpand (page, TRUE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_box_append (GTK_BOX (toolbar), page);

  self->number_row = ADW_ENTRY_ROW (entry_row (_("Employee number"),
                                               emb_employee_get_employee_number (self->employee)));
  add_field (self, ADW_PREFERENCES_GROUP (group), "employee-number", GTK_WIDGET (self->number_row));
  self->name_row = ADW_ENTRY_ROW (entry_row (_("Name"), emb_employee_get_name (self->employee)));
  add_field (self, ADW_PREFERENCES_GROUP (group), "name", GTK_WIDGET (self->name_row));
  self->email_row = ADW_ENTRY_ROW (entry_row (_("E-mail"), emb_employee_get_email (self->employee)));
  adw_entry_row_set_input_purpose (self->email_row, GTK_INPUT_PURPOSE_EMAIL);
  add_field (self, ADW_PREFERENCES_GROUP (group), "email", GTK_WIDGET (self->email_row));

  g_array_set_size (self->department_ids, 0);
  gtk_string_list_append (departments, _("None"));
  g_array_append_val (self->department_ids, (gint64) { 0 });
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (records, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));

      gtk_string_list_append (departments, emb_department_get_name (department));
      g_array_append_val (self->department_ids, id);
    }
  self->department_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->department_row), _("Department"));
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (departments));
  adw_combo_row_set_selected (self->department_row,
                              position_of_id (self->department_ids,
                                              emb_employee_get_department_id (self->employee)));
  add_field (self, ADW_PREFERENCES_GROUP (group), "department", GTK_WIDGET (self->department_row));

  self->role_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->role_row), _("Role"));
  fill_roles (self, emb_employee_get_role_id (self->employee));
  add_field (self, ADW_PREFERENCES_GROUP (group), "role", GTK_WIDGET (self->role_row));
  g_signal_connect_object (self->department_row, "notify::selected",
                           G_CALLBACK (on_department_changed), self, G_CONNECT_SWAPPED);

  self->site_row = ADW_ENTRY_ROW (entry_row (_("Site"), emb_employee_get_site (self->employee)));
  add_field (self, ADW_PREFERENCES_GROUP (group), "site", GTK_WIDGET (self->site_row));
  self->hire_date_row = ADW_ENTRY_ROW (entry_row (_("Hire date (YYYY-MM-DD)"),
                                                  emb_employee_get_hire_date (self->employee)));
  add_field (self, ADW_PREFERENCES_GROUP (group), "hire-date", GTK_WIDGET (self->hire_date_row));

  self->active_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->active_switch, emb_employee_get_active (self->employee));
  gtk_widget_set_valign (GTK_WIDGET (self->active_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->active_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Active"),
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (active_row), _("Active"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (active_row),
                               _("Inactive employees keep their history but take no part in the programme"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (active_row), GTK_WIDGET (self->active_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (active_row), GTK_WIDGET (self->active_switch));
  add_field (self, ADW_PREFERENCES_GROUP (group), "active", active_row);

  adw_window_set_content (ADW_WINDOW (self), toolbar);
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
  build (self);
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
  GtkWidget *label;

  g_return_val_if_fail (EMB_IS_EMPLOYEE_EDITOR (self), NULL);

  label = g_hash_table_lookup (self->errors, field);
  if (label == NULL || !gtk_widget_get_visible (gtk_widget_get_parent (label)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
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

  return g_hash_table_lookup (self->fields, field);
}

static void
emb_employee_editor_dispose (GObject *object)
{
  EmbEmployeeEditor *self = (EmbEmployeeEditor *)object;

  g_clear_object (&self->employee);
  g_clear_object (&self->database);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->errors, g_hash_table_unref);
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

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
emb_employee_editor_init (EmbEmployeeEditor *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->errors = g_hash_table_new (g_str_hash, g_str_equal);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}
