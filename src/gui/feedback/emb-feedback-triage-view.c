/* emb-feedback-triage-view.c: the categories of feedback waiting for a touchpoint
 *
 * An import keeps each item's category as its source wrote it, and an item
 * of a category the programme does not know comes in without a touchpoint,
 * "to triage". Here each such category is a row with its count: a person
 * chooses its touchpoint and assigns it, which, once confirmed, gives every
 * item of the category that touchpoint in one step (emb_feedback_triage_assign())
 * and can remember the choice for the next import. A toast offers to undo
 * it. A row also lists its items (EmbFeedbackTriageView::show-category).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-triage-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-feedback-category-row.h"
#include "emb-feedback-labels.h"
#include "emb-feedback-triage.h"
#include "emb-feedback-triage-view.h"
#include "emb-page.h"
#include "emb-toast.h"

struct _EmbFeedbackTriageView
{
  GtkBox               parent_instance;

  EmbDatabase         *database;
  EmbRecognitionNames *names;

  /* The last assignment, for its Undo. */
  GArray              *undo_ids;
  gint64               undo_touchpoint_id;
  AdwToast            *undo_toast;        /* weak */

  GtkStack            *stack;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackTriageView, emb_feedback_triage_view, GTK_TYPE_BOX)

enum {
  SHOW_CATEGORY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
touchpoint_name (EmbFeedbackTriageView *self,
                 gint64                 touchpoint_id)
{
  EmbTouchpoint *touchpoint = emb_recognition_names_lookup_touchpoint (self->names, touchpoint_id);

  return touchpoint != NULL ? emb_touchpoint_get_name (touchpoint) : "";
}

/* Undo ------------------------------------------------------------------- */

/**
 * emb_feedback_triage_view_undo:
 *
 * Puts the feedback of the last assignment back to triage, as its toast's
 * Undo does.
 *
 * Returns: whether there was an assignment to undo, and it was undone
 */
gboolean
emb_feedback_triage_view_undo (EmbFeedbackTriageView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (EMB_IS_FEEDBACK_TRIAGE_VIEW (self), FALSE);

  ids = g_steal_pointer (&self->undo_ids);
  if (ids == NULL)
    return FALSE;
  /* Withdrawn, not dismissed: it may still be sliding in (emb-toast.c). */
  if (self->undo_toast != NULL)
    emb_toast_withdraw (emb_toast_find_overlay (GTK_WIDGET (self)), self->undo_toast);

  if (!emb_feedback_triage_undo (self->database, (const gint64 *)(gpointer)ids->data, ids->len,
                                 self->undo_touchpoint_id, &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return TRUE;
}

static void
on_undo_clicked (EmbFeedbackTriageView *self)
{
  emb_feedback_triage_view_undo (self);
}

/* Assigning -------------------------------------------------------------- */

/**
 * emb_feedback_triage_view_assign:
 * @category: a category waiting for triage
 * @touchpoint_id: the touchpoint to give all its feedback
 * @remember: remember it for the next import
 *
 * Does what confirming an assignment does, and offers its Undo in a toast.
 *
 * Returns: %TRUE on success; otherwise the refusal is shown in a toast
 */
gboolean
emb_feedback_triage_view_assign (EmbFeedbackTriageView *self,
                                 const char            *category,
                                 gint64                 touchpoint_id,
                                 gboolean               remember)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (EMB_IS_FEEDBACK_TRIAGE_VIEW (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  ids = emb_feedback_triage_assign (self->database, category, touchpoint_id, &error);
  if (ids == NULL)
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u item of “%s” now at “%s”",
                                        "%u items of “%s” now at “%s”", ids->len),
                           ids->len, emb_feedback_category_label (category),
                           touchpoint_name (self, touchpoint_id));
  g_clear_pointer (&self->undo_ids, g_array_unref);
  self->undo_ids = g_steal_pointer (&ids);
  self->undo_touchpoint_id = touchpoint_id;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->undo_toast, toast);
  emb_toast_add (GTK_WIDGET (self), toast);

  /* The items are placed either way; a choice that cannot be remembered
   * is said after. */
  if (remember && !emb_feedback_triage_remember (self->database, NULL, category, touchpoint_id,
                                                 &error))
    emb_toast_show_error (GTK_WIDGET (self), error);
  return TRUE;
}

typedef struct
{
  char   *category;
  gint64  touchpoint_id;
} Assignment;

static void
assignment_free (gpointer data)
{
  Assignment *assignment = data;

  g_free (assignment->category);
  g_free (assignment);
}

static void
on_confirm_response (AdwMessageDialog      *dialog,
                     const char            *response,
                     EmbFeedbackTriageView *self)
{
  Assignment *assignment = g_object_get_data (G_OBJECT (dialog), "assignment");
  GtkCheckButton *remember = GTK_CHECK_BUTTON (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "assign") == 0)
    emb_feedback_triage_view_assign (self, assignment->category, assignment->touchpoint_id,
                                     gtk_check_button_get_active (remember));
}

