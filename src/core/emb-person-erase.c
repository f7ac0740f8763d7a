/* emb-person-erase.c: erasing one employee, keeping the figures
 *
 * A person may ask to be forgotten (the GDPR's right to erasure). What they
 * did stays in the programme's figures; who they were goes. In one
 * transaction, all of it or nothing:
 *
 *   - The employee's row becomes an anonymous tombstone (schema 12): a new
 *     random UUID, an opaque number and name ("erased-" and 12 random hex
 *     digits), no e-mail, site, hire date, leave or PIN hash, recorded now,
 *     and `erased` set. It keeps the department, the role and whether it
 *     is active, so the coverage of every promise, announcement and values
 *     it acknowledged reads as before. Every list of people, picker, the
 *     staff sign-in and the kiosk leave an erased person out.
 *   - Their nominations (given, received, decided), pilot decisions,
 *     acknowledgements, follow-ups and training observations stay, linked
 *     to the tombstone: every count and metric stays the same, and none of
 *     them names anybody any more.
 *   - Their wrong-PIN count (pin_throttle) and the drafts of their staff
 *     forms (setting draft:UUID:FORM) are deleted.
 *   - Their full name and e-mail address, where a free text of the
 *     programme holds them (a story, a note, a decision, a customer's
 *     text), become "[…]".
 *
 * The database overwrites what it deletes for the length of the erasure
 * (PRAGMA secure_delete) and the log is written back into the file after
 * it, so the old values do not linger in free pages. Backups made before
 * the erasure still hold the person; an import of an old bundle brings
 * them back as a new employee.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-person"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-enums.h"
#include "emb-people-store.h"
#include "emb-person-erase.h"
#include "emb-person-export-private.h"
#include "emb-person-export.h"

#define ERASED_MARK "[…]"

/* The free texts that may name a person. */
static const struct {
  const char *table;
  const char *column;
  EmbRecordKind kind;
} free_texts[] = {
  { "nomination", "story", EMB_RECORD_KIND_NOMINATION },
  { "nomination", "decision_note", EMB_RECORD_KIND_NOMINATION },
  { "pilot_decision", "situation", EMB_RECORD_KIND_DECISION },
  { "pilot_decision", "decision", EMB_RECORD_KIND_DECISION },
  { "pilot_decision", "customer_outcome", EMB_RECORD_KIND_DECISION },
  { "pilot_decision", "review_note", EMB_RECORD_KIND_DECISION },
  { "pilot_decision", "over_ceiling_reason", EMB_RECORD_KIND_DECISION },
  { "pilot_wave", "evaluation_note", EMB_RECORD_KIND_WAVE },
  { "feedback", "text", EMB_RECORD_KIND_FEEDBACK },
  { "training_observation", "note", EMB_RECORD_KIND_OBSERVATION },
  { "consistency_audit", "note", EMB_RECORD_KIND_CONSISTENCY_AUDIT },
};

/* The records that stay linked to the tombstone, told to the views. */
static const EmbRecordKind kept_kinds[] = {
  EMB_RECORD_KIND_NOMINATION,
  EMB_RECORD_KIND_DECISION,
  EMB_RECORD_KIND_ACKNOWLEDGEMENT,
  EMB_RECORD_KIND_FEEDBACK,
  EMB_RECORD_KIND_OBSERVATION,
};

typedef struct
{
  EmbEmployee *employee;
  char        *now;
} Erase;

static gboolean
exec_with_text (EmbDatabase  *db,
                const char   *sql,
                const char   *text,
                GError      **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, text);
  return _emb_database_step_done (db, stmt, error);
}

/* Replaces @words in every free text that holds them; the records changed
 * are dated now. */
