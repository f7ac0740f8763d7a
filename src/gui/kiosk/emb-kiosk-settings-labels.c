/* emb-kiosk-settings-labels.c: the words and small widgets the kiosk's
 * settings page and its dialogs share
 *
 * Times are whole minutes after midnight, shown and typed as "8:30"; a
 * spin button of minutes steps by a quarter of an hour, and the end of a
 * window may be 24:00, the midnight that ends the day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-settings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-settings.h"
#include "emb-kiosk-settings-labels.h"

const char *
emb_kiosk_settings_kind_label (EmbKioskSlideKind kind)
{
  switch (kind)
    {
    case EMB_KIOSK_SLIDE_PROMISE:
      return _("Promise of the week");
    case EMB_KIOSK_SLIDE_VALUE:
      return _("Values");
    case EMB_KIOSK_SLIDE_WALL:
      return _("Wall of fame");
    case EMB_KIOSK_SLIDE_PRAISE:
      return _("What customers say");
    case EMB_KIOSK_SLIDE_NPS_TREND:
      return _("Net Promoter Score");
    case EMB_KIOSK_SLIDE_COVERAGE:
      return _("Acknowledgement coverage");
    case EMB_KIOSK_SLIDE_PILOT:
      return _("Autonomy pilots");
    case EMB_KIOSK_SLIDE_ANNOUNCEMENT:
      return _("Announcements");
    case EMB_KIOSK_N_SLIDE_KINDS:
    default:
      g_return_val_if_reached ("");
    }
}

const char *
emb_kiosk_settings_weekday_label (guint weekday)
{
  const char *names[] = {
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
    N_("Friday"), N_("Saturday"), N_("Sunday"),
  };

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, "");
  return _(names[weekday - 1]);
}

const char *
emb_kiosk_settings_weekday_short (guint weekday)
{
  const char *names[] = {
    /* Translators: short names of the weekdays, Monday to Sunday */
    N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
  };

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, "");
  return _(names[weekday - 1]);
}

char *
emb_kiosk_settings_format_time (guint minutes)
{
  return g_strdup_printf ("%u:%02u", minutes / 60, minutes % 60);
}

/* "Monday to Friday", "Mon, Wed, Fri", "Every day". */
char *
emb_kiosk_settings_describe_days (guint weekdays)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint first = 0, last = 0, n = 0;

  weekdays &= EMB_KIOSK_EVERY_DAY;
  if (weekdays == EMB_KIOSK_EVERY_DAY)
    return g_strdup (_("Every day"));
  for (guint weekday = 1; weekday <= 7; weekday++)
    if (weekdays & (1u << weekday))
      {
        if (n++ == 0)
          first = weekday;
        last = weekday;
      }
  if (n == 0)
    return g_strdup (_("No day"));
  if (n > 2 && last - first + 1 == n)
    /* Translators: a run of weekdays, such as "Monday to Friday" */
    return g_strdup_printf (_("%s to %s"), emb_kiosk_settings_weekday_label (first),
                            emb_kiosk_settings_weekday_label (last));
  for (guint weekday = 1; weekday <= 7; weekday++)
    if (weekdays & (1u << weekday))
      {
        if (text->len > 0)
          /* Translators: between the names of weekdays or slides in a list */
          g_string_append (text, _(", "));
        g_string_append (text, n == 1 ? emb_kiosk_settings_weekday_label (weekday)
                                      : emb_kiosk_settings_weekday_short (weekday));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
emb_kiosk_settings_describe_kinds (guint kinds)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if (kinds & EMB_KIOSK_SLIDE_BIT (kind))
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append (text, emb_kiosk_settings_kind_label (kind));
      }
  if (text->len == 0)
    return g_strdup (_("No slides"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * emb_kiosk_settings_kind_row_new:
 * @toggle: (out) (transfer none): the row's switch
 *
 * Returns: (transfer floating): a row with a switch for @kind, named for
 *   screen readers
 */
GtkWidget *
emb_kiosk_settings_kind_row_new (EmbKioskSlideKind   kind,
                                 GtkSwitch         **toggle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_switch_new ();
  const char *label = emb_kiosk_settings_kind_label (kind);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  *toggle = GTK_SWITCH (button);
  return row;
}

static int
on_time_input (GtkSpinButton *spin,
               double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_auto(GStrv) parts = g_strsplit_set (text, ":.", 2);
  guint64 hours = 0, minutes = 0;

  if (parts[0] == NULL ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 0, 24, &hours, NULL) ||
      (parts[1] != NULL &&
       !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 0, 59, &minutes, NULL)))
    return GTK_INPUT_ERROR;
  *value = (double)(hours * 60 + minutes);
  return TRUE;
}

static gboolean
on_time_output (GtkSpinButton *spin)
{
  g_autofree char *text =
    emb_kiosk_settings_format_time ((guint)gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/**
 * emb_kiosk_settings_time_spin_setup:
 * @end_of_day: whether it may show 24:00 (the end of a window)
 *
 * Makes @spin a field of a time of day in minutes: shown and typed as
 * "8:30", stepping by a quarter of an hour.
 */
void
emb_kiosk_settings_time_spin_setup (GtkSpinButton *spin,
                                    gboolean       end_of_day)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  gtk_spin_button_set_range (spin, end_of_day ? 1 : 0,
                             end_of_day ? EMB_KIOSK_MINUTES_PER_DAY
                                        : EMB_KIOSK_MINUTES_PER_DAY - 1);
  gtk_spin_button_set_increments (spin, 15, 60);
  gtk_spin_button_set_numeric (spin, FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
  g_signal_connect (spin, "input", G_CALLBACK (on_time_input), NULL);
  g_signal_connect (spin, "output", G_CALLBACK (on_time_output), NULL);
}
