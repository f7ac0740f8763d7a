/* emb-recognition-inbox.c: the nominations waiting for a decision
 *
 * Every submitted nomination, newest first, where a manager approves or
 * declines one or a selection by keyboard (through the page's actions); the
 * bar below offers the decisions and the note that goes with them. Its
 * query model follows the nominations' changes by itself, so it is made
 * once, when the page is first shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-inbox"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-nomination-row.h"
#include "emb-recognition-inbox.h"
#include "emb-recognition-store.h"

struct _EmbRecognitionInbox
{
  GtkBox             parent_instance;

  EmbDatabase       *database;
  GtkMultiSelection *selection;

  GtkStack          *inbox_stack;
  GtkListView       *inbox_view;
  GtkRevealer       *inbox_bar;
  GtkLabel          *inbox_selection_label;
  GtkEntry          *note_entry;
};

G_DEFINE_FINAL_TYPE (EmbRecognitionInbox, emb_recognition_inbox, GTK_TYPE_BOX)

/**
 * emb_recognition_inbox_set_up:
 * @database: the nominations
 * @names: where the rows read names
 *
 * Makes the inbox ready; it queries nothing until it is loaded.
 */
void
emb_recognition_inbox_set_up (EmbRecognitionInbox *self,
                              EmbDatabase         *database,
                              EmbRecognitionNames *names)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  factory = emb_nomination_row_factory_new (names);
  gtk_list_view_set_factory (self->inbox_view, factory);
}

/**
 * emb_recognition_inbox_load:
 *
 * Lists every submitted nomination.
 */
void
emb_recognition_inbox_load (EmbRecognitionInbox *self)
{
  EmbNominationFilter inbox = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) inbox_model = NULL;

  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));
  g_return_if_fail (self->database != NULL);

  inbox.status = EMB_NOMINATION_STATUS_SUBMITTED;
  inbox_model = emb_recognition_store_query (self->database, &inbox);
  gtk_multi_selection_set_model (self->selection, inbox_model);
}

/**
 * emb_recognition_inbox_get_model:
 *
 * Returns: (transfer none) (nullable): the submitted nominations, once loaded
 */
GListModel *
emb_recognition_inbox_get_model (EmbRecognitionInbox *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INBOX (self), NULL);

  return gtk_multi_selection_get_model (self->selection);
}

/**
 * emb_recognition_inbox_get_selection:
 *
 * Returns: (transfer none): the selection over the inbox; its
 *   #GListModel::items-changed tells when the inbox changes
 */
GtkSelectionModel *
emb_recognition_inbox_get_selection (EmbRecognitionInbox *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INBOX (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * emb_recognition_inbox_get_view:
 *
 * Returns: (transfer none): the list view
 */
GtkListView *
emb_recognition_inbox_get_view (EmbRecognitionInbox *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INBOX (self), NULL);

  return self->inbox_view;
}

/**
 * emb_recognition_inbox_get_note:
 *
 * Returns: (transfer full): the note typed for the next decision, without
 *   the spaces around it
 */
char *
emb_recognition_inbox_get_note (EmbRecognitionInbox *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INBOX (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
}

/**
 * emb_recognition_inbox_set_note:
 *
 * Types the note that the next approval or declining records.
 */
void
emb_recognition_inbox_set_note (EmbRecognitionInbox *self,
                                const char          *note)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note != NULL ? note : "");
}

/**
 * emb_recognition_inbox_show_note_error:
 * @message: (nullable): why the note was refused, or %NULL to take the mark
 *   away
 *
 * Marks the note, says why in its tooltip, and brings it into view and
 * focus.
 */
void
emb_recognition_inbox_show_note_error (EmbRecognitionInbox *self,
                                       const char          *message)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));

  if (message == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->note_entry), "error");
      return;
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->note_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_entry), message);
  gtk_revealer_set_reveal_child (self->inbox_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

/**
 * emb_recognition_inbox_clear_note:
 *
 * Empties the note after a decision recorded it.
 */
void
emb_recognition_inbox_clear_note (EmbRecognitionInbox *self)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_entry),
                               _("A note for the nominee and the nominator; required when declining"));
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
}

/**
 * emb_recognition_inbox_show_state:
 * @any: whether the programme has any nomination at all
 *
 * Shows the inbox, or that all is caught up, or that there was never any
 * nomination to catch up with.
 */
void
emb_recognition_inbox_show_state (EmbRecognitionInbox *self,
                                  gboolean             any)
{
  guint n;

  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  gtk_stack_set_visible_child_name (self->inbox_stack, n > 0 ? "list" : any ? "caught-up" : "empty");
}

/**
 * emb_recognition_inbox_show_selection:
 * @n_selected: how many nominations are selected
 * @text: says so
 *
 * Reveals the decisions while there is a selection.
 */
void
emb_recognition_inbox_show_selection (EmbRecognitionInbox *self,
                                      guint64              n_selected,
                                      const char          *text)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INBOX (self));

  gtk_revealer_set_reveal_child (self->inbox_bar, n_selected > 0);
  gtk_label_set_text (self->inbox_selection_label, text);
}

static void
emb_recognition_inbox_dispose (GObject *object)
{
  EmbRecognitionInbox *self = (EmbRecognitionInbox *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_RECOGNITION_INBOX);
  g_clear_object (&self->selection);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_recognition_inbox_parent_class)->dispose (object);
}

static void
emb_recognition_inbox_class_init (EmbRecognitionInboxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_recognition_inbox_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-recognition-inbox.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInbox, inbox_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInbox, inbox_view);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInbox, inbox_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInbox, inbox_selection_label);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInbox, note_entry);
}

static void
emb_recognition_inbox_init (EmbRecognitionInbox *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_multi_selection_new (NULL);
  gtk_list_view_set_model (self->inbox_view, GTK_SELECTION_MODEL (self->selection));
}
