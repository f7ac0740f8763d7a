/* emb-journey-page.c: the journey area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two views: the journey map (stages in order, each with its touchpoints,
 * edited in place) and the responsibility matrix (roles × touchpoints).
 * Gaps are highlighted in both: touchpoints nobody owns, promises made there,
 * and roles linked to no touchpoint.
 */
#define G_LOG_DOMAIN "emb-journey-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-a11y.h"
#include "emb-journey-page.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-promise-store.h"
#include "emb-responsibility-matrix.h"
#include "emb-window.h"

typedef enum
{
  EDIT_NEW_STAGE,
  EDIT_STAGE,
  EDIT_NEW_TOUCHPOINT,
  EDIT_TOUCHPOINT,
} EditMode;

typedef enum
{
  PENDING_STAGE,
  PENDING_TOUCHPOINT,
} PendingKind;

typedef struct
{
  PendingKind kind;
  gint64      id;
} Pending;

struct _EmbJourneyPage
{
  AdwBin        parent_instance;

  EmbDatabase  *database;
  guint         refresh_idle;

  /* Deletions waiting for their toast to go away. */
  GArray       *pending;
  AdwToast     *last_toast;   /* weak */

  /* What the map shows, by id. */
  GHashTable   *stage_cards;
  GHashTable   *touchpoint_rows;
  GListModel   *stages;       /* EmbStage shown, in order */
  gint64        focus_touchpoint_id;
  gint64        focus_stage_id;

  GArray       *department_ids;
  gboolean      updating_filters;

  EditMode      edit_mode;
  gint64        edit_id;

  AdwViewStack *view_stack;
  GtkStack     *map_stack;
  GtkFlowBox   *stages_box;
  GtkLabel     *map_gaps_label;
  GtkWidget    *add_stage_button;
  GtkStack     *matrix_stack;
  GtkDropDown  *department_filter;
  GtkDropDown  *office_filter;
  GtkLabel     *matrix_gaps_label;
  EmbResponsibilityMatrix *matrix;
  GtkFlowBox   *legend;

  GtkPopover   *editor;
  GtkLabel     *editor_title;
  GtkEntry     *name_entry;
  GtkLabel     *name_error;
  GtkLabel     *channel_label;
  GtkEntry     *channel_entry;
  GtkLabel     *channel_error;
  GtkLabel     *description_label;
  GtkEntry     *description_entry;
  GtkLabel     *description_error;
  GtkWidget    *save_button;
};

G_DEFINE_FINAL_TYPE (EmbJourneyPage, emb_journey_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char page_css[] =
  ".journey-stage { padding: 12px; }\n"
  ".journey-badge { border-radius: 6px; padding: 1px 8px; font-size: smaller; font-weight: bold; }\n"
  ".journey-badge.no-owner { background-color: @warning_bg_color; color: @warning_fg_color; }\n"
  ".journey-level { border-radius: 6px; min-width: 22px; padding: 2px 4px; font-weight: bold; }\n"
  ".journey-level.owns { background-color: #1c71d8; color: white; }\n"
  ".journey-level.delivers { background-color: #26a269; color: white; }\n"
  ".journey-level.supports { background-color: #f5c211; color: #241f31; }\n"
  ".journey-level.informed { background-color: #9a9996; color: white; }\n"
  ".journey-level.gap { background-color: rgba(229, 165, 10, 0.35); }\n"
  ".journey-level.back-office { background-color: #813d9c; min-width: 4px; padding: 2px 1px; }\n";

static void refresh (EmbJourneyPage *self);

/* Pending deletions ------------------------------------------------------ */

static gboolean
is_pending (EmbJourneyPage *self,
            PendingKind     kind,
            gint64          id)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      const Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->kind == kind && p->id == id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
take_pending (EmbJourneyPage *self,
              PendingKind     kind,
              gint64          id)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      const Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->kind == kind && p->id == id)
        {
          g_array_remove_index (self->pending, i);
          return TRUE;
        }
    }
  return FALSE;
}

static EmbWindow *
get_window (EmbJourneyPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW);

  return window != NULL ? EMB_WINDOW (window) : NULL;
}

static void
show_error (EmbJourneyPage *self,
            const char     *message)
{
  EmbWindow *window = get_window (self);

  if (window != NULL)
    emb_window_add_toast (window, adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
delete_now (EmbJourneyPage *self,
            PendingKind     kind,
            gint64          id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (kind == PENDING_STAGE)
    ok = emb_journey_store_delete_stage (self->database, id, &error);
  else
    ok = emb_journey_store_delete_touchpoint (self->database, id, &error);

  if (!ok && !g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
    show_error (self, error->message);
}

static void
on_toast_dismissed (AdwToast       *toast,
                    EmbJourneyPage *self)
{
  PendingKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "kind"));
  gint64 *id = g_object_get_data (G_OBJECT (toast), "id");

  if (take_pending (self, kind, *id))
    delete_now (self, kind, *id);
}

static void
on_toast_undo (AdwToast       *toast,
               EmbJourneyPage *self)
{
  PendingKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "kind"));
  gint64 *id = g_object_get_data (G_OBJECT (toast), "id");

  if (take_pending (self, kind, *id))
    {
      if (kind == PENDING_TOUCHPOINT)
        self->focus_touchpoint_id = *id;
      refresh (self);
    }
}

