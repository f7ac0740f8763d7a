/* emb-nomination-filters.c: the search and filters of the list of nominations
 *
 * A search entry over the stories, drop-downs for the status, the value, the
 * department, the touchpoint and the period, and the two days of a custom
 * period. Each change emits EmbNominationFilters::changed once; typed days
 * only once the typing pauses (or on Enter), not on every keystroke.
 * emb_nomination_filters_read() gives the filter for the store's query.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-nomination-filters"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "emb-a11y.h"
#include "emb-drop-down.h"
#include "emb-nomination-filters.h"

typedef enum
{
  PERIOD_ANY,
  PERIOD_30_DAYS,
  PERIOD_90_DAYS,
  PERIOD_YEAR,
  PERIOD_CUSTOM,
} Period;

struct _EmbNominationFilters
{
  GtkBox          parent_instance;

  guint           dates_timeout;
  gboolean        updating_filters;

  /* What each filter drop-down position stands for (0: everything). */
  GArray         *department_ids;
  GArray         *value_ids;
  GArray         *touchpoint_ids;

  GtkSearchEntry *search_entry;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *value_dropdown;
  GtkDropDown    *department_dropdown;
  GtkDropDown    *touchpoint_dropdown;
  GtkDropDown    *period_dropdown;
  GtkWidget      *dates_box;
  GtkEntry       *from_entry;
  GtkEntry       *to_entry;
  GtkLabel       *dates_error;
};

G_DEFINE_FINAL_TYPE (EmbNominationFilters, emb_nomination_filters, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The drop-downs of records ---------------------------------------------- */

/**
 * emb_nomination_filters_fill:
 * @names: the values, departments and touchpoints to choose from
 *
 * Fills the drop-downs again, keeping what each had chosen where it still
 * exists; emits nothing.
 *
 * Returns: whether a drop-down chose an item that is gone (it fell back to
 *   everything): the list must be queried again
 */
gboolean
emb_nomination_filters_fill (EmbNominationFilters *self,
                             EmbRecognitionNames  *names)
{
  gint64 value_id, department_id, touchpoint_id;

  g_return_val_if_fail (EMB_IS_NOMINATION_FILTERS (self), FALSE);
  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (names), FALSE);

  value_id = emb_drop_down_get_selected_id (self->value_dropdown, self->value_ids);
  department_id = emb_drop_down_get_selected_id (self->department_dropdown, self->department_ids);
  touchpoint_id = emb_drop_down_get_selected_id (self->touchpoint_dropdown, self->touchpoint_ids);

  self->updating_filters = TRUE;
  emb_drop_down_fill (self->value_dropdown, self->value_ids, _("All values"),
                      emb_recognition_names_get_values (names),
                      (EmbRecordNameFunc)emb_value_get_name);
  emb_drop_down_fill (self->department_dropdown, self->department_ids, _("All departments"),
                      emb_recognition_names_get_departments (names),
                      (EmbRecordNameFunc)emb_department_get_name);
  emb_drop_down_fill (self->touchpoint_dropdown, self->touchpoint_ids, _("All touchpoints"),
                      emb_recognition_names_get_touchpoints (names),
                      (EmbRecordNameFunc)emb_touchpoint_get_name);
  self->updating_filters = FALSE;

  return value_id != emb_drop_down_get_selected_id (self->value_dropdown, self->value_ids) ||
         department_id != emb_drop_down_get_selected_id (self->department_dropdown, self->department_ids) ||
         touchpoint_id != emb_drop_down_get_selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
}

/* The period ------------------------------------------------------------- */

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint y, m, d;
  char end;

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* The period as dates (YYYY-MM-DD, local), or %NULL for an open end; an
 * invalid custom date is shown as an error and leaves its end open. */
