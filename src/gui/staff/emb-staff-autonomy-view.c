/* emb-staff-autonomy-view.c: my department's autonomy pilot, and my decisions
 *
 * While my department is in the running wave of a pilot, the Autonomy view
 * of the staff window shows the pilot's principle ("decide yourself, but
 * always to the customer's benefit") and its guardrails (the decisions it
 * allows, the spending ceiling, when to ask), a button that opens the
 * decision dialog, and the decisions I logged with their review status and
 * the reviewer's note. Otherwise it says plainly that my department is not
 * in a pilot now. Everything is read through the session; it follows the
 * database while shown (EmbRefresher).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-autonomy-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pilot-store.h"
#include "emb-pilots-dates.h"
#include "emb-staff-autonomy-view.h"
#include "emb-staff-decision-dialog.h"
#include "emb-staff-item-row.h"
#include "emb-toast.h"

struct _EmbStaffAutonomyView
{
  EmbStaffView     parent_instance;

  EmbPilot        *pilot;
  GtkWindow       *dialog;       /* weak */

  AdwWindowTitle  *pilot_title;
  GtkLabel        *principle_label;
  AdwActionRow    *allowed_row;
  AdwActionRow    *ceiling_row;
  AdwActionRow    *escalation_row;
  AdwActionRow    *wave_row;
  GtkListBox      *decision_list;
};

G_DEFINE_FINAL_TYPE (EmbStaffAutonomyView, emb_staff_autonomy_view, EMB_TYPE_STAFF_VIEW)

/* The template's child: not bound, as the bin unparents it itself. */
static GtkStack *
stack (EmbStaffAutonomyView *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

/* Where the review of a decision of mine stands, in words and in colour. */
static const struct
{
  const char *text;
  const char *style;
} reviews[] = {
  [EMB_REVIEW_STATUS_PENDING] = { NC_("review status", "Awaiting review"), "dim-label" },
  [EMB_REVIEW_STATUS_REVIEWED] = { NC_("review status", "Reviewed"), "success" },
  [EMB_REVIEW_STATUS_ESCALATED] = { NC_("review status", "Escalated"), "warning" },
};

static void
show_subtitle (AdwActionRow *row,
               const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : _("Not set"));
}

