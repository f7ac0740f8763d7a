/* emb-promise-editor.c: the editor of one brand promise
 *
 * Its statement, what the customer can expect, a link to read more (the
 * kiosk shows it as a QR code) and the touchpoints where it is kept (a check button each, under their journey stage); a banner that
 * says which version is edited and which is in force; the workflow buttons
 * (their actions, promise.* and page.delete, are the page's); how much of
 * the staff acknowledged the version in force, overall and by department and
 * role; and the version history.
 *
 * The page loads a promise into it (a new one has the id 0 until saved),
 * asks it to save, and reloads it after a change; the editor notifies
 * EmbPromiseEditor:promise whenever what it shows changed, for the page to
 * update the actions. A store's validation error shows under its field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promise-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-bar-chart.h"
#include "emb-error.h"
#include "emb-form.h"
#include "emb-journey-store.h"
#include "emb-metrics.h"
#include "emb-people-store.h"
#include "emb-promise-editor.h"
#include "emb-promise-store.h"
#include "emb-toast.h"

struct _EmbPromiseEditor
{
  AdwBin             parent_instance;

  EmbDatabase       *database;
  EmbPromise        *promise;
  char              *loaded_updated_at;
  GPtrArray         *checks;          /* GtkCheckButton, one a touchpoint */
  GArray            *check_ids;       /* gint64, the touchpoint of each */
  EmbForm           *form;

  GtkStack          *editor_stack;
  GtkScrolledWindow *editor_scroll;
  GtkImage          *version_icon;
  GtkLabel          *version_label;
  AdwEntryRow       *statement_row;
  GtkLabel          *statement_error;
  AdwEntryRow       *expectation_row;
  GtkLabel          *expectation_error;
  AdwEntryRow       *link_row;
  GtkLabel          *link_error;
  GtkLabel          *touchpoints_error;
  GtkBox            *touchpoints_box;
  GtkFlowBox        *actions_box;
  GtkWidget         *discard_button;
  GtkWidget         *retire_button;
  GtkWidget         *delete_button;
  GtkLabel          *action_error;
  GtkBox            *coverage_box;
  GtkLabel          *coverage_label;
  GtkWidget         *charts_box;
  EmbBarChart       *department_chart;
  EmbBarChart       *role_chart;
  GtkListBox        *history_list;
};

G_DEFINE_FINAL_TYPE (EmbPromiseEditor, emb_promise_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROMISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* The workflow buttons open to the promise; they sit in a flow box: show or
 * hide their flow box children. The page says so to the actions. */
static void
update_buttons (EmbPromiseEditor *self)
{
  EmbPromiseSteps steps;

  emb_promises_get_steps (self->promise, &steps);
  gtk_widget_set_visible (gtk_widget_get_parent (self->discard_button), steps.can_discard);
  gtk_widget_set_visible (gtk_widget_get_parent (self->retire_button), steps.can_retire);
  gtk_widget_set_visible (gtk_widget_get_parent (self->delete_button), steps.can_delete);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMISE]);
}

/* The touchpoints ---------------------------------------------------------- */

static void
build_checklist (EmbPromiseEditor *self,
                 GArray           *checked,
                 gboolean          editable)
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

/* The version, the history and the coverage -------------------------------- */

static void
update_version_label (EmbPromiseEditor *self)
{
  EmbPromise *p = self->promise;
  g_autofree char *text = NULL;
  const char *icon = "dialog-information-symbolic";

  if (emb_promise_editor_get_promise_id (self) == 0)
    text = g_strdup (_("A new promise is saved as draft version 1. Staff are asked to "
                       "acknowledge it once you publish it."));
  else if (emb_promise_get_status (p) == EMB_PROMISE_STATUS_RETIRED)
    {
      g_autofree char *date = emb_promises_format_date (emb_promise_get_retired_at (p));

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
                              emb_promises_in_force_number (self->database, p));
    }
  else
    {
      g_autofree char *date = emb_promises_format_date (emb_promise_get_published_at (p));
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
update_history (EmbPromiseEditor *self)
{
  gint64 id = emb_promise_editor_get_promise_id (self);
  g_autoptr(GListModel) versions = NULL;

  clear_container (GTK_WIDGET (self->history_list));
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->history_list)), id != 0);
  if (id == 0)
    return;

  versions = emb_promise_store_list_versions (self->database, id);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(EmbPromiseVersion) version = g_list_model_get_item (versions, i);
      g_autofree char *date = emb_promises_format_date (emb_promise_version_get_published_at (version));
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
fill_chart (EmbPromiseEditor *self,
            EmbBarChart      *chart,
            GArray           *groups,
            gboolean          departments)
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
update_coverage (EmbPromiseEditor *self)
{
  gint64 version_id = self->promise != NULL
                      ? emb_promise_get_published_version_id (self->promise) : 0;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  EmbCoverage coverage = { 0 };

  gtk_widget_set_visible (GTK_WIDGET (self->coverage_box), emb_promise_editor_get_promise_id (self) != 0);
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
                            emb_promises_in_force_number (self->database, self->promise));
  gtk_label_set_text (self->coverage_label, text);

  fill_chart (self, self->department_chart, departments, TRUE);
  fill_chart (self, self->role_chart, roles, FALSE);
  gtk_widget_set_visible (self->charts_box, coverage.valid);
}

