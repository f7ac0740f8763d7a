/* emb-overview.h: the figures of the overview page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-database.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 employees;            /* active employees */
  gint64 departments;
  gint64 roles;
  gint64 touchpoints;
  gint64 published_promises;
  gint64 nominations_waiting;  /* submitted, not yet decided */
  gint64 running_pilots;       /* pilots with a running wave */
  gint64 feedback_this_month;  /* received since the first of this month, UTC */
} EmbOverviewCounts;

gboolean emb_overview_get_counts (EmbDatabase        *db,
                                  GDateTime          *now,
                                  EmbOverviewCounts  *counts,
                                  GError            **error);

G_END_DECLS
