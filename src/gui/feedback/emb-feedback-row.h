/* emb-feedback-row.h: a piece of feedback in the list of the feedback area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-feedback.h"
#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_ROW (emb_feedback_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackRow, emb_feedback_row, EMB, FEEDBACK_ROW, GtkBox)

GtkWidget          *emb_feedback_row_new         (void);
void                emb_feedback_row_set         (EmbFeedbackRow      *self,
                                                  EmbFeedback         *feedback,
                                                  EmbRecognitionNames *names);
GtkListItemFactory *emb_feedback_row_factory_new (EmbRecognitionNames *names);
void                emb_feedback_rows_update     (GtkListView         *view);

G_END_DECLS
