/* emb-kiosk-content.h: what the break-room kiosk can show, read from the
 * programme
 *
 * emb_kiosk_content_load() reads, on the caller's connection, every slide
 * the kiosk may show now, in the order of EmbKioskSlideKind and, within a
 * kind, in the programme's order:
 *
 *  - PROMISE: one slide per published promise (its current published
 *    version and touchpoints, its link);
 *  - VALUE: one per value of the current value set, with its behaviours;
 *  - WALL: one slide, the nominations approved in the last
 *    @options->wall_days days that are public (private ones never), newest
 *    first, at most @options->max_items; each names the nominee when
 *    @options->wall_names, else only their department ("Customer Care
 *    team"); an anonymous nomination never names its sender;
 *  - PRAISE: one slide, up to @options->max_items recent praise and
 *    promoter answers with text about the organisation's touchpoints, the
 *    text cleared of customer names and references (emb_kiosk_redact());
 *  - NPS_TREND: one slide, the NPS of each of the last 6 months with at
 *    least @options->anonymity_threshold answers (other months left out);
 *  - COVERAGE: one slide, acknowledgement coverage of the promises by
 *    department, departments with fewer addressed people than the threshold
 *    left out;
 *  - PILOT: one slide per running pilot, where each of its waves stands;
 *  - ANNOUNCEMENT: one per published announcement marked for the kiosk,
 *    newest first, with its link.
 *
 * Kinds not in @options->kinds are not read at all. A slide with nothing
 * to show is not made. Never shown anywhere: private nominations, the
 * sender of an anonymous nomination, a figure over fewer answers than the
 * anonymity threshold, a customer reference, PINs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-database.h"
#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

typedef struct
{
  guint     kinds;                /* EMB_KIOSK_SLIDE_BIT()s */
  gboolean  wall_names;           /* names on the wall, else teams only */
  guint     wall_days;            /* approved in the last N days; 0: 30 */
  guint     max_items;            /* items of the wall and praise; 0: 6 */
  guint     anonymity_threshold;  /* 0: the programme's */
} EmbKioskContentOptions;

/* Returns: (transfer full) (element-type EmbKioskSlide): the slides, or
 * %NULL with @error when the database cannot be read. @now: the time the
 * periods count back from (%NULL: now). */
GPtrArray *emb_kiosk_content_load (EmbDatabase                  *db,
                                   const EmbKioskContentOptions *options,
                                   GDateTime                    *now,
                                   GError                      **error);

/* @text without what names or reaches a customer: e-mail addresses, phone
 * numbers, order and account references (runs of letters and digits with at
 * least 4 digits), and @customer_ref itself, each replaced by "…". */
char      *emb_kiosk_redact       (const char                   *text,
                                   const char                   *customer_ref);

G_END_DECLS
