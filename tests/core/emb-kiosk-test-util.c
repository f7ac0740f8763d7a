/* emb-kiosk-test-util.c: the small organisation of the kiosk content tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-feedback-store.h"
#include "emb-kiosk-test-util.h"
#include "emb-programme-store.h"
#include "emb-promise-store.h"
#include "emb-tables.h"

/* Building the organisation ----------------------------------------------------- */

void
add_people (Fixture *f)
{
  gint64 stage;

  f->care = emb_test_add_department (f->db, "Customer Care");
  f->branches = emb_test_add_department (f->db, "Branches");
  f->legal = emb_test_add_department (f->db, "Legal");
  f->agent = emb_test_add_role (f->db, f->care, "Agent");
  f->teller = emb_test_add_role (f->db, f->branches, "Teller");
  stage = emb_test_add_stage (f->db, "Service");
  f->hotline = emb_test_add_touchpoint (f->db, stage, "Hotline");
  f->desk = emb_test_add_touchpoint (f->db, stage, "Branch desk");
  emb_test_add_responsibility (f->db, f->agent, f->hotline, EMB_RESPONSIBILITY_LEVEL_OWNS);
  emb_test_add_responsibility (f->db, f->teller, f->desk, EMB_RESPONSIBILITY_LEVEL_OWNS);

  f->anna = emb_test_add_employee (f->db, "E1", "Anna Nowak", f->care, f->agent, TRUE);
  f->bert = emb_test_add_employee (f->db, "E2", "Bert Brown", f->care, f->agent, TRUE);
  f->carl = emb_test_add_employee (f->db, "E3", "Carl Clark", f->care, f->agent, TRUE);
  f->dora = emb_test_add_employee (f->db, "E4", "Dora Diaz", f->care, f->agent, TRUE);
  f->eva = emb_test_add_employee (f->db, "E5", "Eva Evans", f->care, f->agent, TRUE);
  /* Gone: not addressed, not counted. */
  emb_test_add_employee (f->db, "E6", "Ivan Ivanov", f->care, f->agent, FALSE);
  f->finn = emb_test_add_employee (f->db, "E7", "Finn Fox", f->branches, f->teller, TRUE);
  f->gina = emb_test_add_employee (f->db, "E8", "Gina Gray", f->branches, f->teller, TRUE);
  f->hugo = emb_test_add_employee (f->db, "E9", "Hugo Hill", f->branches, f->teller, TRUE);
  emb_test_add_employee (f->db, "E10", "Lena Law", f->legal, 0, TRUE);
}