/* Hides a stage or touchpoint at once and deletes it for real when the toast
 * goes away without Undo. */
static void
delete_with_undo (EmbJourneyPage *self,
                  PendingKind     kind,
                  gint64          id,
                  const char     *name)
{
  EmbWindow *window = get_window (self);
  Pending pending = { kind, id };
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (window == NULL)
    {
      delete_now (self, kind, id);
      return;
    }

  g_array_append_val (self->pending, pending);

  /* Translators: shown after deleting a stage or touchpoint */
  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (toast), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  g_set_weak_pointer (&self->last_toast, toast);
  emb_window_add_toast (window, toast);
  refresh (self);
}

/**
 * emb_journey_page_flush_pending:
 *
 * Carries out the deletions still waiting for their Undo toast to go away.
 */
void
emb_journey_page_flush_pending (EmbJourneyPage *self)
{
  g_return_if_fail (EMB_IS_JOURNEY_PAGE (self));

  while (self->pending->len > 0)
    {
      Pending p = g_array_index (self->pending, Pending, 0);

      g_array_remove_index (self->pending, 0);
      if (self->database != NULL)
        delete_now (self, p.kind, p.id);
    }
}

/**
 * emb_journey_page_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the Undo toast of the last deletion,
 *   while it is shown
 */
AdwToast *
emb_journey_page_get_last_toast (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return self->last_toast;
}

/* The editor popover ----------------------------------------------------- */

static void
clear_editor_errors (EmbJourneyPage *self)
{
  GtkEntry *entries[] = { self->name_entry, self->channel_entry, self->description_entry };
  GtkLabel *labels[] = { self->name_error, self->channel_error, self->description_error };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entries[i]), "error");
      gtk_widget_set_visible (GTK_WIDGET (labels[i]), FALSE);
    }
}

