/* test-kiosk-content.c: what the break-room kiosk shows, and never shows
 *
 * On the small organisation of emb-kiosk-test-util.h: the kinds of slides
 * and their order, kinds not asked for not read, the promises, values and
 * announcements, the wall of fame (no private nomination, none older than
 * the wall's days, names or teams, never an anonymous sender), customer
 * praise cleared of customer data; an empty programme gives an empty deck;
 * a database that cannot be read gives an error; and the demo
 * organisation. The figures are tested in test-kiosk-figures.c, the
 * clearing of quotes in test-kiosk-redact.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "emb-kiosk-test-util.h"
#include "emb-programme-store.h"

/* The deck ----------------------------------------------------------------------- */

static void
test_kinds_in_order (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { EmbKioskSlideKind kind; const char *title; } expected[] = {
    { EMB_KIOSK_SLIDE_PROMISE, "We answer within two minutes." },
    { EMB_KIOSK_SLIDE_PROMISE, "Every visit ends with a next step." },
    { EMB_KIOSK_SLIDE_VALUE, "Kindness" },
    { EMB_KIOSK_SLIDE_VALUE, "Courage" },
    { EMB_KIOSK_SLIDE_WALL, "Wall of fame" },
    { EMB_KIOSK_SLIDE_PRAISE, "What customers say" },
    { EMB_KIOSK_SLIDE_NPS_TREND, "Net Promoter Score" },
    { EMB_KIOSK_SLIDE_COVERAGE, "Who has acknowledged the promise" },
    { EMB_KIOSK_SLIDE_PILOT, "Decide for the customer" },
    { EMB_KIOSK_SLIDE_ANNOUNCEMENT, "Summer opening hours" },
    { EMB_KIOSK_SLIDE_ANNOUNCEMENT, "Values week" },
  };
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_ALL_SLIDES);

  g_assert_cmpuint (slides->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < slides->len; i++)
    {
      g_assert_cmpint (emb_kiosk_slide_get_kind (slides->pdata[i]), ==, expected[i].kind);
      g_assert_cmpstr (emb_kiosk_slide_get_title (slides->pdata[i]), ==, expected[i].title);
      g_assert_false (emb_kiosk_slide_is_empty (slides->pdata[i]));
    }
  g_assert_true (g_str_has_prefix (emb_kiosk_slide_get_key (slides->pdata[0]), "promise:"));
  g_assert_cmpstr (emb_kiosk_slide_get_key (slides->pdata[0]), !=,
                   emb_kiosk_slide_get_key (slides->pdata[1]));
  g_assert_true (g_str_has_prefix (emb_kiosk_slide_get_key (slides->pdata[2]), "value:"));
  g_assert_cmpstr (emb_kiosk_slide_get_key (slides->pdata[4]), ==, "wall");
  g_assert_cmpstr (emb_kiosk_slide_get_key (slides->pdata[6]), ==, "nps-trend");
  g_assert_true (g_str_has_prefix (emb_kiosk_slide_get_key (slides->pdata[8]), "pilot:"));
  g_assert_true (g_str_has_prefix (emb_kiosk_slide_get_key (slides->pdata[9]), "announcement:"));
}

static void
test_only_kinds_asked (Fixture       *f,
                       gconstpointer  data)
{
  guint kinds = EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_VALUE) |
                EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PILOT);
  g_autoptr(GPtrArray) slides = load (f, kinds);

  g_assert_cmpuint (slides->len, ==, 3);
  for (guint i = 0; i < slides->len; i++)
    {
      EmbKioskSlideKind kind = emb_kiosk_slide_get_kind (slides->pdata[i]);

      g_assert_true ((kinds & EMB_KIOSK_SLIDE_BIT (kind)) != 0);
    }
  g_clear_pointer (&slides, g_ptr_array_unref);

  slides = load (f, 0);
  g_assert_cmpuint (slides->len, ==, 0);
}

static void
rename_table (Fixture    *f,
              const char *from,
              const char *to)
{
  g_autofree char *sql = g_strdup_printf ("ALTER TABLE %s RENAME TO %s", from, to);
  g_autoptr(GError) error = NULL;

  g_assert_true (_emb_database_exec (f->db, sql, &error));
  g_assert_no_error (error);
}

