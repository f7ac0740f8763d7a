/* test-recognition-insights.c: the heatmap, the people and teams not
 * recognised and the evidence shares, against figures counted by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "emb-demo.h"
#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-insights.h"
#include "emb-recognition-store.h"
#include "emb-test-util.h"
#include "emb-ui-test-util.h"

typedef struct
{
  char                   *dir;
  EmbDatabase            *db;
  GtkWindow              *window;
  EmbRecognitionInsights *insights;
  GSettings              *settings;

  gint64                  retail, support;        /* departments */
  gint64                  anna, ben, carla, dora, boss;
  gint64                  care, speed;            /* values */
  gint64                  touchpoint, feedback;
  gint64                  n2;                     /* Ben's, still submitted */
} Fixture;

static const char *
language (void)
{
  const char *lang = g_getenv ("LANGUAGE");

  return lang != NULL && *lang != '\0' ? lang : "en";
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  emb_ui_test_screenshot_in_language (widget, "recognition", name);
}

/* A day @days_ago before the local today, at local noon, as a UTC
 * timestamp; its first 10 characters are that local day when the UTC
 * offset is under 12 hours. */
static char *
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now),
                                                     12, 0, 0);
  g_autoptr(GDateTime) then = g_date_time_add_days (noon, -days);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (then);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

typedef enum { SUBMITTED, APPROVED, DECLINED, CELEBRATED } Status;

static gint64
nominate (Fixture    *f,
          int         ago,
          gint64      employee_id,
          gint64      department_id,
          gint64      value_id,
          Status      status,
          gboolean    with_touchpoint,
          gboolean    with_feedback)
{
  g_autoptr(EmbNomination) nomination = emb_nomination_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *at = days_ago (ago);
  gint64 id;

  emb_nomination_set_nominee_employee_id (nomination, employee_id);
  emb_nomination_set_nominee_department_id (nomination, department_id);
  emb_nomination_set_nominator_id (nomination, f->boss);
  emb_nomination_set_value_id (nomination, value_id);
  emb_nomination_set_story (nomination, "Stayed late to help a customer");
  emb_nomination_set_submitted_at (nomination, at);
  if (with_touchpoint)
    emb_nomination_set_touchpoint_id (nomination, f->touchpoint);
  if (with_feedback)
    emb_nomination_set_feedback_id (nomination, f->feedback);
  g_assert_true (emb_recognition_store_submit (f->db, nomination, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (nomination));

  if (status == APPROVED || status == CELEBRATED)
    g_assert_true (emb_recognition_store_approve (f->db, id, f->boss, "", &error));
  if (status == CELEBRATED)
    g_assert_true (emb_recognition_store_celebrate (f->db, id, f->boss, "", &error));
  if (status == DECLINED)
    g_assert_true (emb_recognition_store_decline (f->db, id, f->boss, "Not a story", &error));
  g_assert_no_error (error);
  return id;
}

static void
open_database (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("embassy-insights-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "programme.db", NULL);
  f->db = emb_database_open (path, &error);
  g_assert_no_error (error);

  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "not-recognised-days");
}

static gboolean
insights_loaded (gpointer data)
{
  return emb_recognition_insights_get_not_recognised (data, FALSE) != NULL;
}

static void
show (Fixture *f,
      int      width,
      int      height)
{
  static GtkCssProvider *provider;

  /* The application's styles, as AdwApplication would load them */
  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  f->insights = g_object_new (EMB_TYPE_RECOGNITION_INSIGHTS, "database", f->db, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->insights));
  gtk_window_present (f->window);
  emb_ui_test_wait_mapped (GTK_WIDGET (f->insights));
  emb_ui_test_iterate (100);
  /* It reads everything in an idle once shown. */
  g_assert_true (emb_ui_test_wait_for (insights_loaded, f->insights, 5000));
}

