/* emb-recognition-store.c: recognition nominations
 *
 * A nomination is submitted by a colleague (or anonymously), approved or
 * declined by a manager, and an approved one is celebrated (the kiosk and
 * team meetings). The list of nominations can hold millions of rows: it is a
 * lazy model, newest first, and every filter it offers is served by an index
 * (see the nomination section of the schema).
 *
 * Here: reading, submitting, editing and deleting nominations. The caps on
 * nominating and the decisions are in emb-recognition-store-rules.c, the
 * counts of the insights and the people not recognised in
 * emb-recognition-store-insights.c.
 *
 * An anonymous nomination keeps its sender in nominator_id (the monthly
 * caps count it, the sender sees it among their own), but the reads of
 * this store, which the manager window uses, give it no nominator (see
 * _emb_recognition_shown_table()), and an edit keeps the stored sender.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "emb-query-model-private.h"
#include "emb-recognition-store-private.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* The sort key of the list: newest first, as the lazy model pages in
 * ascending order. It must stay the very expression of the nomination_by_*
 * indexes of the schema. */
#define NEWEST_FIRST "-julianday (t.submitted_at)"

/* A story search with fewer matches sorts them; one with more reads the
 * list's index in order. */
#define MANY_MATCHES 2000

/* The status, as the refusals of a step that it does not allow name it. */
const char *
_emb_recognition_status_label (EmbNominationStatus status)
{
  switch (status)
    {
    case EMB_NOMINATION_STATUS_SUBMITTED:
      return C_("nomination status", "submitted");
    case EMB_NOMINATION_STATUS_APPROVED:
      return C_("nomination status", "approved");
    case EMB_NOMINATION_STATUS_DECLINED:
      return C_("nomination status", "declined");
    case EMB_NOMINATION_STATUS_CELEBRATED:
      return C_("nomination status", "celebrated");
    default:
      return "";
    }
}

/* A moment as stored: ISO-8601 in UTC with milliseconds, so that stored
 * timestamps also sort as text. */
char *
_emb_recognition_format_utc (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (dt);
  g_autofree char *base = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (utc) / 1000);
}

/* A stored or imported ISO-8601 moment; UTC when it names no offset. */
GDateTime *
_emb_recognition_parse_timestamp (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (text, utc);
}

/* The moment the local day @date (YYYY-MM-DD) plus @days begins, as stored
 * text, or %NULL when @date is not a date. */
static char *
local_day_start (const char *date,
                 int         days)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) moved = NULL;
  guint y, m, d;

  if (!_emb_validate_date (date, TRUE, "date", "", NULL) ||
      sscanf (date, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;

  start = g_date_time_new_local (y, m, d, 0, 0, 0);
  if (start == NULL)
    return NULL;
  moved = g_date_time_add_days (start, days);
  return _emb_recognition_format_utc (moved);
}

/* Reading ----------------------------------------------------------------- */

/**
 * _emb_recognition_shown_table:
 *
 * The nomination table as others than the sender may see it: the same
 * description, whose nominator column reads as none (0) for an anonymous
 * nomination. Only for reading; writes go through emb_table_nomination.
 */
const EmbTable *
_emb_recognition_shown_table (void)
{
  static gsize initialised = 0;
  static EmbTable table;

  if (g_once_init_enter (&initialised))
    {
      EmbColumn *columns = g_memdup2 (emb_table_nomination.columns,
                                      sizeof (EmbColumn) * emb_table_nomination.n_columns);

      for (guint i = 0; i < emb_table_nomination.n_columns; i++)
        /* The SELECT reads "t.<column>": t.nominator_id * (1 - t.anonymous)
         * is the sender, or 0 (none) when anonymous. */
        if (g_str_equal (columns[i].column, "nominator_id"))
          columns[i].column = "nominator_id * (1 - t.anonymous)";

      table = emb_table_nomination;
      table.columns = columns;
      g_once_init_leave (&initialised, 1);
    }

  return &table;
}

/* An FTS5 query: each word must appear, as a prefix, quoted so that no
 * character of it is read as query syntax. */
static char *
fts_query (const char *search)
{
  g_auto(GStrv) words = g_str_tokenize_and_fold (search, NULL, NULL);
  g_autoptr(GString) query = g_string_new (NULL);

  for (guint i = 0; words != NULL && words[i] != NULL && i < 8; i++)
    {
      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append (query, "\"*");
    }

  if (query->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* Whether more stories match @query than are quick to sort. */
static gboolean
many_matches (EmbDatabase *db,
              const char  *query)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db,
                                "SELECT count(*) FROM (SELECT 1 FROM nomination_fts"
                                " WHERE nomination_fts MATCH ?1 LIMIT ?2)",
                                NULL);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, MANY_MATCHES);
  return sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) >= MANY_MATCHES;
}

