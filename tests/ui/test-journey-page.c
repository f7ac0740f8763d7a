/* test-journey-page.c: the journey map and the responsibility matrix, on the
 * demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "emb-journey-editor.h"
#include "emb-journey-page.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-promise-store.h"
#include "emb-responsibility-matrix.h"
#include "emb-ui-test-util.h"

typedef struct
{
  EmbUiFixture    ui;
  EmbJourneyPage *page;
  EmbWindow      *window;
  EmbDatabase    *db;
} Fixture;

static gboolean
up_to_date (gpointer data)
{
  return !emb_page_is_refresh_pending (data);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .page = "journey", .width = 1200, .height = 860 };

  emb_ui_fixture_set_up (&f->ui, &options);
  f->page = EMB_JOURNEY_PAGE (f->ui.page);
  f->window = f->ui.window;
  f->db = f->ui.db;
  /* The page loads in an idle after it is first shown. */
  g_assert_true (emb_ui_test_wait_for (up_to_date, f->page, 10000));
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
  emb_ui_test_screenshot_in_language (widget, "journey-page", name);
}

/* A field of the editor popover. */
static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  GtkWidget *editor = GTK_WIDGET (emb_journey_page_get_editor (f->page));
  GObject *object = gtk_widget_get_template_child (editor, EMB_TYPE_JOURNEY_EDITOR, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static gint64
find_touchpoint (EmbDatabase *db,
                 const char  *name)
{
  g_autoptr(GListModel) touchpoints = emb_journey_store_list_touchpoints (db, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(EmbTouchpoint) tp = g_list_model_get_item (touchpoints, i);

      if (g_strcmp0 (emb_touchpoint_get_name (tp), name) == 0)
        return emb_record_get_id (EMB_RECORD (tp));
    }
  return 0;
}

static gint64
stage_at (EmbDatabase *db,
          guint        index)
{
  g_autoptr(GListModel) stages = emb_journey_store_list_stages (db, NULL);
  g_autoptr(EmbStage) stage = g_list_model_get_item (stages, index);

  g_assert_nonnull (stage);
  return emb_record_get_id (EMB_RECORD (stage));
}

/* Waits for the page to show the last change (the machine may be slow). */
static void
settle (Fixture *f)
{
  g_assert_true (emb_ui_test_wait_for (up_to_date, f->page, 10000));
  emb_ui_test_iterate (30);
}

/* Types into the open editor and presses Save. */
static void
fill_editor (Fixture    *f,
             const char *name,
             const char *channel)
{
  GtkPopover *editor = emb_journey_page_get_editor (f->page);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  gtk_editable_set_text (GTK_EDITABLE (child (f, "name_entry")), name);
  if (channel != NULL)
    gtk_editable_set_text (GTK_EDITABLE (child (f, "channel_entry")), channel);
  g_signal_emit_by_name (child (f, "save_button"), "clicked");
  settle (f);
}

static void
test_map (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GListModel) new_touchpoints = NULL;
  g_autoptr(EmbStage) last = NULL;
  g_autoptr(EmbTouchpoint) added = NULL;
  g_autoptr(EmbTouchpoint) moved = NULL;
  gint64 closing = find_touchpoint (f->db, _("Closing an account"));
  gint64 first_stage = stage_at (f->db, 0);
  gint64 new_stage;
  gint64 first_tp;
  GtkWidget *row;
  guint n_stages, n_touchpoints;

  emb_journey_page_show_view (f->page, "map");
  emb_ui_test_iterate (100);

  /* The demo's journey: five stages, 25 touchpoints. */
  emb_journey_page_count_shown (f->page, &n_stages, &n_touchpoints);
  g_assert_cmpuint (n_stages, ==, 5);
  g_assert_cmpuint (n_touchpoints, ==, 25);

  /* The touchpoint nobody owns carries the warning; an owned one does not. */
  g_assert_cmpint (closing, !=, 0);
  row = emb_journey_page_get_touchpoint_row (f->page, closing);
  g_assert_nonnull (row);
  g_assert_nonnull (emb_ui_test_find_label (row, _("No owner")));
  {
    g_autoptr(GListModel) owned = emb_journey_store_list_stage_touchpoints (f->db, first_stage, NULL);
    g_autoptr(EmbTouchpoint) tp = g_list_model_get_item (owned, 0);

    first_tp = emb_record_get_id (EMB_RECORD (tp));
    g_assert_cmpint (first_tp, !=, closing);
    g_assert_null (emb_ui_test_find_label (emb_journey_page_get_touchpoint_row (f->page, first_tp),
                                           _("No owner")));
  }
  /* A promise made there is flagged too. */
  {
    g_autoptr(EmbPromise) promise = emb_promise_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *flag = NULL;

    emb_promise_set_statement (promise, "We close your account within a day.");
    emb_promise_set_customer_expectation (promise, "Leaving is as easy as joining.");
    g_assert_true (emb_promise_store_save (f->db, promise, &closing, 1, &error));
    g_assert_no_error (error);
    settle (f);
    flag = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u promise here has no owner",
                                         "%u promises here have no owner", 1), 1u);
    g_assert_nonnull (emb_ui_test_find_label (emb_journey_page_get_touchpoint_row (f->page, closing),
                                              flag));
  }
  screenshot (GTK_WIDGET (f->window), "map");
  /* Focusing the row scrolls the map to it. */
  gtk_widget_grab_focus (emb_journey_page_get_touchpoint_row (f->page, closing));
  emb_ui_test_iterate (300);
  screenshot (GTK_WIDGET (f->window), "map-no-owner");

  /* Add a stage through Ctrl+N's action and the editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  emb_ui_test_iterate (50);
  screenshot (GTK_WIDGET (f->window), "new-stage");
  fill_editor (f, "Aftercare", NULL);
  stages = emb_journey_store_list_stages (f->db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 6);
  last = g_list_model_get_item (stages, 5);
  g_assert_cmpstr (emb_stage_get_name (last), ==, "Aftercare");
  new_stage = emb_record_get_id (EMB_RECORD (last));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (emb_journey_page_get_editor (f->page))));
  emb_journey_page_count_shown (f->page, &n_stages, NULL);
  g_assert_cmpuint (n_stages, ==, 6);
  g_assert_nonnull (emb_journey_page_get_stage_card (f->page, new_stage));

  /* An empty name is refused next to the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  emb_ui_test_iterate (50);
  fill_editor (f, "", NULL);
  g_assert_true (gtk_widget_get_visible (child (f, "name_error")));
  g_assert_true (gtk_widget_has_css_class (child (f, "name_entry"), "error"));
  screenshot (GTK_WIDGET (emb_journey_page_get_editor (f->page)), "editor-error");
  g_assert_cmpint (emb_journey_store_count_touchpoints (f->db), ==, 25);
  {
    g_autoptr(GListModel) again = emb_journey_store_list_stages (f->db, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (again), ==, 6);
  }
  gtk_popover_popdown (emb_journey_page_get_editor (f->page));

  /* Add a touchpoint to the new stage with its button's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "journey.add-touchpoint",
                                             "x", new_stage));
  emb_ui_test_iterate (50);
  fill_editor (f, "Follow-up call", "Phone");
  new_touchpoints = emb_journey_store_list_stage_touchpoints (f->db, new_stage, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (new_touchpoints), ==, 1);
  added = g_list_model_get_item (new_touchpoints, 0);
  g_assert_cmpstr (emb_touchpoint_get_name (added), ==, "Follow-up call");
  g_assert_cmpstr (emb_touchpoint_get_channel (added), ==, "Phone");
  g_assert_nonnull (emb_journey_page_get_touchpoint_row (f->page, emb_record_get_id (EMB_RECORD (added))));

  /* The keyboard way of moving: "Move to Stage" puts it last in the new stage… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page),
                                             "journey.move-touchpoint-to-stage", "(xx)",
                                             first_tp, new_stage));
  settle (f);
  moved = emb_journey_store_get_touchpoint (f->db, first_tp, NULL);
  g_assert_cmpint (emb_touchpoint_get_stage_id (moved), ==, new_stage);
  g_assert_cmpint (emb_touchpoint_get_position (moved), ==, 1);
  g_clear_object (&moved);

  /* …and Alt+Up (page.previous) on the focused row moves it up. */
  row = emb_journey_page_get_touchpoint_row (f->page, first_tp);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.previous", NULL));
  settle (f);
  moved = emb_journey_store_get_touchpoint (f->db, first_tp, NULL);
  g_assert_cmpint (emb_touchpoint_get_stage_id (moved), ==, new_stage);
  g_assert_cmpint (emb_touchpoint_get_position (moved), ==, 0);
  g_clear_object (&moved);

  /* Drag and drop: a touchpoint of the second stage dropped on the first
   * stage's card (below its rows) goes last there. */
  {
    g_autoptr(GListModel) second = emb_journey_store_list_stage_touchpoints (f->db, stage_at (f->db, 1), NULL);
    g_autoptr(EmbTouchpoint) dragged = g_list_model_get_item (second, 0);
    g_autoptr(EmbTouchpoint) dropped = NULL;
    g_autoptr(GListModel) controllers = NULL;
    GtkWidget *card = emb_journey_page_get_stage_card (f->page, first_stage);
    gint64 dragged_id = emb_record_get_id (EMB_RECORD (dragged));
    GValue value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    controllers = gtk_widget_observe_controllers (card);
    g_value_init (&value, G_TYPE_INT64);
    g_value_set_int64 (&value, dragged_id);
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          g_signal_emit_by_name (controller, "drop", &value, 10.0,
                                 (double)gtk_widget_get_height (card) - 2, &accepted);
      }
    g_value_unset (&value);
    g_assert_true (accepted);
    settle (f);
    dropped = emb_journey_store_get_touchpoint (f->db, dragged_id, NULL);
    g_assert_cmpint (emb_touchpoint_get_stage_id (dropped), ==, first_stage);
    g_assert_cmpint (emb_touchpoint_get_position (dropped), ==, 4);
  }

  /* The new stage moves earlier through its menu's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "journey.stage-earlier",
                                             "x", new_stage));
  settle (f);
  g_assert_cmpint (stage_at (f->db, 4), ==, new_stage);
  screenshot (GTK_WIDGET (f->window), "map-edited");
}

static EmbJourneyPage *current_page;

static void
send_key (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType)0, &handled);
          break;
        }
    }
  g_assert_true (handled);
  g_assert_true (emb_ui_test_wait_for (up_to_date, current_page, 10000));
  emb_ui_test_iterate (10);
}

static int
role_row (EmbResponsibilityMatrix *matrix,
          const char              *name)
{
  for (guint i = 0; i < emb_responsibility_matrix_get_n_roles (matrix); i++)
    if (g_strcmp0 (emb_role_get_name (emb_responsibility_matrix_get_role (matrix, i)), name) == 0)
      return (int)i;
  return -1;
}

static void
test_matrix (Fixture       *f,
             gconstpointer  data)
{
  EmbResponsibilityMatrix *matrix = EMB_RESPONSIBILITY_MATRIX (emb_journey_page_get_matrix (f->page));
  gint64 closing = find_touchpoint (f->db, _("Closing an account"));
  guint n_roles;
  int engineer;
  int row = -1, column = -1;
  int cursor_row, cursor_column;
  gint64 role_id, touchpoint_id;

  current_page = f->page;
  emb_journey_page_show_view (f->page, "matrix");
  emb_ui_test_iterate (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (matrix)));

  n_roles = emb_responsibility_matrix_get_n_roles (matrix);
  g_assert_cmpuint (n_roles, ==, 25);
  g_assert_cmpuint (emb_responsibility_matrix_get_n_touchpoints (matrix), ==, 25);

  /* The gaps are highlighted. */
  engineer = role_row (matrix, _("Software engineer"));
  g_assert_cmpint (engineer, >=, 0);
  g_assert_true (emb_responsibility_matrix_role_has_warning (
    matrix, emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_role (matrix, engineer)))));
  g_assert_true (emb_responsibility_matrix_touchpoint_has_warning (matrix, closing));
  g_assert_false (emb_responsibility_matrix_role_has_warning (
    matrix, emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_role (matrix, engineer == 0 ? 1 : 0)))));
  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  emb_ui_test_iterate (50);
  screenshot (GTK_WIDGET (f->window), "matrix");

  /* Find an empty cell away from the corner. */
  for (guint r = 3; r < n_roles && row < 0; r++)
    for (guint c = 2; c < emb_responsibility_matrix_get_n_touchpoints (matrix); c++)
      if (emb_responsibility_matrix_get_level (matrix, r, c) == EMB_RESPONSIBILITY_LEVEL_NONE)
        {
          row = (int)r;
          column = (int)c;
          break;
        }
  g_assert_cmpint (row, >=, 0);

  /* Walk there with the arrow keys. */
  emb_responsibility_matrix_set_cursor (matrix, 0, 0);
  for (int i = 0; i < row; i++)
    send_key (GTK_WIDGET (matrix), GDK_KEY_Down);
  for (int i = 0; i < column; i++)
    send_key (GTK_WIDGET (matrix), GDK_KEY_Right);
  send_key (GTK_WIDGET (matrix), GDK_KEY_Left);
  send_key (GTK_WIDGET (matrix), GDK_KEY_Right);
  emb_responsibility_matrix_get_cursor (matrix, &cursor_row, &cursor_column);
  g_assert_cmpint (cursor_row, ==, row);
  g_assert_cmpint (cursor_column, ==, column);
  role_id = emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_role (matrix, row)));
  touchpoint_id = emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_touchpoint (matrix, column)));

  /* O: owns. */
  send_key (GTK_WIDGET (matrix), GDK_KEY_o);
  g_assert_cmpint (emb_journey_store_get_level (f->db, role_id, touchpoint_id), ==,
                   EMB_RESPONSIBILITY_LEVEL_OWNS);
  emb_ui_test_iterate (100);
  g_assert_cmpint (emb_responsibility_matrix_get_level (matrix, row, column), ==,
                   EMB_RESPONSIBILITY_LEVEL_OWNS);
  /* Space cycles to the next level, S and I set theirs. */
  send_key (GTK_WIDGET (matrix), GDK_KEY_space);
  g_assert_cmpint (emb_journey_store_get_level (f->db, role_id, touchpoint_id), ==,
                   EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  emb_ui_test_iterate (100);
  send_key (GTK_WIDGET (matrix), GDK_KEY_s);
  g_assert_cmpint (emb_journey_store_get_level (f->db, role_id, touchpoint_id), ==,
                   EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  /* Delete: none, the cell is gone. */
  send_key (GTK_WIDGET (matrix), GDK_KEY_Delete);
  g_assert_cmpint (emb_journey_store_get_level (f->db, role_id, touchpoint_id), ==,
                   EMB_RESPONSIBILITY_LEVEL_NONE);
  {
    g_autoptr(GListModel) cells = emb_journey_store_list_role_responsibilities (f->db, role_id, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (cells); i++)
      {
        g_autoptr(EmbResponsibility) cell = g_list_model_get_item (cells, i);

        g_assert_cmpint (emb_responsibility_get_touchpoint_id (cell), !=, touchpoint_id);
      }
  }

  /* Owning the unowned touchpoint clears its warning. */
  emb_ui_test_iterate (100);
  for (guint c = 0; c < emb_responsibility_matrix_get_n_touchpoints (matrix); c++)
    if (emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_touchpoint (matrix, c))) == closing)
      emb_responsibility_matrix_set_cursor (matrix, row, (int)c);
  send_key (GTK_WIDGET (matrix), GDK_KEY_o);
  emb_ui_test_iterate (100);
  g_assert_false (emb_responsibility_matrix_touchpoint_has_warning (matrix, closing));

  /* Back office only. */
  gtk_drop_down_set_selected (emb_journey_page_get_office_filter (f->page), 2);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (emb_responsibility_matrix_get_n_roles (matrix), >, 0);
  g_assert_cmpuint (emb_responsibility_matrix_get_n_roles (matrix), <, n_roles);
  for (guint i = 0; i < emb_responsibility_matrix_get_n_roles (matrix); i++)
    g_assert_cmpint (emb_role_get_office (emb_responsibility_matrix_get_role (matrix, i)), ==,
                     EMB_OFFICE_BACK);
  g_assert_cmpint (role_row (matrix, _("Software engineer")), >=, 0);
  screenshot (GTK_WIDGET (f->window), "matrix-back-office");

  /* One department. */
  gtk_drop_down_set_selected (emb_journey_page_get_office_filter (f->page), 0);
  gtk_drop_down_set_selected (emb_journey_page_get_department_filter (f->page), 1);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (emb_responsibility_matrix_get_n_roles (matrix), >, 0);
  g_assert_cmpuint (emb_responsibility_matrix_get_n_roles (matrix), <, n_roles);
  {
    gint64 department = emb_role_get_department_id (emb_responsibility_matrix_get_role (matrix, 0));

    for (guint i = 1; i < emb_responsibility_matrix_get_n_roles (matrix); i++)
      g_assert_cmpint (emb_role_get_department_id (emb_responsibility_matrix_get_role (matrix, i)), ==,
                       department);
  }
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 closing = find_touchpoint (f->db, _("Closing an account"));
  AdwToast *toast;
  guint n_touchpoints;

  emb_journey_page_show_view (f->page, "map");
  emb_ui_test_iterate (50);

  /* Deleted, then undone: still there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "journey.delete-touchpoint",
                                             "x", closing));
  settle (f);
  emb_journey_page_count_shown (f->page, NULL, &n_touchpoints);
  g_assert_cmpuint (n_touchpoints, ==, 24);
  g_assert_null (emb_journey_page_get_touchpoint_row (f->page, closing));
  g_assert_cmpint (emb_journey_store_count_touchpoints (f->db), ==, 25);
  screenshot (GTK_WIDGET (f->window), "deleted");
  toast = emb_undo_queue_get_last_toast (emb_page_get_undo_queue (EMB_PAGE (f->page)));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  emb_ui_test_dismiss_toast (toast);
  settle (f);
  emb_undo_queue_flush (emb_page_get_undo_queue (EMB_PAGE (f->page)));
  g_assert_cmpint (emb_journey_store_count_touchpoints (f->db), ==, 25);
  g_assert_nonnull (emb_journey_page_get_touchpoint_row (f->page, closing));

  /* Deleted, and the toast goes: gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "journey.delete-touchpoint",
                                             "x", closing));
  settle (f);
  g_assert_cmpint (emb_journey_store_count_touchpoints (f->db), ==, 25);
  emb_undo_queue_flush (emb_page_get_undo_queue (EMB_PAGE (f->page)));
  settle (f);
  g_assert_cmpint (emb_journey_store_count_touchpoints (f->db), ==, 24);
  g_assert_cmpint (find_touchpoint (f->db, _("Closing an account")), ==, 0);
  emb_journey_page_count_shown (f->page, NULL, &n_touchpoints);
  g_assert_cmpuint (n_touchpoints, ==, 24);
}

/* The picker a click or Enter opens sets the level of the cell. */
static void
test_matrix_picker (Fixture       *f,
                    gconstpointer  data)
{
  EmbResponsibilityMatrix *matrix = EMB_RESPONSIBILITY_MATRIX (emb_journey_page_get_matrix (f->page));
  GtkWidget *picker;
  GtkWidget *label;
  g_autofree char *text = NULL;
  gint64 role_id = 0, touchpoint_id = 0;
  int row = -1, column = -1;

  current_page = f->page;
  emb_journey_page_show_view (f->page, "matrix");
  emb_ui_test_iterate (100);
  gtk_widget_grab_focus (GTK_WIDGET (matrix));

  for (guint r = 0; r < emb_responsibility_matrix_get_n_roles (matrix) && row < 0; r++)
    for (guint c = 0; c < emb_responsibility_matrix_get_n_touchpoints (matrix); c++)
      if (emb_responsibility_matrix_get_level (matrix, r, c) == EMB_RESPONSIBILITY_LEVEL_NONE)
        {
          row = (int)r;
          column = (int)c;
          break;
        }
  g_assert_cmpint (row, >=, 0);
  emb_responsibility_matrix_set_cursor (matrix, row, column);
  role_id = emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_role (matrix, row)));
  touchpoint_id = emb_record_get_id (EMB_RECORD (emb_responsibility_matrix_get_touchpoint (matrix, column)));

  /* Enter opens the picker; "I — informed" in it sets the level. */
  send_key (GTK_WIDGET (matrix), GDK_KEY_Return);
  picker = emb_ui_test_find_by_type (GTK_WIDGET (matrix), GTK_TYPE_POPOVER);
  g_assert_nonnull (picker);
  g_assert_true (gtk_widget_get_visible (picker));
  screenshot (picker, "matrix-picker");
  text = g_strdup_printf (_("%s — %s"),
                          emb_responsibility_matrix_level_letter (EMB_RESPONSIBILITY_LEVEL_INFORMED),
                          emb_responsibility_matrix_level_name (EMB_RESPONSIBILITY_LEVEL_INFORMED));
  label = emb_ui_test_find_label (picker, text);
  g_assert_nonnull (label);
  g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
  settle (f);
  g_assert_false (gtk_widget_get_visible (picker));
  g_assert_cmpint (emb_journey_store_get_level (f->db, role_id, touchpoint_id), ==,
                   EMB_RESPONSIBILITY_LEVEL_INFORMED);
  g_assert_cmpint (emb_responsibility_matrix_get_level (matrix, row, column), ==,
                   EMB_RESPONSIBILITY_LEVEL_INFORMED);
}

