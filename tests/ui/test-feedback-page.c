/* test-feedback-page.c: the Customer Feedback page on the demo organisation
 *
 * Each expectation is counted from the database with SQL of its own, not
 * through the store the page uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-feedback-category-row.h"
#include "emb-feedback-metric-card.h"
#include "emb-feedback-page.h"
#include "emb-feedback-store.h"
#include "emb-feedback-triage.h"
#include "emb-nomination-dialog.h"
#include "emb-people-store.h"
#include "emb-query-model.h"
#include "emb-records.h"
#include "emb-ui-test-util.h"

/* The day the demo organisation of the tests ends (tests/meson.build). */
#define DEMO_DAY "2026-06-30"

typedef struct
{
  EmbUiFixture     ui;
  EmbDatabase     *db;
  EmbFeedbackPage *page;
} Fixture;

static gboolean
page_loaded (gpointer data)
{
  return emb_feedback_page_get_model (data) != NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "feedback", .width = 1100, .height = 800 };

  emb_ui_fixture_set_up (&f->ui, &options);
  f->db = f->ui.db;
  f->page = EMB_FEEDBACK_PAGE (f->ui.page);
  g_assert_true (EMB_IS_FEEDBACK_PAGE (f->page));
  g_assert_true (emb_ui_test_wait_for (page_loaded, f->page, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_fixture_tear_down (&f->ui);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  emb_ui_test_screenshot_painted (widget, "feedback", name);
}

/* One number from SQL of the test's own. */
static gint64
sql_count (Fixture    *f,
           const char *sql)
{
  return _emb_database_count (f->db, sql);
}

static guint
n_listed (Fixture *f)
{
  return g_list_model_get_n_items (emb_feedback_page_get_model (f->page));
}

typedef struct
{
  Fixture *f;
  guint    expected;
} Count;

static gboolean
count_reached (gpointer data)
{
  Count *count = data;

  return n_listed (count->f) == count->expected;
}

/* The list shows @expected items, once it has caught up. */
static void
wait_listed (Fixture *f,
             gint64   expected)
{
  Count count = { f, (guint)expected };

  if (!emb_ui_test_wait_for (count_reached, &count, 5000))
    g_assert_cmpuint (n_listed (f), ==, expected);
}

static EmbFeedback *
listed (Fixture *f,
        guint    position)
{
  EmbFeedback *feedback = g_list_model_get_item (emb_feedback_page_get_model (f->page), position);

  g_assert_nonnull (feedback);
  return feedback;
}

static EmbFeedback *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  EmbFeedback *feedback = emb_feedback_store_get (f->db, id, &error);

  g_assert_no_error (error);
  return feedback;
}

/* How high the level of an employee's role at a touchpoint ranks: 0 owns,
 * 1 delivers, 2 supports, 3 informed; 4 for none. */
#define RANK "CASE r.level WHEN 'owns' THEN 0 WHEN 'delivers' THEN 1 WHEN 'supports' THEN 2" \
             " ELSE 3 END"

static gint64
rank_of (Fixture *f,
         gint64   employee_id,
         gint64   touchpoint_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (min (" RANK "), 4) FROM responsibility r"
                                          " JOIN employee e ON e.role_id = r.role_id"
                                          " WHERE e.id = %" G_GINT64_FORMAT
                                          " AND r.touchpoint_id = %" G_GINT64_FORMAT,
                                          employee_id, touchpoint_id);

  return sql_count (f, sql);
}

/* The highest level any active employee has at the touchpoint. */
static gint64
best_rank (Fixture *f,
           gint64   touchpoint_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (min (" RANK "), 4) FROM responsibility r"
                                          " JOIN employee e ON e.role_id = r.role_id"
                                          " WHERE e.active = 1 AND r.touchpoint_id = %"
                                          G_GINT64_FORMAT,
                                          touchpoint_id);

  return sql_count (f, sql);
}

