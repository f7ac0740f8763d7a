/* emb-journey-page.c: the journey area of the manager window
 *
 * Two views: the journey map (EmbJourneyMap: stages in order, each with its
 * touchpoints, edited in place through EmbJourneyEditor) and the
 * responsibility matrix (EmbJourneyMatrixPane: roles × touchpoints). Gaps are
 * highlighted in both: touchpoints nobody owns, promises made there, and
 * roles linked to no touchpoint.
 *
 * The page holds the "journey." actions that the cards, rows and menus of the
 * map use, and Ctrl+N, Delete, Alt+Up and Alt+Down on the focused touchpoint.
 * A stage or touchpoint deleted waits behind an Undo toast in the page's undo
 * queue, hidden from both views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-journey-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-journey-editor.h"
#include "emb-journey-map.h"
#include "emb-journey-matrix-pane.h"
#include "emb-journey-page.h"
#include "emb-journey-stage-card.h"
#include "emb-journey-store.h"
#include "emb-journey-touchpoint-row.h"

struct _EmbJourneyPage
{
  EmbPage               parent_instance;

  AdwViewStack         *view_stack;
  EmbJourneyMap        *map;
  EmbJourneyMatrixPane *matrix_pane;
  EmbJourneyEditor     *editor;
};

G_DEFINE_FINAL_TYPE (EmbJourneyPage, emb_journey_page, EMB_TYPE_PAGE)

static EmbDatabase *
get_database (EmbJourneyPage *self)
{
  return emb_page_get_database (EMB_PAGE (self));
}

static void
show_error (EmbJourneyPage *self,
            const GError   *error)
{
  emb_page_show_error (EMB_PAGE (self), error);
}

/* Deletions with Undo ---------------------------------------------------- */

static gboolean
commit_delete (EmbDatabase   *database,
               const gint64  *ids,
               guint          n_ids,
               gpointer       user_data,
               GError       **error)
{
  EmbRecordKind kind = GPOINTER_TO_INT (user_data);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean ok;

      if (kind == EMB_RECORD_KIND_STAGE)
        ok = emb_journey_store_delete_stage (database, ids[i], &local_error);
      else
        ok = emb_journey_store_delete_touchpoint (database, ids[i], &local_error);

      /* Gone already (deleted elsewhere): nothing left to do. */
      if (!ok && !g_error_matches (local_error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

/* Hides a stage or touchpoint at once and deletes it for real when the toast
 * goes away without Undo. */
static void
delete_with_undo (EmbJourneyPage *self,
                  EmbRecordKind   kind,
                  gint64          id,
                  const char     *name)
{
  /* Translators: shown after deleting a stage or touchpoint */
  g_autofree char *title = g_strdup_printf (_("“%s” deleted"), name);

  emb_undo_queue_push (emb_page_get_undo_queue (EMB_PAGE (self)), GTK_WIDGET (self),
                       kind, &id, 1, title, commit_delete, GINT_TO_POINTER (kind), NULL);
  emb_page_queue_refresh (EMB_PAGE (self));
}

/* Refreshing ------------------------------------------------------------- */

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
emb_journey_page_refresh (EmbPage *page)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (page);
  EmbDatabase *database = emb_page_get_database (page);
  g_autoptr(GListModel) unowned_list = NULL;
  g_autoptr(GListModel) unlinked_list = NULL;
  g_autoptr(GHashTable) unowned = NULL;
  g_autoptr(GHashTable) unlinked = NULL;

  unowned_list = emb_journey_store_list_unowned_touchpoints (database, NULL);
  unowned = id_set (unowned_list);
  unlinked_list = emb_journey_store_list_unlinked_roles (database, NULL);
  unlinked = id_set (unlinked_list);

  emb_journey_map_refresh (self->map, unowned);
  emb_journey_matrix_pane_refresh (self->matrix_pane, unowned, unlinked);
}

static void
on_editor_saved (EmbJourneyPage *self,
                 int             kind,
                 gint64          id)
{
  if (kind == EMB_RECORD_KIND_STAGE)
    emb_journey_map_focus_stage (self->map, id);
  else
    emb_journey_map_focus_touchpoint (self->map, id);
}

/* Actions ---------------------------------------------------------------- */

static gint64
focused_touchpoint (EmbJourneyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      if (EMB_IS_JOURNEY_TOUCHPOINT_ROW (focus))
        return emb_journey_touchpoint_row_get_id (EMB_JOURNEY_TOUCHPOINT_ROW (focus));
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

  emb_journey_editor_edit (self->editor, EMB_JOURNEY_EDIT_NEW_STAGE, 0,
                           emb_journey_map_get_add_stage_button (self->map));
}

static void
rename_stage_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  emb_journey_editor_edit (self->editor, EMB_JOURNEY_EDIT_STAGE, id,
                           emb_journey_map_get_stage_card (self->map, id));
}

static void
move_stage_by (EmbJourneyPage *self,
               gint64          id,
               int             delta)
{
  GListModel *stages = emb_journey_map_get_stages (self->map);
  g_autoptr(GError) error = NULL;
  int index = -1;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (stages, i);

      if (emb_record_get_id (EMB_RECORD (stage)) == id)
        index = (int)i;
    }
  if (index < 0 || index + delta < 0)
    return;

  emb_journey_map_focus_stage (self->map, id);
  if (!emb_journey_store_move_stage (get_database (self), id, index + delta, &error))
    show_error (self, error);
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
  g_autoptr(EmbStage) stage = emb_journey_store_get_stage (get_database (self), id, NULL);

  if (stage != NULL)
    delete_with_undo (self, EMB_RECORD_KIND_STAGE, id, emb_stage_get_name (stage));
}

