/* emb-recognition-store.c: recognition nominations
 *
 * A nomination is submitted by a colleague (or anonymously), approved or
 * declined by a manager, and an approved one is celebrated (the kiosk and
 * team meetings). The list of nominations can hold millions of rows: it is a
 * lazy model, newest first, and every filter it offers is served by an index
 * (see the nomination section of the schema).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-recognition-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "emb-recognition-store.h"
#include "emb-query-model-private.h"
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

static const char *
status_label (EmbNominationStatus status)
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
static char *
format_utc (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (dt);
  g_autofree char *base = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (utc) / 1000);
}

static GDateTime *
parse_timestamp (const char *text)
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
  return format_utc (moved);
}

static char *
employee_name (EmbDatabase *db,
               gint64       id)
{
  g_autoptr(EmbEmployee) employee = _emb_table_get (db, &emb_table_employee, id, NULL);

  return g_strdup (employee != NULL ? emb_employee_get_name (employee) : "");
}

/* Reading ----------------------------------------------------------------- */

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

  if (filter->nominator_id > 0)
    _emb_query_params_where (params, where, "t.nominator_id",
                             g_variant_new_int64 (filter->nominator_id));

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
 *   submission first, that follows changes to nominations
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
  return G_LIST_MODEL (_emb_query_model_new_counted (db, &emb_table_nomination, where->str, params,
                                                     NEWEST_FIRST,
                                                     filter != NULL && filter->department_id > 0
                                                       ? with_employees : NULL,
                                                     kept_count_sql (filter)));
}

EmbNomination *
emb_recognition_store_get (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_nomination, id, error);
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

static gboolean
submit (EmbDatabase    *db,
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
      dt = parse_timestamp (submitted_at);
      when = format_utc (dt);
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

  return submit (db, nomination, error);
}

typedef struct
{
  EmbNomination *nomination;
  int            max_per_nominator;
  int            max_per_pair;
} SubmitWithCaps;

static gboolean
submit_with_caps_in_transaction (EmbDatabase  *db,
                                 gpointer      user_data,
                                 GError      **error)
{
  const SubmitWithCaps *data = user_data;
  const char *at = emb_nomination_get_submitted_at (data->nomination);

  return emb_recognition_store_check_caps (db,
                                           emb_nomination_get_nominator_id (data->nomination),
                                           emb_nomination_get_nominee_employee_id (data->nomination),
                                           at != NULL && *at != '\0' ? at : NULL,
                                           data->max_per_nominator, data->max_per_pair,
                                           error) &&
         submit (db, data->nomination, error);
}

/**
 * emb_recognition_store_submit_with_caps:
 * @max_per_nominator_per_month: the programme's cap, or 0 for none
 * @max_per_pair_per_month: the programme's cap, or 0 for none
 *
 * As emb_recognition_store_submit(), after checking the caps with
 * emb_recognition_store_check_caps() in the same transaction, so that two
 * submissions at once cannot both pass the last free place.
 */
gboolean
emb_recognition_store_submit_with_caps (EmbDatabase    *db,
                                        EmbNomination  *nomination,
                                        int             max_per_nominator_per_month,
                                        int             max_per_pair_per_month,
                                        GError        **error)
{
  SubmitWithCaps data = { nomination, max_per_nominator_per_month, max_per_pair_per_month };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (!emb_record_is_saved (EMB_RECORD (nomination)), FALSE);
  g_return_val_if_fail (max_per_nominator_per_month >= 0, FALSE);
  g_return_val_if_fail (max_per_pair_per_month >= 0, FALSE);

  return emb_database_transaction (db, submit_with_caps_in_transaction, &data, error);
}

