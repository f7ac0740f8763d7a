/* emb-feedback-filters.h: the search and filters of the feedback list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-feedback-store.h"
#include "emb-recognition-names.h"

G_BEGIN_DECLS

/* Whose feedback the list shows. */
typedef enum
{
  EMB_FEEDBACK_VIEW_ALL,
  EMB_FEEDBACK_VIEW_MINE,
  EMB_FEEDBACK_VIEW_DEPARTMENT,
} EmbFeedbackView;

#define EMB_TYPE_FEEDBACK_FILTERS (emb_feedback_filters_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackFilters, emb_feedback_filters, EMB, FEEDBACK_FILTERS, GtkBox)

void        emb_feedback_filters_set_up        (EmbFeedbackFilters  *self,
                                                EmbDatabase         *database,
                                                EmbRecognitionNames *names);
gboolean    emb_feedback_filters_fill          (EmbFeedbackFilters  *self,
                                                GListModel          *stages);
void        emb_feedback_filters_read          (EmbFeedbackFilters  *self,
                                                EmbFeedbackFilter   *filter,
                                                char               **from);
void        emb_feedback_filters_set_search    (EmbFeedbackFilters  *self,
                                                const char          *text);
void        emb_feedback_filters_set_choices   (EmbFeedbackFilters  *self,
                                                int                  kind,
                                                int                  score_band,
                                                int                  follow_up,
                                                gint64               touchpoint_id,
                                                gint64               stage_id);
void        emb_feedback_filters_set_triage    (EmbFeedbackFilters  *self,
                                                gboolean             triage,
                                                const char          *category);
void        emb_feedback_filters_set_view      (EmbFeedbackFilters  *self,
                                                EmbFeedbackView      view);
void        emb_feedback_filters_set_me        (EmbFeedbackFilters  *self,
                                                gint64               employee_id);
gint64      emb_feedback_filters_get_me        (EmbFeedbackFilters  *self);
void        emb_feedback_filters_focus_search  (EmbFeedbackFilters  *self);

G_END_DECLS
