/* test-staff-pages.c: the Recognition, Autonomy and Feedback views of the
 * staff window, each in a plain window, for a person signed in on a copy of
 * the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "emb-demo.h"
#include "emb-feedback-store.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"
#include "emb-records.h"
#include "emb-staff-autonomy-view.h"
#include "emb-staff-decision-dialog.h"
#include "emb-staff-feedback-view.h"
#include "emb-staff-item-row.h"
#include "emb-staff-nominate-dialog.h"
#include "emb-staff-recognition-view.h"
#include "emb-staff-session.h"
#include "emb-ui-test-util.h"

/* The demo organisation's reference day: its feedback ends there. */
#define DEMO_NOW "2026-06-30T12:00:00Z"

typedef struct
{
  EmbUiFixture     ui;
  EmbDatabase     *db;
  EmbStaffSession *session;
  GtkWidget       *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = NULL, .width = 900, .height = 700 };

  emb_ui_fixture_set_up (&f->ui, &options);
  f->db = f->ui.db;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->session != NULL)
    emb_staff_session_sign_out (f->session);
  g_clear_object (&f->session);
  emb_ui_fixture_tear_down (&f->ui);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  emb_ui_test_screenshot_painted (widget, "staff", name);
}

/* Signs @employee in with their demo PIN. */
static void
sign_in (Fixture     *f,
         EmbEmployee *employee)
{
  g_autofree char *pin = emb_demo_employee_pin (emb_employee_get_employee_number (employee));
  g_autoptr(GError) error = NULL;

  f->session = emb_staff_session_sign_in (f->db, emb_record_get_id (EMB_RECORD (employee)), pin, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (EMB_IS_STAFF_SESSION (f->session));
}

/* Puts @view in a plain window of @width with a toast overlay, as the staff
 * window holds it. */
static void
show (Fixture   *f,
      GtkWidget *view,
      int        width)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->window = adw_window_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 720);
  gtk_window_set_application (GTK_WINDOW (f->window), GTK_APPLICATION (f->ui.app));
  gtk_window_present (GTK_WINDOW (f->window));
  emb_ui_test_wait_mapped (view);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
row_text (GtkListBox *list,
          guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_true (EMB_IS_STAFF_ITEM_ROW (row));
  return emb_staff_item_row_get_text (EMB_STAFF_ITEM_ROW (row));
}

/* Finding people in the demo --------------------------------------------- */

static EmbEmployee *
active_employee (Fixture *f,
                 gint64   department_id,
                 guint    nth)
{
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) people = NULL;

  filter.active = 1;
  filter.department_id = department_id;
  people = emb_people_store_query_employees (f->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (people), >, nth);
  return g_list_model_get_item (people, nth);
}

/* A running wave of a pilot (of @department_id's, or of any department
 * with 0), and its pilot; NULL when there is none. */
static EmbWave *
find_running_wave (Fixture   *f,
                   gint64     department_id,
                   EmbPilot **pilot_out)
{
  g_autoptr(GListModel) pilots = emb_pilot_store_list_pilots (f->db, NULL);

  for (guint i = 0; pilots != NULL && i < g_list_model_get_n_items (pilots); i++)
    {
      g_autoptr(EmbPilot) pilot = g_list_model_get_item (pilots, i);
      g_autoptr(GListModel) waves = emb_pilot_store_list_waves (f->db, emb_record_get_id (EMB_RECORD (pilot)), NULL);

      for (guint j = 0; waves != NULL && j < g_list_model_get_n_items (waves); j++)
        {
          g_autoptr(EmbWave) wave = g_list_model_get_item (waves, j);

          if (emb_wave_get_status (wave) != EMB_WAVE_STATUS_RUNNING ||
              (department_id != 0 && emb_wave_get_department_id (wave) != department_id))
            continue;
          if (pilot_out != NULL)
            *pilot_out = g_steal_pointer (&pilot);
          return g_steal_pointer (&wave);
        }
    }
  return NULL;
}

