/* emb-recognition-page.c: the recognition area of the manager window
 *
 * Three views: the inbox of submitted nominations, where a manager approves
 * or declines one or a selection by keyboard; every nomination in a lazy
 * list with filters, which stays smooth at a million rows because it only
 * reads what it shows (the filters are SQL, the list pages by keyset); and
 * the insights.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "emb-a11y.h"
#include "emb-error.h"
#include "emb-journey-store.h"
#include "emb-nomination-dialog.h"
#include "emb-people-store.h"
#include "emb-programme-store.h"
#include "emb-recognition-insights.h"
#include "emb-recognition-page.h"
#include "emb-recognition-store.h"
#include "emb-records.h"
#include "emb-window.h"

/* A decision reads each selected nomination; a larger selection is refused
 * rather than read row by row from a huge list. */
#define MAX_SELECTED 5000

typedef enum
{
  PERIOD_ANY,
  PERIOD_30_DAYS,
  PERIOD_90_DAYS,
  PERIOD_YEAR,
  PERIOD_CUSTOM,
} Period;

struct _EmbRecognitionPage
{
  AdwBin               parent_instance;

  EmbDatabase         *database;

  GListModel          *inbox_model;
  GtkMultiSelection   *inbox_selection;
  GListModel          *model;
  GtkMultiSelection   *selection;
  guint                refresh_idle;
  guint                dates_timeout;
  gboolean             updating_filters;
  /* What the next refresh_idle_cb does. */
  gboolean             names_changed;
  gboolean             filters_changed;

  /* The preferences, for the decider's employee number; NULL when the
   * compiled schema lacks the key. */
  GSettings           *settings;

  /* Names for the rows: id → EmbDepartment / EmbValue / EmbTouchpoint, and
   * employee names read as rows are shown. */
  GHashTable          *department_by_id;
  GHashTable          *value_by_id;
  GHashTable          *touchpoint_by_id;
  GHashTable          *employee_names;

  /* What each filter drop-down position stands for (0: everything). */
  GArray              *department_ids;
  GArray              *value_ids;
  GArray              *touchpoint_ids;

  /* Nominations deleted but not yet for real, while their Undo toast
   * shows: a set of gint64 ids. */
  GHashTable          *pending_ids;
  AdwToast            *undo_toast;

  GtkWindow           *dialog;

  AdwViewStack        *view_stack;
  AdwViewStackPage    *inbox_page;
  GtkStack            *inbox_stack;
  GtkListView         *inbox_view;
  GtkRevealer         *inbox_bar;
  GtkLabel            *inbox_selection_label;
  GtkEntry            *note_entry;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *value_dropdown;
  GtkDropDown         *department_dropdown;
  GtkDropDown         *touchpoint_dropdown;
  GtkDropDown         *period_dropdown;
  GtkWidget           *dates_box;
  GtkEntry            *from_entry;
  GtkEntry            *to_entry;
  GtkLabel            *dates_error;
  GtkStack            *all_stack;
  GtkListView         *list_view;
  GtkActionBar        *all_bar;
  GtkLabel            *all_selection_label;
  AdwBin              *insights_bin;
};

G_DEFINE_FINAL_TYPE (EmbRecognitionPage, emb_recognition_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_list (EmbRecognitionPage *self);
static void update_actions (EmbRecognitionPage *self);

/* A failure reads its message; some store functions fail without one. */
static const char *
error_message (const GError *error)
{
  return error != NULL ? error->message : _("Something went wrong.");
}

/* Toasts ----------------------------------------------------------------- */

static void
add_toast (EmbRecognitionPage *self,
           AdwToast           *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_WINDOW);

  /* adw_toast_overlay_add_toast () takes the reference adw_toast_new ()
   * returned (AdwToast is not a floating object). */
  if (window != NULL)
    emb_window_add_toast (EMB_WINDOW (window), toast);
  else
    g_object_unref (toast);
}

static void
show_error (EmbRecognitionPage *self,
            const GError       *error)
{
  add_toast (self, adw_toast_new (error_message (error)));
}

/* Caches of the small tables --------------------------------------------- */

static void
index_records (GListModel *model,
               GHashTable *table)
{
  g_hash_table_remove_all (table);
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (model, i);
      gint64 *key = g_new (gint64, 1);

      *key = emb_record_get_id (record);
      g_hash_table_insert (table, key, g_object_ref (record));
    }
}

static gpointer
lookup (GHashTable *table,
        gint64      id)
{
  return id > 0 ? g_hash_table_lookup (table, &id) : NULL;
}

static const char *
employee_name (EmbRecognitionPage *self,
               gint64              id)
{
  const char *name;

  if (id <= 0)
    return NULL;
  name = g_hash_table_lookup (self->employee_names, &id);
  if (name == NULL)
    {
      g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (self->database, id, NULL);
      gint64 *key = g_new (gint64, 1);

      *key = id;
      name = employee != NULL ? emb_employee_get_name (employee) : "";
      name = g_strdup (name);
      g_hash_table_insert (self->employee_names, key, (char *)name);
    }
  return name;
}

static guint
position_of_id (GArray *ids,
                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

typedef const char *(*NameFunc) (gpointer record);

static void
fill_filter (GtkDropDown *dropdown,
             GArray      *ids,
             GListModel  *records,
             const char  *everything,
             NameFunc     name)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 current = selected_id (dropdown, ids);
  gint64 none = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (strings, everything);
  g_array_append_val (ids, none);
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(EmbRecord) record = g_list_model_get_item (records, i);
      gint64 id = emb_record_get_id (record);

      gtk_string_list_append (strings, name (record));
      g_array_append_val (ids, id);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, position_of_id (ids, current));
}

