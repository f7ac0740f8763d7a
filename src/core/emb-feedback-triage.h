/* emb-feedback-triage.h: giving feedback of unknown categories a touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-database.h"

G_BEGIN_DECLS

/**
 * EmbFeedbackCategoryCount:
 * @category: a category as its source wrote it ("" for none)
 * @n: how many feedback items of it wait for triage
 */
typedef struct
{
  char  *category;
  guint  n;
} EmbFeedbackCategoryCount;

GArray   *emb_feedback_triage_list_categories (EmbDatabase   *db,
                                               GError       **error);
gint64    emb_feedback_triage_count           (EmbDatabase   *db);
GArray   *emb_feedback_triage_assign          (EmbDatabase   *db,
                                               const char    *category,
                                               gint64         touchpoint_id,
                                               GError       **error);
gboolean  emb_feedback_triage_undo            (EmbDatabase   *db,
                                               const gint64  *ids,
                                               guint          n_ids,
                                               gint64         touchpoint_id,
                                               GError       **error);
gboolean  emb_feedback_triage_remember        (EmbDatabase   *db,
                                               const char    *source,
                                               const char    *category,
                                               gint64         touchpoint_id,
                                               GError       **error);

G_END_DECLS