static gint64
count_in_month (EmbDatabase *db,
                gint64       nominator_id,
                gint64       nominee_employee_id,
                const char  *start,
                const char  *end)
{
  g_autoptr(EmbStatement) stmt = NULL;

  if (nominee_employee_id > 0)
    stmt = _emb_database_prepare (db,
                                  "SELECT count(*) FROM nomination"
                                  " WHERE nominator_id = ?1 AND submitted_at >= ?2"
                                  " AND submitted_at < ?3 AND nominee_employee_id = ?4",
                                  NULL);
  else
    stmt = _emb_database_prepare (db,
                                  "SELECT count(*) FROM nomination"
                                  " WHERE nominator_id = ?1 AND submitted_at >= ?2"
                                  " AND submitted_at < ?3",
                                  NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, nominator_id);
  _emb_bind_text (stmt, 2, start);
  _emb_bind_text (stmt, 3, end);
  if (nominee_employee_id > 0)
    sqlite3_bind_int64 (stmt, 4, nominee_employee_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * emb_recognition_store_check_caps:
 * @nominator_id: who nominates, or 0 for an anonymous nomination (never capped)
 * @nominee_employee_id: the nominated employee, or 0 for a department
 * @at: (nullable): when the nomination is made (ISO-8601), or %NULL for now
 * @max_per_nominator_per_month: how many nominations one person may make in a
 *   calendar month, or 0 for no cap
 * @max_per_pair_per_month: how many times one person may nominate the same
 *   colleague in a calendar month, or 0 for no cap
 *
 * Checks whether one more nomination stays within the caps that keep
 * recognition from being gamed. Every nomination submitted in the calendar
 * month (local time) of @at counts, whatever became of it.
 *
 * Returns: %TRUE when the nomination is within the caps; otherwise %FALSE with
 *   %EMB_VALIDATION_ERROR_OUT_OF_RANGE on "nominator" or "nominee-employee"
 */
gboolean
emb_recognition_store_check_caps (EmbDatabase  *db,
                                  gint64        nominator_id,
                                  gint64        nominee_employee_id,
                                  const char   *at,
                                  int           max_per_nominator_per_month,
                                  int           max_per_pair_per_month,
                                  GError      **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) month_start = NULL;
  g_autoptr(GDateTime) month_end = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *month = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (max_per_nominator_per_month >= 0, FALSE);
  g_return_val_if_fail (max_per_pair_per_month >= 0, FALSE);

  if (nominator_id <= 0)
    return TRUE;
  if (max_per_nominator_per_month == 0 &&
      (max_per_pair_per_month == 0 || nominee_employee_id <= 0))
    return TRUE;

  if (at != NULL)
    {
      if (!_emb_validate_timestamp (at, TRUE, "submitted-at", _("Submitted at"), error))
        return FALSE;
      when = parse_timestamp (at);
    }
  else
    when = g_date_time_new_now_utc ();

  local = g_date_time_to_local (when);
  month_start = g_date_time_new_local (g_date_time_get_year (local),
                                       g_date_time_get_month (local), 1, 0, 0, 0);
  month_end = g_date_time_add_months (month_start, 1);
  start = format_utc (month_start);
  end = format_utc (month_end);
  /* TRANSLATORS: a g_date_time_format() format for a month and its year,
   * as in “has already made 3 nominations in March 2026” */
  month = g_date_time_format (local, _("%OB %Y"));

  if (max_per_nominator_per_month > 0)
    {
      gint64 made = count_in_month (db, nominator_id, 0, start, end);

      if (made >= max_per_nominator_per_month)
        {
          g_autofree char *name = employee_name (db, nominator_id);

          emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominator",
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "“%s” has already made %d nomination in %s; "
                                                 "the limit is %d a month.",
                                                 "“%s” has already made %d nominations in %s; "
                                                 "the limit is %d a month.",
                                                 (gulong)made),
                                    name, (int)made, month, max_per_nominator_per_month);
          return FALSE;
        }
    }

  if (max_per_pair_per_month > 0 && nominee_employee_id > 0)
    {
      gint64 made = count_in_month (db, nominator_id, nominee_employee_id, start, end);

      if (made >= max_per_pair_per_month)
        {
          g_autofree char *name = employee_name (db, nominator_id);
          g_autofree char *nominee = employee_name (db, nominee_employee_id);

          emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "nominee-employee",
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "“%s” has already nominated “%s” %d time in %s; "
                                                 "the limit is %d a month for the same colleague.",
                                                 "“%s” has already nominated “%s” %d times in %s; "
                                                 "the limit is %d a month for the same colleague.",
                                                 (gulong)made),
                                    name, nominee, (int)made, month, max_per_pair_per_month);
          return FALSE;
        }
    }

  return TRUE;
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
                                status_label (emb_nomination_get_status (stored)));
      return FALSE;
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
    return submit (db, nomination, error);

  return emb_database_transaction (db, save_submitted_in_transaction, nomination, error);
}

static gboolean
read_status (EmbDatabase          *db,
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

  if (!read_status (db, id, &status, error))
    return FALSE;

  if (status != EMB_NOMINATION_STATUS_SUBMITTED && status != EMB_NOMINATION_STATUS_DECLINED)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                _("Only a submitted or declined nomination can be deleted; "
                                  "this one is %s."),
                                status_label (status));
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

/* Decisions --------------------------------------------------------------- */

typedef struct
{
  const gint64        *ids;
  guint                n_ids;
  EmbNominationStatus  to;
  gint64               decider_id;
  const char          *note;
} Decision;

