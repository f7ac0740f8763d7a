/* emb-pilots-page.c: the autonomy pilots area of the manager window
 *
 * The pilots in a sidebar; for the one chosen, its principle and
 * guardrails, its waves (department by department: planned, running,
 * evaluated, rolled out) with the steps between them, the before and after
 * of the wave chosen, and the decision log with its no-blame reviews
 * (EmbPilotDetail, with EmbPilotWaves for the waves).
 *
 * The page owns what the window reaches: its actions (the steps of a wave
 * are done by the waves section), the dialogs it opens, the deletions it
 * defers behind an Undo toast, and its refresh when pilots, waves,
 * departments or employees change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-pilots-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-decision-dialog.h"
#include "emb-error.h"
#include "emb-note-dialog.h"
#include "emb-pilot-detail.h"
#include "emb-pilot-editor.h"
#include "emb-pilot-row.h"
#include "emb-pilot-store.h"
#include "emb-pilots-page.h"

struct _EmbPilotsPage
{
  EmbPage         parent_instance;

  GListStore     *pilots;         /* the EmbPilots shown, without pending deletions */
  EmbPilot       *pilot;          /* the pilot shown, or NULL */
  guint           loading;
  gboolean        disposing;

  GtkStack       *main_stack;     /* unowned */
  AdwLeaflet     *leaflet;
  GtkListBox     *pilots_list;
  GtkStack       *detail_stack;
  GtkButton      *back_button;
  GtkLabel       *title_label;
  EmbPilotDetail *detail;
};

G_DEFINE_FINAL_TYPE (EmbPilotsPage, emb_pilots_page, EMB_TYPE_PAGE)

static void refresh        (EmbPilotsPage *self);
static void update_actions (EmbPilotsPage *self);

static EmbPilotWaves *
get_waves (EmbPilotsPage *self)
{
  return emb_pilot_detail_get_waves (self->detail);
}

/* The pilot shown -------------------------------------------------------- */

static void
load_pilot (EmbPilotsPage *self,
            gint64         id)
{
  g_autoptr(EmbPilot) pilot = NULL;
  g_autoptr(GError) error = NULL;

  if (id != 0)
    {
      pilot = emb_pilot_store_get_pilot (emb_page_get_database (EMB_PAGE (self)), id, &error);
      if (pilot == NULL && !g_error_matches (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND))
        g_warning ("Cannot read the pilot: %s", error->message);
    }
  g_set_object (&self->pilot, pilot);

  if (pilot != NULL)
    gtk_label_set_text (self->title_label, emb_pilot_get_name (pilot));
  gtk_stack_set_visible_child_name (self->detail_stack, pilot != NULL ? "pilot" : "none");
  emb_pilot_detail_show_pilot (self->detail, pilot);
  /* Its decision log, a lazy list, rests while the page is not shown. */
  if (emb_pilot_detail_get_decisions (self->detail) != NULL)
    emb_page_follow_model (EMB_PAGE (self), emb_pilot_detail_get_decisions (self->detail));
  update_actions (self);
}

/* The list of pilots ----------------------------------------------------- */

static GtkWidget *
create_pilot_row (gpointer item,
                  gpointer user_data)
{
  return emb_pilot_row_new (EMB_PILOT (item));
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

      if (emb_undo_queue_contains (emb_page_get_undo_queue (EMB_PAGE (self)), EMB_RECORD_KIND_PILOT,
                                   emb_record_get_id (EMB_RECORD (pilot))))
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

  load_pilot (self, emb_record_get_id (EMB_RECORD (emb_pilot_row_get_pilot (EMB_PILOT_ROW (row)))));
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
    emb_pilot_detail_forget_employees (self->detail);
}

/* Actions' state --------------------------------------------------------- */

