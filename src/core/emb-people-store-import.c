/* emb-people-store-import.c: the people store's reads and writes for the
 * roster import
 *
 * Beside emb-people-store.c: its SQL on department, role and employee as
 * the roster import needs it, all rows in one go. The writer prepares its
 * statements once and binds each row into them, with a page cache sized for
 * them; many new employees in a table that holds fewer are written in bulk
 * (emb-database-bulk.c: the secondary indexes are built once at the end).
 * New records get time-ordered UUIDs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-people-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-people-store-private.h"
#include "emb-uuid.h"

/* The page cache of an import, in KiB (see emb-feedback-store-import.c). */
#define IMPORT_CACHE_KIB (64 * 1024)

static EmbOffice
office_from_nick (const char *nick)
{
  int value = EMB_OFFICE_FRONT;

  emb_enum_from_nick (EMB_TYPE_OFFICE, nick, &value);
  return value;
}

/**
 * _emb_people_store_read_for_import:
 * @funcs: called for every department, every role and every employee, in
 *   that order
 *
 * Returns: %FALSE with @error when the database cannot be read
 */
gboolean
_emb_people_store_read_for_import (EmbDatabase               *db,
                                   const EmbPeopleReadFuncs  *funcs,
                                   gpointer                   data,
                                   GError                   **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  stmt = _emb_database_prepare (db, "SELECT id, name, office FROM department ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    funcs->department (data, sqlite3_column_int64 (stmt, 0), _emb_column_text (stmt, 1),
                       office_from_nick (_emb_column_text (stmt, 2)));
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, _emb_statement_release);

  stmt = _emb_database_prepare (db,
                                "SELECT id, department_id, name, office FROM role ORDER BY id",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    funcs->role (data, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                 _emb_column_text (stmt, 2), office_from_nick (_emb_column_text (stmt, 3)));
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, _emb_statement_release);

  stmt = _emb_database_prepare (db,
                                "SELECT id, employee_number, name, email, site, hire_date,"
                                " role_id, department_id, active, on_leave FROM employee",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EmbEmployeeRow employee = {
        .id = sqlite3_column_int64 (stmt, 0),
        .employee_number = _emb_column_text (stmt, 1),
        .name = _emb_column_text (stmt, 2),
        .email = _emb_column_text (stmt, 3),
        .site = _emb_column_text (stmt, 4),
        .hire_date = _emb_column_text (stmt, 5),
        .role_id = sqlite3_column_int64 (stmt, 6),
        .department_id = sqlite3_column_int64 (stmt, 7),
        .active = sqlite3_column_int (stmt, 8) != 0,
        .on_leave = sqlite3_column_int (stmt, 9) != 0,
      };

      funcs->employee (data, &employee);
    }
  if (rc != SQLITE_DONE)
    goto failed;
  return TRUE;

failed:
  _emb_database_set_error (error, _emb_database_get_handle (db), rc);
  return FALSE;
}

struct _EmbPeopleWriter
{
  EmbDatabase  *db;
  EmbStatement *insert_employee;
  EmbStatement *update_employee;
  EmbBulk      *bulk;          /* NULL: the indexes stay */
  int           cache_size;    /* to set back */
  char         *now;
};

/**
 * _emb_people_store_begin_import:
 * @n_new: about how many employees the import adds
 *
 * Prepares the writes of an import, to be made inside a transaction of the
 * caller; every record written is created or updated at the same time.
 * After the last row, _emb_people_store_finish_import() completes them.
 *
 * Returns: (transfer full): the writer, for _emb_people_store_end_import()
 */
EmbPeopleWriter *
_emb_people_store_begin_import (EmbDatabase  *db,
                                guint         n_new,
                                GError      **error)
{
  g_autoptr(EmbPeopleWriter) writer = g_new0 (EmbPeopleWriter, 1);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  writer->db = g_object_ref (db);
  writer->cache_size = _emb_database_set_cache_size (db, -IMPORT_CACHE_KIB);
  if (_emb_database_bulk_wanted (db, "employee", n_new))
    {
      writer->bulk = _emb_database_bulk_begin (db, "employee", FALSE, error);
      if (writer->bulk == NULL)
        return NULL;
    }
  writer->now = emb_now_iso8601 ();
  writer->insert_employee = _emb_database_prepare (db,
                                                   "INSERT INTO employee (uuid, employee_number,"
                                                   " name, email, role_id, department_id, site,"
                                                   " hire_date, active, created_at, updated_at,"
                                                   " on_leave)"
                                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                                   " ?10, ?10, ?11)",
                                                   error);
  if (writer->insert_employee == NULL)
    return NULL;
  writer->update_employee = _emb_database_prepare (db,
                                                   "UPDATE employee SET name = ?2, email = ?3,"
                                                   " role_id = ?4, department_id = ?5, site = ?6,"
                                                   " hire_date = ?7, active = ?8, updated_at = ?9,"
                                                   " on_leave = ?10"
                                                   " WHERE id = ?1",
                                                   error);
  if (writer->update_employee == NULL)
    return NULL;
  return g_steal_pointer (&writer);
}

