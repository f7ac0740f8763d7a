/* emb-decision-dialog.c: a dialog to log a decision taken under a pilot
 *
 * Who decided (found by searching the employees: the list is the lazy
 * people query, never loaded whole), when, the kind of decision among those
 * the pilot allows, the situation, the decision, what it cost and what it
 * meant for the customer. A cost above the pilot's ceiling is flagged as it
 * is typed; it can still be logged, for a no-blame review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-decision-dialog.h"
#include "emb-error.h"
#include "emb-people-store.h"
#include "emb-pilot-editor.h"
#include "emb-pilot-store.h"

struct _EmbDecisionDialog
{
  AdwWindow           parent_instance;

  EmbDatabase        *database;
  EmbPilot           *pilot;
  GStrv               kinds;          /* the pilot's allowed kinds; index 0 is “not listed” */

  GHashTable         *fields;         /* field name → widget */
  GHashTable         *errors;         /* field name → error label */
  GtkSingleSelection *employees;
  GtkSearchEntry     *search_entry;
  GtkLabel           *chosen_label;
  GtkLabel           *ceiling_label;
  GtkLabel           *general_error;
};

G_DEFINE_FINAL_TYPE (EmbDecisionDialog, emb_decision_dialog, ADW_TYPE_WINDOW)

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

static void
clear_errors (EmbDecisionDialog *self)
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
show_field_error (EmbDecisionDialog *self,
                  const char        *field,
                  const char        *message)
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
add_field (EmbDecisionDialog *self,
           GtkBox            *box,
           const char        *field,
           GtkWidget         *widget,
           GtkWidget         *shown)
{
  GtkWidget *label = error_label ();

  gtk_box_append (box, shown != NULL ? shown : widget);
  gtk_box_append (box, label);
  g_hash_table_insert (self->fields, (char *)field, widget);
  g_hash_table_insert (self->errors, (char *)field, label);
  watch_field (widget, label);
}

static void
on_entry_activated (GtkWidget *row)
{
  gtk_widget_activate_action (row, "decision.save", NULL);
}

static GtkWidget *
entry_group (const char *title,
             const char *text,
             GtkWidget **row_out)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_entry_row_new ();
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
  *row_out = row;
  return group;
}

static GtkWidget *
text_box (const char  *title,
          GtkWidget  **view_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_add_css_class (heading, "heading");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), view);
  *view_out = view;
  return box;
}

/* The employee --------------------------------------------------------------- */

static void
update_chosen (EmbDecisionDialog *self)
{
  EmbEmployee *employee = gtk_single_selection_get_selected_item (self->employees);
  g_autofree char *text = NULL;
  GtkWidget *error;

  if (employee == NULL)
    {
      gtk_label_set_text (self->chosen_label, _("Nobody chosen yet"));
      gtk_widget_add_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
      return;
    }

  /* Chosen: the refusal for want of someone no longer applies. */
  error = g_hash_table_lookup (self->errors, "employee");
  if (error != NULL)
    {
      gtk_widget_set_visible (error, FALSE);
      gtk_widget_remove_css_class (g_hash_table_lookup (self->fields, "employee"), "error");
    }

  /* Translators: the employee who took the decision */
  text = g_strdup_printf (_("Decided by %s"), emb_employee_get_name (employee));
  gtk_label_set_text (self->chosen_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
}

static void
on_search_changed (EmbDecisionDialog *self)
{
  g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;

  filter.search = *search != '\0' ? search : NULL;
  filter.active = 1;
  model = emb_people_store_query_employees (self->database, &filter);
  gtk_single_selection_set_model (self->employees, model);
  gtk_single_selection_set_selected (self->employees, GTK_INVALID_LIST_POSITION);
  update_chosen (self);
}

static void
setup_employee (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *number = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_ellipsize (GTK_LABEL (number), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), number);
  gtk_list_item_set_child (item, box);
}

