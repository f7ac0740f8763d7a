/* emb-nomination-dialog.c: nominating a colleague or a department
 *
 * The nominee, the nominator and the customer feedback are chosen by
 * searching the lazy queries of their stores (EmbNominationPicker): an
 * organisation has thousands of employees and far more feedback, so nothing
 * here loads them all. A refusal shows under the field it names (EmbForm).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-drop-down.h"
#include "emb-error.h"
#include "emb-form.h"
#include "emb-nomination-dialog.h"
#include "emb-nomination-picker.h"
#include "emb-recognition-names.h"
#include "emb-recognition-store.h"
#include "emb-records.h"

struct _EmbNominationDialog
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;
  EmbRecognitionNames *names;
  EmbForm             *form;

  GArray              *department_ids;
  GArray              *value_ids;
  GArray              *touchpoint_ids;

  GtkScrolledWindow   *scroll;
  GtkWidget           *content;
  GtkLabel            *general_error;
  AdwComboRow         *kind_row;
  AdwComboRow         *department_row;
  GtkLabel            *department_error;
  EmbNominationPicker *nominee_picker;
  AdwComboRow         *value_row;
  AdwComboRow         *touchpoint_row;
  GtkLabel            *value_error;
  GtkLabel            *story_error;
  GtkTextView         *story_view;
  EmbNominationPicker *feedback_picker;
  EmbNominationPicker *nominator_picker;
  GtkSwitch           *public_switch;
  GtkSwitch           *anonymous_switch;
};

G_DEFINE_FINAL_TYPE (EmbNominationDialog, emb_nomination_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  SUBMITTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Errors by field -------------------------------------------------------- */

/* Brings the error label shown for a field, and what is above it, into
 * view once it has its place (on the next frame). */
static gboolean
scroll_to_error_cb (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  EmbNominationDialog *self = EMB_NOMINATION_DIALOG (widget);
  GtkWidget *label = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroll);
  double x, y;

  if (!gtk_widget_get_mapped (label))
    return G_SOURCE_REMOVE;
  /* Not placed yet: wait for the next frame. */
  if (gtk_widget_get_height (label) == 0)
    return G_SOURCE_CONTINUE;

  if (gtk_widget_translate_coordinates (label, self->content, 0, 0, &x, &y))
    gtk_adjustment_clamp_page (adjustment, MAX (y - 96, 0), y + gtk_widget_get_height (label) + 12);
  return G_SOURCE_REMOVE;
}

static void
scroll_to (EmbNominationDialog *self,
           GtkWidget           *label)
{
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_error_cb,
                                g_object_ref (label), g_object_unref);
}

/* Shows a refusal under the field it names, and brings it into view. */
static void
show_error (EmbNominationDialog *self,
            const GError        *error)
{
  GtkWidget *labels[] = {
    GTK_WIDGET (emb_nomination_picker_get_error_label (self->nominee_picker)),
    GTK_WIDGET (self->department_error),
    GTK_WIDGET (self->value_error),
    GTK_WIDGET (self->story_error),
    GTK_WIDGET (emb_nomination_picker_get_error_label (self->feedback_picker)),
    GTK_WIDGET (emb_nomination_picker_get_error_label (self->nominator_picker)),
  };

  emb_form_show_error (self->form, error);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (labels[i]))
      {
        scroll_to (self, labels[i]);
        break;
      }
}

/* A new choice answers the error shown for the old one. */
static void
on_nominee_chosen (EmbNominationDialog *self)
{
  emb_form_clear_field (self->form, "nominee");
  emb_form_clear_field (self->form, "nominee-employee");
}

static void
on_feedback_chosen (EmbNominationDialog *self)
{
  emb_form_clear_field (self->form, "feedback");
}

static void
on_nominator_chosen (EmbNominationDialog *self)
{
  emb_form_clear_field (self->form, "nominator");
}

/* Small tables ----------------------------------------------------------- */

/* Fills @row with the names of @records, after @first if there is one. */
static void
fill_row (AdwComboRow       *row,
          GArray            *ids,
          GListModel        *records,
          const char        *first,
          EmbRecordNameFunc  name)
{
  g_autoptr(GtkStringList) strings = emb_drop_down_strings_new (ids, first, records, name);

  adw_combo_row_set_model (row, G_LIST_MODEL (strings));
}

