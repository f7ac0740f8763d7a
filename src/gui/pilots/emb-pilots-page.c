/* emb-pilots-page.c: the autonomy pilots area of the manager window
 *
 * The pilots in a sidebar; for the one chosen, its principle and guardrails,
 * its waves (department by department: planned, running, evaluated, rolled
 * out) with the steps between them, the before and after of the wave
 * chosen, and the decision log with its no-blame reviews.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilots-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-decision-dialog.h"
#include "emb-error.h"
#include "emb-people-store.h"
#include "emb-pilot-editor.h"
#include "emb-pilot-store.h"
#include "emb-pilots-page.h"
#include "emb-wave-comparison.h"

/* How long a new wave lasts unless told otherwise. */
#define DEFAULT_WAVE_DAYS 90

struct _EmbPilotsPage
{
  EmbPage               parent_instance;

  GListStore           *pilots;         /* the EmbPilots shown, without pending deletions */
  EmbPilot             *pilot;          /* the pilot shown, or NULL */
  GListStore           *waves;          /* its EmbWaves, in order, without pending removals */
  gint64                wave_id;        /* the wave chosen, or 0 */
  gint64                defaults_after; /* the last wave when the new one's dates were proposed */
  GListModel           *decisions;      /* lazy, its EmbDecisions */
  GtkNoSelection       *decision_selection;
  GHashTable           *employee_names; /* id → name, for the decisions shown */
  GHashTable           *department_names; /* id → name */
  GArray               *department_ids; /* what each position of the drop-down stands for */
  GtkWidget            *comparison;
  guint                 loading;
  gboolean              disposing;

  GtkStack             *main_stack;    /* unowned */
  AdwLeaflet           *leaflet;
  GtkListBox           *pilots_list;
  GtkStack             *detail_stack;
  GtkScrolledWindow    *detail_scroller;
  GtkButton            *back_button;
  GtkLabel             *title_label;
  GtkLabel             *principle_label;
  AdwActionRow         *ceiling_row;
  AdwActionRow         *allowed_row;
  AdwActionRow         *escalation_row;
  GtkListBox           *waves_list;
  AdwComboRow          *department_row;
  AdwEntryRow          *starts_row;
  AdwEntryRow          *ends_row;
  GtkLabel             *wave_error;
  AdwPreferencesGroup  *comparison_group;
  GtkStack             *decisions_stack;
  GtkListView          *decisions_view;
};

G_DEFINE_FINAL_TYPE (EmbPilotsPage, emb_pilots_page, EMB_TYPE_PAGE)

static void refresh        (EmbPilotsPage *self);
static void update_actions (EmbPilotsPage *self);

/* Helpers ---------------------------------------------------------------- */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
add_days (const char *date,
          int         days)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  int y, m, d;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  start = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (start == NULL)
    return NULL;
  end = g_date_time_add_days (start, days);
  return g_date_time_format (end, "%Y-%m-%d");
}

static char *
format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  int y, m, d;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      (time = g_date_time_new_utc (y, m, d, 0, 0, 0)) == NULL)
    return g_strdup (date != NULL ? date : "");

  /* The user's date format, as in the wave comparison and its chart. */
  return g_date_time_format (time, "%x");
}

static const char *
wave_status_label (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_PLANNED:
      return C_("wave status", "Planned");
    case EMB_WAVE_STATUS_RUNNING:
      return C_("wave status", "Running");
    case EMB_WAVE_STATUS_EVALUATED:
      return C_("wave status", "Evaluated");
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return C_("wave status", "Rolled Out");
    default:
      return "";
    }
}

static const char *
wave_status_icon (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_RUNNING:
      return "media-playback-start-symbolic";
    case EMB_WAVE_STATUS_EVALUATED:
      return "document-edit-symbolic";
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return "object-select-symbolic";
    case EMB_WAVE_STATUS_PLANNED:
    default:
      return "content-loading-symbolic";
    }
}

static const char *
wave_status_class (EmbWaveStatus status)
{
  switch (status)
    {
    case EMB_WAVE_STATUS_RUNNING:
      return "accent";
    case EMB_WAVE_STATUS_EVALUATED:
      return "warning";
    case EMB_WAVE_STATUS_ROLLED_OUT:
      return "success";
    case EMB_WAVE_STATUS_PLANNED:
    default:
      return "dim-label";
    }
}

static const char *
review_status_label (EmbReviewStatus status)
{
  switch (status)
    {
    case EMB_REVIEW_STATUS_REVIEWED:
      return C_("review status", "Reviewed");
    case EMB_REVIEW_STATUS_ESCALATED:
      return C_("review status", "Escalated");
    case EMB_REVIEW_STATUS_PENDING:
    default:
      return C_("review status", "Awaiting review");
    }
}

static const char *
department_name (EmbPilotsPage *self,
                 gint64         id)
{
  const char *name = g_hash_table_lookup (self->department_names, &id);

  return name != NULL ? name : _("Unknown department");
}

static const char *
employee_name (EmbPilotsPage *self,
               gint64         id)
{
  const char *name;
  g_autoptr(EmbEmployee) employee = NULL;
  gint64 *key;

  if (id <= 0)
    return _("Former employee");

  name = g_hash_table_lookup (self->employee_names, &id);
  if (name != NULL)
    return name;

  employee = emb_people_store_get_employee (emb_page_get_database (EMB_PAGE (self)), id, NULL);
  if (employee == NULL)
    return _("Former employee");

  key = g_new (gint64, 1);
  *key = id;
  name = g_strdup (emb_employee_get_name (employee));
  g_hash_table_insert (self->employee_names, key, (char *)name);
  return name;
}

/* Waves ------------------------------------------------------------------ */

static EmbWave *
find_wave (EmbPilotsPage *self,
           gint64         id,
           guint         *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->waves)); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (G_LIST_MODEL (self->waves), i);

      if (emb_record_get_id (EMB_RECORD (wave)) == id)
        {
          if (position != NULL)
            *position = i;
          return wave;    /* the list keeps it alive */
        }
    }
  return NULL;
}

static void
on_wave_menu_shown (GtkListBoxRow *row)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (row));

  /* The menu acts on its wave: choose it first. */
  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_select_row (GTK_LIST_BOX (list), row);
}