/**
 * _emb_people_store_finish_import:
 *
 * After the last row: builds what a bulk write left out.
 *
 * Returns: %FALSE with @error when that fails; the caller rolls back
 */
gboolean
_emb_people_store_finish_import (EmbPeopleWriter  *writer,
                                 GError          **error)
{
  _emb_statement_release (writer->insert_employee);
  _emb_statement_release (writer->update_employee);
  return writer->bulk == NULL || _emb_database_bulk_finish (writer->bulk, error);
}

void
_emb_people_store_end_import (EmbPeopleWriter *writer)
{
  if (writer == NULL)
    return;

  _emb_statement_release (writer->insert_employee);
  _emb_statement_release (writer->update_employee);
  g_clear_pointer (&writer->bulk, _emb_database_bulk_free);
  _emb_database_set_cache_size (writer->db, writer->cache_size);
  g_clear_object (&writer->db);
  g_free (writer->now);
  g_free (writer);
}

/* A department, or (with @department_id) a role: the same columns but
 * the department. */
static gboolean
insert_unit (EmbPeopleWriter  *writer,
             const char       *sql,
             gint64            department_id,
             const char       *name,
             EmbOffice         office,
             gint64           *id,
             GError          **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  char uuid[EMB_UUID_LENGTH + 1];

  emb_uuid_write (uuid);
  stmt = _emb_database_prepare (writer->db, sql, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, uuid);
  _emb_bind_id (stmt, 2, department_id);
  _emb_bind_text (stmt, 3, name);
  _emb_bind_text (stmt, 4, emb_enum_to_nick (EMB_TYPE_OFFICE, office));
  _emb_bind_text (stmt, 5, writer->now);
  if (!_emb_database_step_done (writer->db, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (_emb_database_get_handle (writer->db));
  return TRUE;
}

gboolean
_emb_people_store_import_department (EmbPeopleWriter  *writer,
                                     const char       *name,
                                     EmbOffice         office,
                                     gint64           *id,
                                     GError          **error)
{
  return insert_unit (writer,
                      "INSERT INTO department (uuid, name, office, created_at, updated_at)"
                      " VALUES (?1, ?3, ?4, ?5, ?5)",
                      0, name, office, id, error);
}

gboolean
_emb_people_store_import_role (EmbPeopleWriter  *writer,
                               gint64            department_id,
                               const char       *name,
                               EmbOffice         office,
                               gint64           *id,
                               GError          **error)
{
  g_return_val_if_fail (department_id > 0, FALSE);

  return insert_unit (writer,
                      "INSERT INTO role (uuid, department_id, name, office, created_at,"
                      " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                      department_id, name, office, id, error);
}

/* Adds @employee (with a new UUID) when its id is 0, else updates it. */
gboolean
_emb_people_store_import_employee (EmbPeopleWriter       *writer,
                                   const EmbEmployeeRow  *employee,
                                   GError               **error)
{
  EmbStatement *stmt;
  char uuid[EMB_UUID_LENGTH + 1];
  int i = 1;

  if (employee->id == 0)
    {
      stmt = writer->insert_employee;
      emb_uuid_write (uuid);
      sqlite3_bind_text (stmt, i++, uuid, EMB_UUID_LENGTH, SQLITE_STATIC);
      sqlite3_bind_text (stmt, i++, employee->employee_number, -1, SQLITE_STATIC);
    }
  else
    {
      stmt = writer->update_employee;
      sqlite3_bind_int64 (stmt, i++, employee->id);
    }
  sqlite3_bind_text (stmt, i++, employee->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, employee->email, -1, SQLITE_STATIC);
  _emb_bind_id (stmt, i++, employee->role_id);
  _emb_bind_id (stmt, i++, employee->department_id);
  sqlite3_bind_text (stmt, i++, employee->site, -1, SQLITE_STATIC);
  if (employee->hire_date != NULL)
    sqlite3_bind_text (stmt, i++, employee->hire_date, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, i++);
  sqlite3_bind_int (stmt, i++, employee->active ? 1 : 0);
  sqlite3_bind_text (stmt, i++, writer->now, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, employee->on_leave ? 1 : 0);

  return _emb_database_step_done (writer->db, stmt, error);
}
