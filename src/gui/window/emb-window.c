/* emb-window.c: the manager window
 *
 * The window shows its frame before any page loads: a page (the areas[]
 * table) is created the first time it is shown, and the first one only once
 * the window has painted its first frame, so a programme of a million
 * records opens as fast as an empty one. The daily automatic backup starts
 * after that too (emb-window-files.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-announcements-page.h"
#include "emb-application.h"
#include "emb-feedback-page.h"
#include "emb-file-problem-bar.h"
#include "emb-help.h"
#include "emb-journey-page.h"
#include "emb-overview-page.h"
#include "emb-people-page.h"
#include "emb-pilots-page.h"
#include "emb-programme-store.h"
#include "emb-promises-page.h"
#include "emb-recognition-page.h"
#include "emb-values-page.h"
#include "emb-window-private.h"

/* An area of the programme that has a page. */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon;
  GType     (*get_type) (void);
} Area;

struct _EmbWindow
{
  AdwApplicationWindow  parent_instance;

  EmbDatabase          *database;
  GSettings            *settings;
  GCancellable         *cancellable;   /* the background work, until disposed */

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *busy_page;
  GtkSpinner           *busy_spinner;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  AdwWindowTitle       *content_title;
  GtkWidget            *content_box;
  GtkStack             *stack;
  GtkWidget            *welcome_activity;
  GtkWidget            *sidebar_activity;
  EmbFileProblemBar    *file_problem_bar;

  const Area           *area;          /* the area shown */
  gboolean              shown;         /* the first frame is painted */
  guint                 first_page_idle;
  guint                 backup_idle;
  char                 *file_job;      /* what the file action running does */
  gboolean              backing_up;
};

G_DEFINE_FINAL_TYPE (EmbWindow, emb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The areas, in sidebar order. */
static const Area areas[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", emb_overview_page_get_type },
  { "values", N_("Values & Vision"), "starred-symbolic", emb_values_page_get_type },
  { "promises", N_("Brand Promises"), "emblem-ok-symbolic", emb_promises_page_get_type },
  { "journey", N_("Journey & Responsibilities"), "mark-location-symbolic", emb_journey_page_get_type },
  { "people", N_("People"), "system-users-symbolic", emb_people_page_get_type },
  { "recognition", N_("Recognition"), "emblem-favorite-symbolic", emb_recognition_page_get_type },
  { "pilots", N_("Autonomy Pilots"), "emblem-system-symbolic", emb_pilots_page_get_type },
  { "feedback", N_("Customer Feedback"), "chat-message-new-symbolic", emb_feedback_page_get_type },
  { "announcements", N_("Announcements"), "mail-send-symbolic", emb_announcements_page_get_type },
};

static const Area *
find_area (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_strcmp0 (areas[i].name, name) == 0)
      return &areas[i];
  return NULL;
}

/* The page of @area, created the first time it is asked for. */
static GtkWidget *
ensure_page (EmbWindow  *self,
             const Area *area)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, area->name);
  GtkStackPage *stack_page;

  if (page != NULL)
    return page;

  page = g_object_new (area->get_type (), "database", self->database, NULL);
  stack_page = gtk_stack_add_named (self->stack, page, area->name);
  gtk_stack_page_set_title (stack_page, _(area->title));
  return page;
}

/* Shows the page of the area chosen, once the programme is shown and the
 * window has painted its first frame (or when @now). */
static void
update_page (EmbWindow *self,
             gboolean   now)
{
  if (!now && (!self->shown ||
               g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "programme") != 0))
    return;

  gtk_stack_set_visible_child (self->stack, ensure_page (self, self->area));
}

static void
update_state (EmbWindow *self)
{
  gboolean empty = emb_database_is_empty (self->database);
  const char *visible = gtk_stack_get_visible_child_name (self->main_stack);

  if (!empty)
    {
      gtk_spinner_stop (self->busy_spinner);
      gtk_stack_set_visible_child_name (self->main_stack, "programme");
      update_page (self, FALSE);
    }
  else if (g_strcmp0 (visible, "busy") != 0)
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.fill-demo", empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-empty", empty);
}

