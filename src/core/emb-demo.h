/* emb-demo.h: the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-database.h"

G_BEGIN_DECLS

/* The seed of `embassy --demo`: the same seed and reference date always give
 * the same organisation. */
#define EMB_DEMO_DEFAULT_SEED 20261123

gboolean emb_demo_populate (EmbDatabase  *db,
                            guint32       seed,
                            const char   *reference_date,
                            GError      **error);

G_END_DECLS