static void
open_editor (EmbJourneyPage *self,
             EditMode        mode,
             gint64          id,
             GtkWidget      *anchor)
{
  gboolean touchpoint = mode == EDIT_NEW_TOUCHPOINT || mode == EDIT_TOUCHPOINT;
  const char *name = "";
  const char *channel = "";
  const char *description = "";
  g_autoptr(EmbStage) stage = NULL;
  g_autoptr(EmbTouchpoint) tp = NULL;
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), 1 };

  self->edit_mode = mode;
  self->edit_id = id;
  clear_editor_errors (self);

  switch (mode)
    {
    case EDIT_NEW_STAGE:
      gtk_label_set_text (self->editor_title, _("New Stage"));
      break;
    case EDIT_STAGE:
      gtk_label_set_text (self->editor_title, _("Rename Stage"));
      stage = emb_journey_store_get_stage (self->database, id, NULL);
      if (stage == NULL)
        return;
      name = emb_stage_get_name (stage);
      break;
    case EDIT_NEW_TOUCHPOINT:
      gtk_label_set_text (self->editor_title, _("New Touchpoint"));
      break;
    case EDIT_TOUCHPOINT:
    default:
      gtk_label_set_text (self->editor_title, _("Edit Touchpoint"));
      tp = emb_journey_store_get_touchpoint (self->database, id, NULL);
      if (tp == NULL)
        return;
      name = emb_touchpoint_get_name (tp);
      channel = emb_touchpoint_get_channel (tp);
      description = emb_touchpoint_get_description (tp);
      break;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->channel_entry), channel != NULL ? channel : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_entry), description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->channel_label), touchpoint);
  gtk_widget_set_visible (GTK_WIDGET (self->channel_entry), touchpoint);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), touchpoint);
  gtk_widget_set_visible (GTK_WIDGET (self->description_entry), touchpoint);

  /* Point at the anchor where it is in view; a popover pointing outside the
   * window cannot be placed. */
  if (anchor != NULL && gtk_widget_get_mapped (anchor) &&
      gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    {
      GdkRectangle page = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)) };
      GdkRectangle wanted = { (int)bounds.origin.x, (int)bounds.origin.y,
                              MAX (1, (int)bounds.size.width), MAX (1, (int)bounds.size.height) };
      GdkRectangle visible;

      if (gdk_rectangle_intersect (&page, &wanted, &visible))
        rect = visible;
    }
  gtk_popover_set_pointing_to (self->editor, &rect);
  gtk_popover_popup (self->editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
show_field_error (EmbJourneyPage *self,
                  const GError   *error)
{
  const char *field = emb_validation_error_get_field (error);
  GtkEntry *entry = self->name_entry;
  GtkLabel *label = self->name_error;

  if (g_strcmp0 (field, "channel") == 0)
    {
      entry = self->channel_entry;
      label = self->channel_error;
    }
  else if (g_strcmp0 (field, "description") == 0)
    {
      entry = self->description_entry;
      label = self->description_error;
    }

  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  gtk_label_set_text (label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

static void
on_editor_save (EmbJourneyPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  const char *channel = gtk_editable_get_text (GTK_EDITABLE (self->channel_entry));
  const char *description = gtk_editable_get_text (GTK_EDITABLE (self->description_entry));
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  clear_editor_errors (self);

  if (self->edit_mode == EDIT_NEW_STAGE || self->edit_mode == EDIT_STAGE)
    {
      g_autoptr(EmbStage) stage = NULL;

      if (self->edit_mode == EDIT_STAGE)
        stage = emb_journey_store_get_stage (self->database, self->edit_id, &error);
      else
        stage = emb_stage_new ();
      if (stage != NULL)
        {
          emb_stage_set_name (stage, name);
          ok = emb_journey_store_save_stage (self->database, stage, &error);
          if (ok)
            self->focus_stage_id = emb_record_get_id (EMB_RECORD (stage));
        }
    }
  else
    {
      g_autoptr(EmbTouchpoint) tp = NULL;

      if (self->edit_mode == EDIT_TOUCHPOINT)
        tp = emb_journey_store_get_touchpoint (self->database, self->edit_id, &error);
      else
        {
          tp = emb_touchpoint_new ();
          emb_touchpoint_set_stage_id (tp, self->edit_id);
        }
      if (tp != NULL)
        {
          emb_touchpoint_set_name (tp, name);
          emb_touchpoint_set_channel (tp, *channel != '\0' ? channel : NULL);
          emb_touchpoint_set_description (tp, *description != '\0' ? description : NULL);
          ok = emb_journey_store_save_touchpoint (self->database, tp, &error);
          if (ok)
            self->focus_touchpoint_id = emb_record_get_id (EMB_RECORD (tp));
        }
    }

  if (ok)
    {
      gtk_popover_popdown (self->editor);
      return;
    }

  if (error != NULL && error->domain == EMB_VALIDATION_ERROR)
    show_field_error (self, error);
  else if (error != NULL)
    show_error (self, error->message);
}

static void
on_editor_closed (EmbJourneyPage *self)
{
  clear_editor_errors (self);
}

/* The journey map -------------------------------------------------------- */

static guint
count_unowned_promises (EmbJourneyPage *self,
                        gint64          touchpoint_id)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GListModel) promises = NULL;

  filter.touchpoint_id = touchpoint_id;
  promises = emb_promise_store_list (self->database, &filter, NULL);
  return promises != NULL ? g_list_model_get_n_items (promises) : 0;
}

static GMenuModel *
touchpoint_menu (EmbJourneyPage *self,
                 EmbTouchpoint  *tp)
{
  gint64 id = emb_record_get_id (EMB_RECORD (tp));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) stages = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  guint n = g_list_model_get_n_items (self->stages);

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
      g_autoptr(EmbStage) stage = g_list_model_get_item (self->stages, i);
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

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "touchpoint-id");

  return gdk_content_provider_new_typed (G_TYPE_INT64, *id);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         EmbJourneyPage *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkListBox *list = g_object_get_data (G_OBJECT (card), "list");
  gint64 *stage_id = g_object_get_data (G_OBJECT (card), "stage-id");
  gint64 id = g_value_get_int64 (value);
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  double lx = x, ly = y;
  int position = G_MAXINT;

  if (gtk_widget_translate_coordinates (card, GTK_WIDGET (list), x, y, &lx, &ly) &&
      (row = gtk_list_box_get_row_at_y (list, (int)ly)) != NULL)
    position = gtk_list_box_row_get_index (row);

  self->focus_touchpoint_id = id;
  if (!emb_journey_store_move_touchpoint (self->database, id, *stage_id, position, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
create_touchpoint_row (EmbJourneyPage *self,
                       EmbTouchpoint  *tp,
                       GHashTable     *unowned)
{
  gint64 id = emb_record_get_id (EMB_RECORD (tp));
  const char *channel = emb_touchpoint_get_channel (tp);
  const char *description = emb_touchpoint_get_description (tp);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (emb_touchpoint_get_name (tp));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = touchpoint_menu (self, tp);
  g_autofree char *menu_label = NULL;
  g_autoptr(GString) accessible = g_string_new (emb_touchpoint_get_name (tp));
  GtkDragSource *drag = gtk_drag_source_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 4);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 24);
  gtk_box_append (GTK_BOX (text), name);

  if (channel != NULL && *channel != '\0')
    {
      GtkWidget *label = gtk_label_new (channel);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "accent");
      gtk_box_append (GTK_BOX (text), label);
      g_string_append_printf (accessible, ", %s", channel);
    }
  if (description != NULL && *description != '\0')
    {
      GtkWidget *label = gtk_label_new (description);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (text), label);
    }
  if (g_hash_table_contains (unowned, &id))
    {
      GtkWidget *badge = gtk_label_new (_("No owner"));
      guint promises = count_unowned_promises (self, id);

      gtk_widget_set_halign (badge, GTK_ALIGN_START);
      gtk_widget_set_margin_top (badge, 2);
      gtk_widget_add_css_class (badge, "journey-badge");
      gtk_widget_add_css_class (badge, "no-owner");
      gtk_widget_set_tooltip_text (badge, _("No role owns this touchpoint: assign one in Responsibilities"));
      gtk_box_append (GTK_BOX (text), badge);
      g_string_append_printf (accessible, ", %s", _("No owner"));

      if (promises > 0)
        {
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u promise here has no owner",
                                          "%u promises here have no owner",
                                          promises),
                             promises);
          GtkWidget *label = gtk_label_new (message);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_add_css_class (label, "warning");
          gtk_box_append (GTK_BOX (text), label);
          g_string_append_printf (accessible, ", %s", message);
        }
    }
  gtk_box_append (GTK_BOX (box), text);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (menu_button, _("Touchpoint actions"));
  /* Translators: the menu of one touchpoint, for a screen reader */
  menu_label = g_strdup_printf (_("Actions for “%s”"), emb_touchpoint_get_name (tp));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_box_append (GTK_BOX (box), menu_button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str,
                                  -1);
  gtk_widget_set_tooltip_text (row, _("Drag to reorder or to move to another stage; Alt+Up and Alt+Down move it too"));
  g_object_set_data_full (G_OBJECT (row), "touchpoint-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (row), "menu-button", menu_button);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));

  g_hash_table_insert (self->touchpoint_rows, g_memdup2 (&id, sizeof id), row);
  return row;
}

