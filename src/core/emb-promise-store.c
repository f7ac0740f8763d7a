/* emb-promise-store.c: brand promises and their versions
 *
 * A promise is a row of `promise` (its status and place in the list) and a
 * history of versions in `promise_version`, each tied to touchpoints. At most
 * one version is a draft and at most one is published (in force); publishing
 * a draft supersedes the version in force, and a published version's text and
 * touchpoints are frozen, because staff acknowledge that exact version.
 *
 *   save     (new)                 → promise draft, version 1 draft
 *   save     (draft exists)        → the draft is updated
 *   save     (published, no draft) → version n+1 draft; version n stays in force
 *   publish  (draft exists)        → draft published, previous one superseded
 *   retire   (published)           → version in force retired, draft deleted
 *   discard  (published + draft)   → draft deleted
 *   delete   (never published)     → promise and its draft deleted
 *
 * Version rows are written here by hand, not with _emb_table_save(), so that
 * every change is announced once, as a change of the promise (kind
 * EMB_RECORD_KIND_PROMISE with the promise id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-promise-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-promise-store.h"
#include "emb-query-model-private.h"
#include "emb-tables.h"
#include "emb-uuid.h"
#include "emb-validate-private.h"

/* Reading promises ------------------------------------------------------- */

/* The promise columns, then those of its working version (the draft if there
 * is one, else the newest version: a draft always has the highest number),
 * then the version in force and the draft. */
static const char *
promise_select_sql (void)
{
  static const char *sql;

  if (g_once_init_enter (&sql))
    {
      const char *s = g_strdup_printf ("SELECT %s,"
                                       " w.statement, w.customer_expectation, w.number,"
                                       " p.id, p.published_at, d.id"
                                       " FROM promise t"
                                       " LEFT JOIN promise_version w ON w.promise_id = t.id"
                                       "  AND w.number = (SELECT max(x.number) FROM promise_version x"
                                       "                  WHERE x.promise_id = t.id)"
                                       " LEFT JOIN promise_version p ON p.promise_id = t.id"
                                       "  AND p.state = 'published'"
                                       " LEFT JOIN promise_version d ON d.promise_id = t.id"
                                       "  AND d.state = 'draft'",
                                       _emb_table_columns_sql (&emb_table_promise));
      g_once_init_leave (&sql, s);
    }

  return sql;
}

static void
fill_promise (EmbPromise   *promise,
              sqlite3_stmt *stmt)
{
  int col = 4 + emb_table_promise.n_columns;

  g_object_freeze_notify (G_OBJECT (promise));
  _emb_table_fill_row (&emb_table_promise, EMB_RECORD (promise), stmt);
  emb_promise_set_statement (promise, _emb_column_text (stmt, col));
  emb_promise_set_customer_expectation (promise, _emb_column_text (stmt, col + 1));
  emb_promise_set_version_number (promise, sqlite3_column_int (stmt, col + 2));
  emb_promise_set_published_version_id (promise, sqlite3_column_int64 (stmt, col + 3));
  emb_promise_set_published_at (promise, _emb_column_text (stmt, col + 4));
  emb_promise_set_draft_version_id (promise, sqlite3_column_int64 (stmt, col + 5));
  g_object_thaw_notify (G_OBJECT (promise));
}

/* Reads the row of @id into *@promise, or into a new promise when it is NULL. */
static gboolean
load_promise_into (EmbDatabase  *db,
                   gint64        id,
                   EmbPromise  **promise,
                   GError      **error)
{
  static const char *sql;
  g_autoptr(EmbStatement) stmt = NULL;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("%s WHERE t.id = ?1", promise_select_sql ()));

  stmt = _emb_database_prepare_id (db, sql, id, error);
  if (stmt == NULL ||
      !_emb_database_step_found (db, stmt,
                                 _("The promise no longer exists; it may have been deleted."),
                                 error))
    return FALSE;

  if (*promise == NULL)
    *promise = g_object_new (EMB_TYPE_PROMISE, "uuid", _emb_column_text (stmt, 1), NULL);
  fill_promise (*promise, stmt);
  return TRUE;
}

static EmbPromise *
load_promise (EmbDatabase  *db,
              gint64        id,
              GError      **error)
{
  EmbPromise *promise = NULL;

  load_promise_into (db, id, &promise, error);
  return promise;
}

