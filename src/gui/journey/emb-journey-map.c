/* emb-journey-map.c: the journey map, the stages in order with their touchpoints
 *
 * One EmbJourneyStageCard per stage, each holding an EmbJourneyTouchpointRow
 * per touchpoint, rebuilt when the page refreshes; stages and touchpoints
 * waiting behind an Undo toast are left out. A line above the cards counts
 * the stages, the touchpoints and those nobody owns.
 *
 * After a change made here (a move, a new touchpoint) the focus goes back to
 * the stage or touchpoint it was about once the map is rebuilt; a touchpoint
 * waiting to be deleted keeps that claim, so Undo brings the focus back to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-map"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-journey-map.h"
#include "emb-journey-stage-card.h"
#include "emb-journey-store.h"
#include "emb-journey-touchpoint-row.h"
#include "emb-promise-store.h"
#include "emb-toast.h"

struct _EmbJourneyMap
{
  AdwBin        parent_instance;

  EmbDatabase  *database;
  EmbUndoQueue *undo_queue;

  /* What the map shows, by id. */
  GHashTable   *stage_cards;
  GHashTable   *touchpoint_rows;
  GListModel   *stages;       /* EmbStage shown, in order */
  gint64        focus_touchpoint_id;
  gint64        focus_stage_id;

  GtkStack     *map_stack;
  GtkFlowBox   *stages_box;
  GtkLabel     *gaps_label;
  GtkWidget    *add_stage_button;
};

G_DEFINE_FINAL_TYPE (EmbJourneyMap, emb_journey_map, ADW_TYPE_BIN)

static gboolean
is_hidden (EmbJourneyMap *self,
           EmbRecordKind  kind,
           gint64         id)
{
  return self->undo_queue != NULL && emb_undo_queue_contains (self->undo_queue, kind, id);
}

static guint
count_unowned_promises (EmbJourneyMap *self,
                        gint64         touchpoint_id)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GListModel) promises = NULL;

  filter.touchpoint_id = touchpoint_id;
  promises = emb_promise_store_list (self->database, &filter, NULL);
  return promises != NULL ? g_list_model_get_n_items (promises) : 0;
}

static gboolean
on_touchpoint_dropped (EmbJourneyStageCard *card,
                       gint64               touchpoint_id,
                       int                  position,
                       EmbJourneyMap       *self)
{
  g_autoptr(GError) error = NULL;

  self->focus_touchpoint_id = touchpoint_id;
  if (!emb_journey_store_move_touchpoint (self->database, touchpoint_id,
                                          emb_journey_stage_card_get_id (card), position, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
create_stage_card (EmbJourneyMap *self,
                   EmbStage      *stage,
                   guint          number,
                   GHashTable    *unowned,
                   guint         *n_touchpoints)
{
  gint64 id = emb_record_get_id (EMB_RECORD (stage));
  GtkWidget *card = emb_journey_stage_card_new (stage, number);
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GError) error = NULL;

  touchpoints = emb_journey_store_list_stage_touchpoints (self->database, id, &error);
  if (touchpoints == NULL)
    g_warning ("Cannot list the touchpoints of a stage: %s", error->message);
  for (guint i = 0; touchpoints != NULL && i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(EmbTouchpoint) tp = g_list_model_get_item (touchpoints, i);
      gint64 tp_id = emb_record_get_id (EMB_RECORD (tp));
      gboolean tp_unowned = g_hash_table_contains (unowned, &tp_id);
      GtkWidget *row;

      if (is_hidden (self, EMB_RECORD_KIND_TOUCHPOINT, tp_id))
        continue;
      row = emb_journey_touchpoint_row_new (tp, self->stages, tp_unowned,
                                            tp_unowned ? count_unowned_promises (self, tp_id) : 0);
      emb_journey_stage_card_append (EMB_JOURNEY_STAGE_CARD (card), row);
      g_hash_table_insert (self->touchpoint_rows, g_memdup2 (&tp_id, sizeof tp_id), row);
      (*n_touchpoints)++;
    }

  g_signal_connect_object (card, "touchpoint-dropped", G_CALLBACK (on_touchpoint_dropped), self, 0);
  g_hash_table_insert (self->stage_cards, g_memdup2 (&id, sizeof id), card);
  return card;
}

static void
restore_focus (EmbJourneyMap *self)
{
  GtkWidget *target = NULL;

  if (self->focus_touchpoint_id != 0)
    {
      target = g_hash_table_lookup (self->touchpoint_rows, &self->focus_touchpoint_id);
      /* Deleted, but Undo may bring it back. */
      if (target == NULL && is_hidden (self, EMB_RECORD_KIND_TOUCHPOINT, self->focus_touchpoint_id))
        return;
    }
  else if (self->focus_stage_id != 0)
    {
      GtkWidget *card = g_hash_table_lookup (self->stage_cards, &self->focus_stage_id);

      if (card != NULL)
        target = emb_journey_stage_card_get_menu_button (EMB_JOURNEY_STAGE_CARD (card));
    }
  self->focus_touchpoint_id = 0;
  self->focus_stage_id = 0;

  if (target != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (target);
}

static void
update_gaps_label (EmbJourneyMap *self,
                   guint          n_touchpoints,
                   guint          n_unowned)
{
  guint n_stages = g_list_model_get_n_items (self->stages);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u stage", "%u stages", n_stages),
                          n_stages);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u touchpoint", "%u touchpoints",
                                             n_touchpoints),
                          n_touchpoints);
  g_string_append (text, " · ");
  if (n_unowned > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u touchpoint has no owner",
                                               "%u touchpoints have no owner",
                                               n_unowned),
                            n_unowned);
  else
    g_string_append (text, _("every touchpoint has an owner"));
  gtk_label_set_text (self->gaps_label, text->str);
}

