/* test-staff-window.c: the staff window on the demo organisation
 *
 * Signing in (right, wrong, throttled, no PIN, left the company), "Me",
 * acknowledging (here and from another connection), changing one's PIN,
 * signing out by the button and after the idle time, and that nothing of
 * the person is left in the widget tree afterwards. The PINs are set here,
 * through the PIN store, before the window opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-acknowledgement-store.h"
#include "emb-people-store.h"
#include "emb-pin.h"
#include "emb-responsibility.h"
#include "emb-staff-acknowledge-view.h"
#include "emb-staff-home.h"
#include "emb-staff-me-view.h"
#include "emb-staff-pending-row.h"
#include "emb-staff-pin-dialog.h"
#include "emb-staff-sign-in.h"
#include "emb-staff-view.h"
#include "emb-staff-window.h"
#include "emb-ui-test-util.h"

#define PIN       "2468"
#define WRONG_PIN "1111"
#define NEW_PIN   "135790"

/* The people of the tests, chosen in the demo organisation. */
typedef struct
{
  gint64  me;          /* has a PIN and items waiting */
  char   *my_name;
  char   *my_number;
  gint64  no_pin;      /* active, without a PIN */
  char   *no_pin_number;
  gint64  leaving;     /* has a PIN; leaves during the test */
  char   *leaving_number;
} People;

typedef struct
{
  EmbUiFixture    ui;
  People          people;
  EmbStaffWindow *staff;
} Fixture;

static gint64
find_person (EmbDatabase  *db,
             guint        *next,
             gboolean      with_pending,
             char        **name,
             char        **number)
{
  for (; *next < 2000; (*next)++)
    {
      g_autofree char *candidate = g_strdup_printf ("NB-%05u", *next);
      g_autoptr(EmbEmployee) employee = emb_people_store_find_employee (db, candidate, NULL);
      g_autoptr(GListModel) pending = NULL;
      gint64 id;

      if (employee == NULL || !emb_employee_get_active (employee) ||
          emb_employee_get_role_id (employee) == 0)
        continue;
      id = emb_record_get_id (EMB_RECORD (employee));
      pending = emb_acknowledgement_store_list_pending (db, id, NULL);
      if (with_pending && (pending == NULL || g_list_model_get_n_items (pending) < 2))
        continue;

      (*next)++;
      if (name != NULL)
        *name = g_strdup (emb_employee_get_name (employee));
      *number = g_strdup (emb_employee_get_employee_number (employee));
      return id;
    }
  g_assert_not_reached ();
}

static void
prepare (EmbDatabase *db,
         gpointer     user_data)
{
  People *people = user_data;
  g_autoptr(GError) error = NULL;
  guint next = 1;

  people->me = find_person (db, &next, TRUE, &people->my_name, &people->my_number);
  people->no_pin = find_person (db, &next, FALSE, NULL, &people->no_pin_number);
  people->leaving = find_person (db, &next, FALSE, NULL, &people->leaving_number);

  g_assert_true (emb_pin_store_set_employee_pin (db, people->me, PIN, &error));
  g_assert_no_error (error);
  g_assert_true (emb_pin_store_set_employee_pin (db, people->leaving, PIN, &error));
  g_assert_no_error (error);
  if (emb_pin_store_employee_has_pin (db, people->no_pin))
    g_assert_true (emb_pin_store_clear_employee_pin (db, people->no_pin, &error));
  g_assert_no_error (error);
}

/* The staff window beside the manager window, @width wide. */
static void
open_staff (Fixture *f,
            int      width)
{
  f->staff = emb_staff_window_new (f->ui.app);
  gtk_window_set_default_size (GTK_WINDOW (f->staff), width, 720);
  gtk_window_present (GTK_WINDOW (f->staff));
  emb_ui_test_wait_mapped (GTK_WIDGET (f->staff));
}

