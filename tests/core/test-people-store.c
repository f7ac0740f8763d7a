/* test-people-store.c: departments, roles and employees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "emb-database-private.h"
#include "emb-people-store.h"
#include "emb-test-util.h"

static EmbEmployee *
make_employee (const char *number,
               const char *name)
{
  EmbEmployee *employee = emb_employee_new ();

  emb_employee_set_employee_number (employee, number);
  emb_employee_set_name (employee, name);
  return employee;
}

static void
test_department_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = emb_test_changes_watch (tdb->db);
  g_autoptr(EmbDepartment) dept = emb_department_new ();
  g_autoptr(EmbDepartment) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  emb_department_set_name (dept, "Operations");
  emb_department_set_office (dept, EMB_OFFICE_BACK);
  g_assert_true (emb_people_store_save_department (tdb->db, dept, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (dept));
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (emb_record_get_created_at (EMB_RECORD (dept)));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DEPARTMENT, EMB_CHANGE_CREATED, id));

  loaded = emb_people_store_get_department (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_department_get_name (loaded), ==, "Operations");
  g_assert_cmpint (emb_department_get_office (loaded), ==, EMB_OFFICE_BACK);
  g_assert_cmpstr (emb_record_get_uuid (EMB_RECORD (loaded)), ==, emb_record_get_uuid (EMB_RECORD (dept)));
  g_assert_true (g_uuid_string_is_valid (emb_record_get_uuid (EMB_RECORD (loaded))));

  emb_department_set_name (loaded, "Operations & payments");
  g_assert_true (emb_people_store_save_department (tdb->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DEPARTMENT, EMB_CHANGE_UPDATED, id));
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM department"), ==, 1);

  emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  list = emb_people_store_list_departments (tdb->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(EmbDepartment) first = g_list_model_get_item (list, 0);
    g_assert_cmpstr (emb_department_get_name (first), ==, "Branches");
  }

  g_assert_true (emb_people_store_delete_department (tdb->db, id, &error));
  g_assert_no_error (error);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_DEPARTMENT, EMB_CHANGE_DELETED, id));
  g_assert_null (emb_people_store_get_department (tdb->db, id, &error));
  g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_department_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbDepartment) dept = emb_department_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (201, 'a');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  before = emb_test_dump (tdb->db);

  emb_department_set_name (dept, "   ");
  g_assert_false (emb_people_store_save_department (tdb->db, dept, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "name");
  g_clear_error (&error);

  emb_department_set_name (dept, long_name);
  g_assert_false (emb_people_store_save_department (tdb->db, dept, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_TOO_LONG, "name");
  g_clear_error (&error);

  emb_department_set_name (dept, "Branches");
  g_assert_false (emb_people_store_save_department (tdb->db, dept, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "name");
  g_clear_error (&error);

  emb_department_set_name (dept, "Bad \xff text");
  g_assert_false (emb_people_store_save_department (tdb->db, dept, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "name");

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (dept)), ==, 0);
}

static void
test_department_with_roles_not_deleted (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  gint64 dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);

  emb_test_add_role (tdb->db, dept, "Teller");
  g_assert_false (emb_people_store_delete_department (tdb->db, dept, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_STATE, "roles");
  g_assert_cmpint (_emb_database_count (tdb->db, "SELECT count(*) FROM department"), ==, 1);
}

static void
test_role_crud_and_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbRole) role = emb_role_new ();
  g_autoptr(EmbRole) loaded = NULL;
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GError) error = NULL;
  gint64 branches = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  gint64 ops = emb_test_add_department_with_office (tdb->db, "Operations", EMB_OFFICE_BACK);
  gint64 id;

  emb_role_set_name (role, "Teller");
  g_assert_false (emb_people_store_save_role (tdb->db, role, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "department");
  g_clear_error (&error);

  emb_role_set_department_id (role, 9999);
  g_assert_false (emb_people_store_save_role (tdb->db, role, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "department");
  g_clear_error (&error);

  emb_role_set_department_id (role, branches);
  emb_role_set_attitudes (role, "Empathy\nLikes people");
  g_assert_true (emb_people_store_save_role (tdb->db, role, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (role));

  /* The same name is fine in another department, not in the same one. */
  emb_test_add_role (tdb->db, ops, "Teller");
  {
    g_autoptr(EmbRole) dup = emb_role_new ();

    emb_role_set_name (dup, "Teller");
    emb_role_set_department_id (dup, branches);
    g_assert_false (emb_people_store_save_role (tdb->db, dup, &error));
    emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "name");
    g_clear_error (&error);
  }

  loaded = emb_people_store_get_role (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (emb_role_get_attitudes (loaded), ==, "Empathy\nLikes people");
  g_assert_cmpint (emb_role_get_department_id (loaded), ==, branches);

  roles = emb_people_store_list_roles (tdb->db, ops, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  g_clear_object (&roles);
  roles = emb_people_store_list_roles (tdb->db, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
}

static void
test_employee_crud (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbEmployee) anna = make_employee ("E-1", "Anna Kowalska");
  g_autoptr(EmbEmployee) found = NULL;
  gint64 dept = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  gint64 role = emb_test_add_role (tdb->db, dept, "Teller");
  gint64 id;

  emb_employee_set_email (anna, "anna.kowalska@example.com");
  emb_employee_set_role_id (anna, role);
  emb_employee_set_site (anna, "Kraków");
  emb_employee_set_hire_date (anna, "2019-03-01");
  g_assert_true (emb_people_store_save_employee (tdb->db, anna, &error));
  g_assert_no_error (error);
  id = emb_record_get_id (EMB_RECORD (anna));

  /* The role's department is filled in. */
  g_assert_cmpint (emb_employee_get_department_id (anna), ==, dept);

  found = emb_people_store_find_employee (tdb->db, "E-1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_record_get_id (EMB_RECORD (found)), ==, id);
  g_assert_cmpstr (emb_employee_get_site (found), ==, "Kraków");
  g_assert_cmpstr (emb_employee_get_hire_date (found), ==, "2019-03-01");
  g_assert_true (emb_employee_get_active (found));

  g_assert_cmpint (emb_people_store_count_employees (tdb->db, TRUE), ==, 1);
  g_assert_true (emb_people_store_set_employees_active (tdb->db, &id, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (emb_people_store_count_employees (tdb->db, TRUE), ==, 0);
  g_assert_cmpint (emb_people_store_count_employees (tdb->db, FALSE), ==, 1);

  /* Deleting the role keeps the employee, without a role. */
  g_assert_true (emb_people_store_delete_role (tdb->db, role, &error));
  g_clear_object (&found);
  found = emb_people_store_get_employee (tdb->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (emb_employee_get_role_id (found), ==, 0);

  {
    g_auto(GStrv) sites = emb_people_store_list_sites (tdb->db);
    g_assert_cmpuint (g_strv_length (sites), ==, 1);
    g_assert_cmpstr (sites[0], ==, "Kraków");
  }

  g_assert_true (emb_people_store_delete_employee (tdb->db, id, &error));
  g_assert_cmpint (emb_people_store_count_employees (tdb->db, FALSE), ==, 0);
}

static void
test_employee_validation (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbEmployee) first = make_employee ("E-1", "Anna");
  g_autoptr(EmbEmployee) e = make_employee ("E-2", "Nikos Papadopoulos");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 branches = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  gint64 ops = emb_test_add_department_with_office (tdb->db, "Operations", EMB_OFFICE_BACK);
  gint64 teller = emb_test_add_role (tdb->db, branches, "Teller");

  g_assert_true (emb_people_store_save_employee (tdb->db, first, &error));
  before = emb_test_dump (tdb->db);

  emb_employee_set_employee_number (e, "");
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_REQUIRED, "employee-number");
  g_clear_error (&error);

  emb_employee_set_employee_number (e, "E-1");
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_DUPLICATE, "employee-number");
  g_clear_error (&error);

  emb_employee_set_employee_number (e, "E-2");
  emb_employee_set_email (e, "not an address");
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "email");
  g_clear_error (&error);

  emb_employee_set_email (e, "nikos@example.gr");
  emb_employee_set_hire_date (e, "2023-02-30");
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "hire-date");
  g_clear_error (&error);

  emb_employee_set_hire_date (e, "31.01.2023");
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "hire-date");
  g_clear_error (&error);

  emb_employee_set_hire_date (e, NULL);
  emb_employee_set_role_id (e, 4242);
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "role");
  g_clear_error (&error);

  /* A role of another department than the one given. */
  emb_employee_set_role_id (e, teller);
  emb_employee_set_department_id (e, ops);
  g_assert_false (emb_people_store_save_employee (tdb->db, e, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "role");
  g_clear_error (&error);

  after = emb_test_dump (tdb->db);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_placed (EmbDatabase *db,
               gint64       employee_id,
               gint64       department_id,
               gint64       role_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EmbEmployee) employee = emb_people_store_get_employee (db, employee_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (emb_employee_get_department_id (employee), ==, department_id);
  g_assert_cmpint (emb_employee_get_role_id (employee), ==, role_id);
}

static void
test_move_employees (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 branches = emb_test_add_department (tdb->db, "Branches");
  gint64 ops = emb_test_add_department (tdb->db, "Operations");
  gint64 teller = emb_test_add_role (tdb->db, branches, "Teller");
  gint64 advisor = emb_test_add_role (tdb->db, branches, "Advisor");
  gint64 clerk = emb_test_add_role (tdb->db, ops, "Clerk");
  gint64 anna = emb_test_add_employee (tdb->db, "E-1", "Anna", branches, teller, TRUE);
  gint64 ben = emb_test_add_employee (tdb->db, "E-2", "Ben", branches, 0, TRUE);
  gint64 carl = emb_test_add_employee (tdb->db, "E-3", "Carl", ops, clerk, TRUE);

  changes = emb_test_changes_watch (tdb->db);

  /* Leaving a department leaves its role; chosen twice moves once. */
  {
    gint64 ids[] = { anna, ben, anna };

    g_assert_true (emb_people_store_move_employees (tdb->db, ids, 3, ops, 0, &error));
    g_assert_no_error (error);
  }
  assert_placed (tdb->db, anna, ops, 0);
  assert_placed (tdb->db, ben, ops, 0);
  assert_placed (tdb->db, carl, ops, clerk);
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_UPDATED, anna));
  g_assert_true (emb_test_changes_has (changes, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_UPDATED, ben));
  g_assert_cmpuint (changes->events->len, ==, 2);

  /* A role of the department they move to is kept; any other is left. */
  {
    gint64 ids[] = { carl };

    g_assert_true (emb_people_store_move_employees (tdb->db, ids, 1, ops, 0, &error));
    g_assert_no_error (error);
    assert_placed (tdb->db, carl, ops, clerk);
  }
  {
    gint64 ids[] = { anna };

    g_assert_true (emb_people_store_move_employees (tdb->db, ids, 1, branches, teller, &error));
    g_assert_no_error (error);
    assert_placed (tdb->db, anna, branches, teller);
  }
  {
    gint64 ids[] = { anna, carl };

    g_assert_true (emb_people_store_move_employees (tdb->db, ids, 2, branches, 0, &error));
    g_assert_no_error (error);
    assert_placed (tdb->db, anna, branches, teller);
    assert_placed (tdb->db, carl, branches, 0);
  }

  /* A role without a department: the role's department. */
  {
    gint64 ids[] = { ben };

    g_assert_true (emb_people_store_move_employees (tdb->db, ids, 1, 0, advisor, &error));
    g_assert_no_error (error);
    assert_placed (tdb->db, ben, branches, advisor);
  }

  /* No department: no role either. */
  {
    gint64 ids[] = { ben };

    g_assert_true (emb_people_store_move_employees (tdb->db, ids, 1, 0, 0, &error));
    g_assert_no_error (error);
    assert_placed (tdb->db, ben, 0, 0);
  }

  /* Nobody to move is no error. */
  g_assert_true (emb_people_store_move_employees (tdb->db, NULL, 0, ops, 0, &error));
  g_assert_no_error (error);
}