static void
on_row_activated (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  EmbJourneyPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "touchpoint-id");

  open_editor (self, EDIT_TOUCHPOINT, *id, GTK_WIDGET (row));
}

static GtkWidget *
create_stage_card (EmbJourneyPage *self,
                   EmbStage       *stage,
                   guint           number,
                   GHashTable     *unowned,
                   guint          *n_touchpoints)
{
  gint64 id = emb_record_get_id (EMB_RECORD (stage));
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  GtkWidget *number_label = gtk_label_new (number_text);
  GtkWidget *name = gtk_label_new (emb_stage_get_name (stage));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = stage_menu (id);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *add_content = adw_button_content_new ();
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *menu_label = NULL;
  g_autofree char *add_label = NULL;
  GtkDropTarget *drop;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "journey-stage");
  gtk_widget_set_size_request (card, 260, -1);

  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_widget_add_css_class (number_label, "title-4");
  gtk_box_append (GTK_BOX (header), number_label);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "title-4");
  gtk_box_append (GTK_BOX (header), name);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Stage actions"));
  /* Translators: the menu of one journey stage, for a screen reader */
  menu_label = g_strdup_printf (_("Actions for stage “%s”"), emb_stage_get_name (stage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_box_append (GTK_BOX (header), menu_button);
  gtk_box_append (GTK_BOX (card), header);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, emb_stage_get_name (stage),
                                  -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_row_activated), self, 0);

  touchpoints = emb_journey_store_list_stage_touchpoints (self->database, id, &error);
  if (touchpoints == NULL)
    g_warning ("Cannot list the touchpoints of a stage: %s", error->message);
  for (guint i = 0; touchpoints != NULL && i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(EmbTouchpoint) tp = g_list_model_get_item (touchpoints, i);

      if (is_pending (self, PENDING_TOUCHPOINT, emb_record_get_id (EMB_RECORD (tp))))
        continue;
      gtk_list_box_append (GTK_LIST_BOX (list), create_touchpoint_row (self, tp, unowned));
      (*n_touchpoints)++;
    }
  gtk_widget_set_visible (list, gtk_widget_get_first_child (list) != NULL);
  gtk_box_append (GTK_BOX (card), list);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("Add _Touchpoint"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (add_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), add_content);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "journey.add-touchpoint");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (add), g_variant_new_int64 (id));
  /* Translators: the button adding a touchpoint to one stage, for a screen reader */
  add_label = g_strdup_printf (_("Add a touchpoint to “%s”"), emb_stage_get_name (stage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  gtk_box_append (GTK_BOX (card), add);

  drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (drop));

  g_object_set_data (G_OBJECT (card), "list", list);
  g_object_set_data (G_OBJECT (card), "add-button", add);
  g_object_set_data (G_OBJECT (card), "menu-button", menu_button);
  g_object_set_data_full (G_OBJECT (card), "stage-id", g_memdup2 (&id, sizeof id), g_free);
  g_hash_table_insert (self->stage_cards, g_memdup2 (&id, sizeof id), card);
  return card;
}

