/* emb-import-profile.c: the saved choices of an import of one source
 *
 * A profile is a row of import_profile whose settings are JSON (json-glib):
 * the mapping as an object of strings, the encoding, the order of dates and
 * the skipping of invalid rows. Settings that cannot be read are refused
 * with an error naming the profile, never half applied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-import-profile"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-import-profile-private.h"
#include "emb-validate-private.h"

G_DEFINE_QUARK (emb-import-profile-error-quark, emb_import_profile_error)

#define SETTINGS_VERSION 1

static const struct
{
  EmbImportFormat  format;
  const char      *nick;
} format_nicks[] = {
  { EMB_IMPORT_FORMAT_ROSTER_CSV, "roster-csv" },
  { EMB_IMPORT_FORMAT_FEEDBACK_CSV, "feedback-csv" },
};

static const char * const date_order_nicks[] = { "auto", "dmy", "mdy" };

static const char *
format_to_nick (EmbImportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_nicks); i++)
    if (format_nicks[i].format == format)
      return format_nicks[i].nick;
  return NULL;
}

static EmbImportFormat
format_from_nick (const char *nick)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_nicks); i++)
    if (g_strcmp0 (format_nicks[i].nick, nick) == 0)
      return format_nicks[i].format;
  return EMB_IMPORT_FORMAT_AUTO;
}

static GHashTable *
mapping_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
mapping_merge (GHashTable *into,
               GHashTable *from)
{
  GHashTableIter iter;
  gpointer key, value;

  if (from == NULL)
    return;
  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (into, g_strdup (key), g_strdup (value != NULL ? value : ""));
}

/* The record --------------------------------------------------------------- */

/**
 * emb_import_profile_new:
 *
 * Returns: (transfer full): an empty profile, not saved yet
 */
EmbImportProfile *
emb_import_profile_new (const char      *name,
                        EmbImportFormat  format)
{
  EmbImportProfile *profile = g_new0 (EmbImportProfile, 1);

  profile->name = g_strdup (name != NULL ? name : "");
  profile->format = format;
  profile->mapping = mapping_new ();
  return profile;
}

EmbImportProfile *
emb_import_profile_copy (const EmbImportProfile *profile)
{
  EmbImportProfile *copy;

  g_return_val_if_fail (profile != NULL, NULL);

  copy = emb_import_profile_new (profile->name, profile->format);
  mapping_merge (copy->mapping, profile->mapping);
  copy->encoding = g_strdup (profile->encoding);
  copy->date_order = profile->date_order;
  copy->skip_invalid = profile->skip_invalid;
  copy->created_at = g_strdup (profile->created_at);
  copy->updated_at = g_strdup (profile->updated_at);
  return copy;
}

void
emb_import_profile_free (EmbImportProfile *profile)
{
  if (profile == NULL)
    return;

  g_free (profile->name);
  g_clear_pointer (&profile->mapping, g_hash_table_unref);
  g_free (profile->encoding);
  g_free (profile->created_at);
  g_free (profile->updated_at);
  g_free (profile);
}

/* Settings ------------------------------------------------------------------ */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * emb_import_profile_settings_to_json:
 *
 * Returns: (transfer full): the settings of @profile as the JSON text kept
 *   in the database (the mapping's keys sorted)
 */
char *
emb_import_profile_settings_to_json (const EmbImportProfile *profile)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (profile != NULL, NULL);

  g_hash_table_iter_init (&iter, profile->mapping);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_strings);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, SETTINGS_VERSION);
  json_builder_set_member_name (builder, "mapping");
  json_builder_begin_object (builder);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *value = g_hash_table_lookup (profile->mapping, keys->pdata[i]);

      json_builder_set_member_name (builder, keys->pdata[i]);
      json_builder_add_string_value (builder, value != NULL ? value : "");
    }
  json_builder_end_object (builder);
  if (profile->encoding != NULL)
    {
      json_builder_set_member_name (builder, "encoding");
      json_builder_add_string_value (builder, profile->encoding);
    }
  json_builder_set_member_name (builder, "date-order");
  json_builder_add_string_value (builder, date_order_nicks[CLAMP (profile->date_order, 0, 2)]);
  json_builder_set_member_name (builder, "skip-invalid");
  json_builder_add_boolean_value (builder, profile->skip_invalid);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
damaged (GError     **error,
         const char  *name,
         const char  *what)
{
  g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID,
               _("The settings of the import profile “%s” are damaged (%s); save the profile "
                 "again from the import assistant or delete it."),
               name, what);
  return FALSE;
}

