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

#include "emb-a11y.h"
#include "emb-decision-dialog.h"
#include "emb-error.h"
#include "emb-form.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"

struct _EmbDecisionDialog
{
  AdwWindow           parent_instance;

  EmbDatabase        *database;
  EmbPilot           *pilot;
  GStrv               kinds;          /* the pilot's allowed kinds; index 0 is “not listed” */
  EmbForm            *form;

  GtkLabel           *general_error;
  GtkSearchEntry     *search_entry;
  GtkWidget          *employee_scroller;
  GtkSingleSelection *employees;
  GtkLabel           *employee_error;
  GtkLabel           *chosen_label;
  AdwEntryRow        *date_row;
  GtkLabel           *date_error;
  AdwComboRow        *kind_row;
  GtkLabel           *kind_error;
  GtkTextView        *situation_view;
  GtkLabel           *situation_error;
  GtkTextView        *decision_view;
  GtkLabel           *decision_error;
  AdwEntryRow        *cost_row;
  GtkLabel           *cost_error;
  GtkLabel           *currency_label;
  GtkLabel           *ceiling_label;
  GtkTextView        *outcome_view;
  GtkLabel           *outcome_error;
};

G_DEFINE_FINAL_TYPE (EmbDecisionDialog, emb_decision_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_entry_activated (GtkWidget *row)
{
  gtk_widget_activate_action (row, "decision.save", NULL);
}

/* The employee --------------------------------------------------------------- */

static void
update_chosen (EmbDecisionDialog *self)
{
  EmbEmployee *employee = gtk_single_selection_get_selected_item (self->employees);
  g_autofree char *text = NULL;

  if (employee == NULL)
    {
      gtk_label_set_text (self->chosen_label, _("Nobody chosen yet"));
      gtk_widget_add_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
      return;
    }

  /* Chosen: the refusal for want of someone no longer applies. */
  emb_form_clear_field (self->form, "employee");

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

/* The cost ------------------------------------------------------------------- */

static gboolean
cost_over_ceiling (EmbDecisionDialog *self,
                   gint64            *cost_out)
{
  g_autofree char *text = emb_form_get_text (self->form, "cost");
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
  g_autofree char *date = emb_form_get_text (self->form, "decided-on");
  g_autofree char *situation = emb_form_get_text (self->form, "situation");
  g_autofree char *what = emb_form_get_text (self->form, "decision");
  g_autofree char *cost_text = emb_form_get_text (self->form, "cost");
  g_autofree char *outcome = emb_form_get_text (self->form, "customer-outcome");
  guint kind = adw_combo_row_get_selected (self->kind_row);
  gint64 cost;

  emb_form_clear (self->form);

  if (!emb_pilot_parse_amount (cost_text, &cost))
    {
      g_autofree char *example = emb_pilot_format_decimal (1250);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” is not an amount; type it like %s."), cost_text, example);
      emb_form_set_error (self->form, "cost", message);
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
      emb_form_show_error (self->form, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, emb_record_get_id (EMB_RECORD (decision)));
  gtk_window_destroy (GTK_WINDOW (self));
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

/* Fills the dialog for @self->pilot. */
static void
load (EmbDecisionDialog *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autofree char *date = today ();
  g_autofree char *title = NULL;

  /* Translators: the title of the dialog, with the pilot's name */
  title = g_strdup_printf (_("Log a Decision — %s"), emb_pilot_get_name (self->pilot));
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  self->kinds = split_kinds (emb_pilot_get_allowed_decisions (self->pilot));
  kinds = gtk_string_list_new ((const char * const *)self->kinds);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_label_set_text (self->currency_label, emb_pilot_get_currency (self->pilot));

  on_search_changed (self);
  update_ceiling (self);
  emb_form_clear (self->form);
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
  load (self);
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

  return emb_form_get_field (self->form, field);
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
  g_return_if_fail (EMB_IS_DECISION_DIALOG (self));

  if (g_strcmp0 (field, "employee") == 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  else
    emb_form_set_text (self->form, field, text);
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
  g_return_val_if_fail (EMB_IS_DECISION_DIALOG (self), NULL);

  return emb_form_get_error (self->form, field);
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

static void
emb_decision_dialog_dispose (GObject *object)
{
  EmbDecisionDialog *self = (EmbDecisionDialog *)object;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_DECISION_DIALOG);

  G_OBJECT_CLASS (emb_decision_dialog_parent_class)->dispose (object);
}

/* What the handlers of the children use is freed at finalize: they may
 * still run while the children are disposed. */
static void
emb_decision_dialog_finalize (GObject *object)
{
  EmbDecisionDialog *self = (EmbDecisionDialog *)object;

  g_clear_object (&self->pilot);
  g_clear_object (&self->database);
  g_clear_pointer (&self->kinds, g_strfreev);

  G_OBJECT_CLASS (emb_decision_dialog_parent_class)->finalize (object);
}

static void
emb_decision_dialog_class_init (EmbDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_decision_dialog_dispose;
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

  g_type_ensure (EMB_TYPE_EMPLOYEE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, employee_scroller);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, employees);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, employee_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, kind_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, situation_view);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, situation_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, decision_view);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, decision_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, cost_error);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, currency_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, ceiling_label);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, outcome_view);
  gtk_widget_class_bind_template_child (widget_class, EmbDecisionDialog, outcome_error);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, update_chosen);
  gtk_widget_class_bind_template_callback (widget_class, update_ceiling);

  gtk_widget_class_install_action (widget_class, "decision.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "decision.save", NULL);
}

static void
emb_decision_dialog_init (EmbDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "employee", self->employee_scroller, self->employee_error);
  emb_form_add_field (self->form, "decided-on", GTK_WIDGET (self->date_row), self->date_error);
  emb_form_add_field (self->form, "kind", GTK_WIDGET (self->kind_row), self->kind_error);
  emb_form_add_field (self->form, "situation", GTK_WIDGET (self->situation_view), self->situation_error);
  emb_form_add_field (self->form, "decision", GTK_WIDGET (self->decision_view), self->decision_error);
  emb_form_add_field (self->form, "cost", GTK_WIDGET (self->cost_row), self->cost_error);
  emb_form_add_field (self->form, "customer-outcome", GTK_WIDGET (self->outcome_view), self->outcome_error);

  emb_a11y_label_entry_row (self->date_row);
  emb_a11y_label_entry_row (self->cost_row);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
}
