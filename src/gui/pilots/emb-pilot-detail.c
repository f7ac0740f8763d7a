/* emb-pilot-detail.c: what the pilots page shows of one pilot
 *
 * The pilot's principle and guardrails; its waves with their steps and the
 * form to add one (EmbPilotWaves); the before and after of the wave chosen
 * (EmbWaveComparison); and the decision log, a lazy list of the decisions
 * taken under the pilot (EmbDecisionRow) that follows the database by
 * itself. The page shows a pilot here and reloads it when it changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-decision-row.h"
#include "emb-people-store.h"
#include "emb-pilot-detail.h"
#include "emb-pilot-store.h"

struct _EmbPilotDetail
{
  AdwBin               parent_instance;

  EmbDatabase         *database;
  EmbPilot            *pilot;            /* the pilot shown, or NULL */
  GListModel          *decisions;        /* lazy, its EmbDecisions */
  GHashTable          *employee_names;   /* id → name, for the decisions shown */

  GtkScrolledWindow   *scroller;         /* unowned */
  GtkLabel            *principle_label;
  AdwActionRow        *ceiling_row;
  AdwActionRow        *allowed_row;
  AdwActionRow        *escalation_row;
  EmbPilotWaves       *waves;
  AdwPreferencesGroup *comparison_group;
  EmbWaveComparison   *comparison;
  GtkStack            *decisions_stack;
  GtkNoSelection      *decision_selection;
};

G_DEFINE_FINAL_TYPE (EmbPilotDetail, emb_pilot_detail, ADW_TYPE_BIN)

/* The comparison ---------------------------------------------------------- */

/* Follows the wave chosen. */
static void
show_comparison (EmbPilotDetail *self)
{
  EmbWave *wave = emb_pilot_waves_get_wave (self->waves, NULL);

  emb_wave_comparison_set_wave_id (self->comparison,
                                   wave != NULL ? emb_record_get_id (EMB_RECORD (wave)) : 0);

  if (wave != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: the wave compared, with its department */
      text = g_strdup_printf (_("Customer metrics of the touchpoints of %s, before the wave "
                                "and since it started."),
                              emb_pilot_waves_get_department_name (self->waves,
                                                                   emb_wave_get_department_id (wave)));
      adw_preferences_group_set_description (self->comparison_group, text);
    }
  else
    adw_preferences_group_set_description (self->comparison_group,
                                           _("Choose a wave to compare its department’s "
                                             "customer metrics before and since it started."));
  gtk_widget_set_visible (GTK_WIDGET (self->comparison), wave != NULL);
}

/* Decisions -------------------------------------------------------------- */

static const char *
employee_name (EmbPilotDetail *self,
               gint64          id)
{
  const char *name;
  g_autoptr(EmbEmployee) employee = NULL;
  gint64 *key;

  if (id <= 0)
    return _("Former employee");

  name = g_hash_table_lookup (self->employee_names, &id);
  if (name != NULL)
    return name;

  employee = emb_people_store_get_employee (self->database, id, NULL);
  if (employee == NULL)
    return _("Former employee");

  key = g_new (gint64, 1);
  *key = id;
  name = g_strdup (emb_employee_get_name (employee));
  g_hash_table_insert (self->employee_names, key, (char *)name);
  return name;
}

static void
setup_decision (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                EmbPilotDetail           *self)
{
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, emb_decision_row_new ());
}

static void
bind_decision (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               EmbPilotDetail           *self)
{
  EmbDecision *decision = gtk_list_item_get_item (item);

  if (decision == NULL || self->pilot == NULL)
    return;

  emb_decision_row_bind (EMB_DECISION_ROW (gtk_list_item_get_child (item)), decision, self->pilot,
                         employee_name (self, emb_decision_get_employee_id (decision)));
}

static void
update_decisions_state (EmbPilotDetail *self)
{
  guint n = self->decisions != NULL ? g_list_model_get_n_items (self->decisions) : 0;

  gtk_stack_set_visible_child_name (self->decisions_stack, n > 0 ? "list" : "empty");
}

static void
load_decisions (EmbPilotDetail *self)
{
  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_clear_object (&self->decisions);

  if (self->pilot != NULL)
    {
      self->decisions = emb_pilot_store_query_decisions (self->database,
                                                         emb_record_get_id (EMB_RECORD (self->pilot)));
      g_signal_connect_object (self->decisions, "items-changed",
                               G_CALLBACK (update_decisions_state), self, G_CONNECT_SWAPPED);
    }
  gtk_no_selection_set_model (self->decision_selection, self->decisions);
  update_decisions_state (self);
}

