/* emb-staff-decision-dialog.c: a staff member logs a decision under a pilot
 *
 * The signed-in person logs, as themselves and through their session, a
 * decision they took under the pilot their department is in: the
 * situation, the decision, what it cost and what it meant for the
 * customer. While the cost typed is above the pilot's ceiling the dialog
 * asks why, and says that a manager will review it; the session refuses it
 * without a reason and otherwise keeps it waiting for review. A refusal
 * shows under the field it names (EmbForm). What is typed is kept as a
 * draft (EmbStaffDraft) until the decision is logged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-form.h"
#include "emb-pilot-store.h"
#include "emb-staff-decision-dialog.h"
#include "emb-staff-draft.h"

/* The fields kept in the draft, each a text field of the form. */
static const char *text_fields[] = {
  "situation", "decision", "cost", "over-ceiling-reason", "customer-outcome"
};

struct _EmbStaffDecisionDialog
{
  AdwWindow        parent_instance;

  EmbStaffSession *session;
  EmbPilot        *pilot;
  EmbForm         *form;
  EmbStaffDraft   *draft;
  gboolean         loading;

  AdwWindowTitle  *window_title;
  GtkWidget       *draft_banner;
  GtkLabel        *principle_label;
  GtkLabel        *general_error;
  GtkTextView     *situation_view;
  GtkLabel        *situation_error;
  GtkTextView     *decision_view;
  GtkLabel        *decision_error;
  AdwEntryRow     *cost_row;
  GtkLabel        *currency_label;
  GtkLabel        *cost_error;
  GtkLabel        *ceiling_label;
  GtkWidget       *reason_box;
  GtkTextView     *reason_view;
  GtkLabel        *reason_error;
  GtkTextView     *outcome_view;
  GtkLabel        *outcome_error;
};

G_DEFINE_FINAL_TYPE (EmbStaffDecisionDialog, emb_staff_decision_dialog, ADW_TYPE_WINDOW)

enum {
  LOGGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The cost ------------------------------------------------------------------- */

static gboolean
cost_over_ceiling (EmbStaffDecisionDialog *self)
{
  g_autofree char *text = emb_form_get_text (self->form, "cost");
  gint64 ceiling = emb_pilot_get_spending_ceiling (self->pilot);
  gint64 cost;

  return emb_pilot_parse_amount (text, &cost) && ceiling > 0 && cost > ceiling;
}

static void
update_ceiling (EmbStaffDecisionDialog *self)
{
  gint64 ceiling = emb_pilot_get_spending_ceiling (self->pilot);
  g_autofree char *amount = emb_pilot_format_amount (ceiling, emb_pilot_get_currency (self->pilot));
  g_autofree char *text = NULL;
  gboolean over = cost_over_ceiling (self);

  if (ceiling <= 0)
    text = g_strdup (_("This pilot sets no spending ceiling."));
  else if (over)
    /* Translators: the spending ceiling of the pilot, as “€50.00” */
    text = g_strdup_printf (_("Above the ceiling of %s: say why below; a manager will review it."), amount);
  else
    text = g_strdup_printf (_("You may spend up to %s on one decision."), amount);

  gtk_label_set_text (self->ceiling_label, text);
  gtk_widget_set_visible (self->reason_box, over);
  {
    const char *classes[] = { "caption", over ? "warning" : "dim-label", NULL };

    gtk_widget_set_css_classes (GTK_WIDGET (self->ceiling_label), classes);
  }
}

/* Drafts --------------------------------------------------------------------- */

static void
collect (GtkWidget    *owner,
         GVariantDict *dict)
{
  EmbStaffDecisionDialog *self = EMB_STAFF_DECISION_DIALOG (owner);

  g_variant_dict_insert (dict, "pilot", "s", emb_record_get_uuid (EMB_RECORD (self->pilot)));
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *text = emb_form_get_text (self->form, text_fields[i]);

      g_variant_dict_insert (dict, text_fields[i], "s", text);
    }
}

static void
on_changed (EmbStaffDecisionDialog *self)
{
  if (!self->loading && self->draft != NULL)
    emb_staff_draft_changed (self->draft);
}

static void
on_cost_changed (EmbStaffDecisionDialog *self)
{
  update_ceiling (self);
  on_changed (self);
}