static EmbWave *
running_wave (Fixture   *f,
              EmbPilot **pilot_out)
{
  return find_running_wave (f, 0, pilot_out);
}

static gboolean
department_in_running_wave (Fixture *f,
                            gint64   department_id)
{
  g_autoptr(EmbWave) wave = find_running_wave (f, department_id, NULL);

  return wave != NULL;
}

/* Someone who hears from customers in the 30 days before DEMO_NOW: both
 * praise and complaints about the touchpoints of their role. */
static EmbEmployee *
employee_with_feedback (Fixture *f)
{
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) people = NULL;

  filter.active = 1;
  people = emb_people_store_query_employees (f->db, &filter);
  for (guint i = 0; i < g_list_model_get_n_items (people) && i < 400; i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (people, i);
      EmbFeedbackFilter feedback = EMB_FEEDBACK_FILTER_INIT;
      g_autoptr(GListModel) praise = NULL;
      g_autoptr(GListModel) complaints = NULL;

      feedback.responsible_id = emb_record_get_id (EMB_RECORD (employee));
      feedback.from = "2026-06-01";
      feedback.to = "2026-06-30";
      feedback.kind = EMB_FEEDBACK_KIND_PRAISE;
      praise = emb_feedback_store_query (f->db, &feedback);
      feedback.kind = EMB_FEEDBACK_KIND_COMPLAINT;
      complaints = emb_feedback_store_query (f->db, &feedback);
      if (g_list_model_get_n_items (praise) > 0 && g_list_model_get_n_items (complaints) > 0)
        return g_steal_pointer (&employee);
    }
  g_assert_not_reached ();
}

/* Recognition ------------------------------------------------------------ */

static EmbStaffNominateDialog *
open_nominate (EmbStaffRecognitionView *view)
{
  EmbStaffNominateDialog *dialog;

  /* As Ctrl+N or the button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "staff-recognition.nominate", NULL));
  dialog = EMB_STAFF_NOMINATE_DIALOG (emb_staff_recognition_view_get_dialog (view));
  g_assert_nonnull (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  return dialog;
}

static void
set_story (EmbStaffNominateDialog *dialog,
           const char             *story)
{
  GtkTextView *view = GTK_TEXT_VIEW (emb_staff_nominate_dialog_get_field (dialog, "story"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), story, -1);
}

static char *
get_story (EmbStaffNominateDialog *dialog)
{
  GtkTextView *view = GTK_TEXT_VIEW (emb_staff_nominate_dialog_get_field (dialog, "story"));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

/* Fills the dialog for a nomination of @colleague. */
static void
fill_nomination (EmbStaffNominateDialog *dialog,
                 EmbEmployee            *colleague,
                 const char             *story)
{
  emb_staff_nominate_dialog_search (dialog, emb_employee_get_name (colleague));
  g_assert_true (emb_staff_nominate_dialog_choose (dialog, emb_record_get_id (EMB_RECORD (colleague))));
  g_assert_cmpint (emb_staff_nominate_dialog_get_chosen_id (dialog), ==,
                   emb_record_get_id (EMB_RECORD (colleague)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_staff_nominate_dialog_get_field (dialog, "value")), 1);
  set_story (dialog, story);
}

/* My nominations submitted this month (UTC, as the tests run), which the
 * nominator cap counts. */
static guint
sent_this_month (Fixture *f)
{
  g_autoptr(GListModel) sent = emb_staff_session_list_sent_nominations (f->session, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *month = g_date_time_format (now, "%Y-%m");
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sent); i++)
    {
      g_autoptr(EmbNomination) nomination = g_list_model_get_item (sent, i);

      if (g_str_has_prefix (emb_nomination_get_submitted_at (nomination), month))
        n++;
    }
  return n;
}

static guint
n_sent (Fixture *f)
{
  g_autoptr(GListModel) sent = emb_staff_session_list_sent_nominations (f->session, NULL);

  return g_list_model_get_n_items (sent);
}

static gboolean
dialog_gone (gpointer data)
{
  return emb_staff_recognition_view_get_dialog (data) == NULL;
}

