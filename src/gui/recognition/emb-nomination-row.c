/* emb-nomination-row.c: one nomination in the lists of the recognition page
 *
 * Who is nominated, the status, whether it is private, the day it was
 * submitted, the value (and where it was shown, and whether a customer's
 * feedback is the evidence), the story and who nominated. The names come
 * from the page's EmbRecognitionNames. (A nomination waiting for its
 * deletion is not in the lists at all: the page's undo queue leaves it out
 * of their models.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-nomination-row.h"

struct _EmbNominationRow
{
  GtkBox               parent_instance;

  EmbRecognitionNames *names;
  EmbNomination       *nomination;

  GtkLabel            *nominee_label;
  GtkLabel            *private_label;
  GtkLabel            *status_label;
  GtkLabel            *date_label;
  GtkLabel            *what_label;
  GtkLabel            *story_label;
  GtkLabel            *by_label;
};

G_DEFINE_FINAL_TYPE (EmbNominationRow, emb_nomination_row, GTK_TYPE_BOX)

static const char *
status_text (EmbNominationStatus status)
{
  switch (status)
    {
    case EMB_NOMINATION_STATUS_SUBMITTED:
      return C_("nomination status", "Submitted");
    case EMB_NOMINATION_STATUS_APPROVED:
      return C_("nomination status", "Approved");
    case EMB_NOMINATION_STATUS_DECLINED:
      return C_("nomination status", "Declined");
    case EMB_NOMINATION_STATUS_CELEBRATED:
      return C_("nomination status", "Celebrated");
    default:
      return "";
    }
}

static const char *
status_class (EmbNominationStatus status)
{
  switch (status)
    {
    case EMB_NOMINATION_STATUS_APPROVED:
      return "success";
    case EMB_NOMINATION_STATUS_DECLINED:
      return "error";
    case EMB_NOMINATION_STATUS_CELEBRATED:
      return "accent";
    case EMB_NOMINATION_STATUS_SUBMITTED:
    default:
      return "warning";
    }
}

static void
emb_nomination_row_dispose (GObject *object)
{
  EmbNominationRow *self = (EmbNominationRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_NOMINATION_ROW);
  g_clear_object (&self->nomination);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (emb_nomination_row_parent_class)->dispose (object);
}

static void
emb_nomination_row_class_init (EmbNominationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_nomination_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-nomination-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, nominee_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, private_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, what_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, story_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationRow, by_label);
}

static void
emb_nomination_row_init (EmbNominationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * emb_nomination_row_new:
 * @names: where the row reads names
 *
 * Returns: (transfer floating): a row showing no nomination yet
 */
GtkWidget *
emb_nomination_row_new (EmbRecognitionNames *names)
{
  EmbNominationRow *self;

  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (names), NULL);

  self = g_object_new (EMB_TYPE_NOMINATION_ROW, NULL);
  self->names = g_object_ref (names);
  return GTK_WIDGET (self);
}

/**
 * emb_nomination_row_update:
 *
 * Shows the nomination again, with the names as they are now.
 */
