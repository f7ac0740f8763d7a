/* emb-values-page.c: the values area of the manager window
 *
 * The organisation's name, vision and CX strategy (EmbOrganisationEditor),
 * saved after a pause in typing and when the page is left; the values as an ordered list
 * (EmbValueRow), reordered by drag and drop or Alt+Shift+Up/Down, each
 * edited in the pane beside it (EmbValueEditor); deletion with Undo; and
 * publishing the values, with how many employees acknowledged them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-values-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-list-step.h"
#include "emb-metrics.h"
#include "emb-organisation-editor.h"
#include "emb-programme-store.h"
#include "emb-value-editor.h"
#include "emb-value-row.h"
#include "emb-values-page.h"

struct _EmbValuesPage
{
  EmbPage                parent_instance;

  GListStore            *values;      /* the EmbValues shown, without pending deletions */
  guint                  loading;     /* > 0 while the list is filled from the store */
  gboolean               disposing;

  AdwLeaflet            *leaflet;     /* unowned */
  EmbOrganisationEditor *organisation_editor;
  GtkStack              *values_stack;
  GtkListBox            *values_list;
  AdwActionRow          *published_row;
  AdwActionRow          *coverage_row;
  GtkLevelBar           *coverage_bar;
  GtkLabel              *coverage_percent;
  EmbValueEditor        *editor;
};

G_DEFINE_FINAL_TYPE (EmbValuesPage, emb_values_page, EMB_TYPE_PAGE)

static void refresh (EmbValuesPage *self);

static EmbDatabase *
get_database (EmbValuesPage *self)
{
  return emb_page_get_database (EMB_PAGE (self));
}

/**
 * emb_values_page_save_organisation:
 *
 * Saves the organisation's name, vision and CX strategy as typed, when they
 * changed. A validation error is shown next to its field.
 *
 * Returns: %TRUE when nothing was left unsaved
 */
gboolean
emb_values_page_save_organisation (EmbValuesPage *self)
{
  g_return_val_if_fail (EMB_IS_VALUES_PAGE (self), FALSE);

  return emb_organisation_editor_save (self->organisation_editor);
}

/* Actions' state --------------------------------------------------------- */

static int
selected_index (EmbValuesPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->values_list);

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

static void
update_actions (EmbValuesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->values));
  int index = selected_index (self);
  gboolean has_value = emb_value_editor_get_value_id (self->editor) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", has_value);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", n > 0 && (index < 0 || index + 1 < (int)n));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", n > 0 && index != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-up", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-down", index >= 0 && index + 1 < (int)n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.publish", n > 0);
}

/* The editor ------------------------------------------------------------- */

/* Leaving a value keeps what was typed in it. */
static void
save_editor_on_leave (EmbValuesPage *self)
{
  if (emb_value_editor_is_dirty (self->editor) && emb_value_editor_save (self->editor) == 0)
    emb_page_add_toast (EMB_PAGE (self),
                        adw_toast_new (_("The value you were editing could not be saved")));
}

static void
on_value_saved (EmbValuesPage *self,
                gint64         id)
{
  /* Show the saved value at once, selected. */
  refresh (self);
  emb_values_page_select_value (self, id);
}

static void
on_back_clicked (EmbValuesPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The list of values ----------------------------------------------------- */

static EmbValue *
find_value (EmbValuesPage *self,
            gint64         id,
            guint         *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->values));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbValue) value = g_list_model_get_item (G_LIST_MODEL (self->values), i);

      if (emb_record_get_id (EMB_RECORD (value)) == id)
        {
          if (position != NULL)
            *position = i;
          return value;   /* the store keeps it alive */
        }
    }
  return NULL;
}

