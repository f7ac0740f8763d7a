/* emb-kiosk-settings-playlist-dialog.c: a new playlist for the kiosk
 *
 * The days (a toggle button each), the window of time and the slides that
 * run within it. A playlist without a day or a slide is refused under the
 * field and changes nothing. The dialog only asks: ::add tells the page,
 * which saves the playlist and closes the dialog, or shows here why it
 * could not (emb_kiosk_settings_playlist_dialog_show_error()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error-row.h"
#include "emb-form.h"
#include "emb-kiosk-settings-labels.h"
#include "emb-kiosk-settings-playlist-dialog.h"

struct _EmbKioskSettingsPlaylistDialog
{
  AdwWindow            parent_instance;

  EmbForm             *form;
  EmbKioskPlaylist     playlist;
  GtkToggleButton     *day_buttons[8];                      /* by weekday, 1–7 */
  GtkSwitch           *kind_switches[EMB_KIOSK_N_SLIDE_KINDS];

  GtkLabel            *general_error;
  GtkWidget           *days_box;
  GtkLabel            *days_error;
  GtkSpinButton       *from_spin;
  GtkSpinButton       *to_spin;
  EmbErrorRow         *window_error;
  AdwPreferencesGroup *slides_group;
};

G_DEFINE_FINAL_TYPE (EmbKioskSettingsPlaylistDialog, emb_kiosk_settings_playlist_dialog, ADW_TYPE_WINDOW)

enum {
  ADD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * emb_kiosk_settings_playlist_dialog_set_playlist:
 *
 * Fills the dialog with @playlist, as a person would.
 */
void
emb_kiosk_settings_playlist_dialog_set_playlist (EmbKioskSettingsPlaylistDialog *self,
                                                 const EmbKioskPlaylist         *playlist)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_DIALOG (self));
  g_return_if_fail (playlist != NULL);

  for (guint weekday = 1; weekday <= 7; weekday++)
    gtk_toggle_button_set_active (self->day_buttons[weekday],
                                  (playlist->weekdays & (1u << weekday)) != 0);
  gtk_spin_button_set_value (self->to_spin, EMB_KIOSK_MINUTES_PER_DAY);
  gtk_spin_button_set_value (self->from_spin, playlist->from);
  gtk_spin_button_set_value (self->to_spin, playlist->to);
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    gtk_switch_set_active (self->kind_switches[kind],
                           (playlist->slides & EMB_KIOSK_SLIDE_BIT (kind)) != 0);
}

/**
 * emb_kiosk_settings_playlist_dialog_add:
 *
 * Emits ::add with the playlist as filled in, or refuses what is missing
 * under its field.
 *
 * Returns: whether ::add was emitted
 */
gboolean
emb_kiosk_settings_playlist_dialog_add (EmbKioskSettingsPlaylistDialog *self)
{
  EmbKioskPlaylist playlist = { 0 };

  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_DIALOG (self), FALSE);

  emb_form_clear (self->form);
  for (guint weekday = 1; weekday <= 7; weekday++)
    if (gtk_toggle_button_get_active (self->day_buttons[weekday]))
      playlist.weekdays |= 1u << weekday;
  playlist.from = (guint)gtk_spin_button_get_value_as_int (self->from_spin);
  playlist.to = (guint)gtk_spin_button_get_value_as_int (self->to_spin);
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if (gtk_switch_get_active (self->kind_switches[kind]))
      playlist.slides |= EMB_KIOSK_SLIDE_BIT (kind);

  if (playlist.weekdays == 0)
    emb_form_set_error (self->form, "weekdays", _("Choose at least one day."));
  else if (playlist.to <= playlist.from)
    emb_form_set_error (self->form, "window", _("The playlist must end after it begins."));
  else if (playlist.slides == 0)
    emb_form_set_error (self->form, "slides", _("Choose at least one slide."));
  else
    {
      self->playlist = playlist;
      g_signal_emit (self, signals[ADD], 0);
      return TRUE;
    }
  return FALSE;
}

