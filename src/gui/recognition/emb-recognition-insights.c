/* emb-recognition-insights.c: where recognition goes and where it does not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a period chosen at the top (the last 30, 90 or 365 days, today
 * included, or all time): a heatmap of the nominations per
 * value × department and the share of nominations that cite a touchpoint and
 * customer feedback. Below, independent of the period, the people and teams
 * not recognised in the last N days, N being the "not-recognised-days"
 * setting. Everything is read again, once per turn of the main loop, when
 * nominations, people, departments or values change while it is shown;
 * changes while it is hidden are read when it is shown again.
 */
#define G_LOG_DOMAIN "emb-recognition-insights"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-heatmap.h"
#include "emb-recognition-insights.h"
#include "emb-recognition-store.h"
#include "emb-refresher.h"

/* How many names each "not recognised" list shows before "and N more" */
#define MAX_NAMES 50

typedef enum
{
  EVIDENCE_TOUCHPOINT,
  EVIDENCE_FEEDBACK,
  EVIDENCE_BOTH,
  N_EVIDENCE
} Evidence;

/* A failure reads its message; some store functions fail without one. */
static const char *
error_message (const GError *error)
{
  return error != NULL ? error->message : "unknown error";
}

struct _EmbRecognitionInsights
{
  AdwBin                 parent_instance;

  GSettings             *settings;
  char                  *today;         /* a fixed day for tests, or NULL */
  EmbRefresher          *refresher;     /* holds the database */

  GListModel            *people;        /* not recognised */
  GListModel            *teams;
  EmbNominationEvidence  evidence;

  GtkDropDown           *period_drop_down;
  GtkStack              *period_stack;
  GtkLabel              *empty_title;
  GtkLabel              *empty_description;
  GtkWidget             *all_time_button;
  EmbRecognitionHeatmap *heatmap;
  AdwPreferencesGroup   *people_group;
  GtkListBox            *people_list;
  AdwPreferencesGroup   *teams_group;
  GtkListBox            *teams_list;

  GtkWidget             *evidence_cards[N_EVIDENCE];
  GtkLabel              *evidence_values[N_EVIDENCE];
  GtkLabel              *evidence_details[N_EVIDENCE];
};

