/* test-feedback-filters.c: the feedback area's filters and its newest-first list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-feedback-store.h"
#include "emb-journey-store.h"
#include "emb-query-model.h"
#include "emb-records.h"
#include "emb-test-util.h"

/* The ids of the feedback @filter lists, as "1,2,3"; the count the model
 * gives agrees with the rows it reads. */
static char *
query_ids (EmbDatabase             *db,
           const EmbFeedbackFilter *filter)
{
  g_autoptr(GListModel) model = emb_feedback_store_query (db, filter);
  char *ids = emb_test_model_ids (model);
  guint n = 0;

  for (const char *p = ids; *p != '\0'; p++)
    n += *p == ',';
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, *ids != '\0' ? n + 1 : 0);
  return ids;
}

static char *
ids_of (guint         n,
        const gint64 *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  return g_string_free (text, FALSE);
}

#define ASSERT_LISTS(db, filter, ...)                                   \
  G_STMT_START {                                                        \
    const gint64 want_[] = { __VA_ARGS__ };                             \
    g_autofree char *expected_ = ids_of (G_N_ELEMENTS (want_), want_);  \
    g_autofree char *got_ = query_ids ((db), (filter));                 \
    g_assert_cmpstr (got_, ==, expected_);                              \
  } G_STMT_END

#define ASSERT_LISTS_NOTHING(db, filter)                                \
  G_STMT_START {                                                        \
    g_autofree char *got_ = query_ids ((db), (filter));                 \
    g_assert_cmpstr (got_, ==, "");                                     \
  } G_STMT_END