#define BIT(kind) EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_##kind)

/* A kind not asked for is not read: without a table that only some kinds
 * read, every other kind still loads, and each of those fails with an
 * error and no deck. */
static void
test_kinds_not_asked_not_read (Fixture       *f,
                               gconstpointer  data)
{
  static const struct { const char *table; guint readers; guint n_others; } cases[] = {
    { "promise", BIT (PROMISE), 9 },
    { "value_set", BIT (VALUE), 9 },
    { "nomination", BIT (WALL), 10 },
    { "feedback", BIT (PRAISE) | BIT (NPS_TREND), 9 },
    { "feedback_day", BIT (NPS_TREND), 10 },
    { "acknowledgement", BIT (COVERAGE), 10 },
    { "pilot", BIT (PILOT), 10 },
    { "announcement", BIT (ANNOUNCEMENT), 9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) others = NULL;

      rename_table (f, cases[i].table, "away");
      others = load (f, EMB_KIOSK_ALL_SLIDES & ~cases[i].readers);
      g_assert_cmpuint (others->len, ==, cases[i].n_others);
      for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
        if ((cases[i].readers & EMB_KIOSK_SLIDE_BIT (kind)) != 0)
          {
            EmbKioskContentOptions options = { .kinds = EMB_KIOSK_SLIDE_BIT (kind) };
            g_autoptr(GError) error = NULL;

            g_assert_null (emb_kiosk_content_load (f->db, &options, NULL, &error));
            g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_FAILED);
          }
      rename_table (f, "away", cases[i].table);
    }
}

/* A database that cannot be read: another program damaged its schema
 * while the kiosk had it open. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  EmbKioskContentOptions options = { .kinds = EMB_KIOSK_ALL_SLIDES };
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  slides = emb_kiosk_content_load (f->db, &options, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&slides, g_ptr_array_unref);

  g_assert_cmpint (sqlite3_open (f->tdb->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other,
                                 "PRAGMA writable_schema = ON;"
                                 " UPDATE sqlite_schema SET sql = 'CREATE TABLE promise ('"
                                 "  WHERE name = 'promise';"
                                 " PRAGMA schema_version = 1000;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  slides = emb_kiosk_content_load (f->db, &options, NULL, &error);
  g_assert_null (slides);
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT);
}

static void
test_empty_programme (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GPtrArray) slides = load_full (tdb->db, EMB_KIOSK_ALL_SLIDES, TRUE, 0, 0);

  g_assert_cmpuint (slides->len, ==, 0);
}

/* Records that are there but not for the kiosk make no slide, not an empty
 * one: values never published, a draft promise, a pilot that has not
 * started, a draft announcement, private or undecided nominations, praise
 * without a touchpoint, too few answers. */
static void
test_nothing_to_show (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GPtrArray) slides = NULL;
  Fixture g = { .tdb = tdb, .db = tdb->db };
  const int few[] = { 10, 10 };

  add_people (&g);
  g.kindness = add_value (&g, "Kindness", "We treat everyone kindly.", "Listens");
  add_promise (&g, "DRAFT-PROMISE", "", &g.hotline, 1, TRUE);
  add_wave (&g, add_pilot (&g, "WAITING-PILOT"), g.care, 0, "2026-09-01", "2026-09-30",
            EMB_WAVE_STATUS_PLANNED);
  add_announcement (&g, "DRAFT-ANNOUNCEMENT", NULL, TRUE);
  add_nomination (&g, &(NominationSpec) {
    g.anna, 0, g.bert, "PRIVATE-STORY", TRUE, FALSE, EMB_NOMINATION_STATUS_APPROVED,
    "2026-06-26T09:00:00Z", "2026-06-26T10:00:00Z" });
  add_nomination (&g, &(NominationSpec) {
    g.bert, 0, g.anna, "PENDING-STORY", FALSE, FALSE, EMB_NOMINATION_STATUS_SUBMITTED,
    "2026-06-26T09:00:00Z", NULL });
  add_feedback (&g, "2026-06-29T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, 0, "Lovely", "");
  add_answers (&g, "2026-06", few, G_N_ELEMENTS (few));

  slides = load_full (g.db, EMB_KIOSK_ALL_SLIDES, TRUE, 0, 0);
  g_assert_cmpuint (slides->len, ==, 0);
}