/* Two departments, two values, five employees (Dora inactive) and six
 * nominations on days counted back from today:
 *
 *   n1  10 days ago   Anna       Care   approved    touchpoint, feedback
 *   n2   5 days ago   Ben        Care   submitted   touchpoint
 *   n3  20 days ago   Carla      Speed  declined    touchpoint, feedback
 *   n4  40 days ago   Anna       Speed  celebrated  feedback
 *   n5 100 days ago   (Support)  Care   approved
 *   n6 300 days ago   Ben        Speed  approved    touchpoint
 *   n7 500 days ago   Carla      Care   approved
 */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EmbStage) stage = emb_stage_new ();
  g_autoptr(EmbTouchpoint) touchpoint = emb_touchpoint_new ();
  g_autoptr(EmbFeedback) feedback = emb_feedback_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *received = days_ago (11);

  open_database (f);

  f->retail = emb_test_add_department (f->db, "Retail");
  f->support = emb_test_add_department (f->db, "Support");
  f->anna = emb_test_add_employee (f->db, "E1", "Anna Nowak", f->retail, 0, TRUE);
  f->ben = emb_test_add_employee (f->db, "E2", "Ben Kowalski", f->retail, 0, TRUE);
  f->carla = emb_test_add_employee (f->db, "E3", "Carla Wiśniewska", f->support, 0, TRUE);
  f->dora = emb_test_add_employee (f->db, "E4", "Dora Lewandowska", f->support, 0, FALSE);
  f->boss = emb_test_add_employee (f->db, "E5", "Boss Zieliński", f->support, 0, TRUE);
  f->care = emb_test_add_value (f->db, "Care");
  f->speed = emb_test_add_value (f->db, "Speed");

  emb_stage_set_name (stage, "Purchase");
  g_assert_true (emb_journey_store_save_stage (f->db, stage, &error));
  g_assert_no_error (error);
  emb_touchpoint_set_stage_id (touchpoint, emb_record_get_id (EMB_RECORD (stage)));
  emb_touchpoint_set_name (touchpoint, "Branch counter");
  g_assert_true (emb_journey_store_save_touchpoint (f->db, touchpoint, &error));
  g_assert_no_error (error);
  f->touchpoint = emb_record_get_id (EMB_RECORD (touchpoint));

  emb_feedback_set_received_at (feedback, received);
  emb_feedback_set_text (feedback, "Anna sorted out my card in minutes");
  g_assert_true (emb_feedback_store_save (f->db, feedback, &error));
  g_assert_no_error (error);
  f->feedback = emb_record_get_id (EMB_RECORD (feedback));

  nominate (f, 10, f->anna, 0, f->care, APPROVED, TRUE, TRUE);
  f->n2 = nominate (f, 5, f->ben, 0, f->care, SUBMITTED, TRUE, FALSE);
  nominate (f, 20, f->carla, 0, f->speed, DECLINED, TRUE, TRUE);
  nominate (f, 40, f->anna, 0, f->speed, CELEBRATED, FALSE, TRUE);
  nominate (f, 100, 0, f->support, f->care, APPROVED, FALSE, FALSE);
  nominate (f, 300, f->ben, 0, f->speed, APPROVED, TRUE, FALSE);
  nominate (f, 500, f->carla, 0, f->care, APPROVED, FALSE, FALSE);

  show (f, 1000, 900);
}

