/* emb-announcements-actions.c: the workflow of the Announcements page
 *
 * Write and change an announcement in a dialog (EmbAnnouncementEditor),
 * publish it and withdraw it (after asking, with how many it reaches or how
 * many acknowledgements go), export the statuses of the employees it
 * addresses as CSV (chosen with a GtkFileChooserNative, written on a worker
 * thread), and delete it with Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-announcement-editor.h"
#include "emb-announcement-status.h"
#include "emb-announcement-store.h"
#include "emb-announcements-page-private.h"

/* Writing ----------------------------------------------------------------- */

static void
on_saved (EmbAnnouncementsPage *self,
          gint64                id,
          gboolean              republished)
{
  _emb_announcements_page_after_change (self, id, republished ? _("Announcement published again") : _("Announcement saved"));
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
open_editor (EmbAnnouncementsPage *self,
             EmbAnnouncement      *announcement)
{
  EmbAnnouncementEditor *editor = emb_announcement_editor_new (DATABASE (self), announcement);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_saved), self, G_CONNECT_SWAPPED);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (EMB_ANNOUNCEMENTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (widget);

  if (_emb_announcements_page_current (self) != NULL)
    open_editor (self, _emb_announcements_page_current (self));
}

/* Publishing and withdrawing ---------------------------------------------- */

/* Asks @heading with @body; @verb answers yes, in @appearance. */
static void
ask (EmbAnnouncementsPage *self,
     const char           *heading,
     const char           *body,
     const char           *response,
     const char           *verb,
     AdwResponseAppearance appearance,
     GCallback             on_response)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, verb, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The announcement asked about: the selection may change meanwhile. */
  g_object_set_data_full (G_OBJECT (dialog), "announcement-id",
                          g_memdup2 (&(gint64){ _emb_announcements_page_current_id (self) }, sizeof (gint64)), g_free);
  g_signal_connect_object (dialog, "response", on_response, self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
}

static gint64
asked_id (AdwMessageDialog *dialog)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "announcement-id");

  return id != NULL ? *id : 0;
}

static void
on_publish_response (AdwMessageDialog     *dialog,
                     const char           *response,
                     EmbAnnouncementsPage *self)
{
  gint64 id = asked_id (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "publish") != 0 || id == 0)
    return;
  if (!emb_announcement_store_publish (DATABASE (self), id, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }
  _emb_announcements_page_after_change (self, id, _("Announcement published"));
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (widget);
  EmbAnnouncement *announcement = _emb_announcements_page_current (self);
  g_autoptr(GListModel) addressed = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n;

  if (announcement == NULL)
    return;
  addressed = emb_announcement_status_query (DATABASE (self), _emb_announcements_page_current_id (self),
                                             EMB_ANNOUNCEMENT_STATUS_ALL);
  n = g_list_model_get_n_items (addressed);
  /* Translators: a question, with the title of an announcement */
  heading = g_strdup_printf (_("Publish “%s”?"), emb_announcement_get_title (announcement));
  if (emb_announcement_get_needs_ack (announcement))
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "It goes to the %u employee it addresses, who is asked "
                                         "to acknowledge it.",
                                         "It goes to the %u employees it addresses, who are "
                                         "asked to acknowledge it.",
                                         n),
                            n);
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "It goes to the %u employee it addresses, for "
                                         "information.",
                                         "It goes to the %u employees it addresses, for "
                                         "information.",
                                         n),
                            n);
  ask (self, heading, body, "publish", _("_Publish"), ADW_RESPONSE_SUGGESTED,
       G_CALLBACK (on_publish_response));
}

static void
on_unpublish_response (AdwMessageDialog     *dialog,
                       const char           *response,
                       EmbAnnouncementsPage *self)
{
  gint64 id = asked_id (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "withdraw") != 0 || id == 0)
    return;
  if (!emb_announcement_store_unpublish (DATABASE (self), id, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }
  _emb_announcements_page_after_change (self, id, _("Announcement withdrawn"));
}