static void
test_nominate_within_and_over_cap (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(EmbEmployee) me = active_employee (f, 0, 3);
  g_autoptr(EmbEmployee) colleague = active_employee (f, 0, 4);
  g_autoptr(EmbEmployee) other = active_employee (f, 0, 5);
  EmbStaffRecognitionView *view;
  EmbStaffNominateDialog *dialog;
  g_autofree char *story = NULL;
  const char *message;
  guint before;

  sign_in (f, me);
  view = EMB_STAFF_RECOGNITION_VIEW (emb_staff_recognition_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);
  screenshot (GTK_WIDGET (view), "recognition");

  /* Room for exactly one more this month. */
  g_settings_set_uint (settings, "max-nominations-per-nominator", sent_this_month (f) + 1);
  g_settings_set_uint (settings, "max-nominations-per-nominee", 0);

  /* Within the cap: sent as me, listed at once with its status. */
  before = n_sent (f);
  dialog = open_nominate (view);
  screenshot (GTK_WIDGET (dialog), "nominate-empty");
  fill_nomination (dialog, colleague, "Stayed late to rebook a stranded family.");
  screenshot (GTK_WIDGET (dialog), "nominate-filled");
  g_assert_true (emb_staff_nominate_dialog_submit (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, view, 5000));
  g_assert_cmpuint (n_sent (f), ==, before + 1);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (n_rows (emb_staff_recognition_view_get_list (view, FALSE)), ==, before + 1);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < n_rows (emb_staff_recognition_view_get_list (view, FALSE)); i++)
      if (strstr (row_text (emb_staff_recognition_view_get_list (view, FALSE), i),
                  "Stayed late to rebook a stranded family.") != NULL)
        found = TRUE;
    g_assert_true (found);
  }

  /* Over the nominator's cap: refused under "From you", nothing stored,
   * everything typed stays. */
  dialog = open_nominate (view);
  fill_nomination (dialog, other, "Found the lost card in ten minutes.");
  g_assert_false (emb_staff_nominate_dialog_submit (dialog));
  message = emb_staff_nominate_dialog_get_error (dialog, "nominator");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, emb_employee_get_name (me)));
  g_assert_cmpuint (n_sent (f), ==, before + 1);
  story = get_story (dialog);
  g_assert_cmpstr (story, ==, "Found the lost card in ten minutes.");
  g_assert_true (emb_staff_recognition_view_get_dialog (view) == GTK_WINDOW (dialog));
  screenshot (GTK_WIDGET (dialog), "nominate-over-cap");

  /* The same colleague twice in a month, over the per-colleague cap:
   * refused under the colleague. */
  g_settings_set_uint (settings, "max-nominations-per-nominator", 0);
  g_settings_set_uint (settings, "max-nominations-per-nominee", 1);
  fill_nomination (dialog, colleague, "Again, and just as kind.");
  g_assert_false (emb_staff_nominate_dialog_submit (dialog));
  message = emb_staff_nominate_dialog_get_error (dialog, "nominee-employee");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, emb_employee_get_name (colleague)));
  g_assert_cmpuint (n_sent (f), ==, before + 1);
  screenshot (GTK_WIDGET (dialog), "nominate-pair-cap");

  /* Another colleague is within both caps. */
  fill_nomination (dialog, other, "Found the lost card in ten minutes.");
  g_assert_true (emb_staff_nominate_dialog_submit (dialog));
  g_assert_cmpuint (n_sent (f), ==, before + 2);

  g_settings_reset (settings, "max-nominations-per-nominator");
  g_settings_reset (settings, "max-nominations-per-nominee");
}

