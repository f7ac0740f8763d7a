/* test-promises-page.c: the brand promises page, driven through its widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "emb-application.h"
#include "emb-bar-chart.h"
#include "emb-error.h"
#include "emb-journey-store.h"
#include "emb-metrics.h"
#include "emb-promise-store.h"
#include "emb-promises-page.h"
#include "emb-ui-test-util.h"
#include "emb-window.h"

typedef EmbUiFixture Fixture;

#define PAGE(f) (EMB_PROMISES_PAGE ((f)->page))

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "promises", .width = 1200, .height = 900 };

  emb_ui_fixture_set_up (f, &options);
  g_assert_true (EMB_IS_PROMISES_PAGE (f->page));
  /* The page loads in an idle once it is shown. */
  emb_ui_test_wait_refreshed (f->page, 0);
}

static void
flush_deletions (Fixture *f)
{
  emb_undo_queue_flush (emb_page_get_undo_queue (EMB_PAGE (f->page)));
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (emb_promises_page_get_model (PAGE (f)));
}

typedef struct
{
  Fixture *f;
  guint    n;
} CountCheck;

static gboolean
count_is (gpointer data)
{
  CountCheck *check = data;

  return n_shown (check->f) == check->n;
}

static void
assert_shown (Fixture *f,
              guint    n)
{
  CountCheck check = { f, n };

  emb_ui_test_wait_for (count_is, &check, 3000);
  g_assert_cmpuint (n_shown (f), ==, n);
}

static AdwMessageDialog *
find_dialog (Fixture *f)
{
  GtkWindow *dialog = emb_page_get_dialog (EMB_PAGE (f->page));

  return ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_visible (GTK_WIDGET (dialog))
         ? ADW_MESSAGE_DIALOG (dialog) : NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog (data) != NULL;
}

static gboolean
undo_shown (gpointer data)
{
  return emb_ui_test_find_button (data, _("_Undo")) != NULL;
}

/* The demo promise at @position in the list (by position): 0 is the
 * published promise revised to version 2, 2 a published one, 6 the draft */
static EmbPromise *
demo_promise (EmbDatabase *db,
              guint        position)
{
  g_autoptr(GListModel) all = emb_promise_store_list (db, NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (all), >, position);
  return g_list_model_get_item (all, position);
}

static gint64
find_promise (EmbDatabase      *db,
              guint             position,
              EmbPromiseStatus  status)
{
  g_autoptr(EmbPromise) promise = demo_promise (db, position);

  g_assert_cmpint (emb_promise_get_status (promise), ==, status);
  return emb_record_get_id (EMB_RECORD (promise));
}

/* The entry row of the editor titled @title. */
static GtkWidget *
find_entry_row (Fixture    *f,
                const char *title)
{
  g_autoptr(GPtrArray) rows = emb_ui_test_find_all_by_type (GTK_WIDGET (f->page), ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no entry row “%s”", title);
  return NULL;
}

static gboolean
activate (Fixture    *f,
          const char *action)
{
  gboolean done = gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL);

  emb_ui_test_iterate (50);
  return done;
}

