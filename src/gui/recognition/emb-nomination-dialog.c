/* emb-nomination-dialog.c: nominating a colleague or a department
 *
 * The nominee, the nominator and the customer feedback are chosen by
 * searching the lazy queries of their stores: an organisation has thousands
 * of employees and far more feedback, so nothing here loads them all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-nomination-dialog.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-store.h"
#include "emb-records.h"

typedef enum
{
  PICK_EMPLOYEE,
  PICK_FEEDBACK,
} PickKind;

/* A search entry over a lazy query and the list of its matches. */
typedef struct
{
  EmbNominationDialog *dialog;
  PickKind             kind;
  GtkWidget           *box;
  GtkSearchEntry      *entry;
  GtkWidget           *error;
  GtkWidget           *scroll;
  GtkListView         *list_view;
  GtkSingleSelection  *selection;
  GtkWidget           *chosen_box;
  GtkLabel            *chosen_label;
  gint64               chosen_id;
} Picker;

struct _EmbNominationDialog
{
  AdwWindow            parent_instance;

  EmbDatabase         *database;

  GHashTable          *department_by_id;  /* id → EmbDepartment */
  GArray              *department_ids;
  GArray              *value_ids;
  GArray              *touchpoint_ids;

  Picker               nominee;
  Picker               feedback;
  Picker               nominator;

  GHashTable          *fields;            /* field name → widget */
  GHashTable          *errors;            /* field name → error label */

  GtkScrolledWindow   *scroll;
  GtkWidget           *content;
  GtkLabel            *general_error;
  AdwPreferencesGroup *nominee_group;
  AdwComboRow         *kind_row;
  AdwComboRow         *department_row;
  AdwComboRow         *value_row;
  AdwComboRow         *touchpoint_row;
  AdwPreferencesGroup *story_group;
  GtkWidget           *story_scroll;
  GtkLabel            *story_error;
  GtkTextView         *story_view;
  AdwPreferencesGroup *evidence_group;
  AdwPreferencesGroup *nominator_group;
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

static void
clear_errors (EmbNominationDialog *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->errors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    gtk_widget_set_visible (value, FALSE);
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    gtk_widget_remove_css_class (value, "error");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

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

static void
show_error (EmbNominationDialog *self,
            const GError        *error)
{
  const char *field = NULL;
  GtkWidget *label = NULL;
  GtkWidget *widget;

  if (error->domain == EMB_VALIDATION_ERROR)
    field = emb_validation_error_get_field (error);
  if (field != NULL)
    label = g_hash_table_lookup (self->errors, field);

  if (label == NULL)
    {
      gtk_label_set_text (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }

  gtk_label_set_text (GTK_LABEL (label), error->message);
  gtk_widget_set_visible (label, TRUE);
  widget = g_hash_table_lookup (self->fields, field);
  if (widget != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_grab_focus (widget == self->story_scroll ? GTK_WIDGET (self->story_view) : widget);
      scroll_to (self, label);
    }
}

static GtkWidget *
error_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
add_field (EmbNominationDialog *self,
           const char          *field,
           GtkWidget           *widget,
           GtkWidget           *label)
{
  g_hash_table_insert (self->fields, (char *)field, widget);
  g_hash_table_insert (self->errors, (char *)field, label);
}

/* Pickers ---------------------------------------------------------------- */

static const char *
department_name (EmbNominationDialog *self,
                 gint64               id)
{
  EmbDepartment *department = id > 0 ? g_hash_table_lookup (self->department_by_id, &id) : NULL;

  return department != NULL ? emb_department_get_name (department) : "";
}

static void
setup_pick_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}


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

/* The local day of a UTC timestamp, as the locale writes dates. */
static char *
format_local_day (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  dt = g_date_time_new_from_iso8601 (timestamp, utc);
  if (dt == NULL)
    return g_strndup (timestamp, 10);
  local = g_date_time_to_local (dt);
  return g_date_time_format (local, "%x");
}

static void
bind_pick_row (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Picker                   *picker)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *subtitle = GTK_LABEL (gtk_widget_get_last_child (box));
  gpointer record = gtk_list_item_get_item (item);

  if (EMB_IS_EMPLOYEE (record))
    {
      EmbEmployee *employee = record;

      gtk_label_set_text (title, emb_employee_get_name (employee));
      gtk_label_set_text (subtitle,
                          department_name (picker->dialog, emb_employee_get_department_id (employee)));
    }
  else if (EMB_IS_FEEDBACK (record))
    {
      EmbFeedback *feedback = record;
      g_autofree char *name = feedback_name (feedback);
      g_autofree char *day = format_local_day (emb_feedback_get_received_at (feedback));

      gtk_label_set_text (title, name);
      gtk_label_set_text (subtitle, day);
    }
}

static void
picker_reload (Picker *picker)
{
  EmbNominationDialog *self = picker->dialog;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (picker->entry));
  g_autoptr(GListModel) model = NULL;

