/* emb-retention-row.c: how long customer feedback keeps its text
 *
 * A combo row of the periods a manager may choose (for ever, 6 months, 1,
 * 2, 3 or 5 years), stored in the database for every window on it. Its
 * subtitle says what the rule does and when it last ran. A shorter period
 * clears texts at once: the row counts them (on a worker), asks, and then
 * runs the rule (on a worker too); a longer one or "forever" clears
 * nothing and is stored as it is chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-retention-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-retention.h"
#include "emb-retention-row.h"
#include "emb-retention-runner.h"
#include "emb-toast.h"

/* The choices of the row's model, in its order. */
static const guint periods[] = { EMB_RETENTION_FOREVER, 6, 12, 24, 36, 60 };

struct _EmbRetentionRow
{
  AdwComboRow   parent_instance;

  EmbDatabase  *database;
  guint         months;       /* as stored */
  guint         pending;      /* the period waiting for the answer */
  gboolean      updating;     /* the row is being set, not chosen */
  GCancellable *cancellable;  /* of the count or the run going on */
};

G_DEFINE_FINAL_TYPE (EmbRetentionRow, emb_retention_row, ADW_TYPE_COMBO_ROW)

static guint
position_of (guint months)
{
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (periods[i] == months)
      return i;
  return 0;
}

static void
update_subtitle (EmbRetentionRow *self)
{
  g_autofree char *last = NULL;
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;

  if (self->database == NULL)
    return;
  last = emb_retention_describe_last_run (self->database);
  if (self->months == EMB_RETENTION_FOREVER)
    /* Translators: %s says when the rule last ran, as "Not run yet" */
    subtitle = g_strdup_printf (_("Texts and customer references are kept until you choose a "
                                  "period; scores are always kept. %s"), last);
  else
    {
      period = emb_retention_describe_period (self->months);
      /* Translators: the first %s is a period ("2 years"), the second says
       * when the rule last ran */
      subtitle = g_strdup_printf (_("Every day, texts and customer references older than %s are "
                                    "cleared; scores are kept. %s"), period, last);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
show_stored (EmbRetentionRow *self)
{
  self->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position_of (self->months));
  self->updating = FALSE;
  update_subtitle (self);
}

static gboolean
store (EmbRetentionRow *self,
       guint            months)
{
  g_autoptr(GError) error = NULL;

  if (!emb_feedback_retention_set_months (self->database, months, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      show_stored (self);
      return FALSE;
    }
  self->months = months;
  update_subtitle (self);
  return TRUE;
}

static void
end_work (EmbRetentionRow *self)
{
  g_clear_object (&self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
}

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EmbRetentionRow) self = user_data;
  g_autoptr(GError) error = NULL;
  EmbRetentionResult done;

  if (!emb_feedback_retention_apply_finish (EMB_DATABASE (source), result, &done, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        emb_toast_show_error (GTK_WIDGET (self), error);
    }
  else
    {
      g_autofree char *message = emb_retention_describe_cleared (done.cleared, done.months);

      emb_toast_add (GTK_WIDGET (self), adw_toast_new (message));
    }
  end_work (self);
  update_subtitle (self);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             EmbRetentionRow  *self)
{
  if (g_strcmp0 (response, "clear") != 0 || !store (self, self->pending))
    {
      end_work (self);
      show_stored (self);
      return;
    }
  /* Not cancelled with the window: a run stopped halfway would wait for
   * the next daily check. */
  emb_feedback_retention_apply_async (self->database, NULL, NULL, on_applied,
                                      g_object_ref (self));
}

static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EmbRetentionRow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *number = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;
  guint64 count;

  if (!emb_feedback_retention_count_finish (EMB_DATABASE (source), result, &count, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        emb_toast_show_error (GTK_WIDGET (self), error);
      end_work (self);
      show_stored (self);
      return;
    }

  period = emb_retention_describe_period (self->pending);
  number = g_strdup_printf ("%'" G_GUINT64_FORMAT, count);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       _("Clear Older Feedback Texts?"),
                                                       NULL));
  if (count == 0)
    /* Translators: %s is a period ("2 years") */
    adw_message_dialog_format_body (dialog,
                                    _("No feedback is older than %s now. From now on, the text "
                                      "and customer reference of feedback older than %s are "
                                      "cleared every day; the scores are kept."),
                                    period, period);
  else
    /* Translators: the first %s is a number ("1,234"), the second a period
     * ("2 years") */
    adw_message_dialog_format_body (dialog,
                                    ngettext ("The text and customer reference of %s feedback "
                                              "item older than %s will be cleared now, and of "
                                              "older feedback every day; the scores are kept. "
                                              "This cannot be undone.",
                                              "The texts and customer references of %s feedback "
                                              "items older than %s will be cleared now, and of "
                                              "older feedback every day; the scores are kept. "
                                              "This cannot be undone.",
                                              (gulong)MIN (count, G_MAXULONG)),
                                    number, period);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "clear", _("C_lear Texts"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "clear", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_selected (EmbRetentionRow *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  guint months;

  if (self->updating || self->database == NULL || position >= G_N_ELEMENTS (periods))
    return;
  months = periods[position];
  if (months == self->months)
    return;

  /* Longer, or for ever: nothing is cleared now. */
  if (months == EMB_RETENTION_FOREVER ||
      (self->months != EMB_RETENTION_FOREVER && months > self->months))
    {
      store (self, months);
      return;
    }

  /* Shorter: count what goes, and ask. */
  self->pending = months;
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  emb_feedback_retention_count_async (self->database, months, NULL, self->cancellable,
                                      on_counted, g_object_ref (self));
}

/**
 * emb_retention_row_set_database:
 *
 * Shows the period stored in @database and stores what is chosen there.
 */
void
emb_retention_row_set_database (EmbRetentionRow *self,
                                EmbDatabase     *database)
{
  g_return_if_fail (EMB_IS_RETENTION_ROW (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  gtk_widget_set_sensitive (GTK_WIDGET (self), database != NULL);
  if (database != NULL)
    {
      self->months = emb_feedback_retention_get_months (database);
      show_stored (self);
    }
}

/**
 * emb_retention_row_is_busy:
 *
 * Returns: whether the row counts or clears texts now
 */
gboolean
emb_retention_row_is_busy (EmbRetentionRow *self)
{
  g_return_val_if_fail (EMB_IS_RETENTION_ROW (self), FALSE);

  return self->cancellable != NULL;
}

static void
emb_retention_row_dispose (GObject *object)
{
  EmbRetentionRow *self = (EmbRetentionRow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_retention_row_parent_class)->dispose (object);
}

static void
emb_retention_row_class_init (EmbRetentionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_retention_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/preferences/emb-retention-row.ui");
}

static void
emb_retention_row_init (EmbRetentionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected), NULL);
}
