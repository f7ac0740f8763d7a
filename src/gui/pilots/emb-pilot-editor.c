/* emb-pilot-editor.c: a dialog to create or change an autonomy pilot
 *
 * The pilot's name, its principle and its guardrails: the spending ceiling
 * per decision (typed as a decimal amount, kept in minor units), the kinds
 * of decision allowed and when to escalate. A validation error of the store
 * is shown under the field it names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-error.h"
#include "emb-form.h"
#include "emb-pilot-editor.h"
#include "emb-pilot-store.h"

struct _EmbPilotEditor
{
  AdwWindow    parent_instance;

  EmbDatabase *database;
  EmbPilot    *pilot;
  EmbForm     *form;

  GtkButton   *save_button;
  GtkLabel    *general_error;
  AdwEntryRow *name_row;
  GtkLabel    *name_error;
  AdwEntryRow *principle_row;
  GtkLabel    *principle_error;
  AdwEntryRow *ceiling_row;
  GtkLabel    *ceiling_error;
  AdwEntryRow *currency_row;
  GtkLabel    *currency_error;
  GtkTextView *allowed_view;
  GtkLabel    *allowed_error;
  GtkTextView *escalation_view;
  GtkLabel    *escalation_error;
};

G_DEFINE_FINAL_TYPE (EmbPilotEditor, emb_pilot_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPilotEditor *self = EMB_PILOT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = emb_form_get_text (self->form, "name");
  g_autofree char *principle = emb_form_get_text (self->form, "principle");
  g_autofree char *ceiling = emb_form_get_text (self->form, "spending-ceiling");
  g_autofree char *currency = emb_form_get_text (self->form, "currency");
  g_autofree char *allowed = emb_form_get_text (self->form, "allowed-decisions");
  g_autofree char *escalation = emb_form_get_text (self->form, "escalation-rule");
  g_autofree char *upper = g_ascii_strup (currency, -1);
  gint64 minor;

  emb_form_clear (self->form);

  if (!emb_pilot_parse_amount (ceiling, &minor))
    {
      g_autofree char *example = emb_pilot_format_decimal (25000);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” is not an amount; type it like %s."), ceiling, example);
      emb_form_set_error (self->form, "spending-ceiling", message);
      return;
    }

  emb_pilot_set_name (self->pilot, name);
  emb_pilot_set_principle (self->pilot, principle);
  emb_pilot_set_spending_ceiling (self->pilot, minor);
  emb_pilot_set_currency (self->pilot, upper);
  emb_pilot_set_allowed_decisions (self->pilot, allowed);
  emb_pilot_set_escalation_rule (self->pilot, escalation);

  if (!emb_pilot_store_save_pilot (self->database, self->pilot, &error))
    {
      emb_form_show_error (self->form, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, emb_record_get_id (EMB_RECORD (self->pilot)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_entry_activated (GtkWidget *row)
{
  gtk_widget_activate_action (row, "editor.save", NULL);
}

/* Loads @self->pilot into the fields. */
static void
load (EmbPilotEditor *self)
{
  gboolean is_new = !emb_record_is_saved (EMB_RECORD (self->pilot));
  g_autofree char *ceiling = emb_pilot_format_decimal (emb_pilot_get_spending_ceiling (self->pilot));

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Pilot") : _("Edit Pilot"));
  gtk_button_set_label (self->save_button, is_new ? _("C_reate") : _("_Save"));

  emb_form_set_text (self->form, "name", emb_pilot_get_name (self->pilot));
  emb_form_set_text (self->form, "principle", emb_pilot_get_principle (self->pilot));
  emb_form_set_text (self->form, "spending-ceiling", ceiling);
  emb_form_set_text (self->form, "currency", emb_pilot_get_currency (self->pilot));
  emb_form_set_text (self->form, "allowed-decisions", emb_pilot_get_allowed_decisions (self->pilot));
  emb_form_set_text (self->form, "escalation-rule", emb_pilot_get_escalation_rule (self->pilot));
  emb_form_clear (self->form);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * emb_pilot_editor_new:
 * @pilot: (nullable): the pilot to change, or %NULL for a new one
 *
 * The dialog emits #EmbPilotEditor::saved with the pilot's id and closes
 * once the store accepted the pilot.
 */
EmbPilotEditor *
emb_pilot_editor_new (EmbDatabase *database,
                      EmbPilot    *pilot)
{
  EmbPilotEditor *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (pilot == NULL || EMB_IS_PILOT (pilot), NULL);

  self = g_object_new (EMB_TYPE_PILOT_EDITOR, NULL);
  self->database = g_object_ref (database);
  if (pilot != NULL && emb_record_is_saved (EMB_RECORD (pilot)))
    self->pilot = emb_pilot_store_get_pilot (database, emb_record_get_id (EMB_RECORD (pilot)), NULL);
  if (self->pilot == NULL)
    self->pilot = emb_pilot_new ();
  load (self);
  return self;
}

/**
 * emb_pilot_editor_get_field:
 * @field: a field the store names, such as "spending-ceiling"
 *
 * Returns: (transfer none) (nullable): the entry row or text view of @field
 */
GtkWidget *
emb_pilot_editor_get_field (EmbPilotEditor *self,
                            const char     *field)
{
  g_return_val_if_fail (EMB_IS_PILOT_EDITOR (self), NULL);

  return emb_form_get_field (self->form, field);
}

/**
 * emb_pilot_editor_set_text:
 *
 * Types @text into the entry or text view of @field.
 */
void
emb_pilot_editor_set_text (EmbPilotEditor *self,
                           const char     *field,
                           const char     *text)
{
  g_return_if_fail (EMB_IS_PILOT_EDITOR (self));

  emb_form_set_text (self->form, field, text);
}

/**
 * emb_pilot_editor_get_error:
 *
 * Returns: (nullable): the validation error shown under @field
 */
const char *
emb_pilot_editor_get_error (EmbPilotEditor *self,
                            const char     *field)
{
  g_return_val_if_fail (EMB_IS_PILOT_EDITOR (self), NULL);

  return emb_form_get_error (self->form, field);
}

static void
emb_pilot_editor_dispose (GObject *object)
{
  EmbPilotEditor *self = (EmbPilotEditor *)object;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PILOT_EDITOR);

  G_OBJECT_CLASS (emb_pilot_editor_parent_class)->dispose (object);
}

