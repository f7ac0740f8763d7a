/* test-wave-comparison.c: a pilot wave's figures before and since its start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"
#include "emb-test-util.h"
#include "emb-ui-test-util.h"
#include "emb-wave-comparison.h"

#define NPS  EMB_WAVE_COMPARISON_NPS
#define CSAT EMB_WAVE_COMPARISON_CSAT
#define CES  EMB_WAVE_COMPARISON_CES
#define COMPLAINTS EMB_WAVE_COMPARISON_COMPLAINTS
#define WAVE_BEFORE EMB_WAVE_COMPARISON_WAVE_BEFORE
#define WAVE_AFTER EMB_WAVE_COMPARISON_WAVE_AFTER
#define OTHERS_BEFORE EMB_WAVE_COMPARISON_OTHERS_BEFORE
#define OTHERS_AFTER EMB_WAVE_COMPARISON_OTHERS_AFTER

typedef struct
{
  char              *dir;
  EmbDatabase       *db;
  GtkWindow         *window;
  EmbWaveComparison *comparison;
  gint64             pilot;
  gint64             wave;         /* department A, 1–10 March 2026 */
  gint64             department_b;
  gint64             t1;           /* served by department A */
  gint64             t2;           /* served by department B */
} Fixture;

/* Fixture building, through the stores -------------------------------------- */

static void
add_feedback (EmbDatabase     *db,
              gint64           touchpoint_id,
              EmbFeedbackKind  kind,
              EmbScoreType     score_type,
              int              score,
              const char      *received_at)
{
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();
  g_autoptr(GError) error = NULL;

  emb_feedback_set_touchpoint_id (feedback, touchpoint_id);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_score_type (feedback, score_type);
  emb_feedback_set_score (feedback, score);
  emb_feedback_set_received_at (feedback, received_at);
  g_assert_true (emb_feedback_store_save (db, feedback, &error));
  g_assert_no_error (error);
}

