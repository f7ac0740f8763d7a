/* test-values-page.c: the values and vision page, on the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "emb-application.h"
#include "emb-metrics.h"
#include "emb-programme-store.h"
#include "emb-ui-test-util.h"
#include "emb-organisation-editor.h"
#include "emb-value-editor.h"
#include "emb-values-page.h"
#include "emb-window.h"

typedef EmbUiFixture Fixture;

#define PAGE(f) (EMB_VALUES_PAGE ((f)->page))

/* @data: the window's width, or 0 for the usual size */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "values" };

  /* The narrow test starts at phone width: resizing a shown window makes
   * libadwaita 1.2 snapshot a child before it is allocated. */
  if (GPOINTER_TO_INT (data) > 0)
    {
      options.width = GPOINTER_TO_INT (data);
      options.height = 720;
    }
  emb_ui_fixture_set_up (f, &options);
  /* The page loads in an idle once it is shown (at phone width the window
   * shows its sidebar first). */
  if (options.width == 0)
    emb_ui_test_wait_refreshed (f->page, 0);
}

/* A template child of the page, of its organisation editor or of its value
 * editor. */
static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  GtkWidget *organisation = emb_ui_fixture_child (f, EMB_TYPE_VALUES_PAGE, "organisation_editor");
  GtkWidget *editor = emb_ui_fixture_child (f, EMB_TYPE_VALUES_PAGE, "editor");
  GObject *object = gtk_widget_get_template_child (f->page, EMB_TYPE_VALUES_PAGE, name);

  if (object == NULL)
    object = gtk_widget_get_template_child (organisation, EMB_TYPE_ORGANISATION_EDITOR, name);
  if (object == NULL)
    object = gtk_widget_get_template_child (editor, EMB_TYPE_VALUE_EDITOR, name);
  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
flush_deletions (Fixture *f)
{
  emb_undo_queue_flush (emb_page_get_undo_queue (EMB_PAGE (f->page)));
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
get_text_view (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gint64
find_value_id (EmbDatabase *db,
               const char  *name,
               int         *position)
{
  g_autoptr(GListModel) values = emb_programme_store_list_values (db, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);

      if (g_strcmp0 (emb_value_get_name (value), name) == 0)
        {
          if (position != NULL)
            *position = emb_value_get_position (value);
          return emb_record_get_id (EMB_RECORD (value));
        }
    }
  return 0;
}

static gint64
create_value (Fixture    *f,
              const char *name)
{
  guint refreshes = emb_page_get_n_refreshes (EMB_PAGE (f->page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  emb_ui_test_iterate (50);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "value_name_row")), name);
  set_text_view (child (f, "description_view"), "We say what we will do, and do it.");
  set_text_view (child (f, "desired_view"), "Calls back when promised\n\n  Admits mistakes  \n");
  set_text_view (child (f, "undesired_view"), "Blames another department");
  g_signal_emit_by_name (child (f, "save_value_button"), "clicked");
  /* Shown at once; the change then reloads the page. */
  emb_ui_test_wait_refreshed (f->page, refreshes);
  return find_value_id (f->db, name, NULL);
}

