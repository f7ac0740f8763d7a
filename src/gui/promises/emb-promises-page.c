/* emb-promises-page.c: the promises area of the manager window
 *
 * A list of brand promises, filtered by status, journey stage, touchpoint
 * and words, beside an editor for the selected promise: its statement, what
 * the customer can expect and the touchpoints where it is kept; the
 * workflow (save, publish, retire, discard the draft, delete), the version
 * history and how much of the staff acknowledged the version in force.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promises-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-bar-chart.h"
#include "emb-error.h"
#include "emb-journey-store.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-promise-store.h"
#include "emb-a11y.h"
#include "emb-promises-page.h"
#include "emb-window.h"

struct _EmbPromisesPage
{
  AdwBin           parent_instance;

  EmbDatabase     *database;
  GListStore      *model;
  EmbPromise      *promise;
  char            *loaded_updated_at;
  GArray          *stage_ids;
  GArray          *touchpoint_ids;
  GPtrArray       *checks;
  GArray          *check_ids;
  GArray          *pending;
  guint            refresh_idle;
  gboolean         filters_dirty;
  gboolean         loading;

  AdwLeaflet      *leaflet;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *status_dropdown;
  GtkDropDown     *stage_dropdown;
  GtkDropDown     *touchpoint_dropdown;
  GtkStack        *list_stack;
  GtkListBox      *list_box;
  GtkStack        *editor_stack;
  GtkScrolledWindow *editor_scroll;
  GtkBox          *version_box;
  GtkImage        *version_icon;
  GtkLabel        *version_label;
  AdwEntryRow     *statement_row;
  GtkLabel        *statement_error;
  AdwEntryRow     *expectation_row;
  GtkLabel        *expectation_error;
  GtkLabel        *touchpoints_error;
  GtkBox          *touchpoints_box;
  GtkFlowBox      *actions_box;
  GtkWidget       *discard_button;
  GtkWidget       *retire_button;
  GtkWidget       *delete_button;
  GtkLabel        *action_error;
  GtkBox          *coverage_box;
  GtkLabel        *coverage_label;
  GtkWidget       *charts_box;
  EmbBarChart     *department_chart;
  EmbBarChart     *role_chart;
  GtkListBox      *history_list;
};

G_DEFINE_FINAL_TYPE (EmbPromisesPage, emb_promises_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_editor (EmbPromisesPage *self);
static void reload_list (EmbPromisesPage *self);

/* Helpers ------------------------------------------------------------------ */

static char *
format_date (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return NULL;
  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return g_strdup (timestamp);
  local = g_date_time_to_local (utc);
  /* Translators: a date, see g_date_time_format(): "3 March 2026" */
  return g_date_time_format (local, _("%-d %B %Y"));
}

