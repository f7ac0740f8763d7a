/* emb-window-files.c: import, export, backup and restore in the manager window
 *
 * The work itself is the core's: each action asks for a file, then calls an
 * _async function of src/core (a worker with a connection of its own). While
 * it runs the window shows it in its header bar and offers no other file
 * action; a toast tells the outcome, and an error stays until dismissed.
 * The daily automatic backup starts here too, once the window is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-backup.h"
#include "emb-bundle.h"
#include "emb-import-dialog.h"
#include "emb-window-private.h"

/* A window and the file an action is about: the data of a job, of the
 * restore question and of the Undo of a restore. */
typedef struct _FileJob FileJob;

struct _FileJob
{
  EmbWindow *window;
  GFile     *file;
  FileJob   *undo;     /* of a restore: what was kept aside */
};

static FileJob *
file_job_new (EmbWindow *window,
              GFile     *file)
{
  FileJob *job = g_new0 (FileJob, 1);

  job->window = g_object_ref (window);
  job->file = g_object_ref (file);
  return job;
}

static void
file_job_free (gpointer data)
{
  FileJob *job = data;

  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_clear_pointer (&job->undo, file_job_free);
  g_free (job);
}

static void
file_job_closure_free (gpointer  data,
                       GClosure *closure)
{
  file_job_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileJob, file_job_free)

static void restore_from (EmbWindow *self,
                          GFile     *file);

static void
on_undo_restore (AdwToast *toast,
                 FileJob  *undo)
{
  restore_from (undo->window, undo->file);
}

/* Ends a job: tells @done (when there is no @error), or the error in a
 * toast that stays; nothing when the window went away meanwhile. */
static void
file_job_end (FileJob      *job,
              const GError *error,
              char         *done)
{
  g_autofree char *message = done;
  AdwToast *toast;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      g_cancellable_is_cancelled (_emb_window_get_cancellable (job->window)))
    return;

  _emb_window_set_file_job (job->window, NULL);
  toast = adw_toast_new (error != NULL ? error->message : message);
  if (error != NULL)
    adw_toast_set_timeout (toast, 0);
  else if (job->undo != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_restore),
                             g_steal_pointer (&job->undo), file_job_closure_free, 0);
    }
  emb_window_add_toast (job->window, toast);
}

/* Export ------------------------------------------------------------------ */

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FileJob) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (job->file);

  emb_bundle_export_finish (EMB_DATABASE (source), result, &error);
  file_job_end (job, error, g_strdup_printf (_("Exported the programme to %s"), name));
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
  g_return_if_fail (G_IS_FILE (file));

  _emb_window_set_file_job (self, _("Exporting the programme…"));
  emb_bundle_export_async (_emb_window_get_database (self), file, NULL, NULL,
                           _emb_window_get_cancellable (self),
                           on_exported, file_job_new (self, file));
}

/* Backup ------------------------------------------------------------------ */

static void
on_backed_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FileJob) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (job->file);

  emb_backup_write_finish (EMB_DATABASE (source), result, &error);
  file_job_end (job, error, g_strdup_printf (_("Backed up to %s"), name));
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
  g_autofree char *path = NULL;

  g_return_if_fail (EMB_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  _emb_window_set_file_job (self, _("Backing up…"));
  emb_backup_write_async (_emb_window_get_database (self), path,
                          _emb_window_get_cancellable (self),
                          on_backed_up, file_job_new (self, file));
}

/* Restore ----------------------------------------------------------------- */

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FileJob) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *name = g_file_get_parse_name (job->file);

  if (emb_backup_restore_finish (EMB_DATABASE (source), result, &previous, &error))
    {
      /* The views learn of it as of another process's change. */
      emb_database_check_external_changes (EMB_DATABASE (source));
      if (previous != NULL)
        {
          g_autoptr(GFile) aside = g_file_new_for_path (previous);

          job->undo = file_job_new (job->window, aside);
        }
    }
  file_job_end (job, error, g_strdup_printf (_("Restored from %s"), name));
}

