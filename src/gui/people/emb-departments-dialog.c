/* emb-departments-dialog.c: the departments and their roles
 *
 * A row to add a department, then a row for each department
 * (EmbDepartmentRow), rebuilt whenever departments or roles change while
 * the dialog is shown (EmbRefresher). The dialog remembers which
 * departments are open across rebuilds.
 *
 * Deleting a department or a role is deferred behind an Undo toast in the
 * dialog's own overlay (EmbUndoQueue): the record is hidden at once and
 * deleted when the toast goes, or when the dialog closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-departments-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-department-row.h"
#include "emb-departments-dialog.h"
#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-people-store.h"
#include "emb-refresher.h"
#include "emb-toast.h"
#include "emb-undo-queue.h"

struct _EmbDepartmentsDialog
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  EmbRefresher        *refresher;
  EmbUndoQueue        *undo_queue;
  EmbForm             *form;
  GHashTable          *expanded;              /* department ids shown open */
  GPtrArray           *rows;                  /* GtkWidget, in departments_group */

  AdwEntryRow         *new_department_row;
  EmbErrorRow         *new_department_error;
  AdwPreferencesGroup *departments_group;
};

G_DEFINE_FINAL_TYPE (EmbDepartmentsDialog, emb_departments_dialog, ADW_TYPE_WINDOW)

static void refresh (GtkWidget *widget);

/* What the person did shows at once, as the Undo toast promises. */
/* Deletions with Undo ----------------------------------------------------- */

static gboolean
delete_departments (EmbDatabase   *database,
                    const gint64  *ids,
                    guint          n_ids,
                    gpointer       user_data,
                    GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    if (!emb_people_store_delete_department (database, ids[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
delete_roles (EmbDatabase   *database,
              const gint64  *ids,
              guint          n_ids,
              gpointer       user_data,
              GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    if (!emb_people_store_delete_role (database, ids[i], error))
      return FALSE;
  return TRUE;
}

static void
on_delete_requested (EmbDepartmentsDialog *self,
                     EmbRecord            *record)
{
  gboolean is_role = EMB_IS_ROLE (record);
  gint64 id = emb_record_get_id (record);
  g_autofree char *title = NULL;

  title = g_strdup_printf (_("“%s” deleted"), is_role ? emb_role_get_name (EMB_ROLE (record))
                                                      : emb_department_get_name (EMB_DEPARTMENT (record)));
  emb_undo_queue_push (self->undo_queue, GTK_WIDGET (self),
                       is_role ? EMB_RECORD_KIND_ROLE : EMB_RECORD_KIND_DEPARTMENT,
                       &id, 1, title,
                       is_role ? delete_roles : delete_departments, NULL, NULL);
  emb_refresher_refresh_now (self->refresher);
}

/**
 * emb_departments_dialog_flush_pending:
 *
 * Carries out the deletions still waiting for their toast to go.
 */
void
emb_departments_dialog_flush_pending (EmbDepartmentsDialog *self)
{
  g_return_if_fail (EMB_IS_DEPARTMENTS_DIALOG (self));

  emb_undo_queue_flush (self->undo_queue);
}

/**
 * emb_departments_dialog_get_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last deletion, while
 *   it is shown
 */
AdwToast *
emb_departments_dialog_get_toast (EmbDepartmentsDialog *self)
{
  g_return_val_if_fail (EMB_IS_DEPARTMENTS_DIALOG (self), NULL);

  return emb_undo_queue_get_last_toast (self->undo_queue);
}

/* Editing ----------------------------------------------------------------- */

static void
on_new_department_apply (EmbDepartmentsDialog *self)
{
  g_autoptr(EmbDepartment) department = emb_department_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_department_row))));
  gint64 id;

  emb_form_clear (self->form);
  emb_department_set_name (department, name);
  emb_department_set_office (department, EMB_OFFICE_FRONT);
  if (!emb_people_store_save_department (self->database, department, &error))
    {
      if (!emb_form_show_error (self->form, error))
        emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  id = emb_record_get_id (EMB_RECORD (department));
  g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  gtk_editable_set_text (GTK_EDITABLE (self->new_department_row), "");
}

static void
on_expanded (EmbDepartmentsDialog *self,
             GParamSpec           *pspec,
             EmbDepartmentRow     *row)
{
  gint64 id = emb_record_get_id (EMB_RECORD (emb_department_row_get_department (row)));

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

/* Building ---------------------------------------------------------------- */

static void
add_row (EmbDepartmentsDialog *self,
         GtkWidget            *row)
{
  adw_preferences_group_add (self->departments_group, row);
  g_ptr_array_add (self->rows, row);
}

/* The roles of @department_id that are not waiting to be deleted. */
static GPtrArray *
roles_of (EmbDepartmentsDialog *self,
          GListModel           *roles,
          gint64                department_id)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);

      if (emb_role_get_department_id (role) == department_id &&
          !emb_undo_queue_contains (self->undo_queue, EMB_RECORD_KIND_ROLE,
                                    emb_record_get_id (EMB_RECORD (role))))
        g_ptr_array_add (shown, g_steal_pointer (&role));
    }
  return shown;
}