static void
test_nominate_refusals (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EmbEmployee) me = active_employee (f, 0, 6);
  g_autoptr(EmbEmployee) colleague = active_employee (f, 0, 11);
  EmbStaffRecognitionView *view;
  EmbStaffNominateDialog *dialog;
  guint before;

  sign_in (f, me);
  view = EMB_STAFF_RECOGNITION_VIEW (emb_staff_recognition_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);
  before = n_sent (f);

  /* Nobody chosen, no value: each refusal under its field. */
  dialog = open_nominate (view);
  set_story (dialog, "Someone did something.");
  g_assert_false (emb_staff_nominate_dialog_submit (dialog));
  g_assert_nonnull (emb_staff_nominate_dialog_get_error (dialog, "nominee"));
  g_assert_cmpuint (n_sent (f), ==, before);

  /* Nobody nominates themselves: I am not found. */
  emb_staff_nominate_dialog_search (dialog, emb_employee_get_name (me));
  g_assert_false (emb_staff_nominate_dialog_choose (dialog, emb_record_get_id (EMB_RECORD (me))));

  /* Enter in the search chooses the first colleague found. */
  emb_staff_nominate_dialog_search (dialog, emb_employee_get_employee_number (colleague));
  g_signal_emit_by_name (emb_staff_nominate_dialog_get_field (dialog, "search"), "activate");
  g_assert_cmpint (emb_staff_nominate_dialog_get_chosen_id (dialog), ==, emb_record_get_id (EMB_RECORD (colleague)));

  /* A team: my own department is offered first. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_staff_nominate_dialog_get_field (dialog, "kind")), 1);
  g_assert_true (gtk_widget_get_visible (emb_staff_nominate_dialog_get_field (dialog, "nominee-department")));
  g_assert_false (emb_staff_nominate_dialog_submit (dialog));
  g_assert_nonnull (emb_staff_nominate_dialog_get_error (dialog, "value"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_staff_nominate_dialog_get_field (dialog, "value")), 1);
  g_assert_true (emb_staff_nominate_dialog_submit (dialog));
  g_assert_cmpuint (n_sent (f), ==, before + 1);
}

static void
test_nominate_draft (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(EmbEmployee) me = active_employee (f, 0, 7);
  g_autoptr(EmbEmployee) colleague = active_employee (f, 0, 8);
  EmbStaffRecognitionView *view;
  EmbStaffNominateDialog *dialog;
  g_autofree char *story = NULL;

  sign_in (f, me);
  view = EMB_STAFF_RECOGNITION_VIEW (emb_staff_recognition_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);

  /* Closed mid-entry ... */
  dialog = open_nominate (view);
  fill_nomination (dialog, colleague, "Half a sentence");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, view, 5000));

  /* ... and everything is back. */
  dialog = open_nominate (view);
  story = get_story (dialog);
  g_assert_cmpstr (story, ==, "Half a sentence");
  g_assert_cmpint (emb_staff_nominate_dialog_get_chosen_id (dialog), ==,
                   emb_record_get_id (EMB_RECORD (colleague)));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (emb_staff_nominate_dialog_get_field (dialog, "value"))),
                    ==, 1);
  screenshot (GTK_WIDGET (dialog), "nominate-draft");

  /* Sent, the draft is gone. */
  g_assert_true (emb_staff_nominate_dialog_submit (dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, view, 5000));
  dialog = open_nominate (view);
  g_clear_pointer (&story, g_free);
  story = get_story (dialog);
  g_assert_cmpstr (story, ==, "");
  g_assert_cmpint (emb_staff_nominate_dialog_get_chosen_id (dialog), ==, 0);
}

/* Signing out leaves nothing of the person on screen. */
static void
test_sign_out_clears (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EmbEmployee) me = active_employee (f, 0, 9);
  g_autoptr(EmbEmployee) colleague = active_employee (f, 0, 10);
  EmbStaffRecognitionView *view;
  EmbStaffNominateDialog *dialog;

  sign_in (f, me);
  view = EMB_STAFF_RECOGNITION_VIEW (emb_staff_recognition_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);
  dialog = open_nominate (view);
  fill_nomination (dialog, colleague, "Kind words.");
  g_assert_true (emb_staff_nominate_dialog_submit (dialog));
  emb_ui_test_iterate (100);
  g_assert_cmpuint (n_rows (emb_staff_recognition_view_get_list (view, FALSE)), >, 0);
  open_nominate (view);

  /* The staff window signs out and takes the session from its views. */
  emb_staff_session_sign_out (f->session);
  emb_staff_view_set_session (EMB_STAFF_VIEW (view), NULL);
  g_assert_cmpuint (n_rows (emb_staff_recognition_view_get_list (view, FALSE)), ==, 0);
  g_assert_cmpuint (n_rows (emb_staff_recognition_view_get_list (view, TRUE)), ==, 0);
  g_assert_null (emb_staff_recognition_view_get_dialog (view));
  g_assert_null (emb_staff_recognition_view_nominate (view));
}