/* Tests ------------------------------------------------------------------ */

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  GListModel *model = emb_feedback_page_get_model (f->page);
  guint n;

  /* Every item, newest first, read lazily. */
  wait_listed (f, sql_count (f, "SELECT count(*) FROM feedback"));
  n = n_listed (f);
  g_assert_cmpuint (n, ==, 3000);
  for (guint i = 0; i + 1 < 50; i++)
    {
      g_autoptr(EmbFeedback) a = listed (f, i);
      g_autoptr(EmbFeedback) b = listed (f, i + 1);

      g_assert_cmpstr (emb_feedback_get_received_at (a), >=, emb_feedback_get_received_at (b));
    }
  {
    g_autoptr(EmbFeedback) newest = listed (f, 0);
    g_autoptr(EmbFeedback) oldest = listed (f, n - 1);

    g_assert_cmpint (emb_record_get_id (EMB_RECORD (newest)), ==,
                     sql_count (f, "SELECT id FROM feedback ORDER BY received_at DESC, id DESC"
                                   " LIMIT 1"));
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (oldest)), ==,
                     sql_count (f, "SELECT id FROM feedback ORDER BY received_at, id LIMIT 1"));
  }
  g_assert_cmpuint (emb_query_model_get_cached_pages (EMB_QUERY_MODEL (model)), <=, 64);

  /* Alt+Down chooses the first, and the detail shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.next", NULL));
  emb_ui_test_iterate (100);
  {
    g_autoptr(EmbFeedback) first = listed (f, 0);

    g_assert_cmpint (emb_feedback_detail_get_id (emb_feedback_page_get_detail (f->page)), ==,
                     emb_record_get_id (EMB_RECORD (first)));
  }
  screenshot (GTK_WIDGET (f->ui.window), "list");
}

static void
test_search_and_filters (Fixture       *f,
                         gconstpointer  data)
{
  EmbFeedbackFilters *filters = emb_feedback_page_get_filters (f->page);
  g_autofree char *word = NULL;
  gint64 expected;

  /* Full-text search for the longest word of a complaint (the demo's
   * texts are in the language of the test). */
  {
    g_autoptr(EmbStatement) stmt = _emb_database_prepare (f->db,
                                                          "SELECT text FROM feedback"
                                                          " WHERE kind = 'complaint' AND text <> ''"
                                                          " ORDER BY id LIMIT 1",
                                                          NULL);
    g_auto(GStrv) words = NULL;
    char *quoted;

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    words = g_regex_split_simple ("[^[:alpha:]]+", (const char *)sqlite3_column_text (stmt, 0),
                                  0, 0);
    for (guint i = 0; words[i] != NULL; i++)
      if (g_utf8_strlen (words[i], -1) > g_utf8_strlen (word != NULL ? word : "", -1))
        {
          g_free (word);
          word = g_utf8_casefold (words[i], -1);
        }
    g_assert_nonnull (word);
    quoted = sqlite3_mprintf ("SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH '\"%q\"'",
                              word);
    expected = sql_count (f, quoted);
    sqlite3_free (quoted);
  }
  emb_feedback_filters_set_search (filters, word);
  g_assert_cmpint (expected, >, 0);
  wait_listed (f, expected);
  for (guint i = 0; i < MIN (n_listed (f), 20); i++)
    {
      g_autoptr(EmbFeedback) item = listed (f, i);
      g_autofree char *folded = g_utf8_casefold (emb_feedback_get_text (item), -1);

      g_assert_nonnull (strstr (folded, word));
    }
  screenshot (GTK_WIDGET (f->page), "search");
  emb_feedback_filters_set_search (filters, "");

  /* Complaints waiting to be taken on, by kind and follow-up. */
  emb_feedback_filters_set_choices (filters, EMB_FEEDBACK_KIND_COMPLAINT, -1,
                                    EMB_FOLLOW_UP_IN_PROGRESS, 0, 0);
  expected = sql_count (f, "SELECT count(*) FROM feedback WHERE kind = 'complaint'"
                           " AND follow_up = 'in-progress'");
  wait_listed (f, expected);

  /* NPS detractors of one journey stage. */
  emb_feedback_filters_set_choices (filters, -1, EMB_SCORE_BAND_DETRACTOR, -1, 0,
                                    sql_count (f, "SELECT id FROM journey_stage ORDER BY position,"
                                                  " id LIMIT 1"));
  expected = sql_count (f, "SELECT count(*) FROM feedback f JOIN touchpoint t"
                           " ON t.id = f.touchpoint_id WHERE f.score_type = 'nps'"
                           " AND f.score <= 6 AND t.stage_id = (SELECT id FROM journey_stage"
                           " ORDER BY position, id LIMIT 1)");
  g_assert_cmpint (expected, >, 0);
  wait_listed (f, expected);
  screenshot (GTK_WIDGET (f->page), "filtered");

  /* To triage. */
  emb_feedback_filters_set_choices (filters, -1, -1, -1, 0, 0);
  emb_feedback_filters_set_triage (filters, TRUE, NULL);
  wait_listed (f, sql_count (f, "SELECT count(*) FROM feedback WHERE triage = 1"));
  emb_feedback_filters_set_triage (filters, FALSE, NULL);
  wait_listed (f, 3000);
}