/* Promises, values, announcements ------------------------------------------------ */

static void
test_promises (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PROMISE));
  EmbKioskSlide *fast, *step;

  g_assert_cmpuint (slides->len, ==, 2);
  fast = slides->pdata[0];
  step = slides->pdata[1];
  g_assert_cmpstr (emb_kiosk_slide_get_body (fast), ==, "No call waits longer than two minutes.");
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (fast), ==, 1);
  g_assert_cmpstr (item (fast, 0)->label, ==, "Hotline");
  g_assert_cmpstr (item (fast, 0)->text, ==, "Service");
  g_assert_cmpstr (emb_kiosk_slide_get_body (step), ==, "");
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (step), ==, 2);
  g_assert_cmpstr (item (step, 0)->label, ==, "Hotline");
  g_assert_cmpstr (item (step, 1)->label, ==, "Branch desk");
  assert_shows_none (slides, (const char *[]) { "DRAFT-PROMISE", "RETIRED-PROMISE", NULL });
}

static void
test_values (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_VALUE));
  EmbKioskSlide *kindness, *courage;

  g_assert_cmpuint (slides->len, ==, 2);
  kindness = slides->pdata[0];
  courage = slides->pdata[1];
  g_assert_cmpstr (emb_kiosk_slide_get_body (kindness), ==, "We treat everyone kindly.");
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (kindness), ==, 2);
  g_assert_cmpstr (item (kindness, 0)->label, ==, "Listens first");
  g_assert_cmpstr (item (kindness, 1)->label, ==, "Smiles");
  g_assert_cmpstr (emb_kiosk_slide_get_body (courage), ==, "We say what we think.");
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (courage), ==, 0);
}

static void
test_announcements (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_ANNOUNCEMENT));

  g_assert_cmpuint (slides->len, ==, 2);
  g_assert_cmpstr (emb_kiosk_slide_get_title (slides->pdata[0]), ==, "Summer opening hours");
  g_assert_cmpstr (emb_kiosk_slide_get_title (slides->pdata[1]), ==, "Values week");
  g_assert_cmpstr (emb_kiosk_slide_get_body (slides->pdata[1]), ==, "Read it in the break room.");
  assert_shows_none (slides, (const char *[]) { "NOT-ON-KIOSK", "DRAFT-ANNOUNCEMENT", NULL });
}

/* The wall of fame --------------------------------------------------------------- */

static const char *const never_on_the_wall[] = {
  "PRIVATE-STORY", "OLD-STORY", "PENDING-STORY", "DECLINED-STORY", "A12345", NULL
};

static void
test_wall_teams (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_WALL));
  EmbKioskSlide *wall = only_slide (slides, EMB_KIOSK_SLIDE_WALL);

  /* Newest first; teams only, and the names gone from the stories too. */
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (wall), ==, 3);
  g_assert_cmpstr (item (wall, 0)->label, ==, "Branches team");
  g_assert_cmpstr (item (wall, 0)->text, ==,
                   "Kindness\nThe whole branch stayed open during the outage.");
  g_assert_cmpstr (item (wall, 1)->label, ==, "Customer Care team");
  g_assert_cmpstr (item (wall, 1)->text, ==,
                   "Kindness\n… stayed late to help a customer with order #….");
  g_assert_cmpstr (item (wall, 2)->label, ==, "Customer Care team");
  g_assert_cmpstr (item (wall, 2)->text, ==, "Kindness\n… calmed an angry caller.");
  assert_shows_none (slides, never_on_the_wall);
  assert_shows_none (slides, (const char *[]) {
    "Anna", "Nowak", "Bert", "Dora", "Eva", "nominated by", NULL });
}

