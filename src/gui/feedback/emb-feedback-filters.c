/* emb-feedback-filters.c: the search and filters of the feedback list
 *
 * A search over what customers wrote; whose feedback (everyone's, the
 * feedback that reaches me, or my department); drop-downs for the
 * touchpoint, the journey stage, the kind, the score band, the follow-up
 * status and the period; "To Triage" for the feedback that waits for a
 * touchpoint, narrowed to one category from the triage view. Each change
 * emits EmbFeedbackFilters::changed once; emb_feedback_filters_read() gives
 * the filter of the store's query.
 *
 * Who "me" is, a team manager chooses once: the employee is remembered by
 * number in the "feedback-employee-number" setting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-filters"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-drop-down.h"
#include "emb-feedback-filters.h"
#include "emb-feedback-labels.h"
#include "emb-nomination-picker.h"
#include "emb-people-store.h"

#define SETTINGS_KEY "feedback-employee-number"

/* The periods, as the number of days up to today (0: any time). */
static const guint period_days[] = { 0, 7, 30, 90, 365 };

/* The kinds, in the order of the kind drop-down after "All kinds". */
static const EmbFeedbackKind kinds[] = {
  EMB_FEEDBACK_KIND_COMPLAINT, EMB_FEEDBACK_KIND_PRAISE, EMB_FEEDBACK_KIND_SUGGESTION,
  EMB_FEEDBACK_KIND_SURVEY, EMB_FEEDBACK_KIND_NEUTRAL,
};

struct _EmbFeedbackFilters
{
  GtkBox               parent_instance;

  EmbDatabase         *database;
  EmbRecognitionNames *names;
  GSettings           *settings;     /* NULL when the schema lacks the key */
  gboolean             updating;

  gint64               me_id;
  char                *category;     /* the category of triage shown, or NULL */
  GArray              *touchpoint_ids;
  GArray              *stage_ids;

  GtkSearchEntry      *search_entry;
  GtkToggleButton     *filters_button;
  GtkLabel            *filters_label;
  GtkDropDown         *view_dropdown;
  GtkMenuButton       *me_button;
  GtkLabel            *me_label;
  GtkPopover          *me_popover;
  EmbNominationPicker *me_picker;
  GtkDropDown         *touchpoint_dropdown;
  GtkDropDown         *stage_dropdown;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *band_dropdown;
  GtkDropDown         *follow_up_dropdown;
  GtkDropDown         *period_dropdown;
  GtkToggleButton     *triage_button;
  GtkWidget           *category_box;
  GtkLabel            *category_label;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackFilters, emb_feedback_filters, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How many filters narrow the list, shown on the button that reveals
 * them: "Filters (2)". */
static void
update_filters_label (EmbFeedbackFilters *self)
{
  GtkDropDown *drop_downs[] = {
    self->view_dropdown, self->touchpoint_dropdown, self->stage_dropdown, self->kind_dropdown,
    self->band_dropdown, self->follow_up_dropdown, self->period_dropdown,
  };
  guint n = gtk_toggle_button_get_active (self->triage_button) ? 1 : 0;
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (drop_downs); i++)
    {
      guint position = gtk_drop_down_get_selected (drop_downs[i]);

      n += position > 0 && position != GTK_INVALID_LIST_POSITION;
    }
  if (n > 0)
    /* Translators: the button that shows the filters, and how many are set */
    label = g_strdup_printf (_("_Filters (%u)"), n);
  gtk_label_set_text_with_mnemonic (self->filters_label, label != NULL ? label : _("_Filters"));
  if (n > 0)
    name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Filters, %u set", "Filters, %u set", n),
                            n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filters_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : _("Filters"),
                                  -1);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filters_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filters_button), "accent");
}

