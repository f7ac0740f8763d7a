/* emb-announcement-store.c: announcements to staff and who they address
 *
 * An announcement addresses everyone, chosen departments or chosen roles
 * (the rows of announcement_department and announcement_role). It is written
 * as a draft, then published. The rules once it is published:
 *
 * - Its title, whether it asks for acknowledgement and whether the kiosk
 *   shows it may still be changed by a plain save.
 * - What it says (its body) and whom it says it to (its audience) are never
 *   changed silently: a plain save that changes them is refused
 *   (EMB_VALIDATION_ERROR_STATE on "body" or "audience"). The change is made
 *   by emb_announcement_store_republish(), which publishes it again now
 *   and says what becomes of the acknowledgements already given:
 *   - they are kept when the caller says the change does not alter what
 *     staff agreed to (a typo, a person added to the audience): whoever is
 *     still addressed stays acknowledged, the newly addressed are asked;
 *   - they are cleared when the caller says it does: everyone addressed is
 *     asked again. Whoever changes the text must choose one of the two.
 *   Either way the new publication date starts the reminder clock again.
 * - emb_announcement_store_unpublish() withdraws it: it becomes a draft
 *   again and its acknowledgements are deleted, since a draft asks nobody
 *   for anything (a caller should say how many, see
 *   emb_announcement_store_count_acknowledgements()).
 * - It may be deleted, published or not; its acknowledgements go with it.
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

/**
 * emb_announcement_store_list_on_kiosk:
 *
 * The published announcements marked for the break-room kiosk, the most
 * recently published first; at most 50, more than a kiosk can rotate.
 *
 * Returns: (transfer full): a #GListModel of #EmbAnnouncement, or %NULL on error
 */
GListModel *
emb_announcement_store_list_on_kiosk (EmbDatabase  *db,
                                      GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return G_LIST_MODEL (_emb_table_list (db, &emb_table_announcement,
                                        "WHERE t.on_kiosk = 1 AND t.published_at IS NOT NULL"
                                        " ORDER BY t.published_at DESC, t.id DESC LIMIT 50",
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
  gboolean         republish;       /* emb_announcement_store_republish() */
  EmbRepublishAcknowledgements acknowledgements;
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

/* Deletes every acknowledgement of announcement @id, and says so when
 * there were any. */
static gboolean
clear_acknowledgements (EmbDatabase  *db,
                        gint64        id,
                        GError      **error)
{
  if (emb_announcement_store_count_acknowledgements (db, id) == 0)
    return TRUE;
  if (!_emb_database_exec_id (db, "DELETE FROM acknowledgement WHERE announcement_id = ?1",
                              id, error))
    return FALSE;
  _emb_database_defer_changed (db, EMB_RECORD_KIND_ACKNOWLEDGEMENT, EMB_CHANGE_MANY, 0);
  return TRUE;
}

/* A published announcement published again now (see the top of the file):
 * the acknowledgements are cleared if asked to. */
static gboolean
republish_in_transaction (EmbDatabase             *db,
                          const SaveAnnouncement  *data,
                          GError                 **error)
{
  g_autofree char *now = emb_now_iso8601 ();

  emb_announcement_set_published_at (data->announcement, now);
  return data->acknowledgements != EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS ||
         clear_acknowledgements (db, emb_record_get_id (EMB_RECORD (data->announcement)), error);
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
      if (published && !data->republish && !check_published_unchanged (db, stored, data, error))
        return FALSE;

      /* Only emb_announcement_store_publish() publishes. */
      emb_announcement_set_published_at (announcement,
                                         emb_announcement_get_published_at (stored));
    }
  else
    emb_announcement_set_published_at (announcement, NULL);

  if (data->republish)
    {
      if (!published)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "published-at",
                                    _("The announcement has not been published yet; "
                                      "publish it instead."));
          return FALSE;
        }
      if (!republish_in_transaction (db, data, error))
        return FALSE;
      published = FALSE;  /* its audience is written again below */
    }

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

/* Checks the announcement and its audience, then saves both in one
 * transaction, as emb_announcement_store_save() or _republish() describe. */
static gboolean
save_announcement (EmbDatabase       *db,
                   EmbAnnouncement   *announcement,
                   const gint64      *department_ids,
                   guint              n_departments,
                   const gint64      *role_ids,
                   guint              n_roles,
                   SaveAnnouncement  *data,
                   GError           **error)
{
  EmbAudience audience;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *updated_at = NULL;
  g_autofree char *published_at = NULL;
  gint64 id;

  if (!_emb_validate_text (emb_announcement_get_title (announcement), TRUE, EMB_MAX_NAME,
                           "title", _("Title"), error) ||
      !_emb_validate_text (emb_announcement_get_body (announcement), FALSE, EMB_MAX_TEXT,
                           "body", _("Text"), error) ||
      !_emb_validate_link (emb_announcement_get_link (announcement), "link", _("Link"), error))
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

  data->announcement = announcement;
  data->department_ids = departments;
  data->role_ids = roles;

  /* On failure the record keeps the identity and the date it came with. */
  id = emb_record_get_id (EMB_RECORD (announcement));
  created_at = g_strdup (emb_record_get_created_at (EMB_RECORD (announcement)));
  updated_at = g_strdup (emb_record_get_updated_at (EMB_RECORD (announcement)));
  published_at = g_strdup (emb_announcement_get_published_at (announcement));

  if (!emb_database_transaction (db, save_in_transaction, data, error))
    {
      _emb_record_set_identity (EMB_RECORD (announcement), id, NULL, created_at, updated_at);
      emb_announcement_set_published_at (announcement, published_at);
      return FALSE;
    }
  return TRUE;
}

/* The arguments of the public functions that save, checked. */
static gboolean
arguments_valid (EmbDatabase     *db,
                 EmbAnnouncement *announcement,
                 const gint64    *department_ids,
                 guint            n_departments,
                 const gint64    *role_ids,
                 guint            n_roles)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (announcement), FALSE);
  g_return_val_if_fail (department_ids != NULL || n_departments == 0, FALSE);
  g_return_val_if_fail (role_ids != NULL || n_roles == 0, FALSE);
  return TRUE;
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
 * title, link, needs-ack or on-kiosk, but a change of its body or audience (pass
 * the same ids again to keep it) is refused with
 * %EMB_VALIDATION_ERROR_STATE ("body", "audience"): that takes
 * emb_announcement_store_republish().
 *
 * Returns: %TRUE on success; %FALSE with an %EMB_VALIDATION_ERROR naming the
 *   field ("title", "body", "link", "departments", "roles", "audience") or an
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
  SaveAnnouncement data = { 0 };

  if (!arguments_valid (db, announcement, department_ids, n_departments, role_ids, n_roles))
    return FALSE;
  return save_announcement (db, announcement, department_ids, n_departments,
                            role_ids, n_roles, &data, error);
}

