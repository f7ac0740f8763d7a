/* test-kiosk-figures.c: the kiosk's figures, from the anonymity threshold up
 *
 * On the organisation of emb-kiosk-test-util.h: the NPS of the last six
 * months (a month with fewer answers than the threshold left out, one at
 * the threshold shown with its number, the threshold never below the
 * least), the acknowledgement coverage of the brand promise by department
 * (a department with fewer people than the threshold left out), and where
 * each running pilot's waves stand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-kiosk-test-util.h"
#include "emb-metrics.h"
#include "emb-programme-store.h"

static void
assert_figure (EmbKioskSlide *slide,
               guint          i,
               const char    *label,
               double         value,
               guint          n)
{
  const EmbKioskItem *figure = item (slide, i);

  g_assert_cmpstr (figure->label, ==, label);
  g_assert_true (figure->has_value);
  g_assert_cmpfloat_with_epsilon (figure->value, value, 0.01);
  g_assert_cmpuint (figure->n, ==, n);
}

static EmbKioskSlide *
nps_slide (GPtrArray *slides)
{
  return only_slide (slides, EMB_KIOSK_SLIDE_NPS_TREND);
}

static void
test_nps_trend (Fixture       *f,
                gconstpointer  data)
{
  guint kind = EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_NPS_TREND);
  g_autoptr(GPtrArray) slides = load (f, kind);
  g_autoptr(GError) error = NULL;

  /* The programme's threshold, 5: April's 4 answers are left out, May's 5
   * shown with their number; June's answer after now does not count. */
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (nps_slide (slides)), ==, 2);
  assert_figure (nps_slide (slides), 0, "May 2026", 40, 5);
  assert_figure (nps_slide (slides), 1, "June 2026", 0, 6);
  g_clear_pointer (&slides, g_ptr_array_unref);

  /* The kiosk's own threshold of 3 shows April; March's 2 answers never,
   * even when asked for less than the least threshold. */
  slides = load_full (f->db, kind, FALSE, 3, 0);
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (nps_slide (slides)), ==, 3);
  assert_figure (nps_slide (slides), 0, "April 2026", 0, 4);
  g_clear_pointer (&slides, g_ptr_array_unref);
  slides = load_full (f->db, kind, FALSE, 1, 0);
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (nps_slide (slides)), ==, 3);
  g_clear_pointer (&slides, g_ptr_array_unref);

  g_assert_true (emb_programme_set_anonymity_threshold (f->db, 6, &error));
  g_assert_no_error (error);
  slides = load (f, kind);
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (nps_slide (slides)), ==, 1);
  assert_figure (nps_slide (slides), 0, "June 2026", 0, 6);
  g_clear_pointer (&slides, g_ptr_array_unref);

  /* No month with enough answers: no slide at all. */
  slides = load_full (f->db, kind, FALSE, 7, 0);
  g_assert_cmpuint (slides->len, ==, 0);
}

static void
test_coverage (Fixture       *f,
               gconstpointer  data)
{
  guint kind = EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_COVERAGE);
  g_autoptr(GPtrArray) slides = load (f, kind);
  EmbKioskSlide *coverage = only_slide (slides, EMB_KIOSK_SLIDE_COVERAGE);

  /* Agents: Anna and Bert acknowledged both promises that address them, Carl
   * one of two: 2 of 5. Tellers, 1 of 3, are fewer than the threshold. */
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (coverage), ==, 1);
  assert_figure (coverage, 0, "Customer Care", 40, 5);
  g_clear_pointer (&slides, g_ptr_array_unref);

  slides = load_full (f->db, kind, FALSE, 3, 0);
  coverage = only_slide (slides, EMB_KIOSK_SLIDE_COVERAGE);
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (coverage), ==, 2);
  assert_figure (coverage, 0, "Branches", 100.0 / 3, 3);
  assert_figure (coverage, 1, "Customer Care", 40, 5);
  assert_shows_none (slides, (const char *[]) { "Legal", NULL });
}

static void
test_promises_coverage_metric (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) groups = emb_metrics_promises_coverage_by_department (f->db, &error);
  const EmbCoverageGroup *branches, *care;

  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 2);
  branches = &g_array_index (groups, EmbCoverageGroup, 0);
  care = &g_array_index (groups, EmbCoverageGroup, 1);
  g_assert_cmpint (branches->id, ==, f->branches);
  g_assert_cmpuint (branches->coverage.acknowledged, ==, 1);
  g_assert_cmpuint (branches->coverage.addressed, ==, 3);
  g_assert_cmpint (care->id, ==, f->care);
  g_assert_cmpuint (care->coverage.acknowledged, ==, 2);
  g_assert_cmpuint (care->coverage.addressed, ==, 5);
  g_assert_cmpfloat_with_epsilon (care->coverage.percent, 40, 1e-9);

  /* Carl acknowledges the second: 3 of 5. */
  acknowledge (f, f->carl, f->next_step);
  g_clear_pointer (&groups, g_array_unref);
  groups = emb_metrics_promises_coverage_by_department (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (groups, EmbCoverageGroup, 1).coverage.acknowledged, ==, 3);
}

static void
test_pilots (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PILOT));
  EmbKioskSlide *pilot = only_slide (slides, EMB_KIOSK_SLIDE_PILOT);

  g_assert_cmpstr (emb_kiosk_slide_get_title (pilot), ==, "Decide for the customer");
  g_assert_cmpstr (emb_kiosk_slide_get_subtitle (pilot), ==,
                   "Decide yourself, to the customer's benefit.");
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (pilot), ==, 3);
  g_assert_cmpstr (item (pilot, 0)->label, ==, "Customer Care");
  g_assert_cmpstr (item (pilot, 0)->text, ==, "Running until 31 July 2026");
  g_assert_cmpstr (item (pilot, 1)->label, ==, "Branches");
  g_assert_cmpstr (item (pilot, 1)->text, ==, "Not started yet");
  g_assert_cmpstr (item (pilot, 2)->label, ==, "Legal");
  g_assert_cmpstr (item (pilot, 2)->text, ==, "Done");
  /* The status itself, for the steps the slide draws. */
  g_assert_true (item (pilot, 0)->has_value);
  g_assert_cmpfloat (item (pilot, 0)->value, ==, EMB_WAVE_STATUS_RUNNING);
  g_assert_cmpfloat (item (pilot, 1)->value, ==, EMB_WAVE_STATUS_PLANNED);
  g_assert_cmpfloat (item (pilot, 2)->value, ==, EMB_WAVE_STATUS_EVALUATED);
  assert_shows_none (slides, (const char *[]) { "WAITING-PILOT", NULL });
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  KIOSK_TEST_ADD ("/kiosk-figures/nps-trend", test_nps_trend);
  KIOSK_TEST_ADD ("/kiosk-figures/coverage", test_coverage);
  KIOSK_TEST_ADD ("/kiosk-figures/coverage/metric", test_promises_coverage_metric);
  KIOSK_TEST_ADD ("/kiosk-figures/pilots", test_pilots);

  return g_test_run ();
}
