/* emb-nomination-picker.c: choosing a colleague or a feedback by searching
 *
 * A search entry over a lazy query of its store and the list of its
 * matches: an organisation has thousands of employees and far more
 * feedback, so nothing here loads them all. Selecting a match chooses it
 * (EmbNominationPicker:chosen-id); a feedback is found by its words, so
 * nothing is listed before a search. The nomination dialog has three: the
 * nominee, the customer feedback and the nominator.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-store.h"
#include "emb-nomination-picker-row.h"
#include "emb-nomination-picker.h"
#include "emb-people-store.h"

struct _EmbNominationPicker
{
  GtkBox               parent_instance;

  EmbDatabase         *database;
  EmbRecognitionNames *names;
  gboolean             feedback;
  GListModel          *proposed;   /* listed before a search, or NULL */
  GtkSingleSelection  *selection;
  gint64               chosen_id;

  GtkLabel            *error_label;
  GtkSearchEntry      *entry;
  GtkLabel            *proposed_label;
  GtkWidget           *scroll;
  GtkListView         *list_view;
  GtkWidget           *chosen_box;
  GtkLabel            *chosen_label;
};

G_DEFINE_FINAL_TYPE (EmbNominationPicker, emb_nomination_picker, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_FEEDBACK,
  PROP_PLACEHOLDER_TEXT,
  PROP_SEARCH_LABEL,
  PROP_LIST_LABEL,
  PROP_CHOSEN_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The words of a feedback, or its score when it has none. */
static char *
feedback_name (EmbFeedback *feedback)
{
  const char *text = emb_feedback_get_text (feedback);

  if (text != NULL && *text != '\0')
    return g_strdup (text);
  /* Translators: feedback without words, only a score */
  return g_strdup_printf (_("Score %d, no comment"), emb_feedback_get_score (feedback));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, emb_nomination_picker_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          EmbNominationPicker      *self)
{
  EmbNominationPickerRow *row = EMB_NOMINATION_PICKER_ROW (gtk_list_item_get_child (item));
  gpointer record = gtk_list_item_get_item (item);

  if (EMB_IS_EMPLOYEE (record))
    {
      EmbEmployee *employee = record;
      EmbDepartment *department = NULL;

      if (self->names != NULL)
        department = emb_recognition_names_lookup_department (self->names,
                                                              emb_employee_get_department_id (employee));
      emb_nomination_picker_row_set (row, emb_employee_get_name (employee),
                                     department != NULL ? emb_department_get_name (department) : "");
    }
  else if (EMB_IS_FEEDBACK (record))
    {
      EmbFeedback *feedback = record;
      g_autofree char *name = feedback_name (feedback);
      g_autofree char *day = emb_recognition_format_day (emb_feedback_get_received_at (feedback));

      emb_nomination_picker_row_set (row, name, day);
    }
}

/**
 * emb_nomination_picker_reload:
 *
 * Searches again for what the entry holds.
 */
void
emb_nomination_picker_reload (EmbNominationPicker *self)
{
  const char *text;
  g_autoptr(GListModel) model = NULL;

  g_return_if_fail (EMB_IS_NOMINATION_PICKER (self));

  if (self->database == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (!self->feedback && *text == '\0' && self->proposed != NULL)
    model = g_object_ref (self->proposed);
  else if (!self->feedback)
    {
      EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;

      filter.search = text;
      filter.active = 1;
      model = emb_people_store_query_employees (self->database, &filter);
    }
  else if (*text != '\0')
    {
      EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;

      filter.search = text;
      model = emb_feedback_store_query (self->database, &filter);
    }
  /* Feedback is found by its words: nothing is listed before a search. */
  gtk_widget_set_visible (self->scroll, model != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->proposed_label),
                          model != NULL && model == self->proposed);
  gtk_single_selection_set_model (self->selection, model);
}

static void
choose (EmbNominationPicker *self,
        gint64               id,
        const char          *name)
{
  self->chosen_id = id;
  gtk_widget_set_visible (self->chosen_box, id > 0);
  if (id > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: the colleague or feedback chosen in a list */
      text = g_strdup_printf (_("Chosen: %s"), name);
      gtk_label_set_text (self->chosen_label, text);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN_ID]);
}

static void
on_selected (EmbNominationPicker *self)
{
  gpointer record = gtk_single_selection_get_selected_item (self->selection);

  if (EMB_IS_EMPLOYEE (record))
    choose (self, emb_record_get_id (record), emb_employee_get_name (record));
  else if (EMB_IS_FEEDBACK (record))
    {
      g_autofree char *name = feedback_name (EMB_FEEDBACK (record));

      choose (self, emb_record_get_id (record), name);
    }
}

