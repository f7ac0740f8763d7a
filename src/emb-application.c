/* emb-application.c: the Embassy application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-application"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-application.h"
#include "emb-a11y.h"
#include "emb-command-line.h"
#include "emb-demo.h"
#include "emb-feedback-retention.h"
#include "emb-help.h"
#include "emb-kiosk-window.h"
#include "emb-preferences-window.h"
#include "emb-retention-runner.h"
#include "emb-staff-window.h"
#include "emb-window.h"

struct _EmbApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  EmbDatabase    *database;
  char           *database_path;
  gboolean        fill_demo;
  gboolean        staff;
  gboolean        kiosk;
  /* The feedback retention rule, run by the manager window only. */
  EmbRetentionRunner *retention;
};

G_DEFINE_FINAL_TYPE (EmbApplication, emb_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the programme database at PATH"), N_("PATH") },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Fill an empty database with the demo organisation"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { "staff", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open the staff view, where employees sign in with their PIN, instead of the manager window"),
    NULL },
  { "kiosk", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Run as the break-room kiosk: full screen and locked, left only with the manager PIN"),
    NULL },
  { "apply-retention", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Clear the texts of customer feedback older than the programme keeps them, and quit"),
    NULL },
  { NULL }
};

EmbApplication *
emb_application_new (void)
{
  return g_object_new (EMB_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

EmbDatabase *
emb_application_get_database (EmbApplication *self)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (self), NULL);

  return self->database;
}

/**
 * emb_application_set_database_path:
 *
 * Chooses the database the next activation opens, as --database does.
 */
void
emb_application_set_database_path (EmbApplication *self,
                                   const char     *path)
{
  g_return_if_fail (EMB_IS_APPLICATION (self));
  g_return_if_fail (self->database == NULL);

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}

/**
 * emb_application_get_database_path:
 *
 * Returns: (nullable): the file of the programme database, opened or not
 */
const char *
emb_application_get_database_path (EmbApplication *self)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (self), NULL);

  return self->database != NULL ? emb_database_get_path (self->database) : self->database_path;
}

/**
 * emb_application_get_kiosk:
 *
 * Returns: whether the application runs as the kiosk (--kiosk)
 */
gboolean
emb_application_get_kiosk (EmbApplication *self)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (self), FALSE);

  return self->kiosk;
}

GSettings *
emb_application_get_settings (EmbApplication *self)
{
  g_return_val_if_fail (EMB_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* embassy --apply-retention, for scripts: the rule of the Preferences, now,
 * whether due or not. */
static int
apply_retention (const char *path)
{
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  EmbRetentionResult result;

  /* A file that is not there is no programme to clear, not one to make. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("There is no programme database at %s.\n"), path);
      return 1;
    }
  db = emb_database_open (path, &error);
  if (db == NULL || !emb_feedback_retention_apply (db, NULL, NULL, &result, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (result.months == EMB_RETENTION_FOREVER)
    message = g_strdup (_("Customer feedback texts are kept for ever: nothing was cleared."));
  else if (result.cleared == 0)
    {
      g_autofree char *period = emb_retention_describe_period (result.months);

      /* Translators: %s is a period ("2 years") */
      message = g_strdup_printf (_("No customer feedback text is older than %s: nothing was "
                                   "cleared."), period);
    }
  else
    message = emb_retention_describe_cleared (result.cleared, result.months);
  g_print ("%s\n", message);
  return 0;
}

static int
emb_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  EmbApplication *self = EMB_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Embassy"), PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    self->database_path = g_canonicalize_filename (path, NULL);
  else if (g_getenv ("EMBASSY_DATABASE") != NULL && *g_getenv ("EMBASSY_DATABASE") != '\0')
    self->database_path = g_canonicalize_filename (g_getenv ("EMBASSY_DATABASE"), NULL);
  else
    self->database_path = emb_database_default_path ();

  self->fill_demo = g_variant_dict_contains (options, "demo");
  self->staff = g_variant_dict_contains (options, "staff");
  self->kiosk = g_variant_dict_contains (options, "kiosk");

  if (g_variant_dict_contains (options, "apply-retention"))
    return apply_retention (self->database_path);

  /* --import, --export, --backup and --restore need no display. */
  return emb_command_line_run (options, self->database_path);
}

/* Demo ------------------------------------------------------------------ */

