/* emb-people-page.c: the employees of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-departments-dialog.h"
#include "emb-employee-detail.h"
#include "emb-employee-editor.h"
#include "emb-a11y.h"
#include "emb-people-page.h"
#include "emb-people-store.h"
#include "emb-window.h"

struct _EmbPeoplePage
{
  AdwBin               parent_instance;

  EmbDatabase         *database;
  GListModel          *model;
  GtkMultiSelection   *selection;
  guint                refresh_idle;
  gboolean             selection_mode;
  gboolean             updating_filters;
  gboolean             names_changed;

  /* Small caches for the rows: id → EmbDepartment / EmbRole. */
  GListModel          *departments;
  GListModel          *roles;
  GHashTable          *department_by_id;
  GHashTable          *role_by_id;

  /* What each filter drop-down position stands for (0: everything). */
  GArray              *department_ids;
  GArray              *role_ids;
  GStrv                sites;

  GtkWindow           *dialog;
  AdwToast            *undo_toast;

  GtkSearchEntry      *search_entry;
  GtkToggleButton     *select_button;
  GtkDropDown         *department_dropdown;
  GtkDropDown         *role_dropdown;
  GtkDropDown         *site_dropdown;
  GtkDropDown         *active_dropdown;
  GtkStack            *stack;
  GtkListView         *list_view;
  GtkActionBar        *action_bar;
  GtkLabel            *selection_label;
};

G_DEFINE_FINAL_TYPE (EmbPeoplePage, emb_people_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (EmbPeoplePage *self);

/* Toasts ----------------------------------------------------------------- */

static void
add_toast (EmbPeoplePage *self,
           AdwToast      *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW);

  if (window != NULL)
    emb_window_add_toast (EMB_WINDOW (window), toast);
  else
    g_object_unref (toast); /* adw_toast_overlay_add_toast () takes the reference */
}

static void
show_error (EmbPeoplePage *self,
            const GError  *error)
{
  add_toast (self, adw_toast_new (error->message));
}

/* Caches of departments and roles ---------------------------------------- */

static const char *
department_name (EmbPeoplePage *self,
                 gint64         id)
{
  EmbDepartment *department = id > 0 ? g_hash_table_lookup (self->department_by_id, &id) : NULL;

  return department != NULL ? emb_department_get_name (department) : NULL;
}

static const char *
role_name (EmbPeoplePage *self,
           gint64         id)
{
  EmbRole *role = id > 0 ? g_hash_table_lookup (self->role_by_id, &id) : NULL;

  return role != NULL ? emb_role_get_name (role) : NULL;
}

static void
index_records (GListModel *model,
               GHashTable *table)
{
  g_hash_table_remove_all (table);
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (model, i);
      gint64 *key = g_new (gint64, 1);

      *key = emb_record_get_id (record);
      g_hash_table_insert (table, key, g_object_ref (record));
    }
}

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
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static void
fill_role_filter (EmbPeoplePage *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 department_id = selected_id (self->department_dropdown, self->department_ids);
  gint64 role_id = selected_id (self->role_dropdown, self->role_ids);

  g_array_set_size (self->role_ids, 0);
  gtk_string_list_append (strings, _("All roles"));
  g_array_append_val (self->role_ids, (gint64) { 0 });
  for (guint i = 0; i < g_list_model_get_n_items (self->roles); i++)
    {
      g_autoptr(EmbRole) role = g_list_model_get_item (self->roles, i);
      gint64 id = emb_record_get_id (EMB_RECORD (role));

      if (department_id > 0 && emb_role_get_department_id (role) != department_id)
        continue;
      if (department_id > 0)
        gtk_string_list_append (strings, emb_role_get_name (role));
      else
        {
          const char *department = department_name (self, emb_role_get_department_id (role));
          g_autofree char *label = NULL;

          /* Translators: a role and its department in a list, e.g. "Cashier (Stores)" */
          label = g_strdup_printf (_("%s (%s)"), emb_role_get_name (role),
                                   department != NULL ? department : "");
          gtk_string_list_append (strings, label);
        }
      g_array_append_val (self->role_ids, id);
    }
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->role_dropdown, position_of_id (self->role_ids, role_id));
}