static void
update_actions (EmbPilotsPage *self)
{
  EmbPilotWaves *waves = get_waves (self);
  guint position = 0;
  EmbWave *wave = emb_pilot_waves_get_wave (waves, &position);
  EmbWaveStatus status = wave != NULL ? emb_wave_get_status (wave) : EMB_WAVE_STATUS_PLANNED;
  guint n_waves = emb_pilot_waves_get_n_waves (waves);
  guint n_pilots = g_list_model_get_n_items (G_LIST_MODEL (self->pilots));
  gboolean has_pilot = self->pilot != NULL;
  gboolean running = emb_pilot_waves_has_status (waves, EMB_WAVE_STATUS_RUNNING);
  gboolean planned = emb_pilot_waves_has_status (waves, EMB_WAVE_STATUS_PLANNED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", has_pilot);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", has_pilot);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.next", n_pilots > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.previous", n_pilots > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-wave",
                                 has_pilot && emb_pilot_waves_can_add (waves));
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

/* Deleting a pilot with Undo ---------------------------------------------- */

static void
on_undone (EmbPilotsPage *self,
           EmbRecordKind  kind,
           gint64         id)
{
  if (kind == EMB_RECORD_KIND_PILOT)
    show_pilot (self, id);
  else
    emb_pilot_waves_select (get_waves (self), id);
}

/* Hides the pilot at once and deletes it when the toast goes away without
 * Undo (at once when there is no window to show a toast). */
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
  emb_undo_queue_push_one (emb_page_get_undo_queue (EMB_PAGE (self)), GTK_WIDGET (self),
                           EMB_RECORD_KIND_PILOT, id, title, emb_pilot_store_delete_pilot);
  refresh (self);
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

/* Actions: waves (done by the waves section) ------------------------------ */

static void
add_wave_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  emb_pilot_waves_add (get_waves (EMB_PILOTS_PAGE (widget)));
}

static void
move_wave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  emb_pilot_waves_move (get_waves (EMB_PILOTS_PAGE (widget)),
                        g_str_equal (action_name, "page.move-wave-up") ? -1 : 1);
}

static void
remove_wave_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  emb_pilot_waves_remove (get_waves (EMB_PILOTS_PAGE (widget)));
}

static void
start_next_wave_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  emb_pilot_waves_start_next (get_waves (EMB_PILOTS_PAGE (widget)));
}

static void
roll_out_wave_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  emb_pilot_waves_roll_out (get_waves (EMB_PILOTS_PAGE (widget)));
}

static void
on_evaluate_response (EmbNoteDialog *dialog,
                      const char    *response,
                      EmbPilotsPage *self)
{
  g_autofree char *note = emb_note_dialog_get_note (dialog);

  if (g_str_equal (response, "evaluate"))
    emb_pilot_waves_evaluate (get_waves (self), emb_note_dialog_get_record_id (dialog), note);
}

static void
evaluate_wave_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EmbPilotsPage *self = EMB_PILOTS_PAGE (widget);
  EmbPilotWaves *waves = get_waves (self);
  EmbWave *wave;
  g_autofree char *body = NULL;
  EmbNoteDialog *dialog;

  emb_undo_queue_flush_kind (emb_page_get_undo_queue (EMB_PAGE (self)), EMB_RECORD_KIND_WAVE);

  wave = emb_pilot_waves_get_wave (waves, NULL);
  if (wave == NULL)
    return;

  body = g_strdup_printf (_("What did the wave in %s show? Note what worked, what did not and "
                            "what the next departments should know."),
                          emb_pilot_waves_get_department_name (waves, emb_wave_get_department_id (wave)));
  dialog = emb_note_dialog_new (_("Evaluate the Wave"), body, _("Evaluation"),
                                emb_record_get_id (EMB_RECORD (wave)));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "evaluate", _("_Evaluate"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "evaluate",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "evaluate");
  emb_note_dialog_require_note (dialog, "evaluate");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_evaluate_response), self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
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
  emb_page_present_dialog (EMB_PAGE (self),
                           GTK_WINDOW (emb_decision_dialog_new (emb_page_get_database (EMB_PAGE (self)),
                                                                self->pilot)));
}