static gboolean
is_pending (EmbPromisesPage *self,
            gint64           id)
{
  for (guint i = 0; i < self->pending->len; i++)
    if (g_array_index (self->pending, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
remove_pending (EmbPromisesPage *self,
                gint64           id)
{
  for (guint i = 0; i < self->pending->len; i++)
    if (g_array_index (self->pending, gint64, i) == id)
      {
        g_array_remove_index (self->pending, i);
        return TRUE;
      }
  return FALSE;
}

static gint64
promise_id (EmbPromise *promise)
{
  return promise != NULL ? emb_record_get_id (EMB_RECORD (promise)) : 0;
}

/* The number of the version in force, or 0 */
static int
in_force_number (EmbPromisesPage *self,
                 EmbPromise      *promise)
{
  gint64 version_id = emb_promise_get_published_version_id (promise);
  g_autoptr(EmbPromiseVersion) version = NULL;

  if (version_id == 0)
    return 0;
  version = emb_promise_store_get_version (self->database, version_id, NULL);
  return version != NULL ? emb_promise_version_get_number (version) : 0;
}

/* The touchpoints of the working version: the draft, else the one in force */
static GArray *
working_touchpoints (EmbPromisesPage *self,
                     EmbPromise      *promise)
{
  gint64 version_id = emb_promise_get_draft_version_id (promise);

  if (version_id == 0)
    version_id = emb_promise_get_published_version_id (promise);
  if (version_id == 0 && emb_record_get_id (EMB_RECORD (promise)) != 0)
    {
      /* A retired promise: its last version */
      g_autoptr(GListModel) versions = emb_promise_store_list_versions (self->database,
                                                                        emb_record_get_id (EMB_RECORD (promise)));
      g_autoptr(EmbPromiseVersion) newest = g_list_model_get_n_items (versions) > 0
                                            ? g_list_model_get_item (versions, 0) : NULL;

      if (newest != NULL)
        version_id = emb_record_get_id (EMB_RECORD (newest));
    }
  if (version_id == 0)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return emb_promise_store_get_touchpoints (self->database, version_id);
}

static char *
status_text (EmbPromisesPage *self,
             EmbPromise      *promise)
{
  switch (emb_promise_get_status (promise))
    {
    case EMB_PROMISE_STATUS_DRAFT:
      return g_strdup (_("Draft"));

    case EMB_PROMISE_STATUS_PUBLISHED:
      if (emb_promise_get_draft_version_id (promise) != 0)
        /* Translators: the status of a promise, e.g. "Published v2 — draft v3 in progress" */
        return g_strdup_printf (_("Published v%d — draft v%d in progress"),
                                in_force_number (self, promise),
                                emb_promise_get_version_number (promise));
      /* Translators: the status of a promise, e.g. "Published v2" */
      return g_strdup_printf (_("Published v%d"), emb_promise_get_version_number (promise));

    case EMB_PROMISE_STATUS_RETIRED:
    default:
      return g_strdup (_("Retired"));
    }
}

static void
show_toast (EmbPromisesPage *self,
            AdwToast        *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW);

  g_object_ref_sink (toast);
  if (window != NULL)
    emb_window_add_toast (EMB_WINDOW (window), toast);
  g_object_unref (toast);
}

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

/* Errors ------------------------------------------------------------------- */

static void
set_field_error (GtkWidget  *field,
                 GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "",
                                  -1);
}

static void
clear_errors (EmbPromisesPage *self)
{
  set_field_error (GTK_WIDGET (self->statement_row), self->statement_error, NULL);
  set_field_error (GTK_WIDGET (self->expectation_row), self->expectation_error, NULL);
  set_field_error (NULL, self->touchpoints_error, NULL);
  set_field_error (NULL, self->action_error, NULL);
}

static void
show_error (EmbPromisesPage *self,
            const GError    *error)
{
  if (error->domain == EMB_VALIDATION_ERROR)
    {
      const char *field = emb_validation_error_get_field (error);

      if (g_strcmp0 (field, "statement") == 0)
        {
          set_field_error (GTK_WIDGET (self->statement_row), self->statement_error, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->statement_row));
          return;
        }
      if (g_strcmp0 (field, "customer-expectation") == 0)
        {
          set_field_error (GTK_WIDGET (self->expectation_row), self->expectation_error, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->expectation_row));
          return;
        }
      if (g_strcmp0 (field, "touchpoints") == 0)
        {
          set_field_error (NULL, self->touchpoints_error, error->message);
          return;
        }
      set_field_error (NULL, self->action_error, error->message);
      return;
    }

  if (gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW) != NULL)
    show_toast (self, adw_toast_new (error->message));
  else
    set_field_error (NULL, self->action_error, error->message);
}

