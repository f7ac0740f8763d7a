/* test-feedback-store.c: customer feedback, filters and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-feedback-store.h"
#include "emb-feedback-store-private.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-test-util.h"
#include "emb-validate-private.h"

static EmbFeedback *
make_feedback (const char      *received_at,
               EmbFeedbackKind  kind,
               const char      *text)
{
  EmbFeedback *feedback = emb_feedback_new ();

  emb_feedback_set_received_at (feedback, received_at);
  emb_feedback_set_kind (feedback, kind);
  emb_feedback_set_text (feedback, text);
  return feedback;
}

static gint64
add_feedback (EmbDatabase     *db,
              const char      *received_at,
              EmbFeedbackKind  kind,
              EmbScoreType     score_type,
              int              score,
              gint64           touchpoint_id,
              const char      *text)
{
  g_autoptr(EmbFeedback) feedback = make_feedback (received_at, kind, text);
  g_autoptr(GError) error = NULL;

  emb_feedback_set_score_type (feedback, score_type);
  emb_feedback_set_score (feedback, score);
  emb_feedback_set_touchpoint_id (feedback, touchpoint_id);
  g_assert_true (emb_feedback_store_save (db, feedback, &error));
  g_assert_no_error (error);
  return emb_record_get_id (EMB_RECORD (feedback));
}

static void
refuse (EmbDatabase *db,
        EmbFeedback *feedback,
        int          code,
        const char  *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (emb_feedback_store_save (db, feedback, &error));
  emb_test_assert_field_error (error, code, field);
}

/* The ids in @model, in order, as "1,2,3". */
static char *
query_ids (EmbDatabase             *db,
           const EmbFeedbackFilter *filter)
{
  g_autoptr(GListModel) model = emb_feedback_store_query (db, filter);

  return emb_test_model_ids (model);
}

static char *
search_ids (EmbDatabase *db,
            const char  *search)
{
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;

  filter.search = search;
  return query_ids (db, &filter);
}

#define assert_ids(expr, expected) \
  G_STMT_START { \
    g_autofree char *ids__ = (expr); \
    g_assert_cmpstr (ids__, ==, (expected)); \
  } G_STMT_END