static void
emit_changed (EmbFeedbackFilters *self)
{
  if (self->updating)
    return;
  update_filters_label (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_filter_changed (EmbFeedbackFilters *self)
{
  emit_changed (self);
}

/* Me --------------------------------------------------------------------- */

static void
show_me (EmbFeedbackFilters *self,
         const char         *name)
{
  g_autofree char *label = NULL;

  if (self->me_id > 0 && name != NULL)
    /* Translators: the employee the "To Me" view is for */
    label = g_strdup_printf (_("Me: %s"), name);
  gtk_label_set_text (self->me_label, label != NULL ? label : _("Who Are You?"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->me_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : _("Choose who you are"),
                                  -1);
}

/* Chooses the employee @id as me, remembers their number, and shows whom. */
static void
choose_me (EmbFeedbackFilters *self,
           EmbEmployee        *employee)
{
  self->me_id = employee != NULL ? emb_record_get_id (EMB_RECORD (employee)) : 0;
  show_me (self, employee != NULL ? emb_employee_get_name (employee) : NULL);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, SETTINGS_KEY,
                           employee != NULL ? emb_employee_get_employee_number (employee) : "");
}

static void
on_me_picked (EmbFeedbackFilters *self)
{
  gint64 id = emb_nomination_picker_get_chosen_id (self->me_picker);
  g_autoptr(EmbEmployee) employee = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || id == 0 || id == self->me_id || self->database == NULL)
    return;

  employee = emb_people_store_get_employee (self->database, id, &error);
  if (employee == NULL)
    {
      g_warning ("Cannot read employee %" G_GINT64_FORMAT ": %s", id, error->message);
      return;
    }
  choose_me (self, employee);
  gtk_popover_popdown (self->me_popover);
  if (gtk_drop_down_get_selected (self->view_dropdown) != EMB_FEEDBACK_VIEW_ALL)
    emit_changed (self);
}

/* Finds the employee remembered as me, if any. */
static void
read_me (EmbFeedbackFilters *self)
{
  g_autofree char *number = NULL;
  g_autoptr(EmbEmployee) employee = NULL;

  if (self->settings == NULL || self->database == NULL)
    return;
  number = g_settings_get_string (self->settings, SETTINGS_KEY);
  if (*number != '\0')
    employee = emb_people_store_find_employee (self->database, number, NULL);
  self->me_id = employee != NULL ? emb_record_get_id (EMB_RECORD (employee)) : 0;
  show_me (self, employee != NULL ? emb_employee_get_name (employee) : NULL);
}

static void
on_view_changed (EmbFeedbackFilters *self)
{
  /* "To Me" needs to know who I am: ask at once. */
  if (!self->updating && self->me_id == 0 &&
      gtk_drop_down_get_selected (self->view_dropdown) != EMB_FEEDBACK_VIEW_ALL)
    gtk_menu_button_popup (self->me_button);
  emit_changed (self);
}

/* Triage ----------------------------------------------------------------- */

static void
show_category (EmbFeedbackFilters *self)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->category_box, self->category != NULL);
  if (self->category == NULL)
    return;
  /* Translators: the list shows one category of the feedback to triage */
  text = g_strdup_printf (_("Category: %s"), emb_feedback_category_label (self->category));
  gtk_label_set_text (self->category_label, text);
}

static void
on_triage_toggled (EmbFeedbackFilters *self)
{
  /* A category is shown only among the feedback to triage. */
  if (!gtk_toggle_button_get_active (self->triage_button))
    g_clear_pointer (&self->category, g_free);
  show_category (self);
  emit_changed (self);
}