/* The list ----------------------------------------------------------------- */

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  EmbPromisesPage *self = user_data;
  EmbPromise *promise = item;
  g_autoptr(GArray) touchpoints = working_touchpoints (self, promise);
  g_autofree char *status = status_text (self, promise);
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *statement, *details, *badge, *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  statement = gtk_label_new (emb_promise_get_statement (promise));
  gtk_label_set_xalign (GTK_LABEL (statement), 0);
  gtk_label_set_wrap (GTK_LABEL (statement), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (statement), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (statement), 3);
  gtk_label_set_ellipsize (GTK_LABEL (statement), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (statement, "heading");
  gtk_box_append (GTK_BOX (box), statement);

  details = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  badge = gtk_label_new (status);
  gtk_label_set_xalign (GTK_LABEL (badge), 0);
  gtk_label_set_wrap (GTK_LABEL (badge), TRUE);
  gtk_widget_add_css_class (badge, "caption-heading");
  switch (emb_promise_get_status (promise))
    {
    case EMB_PROMISE_STATUS_DRAFT:
      gtk_widget_add_css_class (badge, "warning");
      break;
    case EMB_PROMISE_STATUS_PUBLISHED:
      gtk_widget_add_css_class (badge, emb_promise_get_draft_version_id (promise) != 0
                                       ? "accent" : "success");
      break;
    case EMB_PROMISE_STATUS_RETIRED:
    default:
      gtk_widget_add_css_class (badge, "dim-label");
      break;
    }
  gtk_box_append (GTK_BOX (details), badge);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint", "%u touchpoints",
                                        touchpoints->len),
                           touchpoints->len);
  label = gtk_label_new (count);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (details), label);
  gtk_box_append (GTK_BOX (box), details);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  accessible = g_strdup_printf ("%s — %s, %s", emb_promise_get_statement (promise), status, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
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

      if (promise_id (promise) == id)
        return i;
    }
  return -1;
}

static void
update_actions (EmbPromisesPage *self)
{
  EmbPromise *p = self->promise;
  gint64 id = promise_id (p);
  EmbPromiseStatus status = p != NULL ? emb_promise_get_status (p) : EMB_PROMISE_STATUS_DRAFT;
  gboolean has_draft = p != NULL && emb_promise_get_draft_version_id (p) != 0;
  gboolean can_discard = id != 0 && status == EMB_PROMISE_STATUS_PUBLISHED && has_draft;
  gboolean can_retire = id != 0 && status == EMB_PROMISE_STATUS_PUBLISHED;
  gboolean can_delete = id != 0 && status == EMB_PROMISE_STATUS_DRAFT
                        && emb_promise_get_published_version_id (p) == 0;
  gboolean has_items = self->model != NULL
                       && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.save",
                                 p != NULL && status != EMB_PROMISE_STATUS_RETIRED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.publish", id != 0 && has_draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.discard", can_discard);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.retire", can_retire);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", can_delete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", has_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", has_items);

  /* The buttons sit in a flow box: show or hide their flow box children */
  gtk_widget_set_visible (gtk_widget_get_parent (self->discard_button), can_discard);
  gtk_widget_set_visible (gtk_widget_get_parent (self->retire_button), can_retire);
  gtk_widget_set_visible (gtk_widget_get_parent (self->delete_button), can_delete);
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
  int position = self->promise != NULL ? find_position (self, promise_id (self->promise)) : -1;
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

  list = emb_promise_store_list (self->database, &filter, &error);
  if (list == NULL)
    show_error (self, error);
  else
    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(EmbPromise) promise = g_list_model_get_item (list, i);

        if (!is_pending (self, promise_id (promise)))
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
  g_autoptr(GListModel) stages = emb_journey_store_list_stages (self->database, NULL);
  g_autoptr(GListModel) touchpoints = emb_journey_store_list_touchpoints (self->database, NULL);

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
  if (self->loading || self->database == NULL)
    return;
  reload_list (self);
}

/* The editor --------------------------------------------------------------- */

