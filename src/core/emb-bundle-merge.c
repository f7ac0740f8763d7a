/* emb-bundle-merge.c: merging the records of a programme bundle by UUID
 *
 * A checked record is added when its UUID is new (emb-bundle-known.c knows
 * which are), updated when it differs and skipped when it is the same, with
 * its lists of links and its scores; nothing is deleted. A new record is
 * added by a plain INSERT, which needs no statement journal when the table
 * has no trigger (as in a bulk write), an existing one by an INSERT … ON
 * CONFLICT DO UPDATE. A clash with a UNIQUE constraint that the checks could
 * not see is a problem of the file. The statements of each kind are looked
 * up once an import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-bundle-import-private.h"

/* Writing ----------------------------------------------------------------- */

/* What a clash with a UNIQUE constraint means, by SQLite's description of
 * it. */
typedef enum
{
  CLASH_DEPARTMENT_NAME,
  CLASH_ROLE_NAME,
  CLASH_EMPLOYEE_NUMBER,
  CLASH_RESPONSIBILITY,
  CLASH_VERSION_NUMBER,
  CLASH_VERSION_STATE,
  CLASH_ACKNOWLEDGEMENT,
  CLASH_WAVE,
} Clash;

typedef struct
{
  const char      *constraint;
  EmbBundleKindId  kind;
  const char      *field;
  Clash            clash;
} UniqueRule;

static const UniqueRule unique_rules[] = {
  { "department.name", EMB_BUNDLE_KIND_DEPARTMENT, "name", CLASH_DEPARTMENT_NAME },
  { "role.department_id, role.name", EMB_BUNDLE_KIND_ROLE, "name", CLASH_ROLE_NAME },
  { "employee.employee_number", EMB_BUNDLE_KIND_EMPLOYEE, "employee_number",
    CLASH_EMPLOYEE_NUMBER },
  { "responsibility.role_id, responsibility.touchpoint_id", EMB_BUNDLE_KIND_RESPONSIBILITY,
    "touchpoint", CLASH_RESPONSIBILITY },
  { "promise_version.promise_id, promise_version.number", EMB_BUNDLE_KIND_PROMISE_VERSION,
    "number", CLASH_VERSION_NUMBER },
  /* promise_version_one_draft and promise_version_one_published */
  { "promise_version.promise_id", EMB_BUNDLE_KIND_PROMISE_VERSION, "state",
    CLASH_VERSION_STATE },
  { "acknowledgement.promise_version_id, acknowledgement.employee_id",
    EMB_BUNDLE_KIND_ACKNOWLEDGEMENT, "employee", CLASH_ACKNOWLEDGEMENT },
  { "acknowledgement.announcement_id, acknowledgement.employee_id",
    EMB_BUNDLE_KIND_ACKNOWLEDGEMENT, "employee", CLASH_ACKNOWLEDGEMENT },
  { "acknowledgement.value_set_id, acknowledgement.employee_id",
    EMB_BUNDLE_KIND_ACKNOWLEDGEMENT, "employee", CLASH_ACKNOWLEDGEMENT },
  { "pilot_wave.pilot_id, pilot_wave.department_id", EMB_BUNDLE_KIND_WAVE, "department",
    CLASH_WAVE },
};

#define UNIQUE_PREFIX "UNIQUE constraint failed: "

/* @value is the field as written in the file. */
static char *
clash_message (Clash       clash,
               const char *value)
{
  switch (clash)
    {
    case CLASH_DEPARTMENT_NAME:
      return g_strdup_printf (_("Another department is already called “%s”."), value);
    case CLASH_ROLE_NAME:
      return g_strdup_printf (_("The department already has another role called “%s”."), value);
    case CLASH_EMPLOYEE_NUMBER:
      return g_strdup_printf (_("Another employee already has the number “%s”."), value);
    case CLASH_RESPONSIBILITY:
      return g_strdup_printf (_("Another responsibility already gives the role a part at "
                                "the touchpoint %s."), value);
    case CLASH_VERSION_NUMBER:
      return g_strdup_printf (_("The promise already has another version number %s."), value);
    case CLASH_VERSION_STATE:
      return g_strdup_printf (_("The promise already has another version in the state “%s”."),
                              value);
    case CLASH_ACKNOWLEDGEMENT:
      return g_strdup_printf (_("The employee %s has already acknowledged this item in "
                                "another acknowledgement."), value);
    case CLASH_WAVE:
    default:
      return g_strdup_printf (_("The pilot already has another wave in the department %s."),
                              value);
    }
}

