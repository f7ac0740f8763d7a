/* emb-feedback-detail.c: one piece of feedback, who it reaches, its follow-up
 *
 * What the customer wrote and where; the roles responsible for that
 * touchpoint, owners first (emb_feedback_routing_list_roles()); the
 * follow-up status with the steps it allows (the state table of
 * emb-feedback-follow-up.c) and the owner, chosen from the people those
 * roles hold (proposed first) or anyone found by a search. Praise offers to
 * become a nomination (EmbFeedbackDetail::nominate; the page presents the
 * dialog). A refusal of the store shows under the owner or above the steps
 * (EmbForm).
 *
 * The detail shows a feedback by its id and reads it again when asked, so
 * it stays on the feedback when the list around it changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-drop-down.h"
#include "emb-feedback-detail.h"
#include "emb-feedback-labels.h"
#include "emb-feedback-routing.h"
#include "emb-feedback-store.h"
#include "emb-form.h"
#include "emb-nomination-picker.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-responsibility-matrix.h"
#include "emb-toast.h"

struct _EmbFeedbackDetail
{
  GtkBox               parent_instance;

  EmbDatabase         *database;
  EmbRecognitionNames *names;
  EmbFeedback         *feedback;     /* the feedback shown, or NULL */
  gint64               proposed_for; /* the touchpoint of the owners proposed */
  EmbForm             *form;
  gboolean             updating;

  GtkStack            *stack;
  GtkLabel            *kind_label;
  GtkLabel            *score_label;
  GtkLabel            *date_label;
  GtkLabel            *text_label;
  AdwActionRow        *touchpoint_row;
  AdwActionRow        *category_row;
  AdwActionRow        *source_row;
  GtkListBox          *roles_list;
  AdwActionRow        *status_row;
  GtkLabel            *general_error;
  GtkWidget           *acknowledge_button;
  GtkWidget           *start_button;
  GtkWidget           *close_button;
  GtkWidget           *reopen_button;
  EmbNominationPicker *owner_picker;
  GtkWidget           *nominate_button;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackDetail, emb_feedback_detail, GTK_TYPE_BOX)

enum {
  NOMINATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Showing ---------------------------------------------------------------- */

static void
show_roles (EmbFeedbackDetail *self)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) all_roles = NULL;
  g_autoptr(GHashTable) role_by_id = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->roles_list))) != NULL)
    gtk_list_box_remove (self->roles_list, child);

  roles = emb_feedback_routing_list_roles (self->database,
                                           emb_record_get_id (EMB_RECORD (self->feedback)),
                                           &error);
  if (roles != NULL)
    all_roles = emb_people_store_list_roles (self->database, 0, &error);
  if (all_roles == NULL)
    {
      g_warning ("Cannot read whom feedback reaches: %s", error->message);
      return;
    }
  role_by_id = emb_records_by_id_new ();
  emb_records_by_id_fill (role_by_id, all_roles);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(EmbResponsibility) responsibility = g_list_model_get_item (roles, i);
      gint64 role_id = emb_responsibility_get_role_id (responsibility);
      EmbRole *role = g_hash_table_lookup (role_by_id, &role_id);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     role != NULL ? emb_role_get_name (role) : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   emb_responsibility_matrix_level_name (emb_responsibility_get_level (responsibility)));
      gtk_list_box_append (self->roles_list, row);
    }

  if (g_list_model_get_n_items (roles) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     emb_feedback_get_touchpoint_id (self->feedback) > 0
                                     ? _("No role is responsible for this touchpoint yet")
                                     : _("Nobody until it is given a touchpoint"));
      gtk_list_box_append (self->roles_list, row);
    }
}

/* The owner chosen, and the people proposed: those responsible for the
 * touchpoint (read again only when the touchpoint changes). */