static gboolean
is_string_node (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

/**
 * emb_import_profile_settings_from_json:
 * @json: settings as emb_import_profile_settings_to_json() writes them
 *
 * Reads @json into @profile; on error @profile is unchanged.
 *
 * Returns: %FALSE with %EMB_IMPORT_PROFILE_ERROR_INVALID when @json cannot
 *   be read
 */
gboolean
emb_import_profile_settings_from_json (EmbImportProfile  *profile,
                                       const char        *json,
                                       GError           **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GHashTable) mapping = mapping_new ();
  g_autofree char *encoding = NULL;
  EmbDateOrder date_order = EMB_DATE_ORDER_AUTO;
  gboolean skip_invalid = FALSE;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    return damaged (error, profile->name, parse_error->message);
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, profile->name, _("not a JSON object"));
  object = json_node_get_object (node);

  node = json_object_get_member (object, "version");
  if (node != NULL &&
      (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
       json_node_get_int (node) > SETTINGS_VERSION))
    return damaged (error, profile->name, _("an unknown version"));

  node = json_object_get_member (object, "mapping");
  if (node != NULL)
    {
      JsonObject *members;
      g_autoptr(GList) names = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return damaged (error, profile->name, _("the mapping is not an object"));
      members = json_node_get_object (node);
      names = json_object_get_members (members);
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *value = json_object_get_member (members, l->data);

          if (!is_string_node (value))
            return damaged (error, profile->name, _("a value of the mapping is not text"));
          g_hash_table_replace (mapping, g_strdup (l->data),
                                g_strdup (json_node_get_string (value)));
        }
    }

  node = json_object_get_member (object, "encoding");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!is_string_node (node))
        return damaged (error, profile->name, _("the encoding is not text"));
      encoding = g_strdup (json_node_get_string (node));
    }

  node = json_object_get_member (object, "date-order");
  if (node != NULL)
    {
      guint i;

      for (i = 0; i < G_N_ELEMENTS (date_order_nicks); i++)
        if (is_string_node (node) && g_str_equal (json_node_get_string (node), date_order_nicks[i]))
          break;
      if (i == G_N_ELEMENTS (date_order_nicks))
        return damaged (error, profile->name, _("an unknown order of dates"));
      date_order = i;
    }

  node = json_object_get_member (object, "skip-invalid");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return damaged (error, profile->name, _("skip-invalid is not true or false"));
      skip_invalid = json_node_get_boolean (node);
    }

  g_hash_table_unref (profile->mapping);
  profile->mapping = g_steal_pointer (&mapping);
  g_free (profile->encoding);
  profile->encoding = g_steal_pointer (&encoding);
  profile->date_order = date_order;
  profile->skip_invalid = skip_invalid;
  return TRUE;
}

/* The database ---------------------------------------------------------------- */

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID,
                           _("An import profile needs a name."));
      return FALSE;
    }
  if (g_utf8_strlen (trimmed, -1) > EMB_MAX_SHORT)
    {
      g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID,
                   _("The name of an import profile has at most %d characters."), EMB_MAX_SHORT);
      return FALSE;
    }
  return TRUE;
}

static void
not_found (GError     **error,
           const char  *name)
{
  g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND,
               _("There is no import profile called “%s”."), name);
}

/* A profile from a row of (name, format, settings, created_at, updated_at). */
static EmbImportProfile *
read_profile (sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autoptr(EmbImportProfile) profile = NULL;
  const char *name = _emb_column_text (stmt, 0);
  EmbImportFormat format = format_from_nick (_emb_column_text (stmt, 1));

  profile = emb_import_profile_new (name, format);
  if (format == EMB_IMPORT_FORMAT_AUTO)
    {
      damaged (error, name, _("an unknown kind of file"));
      return NULL;
    }
  if (!emb_import_profile_settings_from_json (profile, _emb_column_text (stmt, 2), error))
    return NULL;
  profile->created_at = _emb_column_dup_text (stmt, 3);
  profile->updated_at = _emb_column_dup_text (stmt, 4);
  return g_steal_pointer (&profile);
}

/**
 * emb_import_profile_load:
 * @name: the profile's name, whatever its case
 *
 * Returns: (transfer full): the profile, or %NULL with
 *   %EMB_IMPORT_PROFILE_ERROR_NOT_FOUND, %EMB_IMPORT_PROFILE_ERROR_INVALID
 *   for damaged settings, or a database error
 */