static void
refresh_caches (EmbRecognitionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GListModel) touchpoints = NULL;

  departments = emb_people_store_list_departments (self->database, &error);
  if (departments == NULL)
    {
      g_warning ("Cannot list the departments: %s", error_message (error));
      g_clear_error (&error);
    }
  values = emb_programme_store_list_values (self->database, &error);
  if (values == NULL)
    {
      g_warning ("Cannot list the values: %s", error_message (error));
      g_clear_error (&error);
    }
  touchpoints = emb_journey_store_list_touchpoints (self->database, &error);
  if (touchpoints == NULL)
    {
      g_warning ("Cannot list the touchpoints: %s", error_message (error));
      g_clear_error (&error);
    }

  index_records (departments, self->department_by_id);
  index_records (values, self->value_by_id);
  index_records (touchpoints, self->touchpoint_by_id);
  g_hash_table_remove_all (self->employee_names);

  self->updating_filters = TRUE;
  fill_filter (self->value_dropdown, self->value_ids, values, _("All values"),
               (NameFunc)emb_value_get_name);
  fill_filter (self->department_dropdown, self->department_ids, departments,
               _("All departments"), (NameFunc)emb_department_get_name);
  fill_filter (self->touchpoint_dropdown, self->touchpoint_ids, touchpoints,
               _("All touchpoints"), (NameFunc)emb_touchpoint_get_name);
  self->updating_filters = FALSE;
}

/* Rows ------------------------------------------------------------------- */

static gboolean
is_pending (EmbRecognitionPage *self,
            gint64              id)
{
  return self->pending_ids != NULL && g_hash_table_contains (self->pending_ids, &id);
}

static const char *
status_text (EmbNominationStatus status)
{
  switch (status)
    {
    case EMB_NOMINATION_STATUS_SUBMITTED:
      return C_("nomination status", "Submitted");
    case EMB_NOMINATION_STATUS_APPROVED:
      return C_("nomination status", "Approved");
    case EMB_NOMINATION_STATUS_DECLINED:
      return C_("nomination status", "Declined");
    case EMB_NOMINATION_STATUS_CELEBRATED:
      return C_("nomination status", "Celebrated");
    default:
      return "";
    }
}

static const char *
status_class (EmbNominationStatus status)
{
  switch (status)
    {
    case EMB_NOMINATION_STATUS_APPROVED:
      return "success";
    case EMB_NOMINATION_STATUS_DECLINED:
      return "error";
    case EMB_NOMINATION_STATUS_CELEBRATED:
      return "accent";
    case EMB_NOMINATION_STATUS_SUBMITTED:
    default:
      return "warning";
    }
}

/* The submission day, in local time. */
static char *
format_day (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  dt = g_date_time_new_from_iso8601 (timestamp, utc);
  if (dt == NULL)
    return g_strndup (timestamp, 10);
  local = g_date_time_to_local (dt);
  return g_date_time_format (local, "%x");
}

enum {
  ROW_NOMINEE,
  ROW_STATUS,
  ROW_PRIVATE,
  ROW_DATE,
  ROW_WHAT,
  ROW_STORY,
  ROW_BY,
  N_ROW_LABELS
};

static GtkWidget *
row_label (GtkWidget   *box,
           const char  *css_class,
           gboolean     expand)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, expand);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           EmbRecognitionPage       *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget **labels = g_new0 (GtkWidget *, N_ROW_LABELS);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);

  gtk_box_append (GTK_BOX (row), top);
  labels[ROW_NOMINEE] = row_label (top, "heading", TRUE);
  labels[ROW_PRIVATE] = row_label (top, "caption-heading", FALSE);
  gtk_label_set_text (GTK_LABEL (labels[ROW_PRIVATE]), _("Private"));
  gtk_widget_add_css_class (labels[ROW_PRIVATE], "dim-label");
  labels[ROW_STATUS] = row_label (top, "caption-heading", FALSE);
  labels[ROW_DATE] = row_label (top, "caption", FALSE);
  gtk_widget_add_css_class (labels[ROW_DATE], "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (labels[ROW_DATE]), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_ellipsize (GTK_LABEL (labels[ROW_STATUS]), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_ellipsize (GTK_LABEL (labels[ROW_PRIVATE]), PANGO_ELLIPSIZE_NONE);

  labels[ROW_WHAT] = row_label (row, "caption-heading", FALSE);
  gtk_widget_add_css_class (labels[ROW_WHAT], "accent");

  labels[ROW_STORY] = row_label (row, NULL, FALSE);
  gtk_label_set_wrap (GTK_LABEL (labels[ROW_STORY]), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (labels[ROW_STORY]), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (labels[ROW_STORY]), 2);
  gtk_label_set_width_chars (GTK_LABEL (labels[ROW_STORY]), 10);

  labels[ROW_BY] = row_label (row, "caption", FALSE);
  gtk_widget_add_css_class (labels[ROW_BY], "dim-label");

  g_object_set_data_full (G_OBJECT (row), "labels", labels, g_free);
  gtk_list_item_set_child (item, row);
}