/* A value dropped on the row of @onto takes its place. */
static gboolean
on_move_here (EmbValuesPage *self,
              gint64         id,
              EmbValueRow   *onto)
{
  EmbValue *value = emb_value_row_get_value (onto);
  g_autoptr(GError) error = NULL;

  if (!emb_programme_store_move_value (get_database (self), id, emb_value_get_position (value),
                                       &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
create_value_row (gpointer item,
                  gpointer user_data)
{
  EmbValuesPage *self = user_data;
  GtkWidget *row = emb_value_row_new (item);

  g_signal_connect_object (row, "move-here", G_CALLBACK (on_move_here), self, G_CONNECT_SWAPPED);
  return row;
}

/**
 * emb_values_page_get_values:
 *
 * Returns: (transfer none): the #EmbValues listed, in their order
 */
GListModel *
emb_values_page_get_values (EmbValuesPage *self)
{
  g_return_val_if_fail (EMB_IS_VALUES_PAGE (self), NULL);

  return G_LIST_MODEL (self->values);
}

gint64
emb_values_page_get_selected_id (EmbValuesPage *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (EMB_IS_VALUES_PAGE (self), 0);

  row = gtk_list_box_get_selected_row (self->values_list);
  if (row == NULL)
    return 0;
  return emb_record_get_id (EMB_RECORD (emb_value_row_get_value (EMB_VALUE_ROW (row))));
}

/* Selects the row of @id without touching the editor. */
static gboolean
select_row (EmbValuesPage *self,
            gint64         id)
{
  guint position;

  if (id == 0 || find_value (self, id, &position) == NULL)
    {
      gtk_list_box_unselect_all (self->values_list);
      return FALSE;
    }
  gtk_list_box_select_row (self->values_list,
                           gtk_list_box_get_row_at_index (self->values_list, (int)position));
  return TRUE;
}

/**
 * emb_values_page_select_value:
 *
 * Selects a value in the list and opens it in the editor.
 *
 * Returns: %TRUE when the value is listed
 */
gboolean
emb_values_page_select_value (EmbValuesPage *self,
                              gint64         id)
{
  g_return_val_if_fail (EMB_IS_VALUES_PAGE (self), FALSE);

  return select_row (self, id);
}

static void
reload_values (EmbValuesPage *self)
{
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (self));
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 selected = emb_values_page_get_selected_id (self);
  gint64 editing;
  guint n;

  all = emb_programme_store_list_values (get_database (self), &error);
  if (all == NULL)
    {
      g_warning ("Cannot list the values: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      EmbValue *value = g_list_model_get_item (all, i);

      if (emb_undo_queue_contains (queue, EMB_RECORD_KIND_VALUE, emb_record_get_id (EMB_RECORD (value))))
        g_object_unref (value);
      else
        g_ptr_array_add (shown, value);
    }

  self->loading++;
  g_list_store_splice (self->values,
                       0, g_list_model_get_n_items (G_LIST_MODEL (self->values)),
                       shown->pdata, shown->len);
  select_row (self, selected);
  self->loading--;

  gtk_stack_set_visible_child_name (self->values_stack, shown->len > 0 ? "list" : "empty");

  /* The value in the editor is gone (deleted here or elsewhere). */
  editing = emb_value_editor_get_value_id (self->editor);
  if (editing != 0 && find_value (self, editing, NULL) == NULL)
    emb_value_editor_load (self->editor, NULL);
}

static void
on_value_row_selected (EmbValuesPage *self,
                       GtkListBoxRow *row)
{
  if (self->disposing)
    return;

  if (self->loading > 0)
    {
      update_actions (self);
      return;
    }

  save_editor_on_leave (self);

  if (row == NULL)
    {
      if (emb_value_editor_get_value_id (self->editor) != 0)
        emb_value_editor_load (self->editor, NULL);
      update_actions (self);
      return;
    }

  emb_value_editor_load (self->editor, emb_value_row_get_value (EMB_VALUE_ROW (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Publishing ------------------------------------------------------------- */

static void
load_publication (EmbValuesPage *self)
{
  EmbDatabase *db = get_database (self);
  g_autoptr(EmbValueSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) published = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *coverage_text = NULL;
  g_autofree char *percent = NULL;
  EmbCoverage coverage = { 0 };

  set = emb_programme_store_get_current_value_set (db, &error);
  if (set == NULL)
    {
      if (error != NULL)
        g_warning ("Cannot read the published values: %s", error->message);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->published_row),
                                     _("Not published yet"));
      adw_action_row_set_subtitle (self->published_row,
                                   _("Staff see the values once you publish them."));
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_row), FALSE);
      return;
    }

  published = g_date_time_new_from_iso8601 (emb_value_set_get_published_at (set), NULL);
  if (published != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (published);

      /* Translators: when values were published, see g_date_time_format() */
      date = g_date_time_format (local, _("%-d %b %Y, %H:%M"));
    }
  title = g_strdup_printf (_("Published %s"), date != NULL ? date : emb_value_set_get_published_at (set));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->published_row), title);
  adw_action_row_set_subtitle (self->published_row, emb_value_set_get_summary (set) ?: "");

  if (!emb_metrics_values_coverage (db, emb_record_get_id (EMB_RECORD (set)), &coverage, &error))
    {
      g_warning ("Cannot compute the acknowledgement coverage: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_row), FALSE);
      return;
    }

  coverage_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u employee acknowledged",
                                                "%u of %u employees acknowledged",
                                                coverage.addressed),
                                   coverage.acknowledged, coverage.addressed);
  percent = coverage.valid ? g_strdup_printf ("%.0f %%", coverage.percent) : g_strdup ("—");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->coverage_row), coverage_text);
  gtk_level_bar_set_value (self->coverage_bar, coverage.valid ? coverage.percent / 100.0 : 0.0);
  gtk_label_set_text (self->coverage_percent, percent);
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_row), TRUE);
}