static GtkWidget *
create_wave_row (gpointer item,
                 gpointer user_data)
{
  EmbPilotsPage *self = user_data;
  EmbWave *wave = item;
  EmbWaveStatus status = emb_wave_get_status (wave);
  const char *department = department_name (self, emb_wave_get_department_id (wave));
  const char *note = emb_wave_get_evaluation_note (wave);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *badge_icon = g_object_new (GTK_TYPE_IMAGE,
                                        "icon-name", wave_status_icon (status),
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL);
  GtkWidget *badge_label = gtk_label_new (wave_status_label (status));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) steps = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *starts = format_date (emb_wave_get_starts_on (wave));
  g_autofree char *ends = format_date (emb_wave_get_ends_on (wave));
  g_autofree char *number_text = g_strdup_printf ("%d", emb_wave_get_position (wave) + 1);
  g_autofree char *menu_label = g_strdup_printf (_("Actions for the wave in “%s”"), department);
  g_autofree char *accessible = NULL;

  g_object_set_data_full (G_OBJECT (row), "emb-wave", g_object_ref (wave), g_object_unref);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), department);
  /* Translators: the dates of a wave, e.g. "01/07/2026 – 30/09/2026" */
  g_string_append_printf (subtitle, _("%s – %s"), starts, ends);
  if (note != NULL && *note != '\0')
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: a wave's evaluation note */
      g_string_append_printf (subtitle, _("Evaluation: %s"), note);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  gtk_widget_add_css_class (number, "title-4");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_set_size_request (number, 24, -1);
  gtk_label_set_text (GTK_LABEL (number), number_text);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  /* The status: an icon, a word and a colour, never the colour alone. */
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, wave_status_class (status));
  gtk_widget_add_css_class (badge_label, "caption-heading");
  gtk_box_append (GTK_BOX (badge), badge_icon);
  gtk_box_append (GTK_BOX (badge), badge_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);

  g_menu_append (steps, _("_Evaluate…"), "page.evaluate-wave");
  g_menu_append (steps, _("_Roll Out"), "page.roll-out-wave");
  g_menu_append (order, _("Move _Up"), "page.move-wave-up");
  g_menu_append (order, _("Move _Down"), "page.move-wave-down");
  g_menu_append (order, _("Re_move"), "page.remove-wave");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (steps));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu_button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)), "show",
                           G_CALLBACK (on_wave_menu_shown), row, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

  /* Translators: a wave for screen readers: department, status, dates */
  accessible = g_strdup_printf (_("%s, %s, %s – %s"), department, wave_status_label (status),
                                starts, ends);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static GtkWidget *
wave_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No waves yet. Add the pilot department first, "
                                      "then the others in the order they follow."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
show_comparison (EmbPilotsPage *self)
{
  EmbWave *wave = self->wave_id != 0 ? find_wave (self, self->wave_id, NULL) : NULL;

  if (self->comparison != NULL)
    emb_wave_comparison_set_wave_id (EMB_WAVE_COMPARISON (self->comparison),
                                     wave != NULL ? self->wave_id : 0);

  if (wave != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: the wave compared, with its department */
      text = g_strdup_printf (_("Customer metrics of the touchpoints of %s, before the wave "
                                "and since it started."),
                              department_name (self, emb_wave_get_department_id (wave)));
      adw_preferences_group_set_description (self->comparison_group, text);
    }
  else
    adw_preferences_group_set_description (self->comparison_group,
                                           _("Choose a wave to compare its department’s "
                                             "customer metrics before and since it started."));
  if (self->comparison != NULL)
    gtk_widget_set_visible (self->comparison, wave != NULL);
}

static void
select_wave_row (EmbPilotsPage *self,
                 gint64         id)
{
  guint position;

  self->loading++;
  if (id != 0 && find_wave (self, id, &position) != NULL)
    gtk_list_box_select_row (self->waves_list,
                             gtk_list_box_get_row_at_index (self->waves_list, (int)position));
  else
    {
      gtk_list_box_unselect_all (self->waves_list);
      id = 0;
    }
  self->loading--;

  self->wave_id = id;
  show_comparison (self);
  update_actions (self);
}

static void
on_wave_row_selected (EmbPilotsPage *self,
                      GtkListBoxRow *row)
{
  EmbWave *wave;

  if (self->disposing || self->loading > 0)
    return;

  wave = row != NULL ? g_object_get_data (G_OBJECT (row), "emb-wave") : NULL;
  self->wave_id = wave != NULL ? emb_record_get_id (EMB_RECORD (wave)) : 0;
  show_comparison (self);
  update_actions (self);
}

static void
fill_departments (EmbPilotsPage *self,
                  GListModel    *all_waves)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 chosen = 0;
  guint position = adw_combo_row_get_selected (self->department_row);
  guint select = 0;

  if (position != GTK_INVALID_LIST_POSITION && position < self->department_ids->len)
    chosen = g_array_index (self->department_ids, gint64, position);

  for (guint i = 0; all_waves != NULL && i < g_list_model_get_n_items (all_waves); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (all_waves, i);
      gint64 *key = g_new (gint64, 1);

      *key = emb_wave_get_department_id (wave);
      g_hash_table_add (taken, key);
    }

  g_hash_table_remove_all (self->department_names);
  g_array_set_size (self->department_ids, 0);
  departments = emb_people_store_list_departments (emb_page_get_database (EMB_PAGE (self)), NULL);
  for (guint i = 0; departments != NULL && i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(EmbDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = emb_record_get_id (EMB_RECORD (department));
      gint64 *key = g_new (gint64, 1);

      *key = id;
      g_hash_table_insert (self->department_names, key,
                           g_strdup (emb_department_get_name (department)));

      /* A department takes part in a pilot once. */
      if (g_hash_table_contains (taken, &id))
        continue;
      if (id == chosen)
        select = self->department_ids->len;
      gtk_string_list_append (strings, emb_department_get_name (department));
      g_array_append_val (self->department_ids, id);
    }

  self->loading++;
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (strings));
  if (self->department_ids->len > 0)
    adw_combo_row_set_selected (self->department_row, select);
  self->loading--;
}

static gint64
last_wave_id (EmbPilotsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->waves));
  g_autoptr(EmbWave) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->waves), n - 1) : NULL;

  return last != NULL ? emb_record_get_id (EMB_RECORD (last)) : 0;
}

