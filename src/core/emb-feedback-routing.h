/* emb-feedback-routing.h: who a piece of feedback reaches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-database.h"

G_BEGIN_DECLS

GListModel *emb_feedback_routing_list_roles   (EmbDatabase  *db,
                                               gint64        feedback_id,
                                               GError      **error);
GListModel *emb_feedback_routing_query_people (EmbDatabase  *db,
                                               gint64        touchpoint_id);

G_END_DECLS