static void
bind_employee (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  EmbEmployee *employee = gtk_list_item_get_item (item);

  if (employee == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      emb_employee_get_name (employee));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)),
                      emb_employee_get_employee_number (employee));
}

/* The cost ------------------------------------------------------------------- */

static gboolean
cost_over_ceiling (EmbDecisionDialog *self,
                   gint64            *cost_out)
{
  g_autofree char *text = field_text (g_hash_table_lookup (self->fields, "cost"));
  gint64 ceiling = emb_pilot_get_spending_ceiling (self->pilot);
  gint64 cost;

  if (!emb_pilot_parse_amount (text, &cost))
    return FALSE;
  if (cost_out != NULL)
    *cost_out = cost;
  return ceiling > 0 && cost > ceiling;
}

static void
update_ceiling (EmbDecisionDialog *self)
{
  gint64 ceiling = emb_pilot_get_spending_ceiling (self->pilot);
  g_autofree char *amount = emb_pilot_format_amount (ceiling, emb_pilot_get_currency (self->pilot));
  g_autofree char *text = NULL;
  gboolean over = cost_over_ceiling (self, NULL);

  if (ceiling <= 0)
    text = g_strdup (_("This pilot sets no spending ceiling."));
  else if (over)
    text = g_strdup_printf (_("Over the ceiling of %s: it is logged for a no-blame review."),
                            amount);
  else
    text = g_strdup_printf (_("The ceiling per decision is %s."), amount);

  gtk_label_set_text (self->ceiling_label, text);
  if (over)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->ceiling_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->ceiling_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->ceiling_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->ceiling_label), "dim-label");
    }
}

