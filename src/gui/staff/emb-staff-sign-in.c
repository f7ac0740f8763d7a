/* emb-staff-sign-in.c: finding one's name and entering one's PIN
 *
 * Two steps on one widget: find (a search by name or employee number
 * through emb_staff_directory_search(), matches in a list the keyboard walks
 * with the arrows) and PIN (digits only, hidden). A refused PIN says why in
 * words a person can act on; a person locked out after too many wrong PINs
 * sees the time left count down, and may try again when it reaches zero.
 * ::signed-in hands the new session to the window. The window makes a new
 * sign-in for each person, so nothing typed here outlives a session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-sign-in"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pin.h"
#include "emb-refresher.h"
#include "emb-staff-person-row.h"
#include "emb-staff-sign-in.h"
#include "emb-staff-view.h"

#define MAX_MATCHES 20

struct _EmbStaffSignIn
{
  AdwBin          parent_instance;

  EmbDatabase    *database;
  EmbRefresher   *refresher;
  GListModel     *matches;      /* EmbEmployee */
  gint64          chosen_id;
  char           *error;        /* the last refusal shown */
  GDateTime      *now;          /* a fixed clock, for tests */
  GCancellable   *cancellable;  /* while a PIN is checked */
  gint64          wait_until;   /* monotonic µs; 0 when not locked out */
  guint           wait_id;

  GtkWidget      *header_bar;
  GtkStack       *stage_stack;
  GtkSearchEntry *search_entry;
  GtkLabel       *matches_status;
  GtkListBox     *matches_list;
  GtkLabel       *who_label;
  GtkLabel       *who_detail;
  GtkWidget      *back_button;
  GtkWidget      *pin_entry;
  GtkLabel       *error_label;
  GtkLabel       *wait_label;
  GtkWidget      *sign_in_button;
  GtkSpinner     *spinner;
};

G_DEFINE_FINAL_TYPE (EmbStaffSignIn, emb_staff_sign_in, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Finding ---------------------------------------------------------------- */

static void
run_search (EmbStaffSignIn *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GError) error = NULL;
  guint n;

  emb_staff_view_clear_box (GTK_WIDGET (self->matches_list));
  g_clear_object (&self->matches);

  if (*text == '\0' || self->database == NULL)
    {
      gtk_label_set_text (self->matches_status, _("Type a part of your name or your employee number."));
      gtk_widget_set_visible (GTK_WIDGET (self->matches_list), FALSE);
      return;
    }

  self->matches = emb_staff_directory_search (self->database, text, MAX_MATCHES, &error);
  if (self->matches == NULL)
    {
      gtk_label_set_text (self->matches_status, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->matches_list), FALSE);
      return;
    }

  n = g_list_model_get_n_items (self->matches);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (self->matches, i);

      gtk_list_box_append (self->matches_list, emb_staff_person_row_new (employee));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), n > 0);

  if (n == 0)
    gtk_label_set_text (self->matches_status,
                        _("No one found. Check the spelling, or try your employee number."));
  else if (n == MAX_MATCHES)
    gtk_label_set_text (self->matches_status,
                        _("More people match: type more of your name to find yours."));
  else
    {
      g_autofree char *status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u person found. Choose yours.",
                                                              "%u people found. Choose yours.",
                                                              n),
                                                 n);
      gtk_label_set_text (self->matches_status, status);
    }
}

static void
refresh_cb (GtkWidget *widget)
{
  EmbStaffSignIn *self = EMB_STAFF_SIGN_IN (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stage_stack), "find") == 0)
    run_search (self);
}

static void
on_search_changed (EmbStaffSignIn *self)
{
  run_search (self);
}

static void
on_search_activate (EmbStaffSignIn *self)
{
  g_autoptr(EmbEmployee) first = NULL;

  /* Enter takes the first match; the arrows reach the others. */
  if (self->matches != NULL && g_list_model_get_n_items (self->matches) > 0)
    {
      first = g_list_model_get_item (self->matches, 0);
      emb_staff_sign_in_choose (self, emb_record_get_id (EMB_RECORD (first)));
    }
}

static void
on_row_activated (EmbStaffSignIn *self,
                  GtkListBoxRow  *row)
{
  emb_staff_sign_in_choose (self, emb_staff_person_row_get_id (EMB_STAFF_PERSON_ROW (row)));
}