static void
set_up_with_width (Fixture *f,
                   int      width)
{
  EmbUiFixtureOptions options = { .width = 900, .height = 700, .prepare = prepare,
                                  .user_data = &f->people };

  memset (&f->people, 0, sizeof f->people);
  emb_ui_fixture_set_up (&f->ui, &options);
  open_staff (f, width);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  set_up_with_width (f, 820);
}

static void
fixture_set_up_narrow (Fixture       *f,
                       gconstpointer  data)
{
  set_up_with_width (f, 360);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  emb_ui_fixture_tear_down (&f->ui);
  f->staff = NULL;
  g_clear_pointer (&f->people.my_name, g_free);
  g_clear_pointer (&f->people.my_number, g_free);
  g_clear_pointer (&f->people.no_pin_number, g_free);
  g_clear_pointer (&f->people.leaving_number, g_free);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *)data;
}

/* Lets the idles queued so far (refreshes) run. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, set_flag, &done, NULL);
  g_assert_true (emb_ui_test_wait_for (flag_set, &done, 30000));
}

static void
screenshot (Fixture    *f,
            const char *name)
{
  settle ();
  emb_ui_test_screenshot_painted (GTK_WIDGET (f->staff), "staff", name);
}

static EmbStaffSignIn *
sign_in_widget (Fixture *f)
{
  GtkWidget *sign_in = emb_staff_window_get_sign_in (f->staff);

  g_assert_true (EMB_IS_STAFF_SIGN_IN (sign_in));
  return EMB_STAFF_SIGN_IN (sign_in);
}

/* Finds @number as a person would, and goes on to the PIN. */
static void
choose (Fixture    *f,
        const char *number)
{
  EmbStaffSignIn *sign_in = sign_in_widget (f);
  GListModel *matches;
  g_autoptr(EmbEmployee) found = NULL;

  emb_staff_sign_in_search (sign_in, number);
  matches = emb_staff_sign_in_get_matches (sign_in);
  g_assert_nonnull (matches);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  found = g_list_model_get_item (matches, 0);
  g_assert_cmpstr (emb_employee_get_employee_number (found), ==, number);
  emb_staff_sign_in_choose (sign_in, emb_record_get_id (EMB_RECORD (found)));
  g_assert_cmpint (emb_staff_sign_in_get_chosen (sign_in), ==, emb_record_get_id (EMB_RECORD (found)));
}

static gboolean
sign_in_done (gpointer data)
{
  return !emb_staff_sign_in_is_busy (data);
}

/* Types @pin and waits for the answer (the PIN is checked on a worker
 * thread). */
static void
submit (EmbStaffSignIn *sign_in,
        const char     *pin)
{
  /* Signed in, the window lets go of the sign-in. */
  g_autoptr(EmbStaffSignIn) held = g_object_ref (sign_in);

  g_assert_true (emb_staff_sign_in_submit (held, pin));
  g_assert_true (emb_staff_sign_in_is_busy (held));
  g_assert_true (emb_ui_test_wait_for (sign_in_done, held, 20000));
}

static EmbStaffHome *
sign_in_as_me (Fixture *f)
{
  GtkWidget *home;

  choose (f, f->people.my_number);
  submit (sign_in_widget (f), PIN);
  g_assert_nonnull (emb_staff_window_get_session (f->staff));
  home = emb_staff_window_get_home (f->staff);
  g_assert_true (EMB_IS_STAFF_HOME (home));
  emb_ui_test_wait_mapped (home);
  g_assert_null (emb_staff_window_get_sign_in (f->staff));
  return EMB_STAFF_HOME (home);
}

static gboolean
view_loaded (gpointer data)
{
  return gtk_widget_get_mapped (data) && !emb_staff_view_is_refresh_pending (data);
}

