/* emb-table.c: loading and saving records by their table mapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-table"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-table-private.h"

#define N_IDENTITY_COLUMNS 4

typedef struct
{
  char *columns;
  char *select;
  char *insert;
  char *update;
  char *delete;
  char *exists;
  char *by_id;
  char *by_uuid;
} TableSql;

/* The SQL of each table, built once from its static description. */
static const TableSql *
table_sql (const EmbTable *table)
{
  static GHashTable *cache;
  static GMutex lock;
  TableSql *sql;

  g_mutex_lock (&lock);

  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);

  sql = g_hash_table_lookup (cache, table);
  if (sql == NULL)
    {
      g_autoptr(GString) cols = g_string_new ("t.id, t.uuid, t.created_at, t.updated_at");
      g_autoptr(GString) ins_cols = g_string_new ("uuid, created_at, updated_at");
      g_autoptr(GString) ins_vals = g_string_new ("?1, ?2, ?2");
      g_autoptr(GString) upd = g_string_new ("updated_at = ?2");

      for (guint i = 0; i < table->n_columns; i++)
        {
          const char *c = table->columns[i].column;
          guint param = i + 3;

          g_string_append_printf (cols, ", t.%s", c);
          g_string_append_printf (ins_cols, ", %s", c);
          g_string_append_printf (ins_vals, ", ?%u", param);
          g_string_append_printf (upd, ", %s = ?%u", c, param);
        }

      sql = g_new0 (TableSql, 1);
      sql->columns = g_strdup (cols->str);
      sql->select = g_strdup_printf ("SELECT %s FROM %s t", cols->str, table->table);
      sql->insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                     table->table, ins_cols->str, ins_vals->str);
      sql->update = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?1",
                                     table->table, upd->str);
      sql->delete = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table->table);
      sql->exists = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", table->table);
      sql->by_id = g_strdup_printf ("%s WHERE t.id = ?1", sql->select);
      sql->by_uuid = g_strdup_printf ("%s WHERE t.uuid = ?1", sql->select);
      g_hash_table_insert (cache, (gpointer)table, sql);
    }

  g_mutex_unlock (&lock);

  return sql;
}

const char *
_emb_table_columns_sql (const EmbTable *table)
{
  return table_sql (table)->columns;
}

const char *
_emb_table_select_sql (const EmbTable *table)
{
  return table_sql (table)->select;
}

static GParamSpec *
find_pspec (GObjectClass    *klass,
            const EmbColumn *column)
{
  GParamSpec *pspec = g_object_class_find_property (klass, column->property);

  g_assert (pspec != NULL);
  return pspec;
}

/* Reads the mapped columns, which start at column 4, into @record. */
void
_emb_table_fill_row (const EmbTable *table,
                     EmbRecord      *record,
                     sqlite3_stmt   *stmt)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);

  g_object_freeze_notify (G_OBJECT (record));

  _emb_record_set_identity (record,
                            sqlite3_column_int64 (stmt, 0),
                            _emb_column_text (stmt, 1),
                            _emb_column_text (stmt, 2),
                            _emb_column_text (stmt, 3));

  for (guint i = 0; i < table->n_columns; i++)
    {
      const EmbColumn *column = &table->columns[i];
      GParamSpec *pspec = find_pspec (klass, column);
      int col = i + N_IDENTITY_COLUMNS;
      gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);

      if (G_IS_PARAM_SPEC_STRING (pspec))
        g_value_set_string (&value, is_null ? NULL : _emb_column_text (stmt, col));
      else if (G_IS_PARAM_SPEC_INT (pspec))
        g_value_set_int (&value, is_null ? -1 : sqlite3_column_int (stmt, col));
      else if (G_IS_PARAM_SPEC_INT64 (pspec))
        g_value_set_int64 (&value, is_null ? 0 : sqlite3_column_int64 (stmt, col));
      else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_value_set_boolean (&value, sqlite3_column_int (stmt, col) != 0);
      else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
        g_value_set_double (&value, sqlite3_column_double (stmt, col));
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        {
          int v = G_PARAM_SPEC_ENUM (pspec)->default_value;

          if (!emb_enum_from_nick (pspec->value_type, _emb_column_text (stmt, col), &v))
            g_warning ("Unknown value “%s” in %s.%s",
                       _emb_column_text (stmt, col), table->table, column->column);
          g_value_set_enum (&value, v);
        }
      else
        g_assert_not_reached ();

      g_object_set_property (G_OBJECT (record), column->property, &value);
    }

  g_object_thaw_notify (G_OBJECT (record));
}