static GPtrArray *
nomination_params (EmbDatabase               *db,
                   const EmbNominationFilter *filter,
                   GString                   *where)
{
  GPtrArray *params = _emb_query_params_new (where);

  /* The status, when there is one, is the first parameter. */
  if (filter->status >= 0)
    _emb_query_params_where_nick (params, where, "t.status",
                                  EMB_TYPE_NOMINATION_STATUS, filter->status);

  if (filter->value_id > 0)
    _emb_query_params_where (params, where, "t.value_id", g_variant_new_int64 (filter->value_id));

  if (filter->department_id > 0)
    _emb_query_params_where (params, where, "t.department_id",
                             g_variant_new_int64 (filter->department_id));

  if (filter->touchpoint_id > 0)
    _emb_query_params_where (params, where, "t.touchpoint_id",
                             g_variant_new_int64 (filter->touchpoint_id));

  if (filter->nominee_employee_id > 0)
    _emb_query_params_where (params, where, "t.nominee_employee_id",
                             g_variant_new_int64 (filter->nominee_employee_id));

  /* Nobody finds the nominations someone sent anonymously by the sender. */
  if (filter->nominator_id > 0)
    {
      _emb_query_params_where (params, where, "t.nominator_id",
                               g_variant_new_int64 (filter->nominator_id));
      g_string_append (where, " AND t.anonymous = 0");
    }

  /* The period is written over the sort key, so that the key's index serves it. */
  if (filter->from != NULL && *filter->from != '\0')
    {
      g_autofree char *start = local_day_start (filter->from, 0);

      if (start != NULL)
        {
          _emb_query_params_add (params, g_variant_new_string (start));
          g_string_append_printf (where, " AND " NEWEST_FIRST " <= -julianday (?%u)",
                                  params->len);
        }
    }

  if (filter->to != NULL && *filter->to != '\0')
    {
      g_autofree char *end = local_day_start (filter->to, 1);

      if (end != NULL)
        {
          _emb_query_params_add (params, g_variant_new_string (end));
          g_string_append_printf (where, " AND " NEWEST_FIRST " > -julianday (?%u)",
                                  params->len);
        }
    }

  if (filter->search != NULL && *filter->search != '\0')
    {
      g_autofree char *query = fts_query (filter->search);

      /* SQLite only: the stories are indexed with FTS5. A few matches are
       * read from that index and sorted; for many, the list reads its sort
       * index in order and keeps the matches (the unary + stops SQLite
       * from driving the query from the match list). */
      if (query != NULL)
        {
          _emb_query_params_add (params, g_variant_new_string (query));
          g_string_append_printf (where,
                                  many_matches (db, query)
                                    ? " AND +t.id IN (SELECT rowid FROM nomination_fts"
                                      " WHERE nomination_fts MATCH ?%u)"
                                    : " AND t.id IN (SELECT rowid FROM nomination_fts"
                                      " WHERE nomination_fts MATCH ?%u)",
                                  params->len);
        }
    }

  return params;
}