/* The list, its filters and search, and the coverage of a published promise */
static void
test_list_and_coverage (Fixture       *f,
                        gconstpointer  data)
{
  GtkDropDown *status;
  GtkEditable *search;
  gint64 id;
  g_autoptr(EmbPromise) promise = NULL;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  EmbBarChart *chart;
  GtkWidget *root = GTK_WIDGET (f->window);

  assert_shown (f, 8);
  emb_ui_test_screenshot_in_language (root, "promises", "list");

  /* Filter by status: published (the third choice) */
  status = GTK_DROP_DOWN (emb_ui_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (status, 2);
  assert_shown (f, 6);
  gtk_drop_down_set_selected (status, 0);
  assert_shown (f, 8);

  /* Search, after page.search put the focus in the entry */
  g_assert_true (activate (f, "page.search"));
  search = GTK_EDITABLE (emb_ui_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (search))
                 || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                            GTK_WIDGET (search)));
  {
    g_autoptr(EmbPromise) second = demo_promise (f->db, 1);

    gtk_editable_set_text (search, emb_promise_get_statement (second));
    assert_shown (f, 1);
  }
  gtk_editable_set_text (search, "no such words anywhere");
  assert_shown (f, 0);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page), _("No Matching Promises")));
  gtk_editable_set_text (search, "");
  assert_shown (f, 8);

  /* page.next opens the first promise */
  g_assert_true (activate (f, "page.next"));
  g_assert_nonnull (emb_promises_page_get_promise (PAGE (f)));

  /* The published promise with two versions and its coverage */
  id = find_promise (f->db, 0, EMB_PROMISE_STATUS_PUBLISHED);
  g_assert_true (emb_promises_page_select_promise (PAGE (f), id));
  emb_ui_test_iterate (100);
  promise = emb_promise_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (emb_promises_page_get_promise (PAGE (f)))), ==, id);
  g_assert_cmpint (emb_promise_get_published_version_id (promise), !=, 0);

  departments = emb_metrics_promise_coverage_by_department (f->db,
                                                            emb_promise_get_published_version_id (promise),
                                                            NULL);
  roles = emb_metrics_promise_coverage_by_role (f->db,
                                                emb_promise_get_published_version_id (promise),
                                                NULL);
  g_assert_nonnull (departments);
  g_assert_cmpuint (departments->len, >, 0);
  chart = EMB_BAR_CHART (emb_ui_test_find_by_type (GTK_WIDGET (f->page), EMB_TYPE_BAR_CHART));
  g_assert_nonnull (chart);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  g_assert_cmpuint (emb_bar_chart_get_n_bars (chart), ==, departments->len);
  for (guint i = 0; i < departments->len; i++)
    g_assert_cmpfloat_with_epsilon (emb_bar_chart_get_bar_value (chart, i),
                                    g_array_index (departments, EmbCoverageGroup, i).coverage.percent,
                                    0.001);
  g_assert_cmpstr (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)) == GTK_ACCESSIBLE_ROLE_IMG
                   ? "img" : "other", ==, "img");
  g_assert_nonnull (roles);
  g_assert_cmpuint (roles->len, >, 0);

  /* The history: version 2 in force, version 1 superseded, both shown */
  {
    g_autoptr(GListModel) versions = emb_promise_store_list_versions (f->db, id);
    g_autoptr(EmbPromiseVersion) oldest = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
    oldest = g_list_model_get_item (versions, 1);
    g_assert_cmpint (emb_promise_version_get_state (oldest), ==, EMB_PROMISE_VERSION_STATE_SUPERSEDED);
    g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page),
                                              emb_promise_version_get_statement (oldest)));
  }
  /* Scroll the editor down to the charts for the screenshot */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    double x, y;

    g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (chart),
                                                     gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                                     0, 0, &x, &y));
    gtk_adjustment_set_value (adjustment, y - 200);
  }
  emb_ui_test_iterate (200);
  emb_ui_test_screenshot_in_language (root, "promises", "editor");

  /* Narrow: the list and the editor fold into one column */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 760);
  emb_ui_test_iterate (400);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "promises"));
  emb_ui_test_iterate (300);
  emb_ui_test_screenshot_in_language (root, "promises", "narrow-list");
  g_assert_true (activate (f, "page.next"));
  /* page.next focused the row: Enter opens the editor */
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (f->window))));
  g_assert_true (gtk_widget_activate (gtk_root_get_focus (GTK_ROOT (f->window))));
  emb_ui_test_iterate (200);
  emb_ui_test_screenshot_in_language (root, "promises", "narrow");
}