static void
constraint_problem (EmbBundleImport        *imp,
                    EmbBundleKindId         id,
                    const EmbBundleFields  *fields,
                    const char             *detail)
{
  if (g_str_has_prefix (detail, UNIQUE_PREFIX))
    {
      const char *constraint = detail + strlen (UNIQUE_PREFIX);

      for (guint i = 0; i < G_N_ELEMENTS (unique_rules); i++)
        {
          const UniqueRule *rule = &unique_rules[i];
          g_autofree char *value = NULL;
          g_autofree char *message = NULL;
          const EmbBundleValue *member;

          if (rule->kind != id || !g_str_equal (rule->constraint, constraint))
            continue;
          member = _emb_bundle_fields_get (fields, rule->field);
          if (member != NULL && member->type == EMB_BUNDLE_VALUE_STRING)
            value = g_strdup (member->s);
          else if (member != NULL && (member->type == EMB_BUNDLE_VALUE_INT ||
                                      member->type == EMB_BUNDLE_VALUE_DOUBLE ||
                                      member->type == EMB_BUNDLE_VALUE_BOOLEAN))
            value = g_strdup_printf ("%" G_GINT64_FORMAT, member->i);
          message = clash_message (rule->clash, value != NULL ? value : "");
          _emb_bundle_problem (imp, rule->field, "%s", message);
          return;
        }
    }

  _emb_bundle_problem (imp, NULL, _("The record clashes with another one in the file or in the "
                                    "database (%s)."), detail);
}

static void
bind_cell (sqlite3_stmt        *stmt,
           int                  index,
           const EmbBundleCell *cell)
{
  switch (cell->type)
    {
    case SQLITE_INTEGER:
      sqlite3_bind_int64 (stmt, index, cell->i);
      break;
    case SQLITE_FLOAT:
      sqlite3_bind_double (stmt, index, cell->d);
      break;
    case SQLITE_TEXT:
      /* The text lives as long as the parsed batch. */
      sqlite3_bind_text (stmt, index, cell->s, -1, SQLITE_STATIC);
      break;
    default:
      sqlite3_bind_null (stmt, index);
      break;
    }
}

/* Makes the pairs of a link what the file says, for a record that was
 * just added or that existed. */
