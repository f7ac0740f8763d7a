/* emb-feedback-category-row.c: a category of feedback waiting for a touchpoint
 *
 * The category as its source wrote it and how many items wait in it; a
 * choice of touchpoint and "Assign…", which asks the triage view to give
 * all of them that touchpoint (::assign); and a button that lists them
 * (::list-items).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-category-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-drop-down.h"
#include "emb-feedback-category-row.h"
#include "emb-feedback-labels.h"
#include "emb-records.h"

struct _EmbFeedbackCategoryRow
{
  AdwActionRow  parent_instance;

  char         *category;
  guint         n;
  GArray       *touchpoint_ids;

  GtkDropDown  *touchpoint_dropdown;
  GtkWidget    *assign_button;
  GtkWidget    *show_button;
};

G_DEFINE_FINAL_TYPE (EmbFeedbackCategoryRow, emb_feedback_category_row, ADW_TYPE_ACTION_ROW)

enum {
  ASSIGN,
  LIST_ITEMS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_touchpoint_changed (EmbFeedbackCategoryRow *self)
{
  gtk_widget_set_sensitive (self->assign_button, emb_feedback_category_row_get_touchpoint (self) > 0);
}

static void
on_assign_clicked (EmbFeedbackCategoryRow *self)
{
  gint64 touchpoint_id = emb_feedback_category_row_get_touchpoint (self);

  if (touchpoint_id > 0)
    g_signal_emit (self, signals[ASSIGN], 0, touchpoint_id);
}

static void
on_show_clicked (EmbFeedbackCategoryRow *self)
{
  g_signal_emit (self, signals[LIST_ITEMS], 0);
}

/**
 * emb_feedback_category_row_new:
 * @category: a category of feedback waiting for triage ("" for none)
 * @n: how many items of it wait
 * @touchpoints: the touchpoints to choose from
 */
GtkWidget *
emb_feedback_category_row_new (const char *category,
                               guint       n,
                               GListModel *touchpoints)
{
  EmbFeedbackCategoryRow *self;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  const char *name = emb_feedback_category_label (category);

  g_return_val_if_fail (category != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (touchpoints), NULL);

  self = g_object_new (EMB_TYPE_FEEDBACK_CATEGORY_ROW, NULL);
  self->category = g_strdup (category);
  self->n = n;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item waits for a touchpoint",
                                           "%u items wait for a touchpoint", n),
                              n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  emb_drop_down_fill (self->touchpoint_dropdown, self->touchpoint_ids, _("Choose a touchpoint"),
                      touchpoints, (EmbRecordNameFunc)emb_touchpoint_get_name);

  /* Translators: the touchpoint chosen for a category of feedback */
  label = g_strdup_printf (_("Touchpoint for “%s”"), name);
  emb_a11y_label_drop_down (self->touchpoint_dropdown, label);
  g_free (label);
  label = g_strdup_printf (_("Assign a touchpoint to “%s”"), name);
  emb_a11y_set_label (GTK_WIDGET (self->assign_button), label);
  g_free (label);
  label = g_strdup_printf (_("List the feedback of “%s”"), name);
  gtk_widget_set_tooltip_text (self->show_button, label);
  emb_a11y_set_label (GTK_WIDGET (self->show_button), label);
  return GTK_WIDGET (self);
}

const char *
emb_feedback_category_row_get_category (EmbFeedbackCategoryRow *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_CATEGORY_ROW (self), NULL);

  return self->category;
}

guint
emb_feedback_category_row_get_n (EmbFeedbackCategoryRow *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_CATEGORY_ROW (self), 0);

  return self->n;
}

/**
 * emb_feedback_category_row_get_touchpoint:
 *
 * Returns: the touchpoint chosen, or 0
 */
gint64
emb_feedback_category_row_get_touchpoint (EmbFeedbackCategoryRow *self)
{
  g_return_val_if_fail (EMB_IS_FEEDBACK_CATEGORY_ROW (self), 0);

  return emb_drop_down_get_selected_id (self->touchpoint_dropdown, self->touchpoint_ids);
}

void
emb_feedback_category_row_set_touchpoint (EmbFeedbackCategoryRow *self,
                                          gint64                  touchpoint_id)
{
  g_return_if_fail (EMB_IS_FEEDBACK_CATEGORY_ROW (self));

  emb_drop_down_set_selected_id (self->touchpoint_dropdown, self->touchpoint_ids, touchpoint_id);
}

static void
emb_feedback_category_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_FEEDBACK_CATEGORY_ROW);

  G_OBJECT_CLASS (emb_feedback_category_row_parent_class)->dispose (object);
}

static void
emb_feedback_category_row_finalize (GObject *object)
{
  EmbFeedbackCategoryRow *self = (EmbFeedbackCategoryRow *)object;

  g_free (self->category);
  g_array_unref (self->touchpoint_ids);

  G_OBJECT_CLASS (emb_feedback_category_row_parent_class)->finalize (object);
}

static void
emb_feedback_category_row_class_init (EmbFeedbackCategoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_feedback_category_row_dispose;
  object_class->finalize = emb_feedback_category_row_finalize;

  /**
   * EmbFeedbackCategoryRow::assign:
   * @touchpoint_id: the touchpoint chosen
   *
   * A person asked to give every item of the category the touchpoint.
   */
  signals[ASSIGN] =
    g_signal_new ("assign",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * EmbFeedbackCategoryRow::list-items:
   *
   * A person asked to see the items of the category.
   */
  signals[LIST_ITEMS] =
    g_signal_new ("list-items",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/feedback/emb-feedback-category-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackCategoryRow, touchpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackCategoryRow, assign_button);
  gtk_widget_class_bind_template_child (widget_class, EmbFeedbackCategoryRow, show_button);
  gtk_widget_class_bind_template_callback (widget_class, on_touchpoint_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_assign_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_show_clicked);
}

static void
emb_feedback_category_row_init (EmbFeedbackCategoryRow *self)
{
  self->touchpoint_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  emb_drop_down_ellipsize (self->touchpoint_dropdown);
}
