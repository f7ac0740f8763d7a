/* emb-acknowledgement-store.c: employees acknowledging promises, announcements and values
 *
 * Who an item addresses:
 * - a published promise version: the active employees whose role has a
 *   responsibility at one of its touchpoints; a version without touchpoints
 *   addresses every active employee;
 * - a published announcement that needs acknowledgement: every active
 *   employee, or those of its departments, or those in its roles;
 * - a set of values: every active employee (only the newest set is asked
 *   for in the pending list, though any set may be acknowledged).
 *
 * An employee acknowledges an item at most once; acknowledging again is a
 * success that writes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-acknowledgement-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-acknowledgement-store.h"
#include "emb-announcement-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* An SQL condition: whether the promise version @version addresses an
 * employee in @role. Announcements: EMB_ANNOUNCEMENT_ADDRESSES(). */
#define PROMISE_ADDRESSES(version, role) \
  "(NOT EXISTS (SELECT 1 FROM promise_version_touchpoint vt WHERE vt.version_id = " version ")" \
  " OR EXISTS (SELECT 1 FROM promise_version_touchpoint vt" \
  "            JOIN responsibility r ON r.touchpoint_id = vt.touchpoint_id" \
  "            WHERE vt.version_id = " version " AND r.role_id = " role "))"

G_DEFINE_ENUM_TYPE (EmbAcknowledgementItem, emb_acknowledgement_item,
                    G_DEFINE_ENUM_VALUE (EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, "promise"),
                    G_DEFINE_ENUM_VALUE (EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, "announcement"),
                    G_DEFINE_ENUM_VALUE (EMB_ACKNOWLEDGEMENT_ITEM_VALUES, "values"))

/* EmbPendingItem --------------------------------------------------------- */

/**
 * EmbPendingItem:
 *
 * Something an employee has still to acknowledge: a promise version, an
 * announcement or a set of values, with the text to show for it (the promise
 * statement, the announcement title or the summary of the values).
 */
struct _EmbPendingItem
{
  GObject parent_instance;

  EmbAcknowledgementItem kind;
  gint64                 item_id;
  gint64                 promise_id;
  char                  *title;
  char                  *published_at;
  char                  *acknowledged_at;
};