static GtkWidget *
show_view (EmbStaffHome *home,
           const char   *name)
{
  GtkWidget *view;

  emb_staff_home_show_view (home, name);
  view = emb_staff_home_get_view (home, name);
  g_assert_true (EMB_IS_STAFF_VIEW (view));
  g_assert_true (emb_ui_test_wait_for (view_loaded, view, 10000));
  return view;
}

/* Whether any label, editable or window title below @widget shows @text. */
static gboolean
tree_shows (GtkWidget  *widget,
            const char *text)
{
  const char *shown = NULL;

  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_EDITABLE (widget))
    shown = gtk_editable_get_text (GTK_EDITABLE (widget));
  else if (GTK_IS_WINDOW (widget))
    shown = gtk_window_get_title (GTK_WINDOW (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    shown = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (shown != NULL && strstr (shown, text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (tree_shows (child, text))
      return TRUE;
  return FALSE;
}

/* What a signed-in person left behind, watched across a sign-out. */
typedef struct
{
  GtkWidget       *home;     /* weak */
  GtkWidget       *me;       /* weak */
  GtkWidget       *rows;     /* weak: a touchpoint row of mine */
  EmbStaffSession *session;  /* strong */
} Watch;

static void
watch (Fixture      *f,
       EmbStaffHome *home,
       Watch        *w)
{
  EmbStaffMeView *me = EMB_STAFF_ME_VIEW (show_view (home, "me"));
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(EmbResponsibility) first = NULL;

  w->home = GTK_WIDGET (home);
  w->me = GTK_WIDGET (me);
  w->session = g_object_ref (emb_staff_window_get_session (f->staff));
  mine = emb_staff_session_list_my_responsibilities (w->session, NULL);
  g_assert_nonnull (mine);
  w->rows = NULL;
  if (g_list_model_get_n_items (mine) > 0)
    {
      first = g_list_model_get_item (mine, 0);
      w->rows = emb_staff_me_view_get_touchpoint_row (me, emb_responsibility_get_touchpoint_id (first));
      g_assert_nonnull (w->rows);
      g_object_add_weak_pointer (G_OBJECT (w->rows), (gpointer *)&w->rows);
    }
  g_object_add_weak_pointer (G_OBJECT (w->home), (gpointer *)&w->home);
  g_object_add_weak_pointer (G_OBJECT (w->me), (gpointer *)&w->me);
  g_assert_true (tree_shows (GTK_WIDGET (f->staff), f->people.my_name));
}

static gboolean
signed_out (gpointer data)
{
  Fixture *f = data;

  return emb_staff_window_get_session (f->staff) == NULL;
}

/* After the sign-out: the session is over and no widget made for the
 * person is left, nor their name or number. */
static void
assert_nothing_left (Fixture *f,
                     Watch   *w)
{
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pending = NULL;

  g_assert_true (emb_ui_test_wait_for (signed_out, f, 10000));
  emb_ui_test_iterate (200);

  g_assert_null (w->home);
  g_assert_null (w->me);
  g_assert_null (w->rows);
  g_assert_false (emb_staff_session_is_signed_in (w->session));
  pending = emb_staff_session_list_pending (w->session, &error);
  g_assert_null (pending);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_object (&w->session);

  g_assert_null (emb_staff_window_get_home (f->staff));
  views = emb_ui_test_find_all_by_type (GTK_WIDGET (f->staff), EMB_TYPE_STAFF_VIEW);
  g_assert_cmpuint (views->len, ==, 0);
  g_assert_null (emb_ui_test_find_by_type (GTK_WIDGET (f->staff), EMB_TYPE_STAFF_HOME));
  g_assert_false (tree_shows (GTK_WIDGET (f->staff), f->people.my_name));
  g_assert_false (tree_shows (GTK_WIDGET (f->staff), f->people.my_number));

  /* A new, empty sign-in. */
  g_assert_cmpint (emb_staff_sign_in_get_chosen (sign_in_widget (f)), ==, 0);
  g_assert_null (emb_staff_sign_in_get_matches (sign_in_widget (f)));
}

/* Tests ------------------------------------------------------------------ */

/* The manager window opens the staff view for a shared computer. */
static void
test_open_from_manager (Fixture       *f,
                        gconstpointer  data)
{
  GList *windows;
  guint n_staff = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->ui.window), "app.open-staff-view", NULL));
  emb_ui_test_iterate (200);
  windows = gtk_application_get_windows (GTK_APPLICATION (f->ui.app));
  for (GList *l = windows; l != NULL; l = l->next)
    if (EMB_IS_STAFF_WINDOW (l->data))
      {
        n_staff++;
        /* Nobody is signed in in a new one. */
        g_assert_null (emb_staff_window_get_session (l->data));
        g_assert_true (EMB_IS_STAFF_SIGN_IN (emb_staff_window_get_sign_in (l->data)));
      }
  g_assert_cmpuint (n_staff, ==, 2);

  /* The idle time follows the setting, in minutes. */
  g_assert_cmpuint (emb_staff_window_get_idle_seconds (f->staff), ==, 5 * 60);
  g_settings_set_uint (emb_application_get_settings (f->ui.app), "staff-idle-minutes", 2);
  g_assert_cmpuint (emb_staff_window_get_idle_seconds (f->staff), ==, 2 * 60);
}

