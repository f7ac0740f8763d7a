/* emb-announcement-store.c: announcements to staff and who they address
 *
 * An announcement addresses everyone, chosen departments or chosen roles
 * (the rows of announcement_department and announcement_role). It is written
 * as a draft, then published; once published, what it says (its body) and
 * whom it says it to (its audience) are fixed, since staff may have read and
 * acknowledged it. Its title may still be corrected and it may still be
 * deleted (its acknowledgements go with it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-announcement-store"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-announcement-store.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/**
 * emb_announcement_store_list:
 *
 * Drafts come first, newest first, then published announcements, the most
 * recently published first. Announcements are a few a week at most, so the
 * list is loaded whole.
 *
 * Returns: (transfer full): a #GListModel of #EmbAnnouncement, or %NULL on error
 */
GListModel *
emb_announcement_store_list (EmbDatabase  *db,
                             GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_announcement,
                                        "ORDER BY t.published_at IS NULL DESC,"
                                        " COALESCE (t.published_at, t.created_at) DESC, t.id DESC",
                                        error));
}

EmbAnnouncement *
emb_announcement_store_get (EmbDatabase  *db,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_announcement, id, error);
}

static GArray *
read_ids (EmbDatabase *db,
          const char  *sql,
          gint64       id)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = _emb_database_prepare (db, sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the audience of an announcement: %s", error->message);
      return ids;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, value);
    }
  return ids;
}

/**
 * emb_announcement_store_get_department_ids:
 *
 * Returns: (transfer full) (element-type gint64): the departments the
 *   announcement addresses, in ascending order; empty unless its audience is
 *   %EMB_AUDIENCE_DEPARTMENTS
 */
GArray *
emb_announcement_store_get_department_ids (EmbDatabase *db,
                                           gint64       id)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return read_ids (db,
                   "SELECT department_id FROM announcement_department"
                   " WHERE announcement_id = ?1 ORDER BY department_id",
                   id);
}

/**
 * emb_announcement_store_get_role_ids:
 *
 * Returns: (transfer full) (element-type gint64): the roles the announcement
 *   addresses, in ascending order; empty unless its audience is
 *   %EMB_AUDIENCE_ROLES
 */
GArray *
emb_announcement_store_get_role_ids (EmbDatabase *db,
                                     gint64       id)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return read_ids (db,
                   "SELECT role_id FROM announcement_role"
                   " WHERE announcement_id = ?1 ORDER BY role_id",
                   id);
}

typedef struct
{
  EmbAnnouncement *announcement;
  GArray          *department_ids;  /* sorted, unique; empty unless addressed */
  GArray          *role_ids;        /* likewise */
} SaveAnnouncement;