/* Refresh ---------------------------------------------------------------- */

static void
refresh (EmbValuesPage *self)
{
  emb_organisation_editor_load (self->organisation_editor);
  reload_values (self);
  load_publication (self);
  update_actions (self);
}

static void
emb_values_page_refresh (EmbPage *page)
{
  refresh (EMB_VALUES_PAGE (page));
}

/* Deleting with undo ----------------------------------------------------- */

static void
delete_value (EmbValuesPage *self,
              gint64         id)
{
  EmbUndoQueue *queue = emb_page_get_undo_queue (EMB_PAGE (self));
  EmbValue *value = find_value (self, id, NULL);
  g_autofree char *title = NULL;

  if (value == NULL || emb_undo_queue_contains (queue, EMB_RECORD_KIND_VALUE, id))
    return;

  title = g_strdup_printf (_("“%s” deleted"), emb_value_get_name (value));
  /* Nothing of it is kept in the editor. */
  if (emb_value_editor_get_value_id (self->editor) == id)
    emb_value_editor_load (self->editor, NULL);
  emb_undo_queue_push_one (queue, GTK_WIDGET (self), EMB_RECORD_KIND_VALUE, id, title,
                           emb_programme_store_delete_value);
  refresh (self);
}

/* Actions ---------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);
  g_autoptr(EmbValue) value = emb_value_new ();

  save_editor_on_leave (self);

  self->loading++;
  gtk_list_box_unselect_all (self->values_list);
  self->loading--;
  emb_value_editor_load (self->editor, value);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  emb_value_editor_focus_name (self->editor);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);
  gint64 id = emb_value_editor_get_value_id (self->editor);

  if (id != 0)
    delete_value (self, id);
}

static void
delete_value_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  delete_value (EMB_VALUES_PAGE (widget), g_variant_get_int64 (parameter));
}

/* Alt+Down / Alt+Up: the next or previous value becomes the one selected. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  emb_list_box_step (EMB_VALUES_PAGE (widget)->values_list, g_str_equal (action_name, "page.next"));
}

static void
move_value (EmbValuesPage *self,
            gint64         id,
            int            delta)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbValue) neighbour = NULL;
  guint position;
  int target;

  if (find_value (self, id, &position) == NULL)
    return;
  target = (int)position + delta;
  if (target < 0 || target >= (int)g_list_model_get_n_items (G_LIST_MODEL (self->values)))
    return;

  /* Take the place of the neighbour shown (values waiting to be deleted
   * keep theirs). */
  neighbour = g_list_model_get_item (G_LIST_MODEL (self->values), (guint)target);
  if (!emb_programme_store_move_value (get_database (self), id, emb_value_get_position (neighbour),
                                       &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  refresh (self);
  if (find_value (self, id, &position) != NULL)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->values_list, (int)position);

      if (gtk_widget_get_focus_child (GTK_WIDGET (self->values_list)) != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);

  move_value (self, emb_values_page_get_selected_id (self), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);

  move_value (self, emb_values_page_get_selected_id (self), 1);
}