void
emb_nomination_row_update (EmbNominationRow *self)
{
  EmbNomination *nomination;
  EmbNominationStatus status;
  EmbDepartment *department;
  EmbValue *value;
  EmbTouchpoint *touchpoint;
  const char *note;
  const char *nominator;
  g_autofree char *nominee = NULL;
  g_autofree char *what = NULL;
  g_autofree char *by = NULL;
  g_autofree char *day = NULL;

  g_return_if_fail (EMB_IS_NOMINATION_ROW (self));

  nomination = self->nomination;
  if (nomination == NULL)
    return;

  status = emb_nomination_get_status (nomination);
  value = emb_recognition_names_lookup_value (self->names, emb_nomination_get_value_id (nomination));
  touchpoint = emb_recognition_names_lookup_touchpoint (self->names,
                                                        emb_nomination_get_touchpoint_id (nomination));
  note = emb_nomination_get_decision_note (nomination);
  nominator = emb_recognition_names_get_employee (self->names, emb_nomination_get_nominator_id (nomination));
  day = emb_recognition_format_day (emb_nomination_get_submitted_at (nomination));

  if (emb_nomination_get_nominee_employee_id (nomination) > 0)
    nominee = g_strdup (emb_recognition_names_get_employee (self->names,
                                                            emb_nomination_get_nominee_employee_id (nomination)));
  else
    {
      department = emb_recognition_names_lookup_department (self->names,
                                                            emb_nomination_get_nominee_department_id (nomination));
      /* Translators: a nominated department, e.g. "Team Branch Services" */
      nominee = g_strdup_printf (_("Team %s"), department != NULL ? emb_department_get_name (department) : "");
    }
  gtk_label_set_text (self->nominee_label, nominee);

  for (int s = EMB_NOMINATION_STATUS_SUBMITTED; s <= EMB_NOMINATION_STATUS_CELEBRATED; s++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_class (s));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_class (status));
  gtk_label_set_text (self->status_label, status_text (status));
  gtk_widget_set_visible (GTK_WIDGET (self->private_label), !emb_nomination_get_is_public (nomination));
  gtk_label_set_text (self->date_label, day);

  if (touchpoint != NULL)
    /* Translators: a value and the touchpoint where it was shown */
    what = g_strdup_printf (_("%s · at %s"), value != NULL ? emb_value_get_name (value) : "",
                            emb_touchpoint_get_name (touchpoint));
  else
    what = g_strdup (value != NULL ? emb_value_get_name (value) : "");
  if (emb_nomination_get_feedback_id (nomination) > 0)
    {
      /* Translators: added after the value when a customer's feedback is the evidence */
      char *with = g_strdup_printf (_("%s · customer feedback"), what);

      g_free (what);
      what = with;
    }
  gtk_label_set_text (self->what_label, what);

  gtk_label_set_text (self->story_label, emb_nomination_get_story (nomination));

  if (nominator != NULL && *nominator != '\0')
    by = g_strdup_printf (_("Nominated by %s"), nominator);
  else
    by = g_strdup (_("Anonymous"));
  if (note != NULL && *note != '\0')
    {
      /* Translators: who nominated, then the manager's note on the decision */
      char *with = g_strdup_printf (_("%s · Note: %s"), by, note);

      g_free (by);
      by = with;
    }
  gtk_label_set_text (self->by_label, by);
}

/**
 * emb_nomination_row_set_nomination:
 * @nomination: (nullable): the nomination to show
 */
void
emb_nomination_row_set_nomination (EmbNominationRow *self,
                                   EmbNomination    *nomination)
{
  g_return_if_fail (EMB_IS_NOMINATION_ROW (self));
  g_return_if_fail (nomination == NULL || EMB_IS_NOMINATION (nomination));

  g_set_object (&self->nomination, nomination);
  emb_nomination_row_update (self);
}

/**
 * emb_nomination_row_get_nomination:
 *
 * Returns: (transfer none) (nullable): the nomination shown
 */
EmbNomination *
emb_nomination_row_get_nomination (EmbNominationRow *self)
{
  g_return_val_if_fail (EMB_IS_NOMINATION_ROW (self), NULL);

  return self->nomination;
}

/* The rows of a list view ------------------------------------------------- */

static void
names_unref (gpointer  data,
             GClosure *closure)
{
  g_object_unref (data);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           EmbRecognitionNames      *names)
{
  gtk_list_item_set_child (item, emb_nomination_row_new (names));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  emb_nomination_row_set_nomination (EMB_NOMINATION_ROW (gtk_list_item_get_child (item)),
                                     gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  emb_nomination_row_set_nomination (EMB_NOMINATION_ROW (gtk_list_item_get_child (item)), NULL);
}

/**
 * emb_nomination_row_factory_new:
 * @names: where the rows read names
 *
 * Returns: (transfer full): a factory of #EmbNominationRow for a list view
 *   of #EmbNomination
 */
GtkListItemFactory *
emb_nomination_row_factory_new (EmbRecognitionNames *names)
{
  GtkListItemFactory *factory;

  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (names), NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_row), g_object_ref (names),
                         names_unref, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  return factory;
}

/**
 * emb_nomination_rows_update:
 * @view: a list view whose rows are #EmbNominationRow
 *
 * Shows again what the made rows show, after names changed: a few dozen
 * rows, whatever the list's size, and the models stay as they are.
 */
void
emb_nomination_rows_update (GtkListView *view)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (view));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (EMB_IS_NOMINATION_ROW (row))
        emb_nomination_row_update (EMB_NOMINATION_ROW (row));
    }
}
