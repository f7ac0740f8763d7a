/* test-staff-activity.c: what a signed-in person contributes and reads
 *
 * Nominations (as me, the caps and refusals of the manager's dialog,
 * anonymous ones without their sender for anybody else, nobody else's
 * private ones), decisions under my department's pilot, feedback about my
 * touchpoints without customer data, figures and pulses from the
 * anonymity threshold up, and the new fields in a bundle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-bundle.h"
#include "emb-database-private.h"
#include "emb-import-report.h"
#include "emb-pilot-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-store.h"
#include "emb-records.h"
#include "emb-staff-test-util.h"
#include "emb-tables.h"

/* Recognition -------------------------------------------------------------------- */

static void
test_nominate_as_me (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Stayed late");
  g_autoptr(EmbNomination) stored = NULL;
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  gint64 id;

  /* Whatever the record says: sent by Anna, now, undecided. */
  emb_nomination_set_nominator_id (nomination, f->carl);
  emb_nomination_set_submitted_at (nomination, "2020-01-01T00:00:00Z");
  emb_nomination_set_status (nomination, EMB_NOMINATION_STATUS_CELEBRATED);
  g_assert_true (emb_staff_session_set_draft (anna, EMB_STAFF_FORM_NOMINATION,
                                              g_variant_new_parsed ("{'story': <'Stayed'>}"),
                                              NULL));
  id = nominate (anna, nomination, FALSE);

  stored = emb_recognition_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_nomination_get_nominator_id (stored), ==, f->anna);
  g_assert_cmpint (emb_nomination_get_status (stored), ==, EMB_NOMINATION_STATUS_SUBMITTED);
  g_assert_false (g_str_has_prefix (emb_nomination_get_submitted_at (stored), "2020"));
  g_assert_false (emb_nomination_get_anonymous (stored));
  /* The manager window hears of it; the draft is gone. */
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_CREATED,
                                       id));
  g_assert_null (emb_staff_session_get_draft (anna, EMB_STAFF_FORM_NOMINATION));
}