/* A published announcement keeps its body and audience. */
static gboolean
check_published_unchanged (EmbDatabase            *db,
                           EmbAnnouncement        *stored,
                           const SaveAnnouncement *data,
                           GError                **error)
{
  EmbAnnouncement *announcement = data->announcement;
  gint64 id = emb_record_get_id (EMB_RECORD (stored));
  const char *body = emb_announcement_get_body (announcement);
  g_autoptr(GArray) departments = emb_announcement_store_get_department_ids (db, id);
  g_autoptr(GArray) roles = emb_announcement_store_get_role_ids (db, id);

  if (g_strcmp0 (emb_announcement_get_body (stored), body ? body : "") != 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "body",
                                _("The announcement has been published; its text can no "
                                  "longer be changed. Write a new announcement instead."));
      return FALSE;
    }

  if (emb_announcement_get_audience (stored) != emb_announcement_get_audience (announcement) ||
      !_emb_same_ids (departments, data->department_ids) ||
      !_emb_same_ids (roles, data->role_ids))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "audience",
                                _("The announcement has been published; the people it "
                                  "addresses can no longer be changed."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_in_transaction (EmbDatabase  *db,
                     gpointer      user_data,
                     GError      **error)
{
  const SaveAnnouncement *data = user_data;
  EmbAnnouncement *announcement = data->announcement;
  gint64 id = emb_record_get_id (EMB_RECORD (announcement));
  gboolean published = FALSE;

  if (id != 0)
    {
      g_autoptr(EmbAnnouncement) stored = NULL;

      stored = _emb_table_get (db, &emb_table_announcement, id, error);
      if (stored == NULL)
        return FALSE;

      published = emb_announcement_get_published_at (stored) != NULL;
      if (published && !check_published_unchanged (db, stored, data, error))
        return FALSE;

      /* Only emb_announcement_store_publish() publishes. */
      emb_announcement_set_published_at (announcement,
                                         emb_announcement_get_published_at (stored));
    }
  else
    emb_announcement_set_published_at (announcement, NULL);

  if (!_emb_table_save (db, &emb_table_announcement, EMB_RECORD (announcement), error))
    return FALSE;
  if (published)
    return TRUE;

  id = emb_record_get_id (EMB_RECORD (announcement));
  return _emb_database_exec_id (db, "DELETE FROM announcement_department WHERE announcement_id = ?1",
                                id, error) &&
         _emb_database_exec_id (db, "DELETE FROM announcement_role WHERE announcement_id = ?1",
                                id, error) &&
         _emb_database_insert_links (db,
                                     "INSERT INTO announcement_department"
                                     " (announcement_id, department_id) VALUES (?1, ?2)",
                                     id, data->department_ids, error) &&
         _emb_database_insert_links (db,
                                     "INSERT INTO announcement_role (announcement_id, role_id)"
                                     " VALUES (?1, ?2)",
                                     id, data->role_ids, error);
}

/**
 * emb_announcement_store_save:
 * @announcement: the announcement to save
 * @department_ids: (array length=n_departments) (nullable): the departments
 *   addressed when the audience is %EMB_AUDIENCE_DEPARTMENTS
 * @n_departments: the number of @department_ids
 * @role_ids: (array length=n_roles) (nullable): the roles addressed when the
 *   audience is %EMB_AUDIENCE_ROLES
 * @n_roles: the number of @role_ids
 *
 * Saves the announcement and its audience in one transaction. Only the ids
 * that match the audience are kept: with %EMB_AUDIENCE_EVERYONE both lists
 * are ignored, with %EMB_AUDIENCE_DEPARTMENTS the roles are, and so on; the
 * matching list must not be empty. Saving never publishes: published-at is
 * reset to the stored value. A published announcement may still get a new
 * title or needs-ack, but its body and audience (pass the same ids again)
 * are refused with %EMB_VALIDATION_ERROR_STATE ("body", "audience").
 *
 * Returns: %TRUE on success; %FALSE with an %EMB_VALIDATION_ERROR naming the
 *   field ("title", "body", "departments", "roles", "audience") or an
 *   %EMB_DATABASE_ERROR
 */
gboolean
emb_announcement_store_save (EmbDatabase      *db,
                             EmbAnnouncement  *announcement,
                             const gint64     *department_ids,
                             guint             n_departments,
                             const gint64     *role_ids,
                             guint             n_roles,
                             GError          **error)
{
  EmbAudience audience;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *updated_at = NULL;
  SaveAnnouncement data;
  gint64 id;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (announcement), FALSE);
  g_return_val_if_fail (department_ids != NULL || n_departments == 0, FALSE);
  g_return_val_if_fail (role_ids != NULL || n_roles == 0, FALSE);

  if (!_emb_validate_text (emb_announcement_get_title (announcement), TRUE, EMB_MAX_NAME,
                           "title", _("Title"), error) ||
      !_emb_validate_text (emb_announcement_get_body (announcement), FALSE, EMB_MAX_TEXT,
                           "body", _("Text"), error))
    return FALSE;

  audience = emb_announcement_get_audience (announcement);
  departments = _emb_sorted_ids (department_ids,
                                 audience == EMB_AUDIENCE_DEPARTMENTS ? n_departments : 0);
  roles = _emb_sorted_ids (role_ids, audience == EMB_AUDIENCE_ROLES ? n_roles : 0);

  if (audience == EMB_AUDIENCE_DEPARTMENTS && departments->len == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "departments",
                                _("Choose at least one department to address."));
      return FALSE;
    }
  if (audience == EMB_AUDIENCE_ROLES && roles->len == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "roles",
                                _("Choose at least one role to address."));
      return FALSE;
    }
  for (guint i = 0; i < departments->len; i++)
    if (!_emb_validate_reference (db, &emb_table_department, g_array_index (departments, gint64, i),
                                  TRUE, "departments", _("Department"), error))
      return FALSE;
  for (guint i = 0; i < roles->len; i++)
    if (!_emb_validate_reference (db, &emb_table_role, g_array_index (roles, gint64, i),
                                  TRUE, "roles", _("Role"), error))
      return FALSE;

  data.announcement = announcement;
  data.department_ids = departments;
  data.role_ids = roles;

  /* On failure the record keeps the identity it came with. */
  id = emb_record_get_id (EMB_RECORD (announcement));
  created_at = g_strdup (emb_record_get_created_at (EMB_RECORD (announcement)));
  updated_at = g_strdup (emb_record_get_updated_at (EMB_RECORD (announcement)));

  if (!emb_database_transaction (db, save_in_transaction, &data, error))
    {
      _emb_record_set_identity (EMB_RECORD (announcement), id, NULL, created_at, updated_at);
      return FALSE;
    }
  return TRUE;
}

