/* test-kiosk-rotation.c: which slide the kiosk shows next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <malloc.h>

#include "emb-kiosk-rotation.h"
#include "emb-test-util.h"

#define BIT EMB_KIOSK_SLIDE_BIT
#define ALL EMB_KIOSK_ALL_SLIDES

/* A slide of @kind with @key and something to show, unless @empty. */
static EmbKioskSlide *
slide (EmbKioskSlideKind  kind,
       const char        *key,
       gboolean           empty)
{
  EmbKioskSlide *s = emb_kiosk_slide_new (kind, key, empty ? "" : key);

  if (!empty)
    emb_kiosk_slide_add_item (s, "item", key);
  g_assert_cmpint (emb_kiosk_slide_is_empty (s), ==, empty);
  return s;
}

/* A deck from "kind:key" words; a key starting with "-" is empty. */
static GPtrArray *
deck (const char *words)
{
  g_auto(GStrv) parts = g_strsplit (words, " ", -1);
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify)emb_kiosk_slide_unref);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (parts[i], ":", 2);
      int kind = emb_kiosk_slide_kind_from_string (pair[0]);

      g_assert_cmpint (kind, >=, 0);
      g_assert_nonnull (pair[1]);
      g_ptr_array_add (slides, slide (kind, pair[1], pair[1][0] == '-'));
    }
  return slides;
}

/* Monday of ISO week @week of 2026 (1 January 2026 is a Thursday, in
 * week 1; that week's Monday is 29 December 2025). */
static GDateTime *
in_week (int week)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2025, 12, 29, 10, 0, 0);
  GDateTime *dt = g_date_time_add_weeks (first, week - 1);

  g_assert_cmpint (g_date_time_get_week_of_year (dt), ==, week);
  return dt;
}

/* The keys of the next @n slides, space separated; "-" for none. */
static char *
next_keys (EmbKioskRotation *rotation,
           guint             kinds,
           GDateTime        *now,
           guint             n)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      EmbKioskSlide *s = emb_kiosk_rotation_next (rotation, kinds, now);

      g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                              s != NULL ? emb_kiosk_slide_get_key (s) : "-");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_next (EmbKioskRotation *rotation,
             guint             kinds,
             GDateTime        *now,
             const char       *expected)
{
  guint n = 1;
  g_autofree char *keys = NULL;

  for (const char *c = expected; *c != '\0'; c++)
    if (*c == ' ')
      n++;
  keys = next_keys (rotation, kinds, now, n);
  g_assert_cmpstr (keys, ==, expected);
}

#define FULL_DECK \
  "promise:p1 promise:p2 value:v1 value:v2 value:v3 wall:wall praise:q1 praise:q2 " \
  "nps-trend:nps coverage:cov pilot:pilot announcement:a1 announcement:a2"

static void
test_order (void)
{
  g_autoptr(EmbKioskRotation) rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) slides = deck (FULL_DECK);
  g_autoptr(GDateTime) week_49 = in_week (49);

  emb_kiosk_rotation_set_deck (rotation, slides);
  /* Week 49: promise 49 % 2 = 1, the second. Values one per cycle, in
   * turn; every other kind whole, in the order of the kinds. */
  assert_next (rotation, ALL, week_49,
               "p2 v1 wall q1 q2 nps cov pilot a1 a2 "
               "p2 v2 wall q1 q2 nps cov pilot a1 a2 "
               "p2 v3 wall q1 q2 nps cov pilot a1 a2 "
               "p2 v1 wall");
  g_assert_cmpuint (emb_kiosk_rotation_get_n_shown (rotation), ==, 33);

  /* Deck order within a kind, even when the kinds are mixed in it. */
  {
    g_autoptr(EmbKioskRotation) mixed = emb_kiosk_rotation_new ();
    g_autoptr(GPtrArray) shuffled = deck ("announcement:a1 praise:q1 wall:wall "
                                          "announcement:a2 praise:q2 value:v1");

    emb_kiosk_rotation_set_deck (mixed, shuffled);
    assert_next (mixed, ALL, week_49, "v1 wall q1 q2 a1 a2 v1 wall");
  }
}

