/* emb-figure-card.c: one figure of the programme, large, with its title
 *
 * For assistive technologies the card reads as "Title: value".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-figure-card"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-figure-card.h"

struct _EmbFigureCard
{
  GtkBox    parent_instance;

  GtkLabel *value_label;
  GtkLabel *title_label;
};

G_DEFINE_FINAL_TYPE (EmbFigureCard, emb_figure_card, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (EmbFigureCard *self)
{
  /* Translators: a figure of the programme as read by a screen reader,
   * such as "Active employees: 1,204" */
  g_autofree char *description = g_strdup_printf (_("%s: %s"),
                                                  gtk_label_get_text (self->title_label),
                                                  gtk_label_get_text (self->value_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
emb_figure_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EmbFigureCard *self = EMB_FIGURE_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, emb_figure_card_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_figure_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EmbFigureCard *self = EMB_FIGURE_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_text (self->title_label, g_value_get_string (value));
      update_accessible (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_figure_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_FIGURE_CARD);

  G_OBJECT_CLASS (emb_figure_card_parent_class)->dispose (object);
}

static void
emb_figure_card_class_init (EmbFigureCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_figure_card_get_property;
  object_class->set_property = emb_figure_card_set_property;
  object_class->dispose = emb_figure_card_dispose;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/overview/emb-figure-card.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFigureCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFigureCard, title_label);
}

static void
emb_figure_card_init (EmbFigureCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
emb_figure_card_new (const char *title)
{
  return g_object_new (EMB_TYPE_FIGURE_CARD, "title", title, NULL);
}

const char *
emb_figure_card_get_title (EmbFigureCard *self)
{
  g_return_val_if_fail (EMB_IS_FIGURE_CARD (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
emb_figure_card_get_value (EmbFigureCard *self)
{
  g_return_val_if_fail (EMB_IS_FIGURE_CARD (self), NULL);

  return gtk_label_get_text (self->value_label);
}

/**
 * emb_figure_card_set_value:
 *
 * Shows @value with the locale's thousands separators.
 */
void
emb_figure_card_set_value (EmbFigureCard *self,
                           gint64         value)
{
  g_autofree char *text = NULL;

  g_return_if_fail (EMB_IS_FIGURE_CARD (self));

  text = g_strdup_printf ("%'" G_GINT64_FORMAT, value);
  gtk_label_set_text (self->value_label, text);
  update_accessible (self);
}