/* The pilot -------------------------------------------------------------- */

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

/**
 * emb_pilot_detail_show_pilot:
 * @pilot: (nullable): the pilot to show, as just read from the store
 *
 * Shows @pilot, or the same pilot again after it changed: its waves are
 * read again, keeping the wave chosen, and its decisions when its ceiling
 * or currency changed.
 */
void
emb_pilot_detail_show_pilot (EmbPilotDetail *self,
                             EmbPilot       *pilot)
{
  g_autofree char *ceiling = NULL;
  g_autofree char *allowed = NULL;
  gboolean pilot_changed;
  gboolean money_changed;

  g_return_if_fail (EMB_IS_PILOT_DETAIL (self));
  g_return_if_fail (pilot == NULL || EMB_IS_PILOT (pilot));

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
      emb_pilot_waves_load (self->waves, 0);
      load_decisions (self);
      return;
    }

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

  if (pilot_changed)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  emb_pilot_waves_load (self->waves, emb_record_get_id (EMB_RECORD (pilot)));
  if (money_changed)
    load_decisions (self);
}

/**
 * emb_pilot_detail_forget_employees:
 *
 * Forgets the names of the employees who decided, after employees changed.
 */
void
emb_pilot_detail_forget_employees (EmbPilotDetail *self)
{
  g_return_if_fail (EMB_IS_PILOT_DETAIL (self));

  g_hash_table_remove_all (self->employee_names);
}

/**
 * emb_pilot_detail_setup:
 * @database: where the pilot is
 * @undo_queue: the page's deletions waiting behind an Undo toast
 */
void
emb_pilot_detail_setup (EmbPilotDetail *self,
                        EmbDatabase    *database,
                        EmbUndoQueue   *undo_queue)
{
  g_return_if_fail (EMB_IS_PILOT_DETAIL (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  emb_pilot_waves_setup (self->waves, database, undo_queue);
  emb_wave_comparison_set_database (self->comparison, database);
}

/**
 * emb_pilot_detail_get_waves:
 *
 * Returns: (transfer none): the waves of the pilot shown
 */
EmbPilotWaves *
emb_pilot_detail_get_waves (EmbPilotDetail *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_DETAIL (self), NULL);

  return self->waves;
}

/**
 * emb_pilot_detail_get_comparison:
 *
 * Returns: (transfer none): the before and after of the wave chosen
 */
EmbWaveComparison *
emb_pilot_detail_get_comparison (EmbPilotDetail *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_DETAIL (self), NULL);

  return self->comparison;
}

/**
 * emb_pilot_detail_get_decisions:
 *
 * Returns: (transfer none) (nullable): the decisions of the pilot shown
 */
GListModel *
emb_pilot_detail_get_decisions (EmbPilotDetail *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_DETAIL (self), NULL);

  return self->decisions;
}

/* GObject ---------------------------------------------------------------- */

static void
emb_pilot_detail_dispose (GObject *object)
{
  EmbPilotDetail *self = (EmbPilotDetail *)object;

  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PILOT_DETAIL);
  g_clear_object (&self->decisions);
  g_clear_object (&self->pilot);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_pilot_detail_parent_class)->dispose (object);
}

static void
emb_pilot_detail_finalize (GObject *object)
{
  EmbPilotDetail *self = (EmbPilotDetail *)object;

  g_clear_pointer (&self->employee_names, g_hash_table_unref);

  G_OBJECT_CLASS (emb_pilot_detail_parent_class)->finalize (object);
}

static void
emb_pilot_detail_class_init (EmbPilotDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_pilot_detail_dispose;
  object_class->finalize = emb_pilot_detail_finalize;

  g_type_ensure (EMB_TYPE_PILOT_WAVES);
  g_type_ensure (EMB_TYPE_WAVE_COMPARISON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-pilot-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, principle_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, ceiling_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, allowed_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, escalation_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, waves);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, comparison_group);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, comparison);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, decisions_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotDetail, decision_selection);
  gtk_widget_class_bind_template_callback (widget_class, show_comparison);
  gtk_widget_class_bind_template_callback (widget_class, setup_decision);
  gtk_widget_class_bind_template_callback (widget_class, bind_decision);
}

static void
emb_pilot_detail_init (EmbPilotDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, not bound: the bin unparents it. */
  self->scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  self->employee_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}
