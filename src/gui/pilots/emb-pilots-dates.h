/* emb-pilots-dates.h: the days of waves and decisions, shown and counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *emb_pilots_format_day   (const char *date,
                               int         days);
char *emb_pilots_add_days     (const char *date,
                               int         days);
int   emb_pilots_days_between (const char *from,
                               const char *to);

G_END_DECLS