/* The organisation, its vision, and values created, checked and reordered. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(EmbOrganisation) organisation = emb_programme_store_get_organisation (f->db, NULL);
  g_autoptr(EmbOrganisation) saved = NULL;
  g_autoptr(EmbValue) value = NULL;
  g_autofree char *vision = NULL;
  g_autofree char *new_vision = NULL;
  gint64 before = emb_programme_store_count_values (f->db);
  gint64 id, first_id, second_id;
  GListModel *shown;
  int position;

  /* What the store holds is shown. */
  g_assert_nonnull (organisation);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "organisation_name_row"))), ==,
                   emb_organisation_get_name (organisation));
  vision = get_text_view (child (f, "vision_view"));
  g_assert_cmpstr (vision, ==, emb_organisation_get_vision (organisation));
  g_assert_cmpstr (vision, !=, "");
  shown = emb_values_page_get_values (PAGE (f));
  g_assert_cmpint (g_list_model_get_n_items (shown), ==, before);
  g_assert_cmpint (before, >, 2);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "list");

  /* The vision edited through its text view and saved. */
  new_vision = g_strconcat (vision, " Every customer, every time.", NULL);
  set_text_view (child (f, "vision_view"), new_vision);
  g_assert_true (gtk_widget_get_sensitive (child (f, "save_organisation_button")));
  g_signal_emit_by_name (child (f, "save_organisation_button"), "clicked");
  emb_ui_test_iterate (50);
  saved = emb_programme_store_get_organisation (f->db, NULL);
  g_assert_cmpstr (emb_organisation_get_vision (saved), ==, new_vision);
  g_assert_cmpstr (emb_organisation_get_name (saved), ==, emb_organisation_get_name (organisation));
  g_assert_false (gtk_widget_get_sensitive (child (f, "save_organisation_button")));

  /* A new value through page.new and the editor's widgets. */
  id = create_value (f, "Keep Our Word");
  g_assert_cmpint (id, !=, 0);
  value = emb_programme_store_get_value (f->db, id, NULL);
  g_assert_cmpstr (emb_value_get_description (value), ==, "We say what we will do, and do it.");
  {
    g_auto(GStrv) desired = emb_programme_store_split_behaviours (emb_value_get_desired_behaviours (value));

    g_assert_cmpuint (g_strv_length (desired), ==, 2);
    g_assert_cmpstr (desired[1], ==, "Admits mistakes");
  }
  g_assert_cmpint (emb_value_get_position (value), ==, before);
  g_assert_cmpint (emb_programme_store_count_values (f->db), ==, before + 1);
  g_assert_cmpint (g_list_model_get_n_items (shown), ==, before + 1);
  g_assert_cmpint (emb_values_page_get_selected_id (PAGE (f)), ==, id);
  g_assert_nonnull (emb_ui_test_find_label (child (f, "values_list"), "• Calls back when promised\n• Admits mistakes"));
  emb_ui_test_iterate (100);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "editor");

  /* An empty name: the error is shown next to the field, nothing saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  gtk_editable_set_text (GTK_EDITABLE (child (f, "value_name_row")), "   ");
  set_text_view (child (f, "description_view"), "Nameless");
  g_signal_emit_by_name (child (f, "save_value_button"), "clicked");
  emb_ui_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (child (f, "value_name_error")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "value_name_error"))), !=, "");
  g_assert_true (gtk_widget_has_css_class (child (f, "value_name_row"), "error"));
  g_assert_cmpint (emb_programme_store_count_values (f->db), ==, before + 1);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "error");

  /* The name fixed, the error goes. */
  gtk_editable_set_text (GTK_EDITABLE (child (f, "value_name_row")), "Own the Problem");
  g_signal_emit_by_name (child (f, "save_value_button"), "clicked");
  emb_ui_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (child (f, "value_name_error")));
  g_assert_cmpint (emb_programme_store_count_values (f->db), ==, before + 2);

  /* Reorder by the keyboard action: the second value moves up, and back down. */
  {
    g_autoptr(EmbValue) first = g_list_model_get_item (shown, 0);
    g_autoptr(EmbValue) second = g_list_model_get_item (shown, 1);

    first_id = emb_record_get_id (EMB_RECORD (first));
    second_id = emb_record_get_id (EMB_RECORD (second));
  }
  g_assert_true (emb_values_page_select_value (PAGE (f), second_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-up", NULL));
  emb_ui_test_iterate (50);
  g_clear_object (&value);
  value = emb_programme_store_get_value (f->db, second_id, NULL);
  g_assert_cmpint (emb_value_get_position (value), ==, 0);
  g_clear_object (&value);
  value = emb_programme_store_get_value (f->db, first_id, NULL);
  g_assert_cmpint (emb_value_get_position (value), ==, 1);
  g_assert_cmpint (emb_values_page_get_selected_id (PAGE (f)), ==, second_id);

  /* Alt+Shift+Down is bound to moving down. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-down", NULL));
  emb_ui_test_iterate (50);
  find_value_id (f->db, emb_value_get_name (value), &position);
  g_assert_cmpint (position, ==, 0);

  /* page.next / page.previous walk the selection. */
  g_assert_true (emb_values_page_select_value (PAGE (f), first_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.next", NULL));
  g_assert_cmpint (emb_values_page_get_selected_id (PAGE (f)), ==, second_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.previous", NULL));
  g_assert_cmpint (emb_values_page_get_selected_id (PAGE (f)), ==, first_id);
}

static GtkWidget *
find_undo_button (Fixture *f)
{
  return emb_ui_test_find_button (GTK_WIDGET (f->window), _("_Undo"));
}

static gboolean
undo_shown (gpointer data)
{
  return find_undo_button (data) != NULL;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = create_value (f, "Short-lived");
  gint64 count = emb_programme_store_count_values (f->db);
  GtkWidget *undo;

  g_assert_cmpint (id, !=, 0);
  g_assert_cmpint (emb_values_page_get_selected_id (PAGE (f)), ==, id);

  /* Deleted, then undone: still there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
  emb_ui_test_iterate (50);
  g_assert_cmpint (g_list_model_get_n_items (emb_values_page_get_values (PAGE (f))), ==, count - 1);
  g_assert_true (emb_ui_test_wait_for (undo_shown, f, 5000));
  undo = find_undo_button (f);
  g_signal_emit_by_name (undo, "clicked");
  emb_ui_test_settle (GTK_WIDGET (f->window), 600);
  flush_deletions (f);
  g_assert_cmpint (emb_programme_store_count_values (f->db), ==, count);
  g_assert_cmpint (find_value_id (f->db, "Short-lived", NULL), ==, id);
  g_assert_cmpint (g_list_model_get_n_items (emb_values_page_get_values (PAGE (f))), ==, count);

  /* Deleted, and the toast goes: gone. */
  g_assert_true (emb_values_page_select_value (PAGE (f), id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
  emb_ui_test_iterate (50);
  g_assert_cmpint (emb_programme_store_count_values (f->db), ==, count);
  flush_deletions (f);
  emb_ui_test_iterate (50);
  g_assert_cmpint (emb_programme_store_count_values (f->db), ==, count - 1);
  g_assert_cmpint (find_value_id (f->db, "Short-lived", NULL), ==, 0);
  g_assert_cmpint (g_list_model_get_n_items (emb_values_page_get_values (PAGE (f))), ==, count - 1);
}

static gboolean
published_toast_gone (gpointer data)
{
  return emb_ui_test_find_label (data, _("Values published for staff to acknowledge")) == NULL;
}

static void
test_publish (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(EmbValueSet) before = emb_programme_store_get_current_value_set (f->db, NULL);
  g_autoptr(EmbValueSet) after = NULL;
  g_autofree char *expected = NULL;
  EmbCoverage coverage = { 0 };
  const char *title;

  g_assert_nonnull (before);
  g_assert_true (gtk_widget_get_visible (child (f, "coverage_row")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.publish", NULL));
  emb_ui_test_iterate (100);
  after = emb_programme_store_get_current_value_set (f->db, NULL);
  g_assert_nonnull (after);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (after)), !=, emb_record_get_id (EMB_RECORD (before)));

  g_assert_true (emb_metrics_values_coverage (f->db, emb_record_get_id (EMB_RECORD (after)),
                                              &coverage, NULL));
  g_assert_cmpuint (coverage.acknowledged, ==, 0);
  g_assert_cmpuint (coverage.addressed, >, 0);
  expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u employee acknowledged",
                                           "%u of %u employees acknowledged",
                                           coverage.addressed),
                              0u, coverage.addressed);
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (f, "coverage_row")));
  g_assert_cmpstr (title, ==, expected);
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (child (f, "coverage_bar"))), ==, 0.0);

  /* Scrolled down to the publication for the screenshot. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (child (f, "coverage_row"), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    emb_ui_test_iterate (100);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    emb_ui_test_iterate (200);
  }
  /* Without the toast in front of it. */
  g_assert_true (emb_ui_test_wait_for (published_toast_gone, f->window, 15000));
  emb_ui_test_iterate (300);
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "published");
}