static void
test_nominate_cites_my_feedback (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Saved the day");
  g_autoptr(EmbNomination) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 at_till, at_hotline, id;

  at_till = emb_test_add_feedback (f->db, "2026-02-20T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                   EMB_SCORE_TYPE_NONE, -1, f->till, "Kind cashier");
  at_hotline = emb_test_add_feedback (f->db, "2026-02-20T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                      EMB_SCORE_TYPE_NONE, -1, f->hotline, "Kind agent");

  /* Feedback Anna is never shown cannot be cited by her. */
  emb_nomination_set_feedback_id (nomination, at_hotline);
  g_assert_false (emb_staff_session_nominate (anna, nomination, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "feedback");
  g_clear_error (&error);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM nomination"), ==, 0);

  /* About her own till: cited. */
  emb_nomination_set_feedback_id (nomination, at_till);
  id = nominate (anna, nomination, FALSE);
  stored = emb_recognition_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_nomination_get_feedback_id (stored), ==, at_till);
}

static void
test_nominate_refusals (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) myself = new_nomination (f->anna, f->kindness, "Me");
  g_autoptr(EmbNomination) no_value = new_nomination (f->bert, 0, "No value");
  g_autoptr(EmbNomination) gone = new_nomination (f->dora, f->kindness, "Left");
  g_autoptr(EmbNomination) first = new_nomination (f->bert, f->kindness, "One");
  g_autoptr(EmbNomination) second = new_nomination (f->bert, f->kindness, "Two");
  g_autoptr(EmbNomination) third = new_nomination (f->carl, f->kindness, "Three");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (f->db);

  /* The store's own refusals, under the fields of the form. */
  g_assert_false (emb_staff_session_nominate (anna, myself, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "nominator");
  g_clear_error (&error);
  g_assert_false (emb_staff_session_nominate (anna, no_value, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "value");
  g_clear_error (&error);
  g_assert_false (emb_staff_session_nominate (anna, gone, FALSE, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "nominee-employee");
  g_clear_error (&error);
  emb_test_assert_unchanged (f->db, before);

  /* The caps: once per colleague, twice in all, anonymous or not. */
  g_assert_true (emb_staff_session_nominate (anna, first, TRUE, 2, 1, &error));
  g_assert_no_error (error);
  g_assert_false (emb_staff_session_nominate (anna, second, FALSE, 2, 1, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominee-employee");
  g_clear_error (&error);
  g_assert_true (emb_staff_session_nominate (anna, third, FALSE, 2, 1, &error));
  g_assert_no_error (error);
  g_clear_object (&second);
  second = new_nomination (f->bert, f->kindness, "Two");
  emb_nomination_set_nominee_employee_id (second, 0);
  emb_nomination_set_nominee_department_id (second, f->support);
  g_assert_false (emb_staff_session_nominate (anna, second, FALSE, 2, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominator");
  g_assert_cmpint (_emb_database_count (f->db, "SELECT count(*) FROM nomination"), ==, 2);
}

static void
test_anonymous_sender_hidden (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = NULL;
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Quietly kind");
  g_autoptr(EmbNomination) got = NULL;
  g_autoptr(EmbNomination) seen = NULL;
  g_autoptr(EmbNomination) mine = NULL;
  g_autoptr(GListModel) manager_list = NULL;
  g_autoptr(GListModel) by_anna = NULL;
  g_autoptr(GListModel) sent = NULL;
  g_autoptr(GListModel) received = NULL;
  g_autoptr(GError) error = NULL;
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  gint64 id;

  id = nominate (anna, nomination, TRUE);
  approve (f->db, id);

  /* The sender is kept, for the caps and her own list. */
  g_assert_cmpint (_emb_database_count (f->db, "SELECT nominator_id FROM nomination"), ==,
                   f->anna);
  sent = emb_staff_session_list_sent_nominations (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sent), ==, 1);
  mine = g_list_model_get_item (sent, 0);
  g_assert_cmpint (emb_nomination_get_nominator_id (mine), ==, f->anna);
  g_assert_true (emb_nomination_get_anonymous (mine));

  /* Bert, who received it, does not learn who sent it. */
  bert = sign_in (f, f->bert, BERT_PIN);
  received = emb_staff_session_list_received_recognitions (bert, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (received), ==, 1);
  seen = g_list_model_get_item (received, 0);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (seen)), ==, id);
  g_assert_cmpint (emb_nomination_get_nominator_id (seen), ==, 0);

  /* Nor does the manager window. */
  got = emb_recognition_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_nomination_get_nominator_id (got), ==, 0);
  g_assert_true (emb_nomination_get_anonymous (got));
  manager_list = emb_recognition_store_query (f->db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (manager_list), ==, 1);
  g_clear_object (&got);
  got = g_list_model_get_item (manager_list, 0);
  g_assert_cmpint (emb_nomination_get_nominator_id (got), ==, 0);
  filter.nominator_id = f->anna;
  by_anna = emb_recognition_store_query (f->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (by_anna), ==, 0);
}

static void
test_anonymous_kept_on_edit (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Quietly kind");
  g_autoptr(EmbNomination) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = nominate (anna, nomination, TRUE);

  /* A manager edits the story of what they read without a sender. */
  edited = emb_recognition_store_get (f->db, id, &error);
  emb_nomination_set_story (edited, "Quietly kind, twice");
  emb_nomination_set_anonymous (edited, FALSE);
  g_assert_true (emb_recognition_store_save (f->db, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT nominator_id FROM nomination"), ==,
                   f->anna);
  g_assert_cmpint (_emb_database_count (f->db, "SELECT anonymous FROM nomination"), ==, 1);
}

static void
test_private_nominations (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = NULL;
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(EmbStaffSession) carl = sign_in (f, f->carl, CARL_PIN);
  g_autoptr(EmbNomination) to_carl = new_nomination (f->carl, f->kindness, "Private to Carl");
  g_autoptr(EmbNomination) to_anna = new_nomination (f->anna, f->kindness, "Private to Anna");
  g_autoptr(EmbNomination) to_support = new_nomination (0, f->kindness, "Support team");
  g_autoptr(EmbNomination) waiting = new_nomination (f->anna, f->kindness, "Not yet approved");
  g_autoptr(GListModel) anna_received = NULL;
  g_autoptr(GListModel) anna_sent = NULL;
  g_autoptr(GListModel) carl_received = NULL;
  g_autoptr(GListModel) bert_sent = NULL;
  g_autoptr(GError) error = NULL;
  gint64 carl_id, anna_id, team_id;

  emb_nomination_set_is_public (to_carl, FALSE);
  emb_nomination_set_is_public (to_anna, FALSE);
  emb_nomination_set_nominee_department_id (to_support, f->support);
  carl_id = nominate (bert, to_carl, FALSE);
  anna_id = nominate (bert, to_anna, FALSE);
  team_id = nominate (carl, to_support, FALSE);
  nominate (bert, waiting, FALSE);
  approve (f->db, carl_id);
  approve (f->db, anna_id);
  approve (f->db, team_id);

  /* Anna sees what she received, not Carl's private one, nor another team's. */
  anna = sign_in (f, f->anna, ANNA_PIN);
  anna_received = emb_staff_session_list_received_recognitions (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (anna_received), ==, 1);
  g_assert_true (model_has_id (anna_received, anna_id));
  anna_sent = emb_staff_session_list_sent_nominations (anna, &error);
  g_assert_cmpuint (g_list_model_get_n_items (anna_sent), ==, 0);

  /* Carl: his own, and his department's. */
  carl_received = emb_staff_session_list_received_recognitions (carl, &error);
  g_assert_cmpuint (g_list_model_get_n_items (carl_received), ==, 2);
  g_assert_true (model_has_id (carl_received, carl_id));
  g_assert_true (model_has_id (carl_received, team_id));

  /* Bert sent three, decided or not. */
  bert_sent = emb_staff_session_list_sent_nominations (bert, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bert_sent), ==, 3);
  g_assert_false (model_has_id (bert_sent, team_id));
}

/* Autonomy ---------------------------------------------------------------------------- */

/* A pilot with a ceiling of 50.00 and a wave of @department in @status. */
static gint64
add_pilot (Fixture       *f,
           const char    *name,
           gint64         department,
           EmbWaveStatus  status)
{
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(EmbWave) wave = emb_wave_new ();
  g_autoptr(GError) error = NULL;

  emb_pilot_set_name (pilot, name);
  emb_pilot_set_principle (pilot, "Decide for the customer");
  emb_pilot_set_spending_ceiling (pilot, 5000);
  g_assert_true (emb_pilot_store_save_pilot (f->db, pilot, &error));
  g_assert_no_error (error);
  emb_wave_set_pilot_id (wave, emb_record_get_id (EMB_RECORD (pilot)));
  emb_wave_set_department_id (wave, department);
  emb_wave_set_starts_on (wave, "2026-01-01");
  emb_wave_set_ends_on (wave, "2026-12-31");
  emb_wave_set_status (wave, status);
  emb_test_save_as_it_is (f->db, &emb_table_wave, wave);
  return emb_record_get_id (EMB_RECORD (pilot));
}

static EmbDecision *
new_decision (gint64 cost)
{
  EmbDecision *decision = emb_decision_new ();

  emb_decision_set_situation (decision, "A parcel came late");
  emb_decision_set_decision (decision, "Refunded the postage");
  emb_decision_set_cost (decision, cost);
  return decision;
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) bert = sign_in (f, f->bert, BERT_PIN);
  g_autoptr(EmbDecision) nowhere = new_decision (100);
  g_autoptr(EmbDecision) within = new_decision (4000);
  g_autoptr(EmbDecision) over = new_decision (9000);
  g_autoptr(EmbDecision) other_pilot = new_decision (100);
  g_autoptr(EmbDecision) stored = NULL;
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) bert_decisions = NULL;
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (f->db);
  g_autoptr(GError) error = NULL;
  gint64 sales_pilot, planned_pilot;

  /* No running wave of Sales yet: nothing to log under. */
  planned_pilot = add_pilot (f, "Planned for Sales", f->sales, EMB_WAVE_STATUS_PLANNED);
  add_pilot (f, "Support's", f->support, EMB_WAVE_STATUS_RUNNING);
  pilot = emb_staff_session_get_running_pilot (anna, &wave, &error);
  g_assert_no_error (error);
  g_assert_null (pilot);
  g_assert_null (wave);
  g_assert_false (emb_staff_session_log_decision (anna, nowhere, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "pilot");
  g_clear_error (&error);

  sales_pilot = add_pilot (f, "Sales decides", f->sales, EMB_WAVE_STATUS_RUNNING);
  pilot = emb_staff_session_get_running_pilot (anna, &wave, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (pilot)), ==, sales_pilot);
  g_assert_cmpint (emb_wave_get_department_id (wave), ==, f->sales);

  /* Only under my department's pilot. */
  emb_decision_set_pilot_id (other_pilot, planned_pilot);
  g_assert_false (emb_staff_session_log_decision (anna, other_pilot, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "pilot");
  g_clear_error (&error);

  /* Within the ceiling: as Anna, whoever the record named; no reason kept. */
  emb_decision_set_employee_id (within, f->bert);
  emb_decision_set_over_ceiling_reason (within, "Not needed");
  g_assert_true (emb_staff_session_log_decision (anna, within, &error));
  g_assert_no_error (error);
  stored = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (within)), NULL);
  g_assert_cmpint (emb_decision_get_employee_id (stored), ==, f->anna);
  g_assert_cmpint (emb_decision_get_pilot_id (stored), ==, sales_pilot);
  g_assert_cmpstr (emb_decision_get_over_ceiling_reason (stored), ==, "");
  g_assert_nonnull (emb_decision_get_decided_on (stored));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DECISION, EMB_CHANGE_CREATED,
                                       emb_record_get_id (EMB_RECORD (within))));

  /* Over it: the reason is asked for, under its field, then kept; pending. */
  emb_decision_set_over_ceiling_reason (over, "   ");
  g_assert_false (emb_staff_session_log_decision (anna, over, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "over-ceiling-reason");
  g_clear_error (&error);
  emb_decision_set_over_ceiling_reason (over, "A wedding was at stake");
  g_assert_true (emb_staff_session_log_decision (anna, over, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = emb_pilot_store_get_decision (f->db, emb_record_get_id (EMB_RECORD (over)), NULL);
  g_assert_cmpstr (emb_decision_get_over_ceiling_reason (stored), ==, "A wedding was at stake");
  g_assert_cmpint (emb_decision_get_review_status (stored), ==, EMB_REVIEW_STATUS_PENDING);

  /* My decisions only. */
  mine = emb_staff_session_list_my_decisions (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 2);
  bert_decisions = emb_staff_session_list_my_decisions (bert, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bert_decisions), ==, 0);
}

/* Feedback and pulses ------------------------------------------------------------------ */

static void
add_scores (Fixture      *f,
            EmbScoreType  type,
            int           score,
            guint         n,
            gint64        touchpoint)
{
  for (guint i = 0; i < n; i++)
    emb_test_add_feedback (f->db, "2026-02-20T10:00:00Z", EMB_FEEDBACK_KIND_SURVEY, type, score,
                           touchpoint, "");
}

static void
set_assignee (EmbDatabase *db,
                                gint64       feedback_id,
                                gint64       employee_id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare_id (db, "UPDATE feedback SET assignee_id = ?2 WHERE id = ?1",
                                   feedback_id, NULL);
  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 2, employee_id);
  g_assert_true (_emb_database_step_done (db, stmt, NULL));
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(GListModel) feedback = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old_praise, new_praise, complaint, other, too_old;

  old_praise = emb_test_add_feedback (f->db, "2026-02-10T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                      EMB_SCORE_TYPE_NPS, 10, f->till, "Lovely");
  complaint = emb_test_add_feedback (f->db, "2026-02-28T09:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     EMB_SCORE_TYPE_NONE, -1, f->till, "Queue");
  new_praise = emb_test_add_feedback (f->db, "2026-02-25T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                      EMB_SCORE_TYPE_NONE, -1, f->till, "Quick");
  other = emb_test_add_feedback (f->db, "2026-02-25T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                 EMB_SCORE_TYPE_NONE, -1, f->hotline, "Not Anna's");
  too_old = emb_test_add_feedback (f->db, "2026-01-10T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                   EMB_SCORE_TYPE_NONE, -1, f->till, "Long ago");
  emb_test_add_feedback (f->db, "2026-02-25T09:00:00Z", EMB_FEEDBACK_KIND_SUGGESTION,
                         EMB_SCORE_TYPE_NONE, -1, f->till, "A suggestion");
  g_assert_true (_emb_database_exec (f->db, "UPDATE feedback SET customer_ref = 'Mrs Kowalska',"
                                     " source_id = 'R-1'", NULL));
  set_assignee (f->db, new_praise, f->bert);
  set_assignee (f->db, complaint, f->anna);

  feedback = emb_staff_session_list_feedback (anna, 30, now, &error);
  g_assert_no_error (error);
  /* Praise first (newest first), then complaints; mine, in the 30 days. */
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EmbFeedback) item = g_list_model_get_item (feedback, i);
      gint64 expected[] = { new_praise, old_praise, complaint };

      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), ==, expected[i]);
      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), !=, other);
      g_assert_cmpint (emb_record_get_id (EMB_RECORD (item)), !=, too_old);
      /* Nothing that points at a customer or a respondent. */
      g_assert_cmpstr (emb_feedback_get_customer_ref (item), ==, "");
      g_assert_cmpstr (emb_feedback_get_source_id (item), ==, "");
      g_assert_cmpint (emb_feedback_get_score_type (item), ==, EMB_SCORE_TYPE_NONE);
      g_assert_cmpint (emb_feedback_get_score (item), ==, -1);
      /* My follow-up is; someone else's is not named. */
      g_assert_cmpint (emb_feedback_get_assignee_id (item), ==, i == 2 ? f->anna : 0);
    }
}

