/* test-feedback-insights.c: figures, trends and complaint themes per touchpoint
 *
 * Every expected figure below is counted by hand from the fixture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "emb-database-private.h"
#include "emb-feedback-insights.h"
#include "emb-feedback-store.h"
#include "emb-test-util.h"

typedef struct
{
  EmbTestDb   *tdb;
  EmbDatabase *db;
  gint64       desk;
  gint64       phone;
} Fixture;

static gint64
add_scored (Fixture      *f,
            const char   *at,
            EmbScoreType  type,
            int           score,
            gint64        touchpoint_id,
            const char   *text)
{
  return emb_test_add_feedback (f->db, at, EMB_FEEDBACK_KIND_SURVEY, type, score, touchpoint_id,
                                text);
}

/* At the desk, in January and February 2026:
 *   NPS 10, 0 (January); 9, 9, 7, 3 (February)
 *     → 3 promoters, 1 passive, 2 detractors of 6: 100 × (3 − 2) / 6 = 16.7 → 17
 *   CSAT 5 (January); 4, 2 (February) → 2 of 3 satisfied: 66.67 %
 *   CES 7, 5, 3, 1 (February) → mean 4.0, 2 of 4 easy: 50 %
 *   2 complaints
 * On the phone: NPS 0 and a complaint, which the desk never counts. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 stage;

  f->tdb = emb_test_db_new ();
  f->db = f->tdb->db;
  stage = emb_test_add_stage (f->db, "Visit");
  f->desk = emb_test_add_touchpoint (f->db, stage, "Desk");
  f->phone = emb_test_add_touchpoint (f->db, stage, "Phone");

  add_scored (f, "2026-01-05T10:00:00Z", EMB_SCORE_TYPE_NPS, 10, f->desk, "");
  add_scored (f, "2026-01-20T10:00:00Z", EMB_SCORE_TYPE_NPS, 0, f->desk,
              "Η ουρά ήταν πολύ μεγάλη και οι υπάλληλοι αγενείς");
  add_scored (f, "2026-02-02T10:00:00Z", EMB_SCORE_TYPE_NPS, 9, f->desk, "");
  add_scored (f, "2026-02-03T10:00:00Z", EMB_SCORE_TYPE_NPS, 9, f->desk, "Quick queue");
  add_scored (f, "2026-02-04T10:00:00Z", EMB_SCORE_TYPE_NPS, 7, f->desk, "");
  add_scored (f, "2026-02-05T10:00:00Z", EMB_SCORE_TYPE_NPS, 3, f->desk,
              "Long queue, rude staff, nobody said sorry");
  add_scored (f, "2026-01-06T10:00:00Z", EMB_SCORE_TYPE_CSAT, 5, f->desk, "");
  add_scored (f, "2026-02-06T10:00:00Z", EMB_SCORE_TYPE_CSAT, 4, f->desk, "");
  add_scored (f, "2026-02-07T10:00:00Z", EMB_SCORE_TYPE_CSAT, 2, f->desk,
              "Kolejka była bardzo długa, źle.");
  add_scored (f, "2026-02-08T10:00:00Z", EMB_SCORE_TYPE_CES, 7, f->desk, "");
  add_scored (f, "2026-02-09T10:00:00Z", EMB_SCORE_TYPE_CES, 5, f->desk, "");
  add_scored (f, "2026-02-10T10:00:00Z", EMB_SCORE_TYPE_CES, 3, f->desk, "");
  add_scored (f, "2026-02-11T10:00:00Z", EMB_SCORE_TYPE_CES, 1, f->desk, "");
  emb_test_add_categorised_feedback (f->db, "2026-02-12T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     f->desk, "Queue", FALSE,
                                     "The queue was far too long and the staff were rude");
  emb_test_add_categorised_feedback (f->db, "2026-02-13T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     f->desk, "Staff", FALSE, "Staff ignored me");
  emb_test_add_categorised_feedback (f->db, "2026-02-14T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                     f->desk, "Queue", FALSE, "The queue moved fast, lovely staff");
  emb_test_add_categorised_feedback (f->db, "2026-02-15T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     f->phone, "Queue", FALSE, "Queue music, queue forever");
  add_scored (f, "2026-02-16T10:00:00Z", EMB_SCORE_TYPE_NPS, 0, f->phone, "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->tdb, emb_test_db_free);
}

static void
assert_figures (const EmbTouchpointFigures *figures)
{
  g_assert_true (figures->nps.valid);
  g_assert_cmpuint (figures->nps.total, ==, 6);
  g_assert_cmpuint (figures->nps.promoters, ==, 3);
  g_assert_cmpuint (figures->nps.detractors, ==, 2);
  g_assert_cmpint (figures->nps.score, ==, 17);
  g_assert_cmpuint (figures->csat.total, ==, 3);
  g_assert_cmpfloat_with_epsilon (figures->csat.percent, 200.0 / 3.0, 1e-9);
  g_assert_cmpuint (figures->ces.total, ==, 4);
  g_assert_cmpfloat_with_epsilon (figures->ces.mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures->ces.easy_percent, 50.0, 1e-9);
  g_assert_cmpuint (figures->complaints, ==, 2);
  /* Six answers are far below thirty: shown with a warning. */
  g_assert_true (emb_metrics_sample_is_small (figures->nps.total));
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EmbTouchpointFigures figures;

  g_assert_true (emb_feedback_insights_figures (f->db, f->desk, NULL, NULL, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.touchpoint_id, ==, f->desk);
  assert_figures (&figures);

  /* February only: NPS 9, 9, 7, 3 → 2 promoters, 1 detractor of 4 = 25. */
  g_assert_true (emb_feedback_insights_figures (f->db, f->desk, "2026-02-01", "2026-03-01",
                                                &figures, &error));
  g_assert_cmpuint (figures.nps.total, ==, 4);
  g_assert_cmpint (figures.nps.score, ==, 25);
  g_assert_cmpuint (figures.csat.total, ==, 2);

  /* All feedback: the phone's 0 too, 7 answers, 3 − 3 = 0; 3 complaints. */
  g_assert_true (emb_feedback_insights_figures (f->db, 0, NULL, NULL, &figures, &error));
  g_assert_cmpuint (figures.nps.total, ==, 7);
  g_assert_cmpint (figures.nps.score, ==, 0);
  g_assert_cmpuint (figures.complaints, ==, 3);
}

