/* emb-staff-home.c: what a signed-in employee sees, made for one session
 *
 * The window makes a home when a person signs in and destroys it when they
 * sign out: the views, their rows and the dialogs they opened go with it,
 * so nothing of one person is left on screen or in the accessibility tree
 * for the next. The header names the person (with their menu: change my
 * PIN, sign out) and switches between the views; a narrow window moves the
 * switcher to a bar at the bottom.
 *
 * Every page of the view stack whose child has a "session" property gets
 * the session (and "database", where it has one, to follow changes): a new
 * view is one AdwViewStackPage in emb-staff-home.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-home"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-staff-acknowledge-view.h"
#include "emb-staff-autonomy-view.h"
#include "emb-staff-feedback-view.h"
#include "emb-staff-home.h"
#include "emb-staff-me-view.h"
#include "emb-staff-pin-dialog.h"
#include "emb-staff-recognition-view.h"
#include "emb-staff-view.h"

struct _EmbStaffHome
{
  GtkBox           parent_instance;

  EmbDatabase     *database;
  EmbStaffSession *session;
  GtkWindow       *dialog;

  GtkMenuButton   *person_button;
  GtkLabel        *person_label;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack    *stack;
  AdwViewStackPage *acknowledge_page;
  GtkWidget       *acknowledge_view;
};

G_DEFINE_FINAL_TYPE (EmbStaffHome, emb_staff_home, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_if_known (GObject    *view,
              const char *name,
              gpointer    value)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), name) != NULL)
    g_object_set (view, name, value, NULL);
}

/* Gives every view the session (or NULL, to empty them). */
static void
give_views (EmbStaffHome    *self,
            EmbStaffSession *session)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GObject *view = G_OBJECT (adw_view_stack_page_get_child (page));

      if (session != NULL)
        set_if_known (view, "database", self->database);
      set_if_known (view, "session", session);
    }
}

static void
on_n_pending (EmbStaffHome *self)
{
  guint n = emb_staff_acknowledge_view_get_n_pending (EMB_STAFF_ACKNOWLEDGE_VIEW (self->acknowledge_view));

  adw_view_stack_page_set_badge_number (self->acknowledge_page, n);
  adw_view_stack_page_set_needs_attention (self->acknowledge_page, n > 0);
}

/* The dialog's events put off the window's idle sign-out too. */
static gboolean
on_dialog_event (GtkEventControllerLegacy *controller,
                 GdkEvent                 *event,
                 EmbStaffHome             *self)
{
  if (emb_staff_event_is_activity (event))
    gtk_widget_activate_action (GTK_WIDGET (self), "staff.activity", NULL);
  return GDK_EVENT_PROPAGATE;
}

static void
on_dialog_destroyed (EmbStaffHome *self)
{
  self->dialog = NULL;
}

/**
 * emb_staff_home_change_pin:
 *
 * Opens the dialog in which the person changes their own PIN.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
emb_staff_home_change_pin (EmbStaffHome *self)
{
  GtkEventController *legacy;

  g_return_val_if_fail (EMB_IS_STAFF_HOME (self), NULL);

  if (self->dialog == NULL)
    {
      self->dialog = GTK_WINDOW (emb_staff_pin_dialog_new (self->session));
      gtk_window_set_transient_for (self->dialog, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
      gtk_window_set_modal (self->dialog, TRUE);
      g_signal_connect_object (self->dialog, "destroy", G_CALLBACK (on_dialog_destroyed), self,
                               G_CONNECT_SWAPPED);
      legacy = gtk_event_controller_legacy_new ();
      gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
      g_signal_connect_object (legacy, "event", G_CALLBACK (on_dialog_event), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (self->dialog), legacy);
    }
  gtk_window_present (self->dialog);
  return self->dialog;
}

/**
 * emb_staff_home_get_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog open, if any
 */
GtkWindow *
emb_staff_home_get_dialog (EmbStaffHome *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_HOME (self), NULL);

  return self->dialog;
}

