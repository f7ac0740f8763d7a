/* emb-recognition-list.c: every nomination, as the filters choose
 *
 * The “All Nominations” view: the search and filters, a lazy list that stays
 * smooth at a million rows because it only reads what it shows (the filters
 * are SQL, the list pages by keyset), its empty states, and the bar that acts
 * on the selection (through the page's actions).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-list"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-nomination-row.h"
#include "emb-recognition-list.h"

struct _EmbRecognitionList
{
  GtkBox                parent_instance;

  EmbDatabase          *database;
  EmbRecognitionNames  *names;
  GtkMultiSelection    *selection;

  EmbNominationFilters *filters;
  GtkStack             *all_stack;
  GtkListView          *list_view;
  GtkActionBar         *all_bar;
  GtkLabel             *all_selection_label;
};

G_DEFINE_FINAL_TYPE (EmbRecognitionList, emb_recognition_list, GTK_TYPE_BOX)

/**
 * emb_recognition_list_reload:
 *
 * Queries the nominations again, as the filters choose.
 */
void
emb_recognition_list_reload (EmbRecognitionList *self)
{
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_if_fail (EMB_IS_RECOGNITION_LIST (self));

  if (self->database == NULL)
    return;

  emb_nomination_filters_read (self->filters, &filter, &from, &to);
  model = emb_recognition_store_query (self->database, &filter);
  gtk_multi_selection_set_model (self->selection, model);
}

static void
on_filters_changed (EmbRecognitionList *self)
{
  emb_recognition_list_reload (self);
}

/**
 * emb_recognition_list_set_up:
 * @database: the nominations to list
 * @names: where the rows and filters read names
 *
 * Makes the list ready; it queries nothing until it is reloaded.
 */
void
emb_recognition_list_set_up (EmbRecognitionList  *self,
                             EmbDatabase         *database,
                             EmbRecognitionNames *names)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (EMB_IS_RECOGNITION_LIST (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_set_object (&self->names, names);
  factory = emb_nomination_row_factory_new (names);
  gtk_list_view_set_factory (self->list_view, factory);
}

/**
 * emb_recognition_list_refill_filters:
 *
 * Fills the filters from the names as they are now; queries the list again
 * only when a filter chose an item that is gone (its drop-down fell back to
 * everything).
 */
void
emb_recognition_list_refill_filters (EmbRecognitionList *self)
{
  g_return_if_fail (EMB_IS_RECOGNITION_LIST (self));

  if (self->names != NULL && emb_nomination_filters_fill (self->filters, self->names))
    emb_recognition_list_reload (self);
}

/**
 * emb_recognition_list_get_model:
 *
 * Returns: (transfer none) (nullable): the nominations listed
 */
GListModel *
emb_recognition_list_get_model (EmbRecognitionList *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_LIST (self), NULL);

  return gtk_multi_selection_get_model (self->selection);
}

/**
 * emb_recognition_list_get_selection:
 *
 * Returns: (transfer none): the selection over the list; its
 *   #GListModel::items-changed tells when the list changes
 */
GtkSelectionModel *
emb_recognition_list_get_selection (EmbRecognitionList *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_LIST (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * emb_recognition_list_get_view:
 *
 * Returns: (transfer none): the list view
 */
GtkListView *
emb_recognition_list_get_view (EmbRecognitionList *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_LIST (self), NULL);

  return self->list_view;
}

/**
 * emb_recognition_list_get_filters:
 *
 * Returns: (transfer none): the search and filters
 */
EmbNominationFilters *
emb_recognition_list_get_filters (EmbRecognitionList *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_LIST (self), NULL);

  return self->filters;
}

/**
 * emb_recognition_list_show_state:
 * @any: whether the programme has any nomination at all
 *
 * Shows the list, or why it is empty: no nomination yet, or none matching.
 */
void
emb_recognition_list_show_state (EmbRecognitionList *self,
                                 gboolean            any)
{
  guint n;

  g_return_if_fail (EMB_IS_RECOGNITION_LIST (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  gtk_stack_set_visible_child_name (self->all_stack, n > 0 ? "list" : any ? "no-results" : "empty");
}

/**
 * emb_recognition_list_show_selection:
 * @n_selected: how many nominations are selected
 * @text: says so
 *
 * Reveals the bar that acts on the selection while there is one.
 */
void
emb_recognition_list_show_selection (EmbRecognitionList *self,
                                     guint64             n_selected,
                                     const char         *text)
{
  g_return_if_fail (EMB_IS_RECOGNITION_LIST (self));

  gtk_action_bar_set_revealed (self->all_bar, n_selected > 0);
  gtk_label_set_text (self->all_selection_label, text);
}

static void
emb_recognition_list_dispose (GObject *object)
{
  EmbRecognitionList *self = (EmbRecognitionList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_RECOGNITION_LIST);
  g_clear_object (&self->selection);
  g_clear_object (&self->names);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_recognition_list_parent_class)->dispose (object);
}

static void
emb_recognition_list_class_init (EmbRecognitionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_recognition_list_dispose;

  g_type_ensure (EMB_TYPE_NOMINATION_FILTERS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-recognition-list.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionList, filters);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionList, all_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionList, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionList, all_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionList, all_selection_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
}

static void
emb_recognition_list_init (EmbRecognitionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_multi_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}
