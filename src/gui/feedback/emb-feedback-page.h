/* emb-feedback-page.h: the customer feedback area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-feedback-detail.h"
#include "emb-feedback-filters.h"
#include "emb-feedback-insights-view.h"
#include "emb-feedback-triage-view.h"
#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_FEEDBACK_PAGE (emb_feedback_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbFeedbackPage, emb_feedback_page, EMB, FEEDBACK_PAGE, EmbPage)

void                     emb_feedback_page_show_view     (EmbFeedbackPage *self,
                                                          const char      *view);
const char              *emb_feedback_page_get_view      (EmbFeedbackPage *self);
GListModel              *emb_feedback_page_get_model     (EmbFeedbackPage *self);
GtkSingleSelection      *emb_feedback_page_get_selection (EmbFeedbackPage *self);
GtkListView             *emb_feedback_page_get_list_view (EmbFeedbackPage *self);
EmbFeedbackFilters      *emb_feedback_page_get_filters   (EmbFeedbackPage *self);
EmbFeedbackDetail       *emb_feedback_page_get_detail    (EmbFeedbackPage *self);
EmbFeedbackInsightsView *emb_feedback_page_get_insights  (EmbFeedbackPage *self);
EmbFeedbackTriageView   *emb_feedback_page_get_triage    (EmbFeedbackPage *self);
gboolean                 emb_feedback_page_select        (EmbFeedbackPage *self,
                                                          gint64           feedback_id);

G_END_DECLS
