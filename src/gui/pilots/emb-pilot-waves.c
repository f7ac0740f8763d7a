/* emb-pilot-waves.c: the waves of a pilot, their steps and the form to add one
 *
 * A pilot goes department by department: its waves, in order, each planned,
 * running, evaluated or rolled out. The list shows them (without those whose
 * removal waits behind an Undo toast) and one of them is chosen: by default
 * the one running, else the first. Under it, the steps (their buttons act
 * through the page's actions, whose work is done here) and a form to add a
 * wave, whose dates are proposed from the day after the last wave ends.
 *
 * The section emits EmbPilotWaves::changed whenever the waves shown or the
 * wave chosen may have changed, so that the page can update its actions and
 * the comparison can follow the wave chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilot-waves"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-form.h"
#include "emb-people-store.h"
#include "emb-pilot-store.h"
#include "emb-pilot-waves.h"
#include "emb-pilots-dates.h"
#include "emb-toast.h"
#include "emb-wave-row.h"

/* How long a new wave lasts unless told otherwise. */
#define DEFAULT_WAVE_DAYS 90

struct _EmbPilotWaves
{
  GtkBox        parent_instance;

  EmbDatabase  *database;
  EmbUndoQueue *undo_queue;
  gint64        pilot_id;         /* the pilot whose waves are shown, or 0 */
  GListStore   *waves;            /* its EmbWaves, in order, without pending removals */
  gint64        wave_id;          /* the wave chosen, or 0 */
  gint64        defaults_after;   /* the last wave when the new one's dates were proposed */
  GHashTable   *department_names; /* id → name */
  GArray       *department_ids;   /* what each position of the drop-down stands for */
  EmbForm      *form;
  guint         loading;
  gboolean      disposing;

  GtkListBox   *waves_list;
  GtkWidget    *placeholder;
  AdwComboRow  *department_row;
  AdwEntryRow  *starts_row;
  AdwEntryRow  *ends_row;
  GtkLabel     *wave_error;
};

G_DEFINE_FINAL_TYPE (EmbPilotWaves, emb_pilot_waves, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static EmbWave *
find_wave (EmbPilotWaves *self,
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

static GtkWidget *
create_wave_row (gpointer item,
                 gpointer user_data)
{
  EmbPilotWaves *self = user_data;
  EmbWave *wave = item;

  return emb_wave_row_new (wave, emb_pilot_waves_get_department_name (self, emb_wave_get_department_id (wave)));
}

/* Chooses the wave @id, or none when it is not listed. */
static void
select_wave_row (EmbPilotWaves *self,
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
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_wave_row_selected (EmbPilotWaves *self,
                      GtkListBoxRow *row)
{
  EmbWave *wave;

  if (self->disposing || self->loading > 0)
    return;

  wave = row != NULL ? emb_wave_row_get_wave (EMB_WAVE_ROW (row)) : NULL;
  self->wave_id = wave != NULL ? emb_record_get_id (EMB_RECORD (wave)) : 0;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The departments' names, and in the drop-down those in no wave yet. */
static void
fill_departments (EmbPilotWaves *self,
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
  departments = emb_people_store_list_departments (self->database, NULL);
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
last_wave_id (EmbPilotWaves *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->waves));
  g_autoptr(EmbWave) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->waves), n - 1) : NULL;

  return last != NULL ? emb_record_get_id (EMB_RECORD (last)) : 0;
}

/* Proposes the dates of a new wave: from the day after the last one ends. */
static void
set_wave_defaults (EmbPilotWaves *self)
{
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->waves));

  if (n > 0)
    {
      g_autoptr(EmbWave) last = g_list_model_get_item (G_LIST_MODEL (self->waves), n - 1);

      starts = emb_pilots_add_days (emb_wave_get_ends_on (last), 1);
    }
  if (starts == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      starts = g_date_time_format (now, "%Y-%m-%d");
    }
  ends = emb_pilots_add_days (starts, DEFAULT_WAVE_DAYS - 1);

  self->defaults_after = last_wave_id (self);
  emb_form_set_text (self->form, "starts-on", starts);
  emb_form_set_text (self->form, "ends-on", ends);
}