/* Chooses the first possible owner the detail proposes: someone whose role
 * is responsible for the feedback's touchpoint. */
static gint64
pick_proposed_owner (Fixture *f)
{
  EmbNominationPicker *picker = emb_feedback_detail_get_owner_picker (emb_feedback_page_get_detail (f->page));
  GtkListView *view = emb_nomination_picker_get_list_view (picker);
  GtkSelectionModel *selection = gtk_list_view_get_model (view);
  g_autoptr(EmbEmployee) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), >, 0);
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  gtk_selection_model_select_item (selection, 0, TRUE);
  emb_ui_test_iterate (100);
  return emb_record_get_id (EMB_RECORD (first));
}

static void
test_follow_up (Fixture       *f,
                gconstpointer  data)
{
  EmbFeedbackDetail *detail = emb_feedback_page_get_detail (f->page);
  g_autoptr(EmbFeedback) loaded = NULL;
  gint64 id, owner, touchpoint;

  /* The newest new complaint about a touchpoint that has an owner role. */
  id = sql_count (f, "SELECT f.id FROM feedback f WHERE f.follow_up = 'new'"
                     " AND f.kind = 'complaint' AND f.touchpoint_id IN"
                     " (SELECT touchpoint_id FROM responsibility) ORDER BY f.received_at DESC LIMIT 1");
  if (id == 0)
    id = sql_count (f, "SELECT f.id FROM feedback f WHERE f.follow_up = 'new'"
                       " AND f.touchpoint_id IN (SELECT touchpoint_id FROM responsibility)"
                       " ORDER BY f.received_at DESC LIMIT 1");
  g_assert_cmpint (id, >, 0);
  g_assert_true (emb_feedback_page_select (f->page, id));
  emb_ui_test_iterate (100);
  g_assert_cmpint (emb_feedback_detail_get_id (detail), ==, id);

  /* Acknowledged. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "feedback.acknowledge", NULL));
  loaded = load (f, id);
  g_assert_cmpint (emb_feedback_get_follow_up (loaded), ==, EMB_FOLLOW_UP_ACKNOWLEDGED);
  g_clear_object (&loaded);

  /* Starting without an owner is refused, under the owner. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "feedback.start", NULL));
  g_assert_nonnull (emb_feedback_detail_get_error (detail, "assignee"));
  loaded = load (f, id);
  g_assert_cmpint (emb_feedback_get_follow_up (loaded), ==, EMB_FOLLOW_UP_ACKNOWLEDGED);
  g_clear_object (&loaded);

  /* The owner proposed first works in a role responsible there. */
  owner = pick_proposed_owner (f);
  loaded = load (f, id);
  g_assert_cmpint (emb_feedback_get_assignee_id (loaded), ==, owner);
  touchpoint = emb_feedback_get_touchpoint_id (loaded);
  g_clear_object (&loaded);
  g_assert_cmpint (best_rank (f, touchpoint), <, 4);
  g_assert_cmpint (rank_of (f, owner, touchpoint), ==, best_rank (f, touchpoint));
  g_assert_null (emb_feedback_detail_get_error (detail, "assignee"));

  /* In progress with that owner, then closed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "feedback.start", NULL));
  loaded = load (f, id);
  g_assert_cmpint (emb_feedback_get_follow_up (loaded), ==, EMB_FOLLOW_UP_IN_PROGRESS);
  g_assert_cmpint (emb_feedback_get_assignee_id (loaded), ==, owner);
  g_clear_object (&loaded);
  emb_ui_test_wait_loaded (GTK_WIDGET (f->page));
  /* The list follows, and keeps the feedback chosen. */
  g_assert_cmpint (emb_feedback_detail_get_id (detail), ==, id);
  screenshot (GTK_WIDGET (f->ui.window), "follow-up");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "feedback.close", NULL));
  loaded = load (f, id);
  g_assert_cmpint (emb_feedback_get_follow_up (loaded), ==, EMB_FOLLOW_UP_CLOSED);
  g_assert_cmpint (emb_feedback_get_assignee_id (loaded), ==, owner);
}