/* Undo of a deleted touchpoint puts the focus back on its row. */
static void
test_undo_focus (Fixture       *f,
                 gconstpointer  data)
{
  gint64 closing = find_touchpoint (f->db, _("Closing an account"));
  AdwToast *toast;
  GtkWidget *row;

  emb_journey_page_show_view (f->page, "map");
  emb_ui_test_iterate (50);
  row = emb_journey_page_get_touchpoint_row (f->page, closing);
  g_assert_true (gtk_widget_grab_focus (row));

  /* Delete (page.delete) on the focused row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete", NULL));
  settle (f);
  g_assert_null (emb_journey_page_get_touchpoint_row (f->page, closing));

  toast = emb_undo_queue_get_last_toast (emb_page_get_undo_queue (EMB_PAGE (f->page)));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  settle (f);
  row = emb_journey_page_get_touchpoint_row (f->page, closing);
  g_assert_nonnull (row);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == row);
  g_assert_cmpint (emb_journey_store_count_touchpoints (f->db), ==, 25);
}

static gboolean
not_mapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

/* A hidden page reads nothing; shown again, it catches up at once. */
static void
test_hidden_waits (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EmbStage) stage = emb_stage_new ();
  g_autoptr(EmbValue) value = emb_value_new ();
  g_autoptr(GError) error = NULL;
  guint refreshes = emb_page_get_n_refreshes (EMB_PAGE (f->page));
  guint n_stages;

  /* A kind of record the page does not show changes nothing. */
  emb_value_set_name (value, "Warmth");
  g_assert_true (emb_programme_store_save_value (f->db, value, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (100);
  g_assert_cmpuint (emb_page_get_n_refreshes (EMB_PAGE (f->page)), ==, refreshes);

  emb_window_show_page (f->window, "people");
  g_assert_true (emb_ui_test_wait_for (not_mapped, f->page, 5000));
  emb_stage_set_name (stage, "Aftercare");
  g_assert_true (emb_journey_store_save_stage (f->db, stage, &error));
  g_assert_no_error (error);
  emb_ui_test_iterate (100);
  g_assert_true (emb_page_is_refresh_pending (EMB_PAGE (f->page)));
  g_assert_cmpuint (emb_page_get_n_refreshes (EMB_PAGE (f->page)), ==, refreshes);
  emb_journey_page_count_shown (f->page, &n_stages, NULL);
  g_assert_cmpuint (n_stages, ==, 5);

  emb_window_show_page (f->window, "journey");
  emb_ui_test_wait_mapped (GTK_WIDGET (f->page));
  settle (f);
  g_assert_cmpuint (emb_page_get_n_refreshes (EMB_PAGE (f->page)), ==, refreshes + 1);
  emb_journey_page_count_shown (f->page, &n_stages, NULL);
  g_assert_cmpuint (n_stages, ==, 6);
  g_assert_nonnull (emb_journey_page_get_stage_card (f->page, emb_record_get_id (EMB_RECORD (stage))));
}

/* A narrow window: the stages stack up in one column. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  emb_journey_page_show_view (f->page, "map");
  emb_ui_test_settle (GTK_WIDGET (f->window), 400);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "journey"));
  emb_ui_test_settle (GTK_WIDGET (f->window), 600);
  screenshot (GTK_WIDGET (f->window), "narrow");
  emb_journey_page_show_view (f->page, "matrix");
  emb_ui_test_iterate (200);
  screenshot (GTK_WIDGET (f->window), "narrow-matrix");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("EMBASSY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/journey-page/map", test_map);
  ADD ("/ui/journey-page/matrix", test_matrix);
  ADD ("/ui/journey-page/delete-undo", test_delete_undo);
  ADD ("/ui/journey-page/narrow", test_narrow);
  ADD ("/ui/journey-page/matrix-picker", test_matrix_picker);
  ADD ("/ui/journey-page/undo-focus", test_undo_focus);
  ADD ("/ui/journey-page/hidden-waits", test_hidden_waits);

#undef ADD

  return g_test_run ();
}
