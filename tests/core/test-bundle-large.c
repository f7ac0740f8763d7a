/* test-bundle-large.c: what a bundle of millions of records takes, on a few
 *
 * A kind with many records is known in the database rather than in memory
 * (src/core/emb-bundle-known.c), and a large kind is written in bulk. The
 * thresholds are lowered so that the demo's bundle takes these paths; the
 * result must be the one of the small paths: the same rows, the same
 * counts, the same problems at the same JSON paths, and nothing written
 * when anything is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "emb-bundle-import-private.h"
#include "emb-bundle.h"
#include "emb-import.h"
#include "emb-test-util.h"

/* Helpers ---------------------------------------------------------------- */

/* The demo organisation's bundle, beside its database. */
static GFile *
export_demo (EmbTestDb *demo)
{
  GFile *file = g_file_new_build_filename (demo->dir, "demo.embassy.json", NULL);
  GError *error = NULL;

  if (!emb_bundle_export (demo->db, file, NULL, NULL, NULL, &error))
    g_error ("cannot export the demo: %s", error->message);
  return file;
}

/* Every kind of record known in the database, and the large ones written in
 * bulk; or the defaults back. */
static void
take_large_paths (gboolean large)
{
  _emb_bundle_set_database_threshold (large ? 1 : 0);
  _emb_database_set_bulk_threshold (large ? 10 : 0);
}

static EmbImportReport *
import (EmbDatabase  *db,
        GFile        *file,
        gboolean      dry_run,
        GError      **error)
{
  EmbImportReport *report = emb_import_report_new ();
  EmbImportOptions options = { .format = EMB_IMPORT_FORMAT_BUNDLE, .dry_run = dry_run };

  emb_bundle_import (db, file, &options, NULL, report, error);
  return report;
}

static void
assert_counts (EmbImportReport *report,
               const char      *kind,
               guint            added,
               guint            updated,
               guint            skipped)
{
  guint counts[3] = { G_MAXUINT, G_MAXUINT, G_MAXUINT };
  g_autofree char *expected = g_strdup_printf ("%s %u %u %u", kind, added, updated, skipped);
  g_autofree char *got = NULL;

  emb_import_report_get_counts (report, kind, &counts[0], &counts[1], &counts[2]);
  got = g_strdup_printf ("%s %u %u %u", kind, counts[0], counts[1], counts[2]);
  g_assert_cmpstr (got, ==, expected);
}

/* The demo's bundle as a tree, changed by @edit, written as NAME. */
typedef void (*EditFunc) (JsonObject *root);

static GFile *
edited_bundle (EmbTestDb  *tdb,
               GFile      *bundle,
               const char *name,
               EditFunc    edit)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *path = g_build_filename (tdb->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, g_file_peek_path (bundle), &error));
  g_assert_no_error (error);
  edit (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static JsonObject *
element (JsonObject *root,
         const char *member,
         guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, member), index);
}

static void
assert_one_problem (EmbImportReport *report,
                    const char      *path,
                    const char      *field,
                    const char      *message)
{
  const EmbImportProblem *problem;

  if (emb_import_report_get_n_problems (report) != 1)
    {
      g_autofree char *text = emb_import_report_to_string (report);

      g_error ("expected one problem, at %s; got:\n%s", path, text);
    }
  problem = emb_import_report_get_problem (report, 0);
  g_assert_cmpstr (problem->path, ==, path);
  g_assert_cmpstr (problem->field, ==, field);
  if (message != NULL)
    g_assert_cmpstr (problem->message, ==, message);
}

/* Tests ------------------------------------------------------------------ */

/* The demo's bundle, with every kind known in the database, gives the
 * database the kinds known in memory give (both written in bulk, which
 * leaves other rows of zeros in the derived tables than row by row: see
 * test-bulk-import.c); imported again it changes nothing; a dry run writes
 * nothing. */