G_DEFINE_FINAL_TYPE (EmbRecognitionInsights, emb_recognition_insights, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dates */

static void
get_today (EmbRecognitionInsights *self,
           GDate                  *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (self->today != NULL &&
      sscanf (self->today, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    g_date_set_dmy (date, day, month, year);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (date, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/* The chosen period as [from, to); both NULL for all time. A period of N
 * days is the N local days ending today, today included: from local today
 * − (N − 1) to local tomorrow, the same rule as the “All Nominations”
 * list's periods. The insights' store functions count UTC days; the local
 * day bounds are passed to them as UTC days, an approximation that may
 * count a few hours around midnight on the neighbouring day by the UTC
 * offset. */
static void
get_period (EmbRecognitionInsights  *self,
            char                   **from,
            char                   **to)
{
  EmbInsightsPeriod period = emb_recognition_insights_get_period (self);
  GDate start, end;

  *from = *to = NULL;
  if (period == EMB_INSIGHTS_PERIOD_ALL_TIME)
    return;

  get_today (self, &end);
  start = end;
  g_date_add_days (&end, 1);
  switch (period)
    {
    case EMB_INSIGHTS_PERIOD_30_DAYS:
      g_date_subtract_days (&start, 29);
      break;
    case EMB_INSIGHTS_PERIOD_90_DAYS:
      g_date_subtract_days (&start, 89);
      break;
    case EMB_INSIGHTS_PERIOD_12_MONTHS:
    case EMB_INSIGHTS_PERIOD_ALL_TIME:
    default:
      g_date_subtract_days (&start, 364);
      break;
    }

  *from = format_date (&start);
  *to = format_date (&end);
}

static guint
get_days (EmbRecognitionInsights *self)
{
  return MAX (1u, g_settings_get_uint (self->settings, "not-recognised-days"));
}

/**
 * emb_recognition_insights_get_since:
 *
 * Returns: (transfer full): the first day of the last N days (N from the
 *   "not-recognised-days" setting, today included), as YYYY-MM-DD
 */
char *
emb_recognition_insights_get_since (EmbRecognitionInsights *self)
{
  GDate since;

  g_return_val_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self), NULL);

  get_today (self, &since);
  g_date_subtract_days (&since, get_days (self) - 1);
  return format_date (&since);
}

/* The period's figures */

static guint
percent (guint part,
         guint total)
{
  if (total == 0)
    return 0;
  return (guint)(((guint64)part * 200 + total) / ((guint64)total * 2));
}

static void
refresh_period (EmbRecognitionInsights *self)
{
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GArray) cells = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint shares[N_EVIDENCE];
  gboolean all_time;
  EmbDatabase *database = emb_refresher_get_database (self->refresher);

  get_period (self, &from, &to);

  departments = emb_people_store_list_departments (database, &error);
  if (departments != NULL)
    values = emb_programme_store_list_values (database, &error);
  if (values != NULL)
    cells = emb_recognition_store_count_by_value_and_department (database, from, to, &error);
  if (cells == NULL ||
      !emb_recognition_store_count_evidence (database, from, to, &self->evidence, &error))
    {
      g_warning ("Cannot count the nominations: %s", error_message (error));
      return;
    }

  emb_recognition_heatmap_set_data (self->heatmap, departments, values,
                                    (const EmbNominationCell *)(gpointer)cells->data, cells->len);

  shares[EVIDENCE_TOUCHPOINT] = self->evidence.with_touchpoint;
  shares[EVIDENCE_FEEDBACK] = self->evidence.with_feedback;
  shares[EVIDENCE_BOTH] = self->evidence.with_both;
  for (guint i = 0; i < N_EVIDENCE; i++)
    {
      /* Translators: a share in per cent, e.g. "40 %" */
      g_autofree char *value = g_strdup_printf (_("%u %%"), percent (shares[i], self->evidence.total));
      g_autofree char *detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "of %u nomination",
                                                              "of %u nominations",
                                                              self->evidence.total),
                                                 self->evidence.total);
      g_autofree char *description = NULL;

      switch ((Evidence)i)
        {
        case EVIDENCE_TOUCHPOINT:
          /* Translators: %1$s is a share such as "40 %", %2$u the number of nominations */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%1$s of %2$u nomination cite a touchpoint",
                                                      "%1$s of %2$u nominations cite a touchpoint",
                                                      self->evidence.total),
                                         value, self->evidence.total);
          break;
        case EVIDENCE_FEEDBACK:
          /* Translators: %1$s is a share such as "40 %", %2$u the number of nominations */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%1$s of %2$u nomination cite customer feedback",
                                                      "%1$s of %2$u nominations cite customer feedback",
                                                      self->evidence.total),
                                         value, self->evidence.total);
          break;
        case EVIDENCE_BOTH:
        case N_EVIDENCE:
        default:
          /* Translators: %1$s is a share such as "40 %", %2$u the number of nominations */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%1$s of %2$u nomination cite both a touchpoint and customer feedback",
                                                      "%1$s of %2$u nominations cite both a touchpoint and customer feedback",
                                                      self->evidence.total),
                                         value, self->evidence.total);
          break;
        }

      gtk_label_set_text (self->evidence_values[i], value);
      gtk_label_set_text (self->evidence_details[i], detail);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->evidence_cards[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
    }

  all_time = emb_recognition_insights_get_period (self) == EMB_INSIGHTS_PERIOD_ALL_TIME;
  if (all_time)
    {
      gtk_label_set_text (self->empty_title, _("No Nominations Yet"));
      gtk_label_set_text (self->empty_description,
                          _("When colleagues nominate each other, this shows which values are lived in which departments."));
    }
  else
    {
      gtk_label_set_text (self->empty_title, _("No Nominations in This Period"));
      gtk_label_set_text (self->empty_description,
                          _("No nomination submitted in this period is waiting, approved or celebrated. Choose a longer period to see earlier ones."));
    }
  gtk_widget_set_visible (self->all_time_button, !all_time);
  gtk_stack_set_visible_child_name (self->period_stack,
                                    self->evidence.total > 0 ? "figures" : "empty");
}

/* The people and teams not recognised */