static void
test_to_me (Fixture       *f,
            gconstpointer  data)
{
  EmbFeedbackFilters *filters = emb_feedback_page_get_filters (f->page);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *mine = NULL;
  g_autofree char *department = NULL;
  g_autofree char *number = NULL;
  gint64 me;

  /* A team leader: someone whose role owns a touchpoint. */
  me = sql_count (f, "SELECT e.id FROM employee e JOIN responsibility r ON r.role_id = e.role_id"
                     " WHERE r.level = 'owns' AND e.active = 1 ORDER BY e.id LIMIT 1");
  g_assert_cmpint (me, >, 0);
  emb_feedback_filters_set_me (filters, me);
  number = g_settings_get_string (settings, "feedback-employee-number");
  {
    g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (f->db, me, NULL);

    g_assert_cmpstr (number, ==, emb_employee_get_employee_number (employee));
  }

  emb_feedback_filters_set_view (filters, EMB_FEEDBACK_VIEW_MINE);
  mine = g_strdup_printf ("SELECT count(*) FROM feedback f WHERE f.touchpoint_id IN"
                          " (SELECT r.touchpoint_id FROM responsibility r JOIN employee e"
                          " ON e.role_id = r.role_id WHERE e.id = %" G_GINT64_FORMAT ")"
                          " OR f.assignee_id = %" G_GINT64_FORMAT, me, me);
  g_assert_cmpint (sql_count (f, mine), >, 0);
  wait_listed (f, sql_count (f, mine));
  screenshot (GTK_WIDGET (f->page), "to-me");

  emb_feedback_filters_set_view (filters, EMB_FEEDBACK_VIEW_DEPARTMENT);
  department = g_strdup_printf ("SELECT count(*) FROM feedback f WHERE f.touchpoint_id IN"
                                " (SELECT r.touchpoint_id FROM responsibility r JOIN role o"
                                " ON o.id = r.role_id JOIN employee e"
                                " ON e.department_id = o.department_id"
                                " WHERE e.id = %" G_GINT64_FORMAT ")"
                                " OR f.assignee_id = %" G_GINT64_FORMAT, me, me);
  g_assert_cmpint (sql_count (f, department), >=, sql_count (f, mine));
  wait_listed (f, sql_count (f, department));
}

static gboolean
has_dialog (gpointer data)
{
  return emb_page_get_dialog (EMB_PAGE (data)) != NULL;
}

static void
test_triage (Fixture       *f,
             gconstpointer  data)
{
  EmbFeedbackTriageView *triage = emb_feedback_page_get_triage (f->page);
  g_autoptr(GArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  const EmbFeedbackCategoryCount *biggest;
  g_autofree char *category = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *placed = NULL;
  EmbFeedbackCategoryRow *row;
  GtkWindow *dialog;
  gint64 touchpoint, n;

  emb_feedback_page_show_view (f->page, "triage");
  emb_ui_test_iterate (200);
  categories = emb_feedback_triage_list_categories (f->db, &error);
  g_assert_cmpuint (categories->len, >=, 3);
  biggest = &g_array_index (categories, EmbFeedbackCategoryCount, 0);
  category = g_strdup (biggest->category);
  {
    char *sql = sqlite3_mprintf ("SELECT count(*) FROM feedback WHERE triage = 1 AND category = %Q",
                                 category);

    waiting = g_strdup (sql);
    sqlite3_free (sql);
  }
  n = sql_count (f, waiting);
  g_assert_cmpint (n, ==, biggest->n);
  screenshot (GTK_WIDGET (f->page), "triage");

  /* Choose a touchpoint for the largest category, and assign it. */
  row = EMB_FEEDBACK_CATEGORY_ROW (emb_feedback_triage_view_get_row (triage, category));
  g_assert_nonnull (row);
  g_assert_cmpuint (emb_feedback_category_row_get_n (row), ==, n);
  touchpoint = sql_count (f, "SELECT id FROM touchpoint ORDER BY id LIMIT 1 OFFSET 3");
  emb_feedback_category_row_set_touchpoint (row, touchpoint);
  g_signal_emit_by_name (row, "assign", touchpoint);
  g_assert_true (emb_ui_test_wait_for (has_dialog, f->page, 5000));
  dialog = emb_page_get_dialog (EMB_PAGE (f->page));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));
  screenshot (GTK_WIDGET (dialog), "triage-confirm");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "assign");
  emb_ui_test_wait_loaded (GTK_WIDGET (f->page));

  /* All of them at once, out of triage. */
  {
    char *sql = sqlite3_mprintf ("SELECT count(*) FROM feedback WHERE category = %Q AND triage = 0"
                                 " AND touchpoint_id = %lld",
                                 category, (long long)touchpoint);

    placed = g_strdup (sql);
    sqlite3_free (sql);
  }
  g_assert_cmpint (sql_count (f, waiting), ==, 0);
  g_assert_cmpint (sql_count (f, placed), >=, n);
  g_assert_null (emb_feedback_triage_view_get_row (triage, category));
  screenshot (GTK_WIDGET (f->page), "triage-done");

  /* Undo puts them back. */
  g_assert_true (emb_feedback_triage_view_undo (triage));
  emb_ui_test_wait_loaded (GTK_WIDGET (f->page));
  g_assert_cmpint (sql_count (f, waiting), ==, n);
  g_assert_nonnull (emb_feedback_triage_view_get_row (triage, category));

  /* A category's items, listed. */
  g_signal_emit_by_name (emb_feedback_triage_view_get_row (triage, category), "list-items");
  g_assert_cmpstr (emb_feedback_page_get_view (f->page), ==, "list");
  wait_listed (f, n);
}

