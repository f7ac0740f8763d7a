/* emb-departments-dialog.c: the departments and their roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-departments-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-departments-dialog.h"
#include "emb-people-store.h"

struct _EmbDepartmentsDialog
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  guint                refresh_idle;

  /* Deletions waiting for their toast to go: hidden, not yet deleted. */
  GHashTable          *pending_departments;   /* id → name */
  GHashTable          *pending_roles;         /* id → name */
  GHashTable          *expanded;              /* department ids shown open */
  AdwToast            *toast;

  AdwToastOverlay     *toast_overlay;
  GtkWidget           *page;
  AdwPreferencesGroup *departments_group;
  AdwEntryRow         *new_department_row;
};

G_DEFINE_FINAL_TYPE (EmbDepartmentsDialog, emb_departments_dialog, ADW_TYPE_WINDOW)

static void refresh (EmbDepartmentsDialog *self);

typedef enum
{
  PENDING_DEPARTMENT,
  PENDING_ROLE,
} PendingKind;

/* Errors ------------------------------------------------------------------ */

static void
show_toast (EmbDepartmentsDialog *self,
            const char           *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static GtkWidget *
error_row_new (GtkWidget *row)
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
  g_object_set_data (G_OBJECT (row), "error-label", label);
  return error_row;
}

/* Shows @error next to @row when it is about the field the row edits. */
static void
show_error (EmbDepartmentsDialog *self,
            GtkWidget            *row,
            const GError         *error)
{
  GtkWidget *label = row != NULL ? g_object_get_data (G_OBJECT (row), "error-label") : NULL;

  if (label == NULL || error->domain != EMB_VALIDATION_ERROR)
    {
      show_toast (self, error->message);
      return;
    }
  gtk_label_set_text (GTK_LABEL (label), error->message);
  gtk_widget_set_visible (gtk_widget_get_parent (label), TRUE);
  gtk_widget_add_css_class (row, "error");
}

static void
clear_error (GtkWidget *row)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "error-label");

  if (label != NULL)
    gtk_widget_set_visible (gtk_widget_get_parent (label), FALSE);
  gtk_widget_remove_css_class (row, "error");
}

/* Deletions with Undo ----------------------------------------------------- */

static gboolean
delete_now (EmbDepartmentsDialog *self,
            PendingKind           kind,
            gint64                id,
            GError              **error)
{
  if (kind == PENDING_DEPARTMENT)
    return emb_people_store_delete_department (self->database, id, error);
  return emb_people_store_delete_role (self->database, id, error);
}

static void
flush_table (EmbDepartmentsDialog *self,
             PendingKind           kind,
             GHashTable           *table)
{
  g_autoptr(GList) ids = g_hash_table_get_keys (table);

  for (GList *l = ids; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = *(gint64 *)l->data;

      if (!delete_now (self, kind, id, &error))
        g_warning ("Cannot delete: %s", error->message);
    }
  g_hash_table_remove_all (table);
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

  /* Roles first: a department with roles cannot go. */
  flush_table (self, PENDING_ROLE, self->pending_roles);
  flush_table (self, PENDING_DEPARTMENT, self->pending_departments);
}

static void
on_toast_dismissed (AdwToast             *toast,
                    EmbDepartmentsDialog *self)
{
  PendingKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "kind"));
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (toast), "id");
  GHashTable *table = kind == PENDING_DEPARTMENT ? self->pending_departments : self->pending_roles;
  g_autoptr(GError) error = NULL;

  if (!g_hash_table_remove (table, &id))
    return;
  if (!delete_now (self, kind, id, &error))
    {
      show_toast (self, error->message);
      refresh (self);
    }
}

static void
on_toast_undo (AdwToast             *toast,
               EmbDepartmentsDialog *self)
{
  PendingKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "kind"));
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (toast), "id");
  GHashTable *table = kind == PENDING_DEPARTMENT ? self->pending_departments : self->pending_roles;

  g_hash_table_remove (table, &id);
  refresh (self);
}

