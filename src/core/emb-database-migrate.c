/* emb-database-migrate.c: bringing a database's schema up to date
 *
 * The migrations are numbered SQL files in the core's resources, applied in
 * order, one transaction each, and counted in PRAGMA user_version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-database"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "emb-core-resources.h"
#include "emb-database-private.h"

#define MIGRATIONS_PATH RESOURCE_BASE "/sql/"

static void
ensure_resources (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      emb_core_register_resource ();
      g_once_init_leave (&once, 1);
    }
}

/* For the other users of the core's resources, such as the CSV header
 * words of emb-csv-headers.c. */
void
_emb_database_ensure_resources (void)
{
  ensure_resources ();
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The migration files, sorted by their number. */
static GPtrArray *
list_migrations (void)
{
  g_auto(GStrv) names = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  ensure_resources ();
  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql") && g_ascii_isdigit (names[i][0]))
      g_ptr_array_add (result, g_strdup (names[i]));
  g_ptr_array_sort (result, compare_names);
  return result;
}

/**
 * emb_database_get_latest_schema_version:
 *
 * Returns: the schema version this program creates and understands
 */
int
emb_database_get_latest_schema_version (void)
{
  g_autoptr(GPtrArray) names = list_migrations ();

  if (names->len == 0)
    return 0;
  return atoi (g_ptr_array_index (names, names->len - 1));
}

static gboolean
read_pragma_int (EmbDatabase  *self,
                 const char   *pragma,
                 int          *version,
                 GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (_emb_database_get_handle (self), pragma, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _emb_database_set_error (error, _emb_database_get_handle (self), rc);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
_emb_database_read_user_version (EmbDatabase  *self,
                                 int          *version,
                                 GError      **error)
{
  return read_pragma_int (self, "PRAGMA user_version", version, error);
}

/* A migration that rewrites a table's text in sqlite_schema (with
 * writable_schema) must make this connection read the schema again: a DDL
 * statement changes the schema cookie but leaves the connection's parse of
 * the other tables as it was, so a later ALTER TABLE … ADD COLUMN on the
 * same connection would splice the column into the text at the offset of
 * the old text. Raising schema_version, as SQLite's documentation of such
 * changes asks, makes every connection, this one too, parse it anew. */
static gboolean
reload_schema (EmbDatabase  *self,
               GError      **error)
{
  g_autofree char *pragma = NULL;
  int version;

  if (!read_pragma_int (self, "PRAGMA schema_version", &version, error))
    return FALSE;
  pragma = g_strdup_printf ("PRAGMA schema_version = %d", version + 1);
  return _emb_database_exec (self, pragma, error);
}

/* A migration must leave every reference valid. */
static gboolean
check_foreign_keys (EmbDatabase  *self,
                    GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (_emb_database_get_handle (self), "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_CORRUPT,
                 _("A record of “%s” refers to a missing record of “%s”."),
                 (const char *) sqlite3_column_text (stmt, 0),
                 (const char *) sqlite3_column_text (stmt, 2));
  else if (rc != SQLITE_DONE)
    _emb_database_set_error (error, _emb_database_get_handle (self), rc);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
apply_migration (EmbDatabase  *self,
                 const char   *name,
                 int           number,
                 GError      **error)
{
  g_autofree char *path = g_strconcat (MIGRATIONS_PATH, name, NULL);
  g_autofree char *pragma = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *script = NULL;
  gsize len;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  script = g_strndup (g_bytes_get_data (bytes, &len), g_bytes_get_size (bytes));
  pragma = g_strdup_printf ("PRAGMA user_version = %d", number);

  if (!_emb_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Foreign keys are off while migrating (a migration may rebuild a table
   * that others refer to), so they are checked before the commit. */
  if (!_emb_database_exec (self, script, error) ||
      (strstr (script, "writable_schema") != NULL && !reload_schema (self, error)) ||
      !check_foreign_keys (self, error) ||
      !_emb_database_exec (self, pragma, error) ||
      !_emb_database_exec (self, "COMMIT", error))
    {
      sqlite3_exec (_emb_database_get_handle (self), "ROLLBACK", NULL, NULL, NULL);
      g_prefix_error (error, _("Cannot upgrade the database to version %d: "), number);
      return FALSE;
    }

  g_debug ("Applied migration %s", name);
  return TRUE;
}

/* Applies the migrations newer than *@schema_version, raising it with each. */
gboolean
_emb_database_migrate (EmbDatabase  *self,
                       int          *schema_version,
                       GError      **error)
{
  g_autoptr(GPtrArray) names = list_migrations ();
  gboolean ok = TRUE;

  if (*schema_version >= emb_database_get_latest_schema_version ())
    return TRUE;

  /* The pragma does nothing inside a transaction, so it is set around
   * them all. */
  if (!_emb_database_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  for (guint i = 0; ok && i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      int number = atoi (name);

      if (number <= *schema_version)
        continue;
      ok = apply_migration (self, name, number, error);
      if (ok)
        *schema_version = number;
    }
  if (!_emb_database_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    return FALSE;
  return ok;
}
