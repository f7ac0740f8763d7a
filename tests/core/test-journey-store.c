/* test-journey-store.c: stages, touchpoints and responsibilities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-journey-store.h"
#include "emb-people-store.h"
#include "emb-test-util.h"

static void
set_level (EmbDatabase            *db,
           gint64                  role_id,
           gint64                  touchpoint_id,
           EmbResponsibilityLevel  level)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_journey_store_set_responsibility (db, role_id, touchpoint_id, level,
                                                       NULL, &error));
  g_assert_no_error (error);
}

/* The names in a list of stages, touchpoints or roles, joined by spaces;
 * with @check_positions, also checks that the positions count 0…n-1 (within
 * each stage, for touchpoints). */
static char *
names_of (GListModel *list,
          gboolean    check_positions)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 last_stage = -1;
  int expected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *name = NULL;

      g_object_get (item, "name", &name, NULL);
      g_string_append_printf (out, "%s%s", i ? " " : "", name);

      if (!check_positions)
        continue;
      if (EMB_IS_STAGE (item))
        g_assert_cmpint (emb_stage_get_position (EMB_STAGE (item)), ==, (int)i);
      else if (EMB_IS_TOUCHPOINT (item))
        {
          EmbTouchpoint *tp = EMB_TOUCHPOINT (item);

          if (emb_touchpoint_get_stage_id (tp) != last_stage)
            expected = 0;
          last_stage = emb_touchpoint_get_stage_id (tp);
          g_assert_cmpint (emb_touchpoint_get_position (tp), ==, expected++);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @list_expr may use the GError *_err this declares. */
#define assert_list_names(list_expr, check_positions, expected) \
  G_STMT_START {                                         \
    g_autoptr(GError) _err = NULL;                       \
    g_autoptr(GListModel) _list = (list_expr);           \
    g_autofree char *_names = NULL;                      \
    g_assert_no_error (_err);                            \
    g_assert_nonnull (_list);                            \
    _names = names_of (_list, (check_positions));        \
    g_assert_cmpstr (_names, ==, (expected));            \
  } G_STMT_END

/* A whole ordered list: names and positions. */
#define assert_names(list_expr, expected) assert_list_names (list_expr, TRUE, expected)
/* A filtered list: names only. */
#define assert_filtered_names(list_expr, expected) assert_list_names (list_expr, FALSE, expected)

#define STAGES(db) emb_journey_store_list_stages ((db), &_err)
#define TOUCHPOINTS(db) emb_journey_store_list_touchpoints ((db), &_err)
#define STAGE_TOUCHPOINTS(db, id) emb_journey_store_list_stage_touchpoints ((db), (id), &_err)

/* Stages ----------------------------------------------------------------- */

static void
test_stage_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbStage) stage = emb_stage_new ();
  g_autoptr(EmbStage) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, consider, buy;

  emb_stage_set_name (stage, "Discover");
  emb_stage_set_description (stage, "The customer first hears of us.");
  emb_stage_set_position (stage, 9);
  g_assert_true (emb_journey_store_save_stage (tdb->db, stage, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (stage));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (emb_stage_get_position (stage), ==, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_CREATED, id));

  consider = emb_test_add_stage (tdb->db, "Consider");
  buy = emb_test_add_stage (tdb->db, "Buy");
  assert_names (STAGES (tdb->db), "Discover Consider Buy");

  loaded = emb_journey_store_get_stage (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_stage_get_name (loaded), ==, "Discover");
  g_assert_cmpstr (emb_stage_get_description (loaded), ==, "The customer first hears of us.");

  emb_stage_set_name (loaded, "Discover & research");
  emb_stage_set_position (loaded, 2);   /* ignored: move_stage reorders */
  g_assert_true (emb_journey_store_save_stage (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, id));
  assert_names (STAGES (tdb->db), "Discover & research Consider Buy");

  g_assert_true (emb_journey_store_delete_stage (tdb->db, consider, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_DELETED, consider));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, buy));
  assert_names (STAGES (tdb->db), "Discover & research Buy");

  g_assert_null (emb_journey_store_get_stage (tdb->db, consider, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (emb_journey_store_delete_stage (tdb->db, consider, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_stage_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbStage) stage = emb_stage_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (201, 'n');
  g_autofree char *long_text = g_strnfill (20001, 't');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  emb_test_add_stage (tdb->db, "Discover");
  before = emb_test_dump (tdb->db);

  g_assert_false (emb_journey_store_save_stage (tdb->db, stage, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "name");
  g_clear_error (&error);

  emb_stage_set_name (stage, long_name);
  g_assert_false (emb_journey_store_save_stage (tdb->db, stage, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "name");
  g_clear_error (&error);

  emb_stage_set_name (stage, "Buy");
  emb_stage_set_description (stage, long_text);
  g_assert_false (emb_journey_store_save_stage (tdb->db, stage, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "description");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_stage_move (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 a, c, d;

  a = emb_test_add_stage (tdb->db, "A");
  emb_test_add_stage (tdb->db, "B");
  c = emb_test_add_stage (tdb->db, "C");
  d = emb_test_add_stage (tdb->db, "D");

  g_assert_true (emb_journey_store_move_stage (tdb->db, c, 0, &error));
  g_assert_no_error (error);
  assert_names (STAGES (tdb->db), "C A B D");

  {
    g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);

    g_assert_true (emb_journey_store_move_stage (tdb->db, a, 1000, &error));
    g_assert_no_error (error);
    assert_names (STAGES (tdb->db), "C B D A");
    g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, c));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, a));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, d));
  }

  /* Moving to its own place changes nothing. */
  before = emb_test_dump (tdb->db);
  g_assert_true (emb_journey_store_move_stage (tdb->db, d, 2, &error));
  g_assert_no_error (error);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);

  g_assert_false (emb_journey_store_move_stage (tdb->db, 4242, 0, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  g_clear_pointer (&after, g_free);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_stage_delete_cascades (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  gint64 dept, role, first, second, third, tp1, tp2, tp3, resp;

  dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  role = emb_test_add_role_with_office (tdb->db, dept, "Teller", EMB_OFFICE_FRONT);
  first = emb_test_add_stage (tdb->db, "Discover");
  second = emb_test_add_stage (tdb->db, "Buy");
  third = emb_test_add_stage (tdb->db, "Use");
  tp1 = emb_test_add_touchpoint (tdb->db, first, "Advert");
  tp2 = emb_test_add_touchpoint (tdb->db, first, "Website");
  tp3 = emb_test_add_touchpoint (tdb->db, second, "Branch visit");
  set_level (tdb->db, role, tp1, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  set_level (tdb->db, role, tp2, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (tdb->db, role, tp3, EMB_RESPONSIBILITY_LEVEL_OWNS);
  resp = _emb_database_count (tdb->db, "SELECT id FROM responsibility WHERE level = 'owns'");

  {
    g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);

    g_assert_true (emb_journey_store_delete_stage (tdb->db, first, &error));
    g_assert_no_error (error);
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_DELETED, first));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_DELETED, tp1));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_DELETED, tp2));
    g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_DELETED, tp3));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_MANY, 0));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, second));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_STAGE, EMB_CHANGE_UPDATED, third));
  }

  /* The stage's touchpoints and their responsibilities are gone; the rest
   * stays. */
  assert_names (STAGES (tdb->db), "Buy Use");
  assert_names (TOUCHPOINTS (tdb->db), "Branch visit");
  g_assert_cmpint (emb_journey_store_count_touchpoints (tdb->db), ==, 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM responsibility"), ==, 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT id FROM responsibility"), ==, resp);
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp1), ==, EMB_RESPONSIBILITY_LEVEL_NONE);
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp3), ==, EMB_RESPONSIBILITY_LEVEL_OWNS);
  g_assert_null (emb_journey_store_get_touchpoint (tdb->db, tp2, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

/* Touchpoints ------------------------------------------------------------ */

static void
test_touchpoint_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbTouchpoint) tp = emb_touchpoint_new ();
  g_autoptr(EmbTouchpoint) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 discover, buy, id, website, call;

  discover = emb_test_add_stage (tdb->db, "Discover");
  buy = emb_test_add_stage (tdb->db, "Buy");

  emb_touchpoint_set_stage_id (tp, buy);
  emb_touchpoint_set_name (tp, "Branch visit");
  emb_touchpoint_set_channel (tp, "In person");
  emb_touchpoint_set_description (tp, "Opening an account at the counter.");
  emb_touchpoint_set_position (tp, 5);
  g_assert_true (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (tp));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (emb_touchpoint_get_position (tp), ==, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_CREATED, id));

  website = emb_test_add_touchpoint (tdb->db, discover, "Website");
  emb_test_add_touchpoint (tdb->db, discover, "Advert");
  call = emb_test_add_touchpoint (tdb->db, buy, "Phone call");

  /* Journey order: by stage, then within the stage. */
  assert_names (TOUCHPOINTS (tdb->db), "Website Advert Branch visit Phone call");
  assert_names (STAGE_TOUCHPOINTS (tdb->db, buy), "Branch visit Phone call");
  assert_names (STAGE_TOUCHPOINTS (tdb->db, discover), "Website Advert");
  assert_names (STAGE_TOUCHPOINTS (tdb->db, 999), "");
  g_assert_cmpint (emb_journey_store_count_touchpoints (tdb->db), ==, 4);

  g_assert_true (emb_journey_store_move_stage (tdb->db, buy, 0, &error));
  g_assert_no_error (error);
  assert_names (TOUCHPOINTS (tdb->db), "Branch visit Phone call Website Advert");

  loaded = emb_journey_store_get_touchpoint (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_touchpoint_get_stage_id (loaded), ==, buy);
  g_assert_cmpstr (emb_touchpoint_get_name (loaded), ==, "Branch visit");
  g_assert_cmpstr (emb_touchpoint_get_channel (loaded), ==, "In person");
  g_assert_cmpstr (emb_touchpoint_get_description (loaded), ==, "Opening an account at the counter.");

  /* An update keeps the place... */
  emb_touchpoint_set_channel (loaded, "Branch");
  emb_touchpoint_set_position (loaded, 1);
  g_assert_true (emb_journey_store_save_touchpoint (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, id));
  assert_names (STAGE_TOUCHPOINTS (tdb->db, buy), "Branch visit Phone call");

  /* ...and a change of stage puts it last in the new stage and closes the gap
   * in the old one. */
  emb_touchpoint_set_stage_id (loaded, discover);
  g_assert_true (emb_journey_store_save_touchpoint (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_touchpoint_get_position (loaded), ==, 2);
  assert_names (STAGE_TOUCHPOINTS (tdb->db, discover), "Website Advert Branch visit");
  assert_names (STAGE_TOUCHPOINTS (tdb->db, buy), "Phone call");
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, call));

  /* Delete closes the gap. */
  g_assert_true (emb_journey_store_delete_touchpoint (tdb->db, website, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_DELETED, website));
  assert_names (STAGE_TOUCHPOINTS (tdb->db, discover), "Advert Branch visit");
  g_assert_cmpint (emb_journey_store_count_touchpoints (tdb->db), ==, 3);

  g_assert_false (emb_journey_store_delete_touchpoint (tdb->db, website, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_touchpoint_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTouchpoint) tp = emb_touchpoint_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (201, 'n');
  g_autofree char *long_short = g_strnfill (101, 'c');
  g_autofree char *max_short = g_strnfill (100, 'c');
  g_autofree char *long_text = g_strnfill (20001, 't');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 stage;

  stage = emb_test_add_stage (tdb->db, "Discover");
  before = emb_test_dump (tdb->db);

  emb_touchpoint_set_stage_id (tp, stage);
  g_assert_false (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "name");
  g_clear_error (&error);

  emb_touchpoint_set_name (tp, long_name);
  g_assert_false (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "name");
  g_clear_error (&error);

  emb_touchpoint_set_name (tp, "Website");
  emb_touchpoint_set_stage_id (tp, 0);
  g_assert_false (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "stage");
  g_clear_error (&error);

  emb_touchpoint_set_stage_id (tp, stage + 100);
  g_assert_false (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "stage");
  g_clear_error (&error);

  emb_touchpoint_set_stage_id (tp, stage);
  emb_touchpoint_set_channel (tp, long_short);
  g_assert_false (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "channel");
  g_clear_error (&error);

  emb_touchpoint_set_channel (tp, max_short);
  emb_touchpoint_set_description (tp, long_text);
  g_assert_false (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "description");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (emb_record_is_saved (EMB_RECORD (tp)));

  emb_touchpoint_set_description (tp, NULL);
  g_assert_true (emb_journey_store_save_touchpoint (tdb->db, tp, &error));
  g_assert_no_error (error);
}

