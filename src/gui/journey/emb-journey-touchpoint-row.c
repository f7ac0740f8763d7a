/* emb-journey-touchpoint-row.c: one touchpoint on a stage card of the journey map
 *
 * Shows the touchpoint's name, channel and description, and its gaps: a
 * badge when no role owns it, and how many promises are made there without an
 * owner. Its menu and the drag that moves it act through the page's
 * "journey." actions and the stage card's drop target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-touchpoint-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-journey-touchpoint-row.h"
#include "emb-stage.h"

struct _EmbJourneyTouchpointRow
{
  GtkListBoxRow  parent_instance;

  EmbTouchpoint *touchpoint;

  GtkLabel      *name_label;
  GtkLabel      *channel_label;
  GtkLabel      *description_label;
  GtkLabel      *no_owner_badge;
  GtkLabel      *promises_label;
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (EmbJourneyTouchpointRow, emb_journey_touchpoint_row, GTK_TYPE_LIST_BOX_ROW)

static GMenuModel *
touchpoint_menu (EmbTouchpoint *tp,
                 GListModel    *stage_list)
{
  gint64 id = emb_record_get_id (EMB_RECORD (tp));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) stages = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  guint n = g_list_model_get_n_items (stage_list);

  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Edit…"), NULL);

    g_menu_item_set_action_and_target_value (item, "journey.edit-touchpoint", g_variant_new_int64 (id));
    g_menu_append_item (edit, item);
  }
  {
    g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
    g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);

    g_menu_item_set_action_and_target_value (up, "journey.touchpoint-up", g_variant_new_int64 (id));
    g_menu_item_set_action_and_target_value (down, "journey.touchpoint-down", g_variant_new_int64 (id));
    g_menu_append_item (move, up);
    g_menu_append_item (move, down);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (stage_list, i);
      gint64 stage_id = emb_record_get_id (EMB_RECORD (stage));
      g_autoptr(GMenuItem) item = NULL;

      if (stage_id == emb_touchpoint_get_stage_id (tp))
        continue;
      item = g_menu_item_new (emb_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "journey.move-touchpoint-to-stage",
                                               g_variant_new ("(xx)", id, stage_id));
      g_menu_append_item (stages, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (stages)) > 0)
    g_menu_append_submenu (move, _("Move to _Stage"), G_MENU_MODEL (stages));
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Delete"), NULL);

    g_menu_item_set_action_and_target_value (item, "journey.delete-touchpoint", g_variant_new_int64 (id));
    g_menu_append_item (remove, item);
  }

  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
show_text (GtkLabel   *label,
           const char *text)
{
  gboolean shown = text != NULL && *text != '\0';

  gtk_label_set_text (label, shown ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), shown);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource           *source,
                 double                   x,
                 double                   y,
                 EmbJourneyTouchpointRow *self)
{
  return gdk_content_provider_new_typed (G_TYPE_INT64, emb_journey_touchpoint_row_get_id (self));
}

static void
on_drag_begin (GtkDragSource           *source,
               GdkDrag                 *drag,
               EmbJourneyTouchpointRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
emb_journey_touchpoint_row_dispose (GObject *object)
{
  EmbJourneyTouchpointRow *self = (EmbJourneyTouchpointRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_JOURNEY_TOUCHPOINT_ROW);
  g_clear_object (&self->touchpoint);

  G_OBJECT_CLASS (emb_journey_touchpoint_row_parent_class)->dispose (object);
}

static void
emb_journey_touchpoint_row_class_init (EmbJourneyTouchpointRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_journey_touchpoint_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-touchpoint-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyTouchpointRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyTouchpointRow, channel_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyTouchpointRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyTouchpointRow, no_owner_badge);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyTouchpointRow, promises_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyTouchpointRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_prepare);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_begin);
}

static void
emb_journey_touchpoint_row_init (EmbJourneyTouchpointRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * emb_journey_touchpoint_row_new:
 * @touchpoint: the touchpoint shown
 * @stages: (element-type EmbStage): the stages of the map, for its menu's
 *   "Move to Stage"
 * @unowned: whether no role owns it
 * @n_unowned_promises: how many promises are made there (shown when @unowned)
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
emb_journey_touchpoint_row_new (EmbTouchpoint *touchpoint,
                                GListModel    *stages,
                                gboolean       unowned,
                                guint          n_unowned_promises)
{
  EmbJourneyTouchpointRow *self;
  const char *name;
  const char *channel;
  g_autoptr(GMenuModel) menu = NULL;
  g_autofree char *menu_label = NULL;
  g_autoptr(GString) accessible = NULL;

  g_return_val_if_fail (EMB_IS_TOUCHPOINT (touchpoint), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (stages), NULL);

  self = g_object_new (EMB_TYPE_JOURNEY_TOUCHPOINT_ROW, NULL);
  self->touchpoint = g_object_ref (touchpoint);
  name = emb_touchpoint_get_name (touchpoint);
  channel = emb_touchpoint_get_channel (touchpoint);
  accessible = g_string_new (name);

  gtk_label_set_text (self->name_label, name);
  show_text (self->channel_label, channel);
  if (channel != NULL && *channel != '\0')
    g_string_append_printf (accessible, ", %s", channel);
  show_text (self->description_label, emb_touchpoint_get_description (touchpoint));

  show_text (self->no_owner_badge, unowned ? _("No owner") : NULL);
  if (unowned)
    g_string_append_printf (accessible, ", %s", _("No owner"));
  if (unowned && n_unowned_promises > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u promise here has no owner",
                                      "%u promises here have no owner",
                                      n_unowned_promises),
                         n_unowned_promises);

      show_text (self->promises_label, message);
      g_string_append_printf (accessible, ", %s", message);
    }

  menu = touchpoint_menu (touchpoint, stages);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  /* Translators: the menu of one touchpoint, for a screen reader */
  menu_label = g_strdup_printf (_("Actions for “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str,
                                  -1);
  return GTK_WIDGET (self);
}

/**
 * emb_journey_touchpoint_row_get_touchpoint:
 *
 * Returns: (transfer none): the touchpoint shown
 */
EmbTouchpoint *
emb_journey_touchpoint_row_get_touchpoint (EmbJourneyTouchpointRow *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_TOUCHPOINT_ROW (self), NULL);

  return self->touchpoint;
}

/**
 * emb_journey_touchpoint_row_get_id:
 *
 * Returns: the id of the touchpoint shown
 */
gint64
emb_journey_touchpoint_row_get_id (EmbJourneyTouchpointRow *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_TOUCHPOINT_ROW (self), 0);

  return emb_record_get_id (EMB_RECORD (self->touchpoint));
}
