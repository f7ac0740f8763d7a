/* emb-department-row.c: a department, its office and its roles
 *
 * An expander row holding everything about one department, in this order:
 * its name, its office, a row for each of its roles (EmbRoleRow), a row to
 * add a role and a row to delete the department. The name, the office and
 * a new role are saved here, each refused name shown under its row;
 * deletions are asked of the dialog (EmbDepartmentRow::delete-requested),
 * which defers them behind an Undo toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-department-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-department-row.h"
#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-people-store.h"
#include "emb-role-row.h"
#include "emb-toast.h"

struct _EmbDepartmentRow
{
  AdwExpanderRow  parent_instance;

  EmbDatabase    *database;
  EmbDepartment  *department;
  EmbForm        *name_form;
  EmbForm        *new_role_form;

  AdwEntryRow    *name_row;
  EmbErrorRow    *name_error;
  AdwComboRow    *office_row;
  AdwEntryRow    *new_role_row;
  EmbErrorRow    *new_role_error;
  AdwActionRow   *delete_row;
  GtkButton      *delete_button;
};

G_DEFINE_FINAL_TYPE (EmbDepartmentRow, emb_department_row, ADW_TYPE_EXPANDER_ROW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Shows @error under the row of @form's field, or else in a toast. */
static void
show_error (EmbDepartmentRow *self,
            EmbForm          *form,
            const GError     *error)
{
  if (!emb_form_show_error (form, error))
    emb_toast_show_error (GTK_WIDGET (self), error);
}

static void
on_name_apply (EmbDepartmentRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (emb_department_get_name (self->department));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  emb_form_clear (self->name_form);
  emb_department_set_name (self->department, name);
  if (!emb_people_store_save_department (self->database, self->department, &error))
    {
      emb_department_set_name (self->department, old_name);
      show_error (self, self->name_form, error);
    }
}

static void
on_office_changed (EmbDepartmentRow *self)
{
  EmbOffice office = adw_combo_row_get_selected (self->office_row) == 1 ? EMB_OFFICE_BACK : EMB_OFFICE_FRONT;
  g_autoptr(GError) error = NULL;

  if (emb_department_get_office (self->department) == office)
    return;
  emb_department_set_office (self->department, office);
  if (!emb_people_store_save_department (self->database, self->department, &error))
    emb_toast_show_error (GTK_WIDGET (self), error);
}

static void
on_new_role_apply (EmbDepartmentRow *self)
{
  g_autoptr(EmbRole) role = emb_role_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_role_row))));

  emb_form_clear (self->new_role_form);
  emb_role_set_name (role, name);
  emb_role_set_department_id (role, emb_record_get_id (EMB_RECORD (self->department)));
  emb_role_set_office (role, emb_department_get_office (self->department));
  if (!emb_people_store_save_role (self->database, role, &error))
    {
      show_error (self, self->new_role_form, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_role_row), "");
}

static void
on_delete_clicked (EmbDepartmentRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->department);
}

static void
on_role_delete_requested (EmbDepartmentRow *self,
                          EmbRoleRow       *row)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, emb_role_row_get_role (row));
}

static void
add_role_row (EmbDepartmentRow *self,
              EmbRole          *role)
{
  GtkWidget *row = emb_role_row_new (self->database, role);

  g_signal_connect_object (row, "delete-requested",
                           G_CALLBACK (on_role_delete_requested), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), emb_role_row_get_error_row (EMB_ROLE_ROW (row)));
}

/**
 * emb_department_row_new:
 * @department: the department shown; the row keeps it and saves it when
 *   it is changed
 * @roles: (element-type EmbRole): the roles of @department to show
 *
 * Returns: (transfer floating): a collapsed row
 */
GtkWidget *
emb_department_row_new (EmbDatabase   *database,
                        EmbDepartment *department,
                        GPtrArray     *roles)
{
  const char *offices[] = { _("Front office"), _("Back office") };
  guint office = emb_department_get_office (department) == EMB_OFFICE_BACK ? 1 : 0;
  g_autofree char *subtitle = NULL;
  EmbDepartmentRow *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (EMB_IS_DEPARTMENT (department), NULL);
  g_return_val_if_fail (roles != NULL, NULL);

  self = g_object_new (EMB_TYPE_DEPARTMENT_ROW, NULL);
  self->database = g_object_ref (database);
  self->department = g_object_ref (department);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u role", "%s · %u roles", roles->len),
                              offices[office], roles->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), emb_department_get_name (department));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), emb_department_get_name (department));
  adw_combo_row_set_selected (self->office_row, office);
  g_signal_connect_object (self->office_row, "notify::selected",
                           G_CALLBACK (on_office_changed), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < roles->len; i++)
    add_role_row (self, g_ptr_array_index (roles, i));

  /* The rows of the template that go below the roles. */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->new_role_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->new_role_error));
  if (roles->len > 0)
    adw_action_row_set_subtitle (self->delete_row, _("Delete or move its roles first"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->delete_button), roles->len == 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->delete_row));

  return GTK_WIDGET (self);
}

/**
 * emb_department_row_get_department:
 *
 * Returns: (transfer none): the department shown
 */
EmbDepartment *
emb_department_row_get_department (EmbDepartmentRow *self)
{
  g_return_val_if_fail (EMB_IS_DEPARTMENT_ROW (self), NULL);

  return self->department;
}

static void
emb_department_row_dispose (GObject *object)
{
  EmbDepartmentRow *self = (EmbDepartmentRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_DEPARTMENT_ROW);
  g_clear_object (&self->name_form);
  g_clear_object (&self->new_role_form);
  g_clear_object (&self->department);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_department_row_parent_class)->dispose (object);
}

static void
emb_department_row_class_init (EmbDepartmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_department_row_dispose;

  /**
   * EmbDepartmentRow::delete-requested:
   * @record: the department, or one of its roles
   *
   * The person asked for @record to be deleted.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, EMB_TYPE_RECORD);

  g_type_ensure (EMB_TYPE_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-department-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, office_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, new_role_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, new_role_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, delete_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_new_role_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
emb_department_row_init (EmbDepartmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_editable (GTK_EDITABLE (self->name_row), _("Department name"));
  emb_a11y_label_editable (GTK_EDITABLE (self->new_role_row), _("New role"));

  self->name_form = emb_form_new ();
  emb_form_add_field (self->name_form, "name", GTK_WIDGET (self->name_row),
                      emb_error_row_get_label (self->name_error));
  self->new_role_form = emb_form_new ();
  emb_form_add_field (self->new_role_form, "name", GTK_WIDGET (self->new_role_row),
                      emb_error_row_get_label (self->new_role_error));
}