EmbImportProfile *
emb_import_profile_load (EmbDatabase  *db,
                         const char   *name,
                         GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = _emb_database_prepare (db, "SELECT name, format, settings, created_at, updated_at"
                                    " FROM import_profile WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      not_found (error, name);
      return NULL;
    }
  return read_profile (stmt, error);
}

/**
 * emb_import_profile_list:
 * @format: the kind of file, or %EMB_IMPORT_FORMAT_AUTO for every profile
 *
 * Returns: (transfer full) (element-type EmbImportProfile): the profiles by
 *   name, or %NULL with @error (a profile whose settings are damaged fails
 *   the list)
 */
GPtrArray *
emb_import_profile_list (EmbDatabase      *db,
                         EmbImportFormat   format,
                         GError          **error)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db, "SELECT name, format, settings, created_at, updated_at"
                                    " FROM import_profile WHERE ?1 IS NULL OR format = ?1"
                                    " ORDER BY name", error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, format_to_nick (format));

  profiles = g_ptr_array_new_with_free_func ((GDestroyNotify)emb_import_profile_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EmbImportProfile *profile = read_profile (stmt, error);

      if (profile == NULL)
        return NULL;
      g_ptr_array_add (profiles, profile);
    }
  if (rc != SQLITE_DONE)
    {
      _emb_database_set_error (error, _emb_database_get_handle (db), rc);
      return NULL;
    }
  return g_steal_pointer (&profiles);
}

typedef struct
{
  const EmbImportProfile *profile;
  gboolean                overwrite;
  gint64                  id;
} SaveData;