static void
build_checklist (EmbPromisesPage *self,
                 GArray          *checked,
                 gboolean         editable)
{
  g_autoptr(GListModel) stages = emb_journey_store_list_stages (self->database, NULL);
  g_autoptr(GListModel) touchpoints = emb_journey_store_list_touchpoints (self->database, NULL);
  guint n_stages = stages != NULL ? g_list_model_get_n_items (stages) : 0;
  guint n_touchpoints = touchpoints != NULL ? g_list_model_get_n_items (touchpoints) : 0;

  clear_container (GTK_WIDGET (self->touchpoints_box));
  g_ptr_array_set_size (self->checks, 0);
  g_array_set_size (self->check_ids, 0);

  for (guint s = 0; s < n_stages; s++)
    {
      g_autoptr(EmbStage) stage = g_list_model_get_item (stages, s);
      gint64 stage_id = emb_record_get_id (EMB_RECORD (stage));
      GtkWidget *group = NULL;

      for (guint t = 0; t < n_touchpoints; t++)
        {
          g_autoptr(EmbTouchpoint) touchpoint = g_list_model_get_item (touchpoints, t);
          gint64 id = emb_record_get_id (EMB_RECORD (touchpoint));
          const char *name = emb_touchpoint_get_name (touchpoint);
          GtkWidget *check;
          gboolean active = FALSE;

          if (emb_touchpoint_get_stage_id (touchpoint) != stage_id)
            continue;
          if (group == NULL)
            {
              GtkWidget *heading = gtk_label_new (emb_stage_get_name (stage));

              gtk_label_set_xalign (GTK_LABEL (heading), 0);
              gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
              gtk_widget_add_css_class (heading, "caption-heading");
              gtk_box_append (self->touchpoints_box, heading);

              group = gtk_flow_box_new ();
              gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (group), GTK_SELECTION_NONE);
              gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (group), TRUE);
              gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (group), 1);
              gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (group), 3);
              gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (group), 6);
              gtk_widget_set_margin_bottom (group, 6);
              gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              emb_stage_get_name (stage),
                                              -1);
              gtk_box_append (self->touchpoints_box, group);
            }
          for (guint i = 0; checked != NULL && i < checked->len; i++)
            active |= g_array_index (checked, gint64, i) == id;

          check = gtk_check_button_new_with_label (name);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
          gtk_widget_set_sensitive (check, editable);
          gtk_flow_box_append (GTK_FLOW_BOX (group), check);
          gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);

          g_ptr_array_add (self->checks, check);
          g_array_append_val (self->check_ids, id);
        }
    }
}

static void
update_version_label (EmbPromisesPage *self)
{
  EmbPromise *p = self->promise;
  g_autofree char *text = NULL;
  const char *icon = "dialog-information-symbolic";

  if (promise_id (p) == 0)
    text = g_strdup (_("A new promise is saved as draft version 1. Staff are asked to "
                       "acknowledge it once you publish it."));
  else if (emb_promise_get_status (p) == EMB_PROMISE_STATUS_RETIRED)
    {
      g_autofree char *date = format_date (emb_promise_get_retired_at (p));

      icon = "action-unavailable-symbolic";
      text = g_strdup_printf (_("Retired on %s. A retired promise can no longer be "
                                "changed; write a new promise instead."),
                              date != NULL ? date : "—");
    }
  else if (emb_promise_get_status (p) == EMB_PROMISE_STATUS_DRAFT)
    text = g_strdup_printf (_("You are editing draft version %d. It is not in force "
                              "until you publish it."),
                            emb_promise_get_version_number (p));
  else if (emb_promise_get_draft_version_id (p) != 0)
    {
      icon = "document-edit-symbolic";
      text = g_strdup_printf (_("You are editing draft version %d; version %d stays in "
                                "force until you publish."),
                              emb_promise_get_version_number (p),
                              in_force_number (self, p));
    }
  else
    {
      g_autofree char *date = format_date (emb_promise_get_published_at (p));
      int number = emb_promise_get_version_number (p);

      icon = "emblem-ok-symbolic";
      text = g_strdup_printf (_("Version %d is in force since %s. Saving a change starts "
                                "draft version %d; version %d stays in force until you "
                                "publish."),
                              number, date != NULL ? date : "—", number + 1, number);
    }

  gtk_image_set_from_icon_name (self->version_icon, icon);
  gtk_label_set_text (self->version_label, text);
}