static void
test_feedback_threshold (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbStaffSession) carl = sign_in (f, f->carl, CARL_PIN);
  g_autoptr(GError) error = NULL;
  EmbNps nps;
  EmbCsat csat;

  /* Four NPS answers at the till (below the default 5), five CSAT. */
  add_scores (f, EMB_SCORE_TYPE_NPS, 10, 3, f->till);
  add_scores (f, EMB_SCORE_TYPE_NPS, 0, 1, f->till);
  add_scores (f, EMB_SCORE_TYPE_CSAT, 5, 4, f->till);
  add_scores (f, EMB_SCORE_TYPE_CSAT, 1, 1, f->till);
  /* Plenty elsewhere, which is not Anna's. */
  add_scores (f, EMB_SCORE_TYPE_NPS, 9, 20, f->hotline);

  g_assert_cmpuint (emb_programme_get_anonymity_threshold (f->db), ==,
                    EMB_ANONYMITY_THRESHOLD_DEFAULT);
  g_assert_true (emb_staff_session_get_feedback_figures (anna, 30, now, &nps, &csat, &error));
  g_assert_no_error (error);
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 4);
  g_assert_cmpuint (nps.promoters, ==, 0);
  g_assert_cmpuint (nps.detractors, ==, 0);
  g_assert_cmpint (nps.score, ==, 0);
  g_assert_true (csat.valid);
  g_assert_cmpuint (csat.total, ==, 5);
  g_assert_cmpfloat_with_epsilon (csat.percent, 80.0, 0.001);

  /* A lower threshold shows the NPS: (3 − 1) / 4 = 50. */
  g_assert_true (emb_programme_set_anonymity_threshold (f->db, 4, &error));
  g_assert_no_error (error);
  g_assert_true (emb_staff_session_get_feedback_figures (anna, 30, now, &nps, &csat, &error));
  g_assert_true (nps.valid);
  g_assert_cmpint (nps.score, ==, 50);

  /* Never below 3. */
  g_assert_false (emb_programme_set_anonymity_threshold (f->db, 2, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "anonymity-threshold");
  g_clear_error (&error);
  g_assert_true (_emb_database_exec (f->db, "UPDATE setting SET value = '1'"
                                     " WHERE key = 'anonymity-threshold'", NULL));
  g_assert_cmpuint (emb_programme_get_anonymity_threshold (f->db), ==,
                    EMB_ANONYMITY_THRESHOLD_DEFAULT);

  /* An answer of today is not in today's figures, so that a reading before
   * and after it cannot be subtracted; it is counted from tomorrow on. */
  emb_test_add_feedback (f->db, "2026-03-01T09:00:00Z", EMB_FEEDBACK_KIND_SURVEY,
                         EMB_SCORE_TYPE_NPS, 0, f->till, "");
  g_assert_true (emb_staff_session_get_feedback_figures (anna, 30, now, &nps, &csat, &error));
  g_assert_cmpuint (nps.total, ==, 4);
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

    g_assert_true (emb_staff_session_get_feedback_figures (anna, 30, tomorrow, &nps, &csat,
                                                           &error));
    g_assert_no_error (error);
    g_assert_cmpuint (nps.total, ==, 5);
    g_assert_true (nps.valid);
    g_assert_cmpint (nps.score, ==, 20);   /* (3 − 2) / 5 */
  }

  /* Without a role, no touchpoints: nothing, not everything. */
  g_assert_true (emb_staff_session_get_feedback_figures (carl, 30, now, &nps, &csat, &error));
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 0);
  g_assert_cmpuint (csat.total, ==, 0);
}