static void
test_score_bands (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbDatabase *db = tdb->db;
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  gint64 nps[11], csat[5], ces[7];
  gint64 complaint;

  /* One answer of every score, an hour apart: NPS 0–10, CSAT 1–5, CES 1–7. */
  for (int s = 0; s <= 10; s++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-01T%02d:00:00Z", s);
      nps[s] = emb_test_add_feedback (db, at, EMB_FEEDBACK_KIND_SURVEY, EMB_SCORE_TYPE_NPS, s, 0, "");
    }
  for (int s = 1; s <= 5; s++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-02T%02d:00:00Z", s);
      csat[s - 1] = emb_test_add_feedback (db, at, EMB_FEEDBACK_KIND_SURVEY, EMB_SCORE_TYPE_CSAT,
                                           s, 0, "");
    }
  for (int s = 1; s <= 7; s++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-03T%02d:00:00Z", s);
      ces[s - 1] = emb_test_add_feedback (db, at, EMB_FEEDBACK_KIND_SURVEY, EMB_SCORE_TYPE_CES,
                                          s, 0, "");
    }
  complaint = emb_test_add_feedback (db, "2026-03-04T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                     EMB_SCORE_TYPE_NONE, -1, 0, "Rude");

  filter.score_band = EMB_SCORE_BAND_DETRACTOR;
  ASSERT_LISTS (db, &filter, nps[0], nps[1], nps[2], nps[3], nps[4], nps[5], nps[6]);
  filter.score_band = EMB_SCORE_BAND_PASSIVE;
  ASSERT_LISTS (db, &filter, nps[7], nps[8]);
  filter.score_band = EMB_SCORE_BAND_PROMOTER;
  ASSERT_LISTS (db, &filter, nps[9], nps[10]);
  filter.score_band = EMB_SCORE_BAND_CSAT_LOW;
  ASSERT_LISTS (db, &filter, csat[0], csat[1], csat[2]);
  filter.score_band = EMB_SCORE_BAND_CSAT_HIGH;
  ASSERT_LISTS (db, &filter, csat[3], csat[4]);
  filter.score_band = EMB_SCORE_BAND_CES_LOW;
  ASSERT_LISTS (db, &filter, ces[0], ces[1], ces[2], ces[3]);
  filter.score_band = EMB_SCORE_BAND_CES_HIGH;
  ASSERT_LISTS (db, &filter, ces[4], ces[5], ces[6]);

  /* A band with another score type matches nothing; no band is no filter. */
  filter.score_band = EMB_SCORE_BAND_PROMOTER;
  filter.score_type = EMB_SCORE_TYPE_CSAT;
  ASSERT_LISTS_NOTHING (db, &filter);
  filter.score_type = -1;
  filter.score_band = EMB_N_SCORE_BANDS;
  ASSERT_LISTS_NOTHING (db, &filter);
  filter.score_band = -1;
  filter.kind = EMB_FEEDBACK_KIND_COMPLAINT;
  ASSERT_LISTS (db, &filter, complaint);

  /* The bands of CSAT and CES split where the metrics count. */
  {
    EmbScoreType type;
    int min, max;

    g_assert_true (emb_score_band_get_range (EMB_SCORE_BAND_CSAT_HIGH, &type, &min, &max));
    g_assert_cmpint (type, ==, EMB_SCORE_TYPE_CSAT);
    g_assert_cmpint (min, ==, 4);
    g_assert_cmpint (max, ==, 5);
    g_assert_true (emb_score_band_get_range (EMB_SCORE_BAND_CES_HIGH, &type, &min, &max));
    g_assert_cmpint (type, ==, EMB_SCORE_TYPE_CES);
    g_assert_cmpint (min, ==, 5);
    g_assert_false (emb_score_band_get_range (-1, &type, &min, &max));
  }
}

static void
test_stage_triage_category (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbDatabase *db = tdb->db;
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  gint64 arrive = emb_test_add_stage (db, "Arrive");
  gint64 leave = emb_test_add_stage (db, "Leave");
  gint64 door = emb_test_add_touchpoint (db, arrive, "Door");
  gint64 desk = emb_test_add_touchpoint (db, arrive, "Desk");
  gint64 exit = emb_test_add_touchpoint (db, leave, "Exit");
  gint64 a, b, c, d, e, g;

  a = emb_test_add_categorised_feedback (db, "2026-01-01T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                         door, "Queue", FALSE, "Long queue");
  b = emb_test_add_categorised_feedback (db, "2026-01-02T10:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                         exit, "Staff", FALSE, "Kind goodbye");
  c = emb_test_add_categorised_feedback (db, "2026-01-03T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                         0, "Late Flight", TRUE, "Two hours late");
  d = emb_test_add_categorised_feedback (db, "2026-01-04T10:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                         desk, "Queue", FALSE, "Queue at the desk");
  e = emb_test_add_categorised_feedback (db, "2026-01-05T10:00:00Z", EMB_FEEDBACK_KIND_NEUTRAL,
                                         0, "Late Flight", TRUE, "Delayed again");
  g = emb_test_add_categorised_feedback (db, "2026-01-06T10:00:00Z", EMB_FEEDBACK_KIND_NEUTRAL,
                                         0, "", FALSE, "A general remark");

  /* A stage lists the feedback about each of its touchpoints. */
  filter.stage_id = arrive;
  ASSERT_LISTS (db, &filter, a, d);
  filter.stage_id = leave;
  ASSERT_LISTS (db, &filter, b);
  filter.stage_id = 0;

  /* To triage: only what waits for a touchpoint (not every item without one). */
  filter.triage = 1;
  ASSERT_LISTS (db, &filter, c, e);
  filter.triage = 0;
  ASSERT_LISTS (db, &filter, a, b, d, g);
  filter.triage = 1;
  filter.category = "Late Flight";
  ASSERT_LISTS (db, &filter, c, e);
  filter.category = "Queue";
  ASSERT_LISTS_NOTHING (db, &filter);
  filter.triage = -1;
  ASSERT_LISTS (db, &filter, a, d);
  /* The category is compared as written. */
  filter.category = "queue";
  ASSERT_LISTS_NOTHING (db, &filter);
  filter.category = NULL;

  /* Combined with the search and the period. */
  filter.triage = 1;
  filter.search = "delayed";
  ASSERT_LISTS (db, &filter, e);
  filter.search = NULL;
  filter.from = "2026-01-04";
  ASSERT_LISTS (db, &filter, e);
}

static void
test_responsible (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbDatabase *db = tdb->db;
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  gint64 stage = emb_test_add_stage (db, "Service");
  gint64 phone = emb_test_add_touchpoint (db, stage, "Phone");
  gint64 chat = emb_test_add_touchpoint (db, stage, "Chat");
  gint64 branch = emb_test_add_touchpoint (db, stage, "Branch");
  gint64 centre = emb_test_add_department (db, "Contact centre");
  gint64 branches = emb_test_add_department (db, "Branches");
  gint64 agent = emb_test_add_role (db, centre, "Phone agent");
  gint64 chatter = emb_test_add_role (db, centre, "Chat agent");
  gint64 teller = emb_test_add_role (db, branches, "Teller");
  gint64 ola = emb_test_add_employee (db, "E1", "Ola", centre, agent, TRUE);
  gint64 piotr = emb_test_add_employee (db, "E2", "Piotr", branches, teller, TRUE);
  gint64 f_phone, f_chat, f_branch, f_owned, f_none;

  g_assert_true (emb_journey_store_set_responsibility (db, agent, phone,
                                                       EMB_RESPONSIBILITY_LEVEL_OWNS, "", &error));
  g_assert_true (emb_journey_store_set_responsibility (db, chatter, chat,
                                                       EMB_RESPONSIBILITY_LEVEL_DELIVERS, "",
                                                       &error));
  /* Informed is responsible too: the feedback reaches the role. */
  g_assert_true (emb_journey_store_set_responsibility (db, agent, branch,
                                                       EMB_RESPONSIBILITY_LEVEL_INFORMED, "",
                                                       &error));
  g_assert_true (emb_journey_store_set_responsibility (db, teller, branch,
                                                       EMB_RESPONSIBILITY_LEVEL_OWNS, "", &error));
  g_assert_no_error (error);

  f_phone = emb_test_add_feedback (db, "2026-05-01T09:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                   EMB_SCORE_TYPE_NONE, -1, phone, "On hold");
  f_chat = emb_test_add_feedback (db, "2026-05-02T09:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                  EMB_SCORE_TYPE_NONE, -1, chat, "Bot loops");
  f_branch = emb_test_add_feedback (db, "2026-05-03T09:00:00Z", EMB_FEEDBACK_KIND_PRAISE,
                                    EMB_SCORE_TYPE_NONE, -1, branch, "Helpful teller");
  f_none = emb_test_add_feedback (db, "2026-05-04T09:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                  EMB_SCORE_TYPE_NONE, -1, 0, "Everything is slow");
  /* Piotr owns a complaint about a touchpoint his role has nothing to do with. */
  f_owned = emb_test_add_feedback (db, "2026-05-05T09:00:00Z", EMB_FEEDBACK_KIND_COMPLAINT,
                                   EMB_SCORE_TYPE_NONE, -1, chat, "Nobody answered");
  g_assert_true (emb_feedback_store_start (db, f_owned, piotr, &error));
  g_assert_no_error (error);

  /* To me: my role's touchpoints, at any level, and what I own. */
  filter.responsible_id = ola;
  ASSERT_LISTS (db, &filter, f_phone, f_branch);
  filter.responsible_id = piotr;
  ASSERT_LISTS (db, &filter, f_branch, f_owned);

  /* My department: the touchpoints of every role of my department. */
  filter.responsible_id = ola;
  filter.responsible_department = TRUE;
  ASSERT_LISTS (db, &filter, f_phone, f_chat, f_branch, f_owned);
  filter.responsible_id = piotr;
  ASSERT_LISTS (db, &filter, f_branch, f_owned);

  /* With other filters, newest first. */
  filter.responsible_id = ola;
  filter.kind = EMB_FEEDBACK_KIND_COMPLAINT;
  filter.newest_first = TRUE;
  ASSERT_LISTS (db, &filter, f_owned, f_chat, f_phone);

  /* Feedback about no touchpoint reaches nobody in particular. */
  filter.kind = -1;
  filter.responsible_department = FALSE;
  filter.responsible_id = emb_test_add_employee (db, "E3", "Nobody", 0, 0, TRUE);
  ASSERT_LISTS_NOTHING (db, &filter);
  (void)f_none;
}

static void
test_follow_up_filter (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  EmbDatabase *db = tdb->db;
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  gint64 anna = emb_test_add_employee (db, "E1", "Anna", 0, 0, TRUE);
  gint64 f[4];

  for (guint i = 0; i < G_N_ELEMENTS (f); i++)
    {
      g_autofree char *at = g_strdup_printf ("2026-06-0%uT08:00:00Z", i + 1);
      f[i] = emb_test_add_feedback (db, at, EMB_FEEDBACK_KIND_COMPLAINT, EMB_SCORE_TYPE_NONE, -1,
                                    0, "Slow");
    }
  g_assert_true (emb_feedback_store_acknowledge (db, f[1], &error));
  g_assert_true (emb_feedback_store_start (db, f[2], anna, &error));
  g_assert_true (emb_feedback_store_close (db, f[3], &error));
  g_assert_no_error (error);

  filter.newest_first = TRUE;
  filter.follow_up = EMB_FOLLOW_UP_NEW;
  ASSERT_LISTS (db, &filter, f[0]);
  filter.follow_up = EMB_FOLLOW_UP_ACKNOWLEDGED;
  ASSERT_LISTS (db, &filter, f[1]);
  filter.follow_up = EMB_FOLLOW_UP_IN_PROGRESS;
  ASSERT_LISTS (db, &filter, f[2]);
  filter.follow_up = EMB_FOLLOW_UP_CLOSED;
  ASSERT_LISTS (db, &filter, f[3]);
  filter.follow_up = -1;
  ASSERT_LISTS (db, &filter, f[3], f[2], f[1], f[0]);

  /* The follow-up status has an index of its own (schema 9). */
  g_assert_cmpint (_emb_database_count (db, "SELECT count(*) FROM sqlite_schema"
                                            " WHERE name = 'feedback_by_follow_up'"), ==, 1);
}

#define N_ITEMS 345

static gboolean
add_many (EmbDatabase  *db,
          gpointer      user_data,
          GError      **error)
{
  GArray *ids = user_data;

  /* Two items share each second, so the id breaks ties. */
  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *at = g_strdup_printf ("2026-07-01T%02u:%02u:%02uZ", i / 2 / 3600,
                                             i / 2 / 60 % 60, i / 2 % 60);
      gint64 id = emb_test_add_feedback (db, at, i % 3 ? EMB_FEEDBACK_KIND_SURVEY
                                                       : EMB_FEEDBACK_KIND_PRAISE,
                                         EMB_SCORE_TYPE_NONE, -1, 0, i % 2 ? "late" : "kind");

      g_array_append_val (ids, id);
    }
  return TRUE;
}

static gint64
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(EmbRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  return emb_record_get_id (record);
}

/* Newest first, through every page, forwards, backwards and by jumps. */
static void
test_newest_first (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) praise = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint position;

  g_assert_true (emb_database_transaction (tdb->db, add_many, ids, &error));
  g_assert_no_error (error);

  filter.newest_first = TRUE;
  model = emb_feedback_store_query (tdb->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ITEMS);
  for (guint i = 0; i < N_ITEMS; i++)
    g_assert_cmpint (id_at (model, i), ==, g_array_index (ids, gint64, N_ITEMS - 1 - i));
  g_assert_null (g_list_model_get_item (model, N_ITEMS));

  g_clear_object (&model);
  model = emb_feedback_store_query (tdb->db, &filter);
  for (guint i = N_ITEMS; i > 0; i--)
    g_assert_cmpint (id_at (model, i - 1), ==, g_array_index (ids, gint64, N_ITEMS - i));

  g_clear_object (&model);
  model = emb_feedback_store_query (tdb->db, &filter);
  for (guint i = 0; i < 100; i++)
    {
      guint pos = g_rand_int_range (rand, 0, N_ITEMS);

      g_assert_cmpint (id_at (model, pos), ==, g_array_index (ids, gint64, N_ITEMS - 1 - pos));
    }
  g_assert_true (emb_query_model_find_id (EMB_QUERY_MODEL (model), g_array_index (ids, gint64, 10),
                                          &position));
  g_assert_cmpuint (position, ==, N_ITEMS - 1 - 10);

  /* A filter, newest first: every third item is praise. */
  for (guint i = 0; i < N_ITEMS; i += 3)
    g_array_prepend_val (praise, g_array_index (ids, gint64, i));
  g_clear_object (&model);
  filter.kind = EMB_FEEDBACK_KIND_PRAISE;
  model = emb_feedback_store_query (tdb->db, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, praise->len);
  for (guint i = praise->len; i > 0; i--)
    g_assert_cmpint (id_at (model, i - 1), ==, g_array_index (praise, gint64, i - 1));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/feedback/filters/score-bands", test_score_bands);
  g_test_add_func ("/feedback/filters/stage-triage-category", test_stage_triage_category);
  g_test_add_func ("/feedback/filters/responsible", test_responsible);
  g_test_add_func ("/feedback/filters/follow-up", test_follow_up_filter);
  g_test_add_func ("/feedback/filters/newest-first", test_newest_first);

  return g_test_run ();
}