static gboolean
validate_decision (EmbDatabase  *db,
                   gint64        decider_id,
                   const char   *note,
                   gboolean      note_required,
                   GError      **error)
{
  /* No decider (0) is recorded as none; a given one must exist. */
  return (decider_id <= 0 ||
          _emb_validate_reference (db, &emb_table_employee, decider_id, TRUE,
                                   "decider", _("Decided by"), error)) &&
         _emb_validate_text (note, note_required, EMB_MAX_TEXT,
                             "decision-note", _("Decision note"), error);
}

static gboolean
apply_decision (EmbDatabase     *db,
                gint64           id,
                const Decision  *decision,
                const char      *now,
                GError         **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  EmbNominationStatus status;

  if (!read_status (db, id, &status, error))
    return FALSE;

  switch (decision->to)
    {
    case EMB_NOMINATION_STATUS_APPROVED:
      if (status != EMB_NOMINATION_STATUS_SUBMITTED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only a submitted nomination can be approved; "
                                      "this one is %s."),
                                    status_label (status));
          return FALSE;
        }
      break;

    case EMB_NOMINATION_STATUS_DECLINED:
      if (status != EMB_NOMINATION_STATUS_SUBMITTED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only a submitted nomination can be declined; "
                                      "this one is %s."),
                                    status_label (status));
          return FALSE;
        }
      break;

    case EMB_NOMINATION_STATUS_CELEBRATED:
      if (status != EMB_NOMINATION_STATUS_APPROVED)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "status",
                                    _("Only an approved nomination can be celebrated; "
                                      "this one is %s."),
                                    status_label (status));
          return FALSE;
        }
      break;

    case EMB_NOMINATION_STATUS_SUBMITTED:
    default:
      g_assert_not_reached ();
    }

  if (decision->to == EMB_NOMINATION_STATUS_CELEBRATED)
    /* The approval note stays unless the celebration brings its own. */
    stmt = _emb_database_prepare_id (db,
                                     "UPDATE nomination SET status = ?2, decider_id = ?3,"
                                     " decision_note = CASE WHEN ?4 = '' THEN decision_note"
                                     " ELSE ?4 END,"
                                     " celebrated_at = ?5, updated_at = ?5 WHERE id = ?1",
                                     id, error);
  else
    stmt = _emb_database_prepare_id (db,
                                     "UPDATE nomination SET status = ?2, decider_id = ?3,"
                                     " decision_note = ?4, decided_at = ?5, updated_at = ?5"
                                     " WHERE id = ?1",
                                     id, error);
  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_NOMINATION_STATUS, decision->to));
  _emb_bind_id (stmt, 3, decision->decider_id);
  _emb_bind_text (stmt, 4, decision->note != NULL ? decision->note : "");
  _emb_bind_text (stmt, 5, now);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  _emb_database_defer_changed (db, EMB_RECORD_KIND_NOMINATION, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

static gboolean
decide_in_transaction (EmbDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  const Decision *decision = user_data;
  g_autofree char *now = emb_now_iso8601 ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < decision->n_ids; i++)
    {
      /* The same nomination chosen twice is decided once. */
      if (!g_hash_table_add (seen, (gpointer)&decision->ids[i]))
        continue;
      if (!apply_decision (db, decision->ids[i], decision, now, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
decide (EmbDatabase          *db,
        const gint64         *ids,
        guint                 n_ids,
        EmbNominationStatus   to,
        gint64                decider_id,
        const char           *note,
        GError              **error)
{
  Decision decision = { ids, n_ids, to, decider_id, note };

  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (!validate_decision (db, decider_id, note, to == EMB_NOMINATION_STATUS_DECLINED, error))
    return FALSE;

  return emb_database_transaction (db, decide_in_transaction, &decision, error);
}

/**
 * emb_recognition_store_approve:
 * @decider_id: the employee who decides, or 0 to record no decider
 * @note: (nullable): a note for the nominee and the nominator
 *
 * Approves a submitted nomination; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status". The decider and note are kept as
 * the nomination's decision.
 */
gboolean
emb_recognition_store_approve (EmbDatabase  *db,
                               gint64        id,
                               gint64        decider_id,
                               const char   *note,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, &id, 1, EMB_NOMINATION_STATUS_APPROVED, decider_id, note, error);
}

/**
 * emb_recognition_store_decline:
 * @decider_id: the employee who decides, or 0 to record no decider
 * @note: why it was declined (required)
 *
 * Declines a submitted nomination; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status".
 */
gboolean
emb_recognition_store_decline (EmbDatabase  *db,
                               gint64        id,
                               gint64        decider_id,
                               const char   *note,
                               GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, &id, 1, EMB_NOMINATION_STATUS_DECLINED, decider_id, note, error);
}

/**
 * emb_recognition_store_celebrate:
 * @decider_id: the employee who celebrates, or 0 to record no decider
 * @note: (nullable): replaces the approval note when not empty
 *
 * Marks an approved nomination as celebrated; any other is refused with
 * %EMB_VALIDATION_ERROR_STATE on "status". The decider becomes the one who
 * celebrated; the time of the approval is kept.
 */
gboolean
emb_recognition_store_celebrate (EmbDatabase  *db,
                                 gint64        id,
                                 gint64        decider_id,
                                 const char   *note,
                                 GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, &id, 1, EMB_NOMINATION_STATUS_CELEBRATED, decider_id, note, error);
}

/**
 * emb_recognition_store_decide_many:
 * @ids: (array length=n_ids): the nominations
 * @approve: %TRUE to approve them all, %FALSE to decline them all (which
 *   needs a @note)
 * @decider_id: the employee who decides, or 0 to record no decider
 *
 * Approves or declines several submitted nominations in one transaction: when
 * one of them cannot be decided, none is.
 */
gboolean
emb_recognition_store_decide_many (EmbDatabase   *db,
                                   const gint64  *ids,
                                   guint          n_ids,
                                   gboolean       approve,
                                   gint64         decider_id,
                                   const char    *note,
                                   GError       **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, ids, n_ids,
                 approve ? EMB_NOMINATION_STATUS_APPROVED : EMB_NOMINATION_STATUS_DECLINED,
                 decider_id, note, error);
}

