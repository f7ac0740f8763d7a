/* emb-window.c: the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-backup.h"
#include "emb-bundle.h"
#include "emb-import-dialog.h"
#include "emb-journey-page.h"
#include "emb-overview-page.h"
#include "emb-people-page.h"
#include "emb-pilots-page.h"
#include "emb-programme-store.h"
#include "emb-promises-page.h"
#include "emb-recognition-page.h"
#include "emb-values-page.h"
#include "emb-window.h"

struct _EmbWindow
{
  AdwApplicationWindow  parent_instance;

  EmbApplication       *application;
  EmbDatabase          *database;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *busy_page;
  GtkSpinner           *busy_spinner;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  AdwWindowTitle       *content_title;
  GtkWidget            *content_box;
  GtkStack             *stack;
};

G_DEFINE_FINAL_TYPE (EmbWindow, emb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_APPLICATION_OBJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The areas of the programme that have a page, in sidebar order. */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon;
  GType     (*get_type) (void);
} Area;

static const Area areas[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", emb_overview_page_get_type },
  { "values", N_("Values & Vision"), "starred-symbolic", emb_values_page_get_type },
  { "promises", N_("Brand Promises"), "emblem-ok-symbolic", emb_promises_page_get_type },
  { "journey", N_("Journey & Responsibilities"), "mark-location-symbolic", emb_journey_page_get_type },
  { "people", N_("People"), "system-users-symbolic", emb_people_page_get_type },
  { "recognition", N_("Recognition"), "emblem-favorite-symbolic", emb_recognition_page_get_type },
  { "pilots", N_("Autonomy Pilots"), "emblem-system-symbolic", emb_pilots_page_get_type },
};

static const Area *
find_area (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_strcmp0 (areas[i].name, name) == 0)
      return &areas[i];
  return NULL;
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

  g_return_if_fail (EMB_IS_WINDOW (self));

  area = find_area (name);
  if (area == NULL)
    area = &areas[0];

  row = gtk_list_box_get_row_at_index (self->sidebar, area - areas);
  if (gtk_list_box_get_selected_row (self->sidebar) != row)
    gtk_list_box_select_row (self->sidebar, row);

  gtk_stack_set_visible_child_name (self->stack, area->name);
  adw_window_title_set_title (self->content_title, _(area->title));
  g_settings_set_string (self->settings, "last-page", area->name);
}