static gboolean
redact_free_texts (EmbDatabase  *db,
                   const char   *words,
                   const char   *now,
                   GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (free_texts); i++)
    {
      g_autofree char *sql = NULL;
      g_autoptr(EmbStatement) stmt = NULL;

      sql = g_strdup_printf ("UPDATE %s SET %s = replace (%s, ?1, '" ERASED_MARK "'),"
                             " updated_at = ?2 WHERE instr (%s, ?1) > 0",
                             free_texts[i].table, free_texts[i].column, free_texts[i].column,
                             free_texts[i].column);
      stmt = _emb_database_prepare (db, sql, error);
      if (stmt == NULL)
        return FALSE;
      _emb_bind_text (stmt, 1, words);
      _emb_bind_text (stmt, 2, now);
      if (!_emb_database_step_done (db, stmt, error))
        return FALSE;
      if (sqlite3_changes (_emb_database_get_handle (db)) > 0)
        _emb_database_defer_changed (db, free_texts[i].kind, EMB_CHANGE_MANY, 0);
    }
  return TRUE;
}

/* "erased-" and the last 12 hex digits of a random UUID: unique enough for
 * the employee number, and telling nothing. */
static char *
opaque_name (void)
{
  g_autofree char *random = g_uuid_string_random ();

  return g_strdup_printf ("erased-%s", random + strlen (random) - 12);
}