static void
delete_later (EmbDepartmentsDialog *self,
              PendingKind           kind,
              gint64                id,
              const char           *name)
{
  GHashTable *table = kind == PENDING_DEPARTMENT ? self->pending_departments : self->pending_roles;
  g_autofree char *title = NULL;
  gint64 *key = g_new (gint64, 1);
  AdwToast *toast;

  *key = id;
  g_hash_table_insert (table, key, g_strdup (name));
  refresh (self);

  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (toast), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Editing ----------------------------------------------------------------- */

static void
on_new_department_apply (AdwEntryRow          *row,
                         EmbDepartmentsDialog *self)
{
  g_autoptr(EmbDepartment) department = emb_department_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  gint64 *id;

  clear_error (GTK_WIDGET (row));
  emb_department_set_name (department, name);
  emb_department_set_office (department, EMB_OFFICE_FRONT);
  if (!emb_people_store_save_department (self->database, department, &error))
    {
      show_error (self, GTK_WIDGET (row), error);
      return;
    }
  id = g_new (gint64, 1);
  *id = emb_record_get_id (EMB_RECORD (department));
  g_hash_table_add (self->expanded, id);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  refresh (self);
}

static void
on_department_rename (AdwEntryRow          *row,
                      EmbDepartmentsDialog *self)
{
  EmbDepartment *department = g_object_get_data (G_OBJECT (row), "record");
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (emb_department_get_name (department));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  clear_error (GTK_WIDGET (row));
  emb_department_set_name (department, name);
  if (!emb_people_store_save_department (self->database, department, &error))
    {
      emb_department_set_name (department, old_name);
      show_error (self, GTK_WIDGET (row), error);
    }
}

static void
on_department_office (AdwComboRow          *row,
                      GParamSpec           *pspec,
                      EmbDepartmentsDialog *self)
{
  EmbDepartment *department = g_object_get_data (G_OBJECT (row), "record");
  EmbOffice office = adw_combo_row_get_selected (row) == 1 ? EMB_OFFICE_BACK : EMB_OFFICE_FRONT;
  g_autoptr(GError) error = NULL;

  if (emb_department_get_office (department) == office)
    return;
  emb_department_set_office (department, office);
  if (!emb_people_store_save_department (self->database, department, &error))
    show_toast (self, error->message);
}

static void
on_department_delete (GtkButton            *button,
                      EmbDepartmentsDialog *self)
{
  EmbDepartment *department = g_object_get_data (G_OBJECT (button), "record");

  delete_later (self, PENDING_DEPARTMENT, emb_record_get_id (EMB_RECORD (department)),
                emb_department_get_name (department));
}

static void
on_role_rename (AdwEntryRow          *row,
                EmbDepartmentsDialog *self)
{
  EmbRole *role = g_object_get_data (G_OBJECT (row), "record");
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (emb_role_get_name (role));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  clear_error (GTK_WIDGET (row));
  emb_role_set_name (role, name);
  if (!emb_people_store_save_role (self->database, role, &error))
    {
      emb_role_set_name (role, old_name);
      show_error (self, GTK_WIDGET (row), error);
    }
}

static void
on_role_delete (GtkButton            *button,
                EmbDepartmentsDialog *self)
{
  EmbRole *role = g_object_get_data (G_OBJECT (button), "record");

  delete_later (self, PENDING_ROLE, emb_record_get_id (EMB_RECORD (role)), emb_role_get_name (role));
}

static void
on_new_role_apply (AdwEntryRow          *row,
                   EmbDepartmentsDialog *self)
{
  EmbDepartment *department = g_object_get_data (G_OBJECT (row), "record");
  g_autoptr(EmbRole) role = emb_role_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  clear_error (GTK_WIDGET (row));
  emb_role_set_name (role, name);
  emb_role_set_department_id (role, emb_record_get_id (EMB_RECORD (department)));
  emb_role_set_office (role, emb_department_get_office (department));
  if (!emb_people_store_save_role (self->database, role, &error))
    {
      show_error (self, GTK_WIDGET (row), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
on_expanded (AdwExpanderRow       *row,
             GParamSpec           *pspec,
             EmbDepartmentsDialog *self)
{
  gint64 id = emb_record_get_id (g_object_get_data (G_OBJECT (row), "record"));

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

/* Building ---------------------------------------------------------------- */

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

static GtkWidget *
entry_row (const char *title,
           const char *text,
           gpointer    record)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  label_editable (row, title);
  if (record != NULL)
    g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (record), g_object_unref);
  return row;
}

static GtkWidget *
department_row (EmbDepartmentsDialog *self,
                EmbDepartment        *department,
                GListModel           *roles)
{
  gint64 id = emb_record_get_id (EMB_RECORD (department));
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name_row = entry_row (_("Department name"), emb_department_get_name (department), department);
  GtkWidget *office_row = adw_combo_row_new ();
  GtkWidget *new_role_row = entry_row (_("New role"), NULL, department);
  GtkWidget *delete_row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_with_mnemonic (_("_Delete Department"));
  const char *offices[] = { _("Front office"), _("Back office"), NULL };
  g_autoptr(GtkStringList) office_list = gtk_string_list_new (offices);
  g_autofree char *subtitle = NULL;
  guint n_roles = 0;

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);

      if (emb_role_get_department_id (role) == id &&
          !g_hash_table_contains (self->pending_roles, &(gint64) { emb_record_get_id (EMB_RECORD (role)) }))
        n_roles++;
    }

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u role", "%s · %u roles", n_roles),
                              offices[emb_department_get_office (department) == EMB_OFFICE_BACK ? 1 : 0],
                              n_roles);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), emb_department_get_name (department));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  g_object_set_data_full (G_OBJECT (expander), "record", g_object_ref (department), g_object_unref);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), g_hash_table_contains (self->expanded, &id));
  g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (on_expanded), self, 0);

  g_signal_connect_object (name_row, "apply", G_CALLBACK (on_department_rename), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), error_row_new (name_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (office_row), _("Office"));
  adw_combo_row_set_model (ADW_COMBO_ROW (office_row), G_LIST_MODEL (office_list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (office_row),
                              emb_department_get_office (department) == EMB_OFFICE_BACK ? 1 : 0);
  g_object_set_data_full (G_OBJECT (office_row), "record", g_object_ref (department), g_object_unref);
  g_signal_connect_object (office_row, "notify::selected", G_CALLBACK (on_department_office), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), office_row);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (roles, i);
      gint64 role_id = emb_record_get_id (EMB_RECORD (role));
      GtkWidget *role_row;
      GtkWidget *button;
      g_autofree char *label = NULL;

      if (emb_role_get_department_id (role) != id || g_hash_table_contains (self->pending_roles, &role_id))
        continue;

      role_row = entry_row (_("Role"), emb_role_get_name (role), role);
      g_signal_connect_object (role_row, "apply", G_CALLBACK (on_role_rename), self, 0);
      button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      label = g_strdup_printf (_("Delete role “%s”"), emb_role_get_name (role));
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "record", g_object_ref (role), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_role_delete), self, 0);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (role_row), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), role_row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), error_row_new (role_row));
    }

  g_signal_connect_object (new_role_row, "apply", G_CALLBACK (on_new_role_apply), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), new_role_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), error_row_new (new_role_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row), _("Delete this department"));
  if (n_roles > 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (delete_row), _("Delete or move its roles first"));
  gtk_widget_set_sensitive (delete_button, n_roles == 0);
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "destructive-action");
  g_object_set_data_full (G_OBJECT (delete_button), "record", g_object_ref (department), g_object_unref);
  g_signal_connect_object (delete_button, "clicked", G_CALLBACK (on_department_delete), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), delete_row);

  return expander;
}