static void
fill_rows (EmbNominationDialog *self)
{
  emb_recognition_names_reload (self->names);
  fill_row (self->department_row, self->department_ids,
            emb_recognition_names_get_departments (self->names), NULL,
            (EmbRecordNameFunc)emb_department_get_name);
  /* The value is required: nothing is chosen until a person chooses. */
  fill_row (self->value_row, self->value_ids, emb_recognition_names_get_values (self->names),
            _("Choose a value"), (EmbRecordNameFunc)emb_value_get_name);
  fill_row (self->touchpoint_row, self->touchpoint_ids,
            emb_recognition_names_get_touchpoints (self->names), _("None"),
            (EmbRecordNameFunc)emb_touchpoint_get_name);
}

static gint64
row_id (AdwComboRow *row,
        GArray      *ids)
{
  return emb_drop_down_id_at (ids, adw_combo_row_get_selected (row));
}

static gboolean
nominates_department (EmbNominationDialog *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 1;
}

static void
update_kind (EmbNominationDialog *self)
{
  gboolean department = nominates_department (self);

  gtk_widget_set_visible (GTK_WIDGET (self->department_row), department);
  gtk_widget_set_visible (GTK_WIDGET (self->nominee_picker), !department);
}

static void
update_anonymous (EmbNominationDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->nominator_picker), !gtk_switch_get_active (self->anonymous_switch));
}

/* Submitting ------------------------------------------------------------- */

/* A cap from the preferences; 0 (no cap) when the compiled schema does not
 * have the key yet. */
static int
read_cap (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GVariant) value = NULL;

  if (source == NULL)
    return 0;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return 0;

  settings = g_settings_new (APPLICATION_ID);
  value = g_settings_get_value (settings, key);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    return (int)MIN (g_variant_get_uint32 (value), G_MAXINT);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    return MAX (g_variant_get_int32 (value), 0);
  return 0;
}

/**
 * emb_nomination_dialog_submit:
 *
 * Submits the nomination as filled in, within the caps set in the
 * preferences. A refusal is shown next to the field it names and the dialog
 * stays open with everything as it was; on success the dialog emits
 * #EmbNominationDialog::submitted and closes.
 *
 * Returns: %TRUE when the nomination was stored
 */