/**
 * emb_recognition_store_celebrate_many:
 * @ids: (array length=n_ids): the nominations
 * @decider_id: the employee who celebrates, or 0 to record no decider
 * @note: (nullable): replaces the approval notes when not empty
 *
 * Marks several approved nominations as celebrated in one transaction: when
 * one of them cannot be celebrated, none is. A nomination that is not
 * approved is refused with %EMB_VALIDATION_ERROR_STATE on "status", one that
 * does not exist with %EMB_DATABASE_ERROR_NOT_FOUND.
 */
gboolean
emb_recognition_store_celebrate_many (EmbDatabase   *db,
                                      const gint64  *ids,
                                      guint          n_ids,
                                      gint64         decider_id,
                                      const char    *note,
                                      GError       **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return decide (db, ids, n_ids, EMB_NOMINATION_STATUS_CELEBRATED, decider_id, note, error);
}

/* Insights ----------------------------------------------------------------- */

/* Binds a period of UTC days [from, to) as ?1 and ?2 after checking that
 * each bound is a date; NULL leaves that side open. */
static gboolean
bind_days (sqlite3_stmt  *stmt,
           const char    *from,
           const char    *to,
           GError       **error)
{
  if (!_emb_validate_date (from, FALSE, "from", _("From"), error) ||
      !_emb_validate_date (to, FALSE, "to", _("To"), error))
    return FALSE;

  /* Every day sorts at or after "" and before "~". */
  _emb_bind_text (stmt, 1, from != NULL ? from : "");
  _emb_bind_text (stmt, 2, to != NULL ? to : "~");
  return TRUE;
}

/**
 * emb_recognition_store_count_by_value_and_department:
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last (YYYY-MM-DD, UTC), or %NULL
 *
 * How many nominations submitted in [@from, @to) and not declined each value
 * has in each department (the nominated department, or the nominee's): the
 * cells of the recognition heatmap, read from the per-day counts the
 * triggers keep (schema version 4), never from the nominations themselves.
 *
 * Returns: (transfer full) (element-type EmbNominationCell): the cells with
 *   at least one nomination, by value and department id; or %NULL with a
 *   validation error naming "from" or "to", or a database error
 */
GArray *
emb_recognition_store_count_by_value_and_department (EmbDatabase  *db,
                                                     const char   *from,
                                                     const char   *to,
                                                     GError      **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GArray) cells = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  stmt = _emb_database_prepare (db,
                                "SELECT value_id, department_id, sum (n) FROM nomination_day"
                                " WHERE day >= ?1 AND day < ?2"
                                " GROUP BY value_id, department_id HAVING sum (n) > 0"
                                " ORDER BY value_id, department_id",
                                error);
  if (stmt == NULL || !bind_days (stmt, from, to, error))
    return NULL;

  cells = g_array_new (FALSE, TRUE, sizeof (EmbNominationCell));
  for (;;)
    {
      EmbNominationCell cell;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      cell.value_id = sqlite3_column_int64 (stmt, 0);
      cell.department_id = sqlite3_column_int64 (stmt, 1);
      cell.count = (guint)sqlite3_column_int64 (stmt, 2);
      g_array_append_val (cells, cell);
    }

  return g_steal_pointer (&cells);
}

