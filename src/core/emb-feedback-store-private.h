/* emb-feedback-store-private.h: for the tests of the feedback store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the numbers of matches at which a search changes its plan (see
 * add_search() in emb-feedback-store.c), so that a test can run each plan
 * on a few rows; 0, 0 restores the defaults. */
void _emb_feedback_store_set_match_plans (guint few,
                                          guint most);

G_END_DECLS
