/* emb-people-private.h: helpers shared by the files of the People area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A drop-down or combo row whose position i stands for the id ids[i]. */
guint  _emb_people_position_of_id (GArray *ids,
                                   gint64  id);
gint64 _emb_people_id_at          (GArray *ids,
                                   guint   position);

G_END_DECLS
