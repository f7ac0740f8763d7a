/* emb-programme-settings.c: the programme's settings kept in the database
 *
 * What every window on the database must obey alike, in whatever process it
 * runs (the staff window and the kiosk may run beside the manager's), lives
 * in the setting table as a key and a text value: the anonymity threshold,
 * the manager PIN's hash, the drafts of the staff window's forms. A
 * desktop's own preferences stay in GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-programme-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-database-private.h"
#include "emb-pin-private.h"
#include "emb-programme-store.h"
#include "emb-validate-private.h"

#define ANONYMITY_THRESHOLD_KEY "anonymity-threshold"

/* The highest threshold one may set: a programme that asks for more
 * answers than this hides every figure of a department. */
#define ANONYMITY_THRESHOLD_MAX 1000

char *
_emb_setting_get (EmbDatabase *db,
                  const char  *key)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, "SELECT value FROM setting WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return _emb_column_dup_text (stmt, 0);
}

gboolean
_emb_setting_set (EmbDatabase  *db,
                  const char   *key,
                  const char   *value,
                  GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *now = NULL;

  if (value == NULL)
    return _emb_setting_delete (db, key, error);

  stmt = _emb_database_prepare (db,
                                "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                                " updated_at = excluded.updated_at",
                                error);
  if (stmt == NULL)
    return FALSE;
  now = emb_now_iso8601 ();
  _emb_bind_text (stmt, 1, key);
  _emb_bind_text (stmt, 2, value);
  _emb_bind_text (stmt, 3, now);
  return _emb_database_step_done (db, stmt, error);
}

gboolean
_emb_setting_delete (EmbDatabase  *db,
                     const char   *key,
                     GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db, "DELETE FROM setting WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, key);
  return _emb_database_step_done (db, stmt, error);
}

/* A whole number kept as a setting: @fallback when none is stored or the
 * stored text is not a number from @min to @max. */
static guint
get_number (EmbDatabase *db,
            const char  *key,
            guint        min,
            guint        max,
            guint        fallback)
{
  g_autofree char *text = _emb_setting_get (db, key);
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, min, max, &value, NULL))
    return fallback;
  return (guint)value;
}

/* Stores @value, which the caller checked, and tells every view that
 * anything may look different. */
static gboolean
set_number (EmbDatabase  *db,
            const char   *key,
            guint         value,
            GError      **error)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  if (!_emb_setting_set (db, key, text, error))
    return FALSE;
  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_UPDATED, 0);
  return TRUE;
}

/**
 * emb_programme_get_anonymity_threshold:
 *
 * Returns: the fewest answers a pulse or a feedback figure must have to be
 *   shown to staff: the stored setting, %EMB_ANONYMITY_THRESHOLD_DEFAULT when
 *   none is stored, never less than %EMB_ANONYMITY_THRESHOLD_MIN (a stored
 *   value that is lower or not a number counts as the default)
 */
guint
emb_programme_get_anonymity_threshold (EmbDatabase *db)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), EMB_ANONYMITY_THRESHOLD_DEFAULT);

  return get_number (db, ANONYMITY_THRESHOLD_KEY, EMB_ANONYMITY_THRESHOLD_MIN,
                     ANONYMITY_THRESHOLD_MAX, EMB_ANONYMITY_THRESHOLD_DEFAULT);
}

/**
 * emb_programme_set_anonymity_threshold:
 * @threshold: from %EMB_ANONYMITY_THRESHOLD_MIN to 1000
 *
 * Stores the anonymity threshold for every window on the database (every
 * figure staff see may change).
 *
 * Returns: %TRUE when stored; otherwise %FALSE with
 *   %EMB_VALIDATION_ERROR_OUT_OF_RANGE on "anonymity-threshold"
 */
gboolean
emb_programme_set_anonymity_threshold (EmbDatabase  *db,
                                       guint         threshold,
                                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (threshold < EMB_ANONYMITY_THRESHOLD_MIN || threshold > ANONYMITY_THRESHOLD_MAX)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "anonymity-threshold",
                                _("The anonymity threshold must be from %d to %d answers."),
                                EMB_ANONYMITY_THRESHOLD_MIN, ANONYMITY_THRESHOLD_MAX);
      return FALSE;
    }
  return set_number (db, ANONYMITY_THRESHOLD_KEY, threshold, error);
}