static gboolean
sync_link (EmbBundleImport        *imp,
           const EmbLink          *link,
           gint64                  owner_id,
           GArray                 *ids,
           gboolean                existed,
           gboolean               *changed,
           GError                **error)
{
  g_autofree char *insert_sql = g_strdup_printf ("INSERT INTO %s (%s, %s) VALUES (?1, ?2)",
                                                 link->table, link->own_column,
                                                 link->other_column);

  if (existed)
    {
      g_autofree char *select_sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = ?1 ORDER BY 1",
                                                     link->other_column, link->table,
                                                     link->own_column);
      g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1",
                                                     link->table, link->own_column);
      g_autoptr(EmbStatement) query = _emb_database_prepare (imp->db, select_sql, error);
      g_autoptr(EmbStatement) drop = NULL;
      g_autoptr(GArray) current = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (query == NULL)
        return FALSE;
      sqlite3_bind_int64 (query, 1, owner_id);
      for (;;)
        {
          gboolean has_row;
          gint64 id;

          if (!_emb_database_step_row (imp->db, query, &has_row, error))
            return FALSE;
          if (!has_row)
            break;
          id = sqlite3_column_int64 (query, 0);
          g_array_append_val (current, id);
        }

      if (current->len == ids->len &&
          (ids->len == 0 || memcmp (current->data, ids->data, ids->len * sizeof (gint64)) == 0))
        return TRUE;

      drop = _emb_database_prepare (imp->db, delete_sql, error);
      if (drop == NULL)
        return FALSE;
      sqlite3_bind_int64 (drop, 1, owner_id);
      if (!_emb_database_step_done (imp->db, drop, error))
        return FALSE;
      *changed = TRUE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(EmbStatement) insert = _emb_database_prepare (imp->db, insert_sql, error);

      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, owner_id);
      sqlite3_bind_int64 (insert, 2, g_array_index (ids, gint64, i));
      if (!_emb_database_step_done (imp->db, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
sync_scores (EmbBundleImport        *imp,
             gint64                  assessment_id,
             const EmbBundleScores  *scores,
             gboolean                existed,
             gboolean               *changed,
             GError                **error)
{
  if (existed)
    {
      g_autoptr(EmbStatement) query = NULL;
      g_autoptr(EmbStatement) drop = NULL;
      guint same = 0;

      query = _emb_database_prepare (imp->db,
                                      "SELECT area, score, note FROM maturity_score"
                                      " WHERE assessment_id = ?1",
                                      error);
      if (query == NULL)
        return FALSE;
      sqlite3_bind_int64 (query, 1, assessment_id);
      for (;;)
        {
          gboolean has_row;
          int area;

          if (!_emb_database_step_row (imp->db, query, &has_row, error))
            return FALSE;
          if (!has_row)
            break;
          if (emb_enum_from_nick (EMB_TYPE_MATURITY_AREA, _emb_column_text (query, 0), &area) &&
              scores->score[area] == sqlite3_column_int (query, 1) &&
              g_strcmp0 (scores->note[area], _emb_column_text (query, 2)) == 0)
            same++;
          else
            same = G_MAXUINT / 2;   /* an area the file does not have, or different */
        }
      if (same == EMB_N_MATURITY_AREAS)
        return TRUE;

      drop = _emb_database_prepare (imp->db,
                                      "DELETE FROM maturity_score WHERE assessment_id = ?1",
                                      error);
      if (drop == NULL)
        return FALSE;
      sqlite3_bind_int64 (drop, 1, assessment_id);
      if (!_emb_database_step_done (imp->db, drop, error))
        return FALSE;
      *changed = TRUE;
    }

  for (guint i = 0; i < EMB_N_MATURITY_AREAS; i++)
    {
      g_autoptr(EmbStatement) insert = NULL;

      insert = _emb_database_prepare (imp->db,
                                      "INSERT INTO maturity_score (assessment_id, area, score, note)"
                                      " VALUES (?1, ?2, ?3, ?4)",
                                      error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, assessment_id);
      _emb_bind_text (insert, 2, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, i));
      sqlite3_bind_int (insert, 3, scores->score[i]);
      _emb_bind_text (insert, 4, scores->note[i]);
      if (!_emb_database_step_done (imp->db, insert, error))
        return FALSE;
    }
  return TRUE;
}

/* The retention rule of emb-feedback-retention.c: a feedback item received
 * before the programme's cutoff is written without its text and customer
 * reference, so that a bundle written before a run brings no cleared text
 * back. */
static void
apply_retention (EmbBundleImport *imp,
                 const EmbTable  *table,
                 EmbBundleRecord *record)
{
  static const EmbBundleCell empty = { SQLITE_TEXT, 0, 0.0, "" };
  const char *received_at = NULL;

  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].column, "received_at") &&
        record->cells[i].type == SQLITE_TEXT)
      received_at = record->cells[i].s;
  if (received_at == NULL || strcmp (received_at, imp->retention_cutoff) >= 0)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].column, "text") ||
        g_str_equal (table->columns[i].column, "customer_ref"))
      record->cells[i] = empty;
}

/* In a bulk write, a feedback item added counts in feedback_day
 * (emb-feedback-days.c). */
