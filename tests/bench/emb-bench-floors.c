/* emb-bench-floors.c: the floors of the import figures
 *
 * Each import is measured against the same rows inserted by one prepared
 * statement in one transaction, in the same run on the same machine:
 *
 * - the bare floor, the limit of the work itself: a new database with the
 *   SQLite defaults (as the sqlite3 shell's .import makes one) and a bare
 *   table for each table the import writes, with the same columns but no
 *   constraint, no secondary index, no trigger and no full-text index;
 * - the schema floor: a database opened with emb_database_open, so with our
 *   schema, its indexes and its triggers (what the benchmark called its
 *   floor before the bare one), reported beside it.
 *
 * The rows are the generated ones, with new UUIDs made as the importers
 * make them where a CSV file has none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "emb-bench-floors.h"
#include "emb-database-private.h"
#include "emb-uuid.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Raw inserts ------------------------------------------------------------- */

typedef struct
{
  EmbDatabase *db;       /* NULL for a bare database */
  sqlite3     *handle;
  char        *now;
} Raw;

/* A database with our schema, opened as the app opens it. */
static gboolean
raw_open_schema (Raw         *raw,
                 const char  *path,
                 GError     **error)
{
  raw->db = emb_database_open (path, error);
  if (raw->db == NULL)
    return FALSE;
  raw->handle = _emb_database_get_handle (raw->db);
  raw->now = emb_now_iso8601 ();
  return TRUE;
}

static void
raw_close (Raw *raw)
{
  if (raw->db == NULL && raw->handle != NULL)
    sqlite3_close (raw->handle);
  raw->handle = NULL;
  g_clear_object (&raw->db);
  g_clear_pointer (&raw->now, g_free);
}

static gboolean
raw_check (Raw     *raw,
           int      rc,
           int      expected,
           GError **error)
{
  if (rc == expected)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "SQLite: %s", sqlite3_errmsg (raw->handle));
  return FALSE;
}

static gboolean
raw_exec (Raw         *raw,
          const char  *sql,
          GError     **error)
{
  return raw_check (raw, sqlite3_exec (raw->handle, sql, NULL, NULL, NULL), SQLITE_OK, error);
}

static sqlite3_stmt *
raw_prepare (Raw         *raw,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (!raw_check (raw, sqlite3_prepare_v2 (raw->handle, sql, -1, &stmt, NULL), SQLITE_OK, error))
    return NULL;
  return stmt;
}

/* Steps and resets @stmt; returns the new row id. */
static gint64
raw_insert (Raw           *raw,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (!raw_check (raw, rc, SQLITE_DONE, error))
    return 0;
  return sqlite3_last_insert_rowid (raw->handle);
}

/* The tables the imports write, each made bare from the columns of our
 * schema: the id stays the row id, as there. */
static const char * const bare_tables[] = {
  "organisation", "department", "role", "employee", "value", "journey_stage", "touchpoint",
  "responsibility", "feedback", "nomination",
};

static gboolean
create_bare_table (Raw         *raw,
                   sqlite3     *schema,
                   const char  *table,
                   GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_string_printf (sql, "CREATE TABLE \"%s\" (", table);
  rc = sqlite3_prepare_v2 (schema, "SELECT name, type, pk FROM pragma_table_info (?1) ORDER BY cid",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      for (guint i = 0; (rc = sqlite3_step (stmt)) == SQLITE_ROW; i++)
        g_string_append_printf (sql, "%s\"%s\" %s%s", i > 0 ? ", " : "",
                                (const char *)sqlite3_column_text (stmt, 0),
                                (const char *)sqlite3_column_text (stmt, 1),
                                sqlite3_column_int (stmt, 2) != 0 ? " PRIMARY KEY" : "");
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "SQLite: %s", sqlite3_errmsg (schema));
      return FALSE;
    }
  g_string_append (sql, ")");
  return raw_exec (raw, sql->str, error);
}

/* A new database at @path with the bare tables, the columns read from the
 * database with our schema at @schema_path. */
static gboolean
raw_open_bare (Raw         *raw,
               const char  *path,
               const char  *schema_path,
               GError     **error)
{
  sqlite3 *schema = NULL;
  gboolean ok = TRUE;

  if (sqlite3_open_v2 (path, &raw->handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                       NULL) != SQLITE_OK ||
      sqlite3_open_v2 (schema_path, &schema, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot open %s or %s", path,
                   schema_path);
      ok = FALSE;
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (bare_tables); i++)
    ok = create_bare_table (raw, schema, bare_tables[i], error);
  sqlite3_close (schema);
  raw->now = emb_now_iso8601 ();
  return ok;
}

