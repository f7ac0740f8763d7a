/* emb-people-filters.c: the filters of the People page
 *
 * Four drop-downs (department, role, site, status) and what they offer: the
 * departments, roles and sites of the organisation, which the page also
 * uses to name them in its rows. The role drop-down offers the roles of the
 * chosen department. A choice made by the person (or through
 * emb_people_filters_set()) emits EmbPeopleFilters::changed; rebuilding the
 * drop-downs when the records change does not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-people-filters"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-drop-down.h"
#include "emb-people-filters.h"

struct _EmbPeopleFilters
{
  AdwBin        parent_instance;

  gboolean      updating;

  /* Small caches: id → EmbDepartment / EmbRole. */
  GListModel   *departments;
  GListModel   *roles;
  GHashTable   *department_by_id;
  GHashTable   *role_by_id;

  /* What each drop-down position stands for (0: everything). */
  GArray       *department_ids;
  GArray       *role_ids;
  GStrv         sites;

  GtkDropDown  *department_dropdown;
  GtkDropDown  *role_dropdown;
  GtkDropDown  *site_dropdown;
  GtkDropDown  *active_dropdown;
};

G_DEFINE_FINAL_TYPE (EmbPeopleFilters, emb_people_filters, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * emb_people_filters_department_name:
 *
 * Returns: (nullable): the name of the department @id, if there is one
 */
const char *
emb_people_filters_department_name (EmbPeopleFilters *self,
                                    gint64            id)
{
  EmbDepartment *department;

  g_return_val_if_fail (EMB_IS_PEOPLE_FILTERS (self), NULL);

  department = id > 0 ? g_hash_table_lookup (self->department_by_id, &id) : NULL;

  return department != NULL ? emb_department_get_name (department) : NULL;
}

/**
 * emb_people_filters_get_role:
 *
 * Returns: (transfer none) (nullable): the role @id, if there is one
 */
EmbRole *
emb_people_filters_get_role (EmbPeopleFilters *self,
                             gint64            id)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_FILTERS (self), NULL);

  return id > 0 ? g_hash_table_lookup (self->role_by_id, &id) : NULL;
}

static void
fill_role_filter (EmbPeopleFilters *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 department_id = emb_drop_down_get_selected_id (self->department_dropdown, self->department_ids);
  gint64 role_id = emb_drop_down_get_selected_id (self->role_dropdown, self->role_ids);

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
          const char *department = emb_people_filters_department_name (self, emb_role_get_department_id (role));
          g_autofree char *label = NULL;

          /* Translators: a role and its department in a list, e.g. "Cashier (Stores)" */
          label = g_strdup_printf (_("%s (%s)"), emb_role_get_name (role),
                                   department != NULL ? department : "");
          gtk_string_list_append (strings, label);
        }
      g_array_append_val (self->role_ids, id);
    }
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (strings));
  emb_drop_down_set_selected_id (self->role_dropdown, self->role_ids, role_id);
}

static void
fill_filters (EmbPeopleFilters *self,
              EmbDatabase      *database)
{
  g_autoptr(GtkStringList) sites = gtk_string_list_new (NULL);
  g_autofree char *site = NULL;
  g_auto(GStrv) new_sites = NULL;
  guint position;

  self->updating = TRUE;

  emb_drop_down_fill (self->department_dropdown, self->department_ids, _("All departments"),
                      self->departments, (EmbRecordNameFunc)emb_department_get_name);
  fill_role_filter (self);

  /* Sites only change with employees; rebuild the list when it differs. */
  new_sites = emb_people_store_list_sites (database);
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

  self->updating = FALSE;
}

/**
 * emb_people_filters_load:
 *
 * Reads the departments, roles and sites again and offers them in the
 * drop-downs, keeping what is chosen where it still exists. It emits no
 * #EmbPeopleFilters::changed.
 */
void
emb_people_filters_load (EmbPeopleFilters *self,
                         EmbDatabase      *database)
{
  g_autoptr(GError) error = NULL;
  GListModel *departments;
  GListModel *roles;

  departments = emb_people_store_list_departments (database, &error);
  if (departments == NULL)
    {
      g_warning ("Cannot list the departments: %s", error->message);
      return;
    }
  roles = emb_people_store_list_roles (database, 0, &error);
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
  emb_records_by_id_fill (self->department_by_id, self->departments);
  emb_records_by_id_fill (self->role_by_id, self->roles);
  fill_filters (self, database);
}