static void
refresh (EmbDepartmentsDialog *self)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (self->database, NULL);
  g_autoptr(GListModel) roles = emb_people_store_list_roles (self->database, 0, NULL);
  GtkWidget *group = adw_preferences_group_new ();
  guint n_shown = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Departments"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Front-office departments meet customers; back-office departments support those who do"));
  for (guint i = 0; departments != NULL && roles != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));

      if (g_hash_table_contains (self->pending_departments, &id))
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), department_row (self, department, roles));
      n_shown++;
    }
  if (n_shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No departments yet: add the first one above"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  if (self->departments_group != NULL)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self->page), self->departments_group);
  self->departments_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), self->departments_group);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbDepartmentsDialog *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbDepartmentsDialog *self,
                     int                   kind)
{
  if (kind != EMB_RECORD_KIND_DEPARTMENT && kind != EMB_RECORD_KIND_ROLE && kind != EMB_RECORD_KIND_ANY)
    return;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

EmbDepartmentsDialog *
emb_departments_dialog_new (EmbDatabase *database)
{
  EmbDepartmentsDialog *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_DEPARTMENTS_DIALOG, NULL);
  self->database = g_object_ref (database);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
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

  return self->toast;
}

static void
emb_departments_dialog_dispose (GObject *object)
{
  EmbDepartmentsDialog *self = (EmbDepartmentsDialog *)object;

  if (self->database != NULL)
    emb_departments_dialog_flush_pending (self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_departments_dialog_parent_class)->dispose (object);
}

static void
emb_departments_dialog_finalize (GObject *object)
{
  EmbDepartmentsDialog *self = (EmbDepartmentsDialog *)object;

  g_hash_table_unref (self->pending_departments);
  g_hash_table_unref (self->pending_roles);
  g_hash_table_unref (self->expanded);

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

  gtk_widget_class_install_action (widget_class, "departments.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "departments.close", NULL);
}

static void
emb_departments_dialog_init (EmbDepartmentsDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *new_row;

  self->pending_departments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->pending_roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_window_set_title (GTK_WINDOW (self), _("Departments & Roles"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  gtk_box_append (GTK_BOX (box), header);
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->toast_overlay), TRUE);
  self->page = adw_preferences_page_new ();
  adw_toast_overlay_set_child (self->toast_overlay, self->page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toast_overlay));

  new_row = entry_row (_("New department"), NULL, NULL);
  self->new_department_row = ADW_ENTRY_ROW (new_row);
  g_signal_connect_object (new_row, "apply", G_CALLBACK (on_new_department_apply), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), new_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), error_row_new (new_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (add_group));

  adw_window_set_content (ADW_WINDOW (self), box);
}