static void
fill_filters (EmbPeoplePage *self)
{
  g_autoptr(GtkStringList) departments = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sites = gtk_string_list_new (NULL);
  g_autofree char *site = NULL;
  g_auto(GStrv) new_sites = NULL;
  gint64 department_id = selected_id (self->department_dropdown, self->department_ids);
  guint position;

  self->updating_filters = TRUE;

  g_array_set_size (self->department_ids, 0);
  gtk_string_list_append (departments, _("All departments"));
  g_array_append_val (self->department_ids, (gint64) { 0 });
  for (guint i = 0; i < g_list_model_get_n_items (self->departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (self->departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));

      gtk_string_list_append (departments, emb_department_get_name (department));
      g_array_append_val (self->department_ids, id);
    }
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (departments));
  gtk_drop_down_set_selected (self->department_dropdown,
                              position_of_id (self->department_ids, department_id));

  fill_role_filter (self);

  /* Sites only change with employees; rebuild the list when it differs. */
  new_sites = emb_people_store_list_sites (self->database);
  if (self->sites == NULL || !g_strv_equal ((const char * const *)self->sites + 1,
                                            (const char * const *)new_sites))
    {
      position = gtk_drop_down_get_selected (self->site_dropdown);
      if (self->sites != NULL && position != GTK_INVALID_LIST_POSITION && position > 0 &&
          position < g_strv_length (self->sites))
        site = g_strdup (self->sites[position]);

      g_strfreev (self->sites);
      self->sites = g_new0 (char *, g_strv_length (new_sites) + 2);
      self->sites[0] = g_strdup (_("All sites"));
      position = 0;
      for (guint i = 0; new_sites[i] != NULL; i++)
        {
          self->sites[i + 1] = g_strdup (new_sites[i]);
          if (g_strcmp0 (site, new_sites[i]) == 0)
            position = i + 1;
        }
      sites = gtk_string_list_new ((const char * const *)self->sites);
      gtk_drop_down_set_model (self->site_dropdown, G_LIST_MODEL (sites));
      gtk_drop_down_set_selected (self->site_dropdown, position);
    }

  self->updating_filters = FALSE;
}

static void
refresh_caches (EmbPeoplePage *self)
{
  g_autoptr(GError) error = NULL;
  GListModel *departments;
  GListModel *roles;

  departments = emb_people_store_list_departments (self->database, &error);
  if (departments == NULL)
    {
      g_warning ("Cannot list the departments: %s", error->message);
      return;
    }
  roles = emb_people_store_list_roles (self->database, 0, &error);
  if (roles == NULL)
    {
      g_warning ("Cannot list the roles: %s", error->message);
      g_object_unref (departments);
      return;
    }

  g_set_object (&self->departments, NULL);
  g_set_object (&self->roles, NULL);
  self->departments = departments;
  self->roles = roles;
  index_records (self->departments, self->department_by_id);
  index_records (self->roles, self->role_by_id);
  fill_filters (self);
}

/* Rows ------------------------------------------------------------------- */

static void
sync_check (GtkListItem    *item,
            GParamSpec     *pspec,
            GtkCheckButton *check)
{
  gtk_check_button_set_active (check, gtk_list_item_get_selected (item));
}

static void
on_check_toggled (GtkCheckButton *check,
                  EmbPeoplePage  *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (check), "list-item");
  guint position = gtk_list_item_get_position (item);
  gboolean active = gtk_check_button_get_active (check);

  if (position == GTK_INVALID_LIST_POSITION || active == gtk_list_item_get_selected (item))
    return;
  if (active)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, FALSE);
  else
    gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (self->selection), position);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           EmbPeoplePage            *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (_("inactive"));
  GtkWidget *details = gtk_label_new (NULL);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (check, self->selection_mode);
  gtk_widget_set_tooltip_text (check, _("Select"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Select"),
                                  -1);
  g_object_set_data (G_OBJECT (check), "list-item", item);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self, 0);
  g_signal_connect_object (item, "notify::selected", G_CALLBACK (sync_check), check, 0);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (title), name);
  gtk_box_append (GTK_BOX (title), badge);

  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (details), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), details);
  gtk_box_append (GTK_BOX (row), check);
  gtk_box_append (GTK_BOX (row), text);

  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "name", name);
  g_object_set_data (G_OBJECT (row), "badge", badge);
  g_object_set_data (G_OBJECT (row), "details", details);
  gtk_list_item_set_child (item, row);
}