static void
on_clear_clicked (EmbNominationPicker *self)
{
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  choose (self, 0, NULL);
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_nomination_picker_set_up:
 * @database: where to search
 * @names: the departments named under each colleague
 *
 * Searches for what the entry holds (everyone, for colleagues).
 */
void
emb_nomination_picker_set_up (EmbNominationPicker *self,
                              EmbDatabase         *database,
                              EmbRecognitionNames *names)
{
  g_return_if_fail (EMB_IS_NOMINATION_PICKER (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_set_object (&self->names, names);
  emb_nomination_picker_reload (self);
}

/**
 * emb_nomination_picker_set_proposed:
 * @proposed: (nullable): the colleagues to list before a search (a
 *   #GListModel of #EmbEmployee), or %NULL for everyone
 * @title: (nullable): says who they are, above the list
 *
 * Proposes some colleagues, such as those responsible where a praise was
 * given; a search still finds everyone.
 */
void
emb_nomination_picker_set_proposed (EmbNominationPicker *self,
                                    GListModel          *proposed,
                                    const char          *title)
{
  g_return_if_fail (EMB_IS_NOMINATION_PICKER (self));
  g_return_if_fail (proposed == NULL || G_IS_LIST_MODEL (proposed));

  g_set_object (&self->proposed, proposed);
  gtk_label_set_text (self->proposed_label, title != NULL ? title : "");
  emb_nomination_picker_reload (self);
}

/**
 * emb_nomination_picker_choose:
 * @id: a colleague or feedback, or 0 for none
 * @name: (nullable): what it is called
 *
 * Chooses as if it had been picked from the list.
 */
void
emb_nomination_picker_choose (EmbNominationPicker *self,
                              gint64               id,
                              const char          *name)
{
  g_return_if_fail (EMB_IS_NOMINATION_PICKER (self));

  choose (self, id, name != NULL ? name : "");
}

/**
 * emb_nomination_picker_get_chosen_id:
 *
 * Returns: the colleague or feedback chosen, or 0
 */
gint64
emb_nomination_picker_get_chosen_id (EmbNominationPicker *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION_PICKER (self), 0);

  return self->chosen_id;
}

/**
 * emb_nomination_picker_get_entry:
 *
 * Returns: (transfer none): the search entry
 */
GtkWidget *
emb_nomination_picker_get_entry (EmbNominationPicker *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION_PICKER (self), NULL);

  return GTK_WIDGET (self->entry);
}

/**
 * emb_nomination_picker_get_list_view:
 *
 * Returns: (transfer none): the matches; its model is a #GtkSingleSelection:
 *   selecting an item chooses it
 */
GtkListView *
emb_nomination_picker_get_list_view (EmbNominationPicker *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION_PICKER (self), NULL);

  return self->list_view;
}

/**
 * emb_nomination_picker_get_error_label:
 *
 * Returns: (transfer none): where an error about the choice shows
 */
GtkLabel *
emb_nomination_picker_get_error_label (EmbNominationPicker *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION_PICKER (self), NULL);

  return self->error_label;
}

/* Object ----------------------------------------------------------------- */

static void
emb_nomination_picker_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  EmbNominationPicker *self = EMB_NOMINATION_PICKER (object);

  switch (prop_id)
    {
    case PROP_FEEDBACK:
      g_value_set_boolean (value, self->feedback);
      break;

    case PROP_CHOSEN_ID:
      g_value_set_int64 (value, self->chosen_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_nomination_picker_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  EmbNominationPicker *self = EMB_NOMINATION_PICKER (object);

  switch (prop_id)
    {
    case PROP_FEEDBACK:
      self->feedback = g_value_get_boolean (value);
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_object_set (self->entry, "placeholder-text", g_value_get_string (value), NULL);
      break;

    case PROP_SEARCH_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, g_value_get_string (value),
                                      -1);
      break;

    case PROP_LIST_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, g_value_get_string (value),
                                      -1);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_nomination_picker_dispose (GObject *object)
{
  EmbNominationPicker *self = (EmbNominationPicker *)object;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_NOMINATION_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->proposed);
  g_clear_object (&self->names);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_nomination_picker_parent_class)->dispose (object);
}

static void
emb_nomination_picker_class_init (EmbNominationPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_nomination_picker_get_property;
  object_class->set_property = emb_nomination_picker_set_property;
  object_class->dispose = emb_nomination_picker_dispose;

  properties[PROP_FEEDBACK] =
    g_param_spec_boolean ("feedback", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL,
                         NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_LABEL] =
    g_param_spec_string ("search-label", NULL, NULL,
                         NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST_LABEL] =
    g_param_spec_string ("list-label", NULL, NULL,
                         NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHOSEN_ID] =
    g_param_spec_int64 ("chosen-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-nomination-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, error_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, entry);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, proposed_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, chosen_box);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationPicker, chosen_label);
  gtk_widget_class_bind_template_callback (widget_class, emb_nomination_picker_reload);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
}

static void
emb_nomination_picker_init (EmbNominationPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_type_ensure (EMB_TYPE_EMPLOYEE);
  g_type_ensure (EMB_TYPE_FEEDBACK);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selected), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}
