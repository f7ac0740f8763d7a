/* emb-import-dialog-profiles.c: import profiles in the import assistant
 *
 * The saved profiles for the kind of file are offered; choosing one applies
 * its mapping, encoding and options (the import then saves back what it
 * used); "Save These Choices as a Profile…" saves the assistant's choices
 * under a name (EmbImportProfileDialog).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-import-dialog-private.h"
#include "emb-import-profile-dialog.h"
#include "emb-toast.h"

/* Whether two names of profiles are the same, whatever their case. */
static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return g_str_equal (x, y);
}

/* The saved profiles for the kind of file, "None" first; @select: the
 * profile to choose, or NULL for none. */
void
_emb_import_dialog_load_profiles (EmbImportDialog *self,
               const char      *select)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) profiles = NULL;
  guint selected = 0;

  g_ptr_array_set_size (self->profiles, 0);
  gtk_string_list_append (names, _("None"));
  if (_emb_import_dialog_is_csv (self))
    profiles = emb_import_profile_list (self->database, self->format, NULL);
  for (guint i = 0; profiles != NULL && i < profiles->len; i++)
    {
      EmbImportProfile *profile = g_ptr_array_index (profiles, i);

      gtk_string_list_append (names, profile->name);
      g_ptr_array_add (self->profiles, g_strdup (profile->name));
      if (select != NULL && same_name (profile->name, select))
        selected = i + 1;
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->profile_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->profile_row, selected);
  self->updating = FALSE;
  g_free (self->profile);
  self->profile = selected > 0 ? g_strdup (g_ptr_array_index (self->profiles, selected - 1)) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->profile_row), _emb_import_dialog_is_csv (self));
}

/* Applies the chosen profile: its mapping, encoding and options. */
void
_emb_import_dialog_on_profile_changed (EmbImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->profile_row);
  g_autoptr(EmbImportProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;

  g_clear_pointer (&self->profile, g_free);
  if (selected > 0 && selected <= self->profiles->len)
    {
      profile = emb_import_profile_load (self->database,
                                         g_ptr_array_index (self->profiles, selected - 1), &error);
      if (profile == NULL)
        {
          emb_toast_show_error (GTK_WIDGET (self), error);
          return;
        }
      self->profile = g_strdup (profile->name);
      g_clear_pointer (&self->mapping, g_hash_table_unref);
      self->mapping = _emb_import_dialog_copy_mapping (profile->mapping);
      self->updating = TRUE;
      emb_import_dialog_set_encoding (self, profile->encoding);
      gtk_switch_set_active (self->skip_switch, profile->skip_invalid);
      adw_combo_row_set_selected (self->date_order_row, profile->date_order);
      self->updating = FALSE;
    }
  _emb_import_dialog_update_all (self);
}

static void
on_profile_saved (EmbImportDialog *self,
                  const char      *name)
{
  _emb_import_dialog_load_profiles (self, name);
}

/* The choices of the assistant as a profile: the mapping and the field of
 * every column as the preview shows it. */
static EmbImportProfile *
current_profile (EmbImportDialog *self)
{
  g_autofree char *basename = g_file_get_basename (self->file);
  char *dot = strrchr (basename, '.');
  guint encoding = adw_combo_row_get_selected (self->encoding_row);
  EmbImportProfile *profile;

  if (dot != NULL && dot != basename)
    *dot = '\0';
  profile = emb_import_profile_new (self->profile != NULL ? self->profile : basename, self->format);
  if (self->mapping != NULL)
    g_hash_table_unref (profile->mapping), profile->mapping = _emb_import_dialog_copy_mapping (self->mapping);
  for (guint i = 0; self->preview != NULL && i < self->preview->n_columns; i++)
    if (!g_hash_table_contains (profile->mapping, self->preview->headers[i]))
      g_hash_table_insert (profile->mapping, g_strdup (self->preview->headers[i]),
                           g_strdup (self->preview->fields[i] != NULL ? self->preview->fields[i] : ""));
  profile->encoding = g_strdup (encoding < EMB_IMPORT_N_ENCODINGS ? _emb_import_dialog_encodings[encoding] : NULL);
  profile->skip_invalid = gtk_switch_get_active (self->skip_switch);
  profile->date_order = (EmbDateOrder)adw_combo_row_get_selected (self->date_order_row);
  return profile;
}

void
_emb_import_dialog_save_profile_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  emb_import_dialog_ask_profile (EMB_IMPORT_DIALOG (widget));
}

/**
 * emb_import_dialog_ask_profile:
 *
 * Asks for a name under which to save the choices as an import profile, as
 * "Save These Choices as a Profile…" does.
 *
 * Returns: (transfer none): the dialog that asks
 */
EmbImportProfileDialog *
emb_import_dialog_ask_profile (EmbImportDialog *self)
{
  g_autoptr(EmbImportProfile) profile = NULL;
  EmbImportProfileDialog *dialog;

  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);

  profile = current_profile (self);
  dialog = emb_import_profile_dialog_new (GTK_WINDOW (self), self->database, profile);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_profile_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * emb_import_dialog_get_profile:
 *
 * Returns: (nullable): the name of the profile applied
 */
const char *
emb_import_dialog_get_profile (EmbImportDialog *self)
{
  g_return_val_if_fail (EMB_IS_IMPORT_DIALOG (self), NULL);
  return self->profile;
}

/* Chooses a saved profile (NULL for none), as its row does. */
void
emb_import_dialog_set_profile (EmbImportDialog *self,
                               const char      *name)
{
  g_return_if_fail (EMB_IS_IMPORT_DIALOG (self));

  for (guint i = 0; i < self->profiles->len; i++)
    if (name != NULL && same_name (g_ptr_array_index (self->profiles, i), name))
      {
        adw_combo_row_set_selected (self->profile_row, i + 1);
        return;
      }
  adw_combo_row_set_selected (self->profile_row, 0);
}