static void
add_scores (EmbDatabase  *db,
            gint64        touchpoint_id,
            EmbScoreType  score_type,
            int           score,
            guint         count,
            const char   *received_at)
{
  for (guint i = 0; i < count; i++)
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
add_wave (EmbDatabase *db,
          gint64       pilot_id,
          gint64       department_id,
          const char  *starts_on,
          const char  *ends_on)
{
  g_autoptr(EmbWave) wave = emb_wave_new ();
  g_autoptr(GError) error = NULL;

  emb_wave_set_pilot_id (wave, pilot_id);
  emb_wave_set_department_id (wave, department_id);
  emb_wave_set_starts_on (wave, starts_on);
  emb_wave_set_ends_on (wave, ends_on);
  g_assert_true (emb_pilot_store_add_wave (db, wave, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (wave));
}

/* Departments A (role Teller at T1) and B (role Clerk at T2); a pilot with one
 * wave, for A, from 1 to 10 March 2026 (it has ended, so whatever today is,
 * the period since its start is 1–10 March, L = 10 days, and the baseline
 * is 19–28 February). B is in no wave: the comparison group is T2.
 *
 * T1, baseline [02-19, 03-01):
 *   NPS 10 @ 02-20, 9 @ 02-21 (week of 02-19), 9, 8 @ 02-27 and
 *       3 @ 02-28 23:59:59 (week of 02-26) → P3 Pa1 D1 of 5 = +40;
 *       the 0 @ 02-18 23:59:59 is before the baseline.
 *   CSAT 5, 4, 2, 3 → 2 of 4 = 50 %
 *   CES 7, 5, 3 → mean 5.0, 2 of 3 easy = 67 %
 *   complaints @ 02-22, 02-25 → 2
 * T1, since the start [03-01, 03-11):
 *   NPS 15 × 10, 10 × 7, 5 × 0 @ 03-02…03-06 → P15 D5 of 30 = 33.3 → +33;
 *       none in the week of 03-08; the 0 @ 03-11 00:00 is after the wave.
 *   no CSAT; CES 6 → 6.0, 100 % easy (n = 1); no complaint
 * T2, baseline: NPS 5 + 7 × 7 → D1 Pa7 of 8 = −12.5 → −13; complaint → 1
 * T2, since: NPS 10, 7, 8 → P1 of 3 = +33; CSAT 25 × 5 + 6 × 1 → 25 of 31 =
 *   80.6 → 81 %; complaints → 3
 * Without a touchpoint: NPS 0 @ 03-02 (in neither group). */
static void
build_fixture (Fixture *f)
{
  EmbDatabase *db = f->db;
  g_autoptr(EmbPilot) pilot = emb_pilot_new ();
  g_autoptr(GError) error = NULL;
  gint64 department_a, teller, clerk, stage;

  department_a = emb_test_add_department (db, "Branches");
  f->department_b = emb_test_add_department (db, "Back office");
  teller = emb_test_add_role (db, department_a, "Teller");
  clerk = emb_test_add_role (db, f->department_b, "Clerk");

  stage = emb_test_add_stage (db, "Service");
  f->t1 = emb_test_add_touchpoint (db, stage, "Counter");
  f->t2 = emb_test_add_touchpoint (db, stage, "Letters");
  g_assert_true (emb_journey_store_set_responsibility (db, teller, f->t1,
                                                       EMB_RESPONSIBILITY_LEVEL_OWNS, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (emb_journey_store_set_responsibility (db, clerk, f->t2,
                                                       EMB_RESPONSIBILITY_LEVEL_DELIVERS, NULL, &error));
  g_assert_no_error (error);

  emb_pilot_set_name (pilot, "Autonomy at the counter");
  emb_pilot_set_principle (pilot, "Decide yourself, but always to the customer's benefit");
  g_assert_true (emb_pilot_store_save_pilot (db, pilot, &error));
  g_assert_no_error (error);
  f->pilot = emb_record_get_id (EMB_RECORD (pilot));
  f->wave = add_wave (db, f->pilot, department_a, "2026-03-01", "2026-03-10");

  /* T1, baseline */
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 0, 1, "2026-02-18T23:59:59Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 10, 1, "2026-02-20T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 9, 1, "2026-02-21T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 9, 1, "2026-02-27T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 8, 1, "2026-02-27T11:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 3, 1, "2026-02-28T23:59:59Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CSAT, 5, 1, "2026-02-20T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CSAT, 4, 1, "2026-02-21T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CSAT, 2, 1, "2026-02-22T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CSAT, 3, 1, "2026-02-23T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CES, 7, 1, "2026-02-24T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CES, 5, 1, "2026-02-25T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CES, 3, 1, "2026-02-26T10:00:00Z");
  add_complaint (db, f->t1, "2026-02-22T09:00:00Z");
  add_complaint (db, f->t1, "2026-02-25T09:00:00Z");

  /* T1, since the start */
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 10, 15, "2026-03-02T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 7, 10, "2026-03-04T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 0, 5, "2026-03-06T10:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_NPS, 0, 1, "2026-03-11T00:00:00Z");
  add_scores (db, f->t1, EMB_SCORE_TYPE_CES, 6, 1, "2026-03-03T10:00:00Z");

  /* T2 */
  add_scores (db, f->t2, EMB_SCORE_TYPE_NPS, 5, 1, "2026-02-20T10:00:00Z");
  add_scores (db, f->t2, EMB_SCORE_TYPE_NPS, 7, 7, "2026-02-24T10:00:00Z");
  add_complaint (db, f->t2, "2026-02-26T09:00:00Z");
  add_scores (db, f->t2, EMB_SCORE_TYPE_NPS, 10, 1, "2026-03-02T10:00:00Z");
  add_scores (db, f->t2, EMB_SCORE_TYPE_NPS, 7, 1, "2026-03-03T10:00:00Z");
  add_scores (db, f->t2, EMB_SCORE_TYPE_NPS, 8, 1, "2026-03-09T10:00:00Z");
  add_scores (db, f->t2, EMB_SCORE_TYPE_CSAT, 5, 25, "2026-03-05T10:00:00Z");
  add_scores (db, f->t2, EMB_SCORE_TYPE_CSAT, 1, 6, "2026-03-07T10:00:00Z");
  add_complaint (db, f->t2, "2026-03-02T09:00:00Z");
  add_complaint (db, f->t2, "2026-03-05T09:00:00Z");
  add_complaint (db, f->t2, "2026-03-10T23:00:00Z");

  /* Neither group */
  add_scores (db, 0, EMB_SCORE_TYPE_NPS, 0, 1, "2026-03-02T10:00:00Z");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gboolean demo = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *clamp, *scrolled;

  f->dir = g_dir_make_tmp ("embassy-wave-comparison-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "programme.db", NULL);

  /* The demo organisation is copied from the one written once for all tests */
  if (demo)
    emb_ui_test_copy_demo (path);
  f->db = emb_database_open (path, &error);
  g_assert_no_error (error);
  if (!demo)
    build_fixture (f);

  /* As a page would show it: scrolled, clamped, with margins */
  f->comparison = g_object_new (EMB_TYPE_WAVE_COMPARISON, "database", f->db, NULL);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (f->comparison));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 960);
  gtk_window_set_child (f->window, scrolled);
  gtk_window_present (f->window);
  emb_ui_test_wait_mapped (GTK_WIDGET (f->comparison));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  emb_ui_test_iterate (50);
  g_clear_object (&f->db);
  emb_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
assert_cell (Fixture                 *f,
             EmbWaveComparisonMetric  metric,
             EmbWaveComparisonColumn  column,
             const char              *figure,
             const char              *sample,
             gboolean                 warning)
{
  g_assert_cmpstr (emb_wave_comparison_get_figure (f->comparison, metric, column), ==, figure);
  g_assert_cmpstr (emb_wave_comparison_get_sample (f->comparison, metric, column), ==, sample);
  g_assert_cmpint (emb_wave_comparison_get_sample_warning (f->comparison, metric, column), ==, warning);
}

static char *
n_equals (guint n)
{
  return g_strdup_printf (_("n = %u"), n);
}

/* The figures of the fixture, as computed by hand above */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *n1 = n_equals (1);
  g_autofree char *n3 = n_equals (3);
  g_autofree char *n4 = n_equals (4);
  g_autofree char *n5 = n_equals (5);
  g_autofree char *n8 = n_equals (8);
  g_autofree char *n30 = n_equals (30);
  g_autofree char *n31 = n_equals (31);
  g_autofree char *percent_50 = g_strdup_printf (_("%.0f %%"), 50.0);
  g_autofree char *percent_81 = g_strdup_printf (_("%.0f %%"), 80.645);
  g_autofree char *mean_5 = g_strdup_printf (_("%.1f"), 5.0);
  g_autofree char *mean_6 = g_strdup_printf (_("%.1f"), 6.0);
  g_autofree char *easy_67 = g_strdup_printf (_("%.0f %% easy"), 66.667);
  g_autofree char *easy_100 = g_strdup_printf (_("%.0f %% easy"), 100.0);
  const char *no_answers = _("No answers");
  EmbTrendChart *chart;
  const char *start;
  double value;
  guint sample;

  /* No wave yet: the empty state */
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "empty");

  g_object_set (f->comparison, "wave-id", f->wave, NULL);
  g_assert_cmpint (emb_wave_comparison_get_wave_id (f->comparison), ==, f->wave);
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "figures");

  /* This wave, before: 5 NPS answers → +40, small sample */
  assert_cell (f, NPS, WAVE_BEFORE, "+40", n5, TRUE);
  assert_cell (f, CSAT, WAVE_BEFORE, percent_50, n4, TRUE);
  assert_cell (f, CES, WAVE_BEFORE, mean_5, n3, TRUE);
  g_assert_cmpstr (emb_wave_comparison_get_detail (f->comparison, CES, WAVE_BEFORE), ==, easy_67);
  assert_cell (f, COMPLAINTS, WAVE_BEFORE, "2", NULL, FALSE);

  /* This wave, since the start: 30 NPS answers → +33, no warning */
  assert_cell (f, NPS, WAVE_AFTER, "+33", n30, FALSE);
  assert_cell (f, CSAT, WAVE_AFTER, "—", no_answers, FALSE);
  assert_cell (f, CES, WAVE_AFTER, mean_6, n1, TRUE);
  g_assert_cmpstr (emb_wave_comparison_get_detail (f->comparison, CES, WAVE_AFTER), ==, easy_100);
  assert_cell (f, COMPLAINTS, WAVE_AFTER, "0", NULL, FALSE);

  /* Not yet in a wave */
  assert_cell (f, NPS, OTHERS_BEFORE, "-13", n8, TRUE);
  assert_cell (f, CSAT, OTHERS_BEFORE, "—", no_answers, FALSE);
  assert_cell (f, CES, OTHERS_BEFORE, "—", no_answers, FALSE);
  g_assert_null (emb_wave_comparison_get_detail (f->comparison, CES, OTHERS_BEFORE));
  assert_cell (f, COMPLAINTS, OTHERS_BEFORE, "1", NULL, FALSE);
  assert_cell (f, NPS, OTHERS_AFTER, "+33", n3, TRUE);
  assert_cell (f, CSAT, OTHERS_AFTER, percent_81, n31, FALSE);
  assert_cell (f, COMPLAINTS, OTHERS_AFTER, "3", NULL, FALSE);

  /* The chart: weeks of the baseline from 19 February (the second one cut
   * at the start), then of the wave from 1 March; the last week has no
   * answer (a gap); the start is marked. */
  chart = emb_wave_comparison_get_chart (f->comparison);
  g_assert_cmpuint (emb_trend_chart_get_n_points (chart), ==, 4);
  g_assert_true (emb_trend_chart_get_point (chart, 0, &start, &value, &sample));
  g_assert_cmpstr (start, ==, "2026-02-19");
  g_assert_cmpfloat (value, ==, 100.0);
  g_assert_cmpuint (sample, ==, 2);
  g_assert_true (emb_trend_chart_get_point (chart, 1, &start, &value, &sample));
  g_assert_cmpstr (start, ==, "2026-02-26");
  g_assert_cmpfloat (value, ==, 0.0);
  g_assert_cmpuint (sample, ==, 3);
  g_assert_true (emb_trend_chart_get_point (chart, 2, &start, &value, &sample));
  g_assert_cmpstr (start, ==, "2026-03-01");
  g_assert_cmpfloat (value, ==, 33.0);
  g_assert_cmpuint (sample, ==, 30);
  g_assert_false (emb_trend_chart_get_point (chart, 3, &start, NULL, NULL));
  g_assert_cmpstr (start, ==, "2026-03-08");
  g_assert_cmpstr (emb_trend_chart_get_marker_date (chart), ==, "2026-03-01");
  g_assert_cmpstr (emb_trend_chart_get_marker_label (chart), ==, _("Wave start"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (chart)));
  /* Its description for screen readers lists the weeks */
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (chart)), "+100, 0"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (chart)), "+33, "));

  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "pilots", "wave-comparison-fixture");

  /* No wave again: empty */
  emb_wave_comparison_set_wave_id (f->comparison, 0);
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "empty");
}