static void
empty_set_up (Fixture       *f,
              gconstpointer  data)
{
  open_database (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  emb_ui_test_iterate (50);
  g_clear_object (&f->settings);
  g_clear_object (&f->db);
  emb_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
assert_cells (Fixture *f,
              guint    care_retail,
              guint    speed_retail,
              guint    care_support,
              guint    speed_support)
{
  g_assert_cmpuint (emb_recognition_insights_get_cell_count (f->insights, f->care, f->retail), ==, care_retail);
  g_assert_cmpuint (emb_recognition_insights_get_cell_count (f->insights, f->speed, f->retail), ==, speed_retail);
  g_assert_cmpuint (emb_recognition_insights_get_cell_count (f->insights, f->care, f->support), ==, care_support);
  g_assert_cmpuint (emb_recognition_insights_get_cell_count (f->insights, f->speed, f->support), ==, speed_support);
}

static void
assert_share (Fixture    *f,
              const char *which,
              guint       percent)
{
  /* Translators' text, as the widget formats it */
  g_autofree char *expected = g_strdup_printf (_("%u %%"), percent);

  g_assert_cmpstr (emb_recognition_insights_get_evidence_text (f->insights, which), ==, expected);
}

static void
assert_evidence (Fixture *f,
                 guint    total,
                 guint    touchpoint,
                 guint    feedback,
                 guint    both)
{
  EmbNominationEvidence evidence;
  g_autofree char *of = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "of %u nomination",
                                                      "of %u nominations",
                                                      total),
                                         total);

  emb_recognition_insights_get_evidence (f->insights, &evidence);
  g_assert_cmpuint (evidence.total, ==, total);
  assert_share (f, "touchpoint", touchpoint);
  assert_share (f, "feedback", feedback);
  assert_share (f, "both", both);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->insights), of));
}

/* The names in a list of the widget, joined by ", " */
static char *
names (Fixture  *f,
       gboolean  teams)
{
  GListModel *model = emb_recognition_insights_get_not_recognised (f->insights, teams);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *name = teams ? emb_department_get_name (EMB_DEPARTMENT (item))
                               : emb_employee_get_name (EMB_EMPLOYEE (item));

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
      /* and each is shown */
      g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->insights), name));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  Fixture    *f;
  const char *since;
} SinceWait;

static gboolean
since_is (gpointer data)
{
  SinceWait *wait = data;
  g_autofree char *since = emb_recognition_insights_get_since (wait->f->insights);
  GListModel *people = emb_recognition_insights_get_not_recognised (wait->f->insights, FALSE);

  return g_strcmp0 (since, wait->since) == 0 && people != NULL;
}

static void
set_days (Fixture *f,
          guint    days)
{
  g_autofree char *expected = days_ago ((int)days - 1);
  SinceWait wait = { f, expected };

  expected[10] = '\0';
  g_settings_set_uint (f->settings, "not-recognised-days", days);
  g_assert_true (emb_ui_test_wait_for (since_is, &wait, 2000));
  emb_ui_test_iterate (50);
}