/* Autonomy --------------------------------------------------------------- */

static gboolean
decision_dialog_gone (gpointer data)
{
  return emb_staff_autonomy_view_get_dialog (data) == NULL;
}

static void
test_decision_over_ceiling (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(EmbWave) wave = running_wave (f, &pilot);
  g_autoptr(EmbEmployee) me = NULL;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *over = NULL;
  EmbStaffAutonomyView *view;
  EmbStaffDecisionDialog *dialog;
  guint before;

  g_assert_nonnull (wave);
  if (emb_pilot_get_spending_ceiling (pilot) <= 0)
    {
      emb_pilot_set_spending_ceiling (pilot, 5000);
      g_assert_true (emb_pilot_store_save_pilot (f->db, pilot, &error));
      g_assert_no_error (error);
    }
  me = active_employee (f, emb_wave_get_department_id (wave), 0);
  sign_in (f, me);

  view = EMB_STAFF_AUTONOMY_VIEW (emb_staff_autonomy_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);
  g_assert_nonnull (emb_staff_autonomy_view_get_pilot (view));
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (emb_staff_autonomy_view_get_pilot (view))), ==,
                   emb_record_get_id (EMB_RECORD (pilot)));
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (view), emb_pilot_get_principle (pilot)));
  screenshot (GTK_WIDGET (view), "autonomy");
  before = n_rows (emb_staff_autonomy_view_get_list (view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "staff-autonomy.log", NULL));
  dialog = EMB_STAFF_DECISION_DIALOG (emb_staff_autonomy_view_get_dialog (view));
  g_assert_true (EMB_IS_STAFF_DECISION_DIALOG (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  screenshot (GTK_WIDGET (dialog), "decision-empty");

  emb_staff_decision_dialog_set_text (dialog, "situation", "A customer's card was swallowed on a Friday night.");
  emb_staff_decision_dialog_set_text (dialog, "decision", "Paid for a taxi home and a new card by courier.");
  emb_staff_decision_dialog_set_text (dialog, "customer-outcome", "Home safe; card on Saturday.");
  over = emb_pilot_format_decimal (emb_pilot_get_spending_ceiling (pilot) + 2500);
  g_assert_false (emb_staff_decision_dialog_is_over_ceiling (dialog));
  emb_staff_decision_dialog_set_text (dialog, "cost", over);
  /* The reason is asked for as the cost is typed. */
  g_assert_true (emb_staff_decision_dialog_is_over_ceiling (dialog));
  g_assert_true (gtk_widget_get_mapped (emb_staff_decision_dialog_get_field (dialog, "over-ceiling-reason")));

  /* Without the reason: refused under it, nothing logged. */
  g_assert_false (emb_staff_decision_dialog_log (dialog));
  g_assert_nonnull (emb_staff_decision_dialog_get_error (dialog, "over-ceiling-reason"));
  mine = emb_staff_session_list_my_decisions (f->session, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, before);
  screenshot (GTK_WIDGET (dialog), "decision-reason-required");

  /* With it: logged as me, waiting for review. */
  emb_staff_decision_dialog_set_text (dialog, "over-ceiling-reason", "The last train had gone.");
  g_assert_true (emb_staff_decision_dialog_log (dialog));
  g_assert_true (emb_ui_test_wait_for (decision_dialog_gone, view, 5000));
  g_clear_object (&mine);
  mine = emb_staff_session_list_my_decisions (f->session, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, before + 1);
  {
    g_autoptr(EmbDecision) logged = g_list_model_get_item (mine, 0);

    g_assert_cmpint (emb_decision_get_employee_id (logged), ==, emb_record_get_id (EMB_RECORD (me)));
    g_assert_cmpint (emb_decision_get_review_status (logged), ==, EMB_REVIEW_STATUS_PENDING);
    g_assert_cmpstr (emb_decision_get_over_ceiling_reason (logged), ==, "The last train had gone.");
  }
  emb_ui_test_iterate (100);
  g_assert_cmpuint (n_rows (emb_staff_autonomy_view_get_list (view)), ==, before + 1);
  g_assert_nonnull (strstr (row_text (emb_staff_autonomy_view_get_list (view), 0),
                            C_("review status", "Awaiting review")));
  screenshot (GTK_WIDGET (view), "autonomy-logged");
}

static void
test_decision_draft (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(EmbWave) wave = running_wave (f, &pilot);
  g_autoptr(EmbEmployee) me = NULL;
  EmbStaffAutonomyView *view;
  GtkWindow *dialog;
  g_autofree char *text = NULL;

  g_assert_nonnull (wave);
  me = active_employee (f, emb_wave_get_department_id (wave), 1);
  sign_in (f, me);
  view = EMB_STAFF_AUTONOMY_VIEW (emb_staff_autonomy_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);

  dialog = emb_staff_autonomy_view_log_decision (view);
  emb_staff_decision_dialog_set_text (EMB_STAFF_DECISION_DIALOG (dialog), "situation", "Unfinished thought");
  gtk_window_close (dialog);
  g_assert_true (emb_ui_test_wait_for (decision_dialog_gone, view, 5000));

  dialog = emb_staff_autonomy_view_log_decision (view);
  {
    GtkTextView *situation = GTK_TEXT_VIEW (emb_staff_decision_dialog_get_field (EMB_STAFF_DECISION_DIALOG (dialog),
                                                                                 "situation"));
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (situation), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (situation), &start, &end, FALSE);
  }
  g_assert_cmpstr (text, ==, "Unfinished thought");
}