/* A day (YYYY-MM-DD) as the locale writes dates. */
static char *
format_local_day (const char *day)
{
  int year, month, date;
  g_autoptr(GDateTime) dt = NULL;

  if (day == NULL || sscanf (day, "%4d-%2d-%2d", &year, &month, &date) != 3)
    return g_strdup (day != NULL ? day : "");
  dt = g_date_time_new_local (year, month, date, 12, 0, 0);
  if (dt == NULL)
    return g_strdup (day);
  return g_date_time_format (dt, "%x");
}

static GtkWidget *
name_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
fill_list (GtkListBox  *list,
           GListModel  *model,
           GHashTable  *department_names,
           const char  *nobody)
{
  guint n = g_list_model_get_n_items (model);

  clear_list (list);

  if (n == 0)
    {
      GtkWidget *row = name_row (nobody, NULL);

      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (list, row);
      return;
    }

  for (guint i = 0; i < MIN (n, MAX_NAMES); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (EMB_IS_EMPLOYEE (item))
        {
          EmbEmployee *employee = EMB_EMPLOYEE (item);
          gint64 department_id = emb_employee_get_department_id (employee);

          gtk_list_box_append (list, name_row (emb_employee_get_name (employee),
                                               g_hash_table_lookup (department_names, &department_id)));
        }
      else
        gtk_list_box_append (list, name_row (emb_department_get_name (EMB_DEPARTMENT (item)), NULL));
    }

  if (n > MAX_NAMES)
    {
      guint more = n - MAX_NAMES;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more",
                                                            "and %u more",
                                                            more),
                                               more);
      GtkWidget *row = name_row (text, NULL);

      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (list, row);
    }
}

static void
refresh_lists (EmbRecognitionInsights *self)
{
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GHashTable) department_names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = emb_recognition_insights_get_since (self);
  g_autofree char *since_text = format_local_day (since);
  g_autofree char *title = NULL;
  g_autofree char *people_description = NULL;
  g_autofree char *teams_title = NULL;
  g_autofree char *teams_description = NULL;
  guint days = get_days (self);
  guint n_people, n_teams;
  EmbDatabase *database = emb_refresher_get_database (self->refresher);

  g_clear_object (&self->people);
  g_clear_object (&self->teams);

  departments = emb_people_store_list_departments (database, &error);
  if (departments != NULL)
    self->people = emb_recognition_store_list_not_recognised_employees (database, since, &error);
  if (self->people != NULL)
    self->teams = emb_recognition_store_list_not_recognised_departments (database, since, &error);
  if (self->teams == NULL)
    {
      g_warning ("Cannot list who is not recognised: %s", error_message (error));
      g_clear_object (&self->people);
      return;
    }

  department_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);

      g_hash_table_insert (department_names,
                           g_memdup2 (&(gint64) { emb_record_get_id (EMB_RECORD (department)) },
                                      sizeof (gint64)),
                           g_strdup (emb_department_get_name (department)));
    }

  n_people = g_list_model_get_n_items (self->people);
  n_teams = g_list_model_get_n_items (self->teams);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "People Not Recognised in the Last %u Day",
                                        "People Not Recognised in the Last %u Days",
                                        days),
                           days);
  people_description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u active person has no approved nomination submitted since %s",
                                                     "%u active people have no approved nomination submitted since %s",
                                                     n_people),
                                        n_people, since_text);
  teams_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Teams Not Recognised in the Last %u Day",
                                              "Teams Not Recognised in the Last %u Days",
                                              days),
                                 days);
  teams_description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u department has no approved nomination, for the team or anyone in it, submitted since %s",
                                                    "%u departments have no approved nomination, for the team or anyone in it, submitted since %s",
                                                    n_teams),
                                       n_teams, since_text);

  adw_preferences_group_set_title (self->people_group, title);
  adw_preferences_group_set_description (self->people_group, people_description);
  adw_preferences_group_set_title (self->teams_group, teams_title);
  adw_preferences_group_set_description (self->teams_group, teams_description);

  fill_list (self->people_list, self->people, department_names,
             _("Everyone has been recognised"));
  fill_list (self->teams_list, self->teams, department_names,
             _("Every team has been recognised"));
}