static void
test_praise_to_nomination (Fixture       *f,
                           gconstpointer  data)
{
  EmbFeedbackDetail *detail = emb_feedback_page_get_detail (f->page);
  g_autoptr(EmbFeedback) praise = NULL;
  EmbNominationDialog *dialog;
  GtkListView *nominees;
  GtkWidget *touchpoint_row;
  gint64 id, first_nominee;

  id = sql_count (f, "SELECT id FROM feedback WHERE kind = 'praise' AND touchpoint_id IN"
                     " (SELECT touchpoint_id FROM responsibility WHERE level = 'owns')"
                     " ORDER BY received_at DESC LIMIT 1");
  g_assert_cmpint (id, >, 0);
  praise = load (f, id);
  g_assert_true (emb_feedback_page_select (f->page, id));
  emb_ui_test_iterate (100);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "feedback.nominate", NULL));
  dialog = EMB_NOMINATION_DIALOG (emb_page_get_dialog (EMB_PAGE (f->page)));
  g_assert_true (EMB_IS_NOMINATION_DIALOG (dialog));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));

  /* The touchpoint is the praise's. */
  touchpoint_row = emb_nomination_dialog_get_field (dialog, "touchpoint");
  {
    GObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (touchpoint_row));
    g_autofree char *name_sql = g_strdup_printf ("SELECT name FROM touchpoint WHERE id = %" G_GINT64_FORMAT,
                                                 emb_feedback_get_touchpoint_id (praise));
    g_autoptr(EmbStatement) stmt = _emb_database_prepare (f->db, name_sql, NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==,
                     (const char *)sqlite3_column_text (stmt, 0));
  }

  /* The nominees proposed are the people responsible there, owners first. */
  nominees = GTK_LIST_VIEW (emb_nomination_dialog_get_field (dialog, "nominee-employee"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (nominees))), >, 0);
  {
    g_autoptr(EmbEmployee) first = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (nominees)), 0);

    first_nominee = emb_record_get_id (EMB_RECORD (first));
  }
  g_assert_cmpint (rank_of (f, first_nominee, emb_feedback_get_touchpoint_id (praise)), ==,
                   best_rank (f, emb_feedback_get_touchpoint_id (praise)));
  g_assert_cmpint (best_rank (f, emb_feedback_get_touchpoint_id (praise)), ==, 0);
  screenshot (GTK_WIDGET (dialog), "nomination");

  /* The feedback is the evidence: choosing a nominee and a value and
   * writing a story is all that is left. */
  gtk_selection_model_select_item (gtk_list_view_get_model (nominees), 0, TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (emb_nomination_dialog_get_field (dialog, "value")), 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (emb_nomination_dialog_get_field (dialog, "story"))),
                            "A customer praised the team by name.", -1);
  gtk_switch_set_active (GTK_SWITCH (emb_nomination_dialog_get_field (dialog, "anonymous")), TRUE);
  g_assert_true (emb_nomination_dialog_submit (dialog));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM nomination WHERE feedback_id = %"
                                            G_GINT64_FORMAT " AND nominee_employee_id = %"
                                            G_GINT64_FORMAT " AND touchpoint_id = %" G_GINT64_FORMAT,
                                            id, first_nominee,
                                            emb_feedback_get_touchpoint_id (praise));

    g_assert_cmpint (sql_count (f, sql), ==, 1);
  }
}

static gboolean
insights_loaded (gpointer data)
{
  return !emb_feedback_insights_view_is_loading (data);
}

