/* emb-pilot-row.c: a pilot in the sidebar of the pilots page
 *
 * The pilot's name, wrapped; the row is named after it for assistive
 * technologies and knows its pilot, so the page needs no tag on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-pilot-row.h"

struct _EmbPilotRow
{
  GtkListBoxRow  parent_instance;

  EmbPilot      *pilot;
  GtkLabel      *label;        /* unowned */
};

G_DEFINE_FINAL_TYPE (EmbPilotRow, emb_pilot_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PILOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_pilot_row_constructed (GObject *object)
{
  EmbPilotRow *self = (EmbPilotRow *)object;
  const char *name = emb_pilot_get_name (self->pilot);

  G_OBJECT_CLASS (emb_pilot_row_parent_class)->constructed (object);

  gtk_label_set_text (self->label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
emb_pilot_row_dispose (GObject *object)
{
  EmbPilotRow *self = (EmbPilotRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PILOT_ROW);
  g_clear_object (&self->pilot);

  G_OBJECT_CLASS (emb_pilot_row_parent_class)->dispose (object);
}

static void
emb_pilot_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EmbPilotRow *self = (EmbPilotRow *)object;

  switch (prop_id)
    {
    case PROP_PILOT:
      g_value_set_object (value, self->pilot);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pilot_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EmbPilotRow *self = (EmbPilotRow *)object;

  switch (prop_id)
    {
    case PROP_PILOT:
      self->pilot = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pilot_row_class_init (EmbPilotRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_pilot_row_constructed;
  object_class->dispose = emb_pilot_row_dispose;
  object_class->get_property = emb_pilot_row_get_property;
  object_class->set_property = emb_pilot_row_set_property;

  /**
   * EmbPilotRow:pilot:
   *
   * The pilot shown.
   */
  properties[PROP_PILOT] =
    g_param_spec_object ("pilot", NULL, NULL,
                         EMB_TYPE_PILOT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-pilot-row.ui");
}

static void
emb_pilot_row_init (EmbPilotRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The row's own child, not bound: the row unparents it. */
  self->label = GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self)));
}

/**
 * emb_pilot_row_new:
 * @pilot: the pilot to show
 *
 * Returns: (transfer floating): a row for the sidebar
 */
GtkWidget *
emb_pilot_row_new (EmbPilot *pilot)
{
  g_return_val_if_fail (EMB_IS_PILOT (pilot), NULL);

  return g_object_new (EMB_TYPE_PILOT_ROW, "pilot", pilot, NULL);
}

/**
 * emb_pilot_row_get_pilot:
 *
 * Returns: (transfer none): the pilot shown
 */
EmbPilot *
emb_pilot_row_get_pilot (EmbPilotRow *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_ROW (self), NULL);

  return self->pilot;
}