static gboolean
publish_in_transaction (EmbDatabase  *db,
                        gpointer      user_data,
                        GError      **error)
{
  gint64 id = *(const gint64 *)user_data;
  g_autoptr(EmbAnnouncement) stored = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = emb_now_iso8601 ();

  stored = _emb_table_get (db, &emb_table_announcement, id, error);
  if (stored == NULL)
    return FALSE;

  if (emb_announcement_get_published_at (stored) != NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "published-at",
                                _("The announcement has already been published."));
      return FALSE;
    }

  /* Departments or roles deleted since the announcement was saved take
   * their rows with them: publishing to nobody is refused. */
  switch (emb_announcement_get_audience (stored))
    {
    case EMB_AUDIENCE_DEPARTMENTS:
      {
        g_autoptr(GArray) ids = emb_announcement_store_get_department_ids (db, id);

        if (ids->len == 0)
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "departments",
                                      _("Choose at least one department to address."));
            return FALSE;
          }
      }
      break;

    case EMB_AUDIENCE_ROLES:
      {
        g_autoptr(GArray) ids = emb_announcement_store_get_role_ids (db, id);

        if (ids->len == 0)
          {
            emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "roles",
                                      _("Choose at least one role to address."));
            return FALSE;
          }
      }
      break;

    case EMB_AUDIENCE_EVERYONE:
    default:
      break;
    }

  stmt = _emb_database_prepare_id (db,
                                   "UPDATE announcement SET published_at = ?2, updated_at = ?2"
                                   " WHERE id = ?1",
                                   id, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

/**
 * emb_announcement_store_publish:
 * @id: the id of an announcement not yet published
 *
 * Publishes the announcement now. From then on its body and audience are
 * fixed and, when it needs acknowledgement, the employees it addresses are
 * asked to acknowledge it.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE
 *   ("published-at") when it was already published
 */
gboolean
emb_announcement_store_publish (EmbDatabase  *db,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, publish_in_transaction, &id, error);
}

/**
 * emb_announcement_store_delete:
 *
 * Deletes the announcement, published or not, with its audience and its
 * acknowledgements.
 */
gboolean
emb_announcement_store_delete (EmbDatabase  *db,
                               gint64        id,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return _emb_table_delete (db, &emb_table_announcement, id, error);
}