static void
on_database_changed (EmbWindow *self,
                     int        kind,
                     int        change,
                     gint64     id)
{
  update_state (self);
}

/**
 * emb_window_show_page:
 * @name: the name of an area, such as "overview"
 *
 * Shows the page of an area and selects it in the sidebar.
 */
void
emb_window_show_page (EmbWindow  *self,
                      const char *name)
{
  const Area *area;
  GtkListBoxRow *row;
  g_autofree char *last = NULL;

  g_return_if_fail (EMB_IS_WINDOW (self));

  area = find_area (name);
  if (area == NULL)
    area = &areas[0];
  self->area = area;

  row = gtk_list_box_get_row_at_index (self->sidebar, area - areas);
  if (gtk_list_box_get_selected_row (self->sidebar) != row)
    gtk_list_box_select_row (self->sidebar, row);

  adw_window_title_set_title (self->content_title, _(area->title));
  update_page (self, gtk_stack_get_child_by_name (self->stack, area->name) != NULL);

  last = g_settings_get_string (self->settings, "last-page");
  if (g_strcmp0 (last, area->name) != 0)
    g_settings_set_string (self->settings, "last-page", area->name);
}

const char *
emb_window_get_page (EmbWindow *self)
{
  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  return self->area->name;
}

/**
 * emb_window_get_view:
 *
 * Returns: "welcome", "busy" or "programme"
 */