G_DEFINE_FINAL_TYPE (EmbPendingItem, emb_pending_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ITEM_ID,
  PROP_PROMISE_ID,
  PROP_TITLE,
  PROP_PUBLISHED_AT,
  PROP_ACKNOWLEDGED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emb_pending_item_finalize (GObject *object)
{
  EmbPendingItem *self = (EmbPendingItem *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->published_at, g_free);
  g_clear_pointer (&self->acknowledged_at, g_free);

  G_OBJECT_CLASS (emb_pending_item_parent_class)->finalize (object);
}

static void
emb_pending_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EmbPendingItem *self = EMB_PENDING_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_PROMISE_ID:
      g_value_set_int64 (value, self->promise_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PUBLISHED_AT:
      g_value_set_string (value, self->published_at);
      break;

    case PROP_ACKNOWLEDGED_AT:
      g_value_set_string (value, self->acknowledged_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pending_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EmbPendingItem *self = EMB_PENDING_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_ITEM_ID:
      self->item_id = g_value_get_int64 (value);
      break;

    case PROP_PROMISE_ID:
      self->promise_id = g_value_get_int64 (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_PUBLISHED_AT:
      self->published_at = g_value_dup_string (value);
      break;

    case PROP_ACKNOWLEDGED_AT:
      self->acknowledged_at = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_pending_item_class_init (EmbPendingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = emb_pending_item_finalize;
  object_class->get_property = emb_pending_item_get_property;
  object_class->set_property = emb_pending_item_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       EMB_TYPE_ACKNOWLEDGEMENT_ITEM, EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROMISE_ID] =
    g_param_spec_int64 ("promise-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHED_AT] =
    g_param_spec_string ("published-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbPendingItem:acknowledged-at:
   *
   * When the employee acknowledged the item (ISO-8601, UTC), or %NULL
   * while it is pending.
   */
  properties[PROP_ACKNOWLEDGED_AT] =
    g_param_spec_string ("acknowledged-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_pending_item_init (EmbPendingItem *self)
{
}

EmbAcknowledgementItem
emb_pending_item_get_kind (EmbPendingItem *self)
{
  g_return_val_if_fail (EMB_IS_PENDING_ITEM (self), 0);

  return self->kind;
}

/**
 * emb_pending_item_get_item_id:
 *
 * Returns: the id of the promise version, announcement or value set, as
 *   given to the matching emb_acknowledgement_store_acknowledge_…() function
 */
gint64
emb_pending_item_get_item_id (EmbPendingItem *self)
{
  g_return_val_if_fail (EMB_IS_PENDING_ITEM (self), 0);

  return self->item_id;
}

/**
 * emb_pending_item_get_promise_id:
 *
 * Returns: the promise of a pending promise version, otherwise 0
 */
gint64
emb_pending_item_get_promise_id (EmbPendingItem *self)
{
  g_return_val_if_fail (EMB_IS_PENDING_ITEM (self), 0);

  return self->promise_id;
}

const char *
emb_pending_item_get_title (EmbPendingItem *self)
{
  g_return_val_if_fail (EMB_IS_PENDING_ITEM (self), NULL);

  return self->title;
}

const char *
emb_pending_item_get_published_at (EmbPendingItem *self)
{
  g_return_val_if_fail (EMB_IS_PENDING_ITEM (self), NULL);

  return self->published_at;
}

/**
 * emb_pending_item_get_acknowledged_at:
 *
 * Returns: (nullable): when the item was acknowledged, or %NULL while it is
 *   pending
 */
const char *
emb_pending_item_get_acknowledged_at (EmbPendingItem *self)
{
  g_return_val_if_fail (EMB_IS_PENDING_ITEM (self), NULL);

  return self->acknowledged_at;
}

/* Acknowledging ---------------------------------------------------------- */

/* ?1 is the employee, ?2 the item; each uses a unique index. */
static const char *
has_acknowledged_sql (EmbAcknowledgementItem kind)
{
  switch (kind)
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      return "SELECT 1 FROM acknowledgement WHERE promise_version_id = ?2 AND employee_id = ?1";
    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      return "SELECT 1 FROM acknowledgement WHERE announcement_id = ?2 AND employee_id = ?1";
    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
      return "SELECT 1 FROM acknowledgement WHERE value_set_id = ?2 AND employee_id = ?1";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * emb_acknowledgement_store_has_acknowledged:
 * @employee_id: an employee
 * @kind: what kind of item @item_id is
 * @item_id: a promise version, announcement or value set
 *
 * Returns: whether the employee has acknowledged the item
 */
gboolean
emb_acknowledgement_store_has_acknowledged (EmbDatabase            *db,
                                            gint64                  employee_id,
                                            EmbAcknowledgementItem  kind,
                                            gint64                  item_id)
{
  g_autoptr(EmbStatement) stmt = NULL;
  const char *sql;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  sql = has_acknowledged_sql (kind);
  if (sql == NULL)
    return FALSE;
  stmt = _emb_database_prepare (db, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Whether a query of ?1 (item) and ?2 (employee) returns a row. */
static gboolean
query_finds (EmbDatabase  *db,
             const char   *sql,
             gint64        item_id,
             gint64        employee_id,
             gboolean     *found,
             GError      **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, employee_id);
  return _emb_database_step_row (db, stmt, found, error);
}

/* Whether the item may be acknowledged, and by @employee. */
static gboolean
check_item (EmbDatabase             *db,
            EmbAcknowledgementItem   kind,
            gint64                   item_id,
            EmbEmployee             *employee,
            GError                 **error)
{
  gint64 employee_id = emb_record_get_id (EMB_RECORD (employee));
  gboolean addressed = TRUE;

  switch (kind)
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      {
        g_autoptr(EmbPromiseVersion) version = NULL;

        version = _emb_table_get (db, &emb_table_promise_version, item_id, error);
        if (version == NULL)
          return FALSE;
        if (emb_promise_version_get_state (version) != EMB_PROMISE_VERSION_STATE_PUBLISHED)
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "promise-version",
                                      _("Only the version of a promise that is in force "
                                        "can be acknowledged."));
            return FALSE;
          }
        if (!query_finds (db,
                          "SELECT 1 FROM promise_version v, employee e"
                          " WHERE v.id = ?1 AND e.id = ?2"
                          " AND " PROMISE_ADDRESSES ("v.id", "e.role_id"),
                          item_id, employee_id, &addressed, error))
          return FALSE;
        if (!addressed)
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "employee",
                                      _("The promise is not addressed to “%s”: their role "
                                        "has no responsibility at its touchpoints."),
                                      emb_employee_get_name (employee));
            return FALSE;
          }
      }
      break;

    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      {
        g_autoptr(EmbAnnouncement) announcement = NULL;

        announcement = _emb_table_get (db, &emb_table_announcement, item_id, error);
        if (announcement == NULL)
          return FALSE;
        if (emb_announcement_get_published_at (announcement) == NULL)
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "announcement",
                                      _("The announcement has not been published yet."));
            return FALSE;
          }
        if (!emb_announcement_get_needs_ack (announcement))
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "announcement",
                                      _("The announcement does not ask to be acknowledged."));
            return FALSE;
          }
        if (!query_finds (db,
                          "SELECT 1 FROM announcement n, employee e"
                          " WHERE n.id = ?1 AND e.id = ?2"
                          " AND " EMB_ANNOUNCEMENT_ADDRESSES ("n", "e.role_id", "e.department_id"),
                          item_id, employee_id, &addressed, error))
          return FALSE;
        if (!addressed)
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "employee",
                                      _("The announcement is not addressed to “%s”."),
                                      emb_employee_get_name (employee));
            return FALSE;
          }
      }
      break;

    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
    default:
      /* Published when created; addressed to everyone. */
      break;
    }

  return TRUE;
}