static void
on_category_cleared (EmbFeedbackFilters *self)
{
  g_clear_pointer (&self->category, g_free);
  show_category (self);
  emit_changed (self);
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_feedback_filters_set_up:
 * @database: where the employees are
 * @names: the touchpoints to choose from, and the departments named in the
 *   list of employees
 *
 * Makes the filters ready, and reads who "me" is.
 */
void
emb_feedback_filters_set_up (EmbFeedbackFilters  *self,
                             EmbDatabase         *database,
                             EmbRecognitionNames *names)
{
  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_set_object (&self->names, names);
  emb_nomination_picker_set_up (self->me_picker, database, names);
  read_me (self);
}

static const char *
stage_name (gpointer stage)
{
  return emb_stage_get_name (stage);
}

/**
 * emb_feedback_filters_fill:
 * @stages: the journey's stages
 *
 * Fills the touchpoints (from the names) and the stages again, keeping what
 * each had chosen where it still exists; emits nothing.
 *
 * Returns: whether a drop-down chose an item that is gone (it fell back to
 *   everything): the list must be queried again
 */
gboolean
emb_feedback_filters_fill (EmbFeedbackFilters *self,
                           GListModel         *stages)
{
  gint64 touchpoint_id, stage_id;

  g_return_val_if_fail (EMB_IS_FEEDBACK_FILTERS (self), FALSE);
  g_return_val_if_fail (self->names != NULL, FALSE);

  touchpoint_id = emb_drop_down_get_selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
  stage_id = emb_drop_down_get_selected_id (self->stage_dropdown, self->stage_ids);

  self->updating = TRUE;
  emb_drop_down_fill (self->touchpoint_dropdown, self->touchpoint_ids, _("All touchpoints"),
                      emb_recognition_names_get_touchpoints (self->names),
                      (EmbRecordNameFunc)emb_touchpoint_get_name);
  emb_drop_down_fill (self->stage_dropdown, self->stage_ids, _("All stages"), stages, stage_name);
  self->updating = FALSE;

  return touchpoint_id != emb_drop_down_get_selected_id (self->touchpoint_dropdown,
                                                         self->touchpoint_ids) ||
         stage_id != emb_drop_down_get_selected_id (self->stage_dropdown, self->stage_ids);
}

/* A drop-down's choice as an index into its values after "all", or -1. */
static int
chosen (GtkDropDown *drop_down)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  return position > 0 && position != GTK_INVALID_LIST_POSITION ? (int)position - 1 : -1;
}

/**
 * emb_feedback_filters_read:
 * @filter: (out caller-allocates): the filter, initialised with
 *   %EMB_FEEDBACK_FILTER_INIT; its strings are valid until the filters
 *   change
 * @from: (out) (transfer full) (nullable): the first day of the period
 *
 * Reads the filters as chosen, newest first.
 */
void
emb_feedback_filters_read (EmbFeedbackFilters  *self,
                           EmbFeedbackFilter   *filter,
                           char               **from)
{
  static const gint64 no_touchpoint = 0;
  EmbFeedbackView view;
  guint period;
  int kind;

  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));
  g_return_if_fail (filter != NULL && from != NULL);

  *from = NULL;
  period = gtk_drop_down_get_selected (self->period_dropdown);
  if (period < G_N_ELEMENTS (period_days) && period_days[period] > 0)
    {
      /* The N local days ending today, today included; the end is open. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -(int)(period_days[period] - 1));

      *from = g_date_time_format (start, "%Y-%m-%d");
    }

  kind = chosen (self->kind_dropdown);
  filter->kind = kind >= 0 && kind < (int)G_N_ELEMENTS (kinds) ? (int)kinds[kind] : -1;
  filter->score_band = chosen (self->band_dropdown);
  filter->follow_up = chosen (self->follow_up_dropdown);
  filter->touchpoint_id = emb_drop_down_get_selected_id (self->touchpoint_dropdown,
                                                         self->touchpoint_ids);
  filter->stage_id = emb_drop_down_get_selected_id (self->stage_dropdown, self->stage_ids);
  filter->triage = gtk_toggle_button_get_active (self->triage_button) ? 1 : -1;
  filter->category = filter->triage > 0 ? self->category : NULL;
  filter->from = *from;
  filter->search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter->newest_first = TRUE;

  view = gtk_drop_down_get_selected (self->view_dropdown);
  if (view == EMB_FEEDBACK_VIEW_MINE || view == EMB_FEEDBACK_VIEW_DEPARTMENT)
    {
      filter->responsible_id = self->me_id;
      filter->responsible_department = view == EMB_FEEDBACK_VIEW_DEPARTMENT;
      /* Nobody chosen as me yet: nothing reaches nobody. */
      if (self->me_id == 0)
        {
          filter->touchpoint_ids = &no_touchpoint;
          filter->n_touchpoint_ids = 0;
        }
    }
}