/* Proposes the dates of a new wave: from the day after the last one ends. */
static void
set_wave_defaults (EmbPilotsPage *self)
{
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->waves));

  if (n > 0)
    {
      g_autoptr(EmbWave) last = g_list_model_get_item (G_LIST_MODEL (self->waves), n - 1);

      starts = add_days (emb_wave_get_ends_on (last), 1);
    }
  if (starts == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      starts = g_date_time_format (now, "%Y-%m-%d");
    }
  ends = add_days (starts, DEFAULT_WAVE_DAYS - 1);

  self->defaults_after = last_wave_id (self);
  gtk_editable_set_text (GTK_EDITABLE (self->starts_row), starts);
  gtk_editable_set_text (GTK_EDITABLE (self->ends_row), ends != NULL ? ends : "");
}

static void
clear_wave_errors (EmbPilotsPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->wave_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->department_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->starts_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->ends_row), "error");
}

static void
load_waves (EmbPilotsPage *self,
            gboolean       pilot_changed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 wave_id = pilot_changed ? 0 : self->wave_id;

  if (self->pilot != NULL)
    {
      all = emb_pilot_store_list_waves (emb_page_get_database (EMB_PAGE (self)),
                                        emb_record_get_id (EMB_RECORD (self->pilot)),
                                        &error);
      if (all == NULL)
        g_warning ("Cannot list the waves: %s", error->message);
    }
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (all, i);

      if (!emb_undo_queue_contains (emb_page_get_undo_queue (EMB_PAGE (self)), EMB_RECORD_KIND_WAVE, emb_record_get_id (EMB_RECORD (wave))))
        g_ptr_array_add (shown, g_steal_pointer (&wave));
    }

  /* The department names first: the rows show them. */
  fill_departments (self, all);
  self->loading++;
  g_list_store_splice (self->waves, 0, g_list_model_get_n_items (G_LIST_MODEL (self->waves)),
                       shown->pdata, shown->len);
  self->loading--;

  /* By default the wave running now, else the first. */
  if (wave_id == 0 || find_wave (self, wave_id, NULL) == NULL)
    {
      wave_id = 0;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->waves)); i++)
        {
          g_autoptr(EmbWave) wave = g_list_model_get_item (G_LIST_MODEL (self->waves), i);

          if (i == 0 || emb_wave_get_status (wave) == EMB_WAVE_STATUS_RUNNING)
            wave_id = emb_record_get_id (EMB_RECORD (wave));
        }
    }

  if (pilot_changed)
    clear_wave_errors (self);
  if (pilot_changed || last_wave_id (self) != self->defaults_after)
    set_wave_defaults (self);
  select_wave_row (self, wave_id);
}

/* Decisions -------------------------------------------------------------- */

static GtkWidget *
row_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static void
setup_decision (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                EmbPilotsPage            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *over = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *over_label = gtk_label_new (_("Over ceiling"));
  GtkWidget *review_badge = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Review…"));
  GtkWidget *kind;

  gtk_list_item_set_activatable (item, FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (date, "caption");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "page.review-decision");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), date);
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (box), top);

  /* Over the ceiling: an icon and a word, in the error colour. */
  gtk_box_append (GTK_BOX (over), g_object_new (GTK_TYPE_IMAGE,
                                                "icon-name", "dialog-warning-symbolic",
                                                "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                NULL));
  gtk_box_append (GTK_BOX (over), over_label);
  gtk_widget_add_css_class (over, "error");
  gtk_widget_add_css_class (over_label, "caption-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (over),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Over ceiling"),
                                  -1);
  gtk_widget_add_css_class (review_badge, "caption-heading");
  gtk_box_append (GTK_BOX (badges), over);
  gtk_box_append (GTK_BOX (badges), review_badge);
  gtk_box_append (GTK_BOX (box), badges);

  kind = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (kind), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (badges), kind);

  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "date", date);
  g_object_set_data (G_OBJECT (box), "review-button", button);
  g_object_set_data (G_OBJECT (box), "over", over);
  g_object_set_data (G_OBJECT (box), "review-badge", review_badge);
  g_object_set_data (G_OBJECT (box), "kind", kind);
  g_object_set_data (G_OBJECT (box), "situation", row_label (GTK_BOX (box), NULL));
  g_object_set_data (G_OBJECT (box), "decision", row_label (GTK_BOX (box), NULL));
  g_object_set_data (G_OBJECT (box), "cost", row_label (GTK_BOX (box), NULL));
  g_object_set_data (G_OBJECT (box), "outcome", row_label (GTK_BOX (box), NULL));
  g_object_set_data (G_OBJECT (box), "note", row_label (GTK_BOX (box), "dim-label"));
  gtk_list_item_set_child (item, box);
}

static void
set_row_text (GtkWidget  *box,
              const char *key,
              const char *text)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (box), key);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