typedef struct
{
  EmbAcknowledgementItem kind;
  gint64                 employee_id;
  gint64                 item_id;
} Acknowledge;

static gboolean
acknowledge_in_transaction (EmbDatabase  *db,
                            gpointer      user_data,
                            GError      **error)
{
  const Acknowledge *data = user_data;
  g_autoptr(EmbEmployee) employee = NULL;
  g_autoptr(EmbAcknowledgement) ack = NULL;
  g_autofree char *now = NULL;
  gboolean valid;

  if (!_emb_validate_reference (db, &emb_table_employee, data->employee_id, TRUE,
                                "employee", _("Employee"), error))
    return FALSE;

  switch (data->kind)
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      valid = _emb_validate_reference (db, &emb_table_promise_version, data->item_id, TRUE,
                                       "promise-version", _("Promise"), error);
      break;
    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      valid = _emb_validate_reference (db, &emb_table_announcement, data->item_id, TRUE,
                                       "announcement", _("Announcement"), error);
      break;
    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
    default:
      valid = _emb_validate_reference (db, &emb_table_value_set, data->item_id, TRUE,
                                       "value-set", _("Values"), error);
      break;
    }
  if (!valid)
    return FALSE;

  /* Once is enough. */
  if (emb_acknowledgement_store_has_acknowledged (db, data->employee_id,
                                                  data->kind, data->item_id))
    return TRUE;

  employee = _emb_table_get (db, &emb_table_employee, data->employee_id, error);
  if (employee == NULL)
    return FALSE;
  if (!emb_employee_get_active (employee))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "employee",
                                _("“%s” is no longer active and cannot acknowledge anything."),
                                emb_employee_get_name (employee));
      return FALSE;
    }

  if (!check_item (db, data->kind, data->item_id, employee, error))
    return FALSE;

  now = emb_now_iso8601 ();
  ack = emb_acknowledgement_new ();
  emb_acknowledgement_set_employee_id (ack, data->employee_id);
  emb_acknowledgement_set_acknowledged_at (ack, now);
  switch (data->kind)
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      emb_acknowledgement_set_promise_version_id (ack, data->item_id);
      break;
    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      emb_acknowledgement_set_announcement_id (ack, data->item_id);
      break;
    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
    default:
      emb_acknowledgement_set_value_set_id (ack, data->item_id);
      break;
    }

  return _emb_table_save (db, &emb_table_acknowledgement, EMB_RECORD (ack), error);
}

static gboolean
acknowledge (EmbDatabase             *db,
             EmbAcknowledgementItem   kind,
             gint64                   employee_id,
             gint64                   item_id,
             GError                 **error)
{
  Acknowledge data = { kind, employee_id, item_id };

  return emb_database_transaction (db, acknowledge_in_transaction, &data, error);
}

