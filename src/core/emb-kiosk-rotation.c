/* emb-kiosk-rotation.c: which slide the kiosk shows next
 *
 * The place in the rotation is the slide shown last, held by reference
 * (its key finds it again in a new deck), and the value shown last, for the
 * one value of each cycle. A call walks the deck, which holds a few dozen
 * slides, and allocates nothing: a kiosk runs for weeks, thousands of
 * slides a day, and its memory must stay flat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-kiosk-rotation"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-kiosk-rotation.h"

struct _EmbKioskRotation
{
  GObject        parent_instance;

  GPtrArray     *deck;         /* EmbKioskSlide */
  EmbKioskSlide *last;         /* shown last, or NULL */
  EmbKioskSlide *last_value;   /* the VALUE shown last, or NULL */
  guint          value_index;  /* its place among the values then */
  guint64        n_shown;
};

G_DEFINE_FINAL_TYPE (EmbKioskRotation, emb_kiosk_rotation, G_TYPE_OBJECT)

#define NOT_FOUND G_MAXUINT

static EmbKioskSlide *
slide_at (EmbKioskRotation *self,
          guint             i)
{
  return g_ptr_array_index (self->deck, i);
}

static gboolean
shows (EmbKioskSlide     *slide,
       EmbKioskSlideKind  kind)
{
  return emb_kiosk_slide_get_kind (slide) == kind && !emb_kiosk_slide_is_empty (slide);
}

/* The place in the deck of the slide of @kind with @key, or NOT_FOUND. */
static guint
find_key (EmbKioskRotation  *self,
          EmbKioskSlideKind  kind,
          const char        *key)
{
  for (guint i = 0; i < self->deck->len; i++)
    if (shows (slide_at (self, i), kind) &&
        g_str_equal (emb_kiosk_slide_get_key (slide_at (self, i)), key))
      return i;
  return NOT_FOUND;
}

/* The number of slides to show of @kind. */
static guint
count_kind (EmbKioskRotation  *self,
            EmbKioskSlideKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < self->deck->len; i++)
    if (shows (slide_at (self, i), kind))
      n++;
  return n;
}

/* The @nth slide to show of @kind (there are more than @nth). */
static EmbKioskSlide *
nth_of_kind (EmbKioskRotation  *self,
             EmbKioskSlideKind  kind,
             guint              nth)
{
  for (guint i = 0; i < self->deck->len; i++)
    if (shows (slide_at (self, i), kind) && nth-- == 0)
      return slide_at (self, i);
  g_assert_not_reached ();
}

/* The first slide to show of @kind after the place @after of the deck
 * (NOT_FOUND: from the start), or NULL. */
static EmbKioskSlide *
next_of_kind (EmbKioskRotation  *self,
              EmbKioskSlideKind  kind,
              guint              after)
{
  for (guint i = after == NOT_FOUND ? 0 : after + 1; i < self->deck->len; i++)
    if (shows (slide_at (self, i), kind))
      return slide_at (self, i);
  return NULL;
}

/* Of the published promises, the one whose week it is. */
static EmbKioskSlide *
promise_of_the_week (EmbKioskRotation *self,
                     GDateTime        *now)
{
  guint n = count_kind (self, EMB_KIOSK_SLIDE_PROMISE);

  if (n == 0)
    return NULL;
  return nth_of_kind (self, EMB_KIOSK_SLIDE_PROMISE,
                      (guint)g_date_time_get_week_of_year (now) % n);
}

/* The value after the one shown last; where that one has gone, the value
 * that took its place. */
static EmbKioskSlide *
next_value (EmbKioskRotation *self)
{
  guint n = count_kind (self, EMB_KIOSK_SLIDE_VALUE);
  guint index = 0;

  if (n == 0)
    return NULL;
  if (self->last_value != NULL)
    {
      const char *key = emb_kiosk_slide_get_key (self->last_value);

      index = self->value_index;
      for (guint i = 0; i < n; i++)
        if (g_str_equal (emb_kiosk_slide_get_key (nth_of_kind (self, EMB_KIOSK_SLIDE_VALUE, i)), key))
          {
            index = i + 1;
            break;
          }
    }
  self->value_index = index % n;
  return nth_of_kind (self, EMB_KIOSK_SLIDE_VALUE, self->value_index);
}