static void
test_touchpoint_move (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 s1, s2, s3, a, b, c, d, e;

  s1 = emb_test_add_stage (tdb->db, "One");
  s2 = emb_test_add_stage (tdb->db, "Two");
  s3 = emb_test_add_stage (tdb->db, "Three");
  a = emb_test_add_touchpoint (tdb->db, s1, "A");
  b = emb_test_add_touchpoint (tdb->db, s1, "B");
  c = emb_test_add_touchpoint (tdb->db, s1, "C");
  d = emb_test_add_touchpoint (tdb->db, s2, "D");
  e = emb_test_add_touchpoint (tdb->db, s2, "E");

  /* Within a stage. */
  g_assert_true (emb_journey_store_move_touchpoint (tdb->db, c, s1, 0, &error));
  g_assert_no_error (error);
  assert_names (STAGE_TOUCHPOINTS (tdb->db, s1), "C A B");

  /* Between stages: both are numbered again. */
  {
    g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);

    g_assert_true (emb_journey_store_move_touchpoint (tdb->db, a, s2, 1, &error));
    g_assert_no_error (error);
    assert_names (STAGE_TOUCHPOINTS (tdb->db, s1), "C B");
    assert_names (STAGE_TOUCHPOINTS (tdb->db, s2), "D A E");
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, a));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, b));
    g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, e));
    g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, c));
    g_assert_false (emb_test_changes_has (changes, EMB_RECORD_KIND_TOUCHPOINT, EMB_CHANGE_UPDATED, d));
  }
  {
    g_autoptr(EmbTouchpoint) moved = emb_journey_store_get_touchpoint (tdb->db, a, &error);

    g_assert_no_error (error);
    g_assert_cmpint (emb_touchpoint_get_stage_id (moved), ==, s2);
    g_assert_cmpint (emb_touchpoint_get_position (moved), ==, 1);
  }

  /* Into an empty stage, past the end; and out of it to the front. */
  g_assert_true (emb_journey_store_move_touchpoint (tdb->db, d, s3, 7, &error));
  g_assert_no_error (error);
  assert_names (STAGE_TOUCHPOINTS (tdb->db, s3), "D");
  assert_names (STAGE_TOUCHPOINTS (tdb->db, s2), "A E");
  g_assert_true (emb_journey_store_move_touchpoint (tdb->db, d, s1, -1, &error));
  g_assert_no_error (error);
  assert_names (STAGE_TOUCHPOINTS (tdb->db, s3), "");
  assert_names (TOUCHPOINTS (tdb->db), "D C B A E");

  /* Refusals change nothing. */
  before = emb_test_dump (tdb->db);
  g_assert_false (emb_journey_store_move_touchpoint (tdb->db, e, s3 + 100, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "stage");
  g_clear_error (&error);
  g_assert_false (emb_journey_store_move_touchpoint (tdb->db, e, 0, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "stage");
  g_clear_error (&error);
  g_assert_false (emb_journey_store_move_touchpoint (tdb->db, e + 100, s1, 0, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_touchpoint_delete_cascades (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dept, teller, advisor, stage, tp, other;

  dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  teller = emb_test_add_role_with_office (tdb->db, dept, "Teller", EMB_OFFICE_FRONT);
  advisor = emb_test_add_role_with_office (tdb->db, dept, "Advisor", EMB_OFFICE_FRONT);
  stage = emb_test_add_stage (tdb->db, "Buy");
  tp = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  other = emb_test_add_touchpoint (tdb->db, stage, "Phone");
  set_level (tdb->db, teller, tp, EMB_RESPONSIBILITY_LEVEL_OWNS);
  set_level (tdb->db, advisor, tp, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (tdb->db, advisor, other, EMB_RESPONSIBILITY_LEVEL_OWNS);

  changes = emb_test_changes_watch (tdb->db);
  g_assert_true (emb_journey_store_delete_touchpoint (tdb->db, tp, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_MANY, 0));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM responsibility"), ==, 1);
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, advisor, other), ==,
                   EMB_RESPONSIBILITY_LEVEL_OWNS);
  assert_names (STAGE_TOUCHPOINTS (tdb->db, stage), "Phone");

  /* Deleting a role takes its responsibilities too. */
  g_assert_true (emb_people_store_delete_role (tdb->db, advisor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM responsibility"), ==, 0);
}

/* Responsibilities ------------------------------------------------------- */

static void
test_responsibility_upsert (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(GError) error = NULL;
  gint64 dept, role, stage, tp, id;

  dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  role = emb_test_add_role_with_office (tdb->db, dept, "Teller", EMB_OFFICE_FRONT);
  stage = emb_test_add_stage (tdb->db, "Buy");
  tp = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp), ==, EMB_RESPONSIBILITY_LEVEL_NONE);

  g_assert_true (emb_journey_store_set_responsibility (tdb->db, role, tp,
                                                       EMB_RESPONSIBILITY_LEVEL_OWNS,
                                                       "Greets every customer", &error));
  g_assert_no_error (error);
  id = _emb_database_count (tdb->db, "SELECT id FROM responsibility");
  g_assert_cmpint (id, >, 0);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_CREATED, id));
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp), ==, EMB_RESPONSIBILITY_LEVEL_OWNS);

  /* The same cell again updates the row in place. */
  g_assert_true (emb_journey_store_set_responsibility (tdb->db, role, tp,
                                                       EMB_RESPONSIBILITY_LEVEL_SUPPORTS,
                                                       NULL, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_UPDATED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM responsibility"), ==, 1);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT id FROM responsibility"), ==, id);
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp), ==, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  {
    g_autoptr(GListModel) list = emb_journey_store_list_role_responsibilities (tdb->db, role, &error);
    g_autoptr(EmbResponsibility) resp = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    resp = g_list_model_get_item (list, 0);
    g_assert_cmpint (emb_record_get_id (EMB_RECORD (resp)), ==, id);
    g_assert_cmpint (emb_responsibility_get_role_id (resp), ==, role);
    g_assert_cmpint (emb_responsibility_get_touchpoint_id (resp), ==, tp);
    g_assert_cmpint (emb_responsibility_get_level (resp), ==, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
    g_assert_cmpstr (emb_responsibility_get_note (resp), ==, "");
    g_assert_true (g_uuid_string_is_valid (emb_record_get_uuid (EMB_RECORD (resp))));
  }

  /* None clears the cell; clearing an empty cell is no error. */
  g_assert_true (emb_journey_store_set_responsibility (tdb->db, role, tp,
                                                       EMB_RESPONSIBILITY_LEVEL_NONE,
                                                       NULL, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_RESPONSIBILITY, EMB_CHANGE_DELETED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM responsibility"), ==, 0);
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp), ==, EMB_RESPONSIBILITY_LEVEL_NONE);
  g_assert_true (emb_journey_store_set_responsibility (tdb->db, role, tp,
                                                       EMB_RESPONSIBILITY_LEVEL_NONE,
                                                       NULL, &error));
  g_assert_no_error (error);
}

