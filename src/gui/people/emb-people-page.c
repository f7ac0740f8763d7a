/* emb-people-page.c: the employees of the organisation
 *
 * A lazy list of employees (EmbEmployeeRow), narrowed by a search and four
 * filter drop-downs, with a selection mode for changes to many at once.
 * The page loads when it is first shown and follows changes to employees,
 * departments and roles (EmbPage); the employees themselves follow by
 * themselves (the query model watches them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-bulk-change-dialog.h"
#include "emb-departments-dialog.h"
#include "emb-employee-detail.h"
#include "emb-employee-editor.h"
#include "emb-employee-row.h"
#include "emb-list-step.h"
#include "emb-people-filters.h"
#include "emb-people-page.h"
#include "emb-people-store.h"

struct _EmbPeoplePage
{
  EmbPage              parent_instance;

  GListModel          *model;       /* NULL until the page is first shown */
  GtkMultiSelection   *selection;
  gboolean             selection_mode;
  gboolean             names_changed;

  AdwToast            *undo_toast;
  AdwToast            *erased_toast;

  GtkSearchEntry      *search_entry;
  GtkToggleButton     *select_button;
  EmbPeopleFilters    *filters;
  GtkStack            *stack;
  GtkListView         *list_view;
  GtkActionBar        *action_bar;
  GtkLabel            *selection_label;
};

G_DEFINE_FINAL_TYPE (EmbPeoplePage, emb_people_page, EMB_TYPE_PAGE)

enum {
  PROP_0,
  PROP_SELECTION_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static EmbDatabase *
database (EmbPeoplePage *self)
{
  return emb_page_get_database (EMB_PAGE (self));
}

/* Rows ------------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           EmbPeoplePage            *self)
{
  GtkWidget *row = emb_employee_row_new (item, GTK_SELECTION_MODEL (self->selection));

  g_object_bind_property (self, "selection-mode", row, "selection-mode", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          EmbPeoplePage            *self)
{
  EmbEmployee *employee = gtk_list_item_get_item (item);
  g_autoptr(GString) details = NULL;
  EmbRole *role;
  const char *department;
  const char *site;

  if (employee == NULL)
    return;

  details = g_string_new (emb_employee_get_employee_number (employee));
  role = emb_people_filters_get_role (self->filters, emb_employee_get_role_id (employee));
  department = emb_people_filters_department_name (self->filters, emb_employee_get_department_id (employee));
  site = emb_employee_get_site (employee);
  if (role != NULL)
    g_string_append_printf (details, " · %s", emb_role_get_name (role));
  if (department != NULL)
    g_string_append_printf (details, " · %s", department);
  if (site != NULL && *site != '\0')
    g_string_append_printf (details, " · %s", site);

  emb_employee_row_set_employee (EMB_EMPLOYEE_ROW (gtk_list_item_get_child (item)), employee, details->str);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", database (self) != NULL);
}

static gboolean
filters_active (EmbPeoplePage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (search != NULL && *search != '\0') || emb_people_filters_is_active (self->filters);
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

  emb_people_filters_get_filter (self->filters, &filter);
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, NULL);
  self->model = emb_people_store_query_employees (database (self), &filter);
  emb_page_follow_model (EMB_PAGE (self), self->model);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  gtk_multi_selection_set_model (self->selection, self->model);
  update_stack (self);
  update_actions (self);
}

/* Until the page is first shown there is nothing to narrow. */
static void
on_search_changed (EmbPeoplePage *self)
{
  if (self->model != NULL)
    reload (self);
}

static void
on_filter_changed (EmbPeoplePage *self)
{
  if (self->model != NULL)
    reload (self);
}

static void
emb_people_page_refresh (EmbPage *page)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (page);

  emb_people_filters_load (self->filters, database (self));
  /* Names shown in the rows come from the caches: rebind them. */
  if (self->names_changed || self->model == NULL)
    reload (self);
  self->names_changed = FALSE;
}

static void
emb_people_page_database_changed (EmbPage       *page,
                                  EmbRecordKind  kind,
                                  EmbChangeType  change,
                                  gint64         id)
{
  /* Employees follow by themselves (the query model watches them) but may
   * bring new sites; renamed departments or roles change what rows show. */
  if (kind != EMB_RECORD_KIND_EMPLOYEE)
    EMB_PEOPLE_PAGE (page)->names_changed = TRUE;
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_MODE]);
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
on_employee_erased (EmbPeoplePage *self,
                    const char    *name)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast after erasing a person; %s is the name they had */
  title = g_markup_printf_escaped (_("The personal data of %s was erased"), name);
  toast = adw_toast_new (title);
  g_set_weak_pointer (&self->erased_toast, toast);
  emb_page_add_toast (EMB_PAGE (self), toast);
}