  if (self->database == NULL)
    return;

  if (picker->kind == PICK_EMPLOYEE)
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
  gtk_widget_set_visible (picker->scroll, model != NULL);
  gtk_single_selection_set_model (picker->selection, model);
}

static void
picker_choose (Picker     *picker,
               gint64      id,
               const char *name)
{
  /* A new choice answers the error shown for the old one. */
  gtk_widget_set_visible (picker->error, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (picker->entry), "error");
  picker->chosen_id = id;
  gtk_widget_set_visible (picker->chosen_box, id > 0);
  if (id > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: the colleague or feedback chosen in a list */
      text = g_strdup_printf (_("Chosen: %s"), name);
      gtk_label_set_text (picker->chosen_label, text);
    }
}

static void
on_pick_selected (GtkSingleSelection *selection,
                  GParamSpec         *pspec,
                  Picker             *picker)
{
  gpointer record = gtk_single_selection_get_selected_item (selection);

  if (EMB_IS_EMPLOYEE (record))
    picker_choose (picker, emb_record_get_id (record), emb_employee_get_name (record));
  else if (EMB_IS_FEEDBACK (record))
    {
      g_autofree char *name = feedback_name (EMB_FEEDBACK (record));

      picker_choose (picker, emb_record_get_id (record), name);
    }
}

static void
on_pick_clear (GtkButton *button,
               Picker    *picker)
{
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (picker->selection));
  picker_choose (picker, 0, NULL);
}

static void
picker_init (EmbNominationDialog *self,
             Picker              *picker,
             PickKind             kind,
             const char          *placeholder,
             const char          *search_label,
             const char          *list_label)
{
  GtkListItemFactory *factory;
  GtkWidget *scroll;
  GtkWidget *clear;

  picker->dialog = self;
  picker->kind = kind;
  picker->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (picker->box, 12);

  picker->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (picker->entry, "placeholder-text", placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, search_label,
                                  -1);
  g_signal_connect_swapped (picker->entry, "search-changed", G_CALLBACK (picker_reload), picker);
  /* The error goes above the entry: focusing the entry scrolls it into
   * view from below. */
  picker->error = error_label_new ();
  gtk_widget_set_margin_top (picker->error, 0);
  gtk_box_append (GTK_BOX (picker->box), picker->error);
  gtk_box_append (GTK_BOX (picker->box), GTK_WIDGET (picker->entry));

  picker->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (picker->selection, FALSE);
  gtk_single_selection_set_can_unselect (picker->selection, TRUE);
  g_signal_connect (picker->selection, "notify::selected-item",
                    G_CALLBACK (on_pick_selected), picker);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_pick_row), picker);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_pick_row), picker);
  picker->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (picker->selection)),
                                                        factory));
  gtk_widget_add_css_class (GTK_WIDGET (picker->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label,
                                  -1);

  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroll), 150);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroll), 150);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (picker->list_view));
  gtk_widget_add_css_class (scroll, "card");
  gtk_box_append (GTK_BOX (picker->box), scroll);
  picker->scroll = scroll;

  picker->chosen_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  picker->chosen_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (picker->chosen_label, 0);
  gtk_label_set_ellipsize (picker->chosen_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (picker->chosen_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (picker->chosen_label), "heading");
  clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_tooltip_text (clear, _("Clear the choice"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear the choice"),
                                  -1);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_pick_clear), picker);
  gtk_box_append (GTK_BOX (picker->chosen_box), GTK_WIDGET (picker->chosen_label));
  gtk_box_append (GTK_BOX (picker->chosen_box), clear);
  gtk_widget_set_visible (picker->chosen_box, FALSE);
  gtk_box_append (GTK_BOX (picker->box), picker->chosen_box);
}

/* Small tables ----------------------------------------------------------- */