static gboolean
raw_open (Raw             *raw,
          BenchFloorKind   kind,
          const char      *path,
          const char      *schema_path,
          GError         **error)
{
  if (kind == BENCH_FLOOR_SCHEMA)
    return raw_open_schema (raw, path, error);
  return raw_open_bare (raw, path, schema_path, error);
}


static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_uuid (sqlite3_stmt *stmt,
           int           index,
           const guint8  uuid[16])
{
  char text[37];

  bench_format_uuid (uuid, text);
  sqlite3_bind_text (stmt, index, text, 36, SQLITE_TRANSIENT);
}

/* Finalizes the statement of one table and prepares the next table's:
 * FALSE when the writes of the first failed or the next cannot be
 * prepared. */
static gboolean
next_statement (Raw            *raw,
                sqlite3_stmt  **stmt,
                gboolean        ok,
                const char     *sql,
                GError        **error)
{
  sqlite3_finalize (*stmt);
  *stmt = NULL;
  if (!ok)
    return FALSE;
  *stmt = raw_prepare (raw, sql, error);
  return *stmt != NULL;
}

/* A new UUID as the importers make them, written into @uuid. */
static void
bind_new_uuid (sqlite3_stmt *stmt,
               int           index,
               char          uuid[EMB_UUID_LENGTH + 1])
{
  emb_uuid_write (uuid);
  sqlite3_bind_text (stmt, index, uuid, EMB_UUID_LENGTH, SQLITE_TRANSIENT);
}