/* Puts back what was typed before for this pilot, if anything. */
static void
restore (EmbStaffDecisionDialog *self)
{
  g_autoptr(GVariantDict) dict = emb_staff_draft_load (self->draft);
  const char *pilot = NULL;

  if (dict == NULL || !g_variant_dict_lookup (dict, "pilot", "&s", &pilot) ||
      g_strcmp0 (pilot, emb_record_get_uuid (EMB_RECORD (self->pilot))) != 0)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const char *text = NULL;

      if (g_variant_dict_lookup (dict, text_fields[i], "&s", &text))
        emb_form_set_text (self->form, text_fields[i], text);
    }
  gtk_widget_set_visible (self->draft_banner, TRUE);
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EmbStaffDecisionDialog *self = EMB_STAFF_DECISION_DIALOG (widget);

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    emb_form_set_text (self->form, text_fields[i], "");
  self->loading = FALSE;
  emb_form_clear (self->form);
  emb_staff_draft_discard (self->draft);
  gtk_widget_set_visible (self->draft_banner, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->situation_view));
}

/* Logging -------------------------------------------------------------------- */

/* What makes @text no amount, with an example of one. */
static char *
amount_refusal (const char *text)
{
  g_autofree char *example = emb_pilot_format_decimal (1250);

  return g_strdup_printf (_("“%s” is not an amount; type it like %s."), text, example);
}

/**
 * emb_staff_decision_dialog_log:
 *
 * Logs the decision as the signed-in person. Over the ceiling a reason is
 * required (the session refuses it otherwise, under the reason); a refusal
 * leaves everything as it was. On success the draft is forgotten, the
 * dialog emits #EmbStaffDecisionDialog::logged and closes.
 *
 * Returns: whether the decision was stored
 */
gboolean
emb_staff_decision_dialog_log (EmbStaffDecisionDialog *self)
{
  g_autoptr(EmbDecision) decision = emb_decision_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *situation = emb_form_get_text (self->form, "situation");
  g_autofree char *what = emb_form_get_text (self->form, "decision");
  g_autofree char *cost_text = emb_form_get_text (self->form, "cost");
  g_autofree char *reason = emb_form_get_text (self->form, "over-ceiling-reason");
  g_autofree char *outcome = emb_form_get_text (self->form, "customer-outcome");
  gboolean over;
  gint64 cost;

  g_return_val_if_fail (EMB_IS_STAFF_DECISION_DIALOG (self), FALSE);

  emb_form_clear (self->form);
  g_strstrip (cost_text);
  if (*cost_text == '\0')
    cost = 0;
  else if (!emb_pilot_parse_amount (cost_text, &cost))
    {
      g_autofree char *message = amount_refusal (cost_text);

      emb_form_set_error (self->form, "cost", message);
      return FALSE;
    }
  over = cost_over_ceiling (self);

  emb_decision_set_pilot_id (decision, emb_record_get_id (EMB_RECORD (self->pilot)));
  emb_decision_set_decided_on (decision, today);
  emb_decision_set_situation (decision, situation);
  emb_decision_set_decision (decision, what);
  emb_decision_set_cost (decision, cost);
  emb_decision_set_customer_outcome (decision, outcome);
  /* A reason typed before the cost came down is not sent. */
  emb_decision_set_over_ceiling_reason (decision, over ? g_strstrip (reason) : "");

  if (!emb_staff_session_log_decision (self->session, decision, &error))
    {
      emb_form_show_error (self->form, error);
      return FALSE;
    }

  emb_staff_draft_discard (self->draft);
  g_signal_emit (self, signals[LOGGED], 0, emb_record_get_id (EMB_RECORD (decision)), over);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  emb_staff_decision_dialog_log (EMB_STAFF_DECISION_DIALOG (widget));
}

/* Public --------------------------------------------------------------------- */

/**
 * emb_staff_decision_dialog_new:
 * @session: the signed-in person, who decided
 * @pilot: the running pilot of their department
 *
 * Returns: (transfer floating): the dialog, with what was typed in it last
 *   for @pilot
 */
EmbStaffDecisionDialog *
emb_staff_decision_dialog_new (EmbStaffSession *session,
                               EmbPilot        *pilot)
{
  EmbStaffDecisionDialog *self;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (session), NULL);
  g_return_val_if_fail (EMB_IS_PILOT (pilot), NULL);

  self = g_object_new (EMB_TYPE_STAFF_DECISION_DIALOG, NULL);
  self->session = g_object_ref (session);
  self->pilot = g_object_ref (pilot);
  self->draft = emb_staff_draft_new (session, EMB_STAFF_FORM_DECISION, GTK_WIDGET (self), collect);

  self->loading = TRUE;
  adw_window_title_set_subtitle (self->window_title, emb_pilot_get_name (pilot));
  gtk_label_set_text (self->principle_label, emb_pilot_get_principle (pilot));
  gtk_label_set_text (self->currency_label, emb_pilot_get_currency (pilot));
  restore (self);
  update_ceiling (self);
  self->loading = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->situation_view));
  return self;
}