static void
test_heatmap_and_evidence (Fixture       *f,
                           gconstpointer  data)
{
  EmbRecognitionHeatmap *heatmap = emb_recognition_insights_get_heatmap (f->insights);
  g_autofree char *row = NULL;
  g_autofree char *expected_row = NULL;

  /* The default period: the last 90 days: n1, n2 and n4 (n3 is declined). */
  g_assert_cmpint (emb_recognition_insights_get_period (f->insights), ==, EMB_INSIGHTS_PERIOD_90_DAYS);
  g_assert_cmpuint (emb_recognition_heatmap_get_n_rows (heatmap), ==, 2);
  g_assert_cmpuint (emb_recognition_heatmap_get_n_columns (heatmap), ==, 2);
  assert_cells (f, 2, 1, 0, 0);
  assert_evidence (f, 3, 67, 67, 33);

  /* What a screen reader reads for the Retail row */
  row = emb_recognition_heatmap_describe_row (heatmap, 0);
  expected_row = g_strdup_printf ("Retail: %s%s%s", "Care 2", _(", "), "Speed 1");
  if (g_strcmp0 (language (), "en") == 0)
    g_assert_cmpstr (row, ==, expected_row);
  else
    g_assert_true (g_str_has_prefix (row, "Retail"));

  /* A labelled group (its cells are drawn, not accessible children); the
   * whole table in words is one line a row. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heatmap)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);
  {
    g_autofree char *table = emb_recognition_heatmap_describe (heatmap);
    g_auto(GStrv) lines = g_strsplit (table, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 2);
    g_assert_cmpstr (lines[0], ==, row);
  }

  /* Driven through the drop-down */
  {
    GtkDropDown *drop_down = GTK_DROP_DOWN (emb_ui_test_find_by_type (GTK_WIDGET (f->insights),
                                                                      GTK_TYPE_DROP_DOWN));

    g_assert_nonnull (drop_down);
    gtk_drop_down_set_selected (drop_down, EMB_INSIGHTS_PERIOD_30_DAYS);
  }
  emb_ui_test_iterate (50);
  assert_cells (f, 2, 0, 0, 0);
  assert_evidence (f, 2, 100, 50, 50);

  emb_recognition_insights_set_period (f->insights, EMB_INSIGHTS_PERIOD_12_MONTHS);
  emb_ui_test_iterate (50);
  assert_cells (f, 2, 2, 1, 0);
  assert_evidence (f, 5, 60, 40, 20);

  emb_recognition_insights_set_period (f->insights, EMB_INSIGHTS_PERIOD_ALL_TIME);
  emb_ui_test_iterate (50);
  assert_cells (f, 2, 2, 2, 0);
  assert_evidence (f, 6, 50, 33, 17);

  /* A change in the database: Ben's nomination declined and a new one for
   * Carla, today, with a touchpoint: both counted in one refresh. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (emb_recognition_store_decline (f->db, f->n2, f->boss, "Duplicate", &error));
    g_assert_no_error (error);
    nominate (f, 0, f->carla, 0, f->speed, SUBMITTED, TRUE, FALSE);
  }
  emb_ui_test_iterate (100);
  assert_cells (f, 1, 2, 2, 1);
  assert_evidence (f, 6, 50, 33, 17);

  /* Hidden, it counts nothing; shown again, it counts what changed. */
  gtk_widget_set_visible (GTK_WIDGET (f->insights), FALSE);
  emb_ui_test_iterate (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->insights)));
  nominate (f, 0, f->carla, 0, f->care, SUBMITTED, FALSE, FALSE);
  emb_ui_test_iterate (100);
  assert_cells (f, 1, 2, 2, 1);
  gtk_widget_set_visible (GTK_WIDGET (f->insights), TRUE);
  emb_ui_test_wait_mapped (GTK_WIDGET (f->insights));
  emb_ui_test_iterate (50);
  assert_cells (f, 1, 2, 3, 1);

  screenshot (GTK_WIDGET (f->window), "insights-fixture");
}

static void
test_not_recognised (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *people = NULL;
  g_autofree char *teams = NULL;

  /* 90 days (the default): Anna is recognised (n1, n4); Ben's only recent
   * nomination is still waiting; Dora is inactive; Support only has a
   * declined nomination. */
  people = names (f, FALSE);
  teams = names (f, TRUE);
  g_assert_cmpstr (people, ==, "Ben Kowalski, Boss Zieliński, Carla Wiśniewska");
  g_assert_cmpstr (teams, ==, "Support");
  g_assert_null (emb_ui_test_find_label (GTK_WIDGET (f->insights), "Dora Lewandowska"));
  g_assert_null (emb_ui_test_find_label (GTK_WIDGET (f->insights), "Anna Nowak"));
  g_clear_pointer (&people, g_free);
  g_clear_pointer (&teams, g_free);

  /* 7 days: Anna's approval was 10 days ago */
  set_days (f, 7);
  people = names (f, FALSE);
  teams = names (f, TRUE);
  g_assert_cmpstr (people, ==, "Anna Nowak, Ben Kowalski, Boss Zieliński, Carla Wiśniewska");
  g_assert_cmpstr (teams, ==, "Retail, Support");
  g_clear_pointer (&people, g_free);
  g_clear_pointer (&teams, g_free);

  /* 120 days: the Support team's own nomination, 100 days ago, counts for
   * the team but for none of its people */
  set_days (f, 120);
  people = names (f, FALSE);
  teams = names (f, TRUE);
  g_assert_cmpstr (people, ==, "Ben Kowalski, Boss Zieliński, Carla Wiśniewska");
  g_assert_cmpstr (teams, ==, "");
  {
    g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Teams Not Recognised in the Last %u Day",
                                                           "Teams Not Recognised in the Last %u Days",
                                                           120),
                                              120);

    g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->insights), title));
    g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->insights),
                                              _("Every team has been recognised")));
  }
  g_clear_pointer (&people, g_free);
  g_clear_pointer (&teams, g_free);

  /* 365 days: Ben's approval 300 days ago counts, Carla's 500 days ago not */
  set_days (f, 365);
  people = names (f, FALSE);
  g_assert_cmpstr (people, ==, "Boss Zieliński, Carla Wiśniewska");
  g_clear_pointer (&people, g_free);

  /* Approving Ben's waiting nomination takes him off the 7-day list at once */
  set_days (f, 7);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (emb_recognition_store_approve (f->db, f->n2, f->boss, "", &error));
    g_assert_no_error (error);
  }
  emb_ui_test_iterate (100);
  people = names (f, FALSE);
  g_assert_cmpstr (people, ==, "Anna Nowak, Boss Zieliński, Carla Wiśniewska");
}