/* The allowed decisions, one a line, as one readable line. */
static char *
allowed_text (EmbPilot *pilot)
{
  g_auto(GStrv) lines = g_strsplit (emb_pilot_get_allowed_decisions (pilot) != NULL
                                    ? emb_pilot_get_allowed_decisions (pilot) : "", "\n", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, "• %s", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
decision_row (EmbStaffAutonomyView *self,
              EmbDecision          *decision)
{
  GtkWidget *row = emb_staff_item_row_new ();
  EmbReviewStatus review = emb_decision_get_review_status (decision);
  g_autofree char *cost = emb_pilot_format_amount (emb_decision_get_cost (decision),
                                                   emb_pilot_get_currency (self->pilot));
  g_autofree char *when = emb_pilots_format_day (emb_decision_get_decided_on (decision), 0);
  g_autofree char *meta = NULL;
  g_autofree char *body = NULL;
  g_autofree char *note = NULL;
  const char *review_note = emb_decision_get_review_note (decision);
  const char *outcome = emb_decision_get_customer_outcome (decision);

  /* Translators: a decision's day and its cost, as “3 March 2026 · €40.00” */
  meta = g_strdup_printf (_("%s · cost %s"), when, cost);
  if (outcome != NULL && *outcome != '\0')
    body = g_strdup_printf (_("%s\nFor the customer: %s"), emb_decision_get_decision (decision), outcome);
  if (review_note != NULL && *review_note != '\0')
    note = g_strdup_printf (_("Review note: %s"), review_note);
  else if (emb_pilot_decision_is_over_ceiling (decision, self->pilot) && review == EMB_REVIEW_STATUS_PENDING)
    note = g_strdup (_("Above the spending ceiling: a manager will review it."));

  emb_staff_item_row_set (EMB_STAFF_ITEM_ROW (row), emb_decision_get_situation (decision), meta,
                          body != NULL ? body : emb_decision_get_decision (decision), note);
  if ((guint)review < G_N_ELEMENTS (reviews))
    emb_staff_item_row_set_badge (EMB_STAFF_ITEM_ROW (row),
                                  g_dpgettext2 (GETTEXT_PACKAGE, "review status", reviews[review].text),
                                  reviews[review].style);
  return row;
}

static void
show_empty (EmbStaffAutonomyView *self)
{
  g_clear_object (&self->pilot);
  emb_staff_item_rows_clear (self->decision_list);
  gtk_stack_set_visible_child_name (stack (self), "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff-autonomy.log", FALSE);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
}

static void
show_pilot (EmbStaffAutonomyView *self,
            EmbWave              *wave)
{
  g_autofree char *allowed = allowed_text (self->pilot);
  g_autofree char *ceiling = NULL;
  g_autofree char *wave_text = NULL;

  adw_window_title_set_title (self->pilot_title, emb_pilot_get_name (self->pilot));
  gtk_label_set_text (self->principle_label, emb_pilot_get_principle (self->pilot));
  show_subtitle (self->allowed_row, allowed);
  if (emb_pilot_get_spending_ceiling (self->pilot) > 0)
    ceiling = emb_pilot_format_amount (emb_pilot_get_spending_ceiling (self->pilot),
                                       emb_pilot_get_currency (self->pilot));
  show_subtitle (self->ceiling_row, ceiling != NULL ? ceiling : _("No ceiling"));
  show_subtitle (self->escalation_row, emb_pilot_get_escalation_rule (self->pilot));
  if (wave != NULL && emb_wave_get_ends_on (wave) != NULL)
    {
      /* Translators: which wave of the pilot, and its last day */
      g_autofree char *end = emb_pilots_format_day (emb_wave_get_ends_on (wave), 0);

      wave_text = g_strdup_printf (_("Wave %d, until %s"), emb_wave_get_position (wave) + 1, end);
    }
  else if (wave != NULL)
    wave_text = g_strdup_printf (_("Wave %d"), emb_wave_get_position (wave) + 1);
  show_subtitle (self->wave_row, wave_text);
  gtk_stack_set_visible_child_name (stack (self), "pilot");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff-autonomy.log", TRUE);
}

static void
emb_staff_autonomy_view_refresh (EmbStaffView *view)
{
  EmbStaffAutonomyView *self = EMB_STAFF_AUTONOMY_VIEW (view);
  EmbStaffSession *session = emb_staff_view_get_session (view);
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GError) error = NULL;

  if (session == NULL || !emb_staff_session_is_signed_in (session))
    {
      show_empty (self);
      return;
    }

  pilot = emb_staff_session_get_running_pilot (session, &wave, &error);
  if (pilot == NULL)
    {
      if (error != NULL)
        emb_toast_show_error (widget, error);
      show_empty (self);
      return;
    }
  g_set_object (&self->pilot, pilot);
  show_pilot (self, wave);

  emb_staff_item_rows_clear (self->decision_list);
  decisions = emb_staff_session_list_my_decisions (session, &error);
  if (decisions == NULL)
    emb_toast_show_error (widget, error);
  for (guint i = 0; decisions != NULL && i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(EmbDecision) decision = g_list_model_get_item (decisions, i);

      /* Decisions under an earlier pilot keep their own currency: not here. */
      if (emb_decision_get_pilot_id (decision) == emb_record_get_id (EMB_RECORD (pilot)))
        gtk_list_box_append (self->decision_list, decision_row (self, decision));
    }
}

static void
on_logged (EmbStaffAutonomyView *self,
           gint64                id,
           gboolean              over_ceiling)
{
  g_autoptr(AdwToast) toast = NULL;

  toast = adw_toast_new (over_ceiling ? _("Decision logged: a manager will review it")
                                      : _("Decision logged"));
  emb_toast_add (GTK_WIDGET (self), g_steal_pointer (&toast));
  emb_staff_view_refresh_now (EMB_STAFF_VIEW (self));
}

/**
 * emb_staff_autonomy_view_log_decision:
 *
 * Opens the decision dialog for the pilot shown (or brings back the one
 * open).
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when my
 *   department is in no running pilot
 */
GtkWindow *
emb_staff_autonomy_view_log_decision (EmbStaffAutonomyView *self)
{
  EmbStaffSession *session;
  GtkRoot *root;

  g_return_val_if_fail (EMB_IS_STAFF_AUTONOMY_VIEW (self), NULL);

  session = emb_staff_view_get_session (EMB_STAFF_VIEW (self));
  if (session == NULL || self->pilot == NULL)
    return NULL;
  if (self->dialog == NULL)
    {
      GtkWindow *dialog = GTK_WINDOW (emb_staff_decision_dialog_new (session, self->pilot));

      root = gtk_widget_get_root (GTK_WIDGET (self));
      if (GTK_IS_WINDOW (root))
        {
          gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
          gtk_window_set_destroy_with_parent (dialog, TRUE);
        }
      g_signal_connect_object (dialog, "logged", G_CALLBACK (on_logged), self, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->dialog, dialog);
    }
  gtk_window_present (self->dialog);
  return self->dialog;
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  emb_staff_autonomy_view_log_decision (EMB_STAFF_AUTONOMY_VIEW (widget));
}

/**
 * emb_staff_autonomy_view_get_pilot:
 *
 * Returns: (transfer none) (nullable): the running pilot shown, or %NULL
 *   when the view says there is none
 */
EmbPilot *
emb_staff_autonomy_view_get_pilot (EmbStaffAutonomyView *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_AUTONOMY_VIEW (self), NULL);

  return self->pilot;
}

