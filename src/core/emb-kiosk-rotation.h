/* emb-kiosk-rotation.h: which slide the kiosk shows next
 *
 * The kiosk hands the rotation every slide it may show (the deck, from
 * emb_kiosk_content_load()) and asks it, at each interval, for the next one
 * among the kinds that run at that time. One cycle goes through the kinds
 * in the order of EmbKioskSlideKind and shows:
 *  - PROMISE: the promise of the week: of the published promises, the one
 *    at (ISO week number of @now) modulo their count, so each has a week in
 *    turn;
 *  - VALUE: one value per cycle, the next each cycle;
 *  - every other kind: each of its slides.
 * Empty slides and kinds that do not run are skipped; when none is left,
 * next() returns %NULL (the kiosk shows its idle screen, never an empty box).
 * A new deck keeps the place: the rotation goes on after the slide with the
 * key it showed last (or the next kind when that slide is gone).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "emb-kiosk-slide.h"

G_BEGIN_DECLS

#define EMB_TYPE_KIOSK_ROTATION (emb_kiosk_rotation_get_type ())

G_DECLARE_FINAL_TYPE (EmbKioskRotation, emb_kiosk_rotation, EMB, KIOSK_ROTATION, GObject)

EmbKioskRotation *emb_kiosk_rotation_new        (void);
/* @deck: (element-type EmbKioskSlide) (transfer none): the rotation keeps
 * its own reference to the array. */
void              emb_kiosk_rotation_set_deck   (EmbKioskRotation *self,
                                                 GPtrArray        *deck);
/* Returns: (transfer none) (nullable): the next slide to show at @now among
 * @kinds, valid until the next set_deck(). */
EmbKioskSlide    *emb_kiosk_rotation_next       (EmbKioskRotation *self,
                                                 guint             kinds,
                                                 GDateTime        *now);
/* The number of slides shown so far (for tests and the benchmark). */
guint64           emb_kiosk_rotation_get_n_shown (EmbKioskRotation *self);

G_END_DECLS