static void
test_sign_in_right (Fixture       *f,
                    gconstpointer  data)
{
  EmbStaffSignIn *sign_in = sign_in_widget (f);
  g_auto(GStrv) words = g_strsplit (f->people.my_name, " ", -1);
  g_autofree char *folded = NULL;
  g_autoptr(GListModel) mine = NULL;
  GListModel *matches;
  EmbStaffHome *home;
  EmbStaffMeView *me;
  gboolean found = FALSE;

  screenshot (f, "sign-in");

  /* By a part of the name, in lower case: the person is among those found. */
  folded = g_utf8_strdown (words[g_strv_length (words) - 1], -1);
  emb_staff_sign_in_search (sign_in, folded);
  matches = emb_staff_sign_in_get_matches (sign_in);
  g_assert_nonnull (matches);
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (matches, i);

      found |= emb_record_get_id (EMB_RECORD (employee)) == f->people.me;
    }
  g_assert_true (found);
  screenshot (f, "search");

  home = sign_in_as_me (f);
  me = EMB_STAFF_ME_VIEW (show_view (home, "me"));

  /* My touchpoints are marked, as many as my role's responsibilities. */
  mine = emb_staff_session_list_my_responsibilities (emb_staff_window_get_session (f->staff), NULL);
  g_assert_nonnull (mine);
  g_assert_cmpuint (emb_staff_me_view_count_mine (me), ==, g_list_model_get_n_items (mine));
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (me), f->people.my_name));
  screenshot (f, "me");
}