/* Saving --------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbDecisionDialog *self = EMB_DECISION_DIALOG (widget);
  g_autoptr(EmbDecision) decision = emb_decision_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *date = field_text (g_hash_table_lookup (self->fields, "decided-on"));
  g_autofree char *situation = field_text (g_hash_table_lookup (self->fields, "situation"));
  g_autofree char *what = field_text (g_hash_table_lookup (self->fields, "decision"));
  g_autofree char *cost_text = field_text (g_hash_table_lookup (self->fields, "cost"));
  g_autofree char *outcome = field_text (g_hash_table_lookup (self->fields, "customer-outcome"));
  guint kind = adw_combo_row_get_selected (g_hash_table_lookup (self->fields, "kind"));
  gint64 cost;

  clear_errors (self);

  if (!emb_pilot_parse_amount (cost_text, &cost))
    {
      g_autofree char *example = emb_pilot_format_decimal (1250);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” is not an amount; type it like %s."), cost_text, example);
      show_field_error (self, "cost", message);
      return;
    }

  emb_decision_set_pilot_id (decision, emb_record_get_id (EMB_RECORD (self->pilot)));
  emb_decision_set_employee_id (decision, emb_decision_dialog_get_employee_id (self));
  emb_decision_set_decided_on (decision, date);
  emb_decision_set_kind (decision, kind > 0 && kind < g_strv_length (self->kinds)
                                     ? self->kinds[kind] : "");
  emb_decision_set_situation (decision, situation);
  emb_decision_set_decision (decision, what);
  emb_decision_set_cost (decision, cost);
  emb_decision_set_customer_outcome (decision, outcome);

  if (!emb_pilot_store_log_decision (self->database, decision, &error))
    {
      const char *field = NULL;

      if (error->domain == EMB_VALIDATION_ERROR)
        field = emb_validation_error_get_field (error);
      show_field_error (self, field, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, emb_record_get_id (EMB_RECORD (decision)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static GStrv
split_kinds (const char *allowed)
{
  g_auto(GStrv) lines = g_strsplit (allowed != NULL ? allowed : "", "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, _("Not listed"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

static void
build (EmbDecisionDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Log"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *who = gtk_label_new (_("Who decided"));
  GtkWidget *list_scroller = gtk_scrolled_window_new ();
  GtkWidget *list_view;
  GtkWidget *kind_group = adw_preferences_group_new ();
  GtkWidget *kind_row = adw_combo_row_new ();
  GtkWidget *situation_box;
  GtkWidget *decision_box;
  GtkWidget *outcome_box;
  GtkWidget *view;
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *currency;
  GtkListItemFactory *factory;
  g_autoptr(GtkStringList) kinds = NULL;
  g_autofree char *date = today ();
  g_autofree char *title = NULL;

  /* Translators: the title of the dialog, with the pilot's name */
  title = g_strdup_printf (_("Log a Decision — %s"), emb_pilot_get_name (self->pilot));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "decision.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "decision.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (content), header);

  self->general_error = GTK_LABEL (error_label ());
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->general_error), 6);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->general_error));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (content), scrolled);

  /* Who: a search over the employees, shown lazily. */
  gtk_label_set_xalign (GTK_LABEL (who), 0);
  gtk_widget_add_css_class (who, "heading");
  gtk_box_append (GTK_BOX (box), who);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  g_object_set (self->search_entry,
                "placeholder-text", _("Search by name or employee number"),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the employee who decided"),
                                  -1);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));

  self->employees = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->employees, FALSE);
  gtk_single_selection_set_can_unselect (self->employees, TRUE);
  g_signal_connect_object (self->employees, "notify::selected",
                           G_CALLBACK (update_chosen), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_employee), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_employee), NULL);
  list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->employees)), factory);
  gtk_widget_add_css_class (list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Employees"),
                                  -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (list_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (list_scroller), 150);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (list_scroller), 150);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scroller), list_view);
  gtk_widget_add_css_class (list_scroller, "card");

  self->chosen_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->chosen_label, 0);
  gtk_label_set_wrap (self->chosen_label, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->chosen_label), 6);

  add_field (self, GTK_BOX (box), "employee", list_scroller, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->chosen_label));

  /* When and what kind. */
  group = entry_group (_("Date (YYYY-MM-DD)"), date, &row);
  gtk_widget_set_margin_top (group, 12);
  add_field (self, GTK_BOX (box), "decided-on", row, group);

  self->kinds = split_kinds (emb_pilot_get_allowed_decisions (self->pilot));
  kinds = gtk_string_list_new ((const char * const *)self->kinds);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Kind of decision"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (kinds));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (kind_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (kind_group), kind_row);
  gtk_widget_set_margin_top (kind_group, 6);
  add_field (self, GTK_BOX (box), "kind", kind_row, kind_group);

  situation_box = text_box (_("Situation"), &view);
  add_field (self, GTK_BOX (box), "situation", view, situation_box);
  decision_box = text_box (_("Decision"), &view);
  add_field (self, GTK_BOX (box), "decision", view, decision_box);

  /* What it cost, against the ceiling. */
  group = entry_group (_("Cost"), "", &row);
  gtk_widget_set_margin_top (group, 12);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
  currency = gtk_label_new (emb_pilot_get_currency (self->pilot));
  gtk_widget_add_css_class (currency, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), currency);
  g_signal_connect_object (row, "changed", G_CALLBACK (update_ceiling), self, G_CONNECT_SWAPPED);
  add_field (self, GTK_BOX (box), "cost", row, group);

  self->ceiling_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->ceiling_label, 0);
  gtk_label_set_wrap (self->ceiling_label, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->ceiling_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->ceiling_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->ceiling_label), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->ceiling_label));

  outcome_box = text_box (_("Outcome for the customer"), &view);
  add_field (self, GTK_BOX (box), "customer-outcome", view, outcome_box);

  adw_window_set_content (ADW_WINDOW (self), content);

  on_search_changed (self);
  update_ceiling (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * emb_decision_dialog_new:
 * @pilot: the pilot the decision was taken under
 *
 * The dialog emits #EmbDecisionDialog::saved with the new decision's id
 * and closes once the store accepted it.
 */
EmbDecisionDialog *
emb_decision_dialog_new (EmbDatabase *database,
                         EmbPilot    *pilot)
{
  EmbDecisionDialog *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (EMB_IS_PILOT (pilot), NULL);

  self = g_object_new (EMB_TYPE_DECISION_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->pilot = g_object_ref (pilot);
  build (self);
  return self;
}

/**
 * emb_decision_dialog_get_field:
 * @field: a field the store names, such as "situation"; "employee" is the
 *   list of employees, "kind" an #AdwComboRow
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
emb_decision_dialog_get_field (EmbDecisionDialog *self,
                               const char        *field)
{
  g_return_val_if_fail (EMB_IS_DECISION_DIALOG (self), NULL);

  return g_hash_table_lookup (self->fields, field);
}

/**
 * emb_decision_dialog_set_text:
 *
 * Types @text into the entry or text view of @field, or into the employee
 * search when @field is "employee".
 */
void
emb_decision_dialog_set_text (EmbDecisionDialog *self,
                              const char        *field,
                              const char        *text)
{
  GtkWidget *widget;

  g_return_if_fail (EMB_IS_DECISION_DIALOG (self));

  if (g_strcmp0 (field, "employee") == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      return;
    }

  widget = g_hash_table_lookup (self->fields, field);
  g_return_if_fail (widget != NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/**
 * emb_decision_dialog_get_error:
 *
 * Returns: (nullable): the validation error shown under @field
 */
const char *
emb_decision_dialog_get_error (EmbDecisionDialog *self,
                               const char        *field)
{
  GtkWidget *label;

  g_return_val_if_fail (EMB_IS_DECISION_DIALOG (self), NULL);

  label = g_hash_table_lookup (self->errors, field);
  if (label == NULL || !gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

/**
 * emb_decision_dialog_get_employees:
 *
 * Returns: (transfer none): the selection over the employees found by the
 *   search; the selected one decided
 */
GtkSingleSelection *
emb_decision_dialog_get_employees (EmbDecisionDialog *self)
{
  g_return_val_if_fail (EMB_IS_DECISION_DIALOG (self), NULL);

  return self->employees;
}

gint64
emb_decision_dialog_get_employee_id (EmbDecisionDialog *self)
{
  EmbEmployee *employee;

  g_return_val_if_fail (EMB_IS_DECISION_DIALOG (self), 0);

  employee = gtk_single_selection_get_selected_item (self->employees);
  return employee != NULL ? emb_record_get_id (EMB_RECORD (employee)) : 0;
}

/**
 * emb_decision_dialog_is_over_ceiling:
 *
 * Returns: %TRUE when the cost typed is above the pilot's ceiling
 */
gboolean
emb_decision_dialog_is_over_ceiling (EmbDecisionDialog *self)
{
  g_return_val_if_fail (EMB_IS_DECISION_DIALOG (self), FALSE);

  return cost_over_ceiling (self, NULL);
}

/* What the handlers of the children use is freed at finalize: they may
 * still run while the children are disposed. */
static void
emb_decision_dialog_finalize (GObject *object)
{
  EmbDecisionDialog *self = (EmbDecisionDialog *)object;

  g_clear_object (&self->employees);
  g_clear_object (&self->pilot);
  g_clear_object (&self->database);
  g_clear_pointer (&self->kinds, g_strfreev);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->errors, g_hash_table_unref);

  G_OBJECT_CLASS (emb_decision_dialog_parent_class)->finalize (object);
}

static void
emb_decision_dialog_class_init (EmbDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = emb_decision_dialog_finalize;

  /**
   * EmbDecisionDialog::saved:
   * @id: the id of the decision logged
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "decision.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "decision.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "decision.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "decision.save", NULL);
}

static void
emb_decision_dialog_init (EmbDecisionDialog *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->errors = g_hash_table_new (g_str_hash, g_str_equal);
}