/**
 * emb_feedback_filters_set_search:
 *
 * Types @text in the search entry and applies it at once.
 */
void
emb_feedback_filters_set_search (EmbFeedbackFilters *self,
                                 const char         *text)
{
  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  self->updating = FALSE;
  emit_changed (self);
}

static guint
kind_position (int kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if ((int)kinds[i] == kind)
      return i + 1;
  return 0;
}

/**
 * emb_feedback_filters_set_choices:
 * @kind: an #EmbFeedbackKind, or -1 for all
 * @score_band: an #EmbScoreBand, or -1 for all
 * @follow_up: an #EmbFollowUp, or -1 for all
 * @touchpoint_id: a touchpoint, or 0 for all
 * @stage_id: a journey stage, or 0 for all
 *
 * Sets the drop-downs as a person would, and emits one change.
 */
void
emb_feedback_filters_set_choices (EmbFeedbackFilters *self,
                                  int                 kind,
                                  int                 score_band,
                                  int                 follow_up,
                                  gint64              touchpoint_id,
                                  gint64              stage_id)
{
  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, kind_position (kind));
  gtk_drop_down_set_selected (self->band_dropdown, score_band >= 0 ? (guint)score_band + 1 : 0);
  gtk_drop_down_set_selected (self->follow_up_dropdown, follow_up >= 0 ? (guint)follow_up + 1 : 0);
  emb_drop_down_set_selected_id (self->touchpoint_dropdown, self->touchpoint_ids, touchpoint_id);
  emb_drop_down_set_selected_id (self->stage_dropdown, self->stage_ids, stage_id);
  self->updating = FALSE;
  emit_changed (self);
}

/**
 * emb_feedback_filters_set_triage:
 * @triage: only the feedback to triage
 * @category: (nullable): only this category of it
 *
 * Shows the feedback to triage, or all, and emits one change.
 */
void
emb_feedback_filters_set_triage (EmbFeedbackFilters *self,
                                 gboolean            triage,
                                 const char         *category)
{
  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->triage_button, triage);
  g_free (self->category);
  self->category = triage ? g_strdup (category) : NULL;
  show_category (self);
  self->updating = FALSE;
  emit_changed (self);
}

/**
 * emb_feedback_filters_set_view:
 *
 * Shows everyone's feedback, mine or my department's, and emits one change.
 */
void
emb_feedback_filters_set_view (EmbFeedbackFilters *self,
                               EmbFeedbackView     view)
{
  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));

  gtk_drop_down_set_selected (self->view_dropdown, view);
}

/**
 * emb_feedback_filters_set_me:
 * @employee_id: the employee to be "me", or 0
 *
 * Chooses who "me" is, as a person would in the list of employees, and
 * remembers it.
 */
void
emb_feedback_filters_set_me (EmbFeedbackFilters *self,
                             gint64              employee_id)
{
  g_autoptr(EmbEmployee) employee = NULL;

  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));
  g_return_if_fail (self->database != NULL);

  if (employee_id > 0)
    employee = emb_people_store_get_employee (self->database, employee_id, NULL);
  choose_me (self, employee);
  if (gtk_drop_down_get_selected (self->view_dropdown) != EMB_FEEDBACK_VIEW_ALL)
    emit_changed (self);
}

gint64
emb_feedback_filters_get_me (EmbFeedbackFilters *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_FILTERS (self), 0);

  return self->me_id;
}