static void
show_owner (EmbFeedbackDetail *self)
{
  gint64 touchpoint_id = emb_feedback_get_touchpoint_id (self->feedback);
  gint64 owner_id = emb_feedback_get_assignee_id (self->feedback);

  self->updating = TRUE;
  if (touchpoint_id != self->proposed_for)
    {
      g_autoptr(GListModel) people = NULL;

      if (touchpoint_id > 0)
        people = emb_feedback_routing_query_people (self->database, touchpoint_id);
      emb_nomination_picker_set_proposed (self->owner_picker, people,
                                          people != NULL
                                          ? _("Proposed: the people responsible for the "
                                              "touchpoint, owners first")
                                          : NULL);
      self->proposed_for = touchpoint_id;
    }
  emb_nomination_picker_choose (self->owner_picker, owner_id,
                                owner_id > 0 ? emb_recognition_names_get_employee (self->names,
                                                                                   owner_id)
                                             : NULL);
  self->updating = FALSE;
}

static void
update_steps (EmbFeedbackDetail *self)
{
  int status = self->feedback != NULL ? (int)emb_feedback_get_follow_up (self->feedback) : -1;
  gboolean can[EMB_FOLLOW_UP_CLOSED + 1] = { FALSE, };
  gboolean praise;

  for (EmbFollowUp to = EMB_FOLLOW_UP_NEW; self->feedback != NULL && to <= EMB_FOLLOW_UP_CLOSED; to++)
    can[to] = emb_feedback_store_can_follow_up (status, to);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.acknowledge",
                                 status == EMB_FOLLOW_UP_NEW && can[EMB_FOLLOW_UP_ACKNOWLEDGED]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.start", can[EMB_FOLLOW_UP_IN_PROGRESS]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.close", can[EMB_FOLLOW_UP_CLOSED]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.reopen",
                                 status == EMB_FOLLOW_UP_CLOSED && can[EMB_FOLLOW_UP_ACKNOWLEDGED]);
  gtk_widget_set_visible (self->acknowledge_button, status == EMB_FOLLOW_UP_NEW);
  gtk_widget_set_visible (self->start_button, can[EMB_FOLLOW_UP_IN_PROGRESS]);
  gtk_widget_set_visible (self->close_button, can[EMB_FOLLOW_UP_CLOSED]);
  gtk_widget_set_visible (self->reopen_button, status == EMB_FOLLOW_UP_CLOSED);

  praise = self->feedback != NULL && emb_feedback_get_kind (self->feedback) == EMB_FEEDBACK_KIND_PRAISE;
  gtk_widget_set_visible (self->nominate_button, praise);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.nominate", praise);
}

static void
show_feedback (EmbFeedbackDetail *self)
{
  EmbFeedback *feedback = self->feedback;
  EmbTouchpoint *touchpoint;
  g_autofree char *score = NULL;
  g_autofree char *day = NULL;
  g_autofree char *source = NULL;
  const char *text;
  const char *channel;

  update_steps (self);
  gtk_stack_set_visible_child_name (self->stack, feedback != NULL ? "feedback" : "none");
  if (feedback == NULL)
    return;

  gtk_label_set_text (self->kind_label, emb_feedback_kind_label (emb_feedback_get_kind (feedback)));
  score = emb_feedback_score_text (feedback);
  gtk_label_set_text (self->score_label, score != NULL ? score : "");
  day = emb_recognition_format_day (emb_feedback_get_received_at (feedback));
  gtk_label_set_text (self->date_label, day);
  text = emb_feedback_get_text (feedback);
  gtk_label_set_text (self->text_label, text != NULL && *text != '\0' ? text : _("No comment"));

  touchpoint = emb_recognition_names_lookup_touchpoint (self->names,
                                                        emb_feedback_get_touchpoint_id (feedback));
  adw_action_row_set_subtitle (self->touchpoint_row,
                               touchpoint != NULL ? emb_touchpoint_get_name (touchpoint)
                               : emb_feedback_get_triage (feedback) ? _("None yet: waiting for triage")
                                                                    : _("None"));
  adw_action_row_set_subtitle (self->category_row,
                               emb_feedback_category_label (emb_feedback_get_category (feedback)));
  channel = emb_feedback_get_channel (feedback);
  if (*channel != '\0' && *emb_feedback_get_source (feedback) != '\0')
    /* Translators: where feedback came in, and the tool or file that brought it */
    source = g_strdup_printf (_("%s, from %s"), channel, emb_feedback_get_source (feedback));
  else if (*channel != '\0' || *emb_feedback_get_source (feedback) != '\0')
    source = g_strconcat (channel, emb_feedback_get_source (feedback), NULL);
  else
    source = g_strdup (_("Not recorded"));
  adw_action_row_set_subtitle (self->source_row, source);
  adw_action_row_set_subtitle (self->status_row,
                               emb_feedback_follow_up_label (emb_feedback_get_follow_up (feedback)));

  show_roles (self);
  show_owner (self);
}