static const char *
version_state_text (EmbPromiseVersionState state)
{
  switch (state)
    {
    case EMB_PROMISE_VERSION_STATE_DRAFT:
      return _("Draft");
    case EMB_PROMISE_VERSION_STATE_PUBLISHED:
      return _("In force");
    case EMB_PROMISE_VERSION_STATE_SUPERSEDED:
      return _("Superseded");
    case EMB_PROMISE_VERSION_STATE_RETIRED:
    default:
      return _("Retired");
    }
}

static void
update_history (EmbPromisesPage *self)
{
  g_autoptr(GListModel) versions = NULL;

  clear_container (GTK_WIDGET (self->history_list));
  if (promise_id (self->promise) == 0)
    {
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->history_list)), FALSE);
      return;
    }
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->history_list)), TRUE);

  versions = emb_promise_store_list_versions (self->database, promise_id (self->promise));
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(EmbPromiseVersion) version = g_list_model_get_item (versions, i);
      g_autofree char *date = format_date (emb_promise_version_get_published_at (version));
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (date != NULL)
        /* Translators: a row of the version history: "Version 2 · In force · published 3/4/26" */
        title = g_strdup_printf (_("Version %d · %s · published %s"),
                                 emb_promise_version_get_number (version),
                                 version_state_text (emb_promise_version_get_state (version)),
                                 date);
      else
        /* Translators: a row of the version history: "Version 3 · Draft" */
        title = g_strdup_printf (_("Version %d · %s"),
                                 emb_promise_version_get_number (version),
                                 version_state_text (emb_promise_version_get_state (version)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   emb_promise_version_get_statement (version));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_append (self->history_list, row);
    }
}

static void
fill_chart (EmbPromisesPage *self,
            EmbBarChart     *chart,
            GArray          *groups,
            gboolean         departments)
{
  emb_bar_chart_clear (chart);
  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      const EmbCoverageGroup *group = &g_array_index (groups, EmbCoverageGroup, i);
      g_autofree char *name = NULL;

      if (departments)
        {
          g_autoptr(EmbDepartment) department = NULL;

          if (group->id != 0)
            department = emb_people_store_get_department (self->database, group->id, NULL);
          name = g_strdup (department != NULL ? emb_department_get_name (department)
                                              : _("No department"));
        }
      else
        {
          g_autoptr(EmbRole) role = NULL;

          if (group->id != 0)
            role = emb_people_store_get_role (self->database, group->id, NULL);
          name = g_strdup (role != NULL ? emb_role_get_name (role) : _("No role"));
        }
      emb_bar_chart_append (chart, name, group->coverage.valid ? group->coverage.percent : 0.0);
    }
}