static void
unpublish_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (widget);
  EmbAnnouncement *announcement = _emb_announcements_page_current (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  gint64 n;

  if (announcement == NULL)
    return;
  n = emb_announcement_store_count_acknowledgements (DATABASE (self), _emb_announcements_page_current_id (self));
  /* Translators: a question, with the title of an announcement */
  heading = g_strdup_printf (_("Withdraw “%s”?"), emb_announcement_get_title (announcement));
  if (n > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "It becomes a draft again, which staff no longer see. "
                                         "Its %d acknowledgement is deleted: once published "
                                         "again, everyone is asked again.",
                                         "It becomes a draft again, which staff no longer see. "
                                         "Its %d acknowledgements are deleted: once published "
                                         "again, everyone is asked again.",
                                         n),
                            (int)MIN (n, G_MAXINT));
  else
    body = g_strdup (_("It becomes a draft again, which staff no longer see."));
  ask (self, heading, body, "withdraw", _("_Withdraw"), ADW_RESPONSE_DESTRUCTIVE,
       G_CALLBACK (on_unpublish_response));
}

/* Exporting --------------------------------------------------------------- */

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(EmbAnnouncementsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_rows = 0;

  g_clear_object (&self->export_cancellable);
  if (!emb_announcement_status_export_finish (EMB_DATABASE (source), result, &n_rows, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        emb_page_show_error (EMB_PAGE (self), error);
      _emb_announcements_page_update_actions (self);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported the status of %u employee",
                                          "Exported the statuses of %u employees",
                                          n_rows),
                             n_rows);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (message));
  _emb_announcements_page_update_actions (self);
}

static void
on_export_chosen (GtkNativeDialog      *chooser,
                  int                   response,
                  EmbAnnouncementsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        emb_announcements_page_export_to (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* "Price change – acknowledgements.csv", without what a file name cannot hold. */
static char *
export_name (EmbAnnouncement *announcement)
{
  g_autofree char *title = g_strdup (emb_announcement_get_title (announcement));

  g_strdelimit (title, "/\\:*?\"<>|\n\r\t", '-');
  /* Translators: the file name offered for the exported statuses of an announcement */
  return g_strdup_printf (_("%s – acknowledgements.csv"), title);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (widget);
  EmbAnnouncement *announcement = _emb_announcements_page_current (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkRoot *root;

  if (announcement == NULL)
    return;
  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Export Statuses"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = export_name (announcement);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Deleting ---------------------------------------------------------------- */

static gboolean
delete_announcement (EmbDatabase   *database,
                     const gint64  *ids,
                     guint          n_ids,
                     gpointer       user_data,
                     GError       **error)
{
  /* Pushed one at a time, never extended: one store call. */
  g_return_val_if_fail (n_ids == 1, FALSE);

  return emb_announcement_store_delete (database, ids[0], error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbAnnouncementsPage *self = EMB_ANNOUNCEMENTS_PAGE (widget);
  EmbAnnouncement *announcement = _emb_announcements_page_current (self);
  g_autofree char *title = NULL;
  gint64 id;

  if (announcement == NULL)
    return;
  id = emb_record_get_id (EMB_RECORD (announcement));
  /* Translators: a toast after deleting an announcement; its title in quotes */
  title = g_strdup_printf (_("“%s” deleted"), emb_announcement_get_title (announcement));
  emb_undo_queue_push (emb_page_get_undo_queue (EMB_PAGE (self)), widget,
                       EMB_RECORD_KIND_ANNOUNCEMENT, &id, 1, title, delete_announcement, NULL, NULL);
  _emb_announcements_page_after_change (self, 0, NULL);
}

/**
 * emb_announcements_page_export_to:
 * @file: the CSV file to write
 *
 * Exports the statuses of everyone the announcement shown addresses to
 * @file, on a worker thread; a toast says how it went.
 */
void
emb_announcements_page_export_to (EmbAnnouncementsPage *self,
                                  GFile                *file)
{
  gint64 id;

  g_return_if_fail (EMB_IS_ANNOUNCEMENTS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  id = _emb_announcements_page_current_id (self);
  if (id == 0 || self->export_cancellable != NULL)
    return;
  self->export_cancellable = g_cancellable_new ();
  emb_announcement_status_export_async (DATABASE (self), id, EMB_ANNOUNCEMENT_STATUS_ALL,
                                        file, self->export_cancellable, on_exported,
                                        g_object_ref (self));
  _emb_announcements_page_update_actions (self);
}

/**
 * emb_announcements_page_get_exporting:
 *
 * Returns: whether an export runs
 */
gboolean
emb_announcements_page_get_exporting (EmbAnnouncementsPage *self)
{
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENTS_PAGE (self), FALSE);

  return self->export_cancellable != NULL;
}

/* The actions of this file, on the page's class. */
void
_emb_announcements_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "announcement.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "announcement.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "announcement.unpublish", NULL, unpublish_action);
  gtk_widget_class_install_action (widget_class, "announcement.export", NULL, export_action);
}