/**
 * emb_pilot_waves_load:
 * @pilot_id: the pilot whose waves to show, or 0 for none
 *
 * Reads the waves of @pilot_id again, keeping the wave chosen if it is
 * still there; another pilot starts afresh.
 */
void
emb_pilot_waves_load (EmbPilotWaves *self,
                      gint64         pilot_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean pilot_changed;
  gint64 wave_id;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));
  g_return_if_fail (EMB_IS_DATABASE (self->database));

  pilot_changed = pilot_id != self->pilot_id || pilot_id == 0;
  wave_id = pilot_changed ? 0 : self->wave_id;
  self->pilot_id = pilot_id;

  if (pilot_id != 0)
    {
      all = emb_pilot_store_list_waves (self->database, pilot_id, &error);
      if (all == NULL)
        g_warning ("Cannot list the waves: %s", error->message);
    }
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (all, i);

      if (!emb_undo_queue_contains (self->undo_queue, EMB_RECORD_KIND_WAVE,
                                    emb_record_get_id (EMB_RECORD (wave))))
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
    emb_form_clear (self->form);
  if (pilot_changed || last_wave_id (self) != self->defaults_after)
    set_wave_defaults (self);
  select_wave_row (self, wave_id);
}

/* Steps ------------------------------------------------------------------ */

/* Removes the waves waiting for their toast now: a step of the pilot must
 * not meet a wave that is gone but for its toast. */
static void
flush_pending_waves (EmbPilotWaves *self)
{
  emb_undo_queue_flush_kind (self->undo_queue, EMB_RECORD_KIND_WAVE);
}

static void
reload (EmbPilotWaves *self)
{
  emb_pilot_waves_load (self, self->pilot_id);
}

/**
 * emb_pilot_waves_add:
 *
 * Adds the wave the form describes; an error of one of its fields shows
 * under the form.
 */
void
emb_pilot_waves_add (EmbPilotWaves *self)
{
  g_autoptr(EmbWave) wave = emb_wave_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  guint position;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));

  flush_pending_waves (self);

  if (self->pilot_id == 0)
    return;

  emb_form_clear (self->form);
  starts = emb_form_get_text (self->form, "starts-on");
  ends = emb_form_get_text (self->form, "ends-on");
  position = adw_combo_row_get_selected (self->department_row);
  emb_wave_set_pilot_id (wave, self->pilot_id);
  emb_wave_set_department_id (wave, position < self->department_ids->len
                                      ? g_array_index (self->department_ids, gint64, position) : 0);
  emb_wave_set_starts_on (wave, starts);
  emb_wave_set_ends_on (wave, ends);

  if (!emb_pilot_store_add_wave (self->database, wave, &error))
    {
      if (!emb_form_show_error (self->form, error))
        emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Show it at once, chosen; the next one is proposed after it. */
  reload (self);
  select_wave_row (self, emb_record_get_id (EMB_RECORD (wave)));
}

/**
 * emb_pilot_waves_move:
 * @delta: -1 to move the wave chosen up, 1 to move it down
 */
void
emb_pilot_waves_move (EmbPilotWaves *self,
                      int            delta)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint n;
  guint position;
  int target;
  gint64 tmp;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));

  flush_pending_waves (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->waves));
  if (self->pilot_id == 0 || find_wave (self, self->wave_id, &position) == NULL)
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

  if (!emb_pilot_store_reorder_waves (self->database, self->pilot_id,
                                      (const gint64 *)(gpointer)ids->data, ids->len, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  reload (self);
  if (find_wave (self, self->wave_id, &position) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->waves_list, (int)position)));
}

/**
 * emb_pilot_waves_remove:
 *
 * Hides the wave chosen, a planned one, at once and removes it when its
 * Undo toast goes away.
 */
