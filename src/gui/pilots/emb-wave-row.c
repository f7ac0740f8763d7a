/* emb-wave-row.c: a wave of a pilot, in the list of its waves
 *
 * Its place in the order, its department, its dates and evaluation note,
 * its status (an icon, a word and a colour, never the colour alone) and a
 * menu of the steps that apply to a wave. The menu acts on the wave chosen:
 * opening it chooses its wave.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-wave-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pilots-dates.h"
#include "emb-wave-row.h"

struct _EmbWaveRow
{
  AdwActionRow   parent_instance;

  EmbWave       *wave;

  GtkLabel      *number_label;
  GtkWidget     *badge;
  GtkImage      *badge_icon;
  GtkLabel      *badge_label;
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (EmbWaveRow, emb_wave_row, ADW_TYPE_ACTION_ROW)

static const char *
status_label (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_PLANNED:
      return C_("wave status", "Planned");
    case EMB_WAVE_STATUS_RUNNING:
      return C_("wave status", "Running");
    case EMB_WAVE_STATUS_EVALUATED:
      return C_("wave status", "Evaluated");
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return C_("wave status", "Rolled Out");
    default:
      return "";
    }
}

static const char *
status_icon (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_RUNNING:
      return "media-playback-start-symbolic";
    case EMB_WAVE_STATUS_EVALUATED:
      return "document-edit-symbolic";
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return "object-select-symbolic";
    case EMB_WAVE_STATUS_PLANNED:
    default:
      return "content-loading-symbolic";
    }
}

static const char *
status_class (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_RUNNING:
      return "accent";
    case EMB_WAVE_STATUS_EVALUATED:
      return "warning";
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return "success";
    case EMB_WAVE_STATUS_PLANNED:
    default:
      return "dim-label";
    }
}

static void
on_menu_shown (EmbWaveRow *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  /* The menu acts on its wave: choose it first. */
  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_select_row (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (self));
}

/* Fills the row for @self->wave in @department. */
static void
show_wave (EmbWaveRow *self,
           const char *department)
{
  EmbWaveStatus status = emb_wave_get_status (self->wave);
  const char *note = emb_wave_get_evaluation_note (self->wave);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *starts = emb_pilots_format_day (emb_wave_get_starts_on (self->wave), 0);
  g_autofree char *ends = emb_pilots_format_day (emb_wave_get_ends_on (self->wave), 0);
  g_autofree char *number = g_strdup_printf ("%d", emb_wave_get_position (self->wave) + 1);
  g_autofree char *menu_label = g_strdup_printf (_("Actions for the wave in “%s”"), department);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), department);
  /* Translators: the dates of a wave, e.g. "01/07/2026 – 30/09/2026" */
  g_string_append_printf (subtitle, _("%s – %s"), starts, ends);
  if (note != NULL && *note != '\0')
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: a wave's evaluation note */
      g_string_append_printf (subtitle, _("Evaluation: %s"), note);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  gtk_label_set_text (self->number_label, number);

  gtk_widget_add_css_class (self->badge, status_class (status));
  gtk_image_set_from_icon_name (self->badge_icon, status_icon (status));
  gtk_label_set_text (self->badge_label, status_label (status));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);

  /* Translators: a wave for screen readers: department, status, dates */
  accessible = g_strdup_printf (_("%s, %s, %s – %s"), department, status_label (status),
                                starts, ends);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
emb_wave_row_dispose (GObject *object)
{
  EmbWaveRow *self = (EmbWaveRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_WAVE_ROW);
  g_clear_object (&self->wave);

  G_OBJECT_CLASS (emb_wave_row_parent_class)->dispose (object);
}

static void
emb_wave_row_class_init (EmbWaveRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_wave_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-wave-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbWaveRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveRow, badge);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveRow, badge_icon);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveRow, badge_label);
  gtk_widget_class_bind_template_child (widget_class, EmbWaveRow, menu_button);
}

static void
emb_wave_row_init (EmbWaveRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_menu_button_get_popover (self->menu_button), "show",
                           G_CALLBACK (on_menu_shown), self, G_CONNECT_SWAPPED);
}

/**
 * emb_wave_row_new:
 * @wave: the wave to show
 * @department: the name of its department
 *
 * Returns: (transfer floating): a row for the list of waves
 */
GtkWidget *
emb_wave_row_new (EmbWave    *wave,
                  const char *department)
{
  EmbWaveRow *self;

  g_return_val_if_fail (EMB_IS_WAVE (wave), NULL);
  g_return_val_if_fail (department != NULL, NULL);

  self = g_object_new (EMB_TYPE_WAVE_ROW, NULL);
  self->wave = g_object_ref (wave);
  show_wave (self, department);
  return GTK_WIDGET (self);
}

/**
 * emb_wave_row_get_wave:
 *
 * Returns: (transfer none): the wave shown
 */
EmbWave *
emb_wave_row_get_wave (EmbWaveRow *self)
{
  g_return_val_if_fail (EMB_IS_WAVE_ROW (self), NULL);

  return self->wave;
}
