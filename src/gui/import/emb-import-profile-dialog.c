/* emb-import-profile-dialog.c: saving the choices of the import assistant
 * as a named import profile
 *
 * Asks for a name; a name a profile already has (whatever its case) asks
 * again, in a dialog of the same kind, whether to replace that profile.
 * ::saved tells the assistant the name saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-profile-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-import-profile-dialog.h"

struct _EmbImportProfileDialog
{
  AdwMessageDialog  parent_instance;

  EmbDatabase      *database;
  EmbImportProfile *profile;
  gboolean          overwrite;    /* the confirmation of a replacement */

  GtkListBox       *name_list;
  AdwEntryRow      *name_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (EmbImportProfileDialog, emb_import_profile_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_replace_saved (EmbImportProfileDialog *self,
                  const char             *name)
{
  g_signal_emit (self, signals[SAVED], 0, name);
}

static void
ask_to_replace (EmbImportProfileDialog *self)
{
  EmbImportProfileDialog *confirm;
  g_autofree char *body = NULL;

  confirm = emb_import_profile_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                           self->database, self->profile);
  confirm->overwrite = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (confirm->name_list), FALSE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (confirm), _("Replace Import Profile?"));
  body = g_strdup_printf (_("An import profile called “%s” exists already. Replacing it "
                            "replaces its columns, value maps and options with these."),
                          self->profile->name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (confirm), body);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (confirm), "save", _("_Replace"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "save",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  g_signal_connect_object (confirm, "saved", G_CALLBACK (on_replace_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (confirm));
}

static void
show_error (EmbImportProfileDialog *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_row), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->name_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL,
                                  -1);
}

static void
emb_import_profile_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  EmbImportProfileDialog *self = EMB_IMPORT_PROFILE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save"))
    {
      if (!self->overwrite)
        {
          g_free (self->profile->name);
          self->profile->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
        }

      if (emb_import_profile_save (self->database, self->profile, self->overwrite, &error))
        g_signal_emit (self, signals[SAVED], 0, self->profile->name);
      else if (g_error_matches (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_EXISTS))
        ask_to_replace (self);
      else
        {
          /* Asked again, with the reason under the name. */
          EmbImportProfileDialog *again;

          again = emb_import_profile_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                                 self->database, self->profile);
          g_signal_connect_object (again, "saved", G_CALLBACK (on_replace_saved), self,
                                   G_CONNECT_SWAPPED);
          show_error (again, error->message);
          gtk_window_present (GTK_WINDOW (again));
        }
    }

  if (ADW_MESSAGE_DIALOG_CLASS (emb_import_profile_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (emb_import_profile_dialog_parent_class)->response (dialog, response);
}

static void
on_name_changed (EmbImportProfileDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           self->overwrite || *trimmed != '\0');
}

static void
emb_import_profile_dialog_finalize (GObject *object)
{
  EmbImportProfileDialog *self = (EmbImportProfileDialog *)object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->profile, emb_import_profile_free);

  G_OBJECT_CLASS (emb_import_profile_dialog_parent_class)->finalize (object);
}

static void
emb_import_profile_dialog_class_init (EmbImportProfileDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->finalize = emb_import_profile_dialog_finalize;
  dialog_class->response = emb_import_profile_dialog_response;

  /**
   * EmbImportProfileDialog::saved:
   * @name: the name the profile was saved under
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/import/emb-import-profile-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbImportProfileDialog, name_list);
  gtk_widget_class_bind_template_child (widget_class, EmbImportProfileDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbImportProfileDialog, error_label);
}

static void
emb_import_profile_dialog_init (EmbImportProfileDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  emb_a11y_label_entry_row (self->name_row);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_name_changed), self,
                           G_CONNECT_SWAPPED);
  on_name_changed (self);
}

/**
 * emb_import_profile_dialog_new:
 * @profile: what to save; the name is asked, @profile's proposed
 *
 * Returns: (transfer none): the dialog, to present
 */
EmbImportProfileDialog *
emb_import_profile_dialog_new (GtkWindow              *parent,
                               EmbDatabase            *database,
                               const EmbImportProfile *profile)
{
  EmbImportProfileDialog *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (profile != NULL, NULL);

  self = g_object_new (EMB_TYPE_IMPORT_PROFILE_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->profile = emb_import_profile_copy (profile);
  emb_import_profile_dialog_set_name (self, profile->name);
  return self;
}

/* Fills in the name, as a person would type it. */
void
emb_import_profile_dialog_set_name (EmbImportProfileDialog *self,
                                    const char             *name)
{
  g_return_if_fail (EMB_IS_IMPORT_PROFILE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
}