static void
emb_pilot_editor_finalize (GObject *object)
{
  EmbPilotEditor *self = (EmbPilotEditor *)object;

  g_clear_object (&self->pilot);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_pilot_editor_parent_class)->finalize (object);
}

static void
emb_pilot_editor_class_init (EmbPilotEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_pilot_editor_dispose;
  object_class->finalize = emb_pilot_editor_finalize;

  /**
   * EmbPilotEditor::saved:
   * @id: the id of the pilot saved
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-pilot-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, principle_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, principle_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, ceiling_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, ceiling_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, currency_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, allowed_view);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, allowed_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, escalation_view);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotEditor, escalation_error);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
emb_pilot_editor_init (EmbPilotEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "name", GTK_WIDGET (self->name_row), self->name_error);
  emb_form_add_field (self->form, "principle", GTK_WIDGET (self->principle_row), self->principle_error);
  emb_form_add_field (self->form, "spending-ceiling", GTK_WIDGET (self->ceiling_row), self->ceiling_error);
  emb_form_add_field (self->form, "currency", GTK_WIDGET (self->currency_row), self->currency_error);
  emb_form_add_field (self->form, "allowed-decisions", GTK_WIDGET (self->allowed_view), self->allowed_error);
  emb_form_add_field (self->form, "escalation-rule", GTK_WIDGET (self->escalation_view), self->escalation_error);

  emb_a11y_label_entry_row (self->name_row);
  emb_a11y_label_entry_row (self->principle_row);
  emb_a11y_label_entry_row (self->ceiling_row);
  emb_a11y_label_entry_row (self->currency_row);
}
