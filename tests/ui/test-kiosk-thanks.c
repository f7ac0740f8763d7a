/* test-kiosk-thanks.c: "thank a colleague" on the kiosk, on the demo
 *
 * A demo employee signs in with the demo PIN (the last four digits of the
 * employee number) and thanks a colleague anonymously; at the monthly cap
 * the dialog says so and sends nothing; a wrong PIN signs nobody in;
 * Cancel, closing and the idle time sign out and close. Screenshots of each
 * step, in each language the test runs in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-demo.h"
#include "emb-error.h"
#include "emb-kiosk-thanks-dialog.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-store.h"
#include "emb-staff-person-row.h"
#include "emb-staff-session.h"
#include "emb-staff-sign-in.h"
#include "emb-ui-test-util.h"

#define STORY "Stayed after closing to help a customer whose card was blocked abroad."

typedef struct
{
  gint64  me;
  gint64  colleague;
} People;

typedef struct
{
  EmbUiFixture  ui;
  People        people;
  GtkWidget    *dialog;   /* weak */
} Fixture;

/* Set-up ----------------------------------------------------------------- */

/* Active employees with a role who never nominated anyone: their caps are
 * untouched by the demo. */
static void
prepare (EmbDatabase *db,
         gpointer     user_data)
{
  People *people = user_data;
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) everyone = NULL;

  filter.active = 1;
  everyone = emb_people_store_query_employees (db, &filter);
  for (guint i = 0; i < g_list_model_get_n_items (everyone) && people->colleague == 0; i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (everyone, i);
      gint64 id = emb_record_get_id (EMB_RECORD (employee));
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM nomination WHERE nominator_id = %"
                                              G_GINT64_FORMAT, id);

      if (emb_employee_get_role_id (employee) == 0 || _emb_database_count (db, sql) > 0)
        continue;
      if (people->me == 0)
        people->me = id;
      else
        people->colleague = id;
    }
  g_assert_cmpint (people->colleague, !=, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  EmbUiFixtureOptions options = { .width = 1280, .height = 800, .prepare = prepare,
                                  .user_data = &f->people };

  memset (&f->people, 0, sizeof f->people);
  f->dialog = NULL;
  emb_ui_fixture_set_up (&f->ui, &options);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "max-nominations-per-nominator");
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  g_clear_weak_pointer (&f->dialog);
  emb_ui_fixture_tear_down (&f->ui);
}

static void
screenshot (Fixture    *f,
            const char *name)
{
  emb_ui_test_screenshot_painted (f->dialog, "kiosk-thanks", name);
}

/* Helpers ---------------------------------------------------------------- */

static EmbEmployee *
employee (Fixture *f,
          gint64   id)
{
  EmbEmployee *found = emb_people_store_get_employee (f->ui.db, id, NULL);

  g_assert_nonnull (found);
  return found;
}

static void
open_dialog (Fixture *f)
{
  f->dialog = emb_kiosk_thanks_dialog_new (GTK_WINDOW (f->ui.window), f->ui.db);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *)&f->dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (f->dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (f->dialog)) == GTK_WINDOW (f->ui.window));
  gtk_window_present (GTK_WINDOW (f->dialog));
  emb_ui_test_wait_mapped (f->dialog);
}

static char *
step (Fixture *f)
{
  char *name = NULL;

  g_object_get (f->dialog, "step", &name, NULL);
  return name;
}

static EmbStaffSession *
session (Fixture *f)
{
  EmbStaffSession *current = NULL;

  g_object_get (f->dialog, "session", &current, NULL);
  return current;
}

static EmbStaffSignIn *
sign_in_widget (Fixture *f)
{
  GtkWidget *sign_in = emb_ui_test_find_by_type (f->dialog, EMB_TYPE_STAFF_SIGN_IN);

  g_assert_true (EMB_IS_STAFF_SIGN_IN (sign_in));
  return EMB_STAFF_SIGN_IN (sign_in);
}

static gboolean
not_busy (gpointer data)
{
  return !emb_staff_sign_in_is_busy (data);
}

static gboolean
composing (gpointer data)
{
  Fixture *f = data;
  g_autofree char *name = step (f);

  return g_strcmp0 (name, "compose") == 0;
}

/* Finds @who by their number and types @pin, as at the kiosk; waits for
 * the PIN's check. */