static void
test_sign_in_wrong (Fixture       *f,
                    gconstpointer  data)
{
  EmbStaffSignIn *sign_in = sign_in_widget (f);

  choose (f, f->people.my_number);
  submit (sign_in, WRONG_PIN);
  g_assert_null (emb_staff_window_get_session (f->staff));
  g_assert_cmpstr (emb_staff_sign_in_get_error (sign_in), ==,
                   _("That PIN is not right. Check it and try again."));
  g_assert_nonnull (emb_ui_test_find_label (GTK_WIDGET (sign_in),
                                            _("That PIN is not right. Check it and try again.")));
  g_assert_cmpint (emb_staff_sign_in_get_wait (sign_in), ==, 0);
  screenshot (f, "wrong-pin");

  /* No PIN yet: ask the manager. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sign_in), "sign-in.back", NULL));
  choose (f, f->people.no_pin_number);
  submit (sign_in, PIN);
  g_assert_cmpstr (emb_staff_sign_in_get_error (sign_in), ==,
                   _("You have no PIN yet. Ask your manager to set one for you on the People page."));

  /* Left the company after being found. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sign_in), "sign-in.back", NULL));
  choose (f, f->people.leaving_number);
  {
    g_autoptr(GError) error = NULL;
    gint64 id = f->people.leaving;

    g_assert_true (emb_people_store_set_employees_active (f->ui.db, &id, 1, FALSE, &error));
    g_assert_no_error (error);
  }
  submit (sign_in, PIN);
  g_assert_null (emb_staff_window_get_session (f->staff));
  g_assert_cmpstr (emb_staff_sign_in_get_error (sign_in), ==,
                   _("You have left the company, so you can no longer sign in here. "
                     "If that is wrong, ask your manager."));

  /* The right PIN still works. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sign_in), "sign-in.back", NULL));
  sign_in_as_me (f);
}

static void
test_sign_in_throttled (Fixture       *f,
                        gconstpointer  data)
{
  EmbStaffSignIn *sign_in = sign_in_widget (f);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 6, 30, 9, 0, 0);
  GtkWidget *label;
  gint64 wait;

  emb_staff_sign_in_set_now (sign_in, now);
  choose (f, f->people.my_number);
  for (guint i = 0; i < EMB_PIN_FREE_FAILURES; i++)
    {
      submit (sign_in, WRONG_PIN);
      g_assert_cmpint (emb_staff_sign_in_get_wait (sign_in), ==, 0);
    }

  /* One more wrong PIN: a delay, counted down on screen. */
  submit (sign_in, WRONG_PIN);
  wait = emb_staff_sign_in_get_wait (sign_in);
  g_assert_cmpint (wait, >, 0);
  g_assert_cmpint (wait, <=, emb_pin_delay_for_failures (EMB_PIN_FREE_FAILURES + 1));
  g_assert_cmpint (emb_pin_store_get_wait (f->ui.db, f->people.me, now), >, 0);
  g_assert_nonnull (emb_staff_sign_in_get_error (sign_in));
  g_assert_cmpstr (emb_staff_sign_in_get_error (sign_in), !=,
                   _("That PIN is not right. Check it and try again."));

  /* Even the right PIN waits. */
  g_assert_false (emb_staff_sign_in_submit (sign_in, PIN));
  g_assert_false (emb_staff_sign_in_is_busy (sign_in));
  g_assert_null (emb_staff_window_get_session (f->staff));
  label = emb_ui_test_find_button (GTK_WIDGET (sign_in), _("_Sign In"));
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_get_sensitive (label));
  screenshot (f, "locked-out");

  /* The count goes down. */
  emb_ui_test_iterate (2200);
  g_assert_cmpint (emb_staff_sign_in_get_wait (sign_in), <, wait);

  /* Coming back to the same person shows the wait at once (kept in the
   * database). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sign_in), "sign-in.back", NULL));
  g_assert_cmpint (emb_staff_sign_in_get_wait (sign_in), ==, 0);
  choose (f, f->people.my_number);
  g_assert_cmpint (emb_staff_sign_in_get_wait (sign_in), >, 0);
}

static gboolean
pending_is (gpointer data)
{
  gpointer *args = data;

  return emb_staff_acknowledge_view_get_n_pending (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_acknowledge (Fixture       *f,
                  gconstpointer  data)
{
  EmbStaffHome *home = sign_in_as_me (f);
  EmbStaffAcknowledgeView *view;
  EmbStaffPendingRow *row;
  g_autoptr(EmbPendingItem) item = NULL;
  g_autoptr(EmbDatabase) other = NULL;
  g_autoptr(GError) error = NULL;
  guint n, n_done;
  gpointer args[2];

  view = EMB_STAFF_ACKNOWLEDGE_VIEW (show_view (home, "acknowledge"));
  n = emb_staff_acknowledge_view_get_n_pending (view);
  n_done = emb_staff_acknowledge_view_get_n_acknowledged (view);
  g_assert_cmpuint (n, >=, 2);
  screenshot (f, "to-acknowledge");

  /* One step: the button. */
  row = EMB_STAFF_PENDING_ROW (emb_staff_acknowledge_view_get_pending_row (view, 0));
  item = g_object_ref (emb_staff_pending_row_get_item (row));
  g_signal_emit_by_name (emb_staff_pending_row_get_button (row), "clicked");
  g_assert_cmpuint (emb_staff_acknowledge_view_get_n_pending (view), ==, n - 1);
  g_assert_cmpuint (emb_staff_acknowledge_view_get_n_acknowledged (view), ==, n_done + 1);
  g_assert_true (emb_acknowledgement_store_has_acknowledged (f->ui.db, f->people.me,
                                                             emb_pending_item_get_kind (item),
                                                             emb_pending_item_get_item_id (item)));
  row = EMB_STAFF_PENDING_ROW (emb_staff_acknowledge_view_get_acknowledged_row (view, 0));
  g_assert_cmpint (emb_pending_item_get_item_id (emb_staff_pending_row_get_item (row)), ==,
                   emb_pending_item_get_item_id (item));
  g_assert_false (gtk_widget_get_visible (emb_staff_pending_row_get_button (row)));
  screenshot (f, "acknowledged");

  /* Another process acknowledges the next item: it shows at once. */
  g_clear_object (&item);
  row = EMB_STAFF_PENDING_ROW (emb_staff_acknowledge_view_get_pending_row (view, 0));
  item = g_object_ref (emb_staff_pending_row_get_item (row));
  other = emb_database_open (emb_database_get_path (f->ui.db), &error);
  g_assert_no_error (error);
  switch (emb_pending_item_get_kind (item))
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      emb_acknowledgement_store_acknowledge_promise (other, f->people.me,
                                                    emb_pending_item_get_item_id (item), &error);
      break;
    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      emb_acknowledgement_store_acknowledge_announcement (other, f->people.me,
                                                         emb_pending_item_get_item_id (item), &error);
      break;
    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
    default:
      emb_acknowledgement_store_acknowledge_values (other, f->people.me,
                                                   emb_pending_item_get_item_id (item), &error);
      break;
    }
  g_assert_no_error (error);
  args[0] = view;
  args[1] = GUINT_TO_POINTER (n - 2);
  g_assert_true (emb_ui_test_wait_for (pending_is, args, 10000));
  g_assert_cmpuint (emb_staff_acknowledge_view_get_n_acknowledged (view), ==, n_done + 2);
}

