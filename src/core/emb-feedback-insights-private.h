/* emb-feedback-insights-private.h: the pieces of the feedback insights
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stop words of English, Polish and Greek, separated by spaces, one string
 * per language, %NULL-terminated (emb-feedback-stop-words.c). */
extern const char * const _emb_feedback_stop_words[];

G_END_DECLS