static GHashTable *
id_set (GListModel *records)
{
  GHashTable *set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, i);
      gint64 id = emb_record_get_id (record);

      g_hash_table_add (set, g_memdup2 (&id, sizeof id));
    }
  return set;
}

static void
restore_focus (EmbJourneyPage *self)
{
  GtkWidget *target = NULL;

  if (self->focus_touchpoint_id != 0)
    target = g_hash_table_lookup (self->touchpoint_rows, &self->focus_touchpoint_id);
  else if (self->focus_stage_id != 0)
    {
      GtkWidget *card = g_hash_table_lookup (self->stage_cards, &self->focus_stage_id);

      if (card != NULL)
        target = g_object_get_data (G_OBJECT (card), "menu-button");
    }
  self->focus_touchpoint_id = 0;
  self->focus_stage_id = 0;

  if (target != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (target);
}

static void
refresh_map (EmbJourneyPage *self,
             GHashTable     *unowned)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stages = NULL;
  GListStore *shown = g_list_store_new (EMB_TYPE_STAGE);
  GtkWidget *child;
  guint n_touchpoints = 0;
  guint n_unowned = 0;
  guint number = 0;

  g_hash_table_remove_all (self->stage_cards);
  g_hash_table_remove_all (self->touchpoint_rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stages_box))) != NULL)
    gtk_flow_box_remove (self->stages_box, child);

  stages = emb_journey_store_list_stages (self->database, &error);
  if (stages == NULL)
    g_warning ("Cannot list the journey stages: %s", error->message);
  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (stages, i);

      if (!is_pending (self, PENDING_STAGE, emb_record_get_id (EMB_RECORD (stage))))
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
    gtk_label_set_text (self->map_gaps_label, text->str);
  }

  gtk_stack_set_visible_child_name (self->map_stack,
                                    g_list_model_get_n_items (self->stages) > 0 ? "stages" : "empty");
  restore_focus (self);
}

/* The responsibility matrix ---------------------------------------------- */

static void
refresh_departments (EmbJourneyPage *self)
{
  g_autoptr(GListModel) departments = emb_people_store_list_departments (self->database, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->department_filter);
  gint64 selected_id = 0;
  guint new_selected = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->department_ids->len)
    selected_id = g_array_index (self->department_ids, gint64, selected);

  g_array_set_size (self->department_ids, 0);
  gtk_string_list_append (names, _("All departments"));
  g_array_append_val (self->department_ids, (gint64){ 0 });
  for (guint i = 0; departments != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));

      gtk_string_list_append (names, emb_department_get_name (department));
      if (id == selected_id)
        new_selected = self->department_ids->len;
      g_array_append_val (self->department_ids, id);
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->department_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->department_filter, new_selected);
  self->updating_filters = FALSE;
  g_object_unref (names);
}

static void
refresh_matrix (EmbJourneyPage *self,
                GHashTable     *unowned)
{
  guint selected = gtk_drop_down_get_selected (self->department_filter);
  guint office = gtk_drop_down_get_selected (self->office_filter);
  gint64 department_id = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GListModel) unlinked_list = NULL;
  g_autoptr(GHashTable) unlinked = NULL;
  g_autoptr(GArray) cells = NULL;
  g_autoptr(GPtrArray) role_array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) touchpoint_array = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_unlinked = 0;
  guint n_unowned = 0;
  g_autoptr(GString) gaps = g_string_new (NULL);

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->department_ids->len)
    department_id = g_array_index (self->department_ids, gint64, selected);

  roles = emb_people_store_list_roles (self->database, department_id, &error);
  touchpoints = emb_journey_store_list_touchpoints (self->database, error == NULL ? &error : NULL);
  cells = emb_journey_store_get_matrix (self->database, error == NULL ? &error : NULL);
  unlinked_list = emb_journey_store_list_unlinked_roles (self->database, NULL);
  if (roles == NULL || touchpoints == NULL || cells == NULL)
    {
      g_warning ("Cannot load the responsibility matrix: %s",
                 error != NULL ? error->message : "?");
      return;
    }
  unlinked = id_set (unlinked_list);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      EmbRole *role = g_list_model_get_item (roles, i);
      gint64 id = emb_record_get_id (EMB_RECORD (role));

      if ((office == 1 && emb_role_get_office (role) != EMB_OFFICE_FRONT) ||
          (office == 2 && emb_role_get_office (role) != EMB_OFFICE_BACK))
        {
          g_object_unref (role);
          continue;
        }
      if (g_hash_table_contains (unlinked, &id))
        n_unlinked++;
      g_ptr_array_add (role_array, role);
    }
  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      EmbTouchpoint *tp = g_list_model_get_item (touchpoints, i);
      gint64 id = emb_record_get_id (EMB_RECORD (tp));

      if (is_pending (self, PENDING_TOUCHPOINT, id) ||
          is_pending (self, PENDING_STAGE, emb_touchpoint_get_stage_id (tp)))
        {
          g_object_unref (tp);
          continue;
        }
      if (g_hash_table_contains (unowned, &id))
        n_unowned++;
      g_ptr_array_add (touchpoint_array, tp);
    }

  emb_responsibility_matrix_set_data (self->matrix, role_array, touchpoint_array, cells,
                                      unlinked, unowned);

  if (n_unlinked > 0)
    g_string_append_printf (gaps, g_dngettext (GETTEXT_PACKAGE,
                                               "%u role is linked to no touchpoint",
                                               "%u roles are linked to no touchpoint",
                                               n_unlinked),
                            n_unlinked);
  if (n_unowned > 0)
    {
      if (gaps->len > 0)
        g_string_append (gaps, " · ");
      g_string_append_printf (gaps, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u touchpoint has no owner",
                                                 "%u touchpoints have no owner",
                                                 n_unowned),
                              n_unowned);
    }
  if (gaps->len == 0)
    g_string_append (gaps, _("No gaps: every role has a touchpoint and every touchpoint an owner"));
  gtk_label_set_text (self->matrix_gaps_label, gaps->str);

  gtk_stack_set_visible_child_name (self->matrix_stack,
                                    g_list_model_get_n_items (roles) > 0 || department_id != 0 || office != 0
                                    ? (touchpoint_array->len > 0 ? "matrix" : "empty")
                                    : "empty");
}