static gboolean
page_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

/* Typed text is saved when the page is left, without pressing Save. */
static void
test_save_on_leave (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(EmbOrganisation) saved = NULL;

  g_assert_true (gtk_widget_grab_focus (child (f, "strategy_view")));
  set_text_view (child (f, "strategy_view"), "Answer within a day.");
  /* The text card shows it holds the focus. */
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "text-focus");
  emb_window_show_page (f->window, "overview");
  g_assert_true (emb_ui_test_wait_for (page_unmapped, f->page, 5000));
  saved = emb_programme_store_get_organisation (f->db, NULL);
  g_assert_cmpstr (emb_organisation_get_cx_strategy (saved), ==, "Answer within a day.");
}

/* At phone width the editor takes the whole page, with a way back. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) values = emb_programme_store_list_values (f->db, NULL);
  g_autoptr(EmbValue) first = g_list_model_get_item (values, 0);
  AdwLeaflet *leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (f->page)));

  /* The window shows its sidebar first when folded: go to the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "values"));
  emb_ui_test_settle (GTK_WIDGET (f->window), 1000);
  emb_ui_test_wait_refreshed (f->page, 0);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "narrow-list");

  g_assert_true (emb_values_page_select_value (PAGE (f), emb_record_get_id (EMB_RECORD (first))));
  emb_ui_test_settle (GTK_WIDGET (f->window), 1000);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  g_assert_true (gtk_widget_get_visible (child (f, "back_button")));
  emb_ui_test_screenshot_in_language (GTK_WIDGET (f->window), "values-page", "narrow-editor");

  g_signal_emit_by_name (child (f, "back_button"), "clicked");
  emb_ui_test_settle (GTK_WIDGET (f->window), 1000);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "main");
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/ui/values-page/" name, Fixture, NULL, fixture_set_up, func, emb_ui_fixture_tear_down_func)

  ADD ("edit", test_edit);
  ADD ("delete-undo", test_delete_undo);
  ADD ("publish", test_publish);
  ADD ("save-on-leave", test_save_on_leave);
  g_test_add ("/ui/values-page/narrow", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_narrow, emb_ui_fixture_tear_down_func);

#undef ADD

  return g_test_run ();
}