static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) nps = NULL;
  g_autoptr(GArray) csat = NULL;
  g_autoptr(GArray) ces = NULL;
  const EmbFeedbackTrendPoint *p;

  /* Two periods of 31 days: January, and 1 February until 1 March. */
  nps = emb_feedback_insights_trend (f->db, f->desk, EMB_SCORE_TYPE_NPS, "2026-01-01",
                                     "2026-03-01", 31, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nps->len, ==, 2);
  p = &g_array_index (nps, EmbFeedbackTrendPoint, 0);
  /* January: 10 and 0 → 1 − 1 of 2 = 0 */
  g_assert_cmpstr (p->start, ==, "2026-01-01");
  g_assert_true (p->valid);
  g_assert_cmpuint (p->sample, ==, 2);
  g_assert_cmpfloat (p->value, ==, 0.0);
  p = &g_array_index (nps, EmbFeedbackTrendPoint, 1);
  g_assert_cmpstr (p->start, ==, "2026-02-01");
  g_assert_cmpuint (p->sample, ==, 4);
  g_assert_cmpfloat (p->value, ==, 25.0);

  csat = emb_feedback_insights_trend (f->db, f->desk, EMB_SCORE_TYPE_CSAT, "2026-01-01",
                                      "2026-03-01", 31, &error);
  g_assert_cmpuint (csat->len, ==, 2);
  p = &g_array_index (csat, EmbFeedbackTrendPoint, 0);
  g_assert_cmpfloat (p->value, ==, 100.0);
  g_assert_cmpuint (p->sample, ==, 1);
  p = &g_array_index (csat, EmbFeedbackTrendPoint, 1);
  g_assert_cmpfloat (p->value, ==, 50.0);

  /* No effort answer in January: a gap, not a zero. */
  ces = emb_feedback_insights_trend (f->db, f->desk, EMB_SCORE_TYPE_CES, "2026-01-01",
                                     "2026-03-01", 31, &error);
  p = &g_array_index (ces, EmbFeedbackTrendPoint, 0);
  g_assert_false (p->valid);
  g_assert_cmpuint (p->sample, ==, 0);
  p = &g_array_index (ces, EmbFeedbackTrendPoint, 1);
  g_assert_true (p->valid);
  g_assert_cmpfloat (p->value, ==, 4.0);

  /* A period that is no period is refused, as the metrics refuse it. */
  g_assert_null (emb_feedback_insights_trend (f->db, f->desk, EMB_SCORE_TYPE_CSAT, "January",
                                              "2026-03-01", 31, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "from");
}

static const EmbFeedbackTheme *
find_theme (GArray     *themes,
            const char *text)
{
  for (guint i = 0; i < themes->len; i++)
    {
      const EmbFeedbackTheme *theme = &g_array_index (themes, EmbFeedbackTheme, i);

      if (g_str_equal (theme->text, text))
        return theme;
    }
  return NULL;
}