/* A row whose nomination waits for its deletion takes no room. */
static void
show_row (GtkWidget *row,
          gboolean   visible)
{
  GtkWidget *parent = gtk_widget_get_parent (row);

  gtk_widget_set_visible (row, visible);
  if (parent == NULL)
    return;
  if (visible)
    gtk_widget_remove_css_class (parent, "recognition-hidden");
  else
    gtk_widget_add_css_class (parent, "recognition-hidden");
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          EmbRecognitionPage       *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget **labels = g_object_get_data (G_OBJECT (row), "labels");
  EmbNomination *nomination = gtk_list_item_get_item (item);
  EmbNominationStatus status = emb_nomination_get_status (nomination);
  EmbDepartment *department;
  EmbValue *value = lookup (self->value_by_id, emb_nomination_get_value_id (nomination));
  EmbTouchpoint *touchpoint = lookup (self->touchpoint_by_id,
                                      emb_nomination_get_touchpoint_id (nomination));
  const char *note = emb_nomination_get_decision_note (nomination);
  const char *nominator = employee_name (self, emb_nomination_get_nominator_id (nomination));
  g_autofree char *nominee = NULL;
  g_autofree char *what = NULL;
  g_autofree char *by = NULL;
  g_autofree char *day = format_day (emb_nomination_get_submitted_at (nomination));
  gint64 id = emb_record_get_id (EMB_RECORD (nomination));

  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);
  /* For rebind_rows (); the list item owns the row, so it outlives it. */
  g_object_set_data (G_OBJECT (row), "list-item", item);

  if (emb_nomination_get_nominee_employee_id (nomination) > 0)
    nominee = g_strdup (employee_name (self, emb_nomination_get_nominee_employee_id (nomination)));
  else
    {
      department = lookup (self->department_by_id, emb_nomination_get_nominee_department_id (nomination));
      /* Translators: a nominated department, e.g. "Team Branch Services" */
      nominee = g_strdup_printf (_("Team %s"), department != NULL ? emb_department_get_name (department) : "");
    }
  gtk_label_set_text (GTK_LABEL (labels[ROW_NOMINEE]), nominee);

  for (int s = EMB_NOMINATION_STATUS_SUBMITTED; s <= EMB_NOMINATION_STATUS_CELEBRATED; s++)
    gtk_widget_remove_css_class (labels[ROW_STATUS], status_class (s));
  gtk_widget_add_css_class (labels[ROW_STATUS], status_class (status));
  gtk_label_set_text (GTK_LABEL (labels[ROW_STATUS]), status_text (status));
  gtk_widget_set_visible (labels[ROW_PRIVATE], !emb_nomination_get_is_public (nomination));
  gtk_label_set_text (GTK_LABEL (labels[ROW_DATE]), day);

  if (touchpoint != NULL)
    /* Translators: a value and the touchpoint where it was shown */
    what = g_strdup_printf (_("%s · at %s"), value != NULL ? emb_value_get_name (value) : "",
                            emb_touchpoint_get_name (touchpoint));
  else
    what = g_strdup (value != NULL ? emb_value_get_name (value) : "");
  if (emb_nomination_get_feedback_id (nomination) > 0)
    {
      /* Translators: added after the value when a customer's feedback is the evidence */
      char *with = g_strdup_printf (_("%s · customer feedback"), what);

      g_free (what);
      what = with;
    }
  gtk_label_set_text (GTK_LABEL (labels[ROW_WHAT]), what);

  gtk_label_set_text (GTK_LABEL (labels[ROW_STORY]), emb_nomination_get_story (nomination));

  if (nominator != NULL && *nominator != '\0')
    by = g_strdup_printf (_("Nominated by %s"), nominator);
  else
    by = g_strdup (_("Anonymous"));
  if (note != NULL && *note != '\0')
    {
      /* Translators: who nominated, then the manager's note on the decision */
      char *with = g_strdup_printf (_("%s · Note: %s"), by, note);

      g_free (by);
      by = with;
    }
  gtk_label_set_text (GTK_LABEL (labels[ROW_BY]), by);

  show_row (row, !is_pending (self, id));
}

static void
update_hidden_rows (EmbRecognitionPage *self,
                    GtkListView        *view)
{
  /* Only the rows the view has made: a few dozen, whatever the list's size. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "id") : NULL;

      if (id != NULL)
        show_row (row, !is_pending (self, *id));
    }
}

/* Shows again what the made rows show, after names changed: a few dozen
 * rows, whatever the list's size, and the models stay as they are. */
static void
rebind_rows (EmbRecognitionPage *self,
             GtkListView        *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *item = row != NULL ? g_object_get_data (G_OBJECT (row), "list-item") : NULL;

      if (item != NULL && gtk_list_item_get_child (item) == row &&
          EMB_IS_NOMINATION (gtk_list_item_get_item (item)))
        bind_row (NULL, item, self);
    }
}

static GtkListItemFactory *
row_factory_new (EmbRecognitionPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  return factory;
}

/* Models and filters ----------------------------------------------------- */

static gint64
count_all (EmbRecognitionPage *self)
{
  gint64 n = 0;

  for (int s = EMB_NOMINATION_STATUS_SUBMITTED; s <= EMB_NOMINATION_STATUS_CELEBRATED; s++)
    n += emb_recognition_store_count_by_status (self->database, s);
  return n;
}