/* A new promise through its whole life: draft, published, new draft, retired */
static void
test_workflow (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) touchpoints = emb_journey_store_list_touchpoints (f->db, NULL);
  g_autoptr(EmbTouchpoint) first = g_list_model_get_item (touchpoints, 0);
  g_autoptr(EmbTouchpoint) second = g_list_model_get_item (touchpoints, 3);
  gint64 tp1 = emb_record_get_id (EMB_RECORD (first));
  gint64 tp2 = emb_record_get_id (EMB_RECORD (second));
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbPromise) empty = emb_promise_new ();
  g_autoptr(EmbPromise) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autofree char *message = NULL;
  g_autofree char *banner = NULL;
  GtkWidget *statement, *expectation, *link, *label;
  AdwMessageDialog *dialog;
  guint refreshes;
  gint64 id;

  /* The message the store gives for an empty statement */
  g_assert_false (emb_promise_store_save (f->db, empty, NULL, 0, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "statement");
  message = g_strdup (error->message);
  g_clear_error (&error);

  g_assert_true (activate (f, "page.new"));
  g_assert_nonnull (emb_promises_page_get_promise (PAGE (f)));
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (emb_promises_page_get_promise (PAGE (f)))), ==, 0);
  statement = emb_ui_test_find_by_type (GTK_WIDGET (f->page), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (statement);
  expectation = gtk_widget_get_first_child (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_parent (statement))));
  g_assert_true (ADW_IS_ENTRY_ROW (expectation));

  /* Empty statement: the error is shown right below the field */
  g_assert_true (activate (f, "promise.save"));
  label = emb_ui_test_find_label (GTK_WIDGET (f->page), message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_get_prev_sibling (label) == gtk_widget_get_parent (statement));
  g_assert_true (gtk_widget_has_css_class (statement, "error"));
  assert_shown (f, 8);

  /* Statement, expectation and two touchpoints: a draft, version 1 */
  gtk_editable_set_text (GTK_EDITABLE (statement), "We reply to every letter within five working days.");
  g_assert_false (gtk_widget_get_visible (label));
  gtk_editable_set_text (GTK_EDITABLE (expectation), "A written answer, signed by a person.");
  g_assert_nonnull (emb_promises_page_get_touchpoint_check (PAGE (f), tp1));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (emb_promises_page_get_touchpoint_check (PAGE (f), tp1)), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (emb_promises_page_get_touchpoint_check (PAGE (f), tp2)), TRUE);
  g_assert_true (activate (f, "promise.save"));
  id = emb_record_get_id (EMB_RECORD (emb_promises_page_get_promise (PAGE (f))));
  g_assert_cmpint (id, !=, 0);
  stored = emb_promise_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_promise_get_status (stored), ==, EMB_PROMISE_STATUS_DRAFT);
  g_assert_cmpint (emb_promise_get_version_number (stored), ==, 1);
  g_assert_cmpstr (emb_promise_get_statement (stored), ==, "We reply to every letter within five working days.");
  g_assert_cmpstr (emb_promise_get_customer_expectation (stored), ==, "A written answer, signed by a person.");
  ids = emb_promise_store_get_touchpoints (f->db, emb_promise_get_draft_version_id (stored));
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true ((g_array_index (ids, gint64, 0) == tp1 && g_array_index (ids, gint64, 1) == tp2)
                 || (g_array_index (ids, gint64, 0) == tp2 && g_array_index (ids, gint64, 1) == tp1));
  g_clear_pointer (&ids, g_array_unref);
  assert_shown (f, 9);
  g_assert_false (gtk_widget_get_visible (label));

  /* Publish */
  g_assert_true (activate (f, "promise.publish"));
  g_clear_object (&stored);
  stored = emb_promise_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_promise_get_status (stored), ==, EMB_PROMISE_STATUS_PUBLISHED);
  g_assert_cmpint (emb_promise_get_draft_version_id (stored), ==, 0);
  g_assert_cmpint (emb_promise_get_published_version_id (stored), !=, 0);

  /* A link to read more: refused without its https://, under the field,
   * with the store's message; then saved, starting no new version. */
  link = find_entry_row (f, _("Link"));
  gtk_editable_set_text (GTK_EDITABLE (link), "www.northbridge.example/letters");
  g_clear_pointer (&message, g_free);
  emb_promise_set_statement (empty, "Any");
  emb_promise_set_link (empty, "www.northbridge.example/letters");
  g_assert_false (emb_promise_store_save (f->db, empty, NULL, 0, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "link");
  message = g_strdup (error->message);
  g_clear_error (&error);
  g_assert_true (activate (f, "promise.save"));
  label = emb_ui_test_find_label (GTK_WIDGET (f->page), message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_get_prev_sibling (label) == gtk_widget_get_parent (link));
  g_assert_true (gtk_widget_has_css_class (link, "error"));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "promises", "link-error");
  gtk_editable_set_text (GTK_EDITABLE (link), " https://northbridge.example/letters ");
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_true (activate (f, "promise.save"));
  g_clear_object (&stored);
  stored = emb_promise_store_get (f->db, id, NULL);
  g_assert_cmpstr (emb_promise_get_link (stored), ==, "https://northbridge.example/letters");
  g_assert_cmpint (emb_promise_get_version_number (stored), ==, 1);
  g_assert_cmpint (emb_promise_get_draft_version_id (stored), ==, 0);

  /* Edit the published promise: version 2 is a draft, version 1 stays in force */
  gtk_editable_set_text (GTK_EDITABLE (statement), "We reply to every letter within three working days.");
  refreshes = emb_page_get_n_refreshes (EMB_PAGE (f->page));
  g_assert_true (activate (f, "promise.save"));
  g_clear_object (&stored);
  stored = emb_promise_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_promise_get_status (stored), ==, EMB_PROMISE_STATUS_PUBLISHED);
  g_assert_cmpint (emb_promise_get_version_number (stored), ==, 2);
  g_assert_cmpint (emb_promise_get_draft_version_id (stored), !=, 0);
  versions = emb_promise_store_list_versions (f->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  {
    g_autoptr(EmbPromiseVersion) newest = g_list_model_get_item (versions, 0);
    g_autoptr(EmbPromiseVersion) oldest = g_list_model_get_item (versions, 1);

    g_assert_cmpint (emb_promise_version_get_number (newest), ==, 2);
    g_assert_cmpint (emb_promise_version_get_state (newest), ==, EMB_PROMISE_VERSION_STATE_DRAFT);
    g_assert_cmpstr (emb_promise_version_get_statement (newest), ==,
                     "We reply to every letter within three working days.");
    g_assert_cmpint (emb_promise_version_get_number (oldest), ==, 1);
    g_assert_cmpint (emb_promise_version_get_state (oldest), ==, EMB_PROMISE_VERSION_STATE_PUBLISHED);
    g_assert_cmpstr (emb_promise_version_get_statement (oldest), ==,
                     "We reply to every letter within five working days.");
  }
  banner = g_strdup_printf (_("You are editing draft version %d; version %d stays in "
                              "force until you publish."), 2, 1);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page), banner));
  /* Shown at once; the change then reloads the page. */
  emb_ui_test_wait_refreshed (f->page, refreshes);
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (f->page), banner));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "promises", "draft");

  /* Delete is for promises never published */
  activate (f, "page.delete");
  flush_deletions (f);
  g_clear_object (&stored);
  stored = emb_promise_store_get (f->db, id, NULL);
  g_assert_nonnull (stored);

  /* Retire, confirmed in the dialog */
  g_assert_true (activate (f, "promise.retire"));
  g_assert_true (emb_ui_test_wait_for (dialog_shown, f, 3000));
  dialog = find_dialog (f);
  adw_message_dialog_response (dialog, "retire");
  emb_ui_test_iterate (100);
  g_clear_object (&stored);
  stored = emb_promise_store_get (f->db, id, NULL);
  g_assert_cmpint (emb_promise_get_status (stored), ==, EMB_PROMISE_STATUS_RETIRED);
  g_assert_cmpint (emb_promise_get_draft_version_id (stored), ==, 0);
}

