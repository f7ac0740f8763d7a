/* emb-staff-feedback-view.c: what customers said about my touchpoints
 *
 * The Feedback view of the staff window: over the last 30 days, the NPS and
 * CSAT of my touchpoints with the number of answers behind each (or, below
 * the programme's anonymity threshold, only that there were too few), then
 * the praise, then the complaints with where their follow-up stands, then
 * anything else customers wrote. The session gives no customer's name or
 * reference, and the rows have no place for one. It follows the database
 * while shown (EmbRefresher).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-feedback-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-drop-down.h"
#include "emb-feedback-labels.h"
#include "emb-format.h"
#include "emb-records.h"
#include "emb-staff-feedback-view.h"
#include "emb-staff-item-row.h"
#include "emb-toast.h"

struct _EmbStaffFeedbackView
{
  EmbStaffView     parent_instance;

  GDateTime       *now;            /* NULL: the clock */
  GHashTable      *touchpoints;    /* id → EmbTouchpoint */

  GtkLabel        *nps_value;
  GtkLabel        *nps_answers;
  GtkLabel        *csat_value;
  GtkLabel        *csat_answers;
  GtkListBox      *praise_list;
  GtkListBox      *complaint_list;
  GtkWidget       *other_box;
  GtkListBox      *other_list;
};

G_DEFINE_FINAL_TYPE (EmbStaffFeedbackView, emb_staff_feedback_view, EMB_TYPE_STAFF_VIEW)

/* The template's child: not bound, as the bin unparents it itself. */
static GtkStack *
stack (EmbStaffFeedbackView *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static const char *
follow_up_class (EmbFollowUp follow_up)
{
  switch (follow_up)
    {
    case EMB_FOLLOW_UP_CLOSED:
      return "success";
    case EMB_FOLLOW_UP_IN_PROGRESS:
    case EMB_FOLLOW_UP_ACKNOWLEDGED:
      return "accent";
    case EMB_FOLLOW_UP_NEW:
    default:
      return "warning";
    }
}

static GtkWidget *
feedback_row (EmbStaffFeedbackView *self,
              EmbFeedback          *feedback)
{
  GtkWidget *row = emb_staff_item_row_new ();
  gint64 touchpoint_id = emb_feedback_get_touchpoint_id (feedback);
  EmbTouchpoint *touchpoint = g_hash_table_lookup (self->touchpoints, &touchpoint_id);
  g_autofree char *day = emb_format_day (emb_feedback_get_received_at (feedback));
  g_autofree char *score = emb_feedback_score_text (feedback);
  const char *channel = emb_feedback_get_channel (feedback);
  g_autoptr(GString) meta = g_string_new (day != NULL ? day : "");
  EmbFeedbackKind kind = emb_feedback_get_kind (feedback);

  if (score != NULL)
    g_string_append_printf (meta, " · %s", score);
  if (channel != NULL && *channel != '\0')
    g_string_append_printf (meta, " · %s", channel);
  /* Only what the customer said about the touchpoint: never who they are. */
  emb_staff_item_row_set (EMB_STAFF_ITEM_ROW (row),
                          touchpoint != NULL ? emb_touchpoint_get_name (touchpoint) : _("Your touchpoints"),
                          meta->str, emb_feedback_get_text (feedback), NULL);
  if (kind == EMB_FEEDBACK_KIND_COMPLAINT)
    emb_staff_item_row_set_badge (EMB_STAFF_ITEM_ROW (row),
                                  emb_feedback_follow_up_label (emb_feedback_get_follow_up (feedback)),
                                  follow_up_class (emb_feedback_get_follow_up (feedback)));
  else if (kind != EMB_FEEDBACK_KIND_PRAISE)
    emb_staff_item_row_set_badge (EMB_STAFF_ITEM_ROW (row), emb_feedback_kind_label (kind), "dim-label");
  return row;
}

/* A figure and the answers behind it; below the anonymity threshold only
 * that there were too few. */
static void
show_figure (EmbStaffFeedbackView *self,
             GtkLabel             *value_label,
             GtkLabel             *answers_label,
             gboolean              valid,
             const char           *value,
             guint                 total)
{
  g_autofree char *answers = NULL;

  if (valid)
    {
      answers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "from %u answer", "from %u answers", total),
                                 total);
      gtk_label_set_text (value_label, value);
    }
  else
    {
      g_autoptr(EmbDatabase) database = NULL;
      guint threshold;

      /* The threshold the session applied, from the session's database. */
      g_object_get (emb_staff_view_get_session (EMB_STAFF_VIEW (self)), "database", &database, NULL);
      threshold = emb_programme_get_anonymity_threshold (database);

      answers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Fewer than %u answer: not shown, so that no one can be recognised",
                                              "Fewer than %u answers: not shown, so that no one can be recognised",
                                              threshold),
                                 threshold);
      /* Translators: a figure not shown */
      gtk_label_set_text (value_label, C_("figure", "—"));
    }
  gtk_label_set_text (answers_label, answers);
}

