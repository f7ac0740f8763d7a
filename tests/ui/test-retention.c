/* test-retention.c: the retention rule of customer feedback texts in the
 * manager's application: the run after start-up and its toast, no second
 * run on the same day, and the row of the Preferences with its question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-retention.h"
#include "emb-preferences-window.h"
#include "emb-retention-row.h"
#include "emb-retention-runner.h"
#include "emb-ui-test-util.h"

typedef struct
{
  guint      months;      /* the period set before the window opens, or 0 */
  gboolean   run_before;  /* and a run recorded just before */
  guint64    due;         /* what a run would clear when the window opens */
  GDateTime *last;        /* the run recorded before */
} Prepared;

static void
prepare (EmbDatabase *db,
         gpointer     user_data)
{
  Prepared *p = user_data;
  g_autoptr(GError) error = NULL;

  if (p->months == EMB_RETENTION_FOREVER)
    return;
  g_assert_true (emb_feedback_retention_set_months (db, p->months, &error));
  g_assert_no_error (error);
  if (p->run_before)
    {
      g_assert_true (emb_feedback_retention_apply (db, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      p->last = emb_feedback_retention_get_last_run (db, NULL, NULL);
    }
  g_assert_true (emb_feedback_retention_count_due (db, p->months, NULL, &p->due, &error));
  g_assert_no_error (error);
}

static gboolean
shows_label (gpointer data)
{
  gpointer *args = data;

  return emb_ui_test_find_label (args[0], args[1]) != NULL;
}

static guint64
due (EmbDatabase *db,
     guint        months)
{
  g_autoptr(GError) error = NULL;
  guint64 count = 0;

  g_assert_true (emb_feedback_retention_count_due (db, months, NULL, &count, &error));
  g_assert_no_error (error);
  return count;
}

/* A programme that keeps texts 6 months: after start-up the rule runs on
 * its own, a toast says how many texts it cleared, and the run is
 * recorded. */
static void
test_start_up_run (void)
{
  Prepared p = { .months = 6 };
  EmbUiFixtureOptions options = { .prepare = prepare, .user_data = &p };
  EmbUiFixture f;
  g_autofree char *message = NULL;
  g_autoptr(GDateTime) last = NULL;
  gpointer args[2];
  guint64 cleared = 0;
  guint months = 0;

  emb_ui_fixture_set_up (&f, &options);
  /* The demo programme has months of feedback before the last six */
  g_assert_cmpuint (p.due, >, 100);
  message = emb_retention_describe_cleared (p.due, 6);
  args[0] = f.window;
  args[1] = message;
  g_assert_true (emb_ui_test_wait_for (shows_label, args, 30000));
  emb_ui_test_screenshot_painted (GTK_WIDGET (f.window), "retention", "start-up-toast");

  g_assert_cmpuint (due (f.db, 6), ==, 0);
  last = emb_feedback_retention_get_last_run (f.db, &cleared, &months);
  g_assert_nonnull (last);
  g_assert_cmpuint (cleared, ==, p.due);
  g_assert_cmpuint (months, ==, 6);
  emb_ui_fixture_tear_down (&f);
}

static gboolean
always_false (gpointer data)
{
  return FALSE;
}

/* Started again on the day of the last run (another machine's), the
 * window does not run the rule again; with texts kept for ever it never
 * does. */
static void
test_no_second_run (void)
{
  Prepared p = { .months = 12, .run_before = TRUE };
  EmbUiFixtureOptions options = { .prepare = prepare, .user_data = &p };
  EmbUiFixture f;
  g_autoptr(GDateTime) last = NULL;

  emb_ui_fixture_set_up (&f, &options);
  g_assert_nonnull (p.last);
  /* The start-up check runs in a low idle, long before this */
  emb_ui_test_wait_for (always_false, NULL, 1500);
  last = emb_feedback_retention_get_last_run (f.db, NULL, NULL);
  g_assert_nonnull (last);
  g_assert_cmpint (g_date_time_compare (last, p.last), ==, 0);
  g_clear_pointer (&p.last, g_date_time_unref);
  emb_ui_fixture_tear_down (&f);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
row_idle (gpointer data)
{
  return !emb_retention_row_is_busy (data);
}

/* The row: for ever at first; a shorter period asks first, saying how many
 * texts go, and is kept only when answered "Clear"; then its subtitle
 * tells the run. */
static void
test_preference_row (void)
{
  EmbUiFixtureOptions options = { 0 };
  EmbUiFixture f;
  GtkWindow *prefs, *dialog;
  EmbRetentionRow *row;
  g_autofree char *number = NULL;
  g_autofree char *last = NULL;
  g_autofree char *message = NULL;
  gpointer args[2];
  const char *body;
  guint64 year, half;

  emb_ui_fixture_set_up (&f, &options);
  g_action_group_activate_action (G_ACTION_GROUP (f.app), "preferences", NULL);
  prefs = find_toplevel (EMB_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  gtk_window_set_default_size (prefs, 720, 1300);
  emb_ui_test_wait_mapped (GTK_WIDGET (prefs));
  row = EMB_RETENTION_ROW (emb_ui_test_find_by_type (GTK_WIDGET (prefs), EMB_TYPE_RETENTION_ROW));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), _("Not run yet")));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  emb_ui_test_settle (GTK_WIDGET (prefs), 300);
  emb_ui_test_screenshot_painted (GTK_WIDGET (prefs), "retention", "preferences-forever");

  /* One year: asked, with the number that goes */
  year = due (f.db, 12);
  g_assert_cmpuint (year, >, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  g_assert_true (emb_ui_test_wait_for (dialog_shown, NULL, 10000));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  number = g_strdup_printf ("%'" G_GUINT64_FORMAT, year);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, number));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "clear"));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  emb_ui_test_screenshot_painted (GTK_WIDGET (dialog), "retention", "confirm");
  /* Nothing is stored or cleared before the answer */
  g_assert_cmpuint (emb_feedback_retention_get_months (f.db), ==, EMB_RETENTION_FOREVER);
  g_assert_cmpuint (due (f.db, 12), ==, year);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "clear");
  g_assert_true (emb_ui_test_wait_for (row_idle, row, 30000));
  g_assert_cmpuint (emb_feedback_retention_get_months (f.db), ==, 12);
  g_assert_cmpuint (due (f.db, 12), ==, 0);
  message = emb_retention_describe_cleared (year, 12);
  args[0] = prefs;
  args[1] = message;
  g_assert_true (emb_ui_test_wait_for (shows_label, args, 10000));
  last = emb_retention_describe_last_run (f.db);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), last));
  emb_ui_test_settle (GTK_WIDGET (prefs), 300);
  emb_ui_test_screenshot_painted (GTK_WIDGET (prefs), "retention", "preferences-year");

  /* Six months, answered "Cancel": back to one year, nothing cleared */
  half = due (f.db, 6);
  g_assert_cmpuint (half, >, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  g_assert_true (emb_ui_test_wait_for (dialog_shown, NULL, 10000));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_true (emb_ui_test_wait_for (row_idle, row, 10000));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 2);
  g_assert_cmpuint (emb_feedback_retention_get_months (f.db), ==, 12);
  g_assert_cmpuint (due (f.db, 6), ==, half);

  /* Longer: stored at once, without a question */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 5);
  g_assert_false (emb_retention_row_is_busy (row));
  g_assert_cmpuint (emb_feedback_retention_get_months (f.db), ==, 60);

  gtk_window_destroy (prefs);
  emb_ui_fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/retention/start-up-run", test_start_up_run);
  g_test_add_func ("/ui/retention/no-second-run", test_no_second_run);
  g_test_add_func ("/ui/retention/preference-row", test_preference_row);

  return g_test_run ();
}