static void
on_filter_changed (EmbPeopleFilters *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_department_filter_changed (EmbPeopleFilters *self)
{
  if (self->updating)
    return;
  self->updating = TRUE;
  fill_role_filter (self);
  self->updating = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * emb_people_filters_get_filter:
 * @filter: where to put the department, role, site and status chosen; the
 *   site stays valid until the filters are loaded again
 */
void
emb_people_filters_get_filter (EmbPeopleFilters  *self,
                               EmbEmployeeFilter *filter)
{
  guint site = gtk_drop_down_get_selected (self->site_dropdown);
  guint active = gtk_drop_down_get_selected (self->active_dropdown);

  g_return_if_fail (EMB_IS_PEOPLE_FILTERS (self));
  g_return_if_fail (filter != NULL);

  filter->department_id = emb_drop_down_get_selected_id (self->department_dropdown, self->department_ids);
  filter->role_id = emb_drop_down_get_selected_id (self->role_dropdown, self->role_ids);
  filter->site = NULL;
  if (self->sites != NULL && site != GTK_INVALID_LIST_POSITION && site > 0 &&
      site < g_strv_length (self->sites))
    filter->site = self->sites[site];
  filter->active = active == 1 ? 1 : active == 2 ? 0 : -1;
}

/**
 * emb_people_filters_is_active:
 *
 * Returns: whether any drop-down narrows the list
 */
gboolean
emb_people_filters_is_active (EmbPeopleFilters *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_FILTERS (self), FALSE);

  return gtk_drop_down_get_selected (self->department_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->role_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->site_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->active_dropdown) > 0;
}

/**
 * emb_people_filters_set:
 * @department_id: a department, or 0 for all
 * @role_id: a role, or 0 for all
 * @site: (nullable): a site, or %NULL for all
 * @active: -1 for everyone, 0 for inactive, 1 for active employees
 *
 * Sets the drop-downs as a person would, one after the other.
 */
void
emb_people_filters_set (EmbPeopleFilters *self,
                        gint64            department_id,
                        gint64            role_id,
                        const char       *site,
                        int               active)
{
  guint site_position = 0;

  g_return_if_fail (EMB_IS_PEOPLE_FILTERS (self));

  emb_drop_down_set_selected_id (self->department_dropdown, self->department_ids, department_id);
  emb_drop_down_set_selected_id (self->role_dropdown, self->role_ids, role_id);
  for (guint i = 1; site != NULL && self->sites != NULL && self->sites[i] != NULL; i++)
    if (g_strcmp0 (self->sites[i], site) == 0)
      site_position = i;
  gtk_drop_down_set_selected (self->site_dropdown, site_position);
  gtk_drop_down_set_selected (self->active_dropdown, active == 1 ? 1 : active == 0 ? 2 : 0);
}

/**
 * emb_people_filters_get_departments:
 *
 * Returns: (transfer none) (nullable): the departments, by name, once loaded
 */
GListModel *
emb_people_filters_get_departments (EmbPeopleFilters *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_FILTERS (self), NULL);

  return self->departments;
}

/**
 * emb_people_filters_get_roles:
 *
 * Returns: (transfer none) (nullable): the roles, by name, once loaded
 */
GListModel *
emb_people_filters_get_roles (EmbPeopleFilters *self)
{
  g_return_val_if_fail (EMB_IS_PEOPLE_FILTERS (self), NULL);

  return self->roles;
}

static void
emb_people_filters_dispose (GObject *object)
{
  EmbPeopleFilters *self = (EmbPeopleFilters *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PEOPLE_FILTERS);
  g_clear_object (&self->departments);
  g_clear_object (&self->roles);
  g_clear_pointer (&self->department_by_id, g_hash_table_unref);
  g_clear_pointer (&self->role_by_id, g_hash_table_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->role_ids, g_array_unref);
  g_clear_pointer (&self->sites, g_strfreev);

  G_OBJECT_CLASS (emb_people_filters_parent_class)->dispose (object);
}

static void
emb_people_filters_class_init (EmbPeopleFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_people_filters_dispose;

  /**
   * EmbPeopleFilters::changed:
   *
   * A drop-down was set to another choice.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/people/emb-people-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPeopleFilters, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeopleFilters, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeopleFilters, site_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPeopleFilters, active_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_department_filter_changed);
}

static void
emb_people_filters_init (EmbPeopleFilters *self)
{
  const char *statuses[] = { N_("Everyone"), N_("Active"), N_("Inactive"), NULL };
  g_autoptr(GtkStringList) active = gtk_string_list_new (NULL);

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->department_dropdown, _("Filter by department"));
  emb_a11y_label_drop_down (self->role_dropdown, _("Filter by role"));
  emb_a11y_label_drop_down (self->site_dropdown, _("Filter by site"));
  emb_a11y_label_drop_down (self->active_dropdown, _("Filter by status"));

  self->department_by_id = emb_records_by_id_new ();
  self->role_by_id = emb_records_by_id_new ();
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; statuses[i] != NULL; i++)
    gtk_string_list_append (active, _(statuses[i]));
  gtk_drop_down_set_model (self->active_dropdown, G_LIST_MODEL (active));
  self->updating = FALSE;
}