static void
refresh (GtkWidget *widget)
{
  EmbDepartmentsDialog *self = EMB_DEPARTMENTS_DIALOG (widget);
  g_autoptr(GListModel) departments = emb_people_store_list_departments (self->database, NULL);
  g_autoptr(GListModel) roles = emb_people_store_list_roles (self->database, 0, NULL);
  guint n_shown = 0;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->departments_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; departments != NULL && roles != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));
      g_autoptr(GPtrArray) shown_roles = NULL;
      GtkWidget *row;

      if (emb_undo_queue_contains (self->undo_queue, EMB_RECORD_KIND_DEPARTMENT, id))
        continue;
      shown_roles = roles_of (self, roles, id);
      row = emb_department_row_new (self->database, department, shown_roles);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded, &id));
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "delete-requested", G_CALLBACK (on_delete_requested), self, G_CONNECT_SWAPPED);
      add_row (self, row);
      n_shown++;
    }
  if (n_shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No departments yet: add the first one above"));
      gtk_widget_add_css_class (row, "dim-label");
      add_row (self, row);
    }
}

EmbDepartmentsDialog *
emb_departments_dialog_new (EmbDatabase *database)
{
  EmbDepartmentsDialog *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_DEPARTMENTS_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->undo_queue = emb_undo_queue_new (database);
  g_signal_connect_object (self->undo_queue, "changed", G_CALLBACK (emb_refresher_refresh_now),
                           self->refresher, G_CONNECT_SWAPPED);
  emb_refresher_set_database (self->refresher, database);
  return self;
}

static void
emb_departments_dialog_dispose (GObject *object)
{
  EmbDepartmentsDialog *self = (EmbDepartmentsDialog *)object;

  /* Deletions still offering Undo are carried out, while the toasts'
   * overlay is still there; their change notices no longer refresh. */
  g_clear_object (&self->refresher);
  if (self->undo_queue != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->undo_queue, self);
      emb_undo_queue_flush (self->undo_queue);
      g_clear_object (&self->undo_queue);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_DEPARTMENTS_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_departments_dialog_parent_class)->dispose (object);
}

static void
emb_departments_dialog_finalize (GObject *object)
{
  EmbDepartmentsDialog *self = (EmbDepartmentsDialog *)object;

  g_hash_table_unref (self->expanded);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (emb_departments_dialog_parent_class)->finalize (object);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
emb_departments_dialog_class_init (EmbDepartmentsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_departments_dialog_dispose;
  object_class->finalize = emb_departments_dialog_finalize;

  g_type_ensure (EMB_TYPE_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-departments-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentsDialog, new_department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentsDialog, new_department_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDepartmentsDialog, departments_group);
  gtk_widget_class_bind_template_callback (widget_class, on_new_department_apply);

  gtk_widget_class_install_action (widget_class, "departments.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "departments.close", NULL);
}

static void
emb_departments_dialog_init (EmbDepartmentsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->rows = g_ptr_array_new ();

  emb_a11y_label_editable (GTK_EDITABLE (self->new_department_row), _("New department"));
  self->form = emb_form_new ();
  emb_form_add_field (self->form, "name", GTK_WIDGET (self->new_department_row),
                      emb_error_row_get_label (self->new_department_error));

  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_DEPARTMENT);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_ROLE);
}