static void
test_autonomy_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (f->db, NULL);
  g_autoptr(EmbEmployee) me = NULL;
  EmbStaffAutonomyView *view;

  for (guint i = 0; me == NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));
      EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
      g_autoptr(GListModel) people = NULL;

      if (department_in_running_wave (f, id))
        continue;
      filter.active = 1;
      filter.department_id = id;
      people = emb_people_store_query_employees (f->db, &filter);
      if (g_list_model_get_n_items (people) > 0)
        me = g_list_model_get_item (people, 0);
    }
  g_assert_nonnull (me);

  sign_in (f, me);
  view = EMB_STAFF_AUTONOMY_VIEW (emb_staff_autonomy_view_new (f->session));
  show (f, GTK_WIDGET (view), 900);
  g_assert_null (emb_staff_autonomy_view_get_pilot (view));
  g_assert_nonnull (emb_ui_test_find_by_type (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (emb_ui_test_find_by_type (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE)));
  g_assert_null (emb_staff_autonomy_view_log_decision (view));
  screenshot (GTK_WIDGET (view), "autonomy-empty");
}

/* Feedback --------------------------------------------------------------- */

/* Signs in someone who heard from customers in June 2026, and gives the
 * demo's last day as "now". */
static GDateTime *
sign_in_with_feedback (Fixture *f)
{
  g_autoptr(EmbEmployee) me = employee_with_feedback (f);

  sign_in (f, me);
  return g_date_time_new_from_iso8601 (DEMO_NOW, NULL);
}