static gint64
add_pulse (Fixture *f,
           gint64   department,
           gint64   role,
           int      respondents)
{
  g_autoptr(EmbPulse) pulse = emb_pulse_new ();

  emb_pulse_set_department_id (pulse, department);
  emb_pulse_set_role_id (pulse, role);
  emb_pulse_set_taken_on (pulse, "2026-02-01");
  emb_pulse_set_company (pulse, 4.2);
  emb_pulse_set_value_proposition (pulse, 3.9);
  emb_pulse_set_customer (pulse, 4.5);
  emb_pulse_set_respondents (pulse, respondents);
  return emb_test_save_as_it_is (f->db, &emb_table_pulse, pulse);
}

static void
test_pulses (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(GListModel) pulses = NULL;
  g_autoptr(GListModel) fewer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sales_ok = add_pulse (f, f->sales, 0, 5);
  gint64 cashier_ok = add_pulse (f, 0, f->cashier, 12);
  gint64 sales_few = add_pulse (f, f->sales, 0, 4);
  gint64 support = add_pulse (f, f->support, 0, 30);

  pulses = emb_staff_session_list_pulses (anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pulses), ==, 2);
  g_assert_true (model_has_id (pulses, sales_ok));
  g_assert_true (model_has_id (pulses, cashier_ok));
  g_assert_false (model_has_id (pulses, sales_few));
  g_assert_false (model_has_id (pulses, support));

  g_assert_true (emb_programme_set_anonymity_threshold (f->db, 6, &error));
  fewer = emb_staff_session_list_pulses (anna, &error);
  g_assert_cmpuint (g_list_model_get_n_items (fewer), ==, 1);
  g_assert_true (model_has_id (fewer, cashier_ok));
}

