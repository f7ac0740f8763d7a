/* emb-kiosk-thanks-dialog.c: "thank a colleague" from the kiosk's screen
 *
 * Three steps in one window over the kiosk. Sign in: the staff window's
 * sign-in (EmbStaffSignIn, without its own header), so finding one's name,
 * the PIN, its throttling and its refusals are the same everywhere. Compose:
 * the colleague (found through the session's directory, a few at a time),
 * the value (a large toggle button each), why, and whether to send it
 * anonymously; Send goes through emb_staff_session_nominate() with the
 * programme's monthly caps, so every rule of the staff window holds, and a
 * refusal shows under the field it names (EmbForm). Done: the session is
 * signed out at once, a thank-you shows and the window closes by itself.
 *
 * Cancel, closing, and no touch for EmbKioskThanksDialog:idle-seconds (60)
 * sign out and close. Nothing here leads anywhere else: no editing view,
 * no manager window. No draft is kept: a kiosk is shared by everyone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-thanks-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-form.h"
#include "emb-kiosk-thanks-dialog.h"
#include "emb-records.h"
#include "emb-settings.h"
#include "emb-staff-person-row.h"
#include "emb-staff-session.h"
#include "emb-staff-sign-in.h"
#include "emb-staff-view.h"

#define IDLE_SECONDS     60
#define DONE_SECONDS      8
#define N_MATCHES         6

struct _EmbKioskThanksDialog
{
  AdwWindow          parent_instance;

  EmbDatabase       *database;
  EmbStaffSession   *session;
  EmbForm           *form;
  GPtrArray         *value_buttons;   /* GtkToggleButton */
  GArray            *value_ids;       /* gint64, of each button */
  gint64             chosen_id;
  char              *chosen_name;
  guint              idle_seconds;
  guint              idle_id;
  guint              done_id;

  GtkWidget         *cancel_button;
  GtkStack          *step_stack;
  AdwBin            *sign_in_bin;
  GtkScrolledWindow *compose_scroll;
  GtkLabel          *hello_label;
  GtkSearchEntry    *colleague_search;
  GtkListBox        *colleague_list;
  GtkLabel          *chosen_label;
  GtkLabel          *colleague_error;
  GtkFlowBox        *values_box;
  GtkLabel          *value_error;
  GtkTextView       *story_view;
  GtkLabel          *story_error;
  GtkSwitch         *anonymous_switch;
  GtkLabel          *general_error;
  AdwStatusPage     *done_page;
};

G_DEFINE_FINAL_TYPE (EmbKioskThanksDialog, emb_kiosk_thanks_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  PROP_STEP,
  PROP_IDLE_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Signing out ---------------------------------------------------------- */

/* Nothing of the person stays: the session ends and is dropped. */
static void
sign_out (EmbKioskThanksDialog *self)
{
  if (self->session == NULL)
    return;
  emb_staff_session_sign_out (self->session);
  g_clear_object (&self->session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
show_step (EmbKioskThanksDialog *self,
           const char           *step)
{
  gtk_stack_set_visible_child_name (self->step_stack, step);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/* The idle timeout ------------------------------------------------------- */

static gboolean
on_idle_timeout (gpointer user_data)
{
  EmbKioskThanksDialog *self = user_data;

  self->idle_id = 0;
  g_debug ("Nobody touched the dialog for %u s: closing", self->idle_seconds);
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
restart_idle (EmbKioskThanksDialog *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->idle_seconds > 0 && self->done_id == 0)
    self->idle_id = g_timeout_add_seconds (self->idle_seconds, on_idle_timeout, self);
}

/* Every touch, click and key, before any widget sees it. */
static gboolean
on_any_event (EmbKioskThanksDialog *self,
              GdkEvent             *event)
{
  switch (gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_KEY_PRESS:
    case GDK_TOUCH_BEGIN:
    case GDK_SCROLL:
      restart_idle (self);
      break;

    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

/* Step 2: the colleague, the value and why ------------------------------- */

static void
set_chosen (EmbKioskThanksDialog *self,
            gint64                id,
            const char           *name)
{
  g_autofree char *text = NULL;

  g_free (self->chosen_name);
  self->chosen_name = id != 0 ? g_strdup (name) : NULL;
  self->chosen_id = id;
  if (self->chosen_name == NULL)
    {
      gtk_label_set_text (self->chosen_label, _("Nobody chosen yet: search, then touch a name."));
      gtk_widget_add_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
      return;
    }
  /* Translators: the colleague chosen on the kiosk, "Thanking Anna Nowak" */
  text = g_strdup_printf (_("Thanking %s"), name);
  gtk_label_set_text (self->chosen_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
  emb_form_clear_field (self->form, "nominee");
  emb_form_clear_field (self->form, "nominee-employee");
}

static void
on_colleague_search_changed (EmbKioskThanksDialog *self)
{
  g_autofree char *search = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->session == NULL)
    return;
  search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->colleague_search))));
  emb_staff_view_clear_box (GTK_WIDGET (self->colleague_list));
  if (*search != '\0')
    matches = emb_staff_session_list_colleagues (self->session, search, N_MATCHES, &error);
  n = matches != NULL ? g_list_model_get_n_items (matches) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbEmployee) colleague = g_list_model_get_item (matches, i);

      gtk_list_box_append (self->colleague_list, emb_staff_person_row_new (colleague));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->colleague_list), n > 0);
  if (error != NULL)
    emb_form_set_error (self->form, "nominee", error->message);
}

