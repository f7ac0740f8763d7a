/* emb-promises-page.c: the promises area of the manager window
 *
 * A list of brand promises (EmbPromiseRow), filtered by status, journey
 * stage, touchpoint and words, beside the editor of the selected promise
 * (EmbPromiseEditor). The page holds the actions of the workflow: save,
 * publish, discard the draft, retire (after asking), and delete with Undo a
 * promise never published.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promises-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-journey-store.h"
#include "emb-list-step.h"
#include "emb-promise-editor.h"
#include "emb-promise-row.h"
#include "emb-promise-store.h"
#include "emb-promises-page.h"

struct _EmbPromisesPage
{
  EmbPage           parent_instance;

  GListStore       *model;
  GArray           *stage_ids;
  GArray           *touchpoint_ids;
  gint64            retiring_id;     /* the promise the open dialog retires */
  gboolean          filters_dirty;
  gboolean          loading;

  AdwLeaflet       *leaflet;
  GtkSearchEntry   *search_entry;
  GtkDropDown      *status_dropdown;
  GtkDropDown      *stage_dropdown;
  GtkDropDown      *touchpoint_dropdown;
  GtkStack         *list_stack;
  GtkListBox       *list_box;
  EmbPromiseEditor *editor;
};

G_DEFINE_FINAL_TYPE (EmbPromisesPage, emb_promises_page, EMB_TYPE_PAGE)

static EmbDatabase *
get_database (EmbPromisesPage *self)
{
  return emb_page_get_database (EMB_PAGE (self));
}

static gboolean
is_pending (EmbPromisesPage *self,
            gint64           id)
{
  return emb_undo_queue_contains (emb_page_get_undo_queue (EMB_PAGE (self)),
                                  EMB_RECORD_KIND_PROMISE, id);
}

/* The list ----------------------------------------------------------------- */

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  EmbPromisesPage *self = user_data;
  EmbDatabase *db = get_database (self);
  g_autoptr(GArray) touchpoints = emb_promises_working_touchpoints (db, item);
  g_autofree char *status = emb_promises_status_text (db, item);

  return emb_promise_row_new (item, status, touchpoints->len);
}

static gboolean
has_filter (EmbPromisesPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (search != NULL && *search != '\0')
         || gtk_drop_down_get_selected (self->status_dropdown) > 0
         || gtk_drop_down_get_selected (self->stage_dropdown) > 0
         || gtk_drop_down_get_selected (self->touchpoint_dropdown) > 0;
}

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static int
find_position (EmbPromisesPage *self,
               gint64           id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbPromise) promise = g_list_model_get_item (G_LIST_MODEL (self->model), i);

      if (emb_record_get_id (EMB_RECORD (promise)) == id)
        return i;
    }
  return -1;
}

static void
update_actions (EmbPromisesPage *self)
{
  gboolean has_items = g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0;
  EmbPromiseSteps steps;

  emb_promise_editor_get_steps (self->editor, &steps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.save", steps.can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.publish", steps.can_publish);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.discard", steps.can_discard);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.retire", steps.can_retire);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", steps.can_delete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", has_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", has_items);
}

static void
update_list_stack (EmbPromisesPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (has_filter (self))
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
select_current (EmbPromisesPage *self)
{
  gint64 id = emb_promise_editor_get_promise_id (self->editor);
  int position = id != 0 ? find_position (self, id) : -1;
  GtkListBoxRow *row = position >= 0 ? gtk_list_box_get_row_at_index (self->list_box, position) : NULL;

  self->loading = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
  else
    gtk_list_box_unselect_all (self->list_box);
  self->loading = FALSE;
}

static void
reload_list (EmbPromisesPage *self)
{
  EmbPromiseFilter filter = EMB_PROMISE_FILTER_INIT;
  static const int statuses[] = {
    -1, EMB_PROMISE_STATUS_DRAFT, EMB_PROMISE_STATUS_PUBLISHED, EMB_PROMISE_STATUS_RETIRED
  };
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) shown = g_list_store_new (EMB_TYPE_PROMISE);

  filter.status = status < G_N_ELEMENTS (statuses) ? statuses[status] : -1;
  filter.stage_id = selected_id (self->stage_dropdown, self->stage_ids);
  filter.touchpoint_id = selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  list = emb_promise_store_list (get_database (self), &filter, &error);
  if (list == NULL)
    emb_promise_editor_show_error (self->editor, error);
  else
    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(EmbPromise) promise = g_list_model_get_item (list, i);

        if (!is_pending (self, emb_record_get_id (EMB_RECORD (promise))))
          g_list_store_append (shown, promise);
      }

  g_set_object (&self->model, shown);
  self->loading = TRUE;
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->model), create_row, self, NULL);
  self->loading = FALSE;
  select_current (self);
  update_list_stack (self);
  update_actions (self);
}