/* Down in the search entry goes to the list of matches. */
static gboolean
on_search_key_pressed (EmbStaffSignIn  *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  first = gtk_list_box_get_row_at_index (self->matches_list, 0);
  if (first == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

/* The PIN ---------------------------------------------------------------- */

static void
show_error (EmbStaffSignIn *self,
            const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (self->pin_entry, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->pin_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->pin_entry, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->pin_entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static gint64
seconds_left (EmbStaffSignIn *self)
{
  gint64 left = self->wait_until - g_get_monotonic_time ();

  return self->wait_until == 0 || left <= 0 ? 0 : (left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
}

static void
set_locked (EmbStaffSignIn *self,
            gboolean        locked)
{
  /* The focus leaves the entry before it goes insensitive (GTK 4.8 warns
   * of a text that loses the focus without a focus-out otherwise). */
  if (locked && gtk_widget_get_sensitive (self->pin_entry))
    gtk_widget_grab_focus (self->back_button);
  gtk_widget_set_sensitive (self->pin_entry, !locked);
  gtk_widget_set_sensitive (self->sign_in_button, !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->wait_label), locked);
}

static gboolean
update_wait (gpointer user_data)
{
  EmbStaffSignIn *self = user_data;
  gint64 left = seconds_left (self);
  g_autofree char *text = NULL;

  if (left == 0)
    {
      self->wait_id = 0;
      self->wait_until = 0;
      set_locked (self, FALSE);
      show_error (self, _("You can try your PIN again now."));
      gtk_widget_grab_focus (self->pin_entry);
      return G_SOURCE_REMOVE;
    }

  text = emb_pin_format_wait (left);
  gtk_label_set_text (self->wait_label, text);
  return G_SOURCE_CONTINUE;
}

static void
start_wait (EmbStaffSignIn *self,
            gint64          seconds)
{
  g_clear_handle_id (&self->wait_id, g_source_remove);
  self->wait_until = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  set_locked (self, TRUE);
  show_error (self, _("Too many wrong PINs. For your safety, wait before you try again: "
                      "the time left counts down below."));
  update_wait (self);
  self->wait_id = g_timeout_add_seconds (1, update_wait, self);
}

static void
check_wait (EmbStaffSignIn *self)
{
  gint64 wait = emb_pin_store_get_wait (self->database, self->chosen_id, self->now);

  if (wait > 0)
    start_wait (self, wait);
}

static void
show_refusal (EmbStaffSignIn *self,
              const GError   *error)
{
  if (error->domain != EMB_PIN_ERROR)
    {
      show_error (self, error->message);
      return;
    }

  switch (error->code)
    {
    case EMB_PIN_ERROR_WRONG:
      show_error (self, _("That PIN is not right. Check it and try again."));
      /* The wrong PIN that begins a delay says so at once. */
      check_wait (self);
      break;

    case EMB_PIN_ERROR_LOCKED_OUT:
      start_wait (self, MAX (emb_pin_store_get_wait (self->database, self->chosen_id, self->now), 1));
      break;

    case EMB_PIN_ERROR_NOT_SET:
      show_error (self, _("You have no PIN yet. Ask your manager to set one for you on the People page."));
      break;

    case EMB_PIN_ERROR_INACTIVE:
      show_error (self, _("You have left the company, so you can no longer sign in here. "
                          "If that is wrong, ask your manager."));
      break;

    case EMB_PIN_ERROR_FAILED:
    default:
      show_error (self, error->message);
      break;
    }
}

static void
on_signed_in (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EmbStaffSignIn) self = user_data;
  g_autoptr(EmbStaffSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = emb_staff_session_sign_in_finish (EMB_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_spinner_stop (self->spinner);
  if (session == NULL)
    {
      show_refusal (self, error);
      if (gtk_widget_get_sensitive (self->pin_entry))
        gtk_widget_grab_focus (self->pin_entry);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNED_IN], 0, session);
}

/**
 * emb_staff_sign_in_submit:
 * @pin: the PIN typed
 *
 * Signs the chosen person in with @pin: the PIN is checked on a worker
 * thread, then ::signed-in is emitted, or the refusal shown.
 *
 * Returns: whether the check started (someone is chosen, not locked out,
 *   no check running, a PIN typed)
 */
gboolean
emb_staff_sign_in_submit (EmbStaffSignIn *self,
                          const char     *pin)
{
  g_return_val_if_fail (EMB_IS_STAFF_SIGN_IN (self), FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  if (self->chosen_id == 0 || seconds_left (self) > 0 || self->cancellable != NULL)
    return FALSE;

  if (*pin == '\0')
    {
      show_error (self, _("Enter your PIN."));
      gtk_widget_grab_focus (self->pin_entry);
      return FALSE;
    }

  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  emb_staff_session_sign_in_async (self->database, self->chosen_id, pin, self->now,
                                   self->cancellable, on_signed_in, g_object_ref (self));
  /* The PIN never stays on screen, right or wrong. */
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  return TRUE;
}

/**
 * emb_staff_sign_in_is_busy:
 *
 * Returns: whether a PIN is being checked
 */
gboolean
emb_staff_sign_in_is_busy (EmbStaffSignIn *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SIGN_IN (self), FALSE);

  return self->cancellable != NULL;
}

static void
on_pin_activate (EmbStaffSignIn *self)
{
  g_autofree char *pin = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_entry)));

  emb_staff_sign_in_submit (self, pin);
}

/* Only digits, at most EMB_PIN_MAX_DIGITS of them. */
static void
on_pin_insert_text (GtkEditable *editable,
                    const char  *text,
                    int          length,
                    int         *position,
                    gpointer     user_data)
{
  int len = length < 0 ? (int)strlen (text) : length;
  int current = (int)g_utf8_strlen (gtk_editable_get_text (editable), -1);

  for (int i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]) || current + len > EMB_PIN_MAX_DIGITS)
        {
          g_signal_stop_emission_by_name (editable, "insert-text");
          gtk_widget_error_bell (GTK_WIDGET (editable));
          return;
        }
    }
}