void
emb_pilot_waves_remove (EmbPilotWaves *self)
{
  EmbWave *wave;
  g_autofree char *title = NULL;
  gint64 id;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));

  id = self->wave_id;
  wave = find_wave (self, id, NULL);
  if (wave == NULL)
    return;
  if (emb_wave_get_status (wave) != EMB_WAVE_STATUS_PLANNED)
    {
      emb_toast_add (GTK_WIDGET (self), adw_toast_new (_("Only a planned wave can be removed")));
      return;
    }

  title = g_strdup_printf (_("Wave in “%s” removed"),
                           emb_pilot_waves_get_department_name (self, emb_wave_get_department_id (wave)));
  self->wave_id = 0;
  /* Refused for a wave that started meanwhile: the queue shows it again. */
  emb_undo_queue_push_one (self->undo_queue, GTK_WIDGET (self), EMB_RECORD_KIND_WAVE, id, title,
                           emb_pilot_store_remove_wave);
  reload (self);
}

/**
 * emb_pilot_waves_start_next:
 *
 * Starts the first planned wave, and chooses it.
 */
void
emb_pilot_waves_start_next (EmbPilotWaves *self)
{
  g_autoptr(EmbWave) wave = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));

  flush_pending_waves (self);

  if (self->pilot_id == 0)
    return;

  wave = emb_pilot_store_start_next_wave (self->database, self->pilot_id, &error);
  if (wave == NULL)
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  reload (self);
  select_wave_row (self, emb_record_get_id (EMB_RECORD (wave)));
  text = g_strdup_printf (_("The wave in %s started"),
                          emb_pilot_waves_get_department_name (self, emb_wave_get_department_id (wave)));
  emb_toast_add (GTK_WIDGET (self), adw_toast_new (text));
}

/**
 * emb_pilot_waves_evaluate:
 * @wave_id: the running wave evaluated
 * @note: what it showed
 */
void
emb_pilot_waves_evaluate (EmbPilotWaves *self,
                          gint64         wave_id,
                          const char    *note)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));

  if (!emb_pilot_store_evaluate_wave (self->database, wave_id, note, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  reload (self);
  emb_toast_add (GTK_WIDGET (self), adw_toast_new (_("Wave evaluated")));
}

/**
 * emb_pilot_waves_roll_out:
 *
 * Makes the way of working of the wave chosen, an evaluated one, permanent.
 */
void
emb_pilot_waves_roll_out (EmbPilotWaves *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  EmbWave *wave;

  g_return_if_fail (EMB_IS_PILOT_WAVES (self));

  flush_pending_waves (self);

  wave = find_wave (self, self->wave_id, NULL);
  if (wave == NULL)
    return;
  text = g_strdup_printf (_("The pilot is rolled out in %s"),
                          emb_pilot_waves_get_department_name (self, emb_wave_get_department_id (wave)));
  if (!emb_pilot_store_roll_out_wave (self->database, self->wave_id, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  reload (self);
  emb_toast_add (GTK_WIDGET (self), adw_toast_new (text));
}

/* State ------------------------------------------------------------------ */

/**
 * emb_pilot_waves_select:
 *
 * Chooses the wave @wave_id, as clicking its row does.
 *
 * Returns: %TRUE when the wave is listed (and now chosen)
 */
gboolean
emb_pilot_waves_select (EmbPilotWaves *self,
                        gint64         wave_id)
{
  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), FALSE);

  if (wave_id == 0 || find_wave (self, wave_id, NULL) == NULL)
    return FALSE;
  select_wave_row (self, wave_id);
  return TRUE;
}

gint64
emb_pilot_waves_get_wave_id (EmbPilotWaves *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), 0);

  return self->wave_id;
}

/**
 * emb_pilot_waves_get_wave:
 * @position: (out) (optional): its place in the order
 *
 * Returns: (transfer none) (nullable): the wave chosen
 */
EmbWave *
emb_pilot_waves_get_wave (EmbPilotWaves *self,
                          guint         *position)
{
  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), NULL);

  return self->wave_id != 0 ? find_wave (self, self->wave_id, position) : NULL;
}