bind_decision (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               EmbPilotsPage            *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  EmbDecision *decision = gtk_list_item_get_item (item);
  GtkWidget *over = g_object_get_data (G_OBJECT (box), "over");
  GtkWidget *badge = g_object_get_data (G_OBJECT (box), "review-badge");
  EmbReviewStatus review;
  const char *currency;
  const char *note;
  const char *kind;
  const char *outcome;
  gboolean is_over;
  g_autofree char *cost = NULL;
  g_autofree char *cost_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *situation = NULL;
  g_autofree char *what = NULL;
  g_autofree char *outcome_text = NULL;
  g_autofree char *note_text = NULL;
  g_autofree char *review_label = NULL;

  if (decision == NULL || self->pilot == NULL)
    return;

  currency = emb_pilot_get_currency (self->pilot);
  review = emb_decision_get_review_status (decision);
  note = emb_decision_get_review_note (decision);
  kind = emb_decision_get_kind (decision);
  outcome = emb_decision_get_customer_outcome (decision);
  is_over = emb_pilot_decision_is_over_ceiling (decision, self->pilot);
  date = format_date (emb_decision_get_decided_on (decision));
  cost = emb_pilot_format_amount (emb_decision_get_cost (decision), currency);

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "name"),
                      employee_name (self, emb_decision_get_employee_id (decision)));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "date"), date);
  gtk_actionable_set_action_target_value (g_object_get_data (G_OBJECT (box), "review-button"),
                                          g_variant_new_int64 (emb_record_get_id (EMB_RECORD (decision))));
  /* Translators: the accessible name of a decision's Review button: who
   * decided, and when */
  review_label = g_strdup_printf (_("Review the decision of %s on %s"),
                                  employee_name (self, emb_decision_get_employee_id (decision)),
                                  date);
  gtk_accessible_update_property (g_object_get_data (G_OBJECT (box), "review-button"),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, review_label,
                                  -1);

  gtk_widget_set_visible (over, is_over);
  if (is_over)
    {
      g_autofree char *ceiling = emb_pilot_format_amount (emb_pilot_get_spending_ceiling (self->pilot),
                                                          currency);
      g_autofree char *description = NULL;

      description = g_strdup_printf (_("The cost of %s is above the spending ceiling of %s."),
                                     cost, ceiling);
      gtk_accessible_update_property (GTK_ACCESSIBLE (over),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_widget_set_tooltip_text (over, description);
    }

  gtk_label_set_text (GTK_LABEL (badge), review_status_label (review));
  gtk_widget_remove_css_class (badge, "success");
  gtk_widget_remove_css_class (badge, "warning");
  gtk_widget_remove_css_class (badge, "dim-label");
  gtk_widget_add_css_class (badge, review == EMB_REVIEW_STATUS_REVIEWED ? "success"
                                   : review == EMB_REVIEW_STATUS_ESCALATED ? "warning"
                                   : "dim-label");

  situation = g_strdup_printf (_("Situation: %s"), emb_decision_get_situation (decision));
  what = g_strdup_printf (_("Decision: %s"), emb_decision_get_decision (decision));
  cost_text = g_strdup_printf (_("Cost: %s"), cost);
  if (outcome != NULL && *outcome != '\0')
    outcome_text = g_strdup_printf (_("For the customer: %s"), outcome);
  if (note != NULL && *note != '\0')
    note_text = g_strdup_printf (_("Review note: %s"), note);

  set_row_text (box, "kind", kind);
  set_row_text (box, "situation", situation);
  set_row_text (box, "decision", what);
  set_row_text (box, "cost", cost_text);
  set_row_text (box, "outcome", outcome_text);
  set_row_text (box, "note", note_text);
}

static void
update_decisions_state (EmbPilotsPage *self)
{
  guint n = self->decisions != NULL ? g_list_model_get_n_items (self->decisions) : 0;

  gtk_stack_set_visible_child_name (self->decisions_stack, n > 0 ? "list" : "empty");
}

static void
load_decisions (EmbPilotsPage *self)
{
  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_clear_object (&self->decisions);

  if (self->pilot != NULL)
    {
      self->decisions = emb_pilot_store_query_decisions (emb_page_get_database (EMB_PAGE (self)),
                                                         emb_record_get_id (EMB_RECORD (self->pilot)));
      g_signal_connect_object (self->decisions, "items-changed",
                               G_CALLBACK (update_decisions_state), self, G_CONNECT_SWAPPED);
    }
  gtk_no_selection_set_model (self->decision_selection, self->decisions);
  update_decisions_state (self);
}

/* The pilot shown -------------------------------------------------------- */

static char *
bullets (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(GString) result = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      if (result->len > 0)
        g_string_append_c (result, '\n');
      g_string_append_printf (result, "• %s", line);
    }
  return g_string_free (g_steal_pointer (&result), FALSE);
}

static void
load_pilot (EmbPilotsPage *self,
            gint64         id)
{
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ceiling = NULL;
  g_autofree char *allowed = NULL;
  gboolean pilot_changed;
  gboolean money_changed;

  if (id != 0)
    {
      pilot = emb_pilot_store_get_pilot (emb_page_get_database (EMB_PAGE (self)), id, &error);
      if (pilot == NULL && !g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
        g_warning ("Cannot read the pilot: %s", error->message);
    }

  pilot_changed = (pilot == NULL) != (self->pilot == NULL) ||
                  (pilot != NULL && emb_record_get_id (EMB_RECORD (pilot)) !=
                                    emb_record_get_id (EMB_RECORD (self->pilot)));
  money_changed = pilot_changed ||
                  (pilot != NULL &&
                   (emb_pilot_get_spending_ceiling (pilot) != emb_pilot_get_spending_ceiling (self->pilot) ||
                    g_strcmp0 (emb_pilot_get_currency (pilot), emb_pilot_get_currency (self->pilot)) != 0));
  g_set_object (&self->pilot, pilot);

  if (pilot == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      load_waves (self, TRUE);
      load_decisions (self);
      update_actions (self);
      return;
    }

  gtk_label_set_text (self->title_label, emb_pilot_get_name (pilot));
  gtk_label_set_text (self->principle_label, emb_pilot_get_principle (pilot));

  if (emb_pilot_get_spending_ceiling (pilot) > 0)
    ceiling = emb_pilot_format_amount (emb_pilot_get_spending_ceiling (pilot),
                                       emb_pilot_get_currency (pilot));
  else
    ceiling = g_strdup (_("No ceiling"));
  adw_action_row_set_subtitle (self->ceiling_row, ceiling);

  allowed = bullets (emb_pilot_get_allowed_decisions (pilot));
  adw_action_row_set_subtitle (self->allowed_row, *allowed != '\0' ? allowed : _("Not set"));
  adw_action_row_set_subtitle (self->escalation_row,
                               *emb_pilot_get_escalation_rule (pilot) != '\0'
                                 ? emb_pilot_get_escalation_rule (pilot) : _("Not set"));

  gtk_stack_set_visible_child_name (self->detail_stack, "pilot");
  if (pilot_changed)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
  load_waves (self, pilot_changed);
  if (money_changed)
    load_decisions (self);
  update_actions (self);
}

/* The list of pilots ----------------------------------------------------- */

static GtkWidget *
create_pilot_row (gpointer item,
                  gpointer user_data)
{
  EmbPilot *pilot = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (emb_pilot_get_name (pilot));

  g_object_set_data_full (G_OBJECT (row), "emb-pilot", g_object_ref (pilot), g_object_unref);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, emb_pilot_get_name (pilot),
                                  -1);
  return row;
}