static void
test_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbFeedback) feedback = NULL;
  g_autoptr(EmbFeedback) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 stage = emb_test_add_stage (tdb->db, "Visit");
  gint64 counter = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  gint64 id;

  /* A time with an offset is stored in UTC, in the form of emb_now_iso8601(). */
  feedback = make_feedback ("2026-03-05T10:15:00+02:00", EMB_FEEDBACK_KIND_COMPLAINT,
                            "The queue at the counter was far too long.");
  emb_feedback_set_channel (feedback, "branch");
  emb_feedback_set_touchpoint_id (feedback, counter);
  emb_feedback_set_score_type (feedback, EMB_SCORE_TYPE_CSAT);
  emb_feedback_set_score (feedback, 2);
  emb_feedback_set_customer_ref (feedback, "C-1042");
  emb_feedback_set_source (feedback, "survey-2026-03");
  emb_feedback_set_follow_up (feedback, EMB_FOLLOW_UP_IN_PROGRESS);
  emb_feedback_set_assignee_id (feedback, anna);
  g_assert_true (emb_feedback_store_save (tdb->db, feedback, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (feedback));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (emb_feedback_get_received_at (feedback), ==, "2026-03-05T08:15:00.000Z");
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_CREATED, id));

  loaded = emb_feedback_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_feedback_get_received_at (loaded), ==, "2026-03-05T08:15:00.000Z");
  g_assert_cmpint (emb_feedback_get_kind (loaded), ==, EMB_FEEDBACK_KIND_COMPLAINT);
  g_assert_cmpstr (emb_feedback_get_channel (loaded), ==, "branch");
  g_assert_cmpint (emb_feedback_get_touchpoint_id (loaded), ==, counter);
  g_assert_cmpint (emb_feedback_get_score_type (loaded), ==, EMB_SCORE_TYPE_CSAT);
  g_assert_cmpint (emb_feedback_get_score (loaded), ==, 2);
  g_assert_cmpstr (emb_feedback_get_text (loaded), ==, "The queue at the counter was far too long.");
  g_assert_cmpstr (emb_feedback_get_customer_ref (loaded), ==, "C-1042");
  g_assert_cmpstr (emb_feedback_get_source (loaded), ==, "survey-2026-03");
  g_assert_cmpint (emb_feedback_get_follow_up (loaded), ==, EMB_FOLLOW_UP_IN_PROGRESS);
  g_assert_cmpint (emb_feedback_get_assignee_id (loaded), ==, anna);
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (loaded)), ==,
                   emb_record_get_uuid (EMB_RECORD (feedback)));

  /* Update: no score any more. */
  emb_feedback_set_score_type (loaded, EMB_SCORE_TYPE_NONE);
  emb_feedback_set_score (loaded, -1);
  emb_feedback_set_kind (loaded, EMB_FEEDBACK_KIND_SUGGESTION);
  g_assert_true (emb_feedback_store_save (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_UPDATED, id));
  g_assert_cmpint (_emb_database_count (tdb->db,
                                        "SELECT count(*) FROM feedback"
                                        " WHERE score IS NULL AND score_type = 'none'"
                                        " AND kind = 'suggestion'"), ==, 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback"), ==, 1);

  g_assert_true (emb_feedback_store_delete (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_DELETED, id));
  g_assert_null (emb_feedback_store_get (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_feedback_store_delete (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbFeedback) feedback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *short_max = g_strnfill (EMB_MAX_SHORT, 'x');
  g_autofree char *short_over = g_strnfill (EMB_MAX_SHORT + 1, 'x');
  g_autofree char *text_over = g_strnfill (EMB_MAX_TEXT + 1, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);

  add_feedback (tdb->db, "2026-01-01T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                EMB_SCORE_TYPE_NONE, -1, 0, "Lovely");
  before = emb_test_dump (tdb->db);

  feedback = make_feedback (NULL, EMB_FEEDBACK_KIND_PRAISE, "Thanks");
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_REQUIRED, "received-at");
  emb_feedback_set_received_at (feedback, "yesterday");
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_INVALID, "received-at");
  emb_feedback_set_received_at (feedback, "2026-01-02T10:00:00Z");

  emb_feedback_set_kind (feedback, 42);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_INVALID, "kind");
  emb_feedback_set_kind (feedback, EMB_FEEDBACK_KIND_SURVEY);

  emb_feedback_set_score_type (feedback, 42);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_INVALID, "score-type");

  /* A score without a type, a type without a score. */
  emb_feedback_set_score_type (feedback, EMB_SCORE_TYPE_NONE);
  emb_feedback_set_score (feedback, 5);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_INVALID, "score");
  emb_feedback_set_score_type (feedback, EMB_SCORE_TYPE_NPS);
  emb_feedback_set_score (feedback, -1);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_REQUIRED, "score");
  emb_feedback_set_score (feedback, 9);

  emb_feedback_set_channel (feedback, short_over);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_TOO_LONG, "channel");
  emb_feedback_set_channel (feedback, "web");

  emb_feedback_set_touchpoint_id (feedback, 9999);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoint");
  emb_feedback_set_touchpoint_id (feedback, 0);

  emb_feedback_set_text (feedback, text_over);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_TOO_LONG, "text");
  emb_feedback_set_text (feedback, "Bad \xff text");
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_INVALID, "text");
  emb_feedback_set_text (feedback, "Quick and kind.");

  emb_feedback_set_customer_ref (feedback, short_over);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_TOO_LONG, "customer-ref");
  emb_feedback_set_customer_ref (feedback, "C-1");

  emb_feedback_set_source (feedback, short_over);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_TOO_LONG, "source");
  emb_feedback_set_source (feedback, "import");

  emb_feedback_set_follow_up (feedback, 42);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_INVALID, "follow-up");

  emb_feedback_set_follow_up (feedback, EMB_FOLLOW_UP_IN_PROGRESS);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_REQUIRED, "assignee");
  emb_feedback_set_assignee_id (feedback, 9999);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "assignee");
  emb_feedback_set_follow_up (feedback, EMB_FOLLOW_UP_NEW);
  refuse (tdb->db, feedback, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "assignee");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (feedback)), ==, 0);

  /* Fixed, with every short field at its maximum, it is accepted. */
  emb_feedback_set_assignee_id (feedback, anna);
  emb_feedback_set_follow_up (feedback, EMB_FOLLOW_UP_IN_PROGRESS);
  emb_feedback_set_channel (feedback, short_max);
  emb_feedback_set_customer_ref (feedback, short_max);
  emb_feedback_set_source (feedback, short_max);
  g_assert_true (emb_feedback_store_save (tdb->db, feedback, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback"), ==, 2);
}

static void
test_score_ranges (void)
{
  static const struct {
    EmbScoreType type;
    int          min;
    int          max;
  } ranges[] = {
    { EMB_SCORE_TYPE_NPS, 0, 10 },
    { EMB_SCORE_TYPE_CSAT, 1, 5 },
    { EMB_SCORE_TYPE_CES, 1, 7 },
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      const int accepted[] = { ranges[i].min, ranges[i].max };
      const int refused[] = { ranges[i].min - 1, ranges[i].max + 1, G_MAXINT };

      for (guint j = 0; j < G_N_ELEMENTS (refused); j++)
        {
          g_autoptr(EmbFeedback) feedback = make_feedback ("2026-01-01T00:00:00Z",
                                                           EMB_FEEDBACK_KIND_SURVEY, NULL);
          g_autoptr(GError) error = NULL;

          emb_feedback_set_score_type (feedback, ranges[i].type);
          emb_feedback_set_score (feedback, refused[j]);
          g_assert_false (emb_feedback_store_save (tdb->db, feedback, &error));
          /* -1 means "no score": for a scored type that is a missing score. */
          emb_test_assert_field_error (error,
                                       refused[j] == -1 ? EMB_VALIDATION_ERROR_REQUIRED
                                                        : EMB_VALIDATION_ERROR_OUT_OF_RANGE,
                                       "score");
        }

      for (guint j = 0; j < G_N_ELEMENTS (accepted); j++)
        {
          g_autoptr(EmbFeedback) loaded = NULL;
          g_autoptr(GError) error = NULL;
          gint64 id = add_feedback (tdb->db, "2026-01-01T00:00:00Z", EMB_FEEDBACK_KIND_SURVEY,
                                    ranges[i].type, accepted[j], 0, NULL);

          loaded = emb_feedback_store_get (tdb->db, id, &error);
          g_assert_no_error (error);
          g_assert_cmpint (emb_feedback_get_score_type (loaded), ==, ranges[i].type);
          g_assert_cmpint (emb_feedback_get_score (loaded), ==, accepted[j]);
        }
    }

  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM feedback"), ==, 6);

  /* No score type: no score, stored as NULL and read back as -1. */
  {
    g_autoptr(EmbFeedback) loaded = NULL;
    g_autoptr(GError) error = NULL;
    gint64 id = add_feedback (tdb->db, "2026-01-01T00:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                              EMB_SCORE_TYPE_NONE, -1, 0, "Great");

    loaded = emb_feedback_store_get (tdb->db, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (emb_feedback_get_score (loaded), ==, -1);
    g_assert_cmpint (_emb_database_count (tdb->db,
                                          "SELECT count(*) FROM feedback WHERE score IS NULL"),
                     ==, 1);
  }
}

static void
test_query_filters (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  gint64 stage = emb_test_add_stage (tdb->db, "Visit");
  gint64 counter = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  gint64 phone = emb_test_add_touchpoint (tdb->db, stage, "Phone");
  gint64 web = emb_test_add_touchpoint (tdb->db, stage, "Web");
  gint64 anna = emb_test_add_employee (tdb->db, "E1", "Anna", 0, 0, TRUE);
  gint64 both[2];
  gint64 f1, f2, f3, f4, f5;
  g_autofree char *expected = NULL;

  /* Added out of time order: the list is by time received. */
  f3 = add_feedback (tdb->db, "2026-03-01T00:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                     EMB_SCORE_TYPE_NPS, 3, counter, "Slow");
  f1 = add_feedback (tdb->db, "2026-01-15T08:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                     EMB_SCORE_TYPE_NPS, 10, counter, "Fast");
  f5 = add_feedback (tdb->db, "2026-03-31T23:59:59Z", EMB_FEEDBACK_KIND_SURVEY,
                     EMB_SCORE_TYPE_CES, 6, web, "Easy");
  f2 = add_feedback (tdb->db, "2026-02-28T23:59:59.999Z", EMB_FEEDBACK_KIND_SUGGESTION,
                     EMB_SCORE_TYPE_NONE, -1, phone, "Longer hours");
  f4 = add_feedback (tdb->db, "2026-03-15T12:00:00+01:00", EMB_FEEDBACK_KIND_PRAISE,
                     EMB_SCORE_TYPE_CSAT, 5, 0, "Kind");
  g_assert_true (emb_feedback_store_start (tdb->db, f3, anna, &error));
  g_assert_true (emb_feedback_store_close (tdb->db, f5, &error));
  g_assert_no_error (error);

  expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                              ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, f1, f2, f3, f4, f5);
  assert_ids (query_ids (tdb->db, NULL), expected);
  assert_ids (query_ids (tdb->db, &filter), expected);

#define IDS2(a, b) g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, (a), (b))
#define IDS1(a) g_strdup_printf ("%" G_GINT64_FORMAT, (a))

  filter.kind = EMB_FEEDBACK_KIND_PRAISE;
  {
    g_autofree char *want = IDS2 (f1, f4);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.kind = -1;

  filter.score_type = EMB_SCORE_TYPE_NPS;
  {
    g_autofree char *want = IDS2 (f1, f3);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.score_type = EMB_SCORE_TYPE_NONE;
  {
    g_autofree char *want = IDS1 (f2);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.score_type = -1;

  filter.touchpoint_id = counter;
  {
    g_autofree char *want = IDS2 (f1, f3);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.touchpoint_id = 0;

  both[0] = phone;
  both[1] = web;
  filter.touchpoint_ids = both;
  filter.n_touchpoint_ids = 2;
  {
    g_autofree char *want = IDS2 (f2, f5);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  /* An empty set of touchpoints matches nothing (not everything). */
  filter.n_touchpoint_ids = 0;
  assert_ids (query_ids (tdb->db, &filter), "");
  filter.touchpoint_ids = NULL;

  filter.follow_up = EMB_FOLLOW_UP_IN_PROGRESS;
  {
    g_autofree char *want = IDS1 (f3);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.follow_up = EMB_FOLLOW_UP_NEW;
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                                             ",%" G_GINT64_FORMAT, f1, f2, f4);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.follow_up = -1;

  /* March, as dates: [from, to) */
  filter.from = "2026-03-01";
  filter.to = "2026-04-01";
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                                             ",%" G_GINT64_FORMAT, f3, f4, f5);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  /* As times, in another zone: 2026-03-01T00:00:00Z is the lower bound. */
  filter.from = "2026-03-01T01:00:00+01:00";
  filter.to = "2026-03-15T11:00:00Z";
  {
    g_autofree char *want = IDS1 (f3);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.to = "2026-03-15T11:00:00.001Z";
  {
    g_autofree char *want = IDS2 (f3, f4);
    assert_ids (query_ids (tdb->db, &filter), want);
  }

  /* Combined: praise in March about no particular touchpoint. */
  filter.from = "2026-03-01";
  filter.to = "2026-04-01";
  filter.kind = EMB_FEEDBACK_KIND_PRAISE;
  filter.score_type = EMB_SCORE_TYPE_CSAT;
  {
    g_autofree char *want = IDS1 (f4);
    assert_ids (query_ids (tdb->db, &filter), want);
  }
  filter.touchpoint_id = counter;
  assert_ids (query_ids (tdb->db, &filter), "");

#undef IDS1
#undef IDS2

  /* Counting since a date or a time. */
  g_assert_cmpint (emb_feedback_store_count_since (tdb->db, "2026-03-01"), ==, 3);
  g_assert_cmpint (emb_feedback_store_count_since (tdb->db, "2026-03-01T00:00:00Z"), ==, 3);
  g_assert_cmpint (emb_feedback_store_count_since (tdb->db, "2026-03-01T00:00:00.001Z"), ==, 2);
  g_assert_cmpint (emb_feedback_store_count_since (tdb->db, "2026-01-01"), ==, 5);
  g_assert_cmpint (emb_feedback_store_count_since (tdb->db, "2026-04-01"), ==, 0);
}

static void
test_query_follows_changes (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GListModel) complaints = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  filter.kind = EMB_FEEDBACK_KIND_COMPLAINT;
  complaints = emb_feedback_store_query (tdb->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (complaints), ==, 0);

  id = add_feedback (tdb->db, "2026-01-01T00:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                     EMB_SCORE_TYPE_NONE, -1, 0, "Rude");
  add_feedback (tdb->db, "2026-01-02T00:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                EMB_SCORE_TYPE_NONE, -1, 0, "Nice");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (complaints), ==, 1);

  g_assert_true (emb_feedback_store_delete (tdb->db, id, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (complaints), ==, 0);
}

static void
test_match_expression (void)
{
  g_autofree char *a = emb_feedback_store_match_expression ("\"a\" OR b*");
  g_autofree char *b = emb_feedback_store_match_expression ("  friendly\tstaff \n");
  g_autofree char *c = emb_feedback_store_match_expression ("NEAR(x y) col:z ^q -w");

  g_assert_cmpstr (a, ==, "\"\"\"a\"\"\" \"OR\" \"b*\"");
  g_assert_cmpstr (b, ==, "\"friendly\" \"staff\"");
  g_assert_cmpstr (c, ==, "\"NEAR(x\" \"y)\" \"col:z\" \"^q\" \"-w\"");
  g_assert_null (emb_feedback_store_match_expression (NULL));
  g_assert_null (emb_feedback_store_match_expression (""));
  g_assert_null (emb_feedback_store_match_expression (" \t\n"));
}

static void
test_search (void)
{
  static const char *nasty[] = {
    "\"a\" OR b*", "\"", "\"\"", "*", "OR", "AND NOT", "NEAR(a b, 2)", "text:queue",
    "^queue", "-queue", "queue +", "(queue", "queue)", "a'b", "{text}: x", "\\",
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbFeedback) feedback = NULL;
  g_autoptr(GError) error = NULL;
  gint64 queue, staff, quoted;

  queue = add_feedback (tdb->db, "2026-01-01T00:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                        EMB_SCORE_TYPE_NONE, -1, 0, "The queue at the counter was long.");
  staff = add_feedback (tdb->db, "2026-01-02T00:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                        EMB_SCORE_TYPE_NONE, -1, 0, "Friendly staff, short queue.");
  quoted = add_feedback (tdb->db, "2026-01-03T00:00:00Z", EMB_FEEDBACK_KIND_SUGGESTION,
                         EMB_SCORE_TYPE_NONE, -1, 0, "She said \"a\" or b* would do.");

  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                                             queue, staff);
    assert_ids (search_ids (tdb->db, "queue"), want);
    /* Case does not matter (FTS5's tokenizer folds it). */
    assert_ids (search_ids (tdb->db, "QUEUE"), want);
  }
  {
    /* Every word must appear. */
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT, staff);
    assert_ids (search_ids (tdb->db, "friendly queue"), want);
  }
  assert_ids (search_ids (tdb->db, "friendly counter"), "");

  /* Search syntax is taken literally: "OR" is a word, not an operator, so
   * only the text holding all of a, or and b matches. */
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT, quoted);
    assert_ids (search_ids (tdb->db, "\"a\" OR b*"), want);
  }
  /* "count*" is not a prefix search. */
  assert_ids (search_ids (tdb->db, "count*"), "");

  /* Nothing typed is an error (a failing query would warn, and warnings
   * are fatal in these tests). */
  for (guint i = 0; i < G_N_ELEMENTS (nasty); i++)
    {
      g_autofree char *ids = search_ids (tdb->db, nasty[i]);
      g_assert_nonnull (ids);
    }

  /* Blank search: no filter. */
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                                             ",%" G_GINT64_FORMAT, queue, staff, quoted);
    assert_ids (search_ids (tdb->db, "   "), want);
  }

  /* The index follows edits and deletions (triggers). */
  feedback = emb_feedback_store_get (tdb->db, queue, &error);
  g_assert_no_error (error);
  emb_feedback_set_text (feedback, "The wait at the counter was long.");
  g_assert_true (emb_feedback_store_save (tdb->db, feedback, &error));
  g_assert_no_error (error);
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT, staff);
    assert_ids (search_ids (tdb->db, "queue"), want);
  }
  {
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT, queue);
    assert_ids (search_ids (tdb->db, "wait"), want);
  }
  g_assert_true (emb_feedback_store_delete (tdb->db, staff, &error));
  g_assert_no_error (error);
  assert_ids (search_ids (tdb->db, "queue"), "");
  assert_ids (search_ids (tdb->db, "friendly"), "");

  /* Search combines with the other filters. */
  {
    EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT, queue);

    filter.search = "counter";
    filter.kind = EMB_FEEDBACK_KIND_COMPLAINT;
    assert_ids (query_ids (tdb->db, &filter), want);
    filter.kind = EMB_FEEDBACK_KIND_PRAISE;
    assert_ids (query_ids (tdb->db, &filter), "");
  }
}

static void
test_touchpoint_deleted (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbFeedback) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 stage = emb_test_add_stage (tdb->db, "Visit");
  gint64 counter = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  gint64 id = add_feedback (tdb->db, "2026-01-01T00:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                            EMB_SCORE_TYPE_NONE, -1, counter, "Fast");

  /* The feedback stays when its touchpoint goes, about no touchpoint. */
  g_assert_true (_emb_table_delete (tdb->db, &emb_table_touchpoint, counter, &error));
  g_assert_no_error (error);
  loaded = emb_feedback_store_get (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_feedback_get_touchpoint_id (loaded), ==, 0);
}

/* Each plan of a search (sort a few matches, keep the members of the set of
 * many, look each row up for most) gives the same list and the same count,
 * alone and beside other filters. */
static void
test_search_plans (void)
{
  static const char *words[] = { "queue", "staff", "counter", "parking", "smile" };
  static const struct { guint few, most; } plans[] = {
    { G_MAXUINT, G_MAXUINT },  /* sort: every search has fewer than “few” */
    { 1, G_MAXUINT },          /* the set of matches */
    { 1, 1 },                  /* a look-up per row */
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  gint64 stage = emb_test_add_stage (tdb->db, "Visit");
  gint64 desk = emb_test_add_touchpoint (tdb->db, stage, "Desk");

  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *when = g_strdup_printf ("2026-%02d-%02dT%02d:00:00Z",
                                               g_rand_int_range (rand, 1, 13),
                                               g_rand_int_range (rand, 1, 29),
                                               g_rand_int_range (rand, 0, 24));

      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        if (g_rand_int_range (rand, 0, 4 + w * 3) == 0)
          g_string_append_printf (text, "%s ", words[w]);
      g_string_append (text, "visit");
      add_feedback (tdb->db, when, EMB_FEEDBACK_KIND_PRAISE, EMB_SCORE_TYPE_NONE, -1,
                    g_rand_boolean (rand) ? desk : 0, text->str);
    }

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      guint k = 0;

      _emb_feedback_store_set_match_plans (plans[p].few, plans[p].most);
      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        for (guint f = 0; f < 3; f++)
          {
            EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
            g_autoptr(GListModel) model = NULL;
            g_autofree char *ids = NULL;

            filter.search = words[w];
            if (f == 1)
              filter.touchpoint_id = desk;
            if (f == 2)
              {
                filter.from = "2026-03-01";
                filter.to = "2026-09-01";
              }
            model = emb_feedback_store_query (tdb->db, &filter);
            ids = emb_test_model_ids (model);

            /* The count is the number of rows listed, never 0 here. */
            g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
            {
              g_auto(GStrv) listed = g_strsplit (ids, ",", -1);

              g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_strv_length (listed));
            }
            if (p == 0)
              g_ptr_array_add (expected, g_steal_pointer (&ids));
            else
              g_assert_cmpstr (ids, ==, g_ptr_array_index (expected, k));
            k++;
          }
    }
  _emb_feedback_store_set_match_plans (0, 0);

  /* A search alone is counted by the text index: the count equals the rows
   * that hold the word, in any case, after deletions, and for words with
   * letters outside ASCII. */
  {
    EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
    g_autoptr(GListModel) before = NULL;
    g_autoptr(GListModel) after = NULL;
    g_autoptr(GListModel) upper = NULL;
    g_autoptr(GListModel) polish = NULL;
    g_autoptr(EmbRecord) first = NULL;
    g_autoptr(GError) error = NULL;
    guint n;

    filter.search = "queue";
    before = emb_feedback_store_query (tdb->db, &filter);
    n = g_list_model_get_n_items (before);
    g_assert_cmpuint (n, >, 1);
    g_assert_cmpuint (n, ==, _emb_database_count (tdb->db, "SELECT count(*) FROM feedback"
                                                  " WHERE text LIKE '%queue%'"));
    first = g_list_model_get_item (before, 0);
    g_assert_true (emb_feedback_store_delete (tdb->db, emb_record_get_id (first), &error));
    g_assert_no_error (error);
    after = emb_feedback_store_query (tdb->db, &filter);
    g_assert_cmpuint (g_list_model_get_n_items (after), ==, n - 1);
    filter.search = "  QUEUE ";
    upper = emb_feedback_store_query (tdb->db, &filter);
    g_assert_cmpuint (g_list_model_get_n_items (upper), ==, n - 1);

    add_feedback (tdb->db, "2026-05-05T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE, EMB_SCORE_TYPE_NONE,
                  -1, 0, "Obsługa przy ladzie była wzorowa");
    filter.search = "obsługa";
    polish = emb_feedback_store_query (tdb->db, &filter);
    g_assert_cmpuint (g_list_model_get_n_items (polish), ==, 1);
  }
}