static void
on_filter_changed (EmbJourneyPage *self)
{
  g_autoptr(GListModel) unowned_list = NULL;
  g_autoptr(GHashTable) unowned = NULL;

  if (self->updating_filters || self->database == NULL)
    return;

  unowned_list = emb_journey_store_list_unowned_touchpoints (self->database, NULL);
  unowned = id_set (unowned_list);
  refresh_matrix (self, unowned);
}

static void
on_level_chosen (EmbJourneyPage *self,
                 gint64          role_id,
                 gint64          touchpoint_id,
                 int             level)
{
  g_autoptr(GError) error = NULL;

  if (!emb_journey_store_set_responsibility (self->database, role_id, touchpoint_id,
                                             (EmbResponsibilityLevel)level, NULL, &error))
    show_error (self, error->message);
}

static void
build_legend (EmbJourneyPage *self)
{
  for (EmbResponsibilityLevel level = EMB_RESPONSIBILITY_LEVEL_OWNS;
       level <= EMB_RESPONSIBILITY_LEVEL_INFORMED + 2; level++)
    {
      static const char * const classes[] = { "", "owns", "delivers", "supports", "informed", "gap", "back-office" };
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch;
      GtkWidget *label;

      if (level <= EMB_RESPONSIBILITY_LEVEL_INFORMED)
        {
          swatch = gtk_label_new (emb_responsibility_matrix_level_letter (level));
          label = gtk_label_new (emb_responsibility_matrix_level_name (level));
        }
      else if (level == EMB_RESPONSIBILITY_LEVEL_INFORMED + 1)
        {
          swatch = gtk_label_new (" ");
          label = gtk_label_new (_("gap: a touchpoint without an owner or a role without a touchpoint"));
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        }
      else
        {
          swatch = gtk_label_new (" ");
          label = gtk_label_new (_("back-office role"));
        }
      gtk_widget_add_css_class (swatch, "journey-level");
      gtk_widget_add_css_class (swatch, classes[level]);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), label);
      gtk_flow_box_append (self->legend, box);
      gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
    }
}

/* Refreshing ------------------------------------------------------------- */

static void
refresh (EmbJourneyPage *self)
{
  g_autoptr(GListModel) unowned_list = NULL;
  g_autoptr(GHashTable) unowned = NULL;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  unowned_list = emb_journey_store_list_unowned_touchpoints (self->database, NULL);
  unowned = id_set (unowned_list);
  refresh_map (self, unowned);
  refresh_departments (self);
  refresh_matrix (self, unowned);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbJourneyPage *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbJourneyPage *self)
{
  /* Many changes in one turn of the main loop are shown once. */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

/* Actions ---------------------------------------------------------------- */

static gint64
focused_touchpoint (EmbJourneyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      gint64 *id = g_object_get_data (G_OBJECT (focus), "touchpoint-id");

      if (id != NULL)
        return *id;
      if (focus == GTK_WIDGET (self))
        break;
    }
  return 0;
}

static void
update_actions (EmbJourneyPage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean map = g_strcmp0 (view, "map") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", map);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", map);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", map);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", map);
}

static void
on_view_changed (EmbJourneyPage *self)
{
  update_actions (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);

  open_editor (self, EDIT_NEW_STAGE, 0, self->add_stage_button);
}

static void
rename_stage_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  open_editor (self, EDIT_STAGE, id, g_hash_table_lookup (self->stage_cards, &id));
}