/**
 * emb_announcement_store_republish:
 * @announcement: a published announcement, with its changes
 * @department_ids: (array length=n_departments) (nullable): its departments,
 *   as for emb_announcement_store_save()
 * @n_departments: how many departments
 * @role_ids: (array length=n_roles) (nullable): its roles, likewise
 * @n_roles: how many roles
 * @acknowledgements: what becomes of the acknowledgements already given
 *
 * Saves a published announcement with a new text or audience and publishes
 * it again now, in one transaction (see the top of this file). With
 * %EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS everyone addressed is asked again;
 * with %EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS those who acknowledged stay so.
 * @announcement's published-at is the new date afterwards.
 *
 * Returns: %TRUE on success; %FALSE with an %EMB_VALIDATION_ERROR as for
 *   emb_announcement_store_save(), or %EMB_VALIDATION_ERROR_STATE
 *   ("published-at") when the announcement is a draft or not saved
 */
gboolean
emb_announcement_store_republish (EmbDatabase                   *db,
                                  EmbAnnouncement               *announcement,
                                  const gint64                  *department_ids,
                                  guint                          n_departments,
                                  const gint64                  *role_ids,
                                  guint                          n_roles,
                                  EmbRepublishAcknowledgements   acknowledgements,
                                  GError                       **error)
{
  SaveAnnouncement data = { 0 };

  if (!arguments_valid (db, announcement, department_ids, n_departments, role_ids, n_roles))
    return FALSE;
  g_return_val_if_fail (acknowledgements == EMB_REPUBLISH_KEEP_ACKNOWLEDGEMENTS ||
                        acknowledgements == EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS, FALSE);

  if (emb_record_get_id (EMB_RECORD (announcement)) == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "published-at",
                                _("The announcement has not been published yet; "
                                  "publish it instead."));
      return FALSE;
    }

  data.republish = TRUE;
  data.acknowledgements = acknowledgements;
  return save_announcement (db, announcement, department_ids, n_departments,
                            role_ids, n_roles, &data, error);
}