/* The length of a text is counted in characters, not bytes: at the limit
 * in two-byte and three-byte characters, and one over it. */
static void
test_text_length (void)
{
  static const char * const units[] = { "a", "ł", "ά", "€" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < 10; i++)
        g_string_append (text, units[u]);
      g_assert_true (_emb_validate_text (text->str, TRUE, 10, "text", "Text", &error));
      g_assert_no_error (error);

      g_string_append (text, units[u]);
      g_assert_false (_emb_validate_text (text->str, TRUE, 10, "text", "Text", &error));
      g_assert_error (error, EMB_VALIDATION_ERROR, EMB_VALIDATION_ERROR_TOO_LONG);
      g_assert_cmpstr (error->message, ==,
                       "“Text” is too long: 11 characters, at most 10 are allowed.");
    }
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/feedback/crud", test_crud);
  g_test_add_func ("/store/feedback/validation", test_validation);
  g_test_add_func ("/store/feedback/text-length", test_text_length);
  g_test_add_func ("/store/feedback/score-ranges", test_score_ranges);
  g_test_add_func ("/store/feedback/query-filters", test_query_filters);
  g_test_add_func ("/store/feedback/query-follows-changes", test_query_follows_changes);
  g_test_add_func ("/store/feedback/match-expression", test_match_expression);
  g_test_add_func ("/store/feedback/search", test_search);
  g_test_add_func ("/store/feedback/search-plans", test_search_plans);
  g_test_add_func ("/store/feedback/touchpoint-deleted", test_touchpoint_deleted);

  return g_test_run ();
}
