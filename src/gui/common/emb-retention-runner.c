/* emb-retention-runner.c: the daily run of the feedback retention rule
 *
 * The manager window (never the staff window or the kiosk) owns one: once
 * the window is shown, and then every hour while it is open, it asks the
 * database whether a run is due (emb_feedback_retention_is_due(): a period
 * is set and the last run recorded in the database is a day old, or
 * applied another period). So the rule runs once a day across restarts and
 * across the machines on one file: a window started twice a day, or on a
 * second desktop after the first ran today, does not run it again. The run
 * itself is a GTask with its own connection, in batches, so start-up and
 * the window never wait for it; when it cleared texts, a toast says how
 * many.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-retention-runner"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "emb-feedback-retention.h"
#include "emb-format.h"
#include "emb-retention-runner.h"
#include "emb-toast.h"

/* How often an open window asks whether a run is due. */
#define CHECK_INTERVAL_SECONDS (60 * 60)

struct _EmbRetentionRunner
{
  GObject       parent_instance;

  EmbDatabase  *database;
  GWeakRef      window;
  GCancellable *cancellable;   /* of the run going on, or NULL */
  guint         start_id;
  guint         check_id;
};

G_DEFINE_FINAL_TYPE (EmbRetentionRunner, emb_retention_runner, G_TYPE_OBJECT)

/* Words ------------------------------------------------------------------ */

/**
 * emb_retention_describe_period:
 * @months: a period, not %EMB_RETENTION_FOREVER
 *
 * Returns: (transfer full): the period in words, as "6 months" or
 *   "2 years"
 */
char *
emb_retention_describe_period (guint months)
{
  if (months % 12 == 0)
    return g_strdup_printf (ngettext ("%u year", "%u years", months / 12), months / 12);
  return g_strdup_printf (ngettext ("%u month", "%u months", months), months);
}

/**
 * emb_retention_describe_cleared:
 *
 * Returns: (transfer full): what a run that cleared @cleared items with
 *   the period @months did, in a sentence for a toast
 */
char *
emb_retention_describe_cleared (guint64 cleared,
                                guint   months)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GUINT64_FORMAT, cleared);
  g_autofree char *period = emb_retention_describe_period (months);

  /* Translators: the first %s is a number ("1,234"), the second a period
   * ("2 years") */
  return g_strdup_printf (ngettext ("Cleared the text of %s feedback item older than %s",
                                    "Cleared the text of %s feedback items older than %s",
                                    (gulong)MIN (cleared, G_MAXULONG)),
                          number, period);
}

/**
 * emb_retention_describe_last_run:
 *
 * Returns: (transfer full): when the retention rule last ran on
 *   @database and what it did, or that it never ran
 */
char *
emb_retention_describe_last_run (EmbDatabase *database)
{
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *when = NULL;
  g_autofree char *number = NULL;
  guint64 cleared = 0;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  last = emb_feedback_retention_get_last_run (database, &cleared, NULL);
  if (last == NULL)
    return g_strdup (_("Not run yet"));
  stamp = g_date_time_format_iso8601 (last);
  when = emb_format_day_and_time (stamp);
  if (cleared == 0)
    /* Translators: %s is a day and time */
    return g_strdup_printf (_("Last run %s: nothing to clear"), when);
  number = g_strdup_printf ("%'" G_GUINT64_FORMAT, cleared);
  /* Translators: the first %s is a day and time, the second a number */
  return g_strdup_printf (ngettext ("Last run %s: cleared %s text",
                                    "Last run %s: cleared %s texts",
                                    (gulong)MIN (cleared, G_MAXULONG)),
                          when, number);
}

/* Running ---------------------------------------------------------------- */

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EmbRetentionRunner) self = user_data;
  g_autoptr(GtkWidget) window = NULL;
  g_autoptr(GError) error = NULL;
  EmbRetentionResult done;

  g_clear_object (&self->cancellable);
  if (!emb_feedback_retention_apply_finish (EMB_DATABASE (source), result, &done, &error))
    {
      /* A run that failed (another writer held the file too long) must not
       * stop anyone working: it is logged, and the next check tries again. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("The feedback retention rule did not run: %s", error->message);
      return;
    }

  window = g_weak_ref_get (&self->window);
  if (done.cleared > 0 && window != NULL)
    {
      g_autofree char *message = emb_retention_describe_cleared (done.cleared, done.months);

      emb_toast_add (window, adw_toast_new (message));
    }
}

static gboolean
check (gpointer user_data)
{
  EmbRetentionRunner *self = user_data;

  if (self->cancellable == NULL && emb_feedback_retention_is_due (self->database, NULL))
    {
      self->cancellable = g_cancellable_new ();
      emb_feedback_retention_apply_async (self->database, NULL, self->cancellable, on_applied,
                                          g_object_ref (self));
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
start_once (gpointer user_data)
{
  EmbRetentionRunner *self = user_data;

  self->start_id = 0;
  check (self);
  return G_SOURCE_REMOVE;
}

/**
 * emb_retention_runner_start:
 *
 * Runs the rule when it is due: soon, once the window has drawn, and then
 * whenever a check every hour finds it due.
 */
void
emb_retention_runner_start (EmbRetentionRunner *self)
{
  g_return_if_fail (EMB_IS_RETENTION_RUNNER (self));

  if (self->check_id != 0)
    return;
  /* After the window's first frame (a redraw outranks a low idle). */
  self->start_id = g_idle_add_full (G_PRIORITY_LOW, start_once, self, NULL);
  self->check_id = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, check, self);
}

/**
 * emb_retention_runner_is_running:
 *
 * Returns: whether a run is going on
 */
gboolean
emb_retention_runner_is_running (EmbRetentionRunner *self)
{
  g_return_val_if_fail (EMB_IS_RETENTION_RUNNER (self), FALSE);

  return self->cancellable != NULL;
}

static void
emb_retention_runner_dispose (GObject *object)
{
  EmbRetentionRunner *self = (EmbRetentionRunner *)object;

  g_clear_handle_id (&self->start_id, g_source_remove);
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_retention_runner_parent_class)->dispose (object);
}

static void
emb_retention_runner_finalize (GObject *object)
{
  EmbRetentionRunner *self = (EmbRetentionRunner *)object;

  g_weak_ref_clear (&self->window);

  G_OBJECT_CLASS (emb_retention_runner_parent_class)->finalize (object);
}

static void
emb_retention_runner_class_init (EmbRetentionRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_retention_runner_dispose;
  object_class->finalize = emb_retention_runner_finalize;
}

static void
emb_retention_runner_init (EmbRetentionRunner *self)
{
  g_weak_ref_init (&self->window, NULL);
}

/**
 * emb_retention_runner_new:
 * @window: where the toasts go (held weakly)
 *
 * Returns: (transfer full): a runner; emb_retention_runner_start() starts it
 */
EmbRetentionRunner *
emb_retention_runner_new (EmbDatabase *database,
                          GtkWidget   *window)
{
  EmbRetentionRunner *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (window), NULL);

  self = g_object_new (EMB_TYPE_RETENTION_RUNNER, NULL);
  self->database = g_object_ref (database);
  g_weak_ref_set (&self->window, window);
  return self;
}