static void
test_promise_of_the_week (void)
{
  g_autoptr(EmbKioskRotation) rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) slides = deck ("promise:p1 promise:p2 promise:p3 value:v1");
  guint promise = BIT (EMB_KIOSK_SLIDE_PROMISE);

  emb_kiosk_rotation_set_deck (rotation, slides);
  for (int week = 1; week <= 53; week++)
    {
      g_autoptr(GDateTime) now = in_week (week);
      const char *keys[] = { "p1", "p2", "p3" };
      g_autofree char *expected = g_strdup_printf ("%s %s %s", keys[week % 3], keys[week % 3],
                                                   keys[week % 3]);

      /* The same promise all week, whatever else runs. */
      assert_next (rotation, promise, now, expected);
      g_assert_cmpstr (emb_kiosk_slide_get_key (emb_kiosk_rotation_next (rotation, ALL, now)), ==,
                       "v1");
      g_assert_cmpstr (emb_kiosk_slide_get_key (emb_kiosk_rotation_next (rotation, ALL, now)), ==,
                       keys[week % 3]);
    }
}

static void
test_values_in_turn (void)
{
  g_autoptr(EmbKioskRotation) rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) slides = deck ("value:v1 value:v2 value:v3 wall:wall");
  g_autoptr(GDateTime) now = in_week (10);

  emb_kiosk_rotation_set_deck (rotation, slides);
  assert_next (rotation, BIT (EMB_KIOSK_SLIDE_VALUE), now, "v1 v2 v3 v1 v2");
  /* The wall between them does not reset the turn. */
  assert_next (rotation, ALL, now, "wall v3 wall v1");
}

static void
test_skipping (void)
{
  g_autoptr(EmbKioskRotation) rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) slides = deck ("promise:-p value:v1 wall:-wall praise:q1 praise:-q2 "
                                      "praise:q3 nps-trend:-nps coverage:cov");
  g_autoptr(GDateTime) now = in_week (20);
  guint no_praise = ALL & ~BIT (EMB_KIOSK_SLIDE_PRAISE);

  emb_kiosk_rotation_set_deck (rotation, slides);
  /* Empty slides never come, even when their kind runs. */
  assert_next (rotation, ALL, now, "v1 q1 q3 cov v1 q1");
  /* A kind that does not run is skipped from where the rotation is. */
  assert_next (rotation, no_praise, now, "cov v1 cov");
  /* Only kinds with nothing to show, or none at all: nothing. */
  g_assert_null (emb_kiosk_rotation_next (rotation, BIT (EMB_KIOSK_SLIDE_WALL) |
                                                    BIT (EMB_KIOSK_SLIDE_NPS_TREND) |
                                                    BIT (EMB_KIOSK_SLIDE_PROMISE), now));
  g_assert_null (emb_kiosk_rotation_next (rotation, 0, now));
  /* And on again where it was. */
  assert_next (rotation, ALL, now, "v1 q1");
  g_assert_cmpuint (emb_kiosk_rotation_get_n_shown (rotation), ==, 11);
}

static void
test_empty_deck (void)
{
  g_autoptr(EmbKioskRotation) rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) none = deck ("wall:-wall");
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GDateTime) now = in_week (30);

  /* No deck yet, an empty deck, a deck of empty slides. */
  g_assert_null (emb_kiosk_rotation_next (rotation, ALL, now));
  emb_kiosk_rotation_set_deck (rotation, empty);
  g_assert_null (emb_kiosk_rotation_next (rotation, ALL, now));
  emb_kiosk_rotation_set_deck (rotation, none);
  g_assert_null (emb_kiosk_rotation_next (rotation, ALL, now));
  g_assert_cmpuint (emb_kiosk_rotation_get_n_shown (rotation), ==, 0);
}

