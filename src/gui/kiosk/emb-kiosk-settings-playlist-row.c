/* emb-kiosk-settings-playlist-row.c: one playlist of the kiosk, with a
 * button that removes it
 *
 * The title says which slides run, the subtitle when ("Monday to Friday,
 * 12:00–13:00"); ::remove asks the page to remove it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-settings-labels.h"
#include "emb-kiosk-settings-playlist-row.h"

struct _EmbKioskSettingsPlaylistRow
{
  AdwActionRow      parent_instance;

  EmbKioskPlaylist  playlist;
  guint             index;

  GtkWidget        *remove_button;
};

G_DEFINE_FINAL_TYPE (EmbKioskSettingsPlaylistRow, emb_kiosk_settings_playlist_row, ADW_TYPE_ACTION_ROW)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_clicked (EmbKioskSettingsPlaylistRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

guint
emb_kiosk_settings_playlist_row_get_index (EmbKioskSettingsPlaylistRow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_ROW (self), 0);
  return self->index;
}

/**
 * emb_kiosk_settings_playlist_row_get_playlist:
 *
 * Returns: (transfer none): the playlist shown
 */
const EmbKioskPlaylist *
emb_kiosk_settings_playlist_row_get_playlist (EmbKioskSettingsPlaylistRow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_PLAYLIST_ROW (self), NULL);
  return &self->playlist;
}

static void
emb_kiosk_settings_playlist_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW);

  G_OBJECT_CLASS (emb_kiosk_settings_playlist_row_parent_class)->dispose (object);
}

static void
emb_kiosk_settings_playlist_row_class_init (EmbKioskSettingsPlaylistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_kiosk_settings_playlist_row_dispose;

  /**
   * EmbKioskSettingsPlaylistRow::remove:
   *
   * The person asked to remove the playlist.
   */
  signals[REMOVE] = g_signal_new ("remove",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-settings-playlist-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPlaylistRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
emb_kiosk_settings_playlist_row_init (EmbKioskSettingsPlaylistRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
emb_kiosk_settings_playlist_row_new (const EmbKioskPlaylist *playlist,
                                     guint                   index)
{
  EmbKioskSettingsPlaylistRow *self;
  g_autofree char *kinds = NULL;
  g_autofree char *days = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *when = NULL;
  g_autofree char *remove = NULL;

  g_return_val_if_fail (playlist != NULL, NULL);

  self = g_object_new (EMB_TYPE_KIOSK_SETTINGS_PLAYLIST_ROW, NULL);
  self->playlist = *playlist;
  self->index = index;

  kinds = emb_kiosk_settings_describe_kinds (playlist->slides);
  days = emb_kiosk_settings_describe_days (playlist->weekdays);
  from = emb_kiosk_settings_format_time (playlist->from);
  to = emb_kiosk_settings_format_time (playlist->to);
  /* Translators: when a playlist runs: the days, and a window of time */
  when = g_strdup_printf (_("%s, %s–%s"), days, from, to);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), kinds);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), when);
  /* Translators: %s says when the playlist runs */
  remove = g_strdup_printf (_("Remove the playlist of %s"), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  return GTK_WIDGET (self);
}