static void
update_views (EmbRecognitionPage *self)
{
  guint n_inbox = self->inbox_model != NULL ? g_list_model_get_n_items (self->inbox_model) : 0;
  guint n_list = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  gboolean any = n_inbox > 0 || n_list > 0 || count_all (self) > 0;

  adw_view_stack_page_set_badge_number (self->inbox_page, n_inbox);
  adw_view_stack_page_set_needs_attention (self->inbox_page, n_inbox > 0);
  gtk_stack_set_visible_child_name (self->inbox_stack,
                                    n_inbox > 0 ? "list" : any ? "caught-up" : "empty");
  gtk_stack_set_visible_child_name (self->all_stack,
                                    n_list > 0 ? "list" : any ? "no-results" : "empty");
  update_actions (self);
}

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
read_period (EmbRecognitionPage  *self,
             char               **from,
             char               **to)
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

static void
on_model_changed (EmbRecognitionPage *self)
{
  update_views (self);
}

static void
set_model (EmbRecognitionPage  *self,
           GListModel         **slot,
           GtkMultiSelection   *selection,
           GListModel          *model)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_multi_selection_set_model (selection, model);
}

/* The inbox: every submitted nomination. Its query model follows the
 * nominations' changes by itself, so it is made once. */
static void
load_inbox (EmbRecognitionPage *self)
{
  EmbNominationFilter inbox = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) inbox_model = NULL;

  inbox.status = EMB_NOMINATION_STATUS_SUBMITTED;
  inbox_model = emb_recognition_store_query (self->database, &inbox);
  set_model (self, &self->inbox_model, self->inbox_selection, inbox_model);
}

/* The list of all nominations, as the filters choose. */
static void
reload_list (EmbRecognitionPage *self)
{
  EmbNominationFilter filter = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint status;

  if (self->database == NULL)
    return;

  status = gtk_drop_down_get_selected (self->status_dropdown);
  read_period (self, &from, &to);
  filter.status = status > 0 && status != GTK_INVALID_LIST_POSITION ? (int)status - 1 : -1;
  filter.value_id = selected_id (self->value_dropdown, self->value_ids);
  filter.department_id = selected_id (self->department_dropdown, self->department_ids);
  filter.touchpoint_id = selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
  filter.from = from;
  filter.to = to;
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  model = emb_recognition_store_query (self->database, &filter);
  set_model (self, &self->model, self->selection, model);
  update_views (self);
}

static void
on_filter_changed (EmbRecognitionPage *self)
{
  if (self->updating_filters || self->database == NULL)
    return;
  reload_list (self);
}

static gboolean
dates_timeout_cb (gpointer user_data)
{
  EmbRecognitionPage *self = user_data;

  self->dates_timeout = 0;
  on_filter_changed (self);
  return G_SOURCE_REMOVE;
}

/* Typing a day reloads the list once the typing pauses (or on Enter), not
 * on every keystroke. */
static void
on_dates_changed (EmbRecognitionPage *self)
{
  if (self->updating_filters || self->database == NULL)
    return;
  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  self->dates_timeout = g_timeout_add (400, dates_timeout_cb, self);
}

static void
on_dates_activate (EmbRecognitionPage *self)
{
  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  on_filter_changed (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbRecognitionPage *self = user_data;
  gint64 value_id, department_id, touchpoint_id;

  self->refresh_idle = 0;
  if (self->database == NULL)
    return G_SOURCE_REMOVE;

  if (self->filters_changed)
    {
      value_id = selected_id (self->value_dropdown, self->value_ids);
      department_id = selected_id (self->department_dropdown, self->department_ids);
      touchpoint_id = selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
      refresh_caches (self);
      /* The list is queried again only when a filter chose an item that is
       * gone (its drop-down fell back to everything). */
      if (value_id != selected_id (self->value_dropdown, self->value_ids) ||
          department_id != selected_id (self->department_dropdown, self->department_ids) ||
          touchpoint_id != selected_id (self->touchpoint_dropdown, self->touchpoint_ids))
        reload_list (self);
    }
  else if (self->names_changed)
    g_hash_table_remove_all (self->employee_names);

  /* Names shown in the rows come from the caches: rebind the rows made. */
  self->filters_changed = self->names_changed = FALSE;
  rebind_rows (self, self->inbox_view);
  rebind_rows (self, self->list_view);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (EmbRecognitionPage *self,
                     int                 kind,
                     int                 change,
                     gint64              id)
{
  /* Nominations follow by themselves (their query models watch them);
   * renamed values, departments, touchpoints or people change what rows
   * show. */
  if (kind == EMB_RECORD_KIND_DEPARTMENT || kind == EMB_RECORD_KIND_VALUE ||
      kind == EMB_RECORD_KIND_TOUCHPOINT || kind == EMB_RECORD_KIND_ANY)
    self->filters_changed = TRUE;
  else if (kind == EMB_RECORD_KIND_EMPLOYEE)
    self->names_changed = TRUE;
  else
    return;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

/* Selections ------------------------------------------------------------- */

static gboolean
showing_inbox (EmbRecognitionPage *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "inbox") == 0;
}

static GtkSelectionModel *
current_selection (EmbRecognitionPage *self)
{
  return GTK_SELECTION_MODEL (showing_inbox (self) ? self->inbox_selection : self->selection);
}

static guint64
count_selected (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);

  return gtk_bitset_get_size (selected);
}

/* The selected nominations, or %NULL when more are selected than a
 * decision reads. Only for acting on them, never on a selection change. */
static GPtrArray *
selected_nominations (EmbRecognitionPage *self,
                      GtkSelectionModel  *selection)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  GPtrArray *nominations;
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_get_size (selected) > MAX_SELECTED)
    return NULL;

  nominations = g_ptr_array_new_with_free_func (g_object_unref);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      EmbNomination *nomination = g_list_model_get_item (G_LIST_MODEL (selection), position);

      if (nomination == NULL)
        continue;
      if (is_pending (self, emb_record_get_id (EMB_RECORD (nomination))))
        g_object_unref (nomination);
      else
        g_ptr_array_add (nominations, nomination);
    }
  return nominations;
}