/* Deleting a draft: hidden at once, Undo brings it back, else it is gone */
static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = find_promise (f->db, 6, EMB_PROMISE_STATUS_DRAFT);
  gint64 published = find_promise (f->db, 2, EMB_PROMISE_STATUS_PUBLISHED);
  g_autoptr(EmbPromise) kept = NULL;
  g_autoptr(EmbPromise) gone = NULL;
  GtkWidget *undo;

  /* Not for a published promise */
  g_assert_true (emb_promises_page_select_promise (PAGE (f), published));
  emb_ui_test_iterate (50);
  activate (f, "page.delete");
  assert_shown (f, 8);

  g_assert_true (emb_promises_page_select_promise (PAGE (f), id));
  emb_ui_test_iterate (50);
  g_assert_true (activate (f, "page.delete"));
  assert_shown (f, 7);
  g_assert_null (emb_promises_page_get_promise (PAGE (f)));

  g_assert_true (emb_ui_test_wait_for (undo_shown, f->window, 3000));
  undo = emb_ui_test_find_button (GTK_WIDGET (f->window), _("_Undo"));
  g_signal_emit_by_name (undo, "clicked");
  emb_ui_test_iterate (300);
  assert_shown (f, 8);
  flush_deletions (f);
  kept = emb_promise_store_get (f->db, id, NULL);
  g_assert_nonnull (kept);

  /* Without Undo the promise is deleted */
  g_assert_true (emb_promises_page_select_promise (PAGE (f), id));
  emb_ui_test_iterate (50);
  g_assert_true (activate (f, "page.delete"));
  assert_shown (f, 7);
  g_assert_nonnull (emb_promise_store_get (f->db, id, NULL));
  flush_deletions (f);
  gone = emb_promise_store_get (f->db, id, NULL);
  g_assert_null (gone);
  emb_ui_test_iterate (100);
  assert_shown (f, 7);
}