/* Public ----------------------------------------------------------------- */

/**
 * emb_feedback_detail_set_up:
 * @database: where the feedback is
 * @names: the names of touchpoints and people
 */
void
emb_feedback_detail_set_up (EmbFeedbackDetail   *self,
                            EmbDatabase         *database,
                            EmbRecognitionNames *names)
{
  g_return_if_fail (EMB_IS_FEEDBACK_DETAIL (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_set_object (&self->names, names);
  emb_nomination_picker_set_up (self->owner_picker, database, names);
}

/**
 * emb_feedback_detail_show:
 * @id: a feedback, or 0 for none
 *
 * Shows the feedback @id as it is now.
 */
void
emb_feedback_detail_show (EmbFeedbackDetail *self,
                          gint64             id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (EMB_IS_FEEDBACK_DETAIL (self));

  if (self->feedback == NULL || emb_record_get_id (EMB_RECORD (self->feedback)) != id)
    emb_form_clear (self->form);
  g_clear_object (&self->feedback);
  if (id > 0 && self->database != NULL)
    {
      self->feedback = emb_feedback_store_get (self->database, id, &error);
      /* Gone: deleted meanwhile, by another window perhaps. */
      if (self->feedback == NULL && !g_error_matches (error, EMB_DATABASE_ERROR,
                                                      EMB_DATABASE_ERROR_NOT_FOUND))
        g_warning ("Cannot read feedback %" G_GINT64_FORMAT ": %s", id, error->message);
    }
  show_feedback (self);
}

/**
 * emb_feedback_detail_reload:
 *
 * Reads the feedback shown again.
 */
void
emb_feedback_detail_reload (EmbFeedbackDetail *self)
{
  g_return_if_fail (EMB_IS_FEEDBACK_DETAIL (self));

  /* Names or responsibilities may have changed too. */
  self->proposed_for = -1;
  emb_feedback_detail_show (self, emb_feedback_detail_get_id (self));
}

gint64
emb_feedback_detail_get_id (EmbFeedbackDetail *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_DETAIL (self), 0);

  return self->feedback != NULL ? emb_record_get_id (EMB_RECORD (self->feedback)) : 0;
}

/**
 * emb_feedback_detail_get_feedback:
 *
 * Returns: (transfer none) (nullable): the feedback shown
 */
EmbFeedback *
emb_feedback_detail_get_feedback (EmbFeedbackDetail *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_DETAIL (self), NULL);

  return self->feedback;
}

/**
 * emb_feedback_detail_get_owner_picker:
 *
 * Returns: (transfer none): where the owner is chosen
 */
EmbNominationPicker *
emb_feedback_detail_get_owner_picker (EmbFeedbackDetail *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_DETAIL (self), NULL);

  return self->owner_picker;
}

/**
 * emb_feedback_detail_get_error:
 * @field: "assignee" or "follow-up"
 *
 * Returns: (nullable): the refusal shown for @field
 */
const char *
emb_feedback_detail_get_error (EmbFeedbackDetail *self,
                               const char        *field)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_DETAIL (self), NULL);

  return emb_form_get_error (self->form, field);
}

/* Steps ------------------------------------------------------------------ */

typedef gboolean (*StepFunc) (EmbDatabase  *db,
                              gint64        id,
                              GError      **error);

