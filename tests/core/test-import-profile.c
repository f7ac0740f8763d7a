/* test-import-profile.c: saved import profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-import-profile.h"
#include "emb-test-util.h"

static EmbImportProfile *
profile_new (const char *name)
{
  EmbImportProfile *profile = emb_import_profile_new (name, EMB_IMPORT_FORMAT_FEEDBACK_CSV);

  g_hash_table_insert (profile->mapping, g_strdup ("Sentiment"), g_strdup ("kind"));
  g_hash_table_insert (profile->mapping, g_strdup ("value:Reason:Late Flight"),
                       g_strdup ("Boarding"));
  g_hash_table_insert (profile->mapping, g_strdup ("Author"), g_strdup (""));
  profile->encoding = g_strdup ("WINDOWS-1252");
  profile->date_order = EMB_DATE_ORDER_MDY;
  profile->skip_invalid = TRUE;
  return profile;
}

static void
assert_same (const EmbImportProfile *a,
             const EmbImportProfile *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (a->format, ==, b->format);
  g_assert_cmpstr (a->encoding, ==, b->encoding);
  g_assert_cmpint (a->date_order, ==, b->date_order);
  g_assert_cmpint (a->skip_invalid, ==, b->skip_invalid);
  g_assert_cmpuint (g_hash_table_size (a->mapping), ==, g_hash_table_size (b->mapping));
  g_hash_table_iter_init (&iter, a->mapping);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (b->mapping, key), ==, value);
}

static void
test_round_trip (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportProfile) profile = profile_new ("Airline mentions");
  g_autoptr(EmbImportProfile) loaded = NULL;
  g_autoptr(EmbImportProfile) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  g_assert_true (emb_import_profile_save (tdb->db, profile, FALSE, &error));
  g_assert_no_error (error);
  loaded = emb_import_profile_load (tdb->db, "airline MENTIONS", &error);
  g_assert_no_error (error);
  assert_same (profile, loaded);
  g_assert_nonnull (loaded->created_at);
  g_assert_cmpstr (loaded->created_at, ==, loaded->updated_at);

  copy = emb_import_profile_copy (loaded);
  assert_same (loaded, copy);

  /* The settings text is stable: keys sorted */
  json = emb_import_profile_settings_to_json (profile);
  g_assert_nonnull (strstr (json, "\"Author\":\"\",\"Sentiment\":\"kind\""));
  g_assert_nonnull (strstr (json, "\"date-order\":\"mdy\""));
}

static void
test_list_and_delete (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportProfile) b = profile_new ("Brand survey");
  g_autoptr(EmbImportProfile) a = profile_new ("Airline mentions");
  g_autoptr(EmbImportProfile) roster = emb_import_profile_new ("HR export",
                                                               EMB_IMPORT_FORMAT_ROSTER_CSV);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GPtrArray) rosters = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_import_profile_save (tdb->db, b, FALSE, &error));
  g_assert_true (emb_import_profile_save (tdb->db, a, FALSE, &error));
  g_assert_true (emb_import_profile_save (tdb->db, roster, FALSE, &error));
  g_assert_no_error (error);

  all = emb_import_profile_list (tdb->db, EMB_IMPORT_FORMAT_AUTO, &error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (((EmbImportProfile *)all->pdata[0])->name, ==, "Airline mentions");
  g_assert_cmpstr (((EmbImportProfile *)all->pdata[1])->name, ==, "Brand survey");
  feedback = emb_import_profile_list (tdb->db, EMB_IMPORT_FORMAT_FEEDBACK_CSV, &error);
  g_assert_cmpuint (feedback->len, ==, 2);
  rosters = emb_import_profile_list (tdb->db, EMB_IMPORT_FORMAT_ROSTER_CSV, &error);
  g_assert_cmpuint (rosters->len, ==, 1);
  g_assert_cmpstr (((EmbImportProfile *)rosters->pdata[0])->name, ==, "HR export");

  g_assert_true (emb_import_profile_delete (tdb->db, "brand SURVEY", &error));
  g_assert_no_error (error);
  after = emb_import_profile_list (tdb->db, EMB_IMPORT_FORMAT_FEEDBACK_CSV, &error);
  g_assert_cmpuint (after->len, ==, 1);

  g_assert_false (emb_import_profile_delete (tdb->db, "Brand survey", &error));
  g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (emb_import_profile_load (tdb->db, "Brand survey", &error));
  g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND);
}