static gint64
row_pilot_id (GtkListBoxRow *row)
{
  EmbPilot *pilot = row != NULL ? g_object_get_data (G_OBJECT (row), "emb-pilot") : NULL;

  return pilot != NULL ? emb_record_get_id (EMB_RECORD (pilot)) : 0;
}

static gboolean
find_pilot (EmbPilotsPage *self,
            gint64         id,
            guint         *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->pilots)); i++)
    {
      g_autoptr(EmbPilot) pilot = g_list_model_get_item (G_LIST_MODEL (self->pilots), i);

      if (emb_record_get_id (EMB_RECORD (pilot)) == id)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Selects the row of @id (or none) and shows that pilot. */
static void
show_pilot (EmbPilotsPage *self,
            gint64         id)
{
  guint position;

  if (id == 0 || !find_pilot (self, id, &position))
    id = 0;

  self->loading++;
  if (id != 0)
    gtk_list_box_select_row (self->pilots_list,
                             gtk_list_box_get_row_at_index (self->pilots_list, (int)position));
  else
    gtk_list_box_unselect_all (self->pilots_list);
  self->loading--;

  load_pilot (self, id);
}

static void
reload_pilots (EmbPilotsPage *self)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 selected = self->pilot != NULL ? emb_record_get_id (EMB_RECORD (self->pilot)) : 0;
  guint position;

  all = emb_pilot_store_list_pilots (emb_page_get_database (EMB_PAGE (self)), &error);
  if (all == NULL)
    {
      g_warning ("Cannot list the pilots: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      EmbPilot *pilot = g_list_model_get_item (all, i);

      if (emb_undo_queue_contains (emb_page_get_undo_queue (EMB_PAGE (self)), EMB_RECORD_KIND_PILOT, emb_record_get_id (EMB_RECORD (pilot))))
        g_object_unref (pilot);
      else
        g_ptr_array_add (shown, pilot);
    }

  self->loading++;
  g_list_store_splice (self->pilots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->pilots)),
                       shown->pdata, shown->len);
  self->loading--;

  gtk_stack_set_visible_child_name (self->main_stack, shown->len > 0 ? "pilots" : "empty");

  /* The pilot shown, else the first one. */
  if (selected == 0 || !find_pilot (self, selected, &position))
    selected = shown->len > 0 ? emb_record_get_id (EMB_RECORD (g_ptr_array_index (shown, 0))) : 0;
  show_pilot (self, selected);
}

static void
on_pilot_row_selected (EmbPilotsPage *self,
                       GtkListBoxRow *row)
{
  if (self->disposing || self->loading > 0 || row == NULL)
    return;

  load_pilot (self, row_pilot_id (row));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked (EmbPilotsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Refresh ---------------------------------------------------------------- */

static void
refresh (EmbPilotsPage *self)
{
  reload_pilots (self);
  update_actions (self);
}

static void
emb_pilots_page_refresh (EmbPage *page)
{
  refresh (EMB_PILOTS_PAGE (page));
}

/* Only what the page shows itself refreshes it (emb_pilots_page_class_init
 * names it): decisions follow by themselves (their query model watches
 * them), the comparison watches its own records. */
static void
emb_pilots_page_database_changed (EmbPage       *page,
                                  EmbRecordKind  kind,
                                  EmbChangeType  change,
                                  gint64         id)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (page);

  if (kind == EMB_RECORD_KIND_EMPLOYEE || kind == EMB_RECORD_KIND_ANY)
    g_hash_table_remove_all (self->employee_names);
}

/* Actions' state --------------------------------------------------------- */

static void
update_actions (EmbPilotsPage *self)
{
  EmbWave *wave = self->wave_id != 0 ? find_wave (self, self->wave_id, NULL) : NULL;
  EmbWaveStatus status = wave != NULL ? emb_wave_get_status (wave) : EMB_WAVE_STATUS_PLANNED;
  guint n_waves = g_list_model_get_n_items (G_LIST_MODEL (self->waves));
  guint n_pilots = g_list_model_get_n_items (G_LIST_MODEL (self->pilots));
  gboolean has_pilot = self->pilot != NULL;
  gboolean running = FALSE;
  gboolean planned = FALSE;
  guint position = 0;

  for (guint i = 0; i < n_waves; i++)
    {
      g_autoptr(EmbWave) each = g_list_model_get_item (G_LIST_MODEL (self->waves), i);

      running |= emb_wave_get_status (each) == EMB_WAVE_STATUS_RUNNING;
      planned |= emb_wave_get_status (each) == EMB_WAVE_STATUS_PLANNED;
    }
  if (wave != NULL)
    find_wave (self, self->wave_id, &position);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", has_pilot);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", has_pilot);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", n_pilots > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", n_pilots > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-wave",
                                 has_pilot && self->department_ids->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.start-next-wave",
                                 has_pilot && planned && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.evaluate-wave",
                                 wave != NULL && status == EMB_WAVE_STATUS_RUNNING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.roll-out-wave",
                                 wave != NULL && status == EMB_WAVE_STATUS_EVALUATED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.remove-wave",
                                 wave != NULL && status == EMB_WAVE_STATUS_PLANNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-wave-up",
                                 wave != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-wave-down",
                                 wave != NULL && position + 1 < n_waves);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.log-decision", has_pilot);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.review-decision", has_pilot);
}

/* Deleting a pilot or a wave with Undo ------------------------------------ */

static gboolean
commit_delete_pilots (EmbDatabase   *database,
                      const gint64  *ids,
                      guint          n_ids,
                      gpointer       user_data,
                      GError       **error)
{
  g_assert (n_ids == 1);

  return emb_pilot_store_delete_pilot (database, ids[0], error);
}

static gboolean
commit_remove_waves (EmbDatabase   *database,
                     const gint64  *ids,
                     guint          n_ids,
                     gpointer       user_data,
                     GError       **error)
{
  g_assert (n_ids == 1);

  /* Refused for a wave that started meanwhile: the queue shows it again. */
  return emb_pilot_store_remove_wave (database, ids[0], error);
}

static void
on_undone (EmbPilotsPage *self,
           EmbRecordKind  kind,
           gint64         id)
{
  if (kind == EMB_RECORD_KIND_PILOT)
    show_pilot (self, id);
  else
    select_wave_row (self, id);
}

/* Hides the record at once and deletes it when the toast goes away without
 * Undo (at once when there is no window to show a toast). */