/* GObject ------------------------------------------------------------------ */

static void
emb_promise_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EmbPromiseEditor *self = EMB_PROMISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROMISE:
      g_value_set_object (value, self->promise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_promise_editor_dispose (GObject *object)
{
  EmbPromiseEditor *self = (EmbPromiseEditor *)object;

  /* The stack is both a template child and the bin's child. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PROMISE_EDITOR);
  g_clear_object (&self->form);
  g_clear_object (&self->promise);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_promise_editor_parent_class)->dispose (object);
}

static void
emb_promise_editor_finalize (GObject *object)
{
  EmbPromiseEditor *self = (EmbPromiseEditor *)object;

  g_clear_pointer (&self->loaded_updated_at, g_free);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->check_ids, g_array_unref);

  G_OBJECT_CLASS (emb_promise_editor_parent_class)->finalize (object);
}

static void
emb_promise_editor_class_init (EmbPromiseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = emb_promise_editor_get_property;
  object_class->dispose = emb_promise_editor_dispose;
  object_class->finalize = emb_promise_editor_finalize;

  /**
   * EmbPromiseEditor:promise:
   *
   * The promise in the editor (id 0 while a new one is not saved), or
   * %NULL; notified whenever what the editor shows of it changed.
   */
  properties[PROP_PROMISE] =
    g_param_spec_object ("promise", NULL, NULL,
                         EMB_TYPE_PROMISE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_BAR_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/promises/emb-promise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, editor_scroll);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, version_icon);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, version_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, statement_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, statement_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, expectation_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, expectation_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, link_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, link_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, touchpoints_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, touchpoints_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, actions_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, discard_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, retire_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, action_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, coverage_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, charts_box);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, department_chart);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, role_chart);
  gtk_widget_class_bind_template_child (widget_class, EmbPromiseEditor, history_list);
}

static void
emb_promise_editor_init (EmbPromiseEditor *self)
{
  self->checks = g_ptr_array_new ();
  self->check_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Tab goes straight to the buttons, not to their flow box children */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  /* The touchpoints are a check button each: no one widget to mark. */
  self->form = emb_form_new ();
  emb_form_add_field (self->form, "statement", GTK_WIDGET (self->statement_row), self->statement_error);
  emb_form_add_field (self->form, "customer-expectation",
                      GTK_WIDGET (self->expectation_row), self->expectation_error);
  emb_form_add_field (self->form, "link", GTK_WIDGET (self->link_row), self->link_error);
  emb_a11y_label_entry_row (self->link_row);
  emb_form_add_field (self->form, "touchpoints", NULL, self->touchpoints_error);
  emb_form_set_general_label (self->form, self->action_error);
  update_buttons (self);
}

/* Public ------------------------------------------------------------------- */

/**
 * emb_promise_editor_set_database:
 * @database: where the promises are
 */
void
emb_promise_editor_set_database (EmbPromiseEditor *self,
                                 EmbDatabase      *database)
{
  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
}

/**
 * emb_promise_editor_load:
 * @promise: (nullable): the promise to edit (id 0 for a new one), or %NULL
 *   for none
 *
 * Fills the whole editor from @promise.
 */
void
emb_promise_editor_load (EmbPromiseEditor *self,
                         EmbPromise       *promise)
{
  EmbPromise *p;
  gboolean editable;
  g_autoptr(GArray) checked = NULL;

  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));
  g_return_if_fail (promise == NULL || EMB_IS_PROMISE (promise));

  g_set_object (&self->promise, promise);
  g_clear_pointer (&self->loaded_updated_at, g_free);
  p = self->promise;
  if (p == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      update_buttons (self);
      return;
    }

  self->loaded_updated_at = g_strdup (emb_record_get_updated_at (EMB_RECORD (p)));
  editable = emb_promise_get_status (p) != EMB_PROMISE_STATUS_RETIRED;

  gtk_editable_set_text (GTK_EDITABLE (self->statement_row), emb_promise_get_statement (p) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->expectation_row),
                         emb_promise_get_customer_expectation (p) ?: "");
  gtk_editable_set_editable (GTK_EDITABLE (self->statement_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->expectation_row), editable);
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), emb_promise_get_link (p) ?: "");
  gtk_editable_set_editable (GTK_EDITABLE (self->link_row), editable);

  checked = emb_record_get_id (EMB_RECORD (p)) != 0
            ? emb_promises_working_touchpoints (self->database, p) : NULL;
  build_checklist (self, checked, editable);
  emb_form_clear (self->form);
  update_version_label (self);
  update_history (self);
  update_coverage (self);
  update_buttons (self);
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
}

/**
 * emb_promise_editor_open:
 * @promise: (nullable): the promise to edit, or %NULL for none
 *
 * Fills the editor from @promise and shows its top.
 */