static void
refresh (EmbRecognitionInsights *self)
{
  if (emb_refresher_get_database (self->refresher) == NULL)
    return;

  refresh_period (self);
  refresh_lists (self);
}

static void
refresh_cb (GtkWidget *widget)
{
  refresh (EMB_RECOGNITION_INSIGHTS (widget));
}

static void
on_period_changed (EmbRecognitionInsights *self)
{
  if (emb_refresher_get_database (self->refresher) == NULL)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_period (self);
  else
    emb_refresher_queue (self->refresher);
}

static void
on_days_changed (EmbRecognitionInsights *self)
{
  if (emb_refresher_get_database (self->refresher) == NULL)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_lists (self);
  else
    emb_refresher_queue (self->refresher);
}

static void
on_all_time_clicked (EmbRecognitionInsights *self)
{
  emb_recognition_insights_set_period (self, EMB_INSIGHTS_PERIOD_ALL_TIME);
}

/* Public API */

/**
 * emb_recognition_insights_get_period:
 *
 * Returns: the period the figures are counted over
 */
EmbInsightsPeriod
emb_recognition_insights_get_period (EmbRecognitionInsights *self)
{
  guint selected;

  g_return_val_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self), EMB_INSIGHTS_PERIOD_90_DAYS);

  selected = gtk_drop_down_get_selected (self->period_drop_down);
  return selected <= EMB_INSIGHTS_PERIOD_ALL_TIME ? (EmbInsightsPeriod)selected
                                                  : EMB_INSIGHTS_PERIOD_90_DAYS;
}

/**
 * emb_recognition_insights_set_period:
 *
 * Chooses the period, as the period drop-down does.
 */
void
emb_recognition_insights_set_period (EmbRecognitionInsights *self,
                                     EmbInsightsPeriod       period)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self));
  g_return_if_fail (period <= EMB_INSIGHTS_PERIOD_ALL_TIME);

  gtk_drop_down_set_selected (self->period_drop_down, period);
}

/**
 * emb_recognition_insights_set_today:
 * @today: (nullable): a day as YYYY-MM-DD, or %NULL for the local today
 *
 * Counts the periods back from @today instead of the real today: for tests
 * and for screenshots of demo data.
 */
void
emb_recognition_insights_set_today (EmbRecognitionInsights *self,
                                    const char             *today)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  refresh (self);
}

/**
 * emb_recognition_insights_get_cell_count:
 * @value_id: a value
 * @department_id: a department, or 0 for nominations of no department
 *
 * Returns: the count the heatmap shows for @value_id in @department_id
 */
guint
emb_recognition_insights_get_cell_count (EmbRecognitionInsights *self,
                                         gint64                  value_id,
                                         gint64                  department_id)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self), 0);

  return emb_recognition_heatmap_get_count (self->heatmap, value_id, department_id);
}

/**
 * emb_recognition_insights_get_heatmap:
 *
 * Returns: (transfer none): the heatmap
 */
EmbRecognitionHeatmap *
emb_recognition_insights_get_heatmap (EmbRecognitionInsights *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self), NULL);

  return self->heatmap;
}

/**
 * emb_recognition_insights_get_evidence:
 * @out: (out caller-allocates): the counts shown
 */
void
emb_recognition_insights_get_evidence (EmbRecognitionInsights *self,
                                       EmbNominationEvidence  *out)
{
  g_return_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self));
  g_return_if_fail (out != NULL);

  *out = self->evidence;
}

/**
 * emb_recognition_insights_get_evidence_text:
 * @which: "touchpoint", "feedback" or "both"
 *
 * Returns: (nullable): the share as shown, such as "40 %"
 */
const char *
emb_recognition_insights_get_evidence_text (EmbRecognitionInsights *self,
                                            const char             *which)
{
  static const char * const keys[N_EVIDENCE] = { "touchpoint", "feedback", "both" };

  g_return_val_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self), NULL);

  for (guint i = 0; i < N_EVIDENCE; i++)
    if (g_strcmp0 (which, keys[i]) == 0)
      return gtk_label_get_text (self->evidence_values[i]);
  return NULL;
}

