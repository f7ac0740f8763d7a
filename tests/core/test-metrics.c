/* test-metrics.c: NPS, CSAT, CES, coverage and pilot before/after
 *
 * Every expected number is worked out by hand in the comments beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-table-private.h"
#include "emb-tables.h"
#include "emb-test-util.h"

#define EPSILON 1e-9

/* Pure functions --------------------------------------------------------- */

static EmbNps
nps_of (guint promoters,
        guint passives,
        guint detractors)
{
  guint counts[EMB_NPS_N_ANSWERS] = { 0, };

  /* Spread over the values of each group, to exercise the grouping too. */
  counts[10] = promoters / 2;
  counts[9] = promoters - promoters / 2;
  counts[8] = passives / 2;
  counts[7] = passives - passives / 2;
  counts[0] = detractors / 2;
  counts[6] = detractors - detractors / 2;
  return emb_metrics_nps_from_histogram (counts);
}

static void
test_nps_rounding (void)
{
  static const struct
  {
    guint promoters, passives, detractors;
    int   score;
  } cases[] = {
    { 1, 2, 0, 33 },      /* 100/3 = 33.33 → 33 */
    { 2, 0, 1, 33 },      /* (2 − 1)/3 = 33.33 → 33 */
    { 2, 1, 0, 67 },      /* 200/3 = 66.67 → 67 */
    { 0, 1, 2, -67 },     /* −200/3 = −66.67 → −67 */
    { 0, 2, 1, -33 },     /* −100/3 = −33.33 → −33 */
    { 1, 0, 1, 0 },       /* 50 − 50 */
    { 0, 0, 5, -100 },    /* all detractors */
    { 4, 0, 0, 100 },     /* all promoters */
    { 0, 3, 0, 0 },       /* all passives */
    { 1, 7, 0, 13 },      /* 100/8 = 12.5, half away from zero → 13 */
    { 0, 7, 1, -13 },     /* −12.5 → −13 */
    { 3, 5, 0, 38 },      /* 37.5 → 38 */
    { 0, 5, 3, -38 },     /* −37.5 → −38 */
    { 1, 199, 0, 1 },     /* 0.5 → 1 */
    { 0, 199, 1, -1 },    /* −0.5 → −1 */
    { 1, 200, 0, 0 },     /* 0.4975 → 0 */
    { 1, 1, 2, -25 },     /* (1 − 2)/4 = −25 exactly */
    { 5, 3, 2, 30 },      /* 50 − 20 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EmbNps nps = nps_of (cases[i].promoters, cases[i].passives, cases[i].detractors);

      g_test_message ("case %u", i);
      g_assert_true (nps.valid);
      g_assert_cmpint (nps.score, ==, cases[i].score);
      g_assert_cmpuint (nps.promoters, ==, cases[i].promoters);
      g_assert_cmpuint (nps.passives, ==, cases[i].passives);
      g_assert_cmpuint (nps.detractors, ==, cases[i].detractors);
      g_assert_cmpuint (nps.total, ==,
                        cases[i].promoters + cases[i].passives + cases[i].detractors);
    }
}

static void
test_nps_groups (void)
{
  guint counts[EMB_NPS_N_ANSWERS] = { 0, };
  EmbNps nps;

  /* No answers: not valid, everything 0. */
  nps = emb_metrics_nps_from_histogram (counts);
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 0);
  g_assert_cmpint (nps.score, ==, 0);

  /* One answer per value: 0–6 detractors (7), 7–8 passives (2), 9–10
   * promoters (2): (2 − 7)/11 = −45.45 → −45. */
  for (guint i = 0; i < EMB_NPS_N_ANSWERS; i++)
    counts[i] = 1;
  nps = emb_metrics_nps_from_histogram (counts);
  g_assert_true (nps.valid);
  g_assert_cmpuint (nps.detractors, ==, 7);
  g_assert_cmpuint (nps.passives, ==, 2);
  g_assert_cmpuint (nps.promoters, ==, 2);
  g_assert_cmpuint (nps.total, ==, 11);
  g_assert_cmpint (nps.score, ==, -45);

  /* The edges of the groups: a 6 detracts, a 7 is passive, a 9 promotes. */
  memset (counts, 0, sizeof counts);
  counts[6] = 1;
  nps = emb_metrics_nps_from_histogram (counts);
  g_assert_cmpuint (nps.detractors, ==, 1);
  g_assert_cmpint (nps.score, ==, -100);
  memset (counts, 0, sizeof counts);
  counts[7] = 1;
  nps = emb_metrics_nps_from_histogram (counts);
  g_assert_cmpuint (nps.passives, ==, 1);
  g_assert_cmpint (nps.score, ==, 0);
  memset (counts, 0, sizeof counts);
  counts[9] = 1;
  nps = emb_metrics_nps_from_histogram (counts);
  g_assert_cmpuint (nps.promoters, ==, 1);
  g_assert_cmpint (nps.score, ==, 100);
}

static void
test_csat (void)
{
  guint counts[EMB_CSAT_N_ANSWERS] = { 0, };
  EmbCsat csat;

  csat = emb_metrics_csat_from_histogram (counts);
  g_assert_false (csat.valid);
  g_assert_cmpuint (csat.total, ==, 0);
  g_assert_cmpfloat (csat.percent, ==, 0.0);

  /* A 2, a 4 and two 5s: 3 of 4 satisfied = 75 %. */
  counts[2 - 1] = 1;
  counts[4 - 1] = 1;
  counts[5 - 1] = 2;
  csat = emb_metrics_csat_from_histogram (counts);
  g_assert_true (csat.valid);
  g_assert_cmpuint (csat.satisfied, ==, 3);
  g_assert_cmpuint (csat.total, ==, 4);
  g_assert_cmpfloat_with_epsilon (csat.percent, 75.0, EPSILON);

  /* A 3 is not satisfied: a 3 and a 4 = 50 %. */
  memset (counts, 0, sizeof counts);
  counts[3 - 1] = 1;
  counts[4 - 1] = 1;
  csat = emb_metrics_csat_from_histogram (counts);
  g_assert_cmpuint (csat.satisfied, ==, 1);
  g_assert_cmpfloat_with_epsilon (csat.percent, 50.0, EPSILON);

  /* One 1, two 3s: 0 %. */
  memset (counts, 0, sizeof counts);
  counts[1 - 1] = 1;
  counts[3 - 1] = 2;
  csat = emb_metrics_csat_from_histogram (counts);
  g_assert_true (csat.valid);
  g_assert_cmpuint (csat.total, ==, 3);
  g_assert_cmpfloat (csat.percent, ==, 0.0);
}