GtkWindow *
emb_staff_autonomy_view_get_dialog (EmbStaffAutonomyView *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_AUTONOMY_VIEW (self), NULL);

  return self->dialog;
}

/**
 * emb_staff_autonomy_view_get_list:
 *
 * Returns: (transfer none): my decisions; the rows are #EmbStaffItemRow
 */
GtkListBox *
emb_staff_autonomy_view_get_list (EmbStaffAutonomyView *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_AUTONOMY_VIEW (self), NULL);

  return self->decision_list;
}

GtkWidget *
emb_staff_autonomy_view_new (EmbStaffSession *session)
{
  g_return_val_if_fail (session == NULL || EMB_IS_STAFF_SESSION (session), NULL);

  g_autoptr(EmbDatabase) database = NULL;

  if (session != NULL)
    g_object_get (session, "database", &database, NULL);
  return g_object_new (EMB_TYPE_STAFF_AUTONOMY_VIEW, "database", database, "session", session, NULL);
}

static void
emb_staff_autonomy_view_dispose (GObject *object)
{
  EmbStaffAutonomyView *self = (EmbStaffAutonomyView *)object;

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_AUTONOMY_VIEW);
  g_clear_object (&self->pilot);

  G_OBJECT_CLASS (emb_staff_autonomy_view_parent_class)->dispose (object);
}

static void
emb_staff_autonomy_view_class_init (EmbStaffAutonomyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_autonomy_view_dispose;
  EMB_STAFF_VIEW_CLASS (klass)->refresh = emb_staff_autonomy_view_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-autonomy-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, pilot_title);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, principle_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, allowed_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, ceiling_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, escalation_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, wave_row);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAutonomyView, decision_list);

  gtk_widget_class_install_action (widget_class, "staff-autonomy.log", NULL, log_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "staff-autonomy.log", NULL);
}

static void
emb_staff_autonomy_view_init (EmbStaffAutonomyView *self)
{
  g_type_ensure (EMB_TYPE_STAFF_ITEM_ROW);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff-autonomy.log", FALSE);
}
