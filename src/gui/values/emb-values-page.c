/* emb-values-page.c: the values area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-values-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-error.h"
#include "emb-metrics.h"
#include "emb-programme-store.h"
#include "emb-values-page.h"
#include "emb-window.h"

/* How long typing may pause before the organisation is saved. */
#define AUTOSAVE_DELAY_MS 800

typedef struct
{
  gint64    id;
  char     *name;
  AdwToast *toast;
} PendingDelete;

struct _EmbValuesPage
{
  AdwBin         parent_instance;

  EmbDatabase   *database;
  GListStore    *values;          /* the EmbValues shown, without pending deletions */
  GArray        *pending;         /* of PendingDelete */
  EmbValue      *editing;         /* the value in the editor, id 0 when new */
  guint          refresh_idle;
  guint          autosave_timeout;
  guint          loading;         /* > 0 while widgets are filled from the store */
  gboolean       organisation_dirty;
  gboolean       editor_dirty;
  gboolean       disposing;

  AdwLeaflet    *leaflet;         /* unowned */
  GtkButton     *save_organisation_button;
  AdwEntryRow   *organisation_name_row;
  GtkLabel      *organisation_name_error;
  GtkTextView   *vision_view;
  GtkLabel      *vision_error;
  GtkTextView   *strategy_view;
  GtkLabel      *strategy_error;
  GtkStack      *values_stack;
  GtkListBox    *values_list;
  AdwActionRow  *published_row;
  AdwActionRow  *coverage_row;
  GtkLevelBar   *coverage_bar;
  GtkLabel      *coverage_percent;

  GtkStack      *editor_stack;
  GtkButton     *back_button;
  GtkLabel      *editor_title;
  AdwEntryRow   *value_name_row;
  GtkLabel      *value_name_error;
  GtkTextView   *description_view;
  GtkLabel      *description_error;
  GtkTextView   *desired_view;
  GtkLabel      *desired_error;
  GtkTextView   *undesired_view;
  GtkLabel      *undesired_error;
  GtkButton     *delete_value_button;
  GtkButton     *save_value_button;
};

G_DEFINE_FINAL_TYPE (EmbValuesPage, emb_values_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (EmbValuesPage *self);

/* Helpers ---------------------------------------------------------------- */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
text_view_set_text (GtkTextView *view,
                    const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
show_toast (EmbValuesPage *self,
            AdwToast      *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW);
  g_autoptr(AdwToast) owned = toast;

  if (window != NULL)
    emb_window_add_toast (EMB_WINDOW (window), g_steal_pointer (&owned));
}

static void
show_error_toast (EmbValuesPage *self,
                  const GError  *error)
{
  show_toast (self, adw_toast_new (error->message));
}

static void
set_field_error (GtkLabel   *label,
                 GtkWidget  *field,
                 const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

/* Organisation ----------------------------------------------------------- */

static void
clear_organisation_errors (EmbValuesPage *self)
{
  set_field_error (self->organisation_name_error, GTK_WIDGET (self->organisation_name_row), NULL);
  set_field_error (self->vision_error, GTK_WIDGET (self->vision_view), NULL);
  set_field_error (self->strategy_error, GTK_WIDGET (self->strategy_view), NULL);
}

static void
load_organisation (EmbValuesPage *self)
{
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->organisation_dirty)
    return;

  organisation = emb_programme_store_get_organisation (self->database, &error);
  if (organisation == NULL)
    {
      g_warning ("Cannot read the organisation: %s", error->message);
      return;
    }

  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_name_row),
                         emb_organisation_get_name (organisation) ?: "");
  text_view_set_text (self->vision_view, emb_organisation_get_vision (organisation));
  text_view_set_text (self->strategy_view, emb_organisation_get_cx_strategy (organisation));
  self->loading--;
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
  g_autoptr(EmbOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *vision = NULL;
  g_autofree char *strategy = NULL;

  g_return_val_if_fail (EMB_IS_VALUES_PAGE (self), FALSE);

  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  if (!self->organisation_dirty || self->database == NULL)
    return TRUE;

  organisation = emb_programme_store_get_organisation (self->database, &error);
  if (organisation == NULL)
    {
      show_error_toast (self, error);
      return FALSE;
    }

  vision = text_view_get_text (self->vision_view);
  strategy = text_view_get_text (self->strategy_view);
  emb_organisation_set_name (organisation,
                             gtk_editable_get_text (GTK_EDITABLE (self->organisation_name_row)));
  emb_organisation_set_vision (organisation, vision);
  emb_organisation_set_cx_strategy (organisation, strategy);

  clear_organisation_errors (self);
  if (!emb_programme_store_save_organisation (self->database, organisation, &error))
    {
      const char *field = emb_validation_error_get_field (error);

      if (g_strcmp0 (field, "name") == 0)
        set_field_error (self->organisation_name_error,
                         GTK_WIDGET (self->organisation_name_row), error->message);
      else if (g_strcmp0 (field, "vision") == 0)
        set_field_error (self->vision_error, GTK_WIDGET (self->vision_view), error->message);
      else if (g_strcmp0 (field, "cx-strategy") == 0)
        set_field_error (self->strategy_error, GTK_WIDGET (self->strategy_view), error->message);
      else
        show_error_toast (self, error);
      return FALSE;
    }

  self->organisation_dirty = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_organisation_button), FALSE);
  return TRUE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  EmbValuesPage *self = user_data;

  self->autosave_timeout = 0;
  emb_values_page_save_organisation (self);
  return G_SOURCE_REMOVE;
}