static gboolean
count_day (EmbBundleImport        *imp,
           const EmbBundleRecord  *record,
           GError                **error)
{
  const EmbBundleCell *received_at = &record->cells[imp->day_columns[0]];
  const EmbBundleCell *touchpoint = &record->cells[imp->day_columns[1]];
  const EmbBundleCell *kind = &record->cells[imp->day_columns[2]];
  const EmbBundleCell *score_type = &record->cells[imp->day_columns[3]];
  const EmbBundleCell *score = &record->cells[imp->day_columns[4]];
  int kind_value = EMB_FEEDBACK_KIND_NEUTRAL;
  int score_type_value = EMB_SCORE_TYPE_NONE;

  /* The checks let nothing else through. */
  g_return_val_if_fail (received_at->type == SQLITE_TEXT, FALSE);
  if (kind->type == SQLITE_TEXT)
    emb_enum_from_nick (EMB_TYPE_FEEDBACK_KIND, kind->s, &kind_value);
  if (score_type->type == SQLITE_TEXT)
    emb_enum_from_nick (EMB_TYPE_SCORE_TYPE, score_type->s, &score_type_value);

  return _emb_feedback_days_count (imp->days,
                                   touchpoint->type == SQLITE_INTEGER ? touchpoint->i : 0,
                                   score_type_value, received_at->s,
                                   score->type == SQLITE_INTEGER ? (int)score->i : -1,
                                   kind_value, error);
}

/**
 * _emb_bundle_merge_record:
 * @record: a record checked without problems
 *
 * Adds, updates or skips a checked record by its UUID, and counts which.
 * A clash with another record goes to the report.
 *
 * Returns: %FALSE only on a database error
 */
gboolean
_emb_bundle_merge_record (EmbBundleImport        *imp,
                          EmbBundleKindId         id,
                          const EmbBundleFields  *fields,
                          EmbBundleRecord        *record,
                          GError                **error)
{
  EmbBundleEntry *entry = record->entry;
  const EmbTable *table = _emb_bundle_kind (id)->table;
  EmbBundleKindState *state = &imp->kinds[id];
  sqlite3 *handle = _emb_database_get_handle (imp->db);
  gboolean existed = (entry->flags & EMB_BUNDLE_ENTRY_IN_DB) != 0;
  sqlite3_stmt **slot = existed ? &state->upsert : &state->insert;
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean changed;
  int rc;

  if (*slot == NULL)
    {
      g_autofree char *sql = existed ? _emb_bundle_upsert_sql (id) : _emb_bundle_insert_sql (id);

      *slot = _emb_database_prepare (imp->db, sql, error);
      if (*slot == NULL)
        return FALSE;
    }
  stmt = *slot;

  if (id == EMB_BUNDLE_KIND_FEEDBACK && imp->retention_cutoff != NULL)
    apply_retention (imp, table, record);
  sqlite3_bind_text (stmt, 1, record->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record->created_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, record->updated_at, -1, SQLITE_STATIC);
  for (guint i = 0; i < table->n_columns; i++)
    bind_cell (stmt, 4 + (int)i, &record->cells[i]);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      g_autofree char *uuid_clash = g_strdup_printf (UNIQUE_PREFIX "%s.uuid", table->table);

      /* A clash the checks could not see (such as a name taken by a record
       * written earlier in this import) is a problem of the file, as is a
       * UUID used twice in a kind known in the database. */
      if (rc == SQLITE_CONSTRAINT_UNIQUE && g_str_equal (sqlite3_errmsg (handle), uuid_clash))
        return _emb_bundle_uuid_clash (imp, id, record, error);
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        {
          constraint_problem (imp, id, fields, sqlite3_errmsg (handle));
          return TRUE;
        }
      _emb_database_set_error (error, handle, rc);
      return FALSE;
    }

  changed = sqlite3_changes (handle) > 0;
  if (!existed)
    entry->id = sqlite3_last_insert_rowid (handle);

  for (guint i = 0; i < table->n_links; i++)
    if (!sync_link (imp, &table->links[i], entry->id, record->links[i], existed, &changed,
                    error))
      return FALSE;
  if (table->has_scores &&
      !sync_scores (imp, entry->id, &record->scores, existed, &changed, error))
    return FALSE;

  if (!existed && id == EMB_BUNDLE_KIND_FEEDBACK && imp->days != NULL &&
      !count_day (imp, record, error))
    return FALSE;

  if (!existed)
    state->added++;
  else if (changed)
    state->updated++;
  else
    state->skipped++;
  return TRUE;
}