void
emb_people_page_show_employee (EmbPeoplePage *self,
                               gint64         employee_id)
{
  EmbEmployeeDetail *detail;

  g_return_if_fail (EMB_IS_PEOPLE_PAGE (self));

  detail = emb_employee_detail_new (database (self), employee_id);
  g_signal_connect_object (detail, "erased", G_CALLBACK (on_employee_erased), self,
                           G_CONNECT_SWAPPED);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (detail));
}

/**
 * emb_people_page_get_erased_toast:
 *
 * Returns: (transfer none) (nullable): the toast that said a person was
 *   erased, while it shows
 */
AdwToast *
emb_people_page_get_erased_toast (EmbPeoplePage *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_PAGE (self), NULL);

  return self->erased_toast;
}

/* Alt+Down / Alt+Up: the next or previous employee becomes the one selected
 * and is scrolled into view; Enter then opens it. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (widget);

  emb_list_view_step (GTK_SELECTION_MODEL (self->selection), self->list_view,
                      g_str_equal (action_name, "page.next"));
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

  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (emb_employee_editor_new (database (self), NULL)));
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

  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (emb_departments_dialog_new (database (self))));
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

  if (!emb_people_store_set_employees_active (database (self), (const gint64 *)ids->data,
                                              ids->len, FALSE, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
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
  data->database = g_object_ref (database (self));
  data->ids = g_array_ref (ids);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_deactivate),
                         data, (GClosureNotify)(void (*) (void))reactivate_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  emb_page_add_toast (EMB_PAGE (self), toast);
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

  if (!emb_people_store_move_employees (database (self), (const gint64 *)ids->data, ids->len,
                                        department_id, role_id, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  set_selection_mode (self, FALSE);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u employee changed",
                                        "%u employees changed", employees->len),
                           employees->len);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (title));
}

static void
on_bulk_response (EmbBulkChangeDialog *dialog,
                  const char          *response,
                  EmbPeoplePage       *self)
{
  gint64 id = emb_bulk_change_dialog_get_choice (dialog);

  if (g_strcmp0 (response, "apply") != 0 || id == 0)
    return;

  if (emb_bulk_change_dialog_get_by_role (dialog))
    {
      EmbRole *role = emb_people_filters_get_role (self->filters, id);

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
  GListModel *records = by_role ? emb_people_filters_get_roles (self->filters)
                                : emb_people_filters_get_departments (self->filters);
  EmbBulkChangeDialog *dialog = emb_bulk_change_dialog_new (by_role, count_selected (self));

  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, i);
      gint64 id = emb_record_get_id (record);

      if (by_role)
        {
          const char *department = emb_people_filters_department_name (self->filters,
                                                                       emb_role_get_department_id (EMB_ROLE (record)));
          g_autofree char *label = g_strdup_printf (_("%s (%s)"), emb_role_get_name (EMB_ROLE (record)),
                                                    department != NULL ? department : "");
          emb_bulk_change_dialog_add_choice (dialog, id, label);
        }
      else
        emb_bulk_change_dialog_add_choice (dialog, id, emb_department_get_name (EMB_DEPARTMENT (record)));
    }

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_bulk_response), self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
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
 * Returns: (transfer none) (nullable): the employees shown, once the page
 *   was shown
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

  return emb_page_get_dialog (EMB_PAGE (self));
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
  if (self->model != NULL)
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
  g_return_if_fail (EMB_IS_PEOPLE_PAGE (self));

  emb_people_filters_set (self->filters, department_id, role_id, site, active);
}

static void
emb_people_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EmbPeoplePage *self = EMB_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SELECTION_MODE:
      g_value_set_boolean (value, self->selection_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_people_page_dispose (GObject *object)
{
  EmbPeoplePage *self = (EmbPeoplePage *)object;

  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->erased_toast);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (emb_people_page_parent_class)->dispose (object);
}

static void
emb_people_page_class_init (EmbPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->get_property = emb_people_page_get_property;
  object_class->dispose = emb_people_page_dispose;

  page_class->refresh = emb_people_page_refresh;
  page_class->database_changed = emb_people_page_database_changed;
  emb_page_class_watch (page_class, EMB_RECORD_KIND_EMPLOYEE, EMB_RECORD_KIND_DEPARTMENT,
                        EMB_RECORD_KIND_ROLE, -1);

  /**
   * EmbPeoplePage:selection-mode:
   *
   * Whether the rows show a check, for changes to many employees at once.
   */
  properties[PROP_SELECTION_MODE] =
    g_param_spec_boolean ("selection-mode", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_PEOPLE_FILTERS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, select_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, filters);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_select_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);

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
  GtkListItemFactory *factory;

  g_type_ensure (EMB_TYPE_EMPLOYEE);

  gtk_widget_init_template (GTK_WIDGET (self));

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