static void
move_stage_by (EmbJourneyPage *self,
               gint64          id,
               int             delta)
{
  g_autoptr(GError) error = NULL;
  int index = -1;

  for (guint i = 0; i < g_list_model_get_n_items (self->stages); i++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (self->stages, i);

      if (emb_record_get_id (EMB_RECORD (stage)) == id)
        index = (int)i;
    }
  if (index < 0 || index + delta < 0)
    return;

  self->focus_stage_id = id;
  if (!emb_journey_store_move_stage (self->database, id, index + delta, &error))
    show_error (self, error->message);
}

static void
stage_earlier_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_stage_by (EMB_JOURNEY_PAGE (widget), g_variant_get_int64 (parameter), -1);
}

static void
stage_later_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  move_stage_by (EMB_JOURNEY_PAGE (widget), g_variant_get_int64 (parameter), 1);
}

static void
delete_stage_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(EmbStage) stage = emb_journey_store_get_stage (self->database, id, NULL);

  if (stage != NULL)
    delete_with_undo (self, PENDING_STAGE, id, emb_stage_get_name (stage));
}

static void
add_touchpoint_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GtkWidget *card = g_hash_table_lookup (self->stage_cards, &id);

  open_editor (self, EDIT_NEW_TOUCHPOINT, id,
               card != NULL ? g_object_get_data (G_OBJECT (card), "add-button") : NULL);
}

static void
edit_touchpoint_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  open_editor (self, EDIT_TOUCHPOINT, id, g_hash_table_lookup (self->touchpoint_rows, &id));
}

static void
move_touchpoint_by (EmbJourneyPage *self,
                    gint64          id,
                    int             delta)
{
  g_autoptr(EmbTouchpoint) tp = emb_journey_store_get_touchpoint (self->database, id, NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *row = g_hash_table_lookup (self->touchpoint_rows, &id);
  int index;

  if (tp == NULL || row == NULL)
    return;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;
  if (index < 0)
    return;

  self->focus_touchpoint_id = id;
  if (!emb_journey_store_move_touchpoint (self->database, id, emb_touchpoint_get_stage_id (tp),
                                          index, &error))
    show_error (self, error->message);
}

static void
touchpoint_up_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_touchpoint_by (EMB_JOURNEY_PAGE (widget), g_variant_get_int64 (parameter), -1);
}

static void
touchpoint_down_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_touchpoint_by (EMB_JOURNEY_PAGE (widget), g_variant_get_int64 (parameter), 1);
}

static void
move_touchpoint_to_stage_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id, stage_id;

  g_variant_get (parameter, "(xx)", &id, &stage_id);
  self->focus_touchpoint_id = id;
  if (!emb_journey_store_move_touchpoint (self->database, id, stage_id, G_MAXINT, &error))
    show_error (self, error->message);
}

static void
delete_touchpoint (EmbJourneyPage *self,
                   gint64          id)
{
  g_autoptr(EmbTouchpoint) tp = emb_journey_store_get_touchpoint (self->database, id, NULL);

  if (tp != NULL)
    delete_with_undo (self, PENDING_TOUCHPOINT, id, emb_touchpoint_get_name (tp));
}

static void
delete_touchpoint_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  delete_touchpoint (EMB_JOURNEY_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = focused_touchpoint (self);

  if (id != 0)
    delete_touchpoint (self, id);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = focused_touchpoint (self);

  if (id != 0)
    move_touchpoint_by (self, id, 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = focused_touchpoint (self);

  if (id != 0)
    move_touchpoint_by (self, id, -1);
}

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  emb_journey_page_show_view (EMB_JOURNEY_PAGE (widget), "map");
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_journey_page_show_view:
 * @name: "map" or "matrix"
 */
void
emb_journey_page_show_view (EmbJourneyPage *self,
                            const char     *name)
{
  g_return_if_fail (EMB_IS_JOURNEY_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * emb_journey_page_get_matrix:
 *
 * Returns: (transfer none): the #EmbResponsibilityMatrix
 */
GtkWidget *
emb_journey_page_get_matrix (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return GTK_WIDGET (self->matrix);
}

/**
 * emb_journey_page_get_editor:
 *
 * Returns: (transfer none): the popover that edits a stage or touchpoint
 */
GtkPopover *
emb_journey_page_get_editor (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return self->editor;
}

/**
 * emb_journey_page_get_office_filter:
 *
 * Returns: (transfer none): the front/back office filter of the matrix
 */
GtkDropDown *
emb_journey_page_get_office_filter (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return self->office_filter;
}

/**
 * emb_journey_page_get_department_filter:
 *
 * Returns: (transfer none): the department filter of the matrix
 */
GtkDropDown *
emb_journey_page_get_department_filter (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return self->department_filter;
}

/**
 * emb_journey_page_get_stage_card:
 *
 * Returns: (transfer none) (nullable): the card of a stage on the map
 */
GtkWidget *
emb_journey_page_get_stage_card (EmbJourneyPage *self,
                                 gint64          stage_id)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return g_hash_table_lookup (self->stage_cards, &stage_id);
}

/**
 * emb_journey_page_get_touchpoint_row:
 *
 * Returns: (transfer none) (nullable): the row of a touchpoint on the map
 */
GtkWidget *
emb_journey_page_get_touchpoint_row (EmbJourneyPage *self,
                                     gint64          touchpoint_id)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return g_hash_table_lookup (self->touchpoint_rows, &touchpoint_id);
}

/**
 * emb_journey_page_is_up_to_date:
 *
 * Returns: %FALSE while a refresh after a change is waiting to run
 */
gboolean
emb_journey_page_is_up_to_date (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), FALSE);

  return self->refresh_idle == 0;
}