static void
on_pin_changed (EmbStaffSignIn *self)
{
  if (self->error != NULL && seconds_left (self) == 0 &&
      *gtk_editable_get_text (GTK_EDITABLE (self->pin_entry)) != '\0')
    show_error (self, NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbStaffSignIn *self = EMB_STAFF_SIGN_IN (widget);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  self->chosen_id = 0;
  g_clear_handle_id (&self->wait_id, g_source_remove);
  self->wait_until = 0;
  set_locked (self, FALSE);
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  gtk_label_set_text (self->who_label, "");
  gtk_label_set_text (self->who_detail, "");
  gtk_stack_set_visible_child_name (self->stage_stack, "find");
  run_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* API ---------------------------------------------------------------------- */

GtkWidget *
emb_staff_sign_in_new (EmbDatabase *database)
{
  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  return g_object_new (EMB_TYPE_STAFF_SIGN_IN, "database", database, NULL);
}

/**
 * emb_staff_sign_in_search:
 *
 * Searches as if @text were typed into the search entry.
 */
void
emb_staff_sign_in_search (EmbStaffSignIn *self,
                          const char     *text)
{
  g_return_if_fail (EMB_IS_STAFF_SIGN_IN (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  run_search (self);
}

/**
 * emb_staff_sign_in_get_matches:
 *
 * Returns: (transfer none) (nullable): the people found (#EmbEmployee)
 */
GListModel *
emb_staff_sign_in_get_matches (EmbStaffSignIn *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SIGN_IN (self), NULL);

  return self->matches;
}

/**
 * emb_staff_sign_in_choose:
 * @employee_id: one of the people found
 *
 * Goes on to the PIN of @employee_id; a person still locked out sees the
 * time left at once.
 */
void
emb_staff_sign_in_choose (EmbStaffSignIn *self,
                          gint64          employee_id)
{
  g_autofree char *detail = NULL;

  g_return_if_fail (EMB_IS_STAFF_SIGN_IN (self));

  for (guint i = 0; self->matches != NULL && i < g_list_model_get_n_items (self->matches); i++)
    {
      g_autoptr(EmbEmployee) employee = g_list_model_get_item (self->matches, i);

      if (emb_record_get_id (EMB_RECORD (employee)) != employee_id)
        continue;

      self->chosen_id = employee_id;
      gtk_label_set_text (self->who_label, emb_employee_get_name (employee));
      detail = g_strdup_printf (_("No. %s"), emb_employee_get_employee_number (employee));
      gtk_label_set_text (self->who_detail, detail);
      show_error (self, NULL);
      gtk_stack_set_visible_child_name (self->stage_stack, "pin");
      gtk_widget_grab_focus (self->pin_entry);
      check_wait (self);
      return;
    }
  g_return_if_reached ();
}

gint64
emb_staff_sign_in_get_chosen (EmbStaffSignIn *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SIGN_IN (self), 0);

  return self->chosen_id;
}

/**
 * emb_staff_sign_in_get_error:
 *
 * Returns: (nullable): why the last PIN was refused, as shown
 */
const char *
emb_staff_sign_in_get_error (EmbStaffSignIn *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SIGN_IN (self), NULL);

  return self->error;
}

/**
 * emb_staff_sign_in_get_wait:
 *
 * Returns: the seconds left before the chosen person may try again
 */
gint64
emb_staff_sign_in_get_wait (EmbStaffSignIn *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_SIGN_IN (self), 0);

  return seconds_left (self);
}