static gboolean
make_tombstone (EmbDatabase  *db,
                Erase        *erase,
                GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *opaque = opaque_name ();

  stmt = _emb_database_prepare (db,
                                "UPDATE employee SET uuid = ?2, employee_number = ?3, name = ?3,"
                                " email = '', site = '', hire_date = NULL, on_leave = 0,"
                                " pin_hash = NULL, erased = 1, created_at = ?4, updated_at = ?4"
                                " WHERE id = ?1 AND erased = 0",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, emb_record_get_id (EMB_RECORD (erase->employee)));
  _emb_bind_text (stmt, 2, uuid);
  _emb_bind_text (stmt, 3, opaque);
  _emb_bind_text (stmt, 4, erase->now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;
  /* Another window erased them since they were found. */
  if (sqlite3_changes (_emb_database_get_handle (db)) != 1)
    {
      g_set_error (error, EMB_DATABASE_ERROR, EMB_DATABASE_ERROR_NOT_FOUND,
                   _("No employee has the number “%s”."),
                   emb_employee_get_employee_number (erase->employee));
      return FALSE;
    }
  return TRUE;
}

static gboolean
erase_in_transaction (EmbDatabase  *db,
                      gpointer      user_data,
                      GError      **error)
{
  Erase *erase = user_data;
  EmbEmployee *employee = erase->employee;
  const char *uuid = emb_record_get_uuid (EMB_RECORD (employee));
  g_autofree char *name = g_strstrip (g_strdup (emb_employee_get_name (employee)));
  g_autofree char *email = g_strstrip (g_strdup (emb_employee_get_email (employee)));
  g_autofree char *drafts = g_strdup_printf ("draft:%s:", uuid);

  if (!exec_with_text (db, "DELETE FROM pin_throttle WHERE subject = ?1", uuid, error) ||
      !exec_with_text (db, "DELETE FROM setting WHERE substr (key, 1, length (?1)) = ?1",
                       drafts, error))
    return FALSE;

  /* A name of one or two letters would cut into other words. */
  if (g_utf8_strlen (name, -1) >= 3 && !redact_free_texts (db, name, erase->now, error))
    return FALSE;
  if (*email != '\0' && !redact_free_texts (db, email, erase->now, error))
    return FALSE;

  if (!make_tombstone (db, erase, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_EMPLOYEE, EMB_CHANGE_DELETED,
                               emb_record_get_id (EMB_RECORD (employee)));
  for (guint i = 0; i < G_N_ELEMENTS (kept_kinds); i++)
    _emb_database_defer_changed (db, kept_kinds[i], EMB_CHANGE_MANY, 0);
  return TRUE;
}

/**
 * emb_person_erase:
 * @employee_number: the person's employee number
 *
 * Erases one employee (see the top of this file): their personal fields,
 * PIN, wrong-PIN count and drafts go, their nominations, decisions and
 * acknowledgements stay counted without naming them. All of it, or
 * nothing on an error. It cannot be undone.
 *
 * Returns: whether the person was erased; %EMB_DATABASE_ERROR_NOT_FOUND
 *   when no employee has the number (an erased one has none any more)
 */
gboolean
emb_person_erase (EmbDatabase  *db,
                  const char   *employee_number,
                  GError      **error)
{
  g_autoptr(EmbEmployee) employee = NULL;
  g_autofree char *now = NULL;
  Erase erase;
  gboolean ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (employee_number != NULL, FALSE);

  employee = emb_people_store_find_employee (db, employee_number, error);
  if (employee == NULL)
    return FALSE;

  now = emb_now_iso8601 ();
  erase.employee = employee;
  erase.now = now;

  /* What is deleted or overwritten is zeroed in the file, and the log is
   * written back after: the old values do not stay in free pages. */
  _emb_database_exec (db, "PRAGMA secure_delete = ON", NULL);
  ok = emb_database_transaction (db, erase_in_transaction, &erase, error);
  _emb_database_exec (db, "PRAGMA secure_delete = OFF", NULL);
  if (ok)
    _emb_database_exec (db, "PRAGMA wal_checkpoint (TRUNCATE)", NULL);
  return ok;
}

/* The sections of the export that stay, without the person's name. */
static const char *const kept_sections[] = {
  "nominations_received", "nominations_given", "nomination_decisions", "pilot_decisions",
  "acknowledgements", "feedback_follow_up", "training_observations",
};

static guint
count_of (JsonObject *export,
          const char *member)
{
  JsonNode *node = json_object_get_member (export, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node)
         ? json_array_get_length (json_node_get_array (node)) : 0;
}

/**
 * emb_person_erase_describe:
 * @employee_number: the person's employee number
 * @name: (out) (optional) (transfer full): the person's name
 *
 * What emb_person_erase() would do to this person, to confirm it: what
 * goes and, counted, what is kept without their name.
 *
 * Returns: (transfer full) (nullable): a translated text of a few lines,
 *   or %NULL with %EMB_DATABASE_ERROR_NOT_FOUND when no employee has the
 *   number
 */
char *
emb_person_erase_describe (EmbDatabase  *db,
                           const char   *employee_number,
                           char        **name,
                           GError      **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *export;
  JsonObject *employee;
  guint n_kept = 0;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (employee_number != NULL, NULL);

  node = emb_person_export_collect (db, employee_number, error);
  if (node == NULL)
    return NULL;
  export = json_node_get_object (node);
  employee = json_object_get_object_member (export, "employee");

  /* Translators: %1$s is a person's name, %2$s their employee number */
  g_string_append_printf (text, _("Erasing %1$s (%2$s) removes their name, employee number, "
                                  "e-mail address, site, hire date and PIN, their wrong PINs "
                                  "and unfinished staff forms, and their name where a story "
                                  "or a note gives it."),
                          json_object_get_string_member (employee, "name"),
                          json_object_get_string_member (employee, "employee_number"));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Kept without naming anybody, so that every figure stays the same:"));
  for (guint i = 0; i < G_N_ELEMENTS (kept_sections); i++)
    for (guint j = 0; j < emb_person_n_sections; j++)
      if (g_str_equal (emb_person_sections[j].member, kept_sections[i]) &&
          count_of (export, kept_sections[i]) > 0)
        {
          n_kept++;
          g_string_append (text, n_kept == 1 ? " " : ", ");
          /* Translators: an item of what erasing a person keeps: a kind of
           * record and how many */
          g_string_append_printf (text, _("%s: %u"), _(emb_person_sections[j].heading),
                                  count_of (export, kept_sections[i]));
        }
  if (n_kept == 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: erasing a person keeps no record of what they did */
      g_string_append (text, _("nothing, as nothing refers to them."));
    }
  g_string_append (text, "\n\n");
  g_string_append (text, _("This cannot be undone."));

  if (name != NULL)
    *name = g_strdup (json_object_get_string_member (employee, "name"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