static void
test_new_deck_keeps_place (void)
{
  g_autoptr(EmbKioskRotation) rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) first = deck (FULL_DECK);
  g_autoptr(GPtrArray) reloaded = NULL;
  g_autoptr(GPtrArray) without_q2 = NULL;
  g_autoptr(GPtrArray) without_v2 = NULL;
  g_autoptr(GDateTime) now = in_week (49);

  emb_kiosk_rotation_set_deck (rotation, first);
  assert_next (rotation, ALL, now, "p2 v1 wall q1");

  /* The same content loaded again (new slides, the same keys), with a new
   * quote before q1: the rotation goes on after q1. */
  reloaded = deck ("promise:p1 promise:p2 value:v1 value:v2 value:v3 wall:wall praise:q0 "
                   "praise:q1 praise:q2 nps-trend:nps coverage:cov pilot:pilot "
                   "announcement:a1 announcement:a2");
  emb_kiosk_rotation_set_deck (rotation, reloaded);
  g_clear_pointer (&first, g_ptr_array_unref);
  assert_next (rotation, ALL, now, "q2");

  /* The slide shown last is gone: the next kind. */
  without_q2 = deck ("promise:p1 promise:p2 value:v1 value:v2 value:v3 wall:wall "
                     "praise:q0 praise:q1 nps-trend:nps coverage:cov pilot:pilot "
                     "announcement:a1 announcement:a2");
  emb_kiosk_rotation_set_deck (rotation, without_q2);
  g_clear_pointer (&reloaded, g_ptr_array_unref);
  assert_next (rotation, ALL, now, "nps cov pilot a1 a2 p2 v2 wall");

  /* The value shown last is gone: the one that took its place comes. */
  without_v2 = deck ("promise:p1 promise:p2 value:v1 value:v3 wall:wall praise:q1");
  emb_kiosk_rotation_set_deck (rotation, without_v2);
  g_clear_pointer (&without_q2, g_ptr_array_unref);
  assert_next (rotation, ALL, now, "q1 p2 v3 wall q1 p2 v1");
}

/* The bytes malloc has handed out and not had back (0 where unknown). */
static size_t
heap_in_use (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return 0;
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
  return 0;
# else
  return mallinfo2 ().uordblks;
# endif
#else
  return mallinfo2 ().uordblks;
#endif
}

static void
test_many_rotations (void)
{
  EmbKioskRotation *rotation = emb_kiosk_rotation_new ();
  g_autoptr(GPtrArray) decks = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GDateTime) start = in_week (2);
  GDateTime *now = g_date_time_ref (start);
  size_t before = 0, after;
  guint shown = 0;

  /* Two decks taking turns, as the content is reloaded. */
  g_ptr_array_add (decks, deck (FULL_DECK));
  g_ptr_array_add (decks, deck ("promise:p1 value:v1 value:v3 wall:wall praise:q1 "
                                "coverage:cov announcement:a2"));

  /* A week compressed: 10,000 slides of 12 s is 33 hours, so the clock
   * runs a minute per slide. */
  for (guint i = 0; i < 10000; i++)
    {
      GDateTime *later;

      if (i % 500 == 0)
        emb_kiosk_rotation_set_deck (rotation, g_ptr_array_index (decks, (i / 500) % 2));
      if (i == 1000)
        before = heap_in_use ();
      if (emb_kiosk_rotation_next (rotation, i % 7 == 0 ? ALL & ~BIT (EMB_KIOSK_SLIDE_WALL) : ALL,
                                   now) != NULL)
        shown++;
      later = g_date_time_add_minutes (now, 1);
      g_date_time_unref (now);
      now = later;
    }
  after = heap_in_use ();
  g_date_time_unref (now);

  g_assert_cmpuint (shown, ==, 10000);
  g_assert_cmpuint (emb_kiosk_rotation_get_n_shown (rotation), ==, 10000);
  /* Flat: the heap after 9,000 more calls is what it was, give or take a
   * page (GLib's own caches). Under AddressSanitizer its leak check says
   * the same at exit. */
  if (before != 0)
    g_assert_cmpuint (after, <=, before + 4096);
  g_assert_finalize_object (rotation);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/kiosk/rotation/order", test_order);
  g_test_add_func ("/kiosk/rotation/promise-of-the-week", test_promise_of_the_week);
  g_test_add_func ("/kiosk/rotation/values-in-turn", test_values_in_turn);
  g_test_add_func ("/kiosk/rotation/skipping", test_skipping);
  g_test_add_func ("/kiosk/rotation/empty-deck", test_empty_deck);
  g_test_add_func ("/kiosk/rotation/new-deck-keeps-place", test_new_deck_keeps_place);
  g_test_add_func ("/kiosk/rotation/many-rotations", test_many_rotations);

  return g_test_run ();
}