guint
emb_pilot_waves_get_n_waves (EmbPilotWaves *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->waves));
}

/**
 * emb_pilot_waves_has_status:
 *
 * Returns: whether a wave shown has @status
 */
gboolean
emb_pilot_waves_has_status (EmbPilotWaves *self,
                            EmbWaveStatus  status)
{
  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->waves)); i++)
    {
      g_autoptr(EmbWave) wave = g_list_model_get_item (G_LIST_MODEL (self->waves), i);

      if (emb_wave_get_status (wave) == status)
        return TRUE;
    }
  return FALSE;
}

/**
 * emb_pilot_waves_can_add:
 *
 * Returns: whether a pilot is shown and a department is in none of its waves
 */
gboolean
emb_pilot_waves_can_add (EmbPilotWaves *self)
{
  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), FALSE);

  return self->pilot_id != 0 && self->department_ids->len > 0;
}

/**
 * emb_pilot_waves_get_department_name:
 *
 * Returns: (transfer none): the name of the department @department_id
 */
const char *
emb_pilot_waves_get_department_name (EmbPilotWaves *self,
                                     gint64         department_id)
{
  const char *name;

  g_return_val_if_fail (EMB_IS_PILOT_WAVES (self), NULL);

  name = g_hash_table_lookup (self->department_names, &department_id);
  return name != NULL ? name : _("Unknown department");
}

/**
 * emb_pilot_waves_setup:
 * @database: where the waves are
 * @undo_queue: the page's deletions waiting behind an Undo toast
 */
void
emb_pilot_waves_setup (EmbPilotWaves *self,
                       EmbDatabase   *database,
                       EmbUndoQueue  *undo_queue)
{
  g_return_if_fail (EMB_IS_PILOT_WAVES (self));
  g_return_if_fail (EMB_IS_DATABASE (database));
  g_return_if_fail (EMB_IS_UNDO_QUEUE (undo_queue));

  g_set_object (&self->database, database);
  g_set_object (&self->undo_queue, undo_queue);
}

/* GObject ---------------------------------------------------------------- */

static void
emb_pilot_waves_dispose (GObject *object)
{
  EmbPilotWaves *self = (EmbPilotWaves *)object;

  /* The list's selection handler must not run while the rows go. */
  self->disposing = TRUE;
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PILOT_WAVES);
  g_clear_object (&self->waves);
  g_clear_object (&self->undo_queue);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_pilot_waves_parent_class)->dispose (object);
}

static void
emb_pilot_waves_finalize (GObject *object)
{
  EmbPilotWaves *self = (EmbPilotWaves *)object;

  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (emb_pilot_waves_parent_class)->finalize (object);
}

static void
emb_pilot_waves_class_init (EmbPilotWavesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_pilot_waves_dispose;
  object_class->finalize = emb_pilot_waves_finalize;

  /**
   * EmbPilotWaves::changed:
   *
   * The waves shown or the wave chosen may have changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-pilot-waves.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPilotWaves, waves_list);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotWaves, placeholder);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotWaves, department_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotWaves, starts_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotWaves, ends_row);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotWaves, wave_error);
  gtk_widget_class_bind_template_callback (widget_class, on_wave_row_selected);
}

static void
emb_pilot_waves_init (EmbPilotWaves *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->waves = g_list_store_new (EMB_TYPE_WAVE);
  self->department_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_list_box_bind_model (self->waves_list, G_LIST_MODEL (self->waves), create_wave_row, self, NULL);
  gtk_list_box_set_placeholder (self->waves_list, self->placeholder);

  /* The three fields share the label under the form. */
  self->form = emb_form_new ();
  emb_form_add_field (self->form, "department", GTK_WIDGET (self->department_row), self->wave_error);
  emb_form_add_field (self->form, "starts-on", GTK_WIDGET (self->starts_row), self->wave_error);
  emb_form_add_field (self->form, "ends-on", GTK_WIDGET (self->ends_row), self->wave_error);
  emb_a11y_label_entry_row (self->starts_row);
  emb_a11y_label_entry_row (self->ends_row);
}