/**
 * emb_acknowledgement_store_acknowledge_promise:
 * @employee_id: an active employee
 * @promise_version_id: the published version of a promise
 *
 * Records that the employee has read and accepts the promise, as worded in
 * this version. The version must be the one in force and address the
 * employee (see the top of this file). Acknowledging again succeeds and
 * changes nothing.
 *
 * Returns: %TRUE when the employee has acknowledged the version; %FALSE with
 *   an %EMB_VALIDATION_ERROR naming "employee" or "promise-version"
 */
gboolean
emb_acknowledgement_store_acknowledge_promise (EmbDatabase  *db,
                                               gint64        employee_id,
                                               gint64        promise_version_id,
                                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return acknowledge (db, EMB_ACKNOWLEDGEMENT_ITEM_PROMISE, employee_id, promise_version_id, error);
}

/**
 * emb_acknowledgement_store_acknowledge_announcement:
 * @employee_id: an active employee
 * @announcement_id: a published announcement that asks for acknowledgement
 *
 * As emb_acknowledgement_store_acknowledge_promise(), for an announcement
 * addressed to the employee.
 *
 * Returns: %TRUE when the employee has acknowledged the announcement;
 *   %FALSE with an %EMB_VALIDATION_ERROR naming "employee" or "announcement"
 */
gboolean
emb_acknowledgement_store_acknowledge_announcement (EmbDatabase  *db,
                                                    gint64        employee_id,
                                                    gint64        announcement_id,
                                                    GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return acknowledge (db, EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT, employee_id, announcement_id, error);
}

/**
 * emb_acknowledgement_store_acknowledge_values:
 * @employee_id: an active employee
 * @value_set_id: a published set of values
 *
 * As emb_acknowledgement_store_acknowledge_promise(), for a set of values,
 * which addresses every active employee.
 *
 * Returns: %TRUE when the employee has acknowledged the values; %FALSE with
 *   an %EMB_VALIDATION_ERROR naming "employee" or "value-set"
 */
gboolean
emb_acknowledgement_store_acknowledge_values (EmbDatabase  *db,
                                              gint64        employee_id,
                                              gint64        value_set_id,
                                              GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return acknowledge (db, EMB_ACKNOWLEDGEMENT_ITEM_VALUES, employee_id, value_set_id, error);
}

/* What is pending -------------------------------------------------------- */

G_STATIC_ASSERT (EMB_ACKNOWLEDGEMENT_ITEM_PROMISE == 0);
G_STATIC_ASSERT (EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT == 1);
G_STATIC_ASSERT (EMB_ACKNOWLEDGEMENT_ITEM_VALUES == 2);

static gboolean
employee_exists (EmbDatabase  *db,
                 gint64        employee_id,
                 GError      **error)
{
  if (_emb_table_exists (db, &emb_table_employee, employee_id))
    return TRUE;
  g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
               _("The employee no longer exists; they may have been deleted."));
  return FALSE;
}

/* Items from rows of: kind, item id, promise id, title, published at and,
 * optionally, acknowledged at. */