/* The status of the first selected nomination, or -1. */
static int
first_selected_status (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  g_autoptr(EmbNomination) nomination = NULL;

  if (gtk_bitset_is_empty (selected))
    return -1;
  nomination = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_minimum (selected));
  return nomination != NULL ? (int)emb_nomination_get_status (nomination) : -1;
}

static gboolean
all_have_status (GPtrArray           *nominations,
                 EmbNominationStatus  a,
                 EmbNominationStatus  b)
{
  if (nominations == NULL || nominations->len == 0)
    return FALSE;
  for (guint i = 0; i < nominations->len; i++)
    {
      EmbNominationStatus status = emb_nomination_get_status (g_ptr_array_index (nominations, i));

      if (status != a && status != b)
        return FALSE;
    }
  return TRUE;
}

static GArray *
nomination_ids (GPtrArray *nominations)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; nominations != NULL && i < nominations->len; i++)
    {
      gint64 id = emb_record_get_id (g_ptr_array_index (nominations, i));

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
set_selection_label (GtkLabel *label,
                     guint64   n)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u selected", "%u selected",
                                                        (gulong)n),
                                           (guint)n);

  gtk_label_set_text (label, text);
}

static void
update_actions (EmbRecognitionPage *self)
{
  GtkSelectionModel *selection = current_selection (self);
  guint64 n_inbox = count_selected (GTK_SELECTION_MODEL (self->inbox_selection));
  guint64 n_list = count_selected (GTK_SELECTION_MODEL (self->selection));
  guint64 n = showing_inbox (self) ? n_inbox : n_list;
  gboolean insights = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                                 "insights") == 0;
  gboolean can_decide, can_celebrate, can_delete;

  /* Enabled from the size of the selection alone: a selection of many rows
   * is not read here (the store checks each status when acted on, all or
   * nothing, and its refusal is shown). One selected row is read, to offer
   * only what its status allows. */
  if (insights || n == 0)
    can_decide = can_celebrate = can_delete = FALSE;
  else if (n == 1)
    {
      int status = first_selected_status (selection);

      can_decide = status == EMB_NOMINATION_STATUS_SUBMITTED;
      can_celebrate = status == EMB_NOMINATION_STATUS_APPROVED;
      can_delete = status == EMB_NOMINATION_STATUS_SUBMITTED ||
                   status == EMB_NOMINATION_STATUS_DECLINED;
    }
  else
    can_decide = can_celebrate = can_delete = TRUE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.approve", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.decline", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.celebrate", can_celebrate);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", can_delete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next",
                                 !insights && g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous",
                                 !insights && g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0);

  gtk_revealer_set_reveal_child (self->inbox_bar, n_inbox > 0);
  gtk_action_bar_set_revealed (self->all_bar, n_list > 0);
  set_selection_label (self->inbox_selection_label, n_inbox);
  set_selection_label (self->all_selection_label, n_list);
}

/* Decisions -------------------------------------------------------------- */

/* Who decides: the employee whose number is set in the preferences
 * ("decider-employee-number"); 0, recorded as no decider, when none is set
 * or no employee has that number. */
static gint64
decider_id (EmbRecognitionPage *self)
{
  g_autofree char *number = NULL;
  g_autoptr(EmbEmployee) employee = NULL;

  if (self->settings == NULL)
    return 0;
  number = g_strstrip (g_settings_get_string (self->settings, "decider-employee-number"));
  if (*number == '\0')
    return 0;
  employee = emb_people_store_find_employee (self->database, number, NULL);
  return employee != NULL ? emb_record_get_id (EMB_RECORD (employee)) : 0;
}

static GPtrArray *
nominations_to_act_on (EmbRecognitionPage *self)
{
  GPtrArray *nominations = selected_nominations (self, current_selection (self));

  if (nominations == NULL)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "Select at most %u nomination at once.",
                                                               "Select at most %u nominations at once.",
                                                               MAX_SELECTED),
                                                  MAX_SELECTED);

      add_toast (self, adw_toast_new (message));
    }
  return nominations;
}

static void
decide (EmbRecognitionPage *self,
        gboolean            approve)
{
  g_autoptr(GPtrArray) nominations = nominations_to_act_on (self);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;

  if (nominations == NULL || nominations->len == 0)
    return;

  ids = nomination_ids (nominations);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  gtk_widget_remove_css_class (GTK_WIDGET (self->note_entry), "error");

  if (!emb_recognition_store_decide_many (self->database, (const gint64 *)ids->data, ids->len,
                                          approve, decider_id (self), note, &error))
    {
      if (error->domain == EMB_VALIDATION_ERROR &&
          g_strcmp0 (emb_validation_error_get_field (error), "decision-note") == 0)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->note_entry), "error");
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_entry), error->message);
          gtk_revealer_set_reveal_child (self->inbox_bar, TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
        }
      show_error (self, error);
      return;
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_entry),
                               _("A note for the nominee and the nominator; required when declining"));
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  gtk_selection_model_unselect_all (current_selection (self));
  if (approve)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u nomination approved",
                                          "%u nominations approved", ids->len),
                             ids->len);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u nomination declined",
                                          "%u nominations declined", ids->len),
                             ids->len);
  add_toast (self, adw_toast_new (title));
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  decide (EMB_RECOGNITION_PAGE (widget), TRUE);
}