static void
test_sign_out_button (Fixture       *f,
                      gconstpointer  data)
{
  EmbStaffHome *home = sign_in_as_me (f);
  Watch w;

  watch (f, home, &w);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (home), "staff.sign-out", NULL));
  assert_nothing_left (f, &w);
  screenshot (f, "signed-out");

  /* And back in. */
  sign_in_as_me (f);
}

static void
test_idle_sign_out (Fixture       *f,
                    gconstpointer  data)
{
  EmbStaffHome *home = sign_in_as_me (f);
  GtkWindow *dialog;
  Watch w;

  watch (f, home, &w);
  /* A dialog open goes too. */
  dialog = emb_staff_home_change_pin (home);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));

  /* Counted from now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (home), "staff.activity", NULL));
  emb_staff_window_set_idle_seconds (f->staff, 2);
  /* Still signed in a while later; an event in the dialog puts the
   * sign-out off (the dialog reports it as the window's activity). */
  emb_ui_test_iterate (1300);
  g_assert_nonnull (emb_staff_window_get_session (f->staff));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (home), "staff.activity", NULL));
  emb_ui_test_iterate (1300);
  g_assert_nonnull (emb_staff_window_get_session (f->staff));
  assert_nothing_left (f, &w);
  g_assert_null (dialog);
}