static void
clear (EmbStaffFeedbackView *self)
{
  emb_staff_item_rows_clear (self->praise_list);
  emb_staff_item_rows_clear (self->complaint_list);
  emb_staff_item_rows_clear (self->other_list);
  g_hash_table_remove_all (self->touchpoints);
  gtk_label_set_text (self->nps_value, "");
  gtk_label_set_text (self->nps_answers, "");
  gtk_label_set_text (self->csat_value, "");
  gtk_label_set_text (self->csat_answers, "");
  gtk_stack_set_visible_child_name (stack (self), "empty");
}

static void
emb_staff_feedback_view_refresh (EmbStaffView *view)
{
  EmbStaffFeedbackView *self = EMB_STAFF_FEEDBACK_VIEW (view);
  EmbStaffSession *session = emb_staff_view_get_session (view);
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(GListModel) touchpoints = NULL;
  g_autoptr(GListModel) feedback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nps_text = NULL;
  g_autofree char *csat_text = NULL;
  EmbNps nps = { 0 };
  EmbCsat csat = { 0 };
  guint n;

  clear (self);
  if (session == NULL || !emb_staff_session_is_signed_in (session))
    return;

  touchpoints = emb_staff_session_list_touchpoints (session, NULL);
  emb_records_by_id_fill (self->touchpoints, touchpoints);
  feedback = emb_staff_session_list_feedback (session, EMB_STAFF_FEEDBACK_DAYS, self->now, &error);
  if (feedback == NULL ||
      !emb_staff_session_get_feedback_figures (session, EMB_STAFF_FEEDBACK_DAYS, self->now,
                                               &nps, &csat, &error))
    {
      emb_toast_show_error (widget, error);
      return;
    }

  n = g_list_model_get_n_items (feedback);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbFeedback) item = g_list_model_get_item (feedback, i);
      GtkListBox *list;

      switch (emb_feedback_get_kind (item))
        {
        case EMB_FEEDBACK_KIND_PRAISE:
          list = self->praise_list;
          break;
        case EMB_FEEDBACK_KIND_COMPLAINT:
          list = self->complaint_list;
          break;
        default:
          list = self->other_list;
        }
      gtk_list_box_append (list, feedback_row (self, item));
    }
  gtk_widget_set_visible (self->other_box, gtk_list_box_get_row_at_index (self->other_list, 0) != NULL);

  /* Translators: an NPS, from -100 to 100, with its sign */
  nps_text = g_strdup_printf (C_("nps", "%+d"), nps.score);
  /* Translators: a CSAT, the share of satisfied answers */
  csat_text = g_strdup_printf (_("%.0f %%"), csat.percent);
  show_figure (self, self->nps_value, self->nps_answers, nps.valid, nps_text, nps.total);
  show_figure (self, self->csat_value, self->csat_answers, csat.valid, csat_text, csat.total);

  gtk_stack_set_visible_child_name (stack (self),
                                    n > 0 || nps.total > 0 || csat.total > 0 ? "feedback" : "empty");
}