static void
test_same_result (void)
{
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) small = emb_test_db_new ();
  g_autoptr(EmbTestDb) large = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  g_autoptr(EmbImportReport) plain = NULL;
  g_autoptr(EmbImportReport) first = NULL;
  g_autoptr(EmbImportReport) again = NULL;
  g_autoptr(EmbImportReport) dry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *small_dump = NULL;
  g_autofree char *large_dump = NULL;
  g_autofree char *empty_dump = emb_test_dump (large->db);
  g_autofree char *after = NULL;
  guint n_nominations = (guint)_emb_database_count (demo->db, "SELECT count(*) FROM nomination");
  guint n_feedback = (guint)_emb_database_count (demo->db, "SELECT count(*) FROM feedback");
  guint n_employees = (guint)_emb_database_count (demo->db, "SELECT count(*) FROM employee");

  _emb_database_set_bulk_threshold (10);
  plain = import (small->db, bundle, FALSE, &error);
  g_assert_no_error (error);

  take_large_paths (TRUE);
  dry = import (large->db, bundle, TRUE, &error);
  g_assert_no_error (error);
  assert_counts (dry, "nomination", n_nominations, 0, 0);
  after = emb_test_dump (large->db);
  g_assert_cmpstr (after, ==, empty_dump);

  first = import (large->db, bundle, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (first, "nomination", n_nominations, 0, 0);
  assert_counts (first, "feedback", n_feedback, 0, 0);
  assert_counts (first, "employee", n_employees, 0, 0);

  small_dump = emb_test_dump (small->db);
  large_dump = emb_test_dump (large->db);
  g_assert_cmpstr (large_dump, ==, small_dump);

  /* Every record is there: skipped, none added or updated. */
  again = import (large->db, bundle, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (again, "nomination", 0, 0, n_nominations);
  assert_counts (again, "feedback", 0, 0, n_feedback);
  assert_counts (again, "employee", 0, 0, n_employees);
  g_clear_pointer (&after, g_free);
  after = emb_test_dump (large->db);
  g_assert_cmpstr (after, ==, large_dump);
  take_large_paths (FALSE);
}

static void
feedback_3_as_1 (JsonObject *root)
{
  json_object_set_string_member (element (root, "feedback", 3), "uuid",
                                 json_object_get_string_member (element (root, "feedback", 1),
                                                                "uuid"));
}

static void
feedback_3_as_1_spoilt (JsonObject *root)
{
  feedback_3_as_1 (root);
  json_object_set_string_member (element (root, "feedback", 1), "kind", "rant");
}

/* A UUID used twice among the feedback, which nominations refer to: found
 * by the unique index in an empty table, by a look-up in one that has rows,
 * and among the records not written when the first had a problem. */
static void
test_uuid_twice (void)
{
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  g_autoptr(GFile) twice = edited_bundle (tdb, bundle, "twice.json", feedback_3_as_1);
  g_autoptr(GFile) spoilt = edited_bundle (tdb, bundle, "spoilt.json", feedback_3_as_1_spoilt);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *uuid;

  g_assert_true (json_parser_load_from_file (parser, g_file_peek_path (twice), &error));
  g_assert_no_error (error);
  uuid = json_object_get_string_member (element (json_node_get_object (json_parser_get_root (parser)),
                                                 "feedback", 3), "uuid");
  message = g_strdup_printf ("The UUID %s is already used by $.feedback[1].", uuid);

  take_large_paths (TRUE);
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *before = emb_test_dump (tdb->db);
      g_autofree char *after = NULL;
      g_autoptr(EmbImportReport) report = NULL;
      g_autoptr(EmbImportReport) spoilt_report = NULL;
      const EmbImportProblem *problem;

      report = import (tdb->db, twice, FALSE, &error);
      g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
      g_clear_error (&error);
      assert_one_problem (report, "$.feedback[3].uuid", "uuid", message);

      /* The first one is not written: the second is still found. */
      spoilt_report = import (tdb->db, spoilt, FALSE, &error);
      g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpuint (emb_import_report_get_n_problems (spoilt_report), ==, 2);
      problem = emb_import_report_get_problem (spoilt_report, 0);
      g_assert_cmpstr (problem->path, ==, "$.feedback[1].kind");
      problem = emb_import_report_get_problem (spoilt_report, 1);
      g_assert_cmpstr (problem->path, ==, "$.feedback[3].uuid");
      g_assert_cmpstr (problem->message, ==, message);

      after = emb_test_dump (tdb->db);
      g_assert_cmpstr (after, ==, before);

      /* Then into a database that has every record of the bundle. */
      if (round == 0)
        {
          g_autoptr(EmbImportReport) whole = import (tdb->db, bundle, FALSE, &error);

          g_assert_no_error (error);
        }
    }
  take_large_paths (FALSE);
}

static void
nomination_of_spoilt_feedback (JsonObject *root)
{
  JsonObject *feedback = element (root, "feedback", 0);

  json_object_set_string_member (feedback, "kind", "rant");
  json_object_set_string_member (element (root, "nominations", 0), "feedback",
                                 json_object_get_string_member (feedback, "uuid"));
}

/* A reference to a record of the file that has a problem is no problem of
 * its own: the record that refers to it is just not written. */
static void
test_reference_to_unwritten (void)
{
  g_autoptr(EmbTestDb) demo = emb_test_db_new_demo ();
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GFile) bundle = export_demo (demo);
  g_autoptr(GFile) spoilt = edited_bundle (tdb, bundle, "spoilt.json",
                                           nomination_of_spoilt_feedback);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(EmbImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *before = emb_test_dump (tdb->db);
      g_autofree char *after = NULL;

      take_large_paths (round == 1);
      report = import (tdb->db, spoilt, FALSE, &error);
      g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
      assert_one_problem (report, "$.feedback[0].kind", "kind", NULL);
      after = emb_test_dump (tdb->db);
      g_assert_cmpstr (after, ==, before);
    }
  take_large_paths (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/bundle-large/same-result", test_same_result);
  g_test_add_func ("/bundle-large/uuid-twice", test_uuid_twice);
  g_test_add_func ("/bundle-large/reference-to-unwritten", test_reference_to_unwritten);

  return g_test_run ();
}