/* All nominations, or those of one status (the inbox), are counted by the
 * triggers of schema version 3 in nomination_count; any other filter is
 * counted over its index. */
static const char *
kept_count_sql (const EmbNominationFilter *filter)
{
  gboolean only_status;

  if (filter == NULL)
    return "SELECT coalesce (sum (n), 0) FROM nomination_count";

  only_status = filter->value_id <= 0 && filter->department_id <= 0 &&
                filter->touchpoint_id <= 0 && filter->nominee_employee_id <= 0 &&
                filter->nominator_id <= 0 &&
                (filter->from == NULL || *filter->from == '\0') &&
                (filter->to == NULL || *filter->to == '\0') &&
                (filter->search == NULL || *filter->search == '\0');
  if (!only_status)
    return NULL;

  /* The status, when there is one, is the first parameter. */
  return filter->status >= 0
           ? "SELECT coalesce (sum (n), 0) FROM nomination_count WHERE status = ?1"
           : "SELECT coalesce (sum (n), 0) FROM nomination_count";
}

/**
 * emb_recognition_store_query:
 * @filter: (nullable): which nominations to show, or %NULL for all
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbNomination, newest
 *   submission first, that follows changes to nominations; an anonymous
 *   one has no nominator
 */
GListModel *
emb_recognition_store_query (EmbDatabase               *db,
                             const EmbNominationFilter *filter)
{
  /* An employee who moves takes their nominations along. */
  static const EmbRecordKind with_employees[] = { EMB_RECORD_KIND_EMPLOYEE, EMB_RECORD_KIND_ANY };
  const EmbNominationFilter every_nomination = EMB_NOMINATION_FILTER_INIT;
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GPtrArray) params = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  params = nomination_params (db, filter != NULL ? filter : &every_nomination, where);
  return G_LIST_MODEL (_emb_query_model_new_counted (db, _emb_recognition_shown_table (),
                                                     where->str, params,
                                                     NEWEST_FIRST,
                                                     filter != NULL && filter->department_id > 0
                                                       ? with_employees : NULL,
                                                     kept_count_sql (filter)));
}

/**
 * emb_recognition_store_get:
 *
 * Returns: (transfer full): the nomination (an anonymous one without its
 *   nominator), or %NULL with %EMB_DATABASE_ERROR_NOT_FOUND
 */
EmbNomination *
emb_recognition_store_get (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, _emb_recognition_shown_table (), id, error);
}

/**
 * emb_recognition_store_count_by_status:
 *
 * Returns: how many nominations have @status
 */
gint64
emb_recognition_store_count_by_status (EmbDatabase         *db,
                                       EmbNominationStatus  status)
{
  g_autoptr(EmbStatement) stmt = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);

  /* Kept by triggers (schema version 3). */
  stmt = _emb_database_prepare (db, "SELECT coalesce (sum (n), 0) FROM nomination_count"
                                " WHERE status = ?1", NULL);
  if (stmt == NULL)
    return 0;
  _emb_bind_text (stmt, 1, emb_enum_to_nick (EMB_TYPE_NOMINATION_STATUS, status));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/* The public recognitions of one status decided in [?1, ?2], the newest
 * submissions first (at most ?3), read in the order of nomination_by_status. */
#define PUBLIC_OF_STATUS(status) \
  "SELECT id FROM (SELECT n.id FROM nomination n" \
  " WHERE n.status = '" status "' AND n.is_public = 1" \
  " AND n.decided_at >= ?1 AND n.decided_at <= ?2" \
  " ORDER BY -julianday (n.submitted_at), n.id LIMIT ?3)"

/**
 * emb_recognition_store_list_public_recognitions:
 * @since: the earliest decision to list, a stored timestamp
 *   ("2026-06-01T00:00:00.000Z")
 * @until: the latest decision to list, a stored timestamp
 * @limit: the most nominations to list
 *
 * What a public wall of fame may show: the public nominations approved or
 * celebrated, decided between @since and @until, newest submission first.
 * Private nominations are never listed; an anonymous one has no nominator.
 * Each status is read in the order of its index, so a million nominations
 * cost what a hundred do.
 *
 * Returns: (transfer full): a #GListModel of #EmbNomination, or %NULL with
 *   @error
 */