/**
 * emb_kiosk_settings_playlist_dialog_get_playlist:
 *
 * Returns: (transfer none): the playlist of the last ::add
 */
const EmbKioskPlaylist *
emb_kiosk_settings_playlist_dialog_get_playlist (EmbKioskSettingsPlaylistDialog *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_DIALOG (self), NULL);
  return &self->playlist;
}

/**
 * emb_kiosk_settings_playlist_dialog_show_error:
 *
 * Says why the playlist could not be added; the dialog stays open.
 */
void
emb_kiosk_settings_playlist_dialog_show_error (EmbKioskSettingsPlaylistDialog *self,
                                               const GError                   *error)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_DIALOG (self));
  g_return_if_fail (error != NULL);

  emb_form_set_error (self->form, NULL, error->message);
}

/**
 * emb_kiosk_settings_playlist_dialog_get_error:
 * @field: (nullable): "weekdays", "window", "slides", or %NULL
 *
 * Returns: (nullable): the refusal shown there
 */
const char *
emb_kiosk_settings_playlist_dialog_get_error (EmbKioskSettingsPlaylistDialog *self,
                                              const char                     *field)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_DIALOG (self), NULL);
  return emb_form_get_error (self->form, field);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  emb_kiosk_settings_playlist_dialog_add (EMB_KIOSK_SETTINGS_PLAYLIST_DIALOG (widget));
}

static void
emb_kiosk_settings_playlist_dialog_dispose (GObject *object)
{
  EmbKioskSettingsPlaylistDialog *self = (EmbKioskSettingsPlaylistDialog *)object;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG);

  G_OBJECT_CLASS (emb_kiosk_settings_playlist_dialog_parent_class)->dispose (object);
}

static void
emb_kiosk_settings_playlist_dialog_class_init (EmbKioskSettingsPlaylistDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_kiosk_settings_playlist_dialog_dispose;

  /**
   * EmbKioskSettingsPlaylistDialog::add:
   *
   * The person asked to add the playlist
   * (emb_kiosk_settings_playlist_dialog_get_playlist()).
   */
  signals[ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* The error rows of the template. */
  g_type_ensure (EMB_TYPE_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-settings-playlist-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, days_box);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, days_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, from_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, to_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, window_error);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistDialog, slides_group);

  gtk_widget_class_install_action (widget_class, "playlist.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
emb_kiosk_settings_playlist_dialog_init (EmbKioskSettingsPlaylistDialog *self)
{
  EmbKioskPlaylist start = { 0x3e, 12 * 60, 13 * 60, 0 };   /* weekdays at lunch */
  GtkWidget *slides_error = emb_error_row_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (emb_kiosk_settings_weekday_short (weekday));

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      emb_kiosk_settings_weekday_label (weekday), -1);
      gtk_box_append (GTK_BOX (self->days_box), button);
      self->day_buttons[weekday] = GTK_TOGGLE_BUTTON (button);
    }
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    adw_preferences_group_add (self->slides_group,
                               emb_kiosk_settings_kind_row_new (kind, &self->kind_switches[kind]));
  adw_preferences_group_add (self->slides_group, slides_error);
  emb_kiosk_settings_time_spin_setup (self->from_spin, FALSE);
  emb_kiosk_settings_time_spin_setup (self->to_spin, TRUE);

  self->form = emb_form_new ();
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "weekdays", GTK_WIDGET (self->day_buttons[1]),
                      self->days_error);
  emb_form_add_field (self->form, "window", GTK_WIDGET (self->to_spin),
                      emb_error_row_get_label (self->window_error));
  emb_form_add_field (self->form, "slides", GTK_WIDGET (self->kind_switches[0]),
                      emb_error_row_get_label (EMB_ERROR_ROW (slides_error)));

  emb_kiosk_settings_playlist_dialog_set_playlist (self, &start);
}

GtkWidget *
emb_kiosk_settings_playlist_dialog_new (void)
{
  return g_object_new (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_DIALOG, NULL);
}