static void
fill_rows (EmbNominationDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GtkStringList) department_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) value_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) touchpoint_names = gtk_string_list_new (NULL);
  gint64 none = 0;

  departments = emb_people_store_list_departments (self->database, &error);
  if (departments == NULL)
    {
      g_warning ("Cannot list the departments: %s", error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; departments != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 *key = g_new (gint64, 1);

      *key = emb_record_get_id (EMB_RECORD (department));
      gtk_string_list_append (department_names, emb_department_get_name (department));
      g_array_append_val (self->department_ids, *key);
      g_hash_table_insert (self->department_by_id, key, g_object_ref (department));
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (department_names));

  /* The value is required: nothing is chosen until a person chooses. */
  gtk_string_list_append (value_names, _("Choose a value"));
  g_array_append_val (self->value_ids, none);
  values = emb_programme_store_list_values (self->database, &error);
  if (values == NULL)
    {
      g_warning ("Cannot list the values: %s", error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; values != NULL && i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);
      gint64 id = emb_record_get_id (EMB_RECORD (value));

      gtk_string_list_append (value_names, emb_value_get_name (value));
      g_array_append_val (self->value_ids, id);
    }
  adw_combo_row_set_model (self->value_row, G_LIST_MODEL (value_names));

  gtk_string_list_append (touchpoint_names, _("None"));
  g_array_append_val (self->touchpoint_ids, none);
  touchpoints = emb_journey_store_list_touchpoints (self->database, &error);
  if (touchpoints == NULL)
    {
      g_warning ("Cannot list the touchpoints: %s", error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; touchpoints != NULL && i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(EmbTouchpoint) touchpoint = g_list_model_get_item (touchpoints, i);
      gint64 id = emb_record_get_id (EMB_RECORD (touchpoint));

      gtk_string_list_append (touchpoint_names, emb_touchpoint_get_name (touchpoint));
      g_array_append_val (self->touchpoint_ids, id);
    }
  adw_combo_row_set_model (self->touchpoint_row, G_LIST_MODEL (touchpoint_names));
}

static gint64
row_id (AdwComboRow *row,
        GArray      *ids)
{
  guint position = adw_combo_row_get_selected (row);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static gboolean
nominates_department (EmbNominationDialog *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 1;
}

static void
on_story_changed (EmbNominationDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->story_error), FALSE);
  gtk_widget_remove_css_class (self->story_scroll, "error");
}

static void
update_kind (EmbNominationDialog *self)
{
  gboolean department = nominates_department (self);

  gtk_widget_set_visible (GTK_WIDGET (self->department_row), department);
  gtk_widget_set_visible (self->nominee.box, !department);
}

static void
update_anonymous (EmbNominationDialog *self)
{
  gtk_widget_set_visible (self->nominator.box, !gtk_switch_get_active (self->anonymous_switch));
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

  clear_errors (self);

  buffer = gtk_text_view_get_buffer (self->story_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  story = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  anonymous = gtk_switch_get_active (self->anonymous_switch);

  nomination = emb_nomination_new ();
  if (nominates_department (self))
    emb_nomination_set_nominee_department_id (nomination, row_id (self->department_row,
                                                                  self->department_ids));
  else
    emb_nomination_set_nominee_employee_id (nomination, self->nominee.chosen_id);
  emb_nomination_set_value_id (nomination, row_id (self->value_row, self->value_ids));
  emb_nomination_set_touchpoint_id (nomination, row_id (self->touchpoint_row, self->touchpoint_ids));
  emb_nomination_set_feedback_id (nomination, self->feedback.chosen_id);
  emb_nomination_set_story (nomination, story);
  emb_nomination_set_is_public (nomination, gtk_switch_get_active (self->public_switch));
  emb_nomination_set_nominator_id (nomination, anonymous ? 0 : self->nominator.chosen_id);

  if (!anonymous && self->nominator.chosen_id == 0)
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
    { "nominee-search", G_STRUCT_OFFSET (EmbNominationDialog, nominee.entry) },
    { "nominee-employee", G_STRUCT_OFFSET (EmbNominationDialog, nominee.list_view) },
    { "nominee-department", G_STRUCT_OFFSET (EmbNominationDialog, department_row) },
    { "value", G_STRUCT_OFFSET (EmbNominationDialog, value_row) },
    { "touchpoint", G_STRUCT_OFFSET (EmbNominationDialog, touchpoint_row) },
    { "story", G_STRUCT_OFFSET (EmbNominationDialog, story_view) },
    { "feedback-search", G_STRUCT_OFFSET (EmbNominationDialog, feedback.entry) },
    { "feedback", G_STRUCT_OFFSET (EmbNominationDialog, feedback.list_view) },
    { "public", G_STRUCT_OFFSET (EmbNominationDialog, public_switch) },
    { "anonymous", G_STRUCT_OFFSET (EmbNominationDialog, anonymous_switch) },
    { "nominator-search", G_STRUCT_OFFSET (EmbNominationDialog, nominator.entry) },
    { "nominator", G_STRUCT_OFFSET (EmbNominationDialog, nominator.list_view) },
  };

  g_return_val_if_fail (EMB_IS_NOMINATION_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (g_str_equal (widgets[i].name, field))
      return G_STRUCT_MEMBER (GtkWidget *, self, widgets[i].offset);
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
  GtkWidget *label;

  g_return_val_if_fail (EMB_IS_NOMINATION_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  label = g_hash_table_lookup (self->errors, field);
  if (label == NULL)
    label = GTK_WIDGET (self->general_error);
  if (!gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

/* Object ----------------------------------------------------------------- */

static void
emb_nomination_dialog_constructed (GObject *object)
{
  EmbNominationDialog *self = (EmbNominationDialog *)object;

  G_OBJECT_CLASS (emb_nomination_dialog_parent_class)->constructed (object);

  fill_rows (self);
  picker_reload (&self->nominee);
  picker_reload (&self->feedback);
  picker_reload (&self->nominator);
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
picker_clear (Picker *picker)
{
  if (picker->selection != NULL)
    g_signal_handlers_disconnect_by_data (picker->selection, picker);
  g_clear_object (&picker->selection);
}

static void
emb_nomination_dialog_dispose (GObject *object)
{
  EmbNominationDialog *self = (EmbNominationDialog *)object;

  picker_clear (&self->nominee);
  picker_clear (&self->feedback);
  picker_clear (&self->nominator);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_NOMINATION_DIALOG);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->errors, g_hash_table_unref);
  g_clear_pointer (&self->department_by_id, g_hash_table_unref);
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
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, nominee_group);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, touchpoint_row);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, story_group);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, story_scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, story_error);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, story_view);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationDialog, nominator_group);
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