static void
read_period (EmbNominationFilters  *self,
             char                 **from,
             char                 **to)
{
  Period period = gtk_drop_down_get_selected (self->period_dropdown);
  const char *error = NULL;

  *from = NULL;
  *to = NULL;
  gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");

  if (period == PERIOD_30_DAYS || period == PERIOD_90_DAYS || period == PERIOD_YEAR)
    {
      /* The same rule as the insights' periods: the N local days ending
       * today, today included, from local today − (N − 1) to local
       * tomorrow. The list's filter takes local days, its end inclusive;
       * the end is left open, as nothing is submitted after now (and a
       * page left open past midnight still lists what comes in). */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) start = NULL;
      int n_days = period == PERIOD_30_DAYS ? 30 : period == PERIOD_90_DAYS ? 90 : 365;

      start = g_date_time_add_days (now, -(n_days - 1));
      *from = g_date_time_format (start, "%Y-%m-%d");
    }
  else if (period == PERIOD_CUSTOM)
    {
      const char *from_text = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
      const char *to_text = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
      GDate from_date, to_date;
      gboolean from_ok = parse_date (from_text, &from_date);
      gboolean to_ok = parse_date (to_text, &to_date);

      if (*from_text != '\0' && !from_ok)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
          error = _("Enter the first day as YYYY-MM-DD, such as 2026-06-01.");
        }
      else if (*to_text != '\0' && !to_ok)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
          error = _("Enter the last day as YYYY-MM-DD, such as 2026-06-30.");
        }
      else if (from_ok && to_ok && g_date_compare (&from_date, &to_date) > 0)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
          error = _("The last day comes before the first day.");
          to_ok = FALSE;
        }

      if (from_ok)
        *from = g_strdup (from_text);
      if (to_ok)
        *to = g_strdup (to_text);
    }

  gtk_widget_set_visible (self->dates_box, period == PERIOD_CUSTOM);
  gtk_widget_set_visible (GTK_WIDGET (self->dates_error), error != NULL);
  gtk_label_set_text (self->dates_error, error != NULL ? error : "");
}

/**
 * emb_nomination_filters_read:
 * @filter: (out caller-allocates): the filter, initialised with
 *   %EMB_NOMINATION_FILTER_INIT; its search text is valid until the filters
 *   change
 * @from: (out) (transfer full) (nullable): the first day of the period
 * @to: (out) (transfer full) (nullable): its last day
 *
 * Reads the filters as chosen, and shows an invalid custom day as an error.
 */