static void
fill_dropdown (GtkDropDown *dropdown,
               GArray      *ids,
               const char  *all,
               GListModel  *items,
               const char *(*get_name) (gpointer))
{
  gint64 previous = selected_id (dropdown, ids);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;
  gint64 none = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, all);
  g_array_append_val (ids, none);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (items, i);
      gint64 id = emb_record_get_id (record);

      if (id == previous)
        selected = ids->len;
      gtk_string_list_append (names, get_name (record));
      g_array_append_val (ids, id);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, selected);
}

static const char *
stage_name (gpointer record)
{
  return emb_stage_get_name (record);
}

static const char *
touchpoint_name (gpointer record)
{
  return emb_touchpoint_get_name (record);
}

static void
load_filters (EmbPromisesPage *self)
{
  g_autoptr(GListModel) stages = emb_journey_store_list_stages (get_database (self), NULL);
  g_autoptr(GListModel) touchpoints = emb_journey_store_list_touchpoints (get_database (self), NULL);

  self->loading = TRUE;
  fill_dropdown (self->stage_dropdown, self->stage_ids, _("All stages"), stages, stage_name);
  fill_dropdown (self->touchpoint_dropdown, self->touchpoint_ids, _("All touchpoints"),
                 touchpoints, touchpoint_name);
  self->loading = FALSE;
  self->filters_dirty = FALSE;
}

static void
on_filter_changed (EmbPromisesPage *self)
{
  if (self->loading || get_database (self) == NULL)
    return;
  reload_list (self);
}

static void
on_row_selected (EmbPromisesPage *self,
                 GtkListBoxRow   *row)
{
  EmbPromise *item;
  g_autoptr(EmbPromise) promise = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || row == NULL)
    return;
  item = emb_promise_row_get_promise (EMB_PROMISE_ROW (row));
  promise = emb_promise_store_get (get_database (self), emb_record_get_id (EMB_RECORD (item)), &error);
  if (promise == NULL)
    {
      emb_promise_editor_show_error (self->editor, error);
      return;
    }
  emb_promise_editor_open (self->editor, promise);
}

static void
on_row_activated (EmbPromisesPage *self,
                  GtkListBoxRow   *row)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

static void
on_back_clicked (EmbPromisesPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Actions ------------------------------------------------------------------ */

/* After a successful workflow step on @id: the list, and the editor if it
 * shows @id, from the store */
static void
after_change (EmbPromisesPage *self,
              gint64           id)
{
  if (emb_promise_editor_get_promise_id (self->editor) == id)
    {
      g_autoptr(EmbPromise) stored = emb_promise_store_get (get_database (self), id, NULL);

      emb_promise_editor_load (self->editor, stored);
    }
  reload_list (self);
}

/* Ends a workflow step on @id: on success, the change shown and @message
 * in a toast; else @error */
static void
end_step (EmbPromisesPage *self,
          gint64           id,
          gboolean         done,
          const GError    *error,
          const char      *message)
{
  if (!done)
    {
      emb_promise_editor_show_error (self->editor, error);
      return;
    }
  after_change (self, id);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (message));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);

  if (emb_promise_editor_get_promise (self->editor) == NULL
      || !emb_promise_editor_save (self->editor))
    return;
  after_change (self, emb_promise_editor_get_promise_id (self->editor));
}