const char *
emb_window_get_view (EmbWindow *self)
{
  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * emb_window_get_page_widget:
 *
 * The page of the area @name, created now if it was not yet shown.
 *
 * Returns: (transfer none) (nullable): the page of the area @name
 */
GtkWidget *
emb_window_get_page_widget (EmbWindow  *self,
                            const char *name)
{
  const Area *area;
  GtkWidget *page;

  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  area = find_area (name);
  if (area == NULL)
    return NULL;
  page = ensure_page (self, area);
  /* The stack shows the first page added: make it the chosen one. */
  update_page (self, TRUE);
  return page;
}

void
emb_window_add_toast (EmbWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (EMB_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Background work ------------------------------------------------------------ */

/* The discreet indicator in the header bars, and the file actions, which
 * wait while one runs. */
static void
update_activity (EmbWindow *self)
{
  const char *label = self->file_job != NULL ? self->file_job : _("Backing up…");
  gboolean busy = self->file_job != NULL || self->backing_up;
  GtkWidget *indicators[] = { self->welcome_activity, self->sidebar_activity };
  static const char * const file_actions[] = {
    "win.import", "win.export", "win.backup", "win.restore",
  };

  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    {
      gtk_widget_set_visible (indicators[i], busy);
      gtk_spinner_set_spinning (GTK_SPINNER (indicators[i]), busy);
      gtk_widget_set_tooltip_text (indicators[i], label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (indicators[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (file_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), file_actions[i], self->file_job == NULL);
}

void
_emb_window_set_file_job (EmbWindow  *self,
                          const char *label)
{
  g_free (self->file_job);
  self->file_job = g_strdup (label);
  update_activity (self);
}

void
_emb_window_set_backing_up (EmbWindow *self,
                            gboolean   backing_up)
{
  self->backing_up = backing_up;
  update_activity (self);
}

/**
 * emb_window_get_busy:
 *
 * Returns: %TRUE while a file action or the automatic backup runs
 */
gboolean
emb_window_get_busy (EmbWindow *self)
{
  g_return_val_if_fail (EMB_IS_WINDOW (self), FALSE);

  return self->file_job != NULL || self->backing_up;
}

EmbDatabase *
_emb_window_get_database (EmbWindow *self)
{
  return self->database;
}

GSettings *
_emb_window_get_settings (EmbWindow *self)
{
  return self->settings;
}

GCancellable *
_emb_window_get_cancellable (EmbWindow *self)
{
  return self->cancellable;
}

/* After the first frame ---------------------------------------------------------- */

static gboolean
start_backup_idle (gpointer user_data)
{
  EmbWindow *self = user_data;

  self->backup_idle = 0;
  _emb_window_start_automatic_backup (self);
  return G_SOURCE_REMOVE;
}

static gboolean
first_page_idle (gpointer user_data)
{
  EmbWindow *self = user_data;

  self->first_page_idle = 0;
  self->shown = TRUE;
  update_page (self, FALSE);
  /* The backup waits until the page has had its turn. */
  self->backup_idle = g_idle_add_full (G_PRIORITY_LOW, start_backup_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame (GdkFrameClock *clock,
                EmbWindow     *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  /* At the priority of events, not of idles: under load the accessibility
   * bus alone would keep an idle waiting for seconds. */
  if (!self->shown && self->first_page_idle == 0)
    self->first_page_idle = g_idle_add_full (G_PRIORITY_DEFAULT, first_page_idle, self, NULL);
}

static void
emb_window_map (GtkWidget *widget)
{
  EmbWindow *self = EMB_WINDOW (widget);

  GTK_WIDGET_CLASS (emb_window_parent_class)->map (widget);

  if (!self->shown)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_first_frame), self, 0);
}

static void
on_row_activated (EmbWindow     *self,
                  GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || index >= (int)G_N_ELEMENTS (areas))
    return;

  emb_window_show_page (self, areas[index].name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static GtkWidget *
create_sidebar_row (const Area *area)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (area->icon);
  GtkWidget *label = gtk_label_new (_(area->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, area->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(area->title),
                                  -1);
  return row;
}

void
emb_window_show_busy (EmbWindow  *self,
                      const char *message)
{
  g_return_if_fail (EMB_IS_WINDOW (self));

  adw_status_page_set_title (self->busy_page, message);
  gtk_spinner_start (self->busy_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "busy");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.fill-demo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-empty", FALSE);
}

static void
on_demo_filled (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(EmbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!emb_application_fill_demo_finish (EMB_APPLICATION (source), result, &error))
    {
      AdwToast *toast = adw_toast_new_format (_("Cannot create the demo organisation: %s"),
                                              error->message);

      adw_toast_set_timeout (toast, 0);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      emb_window_add_toast (self, toast);
    }
  update_state (self);
}

static void
fill_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);

  emb_window_show_busy (self, _("Creating the demo organisation…"));
  emb_application_fill_demo_async (EMB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                   NULL, on_demo_filled, g_object_ref (self));
}

static void
on_start_empty_response (AdwMessageDialog *dialog,
                         const char       *response,
                         EmbWindow        *self)
{
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  GtkEditable *entry;

  if (g_strcmp0 (response, "create") != 0)
    return;

  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  organisation = emb_programme_store_get_organisation (self->database, &error);
  if (organisation != NULL)
    {
      emb_organisation_set_name (organisation, gtk_editable_get_text (entry));
      if (emb_programme_store_save_organisation (self->database, organisation, &error))
        return;
    }

  emb_window_add_toast (self, adw_toast_new (error->message));
}

static void
on_organisation_name_changed (GtkEditable      *entry,
                              AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "create", *name != '\0');
}

static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Name Your Organisation"),
                                                       _("Embassy keeps one ambassadorship "
                                                         "programme per database. You can "
                                                         "change the name later.")));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Organisation name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organisation name"),
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "create", FALSE);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (on_organisation_name_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_start_empty_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* The shortcuts of the page shown: the window owns the accelerators and
 * hands them to the visible page's "page.*" actions, so they work wherever
 * the focus is. */
static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, self->area->name);
  g_autofree char *page_action_name = NULL;

  if (page == NULL || g_strcmp0 (emb_window_get_view (self), "programme") != 0)
    return;

  page_action_name = g_strconcat ("page.", action_name + strlen ("win.page-"), NULL);
  gtk_widget_activate_action (page, page_action_name, NULL);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);

  emb_window_show_page (self, g_variant_get_string (parameter, NULL));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* The page of the user guide about what the window shows (F1). */
