/* emb-kiosk-content-private.h: what the parts of the kiosk's content share
 *
 * emb-kiosk-content.c reads the programme's own words (promises, values,
 * announcements), emb-kiosk-content-people.c what people said (the wall of
 * fame, customer praise), emb-kiosk-content-figures.c the figures (NPS
 * trend, acknowledgement coverage, pilots), emb-kiosk-redact.c clears
 * quotes of what names or reaches a customer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-kiosk-content.h"
#include "emb-table-private.h"

G_BEGIN_DECLS

/* One load: the options with their defaults filled in, and the deck so far. */
typedef struct
{
  EmbDatabase *db;
  GPtrArray   *slides;      /* EmbKioskSlide */
  GDateTime   *now;         /* UTC */
  gboolean     wall_names;
  guint        wall_days;
  guint        max_items;
  guint        threshold;   /* never below EMB_ANONYMITY_THRESHOLD_MIN */
  GHashTable  *names;       /* "table:id" → name */
} EmbKioskContext;

typedef gboolean (*EmbKioskLoadFunc) (EmbKioskContext  *ctx,
                                      GError          **error);

/* Adds @slide (taking it) unless it has nothing to show. */
void        _emb_kiosk_add_slide          (EmbKioskContext  *ctx,
                                           EmbKioskSlide    *slide);
/* The name of the row @id of @table (a department, an employee, a value, a
 * touchpoint, a stage), or %NULL when there is none. */
const char *_emb_kiosk_name               (EmbKioskContext  *ctx,
                                           const EmbTable   *table,
                                           gint64            id);
/* @days before now, as timestamps are stored ("…T…Z"). */
char       *_emb_kiosk_days_ago           (EmbKioskContext  *ctx,
                                           guint             days);
/* @text cut at a word to at most @max_chars characters, with "…". */
char       *_emb_kiosk_shorten            (const char       *text,
                                           guint             max_chars);
/* Whether @text has at least a few letters left to read. */
gboolean    _emb_kiosk_has_words          (const char       *text);

gboolean    _emb_kiosk_load_wall          (EmbKioskContext  *ctx,
                                           GError          **error);
gboolean    _emb_kiosk_load_praise        (EmbKioskContext  *ctx,
                                           GError          **error);
gboolean    _emb_kiosk_load_nps_trend     (EmbKioskContext  *ctx,
                                           GError          **error);
gboolean    _emb_kiosk_load_coverage      (EmbKioskContext  *ctx,
                                           GError          **error);
gboolean    _emb_kiosk_load_pilots        (EmbKioskContext  *ctx,
                                           GError          **error);

G_END_DECLS