GListModel *
emb_recognition_store_list_public_recognitions (EmbDatabase  *db,
                                                const char   *since,
                                                const char   *until,
                                                guint         limit,
                                                GError      **error)
{
  const EmbTable *shown = _emb_recognition_shown_table ();
  static const char *sql;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (since != NULL && until != NULL, NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("%s WHERE t.id IN ("
                                              PUBLIC_OF_STATUS ("approved")
                                              " UNION ALL "
                                              PUBLIC_OF_STATUS ("celebrated") ")"
                                              " ORDER BY " NEWEST_FIRST ", t.id LIMIT ?3",
                                              _emb_table_select_sql (shown)));
  return G_LIST_MODEL (_emb_table_list_period (db, shown, sql, since, until, limit, error));
}

/* Submitting and editing -------------------------------------------------- */

/* @stored is the nomination as saved before an edit, or %NULL for a new one. */
static gboolean
validate_nomination (EmbDatabase    *db,
                     EmbNomination  *nomination,
                     EmbNomination  *stored,
                     GError        **error)
{
  gint64 employee_id = emb_nomination_get_nominee_employee_id (nomination);
  gint64 department_id = emb_nomination_get_nominee_department_id (nomination);
  gint64 nominator_id = emb_nomination_get_nominator_id (nomination);

  if (employee_id == 0 && department_id == 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "nominee",
                                _("Choose whom to nominate: a colleague or a department."));
      return FALSE;
    }
  if (employee_id != 0 && department_id != 0)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "nominee",
                                _("A nomination is for one colleague or for one department, "
                                  "not for both."));
      return FALSE;
    }

  if (employee_id != 0)
    {
      g_autoptr(EmbEmployee) nominee = NULL;

      if (!_emb_validate_reference (db, &emb_table_employee, employee_id, TRUE,
                                    "nominee-employee", _("Nominee"), error))
        return FALSE;

      /* Someone who left can no longer be nominated; an edit that keeps the
       * nominee is still allowed. */
      nominee = _emb_table_get (db, &emb_table_employee, employee_id, error);
      if (nominee == NULL)
        return FALSE;
      if (!emb_employee_get_active (nominee) &&
          (stored == NULL || emb_nomination_get_nominee_employee_id (stored) != employee_id))
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "nominee-employee",
                                    _("“%s” no longer works here and cannot be nominated."),
                                    emb_employee_get_name (nominee));
          return FALSE;
        }
    }
  else if (!_emb_validate_reference (db, &emb_table_department, department_id, TRUE,
                                     "nominee-department", _("Nominated department"), error))
    return FALSE;

  if (!_emb_validate_reference (db, &emb_table_employee, nominator_id, FALSE,
                                "nominator", _("Nominated by"), error))
    return FALSE;
  if (nominator_id != 0 && nominator_id == employee_id)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "nominator",
                                _("Nobody can nominate themselves."));
      return FALSE;
    }

  return _emb_validate_reference (db, &emb_table_value, emb_nomination_get_value_id (nomination),
                                  TRUE, "value", _("Value"), error) &&
         _emb_validate_reference (db, &emb_table_touchpoint,
                                  emb_nomination_get_touchpoint_id (nomination),
                                  FALSE, "touchpoint", _("Touchpoint"), error) &&
         _emb_validate_reference (db, &emb_table_feedback,
                                  emb_nomination_get_feedback_id (nomination),
                                  FALSE, "feedback", _("Customer feedback"), error) &&
         _emb_validate_text (emb_nomination_get_story (nomination), TRUE, EMB_MAX_TEXT,
                             "story", _("Story"), error);
}

