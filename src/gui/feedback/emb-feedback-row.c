/* emb-feedback-row.c: a piece of feedback in the list of the feedback area
 *
 * Its kind and score, whether it waits for triage, its follow-up status and
 * the day it came; its words; where it was given and who owns it. Names come
 * from EmbRecognitionNames, so scrolling reads nothing but the rows' page:
 * the touchpoints are a small table read whole, an owner's name is read
 * once and kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-labels.h"
#include "emb-feedback-row.h"

struct _EmbFeedbackRow
{
  GtkBox               parent_instance;

  EmbFeedback         *feedback;
  EmbRecognitionNames *names;
  const char          *kind_class;

  GtkLabel            *kind_label;
  GtkLabel            *score_label;
  GtkLabel            *triage_label;
  GtkLabel            *status_label;
  GtkLabel            *date_label;
  GtkLabel            *text_label;
  GtkLabel            *meta_label;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackRow, emb_feedback_row, GTK_TYPE_BOX)

/* The style class of each kind (data/style.css). */
static const char * const kind_classes[] = {
  [EMB_FEEDBACK_KIND_PRAISE] = "praise",
  [EMB_FEEDBACK_KIND_COMPLAINT] = "complaint",
  [EMB_FEEDBACK_KIND_SUGGESTION] = "suggestion",
  [EMB_FEEDBACK_KIND_SURVEY] = "survey",
  [EMB_FEEDBACK_KIND_NEUTRAL] = "neutral",
};

static void
set_optional (GtkLabel   *label,
              const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* "Branch desk · Branch · Owner: Anna Nowak" */
static char *
meta_text (EmbFeedbackRow *self)
{
  EmbFeedback *feedback = self->feedback;
  g_autoptr(GString) text = g_string_new (NULL);
  EmbTouchpoint *touchpoint = NULL;
  gint64 owner_id = emb_feedback_get_assignee_id (feedback);
  const char *channel = emb_feedback_get_channel (feedback);

  if (self->names != NULL)
    touchpoint = emb_recognition_names_lookup_touchpoint (self->names,
                                                          emb_feedback_get_touchpoint_id (feedback));
  g_string_append (text, touchpoint != NULL ? emb_touchpoint_get_name (touchpoint)
                                            : _("No touchpoint"));
  if (channel != NULL && *channel != '\0')
    g_string_append_printf (text, " · %s", channel);
  if (owner_id > 0 && self->names != NULL)
    {
      const char *owner = emb_recognition_names_get_employee (self->names, owner_id);

      /* Translators: who follows a feedback up */
      g_string_append (text, " · ");
      g_string_append_printf (text, _("Owner: %s"), owner != NULL ? owner : "");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update (EmbFeedbackRow *self)
{
  EmbFeedback *feedback = self->feedback;
  EmbFeedbackKind kind;
  EmbFollowUp follow_up;
  g_autofree char *score = NULL;
  g_autofree char *day = NULL;
  g_autofree char *triage = NULL;
  g_autofree char *meta = NULL;
  const char *text;

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label), self->kind_class);
  self->kind_class = NULL;
  if (feedback == NULL)
    return;

  kind = emb_feedback_get_kind (feedback);
  follow_up = emb_feedback_get_follow_up (feedback);
  if ((guint)kind < G_N_ELEMENTS (kind_classes))
    {
      self->kind_class = kind_classes[kind];
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), self->kind_class);
    }
  gtk_label_set_text (self->kind_label, emb_feedback_kind_label (kind));

  score = emb_feedback_score_text (feedback);
  set_optional (self->score_label, score);

  if (emb_feedback_get_triage (feedback))
    /* Translators: feedback waiting to be given a touchpoint, and its category */
    triage = g_strdup_printf (_("To triage: %s"),
                              emb_feedback_category_label (emb_feedback_get_category (feedback)));
  set_optional (self->triage_label, triage);

  gtk_label_set_text (self->status_label, emb_feedback_follow_up_label (follow_up));
  if (follow_up == EMB_FOLLOW_UP_NEW)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "accent");

  day = emb_recognition_format_day (emb_feedback_get_received_at (feedback));
  gtk_label_set_text (self->date_label, day);

  text = emb_feedback_get_text (feedback);
  if (text != NULL && *text != '\0')
    {
      gtk_label_set_text (self->text_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "dim-label");
    }
  else
    {
      gtk_label_set_text (self->text_label, _("No comment"));
      gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "dim-label");
    }

  meta = meta_text (self);
  gtk_label_set_text (self->meta_label, meta);
}

/**
 * emb_feedback_row_set:
 * @feedback: (nullable): the feedback to show
 * @names: (nullable): where the row reads the names of touchpoints and
 *   people
 */
void
emb_feedback_row_set (EmbFeedbackRow      *self,
                      EmbFeedback         *feedback,
                      EmbRecognitionNames *names)
{
  g_return_if_fail (EMB_IS_FEEDBACK_ROW (self));
  g_return_if_fail (feedback == NULL || EMB_IS_FEEDBACK (feedback));

  g_set_object (&self->feedback, feedback);
  g_set_object (&self->names, names);
  update (self);
}

GtkWidget *
emb_feedback_row_new (void)
{
  return g_object_new (EMB_TYPE_FEEDBACK_ROW, NULL);
}

/* The rows of a list view ------------------------------------------------ */

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  gtk_list_item_set_child (item, emb_feedback_row_new ());
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         EmbRecognitionNames      *names)
{
  emb_feedback_row_set (EMB_FEEDBACK_ROW (gtk_list_item_get_child (item)),
                        gtk_list_item_get_item (item), names);
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  emb_feedback_row_set (EMB_FEEDBACK_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

static void
unref_names (gpointer  data,
             GClosure *closure)
{
  g_object_unref (data);
}

/**
 * emb_feedback_row_factory_new:
 * @names: where the rows read names
 *
 * Returns: (transfer full): a factory of #EmbFeedbackRow for a list view of
 *   #EmbFeedback
 */
GtkListItemFactory *
emb_feedback_row_factory_new (EmbRecognitionNames *names)
{
  GtkListItemFactory *factory;

  g_return_val_if_fail (EMB_IS_RECOGNITION_NAMES (names), NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (on_bind), g_object_ref (names),
                         unref_names, 0);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), NULL);
  return factory;
}

/**
 * emb_feedback_rows_update:
 * @view: a list view whose rows are #EmbFeedbackRow
 *
 * Shows the names again in the rows made (a few dozen, whatever the size of
 * the list), after touchpoints or people were renamed.
 */
void
emb_feedback_rows_update (GtkListView *view)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (view));

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (EMB_IS_FEEDBACK_ROW (row))
        update (EMB_FEEDBACK_ROW (row));
    }
}

/* Object ----------------------------------------------------------------- */

static void
emb_feedback_row_dispose (GObject *object)
{
  EmbFeedbackRow *self = (EmbFeedbackRow *)object;

  g_clear_object (&self->feedback);
  g_clear_object (&self->names);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_FEEDBACK_ROW);

  G_OBJECT_CLASS (emb_feedback_row_parent_class)->dispose (object);
}

static void
emb_feedback_row_class_init (EmbFeedbackRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_feedback_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, triage_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackRow, meta_label);
}

static void
emb_feedback_row_init (EmbFeedbackRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