/**
 * emb_journey_map_refresh:
 * @unowned: the set of gint64 ids of the touchpoints nobody owns
 *
 * Rebuilds the map from the database.
 */
void
emb_journey_map_refresh (EmbJourneyMap *self,
                         GHashTable    *unowned)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stages = NULL;
  GListStore *shown;
  GtkWidget *child;
  guint n_touchpoints = 0;
  guint n_unowned = 0;
  guint number = 0;

  g_return_if_fail (EMB_IS_JOURNEY_MAP (self));
  g_return_if_fail (self->database != NULL);
  g_return_if_fail (unowned != NULL);

  g_hash_table_remove_all (self->stage_cards);
  g_hash_table_remove_all (self->touchpoint_rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stages_box))) != NULL)
    gtk_flow_box_remove (self->stages_box, child);

  shown = g_list_store_new (EMB_TYPE_STAGE);
  stages = emb_journey_store_list_stages (self->database, &error);
  if (stages == NULL)
    g_warning ("Cannot list the journey stages: %s", error->message);
  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (stages, i);

      if (!is_hidden (self, EMB_RECORD_KIND_STAGE, emb_record_get_id (EMB_RECORD (stage))))
        g_list_store_append (shown, stage);
    }
  g_set_object (&self->stages, G_LIST_MODEL (shown));
  g_object_unref (shown);

  for (guint i = 0; i < g_list_model_get_n_items (self->stages); i++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (self->stages, i);
      GtkWidget *card = create_stage_card (self, stage, ++number, unowned, &n_touchpoints);

      gtk_flow_box_append (self->stages_box, card);
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->touchpoint_rows);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (g_hash_table_contains (unowned, key))
        n_unowned++;
  }
  update_gaps_label (self, n_touchpoints, n_unowned);

  gtk_stack_set_visible_child_name (self->map_stack,
                                    g_list_model_get_n_items (self->stages) > 0 ? "stages" : "empty");
  restore_focus (self);
}