void
emb_nomination_filters_read (EmbNominationFilters  *self,
                             EmbNominationFilter   *filter,
                             char                 **from,
                             char                 **to)
{
  guint status;

  g_return_if_fail (EMB_IS_NOMINATION_FILTERS (self));
  g_return_if_fail (filter != NULL && from != NULL && to != NULL);

  status = gtk_drop_down_get_selected (self->status_dropdown);
  read_period (self, from, to);
  filter->status = status > 0 && status != GTK_INVALID_LIST_POSITION ? (int)status - 1 : -1;
  filter->value_id = emb_drop_down_get_selected_id (self->value_dropdown, self->value_ids);
  filter->department_id = emb_drop_down_get_selected_id (self->department_dropdown, self->department_ids);
  filter->touchpoint_id = emb_drop_down_get_selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
  filter->from = *from;
  filter->to = *to;
  filter->search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

/* Changes ---------------------------------------------------------------- */

static void
on_filter_changed (EmbNominationFilters *self)
{
  if (self->updating_filters)
    return;
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
dates_timeout_cb (gpointer user_data)
{
  EmbNominationFilters *self = user_data;

  self->dates_timeout = 0;
  on_filter_changed (self);
  return G_SOURCE_REMOVE;
}

/* Typing a day reloads the list once the typing pauses (or on Enter), not
 * on every keystroke. */
static void
on_dates_changed (EmbNominationFilters *self)
{
  if (self->updating_filters)
    return;
  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  self->dates_timeout = g_timeout_add (400, dates_timeout_cb, self);
}

static void
on_dates_activate (EmbNominationFilters *self)
{
  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  on_filter_changed (self);
}

/**
 * emb_nomination_filters_set:
 * @status: an #EmbNominationStatus, or -1 for all
 * @value_id: a value, or 0 for all
 * @department_id: a department, or 0 for all
 * @touchpoint_id: a touchpoint, or 0 for all
 *
 * Sets the filter drop-downs as a person would, and emits one change.
 */
void
emb_nomination_filters_set (EmbNominationFilters *self,
                            int                   status,
                            gint64                value_id,
                            gint64                department_id,
                            gint64                touchpoint_id)
{
  g_return_if_fail (EMB_IS_NOMINATION_FILTERS (self));

  /* Four drop-downs, one query. */
  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, status >= 0 ? (guint)status + 1 : 0);
  emb_drop_down_set_selected_id (self->value_dropdown, self->value_ids, value_id);
  emb_drop_down_set_selected_id (self->department_dropdown, self->department_ids, department_id);
  emb_drop_down_set_selected_id (self->touchpoint_dropdown, self->touchpoint_ids, touchpoint_id);
  self->updating_filters = FALSE;
  on_filter_changed (self);
}

/**
 * emb_nomination_filters_set_period:
 * @from: (nullable): the first day, YYYY-MM-DD
 * @to: (nullable): the last day, YYYY-MM-DD
 *
 * Chooses a custom period and types its days, as a person would; both
 * %NULL choose “any time”.
 */
void
emb_nomination_filters_set_period (EmbNominationFilters *self,
                                   const char           *from,
                                   const char           *to)
{
  g_return_if_fail (EMB_IS_NOMINATION_FILTERS (self));

  if (from == NULL && to == NULL)
    {
      gtk_drop_down_set_selected (self->period_dropdown, PERIOD_ANY);
      return;
    }
  self->updating_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");
  gtk_drop_down_set_selected (self->period_dropdown, PERIOD_CUSTOM);
  self->updating_filters = FALSE;
  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  on_filter_changed (self);
}

/**
 * emb_nomination_filters_set_search:
 *
 * Types @text in the search entry and applies it at once.
 */
void
emb_nomination_filters_set_search (EmbNominationFilters *self,
                                   const char           *text)
{
  g_return_if_fail (EMB_IS_NOMINATION_FILTERS (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_filter_changed (self);
}

/**
 * emb_nomination_filters_focus_search:
 *
 * Moves the focus to the search entry.
 */
void
emb_nomination_filters_focus_search (EmbNominationFilters *self)
{
  g_return_if_fail (EMB_IS_NOMINATION_FILTERS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Object ----------------------------------------------------------------- */

static void
emb_nomination_filters_dispose (GObject *object)
{
  EmbNominationFilters *self = (EmbNominationFilters *)object;

  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_NOMINATION_FILTERS);

  G_OBJECT_CLASS (emb_nomination_filters_parent_class)->dispose (object);
}

static void
emb_nomination_filters_finalize (GObject *object)
{
  EmbNominationFilters *self = (EmbNominationFilters *)object;

  g_array_unref (self->department_ids);
  g_array_unref (self->value_ids);
  g_array_unref (self->touchpoint_ids);

  G_OBJECT_CLASS (emb_nomination_filters_parent_class)->finalize (object);
}

static void
emb_nomination_filters_class_init (EmbNominationFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_nomination_filters_dispose;
  object_class->finalize = emb_nomination_filters_finalize;

  /**
   * EmbNominationFilters::changed:
   *
   * The search or a filter changed: the list is to be queried again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-nomination-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, value_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, dates_box);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, from_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, to_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbNominationFilters, dates_error);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_activate);
}

static void
emb_nomination_filters_init (EmbNominationFilters *self)
{
  const char *statuses[] = {
    N_("All statuses"), N_("Submitted"), N_("Approved"), N_("Declined"), N_("Celebrated"), NULL
  };
  const char *periods[] = {
    N_("Any time"), N_("Last 30 days"), N_("Last 90 days"), N_("Last 12 months"), N_("Custom period"), NULL
  };
  g_autoptr(GtkStringList) status_strings = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) period_strings = gtk_string_list_new (NULL);
  GtkDropDown *dropdowns[5];

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating_filters = TRUE;
  for (guint i = 0; statuses[i] != NULL; i++)
    gtk_string_list_append (status_strings, _(statuses[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (status_strings));
  for (guint i = 0; periods[i] != NULL; i++)
    gtk_string_list_append (period_strings, _(periods[i]));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (period_strings));

  dropdowns[0] = self->status_dropdown;
  dropdowns[1] = self->value_dropdown;
  dropdowns[2] = self->department_dropdown;
  dropdowns[3] = self->touchpoint_dropdown;
  dropdowns[4] = self->period_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    emb_drop_down_ellipsize (dropdowns[i]);
  self->updating_filters = FALSE;

  emb_a11y_label_drop_down (self->status_dropdown, _("Filter by status"));
  emb_a11y_label_drop_down (self->value_dropdown, _("Filter by value"));
  emb_a11y_label_drop_down (self->department_dropdown, _("Filter by department"));
  emb_a11y_label_drop_down (self->touchpoint_dropdown, _("Filter by touchpoint"));
  emb_a11y_label_drop_down (self->period_dropdown, _("Filter by period"));
}