/* Asks before moving a whole category. */
static void
on_row_assign (EmbFeedbackTriageView  *self,
               gint64                  touchpoint_id,
               EmbFeedbackCategoryRow *row)
{
  const char *category = emb_feedback_category_row_get_category (row);
  guint n = emb_feedback_category_row_get_n (row);
  AdwMessageDialog *dialog;
  GtkWidget *remember;
  Assignment *assignment;
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), EMB_TYPE_PAGE);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Give the Whole Category a Touchpoint?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u item of “%s” will be about “%s” and reach the "
                                               "roles responsible for it.",
                                               "%u items of “%s” will be about “%s” and reach the "
                                               "roles responsible for it.", n),
                                  n, emb_feedback_category_label (category),
                                  touchpoint_name (self, touchpoint_id));
  remember = gtk_check_button_new_with_mnemonic (_("_Remember for the next import"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (remember), TRUE);
  adw_message_dialog_set_extra_child (dialog, remember);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "assign", _("_Assign"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "assign", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "assign");
  adw_message_dialog_set_close_response (dialog, "cancel");

  assignment = g_new0 (Assignment, 1);
  assignment->category = g_strdup (category);
  assignment->touchpoint_id = touchpoint_id;
  g_object_set_data_full (G_OBJECT (dialog), "assignment", assignment, assignment_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self, 0);

  if (page != NULL)
    emb_page_present_dialog (EMB_PAGE (page), GTK_WINDOW (dialog));
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_show (EmbFeedbackTriageView  *self,
             EmbFeedbackCategoryRow *row)
{
  g_signal_emit (self, signals[SHOW_CATEGORY], 0, emb_feedback_category_row_get_category (row));
}

/* Reading ---------------------------------------------------------------- */

/**
 * emb_feedback_triage_view_reload:
 *
 * Lists the categories waiting for triage again, keeping the touchpoint
 * chosen in a row that stays.
 *
 * Returns: how many feedback items wait for triage
 */
guint
emb_feedback_triage_view_reload (EmbFeedbackTriageView *self)
{
  g_autoptr(GHashTable) chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint total = 0;

  g_return_val_if_fail (EMB_IS_FEEDBACK_TRIAGE_VIEW (self), 0);

  if (self->database == NULL)
    return 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    {
      EmbFeedbackCategoryRow *row = EMB_FEEDBACK_CATEGORY_ROW (child);
      gint64 touchpoint_id = emb_feedback_category_row_get_touchpoint (row);

      if (touchpoint_id > 0)
        g_hash_table_insert (chosen, g_strdup (emb_feedback_category_row_get_category (row)),
                             g_memdup2 (&touchpoint_id, sizeof touchpoint_id));
      gtk_list_box_remove (self->list, child);
    }

  counts = emb_feedback_triage_list_categories (self->database, &error);
  if (counts == NULL)
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      return 0;
    }

  for (guint i = 0; i < counts->len; i++)
    {
      const EmbFeedbackCategoryCount *count = &g_array_index (counts, EmbFeedbackCategoryCount, i);
      GtkWidget *row = emb_feedback_category_row_new (count->category, count->n,
                                                      emb_recognition_names_get_touchpoints (self->names));
      gint64 *touchpoint_id = g_hash_table_lookup (chosen, count->category);

      if (touchpoint_id != NULL)
        emb_feedback_category_row_set_touchpoint (EMB_FEEDBACK_CATEGORY_ROW (row), *touchpoint_id);
      g_signal_connect_object (row, "assign", G_CALLBACK (on_row_assign), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "list-items", G_CALLBACK (on_row_show), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->list, row);
      total += count->n;
    }

  gtk_stack_set_visible_child_name (self->stack, counts->len > 0 ? "categories" : "empty");
  return total;
}

/**
 * emb_feedback_triage_view_get_row:
 * @category: a category
 *
 * Returns: (transfer none) (nullable): the #EmbFeedbackCategoryRow of
 *   @category
 */
GtkWidget *
emb_feedback_triage_view_get_row (EmbFeedbackTriageView *self,
                                  const char            *category)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_TRIAGE_VIEW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (emb_feedback_category_row_get_category (EMB_FEEDBACK_CATEGORY_ROW (child)),
                   category) == 0)
      return child;
  return NULL;
}

void
emb_feedback_triage_view_set_up (EmbFeedbackTriageView *self,
                                 EmbDatabase           *database,
                                 EmbRecognitionNames   *names)
{
  g_return_if_fail (EMB_IS_FEEDBACK_TRIAGE_VIEW (self));
  g_return_if_fail (EMB_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_set_object (&self->names, names);
}

/* Object ----------------------------------------------------------------- */

static void
emb_feedback_triage_view_dispose (GObject *object)
{
  EmbFeedbackTriageView *self = (EmbFeedbackTriageView *)object;

  g_clear_weak_pointer (&self->undo_toast);
  g_clear_pointer (&self->undo_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_FEEDBACK_TRIAGE_VIEW);
  g_clear_object (&self->names);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (emb_feedback_triage_view_parent_class)->dispose (object);
}

static void
emb_feedback_triage_view_class_init (EmbFeedbackTriageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_feedback_triage_view_dispose;

  /**
   * EmbFeedbackTriageView::show-category:
   * @category: a category waiting for triage
   *
   * A person asked to list the feedback of @category.
   */
  signals[SHOW_CATEGORY] =
    g_signal_new ("show-category",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-triage-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackTriageView, stack);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackTriageView, list);
}

static void
emb_feedback_triage_view_init (EmbFeedbackTriageView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