/**
 * emb_staff_feedback_view_set_now:
 * @now: (nullable): the day the 30 days end, or %NULL for today
 *
 * For tests and screenshots on the demo organisation, which has a fixed
 * reference date.
 */
void
emb_staff_feedback_view_set_now (EmbStaffFeedbackView *self,
                                 GDateTime            *now)
{
  g_return_if_fail (EMB_IS_STAFF_FEEDBACK_VIEW (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
  emb_staff_view_refresh_now (EMB_STAFF_VIEW (self));
}

/**
 * emb_staff_feedback_view_get_list:
 * @kind: %EMB_FEEDBACK_KIND_PRAISE, %EMB_FEEDBACK_KIND_COMPLAINT, or another
 *   kind for the rest
 *
 * Returns: (transfer none): the list; the rows are #EmbStaffItemRow
 */
GtkListBox *
emb_staff_feedback_view_get_list (EmbStaffFeedbackView *self,
                                  EmbFeedbackKind       kind)
{
  g_return_val_if_fail (EMB_IS_STAFF_FEEDBACK_VIEW (self), NULL);

  if (kind == EMB_FEEDBACK_KIND_PRAISE)
    return self->praise_list;
  if (kind == EMB_FEEDBACK_KIND_COMPLAINT)
    return self->complaint_list;
  return self->other_list;
}

/**
 * emb_staff_feedback_view_get_figure:
 * @type: %EMB_SCORE_TYPE_NPS or %EMB_SCORE_TYPE_CSAT
 *
 * Returns: (transfer full): the figure and its answers as shown, as
 *   "+40 from 12 answers"
 */
char *
emb_staff_feedback_view_get_figure (EmbStaffFeedbackView *self,
                                    EmbScoreType          type)
{
  GtkLabel *value, *answers;

  g_return_val_if_fail (EMB_IS_STAFF_FEEDBACK_VIEW (self), NULL);

  value = type == EMB_SCORE_TYPE_NPS ? self->nps_value : self->csat_value;
  answers = type == EMB_SCORE_TYPE_NPS ? self->nps_answers : self->csat_answers;
  return g_strdup_printf ("%s %s", gtk_label_get_text (value), gtk_label_get_text (answers));
}

GtkWidget *
emb_staff_feedback_view_new (EmbStaffSession *session)
{
  g_return_val_if_fail (session == NULL || EMB_IS_STAFF_SESSION (session), NULL);

  g_autoptr(EmbDatabase) database = NULL;

  if (session != NULL)
    g_object_get (session, "database", &database, NULL);
  return g_object_new (EMB_TYPE_STAFF_FEEDBACK_VIEW, "database", database, "session", session, NULL);
}

static void
emb_staff_feedback_view_dispose (GObject *object)
{
  EmbStaffFeedbackView *self = (EmbStaffFeedbackView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_FEEDBACK_VIEW);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->touchpoints, g_hash_table_unref);

  G_OBJECT_CLASS (emb_staff_feedback_view_parent_class)->dispose (object);
}

static void
emb_staff_feedback_view_class_init (EmbStaffFeedbackViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_feedback_view_dispose;
  EMB_STAFF_VIEW_CLASS (klass)->refresh = emb_staff_feedback_view_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-feedback-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, nps_value);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, nps_answers);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, csat_value);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, csat_answers);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, praise_list);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, complaint_list);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, other_box);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffFeedbackView, other_list);
}

static void
emb_staff_feedback_view_init (EmbStaffFeedbackView *self)
{
  g_type_ensure (EMB_TYPE_STAFF_ITEM_ROW);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->touchpoints = emb_records_by_id_new ();
}
