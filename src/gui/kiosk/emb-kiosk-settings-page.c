/* emb-kiosk-settings-page.c: the kiosk's settings, in the manager's
 * Preferences and, behind the manager PIN, on the kiosk itself
 *
 * Every change is saved at once, and alone: the page reads the settings
 * as the database has them now, changes the one setting the person
 * touched, and saves them in one transaction. So two windows on one
 * programme never undo each other's changes, and a kiosk reading the file
 * obeys within seconds. When saving fails the page says why in a toast and
 * shows again what the database holds: nothing changed. When another
 * window changes the settings, the page follows (EmbRefresher).
 *
 * The manager PIN is set in the dialog that sets employees' PINs (hashed on
 * a worker thread, never shown or logged).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-employee-pin-dialog.h"
#include "emb-kiosk-settings.h"
#include "emb-kiosk-settings-day-row.h"
#include "emb-kiosk-settings-labels.h"
#include "emb-kiosk-settings-page.h"
#include "emb-kiosk-settings-playlist-dialog.h"
#include "emb-kiosk-settings-playlist-row.h"
#include "emb-pin.h"
#include "emb-refresher.h"
#include "emb-toast.h"

struct _EmbKioskSettingsPage
{
  AdwPreferencesPage   parent_instance;

  EmbDatabase         *database;
  EmbRefresher        *refresher;
  EmbKioskSettings    *settings;      /* as shown: loaded or saved last */
  gboolean             updating;      /* showing, not a person's change */
  GtkSwitch           *kind_switches[EMB_KIOSK_N_SLIDE_KINDS];
  GtkWidget           *day_rows[8];   /* by weekday, 1–7 */
  GPtrArray           *playlist_rows;
  GtkWindow           *playlist_dialog;
  GtkWindow           *pin_dialog;

  GtkSpinButton       *interval_spin;
  GtkSwitch           *wall_names_switch;
  AdwPreferencesGroup *kinds_group;
  AdwPreferencesGroup *hours_group;
  AdwPreferencesGroup *playlists_group;
  GtkWidget           *no_playlists_row;
  GtkWidget           *add_playlist_button;
  GtkSwitch           *touch_switch;
  AdwActionRow        *pin_row;
  GtkButton           *pin_button;
};

G_DEFINE_FINAL_TYPE (EmbKioskSettingsPage, emb_kiosk_settings_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One change a person makes. */
typedef enum
{
  CHANGE_INTERVAL,
  CHANGE_KIND,
  CHANGE_WALL_NAMES,
  CHANGE_TOUCH_THANKS,
  CHANGE_HOURS,
  CHANGE_ADD_PLAYLIST,
  CHANGE_REMOVE_PLAYLIST,
  CHANGE_RESTORE_PLAYLIST,
} ChangeType;

typedef struct
{
  ChangeType       type;
  guint            number;     /* seconds, a kind, a weekday, a playlist's place */
  gboolean         on;
  guint            from;
  guint            to;
  EmbKioskPlaylist playlist;
} Change;

static gboolean
same_playlist (const EmbKioskPlaylist *a,
               const EmbKioskPlaylist *b)
{
  return a->weekdays == b->weekdays && a->from == b->from && a->to == b->to &&
         a->slides == b->slides;
}

/* Removes the playlist at @place, or where another window moved it. */
static void
remove_playlist (EmbKioskSettings       *settings,
                 guint                   place,
                 const EmbKioskPlaylist *playlist)
{
  guint n = emb_kiosk_settings_get_n_playlists (settings);

  if (place < n && same_playlist (emb_kiosk_settings_get_playlist (settings, place), playlist))
    {
      emb_kiosk_settings_remove_playlist (settings, place);
      return;
    }
  for (guint i = 0; i < n; i++)
    if (same_playlist (emb_kiosk_settings_get_playlist (settings, i), playlist))
      {
        emb_kiosk_settings_remove_playlist (settings, i);
        return;
      }
}

/* Puts @playlist back at @place (the order decides which one runs). */
static void
restore_playlist (EmbKioskSettings       *settings,
                  guint                   place,
                  const EmbKioskPlaylist *playlist)
{
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (EmbKioskPlaylist));

  while (emb_kiosk_settings_get_n_playlists (settings) > 0)
    {
      g_array_append_vals (others, emb_kiosk_settings_get_playlist (settings, 0), 1);
      emb_kiosk_settings_remove_playlist (settings, 0);
    }
  for (guint i = 0; i <= others->len; i++)
    {
      if (i == MIN (place, others->len))
        emb_kiosk_settings_add_playlist (settings, playlist);
      if (i < others->len)
        emb_kiosk_settings_add_playlist (settings, &g_array_index (others, EmbKioskPlaylist, i));
    }
}