static GListModel *
read_items (EmbDatabase   *db,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  g_autoptr(GListStore) store = g_list_store_new (EMB_TYPE_PENDING_ITEM);
  gboolean with_time = sqlite3_column_count (stmt) > 5;

  for (;;)
    {
      g_autoptr(EmbPendingItem) item = NULL;
      EmbAcknowledgementItem kind;
      const char *title;
      gboolean has_row;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      kind = sqlite3_column_int (stmt, 0);
      title = _emb_column_text (stmt, 3);
      if (kind == EMB_ACKNOWLEDGEMENT_ITEM_VALUES && (title == NULL || *title == '\0'))
        title = _("Our values");

      item = g_object_new (EMB_TYPE_PENDING_ITEM,
                           "kind", kind,
                           "item-id", sqlite3_column_int64 (stmt, 1),
                           "promise-id", sqlite3_column_int64 (stmt, 2),
                           "title", title,
                           "published-at", _emb_column_text (stmt, 4),
                           "acknowledged-at", with_time ? _emb_column_text (stmt, 5) : NULL,
                           NULL);
      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * emb_acknowledgement_store_list_pending:
 * @employee_id: an employee
 *
 * What the employee still has to acknowledge: the promise versions in force
 * that address them, the published announcements asking for acknowledgement
 * that address them, and the newest set of values, each unless already
 * acknowledged. An inactive employee has nothing pending.
 *
 * Returns: (transfer full): a #GListModel of #EmbPendingItem, the most
 *   recently published first, or %NULL with %EMB_DATABASE_ERROR_NOT_FOUND
 *   when the employee does not exist
 */
GListModel *
emb_acknowledgement_store_list_pending (EmbDatabase  *db,
                                        gint64        employee_id,
                                        GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!employee_exists (db, employee_id, error))
    return NULL;

  stmt = _emb_database_prepare_id (db,
                                   "SELECT 0, v.id, v.promise_id, v.statement, v.published_at"
                                   " FROM promise_version v, employee e"
                                   " WHERE e.id = ?1 AND e.active = 1 AND v.state = 'published'"
                                   " AND NOT EXISTS (SELECT 1 FROM acknowledgement a"
                                   "  WHERE a.promise_version_id = v.id AND a.employee_id = e.id)"
                                   " AND " PROMISE_ADDRESSES ("v.id", "e.role_id")
                                   " UNION ALL"
                                   " SELECT 1, n.id, 0, n.title, n.published_at"
                                   " FROM announcement n, employee e"
                                   " WHERE e.id = ?1 AND e.active = 1"
                                   " AND n.published_at IS NOT NULL AND n.needs_ack = 1"
                                   " AND NOT EXISTS (SELECT 1 FROM acknowledgement a"
                                   "  WHERE a.announcement_id = n.id AND a.employee_id = e.id)"
                                   " AND "
                                   EMB_ANNOUNCEMENT_ADDRESSES ("n", "e.role_id", "e.department_id")
                                   " UNION ALL"
                                   " SELECT 2, s.id, 0, s.summary, s.published_at"
                                   " FROM value_set s, employee e"
                                   " WHERE e.id = ?1 AND e.active = 1"
                                   " AND s.id = (SELECT id FROM value_set"
                                   "             ORDER BY published_at DESC, id DESC LIMIT 1)"
                                   " AND NOT EXISTS (SELECT 1 FROM acknowledgement a"
                                   "  WHERE a.value_set_id = s.id AND a.employee_id = e.id)"
                                   " ORDER BY 5 DESC, 1, 2 DESC",
                                   employee_id, error);
  if (stmt == NULL)
    return NULL;

  return read_items (db, stmt, error);
}

/**
 * emb_acknowledgement_store_list_acknowledged:
 * @employee_id: an employee
 *
 * What the employee has acknowledged: promise versions, announcements and
 * sets of values, each with emb_pending_item_get_acknowledged_at().
 *
 * Returns: (transfer full): a #GListModel of #EmbPendingItem, the most
 *   recently acknowledged first, or %NULL with
 *   %EMB_DATABASE_ERROR_NOT_FOUND when the employee does not exist
 */
GListModel *
emb_acknowledgement_store_list_acknowledged (EmbDatabase  *db,
                                             gint64        employee_id,
                                             GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!employee_exists (db, employee_id, error))
    return NULL;

  /* Through the acknowledgement_by_employee index. */
  stmt = _emb_database_prepare_id (db,
                                   "SELECT CASE WHEN a.promise_version_id IS NOT NULL THEN 0"
                                   "  WHEN a.announcement_id IS NOT NULL THEN 1 ELSE 2 END,"
                                   " coalesce (a.promise_version_id, a.announcement_id,"
                                   "  a.value_set_id),"
                                   " coalesce (v.promise_id, 0),"
                                   " coalesce (v.statement, n.title, s.summary),"
                                   " coalesce (v.published_at, n.published_at, s.published_at),"
                                   " a.acknowledged_at"
                                   " FROM acknowledgement a"
                                   " LEFT JOIN promise_version v ON v.id = a.promise_version_id"
                                   " LEFT JOIN announcement n ON n.id = a.announcement_id"
                                   " LEFT JOIN value_set s ON s.id = a.value_set_id"
                                   " WHERE a.employee_id = ?1"
                                   " ORDER BY a.acknowledged_at DESC, a.id DESC",
                                   employee_id, error);
  if (stmt == NULL)
    return NULL;
  return read_items (db, stmt, error);
}