/* The bundle ------------------------------------------------------------------------- */

static void
test_bundle_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EmbStaffSession) anna = sign_in (f, f->anna, ANNA_PIN);
  g_autoptr(EmbNomination) nomination = new_nomination (f->bert, f->kindness, "Quietly kind");
  g_autoptr(EmbDecision) over = new_decision (9000);
  g_autoptr(EmbTestDb) target = emb_test_db_new ();
  g_autoptr(EmbImportReport) report = emb_import_report_new ();
  g_autofree char *path = g_build_filename (f->tdb->dir, "bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  EmbImportOptions options = { 0 };

  add_pilot (f, "Sales decides", f->sales, EMB_WAVE_STATUS_RUNNING);
  nominate (anna, nomination, TRUE);
  emb_decision_set_over_ceiling_reason (over, "A wedding was at stake");
  g_assert_true (emb_staff_session_log_decision (anna, over, &error));
  g_assert_no_error (error);

  g_assert_true (emb_bundle_export (f->db, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, &error));
  /* The sender travels (the caps need it), PINs never do. */
  g_assert_nonnull (strstr (text, "\"anonymous\": true"));
  g_assert_nonnull (strstr (text, "A wedding was at stake"));
  g_assert_null (strstr (text, "argon2"));
  g_assert_null (strstr (text, "pin_hash"));

  options.format = EMB_IMPORT_FORMAT_BUNDLE;
  g_assert_true (emb_bundle_import (target->db, file, &options, NULL, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (target->db, "SELECT count(*) FROM nomination n"
                                        " JOIN employee e ON e.id = n.nominator_id"
                                        " WHERE n.anonymous = 1 AND e.name = 'Anna Nowak'"), ==, 1);
  g_assert_cmpint (_emb_database_count (target->db, "SELECT count(*) FROM pilot_decision"
                                        " WHERE over_ceiling_reason = 'A wedding was at stake'"),
                   ==, 1);
  g_assert_cmpint (_emb_database_count (target->db, "SELECT count(*) FROM employee"
                                        " WHERE pin_hash IS NOT NULL"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  staff_test_init (&argc, &argv);

  STAFF_TEST_ADD ("/staff-session/nominate-as-me", test_nominate_as_me);
  STAFF_TEST_ADD ("/staff-session/nominate-refusals", test_nominate_refusals);
  STAFF_TEST_ADD ("/staff-session/nominate-cites-my-feedback", test_nominate_cites_my_feedback);
  STAFF_TEST_ADD ("/staff-session/anonymous-sender-hidden", test_anonymous_sender_hidden);
  STAFF_TEST_ADD ("/staff-session/anonymous-kept-on-edit", test_anonymous_kept_on_edit);
  STAFF_TEST_ADD ("/staff-session/private-nominations", test_private_nominations);
  STAFF_TEST_ADD ("/staff-session/decisions", test_decisions);
  STAFF_TEST_ADD ("/staff-session/feedback", test_feedback);
  STAFF_TEST_ADD ("/staff-session/feedback-threshold", test_feedback_threshold);
  STAFF_TEST_ADD ("/staff-session/pulses", test_pulses);
  STAFF_TEST_ADD ("/staff-session/bundle-round-trip", test_bundle_round_trip);

  return g_test_run ();
}