static void
emb_journey_map_dispose (GObject *object)
{
  EmbJourneyMap *self = (EmbJourneyMap *)object;

  if (self->stage_cards != NULL)
    g_hash_table_remove_all (self->stage_cards);
  if (self->touchpoint_rows != NULL)
    g_hash_table_remove_all (self->touchpoint_rows);
  /* The stack is both the bin's child and a template child: the bin lets
   * go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_JOURNEY_MAP);
  g_clear_object (&self->stages);
  g_clear_object (&self->undo_queue);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_journey_map_parent_class)->dispose (object);
}

static void
emb_journey_map_finalize (GObject *object)
{
  EmbJourneyMap *self = (EmbJourneyMap *)object;

  g_clear_pointer (&self->stage_cards, g_hash_table_unref);
  g_clear_pointer (&self->touchpoint_rows, g_hash_table_unref);

  G_OBJECT_CLASS (emb_journey_map_parent_class)->finalize (object);
}

static void
emb_journey_map_class_init (EmbJourneyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_journey_map_dispose;
  object_class->finalize = emb_journey_map_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-map.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMap, map_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMap, stages_box);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMap, gaps_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyMap, add_stage_button);
}

static void
emb_journey_map_init (EmbJourneyMap *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->stage_cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->touchpoint_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->stages = G_LIST_MODEL (g_list_store_new (EMB_TYPE_STAGE));
}

/**
 * emb_journey_map_set_database:
 * @database: where the journey is read and changed
 * @undo_queue: the page's deletions waiting behind an Undo toast, which the
 *   map does not show
 */
void
emb_journey_map_set_database (EmbJourneyMap *self,
                              EmbDatabase   *database,
                              EmbUndoQueue  *undo_queue)
{
  g_return_if_fail (EMB_IS_JOURNEY_MAP (self));
  g_return_if_fail (EMB_IS_DATABASE (database));
  g_return_if_fail (EMB_IS_UNDO_QUEUE (undo_queue));

  g_set_object (&self->database, database);
  g_set_object (&self->undo_queue, undo_queue);
}

/**
 * emb_journey_map_get_stages:
 *
 * Returns: (transfer none): the #EmbStage shown, in journey order
 */
GListModel *
emb_journey_map_get_stages (EmbJourneyMap *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MAP (self), NULL);

  return self->stages;
}

/**
 * emb_journey_map_get_stage_card:
 *
 * Returns: (transfer none) (nullable): the #EmbJourneyStageCard of a stage
 */
GtkWidget *
emb_journey_map_get_stage_card (EmbJourneyMap *self,
                                gint64         stage_id)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MAP (self), NULL);

  return g_hash_table_lookup (self->stage_cards, &stage_id);
}

/**
 * emb_journey_map_get_touchpoint_row:
 *
 * Returns: (transfer none) (nullable): the #EmbJourneyTouchpointRow of a
 *   touchpoint
 */
GtkWidget *
emb_journey_map_get_touchpoint_row (EmbJourneyMap *self,
                                    gint64         touchpoint_id)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MAP (self), NULL);

  return g_hash_table_lookup (self->touchpoint_rows, &touchpoint_id);
}

/**
 * emb_journey_map_get_add_stage_button:
 *
 * Returns: (transfer none): the button that adds a stage
 */
GtkWidget *
emb_journey_map_get_add_stage_button (EmbJourneyMap *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_MAP (self), NULL);

  return self->add_stage_button;
}

void
emb_journey_map_count_shown (EmbJourneyMap *self,
                             guint         *n_stages,
                             guint         *n_touchpoints)
{
  g_return_if_fail (EMB_IS_JOURNEY_MAP (self));

  if (n_stages != NULL)
    *n_stages = g_hash_table_size (self->stage_cards);
  if (n_touchpoints != NULL)
    *n_touchpoints = g_hash_table_size (self->touchpoint_rows);
}

/**
 * emb_journey_map_focus_stage:
 *
 * Moves the focus to the stage's menu button once the map is next rebuilt.
 */
void
emb_journey_map_focus_stage (EmbJourneyMap *self,
                             gint64         stage_id)
{
  g_return_if_fail (EMB_IS_JOURNEY_MAP (self));

  self->focus_stage_id = stage_id;
  self->focus_touchpoint_id = 0;
}

/**
 * emb_journey_map_focus_touchpoint:
 *
 * Moves the focus to the touchpoint's row once the map is next rebuilt (or,
 * while it waits to be deleted, once Undo brings it back).
 */
void
emb_journey_map_focus_touchpoint (EmbJourneyMap *self,
                                  gint64         touchpoint_id)
{
  g_return_if_fail (EMB_IS_JOURNEY_MAP (self));

  self->focus_touchpoint_id = touchpoint_id;
  self->focus_stage_id = 0;
}