static void
type_pin (Fixture    *f,
          gint64      who,
          const char *pin,
          gboolean    shoot)
{
  g_autoptr(EmbEmployee) person = employee (f, who);
  /* A right PIN destroys the sign-in: it is held until the check ends. */
  g_autoptr(EmbStaffSignIn) sign_in = g_object_ref (sign_in_widget (f));

  emb_staff_sign_in_search (sign_in, emb_employee_get_employee_number (person));
  g_assert_cmpuint (g_list_model_get_n_items (emb_staff_sign_in_get_matches (sign_in)), ==, 1);
  if (shoot)
    screenshot (f, "find");
  emb_staff_sign_in_choose (sign_in, who);
  if (shoot)
    screenshot (f, "pin");
  g_assert_true (emb_staff_sign_in_submit (sign_in, pin));
  g_assert_true (emb_ui_test_wait_for (not_busy, sign_in, 10000));
}

static void
sign_in (Fixture  *f,
         gint64    who,
         gboolean  shoot)
{
  g_autoptr(EmbEmployee) person = employee (f, who);
  g_autofree char *pin = emb_demo_employee_pin (emb_employee_get_employee_number (person));

  type_pin (f, who, pin, shoot);
  g_assert_true (emb_ui_test_wait_for (composing, f, 10000));
}

typedef struct
{
  Fixture *f;
  gint64   id;
} Find;

static gboolean
row_found (gpointer data)
{
  Find *find = data;
  g_autoptr(GPtrArray) rows = emb_ui_test_find_all_by_type (find->f->dialog, EMB_TYPE_STAFF_PERSON_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (emb_staff_person_row_get_id (g_ptr_array_index (rows, i)) == find->id)
      return TRUE;
  return FALSE;
}

/* Searches for the colleague @id by name and touches their row. */
static void
choose_colleague (Fixture *f,
                  gint64   id)
{
  g_autoptr(EmbEmployee) colleague = employee (f, id);
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *search = emb_ui_test_find_by_type (f->dialog, GTK_TYPE_SEARCH_ENTRY);
  Find find = { f, id };

  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), emb_employee_get_name (colleague));
  g_assert_true (emb_ui_test_wait_for (row_found, &find, 5000));
  rows = emb_ui_test_find_all_by_type (f->dialog, EMB_TYPE_STAFF_PERSON_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (emb_staff_person_row_get_id (g_ptr_array_index (rows, i)) == id)
      {
        GtkWidget *row = g_ptr_array_index (rows, i);

        g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
        break;
      }
}

/* Touches the button of the value at @position in the programme; returns
 * its id. */
static gint64
choose_value (Fixture *f,
              guint    position)
{
  g_autoptr(GListModel) values = emb_programme_store_list_values (f->ui.db, NULL);
  g_autoptr(EmbValue) value = g_list_model_get_item (values, position);
  g_autoptr(GPtrArray) buttons = emb_ui_test_find_all_by_type (f->dialog, GTK_TYPE_TOGGLE_BUTTON);
  gboolean found = FALSE;

  g_assert_cmpuint (buttons->len, ==, g_list_model_get_n_items (values));
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)),
                   emb_value_get_name (value)) == 0)
      {
        gtk_toggle_button_set_active (g_ptr_array_index (buttons, i), TRUE);
        found = TRUE;
      }
  g_assert_true (found);
  return emb_record_get_id (EMB_RECORD (value));
}

static void
write_story (Fixture    *f,
             const char *story)
{
  GtkWidget *view = emb_ui_test_find_by_type (f->dialog, GTK_TYPE_TEXT_VIEW);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), story, -1);
}

static void
set_anonymous (Fixture  *f,
               gboolean  anonymous)
{
  GtkWidget *check = emb_ui_test_find_by_type (f->dialog, GTK_TYPE_SWITCH);

  gtk_switch_set_active (GTK_SWITCH (check), anonymous);
}

static gint64
count_nominations (Fixture *f,
                   gint64   value_id,
                   gboolean anonymous)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM nomination WHERE nominator_id = %"
                                          G_GINT64_FORMAT " AND nominee_employee_id = %"
                                          G_GINT64_FORMAT " AND value_id = %" G_GINT64_FORMAT
                                          " AND anonymous = %d AND story = '" STORY "'"
                                          " AND status = 'submitted' AND is_public = 1",
                                          f->people.me, f->people.colleague, value_id,
                                          anonymous ? 1 : 0);

  return _emb_database_count (f->ui.db, sql);
}