static gboolean
pin_dialog_done (gpointer data)
{
  return !emb_staff_pin_dialog_is_busy (data);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
test_change_pin (Fixture       *f,
                 gconstpointer  data)
{
  EmbStaffHome *home = sign_in_as_me (f);
  EmbStaffPinDialog *dialog;
  gpointer weak;

  dialog = EMB_STAFF_PIN_DIALOG (emb_staff_home_change_pin (home));
  emb_ui_test_wait_mapped (GTK_WIDGET (dialog));

  emb_staff_pin_dialog_fill (dialog, PIN, NEW_PIN, "135791");
  g_assert_false (emb_staff_pin_dialog_save (dialog));
  g_assert_cmpstr (emb_staff_pin_dialog_get_error (dialog, "repeat"), ==,
                   _("The two new PINs differ: type the new PIN again."));

  emb_staff_pin_dialog_fill (dialog, PIN, "12", "12");
  g_assert_false (emb_staff_pin_dialog_save (dialog));
  g_assert_nonnull (emb_staff_pin_dialog_get_error (dialog, "new"));

  emb_staff_pin_dialog_fill (dialog, WRONG_PIN, NEW_PIN, NEW_PIN);
  g_assert_true (emb_staff_pin_dialog_save (dialog));
  g_assert_true (emb_ui_test_wait_for (pin_dialog_done, dialog, 20000));
  g_assert_cmpstr (emb_staff_pin_dialog_get_error (dialog, "current"), ==,
                   _("That is not your current PIN."));

  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  emb_staff_pin_dialog_fill (dialog, PIN, NEW_PIN, NEW_PIN);
  g_assert_true (emb_staff_pin_dialog_save (dialog));
  g_assert_true (emb_ui_test_wait_for (pointer_cleared, &weak, 20000));

  /* The new PIN signs in, the old one no more. */
  emb_staff_window_sign_out (f->staff);
  choose (f, f->people.my_number);
  submit (sign_in_widget (f), PIN);
  g_assert_null (emb_staff_window_get_session (f->staff));
  submit (sign_in_widget (f), NEW_PIN);
  g_assert_nonnull (emb_staff_window_get_session (f->staff));
}

static gboolean
bar_revealed (gpointer data)
{
  return gtk_action_bar_get_revealed (data);
}

/* 360 px wide: the views switch at the bottom. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  EmbStaffHome *home;
  GtkWidget *bar;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->staff)), <=, 360);
  screenshot (f, "narrow-sign-in");
  home = sign_in_as_me (f);
  show_view (home, "me");
  bar = emb_ui_test_find_by_type (GTK_WIDGET (home), GTK_TYPE_ACTION_BAR);
  g_assert_nonnull (bar);
  g_assert_true (emb_ui_test_wait_for (bar_revealed, bar, 5000));
  /* Signed in, the window still fits in 360 px. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->staff)), <=, 360);
  screenshot (f, "narrow-me");
  show_view (home, "acknowledge");
  screenshot (f, "narrow-to-acknowledge");
  /* The last view's switch, scrolled into view when chosen. */
  show_view (home, "feedback");
  screenshot (f, "narrow-feedback");
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/staff/open-from-manager", test_open_from_manager);
  ADD ("/ui/staff/sign-in/right", test_sign_in_right);
  ADD ("/ui/staff/sign-in/wrong", test_sign_in_wrong);
  ADD ("/ui/staff/sign-in/throttled", test_sign_in_throttled);
  ADD ("/ui/staff/acknowledge", test_acknowledge);
  ADD ("/ui/staff/sign-out", test_sign_out_button);
  ADD ("/ui/staff/idle-sign-out", test_idle_sign_out);
  ADD ("/ui/staff/change-pin", test_change_pin);
  g_test_add ("/ui/staff/narrow", Fixture, NULL, fixture_set_up_narrow, test_narrow, fixture_tear_down);

#undef ADD

  return g_test_run ();
}