static gboolean
complaints_shown (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (emb_wave_comparison_get_figure (f->comparison, COMPLAINTS, WAVE_AFTER), "1") == 0;
}

/* A change in the database is shown; the warning goes away when the sample
 * reaches 30; a wave that has not started explains itself. */
static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *n29 = n_equals (29);
  g_autofree char *n30 = n_equals (30);
  g_autofree char *complaints = NULL;
  g_autofree char *more = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *kept;
  gint64 future;

  emb_wave_comparison_set_wave_id (f->comparison, f->wave);
  assert_cell (f, COMPLAINTS, WAVE_AFTER, "0", NULL, FALSE);
  add_complaint (f->db, f->t1, "2026-03-09T12:00:00Z");
  g_assert_true (emb_ui_test_wait_for (complaints_shown, f, 20000));

  /* The comparison group's baseline: 8 answers; 21 more passives make 29
   * (still small, D1 of 29 = −3.4 → −3), one more 30 (−3.3 → −3): no
   * longer small. */
  add_scores (f->db, f->t2, EMB_SCORE_TYPE_NPS, 7, 21, "2026-02-25T10:00:00Z");
  emb_ui_test_iterate (100);
  assert_cell (f, NPS, OTHERS_BEFORE, "-3", n29, TRUE);
  add_scores (f->db, f->t2, EMB_SCORE_TYPE_NPS, 7, 1, "2026-02-25T11:00:00Z");
  emb_ui_test_iterate (100);
  assert_cell (f, NPS, OTHERS_BEFORE, "-3", n30, FALSE);

  /* A wave that starts in 2099 has no figures yet */
  future = add_wave (f->db, f->pilot, f->department_b, "2099-01-05", "2099-02-01");
  g_object_set (f->comparison, "wave-id", future, NULL);
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "not-started");
  g_assert_cmpuint (emb_trend_chart_get_n_points (emb_wave_comparison_get_chart (f->comparison)), ==, 0);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "pilots", "wave-comparison-not-started");

  /* Back to the first wave: B is now in a wave, so there is nothing to
   * compare with */
  emb_wave_comparison_set_wave_id (f->comparison, f->wave);
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "figures");
  assert_cell (f, NPS, WAVE_AFTER, "+33", n30, FALSE);
  assert_cell (f, NPS, OTHERS_BEFORE, "—", _("No answers"), FALSE);
  assert_cell (f, COMPLAINTS, OTHERS_AFTER, "—", NULL, FALSE);

  /* Out of sight, a change waits until the comparison is shown again. */
  complaints = g_strdup (emb_wave_comparison_get_figure (f->comparison, COMPLAINTS, WAVE_AFTER));
  gtk_widget_set_visible (GTK_WIDGET (f->comparison), FALSE);
  emb_ui_test_iterate (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->comparison)));
  add_complaint (f->db, f->t1, "2026-03-09T13:00:00Z");
  emb_ui_test_iterate (100);
  g_assert_cmpstr (emb_wave_comparison_get_figure (f->comparison, COMPLAINTS, WAVE_AFTER), ==, complaints);
  gtk_widget_set_visible (GTK_WIDGET (f->comparison), TRUE);
  emb_ui_test_wait_mapped (GTK_WIDGET (f->comparison));
  emb_ui_test_iterate (100);
  more = g_strdup_printf ("%d", atoi (complaints) + 1);
  g_assert_cmpstr (emb_wave_comparison_get_figure (f->comparison, COMPLAINTS, WAVE_AFTER), ==, more);

  /* The wave deleted: empty */
  g_assert_true (emb_pilot_store_delete_pilot (f->db, f->pilot, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (100);
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "empty");

  /* Disposed but not yet finalized (as when its page goes while something
   * still holds it): a change must not reach its destroyed children. */
  kept = g_object_ref (GTK_WIDGET (f->comparison));
  adw_clamp_set_child (ADW_CLAMP (gtk_widget_get_parent (kept)), NULL);
  f->comparison = NULL;
  g_object_run_dispose (G_OBJECT (kept));
  emb_database_emit_changed (f->db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_CREATED, 0);
  emb_database_emit_changed (f->db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  emb_ui_test_iterate (100);
  g_object_unref (kept);
}

static gboolean
is_started (EmbWave *wave)
{
  EmbWaveStatus status = emb_wave_get_status (wave);

  return status != EMB_WAVE_STATUS_PLANNED;
}

/* The demo organisation, for a person to look at */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) pilots = NULL;
  g_autoptr(GError) error = NULL;
  gint64 chosen = 0;

  pilots = emb_pilot_store_list_pilots (f->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; chosen == 0 && i < g_list_model_get_n_items (pilots); i++)
    {
      g_autoptr(EmbPilot) pilot = g_list_model_get_item (pilots, i);
      g_autoptr(GListModel) waves = emb_pilot_store_list_waves (f->db, emb_record_get_id (EMB_RECORD (pilot)), &error);

      g_assert_no_error (error);
      for (guint j = 0; chosen == 0 && j < g_list_model_get_n_items (waves); j++)
        {
          g_autoptr(EmbWave) wave = g_list_model_get_item (waves, j);

          if (is_started (wave))
            chosen = emb_record_get_id (EMB_RECORD (wave));
        }
    }
  g_assert_cmpint (chosen, !=, 0);

  /* The demo's feedback ends on 30 June 2026 */
  emb_wave_comparison_set_today (f->comparison, "2026-06-30");
  emb_wave_comparison_set_wave_id (f->comparison, chosen);
  g_assert_cmpstr (emb_wave_comparison_get_state (f->comparison), ==, "figures");
  g_assert_cmpuint (emb_trend_chart_get_n_points (emb_wave_comparison_get_chart (f->comparison)), >, 0);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "pilots", "wave-comparison");

  gtk_window_set_default_size (f->window, 360, 960);
  emb_ui_test_iterate (300);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "pilots", "wave-comparison-narrow");
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

  g_test_add ("/ui/wave-comparison/figures", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/ui/wave-comparison/refresh", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_refresh, fixture_tear_down);
  g_test_add ("/ui/wave-comparison/demo", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_demo, fixture_tear_down);

  return g_test_run ();
}
