/* emb-kiosk-slide.h: one slide of the break-room kiosk, as plain data
 *
 * A slide is what the kiosk shows for one interval: a heading, an optional
 * line under it and paragraph, an optional link (shown as a QR code) and a
 * list of items. What an item holds depends on the kind of slide:
 *
 *   PROMISE       title: the promise; body: what it means; items: its
 *                 touchpoints (label: the touchpoint, text: its stage)
 *   VALUE         title: the value; body: its description; items: the
 *                 desired behaviours (label)
 *   WALL          title: "Wall of fame"; items: approved public
 *                 recognitions (label: the person, or their team when names
 *                 are off; text: the value and the reason, the value on
 *                 a line of its own when a newline follows it)
 *   PRAISE        title: "What customers say"; items: quotes (text: the
 *                 quote, cleared of customer names and references; label:
 *                 the touchpoint)
 *   NPS_TREND     title: "Net Promoter Score"; items: one per month (label:
 *                 the month, value: the NPS, n: the number of answers); only
 *                 months with at least the anonymity threshold of answers
 *   COVERAGE      title: "Who has acknowledged the promise"; items: one per
 *                 department (label, value: percent, n: people addressed)
 *   PILOT         title: the pilot; items: its waves (label: the
 *                 department, text: where the wave stands); a wave added
 *                 with emb_kiosk_slide_add_item_full() or _add_figure()
 *                 has its EmbWaveStatus as value, drawn as a step done,
 *                 running or not started (and named so when it has no
 *                 text)
 *   ANNOUNCEMENT  title, body, link of an announcement marked for the kiosk
 *
 * Strings are translated when the slide is made (the kiosk's locale). A
 * slide is immutable once built; it is reference counted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  EMB_KIOSK_SLIDE_PROMISE,
  EMB_KIOSK_SLIDE_VALUE,
  EMB_KIOSK_SLIDE_WALL,
  EMB_KIOSK_SLIDE_PRAISE,
  EMB_KIOSK_SLIDE_NPS_TREND,
  EMB_KIOSK_SLIDE_COVERAGE,
  EMB_KIOSK_SLIDE_PILOT,
  EMB_KIOSK_SLIDE_ANNOUNCEMENT,
  EMB_KIOSK_N_SLIDE_KINDS
} EmbKioskSlideKind;

/* A set of kinds, as a mask: 1 << kind. */
#define EMB_KIOSK_SLIDE_BIT(kind) (1u << (kind))
#define EMB_KIOSK_ALL_SLIDES      ((1u << EMB_KIOSK_N_SLIDE_KINDS) - 1)

typedef struct
{
  char     *label;
  char     *text;
  double    value;       /* a figure, when has_value */
  gboolean  has_value;
  guint     n;           /* its sample (answers, people), 0 when none */
} EmbKioskItem;

typedef struct _EmbKioskSlide EmbKioskSlide;

#define EMB_TYPE_KIOSK_SLIDE (emb_kiosk_slide_get_type ())

GType              emb_kiosk_slide_get_type      (void) G_GNUC_CONST;

/* @key identifies what the slide is about across reloads ("promise:UUID",
 * "wall", ...), so the rotation keeps its place when the content changes. */
EmbKioskSlide     *emb_kiosk_slide_new           (EmbKioskSlideKind  kind,
                                                  const char        *key,
                                                  const char        *title);
EmbKioskSlide     *emb_kiosk_slide_ref           (EmbKioskSlide     *self);
void               emb_kiosk_slide_unref         (EmbKioskSlide     *self);

void               emb_kiosk_slide_set_subtitle  (EmbKioskSlide     *self,
                                                  const char        *subtitle);
void               emb_kiosk_slide_set_body      (EmbKioskSlide     *self,
                                                  const char        *body);
void               emb_kiosk_slide_set_link      (EmbKioskSlide     *self,
                                                  const char        *link);
void               emb_kiosk_slide_add_item      (EmbKioskSlide     *self,
                                                  const char        *label,
                                                  const char        *text);
void               emb_kiosk_slide_add_figure    (EmbKioskSlide     *self,
                                                  const char        *label,
                                                  double             value,
                                                  guint              n);
void               emb_kiosk_slide_add_item_full (EmbKioskSlide     *self,
                                                  const char        *label,
                                                  const char        *text,
                                                  double             value,
                                                  guint              n);

EmbKioskSlideKind  emb_kiosk_slide_get_kind      (EmbKioskSlide     *self);
const char        *emb_kiosk_slide_get_key       (EmbKioskSlide     *self);
const char        *emb_kiosk_slide_get_title     (EmbKioskSlide     *self);
const char        *emb_kiosk_slide_get_subtitle  (EmbKioskSlide     *self);
const char        *emb_kiosk_slide_get_body      (EmbKioskSlide     *self);
const char        *emb_kiosk_slide_get_link      (EmbKioskSlide     *self);
guint              emb_kiosk_slide_get_n_items   (EmbKioskSlide     *self);
const EmbKioskItem *emb_kiosk_slide_get_item     (EmbKioskSlide     *self,
                                                  guint              i);
/* Nothing to show: no item, and no body for the kinds that show one. */
gboolean           emb_kiosk_slide_is_empty      (EmbKioskSlide     *self);
/* The slide's kind as a stable name ("promise", "wall", ...) for settings
 * and tests, and back; -1 for an unknown name. */
const char        *emb_kiosk_slide_kind_to_string (EmbKioskSlideKind kind);
int                emb_kiosk_slide_kind_from_string (const char     *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbKioskSlide, emb_kiosk_slide_unref)

G_END_DECLS