static GtkWidget *
find_period_stack (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), "empty") != NULL &&
      gtk_stack_get_child_by_name (GTK_STACK (root), "figures") != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_period_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Nothing in the period: the empty state and its button; more than 50 people
 * not recognised: 50 names and "and 5 more". */
static void
test_empty_and_long_list (Fixture       *f,
                          gconstpointer  data)
{
  gint64 department = emb_test_add_department (f->db, "Back office");
  g_autofree char *more = NULL;
  GtkWidget *button;
  GtkWidget *stack;

  emb_test_add_value (f->db, "Care");
  for (guint i = 0; i < 55; i++)
    {
      g_autofree char *number = g_strdup_printf ("B%03u", i);
      g_autofree char *name = g_strdup_printf ("Clerk %03u", i);

      emb_test_add_employee (f->db, number, name, department, 0, TRUE);
    }

  show (f, 800, 900);

  stack = find_period_stack (GTK_WIDGET (f->insights));
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  button = emb_ui_test_find_button (GTK_WIDGET (f->insights), _("Show _All Time"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  emb_ui_test_iterate (50);
  g_assert_cmpint (emb_recognition_insights_get_period (f->insights), ==, EMB_INSIGHTS_PERIOD_ALL_TIME);
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  g_assert_cmpuint (g_list_model_get_n_items (emb_recognition_insights_get_not_recognised (f->insights, FALSE)), ==, 55);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->insights), "Clerk 049"));
  g_assert_null (emb_ui_test_find_label (GTK_WIDGET (f->insights), "Clerk 050"));
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", 5), 5);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->insights), more));

  screenshot (GTK_WIDGET (f->window), "insights-empty");
}

/* Nothing is read before the widget is shown; then everything is. */
static void
test_reads_when_shown (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EmbRecognitionInsights) hidden = NULL;

  emb_test_add_department (f->db, "Back office");
  hidden = g_object_ref_sink (g_object_new (EMB_TYPE_RECOGNITION_INSIGHTS, "database", f->db, NULL));
  emb_ui_test_iterate (50);
  g_assert_null (emb_recognition_insights_get_not_recognised (hidden, TRUE));

  show (f, 800, 600);
  g_assert_nonnull (emb_recognition_insights_get_not_recognised (f->insights, TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (emb_recognition_insights_get_not_recognised (f->insights, TRUE)), ==, 1);
}