static void
test_insights (Fixture       *f,
               gconstpointer  data)
{
  EmbFeedbackInsightsView *insights = emb_feedback_page_get_insights (f->page);
  EmbFeedbackMetricCard *nps;
  g_autofree char *expected = NULL;
  g_autofree char *sql = NULL;
  gint64 touchpoint, answers, promoters, detractors;

  /* The touchpoint with the most NPS answers in the demo's last 12 months. */
  touchpoint = sql_count (f, "SELECT touchpoint_id FROM feedback WHERE score_type = 'nps'"
                             " AND touchpoint_id IS NOT NULL GROUP BY touchpoint_id"
                             " ORDER BY count(*) DESC LIMIT 1");
  emb_feedback_insights_view_set_today (insights, DEMO_DAY);
  emb_feedback_page_show_view (f->page, "insights");
  emb_feedback_insights_view_set_touchpoint (insights, touchpoint);
  emb_ui_test_iterate (50);
  g_assert_true (emb_ui_test_wait_for (insights_loaded, insights, 20000));

  /* From 2025-07-01 to 2026-07-01, as the period of 365 days up to the
   * demo's day is. NPS = 100 × (P − D) / N, rounded half away from zero. */
  sql = g_strdup_printf ("SELECT count(*), sum(score >= 9), sum(score <= 6) FROM feedback"
                         " WHERE touchpoint_id = %" G_GINT64_FORMAT " AND score_type = 'nps'"
                         " AND received_at >= '2025-07-01' AND received_at < '2026-07-01'",
                         touchpoint);
  {
    g_autoptr(EmbStatement) stmt = _emb_database_prepare (f->db, sql, NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    answers = sqlite3_column_int64 (stmt, 0);
    promoters = sqlite3_column_int64 (stmt, 1);
    detractors = sqlite3_column_int64 (stmt, 2);
  }
  g_assert_cmpint (answers, >, 0);
  {
    gint64 numerator = 100 * (promoters - detractors);
    gint64 score = numerator >= 0 ? (2 * numerator + answers) / (2 * answers)
                                  : -((-2 * numerator + answers) / (2 * answers));

    expected = g_strdup_printf ("%+d", (int)score);
  }
  nps = EMB_FEEDBACK_METRIC_CARD (emb_feedback_insights_view_get_part (insights, "nps"));
  g_assert_cmpstr (emb_feedback_metric_card_get_value (nps), ==, expected);
  g_assert_cmpint (emb_feedback_metric_card_get_is_small (nps), ==, answers < 30);

  /* The words of its complaints are listed. */
  g_assert_nonnull (gtk_widget_get_first_child (emb_feedback_insights_view_get_part (insights, "words")));
  screenshot (GTK_WIDGET (f->page), "insights");
}

static gboolean
page_refreshed (gpointer data)
{
  return emb_feedback_page_get_model (data) != NULL && !emb_page_is_refresh_pending (data);
}

static gboolean
flap_folded (gpointer data)
{
  return adw_flap_get_folded (data);
}

/* A phone-sized window: the page fits, and the detail folds over the list
 * when an item is chosen. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  EmbFeedbackPage *page = g_object_new (EMB_TYPE_FEEDBACK_PAGE, "database", f->db, NULL);
  AdwFlap *flap;
  int minimum;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  emb_ui_test_wait_mapped (window);
  g_assert_true (emb_ui_test_wait_for (page_refreshed, page, 5000));
  flap = ADW_FLAP (gtk_widget_get_template_child (GTK_WIDGET (page), EMB_TYPE_FEEDBACK_PAGE, "flap"));
  /* The flap folds once the window has its narrow size (on a busy machine,
   * some frames later). */
  emb_ui_test_wait_for (flap_folded, flap, 5000);
  emb_ui_test_settle (window, 200);

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);

  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  screenshot (window, "narrow");

  gtk_single_selection_set_selected (emb_feedback_page_get_selection (page), 0);
  emb_ui_test_iterate (300);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  screenshot (window, "narrow-detail");

  gtk_window_destroy (GTK_WINDOW (window));
  emb_ui_test_iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/feedback/list", test_list);
  ADD ("/ui/feedback/search-and-filters", test_search_and_filters);
  ADD ("/ui/feedback/follow-up", test_follow_up);
  ADD ("/ui/feedback/to-me", test_to_me);
  ADD ("/ui/feedback/triage", test_triage);
  ADD ("/ui/feedback/praise-to-nomination", test_praise_to_nomination);
  ADD ("/ui/feedback/insights", test_insights);
  ADD ("/ui/feedback/narrow", test_narrow);

#undef ADD

  return g_test_run ();
}