/* Gives @nomination the status, submission time and decision of @from:
 * those are changed by the decisions only, never by an edit. */
static void
keep_decision (EmbNomination *nomination,
               EmbNomination *from)
{
  g_object_freeze_notify (G_OBJECT (nomination));
  emb_nomination_set_status (nomination, emb_nomination_get_status (from));
  emb_nomination_set_submitted_at (nomination, emb_nomination_get_submitted_at (from));
  emb_nomination_set_decider_id (nomination, emb_nomination_get_decider_id (from));
  emb_nomination_set_decision_note (nomination, emb_nomination_get_decision_note (from));
  emb_nomination_set_decided_at (nomination, emb_nomination_get_decided_at (from));
  emb_nomination_set_celebrated_at (nomination, emb_nomination_get_celebrated_at (from));
  g_object_thaw_notify (G_OBJECT (nomination));
}

/* Validates and saves a new nomination, submitted now or when it says. */
gboolean
_emb_recognition_submit (EmbDatabase    *db,
                         EmbNomination  *nomination,
                         GError        **error)
{
  const char *submitted_at = emb_nomination_get_submitted_at (nomination);
  g_autofree char *when = NULL;
  g_autoptr(EmbNomination) undecided = NULL;

  if (!validate_nomination (db, nomination, NULL, error))
    return FALSE;

  /* An import keeps the time of the original submission. */
  if (submitted_at != NULL && *submitted_at != '\0')
    {
      g_autoptr(GDateTime) dt = NULL;

      if (!_emb_validate_timestamp (submitted_at, TRUE, "submitted-at", _("Submitted at"), error))
        return FALSE;
      dt = _emb_recognition_parse_timestamp (submitted_at);
      when = _emb_recognition_format_utc (dt);
    }
  else
    when = emb_now_iso8601 ();

  /* Submitted now, not decided. */
  undecided = emb_nomination_new ();
  emb_nomination_set_submitted_at (undecided, when);
  keep_decision (nomination, undecided);

  return _emb_table_save (db, &emb_table_nomination, EMB_RECORD (nomination), error);
}

/**
 * emb_recognition_store_submit:
 * @nomination: a new nomination
 *
 * Validates and saves a new nomination with the status “submitted”. Its
 * submission time is now, unless @nomination already carries one (an
 * import), which is kept, in UTC.
 *
 * This does not apply the monthly caps of the programme: the caller either
 * calls emb_recognition_store_check_caps() first or submits with
 * emb_recognition_store_submit_with_caps().
 *
 * Returns: %TRUE when the nomination was saved
 */
gboolean
emb_recognition_store_submit (EmbDatabase    *db,
                              EmbNomination  *nomination,
                              GError        **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (!emb_record_is_saved (EMB_RECORD (nomination)), FALSE);

  return _emb_recognition_submit (db, nomination, error);
}

static gboolean
save_submitted_in_transaction (EmbDatabase  *db,
                               gpointer      user_data,
                               GError      **error)
{
  EmbNomination *nomination = user_data;
  g_autoptr(EmbNomination) stored = NULL;

  stored = _emb_table_get (db, &emb_table_nomination,
                           emb_record_get_id (EMB_RECORD (nomination)), error);
  if (stored == NULL)
    return FALSE;

  if (emb_nomination_get_status (stored) != EMB_NOMINATION_STATUS_SUBMITTED)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                _("Only a submitted nomination can be edited; this one is %s."),
                                _emb_recognition_status_label (emb_nomination_get_status (stored)));
      return FALSE;
    }

  /* An anonymous nomination was read without its sender: it stays the
   * sender's, and anonymous. */
  if (emb_nomination_get_anonymous (stored))
    {
      emb_nomination_set_nominator_id (nomination, emb_nomination_get_nominator_id (stored));
      emb_nomination_set_anonymous (nomination, TRUE);
    }

  if (!validate_nomination (db, nomination, stored, error))
    return FALSE;

  keep_decision (nomination, stored);

  return _emb_table_save (db, &emb_table_nomination, EMB_RECORD (nomination), error);
}