static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  decide (EMB_RECOGNITION_PAGE (widget), FALSE);
}

static void
celebrate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  g_autoptr(GPtrArray) nominations = nominations_to_act_on (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GArray) ids = NULL;

  if (nominations == NULL || nominations->len == 0)
    return;

  ids = nomination_ids (nominations);
  if (!emb_recognition_store_celebrate_many (self->database, (const gint64 *)ids->data, ids->len,
                                             decider_id (self), NULL, &error))
    show_error (self, error);
  else
    {
      gtk_selection_model_unselect_all (current_selection (self));
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u nomination celebrated",
                                            "%u nominations celebrated", ids->len),
                               ids->len);
      add_toast (self, adw_toast_new (title));
    }
}

/* Deleting with Undo ----------------------------------------------------- */

static void
update_all_hidden_rows (EmbRecognitionPage *self)
{
  update_hidden_rows (self, self->inbox_view);
  update_hidden_rows (self, self->list_view);
}

/* Deletes for real what waits for its deletion. */
static void
commit_pending (EmbRecognitionPage *self)
{
  g_autoptr(GHashTable) pending = g_steal_pointer (&self->pending_ids);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gint64 *id;

  if (pending == NULL)
    return;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (pending));
  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, (gpointer *)&id, NULL))
    g_array_append_val (ids, *id);

  /* One may have been decided or deleted meanwhile: then none is deleted,
   * and the person is told why. */
  if (!emb_recognition_store_delete_many (self->database, (const gint64 *)ids->data, ids->len, &error))
    {
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        show_error (self, error);
      else
        g_debug ("Cannot delete the nominations: %s", error_message (error));
    }
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    update_all_hidden_rows (self);
}

static void
on_undo_dismissed (AdwToast           *toast,
                   EmbRecognitionPage *self)
{
  if (toast != self->undo_toast)
    return;
  g_clear_weak_pointer (&self->undo_toast);
  commit_pending (self);
}

static void
on_undo_clicked (AdwToast           *toast,
                 EmbRecognitionPage *self)
{
  if (toast != self->undo_toast)
    return;
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_pointer (&self->pending_ids, g_hash_table_unref);
  update_all_hidden_rows (self);
  update_actions (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  g_autoptr(GPtrArray) nominations = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n_pending;

  /* Deletions whose toast is gone happen now; while the toast shows, a
   * further deletion joins it, and its Undo brings them all back. */
  if (self->undo_toast == NULL)
    commit_pending (self);

  nominations = nominations_to_act_on (self);
  if (nominations == NULL || nominations->len == 0)
    return;
  if (!all_have_status (nominations, EMB_NOMINATION_STATUS_SUBMITTED,
                        EMB_NOMINATION_STATUS_DECLINED))
    {
      add_toast (self, adw_toast_new (_("Only submitted or declined nominations can be deleted; "
                                        "approved ones stay in the record.")));
      return;
    }

  ids = nomination_ids (nominations);
  if (self->pending_ids == NULL)
    self->pending_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (self->pending_ids, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
  n_pending = g_hash_table_size (self->pending_ids);
  gtk_selection_model_unselect_all (current_selection (self));
  update_all_hidden_rows (self);

  if (n_pending == 1)
    {
      EmbNomination *nomination = g_ptr_array_index (nominations, 0);
      const char *name = employee_name (self, emb_nomination_get_nominee_employee_id (nomination));

      if (name != NULL && *name != '\0')
        title = g_strdup_printf (_("Nomination of “%s” deleted"), name);
      else
        title = g_strdup (_("Nomination deleted"));
    }
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u nomination deleted",
                                          "%u nominations deleted", n_pending),
                             n_pending);

  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, title);
      update_actions (self);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_dismissed), self, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  add_toast (self, toast);
  update_actions (self);
}

/* Other actions ---------------------------------------------------------- */

static void
on_dialog_submitted (EmbRecognitionPage *self,
                     gint64              id)
{
  add_toast (self, adw_toast_new (_("Nomination submitted")));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  EmbNominationDialog *dialog = emb_nomination_dialog_new (self->database);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "submitted", G_CALLBACK (on_dialog_submitted), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "all");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Alt+Down / Alt+Up: the next or previous nomination becomes the one
 * selected and is scrolled into view. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbRecognitionPage *self = EMB_RECOGNITION_PAGE (widget);
  GtkSelectionModel *selection = current_selection (self);
  GtkListView *view = showing_inbox (self) ? self->inbox_view : self->list_view;
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  gboolean forward = g_str_equal (action_name, "page.next");
  guint position;

  if (n == 0)
    return;

  if (gtk_bitset_is_empty (selected))
    position = forward ? 0 : n - 1;
  else if (forward)
    position = MIN (gtk_bitset_get_maximum (selected) + 1, n - 1);
  else
    position = gtk_bitset_get_minimum (selected) > 0 ? gtk_bitset_get_minimum (selected) - 1 : 0;

  gtk_selection_model_select_item (selection, position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);
}