void
emb_promise_editor_open (EmbPromiseEditor *self,
                         EmbPromise       *promise)
{
  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));

  emb_promise_editor_load (self, promise);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->editor_scroll), 0);
}

/**
 * emb_promise_editor_reload:
 *
 * Brings the editor up to date after a change: the promise as stored if it
 * changed (what was typed is dropped), its versions and coverage otherwise;
 * the editor closes when the promise is gone.
 */
void
emb_promise_editor_reload (EmbPromiseEditor *self)
{
  gint64 id;
  g_autoptr(EmbPromise) stored = NULL;

  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));

  id = emb_promise_editor_get_promise_id (self);
  if (id == 0)
    return;
  stored = emb_promise_store_get (self->database, id, NULL);
  if (stored == NULL ||
      g_strcmp0 (emb_record_get_updated_at (EMB_RECORD (stored)), self->loaded_updated_at) != 0)
    {
      emb_promise_editor_load (self, stored);
      return;
    }
  update_version_label (self);
  update_history (self);
  update_coverage (self);
  update_buttons (self);
}

/**
 * emb_promise_editor_get_promise:
 *
 * Returns: (transfer none) (nullable): the promise in the editor, with an id
 *   of 0 while a new one is not yet saved
 */
EmbPromise *
emb_promise_editor_get_promise (EmbPromiseEditor *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_EDITOR (self), NULL);

  return self->promise;
}

/**
 * emb_promise_editor_get_promise_id:
 *
 * Returns: the id of the promise in the editor; 0 for none or a new one
 */
gint64
emb_promise_editor_get_promise_id (EmbPromiseEditor *self)
{
  g_return_val_if_fail (EMB_IS_PROMISE_EDITOR (self), 0);

  return self->promise != NULL ? emb_record_get_id (EMB_RECORD (self->promise)) : 0;
}

/**
 * emb_promise_editor_get_steps:
 * @steps: (out caller-allocates): the workflow steps open to the promise in
 *   the editor
 */
void
emb_promise_editor_get_steps (EmbPromiseEditor *self,
                              EmbPromiseSteps  *steps)
{
  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));

  emb_promises_get_steps (self->promise, steps);
}

/**
 * emb_promise_editor_save:
 *
 * Saves the statement, expectation, link and touchpoints as they are in the
 * editor; a failure is shown (under its field for a validation error).
 *
 * Returns: whether it was saved
 */
gboolean
emb_promise_editor_save (EmbPromiseEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *link = NULL;

  g_return_val_if_fail (EMB_IS_PROMISE_EDITOR (self), FALSE);
  g_return_val_if_fail (self->promise != NULL, FALSE);

  emb_form_clear (self->form);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_array_append_val (ids, g_array_index (self->check_ids, gint64, i));

  emb_promise_set_statement (self->promise,
                             gtk_editable_get_text (GTK_EDITABLE (self->statement_row)));
  emb_promise_set_customer_expectation (self->promise,
                                        gtk_editable_get_text (GTK_EDITABLE (self->expectation_row)));
  /* Without the space or line break a pasted address often brings along. */
  link = emb_form_get_text (self->form, "link");
  emb_promise_set_link (self->promise, link);
  if (!emb_promise_store_save (self->database, self->promise,
                               (const gint64 *) (gpointer) ids->data, ids->len, &error))
    {
      emb_promise_editor_show_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_promise_editor_show_error:
 * @error: what a step of the workflow met
 *
 * Shows a validation error under the field it names (one of no field under
 * the buttons), any other error in a toast.
 */
void
emb_promise_editor_show_error (EmbPromiseEditor *self,
                               const GError     *error)
{
  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));
  g_return_if_fail (error != NULL);

  /* Outside a window there is no toast: under the buttons, then. */
  if (error->domain == EMB_VALIDATION_ERROR || emb_toast_find_overlay (GTK_WIDGET (self)) == NULL)
    emb_form_show_error (self->form, error);
  else
    emb_toast_show_error (GTK_WIDGET (self), error);
}

/**
 * emb_promise_editor_focus_statement:
 *
 * Moves the focus to the statement, to write a new promise.
 */
void
emb_promise_editor_focus_statement (EmbPromiseEditor *self)
{
  g_return_if_fail (EMB_IS_PROMISE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->statement_row));
}

/**
 * emb_promise_editor_get_touchpoint_check:
 * @touchpoint_id: the id of a touchpoint
 *
 * Returns: (transfer none) (nullable): the check button of the touchpoint
 */
GtkWidget *
emb_promise_editor_get_touchpoint_check (EmbPromiseEditor *self,
                                         gint64            touchpoint_id)
{
  g_return_val_if_fail (EMB_IS_PROMISE_EDITOR (self), NULL);

  for (guint i = 0; i < self->check_ids->len; i++)
    if (g_array_index (self->check_ids, gint64, i) == touchpoint_id)
      return g_ptr_array_index (self->checks, i);
  return NULL;
}
