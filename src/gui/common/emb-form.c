/* emb-form.c: a store's validation errors under the fields they name
 *
 * The stores name the field a validation error is about
 * (emb_validation_error_get_field()). A form knows, for each field name, the
 * widget that edits it and the label under it: the message goes in the
 * label, the widget is marked (the "error" style class and the invalid state
 * for assistive technologies, described by the label) and takes the focus.
 * An error of no known field goes to the general label, if the form has
 * one. Editing a field clears its error. A dialog reads and fills its fields
 * by the same names (emb_form_get_text(), emb_form_set_text()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-form"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-form.h"

typedef struct
{
  char      *name;
  GtkWidget *widget;       /* weak */
  GtkLabel  *label;        /* weak */
  GObject   *watched;      /* weak: the editable or text buffer */
  gulong     changed_id;
} Field;

struct _EmbForm
{
  GObject    parent_instance;

  GPtrArray *fields;       /* Field */
  GtkLabel  *general;      /* weak */
  gboolean   keep_focus;   /* an error does not move the focus */
};

G_DEFINE_FINAL_TYPE (EmbForm, emb_form, G_TYPE_OBJECT)

static void
field_free (gpointer data)
{
  Field *field = data;

  if (field->watched != NULL)
    g_clear_signal_handler (&field->changed_id, field->watched);
  g_clear_weak_pointer (&field->watched);
  g_clear_weak_pointer (&field->widget);
  g_clear_weak_pointer (&field->label);
  g_free (field->name);
  g_free (field);
}

static Field *
find_field (EmbForm    *self,
            const char *name)
{
  for (guint i = 0; name != NULL && i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->name, name) == 0)
        return field;
    }
  return NULL;
}

static void
show_label (GtkLabel   *label,
            const char *message)
{
  if (label == NULL)
    return;
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
mark_field (Field      *field,
            const char *message)
{
  show_label (field->label, message);
  if (field->widget == NULL)
    return;

  if (message != NULL)
    {
      gtk_widget_add_css_class (field->widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      if (field->label != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (field->widget),
                                        GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, field->label, NULL,
                                        -1);
    }
  else
    {
      gtk_widget_remove_css_class (field->widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (field->widget),
                                     GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
    }
}

static void
on_field_edited (Field *field)
{
  mark_field (field, NULL);
}

static void
emb_form_dispose (GObject *object)
{
  EmbForm *self = (EmbForm *)object;

  g_ptr_array_set_size (self->fields, 0);
  g_clear_weak_pointer (&self->general);

  G_OBJECT_CLASS (emb_form_parent_class)->dispose (object);
}

static void
emb_form_finalize (GObject *object)
{
  EmbForm *self = (EmbForm *)object;

  g_ptr_array_unref (self->fields);

  G_OBJECT_CLASS (emb_form_parent_class)->finalize (object);
}

static void
emb_form_class_init (EmbFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_form_dispose;
  object_class->finalize = emb_form_finalize;
}

static void
emb_form_init (EmbForm *self)
{
  self->fields = g_ptr_array_new_with_free_func (field_free);
}

/**
 * emb_form_new:
 *
 * Returns: (transfer full): a form with no fields
 */
EmbForm *
emb_form_new (void)
{
  return g_object_new (EMB_TYPE_FORM, NULL);
}

/**
 * emb_form_add_field:
 * @field: the field's machine name, as the store names it ("name", "story")
 * @widget: (nullable): the widget that edits it, or %NULL for a field
 *   edited through a group of widgets (a list of check buttons) that has no
 *   one widget to mark: its error shows in @error_label alone
 * @error_label: (nullable): the label under it, hidden while there is no
 *   error; without one the message goes to the general label
 *
 * An editable (an entry, an #AdwEntryRow) or a text view clears the error
 * when it is edited.
 */
void
emb_form_add_field (EmbForm    *self,
                    const char *name,
                    GtkWidget  *widget,
                    GtkLabel   *error_label)
{
  Field *field;

  g_return_if_fail (EMB_IS_FORM (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  g_return_if_fail (error_label == NULL || GTK_IS_LABEL (error_label));
  g_return_if_fail (widget != NULL || error_label != NULL);
  g_return_if_fail (find_field (self, name) == NULL);

  field = g_new0 (Field, 1);
  field->name = g_strdup (name);
  g_set_weak_pointer (&field->widget, widget);
  g_set_weak_pointer (&field->label, error_label);

  if (GTK_IS_EDITABLE (widget))
    g_set_weak_pointer (&field->watched, G_OBJECT (widget));
  else if (GTK_IS_TEXT_VIEW (widget))
    g_set_weak_pointer (&field->watched, G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget))));
  if (field->watched != NULL)
    field->changed_id = g_signal_connect_swapped (field->watched, "changed",
                                                  G_CALLBACK (on_field_edited), field);

  g_ptr_array_add (self->fields, field);
  show_label (error_label, NULL);
}

/**
 * emb_form_set_general_label:
 * @label: (nullable): where errors of no field of the form show
 */
void
emb_form_set_general_label (EmbForm  *self,
                            GtkLabel *label)
{
  g_return_if_fail (EMB_IS_FORM (self));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  g_set_weak_pointer (&self->general, label);
  show_label (label, NULL);
}

/* Brings an error just shown, and the field above it, into view in the
 * scrolled window around them, once the label has its place (a frame
 * later): focusing the field does not show what is under it. */
static gboolean
scroll_to_error_cb (GtkWidget     *label,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = scrolled != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *adjustment;
  double x, y;

  if (content == NULL || !gtk_widget_get_mapped (label))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (label) == 0)
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_widget_translate_coordinates (label, content, 0, 0, &x, &y))
    gtk_adjustment_clamp_page (adjustment, MAX (y - 96, 0), y + gtk_widget_get_height (label) + 12);
  return G_SOURCE_REMOVE;
}