/* Shows or hides the check of every row built so far. */
static void
show_checks (GtkWidget *widget,
             gboolean   visible)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_CHECK_BUTTON (child) && g_object_get_data (G_OBJECT (child), "list-item") != NULL)
        gtk_widget_set_visible (child, visible);
      else
        show_checks (child, visible);
    }
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          EmbPeoplePage            *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  EmbEmployee *employee = gtk_list_item_get_item (item);
  g_autoptr(GString) details = NULL;
  const char *role;
  const char *department;
  const char *site;

  if (employee == NULL)
    return;

  details = g_string_new (emb_employee_get_employee_number (employee));
  role = role_name (self, emb_employee_get_role_id (employee));
  department = department_name (self, emb_employee_get_department_id (employee));
  site = emb_employee_get_site (employee);
  if (role != NULL)
    g_string_append_printf (details, " · %s", role);
  if (department != NULL)
    g_string_append_printf (details, " · %s", department);
  if (site != NULL && *site != '\0')
    g_string_append_printf (details, " · %s", site);

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "name"), emb_employee_get_name (employee));
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "details"), details->str);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "badge"),
                          !emb_employee_get_active (employee));
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "check"), self->selection_mode);
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"),
                               gtk_list_item_get_selected (item));
}

/* State ------------------------------------------------------------------ */

static guint
count_selected (EmbPeoplePage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static void
update_actions (EmbPeoplePage *self)
{
  guint n_selected = self->selection_mode ? count_selected (self) : 0;
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u selected", "%u selected", n_selected),
                          n_selected);
  gtk_label_set_text (self->selection_label, text);
  gtk_action_bar_set_revealed (self->action_bar, self->selection_mode);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.deactivate", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.change-department", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.change-role", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", self->database != NULL);
}

static gboolean
filters_active (EmbPeoplePage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (search != NULL && *search != '\0') ||
         gtk_drop_down_get_selected (self->department_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->role_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->site_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->active_dropdown) > 0;
}