static void
on_visible_view_changed (EmbRecognitionPage *self)
{
  update_actions (self);
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_recognition_page_show_view:
 * @view: "inbox", "all" or "insights"
 */
void
emb_recognition_page_show_view (EmbRecognitionPage *self,
                                const char         *view)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

const char *
emb_recognition_page_get_view (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * emb_recognition_page_get_inbox_model:
 *
 * Returns: (transfer none): the submitted nominations of the inbox
 */
GListModel *
emb_recognition_page_get_inbox_model (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return self->inbox_model;
}

/**
 * emb_recognition_page_get_inbox_selection:
 *
 * Returns: (transfer none): the selection over the inbox
 */
GtkSelectionModel *
emb_recognition_page_get_inbox_selection (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->inbox_selection);
}

/**
 * emb_recognition_page_get_list_model:
 *
 * Returns: (transfer none): the nominations of the “All Nominations” view,
 *   as filtered
 */
GListModel *
emb_recognition_page_get_list_model (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return self->model;
}

/**
 * emb_recognition_page_get_list_selection:
 *
 * Returns: (transfer none): the selection over the “All Nominations” view
 */
GtkSelectionModel *
emb_recognition_page_get_list_selection (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * emb_recognition_page_set_filter:
 * @status: an #EmbNominationStatus, or -1 for all
 * @value_id: a value, or 0 for all
 * @department_id: a department, or 0 for all
 * @touchpoint_id: a touchpoint, or 0 for all
 *
 * Sets the filter drop-downs as a person would.
 */
void
emb_recognition_page_set_filter (EmbRecognitionPage *self,
                                 int                 status,
                                 gint64              value_id,
                                 gint64              department_id,
                                 gint64              touchpoint_id)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  /* Four drop-downs, one query. */
  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, status >= 0 ? (guint)status + 1 : 0);
  gtk_drop_down_set_selected (self->value_dropdown, position_of_id (self->value_ids, value_id));
  gtk_drop_down_set_selected (self->department_dropdown,
                              position_of_id (self->department_ids, department_id));
  gtk_drop_down_set_selected (self->touchpoint_dropdown,
                              position_of_id (self->touchpoint_ids, touchpoint_id));
  self->updating_filters = FALSE;
  reload_list (self);
}

/**
 * emb_recognition_page_set_period:
 * @from: (nullable): the first day, YYYY-MM-DD
 * @to: (nullable): the last day, YYYY-MM-DD
 *
 * Chooses a custom period and types its days, as a person would; both
 * %NULL choose “any time”.
 */
void
emb_recognition_page_set_period (EmbRecognitionPage *self,
                                 const char         *from,
                                 const char         *to)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

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
  reload_list (self);
}

void
emb_recognition_page_set_search (EmbRecognitionPage *self,
                                 const char         *text)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  reload_list (self);
}

/**
 * emb_recognition_page_set_note:
 *
 * Types the note that the next approval or declining records.
 */
void
emb_recognition_page_set_note (EmbRecognitionPage *self,
                               const char         *note)
{
  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note != NULL ? note : "");
}

/**
 * emb_recognition_page_get_dialog:
 *
 * Returns: (transfer none) (nullable): the nomination dialog, while it is open
 */
GtkWindow *
emb_recognition_page_get_dialog (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return self->dialog;
}

/**
 * emb_recognition_page_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast offering to undo the last
 *   deletion, while it exists
 */
AdwToast *
emb_recognition_page_get_undo_toast (EmbRecognitionPage *self)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), NULL);

  return self->undo_toast;
}

/**
 * emb_recognition_page_is_hidden:
 *
 * Returns: whether the nomination is hidden, waiting for its deletion
 */
gboolean
emb_recognition_page_is_hidden (EmbRecognitionPage *self,
                                gint64              nomination_id)
{
  g_return_val_if_fail (EMB_IS_RECOGNITION_PAGE (self), FALSE);

  return is_pending (self, nomination_id);
}

/**
 * emb_recognition_page_flush_pending:
 *
 * Deletes for real the nominations whose Undo toast still shows.
 */
void
emb_recognition_page_flush_pending (EmbRecognitionPage *self)
{
  AdwToast *toast;

  g_return_if_fail (EMB_IS_RECOGNITION_PAGE (self));

  commit_pending (self);
  toast = self->undo_toast;
  g_clear_weak_pointer (&self->undo_toast);
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

/* Object ----------------------------------------------------------------- */

static void
emb_recognition_page_constructed (GObject *object)
{
  EmbRecognitionPage *self = (EmbRecognitionPage *)object;

  G_OBJECT_CLASS (emb_recognition_page_parent_class)->constructed (object);

  adw_bin_set_child (self->insights_bin,
                     g_object_new (EMB_TYPE_RECOGNITION_INSIGHTS, "database", self->database, NULL));

  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  refresh_caches (self);

  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->value_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->department_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->touchpoint_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  load_inbox (self);
  reload_list (self);
}

static void
emb_recognition_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EmbRecognitionPage *self = (EmbRecognitionPage *)object;

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_recognition_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EmbRecognitionPage *self = (EmbRecognitionPage *)object;

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
emb_recognition_page_dispose (GObject *object)
{
  EmbRecognitionPage *self = (EmbRecognitionPage *)object;

  GtkWindow *dialog = self->dialog;

  /* Nothing stays half-done when the window closes. */
  if (self->database != NULL)
    {
      commit_pending (self);
      /* g_signal_connect_object () would disconnect only at finalize. */
      g_signal_handlers_disconnect_by_data (self->database, self);
    }
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->dates_timeout, g_source_remove);
  g_clear_weak_pointer (&self->dialog);
  /* An open nomination dialog goes with its page. */
  if (dialog != NULL)
    gtk_window_destroy (dialog);
  g_clear_object (&self->settings);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->inbox_model != NULL)
    g_signal_handlers_disconnect_by_data (self->inbox_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->inbox_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->inbox_selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_RECOGNITION_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->inbox_selection);
  g_clear_object (&self->model);
  g_clear_object (&self->inbox_model);
  g_clear_pointer (&self->department_by_id, g_hash_table_unref);
  g_clear_pointer (&self->value_by_id, g_hash_table_unref);
  g_clear_pointer (&self->touchpoint_by_id, g_hash_table_unref);
  g_clear_pointer (&self->employee_names, g_hash_table_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->value_ids, g_array_unref);
  g_clear_pointer (&self->touchpoint_ids, g_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_recognition_page_parent_class)->dispose (object);
}