/**
 * emb_form_set_error:
 * @field: (nullable): the field, or %NULL for the general label
 * @message: (nullable): the message, or %NULL to clear it
 *
 * Shows @message under @field (a check the view makes itself, such as a
 * number that does not parse) and moves the focus there, scrolling the
 * message into view (unless emb_form_set_focus_on_error() said not to).
 */
void
emb_form_set_error (EmbForm    *self,
                    const char *name,
                    const char *message)
{
  Field *field;

  g_return_if_fail (EMB_IS_FORM (self));

  field = find_field (self, name);
  if (field == NULL || (field->label == NULL && message != NULL))
    {
      show_label (self->general, message);
      if (field == NULL)
        return;
    }

  mark_field (field, message);
  if (message != NULL && field->widget != NULL && !self->keep_focus)
    {
      gtk_widget_grab_focus (field->widget);
      if (field->label != NULL)
        gtk_widget_add_tick_callback (GTK_WIDGET (field->label), scroll_to_error_cb, NULL, NULL);
    }
}

/**
 * emb_form_set_focus_on_error:
 * @focus: whether a field with an error takes the focus (the default)
 *
 * A form saved while the person types elsewhere (an autosave, a save on
 * leaving) shows its errors without taking the focus away.
 */
void
emb_form_set_focus_on_error (EmbForm  *self,
                             gboolean  focus)
{
  g_return_if_fail (EMB_IS_FORM (self));

  self->keep_focus = !focus;
}

/**
 * emb_form_show_error:
 * @error: an error from a store
 *
 * Shows a validation error under the field it names; any other error, or one
 * of a field the form does not have, in the general label.
 *
 * Returns: whether the form shows it; if not (no general label), the caller
 *   shows it some other way, such as a toast
 */
gboolean
emb_form_show_error (EmbForm      *self,
                     const GError *error)
{
  const char *name;
  Field *field;

  g_return_val_if_fail (EMB_IS_FORM (self), FALSE);
  g_return_val_if_fail (error != NULL, FALSE);

  name = emb_validation_error_get_field (error);
  field = find_field (self, name);
  if (field == NULL)
    name = NULL;
  /* Nowhere to put the words: the caller says them some other way. */
  if (self->general == NULL && (field == NULL || field->label == NULL))
    return FALSE;

  emb_form_set_error (self, name, error->message);
  return TRUE;
}

/**
 * emb_form_get_error:
 * @field: (nullable): a field, or %NULL for the general label
 *
 * Returns: (nullable): the message shown for @field, if any
 */
const char *
emb_form_get_error (EmbForm    *self,
                    const char *name)
{
  Field *field;
  GtkLabel *label;

  g_return_val_if_fail (EMB_IS_FORM (self), NULL);

  field = find_field (self, name);
  if (field != NULL && field->widget != NULL && !gtk_widget_has_css_class (field->widget, "error"))
    return NULL;
  label = field != NULL && field->label != NULL ? field->label : self->general;
  if (label == NULL || !gtk_widget_get_visible (GTK_WIDGET (label)))
    return NULL;
  return gtk_label_get_text (label);
}

/**
 * emb_form_clear_field:
 * @field: a field
 *
 * Clears the error of @field.
 */
void
emb_form_clear_field (EmbForm    *self,
                      const char *name)
{
  Field *field;

  g_return_if_fail (EMB_IS_FORM (self));

  field = find_field (self, name);
  if (field != NULL)
    mark_field (field, NULL);
}

/**
 * emb_form_clear:
 *
 * Clears every error of the form, as before a new attempt to save.
 */
void
emb_form_clear (EmbForm *self)
{
  g_return_if_fail (EMB_IS_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    mark_field (g_ptr_array_index (self->fields, i), NULL);
  show_label (self->general, NULL);
}

/* The text of a field ------------------------------------------------------- */

/**
 * emb_form_get_field:
 * @field: a field's machine name
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
emb_form_get_field (EmbForm    *self,
                    const char *name)
{
  Field *field;

  g_return_val_if_fail (EMB_IS_FORM (self), NULL);

  field = find_field (self, name);
  return field != NULL ? field->widget : NULL;
}

/**
 * emb_form_get_text:
 * @field: a field edited by an editable (an entry, an #AdwEntryRow) or a
 *   text view
 *
 * Returns: (transfer full): the text of @field without the blanks around it
 */
char *
emb_form_get_text (EmbForm    *self,
                   const char *name)
{
  GtkWidget *widget;

  g_return_val_if_fail (EMB_IS_FORM (self), NULL);

  widget = emb_form_get_field (self, name);
  g_return_val_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
}

/**
 * emb_form_set_text:
 * @field: a field edited by an editable or a text view
 * @text: (nullable): its new text
 *
 * Fills @field, as when the form is loaded (or as typing would, in tests).
 */
void
emb_form_set_text (EmbForm    *self,
                   const char *name,
                   const char *text)
{
  GtkWidget *widget;

  g_return_if_fail (EMB_IS_FORM (self));

  widget = emb_form_get_field (self, name);
  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                              text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
}