/**
 * emb_promise_store_get:
 * @id: the id of a promise
 *
 * The promise carries the statement, customer expectation and version
 * number of its working version (its draft if it has one, otherwise the
 * version in force or, once retired, the last one); the ids of its draft and
 * of the version in force (0 when there is none); and when the version in
 * force was published (%NULL when none is).
 *
 * Returns: (transfer full): the promise, or %NULL with
 *   %EMB_DATABASE_ERROR_NOT_FOUND
 */
EmbPromise *
emb_promise_store_get (EmbDatabase  *db,
                       gint64        id,
                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return load_promise (db, id, error);
}

/* Builds the WHERE clause of @filter: constant fragments with numbered
 * parameters, the values in @params. */
static GPtrArray *
filter_params (const EmbPromiseFilter *filter,
               GString                *where)
{
  GPtrArray *params = _emb_query_params_new (where);

  if (filter->status >= 0)
    _emb_query_params_where_nick (params, where, "t.status",
                                  EMB_TYPE_PROMISE_STATUS, filter->status);

  if (filter->touchpoint_id > 0)
    {
      _emb_query_params_add (params, g_variant_new_int64 (filter->touchpoint_id));
      g_string_append_printf (where,
                              " AND EXISTS (SELECT 1 FROM promise_version v"
                              " JOIN promise_version_touchpoint vt ON vt.version_id = v.id"
                              " WHERE v.promise_id = t.id AND v.state <> 'superseded'"
                              " AND vt.touchpoint_id = ?%u)",
                              params->len);
    }

  if (filter->stage_id > 0)
    {
      _emb_query_params_add (params, g_variant_new_int64 (filter->stage_id));
      g_string_append_printf (where,
                              " AND EXISTS (SELECT 1 FROM promise_version v"
                              " JOIN promise_version_touchpoint vt ON vt.version_id = v.id"
                              " JOIN touchpoint tp ON tp.id = vt.touchpoint_id"
                              " WHERE v.promise_id = t.id AND v.state <> 'superseded'"
                              " AND tp.stage_id = ?%u)",
                              params->len);
    }

  if (filter->search != NULL && *filter->search != '\0')
    {
      g_auto(GStrv) words = g_str_tokenize_and_fold (filter->search, NULL, NULL);

      /* Each word must appear in the statement or the expectation of a
       * current version; a fixed clause per word, at most a few words. */
      for (guint i = 0; words != NULL && words[i] != NULL && i < 4; i++)
        {
          g_autofree char *pattern = _emb_like_pattern (words[i]);

          _emb_query_params_add (params, g_variant_new_string (pattern));
          g_string_append_printf (where,
                                  " AND EXISTS (SELECT 1 FROM promise_version v"
                                  " WHERE v.promise_id = t.id AND v.state <> 'superseded'"
                                  " AND (v.statement LIKE ?%u ESCAPE '\\'"
                                  " OR v.customer_expectation LIKE ?%u ESCAPE '\\'))",
                                  params->len, params->len);
        }
    }

  return params;
}

static void
bind_params (sqlite3_stmt *stmt,
             GPtrArray    *params)
{
  for (guint i = 0; i < params->len; i++)
    {
      GVariant *value = g_ptr_array_index (params, i);

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        _emb_bind_text (stmt, i + 1, g_variant_get_string (value, NULL));
      else
        sqlite3_bind_int64 (stmt, i + 1, g_variant_get_int64 (value));
    }
}

/**
 * emb_promise_store_list:
 * @filter: (nullable): which promises, or %NULL for all of them
 *
 * Promises are few (a handful to a few dozen), so the list is loaded whole.
 *
 * Returns: (transfer full): a #GListModel of #EmbPromise, by position then
 *   id, or %NULL on error
 */