static void
on_colleague_activated (EmbKioskThanksDialog *self,
                        GtkListBoxRow        *row)
{
  set_chosen (self, emb_staff_person_row_get_id (EMB_STAFF_PERSON_ROW (row)),
              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  /* The choice made, the list goes: the rest of the form comes into view. */
  gtk_editable_set_text (GTK_EDITABLE (self->colleague_search), "");
  if (self->value_buttons->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->value_buttons, 0));
}

/* Enter in the search takes the first colleague found. */
static void
on_colleague_search_activate (EmbKioskThanksDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->colleague_list, 0);

  if (first != NULL)
    on_colleague_activated (self, first);
}

static gint64
chosen_value (EmbKioskThanksDialog *self)
{
  for (guint i = 0; i < self->value_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->value_buttons, i)))
      return g_array_index (self->value_ids, gint64, i);
  return 0;
}

static void
on_value_toggled (EmbKioskThanksDialog *self)
{
  if (chosen_value (self) != 0)
    emb_form_clear_field (self->form, "value");
}

/* A large toggle button per value, one group: touch one to choose it. */
static void
fill_values (EmbKioskThanksDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) values = emb_staff_session_list_values (self->session, &error);
  guint n = values != NULL ? g_list_model_get_n_items (values) : 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->values_box))) != NULL)
    gtk_flow_box_remove (self->values_box, child);
  g_ptr_array_set_size (self->value_buttons, 0);
  g_array_set_size (self->value_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (values, i);
      gint64 id = emb_record_get_id (EMB_RECORD (value));
      GtkWidget *button = gtk_toggle_button_new_with_label (emb_value_get_name (value));

      gtk_widget_add_css_class (button, "emb-kiosk-thanks-value");
      gtk_widget_set_tooltip_text (button, emb_value_get_description (value));
      if (self->value_buttons->len > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     g_ptr_array_index (self->value_buttons, 0));
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_value_toggled), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->values_box, button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      g_ptr_array_add (self->value_buttons, button);
      g_array_append_val (self->value_ids, id);
    }
  if (error != NULL)
    emb_form_set_error (self->form, "value", error->message);
}

static void
on_signed_in (EmbKioskThanksDialog *self,
              EmbStaffSession      *session)
{
  g_autoptr(EmbEmployee) me = NULL;
  g_autofree char *hello = NULL;

  g_set_object (&self->session, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  /* The sign-in goes, with whatever was typed in it. */
  adw_bin_set_child (self->sign_in_bin, NULL);

  me = emb_staff_session_get_employee (session);
  /* Translators: greets the person who signed in on the kiosk */
  hello = g_strdup_printf (_("Hello, %s"), me != NULL ? emb_employee_get_name (me) : "");
  gtk_label_set_text (self->hello_label, hello);
  set_chosen (self, 0, NULL);
  fill_values (self);
  emb_form_clear (self->form);
  show_step (self, "compose");
  restart_idle (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->colleague_search));
}