static void
restore_from (EmbWindow *self,
              GFile     *file)
{
  g_autofree char *path = g_file_get_path (file);

  _emb_window_set_file_job (self, _("Restoring…"));
  emb_backup_restore_async (_emb_window_get_database (self), path,
                            _emb_window_get_cancellable (self),
                            on_restored, file_job_new (self, file));
}

static void
on_restore_confirmed (AdwMessageDialog *dialog,
                      const char       *response,
                      FileJob          *question)
{
  if (g_strcmp0 (response, "restore") == 0)
    restore_from (question->window, question->file);
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
  g_autofree char *name = NULL;

  g_return_val_if_fail (EMB_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
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
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_confirmed),
                         file_job_new (self, file), file_job_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/* Choosing files ------------------------------------------------------------ */

typedef void (*FileFunc) (EmbWindow *self,
                          GFile     *file);

/* What to do with the file chosen. */
typedef struct
{
  EmbWindow *window;
  FileFunc   func;
} Choice;

static void
choice_free (gpointer  data,
             GClosure *closure)
{
  Choice *choice = data;

  g_clear_object (&choice->window);
  g_free (choice);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      choice->func (choice->window, file);
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

/* Asks for a file, then calls @func with it. */
static GtkFileChooser *
choose_file (EmbWindow            *self,
             GtkFileChooserAction  action,
             const char           *title,
             FileFunc              func)
{
  GtkFileChooserNative *chooser;
  Choice *choice;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                         action == GTK_FILE_CHOOSER_ACTION_SAVE
                                         ? _("_Save") : _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  choice = g_new0 (Choice, 1);
  choice->window = g_object_ref (self);
  choice->func = func;
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_file_chosen), choice, choice_free, 0);
  return GTK_FILE_CHOOSER (chooser);
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

  dialog = emb_import_dialog_new (GTK_WINDOW (self), _emb_window_get_database (self), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
import_file (EmbWindow *self,
             GFile     *file)
{
  emb_window_import_file (self, file);
}

static void
confirm_restore (EmbWindow *self,
                 GFile     *file)
{
  emb_window_confirm_restore (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooser *chooser = choose_file (EMB_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("Import"), import_file);

  add_filter (chooser, _("Bundles and CSV files"),
              "*.json", "*.JSON", "*.csv", "*.CSV", "*.txt", NULL);
  add_filter (chooser, _("All files"), "*", NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autofree char *name = dated_name ("embassy-programme", "json");
  GtkFileChooser *chooser = choose_file (EMB_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("Export Programme"), emb_window_export_to);

  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autofree char *name = dated_name ("embassy-backup", "db");
  GtkFileChooser *chooser = choose_file (EMB_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("Back Up"), emb_window_backup_to);

  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkFileChooser *chooser = choose_file (EMB_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("Restore from Backup"), confirm_restore);

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_emb_window_class_add_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

/* The automatic backup -------------------------------------------------------- */

static void
on_automatic_backup_done (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(EmbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean made = FALSE;

  if (!emb_backup_rotate_finish (EMB_DATABASE (source), result, &made, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* A failed automatic backup must not stop anyone working: it is logged. */
      g_message ("Automatic backup failed: %s", error->message);
    }
  else if (made)
    g_debug ("Wrote today’s automatic backup of %s",
             emb_database_get_path (EMB_DATABASE (source)));

  _emb_window_set_backing_up (self, FALSE);
}

/* Keeps a backup a day beside the database, gently, on a worker; called
 * once the window is shown. */
void
_emb_window_start_automatic_backup (EmbWindow *self)
{
  GSettings *settings = _emb_window_get_settings (self);
  EmbDatabase *db = _emb_window_get_database (self);
  g_autofree char *folder = NULL;

  if (!g_settings_get_boolean (settings, "automatic-backups"))
    return;

  folder = emb_backup_default_folder (db);
  _emb_window_set_backing_up (self, TRUE);
  emb_backup_rotate_async (db, folder, MAX (g_settings_get_uint (settings, "backups-to-keep"), 1),
                           _emb_window_get_cancellable (self),
                           on_automatic_backup_done, g_object_ref (self));
}