static EmbStaffFeedbackView *
show_feedback (Fixture   *f,
               GDateTime *now)
{
  EmbStaffFeedbackView *view = EMB_STAFF_FEEDBACK_VIEW (emb_staff_feedback_view_new (f->session));

  emb_staff_feedback_view_set_now (view, now);
  show (f, GTK_WIDGET (view), 900);
  return view;
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = sign_in_with_feedback (f);
  EmbStaffFeedbackView *view = show_feedback (f, now);
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GListModel) all = NULL;
  GtkListBox *lists[3];
  guint n_refs = 0;

  lists[0] = emb_staff_feedback_view_get_list (view, EMB_FEEDBACK_KIND_PRAISE);
  lists[1] = emb_staff_feedback_view_get_list (view, EMB_FEEDBACK_KIND_COMPLAINT);
  lists[2] = emb_staff_feedback_view_get_list (view, EMB_FEEDBACK_KIND_SUGGESTION);
  g_assert_cmpuint (n_rows (lists[0]), >, 0);
  g_assert_cmpuint (n_rows (lists[1]), >, 0);
  emb_ui_test_wait_mapped (GTK_WIDGET (lists[1]));

  /* Praise comes first on screen. */
  {
    graphene_point_t praise, complaint;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (lists[0]), GTK_WIDGET (view),
                                             &GRAPHENE_POINT_INIT (0, 0), &praise));
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (lists[1]), GTK_WIDGET (view),
                                             &GRAPHENE_POINT_INIT (0, 0), &complaint));
    g_assert_cmpfloat (praise.y, <, complaint.y);
  }

  /* Complaints say where their follow-up stands. */
  for (guint i = 0; i < n_rows (lists[1]); i++)
    {
      const char *text = row_text (lists[1], i);
      gboolean has_status = FALSE;

      for (EmbFollowUp step = EMB_FOLLOW_UP_NEW; step <= EMB_FOLLOW_UP_CLOSED; step++)
        {
          const char *label = NULL;

          switch (step)
            {
            case EMB_FOLLOW_UP_NEW: label = C_("follow-up", "New"); break;
            case EMB_FOLLOW_UP_ACKNOWLEDGED: label = C_("follow-up", "Acknowledged"); break;
            case EMB_FOLLOW_UP_IN_PROGRESS: label = C_("follow-up", "In progress"); break;
            case EMB_FOLLOW_UP_CLOSED: label = C_("follow-up", "Closed"); break;
            default: break;
            }
          if (strstr (text, label) != NULL)
            has_status = TRUE;
        }
      g_assert_true (has_status);
    }

  /* No customer's reference anywhere: every reference the demo has is
   * looked for in every row. */
  all = emb_feedback_store_query (f->db, &filter);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EmbFeedback) item = g_list_model_get_item (all, i);
      const char *ref = emb_feedback_get_customer_ref (item);

      if (ref == NULL || *ref == '\0')
        continue;
      n_refs++;
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint r = 0; r < n_rows (lists[l]); r++)
          g_assert_null (strstr (row_text (lists[l], r), ref));
    }
  g_assert_cmpuint (n_refs, >, 0);

  /* The figures say how many answers they rest on. */
  {
    g_autofree char *nps = emb_staff_feedback_view_get_figure (view, EMB_SCORE_TYPE_NPS);
    g_autofree char *csat = emb_staff_feedback_view_get_figure (view, EMB_SCORE_TYPE_CSAT);

    g_assert_true (g_regex_match_simple ("[0-9]", nps, 0, 0));
    g_assert_true (g_regex_match_simple ("[0-9]", csat, 0, 0));
  }
  screenshot (GTK_WIDGET (view), "feedback");
}

