/* emb-kiosk-settings-day-row.c: the opening hours of one weekday
 *
 * A switch (open on that day or closed all day), the hours under the
 * day's name, and, expanded, when it opens and closes as times of day: an
 * expander keeps the row narrow enough for a small window. The two times
 * never cross: moving one past the other pushes the other a quarter of an
 * hour along. Emits ::changed for what a person does, not for set_hours().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-settings.h"
#include "emb-kiosk-settings-day-row.h"
#include "emb-kiosk-settings-labels.h"

#define STEP 15

struct _EmbKioskSettingsDayRow
{
  AdwActionRow   parent_instance;

  guint          weekday;
  gboolean       updating;

  GtkSpinButton *from_spin;
  GtkSpinButton *to_spin;
  GtkSwitch     *open_switch;
};

G_DEFINE_FINAL_TYPE (EmbKioskSettingsDayRow, emb_kiosk_settings_day_row, ADW_TYPE_EXPANDER_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_state (EmbKioskSettingsDayRow *self)
{
  gboolean open = gtk_switch_get_active (self->open_switch);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *hours = NULL;

  if (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (self)) != open)
    {
      /* Opened by a person: the times to set show; as read, folded. */
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (self), open);
      if (self->updating)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), FALSE);
    }
  if (!open)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Closed all day"));
      return;
    }
  from = emb_kiosk_settings_format_time ((guint)gtk_spin_button_get_value_as_int (self->from_spin));
  to = emb_kiosk_settings_format_time ((guint)gtk_spin_button_get_value_as_int (self->to_spin));
  /* Translators: opening hours, from and to */
  hours = g_strdup_printf (_("%s–%s"), from, to);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), hours);
}

static void
changed (EmbKioskSettingsDayRow *self)
{
  show_state (self);
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_open_changed (EmbKioskSettingsDayRow *self)
{
  changed (self);
}

static void
on_from_changed (EmbKioskSettingsDayRow *self)
{
  int from = gtk_spin_button_get_value_as_int (self->from_spin);

  if (gtk_spin_button_get_value_as_int (self->to_spin) <= from)
    {
      gboolean updating = self->updating;

      self->updating = TRUE;
      gtk_spin_button_set_value (self->to_spin, MIN (from + STEP, EMB_KIOSK_MINUTES_PER_DAY));
      self->updating = updating;
    }
  changed (self);
}

static void
on_to_changed (EmbKioskSettingsDayRow *self)
{
  int to = gtk_spin_button_get_value_as_int (self->to_spin);

  if (gtk_spin_button_get_value_as_int (self->from_spin) >= to)
    {
      gboolean updating = self->updating;

      self->updating = TRUE;
      gtk_spin_button_set_value (self->from_spin, MAX (to - STEP, 0));
      self->updating = updating;
    }
  changed (self);
}

/**
 * emb_kiosk_settings_day_row_set_hours:
 *
 * Shows the hours of the day (the window stays as it was when @open is
 * %FALSE, for when it opens again); emits nothing.
 */
void
emb_kiosk_settings_day_row_set_hours (EmbKioskSettingsDayRow *self,
                                      gboolean                open,
                                      guint                   from,
                                      guint                   to)
{
  g_return_if_fail (EMB_IS_KIOSK_SETTINGS_DAY_ROW (self));

  self->updating = TRUE;
  if (open)
    {
      /* To first when it grows, from first when it shrinks, so neither
       * pushes the other. */
      gtk_spin_button_set_value (self->to_spin, EMB_KIOSK_MINUTES_PER_DAY);
      gtk_spin_button_set_value (self->from_spin, from);
      gtk_spin_button_set_value (self->to_spin, to);
    }
  gtk_switch_set_active (self->open_switch, open);
  self->updating = FALSE;
  show_state (self);
}

/**
 * emb_kiosk_settings_day_row_get_hours:
 *
 * Returns: whether the day is open; @from and @to say when
 */
gboolean
emb_kiosk_settings_day_row_get_hours (EmbKioskSettingsDayRow *self,
                                      guint                  *from,
                                      guint                  *to)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_DAY_ROW (self), FALSE);

  *from = (guint)gtk_spin_button_get_value_as_int (self->from_spin);
  *to = (guint)gtk_spin_button_get_value_as_int (self->to_spin);
  return gtk_switch_get_active (self->open_switch);
}

guint
emb_kiosk_settings_day_row_get_weekday (EmbKioskSettingsDayRow *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_SETTINGS_DAY_ROW (self), 0);
  return self->weekday;
}

static void
emb_kiosk_settings_day_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_KIOSK_SETTINGS_DAY_ROW);

  G_OBJECT_CLASS (emb_kiosk_settings_day_row_parent_class)->dispose (object);
}

static void
emb_kiosk_settings_day_row_class_init (EmbKioskSettingsDayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_kiosk_settings_day_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/kiosk/emb-kiosk-settings-day-row.ui");

  /**
   * EmbKioskSettingsDayRow::changed:
   *
   * The person opened or closed the day, or moved its window.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsDayRow, from_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsDayRow, to_spin);
  gtk_widget_class_bind_template_child (widget_class, EmbKioskSettingsDayRow, open_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_open_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_from_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_to_changed);
}

static void
emb_kiosk_settings_day_row_init (EmbKioskSettingsDayRow *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  emb_kiosk_settings_time_spin_setup (self->from_spin, FALSE);
  emb_kiosk_settings_time_spin_setup (self->to_spin, TRUE);
  self->updating = FALSE;
}

/**
 * emb_kiosk_settings_day_row_new:
 * @weekday: 1 (Monday) to 7 (Sunday)
 */
GtkWidget *
emb_kiosk_settings_day_row_new (guint weekday)
{
  EmbKioskSettingsDayRow *self;
  const char *day;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *open = NULL;

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, NULL);

  self = g_object_new (EMB_TYPE_KIOSK_SETTINGS_DAY_ROW, NULL);
  self->weekday = weekday;
  day = emb_kiosk_settings_weekday_label (weekday);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), day);
  /* Translators: %s is a weekday */
  open = g_strdup_printf (_("Open on %s"), day);
  /* Translators: %s is a weekday */
  opens = g_strdup_printf (_("Opens on %s at"), day);
  /* Translators: %s is a weekday */
  closes = g_strdup_printf (_("Closes on %s at"), day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, opens, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, closes, -1);
  emb_kiosk_settings_day_row_set_hours (self, TRUE, 0, EMB_KIOSK_MINUTES_PER_DAY);
  return GTK_WIDGET (self);
}