static void
test_wall_names (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load_full (f->db, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_WALL),
                                           TRUE, 0, 0);
  EmbKioskSlide *wall = only_slide (slides, EMB_KIOSK_SLIDE_WALL);

  g_assert_cmpuint (emb_kiosk_slide_get_n_items (wall), ==, 3);
  g_assert_cmpstr (item (wall, 0)->label, ==, "Branches team");
  g_assert_cmpstr (item (wall, 0)->text, ==,
                   "Kindness\nThe whole branch stayed open during the outage. "
                   "(nominated by Anna Nowak)");
  g_assert_cmpstr (item (wall, 1)->label, ==, "Anna Nowak");
  g_assert_cmpstr (item (wall, 1)->text, ==,
                   "Kindness\nAnna stayed late to help a customer with order #…. "
                   "(nominated by Bert Brown)");
  /* Sent anonymously by Eva: her name nowhere. */
  g_assert_cmpstr (item (wall, 2)->label, ==, "Dora Diaz");
  g_assert_cmpstr (item (wall, 2)->text, ==, "Kindness\nDora calmed an angry caller.");
  assert_shows_none (slides, never_on_the_wall);
  assert_shows_none (slides, (const char *[]) { "Eva", "Evans", NULL });
}

static void
test_wall_days_and_items (Fixture       *f,
                          gconstpointer  data)
{
  EmbKioskContentOptions options = { EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_WALL), FALSE, 90, 0, 0 };
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(GPtrArray) slides = NULL;
  g_autofree char *text = NULL;

  /* Decided 60 days ago: on a wall of 90 days, not of 30. */
  slides = emb_kiosk_content_load (f->db, &options, now, NULL);
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (only_slide (slides, EMB_KIOSK_SLIDE_WALL)),
                    ==, 4);
  text = deck_text (slides);
  g_assert_nonnull (strstr (text, "OLD-STORY"));
  g_assert_null (strstr (text, "PRIVATE-STORY"));
  g_clear_pointer (&slides, g_ptr_array_unref);

  slides = load_full (f->db, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_WALL), FALSE, 0, 2);
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (only_slide (slides, EMB_KIOSK_SLIDE_WALL)),
                    ==, 2);
  g_assert_cmpstr (item (only_slide (slides, EMB_KIOSK_SLIDE_WALL), 0)->label, ==,
                   "Branches team");
}

/* Customer praise ---------------------------------------------------------------- */

static void
test_praise (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PRAISE));
  EmbKioskSlide *praise = only_slide (slides, EMB_KIOSK_SLIDE_PRAISE);

  /* Newest first; the quote of nothing but an order number is left out. */
  g_assert_cmpuint (emb_kiosk_slide_get_n_items (praise), ==, 3);
  g_assert_cmpstr (item (praise, 0)->label, ==, "Hotline");
  g_assert_cmpstr (item (praise, 0)->text, ==,
                   "Anna was wonderful. Call me back on … or write to … about order #…. "
                   "Thanks, …");
  g_assert_cmpstr (item (praise, 1)->label, ==, "Hotline");
  g_assert_cmpstr (item (praise, 1)->text, ==, "Ref: … Sorted in one call, thanks!");
  g_assert_cmpstr (item (praise, 2)->label, ==, "Branch desk");
  g_assert_cmpstr (item (praise, 2)->text, ==, "Εξαιρετική εξυπηρέτηση! Τηλ. …");
  assert_shows_none (slides, (const char *[]) {
    "NO-TOUCHPOINT", "COMPLAINT", "OLD praise", "601", "example.com", "A12345", "Jan",
    "E+17", "6912345678", NULL });
}

/* A long quote is cut at a word, read in passing, on one line. */
static void
test_praise_long (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) long_text = g_string_new ("Obsługa\r\nna infolinii była ");
  g_autoptr(GPtrArray) slides = NULL;
  const char *quote;

  for (int i = 0; i < 40; i++)
    g_string_append (long_text, "świetna, ");
  add_feedback (f, "2026-06-30T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE, -1, f->hotline,
                long_text->str, "");

  slides = load (f, EMB_KIOSK_SLIDE_BIT (EMB_KIOSK_SLIDE_PRAISE));
  quote = item (only_slide (slides, EMB_KIOSK_SLIDE_PRAISE), 0)->text;
  g_assert_true (g_utf8_validate (quote, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (quote, -1), <=, 220);
  g_assert_cmpuint (g_utf8_strlen (quote, -1), >, 150);
  g_assert_true (g_str_has_prefix (quote, "Obsługa na infolinii była świetna, świetna"));
  g_assert_true (g_str_has_suffix (quote, "świetna…"));
}