static void
fill_demo_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: a sqlite3* never crosses threads. */
  db = emb_database_open (path, &error);
  if (db == NULL || !emb_demo_populate (db, EMB_DEMO_DEFAULT_SEED, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * emb_application_fill_demo_async:
 *
 * Fills the (empty) programme database with the demo organisation on a
 * worker thread. The open windows learn of it through the database's change
 * notice.
 */
void
emb_application_fill_demo_async (EmbApplication      *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (EMB_IS_APPLICATION (self));
  g_return_if_fail (self->database != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_application_fill_demo_async);
  g_task_set_task_data (task, g_strdup (emb_database_get_path (self->database)), g_free);
  g_task_run_in_thread (task, fill_demo_thread);
}

gboolean
emb_application_fill_demo_finish (EmbApplication  *self,
                                  GAsyncResult    *result,
                                  GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  emb_database_check_external_changes (self->database);
  return TRUE;
}

/* Start-up -------------------------------------------------------------- */

/* For the benchmark's start-up figure (tests/bench): with
 * EMBASSY_QUIT_AFTER_MAP=1 in the environment, the time of the window's
 * first frame is printed (g_get_monotonic_time(), which a parent process
 * shares) and the application quits. */
static void
on_first_frame (GdkFrameClock  *clock,
                EmbApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  g_print ("first-frame-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (self));
}

static void
on_window_mapped (GtkWidget      *window,
                  EmbApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame), self, 0);
}

static void
quit_after_first_frame (EmbApplication *self,
                        GtkWindow      *window)
{
  if (g_strcmp0 (g_getenv ("EMBASSY_QUIT_AFTER_MAP"), "1") == 0)
    g_signal_connect_object (window, "map", G_CALLBACK (on_window_mapped), self, 0);
}

static void
on_open_error_response (AdwMessageDialog *dialog,
                        const char       *response,
                        EmbApplication   *self)
{
  g_application_release (G_APPLICATION (self));
}

static void
show_open_error (EmbApplication *self,
                 const GError   *error)
{
  AdwMessageDialog *dialog;

  g_debug ("%s", error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL,
                                                       _("Cannot Open the Programme Database"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("%s\n\nThe file has not been changed. Check the file, "
                                    "or start Embassy with another one "
                                    "(embassy --database PATH)."),
                                  error->message);
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  adw_message_dialog_set_default_response (dialog, "quit");
  adw_message_dialog_set_close_response (dialog, "quit");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_error_response), self);

  /* Keep running until the dialog is answered. */
  g_application_hold (G_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_demo_filled (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  EmbApplication *self = EMB_APPLICATION (source);
  g_autoptr(GError) error = NULL;

  if (!emb_application_fill_demo_finish (self, result, &error))
    g_warning ("Cannot fill the demo organisation: %s", error->message);
}

static void
on_watch_interval_changed (EmbApplication *self)
{
  if (self->database != NULL)
    emb_database_watch_external_changes (self->database,
                                         g_settings_get_uint (self->settings, "watch-interval"));
}

/* The retention rule of customer feedback texts: in the manager's
 * application only (not --staff nor --kiosk), once the window is shown and
 * then daily while it runs (emb-retention-runner.c). */
static void
start_retention (EmbApplication *self,
                 GtkWindow      *window)
{
  if (self->kiosk || self->staff || self->database == NULL || self->retention != NULL)
    return;
  self->retention = emb_retention_runner_new (self->database, GTK_WIDGET (window));
  emb_retention_runner_start (self->retention);
}

static void
emb_application_activate (GApplication *app)
{
  EmbApplication *self = EMB_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database == NULL)
    {
      if (self->database_path == NULL)
        self->database_path = emb_database_default_path ();

      /* The kiosk creates no file and shows no dialog: it starts on its
       * idle screen and opens the file when it can. */
      if (self->kiosk && !self->fill_demo && !g_file_test (self->database_path, G_FILE_TEST_EXISTS))
        g_message ("The programme database %s does not exist yet", self->database_path);
      else
        self->database = emb_database_open (self->database_path, &error);
      if (self->database == NULL && !self->kiosk)
        {
          show_open_error (self, error);
          return;
        }
      if (error != NULL)
        g_message ("%s", error->message);
      on_watch_interval_changed (self);
    }

  if (self->kiosk)
    window = GTK_WINDOW (emb_kiosk_window_new (self));
  else if (self->staff)
    window = GTK_WINDOW (emb_staff_window_new (self));
  else
    window = GTK_WINDOW (emb_window_new (self));
  quit_after_first_frame (self, window);
  gtk_window_present (window);
  start_retention (self, window);

  if (self->fill_demo && self->database != NULL && emb_database_is_empty (self->database))
    {
      self->fill_demo = FALSE;
      /* The staff window's sign-in finds the people once they are in. */
      if (EMB_IS_WINDOW (window))
        emb_window_show_busy (EMB_WINDOW (window), _("Creating the demo organisation…"));
      emb_application_fill_demo_async (self, NULL, on_demo_filled, NULL);
    }
}

/* Actions --------------------------------------------------------------- */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  EmbApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows saves their state. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (l->data);
    }
  g_application_quit (G_APPLICATION (self));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  EmbApplication *self = user_data;
  const char *developers[] = { _("The Embassy developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Embassy"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Embassy developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Every employee knows the brand promise and delivers "
                                       "it wherever customers meet the company."),
                         "website", "https://github.com/embassyapp/embassy",
                         "issue-url", "https://github.com/embassyapp/embassy/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  EmbApplication *self = user_data;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  EmbPreferencesWindow *prefs;

  /* The preferences hold the anonymity threshold and the kiosk's manager
   * PIN: not for whoever sits at the staff view, even on the manager's
   * computer (Ctrl+, is an application accelerator). */
  if (EMB_IS_STAFF_WINDOW (active))
    return;

  prefs = emb_preferences_window_new (self->settings, self->database);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), active);
  gtk_window_present (GTK_WINDOW (prefs));
}