static void
add_touchpoint_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GtkWidget *card = emb_journey_map_get_stage_card (self->map, id);

  emb_journey_editor_edit (self->editor, EMB_JOURNEY_EDIT_NEW_TOUCHPOINT, id,
                           card != NULL ? emb_journey_stage_card_get_add_button (EMB_JOURNEY_STAGE_CARD (card))
                                        : NULL);
}

static void
edit_touchpoint_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EmbJourneyPage *self = EMB_JOURNEY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  emb_journey_editor_edit (self->editor, EMB_JOURNEY_EDIT_TOUCHPOINT, id,
                           emb_journey_map_get_touchpoint_row (self->map, id));
}

static void
move_touchpoint_by (EmbJourneyPage *self,
                    gint64          id,
                    int             delta)
{
  g_autoptr(EmbTouchpoint) tp = emb_journey_store_get_touchpoint (get_database (self), id, NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *row = emb_journey_map_get_touchpoint_row (self->map, id);
  int index;

  if (tp == NULL || row == NULL)
    return;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;
  if (index < 0)
    return;

  emb_journey_map_focus_touchpoint (self->map, id);
  if (!emb_journey_store_move_touchpoint (get_database (self), id, emb_touchpoint_get_stage_id (tp),
                                          index, &error))
    show_error (self, error);
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
  emb_journey_map_focus_touchpoint (self->map, id);
  if (!emb_journey_store_move_touchpoint (get_database (self), id, stage_id, G_MAXINT, &error))
    show_error (self, error);
}

static void
delete_touchpoint (EmbJourneyPage *self,
                   gint64          id)
{
  g_autoptr(EmbTouchpoint) tp = emb_journey_store_get_touchpoint (get_database (self), id, NULL);

  if (tp == NULL)
    return;
  /* Undo puts the focus back on it. */
  emb_journey_map_focus_touchpoint (self->map, id);
  delete_with_undo (self, EMB_RECORD_KIND_TOUCHPOINT, id, emb_touchpoint_get_name (tp));
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

  return emb_journey_matrix_pane_get_matrix (self->matrix_pane);
}

/**
 * emb_journey_page_get_editor:
 *
 * Returns: (transfer none): the #EmbJourneyEditor, the popover that edits a
 *   stage or touchpoint
 */
GtkPopover *
emb_journey_page_get_editor (EmbJourneyPage *self)
{
  g_return_val_if_fail (EMB_IS_JOURNEY_PAGE (self), NULL);

  return GTK_POPOVER (self->editor);
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

  return emb_journey_matrix_pane_get_office_filter (self->matrix_pane);
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

  return emb_journey_matrix_pane_get_department_filter (self->matrix_pane);
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

  return emb_journey_map_get_stage_card (self->map, stage_id);
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

  return emb_journey_map_get_touchpoint_row (self->map, touchpoint_id);
}

void
emb_journey_page_count_shown (EmbJourneyPage *self,
                              guint          *n_stages,
                              guint          *n_touchpoints)
{
  g_return_if_fail (EMB_IS_JOURNEY_PAGE (self));

  emb_journey_map_count_shown (self->map, n_stages, n_touchpoints);
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
  gtk_popover_present (GTK_POPOVER (self->editor));
}

static void
emb_journey_page_constructed (GObject *object)
{
  EmbJourneyPage *self = (EmbJourneyPage *)object;
  EmbDatabase *database;
  EmbUndoQueue *undo_queue;

  G_OBJECT_CLASS (emb_journey_page_parent_class)->constructed (object);

  database = get_database (self);
  undo_queue = emb_page_get_undo_queue (EMB_PAGE (self));
  emb_journey_map_set_database (self->map, database, undo_queue);
  emb_journey_matrix_pane_set_database (self->matrix_pane, database, undo_queue);
  emb_journey_editor_set_database (self->editor, database);
  update_actions (self);
}

static void
emb_journey_page_dispose (GObject *object)
{
  EmbJourneyPage *self = (EmbJourneyPage *)object;

  if (self->editor != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->editor));
      self->editor = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_JOURNEY_PAGE);

  G_OBJECT_CLASS (emb_journey_page_parent_class)->dispose (object);
}

static void
emb_journey_page_class_init (EmbJourneyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_journey_page_constructed;
  object_class->dispose = emb_journey_page_dispose;
  widget_class->size_allocate = emb_journey_page_size_allocate;
  page_class->refresh = emb_journey_page_refresh;

  /* What the map and the matrix show: the journey, who owns it, the roles
   * and departments of the filters, and the promises made at touchpoints. */
  emb_page_class_watch (page_class,
                        EMB_RECORD_KIND_STAGE,
                        EMB_RECORD_KIND_TOUCHPOINT,
                        EMB_RECORD_KIND_RESPONSIBILITY,
                        EMB_RECORD_KIND_ROLE,
                        EMB_RECORD_KIND_DEPARTMENT,
                        EMB_RECORD_KIND_PROMISE,
                        -1);

  g_type_ensure (EMB_TYPE_JOURNEY_MAP);
  g_type_ensure (EMB_TYPE_JOURNEY_MATRIX_PANE);
  g_type_ensure (EMB_TYPE_JOURNEY_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/journey/emb-journey-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, map);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, matrix_pane);
  gtk_widget_class_bind_template_child (widget_class, EmbJourneyPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_saved);

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
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_parent (GTK_WIDGET (self->editor), GTK_WIDGET (self));
}