static void
test_feedback_below_threshold (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GDateTime) now = sign_in_with_feedback (f);
  g_autoptr(GError) error = NULL;
  EmbStaffFeedbackView *view;
  EmbNps nps;
  EmbCsat csat;
  guint threshold;
  g_autofree char *shown = NULL;
  g_autofree char *fewer = NULL;

  /* One answer more than the NPS sample has: it may not show any more. */
  g_assert_true (emb_staff_session_get_feedback_figures (f->session, EMB_STAFF_FEEDBACK_DAYS, now,
                                                         &nps, &csat, &error));
  g_assert_no_error (error);
  g_assert_true (nps.valid);
  threshold = MAX (nps.total + 1, EMB_ANONYMITY_THRESHOLD_MIN);
  g_assert_true (emb_programme_set_anonymity_threshold (f->db, threshold, &error));
  g_assert_no_error (error);
  g_assert_true (emb_staff_session_get_feedback_figures (f->session, EMB_STAFF_FEEDBACK_DAYS, now,
                                                         &nps, &csat, &error));
  g_assert_false (nps.valid);

  view = show_feedback (f, now);
  shown = emb_staff_feedback_view_get_figure (view, EMB_SCORE_TYPE_NPS);
  fewer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Fewer than %u answer: not shown, so that no one can be recognised",
                                        "Fewer than %u answers: not shown, so that no one can be recognised",
                                        threshold), threshold);
  g_assert_nonnull (strstr (shown, fewer));
  screenshot (GTK_WIDGET (view), "feedback-below-threshold");
}

/* At 360 pixels wide --------------------------------------------------- */

/* Shows @dialog 360 pixels wide from the start: libadwaita 1.2 dislikes a
 * shown window resized. */
static GtkWindow *
narrow_dialog (Fixture   *f,
               GtkWindow *dialog)
{
  gtk_window_set_default_size (dialog, 360, 640);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (f->window));
  gtk_window_present (dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  return dialog;
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(EmbWave) wave = running_wave (f, &pilot);
  g_autoptr(EmbEmployee) me = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (DEMO_NOW, NULL);
  GtkWidget *view;
  GtkWindow *dialog;

  g_assert_nonnull (wave);
  me = active_employee (f, emb_wave_get_department_id (wave), 2);
  sign_in (f, me);

  view = emb_staff_recognition_view_new (f->session);
  show (f, view, 360);
  g_assert_cmpint (gtk_widget_get_width (f->window), <=, 360);
  screenshot (view, "recognition-narrow");
  dialog = narrow_dialog (f, GTK_WINDOW (emb_staff_nominate_dialog_new (f->session)));
  screenshot (GTK_WIDGET (dialog), "nominate-narrow");
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));

  view = emb_staff_autonomy_view_new (f->session);
  show (f, view, 360);
  g_assert_cmpint (gtk_widget_get_width (f->window), <=, 360);
  screenshot (view, "autonomy-narrow");
  g_assert_nonnull (emb_staff_autonomy_view_get_pilot (EMB_STAFF_AUTONOMY_VIEW (view)));
  dialog = narrow_dialog (f, GTK_WINDOW (emb_staff_decision_dialog_new (f->session, emb_staff_autonomy_view_get_pilot (EMB_STAFF_AUTONOMY_VIEW (view)))));
  emb_staff_decision_dialog_set_text (EMB_STAFF_DECISION_DIALOG (dialog), "cost", "100000");
  screenshot (GTK_WIDGET (dialog), "decision-narrow");
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));

  view = emb_staff_feedback_view_new (f->session);
  emb_staff_feedback_view_set_now (EMB_STAFF_FEEDBACK_VIEW (view), now);
  show (f, view, 360);
  g_assert_cmpint (gtk_widget_get_width (f->window), <=, 360);
  screenshot (view, "feedback-narrow");
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/staff/recognition/caps", test_nominate_within_and_over_cap);
  ADD ("/ui/staff/recognition/refusals", test_nominate_refusals);
  ADD ("/ui/staff/recognition/draft", test_nominate_draft);
  ADD ("/ui/staff/recognition/sign-out", test_sign_out_clears);
  ADD ("/ui/staff/autonomy/over-ceiling", test_decision_over_ceiling);
  ADD ("/ui/staff/autonomy/draft", test_decision_draft);
  ADD ("/ui/staff/autonomy/empty", test_autonomy_empty);
  ADD ("/ui/staff/feedback", test_feedback);
  ADD ("/ui/staff/feedback/below-threshold", test_feedback_below_threshold);
  ADD ("/ui/staff/narrow", test_narrow);

#undef ADD

  return g_test_run ();
}