static gint64
count_sent (Fixture *f)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM nomination WHERE nominator_id = %"
                                          G_GINT64_FORMAT, f->people.me);

  return _emb_database_count (f->ui.db, sql);
}

static gboolean
dialog_gone (gpointer data)
{
  Fixture *f = data;

  return f->dialog == NULL;
}

/* Tests ------------------------------------------------------------------ */

/* Sign in with the demo PIN, thank a colleague anonymously for a value:
 * stored as such, signed out, thanked, closed. */
static void
test_thank_anonymously (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EmbStaffSession) signed_in = NULL;
  g_autoptr(EmbEmployee) colleague = employee (f, f->people.colleague);
  g_autofree char *name = NULL;
  g_autofree char *chosen = NULL;
  gint64 value_id;

  open_dialog (f);
  name = step (f);
  g_assert_cmpstr (name, ==, "sign-in");
  g_assert_null (session (f));
  screenshot (f, "start");

  sign_in (f, f->people.me, TRUE);
  signed_in = session (f);
  g_assert_true (EMB_IS_STAFF_SESSION (signed_in));
  g_assert_true (emb_staff_session_is_signed_in (signed_in));
  /* The sign-in, and the PIN typed in it, are gone. */
  g_assert_null (emb_ui_test_find_by_type (f->dialog, EMB_TYPE_STAFF_SIGN_IN));
  screenshot (f, "compose");

  choose_colleague (f, f->people.colleague);
  /* The colleague chosen is named. */
  chosen = g_strdup_printf (_("Thanking %s"), emb_employee_get_name (colleague));
  g_assert_nonnull (emb_ui_test_find_label (f->dialog, chosen));
  value_id = choose_value (f, 1);
  write_story (f, STORY);
  set_anonymous (f, TRUE);
  screenshot (f, "filled");

  g_assert_cmpint (count_nominations (f, value_id, TRUE), ==, 0);
  g_assert_true (gtk_widget_activate_action (f->dialog, "thanks.send", NULL));
  g_assert_cmpint (count_nominations (f, value_id, TRUE), ==, 1);
  g_assert_cmpint (count_nominations (f, value_id, FALSE), ==, 0);
  g_assert_cmpint (count_sent (f), ==, 1);

  /* Signed out at once; the thank-you shows, then the dialog closes. */
  g_assert_false (emb_staff_session_is_signed_in (signed_in));
  g_assert_null (session (f));
  g_free (name);
  name = step (f);
  g_assert_cmpstr (name, ==, "done");
  screenshot (f, "done");
  g_assert_true (emb_ui_test_wait_for (dialog_gone, f, 15000));
}