static void
on_review_response (EmbNoteDialog *dialog,
                    const char    *response,
                    EmbPilotsPage *self)
{
  g_autofree char *note = emb_note_dialog_get_note (dialog);
  g_autoptr(GError) error = NULL;
  EmbReviewStatus status;

  if (g_str_equal (response, "reviewed"))
    status = EMB_REVIEW_STATUS_REVIEWED;
  else if (g_str_equal (response, "escalate"))
    status = EMB_REVIEW_STATUS_ESCALATED;
  else
    return;

  if (!emb_pilot_store_review_decision (emb_page_get_database (EMB_PAGE (self)),
                                        emb_note_dialog_get_record_id (dialog), status, note, &error))
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
  EmbNoteDialog *dialog;

  decision = emb_pilot_store_get_decision (emb_page_get_database (EMB_PAGE (self)), id, &error);
  if (decision == NULL)
    {
      emb_page_show_error (EMB_PAGE (self), error);
      return;
    }

  dialog = emb_note_dialog_new (_("Review the Decision"), emb_decision_get_situation (decision),
                                _("No-blame review note"), id);
  emb_note_dialog_set_note (dialog, emb_decision_get_review_note (decision));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "escalate", _("E_scalate"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reviewed", _("_Mark Reviewed"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reviewed",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reviewed");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response), self, 0);
  emb_page_present_dialog (EMB_PAGE (self), GTK_WINDOW (dialog));
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
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), FALSE);

  return emb_pilot_waves_select (get_waves (self), wave_id);
}

gint64
emb_pilots_page_get_wave_id (EmbPilotsPage *self)
{
  g_return_val_if_fail (EMB_IS_PILOTS_PAGE (self), 0);

  return emb_pilot_waves_get_wave_id (get_waves (self));
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

  return emb_pilot_detail_get_decisions (self->detail);
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

  return GTK_WIDGET (emb_pilot_detail_get_comparison (self->detail));
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
  EmbUndoQueue *undo_queue;

  G_OBJECT_CLASS (emb_pilots_page_parent_class)->constructed (object);

  undo_queue = emb_page_get_undo_queue (EMB_PAGE (self));
  emb_pilot_detail_setup (self->detail, emb_page_get_database (EMB_PAGE (self)), undo_queue);
  g_signal_connect_object (get_waves (self), "changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (undo_queue, "undone", G_CALLBACK (on_undone), self, G_CONNECT_SWAPPED);
}

static void
emb_pilots_page_dispose (GObject *object)
{
  EmbPilotsPage *self = (EmbPilotsPage *)object;

  /* The rows' selection handlers must not reload while the lists go;
   * the base class closes the dialogs and carries out the deletions. */
  self->disposing = TRUE;
  if (self->detail != NULL)
    g_signal_handlers_disconnect_by_data (get_waves (self), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_PILOTS_PAGE);
  g_clear_object (&self->pilot);
  g_clear_object (&self->pilots);

  G_OBJECT_CLASS (emb_pilots_page_parent_class)->dispose (object);
}

static void
emb_pilots_page_class_init (EmbPilotsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbPageClass *page_class = EMB_PAGE_CLASS (klass);

  object_class->constructed = emb_pilots_page_constructed;
  object_class->dispose = emb_pilots_page_dispose;

  page_class->refresh = emb_pilots_page_refresh;
  page_class->database_changed = emb_pilots_page_database_changed;
  emb_page_class_watch (page_class,
                        EMB_RECORD_KIND_PILOT,
                        EMB_RECORD_KIND_WAVE,
                        EMB_RECORD_KIND_DEPARTMENT,
                        EMB_RECORD_KIND_EMPLOYEE,
                        -1);

  g_type_ensure (EMB_TYPE_PILOT_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/pilots/emb-pilots-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, pilots_list);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, EmbPilotsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_pilot_row_selected);
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
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, not bound: the bin unparents it. */
  self->main_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->pilots = g_list_store_new (EMB_TYPE_PILOT);
  gtk_list_box_bind_model (self->pilots_list, G_LIST_MODEL (self->pilots),
                           create_pilot_row, self, NULL);

  g_object_bind_property (self->leaflet, "folded",
                          self->back_button, "visible",
                          G_BINDING_SYNC_CREATE);
}