GListModel *
emb_promise_store_list (EmbDatabase             *db,
                        const EmbPromiseFilter  *filter,
                        GError                 **error)
{
  const EmbPromiseFilter every_promise = EMB_PROMISE_FILTER_INIT;
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GPtrArray) params = NULL;
  g_autoptr(GListStore) store = g_list_store_new (EMB_TYPE_PROMISE);
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (filter == NULL || filter->status <= EMB_PROMISE_STATUS_RETIRED, NULL);

  params = filter_params (filter != NULL ? filter : &every_promise, where);
  sql = g_strdup_printf ("%s WHERE %s ORDER BY t.position, t.id", promise_select_sql (), where->str);
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  bind_params (stmt, params);

  for (;;)
    {
      g_autoptr(EmbPromise) promise = NULL;
      gboolean has_row;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      promise = g_object_new (EMB_TYPE_PROMISE, "uuid", _emb_column_text (stmt, 1), NULL);
      fill_promise (promise, stmt);
      g_list_store_append (store, promise);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * emb_promise_store_list_versions:
 * @promise_id: the id of a promise
 *
 * Returns: (transfer full): the history of the promise as a #GListModel of
 *   #EmbPromiseVersion, newest first; empty when the promise does not exist
 */
GListModel *
emb_promise_store_list_versions (EmbDatabase *db,
                                 gint64       promise_id)
{
  g_autoptr(GError) error = NULL;
  GListStore *store;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  store = _emb_table_list_by (db, &emb_table_promise_version,
                              "WHERE t.promise_id = ?1 ORDER BY t.number DESC",
                              promise_id, &error);
  if (store == NULL)
    {
      g_warning ("Cannot list the versions of a promise: %s", error->message);
      store = g_list_store_new (EMB_TYPE_PROMISE_VERSION);
    }
  return G_LIST_MODEL (store);
}

EmbPromiseVersion *
emb_promise_store_get_version (EmbDatabase  *db,
                               gint64        version_id,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_promise_version, version_id, error);
}

/**
 * emb_promise_store_get_touchpoints:
 * @version_id: the id of a promise version
 *
 * Returns: (transfer full) (element-type gint64): the ids of the touchpoints
 *   of the version, in journey order
 */
GArray *
emb_promise_store_get_touchpoints (EmbDatabase *db,
                                   gint64       version_id)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  stmt = _emb_database_prepare (db,
                                "SELECT vt.touchpoint_id FROM promise_version_touchpoint vt"
                                " JOIN touchpoint tp ON tp.id = vt.touchpoint_id"
                                " JOIN journey_stage s ON s.id = tp.stage_id"
                                " WHERE vt.version_id = ?1"
                                " ORDER BY s.position, s.id, tp.position, tp.id",
                                &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the touchpoints of a promise: %s", error->message);
      return ids;
    }
  sqlite3_bind_int64 (stmt, 1, version_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return ids;
}

/**
 * emb_promise_store_count_published:
 *
 * Returns: how many promises are in force
 */
gint64
emb_promise_store_count_published (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  return _emb_database_count (db, "SELECT count(*) FROM promise WHERE status = 'published'");
}

/* Writing ---------------------------------------------------------------- */

/* Runs @sql once, with @id bound as ?1 and @now as ?2. */
static gboolean
exec_at (EmbDatabase  *db,
         const char   *sql,
         gint64        id,
         const char   *now,
         GError      **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare_id (db, sql, id, error);

  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, now);
  return _emb_database_step_done (db, stmt, error);
}

static gboolean
set_touchpoints (EmbDatabase  *db,
                 gint64        version_id,
                 GArray       *touchpoint_ids,
                 GError      **error)
{
  return _emb_database_exec_id (db, "DELETE FROM promise_version_touchpoint WHERE version_id = ?1",
                                version_id, error) &&
         _emb_database_insert_links (db,
                                     "INSERT INTO promise_version_touchpoint (version_id, touchpoint_id)"
                                     " VALUES (?1, ?2)",
                                     version_id, touchpoint_ids, error);
}

typedef struct
{
  EmbPromise *promise;
  GArray     *touchpoint_ids;  /* sorted, unique */
} SavePromise;

/* Whether the text and touchpoints to save are those of the version in force. */
static gboolean
same_as_in_force (EmbDatabase *db,
                  EmbPromise  *stored,
                  EmbPromise  *promise,
                  GArray      *touchpoint_ids)
{
  g_autoptr(GArray) current = NULL;
  g_autoptr(GArray) sorted = NULL;

  if (emb_promise_get_published_version_id (stored) == 0 ||
      g_strcmp0 (emb_promise_get_statement (stored), emb_promise_get_statement (promise)) != 0 ||
      g_strcmp0 (emb_promise_get_customer_expectation (stored),
                 emb_promise_get_customer_expectation (promise) ?
                 emb_promise_get_customer_expectation (promise) : "") != 0)
    return FALSE;

  current = emb_promise_store_get_touchpoints (db, emb_promise_get_published_version_id (stored));
  sorted = _emb_sorted_ids ((const gint64 *)(gpointer)current->data, current->len);
  return _emb_same_ids (sorted, touchpoint_ids);
}

