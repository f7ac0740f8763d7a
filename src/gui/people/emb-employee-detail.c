/* emb-employee-detail.c: an employee's role, touchpoints and promises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-employee-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-employee-detail.h"
#include "emb-employee-editor.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-promise-store.h"
#include "emb-responsibility.h"
#include "emb-touchpoint.h"

struct _EmbEmployeeDetail
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  gint64               employee_id;
  guint                refresh_idle;

  AdwWindowTitle      *title;
  GtkWidget           *page;
  GtkWindow           *editor;
};

G_DEFINE_FINAL_TYPE (EmbEmployeeDetail, emb_employee_detail, ADW_TYPE_WINDOW)

static const char *
level_label (EmbResponsibilityLevel level)
{
  switch (level)
    {
    case EMB_RESPONSIBILITY_LEVEL_OWNS:
      return _("Owns this touchpoint");
    case EMB_RESPONSIBILITY_LEVEL_DELIVERS:
      return _("Delivers it");
    case EMB_RESPONSIBILITY_LEVEL_SUPPORTS:
      return _("Supports it");
    case EMB_RESPONSIBILITY_LEVEL_INFORMED:
      return _("Is kept informed");
    case EMB_RESPONSIBILITY_LEVEL_NONE:
    default:
      return "";
    }
}

static const char *
office_label (EmbOffice office)
{
  return office == EMB_OFFICE_BACK ? _("Back office") : _("Front office");
}

static GtkWidget *
property_row (const char *title,
              const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : "—");
  gtk_widget_add_css_class (row, "property");
  return row;
}

/* The published promises made at @touchpoint_id, as rows of @expander. */
static void
add_promises (EmbEmployeeDetail *self,
              AdwExpanderRow    *expander,
              gint64             touchpoint_id)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GListModel) promises = NULL;
  guint n_shown = 0;

  filter.status = EMB_PROMISE_STATUS_PUBLISHED;
  filter.touchpoint_id = touchpoint_id;
  promises = emb_promise_store_list (self->database, &filter, NULL);

  for (guint i = 0; promises != NULL && i < g_list_model_get_n_items (promises); i++)
    {
      g_autoptr(EmbPromise) promise = g_list_model_get_item (promises, i);
      gint64 version_id = emb_promise_get_published_version_id (promise);
      g_autoptr(EmbPromiseVersion) version = NULL;
      g_autoptr(GArray) touchpoints = NULL;
      g_autofree char *expectation = NULL;
      gboolean here = FALSE;
      GtkWidget *row;

      /* The version in force is what is promised; a draft may name other
       * touchpoints. */
      if (version_id == 0)
        continue;
      touchpoints = emb_promise_store_get_touchpoints (self->database, version_id);
      for (guint j = 0; touchpoints != NULL && j < touchpoints->len; j++)
        if (g_array_index (touchpoints, gint64, j) == touchpoint_id)
          here = TRUE;
      version = here ? emb_promise_store_get_version (self->database, version_id, NULL) : NULL;
      if (version == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     emb_promise_version_get_statement (version));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      if (emb_promise_version_get_customer_expectation (version) != NULL &&
          *emb_promise_version_get_customer_expectation (version) != '\0')
        {
          expectation = g_strdup_printf (_("What the customer can expect: %s"),
                                         emb_promise_version_get_customer_expectation (version));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), expectation);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        }
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      adw_expander_row_add_row (expander, row);
      n_shown++;
    }

  if (n_shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No published promise here yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_expander_row_add_row (expander, row);
    }
}