static void
move_value_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  gint64 id;
  int delta;

  g_variant_get (parameter, "(xi)", &id, &delta);
  move_value (EMB_VALUES_PAGE (widget), id, delta);
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);
  g_autoptr(EmbValueSet) set = NULL;
  g_autoptr(GError) error = NULL;

  if (emb_value_editor_is_dirty (self->editor) && emb_value_editor_save (self->editor) == 0)
    return;

  set = emb_programme_store_publish_values (get_database (self), &error);
  if (set == NULL)
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  load_publication (self);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (_("Values published for staff to acknowledge")));
}

/* GObject ---------------------------------------------------------------- */

/* Nothing typed is lost when the page is left or closed. */
static void
save_all (EmbValuesPage *self)
{
  if (get_database (self) == NULL)
    return;

  emb_values_page_save_organisation (self);
  if (emb_value_editor_is_dirty (self->editor))
    emb_value_editor_save (self->editor);
}

static void
emb_values_page_unmap (GtkWidget *widget)
{
  save_all (EMB_VALUES_PAGE (widget));

  GTK_WIDGET_CLASS (emb_values_page_parent_class)->unmap (widget);
}

static void
emb_values_page_constructed (GObject *object)
{
  EmbValuesPage *self = (EmbValuesPage *)object;

  G_OBJECT_CLASS (emb_values_page_parent_class)->constructed (object);

  emb_organisation_editor_set_database (self->organisation_editor, get_database (self));
  emb_value_editor_set_database (self->editor, get_database (self));
}

static void
emb_values_page_dispose (GObject *object)
{
  EmbValuesPage *self = (EmbValuesPage *)object;

  if (self->editor != NULL)
    save_all (self);

  /* The rows going away select nothing: no longer of interest. */
  self->disposing = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_VALUES_PAGE);
  g_clear_object (&self->values);

  G_OBJECT_CLASS (emb_values_page_parent_class)->dispose (object);
}

static void
emb_values_page_class_init (EmbValuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_values_page_constructed;
  object_class->dispose = emb_values_page_dispose;
  widget_class->unmap = emb_values_page_unmap;
  page_class->refresh = emb_values_page_refresh;

  /* The coverage counts the active employees and their acknowledgements. */
  emb_page_class_watch (page_class,
                        EMB_RECORD_KIND_ORGANISATION,
                        EMB_RECORD_KIND_VALUE,
                        EMB_RECORD_KIND_VALUE_SET,
                        EMB_RECORD_KIND_EMPLOYEE,
                        EMB_RECORD_KIND_ACKNOWLEDGEMENT,
                        -1);

  g_type_ensure (EMB_TYPE_ORGANISATION_EDITOR);
  g_type_ensure (EMB_TYPE_VALUE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/values/emb-values-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, organisation_editor);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, values_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, values_list);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, published_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, coverage_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, coverage_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, coverage_percent);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_value_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_value_saved);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "page.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "page.move-value", "(xi)", move_value_action);
  gtk_widget_class_install_action (widget_class, "page.delete-value", "x", delete_value_action);
  gtk_widget_class_install_action (widget_class, "page.publish", NULL, publish_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "page.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "page.move-down", NULL);
}

static void
emb_values_page_init (EmbValuesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, not bound: the bin unparents it. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));
  self->values = g_list_store_new (EMB_TYPE_VALUE);

  gtk_list_box_bind_model (self->values_list, G_LIST_MODEL (self->values),
                           create_value_row, self, NULL);

  g_signal_connect_object (self->editor, "notify::value",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  g_object_bind_property (self->leaflet, "folded",
                          self->editor, "show-back",
                          G_BINDING_SYNC_CREATE);
  update_actions (self);
}