static void
test_move_employees_refused (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(EmbTestChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 branches = emb_test_add_department (tdb->db, "Branches");
  gint64 ops = emb_test_add_department (tdb->db, "Operations");
  gint64 teller = emb_test_add_role (tdb->db, branches, "Teller");
  gint64 anna = emb_test_add_employee (tdb->db, "E-1", "Anna", branches, teller, TRUE);
  gint64 ben = emb_test_add_employee (tdb->db, "E-2", "Ben", branches, 0, TRUE);
  gint64 ids[] = { anna, ben };

  changes = emb_test_changes_watch (tdb->db);
  before = emb_test_dump (tdb->db);

  /* An employee who no longer exists: nobody moves. */
  {
    gint64 with_missing[] = { anna, ben, 9999 };

    g_assert_false (emb_people_store_move_employees (tdb->db, with_missing, 3, ops, 0, &error));
    g_assert_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  g_assert_false (emb_people_store_move_employees (tdb->db, ids, 2, 4242, 0, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "department");
  g_clear_error (&error);

  g_assert_false (emb_people_store_move_employees (tdb->db, ids, 2, branches, 4242, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_MISSING_REFERENCE, "role");
  g_clear_error (&error);

  /* A role belongs to one department. */
  g_assert_false (emb_people_store_move_employees (tdb->db, ids, 2, ops, teller, &error));
  emb_test_assert_field_error (error, EMB_VALIDATION_ERROR_INVALID, "role");
  g_clear_error (&error);

  emb_test_assert_unchanged (tdb->db, before);
  g_assert_cmpuint (changes->events->len, ==, 0);
}

static guint
count_with (EmbDatabase             *db,
            const EmbEmployeeFilter *filter)
{
  g_autoptr(GListModel) model = emb_people_store_query_employees (db, filter);

  return g_list_model_get_n_items (model);
}

static void
test_employee_query (void)
{
  g_autoptr(EmbTestDb) tdb = emb_test_db_new ();
  g_autoptr(GError) error = NULL;
  EmbEmployeeFilter filter = EMB_EMPLOYEE_FILTER_INIT;
  g_autoptr(GListModel) all = NULL;
  gint64 branches = emb_test_add_department_with_office (tdb->db, "Branches", EMB_OFFICE_FRONT);
  gint64 ops = emb_test_add_department_with_office (tdb->db, "Operations", EMB_OFFICE_BACK);
  const struct { const char *number, *name, *email, *site; gint64 dept; gboolean active; } people[] = {
    { "B-1", "Zofia Nowak", "zofia@bank.example", "Kraków", branches, TRUE },
    { "B-2", "Adam Wiśniewski", "adam@bank.example", "Warszawa", branches, TRUE },
    { "O-1", "Eleni Georgiou", "eleni@bank.example", "Athens", ops, TRUE },
    { "O-2", "Maria 100% Sure_", "maria@bank.example", "Athens", ops, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(EmbEmployee) e = make_employee (people[i].number, people[i].name);

      emb_employee_set_email (e, people[i].email);
      emb_employee_set_site (e, people[i].site);
      emb_employee_set_department_id (e, people[i].dept);
      emb_employee_set_active (e, people[i].active);
      g_assert_true (emb_people_store_save_employee (tdb->db, e, &error));
      g_assert_no_error (error);
    }

  all = emb_people_store_query_employees (tdb->db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);
  {
    g_autoptr(EmbEmployee) first = g_list_model_get_item (all, 0);
    g_autoptr(EmbEmployee) last = g_list_model_get_item (all, 3);
    g_assert_cmpstr (emb_employee_get_name (first), ==, "Adam Wiśniewski");
    g_assert_cmpstr (emb_employee_get_name (last), ==, "Zofia Nowak");
    g_assert_null (g_list_model_get_item (all, 4));
  }


  filter.search = "ZOFIA";
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 1);
  filter.search = "o-";
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 2);
  filter.search = "bank.example eleni";
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 1);
  /* LIKE wildcards in the search are taken literally. */
  filter.search = "100%";
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 1);
  filter.search = "_";
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 1);
  filter.search = NULL;

  filter.department_id = ops;
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 2);
  filter.active = 1;
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 1);
  filter.department_id = 0;
  filter.active = 0;
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 1);
  filter.active = -1;
  filter.site = "Athens";
  g_assert_cmpuint (count_with (tdb->db, &filter), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  emb_test_init (&argc, &argv);

  g_test_add_func ("/store/people/department-crud", test_department_crud);
  g_test_add_func ("/store/people/department-validation", test_department_validation);
  g_test_add_func ("/store/people/department-with-roles-kept", test_department_with_roles_not_deleted);
  g_test_add_func ("/store/people/role-crud-validation", test_role_crud_and_validation);
  g_test_add_func ("/store/people/employee-crud", test_employee_crud);
  g_test_add_func ("/store/people/employee-validation", test_employee_validation);
  g_test_add_func ("/store/people/employee-query", test_employee_query);
  g_test_add_func ("/store/people/move-employees", test_move_employees);
  g_test_add_func ("/store/people/move-employees-refused", test_move_employees_refused);

  return g_test_run ();
}