gpointer
_emb_table_read_row (const EmbTable *table,
                     sqlite3_stmt   *stmt)
{
  EmbRecord *record = g_object_new (table->get_type (),
                                    "uuid", _emb_column_text (stmt, 1),
                                    NULL);

  _emb_table_fill_row (table, record, stmt);
  return record;
}

static gpointer
read_single (EmbDatabase     *db,
             const EmbTable  *table,
             sqlite3_stmt    *stmt,
             GError         **error)
{
  gboolean has_row;

  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The record no longer exists; it may have been deleted."));
      return NULL;
    }

  return _emb_table_read_row (table, stmt);
}

/**
 * _emb_table_get:
 *
 * Returns: (transfer full): the record with @id, or %NULL with
 *   %EMB_DATABASE_ERROR_NOT_FOUND
 */
gpointer
_emb_table_get (EmbDatabase     *db,
                const EmbTable  *table,
                gint64           id,
                GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, table_sql (table)->by_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return read_single (db, table, stmt, error);
}

gpointer
_emb_table_get_by_uuid (EmbDatabase     *db,
                        const EmbTable  *table,
                        const char      *uuid,
                        GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, table_sql (table)->by_uuid, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, uuid);
  return read_single (db, table, stmt, error);
}

/**
 * _emb_table_read_all:
 * @stmt: a statement of @table's select, its parameters bound
 *
 * Returns: (transfer full): a record for each row @stmt gives, in order,
 *   or %NULL with @error set
 */
GListStore *
_emb_table_read_all (EmbDatabase     *db,
                     const EmbTable  *table,
                     sqlite3_stmt    *stmt,
                     GError         **error)
{
  g_autoptr(GListStore) store = g_list_store_new (table->get_type ());
  gboolean has_row;

  for (;;)
    {
      g_autoptr(EmbRecord) record = NULL;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      record = _emb_table_read_row (table, stmt);
      g_list_store_append (store, record);
    }

  return g_steal_pointer (&store);
}

static GListStore *
list_with (EmbDatabase     *db,
           const EmbTable  *table,
           const char      *suffix,
           gboolean         has_param,
           gint64           param,
           GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("%s %s", table_sql (table)->select, suffix ? suffix : "");
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  if (has_param)
    sqlite3_bind_int64 (stmt, 1, param);

  return _emb_table_read_all (db, table, stmt, error);
}

/**
 * _emb_table_list:
 * @suffix: (nullable): a constant "WHERE …"/"ORDER BY …" clause over alias t
 *
 * Returns: (transfer full): every matching record, loaded whole; for small,
 *   bounded lists only
 */
GListStore *
_emb_table_list (EmbDatabase     *db,
                 const EmbTable  *table,
                 const char      *suffix,
                 GError         **error)
{
  return list_with (db, table, suffix, FALSE, 0, error);
}

/* As _emb_table_list(), with @param bound to ?1 of @suffix. */
GListStore *
_emb_table_list_by (EmbDatabase     *db,
                    const EmbTable  *table,
                    const char      *suffix,
                    gint64           param,
                    GError         **error)
{
  return list_with (db, table, suffix, TRUE, param, error);
}

/* The records @sql (a whole statement over @table's select) gives with a
 * period bound as ?1 = @from, ?2 = @to and at most ?3 = @limit rows. */
GListStore *
_emb_table_list_period (EmbDatabase     *db,
                        const EmbTable  *table,
                        const char      *sql,
                        const char      *from,
                        const char      *to,
                        guint            limit,
                        GError         **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, from);
  _emb_bind_text (stmt, 2, to);
  sqlite3_bind_int64 (stmt, 3, limit);
  return _emb_table_read_all (db, table, stmt, error);
}