/* The first slide of @kind a cycle shows. */
static EmbKioskSlide *
first_of_kind (EmbKioskRotation  *self,
               EmbKioskSlideKind  kind,
               GDateTime         *now)
{
  switch (kind)
    {
    case EMB_KIOSK_SLIDE_PROMISE:
      return promise_of_the_week (self, now);
    case EMB_KIOSK_SLIDE_VALUE:
      return next_value (self);
    case EMB_KIOSK_SLIDE_WALL:
    case EMB_KIOSK_SLIDE_PRAISE:
    case EMB_KIOSK_SLIDE_NPS_TREND:
    case EMB_KIOSK_SLIDE_COVERAGE:
    case EMB_KIOSK_SLIDE_PILOT:
    case EMB_KIOSK_SLIDE_ANNOUNCEMENT:
      return next_of_kind (self, kind, NOT_FOUND);
    case EMB_KIOSK_N_SLIDE_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static EmbKioskSlide *
show (EmbKioskRotation *self,
      EmbKioskSlide    *slide)
{
  g_assert (slide != NULL);

  if (slide != self->last)
    {
      emb_kiosk_slide_ref (slide);
      g_clear_pointer (&self->last, emb_kiosk_slide_unref);
      self->last = slide;
    }
  if (emb_kiosk_slide_get_kind (slide) == EMB_KIOSK_SLIDE_VALUE && slide != self->last_value)
    {
      emb_kiosk_slide_ref (slide);
      g_clear_pointer (&self->last_value, emb_kiosk_slide_unref);
      self->last_value = slide;
    }
  self->n_shown++;
  return slide;
}

/**
 * emb_kiosk_rotation_next:
 * @kinds: the kinds that run now (EMB_KIOSK_SLIDE_BIT()s)
 * @now: the time, for the promise of the week
 *
 * Returns: (transfer none) (nullable): the next slide, or %NULL when no
 *   slide of @kinds has anything to show
 */
EmbKioskSlide *
emb_kiosk_rotation_next (EmbKioskRotation *self,
                         guint             kinds,
                         GDateTime        *now)
{
  EmbKioskSlideKind kind;
  guint place = NOT_FOUND;

  g_return_val_if_fail (EMB_IS_KIOSK_ROTATION (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (self->last == NULL)
    /* Before the first cycle: its first kind comes next. */
    kind = EMB_KIOSK_N_SLIDE_KINDS - 1;
  else
    {
      kind = emb_kiosk_slide_get_kind (self->last);
      place = find_key (self, kind, emb_kiosk_slide_get_key (self->last));
    }

  /* A kind whose every slide a cycle shows goes on after the last one. */
  if (place != NOT_FOUND && kind != EMB_KIOSK_SLIDE_PROMISE && kind != EMB_KIOSK_SLIDE_VALUE &&
      (kinds & EMB_KIOSK_SLIDE_BIT (kind)) != 0)
    {
      EmbKioskSlide *slide = next_of_kind (self, kind, place);

      if (slide != NULL)
        return show (self, slide);
    }

  /* Then the next kind that runs and has something to show, wrapping
   * round to the same kind at most. */
  for (guint step = 1; step <= EMB_KIOSK_N_SLIDE_KINDS; step++)
    {
      EmbKioskSlideKind next = (kind + step) % EMB_KIOSK_N_SLIDE_KINDS;
      EmbKioskSlide *slide;

      if ((kinds & EMB_KIOSK_SLIDE_BIT (next)) == 0)
        continue;
      slide = first_of_kind (self, next, now);
      if (slide != NULL)
        return show (self, slide);
    }
  return NULL;
}

/**
 * emb_kiosk_rotation_set_deck:
 * @deck: (element-type EmbKioskSlide) (transfer none): every slide the
 *   kiosk may show
 *
 * Replaces the deck; the rotation goes on from the slide shown last.
 */
void
emb_kiosk_rotation_set_deck (EmbKioskRotation *self,
                             GPtrArray        *deck)
{
  g_return_if_fail (EMB_IS_KIOSK_ROTATION (self));
  g_return_if_fail (deck != NULL);

  g_ptr_array_ref (deck);
  g_ptr_array_unref (self->deck);
  self->deck = deck;
}

guint64
emb_kiosk_rotation_get_n_shown (EmbKioskRotation *self)
{
  g_return_val_if_fail (EMB_IS_KIOSK_ROTATION (self), 0);
  return self->n_shown;
}

static void
emb_kiosk_rotation_finalize (GObject *object)
{
  EmbKioskRotation *self = (EmbKioskRotation *)object;

  g_clear_pointer (&self->last, emb_kiosk_slide_unref);
  g_clear_pointer (&self->last_value, emb_kiosk_slide_unref);
  g_ptr_array_unref (self->deck);

  G_OBJECT_CLASS (emb_kiosk_rotation_parent_class)->finalize (object);
}

static void
emb_kiosk_rotation_class_init (EmbKioskRotationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = emb_kiosk_rotation_finalize;
}

static void
emb_kiosk_rotation_init (EmbKioskRotation *self)
{
  self->deck = g_ptr_array_new ();
}

EmbKioskRotation *
emb_kiosk_rotation_new (void)
{
  return g_object_new (EMB_TYPE_KIOSK_ROTATION, NULL);
}
