/* emb-feedback-store.h: customer feedback and its follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"
#include "emb-feedback.h"

G_BEGIN_DECLS

/**
 * EmbFeedbackFilter:
 * @kind: an #EmbFeedbackKind, or -1 for every kind
 * @score_type: an #EmbScoreType, or -1 for every score type
 * @touchpoint_id: only feedback about this touchpoint, or 0
 * @touchpoint_ids: (nullable) (array length=n_touchpoint_ids): when not
 *   %NULL, only feedback about one of these touchpoints (none at all when
 *   @n_touchpoint_ids is 0), such as the touchpoints of an employee's role
 * @n_touchpoint_ids: the length of @touchpoint_ids
 * @follow_up: an #EmbFollowUp, or -1 for every follow-up status
 * @from: (nullable): only feedback received at or after this date
 *   (YYYY-MM-DD) or ISO-8601 time
 * @to: (nullable): only feedback received before this date or time; the
 *   period is half open, so from the first of a month to the first of the
 *   next is exactly that month
 * @search: (nullable): words that must all appear in the text (full-text
 *   search; the words are taken literally, never as search syntax)
 */
typedef struct
{
  int           kind;
  int           score_type;
  gint64        touchpoint_id;
  const gint64 *touchpoint_ids;
  guint         n_touchpoint_ids;
  int           follow_up;
  const char   *from;
  const char   *to;
  const char   *search;
} EmbFeedbackFilter;

#define EMB_FEEDBACK_FILTER_INIT { -1, -1, 0, NULL, 0, -1, NULL, NULL, NULL }

EmbFeedback *emb_feedback_store_get          (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);
gboolean     emb_feedback_store_save         (EmbDatabase              *db,
                                              EmbFeedback              *feedback,
                                              GError                  **error);
gboolean     emb_feedback_store_delete       (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);

/* Follow-up */
gboolean     emb_feedback_store_assign       (EmbDatabase              *db,
                                              gint64                    id,
                                              gint64                    employee_id,
                                              GError                  **error);
gboolean     emb_feedback_store_resolve      (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);
gboolean     emb_feedback_store_reopen       (EmbDatabase              *db,
                                              gint64                    id,
                                              GError                  **error);

/* Lists */
GListModel  *emb_feedback_store_query        (EmbDatabase              *db,
                                              const EmbFeedbackFilter  *filter);
gint64       emb_feedback_store_count_since  (EmbDatabase              *db,
                                              const char               *since);
char        *emb_feedback_store_match_expression (const char           *search);

G_END_DECLS