static void
delete_later (EmbPilotsPage *self,
              EmbRecordKind  kind,
              gint64         id,
              const char    *title)
{
  emb_undo_queue_push (emb_page_get_undo_queue (EMB_PAGE (self)), GTK_WIDGET (self), kind, &id, 1, title,
                       kind == EMB_RECORD_KIND_WAVE ? commit_remove_waves : commit_delete_pilots,
                       NULL, NULL);
  refresh (self);
}

/* Removes the waves waiting for their toast now: a step of the pilot must
 * not meet a wave that is gone but for its toast. */
static void
flush_pending_waves (EmbPilotsPage *self)
{
  emb_undo_queue_flush_kind (emb_page_get_undo_queue (EMB_PAGE (self)), EMB_RECORD_KIND_WAVE);
}

static void
delete_pilot (EmbPilotsPage *self)
{
  g_autofree char *title = NULL;
  gint64 id;

  if (self->pilot == NULL)
    return;
  id = emb_record_get_id (EMB_RECORD (self->pilot));
  title = g_strdup_printf (_("“%s” deleted"), emb_pilot_get_name (self->pilot));

  /* Show the next pilot, not the one going away. */
  g_clear_object (&self->pilot);
  delete_later (self, EMB_RECORD_KIND_PILOT, id, title);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * emb_pilots_page_flush_pending:
 *
 * Carries out the deletions still waiting for their toast to go away.
 */
void
emb_pilots_page_flush_pending (EmbPilotsPage *self)
{
  g_return_if_fail (EMB_IS_PILOTS_PAGE (self));

  emb_undo_queue_flush (emb_page_get_undo_queue (EMB_PAGE (self)));
}

/**
 * emb_pilots_page_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last deletion still
 *   waiting
 */
AdwToast *
emb_pilots_page_get_undo_toast (EmbPilotsPage *self)
{
  EmbUndoQueue *queue;

  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), NULL);

  queue = emb_page_get_undo_queue (EMB_PAGE (self));
  return emb_undo_queue_get_n_pending (queue) > 0 ? emb_undo_queue_get_last_toast (queue) : NULL;
}

/* Actions: pilots -------------------------------------------------------- */

static void
on_pilot_saved (EmbPilotsPage *self,
                gint64         id)
{
  refresh (self);
  show_pilot (self, id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
open_editor (EmbPilotsPage *self,
             EmbPilot      *pilot)
{
  EmbPilotEditor *editor = emb_pilot_editor_new (emb_page_get_database (EMB_PAGE (self)), pilot);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_pilot_saved), self, G_CONNECT_SWAPPED);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (EMB_PILOTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);

  if (self->pilot != NULL)
    open_editor (self, self->pilot);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  delete_pilot (EMB_PILOTS_PAGE (widget));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  int n = (int)g_list_model_get_n_items (G_LIST_MODEL (self->pilots));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->pilots_list);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  int delta = g_str_equal (action_name, "page.next") ? 1 : -1;

  if (n == 0)
    return;
  index = index < 0 ? (delta > 0 ? 0 : n - 1) : CLAMP (index + delta, 0, n - 1);
  row = gtk_list_box_get_row_at_index (self->pilots_list, index);
  gtk_list_box_select_row (self->pilots_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Actions: waves --------------------------------------------------------- */

static void
add_wave_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  g_autoptr(EmbWave) wave = emb_wave_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->starts_row))));
  g_autofree char *ends = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ends_row))));
  guint position = adw_combo_row_get_selected (self->department_row);
  gint64 department_id = position < self->department_ids->len
                           ? g_array_index (self->department_ids, gint64, position) : 0;

  flush_pending_waves (self);

  if (self->pilot == NULL)
    return;

  clear_wave_errors (self);
  emb_wave_set_pilot_id (wave, emb_record_get_id (EMB_RECORD (self->pilot)));
  emb_wave_set_department_id (wave, department_id);
  emb_wave_set_starts_on (wave, starts);
  emb_wave_set_ends_on (wave, ends);

  if (!emb_pilot_store_add_wave (emb_page_get_database (EMB_PAGE (self)), wave, &error))
    {
      const char *field = error->domain == EMB_VALIDATION_ERROR
                            ? emb_validation_error_get_field (error) : NULL;
      GtkWidget *row = NULL;

      if (g_strcmp0 (field, "department") == 0)
        row = GTK_WIDGET (self->department_row);
      else if (g_strcmp0 (field, "starts-on") == 0)
        row = GTK_WIDGET (self->starts_row);
      else if (g_strcmp0 (field, "ends-on") == 0)
        row = GTK_WIDGET (self->ends_row);

      if (row == NULL)
        {
          emb_page_show_error (EMB_PAGE (self), error);
          return;
        }
      gtk_label_set_text (self->wave_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->wave_error), TRUE);
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
      return;
    }

  /* Show it at once, chosen; the refresh proposes the next one after it. */
  refresh (self);
  select_wave_row (self, emb_record_get_id (EMB_RECORD (wave)));
}

static void
move_wave (EmbPilotsPage *self,
           int            delta)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->waves));
  guint position;
  int target;
  gint64 tmp;

  flush_pending_waves (self);

  if (self->pilot == NULL || find_wave (self, self->wave_id, &position) == NULL)
    return;
  target = (int)position + delta;
  if (target < 0 || target >= (int)n)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (G_LIST_MODEL (self->waves), i);
      gint64 id = emb_record_get_id (EMB_RECORD (wave));

      g_array_append_val (ids, id);
    }
  tmp = g_array_index (ids, gint64, position);
  g_array_index (ids, gint64, position) = g_array_index (ids, gint64, target);
  g_array_index (ids, gint64, target) = tmp;

  if (!emb_pilot_store_reorder_waves (emb_page_get_database (EMB_PAGE (self)), emb_record_get_id (EMB_RECORD (self->pilot)),
                                      (const gint64 *)(gpointer)ids->data, ids->len, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  refresh (self);
  if (find_wave (self, self->wave_id, &position) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->waves_list, (int)position)));
}

static void
move_wave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_wave (EMB_PILOTS_PAGE (widget), g_str_equal (action_name, "page.move-wave-up") ? -1 : 1);
}