void
emb_journey_page_count_shown (EmbJourneyPage *self,
                              guint          *n_stages,
                              guint          *n_touchpoints)
{
  g_return_if_fail (EMB_IS_JOURNEY_PAGE (self));

  if (n_stages != NULL)
    *n_stages = g_hash_table_size (self->stage_cards);
  if (n_touchpoints != NULL)
    *n_touchpoints = g_hash_table_size (self->touchpoint_rows);
}

/* GObject ---------------------------------------------------------------- */

static void
emb_journey_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);

  GTK_WIDGET_CLASS (emb_journey_page_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (self->editor);
}

static void
emb_journey_page_constructed (GObject *object)
{
  EmbJourneyPage *self = (EmbJourneyPage *)object;

  G_OBJECT_CLASS (emb_journey_page_parent_class)->constructed (object);

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
  update_actions (self);
}

static void
emb_journey_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_journey_page_dispose (GObject *object)
{
  EmbJourneyPage *self = (EmbJourneyPage *)object;

  emb_journey_page_flush_pending (self);
  g_clear_weak_pointer (&self->last_toast);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->editor != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->editor));
      self->editor = NULL;
    }
  if (self->stage_cards != NULL)
    g_hash_table_remove_all (self->stage_cards);
  if (self->touchpoint_rows != NULL)
    g_hash_table_remove_all (self->touchpoint_rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_JOURNEY_PAGE);
  g_clear_object (&self->stages);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_journey_page_parent_class)->dispose (object);
}

static void
emb_journey_page_finalize (GObject *object)
{
  EmbJourneyPage *self = (EmbJourneyPage *)object;

  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->stage_cards, g_hash_table_unref);
  g_clear_pointer (&self->touchpoint_rows, g_hash_table_unref);

  G_OBJECT_CLASS (emb_journey_page_parent_class)->finalize (object);
}

static void
emb_journey_page_class_init (EmbJourneyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_journey_page_constructed;
  object_class->set_property = emb_journey_page_set_property;
  object_class->dispose = emb_journey_page_dispose;
  object_class->finalize = emb_journey_page_finalize;
  widget_class->size_allocate = emb_journey_page_size_allocate;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, map_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, stages_box);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, map_gaps_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, add_stage_button);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, matrix_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, department_filter);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, office_filter);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, matrix_gaps_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, legend);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, editor);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, channel_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, channel_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, channel_error);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, description_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, description_error);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_level_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_save);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_closed);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "journey.show-map", NULL, show_map_action);
  gtk_widget_class_install_action (widget_class, "journey.rename-stage", "x", rename_stage_action);
  gtk_widget_class_install_action (widget_class, "journey.stage-earlier", "x", stage_earlier_action);
  gtk_widget_class_install_action (widget_class, "journey.stage-later", "x", stage_later_action);
  gtk_widget_class_install_action (widget_class, "journey.delete-stage", "x", delete_stage_action);
  gtk_widget_class_install_action (widget_class, "journey.add-touchpoint", "x", add_touchpoint_action);
  gtk_widget_class_install_action (widget_class, "journey.edit-touchpoint", "x", edit_touchpoint_action);
  gtk_widget_class_install_action (widget_class, "journey.touchpoint-up", "x", touchpoint_up_action);
  gtk_widget_class_install_action (widget_class, "journey.touchpoint-down", "x", touchpoint_down_action);
  gtk_widget_class_install_action (widget_class, "journey.move-touchpoint-to-stage", "(xx)",
                                   move_touchpoint_to_stage_action);
  gtk_widget_class_install_action (widget_class, "journey.delete-touchpoint", "x",
                                   delete_touchpoint_action);
}

static void
emb_journey_page_init (EmbJourneyPage *self)
{
  static gboolean css_loaded;

  g_type_ensure (EMB_TYPE_RESPONSIBILITY_MATRIX);

  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->department_filter, _("Department"));
  emb_a11y_label_drop_down (self->office_filter, _("Office"));

  if (!css_loaded && gdk_display_get_default () != NULL)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider, page_css, -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      css_loaded = TRUE;
    }

  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->stage_cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->touchpoint_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->stages = G_LIST_MODEL (g_list_store_new (EMB_TYPE_STAGE));

  gtk_widget_set_parent (GTK_WIDGET (self->editor), GTK_WIDGET (self));
  gtk_popover_set_default_widget (self->editor, self->save_button);
  build_legend (self);
}