/**
 * emb_recognition_store_count_evidence:
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last (YYYY-MM-DD, UTC), or %NULL
 * @out: (out caller-allocates): the counts
 *
 * Of the nominations submitted in [@from, @to) and not declined, how many
 * cite the touchpoint where it happened, how many cite customer feedback as
 * the evidence of their story, and how many both.
 *
 * Returns: %TRUE on success, else %FALSE with @error (see
 *   emb_recognition_store_count_by_value_and_department())
 */
gboolean
emb_recognition_store_count_evidence (EmbDatabase           *db,
                                      const char            *from,
                                      const char            *to,
                                      EmbNominationEvidence *out,
                                      GError               **error)
{
  g_autoptr(EmbStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  stmt = _emb_database_prepare (db,
                                "SELECT total (n), total (with_touchpoint), total (with_feedback),"
                                " total (with_both) FROM nomination_day"
                                " WHERE day >= ?1 AND day < ?2",
                                error);
  if (stmt == NULL || !bind_days (stmt, from, to, error) ||
      !_emb_database_step_row (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      out->total = (guint)sqlite3_column_int64 (stmt, 0);
      out->with_touchpoint = (guint)sqlite3_column_int64 (stmt, 1);
      out->with_feedback = (guint)sqlite3_column_int64 (stmt, 2);
      out->with_both = (guint)sqlite3_column_int64 (stmt, 3);
    }
  return TRUE;
}

/* The records @suffix selects with ?1 bound to @since (a checked date). */
static GListModel *
list_since (EmbDatabase     *db,
            const EmbTable  *table,
            const char      *suffix,
            const char      *since,
            GError         **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(EmbStatement) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  gboolean has_row;

  if (!_emb_validate_date (since, TRUE, "since", _("Since"), error))
    return NULL;

  sql = g_strconcat (_emb_table_select_sql (table), " ", suffix, NULL);
  stmt = _emb_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  _emb_bind_text (stmt, 1, since);

  store = g_list_store_new (table->get_type ());
  for (;;)
    {
      g_autoptr(GObject) record = NULL;

      if (!_emb_database_step_row (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      record = _emb_table_read_row (table, stmt);
      g_list_store_append (store, record);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * emb_recognition_store_list_not_recognised_employees:
 * @since: a date (YYYY-MM-DD, UTC)
 *
 * The active employees with no approved or celebrated nomination submitted
 * on or after @since: who has gone unrecognised, by name. Each employee is
 * one seek of nomination_by_nominee.
 *
 * Returns: (transfer full): a #GListModel of #EmbEmployee, or %NULL with a
 *   validation error naming "since", or a database error
 */
GListModel *
emb_recognition_store_list_not_recognised_employees (EmbDatabase  *db,
                                                     const char   *since,
                                                     GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return list_since (db, &emb_table_employee,
                     "WHERE t.active = 1 AND NOT EXISTS (SELECT 1 FROM nomination n"
                     "  WHERE n.nominee_employee_id = t.id AND n.submitted_at >= ?1"
                     "  AND n.status IN ('approved', 'celebrated'))"
                     " ORDER BY t.name COLLATE NOCASE, t.id",
                     since, error);
}

/**
 * emb_recognition_store_list_not_recognised_departments:
 * @since: a date (YYYY-MM-DD, UTC)
 *
 * The departments of which neither the team nor any employee has an
 * approved or celebrated nomination submitted on or after @since, by name:
 * a seek of nomination_by_department per department.
 *
 * Returns: (transfer full): a #GListModel of #EmbDepartment, or %NULL with
 *   @error (see emb_recognition_store_list_not_recognised_employees())
 */
GListModel *
emb_recognition_store_list_not_recognised_departments (EmbDatabase  *db,
                                                       const char   *since,
                                                       GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  /* department_id is the team's own or its employee's department; the
   * period is written over the index's key. */
  return list_since (db, &emb_table_department,
                     "WHERE NOT EXISTS (SELECT 1 FROM nomination n"
                     "  WHERE n.department_id = t.id"
                     "  AND -julianday (n.submitted_at) <= -julianday (?1)"
                     "  AND n.status IN ('approved', 'celebrated'))"
                     " ORDER BY t.name COLLATE NOCASE, t.id",
                     since, error);
}