static void
test_ces (void)
{
  guint counts[EMB_CES_N_ANSWERS] = { 0, };
  EmbCes ces;

  ces = emb_metrics_ces_from_histogram (counts);
  g_assert_false (ces.valid);
  g_assert_cmpuint (ces.total, ==, 0);
  g_assert_cmpfloat (ces.mean, ==, 0.0);
  g_assert_cmpfloat (ces.easy_percent, ==, 0.0);

  /* {1, 7}: mean 4.0, one of two easy = 50 %. */
  counts[1 - 1] = 1;
  counts[7 - 1] = 1;
  ces = emb_metrics_ces_from_histogram (counts);
  g_assert_true (ces.valid);
  g_assert_cmpuint (ces.total, ==, 2);
  g_assert_cmpuint (ces.easy, ==, 1);
  g_assert_cmpfloat_with_epsilon (ces.mean, 4.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (ces.easy_percent, 50.0, EPSILON);

  /* {4, 5}: a 4 is not easy, a 5 is; mean 4.5. */
  memset (counts, 0, sizeof counts);
  counts[4 - 1] = 1;
  counts[5 - 1] = 1;
  ces = emb_metrics_ces_from_histogram (counts);
  g_assert_cmpuint (ces.easy, ==, 1);
  g_assert_cmpfloat_with_epsilon (ces.mean, 4.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (ces.easy_percent, 50.0, EPSILON);

  /* {2, 3, 3}: mean 8/3, none easy. */
  memset (counts, 0, sizeof counts);
  counts[2 - 1] = 1;
  counts[3 - 1] = 2;
  ces = emb_metrics_ces_from_histogram (counts);
  g_assert_cmpuint (ces.easy, ==, 0);
  g_assert_cmpfloat_with_epsilon (ces.mean, 8.0 / 3.0, EPSILON);
  g_assert_cmpfloat (ces.easy_percent, ==, 0.0);
}

static void
test_coverage_counts (void)
{
  EmbCoverage coverage;

  coverage = emb_metrics_coverage_from_counts (0, 0);
  g_assert_false (coverage.valid);
  g_assert_cmpfloat (coverage.percent, ==, 0.0);

  coverage = emb_metrics_coverage_from_counts (2, 3);
  g_assert_true (coverage.valid);
  g_assert_cmpuint (coverage.acknowledged, ==, 2);
  g_assert_cmpuint (coverage.addressed, ==, 3);
  g_assert_cmpfloat_with_epsilon (coverage.percent, 200.0 / 3.0, EPSILON);

  coverage = emb_metrics_coverage_from_counts (0, 4);
  g_assert_true (coverage.valid);
  g_assert_cmpfloat (coverage.percent, ==, 0.0);
}

static void
test_sample_size (void)
{
  g_assert_cmpint (EMB_METRICS_MIN_SAMPLE, ==, 30);
  g_assert_true (emb_metrics_sample_is_small (0));
  g_assert_true (emb_metrics_sample_is_small (29));
  g_assert_false (emb_metrics_sample_is_small (30));
  g_assert_false (emb_metrics_sample_is_small (1000));
}

/* Fixtures --------------------------------------------------------------- */

#define SAVE(db, table, record) emb_test_save_as_it_is ((db), &(table), (record))

static void
add_responsibility (EmbDatabase            *db,
                    gint64                  role_id,
                    gint64                  touchpoint_id,
                    EmbResponsibilityLevel  level)
{
  g_autoptr(EmbResponsibility) responsibility = emb_responsibility_new ();

  emb_responsibility_set_role_id (responsibility, role_id);
  emb_responsibility_set_touchpoint_id (responsibility, touchpoint_id);
  emb_responsibility_set_level (responsibility, level);
  emb_test_save_as_it_is (db, &emb_table_responsibility, responsibility);
}

static void
add_feedback (EmbDatabase     *db,
              gint64           touchpoint_id,
              EmbFeedbackKind  kind,
              EmbScoreType     score_type,
              int              score,
              const char      *received_at)
{
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();

  emb_feedback_set_touchpoint_id (feedback, touchpoint_id);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_score_type (feedback, score_type);
  emb_feedback_set_score (feedback, score);
  emb_feedback_set_received_at (feedback, received_at);
  emb_test_save_as_it_is (db, &emb_table_feedback, feedback);
}

static void
add_score (EmbDatabase  *db,
           gint64        touchpoint_id,
           EmbScoreType  score_type,
           int           score,
           const char   *received_at)
{
  add_feedback (db, touchpoint_id, EMB_FEEDBACK_KIND_SURVEY, score_type, score, received_at);
}

static void
add_complaint (EmbDatabase *db,
               gint64       touchpoint_id,
               const char  *received_at)
{
  add_feedback (db, touchpoint_id, EMB_FEEDBACK_KIND_COMPLAINT, EMB_SCORE_TYPE_NONE, -1,
                received_at);
}

static gint64
add_promise_version (EmbDatabase *db,
                     int          number)
{
  g_autoptr(EmbPromise) promise = emb_promise_new ();
  g_autoptr(EmbPromiseVersion) version = emb_promise_version_new ();

  emb_test_save_as_it_is (db, &emb_table_promise, promise);
  emb_promise_version_set_promise_id (version, emb_record_get_id (EMB_RECORD (promise)));
  emb_promise_version_set_number (version, number);
  emb_promise_version_set_statement (version, "We call back the same day.");
  emb_promise_version_set_state (version, EMB_PROMISE_VERSION_STATE_PUBLISHED);
  emb_promise_version_set_published_at (version, "2026-01-05T09:00:00.000Z");
  return SAVE (db, emb_table_promise_version, version);
}

static gint64
add_announcement (EmbDatabase *db,
                  EmbAudience  audience)
{
  g_autoptr(EmbAnnouncement) announcement = emb_announcement_new ();

  emb_announcement_set_title (announcement, "New opening hours");
  emb_announcement_set_audience (announcement, audience);
  emb_announcement_set_needs_ack (announcement, TRUE);
  emb_announcement_set_published_at (announcement, "2026-01-05T09:00:00.000Z");
  return SAVE (db, emb_table_announcement, announcement);
}

static gint64
add_value_set (EmbDatabase *db)
{
  g_autoptr(EmbValueSet) value_set = emb_value_set_new ();

  emb_value_set_set_published_at (value_set, "2026-01-05T09:00:00.000Z");
  return SAVE (db, emb_table_value_set, value_set);
}

static void
add_ack (EmbDatabase *db,
         gint64       employee_id,
         gint64       version_id,
         gint64       announcement_id,
         gint64       value_set_id)
{
  g_autoptr(EmbAcknowledgement) ack = emb_acknowledgement_new ();

  emb_acknowledgement_set_employee_id (ack, employee_id);
  emb_acknowledgement_set_promise_version_id (ack, version_id);
  emb_acknowledgement_set_announcement_id (ack, announcement_id);
  emb_acknowledgement_set_value_set_id (ack, value_set_id);
  emb_acknowledgement_set_acknowledged_at (ack, "2026-01-06T10:00:00.000Z");
  emb_test_save_as_it_is (db, &emb_table_acknowledgement, ack);
}

/* A link row without a record class. */
static void
link_rows (EmbDatabase *db,
           const char  *sql,
           gint64       a,
           gint64       b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  g_assert_true (_emb_database_step_done (db, stmt, &error));
  g_assert_no_error (error);
}

static gint64
add_pilot (EmbDatabase *db,
           const char  *name)
{
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();

  emb_pilot_set_name (pilot, name);
  emb_pilot_set_principle (pilot, "Decide yourself, always to the customer's benefit.");
  return SAVE (db, emb_table_pilot, pilot);
}

static gint64
add_wave (EmbDatabase *db,
          gint64       pilot_id,
          gint64       department_id,
          int          position,
          const char  *starts_on,
          const char  *ends_on)
{
  g_autoptr(EmbWave) wave = emb_wave_new ();

  emb_wave_set_pilot_id (wave, pilot_id);
  emb_wave_set_department_id (wave, department_id);
  emb_wave_set_position (wave, position);
  emb_wave_set_starts_on (wave, starts_on);
  emb_wave_set_ends_on (wave, ends_on);
  return SAVE (db, emb_table_wave, wave);
}

/* Customer feedback ------------------------------------------------------ */

typedef struct
{
  EmbTestDb *tdb;
  gint64     t1;
  gint64     t2;
  gint64     t3;
} FeedbackFixture;

/* Three touchpoints: T3 in the first stage, T2 then T1 in the second.
 *
 * NPS answers:  T1: 10 @ 03-01 00:00:00.000, 9 @ 03-15 12:00, 7 @ 03-31 23:59:59.999,
 *                   3 @ 04-01 00:00:00.000
 *               T2: 6 @ 02-28 23:59:59.999, 8 @ 03-10
 *               no touchpoint: 10 @ 03-20
 * CSAT answers: T1: 5 @ 03-02, 4 @ 03-03, 3 @ 03-04;  T2: 1 @ 03-05;  none: 2 @ 02-01
 * CES answers:  T1: 7 @ 03-06, 5 @ 03-07;  T2: 1 @ 03-08;  none: 4 @ 03-09
 * Complaints:   T1 @ 03-01 00:00:00.000, T2 @ 04-01 00:00:00.000, none @ 03-11
 * Praise (no score): T1 @ 03-12 — counted nowhere.
 * All in 2026. T3 has no feedback. */
static void
feedback_fixture_set_up (FeedbackFixture *fx,
                         gconstpointer    data)
{
  EmbDatabase *db;
  gint64 discover, buy;

  fx->tdb = emb_test_db_new ();
  db = fx->tdb->db;

  discover = emb_test_add_stage_at (db, "Discover", 0);
  buy = emb_test_add_stage_at (db, "Buy", 1);
  fx->t1 = emb_test_add_touchpoint_at (db, buy, "Counter", 1);
  fx->t2 = emb_test_add_touchpoint_at (db, buy, "Phone", 0);
  fx->t3 = emb_test_add_touchpoint_at (db, discover, "Website", 0);

  add_score (db, fx->t1, EMB_SCORE_TYPE_NPS, 10, "2026-03-01T00:00:00.000Z");
  add_score (db, fx->t1, EMB_SCORE_TYPE_NPS, 9, "2026-03-15T12:00:00.000Z");
  add_score (db, fx->t1, EMB_SCORE_TYPE_NPS, 7, "2026-03-31T23:59:59.999Z");
  add_score (db, fx->t1, EMB_SCORE_TYPE_NPS, 3, "2026-04-01T00:00:00.000Z");
  add_score (db, fx->t2, EMB_SCORE_TYPE_NPS, 6, "2026-02-28T23:59:59.999Z");
  add_score (db, fx->t2, EMB_SCORE_TYPE_NPS, 8, "2026-03-10T08:00:00.000Z");
  add_score (db, 0, EMB_SCORE_TYPE_NPS, 10, "2026-03-20T00:00:00.000Z");

  add_score (db, fx->t1, EMB_SCORE_TYPE_CSAT, 5, "2026-03-02T10:00:00.000Z");
  add_score (db, fx->t1, EMB_SCORE_TYPE_CSAT, 4, "2026-03-03T10:00:00.000Z");
  add_score (db, fx->t1, EMB_SCORE_TYPE_CSAT, 3, "2026-03-04T10:00:00.000Z");
  add_score (db, fx->t2, EMB_SCORE_TYPE_CSAT, 1, "2026-03-05T10:00:00.000Z");
  add_score (db, 0, EMB_SCORE_TYPE_CSAT, 2, "2026-02-01T10:00:00.000Z");

  add_score (db, fx->t1, EMB_SCORE_TYPE_CES, 7, "2026-03-06T10:00:00.000Z");
  add_score (db, fx->t1, EMB_SCORE_TYPE_CES, 5, "2026-03-07T10:00:00.000Z");
  add_score (db, fx->t2, EMB_SCORE_TYPE_CES, 1, "2026-03-08T10:00:00.000Z");
  add_score (db, 0, EMB_SCORE_TYPE_CES, 4, "2026-03-09T10:00:00.000Z");

  add_complaint (db, fx->t1, "2026-03-01T00:00:00.000Z");
  add_complaint (db, fx->t2, "2026-04-01T00:00:00.000Z");
  add_complaint (db, 0, "2026-03-11T10:00:00.000Z");

  add_feedback (db, fx->t1, EMB_FEEDBACK_KIND_PRAISE, EMB_SCORE_TYPE_NONE, -1,
                "2026-03-12T10:00:00.000Z");
}

static void
feedback_fixture_tear_down (FeedbackFixture *fx,
                            gconstpointer    data)
{
  g_clear_pointer (&fx->tdb, emb_test_db_free);
}

static EmbNps
scoped_nps (EmbDatabase  *db,
            const gint64 *touchpoints,
            guint         n_touchpoints,
            const char   *from,
            const char   *to)
{
  EmbMetricsScope scope = { touchpoints, n_touchpoints, from, to };
  g_autoptr(GError) error = NULL;
  EmbNps nps;

  g_assert_true (emb_metrics_nps (db, &scope, &nps, &error));
  g_assert_no_error (error);
  return nps;
}

static guint
scoped_complaints (EmbDatabase  *db,
                   const gint64 *touchpoints,
                   guint         n_touchpoints,
                   const char   *from,
                   const char   *to)
{
  EmbMetricsScope scope = { touchpoints, n_touchpoints, from, to };
  g_autoptr(GError) error = NULL;
  guint complaints = 12345;

  g_assert_true (emb_metrics_complaints (db, &scope, &complaints, &error));
  g_assert_no_error (error);
  return complaints;
}

static void
test_feedback_whole (FeedbackFixture *fx,
                     gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  EmbMetricsScope everything = EMB_METRICS_SCOPE_INIT;
  EmbNps nps;
  EmbCsat csat;
  EmbCes ces;
  guint complaints;

  /* NPS, every answer (and only NPS answers: the CSAT 5 and CES 7 are not
   * promoters): 10, 9, 7, 3, 6, 8, 10 → promoters 3, passives 2,
   * detractors 2 of 7: 100/7 = 14.29 → 14. */
  g_assert_true (emb_metrics_nps (db, NULL, &nps, &error));
  g_assert_no_error (error);
  g_assert_true (nps.valid);
  g_assert_cmpuint (nps.promoters, ==, 3);
  g_assert_cmpuint (nps.passives, ==, 2);
  g_assert_cmpuint (nps.detractors, ==, 2);
  g_assert_cmpuint (nps.total, ==, 7);
  g_assert_cmpint (nps.score, ==, 14);

  /* An empty scope is the same as none. */
  g_assert_true (emb_metrics_nps (db, &everything, &nps, &error));
  g_assert_cmpuint (nps.total, ==, 7);
  g_assert_cmpint (nps.score, ==, 14);

  /* CSAT: 5, 4, 3, 1, 2 → 2 of 5 = 40 %. */
  g_assert_true (emb_metrics_csat (db, NULL, &csat, &error));
  g_assert_no_error (error);
  g_assert_true (csat.valid);
  g_assert_cmpuint (csat.satisfied, ==, 2);
  g_assert_cmpuint (csat.total, ==, 5);
  g_assert_cmpfloat_with_epsilon (csat.percent, 40.0, EPSILON);

  /* CES: 7, 5, 1, 4 → mean 17/4 = 4.25, 2 of 4 easy = 50 %. */
  g_assert_true (emb_metrics_ces (db, NULL, &ces, &error));
  g_assert_no_error (error);
  g_assert_true (ces.valid);
  g_assert_cmpuint (ces.total, ==, 4);
  g_assert_cmpuint (ces.easy, ==, 2);
  g_assert_cmpfloat_with_epsilon (ces.mean, 4.25, EPSILON);
  g_assert_cmpfloat_with_epsilon (ces.easy_percent, 50.0, EPSILON);

  /* Complaints: 3 (the praise does not count). */
  g_assert_true (emb_metrics_complaints (db, NULL, &complaints, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (complaints, ==, 3);
}

static void
test_feedback_period (FeedbackFixture *fx,
                      gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  const gint64 t1[] = { fx->t1 };
  EmbMetricsScope march = { NULL, 0, "2026-03-01", "2026-04-01" };
  g_autoptr(GError) error = NULL;
  EmbNps nps;
  EmbCsat csat;
  EmbCes ces;

  /* March, as dates: [03-01, 04-01). The 10 at 03-01 00:00:00.000 is in
   * (from is included), the 7 at 03-31 23:59:59.999 is in, the 3 at 04-01
   * 00:00 is out (to is excluded), the 6 at 02-28 23:59:59.999 is out.
   * 10, 9, 7, 8, 10 → promoters 3, passives 2: 60. */
  nps = scoped_nps (db, NULL, 0, "2026-03-01", "2026-04-01");
  g_assert_cmpuint (nps.total, ==, 5);
  g_assert_cmpuint (nps.promoters, ==, 3);
  g_assert_cmpuint (nps.detractors, ==, 0);
  g_assert_cmpint (nps.score, ==, 60);

  /* CSAT in March: 5, 4, 3, 1 (the 2 of 02-01 is out) → 2 of 4 = 50 %. */
  g_assert_true (emb_metrics_csat (db, &march, &csat, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (csat.total, ==, 4);
  g_assert_cmpfloat_with_epsilon (csat.percent, 50.0, EPSILON);

  /* CES before 03-08: 7, 5 → mean 6, 100 %. */
  march.to = "2026-03-08";
  g_assert_true (emb_metrics_ces (db, &march, &ces, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ces.total, ==, 2);
  g_assert_cmpfloat_with_epsilon (ces.mean, 6.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (ces.easy_percent, 100.0, EPSILON);

  /* Timestamps without milliseconds compare as the stored form: at T1,
   * [03-01T00:00:00Z, 03-31T23:59:59.999Z) has the 10 (exactly at from) and
   * the 9, not the 7 (exactly at to) → 100 over 2. */
  nps = scoped_nps (db, t1, 1, "2026-03-01T00:00:00Z", "2026-03-31T23:59:59.999Z");
  g_assert_cmpuint (nps.total, ==, 2);
  g_assert_cmpint (nps.score, ==, 100);

  /* The same over every touchpoint: 10, 9, 8 and the 10 without a
   * touchpoint; the 7 exactly at to is out → P3 Pa1 of 4 = 75. */
  nps = scoped_nps (db, NULL, 0, "2026-03-01T00:00:00.000Z", "2026-03-31T23:59:59.999Z");
  g_assert_cmpuint (nps.total, ==, 4);
  g_assert_cmpuint (nps.passives, ==, 1);
  g_assert_cmpint (nps.score, ==, 75);

  /* Offsets are converted to UTC: 01:00+01:00 is 00:00Z, so the 10 at
   * 03-01 00:00Z is in; 13:00+01:00 is 12:00Z, so the 9 at 03-15 12:00Z is
   * out (read as local times, both would go the other way). */
  nps = scoped_nps (db, t1, 1, "2026-03-01T01:00:00+01:00", "2026-03-02");
  g_assert_cmpuint (nps.total, ==, 1);
  g_assert_cmpuint (nps.promoters, ==, 1);
  g_assert_cmpint (nps.score, ==, 100);
  nps = scoped_nps (db, t1, 1, "2026-03-15", "2026-03-15T13:00:00+01:00");
  g_assert_cmpuint (nps.total, ==, 0);
  g_assert_false (nps.valid);
  nps = scoped_nps (db, t1, 1, "2026-03-15", "2026-03-15T13:00:00.001+01:00");
  g_assert_cmpuint (nps.total, ==, 1);

  /* Open start: before 03-01 there is only the 6 at T2 → −100 over 1. */
  nps = scoped_nps (db, NULL, 0, NULL, "2026-03-01");
  g_assert_cmpuint (nps.total, ==, 1);
  g_assert_cmpint (nps.score, ==, -100);

  /* Open end: from 04-01 there is only the 3 at T1 → −100 over 1. */
  nps = scoped_nps (db, NULL, 0, "2026-04-01", NULL);
  g_assert_cmpuint (nps.total, ==, 1);
  g_assert_cmpuint (nps.detractors, ==, 1);

  /* An empty period (from = to) and a reversed one count nothing. */
  nps = scoped_nps (db, NULL, 0, "2026-03-01", "2026-03-01");
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 0);
  nps = scoped_nps (db, NULL, 0, "2026-04-01", "2026-03-01");
  g_assert_false (nps.valid);

  /* Complaints in March: T1's at 03-01 00:00 and the one without
   * touchpoint; T2's at 04-01 00:00 is out → 2. */
  g_assert_cmpuint (scoped_complaints (db, NULL, 0, "2026-03-01", "2026-04-01"), ==, 2);
  g_assert_cmpuint (scoped_complaints (db, NULL, 0, "2026-03-01T00:00:00.001Z", NULL), ==, 2);
  /* Exactly at the bounds: T2's at 04-01 00:00 is out of […, 04-01T00:00Z),
   * T1's at 03-01 00:00 is in [03-01T00:00Z, …). */
  g_assert_cmpuint (scoped_complaints (db, NULL, 0, NULL, "2026-04-01T00:00:00.000Z"), ==, 2);
  g_assert_cmpuint (scoped_complaints (db, t1, 1, "2026-03-01T00:00:00Z", NULL), ==, 1);
  g_assert_cmpuint (scoped_complaints (db, t1, 1, NULL, "2026-03-01T00:00:00Z"), ==, 0);
}

/* feedback_day, the per-day histogram the triggers keep, equals the same
 * histogram computed from feedback: no row of either is missing from the
 * other (days whose counts went back to zero may stay, all zero). */
static void
assert_days_match_feedback (EmbDatabase *db)
{
#define RECOMPUTED \
  "SELECT coalesce (touchpoint_id, 0) AS touchpoint_id, score_type, substr (received_at, 1, 10)," \
  " sum (score IS 0), sum (score IS 1), sum (score IS 2), sum (score IS 3), sum (score IS 4)," \
  " sum (score IS 5), sum (score IS 6), sum (score IS 7), sum (score IS 8), sum (score IS 9)," \
  " sum (score IS 10), sum (kind = 'complaint') FROM feedback GROUP BY 1, 2, 3"
#define KEPT \
  "SELECT touchpoint_id, score_type, day, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10," \
  " complaints FROM feedback_day WHERE s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10" \
  " + complaints > 0 OR score_type = 'none'"

  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM (" RECOMPUTED " EXCEPT " KEPT ")"),
                   ==, 0);
  /* Every kept row with an answer or a complaint is one of the recomputed
   * rows; 'none' rows without a complaint hold no count at all. */
  g_assert_cmpint (_emb_database_count (db,
                                        "SELECT count(*) FROM (SELECT * FROM (" KEPT ")"
                                        " WHERE s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9"
                                        " + s10 + complaints > 0"
                                        " EXCEPT " RECOMPUTED ")"),
                   ==, 0);
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM feedback_day"
                                        " WHERE min (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10,"
                                        " complaints) < 0"),
                   ==, 0);
#undef RECOMPUTED
#undef KEPT
}

/* The NPS and complaints of [from, to), counted straight from feedback. */
static void
assert_period_counted (EmbDatabase  *db,
                       gint64        touchpoint_id,
                       const char   *from,
                       const char   *to)
{
  const gint64 one[] = { touchpoint_id };
  g_autofree char *where = NULL;
  g_autofree char *promoters = NULL;
  g_autofree char *detractors = NULL;
  g_autofree char *total = NULL;
  g_autofree char *complaints = NULL;
  EmbNps nps;

  if (touchpoint_id > 0)
    where = g_strdup_printf ("received_at >= '%s' AND received_at < '%s'"
                             " AND touchpoint_id = %" G_GINT64_FORMAT, from, to, touchpoint_id);
  else
    where = g_strdup_printf ("received_at >= '%s' AND received_at < '%s'", from, to);
  total = g_strdup_printf ("SELECT count(*) FROM feedback WHERE score_type = 'nps' AND %s", where);
  promoters = g_strdup_printf ("%s AND score >= 9", total);
  detractors = g_strdup_printf ("%s AND score <= 6", total);
  complaints = g_strdup_printf ("SELECT count(*) FROM feedback WHERE kind = 'complaint' AND %s",
                                where);

  nps = scoped_nps (db, one, touchpoint_id > 0 ? 1 : 0, from, to);
  g_assert_cmpuint (nps.total, ==, _emb_database_count (db, total));
  g_assert_cmpuint (nps.promoters, ==, _emb_database_count (db, promoters));
  g_assert_cmpuint (nps.detractors, ==, _emb_database_count (db, detractors));
  g_assert_cmpuint (scoped_complaints (db, one, touchpoint_id > 0 ? 1 : 0, from, to), ==,
                    _emb_database_count (db, complaints));
}

static char *
random_time (GRand *rand)
{
  return g_strdup_printf ("2026-03-%02dT%02d:%02d:00.000Z", g_rand_int_range (rand, 1, 8),
                          g_rand_int_range (rand, 0, 24), g_rand_int_range (rand, 0, 60));
}

static void
test_feedback_kept_days (FeedbackFixture *fx,
                         gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  const gint64 touchpoints[] = { 0, fx->t1, fx->t2, fx->t3 };
  const EmbScoreType types[] = {
    EMB_SCORE_TYPE_NONE, EMB_SCORE_TYPE_NPS, EMB_SCORE_TYPE_CSAT, EMB_SCORE_TYPE_CES
  };
  const int highest[] = { -1, 10, 5, 7 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  assert_days_match_feedback (db);

  for (guint round = 0; round < 300; round++)
    {
      /* Mostly new rows, some changed, a few deleted. */
      int dice = g_rand_int_range (rand, 0, 100);
      int action = ids->len == 0 || dice < 60 ? 0 : dice < 85 ? 1 : 2;
      guint type = g_rand_int_range (rand, 0, G_N_ELEMENTS (types));
      g_autofree char *when = random_time (rand);
      g_autoptr(EmbFeedback) feedback = NULL;

      if (action == 0)
        {
          feedback = emb_feedback_new ();
        }
      else
        {
          guint i = g_rand_int_range (rand, 0, ids->len);
          gint64 id = g_array_index (ids, gint64, i);

          if (action == 2)
            {
              g_assert_true (_emb_table_delete (db, &emb_table_feedback, id, &error));
              g_assert_no_error (error);
              g_array_remove_index_fast (ids, i);
              continue;
            }
          feedback = _emb_table_get (db, &emb_table_feedback, id, &error);
          g_assert_no_error (error);
        }

      /* A new row, or any of its counted fields changed. */
      emb_feedback_set_touchpoint_id (feedback,
                                      touchpoints[g_rand_int_range (rand, 0, G_N_ELEMENTS (touchpoints))]);
      emb_feedback_set_kind (feedback, g_rand_boolean (rand) ? EMB_FEEDBACK_KIND_COMPLAINT
                                                             : EMB_FEEDBACK_KIND_SURVEY);
      emb_feedback_set_score_type (feedback, types[type]);
      emb_feedback_set_score (feedback, types[type] == EMB_SCORE_TYPE_NONE
                                          ? -1
                                          : g_rand_int_range (rand,
                                                              types[type] == EMB_SCORE_TYPE_NPS ? 0 : 1,
                                                              highest[type] + 1));
      if (action == 0 || g_rand_boolean (rand))
        emb_feedback_set_received_at (feedback, when);
      emb_test_save_as_it_is (db, &emb_table_feedback, feedback);
      if (action == 0)
        {
          gint64 id = emb_record_get_id (EMB_RECORD (feedback));

          g_array_append_val (ids, id);
        }

      if (round % 50 == 49)
        assert_days_match_feedback (db);
    }

  /* Periods of whole days, of parts of days at either end and inside one
   * day, for every touchpoint and for each: the figures read from the kept
   * days and from feedback must equal a plain count of feedback. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *a = random_time (rand);
      g_autofree char *b = random_time (rand);
      const char *from = strcmp (a, b) <= 0 ? a : b;
      const char *to = from == a ? b : a;
      g_autofree char *from_day = g_strndup (from, 10);
      g_autofree char *to_day = g_strndup (to, 10);
      gint64 touchpoint = touchpoints[i % G_N_ELEMENTS (touchpoints)];

      assert_period_counted (db, touchpoint, from, to);
      assert_period_counted (db, touchpoint, from_day, to_day);
      assert_period_counted (db, touchpoint, from_day, to);
      assert_period_counted (db, touchpoint, from, to_day);
    }
}

/* Weekly NPS at T1 over March and the first day of April: 10 on 03-01,
 * nothing in the second week, 9 on 03-15, nothing, then 7 on 03-31 and 3
 * on 04-01 in the last, shorter period [03-29, 04-02). */
static void
test_feedback_nps_trend (FeedbackFixture *fx,
                         gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  const gint64 t1[] = { fx->t1 };
  static const struct { const char *start; gboolean valid; guint total; int score; } want[] = {
    { "2026-03-01", TRUE, 1, 100 },
    { "2026-03-08", FALSE, 0, 0 },
    { "2026-03-15", TRUE, 1, 100 },
    { "2026-03-22", FALSE, 0, 0 },
    { "2026-03-29", TRUE, 2, -50 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;

  points = emb_metrics_nps_trend (db, t1, 1, "2026-03-01", "2026-04-02", 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < points->len; i++)
    {
      const EmbNpsPoint *point = &g_array_index (points, EmbNpsPoint, i);

      g_assert_cmpstr (point->start, ==, want[i].start);
      g_assert_cmpint (point->nps.valid, ==, want[i].valid);
      g_assert_cmpuint (point->nps.total, ==, want[i].total);
      if (want[i].valid)
        g_assert_cmpint (point->nps.score, ==, want[i].score);
    }
  g_clear_pointer (&points, g_array_unref);

  /* Every touchpoint, one point: all seven NPS answers. */
  points = emb_metrics_nps_trend (db, NULL, 0, "2026-01-01", "2026-05-01", 365, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 1);
  g_assert_cmpuint (g_array_index (points, EmbNpsPoint, 0).nps.total, ==, 7);
  g_clear_pointer (&points, g_array_unref);

  /* An empty period has no point; bad bounds are refused by name. */
  points = emb_metrics_nps_trend (db, NULL, 0, "2026-03-01", "2026-03-01", 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 0);
  g_clear_pointer (&points, g_array_unref);
  g_assert_null (emb_metrics_nps_trend (db, NULL, 0, "March", "2026-03-01", 7, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "from");
  g_clear_error (&error);
  g_assert_null (emb_metrics_nps_trend (db, NULL, 0, "2000-01-01", "2026-03-01", 1, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "days-per-point");
}

static void
test_feedback_touchpoints (FeedbackFixture *fx,
                           gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  const gint64 t1[] = { fx->t1 };
  const gint64 t2[] = { fx->t2 };
  const gint64 t1_t2[] = { fx->t1, fx->t2 };
  const gint64 t3[] = { fx->t3 };
  const gint64 missing[] = { 999999 };
  g_autoptr(GError) error = NULL;
  EmbMetricsScope scope = { t1, 1, NULL, NULL };
  EmbNps nps;
  EmbCsat csat;
  EmbCes ces;

  /* T1, every time: 10, 9, 7, 3 → P2 Pa1 D1 of 4 → 25. */
  nps = scoped_nps (db, t1, 1, NULL, NULL);
  g_assert_cmpuint (nps.total, ==, 4);
  g_assert_cmpint (nps.score, ==, 25);

  /* T1 in March: 10, 9, 7 → 200/3 = 66.67 → 67. */
  nps = scoped_nps (db, t1, 1, "2026-03-01", "2026-04-01");
  g_assert_cmpuint (nps.total, ==, 3);
  g_assert_cmpint (nps.score, ==, 67);

  /* T1 and T2 in March: 10, 9, 7, 8 → P2 Pa2 → 50; the 10 without a
   * touchpoint is out once touchpoints are named. */
  nps = scoped_nps (db, t1_t2, 2, "2026-03-01", "2026-04-01");
  g_assert_cmpuint (nps.total, ==, 4);
  g_assert_cmpuint (nps.passives, ==, 2);
  g_assert_cmpint (nps.score, ==, 50);

  /* T2 alone: 6, 8 → −50 over 2. */
  nps = scoped_nps (db, t2, 1, NULL, NULL);
  g_assert_cmpuint (nps.total, ==, 2);
  g_assert_cmpint (nps.score, ==, -50);

  /* T3 and an unknown id have nothing: not valid, and never "everything". */
  nps = scoped_nps (db, t3, 1, NULL, NULL);
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 0);
  nps = scoped_nps (db, missing, 1, NULL, NULL);
  g_assert_false (nps.valid);

  /* CSAT at T1: 5, 4, 3 → 2 of 3 = 66.67 %. */
  g_assert_true (emb_metrics_csat (db, &scope, &csat, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (csat.total, ==, 3);
  g_assert_cmpfloat_with_epsilon (csat.percent, 200.0 / 3.0, EPSILON);

  /* CES at T2: 1 → mean 1, 0 % easy. */
  scope.touchpoint_ids = t2;
  g_assert_true (emb_metrics_ces (db, &scope, &ces, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ces.total, ==, 1);
  g_assert_cmpuint (ces.easy, ==, 0);
  g_assert_cmpfloat_with_epsilon (ces.mean, 1.0, EPSILON);

  /* Complaints: T1 1, T2 1, T1+T2 2, T2 in March 0, T3 0. */
  g_assert_cmpuint (scoped_complaints (db, t1, 1, NULL, NULL), ==, 1);
  g_assert_cmpuint (scoped_complaints (db, t2, 1, NULL, NULL), ==, 1);
  g_assert_cmpuint (scoped_complaints (db, t1_t2, 2, NULL, NULL), ==, 2);
  g_assert_cmpuint (scoped_complaints (db, t2, 1, "2026-03-01", "2026-04-01"), ==, 0);
  g_assert_cmpuint (scoped_complaints (db, t3, 1, NULL, NULL), ==, 0);
}

static void
test_feedback_bad_bounds (FeedbackFixture *fx,
                          gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  EmbMetricsScope scope = { NULL, 0, "March", NULL };
  g_autoptr(GError) error = NULL;
  EmbNps nps = { 1, 1, 1, 3, 50, TRUE };
  guint complaints = 7;
  GArray *array;

  g_assert_false (emb_metrics_nps (db, &scope, &nps, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "from");
  g_assert_false (nps.valid);
  g_assert_cmpuint (nps.total, ==, 0);
  g_clear_error (&error);

  scope.from = "2026-02-30";  /* not a day */
  g_assert_false (emb_metrics_nps (db, &scope, &nps, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "from");
  g_clear_error (&error);

  scope.from = "2026-03- 1";  /* would sort before "2026-03-01" */
  g_assert_false (emb_metrics_nps (db, &scope, &nps, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "from");
  g_clear_error (&error);

  scope.from = NULL;
  scope.to = "2026-13-01T00:00:00Z";
  g_assert_false (emb_metrics_complaints (db, &scope, &complaints, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "to");
  g_assert_cmpuint (complaints, ==, 0);
  g_clear_error (&error);

  array = emb_metrics_nps_by_touchpoint (db, "2026-03-01", "tomorrow", &error);
  g_assert_null (array);
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "to");
}

static void
test_feedback_by_touchpoint (FeedbackFixture *fx,
                             gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) march = NULL;
  const EmbTouchpointNps *item;

  /* Journey order: T3 (first stage), then T2 (position 0) and T1
   * (position 1) of the second stage. */
  all = emb_metrics_nps_by_touchpoint (db, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (all);
  g_assert_cmpuint (all->len, ==, 3);

  /* T3: no answer. */
  item = &g_array_index (all, EmbTouchpointNps, 0);
  g_assert_cmpint (item->touchpoint_id, ==, fx->t3);
  g_assert_false (item->nps.valid);
  g_assert_cmpuint (item->nps.total, ==, 0);

  /* T2: 6, 8 → −50 over 2. */
  item = &g_array_index (all, EmbTouchpointNps, 1);
  g_assert_cmpint (item->touchpoint_id, ==, fx->t2);
  g_assert_true (item->nps.valid);
  g_assert_cmpuint (item->nps.total, ==, 2);
  g_assert_cmpuint (item->nps.detractors, ==, 1);
  g_assert_cmpuint (item->nps.passives, ==, 1);
  g_assert_cmpint (item->nps.score, ==, -50);

  /* T1: 10, 9, 7, 3 → 25 over 4 (its CSAT and CES answers do not count). */
  item = &g_array_index (all, EmbTouchpointNps, 2);
  g_assert_cmpint (item->touchpoint_id, ==, fx->t1);
  g_assert_cmpuint (item->nps.total, ==, 4);
  g_assert_cmpuint (item->nps.promoters, ==, 2);
  g_assert_cmpint (item->nps.score, ==, 25);

  /* March: T3 nothing, T2 the 8 → 0 over 1, T1 10, 9, 7 → 67 over 3. */
  march = emb_metrics_nps_by_touchpoint (db, "2026-03-01", "2026-04-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 3);
  g_assert_false (g_array_index (march, EmbTouchpointNps, 0).nps.valid);
  g_assert_cmpint (g_array_index (march, EmbTouchpointNps, 1).touchpoint_id, ==, fx->t2);
  g_assert_cmpuint (g_array_index (march, EmbTouchpointNps, 1).nps.total, ==, 1);
  g_assert_cmpint (g_array_index (march, EmbTouchpointNps, 1).nps.score, ==, 0);
  g_assert_cmpint (g_array_index (march, EmbTouchpointNps, 2).touchpoint_id, ==, fx->t1);
  g_assert_cmpuint (g_array_index (march, EmbTouchpointNps, 2).nps.total, ==, 3);
  g_assert_cmpint (g_array_index (march, EmbTouchpointNps, 2).nps.score, ==, 67);
}

static void
test_feedback_empty_database (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) by_touchpoint = NULL;
  EmbNps nps;
  EmbCsat csat;
  EmbCes ces;
  guint complaints;

  g_assert_true (emb_metrics_nps (tdb->db, NULL, &nps, &error));
  g_assert_false (nps.valid);
  g_assert_true (emb_metrics_csat (tdb->db, NULL, &csat, &error));
  g_assert_false (csat.valid);
  g_assert_true (emb_metrics_ces (tdb->db, NULL, &ces, &error));
  g_assert_false (ces.valid);
  g_assert_true (emb_metrics_complaints (tdb->db, NULL, &complaints, &error));
  g_assert_cmpuint (complaints, ==, 0);
  by_touchpoint = emb_metrics_nps_by_touchpoint (tdb->db, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (by_touchpoint);
  g_assert_cmpuint (by_touchpoint->len, ==, 0);
}

/* Acknowledgement coverage ----------------------------------------------- */

typedef struct
{
  EmbTestDb *tdb;
  gint64 d_branches, d_contact, d_back;
  gint64 r_teller, r_agent, r_clerk, r_manager;
  gint64 t_counter, t_phone, t_letters, t_web;
  gint64 e[10];  /* e[1] … e[9] */
} CoverageFixture;

/* Departments Branches, Contact centre, Back office.
 * Roles: Teller and Manager (Branches), Agent (Contact centre), Clerk (Back
 * office).
 * Responsibilities: Teller owns Counter, Manager is informed at Counter,
 * Agent delivers Phone, Clerk supports Letters; nobody is at Web.
 * Employees:
 *   E1, E2 Teller (active), E3 Teller (INACTIVE),
 *   E4, E5 Agent, E6 Clerk, E7 Manager,
 *   E8 no role and no department, E9 no role in Contact centre.
 * Active: E1 E2 E4 E5 E6 E7 E8 E9 = 8. */
static void
coverage_fixture_set_up (CoverageFixture *fx,
                         gconstpointer    data)
{
  EmbDatabase *db;
  gint64 stage;

  fx->tdb = emb_test_db_new ();
  db = fx->tdb->db;

  fx->d_branches = emb_test_add_department (db, "Branches");
  fx->d_contact = emb_test_add_department (db, "Contact centre");
  fx->d_back = emb_test_add_department (db, "Back office");
  fx->r_teller = emb_test_add_role (db, fx->d_branches, "Teller");
  fx->r_manager = emb_test_add_role (db, fx->d_branches, "Manager");
  fx->r_agent = emb_test_add_role (db, fx->d_contact, "Agent");
  fx->r_clerk = emb_test_add_role (db, fx->d_back, "Clerk");

  stage = emb_test_add_stage_at (db, "Service", 0);
  fx->t_counter = emb_test_add_touchpoint_at (db, stage, "Counter", 0);
  fx->t_phone = emb_test_add_touchpoint_at (db, stage, "Phone", 1);
  fx->t_letters = emb_test_add_touchpoint_at (db, stage, "Letters", 2);
  fx->t_web = emb_test_add_touchpoint_at (db, stage, "Web", 3);
  add_responsibility (db, fx->r_teller, fx->t_counter, EMB_RESPONSIBILITY_LEVEL_OWNS);
  add_responsibility (db, fx->r_manager, fx->t_counter, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  add_responsibility (db, fx->r_agent, fx->t_phone, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  add_responsibility (db, fx->r_clerk, fx->t_letters, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);

  fx->e[1] = emb_test_add_employee (db, "E1", "E1", fx->d_branches, fx->r_teller, TRUE);
  fx->e[2] = emb_test_add_employee (db, "E2", "E2", fx->d_branches, fx->r_teller, TRUE);
  fx->e[3] = emb_test_add_employee (db, "E3", "E3", fx->d_branches, fx->r_teller, FALSE);
  fx->e[4] = emb_test_add_employee (db, "E4", "E4", fx->d_contact, fx->r_agent, TRUE);
  fx->e[5] = emb_test_add_employee (db, "E5", "E5", fx->d_contact, fx->r_agent, TRUE);
  fx->e[6] = emb_test_add_employee (db, "E6", "E6", fx->d_back, fx->r_clerk, TRUE);
  fx->e[7] = emb_test_add_employee (db, "E7", "E7", fx->d_branches, fx->r_manager, TRUE);
  fx->e[8] = emb_test_add_employee (db, "E8", "E8", 0, 0, TRUE);
  fx->e[9] = emb_test_add_employee (db, "E9", "E9", fx->d_contact, 0, TRUE);
}

static void
coverage_fixture_tear_down (CoverageFixture *fx,
                            gconstpointer    data)
{
  g_clear_pointer (&fx->tdb, emb_test_db_free);
}

static void
assert_coverage (const EmbCoverage *coverage,
                 guint              acknowledged,
                 guint              addressed)
{
  g_assert_cmpuint (coverage->acknowledged, ==, acknowledged);
  g_assert_cmpuint (coverage->addressed, ==, addressed);
  g_assert_cmpint (coverage->valid, ==, addressed > 0);
  if (addressed > 0)
    g_assert_cmpfloat_with_epsilon (coverage->percent, 100.0 * acknowledged / addressed, EPSILON);
  else
    g_assert_cmpfloat (coverage->percent, ==, 0.0);
}

static void
assert_group (GArray *groups,
              guint   index,
              gint64  id,
              guint   acknowledged,
              guint   addressed)
{
  const EmbCoverageGroup *group;

  g_assert_cmpuint (index, <, groups->len);
  group = &g_array_index (groups, EmbCoverageGroup, index);
  g_assert_cmpint (group->id, ==, id);
  assert_coverage (&group->coverage, acknowledged, addressed);
}

#define LINK_VERSION "INSERT INTO promise_version_touchpoint (version_id, touchpoint_id) VALUES (?1, ?2)"

static void
test_coverage_promise (CoverageFixture *fx,
                       gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) by_department = NULL;
  g_autoptr(GArray) by_role = NULL;
  EmbCoverage coverage;
  gint64 version;

  /* At Counter and Phone: addressed are the active Tellers, Managers and
   * Agents: E1 E2 E7 (Branches) and E4 E5 (Contact centre) = 5; E3 is
   * inactive. Acknowledged: E1, E7, E4 count; E3 (inactive) and E6 (Clerk,
   * not addressed) do not → 3 of 5 = 60 %. */
  version = add_promise_version (db, 1);
  link_rows (db, LINK_VERSION, version, fx->t_counter);
  link_rows (db, LINK_VERSION, version, fx->t_phone);
  add_ack (db, fx->e[1], version, 0, 0);
  add_ack (db, fx->e[7], version, 0, 0);
  add_ack (db, fx->e[4], version, 0, 0);
  add_ack (db, fx->e[3], version, 0, 0);
  add_ack (db, fx->e[6], version, 0, 0);

  g_assert_true (emb_metrics_promise_coverage (db, version, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 3, 5);
  g_assert_cmpfloat_with_epsilon (coverage.percent, 60.0, EPSILON);

  /* By department, by name: Branches E1 E2 E7 → 2 of 3; Contact centre E4
   * E5 → 1 of 2. Back office has nobody addressed and is not listed. */
  by_department = emb_metrics_promise_coverage_by_department (db, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_department->len, ==, 2);
  assert_group (by_department, 0, fx->d_branches, 2, 3);
  assert_group (by_department, 1, fx->d_contact, 1, 2);

  /* By role, by name: Agent E4 E5 → 1 of 2; Manager E7 → 1 of 1; Teller E1
   * E2 → 1 of 2 (E3's acknowledgement does not count). */
  by_role = emb_metrics_promise_coverage_by_role (db, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_role->len, ==, 3);
  assert_group (by_role, 0, fx->r_agent, 1, 2);
  assert_group (by_role, 1, fx->r_manager, 1, 1);
  assert_group (by_role, 2, fx->r_teller, 1, 2);
}

static void
test_coverage_promise_everyone (CoverageFixture *fx,
                                gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) by_department = NULL;
  g_autoptr(GArray) by_role = NULL;
  EmbCoverage coverage;
  gint64 version, nobody;

  /* No touchpoints: every active employee, 8. Acknowledged: E8 counts, E3
   * (inactive) does not → 1 of 8 = 12.5 %. */
  version = add_promise_version (db, 1);
  add_ack (db, fx->e[8], version, 0, 0);
  add_ack (db, fx->e[3], version, 0, 0);

  g_assert_true (emb_metrics_promise_coverage (db, version, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 1, 8);
  g_assert_cmpfloat_with_epsilon (coverage.percent, 12.5, EPSILON);

  /* By department name: Back office E6 0/1, Branches E1 E2 E7 0/3, Contact
   * centre E4 E5 E9 0/3, then no department E8 1/1. */
  by_department = emb_metrics_promise_coverage_by_department (db, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_department->len, ==, 4);
  assert_group (by_department, 0, fx->d_back, 0, 1);
  assert_group (by_department, 1, fx->d_branches, 0, 3);
  assert_group (by_department, 2, fx->d_contact, 0, 3);
  assert_group (by_department, 3, 0, 1, 1);

  /* By role name: Agent 0/2, Clerk 0/1, Manager 0/1, Teller 0/2, then no
   * role E8 E9 1/2. */
  by_role = emb_metrics_promise_coverage_by_role (db, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_role->len, ==, 5);
  assert_group (by_role, 0, fx->r_agent, 0, 2);
  assert_group (by_role, 1, fx->r_clerk, 0, 1);
  assert_group (by_role, 2, fx->r_manager, 0, 1);
  assert_group (by_role, 3, fx->r_teller, 0, 2);
  assert_group (by_role, 4, 0, 1, 2);

  /* A version naming only a touchpoint nobody is responsible for addresses
   * nobody (not everyone): not valid. */
  nobody = add_promise_version (db, 2);
  link_rows (db, LINK_VERSION, nobody, fx->t_web);
  add_ack (db, fx->e[1], nobody, 0, 0);
  g_assert_true (emb_metrics_promise_coverage (db, nobody, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 0, 0);
  g_clear_pointer (&by_role, g_array_unref);
  by_role = emb_metrics_promise_coverage_by_role (db, nobody, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_role->len, ==, 0);

  /* Deactivating E8 takes their acknowledgement out: 0 of 7. */
  g_assert_true (emb_people_store_set_employees_active (db, &fx->e[8], 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (emb_metrics_promise_coverage (db, version, &coverage, &error));
  assert_coverage (&coverage, 0, 7);
}

#define LINK_DEPARTMENT \
  "INSERT INTO announcement_department (announcement_id, department_id) VALUES (?1, ?2)"
#define LINK_ROLE "INSERT INTO announcement_role (announcement_id, role_id) VALUES (?1, ?2)"

static void
test_coverage_announcement (CoverageFixture *fx,
                            gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  EmbCoverage coverage;
  gint64 everyone, departments, roles, none;

  /* Everyone: 8 active; E1 counts, E3 (inactive) does not → 1 of 8. */
  everyone = add_announcement (db, EMB_AUDIENCE_EVERYONE);
  add_ack (db, fx->e[1], 0, everyone, 0);
  add_ack (db, fx->e[3], 0, everyone, 0);
  g_assert_true (emb_metrics_announcement_coverage (db, everyone, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 1, 8);

  /* Contact centre: E4 E5 E9 (E9 has no role but works there) = 3; E4 and
   * E9 count, E1 (Branches) does not → 2 of 3. The role row listing Clerk
   * is ignored for this audience: E6 is not addressed. */
  departments = add_announcement (db, EMB_AUDIENCE_DEPARTMENTS);
  link_rows (db, LINK_DEPARTMENT, departments, fx->d_contact);
  link_rows (db, LINK_ROLE, departments, fx->r_clerk);
  add_ack (db, fx->e[4], 0, departments, 0);
  add_ack (db, fx->e[9], 0, departments, 0);
  add_ack (db, fx->e[1], 0, departments, 0);
  add_ack (db, fx->e[6], 0, departments, 0);
  g_assert_true (emb_metrics_announcement_coverage (db, departments, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 2, 3);

  /* Tellers and Clerks: E1 E2 E6 = 3 (E3 inactive); E6 counts, E3
   * (inactive) and E4 (Agent) do not → 1 of 3. The department row is
   * ignored for this audience. */
  roles = add_announcement (db, EMB_AUDIENCE_ROLES);
  link_rows (db, LINK_ROLE, roles, fx->r_teller);
  link_rows (db, LINK_ROLE, roles, fx->r_clerk);
  link_rows (db, LINK_DEPARTMENT, roles, fx->d_contact);
  add_ack (db, fx->e[6], 0, roles, 0);
  add_ack (db, fx->e[3], 0, roles, 0);
  add_ack (db, fx->e[4], 0, roles, 0);
  g_assert_true (emb_metrics_announcement_coverage (db, roles, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 1, 3);

  /* Audience "departments" with none listed: nobody, not valid. */
  none = add_announcement (db, EMB_AUDIENCE_DEPARTMENTS);
  g_assert_true (emb_metrics_announcement_coverage (db, none, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 0, 0);
}

static void
test_coverage_values (CoverageFixture *fx,
                      gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  EmbCoverage coverage;
  gint64 current, older;

  /* Every active employee, 8: E1 and E2 count, E3 (inactive) does not, and
   * E4's acknowledgement of an older set is not one of this set → 2 of 8. */
  older = add_value_set (db);
  current = add_value_set (db);
  add_ack (db, fx->e[1], 0, 0, current);
  add_ack (db, fx->e[2], 0, 0, current);
  add_ack (db, fx->e[3], 0, 0, current);
  add_ack (db, fx->e[4], 0, 0, older);
  g_assert_true (emb_metrics_values_coverage (db, current, &coverage, &error));
  g_assert_no_error (error);
  assert_coverage (&coverage, 2, 8);
  g_assert_cmpfloat_with_epsilon (coverage.percent, 25.0, EPSILON);

  g_assert_true (emb_metrics_values_coverage (db, older, &coverage, &error));
  assert_coverage (&coverage, 1, 8);
}

static void
test_coverage_not_found (CoverageFixture *fx,
                         gconstpointer    data)
{
  EmbDatabase *db = fx->tdb->db;
  g_autoptr(GError) error = NULL;
  EmbCoverage coverage = { 1, 1, 100.0, TRUE };
  GArray *groups;

  g_assert_false (emb_metrics_promise_coverage (db, 4242, &coverage, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (coverage.valid);
  g_clear_error (&error);

  groups = emb_metrics_promise_coverage_by_department (db, 4242, &error);
  g_assert_null (groups);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  groups = emb_metrics_promise_coverage_by_role (db, 4242, &error);
  g_assert_null (groups);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (emb_metrics_announcement_coverage (db, 4242, &coverage, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (emb_metrics_values_coverage (db, 4242, &coverage, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

/* Pilot waves ------------------------------------------------------------ */

typedef struct
{
  EmbTestDb *tdb;
  gint64     wave;
} WaveFixture;

/* Pilot "Autonomy" has waves for Branches (1–10 March 2026) and Contact
 * centre (April). Back office and Claims are in no wave of it (Claims is in
 * a wave of another pilot, which does not matter).
 * Roles: Teller (Branches), Agent (Contact centre), Clerk (Back office),
 * Adjuster (Claims).
 * Responsibilities: Teller at T1 and T2; Agent at T3; Clerk at T2 and T4;
 * Adjuster at T5; nobody at T6.
 * → the wave's touchpoints: T1, T2.
 * → the comparison group: Clerk's T2, T4 and Adjuster's T5, minus T2 (a
 *   Branches touchpoint) = T4, T5. T3 (only Contact centre, in the pilot)
 *   is in neither.
 *
 * Feedback (2026), wave group:
 *   NPS  T1 9 @ 02-18 23:59:59.999, T1 9 @ 02-23 23:59:59.999,
 *        T1 10 @ 02-24 00:00:00.000, T2 3 @ 02-28 23:59:59.999,
 *        T1 10 @ 03-01 00:00:00.000, T1 8 @ 03-03, T2 9 @ 03-05 23:59:59.999,
 *        T1 0 @ 03-06 00:00:00.000, T2 10 @ 03-11 00:00:00.000
 *   CSAT T1 5 @ 02-25; T2 4 @ 03-02, T1 2 @ 03-04
 *   CES  T2 2 @ 02-26; T1 6 @ 03-02
 *   complaints T1 @ 02-27, T2 @ 03-06 00:00:00.000
 * comparison group:
 *   NPS  T4 7 @ 02-25, T5 9 @ 02-26; T5 0 @ 03-02, T4 10 @ 03-03, T4 6 @ 03-04
 *   CES  T4 7 @ 03-03
 *   complaints T5 @ 02-27, T4 @ 02-28
 * neither: NPS T3 0 @ 03-02, NPS no touchpoint 0 @ 03-02, NPS T6 0 @ 03-02. */
static void
wave_fixture_set_up (WaveFixture   *fx,
                     gconstpointer  data)
{
  EmbDatabase *db;
  gint64 branches, contact, back, claims;
  gint64 teller, agent, clerk, adjuster;
  gint64 stage, t1, t2, t3, t4, t5, t6;
  gint64 pilot, other;

  fx->tdb = emb_test_db_new ();
  db = fx->tdb->db;

  branches = emb_test_add_department (db, "Branches");
  contact = emb_test_add_department (db, "Contact centre");
  back = emb_test_add_department (db, "Back office");
  claims = emb_test_add_department (db, "Claims");
  teller = emb_test_add_role (db, branches, "Teller");
  agent = emb_test_add_role (db, contact, "Agent");
  clerk = emb_test_add_role (db, back, "Clerk");
  adjuster = emb_test_add_role (db, claims, "Adjuster");

  stage = emb_test_add_stage_at (db, "Service", 0);
  t1 = emb_test_add_touchpoint_at (db, stage, "Counter", 0);
  t2 = emb_test_add_touchpoint_at (db, stage, "Letters", 1);
  t3 = emb_test_add_touchpoint_at (db, stage, "Phone", 2);
  t4 = emb_test_add_touchpoint_at (db, stage, "Archive", 3);
  t5 = emb_test_add_touchpoint_at (db, stage, "Claims desk", 4);
  t6 = emb_test_add_touchpoint_at (db, stage, "Web", 5);
  add_responsibility (db, teller, t1, EMB_RESPONSIBILITY_LEVEL_OWNS);
  add_responsibility (db, teller, t2, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  add_responsibility (db, agent, t3, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  add_responsibility (db, clerk, t2, EMB_RESPONSIBILITY_LEVEL_OWNS);
  add_responsibility (db, clerk, t4, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  add_responsibility (db, adjuster, t5, EMB_RESPONSIBILITY_LEVEL_OWNS);

  pilot = add_pilot (db, "Autonomy");
  fx->wave = add_wave (db, pilot, branches, 0, "2026-03-01", "2026-03-10");
  add_wave (db, pilot, contact, 1, "2026-04-01", "2026-04-10");
  other = add_pilot (db, "Claims autonomy");
  add_wave (db, other, claims, 0, "2026-03-01", "2026-03-10");

  add_score (db, t1, EMB_SCORE_TYPE_NPS, 9, "2026-02-18T23:59:59.999Z");
  add_score (db, t1, EMB_SCORE_TYPE_NPS, 9, "2026-02-23T23:59:59.999Z");
  add_score (db, t1, EMB_SCORE_TYPE_NPS, 10, "2026-02-24T00:00:00.000Z");
  add_score (db, t2, EMB_SCORE_TYPE_NPS, 3, "2026-02-28T23:59:59.999Z");
  add_score (db, t1, EMB_SCORE_TYPE_NPS, 10, "2026-03-01T00:00:00.000Z");
  add_score (db, t1, EMB_SCORE_TYPE_NPS, 8, "2026-03-03T10:00:00.000Z");
  add_score (db, t2, EMB_SCORE_TYPE_NPS, 9, "2026-03-05T23:59:59.999Z");
  add_score (db, t1, EMB_SCORE_TYPE_NPS, 0, "2026-03-06T00:00:00.000Z");
  add_score (db, t2, EMB_SCORE_TYPE_NPS, 10, "2026-03-11T00:00:00.000Z");
  add_score (db, t1, EMB_SCORE_TYPE_CSAT, 5, "2026-02-25T10:00:00.000Z");
  add_score (db, t2, EMB_SCORE_TYPE_CSAT, 4, "2026-03-02T10:00:00.000Z");
  add_score (db, t1, EMB_SCORE_TYPE_CSAT, 2, "2026-03-04T10:00:00.000Z");
  add_score (db, t2, EMB_SCORE_TYPE_CES, 2, "2026-02-26T10:00:00.000Z");
  add_score (db, t1, EMB_SCORE_TYPE_CES, 6, "2026-03-02T10:00:00.000Z");
  add_complaint (db, t1, "2026-02-27T10:00:00.000Z");
  add_complaint (db, t2, "2026-03-06T00:00:00.000Z");

  add_score (db, t4, EMB_SCORE_TYPE_NPS, 7, "2026-02-25T10:00:00.000Z");
  add_score (db, t5, EMB_SCORE_TYPE_NPS, 9, "2026-02-26T10:00:00.000Z");
  add_score (db, t5, EMB_SCORE_TYPE_NPS, 0, "2026-03-02T10:00:00.000Z");
  add_score (db, t4, EMB_SCORE_TYPE_NPS, 10, "2026-03-03T10:00:00.000Z");
  add_score (db, t4, EMB_SCORE_TYPE_NPS, 6, "2026-03-04T10:00:00.000Z");
  add_score (db, t4, EMB_SCORE_TYPE_CES, 7, "2026-03-03T10:00:00.000Z");
  add_complaint (db, t5, "2026-02-27T10:00:00.000Z");
  add_complaint (db, t4, "2026-02-28T10:00:00.000Z");

  add_score (db, t3, EMB_SCORE_TYPE_NPS, 0, "2026-03-02T10:00:00.000Z");
  add_score (db, 0, EMB_SCORE_TYPE_NPS, 0, "2026-03-02T10:00:00.000Z");
  add_score (db, t6, EMB_SCORE_TYPE_NPS, 0, "2026-03-02T10:00:00.000Z");
}

static void
wave_fixture_tear_down (WaveFixture   *fx,
                        gconstpointer  data)
{
  g_clear_pointer (&fx->tdb, emb_test_db_free);
}

static void
test_wave_running (WaveFixture   *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EmbWaveBeforeAfter cmp;

  /* Seen on 5 March: after = 1–5 March, L = 5, baseline = 24–28 Feb. */
  g_assert_true (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, "2026-03-05", &cmp, &error));
  g_assert_no_error (error);
  g_assert_true (cmp.started);
  g_assert_cmpuint (cmp.days, ==, 5);
  g_assert_cmpstr (cmp.before_from, ==, "2026-02-24");
  g_assert_cmpstr (cmp.before_to, ==, "2026-03-01");
  g_assert_cmpstr (cmp.after_from, ==, "2026-03-01");
  g_assert_cmpstr (cmp.after_to, ==, "2026-03-06");

  /* Wave group (T1, T2). Baseline NPS: the 10 at 02-24 00:00 (first
   * instant) and the 3 at 02-28 23:59:59.999; the 9 at 02-23 is before it
   * → P1 D1 of 2 = 0. */
  g_assert_cmpuint (cmp.wave.n_touchpoints, ==, 2);
  g_assert_cmpuint (cmp.wave.before.nps.total, ==, 2);
  g_assert_cmpuint (cmp.wave.before.nps.promoters, ==, 1);
  g_assert_cmpuint (cmp.wave.before.nps.detractors, ==, 1);
  g_assert_cmpint (cmp.wave.before.nps.score, ==, 0);
  /* Baseline CSAT: the 5 → 100 % of 1; CES: the 2 → mean 2, 0 %; one
   * complaint. */
  g_assert_cmpuint (cmp.wave.before.csat.total, ==, 1);
  g_assert_cmpfloat_with_epsilon (cmp.wave.before.csat.percent, 100.0, EPSILON);
  g_assert_cmpuint (cmp.wave.before.ces.total, ==, 1);
  g_assert_cmpfloat_with_epsilon (cmp.wave.before.ces.mean, 2.0, EPSILON);
  g_assert_cmpfloat (cmp.wave.before.ces.easy_percent, ==, 0.0);
  g_assert_cmpuint (cmp.wave.before.complaints, ==, 1);

  /* After NPS: 10 @ 03-01 00:00, 8, 9 @ 03-05 23:59:59.999 (today counts);
   * the 0 @ 03-06 00:00 is after today → P2 Pa1 of 3 = 66.67 → 67. */
  g_assert_cmpuint (cmp.wave.after.nps.total, ==, 3);
  g_assert_cmpuint (cmp.wave.after.nps.promoters, ==, 2);
  g_assert_cmpuint (cmp.wave.after.nps.passives, ==, 1);
  g_assert_cmpint (cmp.wave.after.nps.score, ==, 67);
  /* After CSAT: 4, 2 → 50 %; CES: 6 → mean 6, 100 %; the complaint at
   * 03-06 00:00 is after today → 0. */
  g_assert_cmpuint (cmp.wave.after.csat.total, ==, 2);
  g_assert_cmpfloat_with_epsilon (cmp.wave.after.csat.percent, 50.0, EPSILON);
  g_assert_cmpuint (cmp.wave.after.ces.total, ==, 1);
  g_assert_cmpfloat_with_epsilon (cmp.wave.after.ces.mean, 6.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (cmp.wave.after.ces.easy_percent, 100.0, EPSILON);
  g_assert_cmpuint (cmp.wave.after.complaints, ==, 0);

  /* Comparison group (T4, T5; not T2, which Branches serves, nor T3 of the
   * other wave's department, nor T6). Baseline NPS: 7, 9 → 50 of 2; two
   * complaints; no CSAT or CES. */
  g_assert_cmpuint (cmp.comparison.n_touchpoints, ==, 2);
  g_assert_cmpuint (cmp.comparison.before.nps.total, ==, 2);
  g_assert_cmpint (cmp.comparison.before.nps.score, ==, 50);
  g_assert_cmpuint (cmp.comparison.before.complaints, ==, 2);
  g_assert_false (cmp.comparison.before.csat.valid);
  g_assert_false (cmp.comparison.before.ces.valid);
  /* After NPS: 0, 10, 6 → P1 D2 of 3 = −33.33 → −33 (the 0s at T3, T6 and
   * without touchpoint are in neither group); CES 7. */
  g_assert_cmpuint (cmp.comparison.after.nps.total, ==, 3);
  g_assert_cmpuint (cmp.comparison.after.nps.detractors, ==, 2);
  g_assert_cmpint (cmp.comparison.after.nps.score, ==, -33);
  g_assert_cmpuint (cmp.comparison.after.ces.total, ==, 1);
  g_assert_cmpfloat_with_epsilon (cmp.comparison.after.ces.mean, 7.0, EPSILON);
  g_assert_cmpuint (cmp.comparison.after.complaints, ==, 0);
  g_assert_false (cmp.comparison.after.csat.valid);
}

static void
test_wave_ended (WaveFixture   *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EmbWaveBeforeAfter cmp;

  /* Seen on 20 April, after the wave ended on 10 March: after = 1–10 March,
   * L = 10, baseline = 19–28 Feb. */
  g_assert_true (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, "2026-04-20", &cmp, &error));
  g_assert_no_error (error);
  g_assert_true (cmp.started);
  g_assert_cmpuint (cmp.days, ==, 10);
  g_assert_cmpstr (cmp.before_from, ==, "2026-02-19");
  g_assert_cmpstr (cmp.before_to, ==, "2026-03-01");
  g_assert_cmpstr (cmp.after_from, ==, "2026-03-01");
  g_assert_cmpstr (cmp.after_to, ==, "2026-03-11");

  /* Baseline NPS now also has the 9 at 02-23 (not the one at 02-18):
   * 9, 10, 3 → P2 D1 of 3 = 33. */
  g_assert_cmpuint (cmp.wave.before.nps.total, ==, 3);
  g_assert_cmpint (cmp.wave.before.nps.score, ==, 33);
  /* After NPS: 10, 8, 9, 0 (the 10 at 03-11 00:00 is after the wave)
   * → P2 Pa1 D1 of 4 = 25; complaints: the one at 03-06 → 1. */
  g_assert_cmpuint (cmp.wave.after.nps.total, ==, 4);
  g_assert_cmpint (cmp.wave.after.nps.score, ==, 25);
  g_assert_cmpuint (cmp.wave.after.complaints, ==, 1);

  /* Seen on its first day: L = 1. */
  g_assert_true (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, "2026-03-01", &cmp, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cmp.days, ==, 1);
  g_assert_cmpstr (cmp.before_from, ==, "2026-02-28");
  g_assert_cmpstr (cmp.after_to, ==, "2026-03-02");
  /* Baseline: the 3 of 02-28 → −100; after: the 10 of 03-01 → 100. */
  g_assert_cmpint (cmp.wave.before.nps.score, ==, -100);
  g_assert_cmpuint (cmp.wave.before.nps.total, ==, 1);
  g_assert_cmpint (cmp.wave.after.nps.score, ==, 100);
  g_assert_cmpuint (cmp.wave.after.nps.total, ==, 1);
}

static void
test_wave_not_started (WaveFixture   *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EmbWaveBeforeAfter cmp;

  /* Seen on 28 February: not started, nothing counted, but the groups are
   * still known. */
  g_assert_true (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, "2026-02-28", &cmp, &error));
  g_assert_no_error (error);
  g_assert_false (cmp.started);
  g_assert_cmpuint (cmp.days, ==, 0);
  g_assert_cmpstr (cmp.before_from, ==, "2026-03-01");
  g_assert_cmpstr (cmp.before_to, ==, "2026-03-01");
  g_assert_cmpstr (cmp.after_from, ==, "2026-03-01");
  g_assert_cmpstr (cmp.after_to, ==, "2026-03-01");
  g_assert_cmpuint (cmp.wave.n_touchpoints, ==, 2);
  g_assert_cmpuint (cmp.comparison.n_touchpoints, ==, 2);
  g_assert_false (cmp.wave.before.nps.valid);
  g_assert_false (cmp.wave.after.nps.valid);
  g_assert_cmpuint (cmp.wave.before.complaints, ==, 0);
  g_assert_false (cmp.comparison.after.nps.valid);

  /* The system's date works too (whatever it is). */
  g_assert_true (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, NULL, &cmp, &error));
  g_assert_no_error (error);

  /* A bad date names "today"; a missing wave is not found. */
  g_assert_false (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, "5 March", &cmp, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "today");
  g_clear_error (&error);
  g_assert_false (emb_metrics_wave_before_after (fx->tdb->db, fx->wave, "2026-3-05", &cmp, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (emb_metrics_wave_before_after (fx->tdb->db, 4242, "2026-03-05", &cmp, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_wave_no_touchpoints (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  EmbWaveBeforeAfter cmp;
  gint64 department, pilot, wave, stage, touchpoint;

  /* A department without responsibilities has no touchpoints: its group is
   * empty (not "every touchpoint"), although feedback exists. */
  department = emb_test_add_department (tdb->db, "Branches");
  emb_test_add_role (tdb->db, department, "Teller");
  stage = emb_test_add_stage_at (tdb->db, "Service", 0);
  touchpoint = emb_test_add_touchpoint_at (tdb->db, stage, "Counter", 0);
  add_score (tdb->db, touchpoint, EMB_SCORE_TYPE_NPS, 10, "2026-03-02T10:00:00.000Z");
  add_score (tdb->db, 0, EMB_SCORE_TYPE_NPS, 10, "2026-03-02T10:00:00.000Z");
  pilot = add_pilot (tdb->db, "Autonomy");
  wave = add_wave (tdb->db, pilot, department, 0, "2026-03-01", "2026-03-10");

  g_assert_true (emb_metrics_wave_before_after (tdb->db, wave, "2026-03-05", &cmp, &error));
  g_assert_no_error (error);
  g_assert_true (cmp.started);
  g_assert_cmpuint (cmp.wave.n_touchpoints, ==, 0);
  g_assert_cmpuint (cmp.comparison.n_touchpoints, ==, 0);
  g_assert_false (cmp.wave.after.nps.valid);
  g_assert_cmpuint (cmp.wave.after.nps.total, ==, 0);
  g_assert_false (cmp.comparison.after.nps.valid);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/metrics/nps/rounding", test_nps_rounding);
  g_test_add_func ("/metrics/nps/groups", test_nps_groups);
  g_test_add_func ("/metrics/csat/from-histogram", test_csat);
  g_test_add_func ("/metrics/ces/from-histogram", test_ces);
  g_test_add_func ("/metrics/coverage/from-counts", test_coverage_counts);
  g_test_add_func ("/metrics/sample-size", test_sample_size);

  g_test_add ("/metrics/feedback/whole", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_whole, feedback_fixture_tear_down);
  g_test_add ("/metrics/feedback/period-boundaries", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_period, feedback_fixture_tear_down);
  g_test_add ("/metrics/feedback/touchpoints", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_touchpoints, feedback_fixture_tear_down);
  g_test_add ("/metrics/feedback/bad-bounds", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_bad_bounds, feedback_fixture_tear_down);
  g_test_add ("/metrics/feedback/nps-by-touchpoint", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_by_touchpoint, feedback_fixture_tear_down);
  g_test_add ("/metrics/feedback/kept-days", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_kept_days, feedback_fixture_tear_down);
  g_test_add ("/metrics/feedback/nps-trend", FeedbackFixture, NULL,
              feedback_fixture_set_up, test_feedback_nps_trend, feedback_fixture_tear_down);
  g_test_add_func ("/metrics/feedback/empty-database", test_feedback_empty_database);

  g_test_add ("/metrics/coverage/promise", CoverageFixture, NULL,
              coverage_fixture_set_up, test_coverage_promise, coverage_fixture_tear_down);
  g_test_add ("/metrics/coverage/promise-without-touchpoints", CoverageFixture, NULL,
              coverage_fixture_set_up, test_coverage_promise_everyone, coverage_fixture_tear_down);
  g_test_add ("/metrics/coverage/announcement", CoverageFixture, NULL,
              coverage_fixture_set_up, test_coverage_announcement, coverage_fixture_tear_down);
  g_test_add ("/metrics/coverage/values", CoverageFixture, NULL,
              coverage_fixture_set_up, test_coverage_values, coverage_fixture_tear_down);
  g_test_add ("/metrics/coverage/not-found", CoverageFixture, NULL,
              coverage_fixture_set_up, test_coverage_not_found, coverage_fixture_tear_down);

  g_test_add ("/metrics/wave/running", WaveFixture, NULL,
              wave_fixture_set_up, test_wave_running, wave_fixture_tear_down);
  g_test_add ("/metrics/wave/ended", WaveFixture, NULL,
              wave_fixture_set_up, test_wave_ended, wave_fixture_tear_down);
  g_test_add ("/metrics/wave/not-started", WaveFixture, NULL,
              wave_fixture_set_up, test_wave_not_started, wave_fixture_tear_down);
  g_test_add_func ("/metrics/wave/no-touchpoints", test_wave_no_touchpoints);

  return g_test_run ();
}