static void
bind_time (sqlite3_stmt *stmt,
           int           index,
           gint64        t)
{
  char text[32];

  if (t == 0)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  bench_format_timestamp (t, text);
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_ref (sqlite3_stmt *stmt,
          int           index,
          const gint64 *ids,
          gint64        i)
{
  if (i < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, ids[i]);
}

/* The organisation's departments, roles and employees; @uuids: write the
 * generated UUIDs (a bundle) rather than new ones (a roster). */
static gboolean
raw_people (Raw        *raw,
            BenchData  *data,
            gboolean    uuids,
            gint64     *dept_ids,
            gint64     *role_ids,
            gint64     *employee_ids,
            GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = raw_prepare (raw, "INSERT INTO department (uuid, name, office, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; ok && i < data->n_departments; i++)
    {
      const BenchDepartment *d = &data->departments[i];
      char uuid[EMB_UUID_LENGTH + 1];

      if (uuids)
        bind_uuid (stmt, 1, d->uuid);
      else
        bind_new_uuid (stmt, 1, uuid);
      bind_text (stmt, 2, d->name);
      bind_text (stmt, 3, d->back_office ? "back" : "front");
      bind_text (stmt, 4, raw->now);
      dept_ids[i] = raw_insert (raw, stmt, error);
      ok = dept_ids[i] != 0;
    }
  if (!next_statement (raw, &stmt, ok,
                       "INSERT INTO role (uuid, department_id, name, office, attitudes,"
                       " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", error))
    return FALSE;
  for (guint i = 0; ok && i < data->n_roles; i++)
    {
      const BenchRole *r = &data->roles[i];
      char uuid[EMB_UUID_LENGTH + 1];

      if (uuids)
        bind_uuid (stmt, 1, r->uuid);
      else
        bind_new_uuid (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, dept_ids[r->department]);
      bind_text (stmt, 3, r->name);
      bind_text (stmt, 4, data->departments[r->department].back_office ? "back" : "front");
      bind_text (stmt, 5, uuids ? r->attitudes : "");
      bind_text (stmt, 6, raw->now);
      role_ids[i] = raw_insert (raw, stmt, error);
      ok = role_ids[i] != 0;
    }
  if (!next_statement (raw, &stmt, ok,
                       "INSERT INTO employee (uuid, employee_number, name, email, role_id,"
                       " department_id, site, hire_date, active, created_at, updated_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)", error))
    return FALSE;
  for (guint i = 0; ok && i < data->n_employees; i++)
    {
      const BenchEmployee *e = &data->employees[i];
      char uuid[EMB_UUID_LENGTH + 1];
      g_autofree char *name = g_strdup_printf ("%s %s", e->first_name, e->last_name);

      if (uuids)
        bind_uuid (stmt, 1, e->uuid);
      else
        bind_new_uuid (stmt, 1, uuid);
      bind_text (stmt, 2, e->number);
      bind_text (stmt, 3, name);
      bind_text (stmt, 4, e->email);
      sqlite3_bind_int64 (stmt, 5, role_ids[e->role]);
      sqlite3_bind_int64 (stmt, 6, dept_ids[e->department]);
      bind_text (stmt, 7, e->site);
      bind_text (stmt, 8, e->hire_date);
      sqlite3_bind_int (stmt, 9, e->active);
      bind_text (stmt, 10, raw->now);
      employee_ids[i] = raw_insert (raw, stmt, error);
      ok = employee_ids[i] != 0;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
raw_feedback (Raw           *raw,
              BenchData     *data,
              const gint64  *touchpoint_ids,
              gboolean       uuids,
              const char    *source,
              GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = raw_prepare (raw, "INSERT INTO feedback (uuid, received_at, channel, touchpoint_id,"
                           " kind, score_type, score, text, customer_ref, source, created_at,"
                           " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                      error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; ok && i < data->n_feedback; i++)
    {
      const BenchFeedback *f = &data->feedback[i];
      char ref[16];

      char uuid[EMB_UUID_LENGTH + 1];

      if (uuids)
        bind_uuid (stmt, 1, f->uuid);
      else
        bind_new_uuid (stmt, 1, uuid);
      bind_time (stmt, 2, f->received_at);
      bind_text (stmt, 3, bench_channels[f->channel]);
      bind_ref (stmt, 4, touchpoint_ids, f->touchpoint);
      bind_text (stmt, 5, bench_feedback_kinds[f->kind]);
      bind_text (stmt, 6, bench_score_types[f->score_type]);
      if (f->score >= 0)
        sqlite3_bind_int (stmt, 7, f->score);
      else
        sqlite3_bind_null (stmt, 7);
      bind_text (stmt, 8, f->text);
      g_snprintf (ref, sizeof ref, "C%07u", f->customer);
      bind_text (stmt, 9, ref);
      bind_text (stmt, 10, source);
      if (uuids)
        bind_time (stmt, 11, f->received_at);
      else
        bind_text (stmt, 11, raw->now);
      ok = raw_insert (raw, stmt, error) != 0;
    }

  sqlite3_finalize (stmt);
  return ok;
}

/* Everything the bundle holds, with its UUIDs; without @with_history, only
 * the programme (no nominations or feedback). */
static gboolean
raw_bundle (Raw        *raw,
            BenchData  *data,
            gboolean    with_history,
            GError    **error)
{
  g_autofree gint64 *dept_ids = g_new0 (gint64, data->n_departments);
  g_autofree gint64 *role_ids = g_new0 (gint64, data->n_roles);
  g_autofree gint64 *employee_ids = g_new0 (gint64, data->n_employees);
  g_autofree gint64 *value_ids = g_new0 (gint64, data->n_values);
  g_autofree gint64 *stage_ids = g_new0 (gint64, data->n_stages);
  g_autofree gint64 *touchpoint_ids = g_new0 (gint64, data->n_touchpoints);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (BENCH_NOW, NULL);
  gint64 created = g_date_time_to_unix (now) - 2 * 365 * 86400 - 30 * 86400;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = raw_prepare (raw, "INSERT INTO organisation (id, uuid, name, vision, cx_strategy,"
                           " created_at, updated_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, data->organisation_uuid);
  bind_text (stmt, 2, "Meridian Telecom");
  bind_text (stmt, 3, "Every customer leaves a conversation with us better off.");
  bind_text (stmt, 4, "Own the problem, speak plainly, keep promises.");
  bind_time (stmt, 5, created);
  ok = raw_insert (raw, stmt, error) != 0;
  sqlite3_finalize (stmt);

  if (!ok || !raw_people (raw, data, TRUE, dept_ids, role_ids, employee_ids, error))
    return FALSE;

  stmt = raw_prepare (raw, "INSERT INTO value (uuid, name, description, desired_behaviours,"
                           " undesired_behaviours, position, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; ok && i < data->n_values; i++)
    {
      const BenchValue *v = &data->values[i];

      bind_uuid (stmt, 1, v->uuid);
      bind_text (stmt, 2, v->name);
      bind_text (stmt, 3, v->description);
      bind_text (stmt, 4, v->desired);
      bind_text (stmt, 5, v->undesired);
      sqlite3_bind_int (stmt, 6, i);
      bind_time (stmt, 7, created);
      value_ids[i] = raw_insert (raw, stmt, error);
      ok = value_ids[i] != 0;
    }
  if (!next_statement (raw, &stmt, ok,
                       "INSERT INTO journey_stage (uuid, name, description, position,"
                       " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error))
    return FALSE;
  for (guint i = 0; ok && i < data->n_stages; i++)
    {
      bind_uuid (stmt, 1, data->stages[i].uuid);
      bind_text (stmt, 2, data->stages[i].name);
      bind_text (stmt, 3, data->stages[i].description);
      sqlite3_bind_int (stmt, 4, i);
      bind_time (stmt, 5, created);
      stage_ids[i] = raw_insert (raw, stmt, error);
      ok = stage_ids[i] != 0;
    }
  if (!next_statement (raw, &stmt, ok,
                       "INSERT INTO touchpoint (uuid, stage_id, name, channel, position,"
                       " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", error))
    return FALSE;
  for (guint i = 0; ok && i < data->n_touchpoints; i++)
    {
      const BenchTouchpoint *t = &data->touchpoints[i];

      bind_uuid (stmt, 1, t->uuid);
      sqlite3_bind_int64 (stmt, 2, stage_ids[t->stage]);
      bind_text (stmt, 3, t->name);
      bind_text (stmt, 4, t->channel);
      sqlite3_bind_int (stmt, 5, t->position);
      bind_time (stmt, 6, created);
      touchpoint_ids[i] = raw_insert (raw, stmt, error);
      ok = touchpoint_ids[i] != 0;
    }
  if (!next_statement (raw, &stmt, ok,
                       "INSERT INTO responsibility (uuid, role_id, touchpoint_id, level,"
                       " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error))
    return FALSE;
  for (guint i = 0; ok && i < data->n_responsibilities; i++)
    {
      const BenchResponsibility *r = &data->responsibilities[i];

      bind_uuid (stmt, 1, r->uuid);
      sqlite3_bind_int64 (stmt, 2, role_ids[r->role]);
      sqlite3_bind_int64 (stmt, 3, touchpoint_ids[r->touchpoint]);
      bind_text (stmt, 4, r->level);
      bind_time (stmt, 5, created);
      ok = raw_insert (raw, stmt, error) != 0;
    }
  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;

  if (!with_history)
    return TRUE;

  if (!raw_feedback (raw, data, touchpoint_ids, TRUE, "", error))
    return FALSE;

  stmt = raw_prepare (raw, "INSERT INTO nomination (uuid, nominee_employee_id,"
                           " nominee_department_id, nominator_id, value_id, touchpoint_id, story,"
                           " is_public, status, decider_id, decision_note, submitted_at,"
                           " decided_at, celebrated_at, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                           " ?15, ?16)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; ok && i < data->n_nominations; i++)
    {
      const BenchNomination *n = &data->nominations[i];

      bind_uuid (stmt, 1, n->uuid);
      bind_ref (stmt, 2, employee_ids, n->nominee_employee);
      bind_ref (stmt, 3, dept_ids, n->nominee_department);
      bind_ref (stmt, 4, employee_ids, n->nominator);
      sqlite3_bind_int64 (stmt, 5, value_ids[n->value]);
      bind_ref (stmt, 6, touchpoint_ids, n->touchpoint);
      bind_text (stmt, 7, n->story);
      sqlite3_bind_int (stmt, 8, n->is_public);
      bind_text (stmt, 9, bench_nomination_status[n->status]);
      bind_ref (stmt, 10, employee_ids, n->decider);
      bind_text (stmt, 11, n->decision_note);
      bind_time (stmt, 12, n->submitted_at);
      bind_time (stmt, 13, n->decided_at);
      bind_time (stmt, 14, n->celebrated_at);
      bind_time (stmt, 15, n->submitted_at);
      bind_time (stmt, 16, MAX (n->submitted_at, MAX (n->decided_at, n->celebrated_at)));
      ok = raw_insert (raw, stmt, error) != 0;
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* The floors ------------------------------------------------------------------ */

/**
 * bench_floor_roster:
 * @path: a new database (or, for the schema floor, one with no people)
 * @schema_path: a database with our schema, for the columns of a bare one
 *
 * Returns: the seconds to insert the roster's departments, roles and
 *   employees, or a negative number with @error
 */
double
bench_floor_roster (BenchFloorKind   kind,
                    const char      *path,
                    const char      *schema_path,
                    BenchData       *data,
                    GError         **error)
{
  g_autofree gint64 *dept_ids = g_new0 (gint64, data->n_departments);
  g_autofree gint64 *role_ids = g_new0 (gint64, data->n_roles);
  g_autofree gint64 *employee_ids = g_new0 (gint64, data->n_employees);
  Raw raw = { 0 };
  double t0 = 0, t1 = 0;
  gboolean ok;

  ok = raw_open (&raw, kind, path, schema_path, error);
  if (ok)
    {
      t0 = now_ms ();
      ok = raw_exec (&raw, "BEGIN IMMEDIATE", error) &&
           raw_people (&raw, data, FALSE, dept_ids, role_ids, employee_ids, error) &&
           raw_exec (&raw, "COMMIT", error);
      t1 = now_ms ();
    }
  raw_close (&raw);
  return ok ? (t1 - t0) / 1000.0 : -1;
}

/** bench_bundle_rows: the records of the bundle */
guint
bench_bundle_rows (BenchData *data)
{
  return 1 + data->n_departments + data->n_roles + data->n_employees + data->n_values
         + data->n_stages + data->n_touchpoints + data->n_responsibilities
         + data->n_nominations + data->n_feedback;
}

/**
 * bench_floor_bundle:
 *
 * Returns: the seconds to insert every record of the bundle, or a negative
 *   number with @error
 */
double
bench_floor_bundle (BenchFloorKind   kind,
                    const char      *path,
                    const char      *schema_path,
                    BenchData       *data,
                    GError         **error)
{
  Raw raw = { 0 };
  double t0 = 0, t1 = 0;
  gboolean ok;

  ok = raw_open (&raw, kind, path, schema_path, error);
  if (ok)
    {
      t0 = now_ms ();
      ok = raw_exec (&raw, "BEGIN IMMEDIATE", error) &&
           raw_bundle (&raw, data, TRUE, error) &&
           raw_exec (&raw, "COMMIT", error);
      t1 = now_ms ();
    }
  raw_close (&raw);
  return ok ? (t1 - t0) / 1000.0 : -1;
}

/**
 * bench_make_programme_db:
 *
 * A database with the programme but no history: where the feedback CSV
 * goes.
 */
gboolean
bench_make_programme_db (const char  *path,
                         BenchData   *data,
                         GError     **error)
{
  Raw raw = { 0 };
  gboolean ok;

  if (!raw_open_schema (&raw, path, error))
    return FALSE;
  ok = raw_exec (&raw, "BEGIN IMMEDIATE", error) &&
       raw_bundle (&raw, data, FALSE, error) &&
       raw_exec (&raw, "COMMIT", error);
  raw_close (&raw);
  return ok;
}

/* The touchpoints' ids by their names, as the importer learns them. */
static gboolean
read_touchpoint_ids (const char  *programme_path,
                     BenchData   *data,
                     gint64      *touchpoint_ids,
                     GError     **error)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Raw raw = { 0 };
  sqlite3_stmt *stmt;

  if (!raw_open_schema (&raw, programme_path, error))
    return FALSE;
  stmt = raw_prepare (&raw, "SELECT id, name FROM touchpoint", error);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_insert (by_name, g_strdup ((const char *)sqlite3_column_text (stmt, 1)),
                             GINT_TO_POINTER ((int)sqlite3_column_int64 (stmt, 0)));
      sqlite3_finalize (stmt);
      for (guint i = 0; i < data->n_touchpoints; i++)
        touchpoint_ids[i] = GPOINTER_TO_INT (g_hash_table_lookup (by_name,
                                                                  data->touchpoints[i].name));
    }
  raw_close (&raw);
  return stmt != NULL;
}

/**
 * bench_floor_feedback:
 * @path: for the schema floor, a copy of the programme database; for the
 *   bare floor, a new database
 * @programme_path: the programme database the feedback is imported into
 *
 * Returns: the seconds to insert the feedback of the CSV file, or a
 *   negative number with @error
 */
double
bench_floor_feedback (BenchFloorKind   kind,
                      const char      *path,
                      const char      *programme_path,
                      BenchData       *data,
                      GError         **error)
{
  g_autofree gint64 *touchpoint_ids = g_new0 (gint64, data->n_touchpoints);
  Raw raw = { 0 };
  double t0 = 0, t1 = 0;
  gboolean ok;

  if (!read_touchpoint_ids (programme_path, data, touchpoint_ids, error))
    return -1;

  ok = raw_open (&raw, kind, path, programme_path, error);
  if (ok)
    {
      t0 = now_ms ();
      ok = raw_exec (&raw, "BEGIN IMMEDIATE", error) &&
           raw_feedback (&raw, data, touchpoint_ids, FALSE, "feedback.csv", error) &&
           raw_exec (&raw, "COMMIT", error);
      t1 = now_ms ();
    }
  raw_close (&raw);
  return ok ? (t1 - t0) / 1000.0 : -1;
}
