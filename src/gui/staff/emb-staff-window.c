/* emb-staff-window.c: the staff window, signed in by one employee at a time
 *
 * `embassy --staff` opens it, and the manager window can open it for a
 * shared computer. It shows the sign-in until a person signs in, then the
 * home made for that person's session (EmbStaffHome). Signing out (the
 * button, Ctrl+Shift+Q, or no key, pointer or touch event on the window for
 * the "staff-idle-minutes" of GSettings) signs the session out and destroys
 * the home with everything it built, and makes a new, empty sign-in: no
 * widget of the previous person is left on screen or in the accessibility
 * tree.
 *
 * The idle time is the "idle-seconds" property, which follows the GSettings
 * key (minutes) until it is set directly, as tests do to wait seconds
 * rather than minutes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-window"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-application.h"
#include "emb-file-problem-bar.h"
#include "emb-help.h"
#include "emb-staff-home.h"
#include "emb-staff-sign-in.h"
#include "emb-staff-view.h"
#include "emb-staff-window.h"

struct _EmbStaffWindow
{
  AdwApplicationWindow  parent_instance;

  EmbDatabase          *database;
  GSettings            *settings;
  EmbStaffSession      *session;

  guint                 idle_seconds;
  gboolean              idle_set;       /* set directly, not from GSettings */
  gint64                last_activity;  /* monotonic µs */
  guint                 idle_id;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwBin               *sign_in_bin;
  AdwBin               *home_bin;
  EmbFileProblemBar    *file_problem_bar;
};

G_DEFINE_FINAL_TYPE (EmbStaffWindow, emb_staff_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  PROP_SESSION,
  PROP_IDLE_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_signed_in (EmbStaffWindow  *self,
                          EmbStaffSession *session);

/* Idle sign-out ---------------------------------------------------------- */

static gboolean idle_timeout_cb (gpointer user_data);

static void
schedule_idle (EmbStaffWindow *self)
{
  gint64 due, left;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->session == NULL || self->idle_seconds == 0)
    return;

  due = self->last_activity + (gint64)self->idle_seconds * G_USEC_PER_SEC;
  left = MAX (due - g_get_monotonic_time (), 0);
  self->idle_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint)(left / 1000) + 1,
                                      idle_timeout_cb, self, NULL);
}

static gboolean
idle_timeout_cb (gpointer user_data)
{
  EmbStaffWindow *self = user_data;
  gint64 idle = g_get_monotonic_time () - self->last_activity;
  g_autofree char *message = NULL;

  self->idle_id = 0;
  if (idle < (gint64)self->idle_seconds * G_USEC_PER_SEC)
    {
      /* There was activity meanwhile: wait for the rest. */
      schedule_idle (self);
      return G_SOURCE_REMOVE;
    }

  emb_staff_window_sign_out (self);
  message = g_strdup (_("Signed out: the staff view was not used for a while."));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return G_SOURCE_REMOVE;
}

static void
note_activity (EmbStaffWindow *self)
{
  self->last_activity = g_get_monotonic_time ();
  /* The timer looks at the time of the last event when it fires. */
  if (self->idle_id == 0)
    schedule_idle (self);
}

static gboolean
on_event (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          EmbStaffWindow           *self)
{
  if (emb_staff_event_is_activity (event))
    note_activity (self);
  return GDK_EVENT_PROPAGATE;
}

/* A dialog of the staff window reports its events here. */
static void
activity_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  note_activity (EMB_STAFF_WINDOW (widget));
}

static void
update_idle_from_settings (EmbStaffWindow *self)
{
  if (self->idle_set)
    return;

  self->idle_seconds = g_settings_get_uint (self->settings, "staff-idle-minutes") * 60;
  schedule_idle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_SECONDS]);
}

/* Signing in and out ----------------------------------------------------- */

static void
show_sign_in (EmbStaffWindow *self)
{
  GtkWidget *sign_in = emb_staff_sign_in_new (self->database);

  g_signal_connect_object (sign_in, "signed-in", G_CALLBACK (on_signed_in), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->sign_in_bin, sign_in);
  gtk_stack_set_visible_child_name (self->main_stack, "sign-in");
  gtk_widget_grab_focus (sign_in);
  gtk_widget_child_focus (sign_in, GTK_DIR_TAB_FORWARD);
}

static void
on_signed_in (EmbStaffWindow  *self,
              EmbStaffSession *session)
{
  g_set_object (&self->session, session);
  adw_bin_set_child (self->home_bin, emb_staff_home_new (self->database, session));
  gtk_stack_set_visible_child_name (self->main_stack, "home");
  /* What was typed to sign in goes. */
  adw_bin_set_child (self->sign_in_bin, NULL);
  gtk_widget_child_focus (GTK_WIDGET (self->home_bin), GTK_DIR_TAB_FORWARD);

  self->last_activity = g_get_monotonic_time ();
  schedule_idle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * emb_staff_window_sign_out:
 *
 * Signs the person out: the session ends, the views made for them are
 * destroyed, and the sign-in shows, empty.
 */
void
emb_staff_window_sign_out (EmbStaffWindow *self)
{
  g_autoptr(EmbStaffSession) session = NULL;

  g_return_if_fail (EMB_IS_STAFF_WINDOW (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->session == NULL)
    return;

  session = g_steal_pointer (&self->session);
  show_sign_in (self);
  adw_bin_set_child (self->home_bin, NULL);
  emb_staff_session_sign_out (session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  emb_staff_window_sign_out (EMB_STAFF_WINDOW (widget));
}

/* API ---------------------------------------------------------------------- */

EmbStaffWindow *
emb_staff_window_new (EmbApplication *application)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (application), NULL);

  return g_object_new (EMB_TYPE_STAFF_WINDOW,
                       "application", application,
                       "database", emb_application_get_database (application),
                       "settings", emb_application_get_settings (application),
                       NULL);
}

/**
 * emb_staff_window_get_session:
 *
 * Returns: (transfer none) (nullable): the signed-in person's session
 */
EmbStaffSession *
emb_staff_window_get_session (EmbStaffWindow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_WINDOW (self), NULL);

  return self->session;
}