static void
remove_wave_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  EmbWave *wave = find_wave (self, self->wave_id, NULL);
  g_autofree char *title = NULL;
  gint64 id = self->wave_id;

  if (wave == NULL)
    return;
  if (emb_wave_get_status (wave) != EMB_WAVE_STATUS_PLANNED)
    {
      emb_page_add_toast (EMB_PAGE (self), adw_toast_new (_("Only a planned wave can be removed")));
      return;
    }

  title = g_strdup_printf (_("Wave in “%s” removed"),
                           department_name (self, emb_wave_get_department_id (wave)));
  self->wave_id = 0;
  delete_later (self, EMB_RECORD_KIND_WAVE, id, title);
}

static void
start_next_wave_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  flush_pending_waves (self);

  if (self->pilot == NULL)
    return;

  wave = emb_pilot_store_start_next_wave (emb_page_get_database (EMB_PAGE (self)), emb_record_get_id (EMB_RECORD (self->pilot)),
                                          &error);
  if (wave == NULL)
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  refresh (self);
  select_wave_row (self, emb_record_get_id (EMB_RECORD (wave)));
  text = g_strdup_printf (_("The wave in %s started"),
                          department_name (self, emb_wave_get_department_id (wave)));
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (text));
}

static void
roll_out_wave_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  EmbWave *wave = find_wave (self, self->wave_id, NULL);
  g_autofree char *text = NULL;

  flush_pending_waves (self);

  if (wave == NULL)
    return;
  text = g_strdup_printf (_("The pilot is rolled out in %s"),
                          department_name (self, emb_wave_get_department_id (wave)));
  if (!emb_pilot_store_roll_out_wave (emb_page_get_database (EMB_PAGE (self)), self->wave_id, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }
  refresh (self);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (text));
}

/* Record ids kept on a dialog: a gint64 does not fit a pointer everywhere. */
static void
dialog_set_id (GtkWidget  *dialog,
               const char *key,
               gint64      id)
{
  g_object_set_data_full (G_OBJECT (dialog), key, g_memdup2 (&id, sizeof id), g_free);
}

static gint64
dialog_get_id (gpointer    dialog,
               const char *key)
{
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), key);

  return id != NULL ? *id : 0;
}

/* A message dialog asking for a note. */
static GtkWidget *
note_dialog (EmbPilotsPage *self,
             const char    *heading,
             const char    *body,
             const char    *note_title,
             GtkTextView  **view_out)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (note_title);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_title,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "note-view", view);
  *view_out = GTK_TEXT_VIEW (view);
  return dialog;
}

static void
on_evaluate_note_changed (GtkTextBuffer    *buffer,
                          AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "evaluate",
                                           gtk_text_buffer_get_char_count (buffer) > 0);
}

static void
on_evaluate_response (AdwMessageDialog *dialog,
                      const char       *response,
                      EmbPilotsPage    *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "note-view");
  gint64 id = dialog_get_id (dialog, "wave-id");
  g_autofree char *note = text_view_get_text (view);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "evaluate"))
    return;
  if (!emb_pilot_store_evaluate_wave (emb_page_get_database (EMB_PAGE (self)), id, note, &error))
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }
  refresh (self);
  emb_page_add_toast (EMB_PAGE (self), adw_toast_new (_("Wave evaluated")));
}

static void
evaluate_wave_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  EmbWave *wave = find_wave (self, self->wave_id, NULL);
  g_autofree char *body = NULL;
  GtkTextView *view;
  GtkWidget *dialog;

  flush_pending_waves (self);

  if (wave == NULL)
    return;

  body = g_strdup_printf (_("What did the wave in %s show? Note what worked, what did not and "
                            "what the next departments should know."),
                          department_name (self, emb_wave_get_department_id (wave)));
  dialog = note_dialog (self, _("Evaluate the Wave"), body, _("Evaluation"), &view);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "evaluate", _("_Evaluate"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "evaluate",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "evaluate", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "evaluate");
  dialog_set_id (dialog, "wave-id", self->wave_id);
  g_signal_connect_object (gtk_text_view_get_buffer (view), "changed",
                           G_CALLBACK (on_evaluate_note_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_evaluate_response), self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

/* Actions: decisions ----------------------------------------------------- */

static void
log_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);

  if (self->pilot == NULL)
    return;
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (emb_decision_dialog_new (emb_page_get_database (EMB_PAGE (self)), self->pilot)));
}

static void
on_review_response (AdwMessageDialog *dialog,
                    const char       *response,
                    EmbPilotsPage    *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "note-view");
  gint64 id = dialog_get_id (dialog, "decision-id");
  g_autofree char *note = text_view_get_text (view);
  g_autoptr(GError) error = NULL;
  EmbReviewStatus status;

  if (g_str_equal (response, "reviewed"))
    status = EMB_REVIEW_STATUS_REVIEWED;
  else if (g_str_equal (response, "escalate"))
    status = EMB_REVIEW_STATUS_ESCALATED;
  else
    return;

  if (!emb_pilot_store_review_decision (emb_page_get_database (EMB_PAGE (self)), id, status, note, &error))
    emb_page_show_error (EMB_PAGE (self), error);
}

static void
review_decision_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(EmbDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  const char *note;
  GtkTextView *view;
  GtkWidget *dialog;

  decision = emb_pilot_store_get_decision (emb_page_get_database (EMB_PAGE (self)), id, &error);
  if (decision == NULL)
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  dialog = note_dialog (self, _("Review the Decision"), emb_decision_get_situation (decision),
                        _("No-blame review note"), &view);
  note = emb_decision_get_review_note (decision);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), note != NULL ? note : "", -1);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "escalate", _("E_scalate"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reviewed", _("_Mark Reviewed"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reviewed",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reviewed");
  dialog_set_id (dialog, "decision-id", id);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response), self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_pilots_page_select_pilot:
 *
 * Shows the pilot @pilot_id.
 *
 * Returns: %TRUE when the pilot is listed
 */
gboolean
emb_pilots_page_select_pilot (EmbPilotsPage *self,
                              gint64         pilot_id)
{
  guint position;

  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), FALSE);

  if (!find_pilot (self, pilot_id, &position))
    return FALSE;
  show_pilot (self, pilot_id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

gint64
emb_pilots_page_get_pilot_id (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), 0);

  return self->pilot != NULL ? emb_record_get_id (EMB_RECORD (self->pilot)) : 0;
}