static gboolean
save_in_transaction (EmbDatabase  *db,
                     gpointer      user_data,
                     GError      **error)
{
  const SavePromise *data = user_data;
  EmbPromise *promise = data->promise;
  const char *expectation = emb_promise_get_customer_expectation (promise);
  g_autofree char *now = emb_now_iso8601 ();
  gint64 id = emb_record_get_id (EMB_RECORD (promise));
  gint64 version_id = 0;
  int number = 1;
  gboolean write_version = TRUE;

  if (id != 0)
    {
      g_autoptr(EmbPromise) stored = load_promise (db, id, error);

      if (stored == NULL)
        return FALSE;
      if (emb_promise_get_status (stored) == EMB_PROMISE_STATUS_RETIRED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("A retired promise cannot be changed; "
                                      "write a new promise instead."));
          return FALSE;
        }

      /* The status follows the workflow, never the caller. */
      emb_promise_set_status (promise, emb_promise_get_status (stored));
      emb_promise_set_retired_at (promise, emb_promise_get_retired_at (stored));

      version_id = emb_promise_get_draft_version_id (stored);
      if (version_id == 0)
        {
          number = emb_promise_get_version_number (stored) + 1;
          /* Moving a promise in the list is no reason for a new version. */
          write_version = !same_as_in_force (db, stored, promise, data->touchpoint_ids);
        }
    }
  else
    {
      emb_promise_set_status (promise, EMB_PROMISE_STATUS_DRAFT);
      emb_promise_set_retired_at (promise, NULL);
    }

  if (!_emb_table_save (db, &emb_table_promise, EMB_RECORD (promise), error))
    return FALSE;
  id = emb_record_get_id (EMB_RECORD (promise));

  if (write_version)
    {
      if (version_id != 0)
        {
          g_autoptr(EmbStatement) stmt = NULL;

          stmt = _emb_database_prepare_id (db,
                                           "UPDATE promise_version"
                                           " SET statement = ?2, customer_expectation = ?3,"
                                           " updated_at = ?4"
                                           " WHERE id = ?1 AND state = 'draft'",
                                           version_id, error);
          if (stmt == NULL)
            return FALSE;
          _emb_bind_text (stmt, 2, emb_promise_get_statement (promise));
          _emb_bind_text (stmt, 3, expectation ? expectation : "");
          _emb_bind_text (stmt, 4, now);
          if (!_emb_database_step_done (db, stmt, error))
            return FALSE;
        }
      else
        {
          g_autoptr(EmbStatement) stmt = NULL;
          g_autofree char *uuid = emb_uuid_new ();

          stmt = _emb_database_prepare (db,
                                        "INSERT INTO promise_version"
                                        " (uuid, promise_id, number, statement, customer_expectation,"
                                        "  state, created_at, updated_at)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?6)",
                                        error);
          if (stmt == NULL)
            return FALSE;
          _emb_bind_text (stmt, 1, uuid);
          sqlite3_bind_int64 (stmt, 2, id);
          sqlite3_bind_int (stmt, 3, number);
          _emb_bind_text (stmt, 4, emb_promise_get_statement (promise));
          _emb_bind_text (stmt, 5, expectation ? expectation : "");
          _emb_bind_text (stmt, 6, now);
          if (!_emb_database_step_done (db, stmt, error))
            return FALSE;
          version_id = sqlite3_last_insert_rowid (_emb_database_get_handle (db));
        }

      if (!set_touchpoints (db, version_id, data->touchpoint_ids, error))
        return FALSE;
    }

  /* Version ids, number and dates as stored. */
  return load_promise_into (db, id, &promise, error);
}

/**
 * emb_promise_store_save:
 * @promise: the promise, with the statement and customer expectation to save
 * @touchpoint_ids: (array length=n_touchpoints) (nullable): the touchpoints
 *   where the promise is kept
 * @n_touchpoints: the number of @touchpoint_ids
 *
 * Saves the text and touchpoints of @promise, in one transaction:
 *
 * - a new promise becomes a draft with version 1;
 * - a promise with a draft has that draft updated;
 * - a published promise without a draft gets a new draft version (its
 *   number one higher) while the published version stays in force,
 *   unchanged; when the text and touchpoints are those of the version in
 *   force (only the position changed), no draft is started;
 * - a retired promise is refused (%EMB_VALIDATION_ERROR_STATE, "status").
 *
 * The status and retired-at of @promise are set by the workflow functions,
 * never by this one: they are reset to the stored values. On success @promise
 * is reloaded (ids, version number, dates).
 *
 * The link (empty, or an http or https address of at most 2,000
 * characters) belongs to the promise, not to a version: changing it alone
 * starts no draft.
 *
 * Returns: %TRUE on success; %FALSE with an %EMB_VALIDATION_ERROR naming the
 *   field ("statement", "customer-expectation", "link", "touchpoints",
 *   "status") or an %EMB_DATABASE_ERROR
 */
