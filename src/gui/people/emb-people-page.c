/* emb-people-page.c: the employees of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-people-page.h"
#include "emb-people-store.h"

struct _EmbPeoplePage
{
  AdwBin               parent_instance;

  EmbDatabase         *database;
  GListModel          *model;
  GtkSingleSelection  *selection;

  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkListView         *list_view;
};

G_DEFINE_FINAL_TYPE (EmbPeoplePage, emb_people_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
employee_details (GtkListItem *item,
                  const char  *number,
                  const char  *email,
                  const char  *site,
                  gboolean     active)
{
  g_autoptr(GString) text = g_string_new (number);

  if (email != NULL && *email != '\0')
    g_string_append_printf (text, " · %s", email);
  if (site != NULL && *site != '\0')
    g_string_append_printf (text, " · %s", site);
  if (!active)
    g_string_append_printf (text, " · %s", _("inactive"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_stack (EmbPeoplePage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (g_list_model_get_n_items (self->model) > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (search != NULL && *search != '\0')
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
reload (EmbPeoplePage *self)
{
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;

  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, NULL);
  self->model = emb_people_store_query_employees (self->database, &filter);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, self->model);
  update_stack (self);
}

static void
on_search_changed (EmbPeoplePage *self)
{
  reload (self);
}

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

void
emb_people_page_set_search (EmbPeoplePage *self,
                            const char    *text)
{
  g_return_if_fail (EMB_IS_PEOPLE_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  reload (self);
}

static void
emb_people_page_constructed (GObject *object)
{
  EmbPeoplePage *self = (EmbPeoplePage *)object;

  G_OBJECT_CLASS (emb_people_page_parent_class)->constructed (object);

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

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
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
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPeoplePage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, employee_details);
}

static void
emb_people_page_init (EmbPeoplePage *self)
{
  g_type_ensure (EMB_TYPE_EMPLOYEE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}