/* The staff view beside the manager window, for a shared computer. */
static void
open_staff_view_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  EmbApplication *self = user_data;

  if (self->database == NULL)
    return;
  gtk_window_present (GTK_WINDOW (emb_staff_window_new (self)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "open-staff-view", open_staff_view_activated },
};

static void
apply_color_scheme (EmbApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (scheme, G_N_ELEMENTS (schemes) - 1)]);
}

/* The kiosk has no application actions and no shortcuts at all: nothing
 * quits it, opens the preferences or another window. Every accelerator
 * goes, ours and those GTK set up (the help overlay's Ctrl+?). */
static void
lock_down (EmbApplication *self)
{
  static const char *none[] = { NULL };
  g_auto(GStrv) accels = gtk_application_list_action_descriptions (GTK_APPLICATION (self));

  for (guint i = 0; i < G_N_ELEMENTS (app_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), app_actions[i].name);
  for (guint i = 0; accels[i] != NULL; i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i], none);
}

static void
emb_application_startup (GApplication *app)
{
  EmbApplication *self = EMB_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (emb_application_parent_class)->startup (app);
  /* Before any window, the kiosk's and the error dialog's included. */
  emb_a11y_name_mnemonic_buttons ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
  emb_help_set_accels (GTK_APPLICATION (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::watch-interval",
                           G_CALLBACK (on_watch_interval_changed), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  if (self->kiosk)
    lock_down (self);
  else if (self->staff)
    g_action_map_remove_action (G_ACTION_MAP (self), "preferences");
}

static void
emb_application_dispose (GObject *object)
{
  EmbApplication *self = (EmbApplication *)object;

  g_clear_object (&self->retention);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (emb_application_parent_class)->dispose (object);
}

static void
emb_application_finalize (GObject *object)
{
  EmbApplication *self = (EmbApplication *)object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (emb_application_parent_class)->finalize (object);
}

static void
emb_application_class_init (EmbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = emb_application_dispose;
  object_class->finalize = emb_application_finalize;

  app_class->handle_local_options = emb_application_handle_local_options;
  app_class->startup = emb_application_startup;
  app_class->activate = emb_application_activate;
}

static void
add_translated_options (EmbApplication     *self,
                        const GOptionEntry *entries)
{
  guint n = 0;
  g_autofree GOptionEntry *copy = NULL;

  while (entries[n].long_name != NULL)
    n++;
  copy = g_memdup2 (entries, (n + 1) * sizeof (GOptionEntry));

  /* The descriptions are translated at run time. */
  for (guint i = 0; i < n; i++)
    {
      copy[i].description = _(copy[i].description);
      if (copy[i].arg_description != NULL)
        copy[i].arg_description = _(copy[i].arg_description);
    }
  g_application_add_main_option_entries (G_APPLICATION (self), copy);
}

static void
emb_application_init (EmbApplication *self)
{
  add_translated_options (self, option_entries);
  add_translated_options (self, emb_command_line_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run an employee ambassadorship programme."));
}