gboolean
emb_promise_store_save (EmbDatabase   *db,
                        EmbPromise    *promise,
                        const gint64  *touchpoint_ids,
                        guint          n_touchpoints,
                        GError       **error)
{
  g_autoptr(GArray) sorted = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *updated_at = NULL;
  SavePromise data;
  gint64 id;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_PROMISE (promise), FALSE);
  g_return_val_if_fail (touchpoint_ids != NULL || n_touchpoints == 0, FALSE);

  if (!_emb_validate_text (emb_promise_get_statement (promise), TRUE, EMB_MAX_PROMISE_STATEMENT,
                           "statement", _("Promise"), error) ||
      !_emb_validate_text (emb_promise_get_customer_expectation (promise), FALSE, EMB_MAX_TEXT,
                           "customer-expectation", _("Customer expectation"), error) ||
      !_emb_validate_link (emb_promise_get_link (promise), "link", _("Link"), error))
    return FALSE;

  for (guint i = 0; i < n_touchpoints; i++)
    if (!_emb_validate_reference (db, &emb_table_touchpoint, touchpoint_ids[i], TRUE,
                                  "touchpoints", _("Touchpoint"), error))
      return FALSE;

  sorted = _emb_sorted_ids (touchpoint_ids, n_touchpoints);
  data.promise = promise;
  data.touchpoint_ids = sorted;

  /* On failure the record keeps the identity it came with. */
  id = emb_record_get_id (EMB_RECORD (promise));
  created_at = g_strdup (emb_record_get_created_at (EMB_RECORD (promise)));
  updated_at = g_strdup (emb_record_get_updated_at (EMB_RECORD (promise)));

  if (!emb_database_transaction (db, save_in_transaction, &data, error))
    {
      _emb_record_set_identity (EMB_RECORD (promise), id, NULL, created_at, updated_at);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status", "%s", message);
  return FALSE;
}

/* A change of state of a stored promise, at @now. */
typedef gboolean (*PromiseChange) (EmbDatabase  *db,
                                   EmbPromise   *stored,
                                   const char   *now,
                                   GError      **error);

typedef struct
{
  gint64         id;
  PromiseChange  change;
} ChangePromise;