static void
change_settings (EmbKioskSettings *settings,
                 const Change     *change)
{
  guint slides = emb_kiosk_settings_get_slides (settings);

  switch (change->type)
    {
    case CHANGE_INTERVAL:
      emb_kiosk_settings_set_interval (settings, change->number);
      break;
    case CHANGE_KIND:
      slides = change->on ? slides | EMB_KIOSK_SLIDE_BIT (change->number)
                          : slides & ~EMB_KIOSK_SLIDE_BIT (change->number);
      emb_kiosk_settings_set_slides (settings, slides);
      break;
    case CHANGE_WALL_NAMES:
      emb_kiosk_settings_set_wall_names (settings, change->on);
      break;
    case CHANGE_TOUCH_THANKS:
      emb_kiosk_settings_set_touch_thanks (settings, change->on);
      break;
    case CHANGE_HOURS:
      if (change->on)
        emb_kiosk_settings_set_hours (settings, change->number, change->from, change->to);
      else
        emb_kiosk_settings_set_closed (settings, change->number);
      break;
    case CHANGE_ADD_PLAYLIST:
      emb_kiosk_settings_add_playlist (settings, &change->playlist);
      break;
    case CHANGE_REMOVE_PLAYLIST:
      remove_playlist (settings, change->number, &change->playlist);
      break;
    case CHANGE_RESTORE_PLAYLIST:
      restore_playlist (settings, change->number, &change->playlist);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Showing ------------------------------------------------------------------ */

static void on_playlist_remove (EmbKioskSettingsPage        *self,
                                EmbKioskSettingsPlaylistRow *row);

static void
show_playlists (EmbKioskSettingsPage *self)
{
  guint n = emb_kiosk_settings_get_n_playlists (self->settings);

  for (guint i = 0; i < self->playlist_rows->len; i++)
    adw_preferences_group_remove (self->playlists_group, g_ptr_array_index (self->playlist_rows, i));
  g_ptr_array_set_size (self->playlist_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = emb_kiosk_settings_playlist_row_new (emb_kiosk_settings_get_playlist (self->settings, i), i);

      g_signal_connect_object (row, "remove", G_CALLBACK (on_playlist_remove), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->playlists_group, row);
      g_ptr_array_add (self->playlist_rows, row);
    }
  gtk_widget_set_visible (self->no_playlists_row, n == 0);
}

static void
show_pin (EmbKioskSettingsPage *self)
{
  gboolean set = emb_pin_store_manager_has_pin (self->database);
  const char *action = set ? _("Change the manager PIN") : _("Set the manager PIN");

  adw_action_row_set_subtitle (self->pin_row,
                               set ? _("Set: it leaves the kiosk and opens these settings there")
                                   : _("Not set: set one before the kiosk runs, so that no passer-by can leave it"));
  gtk_button_set_label (self->pin_button, set ? _("_Change…") : _("_Set…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pin_button), action);
  emb_a11y_set_label (GTK_WIDGET (self->pin_button), action);
}

/* Shows self->settings; a person's change only comes from a person. */
static void
show_settings (EmbKioskSettingsPage *self)
{
  guint slides;

  if (self->settings == NULL)
    return;

  self->updating = TRUE;
  gtk_spin_button_set_value (self->interval_spin, emb_kiosk_settings_get_interval (self->settings));
  gtk_switch_set_active (self->wall_names_switch, emb_kiosk_settings_get_wall_names (self->settings));
  gtk_switch_set_active (self->touch_switch, emb_kiosk_settings_get_touch_thanks (self->settings));
  slides = emb_kiosk_settings_get_slides (self->settings);
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    gtk_switch_set_active (self->kind_switches[kind], (slides & EMB_KIOSK_SLIDE_BIT (kind)) != 0);
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      guint from, to;
      gboolean open = emb_kiosk_settings_get_hours (self->settings, weekday, &from, &to);

      emb_kiosk_settings_day_row_set_hours (EMB_KIOSK_SETTINGS_DAY_ROW (self->day_rows[weekday]),
                                            open, from, to);
    }
  show_playlists (self);
  self->updating = FALSE;
}

static void
refresh (GtkWidget *widget)
{
  EmbKioskSettingsPage *self = EMB_KIOSK_SETTINGS_PAGE (widget);
  g_autoptr(EmbKioskSettings) loaded = NULL;
  g_autoptr(GError) error = NULL;

  show_pin (self);
  loaded = emb_kiosk_settings_load (self->database, &error);
  if (loaded == NULL)
    {
      /* The file is away for a moment: keep showing what it held. */
      g_debug ("Cannot read the kiosk settings: %s", error->message);
      return;
    }
  if (self->settings != NULL && emb_kiosk_settings_equal (self->settings, loaded))
    return;
  g_set_object (&self->settings, loaded);
  show_settings (self);
}

/* Saving ------------------------------------------------------------------- */

/* Saves @change on the settings as the database has them now; on an error
 * shows again what it holds. */
static gboolean
apply (EmbKioskSettingsPage  *self,
       const Change          *change,
       GError               **error)
{
  g_autoptr(EmbKioskSettings) fresh = emb_kiosk_settings_load (self->database, error);

  if (fresh != NULL)
    {
      change_settings (fresh, change);
      if (emb_kiosk_settings_save (fresh, self->database, error))
        {
          g_set_object (&self->settings, fresh);
          show_settings (self);
          return TRUE;
        }
    }
  show_settings (self);
  return FALSE;
}

static void
edit (EmbKioskSettingsPage *self,
      const Change         *change)
{
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  if (!apply (self, change, &error))
    emb_toast_show_error (GTK_WIDGET (self), error);
}

static void
on_interval_changed (EmbKioskSettingsPage *self)
{
  Change change = { CHANGE_INTERVAL, (guint)gtk_spin_button_get_value_as_int (self->interval_spin) };

  edit (self, &change);
}

static void
on_wall_names_changed (EmbKioskSettingsPage *self)
{
  Change change = { CHANGE_WALL_NAMES, 0, gtk_switch_get_active (self->wall_names_switch) };

  edit (self, &change);
}

static void
on_touch_changed (EmbKioskSettingsPage *self)
{
  Change change = { CHANGE_TOUCH_THANKS, 0, gtk_switch_get_active (self->touch_switch) };

  edit (self, &change);
}

static void
on_kind_changed (EmbKioskSettingsPage *self,
                 GParamSpec           *pspec,
                 GtkSwitch            *toggle)
{
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if (self->kind_switches[kind] == toggle)
      {
        Change change = { CHANGE_KIND, kind, gtk_switch_get_active (toggle) };

        edit (self, &change);
      }
}

static void
on_day_changed (EmbKioskSettingsPage   *self,
                EmbKioskSettingsDayRow *row)
{
  Change change = { CHANGE_HOURS, emb_kiosk_settings_day_row_get_weekday (row) };

  change.on = emb_kiosk_settings_day_row_get_hours (row, &change.from, &change.to);
  edit (self, &change);
}

/* Playlists ---------------------------------------------------------------- */

typedef struct
{
  GWeakRef page;
  Change   change;
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

static void
on_undo_remove (AdwToast *toast,
                Undo     *undo)
{
  g_autoptr(EmbKioskSettingsPage) self = g_weak_ref_get (&undo->page);

  if (self != NULL)
    edit (self, &undo->change);
}

static void
on_playlist_remove (EmbKioskSettingsPage        *self,
                    EmbKioskSettingsPlaylistRow *row)
{
  Change change = { CHANGE_REMOVE_PLAYLIST, emb_kiosk_settings_playlist_row_get_index (row) };
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  Undo *undo;

  change.playlist = *emb_kiosk_settings_playlist_row_get_playlist (row);
  if (!apply (self, &change, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->page, self);
  undo->change = change;
  undo->change.type = CHANGE_RESTORE_PLAYLIST;
  toast = adw_toast_new (_("Playlist removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove), undo, undo_free, 0);
  emb_toast_add (GTK_WIDGET (self), toast);
  gtk_widget_grab_focus (self->add_playlist_button);
}

static void
on_playlist_add (EmbKioskSettingsPage           *self,
                 EmbKioskSettingsPlaylistDialog *dialog)
{
  Change change = { CHANGE_ADD_PLAYLIST };
  g_autoptr(GError) error = NULL;

  change.playlist = *emb_kiosk_settings_playlist_dialog_get_playlist (dialog);
  if (!apply (self, &change, &error))
    {
      emb_kiosk_settings_playlist_dialog_show_error (dialog, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
present_dialog (EmbKioskSettingsPage  *self,
                GtkWindow             *dialog,
                GtkWindow            **weak)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_set_modal (dialog, TRUE);
  gtk_window_set_destroy_with_parent (dialog, TRUE);
  g_set_weak_pointer (weak, dialog);
  gtk_window_present (dialog);
}

static void
add_playlist_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbKioskSettingsPage *self = EMB_KIOSK_SETTINGS_PAGE (widget);
  GtkWidget *dialog;

  if (self->playlist_dialog != NULL)
    {
      gtk_window_present (self->playlist_dialog);
      return;
    }
  dialog = emb_kiosk_settings_playlist_dialog_new ();
  g_signal_connect_object (dialog, "add", G_CALLBACK (on_playlist_add), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (dialog), &self->playlist_dialog);
}

/* The manager PIN ---------------------------------------------------------- */

static void
on_pin_saved (EmbKioskSettingsPage *self)
{
  show_pin (self);
  emb_toast_add (GTK_WIDGET (self), adw_toast_new (_("Manager PIN saved")));
}

static void
set_pin_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbKioskSettingsPage *self = EMB_KIOSK_SETTINGS_PAGE (widget);
  EmbEmployeePinDialog *dialog;

  if (self->pin_dialog != NULL)
    {
      gtk_window_present (self->pin_dialog);
      return;
    }
  dialog = emb_employee_pin_dialog_new_manager (self->database,
                                                emb_pin_store_manager_has_pin (self->database));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_pin_saved), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (dialog), &self->pin_dialog);
}

/* The page ----------------------------------------------------------------- */

static void
emb_kiosk_settings_page_constructed (GObject *object)
{
  EmbKioskSettingsPage *self = (EmbKioskSettingsPage *)object;

  G_OBJECT_CLASS (emb_kiosk_settings_page_parent_class)->constructed (object);

  g_assert (EMB_IS_DATABASE (self->database));

  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh);
  /* Saving the settings, here or in another process, is reported as a
   * change of anything, which every refresher sees: watching one kind
   * keeps the page from reading them again at every other change. */
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_ORGANISATION);
  emb_refresher_set_database (self->refresher, self->database);
}

static void
emb_kiosk_settings_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  EmbKioskSettingsPage *self = EMB_KIOSK_SETTINGS_PAGE (object);

  /* The database is the one property, set at construction. */
  if (prop_id == PROP_DATABASE)
    self->database = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
emb_kiosk_settings_page_dispose (GObject *object)
{
  EmbKioskSettingsPage *self = (EmbKioskSettingsPage *)object;

  if (self->playlist_dialog != NULL)
    gtk_window_destroy (self->playlist_dialog);
  if (self->pin_dialog != NULL)
    gtk_window_destroy (self->pin_dialog);
  g_clear_weak_pointer (&self->playlist_dialog);
  g_clear_weak_pointer (&self->pin_dialog);
  g_clear_object (&self->refresher);
  g_clear_pointer (&self->playlist_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_KIOSK_SETTINGS_PAGE);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_kiosk_settings_page_parent_class)->dispose (object);
}

static void
emb_kiosk_settings_page_class_init (EmbKioskSettingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_kiosk_settings_page_constructed;
  object_class->set_property = emb_kiosk_settings_page_set_property;
  object_class->dispose = emb_kiosk_settings_page_dispose;

  /* The programme whose kiosk the page sets. */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-settings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, wall_names_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, hours_group);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, playlists_group);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, no_playlists_row);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, add_playlist_button);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, touch_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, pin_row);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsPage, pin_button);
  gtk_widget_class_bind_template_callback (widget_class, on_interval_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_wall_names_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_touch_changed);

  gtk_widget_class_install_action (widget_class, "kiosk-settings.add-playlist", NULL,
                                   add_playlist_action);
  gtk_widget_class_install_action (widget_class, "kiosk-settings.set-pin", NULL, set_pin_action);
}

static void
emb_kiosk_settings_page_init (EmbKioskSettingsPage *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->playlist_rows = g_ptr_array_new ();

  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    {
      adw_preferences_group_add (self->kinds_group,
                                 emb_kiosk_settings_kind_row_new (kind, &self->kind_switches[kind]));
      g_signal_connect_object (self->kind_switches[kind], "notify::active",
                               G_CALLBACK (on_kind_changed), self, G_CONNECT_SWAPPED);
    }
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      self->day_rows[weekday] = emb_kiosk_settings_day_row_new (weekday);
      adw_preferences_group_add (self->hours_group, self->day_rows[weekday]);
      g_signal_connect_object (self->day_rows[weekday], "changed",
                               G_CALLBACK (on_day_changed), self, G_CONNECT_SWAPPED);
    }
  self->updating = FALSE;
}

/**
 * emb_kiosk_settings_page_new:
 * @database: the programme whose kiosk it sets
 */
GtkWidget *
emb_kiosk_settings_page_new (EmbDatabase *database)
{
  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  return g_object_new (EMB_TYPE_KIOSK_SETTINGS_PAGE, "database", database, NULL);
}