/**
 * emb_recognition_store_save:
 *
 * Saves an edited nomination, which is possible only while it is submitted
 * (not yet decided). Its status, submission time and decision keep their
 * stored values. A nomination that was never saved is submitted with
 * emb_recognition_store_submit().
 */
gboolean
emb_recognition_store_save (EmbDatabase    *db,
                            EmbNomination  *nomination,
                            GError        **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_NOMINATION (nomination), FALSE);

  if (!emb_record_is_saved (EMB_RECORD (nomination)))
    return _emb_recognition_submit (db, nomination, error);

  return emb_database_transaction (db, save_submitted_in_transaction, nomination, error);
}

/* The status of the nomination @id, or %FALSE with
 * %EMB_DATABASE_ERROR_NOT_FOUND. */
gboolean
_emb_recognition_read_status (EmbDatabase          *db,
                              gint64                id,
                              EmbNominationStatus  *status,
                              GError              **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  int value = EMB_NOMINATION_STATUS_SUBMITTED;

  stmt = _emb_database_prepare_id (db, "SELECT status FROM nomination WHERE id = ?1", id, error);
  if (stmt == NULL ||
      !_emb_database_step_found (db, stmt,
                                 _("The nomination no longer exists; it may have been deleted."),
                                 error))
    return FALSE;
  emb_enum_from_nick (EMB_TYPE_NOMINATION_STATUS, _emb_column_text (stmt, 0), &value);
  *status = value;
  return TRUE;
}

/* The nominations to delete, in one transaction. */
typedef struct
{
  const gint64 *ids;
  guint         n_ids;
} Deletion;

static gboolean
delete_one (EmbDatabase  *db,
            gint64        id,
            GError      **error)
{
  EmbNominationStatus status;

  if (!_emb_recognition_read_status (db, id, &status, error))
    return FALSE;

  if (status != EMB_NOMINATION_STATUS_SUBMITTED && status != EMB_NOMINATION_STATUS_DECLINED)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                _("Only a submitted or declined nomination can be deleted; "
                                  "this one is %s."),
                                _emb_recognition_status_label (status));
      return FALSE;
    }

  return _emb_table_delete (db, &emb_table_nomination, id, error);
}

static gboolean
delete_nominations_in_transaction (EmbDatabase  *db,
                                   gpointer      user_data,
                                   GError      **error)
{
  const Deletion *deletion = user_data;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < deletion->n_ids; i++)
    {
      /* The same nomination chosen twice is deleted once. */
      if (!g_hash_table_add (seen, (gpointer)&deletion->ids[i]))
        continue;
      if (!delete_one (db, deletion->ids[i], error))
        return FALSE;
    }
  return TRUE;
}

/**
 * emb_recognition_store_delete:
 *
 * Deletes a nomination that is submitted or declined; an approved or
 * celebrated recognition stays in the record.
 */
gboolean
emb_recognition_store_delete (EmbDatabase  *db,
                              gint64        id,
                              GError      **error)
{
  Deletion deletion = { &id, 1 };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return emb_database_transaction (db, delete_nominations_in_transaction, &deletion, error);
}

/**
 * emb_recognition_store_delete_many:
 * @ids: (array length=n_ids): the nominations
 *
 * Deletes several submitted or declined nominations in one transaction: when
 * one of them cannot be deleted (it was approved or deleted meanwhile), none
 * is. A nomination in another state is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status", one that does not exist with
 * %EMB_DATABASE_ERROR_NOT_FOUND.
 */
gboolean
emb_recognition_store_delete_many (EmbDatabase   *db,
                                   const gint64  *ids,
                                   guint          n_ids,
                                   GError       **error)
{
  Deletion deletion = { ids, n_ids };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return emb_database_transaction (db, delete_nominations_in_transaction, &deletion, error);
}