static void
refresh (EmbEmployeeDetail *self)
{
  g_autoptr(EmbEmployee) employee = NULL;
  g_autoptr(EmbDepartment) department = NULL;
  g_autoptr(EmbRole) role = NULL;
  g_autoptr(GListModel) responsibilities = NULL;
  g_autofree char *department_text = NULL;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *work = adw_preferences_group_new ();
  GtkWidget *touchpoints = adw_preferences_group_new ();

  employee = emb_people_store_get_employee (self->database, self->employee_id, NULL);
  if (employee == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (emb_employee_get_department_id (employee) > 0)
    department = emb_people_store_get_department (self->database,
                                                  emb_employee_get_department_id (employee), NULL);
  if (emb_employee_get_role_id (employee) > 0)
    role = emb_people_store_get_role (self->database, emb_employee_get_role_id (employee), NULL);

  adw_window_title_set_title (self->title, emb_employee_get_name (employee));
  adw_window_title_set_subtitle (self->title, emb_employee_get_employee_number (employee));
  gtk_window_set_title (GTK_WINDOW (self), emb_employee_get_name (employee));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (work), _("Work"));
  if (department != NULL)
    department_text = g_strdup_printf ("%s · %s", emb_department_get_name (department),
                                       office_label (emb_department_get_office (department)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (work),
                             property_row (_("Role"), role != NULL ? emb_role_get_name (role) : _("No role")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (work),
                             property_row (_("Department"), department_text));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (work),
                             property_row (_("Site"), emb_employee_get_site (employee)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (work),
                             property_row (_("E-mail"), emb_employee_get_email (employee)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (work),
                             property_row (_("Hire date"), emb_employee_get_hire_date (employee)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (work),
                             property_row (_("Status"), emb_employee_get_active (employee)
                                                        ? _("Active") : _("Inactive")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (work));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (touchpoints), _("Touchpoints"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (touchpoints),
                                         _("Where this person’s role meets customers, and what is promised there"));
  if (role != NULL)
    responsibilities = emb_journey_store_list_role_responsibilities (self->database,
                                                                     emb_record_get_id (EMB_RECORD (role)),
                                                                     NULL);
  for (guint i = 0; responsibilities != NULL && i < g_list_model_get_n_items (responsibilities); i++)
    {
      g_autoptr(EmbResponsibility) responsibility = g_list_model_get_item (responsibilities, i);
      gint64 touchpoint_id = emb_responsibility_get_touchpoint_id (responsibility);
      g_autoptr(EmbTouchpoint) touchpoint = emb_journey_store_get_touchpoint (self->database,
                                                                             touchpoint_id, NULL);
      GtkWidget *expander;

      if (touchpoint == NULL)
        continue;
      expander = adw_expander_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), emb_touchpoint_get_name (touchpoint));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                     level_label (emb_responsibility_get_level (responsibility)));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      add_promises (self, ADW_EXPANDER_ROW (expander), touchpoint_id);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (touchpoints), expander);
    }
  if (responsibilities == NULL || g_list_model_get_n_items (responsibilities) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     role != NULL ? _("The role has no touchpoints yet")
                                                  : _("Give this person a role to see their touchpoints"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (touchpoints), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (touchpoints));

  gtk_widget_set_vexpand (page, TRUE);
  if (self->page != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->page)), self->page);
  self->page = page;
  gtk_box_append (GTK_BOX (adw_window_get_content (ADW_WINDOW (self))), page);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbEmployeeDetail *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbEmployeeDetail *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbEmployeeDetail *self = EMB_EMPLOYEE_DETAIL (widget);
  g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (self->database, self->employee_id, NULL);
  GtkWindow *editor;

  if (employee == NULL)
    return;
  editor = GTK_WINDOW (emb_employee_editor_new (self->database, employee));
  gtk_window_set_transient_for (editor, GTK_WINDOW (self));
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (editor);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/**
 * emb_employee_detail_new:
 * @employee_id: the employee to show
 */
EmbEmployeeDetail *
emb_employee_detail_new (EmbDatabase *database,
                         gint64       employee_id)
{
  EmbEmployeeDetail *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_EMPLOYEE_DETAIL, NULL);
  self->database = g_object_ref (database);
  self->employee_id = employee_id;
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

/**
 * emb_employee_detail_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor opened from this window
 */
GtkWindow *
emb_employee_detail_get_editor (EmbEmployeeDetail *self)
{
  g_return_val_if_fail (EMB_IS_EMPLOYEE_DETAIL (self), NULL);

  return self->editor;
}

static void
emb_employee_detail_dispose (GObject *object)
{
  EmbEmployeeDetail *self = (EmbEmployeeDetail *)object;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_weak_pointer (&self->editor);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_employee_detail_parent_class)->dispose (object);
}

static void
emb_employee_detail_class_init (EmbEmployeeDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_employee_detail_dispose;

  gtk_widget_class_install_action (widget_class, "detail.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "detail.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "detail.close", NULL);
}

static void
emb_employee_detail_init (EmbEmployeeDetail *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");

  gtk_window_set_default_size (GTK_WINDOW (self), 520, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "detail.edit");
  gtk_widget_set_tooltip_text (edit, _("Edit Employee"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit Employee"),
                                  -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), edit);
  gtk_box_append (GTK_BOX (box), header);
  adw_window_set_content (ADW_WINDOW (self), box);
}