static void
on_organisation_changed (EmbValuesPage *self)
{
  if (self->loading > 0)
    return;

  self->organisation_dirty = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_organisation_button), TRUE);
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  self->autosave_timeout = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

static void
on_save_organisation_clicked (EmbValuesPage *self)
{
  emb_values_page_save_organisation (self);
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
  gboolean has_value = self->editing != NULL && emb_record_get_id (EMB_RECORD (self->editing)) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", has_value);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", n > 0 && (index < 0 || index + 1 < (int)n));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", n > 0 && index != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-up", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-down", index >= 0 && index + 1 < (int)n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.publish", n > 0);
}

/* The editor ------------------------------------------------------------- */

static void
clear_editor_errors (EmbValuesPage *self)
{
  set_field_error (self->value_name_error, GTK_WIDGET (self->value_name_row), NULL);
  set_field_error (self->description_error, GTK_WIDGET (self->description_view), NULL);
  set_field_error (self->desired_error, GTK_WIDGET (self->desired_view), NULL);
  set_field_error (self->undesired_error, GTK_WIDGET (self->undesired_view), NULL);
}

static void
load_editor (EmbValuesPage *self,
             EmbValue      *value)
{
  g_set_object (&self->editing, value);
  self->editor_dirty = FALSE;
  clear_editor_errors (self);

  if (value == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      update_actions (self);
      return;
    }

  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->value_name_row), emb_value_get_name (value) ?: "");
  text_view_set_text (self->description_view, emb_value_get_description (value));
  text_view_set_text (self->desired_view, emb_value_get_desired_behaviours (value));
  text_view_set_text (self->undesired_view, emb_value_get_undesired_behaviours (value));
  self->loading--;

  if (emb_record_get_id (EMB_RECORD (value)) == 0)
    gtk_label_set_text (self->editor_title, _("New Value"));
  else
    gtk_label_set_text (self->editor_title, _("Edit Value"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_value_button),
                          emb_record_get_id (EMB_RECORD (value)) != 0);
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  update_actions (self);
}

static void
on_editor_changed (EmbValuesPage *self)
{
  if (self->loading == 0)
    self->editor_dirty = TRUE;
}

/* Saves the editor; returns the saved value's id, or 0 when it failed (the
 * error shown next to its field). */
static gint64
save_editor (EmbValuesPage *self)
{
  g_autoptr(EmbValue) value = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *desired = NULL;
  g_autofree char *undesired = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  if (self->editing == NULL)
    return 0;

  id = emb_record_get_id (EMB_RECORD (self->editing));
  if (id != 0)
    {
      value = emb_programme_store_get_value (self->database, id, &error);
      if (value == NULL)
        {
          show_error_toast (self, error);
          return 0;
        }
    }
  else
    value = emb_value_new ();

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_name_row))));
  description = text_view_get_text (self->description_view);
  desired = text_view_get_text (self->desired_view);
  undesired = text_view_get_text (self->undesired_view);
  emb_value_set_name (value, name);
  emb_value_set_description (value, description);
  emb_value_set_desired_behaviours (value, desired);
  emb_value_set_undesired_behaviours (value, undesired);

  clear_editor_errors (self);
  if (!emb_programme_store_save_value (self->database, value, &error))
    {
      const char *field = emb_validation_error_get_field (error);

      if (g_strcmp0 (field, "name") == 0)
        set_field_error (self->value_name_error, GTK_WIDGET (self->value_name_row), error->message);
      else if (g_strcmp0 (field, "description") == 0)
        set_field_error (self->description_error, GTK_WIDGET (self->description_view), error->message);
      else if (g_strcmp0 (field, "desired-behaviours") == 0)
        set_field_error (self->desired_error, GTK_WIDGET (self->desired_view), error->message);
      else if (g_strcmp0 (field, "undesired-behaviours") == 0)
        set_field_error (self->undesired_error, GTK_WIDGET (self->undesired_view), error->message);
      else
        show_error_toast (self, error);
      return 0;
    }

  self->editor_dirty = FALSE;
  g_set_object (&self->editing, value);
  gtk_label_set_text (self->editor_title, _("Edit Value"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_value_button), TRUE);
  return emb_record_get_id (EMB_RECORD (value));
}