static void
update_coverage (EmbPromisesPage *self)
{
  gint64 version_id = self->promise != NULL
                      ? emb_promise_get_published_version_id (self->promise) : 0;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  EmbCoverage coverage = { 0 };

  gtk_widget_set_visible (GTK_WIDGET (self->coverage_box), promise_id (self->promise) != 0);
  if (version_id == 0)
    {
      gtk_label_set_text (self->coverage_label,
                          _("Coverage is measured once the promise is published: staff "
                            "acknowledge the version in force."));
      gtk_widget_set_visible (self->charts_box, FALSE);
      emb_bar_chart_clear (self->department_chart);
      emb_bar_chart_clear (self->role_chart);
      return;
    }

  if (!emb_metrics_promise_coverage (self->database, version_id, &coverage, &error))
    {
      gtk_label_set_text (self->coverage_label, error->message);
      gtk_widget_set_visible (self->charts_box, FALSE);
      return;
    }
  departments = emb_metrics_promise_coverage_by_department (self->database, version_id, NULL);
  roles = emb_metrics_promise_coverage_by_role (self->database, version_id, NULL);

  if (!coverage.valid)
    text = g_strdup (_("Nobody is asked to acknowledge this promise yet: no role is "
                       "responsible for its touchpoints."));
  else
    /* Translators: "72 % overall: 86 of 120 addressed employees acknowledged version 2" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%.0f %% overall: %u of %u addressed employee "
                                         "acknowledged version %d.",
                                         "%.0f %% overall: %u of %u addressed employees "
                                         "acknowledged version %d.",
                                         coverage.addressed),
                            coverage.percent, coverage.acknowledged, coverage.addressed,
                            in_force_number (self, self->promise));
  gtk_label_set_text (self->coverage_label, text);

  fill_chart (self, self->department_chart, departments, TRUE);
  fill_chart (self, self->role_chart, roles, FALSE);
  gtk_widget_set_visible (self->charts_box, coverage.valid);
}

/* Fills the whole editor from self->promise */
static void
load_editor (EmbPromisesPage *self)
{
  EmbPromise *p = self->promise;
  gboolean editable;
  g_autoptr(GArray) checked = NULL;

  g_clear_pointer (&self->loaded_updated_at, g_free);
  if (p == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      update_actions (self);
      return;
    }

  self->loaded_updated_at = g_strdup (emb_record_get_updated_at (EMB_RECORD (p)));
  editable = emb_promise_get_status (p) != EMB_PROMISE_STATUS_RETIRED;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->statement_row),
                         emb_promise_get_statement (p) != NULL ? emb_promise_get_statement (p) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->expectation_row),
                         emb_promise_get_customer_expectation (p) != NULL
                         ? emb_promise_get_customer_expectation (p) : "");
  gtk_editable_set_editable (GTK_EDITABLE (self->statement_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->expectation_row), editable);
  self->loading = FALSE;

  checked = promise_id (p) != 0 ? working_touchpoints (self, p) : NULL;
  build_checklist (self, checked, editable);
  clear_errors (self);
  update_version_label (self);
  update_history (self);
  update_coverage (self);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
}

static void
open_promise (EmbPromisesPage *self,
              EmbPromise      *promise)
{
  g_set_object (&self->promise, promise);
  load_editor (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->editor_scroll), 0);
}

/* Reloads self->promise from the store after a change; closes the editor
 * when it is gone */
static void
reload_promise (EmbPromisesPage *self)
{
  gint64 id = promise_id (self->promise);
  g_autoptr(EmbPromise) stored = NULL;

  if (id == 0)
    return;
  stored = emb_promise_store_get (self->database, id, NULL);
  if (stored == NULL || is_pending (self, id))
    {
      g_clear_object (&self->promise);
      load_editor (self);
      return;
    }
  if (g_strcmp0 (emb_record_get_updated_at (EMB_RECORD (stored)), self->loaded_updated_at) != 0)
    {
      g_set_object (&self->promise, stored);
      load_editor (self);
      return;
    }
  update_version_label (self);
  update_history (self);
  update_coverage (self);
  update_actions (self);
}

static void
on_row_selected (EmbPromisesPage *self,
                 GtkListBoxRow   *row)
{
  g_autoptr(EmbPromise) item = NULL;
  g_autoptr(EmbPromise) promise = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || row == NULL)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->model), gtk_list_box_row_get_index (row));
  if (item == NULL)
    return;
  promise = emb_promise_store_get (self->database, promise_id (item), &error);
  if (promise == NULL)
    {
      show_error (self, error);
      return;
    }
  open_promise (self, promise);
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

static void
on_statement_changed (EmbPromisesPage *self)
{
  if (!self->loading)
    set_field_error (GTK_WIDGET (self->statement_row), self->statement_error, NULL);
}

static void
on_expectation_changed (EmbPromisesPage *self)
{
  if (!self->loading)
    set_field_error (GTK_WIDGET (self->expectation_row), self->expectation_error, NULL);
}

/* Actions ------------------------------------------------------------------ */

/* After a successful workflow step: the stored promise, list and editor */
static void
after_change (EmbPromisesPage *self,
              gint64           id)
{
  g_autoptr(EmbPromise) stored = emb_promise_store_get (self->database, id, NULL);

  g_set_object (&self->promise, stored);
  load_editor (self);
  reload_list (self);
}