/* The demo organisation ---------------------------------------------------------- */

static void
test_demo (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new_demo ();
  g_autofree char *noon = g_strconcat (EMB_TEST_DEMO_DATE, "T12:00:00Z", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (noon, NULL);
  EmbKioskContentOptions options = { EMB_KIOSK_ALL_SLIDES, TRUE, 0, 0, 0 };
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GError) error = NULL;
  guint count[EMB_KIOSK_N_SLIDE_KINDS] = { 0, };
  guint linked[EMB_KIOSK_N_SLIDE_KINDS] = { 0, };

  slides = emb_kiosk_content_load (tdb->db, &options, now, &error);
  g_assert_no_error (error);

  /* The demo has published promises, published values, approved public
   * recognitions, praise, answers, acknowledgements, a running pilot and an
   * announcement for the kiosk: a slide of each kind, none empty. */
  for (guint i = 0; i < slides->len; i++)
    {
      g_assert_false (emb_kiosk_slide_is_empty (slides->pdata[i]));
      count[emb_kiosk_slide_get_kind (slides->pdata[i])]++;
      if (g_str_has_prefix (emb_kiosk_slide_get_link (slides->pdata[i]), "https://"))
        linked[emb_kiosk_slide_get_kind (slides->pdata[i])]++;
    }
  /* Some of the demo's promises and kiosk announcements link to more. */
  g_assert_cmpuint (linked[EMB_KIOSK_SLIDE_PROMISE], >, 0);
  g_assert_cmpuint (linked[EMB_KIOSK_SLIDE_ANNOUNCEMENT], >, 0);
  for (guint kind = 0; kind < EMB_KIOSK_N_SLIDE_KINDS; kind++)
    if (count[kind] == 0)
      g_error ("The demo has no %s slide", emb_kiosk_slide_kind_to_string (kind));
  for (guint i = 0; i < emb_kiosk_slide_get_n_items (only_slide (slides,
                                                                  EMB_KIOSK_SLIDE_NPS_TREND)); i++)
    g_assert_cmpuint (item (only_slide (slides, EMB_KIOSK_SLIDE_NPS_TREND), i)->n, >=,
                      EMB_ANONYMITY_THRESHOLD_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  KIOSK_TEST_ADD ("/kiosk-content/kinds-in-order", test_kinds_in_order);
  KIOSK_TEST_ADD ("/kiosk-content/only-kinds-asked", test_only_kinds_asked);
  KIOSK_TEST_ADD ("/kiosk-content/kinds-not-asked-not-read", test_kinds_not_asked_not_read);
  KIOSK_TEST_ADD ("/kiosk-content/unreadable", test_unreadable);
  g_test_add_func ("/kiosk-content/empty-programme", test_empty_programme);
  g_test_add_func ("/kiosk-content/nothing-to-show", test_nothing_to_show);
  KIOSK_TEST_ADD ("/kiosk-content/promises", test_promises);
  KIOSK_TEST_ADD ("/kiosk-content/values", test_values);
  KIOSK_TEST_ADD ("/kiosk-content/announcements", test_announcements);
  KIOSK_TEST_ADD ("/kiosk-content/wall/teams", test_wall_teams);
  KIOSK_TEST_ADD ("/kiosk-content/wall/names", test_wall_names);
  KIOSK_TEST_ADD ("/kiosk-content/wall/days-and-items", test_wall_days_and_items);
  KIOSK_TEST_ADD ("/kiosk-content/praise", test_praise);
  KIOSK_TEST_ADD ("/kiosk-content/praise/long", test_praise_long);
  g_test_add_func ("/kiosk-content/demo", test_demo);

  return g_test_run ();
}