static gboolean
change_in_transaction (EmbDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  const ChangePromise *data = user_data;
  g_autoptr(EmbPromise) stored = load_promise (db, data->id, error);
  g_autofree char *now = emb_now_iso8601 ();

  if (stored == NULL || !data->change (db, stored, now, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_PROMISE, EMB_CHANGE_UPDATED, data->id);
  return TRUE;
}

/* Loads the promise, changes it and announces it, in one transaction. */
static gboolean
change_promise (EmbDatabase    *db,
                gint64          id,
                PromiseChange   change,
                GError        **error)
{
  ChangePromise data = { id, change };

  return emb_database_transaction (db, change_in_transaction, &data, error);
}

static gboolean
publish (EmbDatabase  *db,
         EmbPromise   *stored,
         const char   *now,
         GError      **error)
{
  gint64 id = emb_record_get_id (EMB_RECORD (stored));
  gint64 draft_id = emb_promise_get_draft_version_id (stored);

  if (draft_id == 0)
    return refuse (error, emb_promise_get_status (stored) == EMB_PROMISE_STATUS_RETIRED
                          ? _("A retired promise cannot be published again.")
                          : _("The promise has no draft to publish; edit it first."));

  /* Supersede first: at most one version is published at a time. */
  return exec_at (db,
                  "UPDATE promise_version SET state = 'superseded', updated_at = ?2"
                  " WHERE promise_id = ?1 AND state = 'published'",
                  id, now, error) &&
         exec_at (db,
                  "UPDATE promise_version SET state = 'published', published_at = ?2, updated_at = ?2"
                  " WHERE id = ?1",
                  draft_id, now, error) &&
         exec_at (db,
                  "UPDATE promise SET status = 'published', updated_at = ?2 WHERE id = ?1",
                  id, now, error);
}

/**
 * emb_promise_store_publish:
 * @promise_id: the id of a promise with a draft
 *
 * Puts the draft in force: it is published (and frozen from now on), the
 * version in force until now is superseded, and the promise is published.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE
 *   ("status") when the promise has no draft
 */
gboolean
emb_promise_store_publish (EmbDatabase  *db,
                           gint64        promise_id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return change_promise (db, promise_id, publish, error);
}

static gboolean
retire (EmbDatabase  *db,
        EmbPromise   *stored,
        const char   *now,
        GError      **error)
{
  gint64 id = emb_record_get_id (EMB_RECORD (stored));

  switch (emb_promise_get_status (stored))
    {
    case EMB_PROMISE_STATUS_DRAFT:
      return refuse (error, _("Only a published promise can be retired; "
                              "this one has never been published."));
    case EMB_PROMISE_STATUS_RETIRED:
      return refuse (error, _("The promise is already retired."));
    case EMB_PROMISE_STATUS_PUBLISHED:
    default:
      break;
    }

  return exec_at (db,
                  "UPDATE promise_version SET state = 'retired', updated_at = ?2"
                  " WHERE promise_id = ?1 AND state = 'published'",
                  id, now, error) &&
         _emb_database_exec_id (db,
                                "DELETE FROM promise_version WHERE promise_id = ?1 AND state = 'draft'",
                                id, error) &&
         exec_at (db,
                  "UPDATE promise SET status = 'retired', retired_at = ?2, updated_at = ?2"
                  " WHERE id = ?1",
                  id, now, error);
}

/**
 * emb_promise_store_retire:
 * @promise_id: the id of a published promise
 *
 * Takes the promise out of force: its published version is retired (and
 * kept, with its acknowledgements, as a record), a pending draft is deleted.
 * A retired promise can no longer be changed, published or deleted.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE
 *   ("status") when the promise is not published
 */
gboolean
emb_promise_store_retire (EmbDatabase  *db,
                          gint64        promise_id,
                          GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return change_promise (db, promise_id, retire, error);
}

static gboolean
discard_draft (EmbDatabase  *db,
               EmbPromise   *stored,
               const char   *now,
               GError      **error)
{
  if (emb_promise_get_draft_version_id (stored) == 0)
    return refuse (error, _("The promise has no draft to discard."));
  if (emb_promise_get_status (stored) == EMB_PROMISE_STATUS_DRAFT)
    return refuse (error, _("The promise has never been published, so its draft is all "
                            "there is; delete the promise instead."));

  return _emb_database_exec_id (db, "DELETE FROM promise_version WHERE id = ?1",
                                emb_promise_get_draft_version_id (stored), error) &&
         exec_at (db, "UPDATE promise SET updated_at = ?2 WHERE id = ?1",
                  emb_record_get_id (EMB_RECORD (stored)), now, error);
}

/**
 * emb_promise_store_discard_draft:
 * @promise_id: the id of a published promise with a draft
 *
 * Deletes the draft of a published promise; the version in force stays.
 * A promise that was never published has nothing but its draft: delete it
 * with emb_promise_store_delete() instead.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE
 *   ("status") otherwise
 */
gboolean
emb_promise_store_discard_draft (EmbDatabase  *db,
                                 gint64        promise_id,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return change_promise (db, promise_id, discard_draft, error);
}

static gboolean
delete_in_transaction (EmbDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  gint64 id = *(const gint64 *)user_data;
  g_autoptr(EmbPromise) stored = load_promise (db, id, error);

  if (stored == NULL)
    return FALSE;

  switch (emb_promise_get_status (stored))
    {
    case EMB_PROMISE_STATUS_PUBLISHED:
      return refuse (error, _("A published promise cannot be deleted: staff have been "
                              "told about it. Retire it instead."));
    case EMB_PROMISE_STATUS_RETIRED:
      return refuse (error, _("A retired promise is kept as a record of what was promised "
                              "and acknowledged; it cannot be deleted."));
    case EMB_PROMISE_STATUS_DRAFT:
    default:
      break;
    }

  /* Its only version and touchpoint links go with it (ON DELETE CASCADE). */
  return _emb_table_delete (db, &emb_table_promise, id, error);
}

/**
 * emb_promise_store_delete:
 * @promise_id: the id of a promise that was never published
 *
 * Deletes a promise that was never published. A published promise is
 * retired instead, and a retired one is kept.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE
 *   ("status") for a published or retired promise
 */
gboolean
emb_promise_store_delete (EmbDatabase  *db,
                          gint64        promise_id,
                          GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, delete_in_transaction, &promise_id, error);
}