static void
emb_recognition_page_class_init (EmbRecognitionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = emb_recognition_page_constructed;
  object_class->dispose = emb_recognition_page_dispose;
  object_class->get_property = emb_recognition_page_get_property;
  object_class->set_property = emb_recognition_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/recognition/emb-recognition-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox_page);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox_view);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, inbox_selection_label);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, note_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, value_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, dates_box);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, dates_error);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, all_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, all_bar);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, all_selection_label);
  gtk_widget_class_bind_template_child (widget_class, EmbRecognitionPage, insights_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_activate);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "page.decline", NULL, decline_action);
  gtk_widget_class_install_action (widget_class, "page.celebrate", NULL, celebrate_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);

  /* Quick decisions by keyboard: select with the arrows (Shift extends the
   * selection), then A approves, D declines, C marks celebrated. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, 0, "page.approve", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "page.decline", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, 0, "page.celebrate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "page.approve", NULL);
}

/* The drop-downs show their choice ellipsized, so that two fit side by side
 * on a phone; their lists show each choice in full. */
static GtkListItemFactory *
string_factory_new (gboolean ellipsize)
{
  g_autofree char *ui = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  ui = g_strdup_printf ("<interface><template class=\"GtkListItem\"><property name=\"child\">"
                        "<object class=\"GtkLabel\"><property name=\"xalign\">0</property>"
                        "<property name=\"ellipsize\">%s</property>"
                        "<binding name=\"label\"><lookup name=\"string\" type=\"GtkStringObject\">"
                        "<lookup name=\"item\">GtkListItem</lookup></lookup></binding>"
                        "</object></property></template></interface>",
                        ellipsize ? "end" : "none");
  length = strlen (ui);
  bytes = g_bytes_new_take (g_steal_pointer (&ui), length);
  return gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   ".recognition-list > row.recognition-hidden {"
                                   " min-height: 0; margin: 0; padding: 0; border: none; }",
                                   -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
emb_recognition_page_init (EmbRecognitionPage *self)
{
  const char *statuses[] = {
    N_("All statuses"), N_("Submitted"), N_("Approved"), N_("Declined"), N_("Celebrated"), NULL
  };
  const char *periods[] = {
    N_("Any time"), N_("Last 30 days"), N_("Last 90 days"), N_("Last 12 months"), N_("Custom period"), NULL
  };
  g_autoptr(GtkStringList) status_strings = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) period_strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;

  g_type_ensure (EMB_TYPE_NOMINATION);
  load_css ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; statuses[i] != NULL; i++)
    gtk_string_list_append (status_strings, _(statuses[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (status_strings));
  for (guint i = 0; periods[i] != NULL; i++)
    gtk_string_list_append (period_strings, _(periods[i]));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (period_strings));

  {
    GtkDropDown *dropdowns[] = {
      self->status_dropdown, self->value_dropdown, self->department_dropdown,
      self->touchpoint_dropdown, self->period_dropdown,
    };

    for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
      {
        g_autoptr(GtkListItemFactory) button = string_factory_new (TRUE);
        g_autoptr(GtkListItemFactory) list = string_factory_new (FALSE);

        gtk_drop_down_set_factory (dropdowns[i], button);
        gtk_drop_down_set_list_factory (dropdowns[i], list);
      }
  }
  emb_a11y_label_drop_down (self->status_dropdown, _("Filter by status"));
  emb_a11y_label_drop_down (self->value_dropdown, _("Filter by value"));
  emb_a11y_label_drop_down (self->department_dropdown, _("Filter by department"));
  emb_a11y_label_drop_down (self->touchpoint_dropdown, _("Filter by touchpoint"));
  emb_a11y_label_drop_down (self->period_dropdown, _("Filter by period"));

  self->department_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->value_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->touchpoint_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->employee_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = NULL;

    if (source != NULL)
      schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
    if (schema != NULL && g_settings_schema_has_key (schema, "decider-employee-number"))
      self->settings = g_settings_new (APPLICATION_ID);
  }

  factory = row_factory_new (self);
  gtk_list_view_set_factory (self->inbox_view, factory);
  g_object_unref (factory);
  factory = row_factory_new (self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->inbox_selection = gtk_multi_selection_new (NULL);
  g_signal_connect_object (self->inbox_selection, "selection-changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->inbox_view, GTK_SELECTION_MODEL (self->inbox_selection));
  self->selection = gtk_multi_selection_new (NULL);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_view_changed), self, G_CONNECT_SWAPPED);
}