gboolean
emb_nomination_dialog_submit (EmbNominationDialog *self)
{
  g_autoptr(EmbNomination) nomination = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *story = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gboolean anonymous;

  g_return_val_if_fail (EMB_IS_NOMINATION_DIALOG (self), FALSE);

  emb_form_clear (self->form);

  buffer = gtk_text_view_get_buffer (self->story_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  story = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  anonymous = gtk_switch_get_active (self->anonymous_switch);

  nomination = emb_nomination_new ();
  if (nominates_department (self))
    emb_nomination_set_nominee_department_id (nomination, row_id (self->department_row,
                                                                  self->department_ids));
  else
    emb_nomination_set_nominee_employee_id (nomination, emb_nomination_picker_get_chosen_id (self->nominee_picker));
  emb_nomination_set_value_id (nomination, row_id (self->value_row, self->value_ids));
  emb_nomination_set_touchpoint_id (nomination, row_id (self->touchpoint_row, self->touchpoint_ids));
  emb_nomination_set_feedback_id (nomination, emb_nomination_picker_get_chosen_id (self->feedback_picker));
  emb_nomination_set_story (nomination, story);
  emb_nomination_set_is_public (nomination, gtk_switch_get_active (self->public_switch));
  emb_nomination_set_nominator_id (nomination, anonymous ? 0 : emb_nomination_picker_get_chosen_id (self->nominator_picker));

  if (!anonymous && emb_nomination_picker_get_chosen_id (self->nominator_picker) == 0)
    {
      emb_set_validation_error (&error, EMB_VALIDATION_ERROR_REQUIRED, "nominator",
                                _("Choose who nominates, or switch on Anonymous."));
      show_error (self, error);
      return FALSE;
    }

  if (!emb_recognition_store_submit_with_caps (self->database, nomination,
                                               read_cap ("max-nominations-per-nominator"),
                                               read_cap ("max-nominations-per-nominee"),
                                               &error))
    {
      show_error (self, error);
      return FALSE;
    }

  g_signal_emit (self, signals[SUBMITTED], 0, emb_record_get_id (EMB_RECORD (nomination)));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  emb_nomination_dialog_submit (EMB_NOMINATION_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Public ----------------------------------------------------------------- */

EmbNominationDialog *
emb_nomination_dialog_new (EmbDatabase *database)
{
  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  return g_object_new (EMB_TYPE_NOMINATION_DIALOG, "database", database, NULL);
}

/**
 * emb_nomination_dialog_prefill:
 * @touchpoint_id: where it happened, or 0
 * @feedback: (nullable): the customer feedback the story rests on
 * @nominees: (nullable): the colleagues to propose as nominees (a
 *   #GListModel of #EmbEmployee), such as those responsible at the touchpoint
 *
 * Fills in what a praise already says, so that it becomes a nomination in
 * one step; everything stays editable.
 */
void
emb_nomination_dialog_prefill (EmbNominationDialog *self,
                               gint64               touchpoint_id,
                               EmbFeedback         *feedback,
                               GListModel          *nominees)
{
  g_return_if_fail (EMB_IS_NOMINATION_DIALOG (self));
  g_return_if_fail (feedback == NULL || EMB_IS_FEEDBACK (feedback));

  adw_combo_row_set_selected (self->touchpoint_row,
                              emb_drop_down_position_of_id (self->touchpoint_ids, touchpoint_id));
  if (feedback != NULL)
    emb_nomination_picker_choose (self->feedback_picker, emb_record_get_id (EMB_RECORD (feedback)),
                                  emb_feedback_get_text (feedback));
  emb_nomination_picker_set_proposed (self->nominee_picker, nominees,
                                      nominees != NULL
                                      ? _("Proposed: the people responsible where the customer was "
                                          "served, owners first")
                                      : NULL);
}

/**
 * emb_nomination_dialog_get_field:
 * @field: "kind", "nominee-search", "nominee-employee", "nominee-department",
 *   "value", "touchpoint", "story", "feedback-search", "feedback", "public",
 *   "anonymous", "nominator-search" or "nominator"
 *
 * The lists ("nominee-employee", "feedback", "nominator") are #GtkListView
 * whose model is a #GtkSingleSelection: selecting an item chooses it.
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
emb_nomination_dialog_get_field (EmbNominationDialog *self,
                                 const char          *field)
{
  static const struct { const char *name; gsize offset; } widgets[] = {
    { "kind", G_STRUCT_OFFSET (EmbNominationDialog, kind_row) },
    { "nominee-department", G_STRUCT_OFFSET (EmbNominationDialog, department_row) },
    { "value", G_STRUCT_OFFSET (EmbNominationDialog, value_row) },
    { "touchpoint", G_STRUCT_OFFSET (EmbNominationDialog, touchpoint_row) },
    { "story", G_STRUCT_OFFSET (EmbNominationDialog, story_view) },
    { "public", G_STRUCT_OFFSET (EmbNominationDialog, public_switch) },
    { "anonymous", G_STRUCT_OFFSET (EmbNominationDialog, anonymous_switch) },
  };
  static const struct { const char *prefix; gsize offset; } pickers[] = {
    { "nominee", G_STRUCT_OFFSET (EmbNominationDialog, nominee_picker) },
    { "feedback", G_STRUCT_OFFSET (EmbNominationDialog, feedback_picker) },
    { "nominator", G_STRUCT_OFFSET (EmbNominationDialog, nominator_picker) },
  };

  g_return_val_if_fail (EMB_IS_NOMINATION_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (g_str_equal (widgets[i].name, field))
      return G_STRUCT_MEMBER (GtkWidget *, self, widgets[i].offset);

  /* "nominee-search" and "nominee-employee", "feedback-search" and
   * "feedback", "nominator-search" and "nominator". */
  for (guint i = 0; i < G_N_ELEMENTS (pickers); i++)
    {
      EmbNominationPicker *picker = G_STRUCT_MEMBER (EmbNominationPicker *, self, pickers[i].offset);
      g_autofree char *search = g_strconcat (pickers[i].prefix, "-search", NULL);
      const char *list = i == 0 ? "nominee-employee" : pickers[i].prefix;

      if (g_str_equal (field, search))
        return emb_nomination_picker_get_entry (picker);
      if (g_str_equal (field, list))
        return GTK_WIDGET (emb_nomination_picker_get_list_view (picker));
    }
  return NULL;
}

/**
 * emb_nomination_dialog_get_error:
 * @field: a field named by a validation error, such as "story"
 *
 * Returns: (nullable): the error shown next to @field, or %NULL
 */
const char *
emb_nomination_dialog_get_error (EmbNominationDialog *self,
                                 const char          *field)
{
  g_return_val_if_fail (EMB_IS_NOMINATION_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  return emb_form_get_error (self->form, field);
}

/* Object ----------------------------------------------------------------- */

static void
emb_nomination_dialog_constructed (GObject *object)
{
  EmbNominationDialog *self = (EmbNominationDialog *)object;

  G_OBJECT_CLASS (emb_nomination_dialog_parent_class)->constructed (object);

  self->names = emb_recognition_names_new (self->database);
  fill_rows (self);
  emb_nomination_picker_set_up (self->nominee_picker, self->database, self->names);
  emb_nomination_picker_set_up (self->feedback_picker, self->database, self->names);
  emb_nomination_picker_set_up (self->nominator_picker, self->database, self->names);
}

static void
emb_nomination_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  EmbNominationDialog *self = EMB_NOMINATION_DIALOG (object);

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
emb_nomination_dialog_dispose (GObject *object)
{
  EmbNominationDialog *self = (EmbNominationDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_NOMINATION_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->names);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->value_ids, g_array_unref);
  g_clear_pointer (&self->touchpoint_ids, g_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_nomination_dialog_parent_class)->dispose (object);
}

static void
emb_nomination_dialog_class_init (EmbNominationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_nomination_dialog_constructed;
  object_class->set_property = emb_nomination_dialog_set_property;
  object_class->dispose = emb_nomination_dialog_dispose;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EmbNominationDialog::submitted:
   * @id: the new nomination
   *
   * Emitted when the nomination was stored, just before the dialog closes.
   */
  signals[SUBMITTED] =
    g_signal_new ("submitted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-nomination-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, content);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, touchpoint_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, story_error);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, story_view);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, nominee_picker);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, department_error);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, value_error);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, feedback_picker);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, nominator_picker);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, public_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, anonymous_switch);

  gtk_widget_class_install_action (widget_class, "nomination.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "nomination.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "nomination.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "nomination.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "nomination.cancel", NULL);
}

static GtkLabel *
picker_error (EmbNominationPicker *picker)
{
  return emb_nomination_picker_get_error_label (picker);
}

static void
emb_nomination_dialog_init (EmbNominationDialog *self)
{
  GtkWidget *nominee = NULL;

  g_type_ensure (EMB_TYPE_NOMINATION_PICKER);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* The fields the store names in its refusals, and where each shows. */
  self->form = emb_form_new ();
  nominee = emb_nomination_picker_get_entry (self->nominee_picker);
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "nominee", nominee, picker_error (self->nominee_picker));
  emb_form_add_field (self->form, "nominee-employee", nominee, picker_error (self->nominee_picker));
  emb_form_add_field (self->form, "nominee-department", GTK_WIDGET (self->department_row),
                      self->department_error);
  emb_form_add_field (self->form, "value", GTK_WIDGET (self->value_row), self->value_error);
  emb_form_add_field (self->form, "touchpoint", GTK_WIDGET (self->touchpoint_row), self->value_error);
  emb_form_add_field (self->form, "story", GTK_WIDGET (self->story_view), self->story_error);
  emb_form_add_field (self->form, "feedback", emb_nomination_picker_get_entry (self->feedback_picker),
                      picker_error (self->feedback_picker));
  emb_form_add_field (self->form, "nominator", emb_nomination_picker_get_entry (self->nominator_picker),
                      picker_error (self->nominator_picker));

  g_signal_connect_object (self->nominee_picker, "notify::chosen-id",
                           G_CALLBACK (on_nominee_chosen), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feedback_picker, "notify::chosen-id",
                           G_CALLBACK (on_feedback_chosen), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->nominator_picker, "notify::chosen-id",
                           G_CALLBACK (on_nominator_chosen), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (update_kind), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->anonymous_switch, "notify::active",
                           G_CALLBACK (update_anonymous), self, G_CONNECT_SWAPPED);

  update_kind (self);
  update_anonymous (self);
}