static void
test_responsibility_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (20001, 't');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 dept, role, stage, tp;

  dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  role = emb_test_add_role_with_office (tdb->db, dept, "Teller", EMB_OFFICE_FRONT);
  stage = emb_test_add_stage (tdb->db, "Buy");
  tp = emb_test_add_touchpoint (tdb->db, stage, "Counter");
  set_level (tdb->db, role, tp, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  before = emb_test_dump (tdb->db);

  g_assert_false (emb_journey_store_set_responsibility (tdb->db, 0, tp,
                                                        EMB_RESPONSIBILITY_LEVEL_OWNS, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "role");
  g_clear_error (&error);

  g_assert_false (emb_journey_store_set_responsibility (tdb->db, role + 50, tp,
                                                        EMB_RESPONSIBILITY_LEVEL_OWNS, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "role");
  g_clear_error (&error);

  g_assert_false (emb_journey_store_set_responsibility (tdb->db, role, 0,
                                                        EMB_RESPONSIBILITY_LEVEL_OWNS, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "touchpoint");
  g_clear_error (&error);

  g_assert_false (emb_journey_store_set_responsibility (tdb->db, role, tp + 50,
                                                        EMB_RESPONSIBILITY_LEVEL_OWNS, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "touchpoint");
  g_clear_error (&error);

  g_assert_false (emb_journey_store_set_responsibility (tdb->db, role, tp,
                                                        EMB_RESPONSIBILITY_LEVEL_OWNS, long_text, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "note");
  g_clear_error (&error);

  g_assert_false (emb_journey_store_set_responsibility (tdb->db, role, tp,
                                                        (EmbResponsibilityLevel)42, NULL, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "level");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (emb_journey_store_get_level (tdb->db, role, tp), ==, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
}

static void
test_responsibility_lists (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GListModel) by_role = NULL;
  g_autoptr(GListModel) by_touchpoint = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dept, teller, advisor, clerk, s1, s2, counter, phone, web;

  dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  teller = emb_test_add_role_with_office (tdb->db, dept, "Teller", EMB_OFFICE_FRONT);
  advisor = emb_test_add_role_with_office (tdb->db, dept, "Advisor", EMB_OFFICE_FRONT);
  clerk = emb_test_add_role_with_office (tdb->db, dept, "Clerk", EMB_OFFICE_BACK);
  s1 = emb_test_add_stage (tdb->db, "Buy");
  s2 = emb_test_add_stage (tdb->db, "Use");
  phone = emb_test_add_touchpoint (tdb->db, s2, "Phone");
  counter = emb_test_add_touchpoint (tdb->db, s1, "Counter");
  web = emb_test_add_touchpoint (tdb->db, s1, "Web");

  set_level (tdb->db, advisor, phone, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  set_level (tdb->db, advisor, web, EMB_RESPONSIBILITY_LEVEL_DELIVERS);
  set_level (tdb->db, advisor, counter, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (tdb->db, clerk, counter, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (tdb->db, teller, counter, EMB_RESPONSIBILITY_LEVEL_OWNS);

  /* A role's cells in journey order. */
  by_role = emb_journey_store_list_role_responsibilities (tdb->db, advisor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (by_role), ==, 3);
  {
    const gint64 expected[] = { counter, web, phone };

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(EmbResponsibility) r = g_list_model_get_item (by_role, i);

        g_assert_cmpint (emb_responsibility_get_touchpoint_id (r), ==, expected[i]);
        g_assert_cmpint (emb_responsibility_get_role_id (r), ==, advisor);
      }
  }

  /* A touchpoint's cells: owners first, then by level and role name. */
  by_touchpoint = emb_journey_store_list_touchpoint_responsibilities (tdb->db, counter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (by_touchpoint), ==, 3);
  {
    const gint64 expected[] = { teller, advisor, clerk };

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(EmbResponsibility) r = g_list_model_get_item (by_touchpoint, i);

        g_assert_cmpint (emb_responsibility_get_role_id (r), ==, expected[i]);
        g_assert_cmpint (emb_responsibility_get_touchpoint_id (r), ==, counter);
      }
  }
}

typedef struct
{
  const gint64 *roles;
  guint         n_roles;
  const gint64 *touchpoints;
  guint         n_touchpoints;
} Grid;

/* The level the matrix test gives a cell (none for some). */
static EmbResponsibilityLevel
grid_level (guint r,
            guint t)
{
  return (r * 7 + t * 3) % 5;
}

static gboolean
fill_grid (EmbDatabase  *db,
           gpointer      user_data,
           GError      **error)
{
  const Grid *grid = user_data;

  for (guint r = 0; r < grid->n_roles; r++)
    for (guint t = 0; t < grid->n_touchpoints; t++)
      if (!emb_journey_store_set_responsibility (db, grid->roles[r], grid->touchpoints[t],
                                                 grid_level (r, t), NULL, error))
        return FALSE;
  return TRUE;
}

static void
test_matrix (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GArray) matrix = NULL;
  g_autoptr(GError) error = NULL;
  gint64 roles[40], touchpoints[25];
  Grid grid = { roles, G_N_ELEMENTS (roles), touchpoints, G_N_ELEMENTS (touchpoints) };
  gint64 dept, stage;
  guint filled = 0;

  matrix = emb_journey_store_get_matrix (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matrix->len, ==, 0);
  g_assert_cmpint (emb_journey_store_matrix_get_level (matrix, 1, 1), ==, EMB_RESPONSIBILITY_LEVEL_NONE);
  g_clear_pointer (&matrix, g_array_unref);

  dept = emb_test_add_department_with_office (tdb->db, "Everyone", EMB_OFFICE_FRONT);
  stage = emb_test_add_stage (tdb->db, "All");
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autofree char *name = g_strdup_printf ("Role %u", r);
      roles[r] = emb_test_add_role_with_office (tdb->db, dept, name, EMB_OFFICE_FRONT);
    }
  for (guint t = 0; t < G_N_ELEMENTS (touchpoints); t++)
    {
      g_autofree char *name = g_strdup_printf ("Touchpoint %u", t);
      touchpoints[t] = emb_test_add_touchpoint (tdb->db, stage, name);
    }

  g_assert_true (emb_database_transaction (tdb->db, fill_grid, &grid, &error));
  g_assert_no_error (error);

  for (guint r = 0; r < grid.n_roles; r++)
    for (guint t = 0; t < grid.n_touchpoints; t++)
      if (grid_level (r, t) != EMB_RESPONSIBILITY_LEVEL_NONE)
        filled++;
  g_assert_cmpuint (filled, ==, _emb_database_count (tdb->db, "SELECT count(*) FROM responsibility"));

  matrix = emb_journey_store_get_matrix (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matrix->len, ==, filled);
  for (guint i = 0; i < matrix->len; i++)
    g_assert_cmpint (g_array_index (matrix, EmbResponsibilityCell, i).level, !=,
                     EMB_RESPONSIBILITY_LEVEL_NONE);

  for (guint r = 0; r < grid.n_roles; r++)
    for (guint t = 0; t < grid.n_touchpoints; t++)
      {
        g_assert_cmpint (emb_journey_store_matrix_get_level (matrix, roles[r], touchpoints[t]),
                         ==, grid_level (r, t));
        if (r % 9 == 0)
          g_assert_cmpint (emb_journey_store_get_level (tdb->db, roles[r], touchpoints[t]),
                           ==, grid_level (r, t));
      }
  g_assert_cmpint (emb_journey_store_matrix_get_level (matrix, roles[0] + 1000, touchpoints[0]),
                   ==, EMB_RESPONSIBILITY_LEVEL_NONE);
}

/* Gaps ------------------------------------------------------------------- */

static void
test_gaps (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  gint64 front, back, teller, advisor, clerk, it, stage1, stage2, counter, web, phone;

  g_assert_cmpint (emb_journey_store_count_unowned_touchpoints (tdb->db), ==, 0);
  g_assert_cmpint (emb_journey_store_count_unlinked_roles (tdb->db), ==, 0);

  front = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  back = emb_test_add_department_with_office (tdb->db, "Operations", EMB_OFFICE_BACK);
  teller = emb_test_add_role_with_office (tdb->db, front, "Teller", EMB_OFFICE_FRONT);
  advisor = emb_test_add_role_with_office (tdb->db, front, "Advisor", EMB_OFFICE_FRONT);
  clerk = emb_test_add_role_with_office (tdb->db, back, "Clerk", EMB_OFFICE_BACK);
  it = emb_test_add_role_with_office (tdb->db, back, "IT support", EMB_OFFICE_BACK);
  stage1 = emb_test_add_stage (tdb->db, "Buy");
  stage2 = emb_test_add_stage (tdb->db, "Use");
  phone = emb_test_add_touchpoint (tdb->db, stage2, "Phone");
  counter = emb_test_add_touchpoint (tdb->db, stage1, "Counter");
  web = emb_test_add_touchpoint (tdb->db, stage1, "Web");

  assert_filtered_names (emb_journey_store_list_unowned_touchpoints (tdb->db, &_err), "Counter Web Phone");
  assert_filtered_names (emb_journey_store_list_unlinked_roles (tdb->db, &_err), "Clerk IT support Advisor Teller");
  g_assert_cmpint (emb_journey_store_count_unowned_touchpoints (tdb->db), ==, 3);
  g_assert_cmpint (emb_journey_store_count_unlinked_roles (tdb->db), ==, 4);

  /* Supporting is not owning, but it links the role. */
  set_level (tdb->db, clerk, counter, EMB_RESPONSIBILITY_LEVEL_SUPPORTS);
  set_level (tdb->db, teller, web, EMB_RESPONSIBILITY_LEVEL_INFORMED);
  assert_filtered_names (emb_journey_store_list_unowned_touchpoints (tdb->db, &_err), "Counter Web Phone");
  assert_filtered_names (emb_journey_store_list_unlinked_roles (tdb->db, &_err), "IT support Advisor");
  g_assert_cmpint (emb_journey_store_count_unlinked_roles (tdb->db), ==, 2);

  set_level (tdb->db, advisor, counter, EMB_RESPONSIBILITY_LEVEL_OWNS);
  set_level (tdb->db, it, phone, EMB_RESPONSIBILITY_LEVEL_OWNS);
  assert_filtered_names (emb_journey_store_list_unowned_touchpoints (tdb->db, &_err), "Web");
  assert_filtered_names (emb_journey_store_list_unlinked_roles (tdb->db, &_err), "");
  g_assert_cmpint (emb_journey_store_count_unowned_touchpoints (tdb->db), ==, 1);
  g_assert_cmpint (emb_journey_store_count_unlinked_roles (tdb->db), ==, 0);

  /* Clearing the owner opens the gap again. */
  set_level (tdb->db, it, phone, EMB_RESPONSIBILITY_LEVEL_NONE);
  assert_filtered_names (emb_journey_store_list_unowned_touchpoints (tdb->db, &_err), "Web Phone");
  assert_filtered_names (emb_journey_store_list_unlinked_roles (tdb->db, &_err), "IT support");
  g_assert_cmpint (emb_journey_store_count_unowned_touchpoints (tdb->db), ==, 2);
  g_assert_cmpint (emb_journey_store_count_unlinked_roles (tdb->db), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/journey/stage-crud", test_stage_crud);
  g_test_add_func ("/store/journey/stage-validation", test_stage_validation);
  g_test_add_func ("/store/journey/stage-move", test_stage_move);
  g_test_add_func ("/store/journey/stage-delete-cascades", test_stage_delete_cascades);
  g_test_add_func ("/store/journey/touchpoint-crud", test_touchpoint_crud);
  g_test_add_func ("/store/journey/touchpoint-validation", test_touchpoint_validation);
  g_test_add_func ("/store/journey/touchpoint-move", test_touchpoint_move);
  g_test_add_func ("/store/journey/touchpoint-delete-cascades", test_touchpoint_delete_cascades);
  g_test_add_func ("/store/journey/responsibility-upsert", test_responsibility_upsert);
  g_test_add_func ("/store/journey/responsibility-validation", test_responsibility_validation);
  g_test_add_func ("/store/journey/responsibility-lists", test_responsibility_lists);
  g_test_add_func ("/store/journey/matrix", test_matrix);
  g_test_add_func ("/store/journey/gaps", test_gaps);

  return g_test_run ();
}