/* 20 departments × 10 values with long names: every cell counted, for the eyes */
static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  gint64 departments[20], values[10], employees[20];
  EmbRecognitionHeatmap *heatmap;

  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      g_autofree char *name = g_strdup_printf ("Value number %u with a long name", v + 1);

      values[v] = emb_test_add_value (f->db, name);
    }
  for (guint d = 0; d < G_N_ELEMENTS (departments); d++)
    {
      g_autofree char *name = g_strdup_printf ("Department of rather long name %02u", d + 1);
      g_autofree char *number = g_strdup_printf ("M%02u", d);

      departments[d] = emb_test_add_department (f->db, name);
      employees[d] = emb_test_add_employee (f->db, number, name, departments[d], 0, TRUE);
    }
  f->boss = emb_test_add_employee (f->db, "M99", "Head of People", departments[0], 0, TRUE);
  for (guint d = 0; d < G_N_ELEMENTS (departments); d++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      for (guint i = 0; i < (d + v) % 4; i++)
        nominate (f, (int)(d + i), employees[d], 0, values[v], i == 2 ? DECLINED : SUBMITTED, FALSE, FALSE);

  show (f, 1100, 1200);
  emb_recognition_insights_set_period (f->insights, EMB_INSIGHTS_PERIOD_ALL_TIME);
  emb_ui_test_iterate (100);

  heatmap = emb_recognition_insights_get_heatmap (f->insights);
  g_assert_cmpuint (emb_recognition_heatmap_get_n_rows (heatmap), ==, 20);
  g_assert_cmpuint (emb_recognition_heatmap_get_n_columns (heatmap), ==, 10);
  for (guint d = 0; d < G_N_ELEMENTS (departments); d++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      {
        guint n = (d + v) % 4;

        /* the third of three is declined */
        g_assert_cmpuint (emb_recognition_insights_get_cell_count (f->insights, values[v], departments[d]),
                          ==, n == 3 ? 2 : n);
      }

  screenshot (GTK_WIDGET (f->window), "insights-many");
}

/* The demo organisation, wide and narrow, for the eyes */
static void
test_demo_screenshot (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EmbRecognitionHeatmap *heatmap;

  g_assert_true (emb_demo_populate (f->db, EMB_DEMO_DEFAULT_SEED, "2026-06-30", &error));
  g_assert_no_error (error);

  show (f, 1100, 1400);
  emb_recognition_insights_set_today (f->insights, "2026-06-30");
  emb_recognition_insights_set_period (f->insights, EMB_INSIGHTS_PERIOD_12_MONTHS);
  emb_ui_test_iterate (200);

  heatmap = emb_recognition_insights_get_heatmap (f->insights);
  g_assert_cmpuint (emb_recognition_heatmap_get_n_rows (heatmap), >, 0);
  g_assert_cmpuint (emb_recognition_heatmap_get_total (heatmap), >, 0);
  screenshot (GTK_WIDGET (f->window), "insights");

  /* A phone-sized window: the heatmap scrolls sideways */
  gtk_window_destroy (f->window);
  show (f, 360, 900);
  emb_recognition_insights_set_today (f->insights, "2026-06-30");
  emb_recognition_insights_set_period (f->insights, EMB_INSIGHTS_PERIOD_12_MONTHS);
  emb_ui_test_iterate (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 400);
  screenshot (GTK_WIDGET (f->window), "insights-narrow");
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

  g_test_add ("/ui/recognition-insights/heatmap-and-evidence", Fixture, NULL,
              fixture_set_up, test_heatmap_and_evidence, fixture_tear_down);
  g_test_add ("/ui/recognition-insights/not-recognised", Fixture, NULL,
              fixture_set_up, test_not_recognised, fixture_tear_down);
  g_test_add ("/ui/recognition-insights/empty-and-long-list", Fixture, NULL,
              empty_set_up, test_empty_and_long_list, fixture_tear_down);
  g_test_add ("/ui/recognition-insights/reads-when-shown", Fixture, NULL,
              empty_set_up, test_reads_when_shown, fixture_tear_down);
  g_test_add ("/ui/recognition-insights/many", Fixture, NULL,
              empty_set_up, test_many, fixture_tear_down);
  g_test_add ("/ui/recognition-insights/demo-screenshot", Fixture, NULL,
              empty_set_up, test_demo_screenshot, fixture_tear_down);

  return g_test_run ();
}