static void
update_stack (EmbPeoplePage *self)
{
  if (g_list_model_get_n_items (self->model) > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (filters_active (self))
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
reload (EmbPeoplePage *self)
{
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  guint site = gtk_drop_down_get_selected (self->site_dropdown);
  guint active = gtk_drop_down_get_selected (self->active_dropdown);

  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter.department_id = selected_id (self->department_dropdown, self->department_ids);
  filter.role_id = selected_id (self->role_dropdown, self->role_ids);
  if (self->sites != NULL && site != GTK_INVALID_LIST_POSITION && site > 0 &&
      site < g_strv_length (self->sites))
    filter.site = self->sites[site];
  filter.active = active == 1 ? 1 : active == 2 ? 0 : -1;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, NULL);
  self->model = emb_people_store_query_employees (self->database, &filter);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  gtk_multi_selection_set_model (self->selection, self->model);
  update_stack (self);
  update_actions (self);
}

static void
on_search_changed (EmbPeoplePage *self)
{
  reload (self);
}

static void
on_filter_changed (EmbPeoplePage *self)
{
  if (self->updating_filters || self->database == NULL)
    return;
  reload (self);
}

static void
on_department_filter_changed (EmbPeoplePage *self)
{
  if (self->updating_filters || self->database == NULL)
    return;
  self->updating_filters = TRUE;
  fill_role_filter (self);
  self->updating_filters = FALSE;
  reload (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbPeoplePage *self = user_data;

  self->refresh_idle = 0;
  refresh_caches (self);
  /* Names shown in the rows come from the caches: rebind them. */
  if (self->names_changed)
    reload (self);
  self->names_changed = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbPeoplePage *self,
                     int            kind,
                     int            change,
                     gint64         id)
{
  /* Employees follow by themselves (the query model watches them) but may
   * bring new sites; renamed departments or roles change what rows show. */
  if (kind != EMB_RECORD_KIND_EMPLOYEE)
    {
      if (kind != EMB_RECORD_KIND_DEPARTMENT && kind != EMB_RECORD_KIND_ROLE &&
          kind != EMB_RECORD_KIND_ANY)
        return;
      self->names_changed = TRUE;
    }
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
set_selection_mode (EmbPeoplePage *self,
                    gboolean       selection_mode)
{
  if (self->selection_mode == selection_mode)
    return;

  self->selection_mode = selection_mode;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_single_click_activate (self->list_view, !selection_mode);
  show_checks (GTK_WIDGET (self->list_view), selection_mode);
  if (gtk_toggle_button_get_active (self->select_button) != selection_mode)
    gtk_toggle_button_set_active (self->select_button, selection_mode);
  update_actions (self);
}

static void
on_select_toggled (EmbPeoplePage *self)
{
  set_selection_mode (self, gtk_toggle_button_get_active (self->select_button));
}

/* Dialogs ---------------------------------------------------------------- */

static void
present_dialog (EmbPeoplePage *self,
                GtkWindow     *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (dialog);
}

void
emb_people_page_show_employee (EmbPeoplePage *self,
                               gint64         employee_id)
{
  g_return_if_fail (EMB_IS_PEOPLE_PAGE (self));

  present_dialog (self, GTK_WINDOW (emb_employee_detail_new (self->database, employee_id)));
}

/* Alt+Down / Alt+Up: the next or previous employee becomes the one selected
 * and is scrolled into view; Enter then opens it. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);
  g_autoptr(GtkBitset) selected = NULL;
  guint n = g_list_model_get_n_items (self->model);
  gboolean forward = g_str_equal (action_name, "page.next");
  guint position;

  if (n == 0)
    return;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    position = forward ? 0 : n - 1;
  else if (forward)
    position = MIN (gtk_bitset_get_maximum (selected) + 1, n - 1);
  else
    position = gtk_bitset_get_minimum (selected) > 0 ? gtk_bitset_get_minimum (selected) - 1 : 0;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
on_row_activated (EmbPeoplePage *self,
                  guint          position)
{
  g_autoptr(EmbEmployee) employee = g_list_model_get_item (self->model, position);

  if (employee == NULL)
    return;

  if (self->selection_mode)
    {
      if (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
        gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (self->selection), position);
      else
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, FALSE);
      return;
    }

  emb_people_page_show_employee (self, emb_record_get_id (EMB_RECORD (employee)));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);

  present_dialog (self, GTK_WINDOW (emb_employee_editor_new (self->database, NULL)));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
departments_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);

  present_dialog (self, GTK_WINDOW (emb_departments_dialog_new (self->database)));
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);

  set_selection_mode (self, !self->selection_mode);
}

/* Bulk actions ----------------------------------------------------------- */

static GArray *
selected_employees (EmbPeoplePage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *employees = g_array_new (FALSE, FALSE, sizeof (EmbEmployee *));
  GtkBitsetIter iter;
  guint position;

  g_array_set_clear_func (employees, (GDestroyNotify)g_clear_object);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      EmbEmployee *employee = g_list_model_get_item (self->model, position);

      if (employee != NULL)
        g_array_append_val (employees, employee);
    }
  return employees;
}

static GArray *
employee_ids (GArray *employees)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), employees->len);

  for (guint i = 0; i < employees->len; i++)
    {
      gint64 id = emb_record_get_id (g_array_index (employees, EmbRecord *, i));

      g_array_append_val (ids, id);
    }
  return ids;
}

typedef struct
{
  EmbDatabase *database;
  GArray      *ids;
} Reactivate;

static void
reactivate_free (Reactivate *data)
{
  g_object_unref (data->database);
  g_array_unref (data->ids);
  g_free (data);
}

static void
on_undo_deactivate (AdwToast   *toast,
                    Reactivate *data)
{
  g_autoptr(GError) error = NULL;

  if (!emb_people_store_set_employees_active (data->database, (const gint64 *)data->ids->data,
                                              data->ids->len, TRUE, &error))
    g_warning ("Cannot reactivate the employees: %s", error->message);
}