static void
on_save_value_clicked (EmbValuesPage *self)
{
  gint64 id = save_editor (self);

  if (id != 0)
    {
      /* Show the saved value at once, selected. */
      refresh (self);
      emb_values_page_select_value (self, id);
    }
}

static void
on_back_clicked (EmbValuesPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The list of values ----------------------------------------------------- */

static gboolean
is_pending (EmbValuesPage *self,
            gint64         id)
{
  for (guint i = 0; i < self->pending->len; i++)
    if (g_array_index (self->pending, PendingDelete, i).id == id)
      return TRUE;
  return FALSE;
}

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

static char *
bullet_list (const char *behaviours)
{
  g_auto(GStrv) lines = emb_programme_store_split_behaviours (behaviours);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", lines[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_behaviours (GtkBox     *box,
                const char *title,
                const char *behaviours)
{
  g_autofree char *bullets = bullet_list (behaviours);
  GtkWidget *heading;
  GtkWidget *label;

  if (*bullets == '\0')
    return;

  heading = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_widget_set_margin_top (heading, 4);
  gtk_box_append (box, heading);

  label = gtk_label_new (bullets);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  EmbValue *value = g_object_get_data (G_OBJECT (row), "emb-value");

  return gdk_content_provider_new_typed (G_TYPE_INT64, emb_record_get_id (EMB_RECORD (value)));
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
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (gtk_widget_get_ancestor (row, EMB_TYPE_VALUES_PAGE));
  EmbValue *onto = g_object_get_data (G_OBJECT (row), "emb-value");
  gint64 id = g_value_get_int64 (value);
  g_autoptr(GError) error = NULL;

  if (self == NULL || id == emb_record_get_id (EMB_RECORD (onto)))
    return FALSE;

  if (!emb_programme_store_move_value (self->database, id, emb_value_get_position (onto), &error))
    {
      show_error_toast (self, error);
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
create_value_row (gpointer item,
                  gpointer user_data)
{
  EmbValue *value = item;
  gint64 id = emb_record_get_id (EMB_RECORD (value));
  const char *name = emb_value_get_name (value);
  const char *description = emb_value_get_description (value);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  g_autofree char *menu_label = g_strdup_printf (_("Actions for “%s”"), name);
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;

  g_object_set_data_full (G_OBJECT (row), "emb-value", g_object_ref (value), g_object_unref);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder"));
  gtk_box_append (GTK_BOX (box), handle);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (text), title);
  if (description != NULL && *description != '\0')
    {
      GtkWidget *label = gtk_label_new (description);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (text), label);
    }
  add_behaviours (GTK_BOX (text), _("Desired behaviours"), emb_value_get_desired_behaviours (value));
  add_behaviours (GTK_BOX (text), _("Undesired behaviours"), emb_value_get_undesired_behaviours (value));

  g_menu_item_set_action_and_target_value (up, "page.move-value", g_variant_new ("(xi)", id, -1));
  g_menu_item_set_action_and_target_value (down, "page.move-value", g_variant_new ("(xi)", id, 1));
  g_menu_item_set_action_and_target_value (delete, "page.delete-value", g_variant_new_int64 (id));
  g_menu_append_item (section, up);
  g_menu_append_item (section, down);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_menu_append_item (menu, delete);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu_button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_box_append (GTK_BOX (box), menu_button);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag_source));

  drop_target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop_target));

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
  EmbValue *value;

  g_return_val_if_fail (EMB_IS_VALUES_PAGE (self), 0);

  row = gtk_list_box_get_selected_row (self->values_list);
  if (row == NULL)
    return 0;
  value = g_object_get_data (G_OBJECT (row), "emb-value");
  return emb_record_get_id (EMB_RECORD (value));
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
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 selected = emb_values_page_get_selected_id (self);
  guint n;

  all = emb_programme_store_list_values (self->database, &error);
  if (all == NULL)
    {
      g_warning ("Cannot list the values: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      EmbValue *value = g_list_model_get_item (all, i);

      if (is_pending (self, emb_record_get_id (EMB_RECORD (value))))
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
  if (self->editing != NULL && emb_record_get_id (EMB_RECORD (self->editing)) != 0 &&
      find_value (self, emb_record_get_id (EMB_RECORD (self->editing)), NULL) == NULL)
    load_editor (self, NULL);
}

static void
on_value_row_selected (EmbValuesPage *self,
                       GtkListBoxRow *row)
{
  EmbValue *value;

  if (self->disposing)
    return;

  if (self->loading > 0)
    {
      update_actions (self);
      return;
    }

  /* Leaving a value keeps what was typed in it. */
  if (self->editor_dirty && save_editor (self) == 0)
    show_toast (self, adw_toast_new (_("The value you were editing could not be saved")));

  if (row == NULL)
    {
      if (self->editing != NULL && emb_record_get_id (EMB_RECORD (self->editing)) != 0)
        load_editor (self, NULL);
      update_actions (self);
      return;
    }

  value = g_object_get_data (G_OBJECT (row), "emb-value");
  load_editor (self, value);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Publishing ------------------------------------------------------------- */

static void
load_publication (EmbValuesPage *self)
{
  g_autoptr(EmbValueSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) published = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *coverage_text = NULL;
  g_autofree char *percent = NULL;
  EmbCoverage coverage = { 0 };

  set = emb_programme_store_get_current_value_set (self->database, &error);
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

  if (!emb_metrics_values_coverage (self->database, emb_record_get_id (EMB_RECORD (set)),
                                    &coverage, &error))
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
  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  load_organisation (self);
  reload_values (self);
  load_publication (self);
  update_actions (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbValuesPage *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbValuesPage *self)
{
  /* Many changes in one turn of the main loop are shown once. */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

/* Deleting with undo ----------------------------------------------------- */

static void
pending_delete_clear (gpointer data)
{
  PendingDelete *pending = data;

  g_clear_pointer (&pending->name, g_free);
  g_clear_object (&pending->toast);
}

/* Takes the pending deletion of @toast (or of @id when @toast is NULL) out
 * of the list; returns its value id, or 0. */
static gint64
take_pending (EmbValuesPage *self,
              AdwToast      *toast,
              gint64         id)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingDelete *pending = &g_array_index (self->pending, PendingDelete, i);

      if ((toast != NULL && pending->toast == toast) || (toast == NULL && pending->id == id))
        {
          gint64 found = pending->id;

          g_array_remove_index (self->pending, i);
          return found;
        }
    }
  return 0;
}

static void
commit_delete (EmbValuesPage *self,
               gint64         id)
{
  g_autoptr(GError) error = NULL;

  if (self->database == NULL)
    return;
  if (!emb_programme_store_delete_value (self->database, id, &error))
    {
      show_error_toast (self, error);
      on_database_changed (self);   /* show it again */
    }
}

static void
on_undo_clicked (AdwToast      *toast,
                 EmbValuesPage *self)
{
  if (take_pending (self, toast, 0) != 0)
    refresh (self);
}

static void
on_toast_dismissed (AdwToast      *toast,
                    EmbValuesPage *self)
{
  gint64 id = take_pending (self, toast, 0);

  if (id != 0)
    commit_delete (self, id);
}

static void
delete_value (EmbValuesPage *self,
              gint64         id)
{
  EmbValue *value = find_value (self, id, NULL);
  g_autofree char *title = NULL;
  PendingDelete pending = { 0 };
  GtkWidget *window;
  AdwToast *toast;

  if (value == NULL || is_pending (self, id))
    return;

  window = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW);
  if (window == NULL)
    {
      commit_delete (self, id);
      return;
    }

  title = g_strdup_printf (_("“%s” deleted"), emb_value_get_name (value));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);

  pending.id = id;
  pending.name = g_strdup (emb_value_get_name (value));
  pending.toast = g_object_ref (toast);
  g_array_append_val (self->pending, pending);

  /* Nothing of it is kept in the editor. */
  if (self->editing != NULL && emb_record_get_id (EMB_RECORD (self->editing)) == id)
    load_editor (self, NULL);
  refresh (self);
  emb_window_add_toast (EMB_WINDOW (window), toast);
}