/**
 * emb_staff_sign_in_set_now:
 * @now: (nullable): the time the PIN checks use; %NULL for the clock
 *
 * For tests, which keep the throttle on a fixed clock.
 */
void
emb_staff_sign_in_set_now (EmbStaffSignIn *self,
                           GDateTime      *now)
{
  g_return_if_fail (EMB_IS_STAFF_SIGN_IN (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
}

/**
 * emb_staff_sign_in_set_show_header:
 * @show_header: whether to show the sign-in's own header bar
 *
 * For a window that embeds the sign-in under a header bar of its own (the
 * kiosk's "thank a colleague").
 */
void
emb_staff_sign_in_set_show_header (EmbStaffSignIn *self,
                                   gboolean        show_header)
{
  g_return_if_fail (EMB_IS_STAFF_SIGN_IN (self));

  gtk_widget_set_visible (self->header_bar, show_header);
}

static void
emb_staff_sign_in_constructed (GObject *object)
{
  EmbStaffSignIn *self = (EmbStaffSignIn *)object;

  G_OBJECT_CLASS (emb_staff_sign_in_parent_class)->constructed (object);

  g_assert (EMB_IS_DATABASE (self->database));
  emb_refresher_set_database (self->refresher, self->database);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_EMPLOYEE);
  run_search (self);
}

static void
emb_staff_sign_in_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EmbStaffSignIn *self = EMB_STAFF_SIGN_IN (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_sign_in_dispose (GObject *object)
{
  EmbStaffSignIn *self = (EmbStaffSignIn *)object;

  g_clear_handle_id (&self->wait_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->refresher);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_SIGN_IN);
  g_clear_object (&self->matches);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_staff_sign_in_parent_class)->dispose (object);
}

static void
emb_staff_sign_in_finalize (GObject *object)
{
  EmbStaffSignIn *self = (EmbStaffSignIn *)object;

  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (emb_staff_sign_in_parent_class)->finalize (object);
}

static void
emb_staff_sign_in_class_init (EmbStaffSignInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_staff_sign_in_constructed;
  object_class->set_property = emb_staff_sign_in_set_property;
  object_class->dispose = emb_staff_sign_in_dispose;
  object_class->finalize = emb_staff_sign_in_finalize;

  /**
   * EmbStaffSignIn:database:
   *
   * The programme database: its directory of people, its PINs.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EmbStaffSignIn::signed-in:
   * @session: the new session
   *
   * The chosen person entered the right PIN.
   */
  signals[SIGNED_IN] =
    g_signal_new ("signed-in",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, EMB_TYPE_STAFF_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-sign-in.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, header_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, stage_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, matches_status);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, matches_list);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, who_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, who_detail);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, back_button);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, error_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, wait_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffSignIn, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_activate);

  gtk_widget_class_install_action (widget_class, "sign-in.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "sign-in.back", NULL);
}

static void
emb_staff_sign_in_init (EmbStaffSignIn *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh_cb);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self->pin_entry)), "insert-text",
                    G_CALLBACK (on_pin_insert_text), NULL);
  g_signal_connect_object (self->pin_entry, "changed", G_CALLBACK (on_pin_changed), self,
                           G_CONNECT_SWAPPED);
}