static void
deactivate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);
  g_autoptr(GArray) employees = selected_employees (self);
  g_autoptr(GArray) ids = employee_ids (employees);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  Reactivate *data;

  /* Only the active ones: Undo must not activate someone who was inactive. */
  g_array_set_size (ids, 0);
  for (guint i = 0; i < employees->len; i++)
    {
      EmbEmployee *employee = g_array_index (employees, EmbEmployee *, i);
      gint64 id = emb_record_get_id (EMB_RECORD (employee));

      if (emb_employee_get_active (employee))
        g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    {
      set_selection_mode (self, FALSE);
      return;
    }

  if (!emb_people_store_set_employees_active (self->database, (const gint64 *)ids->data,
                                              ids->len, FALSE, &error))
    {
      show_error (self, error);
      return;
    }

  set_selection_mode (self, FALSE);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u employee deactivated",
                                        "%u employees deactivated", ids->len),
                           ids->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  data = g_new0 (Reactivate, 1);
  data->database = g_object_ref (self->database);
  data->ids = g_array_ref (ids);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_deactivate),
                         data, (GClosureNotify)(void (*) (void))reactivate_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  add_toast (self, toast);
}

static void
apply_bulk_change (EmbPeoplePage *self,
                   gint64         department_id,
                   gint64         role_id)
{
  g_autoptr(GArray) employees = selected_employees (self);
  g_autoptr(GArray) ids = employee_ids (employees);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (employees->len == 0)
    return;

  if (!emb_people_store_move_employees (self->database, (const gint64 *)ids->data, ids->len,
                                        department_id, role_id, &error))
    {
      show_error (self, error);
      return;
    }

  set_selection_mode (self, FALSE);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u employee changed",
                                        "%u employees changed", employees->len),
                           employees->len);
  add_toast (self, adw_toast_new (title));
}

static void
on_bulk_response (AdwMessageDialog *dialog,
                  const char       *response,
                  EmbPeoplePage    *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "dropdown");
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  gboolean by_role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "by-role"));
  guint position = gtk_drop_down_get_selected (dropdown);
  gint64 id;

  if (g_strcmp0 (response, "apply") != 0 || position >= ids->len)
    return;

  id = g_array_index (ids, gint64, position);
  if (by_role)
    {
      EmbRole *role = g_hash_table_lookup (self->role_by_id, &id);

      if (role != NULL)
        apply_bulk_change (self, emb_role_get_department_id (role), id);
    }
  else
    apply_bulk_change (self, id, 0);
}

static void
ask_bulk_change (EmbPeoplePage *self,
                 gboolean       by_role)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *records = by_role ? self->roles : self->departments;
  GtkWidget *dropdown;
  AdwMessageDialog *dialog;
  guint n_selected = count_selected (self);
  g_autofree char *body = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, i);
      gint64 id = emb_record_get_id (record);

      if (by_role)
        {
          const char *department = department_name (self, emb_role_get_department_id (EMB_ROLE (record)));
          g_autofree char *label = g_strdup_printf (_("%s (%s)"), emb_role_get_name (EMB_ROLE (record)),
                                                    department != NULL ? department : "");
          gtk_string_list_append (strings, label);
        }
      else
        gtk_string_list_append (strings, emb_department_get_name (EMB_DEPARTMENT (record)));
      g_array_append_val (ids, id);
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  emb_a11y_label_drop_down (GTK_DROP_DOWN (dropdown), by_role ? _("New role") : _("New department"));

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %u selected employee moves to:",
                                       "The %u selected employees move to:", n_selected),
                          n_selected);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       by_role ? _("Change Role") : _("Change Department"),
                                                       body));
  adw_message_dialog_set_extra_child (dialog, dropdown);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "apply", _("C_hange"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "apply", ids->len > 0);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "dropdown", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify)g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "by-role", GINT_TO_POINTER (by_role));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_bulk_response), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
change_department_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ask_bulk_change (EMB_PEOPLE_PAGE (widget), FALSE);
}

static void
change_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ask_bulk_change (EMB_PEOPLE_PAGE (widget), TRUE);
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_people_page_get_model:
 *
 * Returns: (transfer none): the employees shown
 */
GListModel *
emb_people_page_get_model (EmbPeoplePage *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_PAGE (self), NULL);

  return self->model;
}

/**
 * emb_people_page_get_selection:
 *
 * Returns: (transfer none): the selection over the employees shown
 */