/* Runs a step of the follow-up; a refusal shows where its field is. */
static void
run_step (EmbFeedbackDetail *self,
          StepFunc           func,
          gint64             owner_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = emb_feedback_detail_get_id (self);
  gboolean done;

  if (id == 0)
    return;
  emb_form_clear (self->form);
  if (func != NULL)
    done = func (self->database, id, &error);
  else
    done = emb_feedback_store_start (self->database, id, owner_id, &error);
  if (!done && !emb_form_show_error (self->form, error))
    emb_toast_show_error (GTK_WIDGET (self), error);
  emb_feedback_detail_show (self, id);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EmbFeedbackDetail *self = EMB_FEEDBACK_DETAIL (widget);

  if (g_str_equal (action_name, "feedback.acknowledge"))
    run_step (self, emb_feedback_store_acknowledge, 0);
  else if (g_str_equal (action_name, "feedback.close"))
    run_step (self, emb_feedback_store_close, 0);
  else if (g_str_equal (action_name, "feedback.reopen"))
    run_step (self, emb_feedback_store_reopen, 0);
  else
    /* Start with the owner chosen (or the one it has). */
    run_step (self, NULL, emb_nomination_picker_get_chosen_id (self->owner_picker));
}

static void
nominate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EmbFeedbackDetail *self = EMB_FEEDBACK_DETAIL (widget);

  if (self->feedback != NULL)
    g_signal_emit (self, signals[NOMINATE], 0, self->feedback);
}

/* A person chose an owner in the list (or cleared the choice). */
static void
on_owner_chosen (EmbFeedbackDetail *self)
{
  g_autoptr(GError) error = NULL;
  gint64 owner_id = emb_nomination_picker_get_chosen_id (self->owner_picker);
  gint64 id = emb_feedback_detail_get_id (self);

  if (self->updating || id == 0 || owner_id == emb_feedback_get_assignee_id (self->feedback))
    return;

  emb_form_clear (self->form);
  if (!emb_feedback_store_set_owner (self->database, id, owner_id, &error) &&
      !emb_form_show_error (self->form, error))
    emb_toast_show_error (GTK_WIDGET (self), error);
  emb_feedback_detail_show (self, id);
}

/* Object ----------------------------------------------------------------- */

static void
emb_feedback_detail_dispose (GObject *object)
{
  EmbFeedbackDetail *self = (EmbFeedbackDetail *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_FEEDBACK_DETAIL);
  g_clear_object (&self->form);
  g_clear_object (&self->feedback);
  g_clear_object (&self->names);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_feedback_detail_parent_class)->dispose (object);
}

static void
emb_feedback_detail_class_init (EmbFeedbackDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_feedback_detail_dispose;

  /**
   * EmbFeedbackDetail::nominate:
   * @feedback: the praise shown
   *
   * A person asked to turn the praise into a nomination.
   */
  signals[NOMINATE] =
    g_signal_new ("nominate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, EMB_TYPE_FEEDBACK);

  g_type_ensure (EMB_TYPE_NOMINATION_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, kind_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, score_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, date_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, text_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, touchpoint_row);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, category_row);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, source_row);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, roles_list);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, general_error);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, acknowledge_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, start_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, close_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, owner_picker);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackDetail, nominate_button);

  gtk_widget_class_install_action (widget_class, "feedback.acknowledge", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "feedback.start", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "feedback.close", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "feedback.reopen", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "feedback.nominate", NULL, nominate_action);
}

static void
emb_feedback_detail_init (EmbFeedbackDetail *self)
{
  GtkWidget *owner_entry;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->proposed_for = -1;
  self->form = emb_form_new ();
  owner_entry = emb_nomination_picker_get_entry (self->owner_picker);
  emb_form_set_general_label (self->form, self->general_error);
  emb_form_add_field (self->form, "assignee", owner_entry,
                      emb_nomination_picker_get_error_label (self->owner_picker));
  emb_form_add_field (self->form, "follow-up", GTK_WIDGET (self->status_row), self->general_error);
  /* A refusal must not take the focus from the list the person works in. */
  emb_form_set_focus_on_error (self->form, FALSE);

  g_signal_connect_object (self->owner_picker, "notify::chosen-id",
                           G_CALLBACK (on_owner_chosen), self, G_CONNECT_SWAPPED);
  update_steps (self);
}