static void
bind_column (sqlite3_stmt    *stmt,
             int              index,
             EmbRecord       *record,
             const EmbColumn *column)
{
  GParamSpec *pspec = find_pspec (G_OBJECT_GET_CLASS (record), column);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), column->property, &value);

  if (G_IS_PARAM_SPEC_STRING (pspec))
    {
      const char *s = g_value_get_string (&value);

      if (s == NULL && !(column->flags & EMB_COLUMN_NULLABLE))
        s = "";
      _emb_bind_text (stmt, index, s);
    }
  else if (G_IS_PARAM_SPEC_INT (pspec))
    {
      int v = g_value_get_int (&value);

      /* An optional number: below 0 is none. */
      if ((column->flags & EMB_COLUMN_NULLABLE) && v < 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int (stmt, index, v);
    }
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    {
      gint64 v = g_value_get_int64 (&value);

      /* A reference: 0 is none. */
      if (column->type == EMB_COLUMN_REF && v == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, v);
    }
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    sqlite3_bind_int (stmt, index, g_value_get_boolean (&value) ? 1 : 0);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    sqlite3_bind_double (stmt, index, g_value_get_double (&value));
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    _emb_bind_text (stmt, index, emb_enum_to_nick (pspec->value_type, g_value_get_enum (&value)));
  else
    g_assert_not_reached ();
}

/**
 * _emb_table_save:
 *
 * Inserts @record when it has no id yet, otherwise updates its row; then
 * refreshes its identity (id, timestamps) and queues a change notice. The
 * caller validates first.
 */
gboolean
_emb_table_save (EmbDatabase     *db,
                 const EmbTable  *table,
                 EmbRecord       *record,
                 GError         **error)
{
  const TableSql *sql = table_sql (table);
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = emb_now_iso8601 ();
  gint64 id = emb_record_get_id (record);
  gboolean inserting = (id == 0);

  stmt = _emb_database_prepare (db, inserting ? sql->insert : sql->update, error);
  if (stmt == NULL)
    return FALSE;

  if (inserting)
    _emb_bind_text (stmt, 1, emb_record_get_uuid (record));
  else
    sqlite3_bind_int64 (stmt, 1, id);
  _emb_bind_text (stmt, 2, now);

  for (guint i = 0; i < table->n_columns; i++)
    bind_column (stmt, i + 3, record, &table->columns[i]);

  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  if (inserting)
    {
      id = sqlite3_last_insert_rowid (_emb_database_get_handle (db));
      _emb_record_set_identity (record, id, NULL, now, now);
    }
  else
    {
      if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
        {
          g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                       _("The record no longer exists; it may have been deleted."));
          return FALSE;
        }
      _emb_record_set_identity (record, id, NULL, emb_record_get_created_at (record), now);
    }

  _emb_database_defer_changed (db, table->kind,
                               inserting ? EMB_CHANGE_CREATED : EMB_CHANGE_UPDATED, id);
  return TRUE;
}

gboolean
_emb_table_delete (EmbDatabase     *db,
                   const EmbTable  *table,
                   gint64           id,
                   GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, table_sql (table)->delete, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("The record no longer exists; it may have been deleted."));
      return FALSE;
    }

  _emb_database_defer_changed (db, table->kind, EMB_CHANGE_DELETED, id);
  return TRUE;
}

gboolean
_emb_table_exists (EmbDatabase    *db,
                   const EmbTable *table,
                   gint64          id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  if (id <= 0)
    return FALSE;

  stmt = _emb_database_prepare (db, table_sql (table)->exists, NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Ordered lists --------------------------------------------------------- */

/* The ids selected by @sql (with @scope bound to ?1 when it has one). */
GArray *
_emb_load_ids (EmbDatabase  *db,
               const char   *sql,
               gint64        scope,
               GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;

  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, scope);

  for (;;)
    {
      gint64 id;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return g_steal_pointer (&ids);
}

/* Gives the rows of @ids the positions 0…n-1 in their order. @sql updates one
 * row: ?1 id, ?2 position, ?3 timestamp and, when it has it, ?4 @scope (the
 * stage of a touchpoint); it changes nothing when the row is already in place,
 * so only the rows that moved are touched and announced. */
gboolean
_emb_write_positions (EmbDatabase    *db,
                      const char     *sql,
                      EmbRecordKind   kind,
                      GArray         *ids,
                      gint64          scope,
                      GError        **error)
{
  g_autofree char *now = emb_now_iso8601 ();

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbStatement) stmt = NULL;
      gint64 id = g_array_index (ids, gint64, i);

      stmt = _emb_database_prepare (db, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int)i);
      _emb_bind_text (stmt, 3, now);
      if (sqlite3_bind_parameter_count (stmt) >= 4)
        sqlite3_bind_int64 (stmt, 4, scope);
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
      if (sqlite3_changes (_emb_database_get_handle (db)) > 0)
        _emb_database_defer_changed (db, kind, EMB_CHANGE_UPDATED, id);
    }

  return TRUE;
}

int
_emb_compare_ids (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}
