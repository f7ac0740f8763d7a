/* emb-value-editor.c: the editor of one value, beside the list of values
 *
 * The name, description and desired and undesired behaviours of a value (a
 * new one has the id 0 until it is saved). The page loads a value into it
 * and asks it to save what was typed when the person leaves the value; the
 * editor's own Save button (and Enter in the name) saves and announces
 * EmbValueEditor::saved. A store's validation error shows under its field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-value-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-form.h"
#include "emb-programme-store.h"
#include "emb-toast.h"
#include "emb-value-editor.h"

struct _EmbValueEditor
{
  AdwBin        parent_instance;

  EmbDatabase  *database;
  EmbValue     *value;          /* the value edited, id 0 when new */
  EmbForm      *form;
  guint         loading;        /* > 0 while the fields are filled */
  gboolean      dirty;
  gboolean      show_back;

  GtkStack     *editor_stack;
  GtkButton    *back_button;
  GtkLabel     *editor_title;
  AdwEntryRow  *value_name_row;
  GtkLabel     *value_name_error;
  GtkTextView  *description_view;
  GtkLabel     *description_error;
  GtkTextView  *desired_view;
  GtkLabel     *desired_error;
  GtkTextView  *undesired_view;
  GtkLabel     *undesired_error;
  GtkButton    *delete_value_button;
  GtkButton    *save_value_button;
};

G_DEFINE_FINAL_TYPE (EmbValueEditor, emb_value_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_SHOW_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_text (GtkTextView *view)
{
  char *text = NULL;

  g_object_get (gtk_text_view_get_buffer (view), "text", &text, NULL);
  return text;
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  g_object_set (gtk_text_view_get_buffer (view), "text", text != NULL ? text : "", NULL);
}

/* Takes @value as the value edited, and says so. */
static void
set_value (EmbValueEditor *self,
           EmbValue       *value)
{
  g_set_object (&self->value, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
update_title (EmbValueEditor *self)
{
  gboolean saved = emb_value_editor_get_value_id (self) != 0;

  gtk_label_set_text (self->editor_title, saved ? _("Edit Value") : _("New Value"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_value_button), saved);
}

/* Saves what was typed; returns the saved value's id, or 0 when it failed
 * (the error shown under its field, or in a toast). */
static gint64
save (EmbValueEditor *self,
      gboolean        focus_error)
{
  g_autoptr(EmbValue) value = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *desired = NULL;
  g_autofree char *undesired = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  if (self->value == NULL || self->database == NULL)
    return 0;

  id = emb_value_editor_get_value_id (self);
  if (id != 0)
    {
      value = emb_programme_store_get_value (self->database, id, &error);
      if (value == NULL)
        {
          emb_toast_show_error (GTK_WIDGET (self), error);
          return 0;
        }
    }
  else
    value = emb_value_new ();

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_name_row))));
  description = get_text (self->description_view);
  desired = get_text (self->desired_view);
  undesired = get_text (self->undesired_view);
  emb_value_set_name (value, name);
  emb_value_set_description (value, description);
  emb_value_set_desired_behaviours (value, desired);
  emb_value_set_undesired_behaviours (value, undesired);

  emb_form_clear (self->form);
  if (!emb_programme_store_save_value (self->database, value, &error))
    {
      emb_form_set_focus_on_error (self->form, focus_error);
      if (!emb_form_show_error (self->form, error))
        emb_toast_show_error (GTK_WIDGET (self), error);
      return 0;
    }

  self->dirty = FALSE;
  set_value (self, value);
  update_title (self);
  return emb_record_get_id (EMB_RECORD (value));
}

static void
on_save_clicked (EmbValueEditor *self)
{
  gint64 id = save (self, TRUE);

  if (id != 0)
    g_signal_emit (self, signals[SAVED], 0, id);
}

static void
on_editor_changed (EmbValueEditor *self)
{
  if (self->loading == 0)
    self->dirty = TRUE;
}