static void
emb_nomination_dialog_init (EmbNominationDialog *self)
{
  GtkWidget *label;

  g_type_ensure (EMB_TYPE_EMPLOYEE);
  g_type_ensure (EMB_TYPE_FEEDBACK);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->errors = g_hash_table_new (g_str_hash, g_str_equal);
  self->department_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Nominee: a colleague chosen by searching, or a department. */
  picker_init (self, &self->nominee, PICK_EMPLOYEE,
               _("Search colleagues by name, number or e-mail"),
               _("Search colleagues to nominate"), _("Colleagues"));
  adw_preferences_group_add (self->nominee_group, self->nominee.box);
  add_field (self, "nominee", GTK_WIDGET (self->nominee.entry), self->nominee.error);
  add_field (self, "nominee-employee", GTK_WIDGET (self->nominee.entry), self->nominee.error);
  label = error_label_new ();
  adw_preferences_group_add (self->nominee_group, label);
  add_field (self, "nominee-department", GTK_WIDGET (self->department_row), label);
  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (update_kind), self, G_CONNECT_SWAPPED);

  /* Value and touchpoint: their groups hold only rows, so the errors go
   * below the value's group. */
  label = error_label_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (self->value_row),
                                                                             ADW_TYPE_PREFERENCES_GROUP)),
                             label);
  add_field (self, "value", GTK_WIDGET (self->value_row), label);
  add_field (self, "touchpoint", GTK_WIDGET (self->touchpoint_row), label);

  add_field (self, "story", self->story_scroll, GTK_WIDGET (self->story_error));
  g_signal_connect_object (gtk_text_view_get_buffer (self->story_view), "changed",
                           G_CALLBACK (on_story_changed), self, G_CONNECT_SWAPPED);

  picker_init (self, &self->feedback, PICK_FEEDBACK,
               _("Search customer feedback by its words"),
               _("Search customer feedback"), _("Customer feedback"));
  gtk_widget_set_margin_top (self->feedback.box, 0);
  adw_preferences_group_add (self->evidence_group, self->feedback.box);
  add_field (self, "feedback", GTK_WIDGET (self->feedback.entry), self->feedback.error);

  picker_init (self, &self->nominator, PICK_EMPLOYEE,
               _("Search the nominator by name, number or e-mail"),
               _("Search the nominator"), _("Nominators"));
  adw_preferences_group_add (self->nominator_group, self->nominator.box);
  add_field (self, "nominator", GTK_WIDGET (self->nominator.entry), self->nominator.error);
  g_signal_connect_object (self->anonymous_switch, "notify::active",
                           G_CALLBACK (update_anonymous), self, G_CONNECT_SWAPPED);

  update_kind (self);
  update_anonymous (self);
}