/* A ticked touchpoint deleted elsewhere before the promise is saved: the
 * store's error shows above the touchpoints, not under the buttons */
static void
test_touchpoint_gone (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) stages = emb_journey_store_list_stages (f->db, NULL);
  g_autoptr(EmbStage) stage = g_list_model_get_item (stages, 0);
  g_autoptr(EmbTouchpoint) touchpoint = emb_touchpoint_new ();
  g_autoptr(EmbPromise) probe = emb_promise_new ();
  g_autoptr(GError) error = NULL;
  guint refreshes = emb_page_get_n_refreshes (EMB_PAGE (f->page));
  GtkWidget *statement, *check, *label;
  gint64 id, missing;

  emb_touchpoint_set_name (touchpoint, "Pop-up branch");
  emb_touchpoint_set_stage_id (touchpoint, emb_record_get_id (EMB_RECORD (stage)));
  g_assert_true (emb_journey_store_save_touchpoint (f->db, touchpoint, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (touchpoint));
  emb_ui_test_wait_refreshed (f->page, refreshes);

  /* The message the store gives for a touchpoint that is gone */
  missing = id + 1000;
  emb_promise_set_statement (probe, "Probe");
  g_assert_false (emb_promise_store_save (f->db, probe, &missing, 1, &error));
  g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_MISSING_REFERENCE);
  g_assert_cmpstr (emb_validation_error_get_field (error), ==, "touchpoints");

  g_assert_true (activate (f, "page.new"));
  statement = emb_ui_test_find_by_type (f->page, ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (statement), "We open where our customers are.");
  check = emb_promises_page_get_touchpoint_check (PAGE (f), id);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  g_assert_true (emb_journey_store_delete_touchpoint (f->db, id, NULL));
  g_assert_true (activate (f, "promise.save"));
  label = emb_ui_test_find_label (f->page, error->message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_is_ancestor (check, gtk_widget_get_next_sibling (label)));
  g_assert_false (gtk_widget_has_css_class (statement, "error"));
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (emb_promises_page_get_promise (PAGE (f)))), ==, 0);
  assert_shown (f, 8);
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/ui/promises-page/" name, Fixture, NULL, fixture_set_up, func, emb_ui_fixture_tear_down_func)

  ADD ("list-and-coverage", test_list_and_coverage);
  ADD ("workflow", test_workflow);
  ADD ("delete-undo", test_delete_undo);
  ADD ("touchpoint-gone", test_touchpoint_gone);

#undef ADD

  return g_test_run ();
}