/**
 * emb_staff_decision_dialog_get_field:
 * @field: "situation", "decision", "cost", "over-ceiling-reason" or
 *   "customer-outcome"
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
emb_staff_decision_dialog_get_field (EmbStaffDecisionDialog *self,
                                     const char             *field)
{
  g_return_val_if_fail (EMB_IS_STAFF_DECISION_DIALOG (self), NULL);

  return emb_form_get_field (self->form, field);
}

/**
 * emb_staff_decision_dialog_set_text:
 *
 * Types @text into @field, as a person would.
 */
void
emb_staff_decision_dialog_set_text (EmbStaffDecisionDialog *self,
                                    const char             *field,
                                    const char             *text)
{
  g_return_if_fail (EMB_IS_STAFF_DECISION_DIALOG (self));

  emb_form_set_text (self->form, field, text);
}

/**
 * emb_staff_decision_dialog_get_error:
 *
 * Returns: (nullable): the refusal shown under @field
 */
const char *
emb_staff_decision_dialog_get_error (EmbStaffDecisionDialog *self,
                                     const char             *field)
{
  g_return_val_if_fail (EMB_IS_STAFF_DECISION_DIALOG (self), NULL);

  return emb_form_get_error (self->form, field);
}

/**
 * emb_staff_decision_dialog_is_over_ceiling:
 *
 * Returns: whether the cost typed is above the pilot's ceiling (and the
 *   reason is asked for)
 */
gboolean
emb_staff_decision_dialog_is_over_ceiling (EmbStaffDecisionDialog *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_DECISION_DIALOG (self), FALSE);

  return gtk_widget_get_visible (self->reason_box);
}

/* Object --------------------------------------------------------------------- */

static void
emb_staff_decision_dialog_dispose (GObject *object)
{
  EmbStaffDecisionDialog *self = (EmbStaffDecisionDialog *)object;

  /* Closed mid-entry: what was typed stays for next time. */
  if (self->draft != NULL)
    emb_staff_draft_save (self->draft);
  g_clear_object (&self->draft);
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_DECISION_DIALOG);

  G_OBJECT_CLASS (emb_staff_decision_dialog_parent_class)->dispose (object);
}

static void
emb_staff_decision_dialog_finalize (GObject *object)
{
  EmbStaffDecisionDialog *self = (EmbStaffDecisionDialog *)object;

  g_clear_object (&self->pilot);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (emb_staff_decision_dialog_parent_class)->finalize (object);
}

static void
emb_staff_decision_dialog_class_init (EmbStaffDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_decision_dialog_dispose;
  object_class->finalize = emb_staff_decision_dialog_finalize;

  /**
   * EmbStaffDecisionDialog::logged:
   * @id: the decision logged
   * @over_ceiling: whether it waits for review for being over the ceiling
   */
  signals[LOGGED] = g_signal_new ("logged",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, draft_banner);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, principle_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, situation_view);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, situation_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, decision_view);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, decision_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, currency_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, cost_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, ceiling_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, reason_box);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, outcome_view);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffDecisionDialog, outcome_error);
  gtk_widget_class_bind_template_callback (widget_class, on_cost_changed);

  gtk_widget_class_install_action (widget_class, "decision.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "decision.start-over", NULL, start_over_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "decision.log", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "decision.log", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
emb_staff_decision_dialog_init (EmbStaffDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "situation", GTK_WIDGET (self->situation_view), self->situation_error);
  emb_form_add_field (self->form, "decision", GTK_WIDGET (self->decision_view), self->decision_error);
  emb_form_add_field (self->form, "cost", GTK_WIDGET (self->cost_row), self->cost_error);
  emb_form_add_field (self->form, "over-ceiling-reason", GTK_WIDGET (self->reason_view), self->reason_error);
  emb_form_add_field (self->form, "customer-outcome", GTK_WIDGET (self->outcome_view), self->outcome_error);
  emb_a11y_label_entry_row (self->cost_row);
  gtk_widget_set_visible (self->reason_box, FALSE);

  {
    GtkTextView *views[] = { self->situation_view, self->decision_view, self->reason_view, self->outcome_view };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "changed",
                               G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  }
}