gint64
add_value (Fixture    *f,
           const char *name,
           const char *description,
           const char *behaviours)
{
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;

  emb_value_set_name (value, name);
  emb_value_set_description (value, description);
  emb_value_set_desired_behaviours (value, behaviours);
  g_assert_true (emb_programme_store_save_value (f->db, value, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (value));
}

static void
add_values (Fixture *f)
{
  g_autoptr(EmbValueSet) set = NULL;
  g_autoptr(GError) error = NULL;

  f->kindness = add_value (f, "Kindness", "We treat everyone kindly.",
                           "Listens first\n\n  Smiles  \n");
  f->courage = add_value (f, "Courage", "We say what we think.", "");
  set = emb_programme_store_publish_values (f->db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (set);
}

/* A promise saved (with what the customer may expect), and published
 * unless @draft. */
gint64
add_promise (Fixture      *f,
             const char   *statement,
             const char   *expectation,
             const gint64 *touchpoints,
             guint         n_touchpoints,
             gboolean      draft)
{
  g_autoptr(EmbPromise) promise = emb_promise_new ();
  g_autoptr(EmbPromise) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  emb_promise_set_statement (promise, statement);
  emb_promise_set_customer_expectation (promise, expectation);
  g_assert_true (emb_promise_store_save (f->db, promise, touchpoints, n_touchpoints, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (promise));
  if (draft)
    return 0;
  g_assert_true (emb_promise_store_publish (f->db, id, &error));
  g_assert_no_error (error);
  loaded = emb_promise_store_get (f->db, id, &error);
  g_assert_no_error (error);
  return emb_promise_get_published_version_id (loaded);
}

void
acknowledge (Fixture *f,
             gint64   employee,
             gint64   version)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_acknowledgement_store_acknowledge_promise (f->db, employee, version, &error));
  g_assert_no_error (error);
}

static void
add_promises (Fixture *f)
{
  const gint64 hotline[] = { f->hotline };
  const gint64 both[] = { f->hotline, f->desk };
  g_autoptr(GError) error = NULL;
  gint64 retired;

  f->answer_fast = add_promise (f, "We answer within two minutes.",
                                "No call waits longer than two minutes.", hotline, 1, FALSE);
  f->next_step = add_promise (f, "Every visit ends with a next step.", "", both, 2, FALSE);
  add_promise (f, "DRAFT-PROMISE", "", hotline, 1, TRUE);
  retired = add_promise (f, "RETIRED-PROMISE", "", hotline, 1, FALSE);
  {
    g_autoptr(EmbPromiseVersion) version = emb_promise_store_get_version (f->db, retired, NULL);

    g_assert_true (emb_promise_store_retire (f->db, emb_promise_version_get_promise_id (version),
                                             &error));
    g_assert_no_error (error);
  }

  /* Agents: Anna and Bert acknowledged both promises addressed to them,
   * Carl only one; tellers: Finn his one. */
  acknowledge (f, f->anna, f->answer_fast);
  acknowledge (f, f->anna, f->next_step);
  acknowledge (f, f->bert, f->answer_fast);
  acknowledge (f, f->bert, f->next_step);
  acknowledge (f, f->carl, f->answer_fast);
  acknowledge (f, f->finn, f->next_step);
}


gint64
add_nomination (Fixture              *f,
                const NominationSpec *spec)
{
  g_autoptr(EmbNomination) nomination = emb_nomination_new ();

  emb_nomination_set_nominee_employee_id (nomination, spec->nominee);
  emb_nomination_set_nominee_department_id (nomination, spec->team);
  emb_nomination_set_nominator_id (nomination, spec->nominator);
  emb_nomination_set_value_id (nomination, f->kindness);
  emb_nomination_set_story (nomination, spec->story);
  emb_nomination_set_is_public (nomination, !spec->private);
  emb_nomination_set_anonymous (nomination, spec->anonymous);
  emb_nomination_set_status (nomination, spec->status);
  emb_nomination_set_submitted_at (nomination, spec->submitted_at);
  emb_nomination_set_decided_at (nomination, spec->decided_at);
  /* As they were decided then, not now: saved as they are. */
  return emb_test_save_as_it_is (f->db, &emb_table_nomination, nomination);
}

static void
add_nominations (Fixture *f)
{
  const EmbNominationStatus approved = EMB_NOMINATION_STATUS_APPROVED;

  add_nomination (f, &(NominationSpec) {
    f->anna, 0, f->bert, "Anna stayed late to help a customer with order #A12345.",
    FALSE, FALSE, approved, "2026-06-24T09:00:00Z", "2026-06-25T09:00:00Z" });
  add_nomination (f, &(NominationSpec) {
    f->bert, 0, f->carl, "PRIVATE-STORY", TRUE, FALSE, approved,
    "2026-06-26T09:00:00Z", "2026-06-26T10:00:00Z" });
  add_nomination (f, &(NominationSpec) {
    f->carl, 0, f->dora, "OLD-STORY", FALSE, FALSE, approved,
    "2026-04-20T09:00:00Z", "2026-05-01T09:00:00Z" });
  add_nomination (f, &(NominationSpec) {
    f->dora, 0, f->eva, "Dora calmed an angry caller.", FALSE, TRUE,
    EMB_NOMINATION_STATUS_CELEBRATED, "2026-06-19T09:00:00Z", "2026-06-20T09:00:00Z" });
  add_nomination (f, &(NominationSpec) {
    0, f->branches, f->anna, "The whole branch stayed open during the outage.", FALSE, FALSE,
    approved, "2026-06-27T09:00:00Z", "2026-06-28T09:00:00Z" });
  add_nomination (f, &(NominationSpec) {
    f->finn, 0, f->gina, "PENDING-STORY", FALSE, FALSE, EMB_NOMINATION_STATUS_SUBMITTED,
    "2026-06-29T09:00:00Z", NULL });
  add_nomination (f, &(NominationSpec) {
    f->gina, 0, f->hugo, "DECLINED-STORY", FALSE, FALSE, EMB_NOMINATION_STATUS_DECLINED,
    "2026-06-28T09:00:00Z", "2026-06-29T09:00:00Z" });
}

gint64
add_feedback (Fixture         *f,
              const char      *received_at,
              EmbFeedbackKind  kind,
              int              nps,
              gint64           touchpoint,
              const char      *text,
              const char      *customer_ref)
{
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();
  g_autoptr(GError) error = NULL;

  emb_feedback_set_received_at (feedback, received_at);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_score_type (feedback, nps >= 0 ? EMB_SCORE_TYPE_NPS : EMB_SCORE_TYPE_NONE);
  emb_feedback_set_score (feedback, nps);
  emb_feedback_set_touchpoint_id (feedback, touchpoint);
  emb_feedback_set_text (feedback, text);
  emb_feedback_set_customer_ref (feedback, customer_ref);
  g_assert_true (emb_feedback_store_save (f->db, feedback, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (feedback));
}

/* NPS answers without text at the hotline, one a day from @day. */
void
add_answers (Fixture    *f,
             const char *month,
             const int  *scores,
             guint       n_scores)
{
  for (guint i = 0; i < n_scores; i++)
    {
      g_autofree char *at = g_strdup_printf ("%s-%02uT10:00:00Z", month, i + 2);

      add_feedback (f, at, EMB_FEEDBACK_KIND_SURVEY, scores[i], f->hotline, "", "");
    }
}

static void
add_customer_feedback (Fixture *f)
{
  const int december[] = { 10, 10, 10, 10, 10, 10, 10, 10 };
  const int march[] = { 10, 0 };
  const int april[] = { 10, 9, 0, 0 };
  const int may[] = { 10, 9, 9, 8, 3 };
  const int june[] = { 9, 7, 7, 2, 0 };   /* and the 10 with text below */

  /* Before the six months; 2 answers; 4; 5 (NPS 40); 6 (NPS 0). */
  add_answers (f, "2025-12", december, G_N_ELEMENTS (december));
  add_answers (f, "2026-03", march, G_N_ELEMENTS (march));
  add_answers (f, "2026-04", april, G_N_ELEMENTS (april));
  add_answers (f, "2026-05", may, G_N_ELEMENTS (may));
  add_answers (f, "2026-06", june, G_N_ELEMENTS (june));
  /* After "now": not counted. */
  add_feedback (f, "2026-06-30T18:00:00Z", EMB_FEEDBACK_KIND_SURVEY, 0, f->hotline, "", "");

  add_feedback (f, "2026-06-29T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, f->hotline,
                "Anna was wonderful. Call me back on +48 601 234 567 or write to "
                "anna.k@example.com about order #A12345. Thanks, Jan", "Jan Kowalski");
  add_feedback (f, "2026-06-25T09:00:00Z", EMB_FEEDBACK_KIND_SURVEY, 10, f->hotline,
                "Ref: 5.70306E+17\r\nSorted in one call, thanks!", "");
  add_feedback (f, "2026-06-20T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, f->desk,
                "Εξαιρετική εξυπηρέτηση! Τηλ. 6912345678", "");
  add_feedback (f, "2026-06-28T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, f->desk,
                "#A12345", "");
  add_feedback (f, "2026-06-29T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, 0,
                "NO-TOUCHPOINT praise", "");
  add_feedback (f, "2026-06-29T11:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT, -1, f->hotline,
                "COMPLAINT text", "");
  add_feedback (f, "2026-01-10T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, f->desk,
                "OLD praise", "");
}

gint64
add_pilot (Fixture    *f,
           const char *name)
{
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();

  emb_pilot_set_name (pilot, name);
  emb_pilot_set_principle (pilot, "Decide yourself, to the customer's benefit.");
  return emb_test_save_as_it_is (f->db, &emb_table_pilot, pilot);
}

void
add_wave (Fixture       *f,
          gint64         pilot,
          gint64         department,
          int            position,
          const char    *starts_on,
          const char    *ends_on,
          EmbWaveStatus  status)
{
  g_autoptr(EmbWave) wave = emb_wave_new ();

  emb_wave_set_pilot_id (wave, pilot);
  emb_wave_set_department_id (wave, department);
  emb_wave_set_position (wave, position);
  emb_wave_set_starts_on (wave, starts_on);
  emb_wave_set_ends_on (wave, ends_on);
  emb_wave_set_status (wave, status);
  emb_test_save_as_it_is (f->db, &emb_table_wave, wave);
}

static void
add_pilots (Fixture *f)
{
  gint64 running = add_pilot (f, "Decide for the customer");
  gint64 waiting = add_pilot (f, "WAITING-PILOT");

  add_wave (f, running, f->care, 0, "2026-06-01", "2026-07-31", EMB_WAVE_STATUS_RUNNING);
  add_wave (f, running, f->branches, 1, "2026-08-01", "2026-08-31", EMB_WAVE_STATUS_PLANNED);
  add_wave (f, running, f->legal, 2, "2026-04-01", "2026-04-30", EMB_WAVE_STATUS_EVALUATED);
  add_wave (f, waiting, f->care, 0, "2026-09-01", "2026-09-30", EMB_WAVE_STATUS_PLANNED);
}

void
add_announcement (Fixture    *f,
                  const char *title,
                  const char *published_at,
                  gboolean    on_kiosk)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();

  emb_announcement_set_title (announcement, title);
  emb_announcement_set_body (announcement, "Read it in the break room.");
  emb_announcement_set_published_at (announcement, published_at);
  emb_announcement_set_on_kiosk (announcement, on_kiosk);
  emb_test_save_as_it_is (f->db, &emb_table_announcement, announcement);
}

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  add_people (f);
  add_values (f);
  add_promises (f);
  add_nominations (f);
  add_customer_feedback (f);
  add_pilots (f);
  add_announcement (f, "Values week", "2026-06-10T08:00:00.000Z", TRUE);
  add_announcement (f, "Summer opening hours", "2026-06-20T08:00:00.000Z", TRUE);
  add_announcement (f, "NOT-ON-KIOSK", "2026-06-21T08:00:00.000Z", FALSE);
  add_announcement (f, "DRAFT-ANNOUNCEMENT", NULL, TRUE);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_test_db_free (f->tdb);
}

