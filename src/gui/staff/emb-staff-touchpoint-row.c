/* emb-staff-touchpoint-row.c: a touchpoint of the journey as the staff see it
 *
 * Every touchpoint of the map shows its name and channel; at one of mine, a
 * label says in words what I do there (the colour only repeats it) and the
 * published promises made there follow. A screen reader hears the same in
 * the row's name and description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-touchpoint-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-promise-version.h"
#include "emb-staff-touchpoint-row.h"

struct _EmbStaffTouchpointRow
{
  GtkListBoxRow           parent_instance;

  gint64                  id;
  EmbResponsibilityLevel  level;

  GtkLabel               *name_label;
  GtkLabel               *level_label;
  GtkLabel               *channel_label;
  GtkBox                 *promises_box;
};

G_DEFINE_FINAL_TYPE (EmbStaffTouchpointRow, emb_staff_touchpoint_row, GTK_TYPE_LIST_BOX_ROW)

/**
 * emb_staff_level_text:
 *
 * Returns: what the signed-in person does at a touchpoint, in words
 */
const char *
emb_staff_level_text (EmbResponsibilityLevel level)
{
  switch (level)
    {
    case EMB_RESPONSIBILITY_LEVEL_OWNS:
      return _("You own it");
    case EMB_RESPONSIBILITY_LEVEL_DELIVERS:
      return _("You deliver it");
    case EMB_RESPONSIBILITY_LEVEL_SUPPORTS:
      return _("You support it");
    case EMB_RESPONSIBILITY_LEVEL_INFORMED:
      return _("You are kept informed");
    case EMB_RESPONSIBILITY_LEVEL_NONE:
    default:
      return NULL;
    }
}

static const char *
level_class (EmbResponsibilityLevel level)
{
  static const char * const classes[] = { NULL, "owns", "delivers", "supports", "informed" };

  return (guint)level < G_N_ELEMENTS (classes) ? classes[level] : NULL;
}

static void
add_promise (EmbStaffTouchpointRow *self,
             EmbPromiseVersion     *version,
             GString               *description)
{
  GtkWidget *label;
  g_autofree char *text = NULL;

  /* Translators: a brand promise, quoted */
  text = g_strdup_printf (_("“%s”"), emb_promise_version_get_statement (version));
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "staff-promise");
  gtk_box_append (self->promises_box, label);

  if (description->len > 0)
    g_string_append_c (description, ' ');
  g_string_append (description, text);
}

/**
 * emb_staff_touchpoint_row_new:
 * @level: what the signed-in person's role does there, or
 *   %EMB_RESPONSIBILITY_LEVEL_NONE
 * @promises: (nullable): the published promise versions made there
 *   (#EmbPromiseVersion), shown at one of mine
 *
 * Returns: (transfer floating): a row
 */
GtkWidget *
emb_staff_touchpoint_row_new (EmbTouchpoint          *touchpoint,
                              EmbResponsibilityLevel  level,
                              GListModel             *promises)
{
  EmbStaffTouchpointRow *self;
  const char *channel;
  const char *level_text = emb_staff_level_text (level);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *name = NULL;

  g_return_val_if_fail (EMB_IS_TOUCHPOINT (touchpoint), NULL);

  self = g_object_new (EMB_TYPE_STAFF_TOUCHPOINT_ROW, NULL);
  self->id = emb_record_get_id (EMB_RECORD (touchpoint));
  self->level = level;

  gtk_label_set_text (self->name_label, emb_touchpoint_get_name (touchpoint));
  channel = emb_touchpoint_get_channel (touchpoint);
  gtk_label_set_text (self->channel_label, channel != NULL ? channel : "");
  gtk_widget_set_visible (GTK_WIDGET (self->channel_label), channel != NULL && *channel != '\0');

  if (level_text != NULL)
    {
      gtk_label_set_text (self->level_label, level_text);
      gtk_widget_add_css_class (GTK_WIDGET (self->level_label), level_class (level));
      gtk_widget_set_visible (GTK_WIDGET (self->level_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "staff-mine");

      for (guint i = 0; promises != NULL && i < g_list_model_get_n_items (promises); i++)
        {
          g_autoptr(EmbPromiseVersion) version = g_list_model_get_item (promises, i);

          add_promise (self, version, description);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->promises_box), description->len > 0);
      /* Translators: a touchpoint and what I do there: "Check-in: You own it" */
      name = g_strdup_printf (_("%s: %s"), emb_touchpoint_get_name (touchpoint), level_text);
    }
  else
    name = g_strdup (emb_touchpoint_get_name (touchpoint));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  return GTK_WIDGET (self);
}

gint64
emb_staff_touchpoint_row_get_id (EmbStaffTouchpointRow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_TOUCHPOINT_ROW (self), 0);

  return self->id;
}

EmbResponsibilityLevel
emb_staff_touchpoint_row_get_level (EmbStaffTouchpointRow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_TOUCHPOINT_ROW (self), EMB_RESPONSIBILITY_LEVEL_NONE);

  return self->level;
}

static void
emb_staff_touchpoint_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_STAFF_TOUCHPOINT_ROW);

  G_OBJECT_CLASS (emb_staff_touchpoint_row_parent_class)->dispose (object);
}

static void
emb_staff_touchpoint_row_class_init (EmbStaffTouchpointRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_touchpoint_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-touchpoint-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffTouchpointRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffTouchpointRow, level_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffTouchpointRow, channel_label);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffTouchpointRow, promises_box);
}

static void
emb_staff_touchpoint_row_init (EmbStaffTouchpointRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