static void
test_words (Fixture       *f,
            gconstpointer  data)
{
  static const char *stop_words[] = {
    "the", "was", "too", "and", "were", "said", "była", "bardzo", "ήταν", "πολύ", "και",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) words = NULL;
  g_autoptr(GArray) top = NULL;
  g_autoptr(GArray) all = NULL;

  /* The desk's complaints: the complaint about the queue, the one about
   * staff, NPS 0 (Greek), NPS 3, CSAT 2 (Polish); not the praise, not
   * the NPS 9 ("Quick queue"), not the phone. */
  words = emb_feedback_insights_words (f->db, f->desk, NULL, NULL, 50, &error);
  g_assert_no_error (error);
  g_assert_nonnull (words);

  /* "staff" is in three of them, "queue", "rude" and "long" in two. */
  g_assert_cmpuint (words->len, >=, 4);
  g_assert_cmpstr (g_array_index (words, EmbFeedbackTheme, 0).text, ==, "staff");
  g_assert_cmpuint (g_array_index (words, EmbFeedbackTheme, 0).n, ==, 3);
  g_assert_cmpstr (g_array_index (words, EmbFeedbackTheme, 1).text, ==, "long");
  g_assert_cmpuint (g_array_index (words, EmbFeedbackTheme, 1).n, ==, 2);
  g_assert_cmpstr (g_array_index (words, EmbFeedbackTheme, 2).text, ==, "queue");
  g_assert_cmpstr (g_array_index (words, EmbFeedbackTheme, 3).text, ==, "rude");
  g_assert_cmpuint (g_array_index (words, EmbFeedbackTheme, 3).n, ==, 2);

  /* Stop words of the three languages are left out, however written. */
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    g_assert_null (find_theme (words, stop_words[i]));
  /* Words as customers wrote them, accents and all, in lower case. */
  g_assert_nonnull (find_theme (words, "kolejka"));
  g_assert_nonnull (find_theme (words, "źle"));
  g_assert_nonnull (find_theme (words, "υπάλληλοι"));
  g_assert_cmpuint (find_theme (words, "υπάλληλοι")->n, ==, 1);
  /* Praise is no complaint. */
  g_assert_null (find_theme (words, "lovely"));
  g_assert_null (find_theme (words, "quick"));

  /* A limit, and a period (February: no Greek). */
  top = emb_feedback_insights_words (f->db, f->desk, "2026-02-01", "2026-03-01", 2, &error);
  g_assert_cmpuint (top->len, ==, 2);
  all = emb_feedback_insights_words (f->db, f->desk, "2026-02-01", "2026-03-01", 50, &error);
  g_assert_null (find_theme (all, "υπάλληλοι"));

  /* All feedback: the phone's complaint adds to "queue". */
  g_clear_pointer (&all, g_array_unref);
  all = emb_feedback_insights_words (f->db, 0, NULL, NULL, 50, &error);
  g_assert_cmpuint (find_theme (all, "queue")->n, ==, 3);
  g_assert_cmpuint (find_theme (all, "music")->n, ==, 1);
}

static void
test_categories (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) categories = NULL;

  categories = emb_feedback_insights_categories (f->db, f->desk, NULL, NULL, 10, &error);
  g_assert_no_error (error);
  /* Complaints only, without an empty category; by count then name. */
  g_assert_cmpuint (categories->len, ==, 2);
  g_assert_cmpstr (g_array_index (categories, EmbFeedbackTheme, 0).text, ==, "Queue");
  g_assert_cmpuint (g_array_index (categories, EmbFeedbackTheme, 0).n, ==, 1);
  g_assert_cmpstr (g_array_index (categories, EmbFeedbackTheme, 1).text, ==, "Staff");

  g_clear_pointer (&categories, g_array_unref);
  categories = emb_feedback_insights_categories (f->db, 0, NULL, NULL, 10, &error);
  g_assert_cmpstr (g_array_index (categories, EmbFeedbackTheme, 0).text, ==, "Queue");
  g_assert_cmpuint (g_array_index (categories, EmbFeedbackTheme, 0).n, ==, 2);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  EmbFeedbackInsights **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = emb_feedback_insights_load_finish (EMB_DATABASE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(EmbFeedbackInsights) insights = NULL;

  emb_feedback_insights_load_async (f->db, f->desk, "2026-01-01", "2026-03-01", 31, NULL,
                                    on_loaded, &insights);
  while (insights == NULL)
    g_main_context_iteration (NULL, TRUE);

  assert_figures (&insights->figures);
  g_assert_null (insights->trends[EMB_SCORE_TYPE_NONE]);
  for (EmbScoreType type = EMB_SCORE_TYPE_NPS; type <= EMB_SCORE_TYPE_CES; type++)
    g_assert_cmpuint (insights->trends[type]->len, ==, 2);
  g_assert_cmpstr (g_array_index (insights->words, EmbFeedbackTheme, 0).text, ==, "staff");
  g_assert_cmpuint (insights->categories->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add ("/feedback/insights/figures", Fixture, NULL,
              fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/feedback/insights/trend", Fixture, NULL,
              fixture_set_up, test_trend, fixture_tear_down);
  g_test_add ("/feedback/insights/words", Fixture, NULL,
              fixture_set_up, test_words, fixture_tear_down);
  g_test_add ("/feedback/insights/categories", Fixture, NULL,
              fixture_set_up, test_categories, fixture_tear_down);
  g_test_add ("/feedback/insights/load-async", Fixture, NULL,
              fixture_set_up, test_load_async, fixture_tear_down);

  return g_test_run ();
}