/* Reading the deck -------------------------------------------------------------- */

GPtrArray *
load_full (EmbDatabase *db,
           guint        kinds,
           gboolean     names,
           guint        threshold,
           guint        max_items)
{
  EmbKioskContentOptions options = { kinds, names, 0, max_items, threshold };
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *slides = emb_kiosk_content_load (db, &options, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (slides);
  return slides;
}

GPtrArray *
load (Fixture *f,
      guint    kinds)
{
  return load_full (f->db, kinds, FALSE, 0, 0);
}

/* The only slide of @kind in @slides. */
EmbKioskSlide *
only_slide (GPtrArray         *slides,
            EmbKioskSlideKind  kind)
{
  EmbKioskSlide *found = NULL;

  for (guint i = 0; i < slides->len; i++)
    if (emb_kiosk_slide_get_kind (slides->pdata[i]) == kind)
      {
        g_assert_null (found);
        found = slides->pdata[i];
      }
  g_assert_nonnull (found);
  return found;
}

const EmbKioskItem *
item (EmbKioskSlide *slide,
      guint          i)
{
  g_assert_cmpuint (i, <, emb_kiosk_slide_get_n_items (slide));
  return emb_kiosk_slide_get_item (slide, i);
}

/* Every word the deck shows, to search for what must never be there. */
char *
deck_text (GPtrArray *slides)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < slides->len; i++)
    {
      EmbKioskSlide *slide = slides->pdata[i];

      g_string_append_printf (text, "%s\n%s\n%s\n%s\n", emb_kiosk_slide_get_title (slide),
                              emb_kiosk_slide_get_subtitle (slide),
                              emb_kiosk_slide_get_body (slide),
                              emb_kiosk_slide_get_link (slide));
      for (guint j = 0; j < emb_kiosk_slide_get_n_items (slide); j++)
        g_string_append_printf (text, "%s\n%s\n", item (slide, j)->label, item (slide, j)->text);
    }
  return g_string_free (text, FALSE);
}

void
assert_shows_none (GPtrArray         *slides,
                   const char *const *words)
{
  g_autofree char *text = deck_text (slides);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      g_error ("“%s” is on the kiosk:\n%s", words[i], text);
}