GtkSelectionModel *
emb_people_page_get_selection (EmbPeoplePage *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * emb_people_page_get_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog the page opened last, while
 *   it is open
 */
GtkWindow *
emb_people_page_get_dialog (EmbPeoplePage *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_PAGE (self), NULL);

  return self->dialog;
}

/**
 * emb_people_page_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast offering to undo the last
 *   deactivation, while it exists
 */
AdwToast *
emb_people_page_get_undo_toast (EmbPeoplePage *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_PAGE (self), NULL);

  return self->undo_toast;
}

void
emb_people_page_set_search (EmbPeoplePage *self,
                            const char    *text)
{
  g_return_if_fail (EMB_IS_PEOPLE_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  reload (self);
}

/**
 * emb_people_page_set_filter:
 * @department_id: a department, or 0 for all
 * @role_id: a role, or 0 for all
 * @site: (nullable): a site, or %NULL for all
 * @active: -1 for everyone, 0 for inactive, 1 for active employees
 *
 * Sets the filter drop-downs as a person would.
 */
void
emb_people_page_set_filter (EmbPeoplePage *self,
                            gint64         department_id,
                            gint64         role_id,
                            const char    *site,
                            int            active)
{
  guint site_position = 0;

  g_return_if_fail (EMB_IS_PEOPLE_PAGE (self));

  gtk_drop_down_set_selected (self->department_dropdown,
                              position_of_id (self->department_ids, department_id));
  gtk_drop_down_set_selected (self->role_dropdown, position_of_id (self->role_ids, role_id));
  for (guint i = 1; site != NULL && self->sites != NULL && self->sites[i] != NULL; i++)
    if (g_strcmp0 (self->sites[i], site) == 0)
      site_position = i;
  gtk_drop_down_set_selected (self->site_dropdown, site_position);
  gtk_drop_down_set_selected (self->active_dropdown, active == 1 ? 1 : active == 0 ? 2 : 0);
}

static void
emb_people_page_constructed (GObject *object)
{
  EmbPeoplePage *self = (EmbPeoplePage *)object;

  G_OBJECT_CLASS (emb_people_page_parent_class)->constructed (object);

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh_caches (self);

  g_signal_connect_object (self->department_dropdown, "notify::selected",
                           G_CALLBACK (on_department_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->role_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->site_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->active_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
emb_people_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_people_page_dispose (GObject *object)
{
  EmbPeoplePage *self = (EmbPeoplePage *)object;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->undo_toast);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->departments);
  g_clear_object (&self->roles);
  g_clear_pointer (&self->department_by_id, g_hash_table_unref);
  g_clear_pointer (&self->role_by_id, g_hash_table_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->role_ids, g_array_unref);
  g_clear_pointer (&self->sites, g_strfreev);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_people_page_parent_class)->dispose (object);
}

static void
emb_people_page_class_init (EmbPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_people_page_constructed;
  object_class->set_property = emb_people_page_set_property;
  object_class->dispose = emb_people_page_dispose;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, select_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, site_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, active_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_select_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.departments", NULL, departments_action);
  gtk_widget_class_install_action (widget_class, "page.select", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "page.deactivate", NULL, deactivate_action);
  gtk_widget_class_install_action (widget_class, "page.change-department", NULL, change_department_action);
  gtk_widget_class_install_action (widget_class, "page.change-role", NULL, change_role_action);
}

static void
emb_people_page_init (EmbPeoplePage *self)
{
  const char *statuses[] = { N_("Everyone"), N_("Active"), N_("Inactive"), NULL };
  g_autoptr(GtkStringList) active = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;

  g_type_ensure (EMB_TYPE_EMPLOYEE);

  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->department_dropdown, _("Filter by department"));
  emb_a11y_label_drop_down (self->role_dropdown, _("Filter by role"));
  emb_a11y_label_drop_down (self->site_dropdown, _("Filter by site"));
  emb_a11y_label_drop_down (self->active_dropdown, _("Filter by status"));

  self->department_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->role_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; statuses[i] != NULL; i++)
    gtk_string_list_append (active, _(statuses[i]));
  gtk_drop_down_set_model (self->active_dropdown, G_LIST_MODEL (active));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->selection = gtk_multi_selection_new (NULL);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}