/* promise.publish and promise.discard: the draft goes in force, or away */
static void
draft_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = emb_promise_editor_get_promise_id (self->editor);
  gboolean done;

  if (id == 0)
    return;
  if (g_str_equal (action_name, "promise.publish"))
    {
      /* What is in the editor is what gets published */
      if (!emb_promise_editor_save (self->editor))
        return;
      done = emb_promise_store_publish (get_database (self), id, &error);
      end_step (self, id, done, error, _("Promise published"));
    }
  else
    {
      done = emb_promise_store_discard_draft (get_database (self), id, &error);
      end_step (self, id, done, error, _("Draft discarded"));
    }
}

static void
on_retire_response (AdwMessageDialog *dialog,
                    const char       *response,
                    EmbPromisesPage  *self)
{
  gint64 id = self->retiring_id;
  g_autoptr(GError) error = NULL;
  gboolean done;

  self->retiring_id = 0;
  if (g_strcmp0 (response, "retire") != 0 || id == 0)
    return;
  done = emb_promise_store_retire (get_database (self), id, &error);
  end_step (self, id, done, error, _("Promise retired"));
}

static void
retire_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  EmbPromise *promise = emb_promise_editor_get_promise (self->editor);
  AdwMessageDialog *dialog;

  if (emb_promise_editor_get_promise_id (self->editor) == 0)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Retire this promise?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Staff will no longer be asked to keep “%s”. Its versions "
                                    "and acknowledgements are kept as a record, but a retired "
                                    "promise cannot be changed or published again."),
                                  emb_promise_get_statement (promise));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "retire", _("_Retire"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "retire", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  self->retiring_id = emb_promise_editor_get_promise_id (self->editor);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_retire_response), self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  gint64 id = emb_promise_editor_get_promise_id (self->editor);
  g_autofree char *title = NULL;
  EmbPromiseSteps steps;

  emb_promise_editor_get_steps (self->editor, &steps);
  if (!steps.can_delete)
    return;

  /* Translators: a toast after deleting a promise; the statement in quotes */
  title = g_strdup_printf (_("“%s” deleted"),
                           emb_promise_get_statement (emb_promise_editor_get_promise (self->editor)));
  emb_promise_editor_load (self->editor, NULL);
  emb_undo_queue_push_one (emb_page_get_undo_queue (EMB_PAGE (self)), widget,
                           EMB_RECORD_KIND_PROMISE, id, title, emb_promise_store_delete);
  reload_list (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  g_autoptr(EmbPromise) promise = emb_promise_new ();

  emb_promise_editor_open (self->editor, promise);
  select_current (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  emb_promise_editor_focus_statement (self->editor);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);

  emb_list_box_step (self->list_box, g_str_equal (action_name, "page.next"));
}

/* Changes ------------------------------------------------------------------ */

static void
emb_promises_page_refresh (EmbPage *page)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (page);
  gint64 id = emb_promise_editor_get_promise_id (self->editor);

  if (self->filters_dirty)
    load_filters (self);
  /* The promise in the editor waits to be deleted: close it. */
  if (id != 0 && is_pending (self, id))
    emb_promise_editor_load (self->editor, NULL);
  else
    emb_promise_editor_reload (self->editor);
  reload_list (self);
}

static void
emb_promises_page_database_changed (EmbPage       *page,
                                    EmbRecordKind  kind,
                                    EmbChangeType  change,
                                    gint64         id)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (page);

  if (kind == EMB_RECORD_KIND_ANY || kind == EMB_RECORD_KIND_STAGE
      || kind == EMB_RECORD_KIND_TOUCHPOINT)
    self->filters_dirty = TRUE;
}

/* Public ------------------------------------------------------------------- */

/**
 * emb_promises_page_get_model:
 *
 * Returns: (transfer none): the promises shown in the list
 */
GListModel *
emb_promises_page_get_model (EmbPromisesPage *self)
{
  g_return_val_if_fail (EMB_IS_PROMISES_PAGE (self), NULL);

  return G_LIST_MODEL (self->model);
}

/**
 * emb_promises_page_get_promise:
 *
 * Returns: (transfer none) (nullable): the promise in the editor, with an id
 *   of 0 while a new one is not yet saved
 */
EmbPromise *
emb_promises_page_get_promise (EmbPromisesPage *self)
{
  g_return_val_if_fail (EMB_IS_PROMISES_PAGE (self), NULL);

  return emb_promise_editor_get_promise (self->editor);
}

