/* emb-journey-stage-card.c: one stage of the journey map, with its touchpoints
 *
 * A card with the stage's number and name, its menu, the rows of its
 * touchpoints (EmbJourneyTouchpointRow) and a button that adds one. A
 * touchpoint dragged onto the card is offered to whoever handles
 * EmbJourneyStageCard::touchpoint-dropped, with the place it was dropped at.
 * The menu and the buttons act through the page's "journey." actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-stage-card"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-journey-stage-card.h"
#include "emb-journey-touchpoint-row.h"

struct _EmbJourneyStageCard
{
  GtkBox         parent_instance;

  gint64         stage_id;

  GtkLabel      *number_label;
  GtkLabel      *name_label;
  GtkMenuButton *menu_button;
  GtkListBox    *list;
  GtkWidget     *add_button;
};

G_DEFINE_FINAL_TYPE (EmbJourneyStageCard, emb_journey_stage_card, GTK_TYPE_BOX)

enum {
  TOUCHPOINT_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GMenuModel *
stage_menu (gint64 id)
{
  static const struct { const char *label; const char *action; } items[][2] = {
    { { N_("_Rename…"), "journey.rename-stage" }, { N_("Add _Touchpoint"), "journey.add-touchpoint" } },
    { { N_("Move _Earlier"), "journey.stage-earlier" }, { N_("Move _Later"), "journey.stage-later" } },
    { { N_("_Delete Stage"), "journey.delete-stage" }, { NULL, NULL } },
  };
  GMenu *menu = g_menu_new ();

  for (guint s = 0; s < G_N_ELEMENTS (items); s++)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(GMenuItem) item = NULL;

          if (items[s][i].label == NULL)
            continue;
          item = g_menu_item_new (_(items[s][i].label), NULL);
          g_menu_item_set_action_and_target_value (item, items[s][i].action, g_variant_new_int64 (id));
          g_menu_append_item (section, item);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }
  return G_MENU_MODEL (menu);
}

static void
on_row_activated (GtkListBox          *list,
                  GtkListBoxRow       *row,
                  EmbJourneyStageCard *self)
{
  gint64 id = emb_journey_touchpoint_row_get_id (EMB_JOURNEY_TOUCHPOINT_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (row), "journey.edit-touchpoint", "x", id);
}

static gboolean
on_drop (GtkDropTarget       *target,
         const GValue        *value,
         double               x,
         double               y,
         EmbJourneyStageCard *self)
{
  GtkListBoxRow *row;
  double lx = x, ly = y;
  int position = G_MAXINT;
  gboolean moved = FALSE;

  /* Before the row under the pointer; below the rows, last. */
  if (gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->list), x, y, &lx, &ly) &&
      (row = gtk_list_box_get_row_at_y (self->list, (int)ly)) != NULL)
    position = gtk_list_box_row_get_index (row);

  g_signal_emit (self, signals[TOUCHPOINT_DROPPED], 0, g_value_get_int64 (value), position, &moved);
  return moved;
}

static void
emb_journey_stage_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_JOURNEY_STAGE_CARD);

  G_OBJECT_CLASS (emb_journey_stage_card_parent_class)->dispose (object);
}

static void
emb_journey_stage_card_class_init (EmbJourneyStageCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_journey_stage_card_dispose;

  /**
   * EmbJourneyStageCard::touchpoint-dropped:
   * @touchpoint_id: the touchpoint dragged onto the card
   * @position: where in the stage it goes (G_MAXINT: last)
   *
   * Returns: whether it was moved there
   */
  signals[TOUCHPOINT_DROPPED] =
    g_signal_new ("touchpoint-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 2, G_TYPE_INT64, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-stage-card.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyStageCard, number_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyStageCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyStageCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyStageCard, list);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyStageCard, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
emb_journey_stage_card_init (EmbJourneyStageCard *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/**
 * emb_journey_stage_card_new:
 * @stage: the stage shown
 * @number: its place in the journey, from 1
 *
 * Returns: (transfer floating): a card with no touchpoints yet
 */
GtkWidget *
emb_journey_stage_card_new (EmbStage *stage,
                            guint     number)
{
  EmbJourneyStageCard *self;
  const char *name;
  g_autofree char *number_text = NULL;
  g_autofree char *menu_label = NULL;
  g_autofree char *add_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;

  g_return_val_if_fail (EMB_IS_STAGE (stage), NULL);

  self = g_object_new (EMB_TYPE_JOURNEY_STAGE_CARD, NULL);
  self->stage_id = emb_record_get_id (EMB_RECORD (stage));
  name = emb_stage_get_name (stage);

  number_text = g_strdup_printf ("%u", number);
  gtk_label_set_text (self->number_label, number_text);
  gtk_label_set_text (self->name_label, name);

  menu = stage_menu (self->stage_id);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  /* Translators: the menu of one journey stage, for a screen reader */
  menu_label = g_strdup_printf (_("Actions for stage “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->add_button),
                                          g_variant_new_int64 (self->stage_id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "journey.add-touchpoint");
  /* Translators: the button adding a touchpoint to one stage, for a screen reader */
  add_label = g_strdup_printf (_("Add a touchpoint to “%s”"), name);
  emb_a11y_set_label (GTK_WIDGET (self->add_button), add_label);
  return GTK_WIDGET (self);
}

gint64
emb_journey_stage_card_get_id (EmbJourneyStageCard *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_STAGE_CARD (self), 0);

  return self->stage_id;
}

/**
 * emb_journey_stage_card_append:
 * @row: an #EmbJourneyTouchpointRow
 *
 * Adds a touchpoint at the end of the stage.
 */
void
emb_journey_stage_card_append (EmbJourneyStageCard *self,
                               GtkWidget           *row)
{
  g_return_if_fail (EMB_IS_JOURNEY_STAGE_CARD (self));
  g_return_if_fail (EMB_IS_JOURNEY_TOUCHPOINT_ROW (row));

  gtk_list_box_append (self->list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->list), TRUE);
}

/**
 * emb_journey_stage_card_get_add_button:
 *
 * Returns: (transfer none): the button that adds a touchpoint to the stage
 */
GtkWidget *
emb_journey_stage_card_get_add_button (EmbJourneyStageCard *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_STAGE_CARD (self), NULL);

  return self->add_button;
}

/**
 * emb_journey_stage_card_get_menu_button:
 *
 * Returns: (transfer none): the button of the stage's menu
 */
GtkWidget *
emb_journey_stage_card_get_menu_button (EmbJourneyStageCard *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_STAGE_CARD (self), NULL);

  return GTK_WIDGET (self->menu_button);
}
