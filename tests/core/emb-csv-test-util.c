/* emb-csv-test-util.c: helpers of the tests of the CSV importer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-csv-test-util.h"
#include "emb-feedback-store.h"
#include "emb-people-store.h"
#include "emb-records.h"
#include "emb-test-util.h"

GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "csv", name, NULL);

  return g_file_new_for_path (path);
}

EmbImportReport *
import_ok (EmbDatabase            *db,
           const char             *name,
           EmbImportFormat         format,
           const EmbImportOptions *options)
{
  g_autoptr(GFile) file = fixture (name);
  g_autoptr(GError) error = NULL;
  EmbImportReport *report = emb_import_report_new ();

  if (!emb_csv_import (db, file, format, options, NULL, report, &error))
    {
      g_autofree char *text = emb_import_report_to_string (report);

      g_printerr ("%s: %s\n%s", name, error->message, text);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), ==, 0);
  return report;
}

/* Imports a file that must be refused: FALSE, EMB_IMPORT_ERROR_INVALID,
 * nothing written; returns the report. */
EmbImportReport *
import_refused (EmbDatabase            *db,
                const char             *name,
                EmbImportFormat         format,
                const EmbImportOptions *options)
{
  g_autoptr(GFile) file = fixture (name);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = emb_test_dump (db);
  g_autofree char *after = NULL;
  EmbImportReport *report = emb_import_report_new ();

  g_assert_false (emb_csv_import (db, file, format, options, NULL, report, &error));
  g_assert_error (error, EMB_IMPORT_ERROR, EMB_IMPORT_ERROR_INVALID);
  g_assert_cmpuint (emb_import_report_get_n_problems (report), >, 0);

  after = emb_test_dump (db);
  g_assert_cmpstr (before, ==, after);
  return report;
}

void
assert_problem (EmbImportReport *report,
                guint            index,
                const char      *file,
                guint            line,
                const char      *field)
{
  const EmbImportProblem *problem;

  g_assert_cmpuint (index, <, emb_import_report_get_n_problems (report));
  problem = emb_import_report_get_problem (report, index);
  g_assert_cmpstr (problem->file, ==, file);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpstr (problem->field, ==, field);
  g_assert_null (problem->path);
  g_assert_nonnull (problem->message);
  g_assert_cmpstr (problem->message, !=, "");
}

void
assert_counts (EmbImportReport *report,
               const char      *kind,
               guint            added,
               guint            updated,
               guint            skipped)
{
  guint a, u, s;

  emb_import_report_get_counts (report, kind, &a, &u, &s);
  g_assert_cmpuint (a, ==, added);
  g_assert_cmpuint (u, ==, updated);
  g_assert_cmpuint (s, ==, skipped);
}

EmbEmployee *
employee (EmbDatabase *db,
          const char  *number)
{
  g_autoptr(GError) error = NULL;
  EmbEmployee *result = emb_people_store_find_employee (db, number, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

char *
department_name (EmbDatabase *db,
                 gint64       id)
{
  g_autoptr(EmbDepartment) department = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0)
    return NULL;
  department = emb_people_store_get_department (db, id, &error);
  g_assert_no_error (error);
  return g_strdup (emb_department_get_name (department));
}

char *
role_name (EmbDatabase *db,
           gint64       id)
{
  g_autoptr(EmbRole) role = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0)
    return NULL;
  role = emb_people_store_get_role (db, id, &error);
  g_assert_no_error (error);
  return g_strdup (emb_role_get_name (role));
}

/* Asserts an employee's values; NULL skips a value. */
void
assert_employee (EmbDatabase *db,
                 const char  *number,
                 const char  *name,
                 const char  *email,
                 const char  *department,
                 const char  *role,
                 const char  *site,
                 const char  *hire_date,
                 gboolean     active)
{
  g_autoptr(EmbEmployee) e = employee (db, number);
  g_autofree char *dept = department_name (db, emb_employee_get_department_id (e));
  g_autofree char *rol = role_name (db, emb_employee_get_role_id (e));

  if (name != NULL)
    g_assert_cmpstr (emb_employee_get_name (e), ==, name);
  if (email != NULL)
    g_assert_cmpstr (emb_employee_get_email (e), ==, email);
  if (department != NULL)
    g_assert_cmpstr (dept, ==, department);
  if (role != NULL)
    g_assert_cmpstr (rol, ==, role);
  if (site != NULL)
    g_assert_cmpstr (emb_employee_get_site (e), ==, site);
  if (hire_date != NULL)
    g_assert_cmpstr (emb_employee_get_hire_date (e), ==, hire_date);
  g_assert_cmpint (emb_employee_get_active (e), ==, active);
}

/* Every feedback record, in the order of the list. */
GPtrArray *
all_feedback (EmbDatabase *db)
{
  EmbFeedbackFilter filter = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GListModel) model = emb_feedback_store_query (db, &filter);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (result, g_list_model_get_item (model, i));
  return result;
}

EmbFeedback *
feedback_with_text (GPtrArray  *feedback,
                    const char *text)
{
  for (guint i = 0; i < feedback->len; i++)
    if (g_strcmp0 (emb_feedback_get_text (g_ptr_array_index (feedback, i)), text) == 0)
      return g_ptr_array_index (feedback, i);
  g_error ("no feedback with the text “%s”", text);
  return NULL;
}

EmbFeedback *
feedback_with_ref (GPtrArray  *feedback,
                   const char *ref)
{
  for (guint i = 0; i < feedback->len; i++)
    if (g_strcmp0 (emb_feedback_get_customer_ref (g_ptr_array_index (feedback, i)), ref) == 0)
      return g_ptr_array_index (feedback, i);
  g_error ("no feedback from “%s”", ref);
  return NULL;
}

GHashTable *
mapping_new (const char *first_key,
             ...)
{
  GHashTable *mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list args;

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_hash_table_insert (mapping, g_strdup (key), g_strdup (va_arg (args, const char *)));
  va_end (args);
  return mapping;
}

/* A progress function that cancels @user_data (a GCancellable) when the
 * checking pass ends, at 0.4: then the writing starts. */
void
cancel_when_writing (double   fraction,
                     gpointer user_data)
{
  if (fraction >= 0.4)
    g_cancellable_cancel (user_data);
}