const char *
emb_window_get_page (EmbWindow *self)
{
  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
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
 * Returns: (transfer none) (nullable): the page of the area @name
 */
GtkWidget *
emb_window_get_page_widget (EmbWindow  *self,
                            const char *name)
{
  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  return gtk_stack_get_child_by_name (self->stack, name);
}

void
emb_window_add_toast (EmbWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (EMB_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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
  emb_application_fill_demo_async (self->application, NULL, on_demo_filled, g_object_ref (self));
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
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
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

/* Import, export, backup and restore ------------------------------------ */

static void
on_imported (EmbWindow  *self,
             const char *summary)
{
  emb_window_add_toast (self, adw_toast_new (summary));
}

/**
 * emb_window_import_file:
 *
 * Opens the import assistant on @file.
 *
 * Returns: (transfer none): the assistant
 */
GtkWindow *
emb_window_import_file (EmbWindow *self,
                        GFile     *file)
{
  EmbImportDialog *dialog;

  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  dialog = emb_import_dialog_new (GTK_WINDOW (self), self->database, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
on_import_file_chosen (GtkNativeDialog *chooser,
                       int              response,
                       EmbWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      emb_window_import_file (self, file);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            ...)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  va_list args;

  gtk_file_filter_set_name (filter, name);
  va_start (args, pattern);
  for (; pattern != NULL; pattern = va_arg (args, const char *))
    gtk_file_filter_add_pattern (filter, pattern);
  va_end (args);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("Bundles and CSV files"),
              "*.json", "*.JSON", "*.csv", "*.CSV", "*.txt", NULL);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), "*", NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef enum
{
  FILE_JOB_EXPORT,
  FILE_JOB_BACKUP,
  FILE_JOB_RESTORE,
} FileJobKind;

typedef struct
{
  FileJobKind  kind;
  char        *database_path;
  GFile       *file;
  char        *previous;
} FileJob;

static void
file_job_free (gpointer data)
{
  FileJob *job = data;

  g_free (job->database_path);
  g_clear_object (&job->file);
  g_free (job->previous);
  g_free (job);
}

static void
file_job_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  FileJob *job = task_data;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (job->file);
  gboolean ok = FALSE;

  switch (job->kind)
    {
    case FILE_JOB_EXPORT:
      /* A connection of its own: a sqlite3* never crosses threads. */
      db = emb_database_open (job->database_path, &error);
      ok = db != NULL && emb_bundle_export (db, job->file, NULL, NULL, cancellable, &error);
      break;

    case FILE_JOB_BACKUP:
      db = emb_database_open (job->database_path, &error);
      ok = db != NULL && emb_backup_write (db, path, NULL, NULL, cancellable, &error);
      break;

    case FILE_JOB_RESTORE:
      ok = emb_backup_restore (path, job->database_path, &job->previous, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
restore_previous (EmbWindow *self,
                  AdwToast  *toast);

static void on_file_job_done (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data);

static void
run_file_job (EmbWindow   *self,
              FileJobKind  kind,
              GFile       *file)
{
  g_autoptr(GTask) task = NULL;
  FileJob *job = g_new0 (FileJob, 1);

  job->kind = kind;
  job->database_path = g_strdup (emb_database_get_path (self->database));
  job->file = g_object_ref (file);

  task = g_task_new (self, NULL, on_file_job_done, NULL);
  g_task_set_source_tag (task, run_file_job);
  g_task_set_task_data (task, job, file_job_free);
  g_task_run_in_thread (task, file_job_thread);
}

static void
on_file_job_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  EmbWindow *self = EMB_WINDOW (source);
  FileJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (job->file);
  AdwToast *toast;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      toast = adw_toast_new (error->message);
      adw_toast_set_timeout (toast, 0);
      emb_window_add_toast (self, toast);
      return;
    }

  switch (job->kind)
    {
    case FILE_JOB_EXPORT:
      toast = adw_toast_new_format (_("Exported the programme to %s"), name);
      break;

    case FILE_JOB_BACKUP:
      toast = adw_toast_new_format (_("Backed up to %s"), name);
      break;

    case FILE_JOB_RESTORE:
      emb_database_check_external_changes (self->database);
      toast = adw_toast_new_format (_("Restored from %s"), name);
      if (job->previous != NULL)
        {
          adw_toast_set_button_label (toast, _("_Undo"));
          g_object_set_data_full (G_OBJECT (toast), "previous", g_strdup (job->previous), g_free);
          g_signal_connect_object (toast, "button-clicked",
                                   G_CALLBACK (restore_previous), self, G_CONNECT_SWAPPED);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  emb_window_add_toast (self, toast);
}

static void
restore_previous (EmbWindow *self,
                  AdwToast  *toast)
{
  const char *previous = g_object_get_data (G_OBJECT (toast), "previous");
  g_autoptr(GFile) file = g_file_new_for_path (previous);

  run_file_job (self, FILE_JOB_RESTORE, file);
}

static void
on_save_file_chosen (GtkNativeDialog *chooser,
                     int              response,
                     EmbWindow       *self)
{
  FileJobKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      run_file_job (self, kind, file);
    }
  g_object_unref (chooser);
}

static void
choose_save_file (EmbWindow   *self,
                  FileJobKind  kind,
                  const char  *title,
                  const char  *suggested_name)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dated_name (const char *stem,
            const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, date, extension);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autofree char *name = dated_name ("embassy-programme", "json");

  choose_save_file (EMB_WINDOW (widget), FILE_JOB_EXPORT, _("Export Programme"), name);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autofree char *name = dated_name ("embassy-backup", "db");

  choose_save_file (EMB_WINDOW (widget), FILE_JOB_BACKUP, _("Back Up"), name);
}

static void
on_restore_confirmed (AdwMessageDialog *dialog,
                      const char       *response,
                      EmbWindow        *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_strcmp0 (response, "restore") == 0)
    run_file_job (self, FILE_JOB_RESTORE, file);
}

/**
 * emb_window_confirm_restore:
 *
 * Asks before replacing the programme with the backup @file.
 *
 * Returns: (transfer none): the question
 */
GtkWindow *
emb_window_confirm_restore (EmbWindow *self,
                            GFile     *file)
{
  AdwMessageDialog *dialog;
  g_autofree char *name = g_file_get_basename (file);

  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Restore from Backup?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The programme will be replaced by the backup “%s”. "
                                    "The current data is kept aside, and the restore can be "
                                    "undone."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_confirmed), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
on_restore_file_chosen (GtkNativeDialog *chooser,
                        int              response,
                        EmbWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      emb_window_confirm_restore (self, file);
    }
  g_object_unref (chooser);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbWindow *self = EMB_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Restore from Backup"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_restore_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * emb_window_export_to:
 *
 * Exports the programme to @file on a worker thread, as the Export action
 * does once a file is chosen; a toast tells the outcome.
 */
void
emb_window_export_to (EmbWindow *self,
                      GFile     *file)
{
  g_return_if_fail (EMB_IS_WINDOW (self));

  run_file_job (self, FILE_JOB_EXPORT, file);
}

/**
 * emb_window_backup_to:
 *
 * Backs the database up to @file on a worker thread.
 */
void
emb_window_backup_to (EmbWindow *self,
                      GFile     *file)
{
  g_return_if_fail (EMB_IS_WINDOW (self));

  run_file_job (self, FILE_JOB_BACKUP, file);
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

  G_OBJECT_CLASS (emb_window_parent_class)->constructed (object);

  self->database = g_object_ref (emb_application_get_database (self->application));
  self->settings = g_object_ref (emb_application_get_settings (self->application));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = g_object_new (areas[i].get_type (), "database", self->database, NULL);
      GtkStackPage *stack_page = gtk_stack_add_named (self->stack, page, areas[i].name);

      gtk_stack_page_set_title (stack_page, _(areas[i].title));
      gtk_list_box_append (self->sidebar, create_sidebar_row (&areas[i]));
    }

  g_signal_connect_object (self->sidebar, "row-activated",
                           G_CALLBACK (on_row_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);

  {
    g_autofree char *last = g_settings_get_string (self->settings, "last-page");
    emb_window_show_page (self, last);
  }
  update_state (self);
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
    case PROP_APPLICATION_OBJECT:
      self->application = g_value_get_object (value);
      gtk_window_set_application (GTK_WINDOW (self), GTK_APPLICATION (self->application));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_window_dispose (GObject *object)
{
  EmbWindow *self = (EmbWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (emb_window_parent_class)->dispose (object);
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

  window_class->close_request = emb_window_close_request;

  properties[PROP_APPLICATION_OBJECT] =
    g_param_spec_object ("embassy-application", NULL, NULL,
                         EMB_TYPE_APPLICATION,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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

  gtk_widget_class_install_action (widget_class, "win.fill-demo", NULL, fill_demo_action);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (areas) && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", areas[i].name);
}

static void
emb_window_init (EmbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

EmbWindow *
emb_window_new (EmbApplication *application)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (application), NULL);

  return g_object_new (EMB_TYPE_WINDOW,
                       "embassy-application", application,
                       NULL);
}