/**
 * emb_promises_page_select_promise:
 * @id: the id of a promise shown in the list
 *
 * Selects the row of the promise, which opens it in the editor.
 *
 * Returns: %FALSE when the promise is not in the list
 */
gboolean
emb_promises_page_select_promise (EmbPromisesPage *self,
                                  gint64           id)
{
  int position;

  g_return_val_if_fail (EMB_IS_PROMISES_PAGE (self), FALSE);

  position = find_position (self, id);
  if (position < 0)
    return FALSE;
  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, position));
  return TRUE;
}

/**
 * emb_promises_page_get_touchpoint_check:
 * @touchpoint_id: the id of a touchpoint
 *
 * Returns: (transfer none) (nullable): the check button of the touchpoint in
 *   the editor
 */
GtkWidget *
emb_promises_page_get_touchpoint_check (EmbPromisesPage *self,
                                        gint64           touchpoint_id)
{
  g_return_val_if_fail (EMB_IS_PROMISES_PAGE (self), NULL);

  return emb_promise_editor_get_touchpoint_check (self->editor, touchpoint_id);
}

/* GObject ------------------------------------------------------------------ */

static void
emb_promises_page_constructed (GObject *object)
{
  EmbPromisesPage *self = (EmbPromisesPage *)object;

  G_OBJECT_CLASS (emb_promises_page_parent_class)->constructed (object);

  emb_promise_editor_set_database (self->editor, get_database (self));
}

static void
emb_promises_page_dispose (GObject *object)
{
  EmbPromisesPage *self = (EmbPromisesPage *)object;

  /* The leaflet is both a template child and the bin's child */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PROMISES_PAGE);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (emb_promises_page_parent_class)->dispose (object);
}

static void
emb_promises_page_finalize (GObject *object)
{
  EmbPromisesPage *self = (EmbPromisesPage *)object;

  g_clear_pointer (&self->stage_ids, g_array_unref);
  g_clear_pointer (&self->touchpoint_ids, g_array_unref);

  G_OBJECT_CLASS (emb_promises_page_parent_class)->finalize (object);
}

static void
emb_promises_page_class_init (EmbPromisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_promises_page_constructed;
  object_class->dispose = emb_promises_page_dispose;
  object_class->finalize = emb_promises_page_finalize;
  page_class->refresh = emb_promises_page_refresh;
  page_class->database_changed = emb_promises_page_database_changed;

  /* The filters and the touchpoints come from the journey; the coverage
   * counts the employees addressed through the roles responsible, and
   * names departments and roles. */
  emb_page_class_watch (page_class,
                        EMB_RECORD_KIND_PROMISE,
                        EMB_RECORD_KIND_STAGE,
                        EMB_RECORD_KIND_TOUCHPOINT,
                        EMB_RECORD_KIND_RESPONSIBILITY,
                        EMB_RECORD_KIND_DEPARTMENT,
                        EMB_RECORD_KIND_ROLE,
                        EMB_RECORD_KIND_EMPLOYEE,
                        EMB_RECORD_KIND_ACKNOWLEDGEMENT,
                        -1);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "promise.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "promise.publish", NULL, draft_action);
  gtk_widget_class_install_action (widget_class, "promise.discard", NULL, draft_action);
  gtk_widget_class_install_action (widget_class, "promise.retire", NULL, retire_action);

  g_type_ensure (EMB_TYPE_PROMISE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/promises/emb-promises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
}

static void
emb_promises_page_init (EmbPromisesPage *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  self->stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->model = g_list_store_new (EMB_TYPE_PROMISE);
  /* Loaded with the first refresh, when the page is shown. */
  self->filters_dirty = TRUE;

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->status_dropdown, _("Status"));
  emb_a11y_label_drop_down (self->stage_dropdown, _("Journey stage"));
  emb_a11y_label_drop_down (self->touchpoint_dropdown, _("Touchpoint"));
  self->loading = FALSE;

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->touchpoint_dropdown, expression);

  g_signal_connect_object (self->editor, "notify::promise",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_actions (self);
}
