/* emb-format.h: stored times as a person reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *emb_format_day          (const char *timestamp);
char *emb_format_day_and_time (const char *timestamp);

G_END_DECLS