/* At the monthly cap: the cap's message, nothing sent, still composing. */
static void
test_at_cap (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GListModel) values = emb_programme_store_list_values (f->ui.db, NULL);
  g_autoptr(EmbValue) value = g_list_model_get_item (values, 0);
  g_autoptr(EmbNomination) first = emb_nomination_new ();
  g_autoptr(EmbEmployee) me = employee (f, f->people.me);
  g_autoptr(EmbStaffSession) earlier = NULL;
  g_autoptr(EmbStaffSession) signed_in = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) cap = NULL;
  g_autofree char *pin = emb_demo_employee_pin (emb_employee_get_employee_number (me));
  g_autofree char *name = NULL;
  GtkWidget *label;
  gint64 value_id;

  /* One nomination already this month, sent from the staff window; the
   * programme allows one a month. */
  earlier = emb_staff_session_sign_in (f->ui.db, f->people.me, pin, NULL, &error);
  g_assert_no_error (error);
  emb_nomination_set_nominee_employee_id (first, f->people.colleague);
  emb_nomination_set_value_id (first, emb_record_get_id (EMB_RECORD (value)));
  emb_nomination_set_story (first, "Covered my shift at short notice.");
  g_assert_true (emb_staff_session_nominate (earlier, first, FALSE, 0, 0, &error));
  g_assert_no_error (error);
  emb_staff_session_sign_out (earlier);
  g_settings_set_uint (settings, "max-nominations-per-nominator", 1);
  g_assert_false (emb_recognition_store_check_caps (f->ui.db, f->people.me, f->people.colleague,
                                                    NULL, 1, 0, &cap));
  g_assert_error (cap, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_OUT_OF_RANGE);

  open_dialog (f);
  sign_in (f, f->people.me, FALSE);
  signed_in = session (f);
  choose_colleague (f, f->people.colleague);
  value_id = choose_value (f, 2);
  write_story (f, STORY);
  set_anonymous (f, TRUE);
  g_assert_true (gtk_widget_activate_action (f->dialog, "thanks.send", NULL));

  /* The cap's own words, shown; nothing stored; everything typed stays. */
  label = emb_ui_test_find_label (f->dialog, cap->message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (cap->message, emb_employee_get_name (me)));
  g_assert_cmpint (count_sent (f), ==, 1);
  g_assert_cmpint (count_nominations (f, value_id, TRUE), ==, 0);
  name = step (f);
  g_assert_cmpstr (name, ==, "compose");
  g_assert_true (session (f) == signed_in);
  g_assert_true (emb_staff_session_is_signed_in (signed_in));
  screenshot (f, "cap");

  /* Cancel signs out and closes. */
  g_assert_true (gtk_widget_activate_action (f->dialog, "thanks.cancel", NULL));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, f, 5000));
  g_assert_false (emb_staff_session_is_signed_in (signed_in));
  g_assert_cmpint (count_sent (f), ==, 1);
}

/* A wrong PIN signs nobody in; the right one then does. */
static void
test_wrong_pin (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EmbEmployee) me = employee (f, f->people.me);
  g_autofree char *pin = emb_demo_employee_pin (emb_employee_get_employee_number (me));
  g_autofree char *wrong = g_strdup (pin);
  g_autofree char *name = NULL;
  EmbStaffSignIn *sign_in_view;

  /* Another four digits than the demo's. */
  wrong[0] = wrong[0] == '9' ? '1' : wrong[0] + 1;
  open_dialog (f);
  type_pin (f, f->people.me, wrong, FALSE);
  sign_in_view = sign_in_widget (f);
  g_assert_nonnull (emb_staff_sign_in_get_error (sign_in_view));
  g_assert_null (session (f));
  name = step (f);
  g_assert_cmpstr (name, ==, "sign-in");
  g_assert_cmpint (emb_staff_sign_in_get_chosen (sign_in_view), ==, f->people.me);
  screenshot (f, "wrong-pin");
}

/* Closing the window, as the kiosk does when it leaves, signs out. */
static void
test_close_signs_out (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EmbStaffSession) signed_in = NULL;

  open_dialog (f);
  sign_in (f, f->people.me, FALSE);
  signed_in = session (f);
  g_assert_true (emb_staff_session_is_signed_in (signed_in));
  gtk_window_close (GTK_WINDOW (f->dialog));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, f, 5000));
  g_assert_false (emb_staff_session_is_signed_in (signed_in));
  g_assert_cmpint (count_sent (f), ==, 0);
}

/* Nobody touches it: it signs out and closes by itself; a touch puts that
 * off. */
static void
test_idle_signs_out (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(EmbStaffSession) signed_in = NULL;
  guint idle = 0;

  open_dialog (f);
  g_object_get (f->dialog, "idle-seconds", &idle, NULL);
  g_assert_cmpuint (idle, ==, 60);
  sign_in (f, f->people.me, FALSE);
  signed_in = session (f);
  g_object_set (f->dialog, "idle-seconds", 2, NULL);
  emb_ui_test_iterate (1000);
  g_assert_nonnull (f->dialog);
  g_assert_true (emb_staff_session_is_signed_in (signed_in));
  g_assert_true (emb_ui_test_wait_for (dialog_gone, f, 10000));
  g_assert_false (emb_staff_session_is_signed_in (signed_in));
}

int
main (int   argc,
      char *argv[])
{
  emb_ui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/ui/kiosk-thanks/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("thank-anonymously", test_thank_anonymously);
  ADD ("at-cap", test_at_cap);
  ADD ("wrong-pin", test_wrong_pin);
  ADD ("close-signs-out", test_close_signs_out);
  ADD ("idle-signs-out", test_idle_signs_out);
#undef ADD

  return g_test_run ();
}
