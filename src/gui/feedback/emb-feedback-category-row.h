/* emb-feedback-category-row.h: a category of feedback waiting for a touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_CATEGORY_ROW (emb_feedback_category_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackCategoryRow, emb_feedback_category_row, EMB, FEEDBACK_CATEGORY_ROW, AdwActionRow)

GtkWidget   *emb_feedback_category_row_new              (const char             *category,
                                                         guint                   n,
                                                         GListModel             *touchpoints);
const char  *emb_feedback_category_row_get_category     (EmbFeedbackCategoryRow *self);
guint        emb_feedback_category_row_get_n            (EmbFeedbackCategoryRow *self);
gint64       emb_feedback_category_row_get_touchpoint   (EmbFeedbackCategoryRow *self);
void         emb_feedback_category_row_set_touchpoint   (EmbFeedbackCategoryRow *self,
                                                         gint64                  touchpoint_id);

G_END_DECLS
