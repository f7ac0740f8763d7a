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
#include <string.h>

#include "emb-error.h"
#include "emb-pilot-editor.h"
#include "emb-pilot-store.h"

struct _EmbPilotEditor
{
  AdwWindow    parent_instance;

  EmbDatabase *database;
  EmbPilot    *pilot;

  GHashTable  *fields;        /* field name → entry row or text view */
  GHashTable  *errors;        /* field name → error label */
  GtkLabel    *general_error;
};

G_DEFINE_FINAL_TYPE (EmbPilotEditor, emb_pilot_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Fields ----------------------------------------------------------------- */

static char *
field_text (GtkWidget *field)
{
  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

static void
clear_errors (EmbPilotEditor *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->errors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gtk_label_set_text (GTK_LABEL (value), "");
      gtk_widget_set_visible (GTK_WIDGET (value), FALSE);
      gtk_widget_remove_css_class (g_hash_table_lookup (self->fields, key), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
show_field_error (EmbPilotEditor *self,
                  const char     *field,
                  const char     *message)
{
  GtkWidget *label = field != NULL ? g_hash_table_lookup (self->errors, field) : NULL;
  GtkWidget *widget;

  if (label == NULL)
    {
      gtk_label_set_text (self->general_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }

  widget = g_hash_table_lookup (self->fields, field);
  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_widget_set_visible (label, TRUE);
  gtk_widget_add_css_class (widget, "error");
  gtk_widget_grab_focus (widget);
}

static void
show_error (EmbPilotEditor *self,
            const GError   *error)
{
  const char *field = NULL;

  if (error->domain == EMB_VALIDATION_ERROR)
    field = emb_validation_error_get_field (error);
  show_field_error (self, field, error->message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPilotEditor *self = EMB_PILOT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = field_text (g_hash_table_lookup (self->fields, "name"));
  g_autofree char *principle = field_text (g_hash_table_lookup (self->fields, "principle"));
  g_autofree char *ceiling = field_text (g_hash_table_lookup (self->fields, "spending-ceiling"));
  g_autofree char *currency = field_text (g_hash_table_lookup (self->fields, "currency"));
  g_autofree char *allowed = field_text (g_hash_table_lookup (self->fields, "allowed-decisions"));
  g_autofree char *escalation = field_text (g_hash_table_lookup (self->fields, "escalation-rule"));
  g_autofree char *upper = g_ascii_strup (currency, -1);
  gint64 minor;

  clear_errors (self);

  if (!emb_pilot_parse_amount (ceiling, &minor))
    {
      g_autofree char *example = emb_pilot_format_decimal (25000);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” is not an amount; type it like %s."), ceiling, example);
      show_field_error (self, "spending-ceiling", message);
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
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, emb_record_get_id (EMB_RECORD (self->pilot)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
on_entry_activated (GtkWidget *row)
{
  gtk_widget_activate_action (row, "editor.save", NULL);
}

/* Typing in a field takes its error away. */
static void
on_field_changed (GtkWidget *field)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (field), "emb-error-label");

  if (label != NULL)
    gtk_widget_set_visible (label, FALSE);
  gtk_widget_remove_css_class (field, "error");
}

static void
watch_field (GtkWidget *field,
             GtkWidget *label)
{
  g_object_set_data (G_OBJECT (field), "emb-error-label", label);
  if (GTK_IS_TEXT_VIEW (field))
    g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), "changed",
                             G_CALLBACK (on_field_changed), field, G_CONNECT_SWAPPED);
  else if (GTK_IS_EDITABLE (field))
    g_signal_connect (field, "changed", G_CALLBACK (on_field_changed), NULL);
}

static GtkWidget *
error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_visible (label, FALSE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* An entry row in its own group, its error label below the group. */
static GtkWidget *
add_entry (EmbPilotEditor *self,
           GtkBox         *box,
           const char     *field,
           const char     *title,
           const char     *text)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *label = error_label ();
  GtkEditable *delegate;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (delegate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated), NULL);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (box, group);
  gtk_box_append (box, label);
  g_hash_table_insert (self->fields, (char *)field, row);
  g_hash_table_insert (self->errors, (char *)field, label);
  watch_field (row, label);
  return row;
}

/* A titled text view for a few lines, its error label below it. */
static GtkWidget *
add_text (EmbPilotEditor *self,
          GtkBox         *box,
          const char     *field,
          const char     *title,
          const char     *hint,
          const char     *text)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *description = gtk_label_new (hint);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *label = error_label ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_widget_add_css_class (view, "card");
  gtk_widget_add_css_class (view, "emb-text-card");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                  -1);

  gtk_box_append (box, heading);
  gtk_box_append (box, description);
  gtk_box_append (box, view);
  gtk_box_append (box, label);
  g_hash_table_insert (self->fields, (char *)field, view);
  g_hash_table_insert (self->errors, (char *)field, label);
  watch_field (view, label);
  return view;
}

static void
build (EmbPilotEditor *self)
{
  gboolean is_new = !emb_record_is_saved (EMB_RECORD (self->pilot));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (is_new ? _("C_reate") : _("_Save"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *guardrails = gtk_label_new (_("Guardrails"));
  GtkWidget *ceiling_hint;
  GtkWidget *row;
  g_autofree char *ceiling = emb_pilot_format_decimal (emb_pilot_get_spending_ceiling (self->pilot));

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Pilot") : _("Edit Pilot"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "editor.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (content), header);

  self->general_error = GTK_LABEL (error_label ());
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->general_error), 6);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->general_error));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 600);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (content), scrolled);

  row = add_entry (self, GTK_BOX (box), "name", _("Name"), emb_pilot_get_name (self->pilot));
  add_entry (self, GTK_BOX (box), "principle", _("Principle"), emb_pilot_get_principle (self->pilot));

  gtk_label_set_xalign (GTK_LABEL (guardrails), 0);
  gtk_widget_set_margin_top (guardrails, 18);
  gtk_widget_add_css_class (guardrails, "title-4");
  gtk_box_append (GTK_BOX (box), guardrails);

  add_entry (self, GTK_BOX (box), "spending-ceiling", _("Spending ceiling per decision"), ceiling);
  adw_entry_row_set_input_purpose (g_hash_table_lookup (self->fields, "spending-ceiling"),
                                   GTK_INPUT_PURPOSE_NUMBER);
  ceiling_hint = gtk_label_new (_("The most one decision may cost without asking, such as "
                                  "250.00; 0 for no ceiling."));
  gtk_label_set_xalign (GTK_LABEL (ceiling_hint), 0);
  gtk_label_set_wrap (GTK_LABEL (ceiling_hint), TRUE);
  gtk_widget_set_margin_start (ceiling_hint, 12);
  gtk_widget_set_margin_end (ceiling_hint, 12);
  gtk_widget_add_css_class (ceiling_hint, "dim-label");
  gtk_widget_add_css_class (ceiling_hint, "caption");
  gtk_widget_set_margin_bottom (ceiling_hint, 6);
  gtk_box_append (GTK_BOX (box), ceiling_hint);
  add_entry (self, GTK_BOX (box), "currency", _("Currency (ISO 4217 code, such as EUR)"),
             emb_pilot_get_currency (self->pilot));

  add_text (self, GTK_BOX (box), "allowed-decisions", _("Allowed kinds of decision"),
            _("One kind per line, such as “Refund a fee charged in error”."),
            emb_pilot_get_allowed_decisions (self->pilot));
  add_text (self, GTK_BOX (box), "escalation-rule", _("When to escalate"),
            _("When someone should ask before deciding."),
            emb_pilot_get_escalation_rule (self->pilot));

  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_widget_grab_focus (row);
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
  build (self);
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

  return g_hash_table_lookup (self->fields, field);
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
  GtkWidget *widget;

  g_return_if_fail (EMB_IS_PILOT_EDITOR (self));

  widget = g_hash_table_lookup (self->fields, field);
  g_return_if_fail (widget != NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
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
  GtkWidget *label;

  g_return_val_if_fail (EMB_IS_PILOT_EDITOR (self), NULL);

  label = g_hash_table_lookup (self->errors, field);
  if (label == NULL || !gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

/* What the handlers of the children use is freed at finalize: they may
 * still run while the children are disposed. */
static void
emb_pilot_editor_finalize (GObject *object)
{
  EmbPilotEditor *self = (EmbPilotEditor *)object;

  g_clear_object (&self->pilot);
  g_clear_object (&self->database);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->errors, g_hash_table_unref);

  G_OBJECT_CLASS (emb_pilot_editor_parent_class)->finalize (object);
}

static void
emb_pilot_editor_class_init (EmbPilotEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

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

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
emb_pilot_editor_init (EmbPilotEditor *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->errors = g_hash_table_new (g_str_hash, g_str_equal);
}
