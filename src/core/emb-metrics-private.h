/* emb-metrics-private.h: what the parts of the metrics share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-metrics.h"

G_BEGIN_DECLS

gboolean _emb_metrics_parse_date  (const char  *text,
                                   GDate       *date);
void     _emb_metrics_format_date (const GDate *date,
                                   char         out[11]);

G_END_DECLS