/**
 * emb_recognition_insights_get_not_recognised:
 * @teams: %TRUE for the departments, %FALSE for the people
 *
 * Returns: (transfer none) (nullable): every employee (#EmbEmployee) or
 *   department (#EmbDepartment) listed as not recognised
 */
GListModel *
emb_recognition_insights_get_not_recognised (EmbRecognitionInsights *self,
                                             gboolean                teams)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_INSIGHTS (self), NULL);

  return teams ? self->teams : self->people;
}

/* Construction */

static void
emb_recognition_insights_dispose (GObject *object)
{
  EmbRecognitionInsights *self = (EmbRecognitionInsights *)object;

  g_clear_object (&self->refresher);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_RECOGNITION_INSIGHTS);
  g_clear_object (&self->people);
  g_clear_object (&self->teams);

  G_OBJECT_CLASS (emb_recognition_insights_parent_class)->dispose (object);
}

static void
emb_recognition_insights_finalize (GObject *object)
{
  EmbRecognitionInsights *self = (EmbRecognitionInsights *)object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (emb_recognition_insights_parent_class)->finalize (object);
}

static void
emb_recognition_insights_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  EmbRecognitionInsights *self = (EmbRecognitionInsights *)object;

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, emb_refresher_get_database (self->refresher));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_recognition_insights_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  EmbRecognitionInsights *self = (EmbRecognitionInsights *)object;

  switch (prop_id)
    {
    case PROP_DATABASE:
      /* Read when first shown, and again when what it counts or names
       * changes while it is shown. */
      emb_refresher_set_database (self->refresher, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_recognition_insights_class_init (EmbRecognitionInsightsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_recognition_insights_dispose;
  object_class->finalize = emb_recognition_insights_finalize;
  object_class->get_property = emb_recognition_insights_get_property;
  object_class->set_property = emb_recognition_insights_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EMB_TYPE_RECOGNITION_HEATMAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-recognition-insights.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, period_drop_down);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, period_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, empty_title);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, empty_description);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, all_time_button);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, heatmap);
  gtk_widget_class_bind_template_child_full (widget_class, "touchpoint_card", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_cards[EVIDENCE_TOUCHPOINT]));
  gtk_widget_class_bind_template_child_full (widget_class, "feedback_card", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_cards[EVIDENCE_FEEDBACK]));
  gtk_widget_class_bind_template_child_full (widget_class, "both_card", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_cards[EVIDENCE_BOTH]));
  gtk_widget_class_bind_template_child_full (widget_class, "touchpoint_value", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_values[EVIDENCE_TOUCHPOINT]));
  gtk_widget_class_bind_template_child_full (widget_class, "feedback_value", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_values[EVIDENCE_FEEDBACK]));
  gtk_widget_class_bind_template_child_full (widget_class, "both_value", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_values[EVIDENCE_BOTH]));
  gtk_widget_class_bind_template_child_full (widget_class, "touchpoint_detail", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_details[EVIDENCE_TOUCHPOINT]));
  gtk_widget_class_bind_template_child_full (widget_class, "feedback_detail", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_details[EVIDENCE_FEEDBACK]));
  gtk_widget_class_bind_template_child_full (widget_class, "both_detail", FALSE,
                                             G_STRUCT_OFFSET (EmbRecognitionInsights, evidence_details[EVIDENCE_BOTH]));
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, people_group);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, people_list);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, teams_group);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionInsights, teams_list);
  gtk_widget_class_bind_template_callback (widget_class, on_all_time_clicked);
}

static void
emb_recognition_insights_init (EmbRecognitionInsights *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->refresher = emb_refresher_new (GTK_WIDGET (self), refresh_cb);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_NOMINATION);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_EMPLOYEE);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_DEPARTMENT);
  emb_refresher_watch (self->refresher, EMB_RECORD_KIND_VALUE);

  emb_a11y_label_drop_down (self->period_drop_down, _("Period"));
  gtk_drop_down_set_selected (self->period_drop_down, EMB_INSIGHTS_PERIOD_90_DAYS);
  g_signal_connect_swapped (self->period_drop_down, "notify::selected",
                            G_CALLBACK (on_period_changed), self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_swapped (self->settings, "changed::not-recognised-days",
                            G_CALLBACK (on_days_changed), self);
}