void
emb_feedback_filters_focus_search (EmbFeedbackFilters *self)
{
  g_return_if_fail (EMB_IS_FEEDBACK_FILTERS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Object ----------------------------------------------------------------- */

static void
emb_feedback_filters_dispose (GObject *object)
{
  EmbFeedbackFilters *self = (EmbFeedbackFilters *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_FEEDBACK_FILTERS);
  g_clear_object (&self->settings);
  g_clear_object (&self->names);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_feedback_filters_parent_class)->dispose (object);
}

static void
emb_feedback_filters_finalize (GObject *object)
{
  EmbFeedbackFilters *self = (EmbFeedbackFilters *)object;

  g_array_unref (self->stage_ids);
  g_array_unref (self->touchpoint_ids);
  g_free (self->category);

  G_OBJECT_CLASS (emb_feedback_filters_parent_class)->finalize (object);
}

static void
emb_feedback_filters_class_init (EmbFeedbackFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * EmbFeedbackFilters::changed:
   *
   * What the list is to show changed: whose feedback, the words searched
   * for, or a filter.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  object_class->dispose = emb_feedback_filters_dispose;
  object_class->finalize = emb_feedback_filters_finalize;

  g_type_ensure (EMB_TYPE_NOMINATION_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, filters_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, filters_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, view_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, me_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, me_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, me_popover);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, me_picker);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, band_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, follow_up_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, triage_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, category_box);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackFilters, category_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_triage_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_category_cleared);
}

/* Fills a drop-down with translated strings, and names it. */
static void
set_strings (GtkDropDown  *drop_down,
             const char  **strings,
             guint         n,
             const char   *label)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, strings[i]);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (list));
  emb_drop_down_ellipsize (drop_down);
  emb_a11y_label_drop_down (drop_down, label);
}

static void
emb_feedback_filters_init (EmbFeedbackFilters *self)
{
  const char *views[] = { _("All feedback"), _("To me"), _("My department") };
  const char *periods[] = {
    _("Any time"), _("Last 7 days"), _("Last 30 days"), _("Last 90 days"), _("Last 12 months"),
  };
  const char *kind_names[G_N_ELEMENTS (kinds) + 1] = { _("All kinds") };
  const char *bands[EMB_N_SCORE_BANDS + 1] = { _("Any score") };
  const char *steps[EMB_FOLLOW_UP_CLOSED + 2] = { _("Any follow-up") };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kind_names[i + 1] = emb_feedback_kind_label (kinds[i]);
  for (int band = 0; band < EMB_N_SCORE_BANDS; band++)
    bands[band + 1] = emb_feedback_score_band_label (band);
  for (int step = EMB_FOLLOW_UP_NEW; step <= EMB_FOLLOW_UP_CLOSED; step++)
    steps[step + 1] = emb_feedback_follow_up_label (step);

  self->updating = TRUE;
  set_strings (self->view_dropdown, views, G_N_ELEMENTS (views), _("Whose feedback"));
  set_strings (self->period_dropdown, periods, G_N_ELEMENTS (periods), _("Filter by period"));
  set_strings (self->kind_dropdown, kind_names, G_N_ELEMENTS (kind_names), _("Filter by kind"));
  set_strings (self->band_dropdown, bands, G_N_ELEMENTS (bands), _("Filter by score"));
  set_strings (self->follow_up_dropdown, steps, G_N_ELEMENTS (steps), _("Filter by follow-up"));
  emb_drop_down_ellipsize (self->touchpoint_dropdown);
  emb_drop_down_ellipsize (self->stage_dropdown);
  emb_a11y_label_drop_down (self->touchpoint_dropdown, _("Filter by touchpoint"));
  emb_a11y_label_drop_down (self->stage_dropdown, _("Filter by journey stage"));
  self->updating = FALSE;
  show_me (self, NULL);
  update_filters_label (self);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, SETTINGS_KEY))
    self->settings = g_settings_new (APPLICATION_ID);

  g_signal_connect_object (self->me_picker, "notify::chosen-id", G_CALLBACK (on_me_picked), self,
                           G_CONNECT_SWAPPED);
}