static const char *
help_page (GtkWidget *widget)
{
  EmbWindow *self = EMB_WINDOW (widget);

  if (g_strcmp0 (emb_window_get_view (self), "programme") != 0)
    return "start";
  return emb_help_page_for_area (self->area->name);
}

static void
save_window_state (EmbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
emb_window_close_request (GtkWindow *window)
{
  save_window_state (EMB_WINDOW (window));

  return GTK_WINDOW_CLASS (emb_window_parent_class)->close_request (window);
}

static void
emb_window_constructed (GObject *object)
{
  EmbWindow *self = (EmbWindow *)object;
  g_autofree char *last = NULL;

  G_OBJECT_CLASS (emb_window_parent_class)->constructed (object);

  g_assert (EMB_IS_DATABASE (self->database));
  g_assert (G_IS_SETTINGS (self->settings));
  emb_file_problem_bar_set_database (self->file_problem_bar, self->database);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    gtk_list_box_append (self->sidebar, create_sidebar_row (&areas[i]));

  g_signal_connect_object (self->sidebar, "row-activated",
                           G_CALLBACK (on_row_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);

  last = g_settings_get_string (self->settings, "last-page");
  emb_window_show_page (self, last);
  update_state (self);
  update_activity (self);
}

static void
emb_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EmbWindow *self = EMB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_window_dispose (GObject *object)
{
  EmbWindow *self = (EmbWindow *)object;

  /* Work in the background stops, and tells this window nothing more. */
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->first_page_idle, g_source_remove);
  g_clear_handle_id (&self->backup_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (emb_window_parent_class)->dispose (object);
}

static void
emb_window_finalize (GObject *object)
{
  EmbWindow *self = (EmbWindow *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->file_job, g_free);

  G_OBJECT_CLASS (emb_window_parent_class)->finalize (object);
}

static void
emb_window_class_init (EmbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = emb_window_constructed;
  object_class->set_property = emb_window_set_property;
  object_class->dispose = emb_window_dispose;
  object_class->finalize = emb_window_finalize;

  widget_class->map = emb_window_map;

  window_class->close_request = emb_window_close_request;

  /* Before the first button shows: names without "_" for screen readers. */
  emb_a11y_name_mnemonic_buttons ();

  /**
   * EmbWindow:database:
   *
   * The programme database the window shows.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbWindow:settings:
   *
   * The application's settings: the window's size and page, the backups.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_FILE_PROBLEM_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gui/window/emb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, busy_page);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, welcome_activity);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, sidebar_activity);
  gtk_widget_class_bind_template_child (widget_class, EmbWindow, file_problem_bar);

  gtk_widget_class_install_action (widget_class, "win.fill-demo", NULL, fill_demo_action);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  emb_help_class_install_shortcuts (widget_class, RESOURCE_BASE "/gui/window/emb-help-overlay.ui");
  emb_help_class_install (widget_class, NULL, help_page);
  _emb_window_class_add_file_actions (widget_class);

  gtk_widget_class_install_action (widget_class, "win.page-new", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.page-search", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.page-delete", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.page-next", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.page-previous", NULL, page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.page-new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.page-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "win.page-delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.page-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.page-previous", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (areas) && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", areas[i].name);
}

static void
emb_window_init (EmbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

EmbWindow *
emb_window_new (EmbApplication *application)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (application), NULL);

  return g_object_new (EMB_TYPE_WINDOW,
                       "application", application,
                       "database", emb_application_get_database (application),
                       "settings", emb_application_get_settings (application),
                       NULL);
}
