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

/* Signing in to the demo: every active employee's PIN is the last four
 * digits of their employee number (NB-00042 signs in with 0042), and the
 * manager PIN is EMB_DEMO_MANAGER_PIN. The demo's hashes use the least
 * Argon2id limits, so the demo is written fast; each is made again with the
 * interactive limits at the person's first sign-in. */
#define EMB_DEMO_MANAGER_PIN "2468"

gboolean emb_demo_populate      (EmbDatabase  *db,
                                 guint32       seed,
                                 const char   *reference_date,
                                 GError      **error);
char    *emb_demo_employee_pin  (const char   *employee_number);

G_END_DECLS