static void
on_back_clicked (EmbValueEditor *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

/* GObject --------------------------------------------------------------- */

static void
emb_value_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EmbValueEditor *self = EMB_VALUE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_object (value, self->value);
      break;

    case PROP_SHOW_BACK:
      g_value_set_boolean (value, self->show_back);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbValueEditor *self = EMB_VALUE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK:
      if (self->show_back != g_value_get_boolean (value))
        {
          self->show_back = g_value_get_boolean (value);
          gtk_widget_set_visible (GTK_WIDGET (self->back_button), self->show_back);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_value_editor_dispose (GObject *object)
{
  EmbValueEditor *self = (EmbValueEditor *)object;

  /* The stack is both a template child and the bin's child. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_VALUE_EDITOR);
  g_clear_object (&self->form);
  g_clear_object (&self->value);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_value_editor_parent_class)->dispose (object);
}

static void
emb_value_editor_class_init (EmbValueEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_value_editor_get_property;
  object_class->set_property = emb_value_editor_set_property;
  object_class->dispose = emb_value_editor_dispose;

  properties[PROP_VALUE] =
    g_param_spec_object ("value", NULL, NULL,
                         EMB_TYPE_VALUE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_BACK] =
    g_param_spec_boolean ("show-back", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EmbValueEditor::saved:
   * @id: the value's id
   *
   * The value was saved with the editor's Save button.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * EmbValueEditor::back:
   *
   * The back button was pressed, to see the list again.
   */
  signals[BACK] =
    g_signal_new ("back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/values/emb-value-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, editor_title);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, value_name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, value_name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, description_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, desired_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, desired_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, undesired_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, undesired_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, delete_value_button);
  gtk_widget_class_bind_template_child (widget_class, EmbValueEditor, save_value_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
}

static void
emb_value_editor_init (EmbValueEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);

  self->form = emb_form_new ();
  emb_form_add_field (self->form, "name", GTK_WIDGET (self->value_name_row), self->value_name_error);
  emb_form_add_field (self->form, "description", GTK_WIDGET (self->description_view),
                      self->description_error);
  emb_form_add_field (self->form, "desired-behaviours", GTK_WIDGET (self->desired_view),
                      self->desired_error);
  emb_form_add_field (self->form, "undesired-behaviours", GTK_WIDGET (self->undesired_view),
                      self->undesired_error);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (on_editor_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->desired_view), "changed",
                            G_CALLBACK (on_editor_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->undesired_view), "changed",
                            G_CALLBACK (on_editor_changed), self);
}

/* Public ---------------------------------------------------------------- */

/**
 * emb_value_editor_set_database:
 * @database: where the values are saved
 */
void
emb_value_editor_set_database (EmbValueEditor *self,
                               EmbDatabase    *database)
{
  g_return_if_fail (EMB_IS_VALUE_EDITOR (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
}

/**
 * emb_value_editor_load:
 * @value: (nullable): the value to edit (id 0 for a new one), or %NULL for
 *   none
 *
 * Shows @value in the fields; what was typed and not saved is dropped.
 */
void
emb_value_editor_load (EmbValueEditor *self,
                       EmbValue       *value)
{
  g_return_if_fail (EMB_IS_VALUE_EDITOR (self));
  g_return_if_fail (value == NULL || EMB_IS_VALUE (value));

  self->dirty = FALSE;
  emb_form_clear (self->form);

  if (value == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      set_value (self, NULL);
      return;
    }

  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->value_name_row), emb_value_get_name (value) ?: "");
  set_text (self->description_view, emb_value_get_description (value));
  set_text (self->desired_view, emb_value_get_desired_behaviours (value));
  set_text (self->undesired_view, emb_value_get_undesired_behaviours (value));
  self->loading--;

  set_value (self, value);
  update_title (self);
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
}

/**
 * emb_value_editor_get_value:
 *
 * Returns: (transfer none) (nullable): the value edited, as last loaded or
 *   saved
 */
EmbValue *
emb_value_editor_get_value (EmbValueEditor *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_EDITOR (self), NULL);

  return self->value;
}

/**
 * emb_value_editor_get_value_id:
 *
 * Returns: the id of the value edited; 0 for none or a new one
 */
gint64
emb_value_editor_get_value_id (EmbValueEditor *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_EDITOR (self), 0);

  return self->value != NULL ? emb_record_get_id (EMB_RECORD (self->value)) : 0;
}

/**
 * emb_value_editor_is_dirty:
 *
 * Returns: whether something was typed since the value was loaded or saved
 */
gboolean
emb_value_editor_is_dirty (EmbValueEditor *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_EDITOR (self), FALSE);

  return self->dirty;
}

/**
 * emb_value_editor_save:
 *
 * Saves what was typed, as when the person leaves the value: an error
 * shows under its field without taking the focus.
 *
 * Returns: the saved value's id, or 0 when it could not be saved
 */
gint64
emb_value_editor_save (EmbValueEditor *self)
{
  g_return_val_if_fail (EMB_IS_VALUE_EDITOR (self), 0);

  return save (self, FALSE);
}

/**
 * emb_value_editor_focus_name:
 *
 * Moves the focus to the name, to type a new value.
 */
void
emb_value_editor_focus_name (EmbValueEditor *self)
{
  g_return_if_fail (EMB_IS_VALUE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->value_name_row));
}