static void
test_name_clash (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportProfile) first = profile_new ("Mentions");
  g_autoptr(EmbImportProfile) second = emb_import_profile_new ("MENTIONS",
                                                               EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  g_autoptr(EmbImportProfile) empty = emb_import_profile_new ("  ", EMB_IMPORT_FORMAT_ROSTER_CSV);
  g_autoptr(EmbImportProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_true (emb_import_profile_save (tdb->db, first, FALSE, &error));
  before = emb_test_dump (tdb->db);

  /* Another profile of the same name, whatever the case: refused unless
   * overwriting is confirmed */
  g_assert_false (emb_import_profile_save (tdb->db, second, FALSE, &error));
  g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "MENTIONS"));
  g_clear_error (&error);
  emb_test_assert_unchanged (tdb->db, before);

  g_assert_false (emb_import_profile_save (tdb->db, empty, FALSE, &error));
  g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (emb_import_profile_save (tdb->db, second, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM import_profile"), ==, 1);
  loaded = emb_import_profile_load (tdb->db, "mentions", &error);
  assert_same (second, loaded);
}

static void
test_damaged_settings (void)
{
  static const char * const damaged[] = {
    "{not json",
    "[1, 2]",
    "{\"version\": 99}",
    "{\"mapping\": {\"Reason\": 12}}",
    "{\"mapping\": [\"Reason\"]}",
    "{\"date-order\": \"ymd\"}",
    "{\"skip-invalid\": \"yes\"}",
  };
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportProfile) profile = profile_new ("Mentions");
  g_autoptr(GError) error = NULL;

  g_assert_true (emb_import_profile_save (tdb->db, profile, FALSE, &error));
  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(EmbImportProfile) loaded = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(EmbImportProfile) untouched = profile_new ("Mentions");
      sqlite3_stmt *stmt;

      g_assert_cmpint (sqlite3_prepare_v2 (_emb_database_get_handle (tdb->db),
                                           "UPDATE import_profile SET settings = ?1", -1, &stmt,
                                           NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, damaged[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      loaded = emb_import_profile_load (tdb->db, "Mentions", &error);
      g_assert_null (loaded);
      g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "“Mentions”"));
      g_clear_error (&error);

      list = emb_import_profile_list (tdb->db, EMB_IMPORT_FORMAT_AUTO, &error);
      g_assert_null (list);
      g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID);
      g_clear_error (&error);

      /* A profile is not changed by settings it cannot read */
      g_assert_false (emb_import_profile_settings_from_json (untouched, damaged[i], &error));
      g_clear_error (&error);
      assert_same (untouched, profile);
    }
}

static void
test_remember_value (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbImportProfile) profile = profile_new ("Airline mentions");
  g_autoptr(EmbImportProfile) plain = emb_import_profile_new ("Plain",
                                                              EMB_IMPORT_FORMAT_FEEDBACK_CSV);
  g_autoptr(EmbImportProfile) loaded = NULL;
  g_autoptr(EmbImportProfile) plain_loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_insert (profile->mapping, g_strdup ("Reason"), g_strdup ("touchpoint"));
  g_assert_true (emb_import_profile_save (tdb->db, profile, FALSE, &error));
  g_assert_true (emb_import_profile_save (tdb->db, plain, FALSE, &error));
  g_assert_true (_emb_database_exec (tdb->db, "INSERT INTO import_profile_source"
                                              " (profile_id, source) SELECT id, 'tweets.csv'"
                                              " FROM import_profile WHERE name = 'Airline mentions'",
                                     &error));
  g_assert_no_error (error);

  /* By the source: the category column is the profile's touchpoint column */
  g_assert_true (emb_import_profile_remember_value (tdb->db, "tweets.csv", NULL,
                                                    "Lost Luggage", "Baggage claim", &error));
  g_assert_no_error (error);
  /* By the name, with a column */
  g_assert_true (emb_import_profile_remember_value (tdb->db, "Airline mentions", "Sentiment",
                                                    "meh", "suggestion", &error));
  g_assert_no_error (error);
  loaded = emb_import_profile_load (tdb->db, "Airline mentions", &error);
  g_assert_cmpstr (g_hash_table_lookup (loaded->mapping, "value:Reason:Lost Luggage"), ==,
                   "Baggage claim");
  g_assert_cmpstr (g_hash_table_lookup (loaded->mapping, "value:Sentiment:meh"), ==,
                   "suggestion");
  g_assert_cmpstr (g_hash_table_lookup (loaded->mapping, "value:Reason:Late Flight"), ==,
                   "Boarding");

  /* A profile that names no category column remembers by the field */
  g_assert_true (emb_import_profile_remember_value (tdb->db, "Plain", NULL, "Wifi",
                                                    "On board", &error));
  plain_loaded = emb_import_profile_load (tdb->db, "Plain", &error);
  g_assert_cmpstr (g_hash_table_lookup (plain_loaded->mapping, "touchpoint:Wifi"), ==, "On board");

  g_assert_false (emb_import_profile_remember_value (tdb->db, "nobody.csv", NULL, "Wifi",
                                                     "On board", &error));
  g_assert_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nobody.csv"));
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/import/profile/round-trip", test_round_trip);
  g_test_add_func ("/import/profile/list-and-delete", test_list_and_delete);
  g_test_add_func ("/import/profile/name-clash", test_name_clash);
  g_test_add_func ("/import/profile/damaged-settings", test_damaged_settings);
  g_test_add_func ("/import/profile/remember-value", test_remember_value);

  return g_test_run ();
}
