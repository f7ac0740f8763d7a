/* emb-preferences-window.c: the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-help.h"
#include "emb-kiosk-settings-page.h"
#include "emb-people-store.h"
#include "emb-preferences-window.h"
#include "emb-programme-store.h"
#include "emb-records.h"
#include "emb-retention-row.h"

struct _EmbPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  EmbDatabase          *database;

  AdwComboRow          *style_row;
  AdwActionRow         *decider_row;
  GtkEntry             *decider_entry;
  GtkSwitch            *backup_switch;
  GtkSpinButton        *keep_spin;
  GtkSpinButton        *gap_spin;
  GtkSpinButton        *nominator_cap_spin;
  GtkSpinButton        *nominee_cap_spin;
  GtkSpinButton        *idle_spin;
  AdwActionRow         *threshold_row;
  GtkSpinButton        *threshold_spin;
  EmbRetentionRow      *retention_row;
};

G_DEFINE_FINAL_TYPE (EmbPreferencesWindow, emb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo row's position is the enum value of the color-scheme key. */
static gboolean
scheme_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);
  guint position = 0;

  if (g_strcmp0 (nick, "light") == 0)
    position = 1;
  else if (g_strcmp0 (nick, "dark") == 0)
    position = 2;
  g_value_set_uint (value, position);
  return TRUE;
}

static GVariant *
position_to_scheme (const GValue       *value,
                    const GVariantType *type,
                    gpointer            user_data)
{
  static const char *nicks[] = { "default", "light", "dark" };
  guint position = g_value_get_uint (value);

  return g_variant_new_string (nicks[MIN (position, G_N_ELEMENTS (nicks) - 1)]);
}

/* Shows whose decisions the typed employee number records. */
static void
update_decider (EmbPreferencesWindow *self)
{
  const char *number = gtk_editable_get_text (GTK_EDITABLE (self->decider_entry));
  g_autoptr(EmbEmployee) employee = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (number));

  gtk_widget_remove_css_class (GTK_WIDGET (self->decider_entry), "error");
  if (*trimmed == '\0')
    {
      adw_action_row_set_subtitle (self->decider_row,
                                   _("Decisions on nominations are recorded under this employee; "
                                     "empty records no decider"));
      return;
    }
  if (self->database != NULL)
    employee = emb_people_store_find_employee (self->database, trimmed, NULL);
  if (employee != NULL)
    adw_action_row_set_subtitle (self->decider_row, emb_employee_get_name (employee));
  else
    {
      adw_action_row_set_subtitle (self->decider_row, _("No employee with this number"));
      gtk_widget_add_css_class (GTK_WIDGET (self->decider_entry), "error");
    }
}

/* The anonymity threshold lives in the database, for every window on it. */
static void
threshold_changed (EmbPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint threshold = (guint)gtk_spin_button_get_value_as_int (self->threshold_spin);

  if (self->database == NULL ||
      threshold == emb_programme_get_anonymity_threshold (self->database))
    return;
  if (!emb_programme_set_anonymity_threshold (self->database, threshold, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      gtk_spin_button_set_value (self->threshold_spin,
                                 emb_programme_get_anonymity_threshold (self->database));
    }
}

static void
emb_preferences_window_constructed (GObject *object)
{
  EmbPreferencesWindow *self = (EmbPreferencesWindow *)object;
  GSettings *settings = self->settings;

  G_OBJECT_CLASS (emb_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (settings));

  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                scheme_to_position, position_to_scheme, NULL, NULL);
  g_settings_bind (settings, "automatic-backups", self->backup_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backups-to-keep", self->keep_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "not-recognised-days", self->gap_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->decider_entry, "changed",
                           G_CALLBACK (update_decider), self, G_CONNECT_SWAPPED);
  g_settings_bind (settings, "decider-employee-number", self->decider_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  update_decider (self);
  g_settings_bind (settings, "max-nominations-per-nominator", self->nominator_cap_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "max-nominations-per-nominee", self->nominee_cap_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "staff-idle-minutes", self->idle_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  gtk_widget_set_sensitive (GTK_WIDGET (self->threshold_row), self->database != NULL);
  if (self->database != NULL)
    gtk_spin_button_set_value (self->threshold_spin,
                               emb_programme_get_anonymity_threshold (self->database));
  g_signal_connect_object (self->threshold_spin, "value-changed",
                           G_CALLBACK (threshold_changed), self, G_CONNECT_SWAPPED);
  emb_retention_row_set_database (self->retention_row, self->database);
  /* The kiosk's settings live in the database, for a kiosk anywhere on it. */
  if (self->database != NULL)
    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                ADW_PREFERENCES_PAGE (emb_kiosk_settings_page_new (self->database)));
}

static void
emb_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EmbPreferencesWindow *self = EMB_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_preferences_window_dispose (GObject *object)
{
  EmbPreferencesWindow *self = (EmbPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_preferences_window_parent_class)->dispose (object);
}

static void
emb_preferences_window_class_init (EmbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_preferences_window_constructed;
  object_class->set_property = emb_preferences_window_set_property;
  object_class->dispose = emb_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The database the decider is looked up in; none when it could not be
   * opened. */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_RETENTION_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/preferences/emb-preferences-window.ui");
  emb_help_class_install (widget_class, "preferences", NULL);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, decider_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, decider_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, backup_switch);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, idle_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, threshold_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, keep_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, gap_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, nominator_cap_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, nominee_cap_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbPreferencesWindow, retention_row);
}

static void
emb_preferences_window_init (EmbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

EmbPreferencesWindow *
emb_preferences_window_new (GSettings   *settings,
                            EmbDatabase *database)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (database == NULL || EMB_IS_DATABASE (database), NULL);

  return g_object_new (EMB_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "database", database,
                       NULL);
}