/* Step 3: sent ----------------------------------------------------------- */

static gboolean
on_done_timeout (gpointer user_data)
{
  EmbKioskThanksDialog *self = user_data;

  self->done_id = 0;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
show_done (EmbKioskThanksDialog *self,
           gboolean              anonymous)
{
  g_autofree char *text = NULL;

  if (anonymous)
    /* Translators: after an anonymous nomination on the kiosk; %s is the colleague */
    text = g_strdup_printf (_("Your thanks to %s is sent, without your name. Once a manager "
                              "approves it, everyone can see it here."),
                            self->chosen_name);
  else
    /* Translators: after a nomination on the kiosk; %s is the colleague */
    text = g_strdup_printf (_("Your thanks to %s is sent. Once a manager approves it, "
                              "everyone can see it here. You are signed out."),
                            self->chosen_name);
  adw_status_page_set_description (self->done_page, text);
  /* Nothing left to cancel: Close is on the page. */
  gtk_widget_set_visible (self->cancel_button, FALSE);
  show_step (self, "done");
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->done_id = g_timeout_add_seconds (DONE_SECONDS, on_done_timeout, self);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbKioskThanksDialog *self = EMB_KIOSK_THANKS_DIALOG (widget);
  g_autoptr(EmbNomination) nomination = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *story = NULL;
  gboolean anonymous;

  if (self->session == NULL || self->done_id != 0)
    return;

  emb_form_clear (self->form);
  story = emb_form_get_text (self->form, "story");
  anonymous = gtk_switch_get_active (self->anonymous_switch);

  nomination = emb_nomination_new ();
  emb_nomination_set_nominee_employee_id (nomination, self->chosen_id);
  emb_nomination_set_value_id (nomination, chosen_value (self));
  emb_nomination_set_story (nomination, story);
  emb_nomination_set_is_public (nomination, TRUE);

  if (!emb_staff_session_nominate (self->session, nomination, anonymous,
                                   (int)emb_settings_get_limit ("max-nominations-per-nominator"),
                                   (int)emb_settings_get_limit ("max-nominations-per-nominee"),
                                   &error))
    {
      emb_form_show_error (self->form, error);
      return;
    }

  sign_out (self);
  show_done (self, anonymous);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* GObject ---------------------------------------------------------------- */

static gboolean
emb_kiosk_thanks_dialog_close_request (GtkWindow *window)
{
  EmbKioskThanksDialog *self = EMB_KIOSK_THANKS_DIALOG (window);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->done_id, g_source_remove);
  sign_out (self);
  if (GTK_WINDOW_CLASS (emb_kiosk_thanks_dialog_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (emb_kiosk_thanks_dialog_parent_class)->close_request (window);
  return FALSE;
}

static void
emb_kiosk_thanks_dialog_constructed (GObject *object)
{
  EmbKioskThanksDialog *self = (EmbKioskThanksDialog *)object;
  GtkWidget *sign_in;

  G_OBJECT_CLASS (emb_kiosk_thanks_dialog_parent_class)->constructed (object);

  g_assert (EMB_IS_DATABASE (self->database));
  sign_in = emb_staff_sign_in_new (self->database);
  emb_staff_sign_in_set_show_header (EMB_STAFF_SIGN_IN (sign_in), FALSE);
  g_signal_connect_object (sign_in, "signed-in", G_CALLBACK (on_signed_in), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->sign_in_bin, sign_in);
  restart_idle (self);
}

static void
emb_kiosk_thanks_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  EmbKioskThanksDialog *self = EMB_KIOSK_THANKS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_STEP:
      g_value_set_string (value, gtk_stack_get_visible_child_name (self->step_stack));
      break;

    case PROP_IDLE_SECONDS:
      g_value_set_uint (value, self->idle_seconds);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_kiosk_thanks_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  EmbKioskThanksDialog *self = EMB_KIOSK_THANKS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_IDLE_SECONDS:
      if (self->idle_seconds != g_value_get_uint (value))
        {
          self->idle_seconds = g_value_get_uint (value);
          if (self->database != NULL)
            restart_idle (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_kiosk_thanks_dialog_dispose (GObject *object)
{
  EmbKioskThanksDialog *self = (EmbKioskThanksDialog *)object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->done_id, g_source_remove);
  sign_out (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_KIOSK_THANKS_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_kiosk_thanks_dialog_parent_class)->dispose (object);
}

static void
emb_kiosk_thanks_dialog_finalize (GObject *object)
{
  EmbKioskThanksDialog *self = (EmbKioskThanksDialog *)object;

  g_clear_pointer (&self->value_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->value_ids, g_array_unref);
  g_clear_pointer (&self->chosen_name, g_free);

  G_OBJECT_CLASS (emb_kiosk_thanks_dialog_parent_class)->finalize (object);
}

static void
emb_kiosk_thanks_dialog_class_init (EmbKioskThanksDialogClass *klass)
{
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* Made, closed, freed; then the properties. */
  object_class->constructed = emb_kiosk_thanks_dialog_constructed;
  window_class->close_request = emb_kiosk_thanks_dialog_close_request;
  object_class->dispose = emb_kiosk_thanks_dialog_dispose;
  object_class->finalize = emb_kiosk_thanks_dialog_finalize;
  object_class->get_property = emb_kiosk_thanks_dialog_get_property;
  object_class->set_property = emb_kiosk_thanks_dialog_set_property;

  /**
   * EmbKioskThanksDialog:database:
   *
   * The programme database: its people, their PINs, the nominations.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * EmbKioskThanksDialog:idle-seconds:
   *
   * How long without a touch or a key before the dialog signs out and
   * closes; 0 never (tests only).
   */
  properties[PROP_IDLE_SECONDS] =
    g_param_spec_uint ("idle-seconds", NULL, NULL,
                       0, G_MAXUINT / 1000, IDLE_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EmbKioskThanksDialog:step:
   *
   * "sign-in", "compose" or "done".
   */
  properties[PROP_STEP] =
    g_param_spec_string ("step", NULL, NULL,
                         "sign-in",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EmbKioskThanksDialog:session:
   *
   * The session of the person signed in, %NULL before sign-in and after
   * sending, cancelling or closing.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         EMB_TYPE_STAFF_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-thanks-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, step_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, sign_in_bin);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, compose_scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, hello_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, colleague_search);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, colleague_list);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, colleague_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, values_box);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, value_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, story_view);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, story_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, anonymous_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskThanksDialog, done_page);
  gtk_widget_class_bind_template_callback (widget_class, on_colleague_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_colleague_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_colleague_activated);

  gtk_widget_class_install_action (widget_class, "thanks.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "thanks.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "thanks.send", NULL);
}

static void
emb_kiosk_thanks_dialog_init (EmbKioskThanksDialog *self)
{
  GtkEventController *events;

  self->idle_seconds = IDLE_SECONDS;
  self->value_buttons = g_ptr_array_new ();
  self->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "nominee", GTK_WIDGET (self->colleague_search), self->colleague_error);
  emb_form_add_field (self->form, "nominee-employee", GTK_WIDGET (self->colleague_search),
                      self->colleague_error);
  emb_form_add_field (self->form, "value", NULL, self->value_error);
  emb_form_add_field (self->form, "story", GTK_WIDGET (self->story_view), self->story_error);

  events = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (events, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (events, "event", G_CALLBACK (on_any_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self), events);
}

/**
 * emb_kiosk_thanks_dialog_new:
 * @parent: the kiosk's window, over which the dialog is modal
 * @database: the programme database
 *
 * Returns: (transfer none): the dialog, not yet shown; it destroys itself
 *   when it closes
 */
GtkWidget *
emb_kiosk_thanks_dialog_new (GtkWindow   *parent,
                             EmbDatabase *database)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  return g_object_new (EMB_TYPE_KIOSK_THANKS_DIALOG,
                       "database", database,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       NULL);
}