/**
 * emb_staff_window_get_sign_in:
 *
 * Returns: (transfer none) (nullable): the #EmbStaffSignIn, while nobody is
 *   signed in
 */
GtkWidget *
emb_staff_window_get_sign_in (EmbStaffWindow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_WINDOW (self), NULL);

  return adw_bin_get_child (self->sign_in_bin);
}

/**
 * emb_staff_window_get_home:
 *
 * Returns: (transfer none) (nullable): the #EmbStaffHome of the signed-in
 *   person
 */
GtkWidget *
emb_staff_window_get_home (EmbStaffWindow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_WINDOW (self), NULL);

  return adw_bin_get_child (self->home_bin);
}

guint
emb_staff_window_get_idle_seconds (EmbStaffWindow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_WINDOW (self), 0);

  return self->idle_seconds;
}

/**
 * emb_staff_window_set_idle_seconds:
 * @seconds: how long without use before the person is signed out; 0 never
 *
 * Overrides the "staff-idle-minutes" setting for this window (tests wait
 * seconds, not minutes).
 */
void
emb_staff_window_set_idle_seconds (EmbStaffWindow *self,
                                   guint           seconds)
{
  g_return_if_fail (EMB_IS_STAFF_WINDOW (self));

  self->idle_set = TRUE;
  if (self->idle_seconds == seconds)
    return;

  self->idle_seconds = seconds;
  schedule_idle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_SECONDS]);
}

static gboolean
emb_staff_window_close_request (GtkWindow *window)
{
  emb_staff_window_sign_out (EMB_STAFF_WINDOW (window));

  return GTK_WINDOW_CLASS (emb_staff_window_parent_class)->close_request (window);
}

static void
emb_staff_window_constructed (GObject *object)
{
  EmbStaffWindow *self = (EmbStaffWindow *)object;

  G_OBJECT_CLASS (emb_staff_window_parent_class)->constructed (object);

  g_assert (EMB_IS_DATABASE (self->database));
  g_assert (G_IS_SETTINGS (self->settings));
  emb_file_problem_bar_set_database (self->file_problem_bar, self->database);

  g_signal_connect_object (self->settings, "changed::staff-idle-minutes",
                           G_CALLBACK (update_idle_from_settings), self, G_CONNECT_SWAPPED);
  update_idle_from_settings (self);

  show_sign_in (self);
}

static void
emb_staff_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EmbStaffWindow *self = EMB_STAFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_IDLE_SECONDS:
      g_value_set_uint (value, self->idle_seconds);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbStaffWindow *self = EMB_STAFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_IDLE_SECONDS:
      emb_staff_window_set_idle_seconds (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_window_dispose (GObject *object)
{
  EmbStaffWindow *self = (EmbStaffWindow *)object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->session != NULL)
    {
      emb_staff_session_sign_out (self->session);
      g_clear_object (&self->session);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (emb_staff_window_parent_class)->dispose (object);
}

static void
emb_staff_window_class_init (EmbStaffWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* Before the first button shows: names without "_" for screen readers. */
  emb_a11y_name_mnemonic_buttons ();

  object_class->constructed = emb_staff_window_constructed;
  object_class->get_property = emb_staff_window_get_property;
  object_class->set_property = emb_staff_window_set_property;
  object_class->dispose = emb_staff_window_dispose;

  window_class->close_request = emb_staff_window_close_request;

  /**
   * EmbStaffWindow:database:
   *
   * The programme database.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbStaffWindow:settings:
   *
   * The application's settings ("staff-idle-minutes").
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbStaffWindow:session:
   *
   * The signed-in person's session, %NULL while nobody is signed in.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         EMB_TYPE_STAFF_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbStaffWindow:idle-seconds:
   *
   * How long the window may go without a key, pointer or touch event before
   * the person is signed out (0: never). Follows "staff-idle-minutes" until
   * it is set.
   */
  properties[PROP_IDLE_SECONDS] =
    g_param_spec_uint ("idle-seconds", NULL, NULL,
                       0, G_MAXUINT, 300,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_FILE_PROBLEM_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gui/staff/emb-staff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffWindow, sign_in_bin);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffWindow, home_bin);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffWindow, file_problem_bar);

  gtk_widget_class_install_action (widget_class, "staff.sign-out", NULL, sign_out_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_q, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "staff.sign-out", NULL);
  gtk_widget_class_install_action (widget_class, "staff.activity", NULL, activity_action);
  emb_help_class_install (widget_class, "staff", NULL);
  emb_help_class_install_shortcuts (widget_class, RESOURCE_BASE "/gui/staff/emb-staff-help-overlay.ui");
}

static void
emb_staff_window_init (EmbStaffWindow *self)
{
  GtkEventController *legacy;

  gtk_widget_init_template (GTK_WIDGET (self));
  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);
  self->last_activity = g_get_monotonic_time ();

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}
