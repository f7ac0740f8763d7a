/* emb-note-dialog.c: a question that asks for a note (evaluate a wave, review a decision)
 *
 * A message dialog with a text view under its body, for the note that goes
 * with the answer: what a wave showed, or a no-blame review of a decision.
 * It knows the record it is about, so the answer reaches the right one. The
 * caller adds the responses; one of them can require a note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-note-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-note-dialog.h"

struct _EmbNoteDialog
{
  AdwMessageDialog  parent_instance;

  gint64            record_id;
  char             *required;   /* the response that needs a note, or NULL */

  GtkLabel         *note_label;
  GtkTextView      *note_view;
};

G_DEFINE_FINAL_TYPE (EmbNoteDialog, emb_note_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_note_changed (EmbNoteDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

  if (self->required != NULL)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), self->required,
                                             gtk_text_buffer_get_char_count (buffer) > 0);
}

static void
emb_note_dialog_show (GtkWidget *widget)
{
  EmbNoteDialog *self = EMB_NOTE_DIALOG (widget);

  GTK_WIDGET_CLASS (emb_note_dialog_parent_class)->show (widget);

  /* The note is what there is to type. */
  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
emb_note_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_NOTE_DIALOG);

  G_OBJECT_CLASS (emb_note_dialog_parent_class)->dispose (object);
}

static void
emb_note_dialog_finalize (GObject *object)
{
  EmbNoteDialog *self = (EmbNoteDialog *)object;

  g_clear_pointer (&self->required, g_free);

  G_OBJECT_CLASS (emb_note_dialog_parent_class)->finalize (object);
}

static void
emb_note_dialog_class_init (EmbNoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_note_dialog_dispose;
  object_class->finalize = emb_note_dialog_finalize;

  widget_class->show = emb_note_dialog_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-note-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbNoteDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, EmbNoteDialog, note_view);
}

static void
emb_note_dialog_init (EmbNoteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (on_note_changed), self, G_CONNECT_SWAPPED);
}

/**
 * emb_note_dialog_new:
 * @heading: the question
 * @body: what it is about
 * @note_title: what the note is, above it and its accessible name
 * @record_id: the record the answer is about
 *
 * Returns: (transfer floating): a dialog that can only be cancelled until
 *   the caller adds its responses
 */
EmbNoteDialog *
emb_note_dialog_new (const char *heading,
                     const char *body,
                     const char *note_title,
                     gint64      record_id)
{
  EmbNoteDialog *self;

  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (note_title != NULL, NULL);

  self = g_object_new (EMB_TYPE_NOTE_DIALOG,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->record_id = record_id;
  gtk_label_set_text (self->note_label, note_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_title,
                                  -1);
  return self;
}

/**
 * emb_note_dialog_get_record_id:
 *
 * Returns: the record the answer is about
 */
gint64
emb_note_dialog_get_record_id (EmbNoteDialog *self)
{
  g_return_val_if_fail (EMB_IS_NOTE_DIALOG (self), 0);

  return self->record_id;
}

/**
 * emb_note_dialog_get_note:
 *
 * Returns: (transfer full): the note typed, without the blanks around it
 */
char *
emb_note_dialog_get_note (EmbNoteDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (EMB_IS_NOTE_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/**
 * emb_note_dialog_set_note:
 * @note: (nullable): the note so far
 */
void
emb_note_dialog_set_note (EmbNoteDialog *self,
                          const char    *note)
{
  g_return_if_fail (EMB_IS_NOTE_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note != NULL ? note : "", -1);
}

/**
 * emb_note_dialog_require_note:
 * @response: a response the dialog has
 *
 * Enables @response only while a note is typed.
 */
void
emb_note_dialog_require_note (EmbNoteDialog *self,
                              const char    *response)
{
  g_return_if_fail (EMB_IS_NOTE_DIALOG (self));
  g_return_if_fail (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (self), response));

  g_free (self->required);
  self->required = g_strdup (response);
  on_note_changed (self);
}