/**
 * emb_announcement_store_needs_republish:
 * @announcement: an announcement as edited
 * @department_ids: (array length=n_departments) (nullable): the departments
 *   ticked
 * @n_departments: their number
 * @role_ids: (array length=n_roles) (nullable): the roles ticked
 * @n_roles: their number
 *
 * Whether saving the announcement as edited changes the text or the
 * audience of a published announcement, so that
 * emb_announcement_store_save() would refuse it and it must be published
 * again with emb_announcement_store_republish().
 *
 * Returns: %TRUE when it must be published again; %FALSE for a draft, a
 *   new announcement, or a change a plain save may make
 */
gboolean
emb_announcement_store_needs_republish (EmbDatabase     *db,
                                        EmbAnnouncement *announcement,
                                        const gint64    *department_ids,
                                        guint            n_departments,
                                        const gint64    *role_ids,
                                        guint            n_roles)
{
  g_autoptr(EmbAnnouncement) stored = NULL;
  g_autoptr(GArray) departments = NULL;
  g_autoptr(GArray) roles = NULL;
  EmbAudience audience;
  gint64 id;
  SaveAnnouncement data = { 0 };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_ANNOUNCEMENT (announcement), FALSE);

  id = emb_record_get_id (EMB_RECORD (announcement));
  if (id == 0)
    return FALSE;
  stored = _emb_table_get (db, &emb_table_announcement, id, NULL);
  if (stored == NULL || emb_announcement_get_published_at (stored) == NULL)
    return FALSE;

  audience = emb_announcement_get_audience (announcement);
  departments = _emb_sorted_ids (department_ids,
                                 audience == EMB_AUDIENCE_DEPARTMENTS ? n_departments : 0);
  roles = _emb_sorted_ids (role_ids, audience == EMB_AUDIENCE_ROLES ? n_roles : 0);
  data.announcement = announcement;
  data.department_ids = departments;
  data.role_ids = roles;
  return !check_published_unchanged (db, stored, &data, NULL);
}

/* Sets the publication date of announcement @id (NULL for a draft) and
 * says so. */
static gboolean
set_published_at (EmbDatabase  *db,
                  gint64        id,
                  const char   *published_at,
                  GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = emb_now_iso8601 ();

  stmt = _emb_database_prepare_id (db,
                                   "UPDATE announcement SET published_at = ?2, updated_at = ?3"
                                   " WHERE id = ?1",
                                   id, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, published_at);
  _emb_bind_text (stmt, 3, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANNOUNCEMENT, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

static gboolean
publish_in_transaction (EmbDatabase  *db,
                        gpointer      user_data,
                        GError      **error)
{
  gint64 id = *(const gint64 *)user_data;
  g_autoptr(EmbAnnouncement) stored = NULL;
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

  return set_published_at (db, id, now, error);
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

static gboolean
unpublish_in_transaction (EmbDatabase  *db,
                          gpointer      user_data,
                          GError      **error)
{
  gint64 id = *(const gint64 *)user_data;
  g_autoptr(EmbAnnouncement) stored = NULL;

  stored = _emb_table_get (db, &emb_table_announcement, id, error);
  if (stored == NULL)
    return FALSE;

  if (emb_announcement_get_published_at (stored) == NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "published-at",
                                _("The announcement is a draft; there is nothing to withdraw."));
      return FALSE;
    }

  return clear_acknowledgements (db, id, error) &&
         set_published_at (db, id, NULL, error);
}

/**
 * emb_announcement_store_unpublish:
 * @id: the id of a published announcement
 *
 * Withdraws the announcement: it is a draft again, which staff no longer
 * see, and the acknowledgements it had are deleted. Its text and audience
 * may then be changed and it may be published again, as new.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE
 *   ("published-at") for a draft, or %EMB_DATABASE_ERROR_NOT_FOUND
 */
gboolean
emb_announcement_store_unpublish (EmbDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, unpublish_in_transaction, &id, error);
}

/**
 * emb_announcement_store_count_acknowledgements:
 * @id: an announcement
 *
 * Returns: how many acknowledgements the announcement has, by anyone
 *   (also by employees who have left or are no longer addressed, who do not
 *   count in its coverage); what unpublishing or republishing with
 *   %EMB_REPUBLISH_CLEAR_ACKNOWLEDGEMENTS deletes
 */
gint64
emb_announcement_store_count_acknowledgements (EmbDatabase *db,
                                               gint64       id)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  stmt = _emb_database_prepare_id (db,
                                   "SELECT count(*) FROM acknowledgement WHERE announcement_id = ?1",
                                   id, NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}