/**
 * emb_values_page_flush_pending:
 *
 * Carries out the deletions still waiting for their toast to go away.
 */
void
emb_values_page_flush_pending (EmbValuesPage *self)
{
  g_return_if_fail (EMB_IS_VALUES_PAGE (self));

  while (self->pending->len > 0)
    {
      PendingDelete *pending = &g_array_index (self->pending, PendingDelete, 0);
      g_autoptr(AdwToast) toast = g_object_ref (pending->toast);
      gint64 id = take_pending (self, NULL, pending->id);

      g_signal_handlers_disconnect_by_data (toast, self);
      adw_toast_dismiss (toast);
      commit_delete (self, id);
    }
}

/* Actions ---------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);
  g_autoptr(EmbValue) value = emb_value_new ();

  if (self->editor_dirty && save_editor (self) == 0)
    show_toast (self, adw_toast_new (_("The value you were editing could not be saved")));

  self->loading++;
  gtk_list_box_unselect_all (self->values_list);
  self->loading--;
  load_editor (self, value);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->value_name_row));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (widget);

  if (self->editing != NULL)
    delete_value (self, emb_record_get_id (EMB_RECORD (self->editing)));
}

static void
delete_value_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  delete_value (EMB_VALUES_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
select_relative (EmbValuesPage *self,
                 int            delta)
{
  int n = (int)g_list_model_get_n_items (G_LIST_MODEL (self->values));
  int index = selected_index (self);
  GtkListBoxRow *row;

  if (n == 0)
    return;
  if (index < 0)
    index = delta > 0 ? 0 : n - 1;
  else
    index = CLAMP (index + delta, 0, n - 1);

  row = gtk_list_box_get_row_at_index (self->values_list, index);
  gtk_list_box_select_row (self->values_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  select_relative (EMB_VALUES_PAGE (widget), 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  select_relative (EMB_VALUES_PAGE (widget), -1);
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
  if (!emb_programme_store_move_value (self->database, id, emb_value_get_position (neighbour),
                                       &error))
    {
      show_error_toast (self, error);
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

  if (self->editor_dirty && save_editor (self) == 0)
    return;

  set = emb_programme_store_publish_values (self->database, &error);
  if (set == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  load_publication (self);
  show_toast (self, adw_toast_new (_("Values published for staff to acknowledge")));
}

/* GObject ---------------------------------------------------------------- */