static gboolean
save_editor (EmbPromisesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (self->promise != NULL, FALSE);

  clear_errors (self);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_array_append_val (ids, g_array_index (self->check_ids, gint64, i));

  emb_promise_set_statement (self->promise,
                             gtk_editable_get_text (GTK_EDITABLE (self->statement_row)));
  emb_promise_set_customer_expectation (self->promise,
                                        gtk_editable_get_text (GTK_EDITABLE (self->expectation_row)));
  if (!emb_promise_store_save (self->database, self->promise,
                               (const gint64 *) (gpointer) ids->data, ids->len, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);

  if (self->promise == NULL || !save_editor (self))
    return;
  after_change (self, promise_id (self->promise));
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = promise_id (self->promise);

  if (id == 0)
    return;
  /* What is in the editor is what gets published */
  if (!save_editor (self))
    return;
  if (!emb_promise_store_publish (self->database, id, &error))
    {
      show_error (self, error);
      return;
    }
  after_change (self, id);
  show_toast (self, adw_toast_new (_("Promise published")));
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = promise_id (self->promise);

  if (id == 0)
    return;
  if (!emb_promise_store_discard_draft (self->database, id, &error))
    {
      show_error (self, error);
      return;
    }
  after_change (self, id);
  show_toast (self, adw_toast_new (_("Draft discarded")));
}

static void
on_retire_response (AdwMessageDialog *dialog,
                    const char       *response,
                    EmbPromisesPage  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "promise-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "retire") != 0 || id == 0)
    return;
  if (!emb_promise_store_retire (self->database, id, &error))
    {
      show_error (self, error);
      return;
    }
  if (promise_id (self->promise) == id)
    after_change (self, id);
  else
    reload_list (self);
  show_toast (self, adw_toast_new (_("Promise retired")));
}

static void
retire_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (promise_id (self->promise) == 0)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Retire this promise?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Staff will no longer be asked to keep “%s”. Its versions "
                                    "and acknowledgements are kept as a record, but a retired "
                                    "promise cannot be changed or published again."),
                                  emb_promise_get_statement (self->promise));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "retire", _("_Retire"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "retire", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "promise-id",
                     GSIZE_TO_POINTER ((gsize) promise_id (self->promise)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_retire_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_now (EmbPromisesPage *self,
            gint64           id)
{
  g_autoptr(GError) error = NULL;

  if (!emb_promise_store_delete (self->database, id, &error))
    {
      show_error (self, error);
      reload_list (self);
    }
}

static void
on_toast_dismissed (AdwToast        *toast,
                    EmbPromisesPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "promise-id"));

  if (remove_pending (self, id))
    delete_now (self, id);
}