static gboolean
save_profile (EmbDatabase  *db,
              gpointer      user_data,
              GError      **error)
{
  SaveData *data = user_data;
  const EmbImportProfile *profile = data->profile;
  g_autofree char *name = g_strstrip (g_strdup (profile->name));
  g_autofree char *settings = emb_import_profile_settings_to_json (profile);
  g_autofree char *now = emb_now_iso8601 ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(EmbStatement) find = NULL;
  g_autoptr(EmbStatement) write = NULL;
  gboolean exists;

  find = _emb_database_prepare (db, "SELECT id FROM import_profile WHERE name = ?1", error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_text (find, 1, name, -1, SQLITE_TRANSIENT);
  if (!_emb_database_step_row (db, find, &exists, error))
    return FALSE;
  if (exists && !data->overwrite)
    {
      g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_EXISTS,
                   _("An import profile called “%s” exists already."), name);
      return FALSE;
    }

  write = _emb_database_prepare (db, "INSERT INTO import_profile (uuid, name, format, settings,"
                                     " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
                                     " ON CONFLICT (name) DO UPDATE SET name = excluded.name,"
                                     " format = excluded.format, settings = excluded.settings,"
                                     " updated_at = excluded.updated_at"
                                     " RETURNING id", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_text (write, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (write, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (write, 3, format_to_nick (profile->format), -1, SQLITE_STATIC);
  sqlite3_bind_text (write, 4, settings, -1, SQLITE_STATIC);
  sqlite3_bind_text (write, 5, now, -1, SQLITE_STATIC);
  if (!_emb_database_step_found (db, write, "import_profile", error))
    return FALSE;
  data->id = sqlite3_column_int64 (write, 0);
  return TRUE;
}

static gboolean
check_profile (const EmbImportProfile  *profile,
               GError                 **error)
{
  if (!check_name (profile->name, error))
    return FALSE;
  if (format_to_nick (profile->format) == NULL)
    {
      g_set_error_literal (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID,
                           _("An import profile is for rosters or for feedback files."));
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_import_profile_save:
 * @overwrite: whether a profile of the same name (whatever its case) is
 *   replaced
 *
 * Returns: %FALSE with %EMB_IMPORT_PROFILE_ERROR_EXISTS when a profile has
 *   the name and @overwrite is %FALSE, %EMB_IMPORT_PROFILE_ERROR_INVALID for
 *   an empty or too long name, or a database error
 */
gboolean
emb_import_profile_save (EmbDatabase             *db,
                         const EmbImportProfile  *profile,
                         gboolean                 overwrite,
                         GError                 **error)
{
  SaveData data = { profile, overwrite, 0 };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  if (!check_profile (profile, error))
    return FALSE;
  return emb_database_transaction (db, save_profile, &data, error);
}

/**
 * emb_import_profile_delete:
 *
 * Returns: %FALSE with %EMB_IMPORT_PROFILE_ERROR_NOT_FOUND when there is no
 *   such profile
 */
gboolean
emb_import_profile_delete (EmbDatabase  *db,
                           const char   *name,
                           GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stmt = _emb_database_prepare (db, "DELETE FROM import_profile WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
    {
      not_found (error, name);
      return FALSE;
    }
  return TRUE;
}

/**
 * emb_import_profile_find_for_source:
 * @source: the source of imported feedback (feedback.source)
 *
 * Returns: (transfer full): the name of the profile that imported @source
 *   last, or %NULL with %EMB_IMPORT_PROFILE_ERROR_NOT_FOUND
 */
char *
emb_import_profile_find_for_source (EmbDatabase  *db,
                                    const char   *source,
                                    GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  stmt = _emb_database_prepare (db, "SELECT p.name FROM import_profile_source s"
                                    " JOIN import_profile p ON p.id = s.profile_id"
                                    " WHERE s.source = ?1"
                                    " ORDER BY p.updated_at DESC, p.id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  if (!_emb_database_step_row (db, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND,
                   _("No import profile imported the source “%s”."), source);
      return NULL;
    }
  return _emb_column_dup_text (stmt, 0);
}

/* The column a profile reads as @field: its header, or NULL. */
static const char *
column_of_field (const EmbImportProfile *profile,
                 const char             *field)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, profile->mapping);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, field) == 0 && strchr (key, ':') == NULL)
      return key;
  return NULL;
}

typedef struct
{
  const char *profile_or_source;
  const char *column;
  const char *value;
  const char *ours;
} RememberData;

static gboolean
remember_value (EmbDatabase  *db,
                gpointer      user_data,
                GError      **error)
{
  RememberData *data = user_data;
  g_autoptr(EmbImportProfile) profile = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = NULL;
  const char *column = data->column;
  SaveData save = { NULL, TRUE, 0 };

  profile = emb_import_profile_load (db, data->profile_or_source, &local_error);
  if (profile == NULL &&
      g_error_matches (local_error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_NOT_FOUND))
    {
      g_autofree char *name = emb_import_profile_find_for_source (db, data->profile_or_source,
                                                                  error);

      if (name == NULL)
        return FALSE;
      profile = emb_import_profile_load (db, name, error);
      if (profile == NULL)
        return FALSE;
    }
  else if (profile == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (column == NULL)
    {
      if (profile->format != EMB_IMPORT_FORMAT_FEEDBACK_CSV)
        {
          g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID,
                       _("The import profile “%s” imports no feedback categories."),
                       profile->name);
          return FALSE;
        }
      column = column_of_field (profile, "touchpoint");
    }

  key = column != NULL ? g_strdup_printf ("value:%s:%s", column, data->value)
                       : g_strdup_printf ("touchpoint:%s", data->value);
  g_hash_table_replace (profile->mapping, g_steal_pointer (&key),
                        g_strdup (data->ours != NULL ? data->ours : ""));
  save.profile = profile;
  return save_profile (db, &save, error);
}

/**
 * emb_import_profile_remember_value:
 * @profile_or_source: a profile's name, or a source of feedback that a
 *   profile imported (the profile that imported it last)
 * @column: (nullable): the column's header in the source's files, or %NULL
 *   for the column of feedback categories (read as the touchpoint)
 * @value: a value of that column, as the source writes it
 * @ours: what it stands for, such as a touchpoint's name ("" for nothing)
 *
 * Remembers in the profile that @value of @column stands for @ours, so that
 * the next import of the source maps it: what the feedback area calls when
 * a user gives the items of a category a touchpoint. The value is checked
 * at the next import.
 *
 * Returns: %FALSE with %EMB_IMPORT_PROFILE_ERROR_NOT_FOUND when no profile
 *   has that name or imported that source, or another error
 */
gboolean
emb_import_profile_remember_value (EmbDatabase  *db,
                                   const char   *profile_or_source,
                                   const char   *column,
                                   const char   *value,
                                   const char   *ours,
                                   GError      **error)
{
  RememberData data = { profile_or_source, column, value, ours };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (profile_or_source != NULL, FALSE);
  g_return_val_if_fail (value != NULL && *value != '\0', FALSE);

  return emb_database_transaction (db, remember_value, &data, error);
}

/* Inside an import ------------------------------------------------------------ */

/**
 * _emb_import_profile_use:
 * @format: (inout): the kind of file; %EMB_IMPORT_FORMAT_AUTO (not told by
 *   the file) takes the profile's
 * @use: (out caller-allocates): what the import uses; clear it with
 *   _emb_import_profile_use_clear()
 *
 * Applies #EmbImportOptions.profile, when set, to @options: the options'
 * mapping, encoding, order of dates and skipping win over the profile's.
 *
 * Returns: %FALSE with @error for damaged settings or a profile of another
 *   kind of file
 */
gboolean
_emb_import_profile_use (EmbDatabase             *db,
                         const EmbImportOptions  *options,
                         EmbImportFormat         *format,
                         EmbImportProfileUse     *use,
                         GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  EmbImportProfile *profile;

  memset (use, 0, sizeof *use);
  use->effective = *options;
  if (options->profile == NULL || db == NULL)
    return TRUE;

  if (!check_name (options->profile, error))
    return FALSE;

  profile = emb_import_profile_load (db, options->profile, &local_error);
  if (profile == NULL)
    {
      if (!g_error_matches (local_error, EMB_IMPORT_PROFILE_ERROR,
                            EMB_IMPORT_PROFILE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      profile = emb_import_profile_new (options->profile, *format);
    }
  use->profile = profile;

  if (*format == EMB_IMPORT_FORMAT_AUTO)
    *format = profile->format;
  else if (profile->format != EMB_IMPORT_FORMAT_AUTO && profile->format != *format)
    {
      g_set_error (error, EMB_IMPORT_PROFILE_ERROR, EMB_IMPORT_PROFILE_ERROR_INVALID,
                   profile->format == EMB_IMPORT_FORMAT_ROSTER_CSV
                   ? _("The import profile “%s” is for rosters, not for feedback files.")
                   : _("The import profile “%s” is for feedback files, not for rosters."),
                   profile->name);
      return FALSE;
    }
  profile->format = *format;

  use->mapping = mapping_new ();
  mapping_merge (use->mapping, profile->mapping);
  mapping_merge (use->mapping, options->mapping);
  if (*format == EMB_IMPORT_FORMAT_FEEDBACK_CSV &&
      !g_hash_table_contains (use->mapping, "default:source"))
    g_hash_table_insert (use->mapping, g_strdup ("default:source"), g_strdup (profile->name));

  use->effective.format = *format;
  use->effective.mapping = use->mapping;
  if (use->effective.encoding == NULL)
    use->effective.encoding = profile->encoding;
  if (use->effective.date_order == EMB_DATE_ORDER_AUTO)
    use->effective.date_order = profile->date_order;
  use->effective.skip_invalid = options->skip_invalid || profile->skip_invalid;
  return TRUE;
}

void
_emb_import_profile_use_clear (EmbImportProfileUse *use)
{
  g_clear_pointer (&use->profile, emb_import_profile_free);
  g_clear_pointer (&use->mapping, g_hash_table_unref);
}

/**
 * _emb_import_profile_store_used:
 * @headers: the file's column headers
 * @column_values: (array zero-terminated=1): for each column, the mapping
 *   value that reads it as the import did ("" for a column not imported)
 * @sources: (nullable): the sources of the feedback imported
 *
 * Inside the import's transaction: saves the profile with what the import
 * used (the options, and the field of every column), and the sources it
 * imported.
 */
gboolean
_emb_import_profile_store_used (EmbDatabase          *db,
                                EmbImportProfileUse  *use,
                                const char * const   *headers,
                                const char * const   *column_values,
                                const char * const   *sources,
                                GError              **error)
{
  EmbImportProfile *profile = use->profile;
  SaveData save = { profile, TRUE, 0 };
  g_autoptr(EmbStatement) stmt = NULL;

  if (profile == NULL)
    return TRUE;

  g_hash_table_remove_all (profile->mapping);
  mapping_merge (profile->mapping, use->mapping);
  for (guint i = 0; headers != NULL && headers[i] != NULL && column_values[i] != NULL; i++)
    if (*headers[i] != '\0' && strchr (headers[i], ':') == NULL)
      g_hash_table_replace (profile->mapping, g_strdup (headers[i]), g_strdup (column_values[i]));
  g_free (profile->encoding);
  profile->encoding = g_strdup (use->effective.encoding);
  profile->date_order = use->effective.date_order;
  profile->skip_invalid = use->effective.skip_invalid;

  if (!check_profile (profile, error) || !save_profile (db, &save, error))
    return FALSE;

  stmt = _emb_database_prepare (db, "INSERT INTO import_profile_source (profile_id, source)"
                                    " VALUES (?1, ?2) ON CONFLICT DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      sqlite3_bind_int64 (stmt, 1, save.id);
      sqlite3_bind_text (stmt, 2, sources[i], -1, SQLITE_TRANSIENT);
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}