/* Nothing typed is lost when the page is left or closed. */
static void
save_all (EmbValuesPage *self)
{
  if (self->database == NULL)
    return;

  emb_values_page_save_organisation (self);
  if (self->editor_dirty)
    save_editor (self);
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

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
emb_values_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbValuesPage *self = EMB_VALUES_PAGE (object);

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
emb_values_page_dispose (GObject *object)
{
  EmbValuesPage *self = (EmbValuesPage *)object;

  save_all (self);
  if (self->pending != NULL)
    emb_values_page_flush_pending (self);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  /* The rows going away select nothing: no longer of interest. */
  self->disposing = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_VALUES_PAGE);
  g_clear_object (&self->editing);
  g_clear_object (&self->values);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_values_page_parent_class)->dispose (object);
}

static void
emb_values_page_finalize (GObject *object)
{
  EmbValuesPage *self = (EmbValuesPage *)object;

  g_clear_pointer (&self->pending, g_array_unref);

  G_OBJECT_CLASS (emb_values_page_parent_class)->finalize (object);
}

static void
emb_values_page_class_init (EmbValuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_values_page_constructed;
  object_class->set_property = emb_values_page_set_property;
  object_class->dispose = emb_values_page_dispose;
  object_class->finalize = emb_values_page_finalize;
  widget_class->unmap = emb_values_page_unmap;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/values/emb-values-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, save_organisation_button);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, organisation_name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, organisation_name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, vision_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, vision_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, strategy_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, strategy_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, values_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, values_list);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, published_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, coverage_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, coverage_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, coverage_percent);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, value_name_row);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, value_name_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, description_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, desired_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, desired_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, undesired_view);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, undesired_error);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, delete_value_button);
  gtk_widget_class_bind_template_child (widget_class, EmbValuesPage, save_value_button);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_organisation_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_value_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_value_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, previous_action);
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
  self->pending = g_array_new (FALSE, TRUE, sizeof (PendingDelete));
  g_array_set_clear_func (self->pending, pending_delete_clear);

  gtk_list_box_bind_model (self->values_list, G_LIST_MODEL (self->values),
                           create_value_row, self, NULL);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->vision_view), "changed",
                            G_CALLBACK (on_organisation_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->strategy_view), "changed",
                            G_CALLBACK (on_organisation_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (on_editor_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->desired_view), "changed",
                            G_CALLBACK (on_editor_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->undesired_view), "changed",
                            G_CALLBACK (on_editor_changed), self);

  g_object_bind_property (self->leaflet, "folded",
                          self->back_button, "visible",
                          G_BINDING_SYNC_CREATE);
}