/**
 * emb_pilots_page_select_wave:
 *
 * Chooses a wave of the pilot shown, as clicking its row does.
 *
 * Returns: %TRUE when the wave is listed
 */
gboolean
emb_pilots_page_select_wave (EmbPilotsPage *self,
                             gint64         wave_id)
{
  guint position;

  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), FALSE);

  if (find_wave (self, wave_id, &position) == NULL)
    return FALSE;
  gtk_list_box_select_row (self->waves_list,
                           gtk_list_box_get_row_at_index (self->waves_list, (int)position));
  return self->wave_id == wave_id;
}

gint64
emb_pilots_page_get_wave_id (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), 0);

  return self->wave_id;
}

/**
 * emb_pilots_page_get_pilots:
 *
 * Returns: (transfer none): the #EmbPilots listed
 */
GListModel *
emb_pilots_page_get_pilots (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->pilots);
}

/**
 * emb_pilots_page_get_decisions:
 *
 * Returns: (transfer none) (nullable): the decisions of the pilot shown
 */
GListModel *
emb_pilots_page_get_decisions (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), NULL);

  return self->decisions;
}

/**
 * emb_pilots_page_get_comparison:
 *
 * Returns: (transfer none): the before and after of the wave chosen
 */
GtkWidget *
emb_pilots_page_get_comparison (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), NULL);

  return self->comparison;
}

/**
 * emb_pilots_page_get_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog the page opened last, while
 *   it is open
 */
GtkWindow *
emb_pilots_page_get_dialog (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), NULL);

  return emb_page_get_dialog (EMB_PAGE (self));
}

/* GObject ---------------------------------------------------------------- */

static void
emb_pilots_page_constructed (GObject *object)
{
  EmbPilotsPage *self = (EmbPilotsPage *)object;

  G_OBJECT_CLASS (emb_pilots_page_parent_class)->constructed (object);

  self->comparison = g_object_new (EMB_TYPE_WAVE_COMPARISON,
                                   "database", emb_page_get_database (EMB_PAGE (self)),
                                   NULL);
  adw_preferences_group_add (self->comparison_group, self->comparison);

  g_signal_connect_object (emb_page_get_undo_queue (EMB_PAGE (self)), "undone",
                           G_CALLBACK (on_undone), self, G_CONNECT_SWAPPED);
}

static void
emb_pilots_page_dispose (GObject *object)
{
  EmbPilotsPage *self = (EmbPilotsPage *)object;

  /* The rows' selection handlers must not reload while the lists go;
   * the base class closes the dialogs and carries out the deletions. */
  self->disposing = TRUE;
  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PILOTS_PAGE);
  self->comparison = NULL;
  g_clear_object (&self->decision_selection);
  g_clear_object (&self->decisions);
  g_clear_object (&self->waves);
  g_clear_object (&self->pilot);
  g_clear_object (&self->pilots);

  G_OBJECT_CLASS (emb_pilots_page_parent_class)->dispose (object);
}

static void
emb_pilots_page_finalize (GObject *object)
{
  EmbPilotsPage *self = (EmbPilotsPage *)object;

  g_clear_pointer (&self->employee_names, g_hash_table_unref);
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (emb_pilots_page_parent_class)->finalize (object);
}

static void
emb_pilots_page_class_init (EmbPilotsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_pilots_page_constructed;
  object_class->dispose = emb_pilots_page_dispose;
  object_class->finalize = emb_pilots_page_finalize;

  page_class->refresh = emb_pilots_page_refresh;
  page_class->database_changed = emb_pilots_page_database_changed;
  emb_page_class_watch (page_class,
                        EMB_RECORD_KIND_PILOT,
                        EMB_RECORD_KIND_WAVE,
                        EMB_RECORD_KIND_DEPARTMENT,
                        EMB_RECORD_KIND_EMPLOYEE,
                        -1);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-pilots-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, pilots_list);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, principle_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, ceiling_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, allowed_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, escalation_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, waves_list);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, starts_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, ends_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, wave_error);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, comparison_group);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, decisions_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, decisions_view);
  gtk_widget_class_bind_template_callback (widget_class, on_pilot_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_wave_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "page.add-wave", NULL, add_wave_action);
  gtk_widget_class_install_action (widget_class, "page.move-wave-up", NULL, move_wave_action);
  gtk_widget_class_install_action (widget_class, "page.move-wave-down", NULL, move_wave_action);
  gtk_widget_class_install_action (widget_class, "page.remove-wave", NULL, remove_wave_action);
  gtk_widget_class_install_action (widget_class, "page.start-next-wave", NULL, start_next_wave_action);
  gtk_widget_class_install_action (widget_class, "page.evaluate-wave", NULL, evaluate_wave_action);
  gtk_widget_class_install_action (widget_class, "page.roll-out-wave", NULL, roll_out_wave_action);
  gtk_widget_class_install_action (widget_class, "page.log-decision", NULL, log_decision_action);
  gtk_widget_class_install_action (widget_class, "page.review-decision", "x", review_decision_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "page.move-wave-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "page.move-wave-down", NULL);
}

static void
emb_pilots_page_init (EmbPilotsPage *self)
{
  GtkListItemFactory *factory;

  g_type_ensure (EMB_TYPE_WAVE_COMPARISON);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, not bound: the bin unparents it. */
  self->main_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->pilots = g_list_store_new (EMB_TYPE_PILOT);
  self->employee_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->department_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_list_box_bind_model (self->pilots_list, G_LIST_MODEL (self->pilots),
                           create_pilot_row, self, NULL);
  self->waves = g_list_store_new (EMB_TYPE_WAVE);
  gtk_list_box_bind_model (self->waves_list, G_LIST_MODEL (self->waves), create_wave_row, self, NULL);
  gtk_list_box_set_placeholder (self->waves_list, wave_placeholder ());
  emb_a11y_label_entry_row (self->starts_row);
  emb_a11y_label_entry_row (self->ends_row);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_decision), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_decision), self);
  gtk_list_view_set_factory (self->decisions_view, factory);
  g_object_unref (factory);
  self->decision_selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->decisions_view, GTK_SELECTION_MODEL (self->decision_selection));

  g_object_bind_property (self->leaflet, "folded",
                          self->back_button, "visible",
                          G_BINDING_SYNC_CREATE);
}