static void
on_toast_undo (AdwToast        *toast,
               EmbPromisesPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "promise-id"));

  if (remove_pending (self, id))
    reload_list (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  gint64 id = promise_id (self->promise);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (id == 0 || emb_promise_get_status (self->promise) != EMB_PROMISE_STATUS_DRAFT
      || emb_promise_get_published_version_id (self->promise) != 0)
    return;

  /* Translators: a toast after deleting a promise; the statement in quotes */
  title = g_strdup_printf (_("“%s” deleted"), emb_promise_get_statement (self->promise));
  g_clear_object (&self->promise);
  load_editor (self);

  if (gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW) == NULL)
    {
      delete_now (self, id);
      reload_list (self);
      return;
    }

  g_array_append_val (self->pending, id);
  reload_list (self);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "promise-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  show_toast (self, toast);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (widget);
  g_autoptr(EmbPromise) promise = emb_promise_new ();

  open_promise (self, promise);
  select_current (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  gtk_widget_grab_focus (GTK_WIDGET (self->statement_row));
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
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  int position = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (n == 0)
    return;
  if (g_str_equal (action_name, "page.next"))
    position = MIN (position + 1, (int) n - 1);
  else
    position = position < 0 ? (int) n - 1 : MAX (position - 1, 0);

  row = gtk_list_box_get_row_at_index (self->list_box, position);
  gtk_list_box_select_row (self->list_box, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Changes ------------------------------------------------------------------ */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbPromisesPage *self = user_data;

  self->refresh_idle = 0;
  if (self->filters_dirty)
    load_filters (self);
  reload_promise (self);
  reload_list (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbPromisesPage *self,
                     int              kind)
{
  if (kind == EMB_RECORD_KIND_ANY || kind == EMB_RECORD_KIND_STAGE
      || kind == EMB_RECORD_KIND_TOUCHPOINT)
    self->filters_dirty = TRUE;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
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

  return self->promise;
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

  for (guint i = 0; i < self->check_ids->len; i++)
    if (g_array_index (self->check_ids, gint64, i) == touchpoint_id)
      return g_ptr_array_index (self->checks, i);
  return NULL;
}

/**
 * emb_promises_page_flush_pending:
 *
 * Carries out the deletions still waiting for their Undo toast to go.
 */
void
emb_promises_page_flush_pending (EmbPromisesPage *self)
{
  g_return_if_fail (EMB_IS_PROMISES_PAGE (self));

  while (self->pending != NULL && self->pending->len > 0)
    {
      gint64 id = g_array_index (self->pending, gint64, 0);

      g_array_remove_index (self->pending, 0);
      delete_now (self, id);
    }
}

/* GObject ------------------------------------------------------------------ */

static void
emb_promises_page_constructed (GObject *object)
{
  EmbPromisesPage *self = (EmbPromisesPage *)object;

  G_OBJECT_CLASS (emb_promises_page_parent_class)->constructed (object);

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  load_filters (self);
  reload_list (self);
  load_editor (self);
}

static void
emb_promises_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EmbPromisesPage *self = EMB_PROMISES_PAGE (object);

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
emb_promises_page_dispose (GObject *object)
{
  EmbPromisesPage *self = (EmbPromisesPage *)object;

  if (self->database != NULL)
    emb_promises_page_flush_pending (self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  /* The leaflet is both a template child and the bin's child */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PROMISES_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->promise);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_promises_page_parent_class)->dispose (object);
}

static void
emb_promises_page_finalize (GObject *object)
{
  EmbPromisesPage *self = (EmbPromisesPage *)object;

  g_clear_pointer (&self->loaded_updated_at, g_free);
  g_clear_pointer (&self->stage_ids, g_array_unref);
  g_clear_pointer (&self->touchpoint_ids, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->check_ids, g_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);

  G_OBJECT_CLASS (emb_promises_page_parent_class)->finalize (object);
}

static void
emb_promises_page_class_init (EmbPromisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_promises_page_constructed;
  object_class->set_property = emb_promises_page_set_property;
  object_class->dispose = emb_promises_page_dispose;
  object_class->finalize = emb_promises_page_finalize;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "promise.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "promise.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "promise.discard", NULL, discard_action);
  gtk_widget_class_install_action (widget_class, "promise.retire", NULL, retire_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/promises/emb-promises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, editor_scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, version_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, version_icon);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, version_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, statement_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, statement_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, expectation_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, expectation_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, touchpoints_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, touchpoints_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, discard_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, retire_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, action_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, coverage_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, department_chart);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, role_chart);
  gtk_widget_class_bind_template_child (widget_class, EmbPromisesPage, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_statement_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_expectation_changed);
}

static void
emb_promises_page_init (EmbPromisesPage *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  g_type_ensure (EMB_TYPE_BAR_CHART);

  self->stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checks = g_ptr_array_new ();
  self->check_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pending = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->model = g_list_store_new (EMB_TYPE_PROMISE);

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  emb_a11y_label_drop_down (self->status_dropdown, _("Status"));
  emb_a11y_label_drop_down (self->stage_dropdown, _("Journey stage"));
  emb_a11y_label_drop_down (self->touchpoint_dropdown, _("Touchpoint"));
  self->loading = FALSE;

  /* Tab goes straight to the buttons, not to their flow box children */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->touchpoint_dropdown, expression);
}