static void
change_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  emb_staff_home_change_pin (EMB_STAFF_HOME (widget));
}

GtkWidget *
emb_staff_home_new (EmbDatabase     *database,
                    EmbStaffSession *session)
{
  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (session), NULL);

  return g_object_new (EMB_TYPE_STAFF_HOME, "database", database, "session", session, NULL);
}

/**
 * emb_staff_home_get_session:
 *
 * Returns: (transfer none): the session the home was made for
 */
EmbStaffSession *
emb_staff_home_get_session (EmbStaffHome *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_HOME (self), NULL);

  return self->session;
}

void
emb_staff_home_show_view (EmbStaffHome *self,
                          const char   *name)
{
  g_return_if_fail (EMB_IS_STAFF_HOME (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * emb_staff_home_get_view:
 *
 * Returns: (transfer none) (nullable): the view named @name ("me",
 *   "acknowledge", …)
 */
GtkWidget *
emb_staff_home_get_view (EmbStaffHome *self,
                         const char   *name)
{
  g_return_val_if_fail (EMB_IS_STAFF_HOME (self), NULL);

  return adw_view_stack_get_child_by_name (self->stack, name);
}

static void
emb_staff_home_constructed (GObject *object)
{
  EmbStaffHome *self = (EmbStaffHome *)object;
  g_autoptr(EmbEmployee) employee = NULL;
  g_autofree char *menu_label = NULL;

  G_OBJECT_CLASS (emb_staff_home_parent_class)->constructed (object);

  g_assert (EMB_IS_DATABASE (self->database));
  g_assert (EMB_IS_STAFF_SESSION (self->session));

  employee = emb_staff_session_get_employee (self->session);
  if (employee != NULL)
    {
      gtk_label_set_text (self->person_label, emb_employee_get_name (employee));
      /* Shown when the window is too narrow for the switcher. */
      adw_view_switcher_title_set_title (self->switcher_title, emb_employee_get_name (employee));
      /* Translators: the menu of the signed-in person, "Anna Nowak: menu" */
      menu_label = g_strdup_printf (_("%s: menu"), emb_employee_get_name (employee));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_button), emb_employee_get_name (employee));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->person_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                      -1);
    }

  g_signal_connect_object (self->acknowledge_view, "notify::n-pending",
                           G_CALLBACK (on_n_pending), self, G_CONNECT_SWAPPED);
  give_views (self, self->session);
}

static void
emb_staff_home_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EmbStaffHome *self = EMB_STAFF_HOME (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_home_dispose (GObject *object)
{
  EmbStaffHome *self = (EmbStaffHome *)object;

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (self->stack != NULL)
    give_views (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_HOME);
  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_staff_home_parent_class)->dispose (object);
}

static void
emb_staff_home_class_init (EmbStaffHomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_staff_home_constructed;
  object_class->set_property = emb_staff_home_set_property;
  object_class->dispose = emb_staff_home_dispose;

  /**
   * EmbStaffHome:database:
   *
   * The database, whose changes the views follow.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbStaffHome:session:
   *
   * The signed-in person's session.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         EMB_TYPE_STAFF_SESSION,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_STAFF_ME_VIEW);
  g_type_ensure (EMB_TYPE_STAFF_ACKNOWLEDGE_VIEW);
  g_type_ensure (EMB_TYPE_STAFF_RECOGNITION_VIEW);
  g_type_ensure (EMB_TYPE_STAFF_AUTONOMY_VIEW);
  g_type_ensure (EMB_TYPE_STAFF_FEEDBACK_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gui/staff/emb-staff-home.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffHome, person_button);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffHome, person_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffHome, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffHome, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffHome, acknowledge_page);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffHome, acknowledge_view);

  gtk_widget_class_install_action (widget_class, "home.change-pin", NULL, change_pin_action);
}

static void
emb_staff_home_init (EmbStaffHome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
